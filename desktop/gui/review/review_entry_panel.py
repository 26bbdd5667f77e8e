"""One activity's year in a review: comment and evidence, indicator values, money spent, and the change
decided for the next period. Also the review vocabulary (status and change names) the review views share."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import reviews as rv
from desktop.core.model import Activity, Document, FundingSource, PlanChange, Review, ReviewEntry
from desktop.core.operations import Change
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.plan.activity_panel import normalise_time
from desktop.gui.plan.budget_table import EDIT_TRIGGERS, format_money, format_number, parse_number
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.amount_entry import AmountDelegate, AmountNote, amount_rule, read_amount, understood_text
from desktop.gui.widgets.display import first_line, format_span, numbered, source_name, title_of
from desktop.gui.widgets.text_field import (
    MessageLabel,
    MultilingualTextField,
    RefusalRouter,
    heading,
    set_interactive,
    vbox,
)
from desktop.i18n import N_, _

STATUS_NAMES = {
    "completed": N_("Completed"),
    "in_progress": N_("In progress"),
    "delayed": N_("Delayed"),
    "not_started": N_("Not started"),
    "cancelled": N_("Cancelled"),
    "postponed": N_("Postponed"),
}
CHANGE_NAMES = {
    "": N_("Continue as planned"),
    PlanChange.DEADLINE.value: N_("New deadline"),
    PlanChange.RESPONSIBLE.value: N_("Another responsible body"),
    PlanChange.BUDGET.value: N_("Budget change"),
    PlanChange.SPLIT.value: N_("Split into two activities"),
    PlanChange.DROP.value: N_("Not continued"),
    PlanChange.ADD.value: N_("New activity"),
}
_DATE = re.compile(r"^\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*\.?\s*$")


def status_name(status: str | None) -> str:
    return _(STATUS_NAMES[status]) if status in STATUS_NAMES else ""


def change_name(change: str | None) -> str:
    return _(CHANGE_NAMES.get(change or "", change or ""))


def entry_title(doc: Document, entry: ReviewEntry, lang: str) -> str:
    """The reviewed activity's title, or a proposal's; never empty."""
    if entry.activity_id is None:
        text, _shown = best_in(entry.new_title, lang)
        return first_line(text) if text else _("(new activity without a title)")
    activity = doc.find(entry.activity_id)
    if not isinstance(activity, Activity):
        return _("(the activity was deleted)")
    return first_line(title_of(activity, lang)[0])


def planned_in(activity: Activity | None, year: int, source: str | None = None) -> dict[str, Decimal]:
    """The activity's budget for `year` (from one source, or all), per currency."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for line in activity.budget_lines if activity else []:
        if line.year == year and source in (None, line.source):
            sums[line.currency] += line.amount
    return dict(sums)


def money(sums: dict[str, Decimal]) -> str:
    return " + ".join(format_money(v, c) for c, v in sorted(sums.items())) if sums else "–"


def format_change_amount(value: Decimal) -> str:
    return ("+" if value > 0 else "") + format_money(value)


