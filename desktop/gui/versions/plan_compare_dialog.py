"""What a revised plan changed: one row per difference, old → new, with changed words highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import ActionPlan, Activity, Document, Entity, Indicator
from desktop.core.plan_compare import ADDED, REMOVED, FieldChange, ItemChange, compare_plans
from desktop.gui.review.review_entry_panel import change_name, status_name
from desktop.gui.translation.serbian_script import show
from desktop.gui.widgets.display import (
    first_line,
    format_amount,
    format_number,
    format_span,
    language_name,
    numbered,
    source_name,
    title_of,
)
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, ngettext

FIELD_NAMES = {
    "title": N_("Title"),
    "description": N_("Description"),
    "responsible": N_("Responsible"),
    "partners": N_("Partners"),
    "timeframe_note": N_("Time frame in words"),
    "notes": N_("Notes"),
    "objective": N_("Objective"),
    "timeframe": N_("Time frame"),
    "target_groups": N_("Target groups"),
}
DELETED = "background:#fde2e1; color:#8a1c1c; text-decoration:line-through;"
INSERTED = "background:#dcfce7; color:#14532d; text-decoration:underline;"


@dataclass(frozen=True)
class CompareRow:
    """One row as shown: the activity, what changed, and the old and new value as plain text and as HTML."""

    item: str
    what: str
    old: str
    new: str
    html: str


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _marked(pieces: tuple[tuple[str, str], ...], keep: str, style: str, lang: str | None) -> str:
    """One side of a word diff: the equal pieces and those only on this side (highlighted)."""
    out = []
    for kind, text in pieces:
        if kind == "equal":
            out.append(_html(show(text, lang)))
        elif kind == keep:
            out.append(f'<span style="{style}">{_html(show(text, lang))}</span>')
    return "".join(out)


def _arrow(old_html: str, new_html: str) -> str:
    return f"{old_html or '–'}<br>→ {new_html or '–'}"


class PlanCompareDialog(QDialog):
    """The differences between two versions of the action plan, shown in the content language `lang`."""

    def __init__(self, doc: Document, old_plan_id: str, new_plan_id: str, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_compare_dialog")
        self.doc, self.lang = doc, lang
        self.old_plan: ActionPlan = doc.get(old_plan_id, ActionPlan)
        self.new_plan: ActionPlan = doc.get(new_plan_id, ActionPlan)
        self.setWindowTitle(_("Compare plan versions"))
        self._numbers = doc.numbers()
        self.items = compare_plans(doc, old_plan_id, new_plan_id)
        self.rows: list[CompareRow] = []
        spans: list[tuple[int, int]] = []
        for item in self.items:
            rows = self._rows_of(item)
            spans.append((len(self.rows), len(rows)))
            self.rows.extend(rows)

        title = QLabel(
            _("Version {old} ({old_period}) → version {new} ({new_period})").format(
                old=self.old_plan.number,
                old_period=f"{self.old_plan.start_year}–{self.old_plan.end_year}",
                new=self.new_plan.number,
                new_period=f"{self.new_plan.start_year}–{self.new_plan.end_year}",
            ),
            self,
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)

        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([_("Activity"), _("What changed"), _("Old → new")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # the labels' text is selectable
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 200)
        for r, row in enumerate(self.rows):
            for col, text in ((0, row.item), (1, row.what)):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(r, col, cell)
            # The plain text stays behind the highlighted label, for screen readers and copying.
            plain = QTableWidgetItem()
            plain.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row.old} → {row.new}")
            self.table.setItem(r, 2, plain)
            label = QLabel(row.html)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 2, 4, 2)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.table.setCellWidget(r, 2, label)
        for start, count in spans:
            if count > 1:
                self.table.setSpan(start, 0, count, 1)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.rows))

        buttons = QDialogButtonBox(self)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 1000, 620)

    @staticmethod
    def show_comparison(
        parent: QWidget | None, doc: Document, old_plan_id: str, new_plan_id: str, lang: str
    ) -> PlanCompareDialog:
        """Open the comparison beside the window (not blocking it) and return the dialog."""
        dialog = PlanCompareDialog(doc, old_plan_id, new_plan_id, lang, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- rows ------------------------------------------------------------------------------------
    def _summary(self) -> str:
        if not self.items:
            return _("The two versions have the same activities, unchanged.")
        counts = {kind: sum(1 for i in self.items if i.kind == kind) for kind in (ADDED, REMOVED)}
        changed = len(self.items) - counts[ADDED] - counts[REMOVED]
        parts = [
            ngettext("{n} activity changed", "{n} activities changed", changed).format(n=changed),
            ngettext("{n} added", "{n} added", counts[ADDED]).format(n=counts[ADDED]),
            ngettext("{n} removed", "{n} removed", counts[REMOVED]).format(n=counts[REMOVED]),
        ]
        return ", ".join(parts)

    def _name(self, entity: Entity | None) -> str:
        if entity is None:
            return ""
        return first_line(title_of(entity, self.lang)[0], 120)

    def _label(self, activity_id: str | None) -> str:
        act = self.doc.find(activity_id or "")
        return numbered(self._numbers.get(activity_id or ""), self._name(act)) if act else ""

    def _rows_of(self, item: ItemChange) -> list[CompareRow]:
        label = self._label(item.new_id or item.old_id)
        if item.kind == ADDED:
            what = _("Added")
            if item.origin_id:
                what = _("Split from {number}").format(number=self._numbers.get(item.origin_id, ""))
            title = self._name(self.doc.find(item.new_id))
            return [CompareRow(label, what, "", title, _arrow("", f"<b>{_html(title)}</b>"))]
        if item.kind == REMOVED:
            title = self._name(self.doc.find(item.old_id))
            what = _("Removed")
            reason = self._review_outcome(item.old_id)
            if reason:
                what = _("Removed ({reason})").format(reason=reason)
            return [CompareRow(label, what, title, "", _arrow(f'<span style="{DELETED}">{_html(title)}</span>', ""))]
        return [self._row(label, change) for change in item.changes]

    def _review_outcome(self, activity_id: str | None) -> str:
        """Why an activity is not in the new version: the review's status or decision."""
        for review in self.doc.reviews:
            if review.plan_id != self.old_plan.id:
                continue
            for entry in review.entries:
                if entry.activity_id == activity_id and (entry.change or entry.status):
                    return change_name(entry.change) if entry.change else status_name(entry.status)
        return ""

    def _row(self, label: str, change: FieldChange) -> CompareRow:
        if change.diff:  # a text: the words each side has alone are highlighted
            what = self._what(change)
            old_html = _marked(change.diff, "delete", DELETED, change.lang)
            new_html = _marked(change.diff, "insert", INSERTED, change.lang)
            old, new = show(str(change.old), change.lang), show(str(change.new), change.lang)
            return CompareRow(label, what, old, new, _arrow(old_html, new_html))
        if change.field == "indicator" and change.part in ("added", "removed"):
            name = self._name(self.doc.find(change.indicator_id or ""))
            old, new = (name, "") if change.part == "removed" else ("", name)
        else:
            old, new = self._value(change, change.old), self._value(change, change.new)
        return CompareRow(label, self._what(change), old, new, _arrow(_html(old), _html(new)))

    def _what(self, change: FieldChange) -> str:
        field = change.field
        if field == "budget":
            return _("Budget {year}, {source}").format(year=change.year, source=source_name(change.source or ""))
        if field == "indicator":
            name = self._indicator_name(change.indicator_id)
            part = change.part
            if part == "added":
                return _("Indicator added")
            if part == "removed":
                return _("Indicator removed")
            if part == "target":
                what = _("{indicator}: target {year}").format(indicator=name, year=change.year)
            elif part == "baseline":
                what = _("{indicator}: baseline").format(indicator=name)
            elif part == "unit":
                what = _("{indicator}: unit").format(indicator=name)
            else:
                what = _("{indicator}: name").format(indicator=name)
        else:
            what = _(FIELD_NAMES.get(field, field))
        return f"{what} ({language_name(change.lang)})" if change.lang else what

    def _indicator_name(self, indicator_id: str | None) -> str:
        ind = self.doc.find(indicator_id or "")
        if not isinstance(ind, Indicator):
            return _("Indicator")
        parent = self.doc.parent_of(ind)
        number = parent.indicators.index(ind) + 1 if isinstance(parent, Activity) else 1
        return _("Indicator {number}").format(number=number)

    def _value(self, change: FieldChange, value: object) -> str:
        if value is None or value == "":
            return ""
        if change.field == "timeframe":
            return format_span(*value)
        if change.field == "objective":
            return self._label_objective(str(value))
        if change.field == "target_groups":
            names = (self._name(self.doc.find(gid)) for gid in value)
            return ", ".join(n for n in names if n)
        if change.field == "budget":
            return format_amount(Decimal(value), change.currency or "", self.lang)
        if isinstance(value, Decimal):
            return format_number(value, self.lang)
        return str(value)

    def _label_objective(self, objective_id: str) -> str:
        obj = self.doc.find(objective_id)
        return numbered(self._numbers.get(objective_id), self._name(obj)) if obj else ""
