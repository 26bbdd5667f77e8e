"""Compare two versions of the whole plan (approved versions and the working draft) item by item, with the
changed words highlighted, and export those differences as a PDF."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import versions
from desktop.core.model import Activity, Document, Entity, Indicator, Version
from desktop.core.operations import Change, OperationError
from desktop.core.plan_compare import FieldChange
from desktop.core.version_compare import ADDED, CHANGED, MOVED, REMOVED, VersionChange, compare_documents, counts
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.group.notes_panel import item_label
from desktop.gui.settings import ask_save_file_name
from desktop.gui.translation.serbian_script import CYRILLIC, LATIN, best_in, show, shown_script
from desktop.gui.versions.plan_compare_dialog import DELETED, FIELD_NAMES, INSERTED
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import (
    country_name,
    document_name,
    format_amount,
    format_number,
    format_span,
    kind_name,
    language_name,
    source_name,
)
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, content_language, ngettext

log = logging.getLogger(__name__)

DRAFT = 0  # the combos' value for the working draft (approved versions are numbered from 1)
VERSION_ROLE = Qt.ItemDataRole.UserRole
PDF_FILTER = N_("PDF documents (*.pdf);;All files (*)")
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')

# Names of the fields a change or a history record can be about (the plan comparison's, and the rest).
ALL_FIELD_NAMES = {
    **FIELD_NAMES,
    "name": N_("Name"),
    "body": N_("Text"),
    "unit": N_("Unit"),
    "issuing_body": N_("Issuing body"),
    "session": N_("Session"),
    "legal_basis": N_("Legal basis"),
    "preamble": N_("Preamble"),
    "points": N_("Points"),
    "signatory_title": N_("Signatory's title"),
    "signatory_name": N_("Signatory's name"),
    "number": N_("No."),
    "date": N_("Date"),
    "approved": N_("Approved"),
    "status": N_("Status"),
    "status_date": N_("Date of the status"),
    "start_year": N_("First year"),
    "end_year": N_("Last year"),
    "start": N_("Start"),
    "end": N_("End"),
    "country": N_("Country"),
    "currency": N_("Currency"),
    "emblem": N_("Emblem"),
    "baseline": N_("Baseline"),
    "targets": N_("Targets"),
    "year": N_("Year"),
    "amount": N_("Amount"),
    "source": N_("Funding source"),
    "funder": N_("Funder"),
    "comment": N_("Comment"),
    "evidence": N_("Evidence"),
    "summary": N_("Summary"),
}
CHANGE_NAMES = {ADDED: N_("Added"), REMOVED: N_("Removed"), CHANGED: N_("Changed"), MOVED: N_("Moved")}
MUTED = "color:#555555;"


def field_label(name: str, lang: str | None = None) -> str:
    """A field as the user knows it ("Title"), with the language of a text ("Title (Albanian)")."""
    label = _(ALL_FIELD_NAMES[name]) if name in ALL_FIELD_NAMES else name.replace("_", " ").capitalize()
    return f"{label} ({language_name(lang)})" if lang else label


def html_text(text: str) -> str:
    """User text for rich-text widgets: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br>")


def diff_html(pieces: Iterable[tuple[str, str]], lang: str | None) -> str:
    """A word difference in one flow: deleted words struck through in red, inserted ones underlined in green."""
    out = []
    previous = ("equal", " ")
    for kind, text in pieces:
        shown = html_text(show(text, lang))
        if {previous[0], kind} == {"delete", "insert"} and not (previous[1][-1:].isspace() or text[:1].isspace()):
            out.append(" ")  # a replaced word and its replacement read as two words
        previous = (kind, text)
        if kind == "delete":
            out.append(f'<span style="{DELETED}">{shown}</span>')
        elif kind == "insert":
            out.append(f'<span style="{INSERTED}">{shown}</span>')
        else:
            out.append(shown)
    return "".join(out)


def version_title(version: Version) -> str:
    return _("Version {n}, approved on {date}").format(n=version.number, date=iso_day(version.decision_date))