def show_date(iso: str | None) -> str:
    try:
        return format_date(date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso or ""


def read_date(text: str) -> str | None:
    """'5.3.2026' or '2026-03-05' -> '2026-03-05'; "" -> None; raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    m = _DATE.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    return date.fromisoformat(text).isoformat()


def _grey(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #555555; }")
    return label


def _line_edit(parent: QWidget, name: str, placeholder: str, commit) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.editingFinished.connect(commit)
    return edit


def _show_text(edit: QLineEdit, text: str) -> None:
    """Show a stored value, unless the user is typing over it (modified since last shown)."""
    if not edit.isModified() and edit.text() != text:
        edit.setText(text)


class ReviewEntryPanel(QWidget):
    """Records one entry of a review; every edit is an undoable operation through the controller."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self._entry_id = ""
        self._read_only = False
        self._edit_lang = "sq"
        self._shown: tuple | None = None  # what the tables show, to skip needless rebuilds
        self._stale = False  # the document changed while the panel was hidden

        self.empty_label = _grey(_("Select an activity of the review to record its year."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget(self)
        self._build(page)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(page)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.scroll)
        vbox(self).addWidget(self.stack)
        controller.document_changed.connect(self._on_document_changed)
        self.show_entry("")

    def _build(self, page: QWidget) -> None:
        c = self.controller
        self.header = QLabel(page)
        self.header.setObjectName("entry_header")
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.planned_label = _grey("", page)

        self.comment = MultilingualTextField(c, "comment", multiline=True, min_lines=2, max_lines=8, parent=page)
        self.evidence = MultilingualTextField(c, "evidence", multiline=True, min_lines=1, max_lines=6, parent=page)
        self.evidence.set_placeholder(_("e.g. the centre's report, attendance lists, photos"))
        self.updated_edit = _line_edit(page, "updated_edit", _("dd.mm.yyyy"), self._commit_updated)
        self.updated_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self.today_button = QPushButton(_("Today"), page)
        self.today_button.setObjectName("today_button")
        self.today_button.clicked.connect(lambda: self._set_updated(date.today().isoformat()))
        updated = QHBoxLayout()
        updated.addWidget(self.updated_edit)
        updated.addWidget(self.today_button)
        updated.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_("Comment"), self.comment)
        form.addRow(_("Evidence"), self.evidence)
        form.addRow(_("Date of update"), updated)

        self.indicator_heading = heading("", page)
        self.indicator_table = self._table(page, "indicator_values", 4, stretch=0)
        self.indicator_table.itemChanged.connect(self._on_indicator_changed)
        self.no_indicators = _grey(_("The activity has no indicators."), page)
        self.spending_heading = heading("", page)
        self.spending_table = self._table(page, "spending_table", 4, stretch=3)
        self.spending_table.itemChanged.connect(self._on_spending_changed)
        self.spending_totals = QLabel(page)
        self.spending_totals.setObjectName("spending_totals")
        # Money spent is read by the one rule for amounts; what is typed is shown as understood at once.
        currency = lambda _index: self.controller.doc.municipality.currency  # noqa: E731
        self.spending_delegate = AmountDelegate(currency, lambda: self._edit_lang, self.spending_table)
        self.spending_table.setItemDelegateForColumn(2, self.spending_delegate)
        self.spending_note = AmountNote(page)
        self.spending_delegate.typed.connect(self.spending_note.show_note)

        self.change_combo = QComboBox(page)
        self.change_combo.setObjectName("change_combo")
        for value, name in CHANGE_NAMES.items():
            if value != PlanChange.ADD:
                self.change_combo.addItem(_(name), value)
        self.change_combo.activated.connect(self._on_change_chosen)
        self.proposal_label = QLabel(_("A new activity proposed for the next period"), page)
        self.objective_combo = QComboBox(page)
        self.objective_combo.setObjectName("proposal_objective")
        self.objective_combo.activated.connect(self._on_objective_chosen)
        self.new_title = MultilingualTextField(
            c, "new_title", multiline=True, min_lines=1, max_lines=3, one_paragraph=True, parent=page
        )
        self.new_title_label = QLabel(page)
        self.new_end_edit = _line_edit(page, "new_end_edit", "2026-Q2", self._commit_new_end)
        self.new_responsible = MultilingualTextField(c, "new_responsible", parent=page)
        self.budget_edit = _line_edit(
            page, "budget_change_edit", _("e.g. +2000 or -500, per year"), self._commit_budget
        )
        self.budget_edit.setToolTip(amount_rule())
        self.budget_note = AmountNote(page)
        self.budget_edit.textEdited.connect(self._budget_typed)
        self.change_reason = MultilingualTextField(
            c, "change_reason", multiline=True, min_lines=1, max_lines=5, parent=page
        )
        self.change_form = QFormLayout()
        self.change_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in (
            (_("Change"), self.change_combo),
            ("", self.proposal_label),
            (_("Objective"), self.objective_combo),
            (self.new_title_label, self.new_title),
            (_("New deadline"), self.new_end_edit),
            (_("New responsible body"), self.new_responsible),
            (_("Budget change per year"), self.budget_edit),
            (_("Reason"), self.change_reason),
        ):
            self.change_form.addRow(label, field)
        self.message = MessageLabel(page)
        self.message.setObjectName("entry_message")

        self.text_fields = [self.comment, self.evidence, self.new_title, self.new_responsible, self.change_reason]
        layout = vbox(page, margins=12, spacing=6)
        layout.addWidget(self.header)
        layout.addWidget(self.planned_label)
        layout.addLayout(form)
        layout.addWidget(self.indicator_heading)
        layout.addWidget(self.indicator_table)
        layout.addWidget(self.no_indicators)
        layout.addWidget(self.spending_heading)
        layout.addWidget(self.spending_table)
        layout.addWidget(self.spending_note)
        layout.addWidget(self.spending_totals)
        layout.addWidget(heading(_("Change for the next period"), page))
        layout.addLayout(self.change_form)
        layout.addWidget(self.budget_note)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _table(self, page: QWidget, name: str, columns: int, stretch: int) -> QTableWidget:
        """A small table that shows all its rows; the `stretch` column (a name) takes the spare width."""
        table = QTableWidget(0, columns, page)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("000 000,00 EUR") + 16)  # room to type
        return table

    # -- public API ----------------------------------------------------------------------------
    @property
    def entry_id(self) -> str:
        return self._entry_id

    def entry(self) -> ReviewEntry | None:
        entity = self.controller.doc.find(self._entry_id) if self._entry_id else None
        return entity if isinstance(entity, ReviewEntry) else None

    def show_entry(self, entry_id: str) -> None:
        if entry_id != self._entry_id:
            self.controller.close_merge()
            self.scroll.verticalScrollBar().setValue(0)
        self._entry_id = entry_id
        for f in self.text_fields:
            f.set_entity(entry_id)
        self.message.clear_message()
        self._shown = None
        self.refresh()

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self._edit_lang = edit_lang
        for f in self.text_fields:
            f.set_languages(edit_lang, reference_lang)
        self._shown = None
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only while the review is closed or the document is."""
        if read_only == self._read_only:
            return
        self._read_only = read_only
        for f in self.text_fields:
            f.set_read_only(read_only)
        for edit in (self.updated_edit, self.new_end_edit, self.budget_edit):
            edit.setReadOnly(read_only)
        for combo in (self.change_combo, self.objective_combo):
            set_interactive(combo, not read_only)
        self.today_button.setVisible(not read_only)
        triggers = QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        for table in (self.indicator_table, self.spending_table):
            table.setEditTriggers(triggers)
        self._shown = None
        self.refresh()

    def refresh(self) -> None:
        entry = self.entry()
        self.stack.setCurrentIndex(1 if entry is not None else 0)
        if entry is None:
            return
        doc = self.controller.doc
        review = doc.review_of(entry)
        activity = doc.find(entry.activity_id) if entry.activity_id else None
        activity = activity if isinstance(activity, Activity) else None
        number = doc.numbers().get(entry.activity_id or "")
        self.header.setText(numbered(number, entry_title(doc, entry, self._edit_lang)))
        if activity is not None:
            responsible = best_in(activity.responsible, self._edit_lang)[0]
            parts = [
                _("Planned for {year}: {amount}").format(
                    year=review.year, amount=money(planned_in(activity, review.year))
                )
            ]
            if activity.start or activity.end:
                parts.append(_("time frame {span}").format(span=format_span(activity.start, activity.end)))
            if responsible:
                parts.append(_("responsible: {body}").format(body=first_line(responsible, 80)))
            self.planned_label.setText(" · ".join(parts))
        self.planned_label.setVisible(activity is not None)
        _show_text(self.updated_edit, show_date(entry.updated))
        shown = (entry.id, review.year, self._read_only, self._edit_lang, self._table_state(entry, activity))
        if shown != self._shown:
            self._shown = shown
            self._render_indicators(entry, activity, review)
            self._render_spending(entry, activity, review)
        self._render_change(entry)

    # -- rendering -----------------------------------------------------------------------------
    @staticmethod
    def _table_state(entry: ReviewEntry, activity: Activity | None) -> tuple:
        values = tuple((v.indicator_id, v.value) for v in entry.values)
        spending = tuple((s.source, s.amount, s.funder) for s in entry.spending)
        if activity is None:
            return values, spending
        indicators = tuple(
            (i.id, tuple(i.name.values.items()), tuple(i.unit.values.items()), tuple(i.targets.items()))
            for i in activity.indicators
        )
        budget = tuple((b.year, b.source, b.amount, b.currency) for b in activity.budget_lines)
        return values, spending, indicators, budget

    def _fill(self, table: QTableWidget, rows: list[tuple[str, list[str], set[int]]], numeric: set[int]) -> None:
        """Rows of (id, cell texts, editable columns); the first cell carries the id.

        Cells are updated in place while the rows stay the same: an edited cell is still on the call
        stack when its change comes back, and must not be deleted under it.
        """
        same = [row_id for row_id, _t, _e in rows] == [
            table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())
        ]
        table.blockSignals(True)
        try:
            table.setRowCount(len(rows))
            for r, (row_id, texts, editable) in enumerate(rows):
                for col, text in enumerate(texts):
                    item = table.item(r, col) if same else None
                    if item is None:
                        item = QTableWidgetItem()
                        item.setData(Qt.ItemDataRole.UserRole, row_id)
                        if col in numeric:
                            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        table.setItem(r, col, item)
                    if item.text() != text:
                        item.setText(text)
                    flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                    item.setFlags(
                        flags if col in editable and not self._read_only else flags & ~Qt.ItemFlag.ItemIsEditable
                    )
        finally:
            table.blockSignals(False)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2)

    def _render_indicators(self, entry: ReviewEntry, activity: Activity | None, review: Review) -> None:
        year = review.year
        self.indicator_heading.setText(_("Indicators in {year}").format(year=year))
        self.indicator_table.setHorizontalHeaderLabels(
            [_("Indicator"), _("Unit"), _("Target {year}").format(year=year), _("Value reached")]
        )
        reached = {v.indicator_id: v.value for v in entry.values}
        rows = []
        for ind in activity.indicators if activity else []:
            target = ind.targets.get(year)
            value = reached.get(ind.id)
            texts = [
                first_line(best_in(ind.name, self._edit_lang)[0], 100) or _("(unnamed indicator)"),
                best_in(ind.unit, self._edit_lang)[0],
                format_number(target) if target is not None else "–",
                format_number(value) if value is not None else "",
            ]
            rows.append((ind.id, texts, {3}))
        self._fill(self.indicator_table, rows, {2, 3})
        shown = activity is not None
        self.indicator_heading.setVisible(shown)
        self.indicator_table.setVisible(bool(rows))
        self.no_indicators.setVisible(shown and not rows)

    def _render_spending(self, entry: ReviewEntry, activity: Activity | None, review: Review) -> None:
        year = review.year
        self.spending_heading.setText(_("Spending in {year}").format(year=year))
        self.spending_table.setHorizontalHeaderLabels(
            [_("Funding source"), _("Planned"), _("Spent"), _("Funder (donor, other)")]
        )
        spent = {s.source: s for s in entry.spending}
        rows = []
        for source in FundingSource:
            line = spent.get(source.value)
            texts = [
                source_name(source.value),
                money(planned_in(activity, year, source.value)),
                format_money(line.amount) if line else "",
                (line.funder or "") if line else "",
            ]
            rows.append((source.value, texts, {2, 3}))
        self._fill(self.spending_table, rows, {1, 2})
        currency = self.controller.doc.municipality.currency
        total = sum((s.amount for s in entry.spending), Decimal(0))
        self.spending_totals.setText(
            _("Spent in {year}: {spent} of {planned} planned").format(
                year=year, spent=format_money(total, currency), planned=money(planned_in(activity, year))
            )
        )
        shown = activity is not None
        for widget in (self.spending_heading, self.spending_table, self.spending_totals):
            widget.setVisible(shown)

    def _render_change(self, entry: ReviewEntry) -> None:
        proposal = entry.activity_id is None
        change = entry.change or ""
        index = self.change_combo.findData(change)
        if index >= 0 and index != self.change_combo.currentIndex():
            self.change_combo.setCurrentIndex(index)
        form = self.change_form
        form.setRowVisible(self.change_combo, not proposal)
        form.setRowVisible(self.proposal_label, proposal)
        form.setRowVisible(self.objective_combo, proposal)
        form.setRowVisible(self.new_title, proposal or change == PlanChange.SPLIT)
        form.setRowVisible(self.new_end_edit, change == PlanChange.DEADLINE)
        form.setRowVisible(self.new_responsible, change == PlanChange.RESPONSIBLE)
        form.setRowVisible(self.budget_edit, proposal or change == PlanChange.BUDGET)
        form.setRowVisible(self.change_reason, bool(change))
        self.new_title_label.setText(_("Title of the new activity") if proposal else _("Title of the second activity"))
        _show_text(self.new_end_edit, entry.new_end or "")
        _show_text(self.budget_edit, format_change_amount(entry.budget_change) if entry.budget_change else "")
        if proposal:
            self._render_objectives(entry)

    def _render_objectives(self, entry: ReviewEntry) -> None:
        doc = self.controller.doc
        numbers = doc.numbers()
        items = [
            (o.id, numbered(numbers.get(o.id), first_line(title_of(o, self._edit_lang)[0], 90))) for o in doc.objectives
        ]
        current = [
            (self.objective_combo.itemData(i), self.objective_combo.itemText(i))
            for i in range(self.objective_combo.count())
        ]
        if items != current:
            self.objective_combo.clear()
            for oid, label in items:
                self.objective_combo.addItem(label, oid)
        self.objective_combo.setCurrentIndex(self.objective_combo.findData(entry.objective_id))

    # -- edits ---------------------------------------------------------------------------------
    def _update(self, **values) -> Change | None:
        entry = self.entry()
        if entry is None or self._read_only:
            return None
        change = self.router.apply(self.message, rv.update_review_entry, entry.id, **values)
        if change is None:
            self.refresh()  # refused: show the stored values again
        return change

    def _set_updated(self, iso: str | None) -> None:
        entry = self.entry()
        if entry is not None and iso != entry.updated:
            self._update(updated=iso)
        self.updated_edit.setModified(False)  # show the stored date in its tidy form
        self.refresh()

    def _commit_updated(self) -> None:
        if self._read_only or self.entry() is None:
            return
        try:
            iso = read_date(self.updated_edit.text())
        except ValueError:
            self.message.show_message(
                _("Write the date as dd.mm.yyyy, e.g. {example}.").format(example=format_date(date.today()))
            )
            return
        self._set_updated(iso)

    def _commit_new_end(self) -> None:
        entry = self.entry()
        if entry is not None and not self._read_only:
            value = normalise_time(self.new_end_edit.text())
            if value != entry.new_end:
                self._update(new_end=value)
            self.new_end_edit.setModified(False)
            self.refresh()

    def _commit_budget(self) -> None:
        entry = self.entry()
        if entry is None or self._read_only:
            return
        text = self.budget_edit.text().strip()
        number, problem = read_amount(text, allow_negative=True) if text else (None, "")
        if problem:
            self.message.show_message(problem)  # refused with the reason; what was typed stays in the field
            return
        self.budget_note.clear_note()
        if number != entry.budget_change:
            self._update(budget_change=number)
        self.budget_edit.setModified(False)
        self.refresh()

    def _budget_typed(self, text: str) -> None:
        currency = self.controller.doc.municipality.currency
        self.budget_note.show_note(*understood_text(text, currency, self._edit_lang, allow_negative=True))

    def _on_change_chosen(self, index: int) -> None:
        entry = self.entry()
        value = self.change_combo.itemData(index) or None
        if entry is not None and value != entry.change:
            self._update(change=value)

    def _on_objective_chosen(self, index: int) -> None:
        entry = self.entry()
        objective_id = self.objective_combo.itemData(index)
        if entry is not None and objective_id and objective_id != entry.objective_id:
            self._update(objective_id=objective_id)

    def _on_indicator_changed(self, item: QTableWidgetItem) -> None:
        entry = self.entry()
        if entry is None or self._read_only or item.column() != 3:
            return
        indicator_id = self.indicator_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        number = parse_number(text) if text else None
        value: object = number if number is not None or not text else text  # the core explains a non-number
        self._shown = None
        self.router.apply(self.message, rv.set_indicator_value, entry.id, indicator_id, value)
        self.refresh()

    def _on_spending_changed(self, item: QTableWidgetItem) -> None:
        entry = self.entry()
        if entry is None or self._read_only or item.column() not in (2, 3):
            return
        source = self.spending_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        line = next((s for s in entry.spending if s.source == source), None)
        text = item.text().strip()
        self._shown = None
        if item.column() == 3:
            if line is None:
                self.message.show_message(_("Type the amount spent first."))
            elif text != (line.funder or ""):
                self.router.apply(self.message, rv.set_spending, entry.id, source, line.amount, text)
        else:
            amount, problem = read_amount(text) if text else (None, "")
            if problem:
                self.message.show_message(problem)  # never guessed: the stored amount stays
                self.refresh()
                return
            if amount != (line.amount if line else None):
                funder = line.funder if line else None
                self.router.apply(self.message, rv.set_spending, entry.id, source, amount, funder)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._shown = None
            self.refresh()

    def _on_document_changed(self, change: Change) -> None:
        if not self._entry_id:
            return
        if not self.isVisible():  # typing in other tabs need not redraw this panel
            self._stale = True
            return
        if change.operation == "reload":
            self._shown = None
        self.refresh()
