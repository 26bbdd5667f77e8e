"""All meeting notes, decisions and follow-ups of the plan, newest first, with the meeting each belongs to;
optionally only those concerning the item selected in the plan (or its parts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from desktop.core.group import concerning, meeting_notes
from desktop.core.model import Document, Meeting, Note, NoteCategory
from desktop.core.operations import Change
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import first_line, kind_name, title_of
from desktop.i18n import N_, _, content_language, ngettext

CATEGORY_NAMES = {
    NoteCategory.NOTE.value: N_("Note"),
    NoteCategory.DECISION.value: N_("Decision"),
    NoteCategory.FOLLOW_UP.value: N_("Follow-up"),
}
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def category_name(category: str) -> str:
    return _(CATEGORY_NAMES.get(category, category))


def show_day(iso: str | None) -> str:
    """An ISO date as dd.MM.yyyy; anything else as it is."""
    if not iso:
        return ""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def note_date(note: Note, doc: Document | None = None) -> str:
    """The note's date as dd.MM.yyyy: its meeting's date when `doc` is given and it has one."""
    meeting = note_meeting(doc, note) if doc is not None else None
    return show_day(meeting.date if meeting is not None else note.date)


def note_meeting(doc: Document, note: Note) -> Meeting | None:
    found = doc.find(note.meeting_id) if note.meeting_id else None
    return found if isinstance(found, Meeting) else None


def meeting_label(meeting: Meeting, lang: str) -> str:
    """ "24.09.2025 · Title" (the date alone for an untitled meeting)."""
    title = first_line(best_in(meeting.title, lang)[0], 60)
    return " · ".join(x for x in (show_day(meeting.date), title) if x)


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


def notes_newest_first(notes: list[Note], doc: Document | None = None) -> list[Note]:
    """By date (the meeting's, when `doc` is given), newest first; the same day in reverse order of recording."""
    order = {note.id: i for i, note in enumerate(notes)}

    def day(note: Note) -> str:
        meeting = note_meeting(doc, note) if doc is not None else None
        return meeting.date if meeting is not None else note.date

    return sorted(notes, key=lambda n: (day(n), order[n.id]), reverse=True)


class NotesPanel(QWidget):
    """Lists the plan's notes, decisions and follow-ups; double-click leads to the meeting (or the item),
    Delete removes a note (undoable). With "Only the selected item", only what concerns that item."""

    item_activated = Signal(str)  # a note's meeting, else the entity it concerns ("" for the whole plan)

    COLUMNS = (N_("Date"), N_("Meeting"), N_("Type"), N_("About"), N_("Text"))
    DATE, MEETING, TYPE, ABOUT, TEXT = range(5)

    def __init__(self, controller: DocumentController, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.controller = controller
        self.lang = lang or content_language()
        self.item_id: str | None = None
        self._shown_ids: set[str] = set()
        self._sized = False

        title = QLabel(_("Notes and decisions"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.only_item_box = QCheckBox(_("Only the selected item"), self)
        self.only_item_box.setObjectName("notes_only_item")
        self.only_item_box.setToolTip(_("Show only the notes and decisions about the item selected in the plan"))
        self.only_item_box.toggled.connect(lambda _on: self.refresh())
        show_label = QLabel(_("Show:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("notes_filter")
        self.filter_combo.addItem(_("All"), "")
        self.filter_combo.addItem(_("Decisions"), NoteCategory.DECISION.value)
        self.filter_combo.addItem(_("Notes"), NoteCategory.NOTE.value)
        self.filter_combo.addItem(_("Follow-ups"), NoteCategory.FOLLOW_UP.value)
        show_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([_(c) for c in self.COLUMNS])
        header = self.tree.header()
        for column in (self.DATE, self.TYPE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.MEETING, self.ABOUT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
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
        top.addWidget(self.only_item_box)
        top.addSpacing(12)
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

    def set_item(self, entity_id: str | None) -> None:
        """The item selected in the plan; with "Only the selected item" the list shows what concerns it."""
        if entity_id == self.item_id:
            return
        self.item_id = entity_id or None
        if self.only_item_box.isChecked():
            self.refresh()

    def set_only_item(self, on: bool) -> None:
        self.only_item_box.setChecked(on)

    def set_category_filter(self, category: str) -> None:
        """ "" for all, "note", "decision" or "follow_up"."""
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
        for note in notes_newest_first(self._notes(doc), doc):
            if wanted and note.category != wanted:
                continue
            about, about_fallback = item_label(doc, note.item_id, self.lang, numbers)
            others = len(note.item_ids) - 1
            if others > 0:
                about = ngettext("{item} and {n} other", "{item} and {n} others", others).format(item=about, n=others)
            body, shown = best_in(note.body, self.lang)
            meeting = note_meeting(doc, note)
            meeting_text = first_line(best_in(meeting.title, self.lang)[0], 60) if meeting is not None else ""
            if meeting is not None and not meeting_text:
                meeting_text = _("Meeting of {date}").format(date=show_day(meeting.date))
            columns = [note_date(note, doc), meeting_text, category_name(note.category), about, first_line(body, 200)]
            item = QTreeWidgetItem(columns)
            item.setData(0, NOTE_ID_ROLE, note.id)
            item.setData(0, ITEM_ID_ROLE, note.item_id)
            item.setData(0, MEETING_ID_ROLE, meeting.id if meeting is not None else "")
            item.setToolTip(self.MEETING, meeting_label(meeting, self.lang) if meeting is not None else "")
            item.setToolTip(self.ABOUT, "\n".join(item_label(doc, i, self.lang, numbers)[0] for i in note.item_ids))
            item.setToolTip(self.TEXT, body)
            if note.category == NoteCategory.DECISION.value:
                item.setFont(self.TYPE, bold)
            if about_fallback:
                item.setFont(self.ABOUT, italic)
            if shown not in (self.lang, None):
                item.setFont(self.TEXT, italic)  # not written in this language yet: shown in its own
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount() and not self._sized:  # once: afterwards the user's width stays
            self._sized = True
            limit = self.fontMetrics().averageCharWidth() * 40
            for column in (self.MEETING, self.ABOUT):
                self.tree.resizeColumnToContents(column)
                self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), limit))
        if selected:
            self.select_note(selected)
        count = self.tree.topLevelItemCount()
        self.tree.setVisible(count > 0)
        self.empty_label.setText("" if count else self._empty_text(wanted))
        self._update_buttons()

    # -- internals ------------------------------------------------------------------------------
    def _notes(self, doc: Document) -> list[Note]:
        if not self.only_item_box.isChecked():
            return list(doc.notes)
        entity = doc.find(self.item_id) if self.item_id else None
        if isinstance(entity, Meeting):  # a meeting selected: what it recorded
            return meeting_notes(doc, entity)
        return concerning(doc, entity)[1] if entity is not None else []

    def _empty_text(self, wanted: str) -> str:
        if self.only_item_box.isChecked():
            if not self.item_id or self.controller.doc.find(self.item_id) is None:
                return _("Select an item in the plan to see the notes and decisions about it.")
            return _("Nothing recorded about this item yet.")
        if wanted == NoteCategory.DECISION.value:
            return _("No decisions recorded yet.")
        if wanted == NoteCategory.NOTE.value:
            return _("No notes recorded yet.")
        if wanted == NoteCategory.FOLLOW_UP.value:
            return _("No follow-ups recorded yet.")
        return _("No notes or decisions yet. Record them during a meeting in the meeting view.")

    def _watched_ids(self, doc: Document) -> set[str]:
        """Ids whose change can change the list: the notes, their meetings, their items and those items' ancestors."""
        ids = {doc.id, doc.strategy.id, *(p.id for p in doc.action_plans)}
        selected = doc.find(self.item_id) if self.item_id else None
        if selected is not None:
            ids |= {e.id for e in selected.walk()}
        for note in doc.notes:
            ids.add(note.id)
            if note.meeting_id:
                ids.add(note.meeting_id)
            for item_id in note.item_ids:
                ids.add(item_id)
                entity = doc.find(item_id)
                while entity is not None:
                    ids.add(entity.id)
                    entity = doc.parent_of(entity)
        return ids

    def _on_document_changed(self, change: Change) -> None:
        touched = {*change.upserted, *change.removed, *change.reordered}
        if change.operation in ("reload", "restore") or touched & self._shown_ids:
            self.refresh()
            return
        if touched & self._watched_ids(self.controller.doc):  # e.g. a note just added
            self.refresh()

    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.item_activated.emit(item.data(0, MEETING_ID_ROLE) or item.data(0, ITEM_ID_ROLE) or "")

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_note_id() is not None)