def iso_day(value: str | None) -> str:
    """An ISO date as dd.MM.yyyy (what is stored, as it is, when it is not a date)."""
    try:
        return format_date(date.fromisoformat(value or ""))
    except ValueError:
        return value or ""


def export_languages(edit_lang: str, reference_lang: str | None) -> tuple[str, str]:
    """The language being written and the other official language (the one shown beside it when it is one)."""
    if reference_lang in ("sq", "sr") and reference_lang != edit_lang:
        return edit_lang, reference_lang
    return edit_lang, "sr" if edit_lang == "sq" else "sq"


def ask_pdf_path(parent: QWidget | None, name: str, plan_path: Path | None) -> Path | None:
    chosen, _filter = ask_save_file_name(
        parent, "changes_pdf", _("Export the changes as PDF"), name, _(PDF_FILTER), plan_path
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_changes(
    parent: QWidget | None,
    controller: DocumentController,
    old: int,
    new: int,
    edit_lang: str,
    reference_lang: str | None = None,
) -> Path | None:
    """Ask for a file name and write the differences between version `old` and `new` (DRAFT: the working draft)."""
    try:
        old_doc, old_version = document_of(controller, old)
        new_doc, new_version = document_of(controller, new)
    except OperationError as exc:
        messages.show_error(parent, str(exc), _("Export the changes as PDF"))
        return None
    session = controller.session
    stem = session.path.stem if session.path else document_name(controller.doc, content_language())
    stem = _UNSAFE_NAME.sub("-", stem).strip(" .-") or "plan"
    name = "{stem}-{what}-{old}-{new}.pdf".format(stem=stem, what=_("changes"), old=_short(old), new=_short(new))
    path = ask_pdf_path(parent, name, session.path)
    if path is None:
        return None
    try:
        from desktop.export.pdf import export_changes_pdf
    except ImportError:
        messages.show_error(
            parent, _("This copy of Plan cannot write the changes as PDF yet."), _("Export the changes as PDF")
        )
        return None
    script = shown_script() if shown_script() in (LATIN, CYRILLIC) else LATIN
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_changes_pdf(
            old_doc,
            new_doc,
            path,
            old_version=old_version,
            new_version=new_version,
            languages=export_languages(edit_lang, reference_lang),
            serbian_script=script,
        )
    except Exception as exc:  # whatever went wrong, the user gets a sentence, never a traceback
        log.exception("the changes could not be exported")
        QApplication.restoreOverrideCursor()
        messages.show_error(
            parent,
            _("{name} could not be written: {reason}.").format(name=path.name, reason=exc),
            _("Export the changes as PDF"),
        )
        return None
    QApplication.restoreOverrideCursor()
    messages.tell_written(parent, path, _("Exported to {path}"))
    return path


def _short(number: int) -> str:
    return f"v{number}" if number != DRAFT else _("draft")


def document_of(controller: DocumentController, number: int) -> tuple[Document, Version | None]:
    """The plan as approved in version `number`, or the working draft (DRAFT). Raises OperationError."""
    if number == DRAFT:
        return controller.doc, None
    version = versions.find_version(controller.doc, number)
    return versions.thaw(version), version


class VersionCompareDialog(QDialog):
    """What changed between two versions, grouped by kind of change; the selected item's changed words."""

    item_activated = Signal(str)  # an item of the working draft to show in the window

    def __init__(
        self,
        controller: DocumentController,
        edit_lang: str,
        reference_lang: str | None = None,
        old: int | None = None,
        new: int = DRAFT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("version_compare_dialog")
        self.setWindowTitle(_("Compare versions"))
        self.controller = controller
        self.edit_lang = edit_lang
        self.reference_lang = reference_lang if reference_lang != edit_lang else None
        self._thawed: dict[int, Document] = {}
        self.old_doc: Document | None = None
        self.new_doc: Document | None = None
        self.changes: list[VersionChange] = []

        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("compare_from")
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("compare_to")
        for combo in (self.from_combo, self.to_combo):
            for version in sorted(controller.doc.versions, key=lambda v: v.number):
                combo.addItem(version_title(version), version.number)
            combo.addItem(_("Working draft"), DRAFT)
        latest = versions.latest(controller.doc)
        first = old if old is not None else (latest.number if latest else DRAFT)
        self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(first)))
        self.to_combo.setCurrentIndex(max(0, self.to_combo.findData(new)))
        from_label, to_label = QLabel(_("From:"), self), QLabel(_("To:"), self)
        from_label.setBuddy(self.from_combo)
        to_label.setBuddy(self.to_combo)

        self.summary = QLabel(self)
        self.summary.setObjectName("compare_counts")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compare_items")
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.details = QTextBrowser(self)
        self.details.setObjectName("compare_details")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 640])

        self.reference_check = QCheckBox(self)
        self.reference_check.setObjectName("compare_reference")
        self.reference_check.setVisible(self.reference_lang is not None)
        if self.reference_lang:
            self.reference_check.setText(_("Also show {language}").format(language=language_name(self.reference_lang)))
        self.reference_check.toggled.connect(lambda _on: self._show_selected())

        top = QHBoxLayout()
        top.addWidget(from_label)
        top.addWidget(self.from_combo, 1)
        top.addSpacing(12)
        top.addWidget(to_label)
        top.addWidget(self.to_combo, 1)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(_("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("compare_export")
        self.export_button.clicked.connect(self.export_pdf)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reference_check)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        resize_within_screen(self, 1100, 700)

        self.from_combo.currentIndexChanged.connect(lambda _i: self.compare())
        self.to_combo.currentIndexChanged.connect(lambda _i: self.compare())
        controller.document_changed.connect(self._on_document_changed)
        self.compare()

    @staticmethod
    def show_comparison(
        controller: DocumentController,
        edit_lang: str,
        reference_lang: str | None = None,
        old: int | None = None,
        parent: QWidget | None = None,
    ) -> VersionCompareDialog:
        """Open the comparison beside the window (not blocking it) and return the dialog."""
        dialog = VersionCompareDialog(controller, edit_lang, reference_lang, old, DRAFT, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- public ------------------------------------------------------------------------------------
    def set_versions(self, old: int, new: int) -> None:
        """Compare version `old` with `new` (DRAFT: the working draft)."""
        self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(old)))
        self.to_combo.setCurrentIndex(max(0, self.to_combo.findData(new)))
        self.compare()

    def compare(self) -> None:
        """Recompute the differences between the chosen versions."""
        old, new = self.from_combo.currentData(), self.to_combo.currentData()
        self.tree.clear()
        self.details.clear()
        self.changes = []
        self.export_button.setEnabled(False)
        try:
            self.old_doc = self._document(old)
            self.new_doc = self._document(new)
        except OperationError as exc:
            self.summary.setText(str(exc))
            return
        if old == new:
            self.summary.setText(_("Choose two different versions to compare."))
            return
        self.changes = compare_documents(self.old_doc, self.new_doc)
        self.export_button.setEnabled(True)
        self.summary.setText(self._summary())
        self._fill_tree()

    def change_labels(self) -> list[str]:
        """The listed items' labels, in the order shown (for tests and screen readers)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out.extend(group.child(j).text(0) for j in range(group.childCount()))
        return out

    def select_change(self, entity_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, VERSION_ROLE) == entity_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def export_pdf(self) -> Path | None:
        return export_changes(
            self,
            self.controller,
            self.from_combo.currentData(),
            self.to_combo.currentData(),
            self.edit_lang,
            self.reference_lang,
        )

    # -- the list ----------------------------------------------------------------------------------
    def _document(self, number: int) -> Document:
        if number == DRAFT:
            return self.controller.doc
        if number not in self._thawed:
            self._thawed[number] = document_of(self.controller, number)[0]
        return self._thawed[number]

    def _summary(self) -> str:
        if not self.changes:
            return _("The two versions have the same content.")
        n = counts(self.changes)
        return ", ".join(
            (
                ngettext("{n} added", "{n} added", n[ADDED]).format(n=n[ADDED]),
                ngettext("{n} removed", "{n} removed", n[REMOVED]).format(n=n[REMOVED]),
                ngettext("{n} item changed", "{n} items changed", n[CHANGED]).format(n=n[CHANGED]),
                ngettext("{n} moved", "{n} moved", n[MOVED]).format(n=n[MOVED]),
            )
        )

    def _fill_tree(self) -> None:
        old_numbers, new_numbers = self.old_doc.numbers(), self.new_doc.numbers()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        first = None
        for change_kind in (ADDED, REMOVED, CHANGED, MOVED):
            items = [c for c in self.changes if c.change == change_kind]
            if not items:
                continue
            group = QTreeWidgetItem([f"{_(CHANGE_NAMES[change_kind])} ({len(items)})"])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for change in items:
                doc, numbers = (self.old_doc, old_numbers) if change.new is None else (self.new_doc, new_numbers)
                label = self._label(doc, change.entity, numbers)
                item = QTreeWidgetItem([label])
                item.setData(0, VERSION_ROLE, change.entity.id)
                item.setToolTip(0, label)
                group.addChild(item)
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _label(self, doc: Document, entity: Entity, numbers: dict[str, str]) -> str:
        if entity.KIND == "decision":
            return kind_name(entity.KIND)  # its title is its kind
        return item_label(doc, entity.id, self.edit_lang, numbers)[0]

    def _selected(self) -> VersionChange | None:
        item = self.tree.currentItem()
        eid = item.data(0, VERSION_ROLE) if item is not None else None
        return next((c for c in self.changes if c.entity.id == eid), None) if eid else None

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        eid = item.data(0, VERSION_ROLE)
        if eid and self.controller.doc.find(eid) is not None:
            self.item_activated.emit(eid)

    def _on_document_changed(self, _change: Change) -> None:
        if DRAFT in (self.from_combo.currentData(), self.to_combo.currentData()) and self.isVisible():
            selected = self._selected()
            self.compare()
            if selected is not None:
                self.select_change(selected.entity.id)

    # -- the selected item -------------------------------------------------------------------------
    def _languages(self) -> tuple[str, ...]:
        if self.reference_lang and self.reference_check.isChecked():
            return self.edit_lang, self.reference_lang
        return (self.edit_lang,)

    def _show_selected(self) -> None:
        change = self._selected()
        if change is None:
            self.details.clear()
            return
        rows = self._rows(change)
        title = self.tree.currentItem().text(0)
        parts = [f"<h3>{html_text(title)}</h3>", f'<p style="{MUTED}">{html_text(_(CHANGE_NAMES[change.change]))}</p>']
        if rows:
            cells = "".join(
                f'<tr><td style="padding:4px 12px 4px 0; {MUTED}"><b>{html_text(what)}</b></td>'
                f'<td style="padding:4px 0;">{value}</td></tr>'
                for what, value in rows
            )
            parts.append(f'<table cellspacing="0">{cells}</table>')
        elsewhere = self._other_languages(change)
        if elsewhere:
            parts.append(
                f'<p style="{MUTED}">'
                + html_text(_("Also changed in other languages: {fields}").format(fields=", ".join(elsewhere)))
                + "</p>"
            )
        if not rows and not elsewhere and change.change == CHANGED:
            none = _("No differences in the languages shown.")  # outside the f-string, where extraction sees it
            parts.append(f"<p>{html_text(none)}</p>")
        self.details.setHtml("".join(parts))

    def _rows(self, change: VersionChange) -> list[tuple[str, str]]:
        """(what, HTML) for each difference of the item shown."""
        langs = self._languages()
        if change.change == ADDED:
            return self._texts(change.new, langs, INSERTED)
        if change.change == REMOVED:
            return self._texts(change.old, langs, DELETED)
        rows: list[tuple[str, str]] = []
        if change.moved:
            rows.append((_("Place"), html_text(self._move(change))))
        for fc in change.changes:
            if fc.lang and fc.lang not in langs:
                continue
            if fc.lang:  # a text: its word difference
                rows.append((self._what(fc), diff_html(fc.diff, fc.lang)))
                continue
            old, new = self._value(fc, fc.old, self.old_doc), self._value(fc, fc.new, self.new_doc)
            old_html = f'<span style="{DELETED}">{html_text(old)}</span>' if old else "–"
            new_html = f'<span style="{INSERTED}">{html_text(new)}</span>' if new else "–"
            rows.append((self._what(fc), f"{old_html} → {new_html}"))
        return rows

    def _other_languages(self, change: VersionChange) -> list[str]:
        langs = self._languages()
        names = (self._what(fc) for fc in change.changes if fc.lang and fc.lang not in langs)
        return list(dict.fromkeys(names))

    @staticmethod
    def _texts(entity: Entity | None, langs: tuple[str, ...], style: str) -> list[tuple[str, str]]:
        """The texts of an item added or removed, highlighted as a whole."""
        if entity is None:
            return []
        rows = []
        for name in entity.TEXTS:
            for lang in langs:
                text = entity.text(name).get(lang)
                if text:
                    shown = html_text(show(text, lang))
                    rows.append((field_label(name, lang), f'<span style="{style}">{shown}</span>'))
        return rows

    def _move(self, change: VersionChange) -> str:
        old_parent = self._parent_label(self.old_doc, change.old)
        new_parent = self._parent_label(self.new_doc, change.new)
        if old_parent != new_parent:
            return _("Moved from {old} to {new}").format(old=old_parent, new=new_parent)
        return _("Its place in the order changed")

    def _parent_label(self, doc: Document, entity: Entity | None) -> str:
        if entity is None:
            return ""
        if isinstance(entity, Activity):
            objective = doc.find(entity.objective_id or "")
            return self._label(doc, objective, doc.numbers()) if objective else ""
        parent = doc.parent_of(entity)
        return self._label(doc, parent, doc.numbers()) if parent is not None else ""

    def _what(self, fc: FieldChange) -> str:
        if fc.field == "budget":
            what = _("Budget {year}, {source}").format(year=fc.year, source=source_name(fc.source or ""))
        elif fc.field == "indicator":
            name = self._indicator_name(fc.indicator_id)
            what = {
                "added": _("Indicator added"),
                "removed": _("Indicator removed"),
                "target": _("{indicator}: target {year}").format(indicator=name, year=fc.year),
                "baseline": _("{indicator}: baseline").format(indicator=name),
                "unit": _("{indicator}: unit").format(indicator=name),
            }.get(fc.part or "", _("{indicator}: name").format(indicator=name))
        else:
            what = field_label(fc.field)
        return f"{what} ({language_name(fc.lang)})" if fc.lang else what

    def _indicator_name(self, indicator_id: str | None) -> str:
        for doc in (self.new_doc, self.old_doc):
            ind = doc.find(indicator_id or "")
            if isinstance(ind, Indicator):
                parent = doc.parent_of(ind)
                number = parent.indicators.index(ind) + 1 if isinstance(parent, Activity) else 1
                return _("Indicator {number}").format(number=number)
        return _("Indicator")

    def _value(self, fc: FieldChange, value: object, doc: Document) -> str:
        if value is None or value == "" or value == []:
            return ""
        if fc.field == "timeframe":
            return format_span(*value)
        if fc.field == "objective":
            objective = doc.find(str(value))
            return self._label(doc, objective, doc.numbers()) if objective else ""
        if fc.field == "target_groups":
            names = (best_in(g.name, self.edit_lang)[0] for gid in value if (g := doc.find(gid)) is not None)
            return ", ".join(n for n in names if n)
        if fc.field == "indicator":
            ind = doc.find(fc.indicator_id or "")
            return best_in(ind.name, self.edit_lang)[0] if isinstance(ind, Indicator) else ""
        if fc.field == "budget":
            return format_amount(Decimal(value), fc.currency or "", self.edit_lang)
        if fc.field == "country":
            return country_name(str(value))
        if fc.field == "emblem":
            return _("Yes") if value else _("No")
        if fc.field == "date":
            return iso_day(str(value))
        if isinstance(value, Decimal):
            return format_number(value, self.edit_lang)
        return str(value)
