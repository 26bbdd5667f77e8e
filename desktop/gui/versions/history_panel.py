"""Who changed what and when: the recorded changes of the selected item or of the whole plan, newest first,
with the changed words of the selected record and a way to put its earlier value back (undoable)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import changelog
from desktop.core import richtext as rt
from desktop.core.changelog import Record
from desktop.core.model import PERSONAL_KINDS, Document, Entity, Member, Version
from desktop.core.operations import Change
from desktop.core.plan_compare import tidy_diff
from desktop.core.textdiff import word_diff
from desktop.gui.controller import DocumentController, label_for
from desktop.gui.group.notes_panel import item_label
from desktop.gui.translation.serbian_script import best_in, show
from desktop.gui.versions.versions_page import format_moment, status_name
from desktop.gui.widgets.display import first_line, kind_name
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter
from desktop.i18n import N_, _, content_language, ngettext

LIMIT = 1000
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SHORT = 60  # characters of a value shown in the list
ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (N_("When"), N_("Who"), N_("What"), N_("Before → after"))
# Kinds whose values the page of approval and versions changes, never a restore from the history.
_NOT_RESTORED = {"document", "version"}


class HistoryPanel(QWidget):
    """The history of the selected item (and what it contains) or of the whole plan."""

    item_activated = Signal(str)  # the id of the item a record is about

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.lang = content_language()
        self.entity_id: str | None = None
        self.records: list[Record] = []
        self._stale = True

        self.item_button = QRadioButton(_("Selected item"), self)
        self.item_button.setObjectName("history_selected_item")
        self.document_button = QRadioButton(_("Whole document"), self)
        self.document_button.setObjectName("history_whole_document")
        self.item_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.item_button)
        group.addButton(self.document_button)
        self.item_button.toggled.connect(lambda _on: self.refresh())

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("history_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([_(c) for c in COLUMNS])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(2, self.fontMetrics().averageCharWidth() * 40)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_selected())
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)

        self.details = QTextBrowser(self)
        self.details.setObjectName("history_details")
        self.details.setOpenLinks(False)
        self.restore_button = QPushButton(_("Restore this value"), self)
        self.restore_button.setObjectName("history_restore")
        self.restore_button.setToolTip(
            _("Put back the value the field had before this change (Edit > Undo takes it back)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.message = MessageLabel(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.message)
        side_row = QHBoxLayout()
        side_row.addStretch(1)
        side_row.addWidget(self.restore_button)
        side_layout.addLayout(side_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        top = QHBoxLayout()
        title = QLabel(_("Changes"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.item_button)
        top.addWidget(self.document_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label)

        controller.document_changed.connect(self._on_document_changed)
        self.refresh()

    # -- public ------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Name items in `lang` (sq, sr, en)."""
        self.lang = lang
        self._refresh_if_seen()

    def show_item(self, entity_id: str | None) -> None:
        """Follow the selected item: with "Selected item" on, its records and those of what it contains."""
        self.entity_id = entity_id
        if self.item_button.isChecked():
            self._refresh_if_seen()

    def set_whole_document(self, whole: bool) -> None:
        (self.document_button if whole else self.item_button).setChecked(True)

    def selected_record(self) -> Record | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        row = item.data(0, ROW_ROLE)
        return self.records[row] if row is not None and row < len(self.records) else None

    def select_row(self, row: int) -> None:
        item = self.tree.topLevelItem(row)
        if item is not None:
            self.tree.setCurrentItem(item)

    def restore_selected(self) -> Change | None:
        """Put back the value before the selected change, as one undoable step."""
        record = self.selected_record()
        if record is None or not self._restorable(record):
            return None
        return self.router.apply(self.message, changelog.restore_value, record)

    def refresh(self) -> None:
        """Read the history again (keeps the selected record when it is still listed)."""
        self._stale = False
        doc = self.controller.doc
        selected = self.selected_record()
        ids = self._watched_ids(doc)
        self.records = [] if ids == [] else self.controller.session.repo.history(ids, limit=LIMIT)
        numbers = doc.numbers()
        self.tree.clear()
        for row, record in enumerate(self.records):
            what = self._what(doc, record, numbers)
            values = self._values(record)
            item = QTreeWidgetItem([format_moment(record.at), record.author, what, values])
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(2, what)
            item.setToolTip(3, values)
            self.tree.addTopLevelItem(item)
        if selected is not None:
            self._select(selected)
        self.tree.setVisible(bool(self.records))
        self.empty_label.setText(self._empty_text(ids))
        self.empty_label.setVisible(not self.records or len(self.records) >= LIMIT)
        self._show_selected()

    # -- the list ----------------------------------------------------------------------------------
    def _watched_ids(self, doc: Document) -> list[str] | None:
        """None for the whole document; the item and what it contains; [] when no item is selected."""
        if self.document_button.isChecked():
            return None
        entity = doc.find(self.entity_id) if self.entity_id else None
        return [e.id for e in entity.walk()] if entity is not None else []

    def _empty_text(self, ids: list[str] | None) -> str:
        if len(self.records) >= LIMIT:
            return ngettext("The latest {n} change is shown.", "The latest {n} changes are shown.", LIMIT).format(
                n=LIMIT
            )
        if ids == []:
            return _("Select an item in the plan to see its changes, or show the whole document.")
        return _("No changes recorded yet.")

    def _select(self, wanted: Record) -> None:
        for row, record in enumerate(self.records):
            if record.seq == wanted.seq:
                self.select_row(row)
                return

    def _what(self, doc: Document, record: Record, numbers: dict[str, str]) -> str:
        from desktop.gui.versions.version_compare_dialog import field_label  # the dialog's module: not at start-up

        gone = doc.find(record.entity_id) is None and record.kind != "document"
        item = history_kind_name(record.kind) if gone else self._item(doc, record, numbers)
        if record.field == changelog.ADDED:
            return _("Added: {item}").format(item=item)
        if record.field == changelog.REMOVED:
            return _("Deleted: {item}").format(item=item)
        return f"{item} · {field_label(record.field, record.lang or None)}"

    def _item(self, doc: Document, record: Record, numbers: dict[str, str]) -> str:
        if record.kind == "document":
            return _("The whole plan")
        entity = doc.find(record.entity_id)
        if entity is None:
            return history_kind_name(record.kind)
        return self._name(doc, entity, numbers)

    def _name(self, doc: Document, entity: Entity, numbers: dict[str, str]) -> str:
        kind = entity.KIND
        if isinstance(entity, Version):
            return _("Approved version {n}").format(n=entity.number)
        if kind in ("document", "decision"):
            return _("The whole plan") if kind == "document" else kind_name(kind)
        if kind in _PLAN_KINDS:
            return item_label(doc, entity.id, self.lang, numbers)[0]
        title = ""
        if isinstance(entity, Member):
            title = entity.name
        elif kind in _OWN_TITLE:
            field = "body" if kind == "note" else "summary" if kind == "review" else "title"
            title = first_line(best_in(entity.text(field), self.lang)[0], 60) or getattr(entity, "date", "")
        if title:
            return _("{kind}: {title}").format(kind=history_kind_name(kind), title=title)
        # A part of another item (a budget line, an indicator, contact details): named after its owner.
        parent = doc.parent_of(entity)
        owner = self._name(doc, parent, numbers) if parent is not None else ""
        return f"{owner} · {history_kind_name(kind)}" if owner else history_kind_name(kind)

    def _value(self, record: Record, value: str | None) -> str:
        from desktop.gui.versions.version_compare_dialog import iso_day  # the dialog's module: not at start-up

        if value is None:
            return ""
        if record.kind == "document" and record.field == "status":
            return status_name(value)
        if record.lang:
            return show(rt.to_plain(value), record.lang)  # a structured text's words
        if _ISO_DAY.fullmatch(value):
            return iso_day(value)
        return _("Yes") if value == "yes" else value

    def _values(self, record: Record) -> str:
        if record.kind in PERSONAL_KINDS and record.before is None and record.after is None:
            return _("(personal data, not recorded)")
        before = first_line(self._value(record, record.before), SHORT)
        after = first_line(self._value(record, record.after), SHORT)
        if record.field == changelog.ADDED:
            return after
        if record.field == changelog.REMOVED:
            return before
        return f"{before or '–'} → {after or '–'}"

    # -- the selected record -----------------------------------------------------------------------
    def _restorable(self, record: Record) -> bool:
        return (
            not self.controller.read_only
            and record.field not in (changelog.ADDED, changelog.REMOVED)
            and record.kind not in PERSONAL_KINDS
            and record.kind not in _NOT_RESTORED
            and self.controller.doc.find(record.entity_id) is not None
        )

    def _show_selected(self) -> None:
        from desktop.gui.versions.version_compare_dialog import diff_html, html_text  # not at start-up

        record = self.selected_record()
        self.message.clear_message()
        self.restore_button.setEnabled(record is not None and self._restorable(record))
        if record is None:
            self.details.clear()
            return
        item = self.tree.currentItem()
        head = f"<p><b>{html_text(item.text(2))}</b></p>"
        who = " · ".join(p for p in (format_moment(record.at), record.author, label_for(record.operation)) if p)
        parts = [head, f'<p style="color:#555555;">{html_text(who)}</p>']
        if record.lang:
            pieces = tidy_diff(word_diff(rt.to_plain(record.before or ""), rt.to_plain(record.after or "")))
            parts.append(f"<p>{diff_html(pieces, record.lang)}</p>")
        else:
            parts.append(f"<p>{html_text(self._values(record))}</p>")
        self.details.setHtml("".join(parts))

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROW_ROLE)
        record = self.records[row] if row is not None and row < len(self.records) else None
        if record is not None and record.kind != "document" and self.controller.doc.find(record.entity_id):
            self.item_activated.emit(record.entity_id)

    def _on_document_changed(self, _change: Change) -> None:
        self._refresh_if_seen()

    def _refresh_if_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


# Kinds the plan numbers or names with their title; the group's records named by their own title.
_PLAN_KINDS = {
    "municipality",
    "strategy",
    "section",
    "objective",
    "priority",
    "target_group",
    "action_plan",
    "activity",
}
_OWN_TITLE = {"meeting", "consultation", "note", "review"}
KIND_NAMES = {
    "member": N_("Member"),
    "member_contact": N_("Contact details"),
    "meeting": N_("Meeting"),
    "consultation": N_("Consultation"),
    "participant_group": N_("Participants"),
    "note": N_("Note"),
    "budget_line": N_("Budget line"),
    "indicator": N_("Indicator"),
    "review": N_("Review"),
    "review_entry": N_("Review of an activity"),
    "indicator_value": N_("Indicator value"),
    "spending": N_("Spending"),
    "version": N_("Approved version"),
}


def history_kind_name(kind: str) -> str:
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind_name(kind)
