"""All meeting notes and decisions of the plan, newest first, for reading (and tidying) after a meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import operations as op
from desktop.core.model import Document, Note, NoteCategory
from desktop.core.operations import Change
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.display import first_line, kind_name, title_of
from desktop.gui.serbian_script import best_in
from desktop.i18n import N_, _, content_language

CATEGORY_NAMES = {NoteCategory.NOTE.value: N_("Note"), NoteCategory.DECISION.value: N_("Decision")}
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def category_name(category: str) -> str:
    return _(CATEGORY_NAMES.get(category, category))


def note_date(note: Note) -> str:
    """The note's date as dd.MM.yyyy (the stored text as it is when it is not a date)."""
    try:
        return format_date(date.fromisoformat(note.date))
    except ValueError:
        return note.date


def item_label(doc: Document, item_id: str, lang: str, numbers: dict[str, str] | None = None) -> tuple[str, bool]:
    """What a note concerns, e.g. "Activity 1.2: Day centre"; True when the title is in a fallback language."""
    if not item_id:
        return _("The whole plan"), False
    entity = doc.find(item_id)
    if entity is None:
        return _("(deleted item)"), False
    number = (numbers if numbers is not None else doc.numbers()).get(item_id)
    title, shown = title_of(entity, lang)
    title = first_line(title, 90)
    kind = kind_name(entity.KIND)
    if number:
        return _("{kind} {number}: {title}").format(kind=kind, number=number, title=title), shown not in (lang, None)
    return _("{kind}: {title}").format(kind=kind, title=title), shown not in (lang, None)


def notes_newest_first(notes: list[Note]) -> list[Note]:
    """By date, newest first; notes of the same day in reverse order of recording."""
    order = {note.id: i for i, note in enumerate(notes)}
    return sorted(notes, key=lambda n: (n.date, order[n.id]), reverse=True)


class NotesPanel(QWidget):
    """Lists the plan's notes and decisions; double-click shows the item, Delete removes a note (undoable)."""

    item_activated = Signal(str)  # the id of the entity a note concerns ("" for the whole plan)

    COLUMNS = (N_("Date"), N_("Type"), N_("About"), N_("Text"))

    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.controller = controller
        self.lang = lang or content_language()
        self._shown_ids: set[str] = set()
        self._sized = False

        title = QLabel(_("Notes and decisions"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        show_label = QLabel(_("Show:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("notes_filter")
        self.filter_combo.addItem(_("All"), "")
        self.filter_combo.addItem(_("Decisions"), NoteCategory.DECISION.value)
        self.filter_combo.addItem(_("Notes"), NoteCategory.NOTE.value)
        show_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([_(c) for c in self.COLUMNS])
        header = self.tree.header()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel("", self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.delete_button = QPushButton(_("Delete"), self)
        self.delete_button.setObjectName("delete_note")
        self.delete_button.setToolTip(_("Delete the selected note (Edit > Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.delete_selected, Qt.ShortcutContext.WidgetShortcut)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(show_label)
        top.addWidget(self.filter_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        controller.document_changed.connect(self._on_document_changed)
        self.refresh()

    # -- public ------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Show the notes and item titles in `lang` (sq, sr, en)."""
        self.lang = lang
        self.refresh()

    def set_category_filter(self, category: str) -> None:
        """ "" for all, "note" or "decision"."""
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(category)))

    def selected_note_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, NOTE_ID_ROLE) if item is not None and item.isSelected() else None

    def select_note(self, note_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, NOTE_ID_ROLE) == note_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def delete_selected(self) -> Change | None:
        note_id = self.selected_note_id()
        if note_id is None:
            return None
        return self.controller.apply(op.delete_note, note_id)

    def refresh(self) -> None:
        """Rebuild the list from the document (keeps the selected note when it still exists)."""
        doc = self.controller.doc
        selected = self.selected_note_id()
        wanted = self.filter_combo.currentData() or ""
        numbers = doc.numbers()
        self.tree.clear()
        self._shown_ids = self._watched_ids(doc)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for note in notes_newest_first(doc.notes):
            if wanted and note.category != wanted:
                continue
            about, about_fallback = item_label(doc, note.item_id, self.lang, numbers)
            body, shown = best_in(note.body, self.lang)
            item = QTreeWidgetItem([note_date(note), category_name(note.category), about, first_line(body, 200)])
            item.setData(0, NOTE_ID_ROLE, note.id)
            item.setData(0, ITEM_ID_ROLE, note.item_id)
            item.setToolTip(2, about)
            item.setToolTip(3, body)
            if note.category == NoteCategory.DECISION.value:
                item.setFont(1, bold)
            if about_fallback:
                item.setFont(2, italic)
            if shown not in (self.lang, None):
                item.setFont(3, italic)  # not written in this language yet: shown in its own
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount() and not self._sized:  # once: afterwards the user's width stays
            self._sized = True
            self.tree.resizeColumnToContents(2)
            self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), self.fontMetrics().averageCharWidth() * 40))
        if selected:
            self.select_note(selected)
        count = self.tree.topLevelItemCount()
        self.tree.setVisible(count > 0)
        self.empty_label.setText(
            ""
            if count
            else _("No decisions recorded yet.")
            if wanted == NoteCategory.DECISION.value
            else _("No notes recorded yet.")
            if wanted == NoteCategory.NOTE.value
            else _("No notes or decisions yet. Record them during a meeting in the meeting view.")
        )
        self._update_buttons()

    # -- internals ------------------------------------------------------------------------------
    @staticmethod
    def _watched_ids(doc: Document) -> set[str]:
        """Ids whose change can change the list: the notes, their items and those items' ancestors."""
        ids = {doc.id, doc.strategy.id, *(p.id for p in doc.action_plans)}
        for note in doc.notes:
            ids.add(note.id)
            entity = doc.find(note.item_id) if note.item_id else None
            while entity is not None:
                ids.add(entity.id)
                entity = doc.parent_of(entity)
            if note.item_id:
                ids.add(note.item_id)
        return ids

    def _on_document_changed(self, change: Change) -> None:
        touched = {*change.upserted, *change.removed, *change.reordered}
        if change.operation in ("reload", "restore") or touched & self._shown_ids:
            self.refresh()
            return
        if touched & self._watched_ids(self.controller.doc):  # e.g. a note just added
            self.refresh()

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.item_activated.emit(item.data(0, ITEM_ID_ROLE) or "")

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_note_id() is not None)
