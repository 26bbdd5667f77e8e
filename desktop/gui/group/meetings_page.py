"""The "Meetings" folder of the plan: the advisory group's meetings, newest first, a button for a new
one, and the follow-ups still open across all meetings (overdue ones marked). Rows lead to the meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.core import group
from desktop.core.model import Meeting, Note, NoteCategory
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.group.meeting_page import OVERDUE_COLOUR, is_overdue
from desktop.gui.group.notes_panel import note_meeting, show_day
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import first_line
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter, heading, vbox
from desktop.i18n import N_, _

ID_ROLE = Qt.ItemDataRole.UserRole


def _tree(parent: QWidget, name: str, columns: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setHeaderLabels([_(c) for c in columns])
    return tree


class MeetingsPage(QWidget):
    """Lists the meetings and the open follow-ups; double-click (or Enter) opens the meeting."""

    item_requested = Signal(str)  # a meeting's id

    MEETING_COLUMNS = (N_("Date"), N_("Title"), N_("Present"), N_("Decisions"), N_("Open follow-ups"))
    FOLLOW_UP_COLUMNS = (N_("By when"), N_("What"), N_("Who"), N_("Meeting"))

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.edit_lang = "sq"
        self.reference_lang: str | None = None
        self.read_only = controller.read_only

        self.header = QLabel(_("Meetings of the advisory group"), self)
        self.header.setObjectName("editor_header")
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header.setFont(font)
        self.new_button = QPushButton(_("New meeting"), self)
        self.new_button.setObjectName("new_meeting")
        self.new_button.setToolTip(_("A meeting dated today; everyone in the group starts as present"))
        self.new_button.clicked.connect(self.new_meeting)
        self.message = MessageLabel(self)

        self.meetings = _tree(self, "meetings_list", self.MEETING_COLUMNS)
        header = self.meetings.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.meetings.itemActivated.connect(self._open)
        self.meetings.setToolTip(_("Double-click a meeting to open it"))
        self.meetings_empty = QLabel(_('No meetings yet. "New meeting" starts the record of one.'), self)
        self.meetings_empty.setWordWrap(True)
        self.meetings_empty.setStyleSheet("QLabel { color: #555555; }")

        self.follow_ups = _tree(self, "open_follow_ups", self.FOLLOW_UP_COLUMNS)
        header = self.follow_ups.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.follow_ups.itemActivated.connect(self._open)
        self.follow_ups.setToolTip(_("Double-click a follow-up to open its meeting"))
        self.follow_ups_empty = QLabel(_("No open follow-ups."), self)
        self.follow_ups_empty.setWordWrap(True)
        self.follow_ups_empty.setStyleSheet("QLabel { color: #555555; }")

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = vbox(self, margins=16, spacing=6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.meetings, 3)
        layout.addWidget(self.meetings_empty)
        layout.addWidget(heading(_("Open follow-ups"), self))
        layout.addWidget(self.follow_ups, 2)
        layout.addWidget(self.follow_ups_empty)
        controller.document_changed.connect(self._on_document_changed)
        self.refresh()

    # -- public ------------------------------------------------------------------------------------
    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self.edit_lang, self.reference_lang = edit_lang, reference_lang
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.new_button.setEnabled(not read_only)

    def new_meeting(self) -> str | None:
        """Record a meeting dated today and ask to show it; its id, or None when refused."""
        if self.read_only:
            return None
        change = self.router.apply(self.message, group.add_meeting, date.today().isoformat())
        if change is None or not change.upserted:
            return None
        self.item_requested.emit(change.upserted[0])
        return change.upserted[0]

    def refresh(self) -> None:
        doc, lang = self.controller.doc, self.edit_lang
        italic, bold = QFont(self.font()), QFont(self.font())
        italic.setItalic(True)
        bold.setBold(True)
        selected = self._selected(self.meetings)
        self.meetings.clear()
        order = {m.id: i for i, m in enumerate(doc.meetings)}
        for meeting in sorted(doc.meetings, key=lambda m: (m.date, order[m.id]), reverse=True):
            notes = group.meeting_notes(doc, meeting)
            title, shown = best_in(meeting.title, lang)
            decisions = sum(n.category == NoteCategory.DECISION.value for n in notes)
            open_ = sum(n.category == NoteCategory.FOLLOW_UP.value and not n.done for n in notes)
            item = QTreeWidgetItem(
                [
                    show_day(meeting.date),
                    first_line(title, 120) or _("(untitled)"),
                    str(len(meeting.present)),
                    str(decisions),
                    str(open_),
                ]
            )
            item.setData(0, ID_ROLE, meeting.id)
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(
                2, _("{n} of {total} members present").format(n=len(meeting.present), total=len(doc.members))
            )
            if shown not in (lang, None) or not title:
                item.setFont(1, italic)  # another language's title, or none
            self.meetings.addTopLevelItem(item)
            if meeting.id == selected:
                self.meetings.setCurrentItem(item)
        has_meetings = bool(doc.meetings)
        self.meetings.setVisible(has_meetings)
        self.meetings_empty.setVisible(not has_meetings)
        self._show_follow_ups(italic, bold)
        self.new_button.setEnabled(not self.read_only)

    # -- internals ---------------------------------------------------------------------------------
    def _show_follow_ups(self, italic: QFont, bold: QFont) -> None:
        doc, lang = self.controller.doc, self.edit_lang
        today = date.today().isoformat()
        selected = self._selected(self.follow_ups)
        self.follow_ups.clear()
        open_notes = [
            n for n in doc.notes if n.category == NoteCategory.FOLLOW_UP.value and not n.done and note_meeting(doc, n)
        ]

        def key(note: Note) -> tuple:
            meeting = note_meeting(doc, note)
            return (not note.due, note.due or "", meeting.date if isinstance(meeting, Meeting) else "")

        for note in sorted(open_notes, key=key):  # the most urgent first; no deadline last
            meeting = note_meeting(doc, note)
            body, shown = best_in(note.body, lang)
            title = first_line(best_in(meeting.title, lang)[0], 50)
            overdue = is_overdue(note, today)
            due = show_day(note.due) if note.due else "—"
            item = QTreeWidgetItem(
                [
                    _("{date} (overdue)").format(date=due) if overdue else due,
                    first_line(body, 200),
                    group.member_name(doc, note.assignee) or "—",
                    " · ".join(x for x in (show_day(meeting.date), title) if x),
                ]
            )
            item.setData(0, ID_ROLE, meeting.id)
            item.setData(1, ID_ROLE, note.id)
            item.setToolTip(1, body)
            if shown not in (lang, None):
                item.setFont(1, italic)
            if overdue:
                item.setForeground(0, QBrush(QColor(OVERDUE_COLOUR)))
                item.setFont(0, bold)
            self.follow_ups.addTopLevelItem(item)
            if note.id == selected:
                self.follow_ups.setCurrentItem(item)
        has_open = bool(open_notes)
        self.follow_ups.setVisible(has_open)
        self.follow_ups_empty.setVisible(not has_open)

    @staticmethod
    def _selected(tree: QTreeWidget) -> str | None:
        item = tree.currentItem()
        if item is None:
            return None
        return item.data(1, ID_ROLE) or item.data(0, ID_ROLE)

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        meeting_id = item.data(0, ID_ROLE)
        if meeting_id:
            self.item_requested.emit(meeting_id)

    def _on_document_changed(self, _change: Change) -> None:
        if self.isVisible():  # a hidden folder page costs nothing: it is redrawn when shown
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # also when nothing changed: a deadline may have passed since
