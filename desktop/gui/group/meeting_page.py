"""The form of one meeting of the advisory group: date, title, place, agenda, who attended, guests and
the minutes (multilingual), and what the meeting recorded: notes, decisions and follow-ups about the plan."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.core import group
from desktop.core import operations as op
from desktop.core.model import Entity, Meeting, Note, NoteCategory
from desktop.gui.controller import DocumentController
from desktop.gui.group.meeting_record_dialog import (
    DAY_HINT,
    MeetingRecordDialog,
    bad_day_message,
    parse_day,
    short_item,
)
from desktop.gui.group.member_pages import role_name
from desktop.gui.group.notes_panel import category_name, meeting_label, show_day
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets import messages
from desktop.gui.widgets.editor_page import EditorPage
from desktop.gui.widgets.text_field import heading, set_interactive, vbox
from desktop.i18n import N_, _, ngettext

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = "#a4000f"


def is_overdue(note: Note, today: str | None = None) -> bool:
    """An open follow-up whose deadline has passed."""
    today = today or date.today().isoformat()
    return note.category == NoteCategory.FOLLOW_UP.value and not note.done and bool(note.due) and note.due < today


class MeetingPage(EditorPage):
    kind = "meeting"

    item_requested = Signal(str)  # a plan item to show (from the PDF dialog's list of missing texts)

    RECORD_COLUMNS = (N_("Type"), N_("Text"), N_("Concerns"), N_("Who"), N_("By when"), N_("Done"))
    TYPE, TEXT, CONCERNS, WHO, DUE, DONE = range(6)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("meeting_date")
        self.date_edit.setPlaceholderText(_(DAY_HINT))
        self.date_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.date_edit.editingFinished.connect(self._store_date)
        self.add_row(_("Date"), self.date_edit)
        line = {"multiline": True, "min_lines": 1, "max_lines": 3, "one_paragraph": True}
        self.title = self.text_field("title", _("Title"), **line)
        self.place = self.text_field("place", _("Place"), **line)
        self.agenda = self.text_field("agenda", _("Agenda (one item per line)"), multiline=True, min_lines=3)

        attendance = QWidget(self)
        box = vbox(attendance, spacing=4)
        self.attendance_list = QListWidget(attendance)
        self.attendance_list.setObjectName("meeting_attendance")
        self.attendance_list.setToolTip(_("Ticked: present; not ticked: absent"))
        self.attendance_list.itemChanged.connect(self._on_attendance_changed)
        self.attendance_summary = QLabel(attendance)
        self.attendance_summary.setObjectName("meeting_attendance_summary")
        self.attendance_summary.setWordWrap(True)
        self.attendance_summary.setStyleSheet("QLabel { color: #555555; }")
        box.addWidget(self.attendance_list)
        box.addWidget(self.attendance_summary)
        self.add_row(_("Members present"), attendance)
        self.guests = self.text_field("guests", _("Guests (one per line)"), multiline=True, min_lines=2)
        self.minutes = self.text_field("minutes", _("Minutes"), multiline=True, min_lines=10, max_lines=40)

        self.records = QTreeWidget(self)
        self.records.setObjectName("meeting_records")
        self.records.setRootIsDecorated(False)
        self.records.setAlternatingRowColors(True)
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records.setHeaderLabels([_(c) for c in self.RECORD_COLUMNS])
        header = self.records.header()
        header.setStretchLastSection(False)
        for column in (self.TYPE, self.WHO, self.DUE, self.DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CONCERNS, QHeaderView.ResizeMode.Interactive)
        self.records.setColumnWidth(self.CONCERNS, self.fontMetrics().averageCharWidth() * 30)
        self.records.itemDoubleClicked.connect(lambda *_args: self.edit_record())
        self.records.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.records, self.delete_record, Qt.ShortcutContext.WidgetShortcut)
        self.records_empty = QLabel(_("Nothing recorded in this meeting yet."), self)
        self.records_empty.setStyleSheet("QLabel { color: #555555; }")
        self.records_empty.setWordWrap(True)

        def button(name: str, text: str, tip: str, slot) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        category = NoteCategory
        self.add_note_button = button(
            "add_note", _("Add note"), _("Record a note"), lambda: self.add_record(category.NOTE.value)
        )
        self.add_decision_button = button(
            "add_decision",
            _("Add decision"),
            _("Record what the meeting decided"),
            lambda: self.add_record(category.DECISION.value),
        )
        self.add_follow_up_button = button(
            "add_follow_up",
            _("Add follow-up"),
            _("Something to be done: who does it and by when"),
            lambda: self.add_record(category.FOLLOW_UP.value),
        )
        self.edit_button = button("edit_record", _("Edit…"), _("Edit the selected record"), self.edit_record)
        self.delete_button = button(
            "delete_record", _("Delete"), _("Delete the selected record (Undo brings it back)"), self.delete_record
        )
        self.done_button = button("mark_done", _("Mark done"), _("Mark the follow-up done today"), self.toggle_done)
        self.pdf_button = button(
            "minutes_pdf", _("Minutes PDF…"), _("Export the minutes of this meeting as a PDF"), self.export_minutes
        )
        self.delete_meeting_button = button(
            "delete_meeting",
            _("Delete meeting…"),
            _("Delete this meeting and everything recorded in it"),
            self.delete_meeting,
        )
        record_buttons = QHBoxLayout()
        for b in (self.add_note_button, self.add_decision_button, self.add_follow_up_button):
            record_buttons.addWidget(b)
        record_buttons.addStretch(1)
        for b in (self.edit_button, self.done_button, self.delete_button):
            record_buttons.addWidget(b)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_meeting_button)

        self.records_heading = heading(_("Recorded in this meeting"), self)
        self.layout_.addWidget(self.records_heading)
        self.layout_.addWidget(self.records)
        self.layout_.addWidget(self.records_empty)
        self.layout_.addLayout(record_buttons)
        self.layout_.addSpacing(12)
        self.layout_.addLayout(bottom)

    # -- values ----------------------------------------------------------------------------------
    def meeting(self) -> Meeting | None:
        entity = self.entity()
        return entity if isinstance(entity, Meeting) else None

    def selected_note(self) -> Note | None:
        item = self.records.currentItem()
        if item is None or not item.isSelected():
            return None
        found = self.controller.doc.find(item.data(0, ID_ROLE))
        return found if isinstance(found, Note) else None

    def select_record(self, note_id: str) -> bool:
        for i in range(self.records.topLevelItemCount()):
            item = self.records.topLevelItem(i)
            if item.data(0, ID_ROLE) == note_id:
                self.records.setCurrentItem(item)
                return True
        return False

    # -- actions ---------------------------------------------------------------------------------
    def record_dialog(self, category: str, note_id: str | None = None) -> MeetingRecordDialog:
        """The dialog for a new record (or for editing `note_id`), not yet shown."""
        return MeetingRecordDialog(
            self.controller,
            self.entity_id,
            category,
            note_id=note_id,
            lang=self.edit_lang,
            reference_lang=self.reference_lang,
            parent=self,
        )

    def add_record(self, category: str) -> str | None:
        """Ask for a note, decision or follow-up and record it; its id, or None when cancelled."""
        if self.read_only or self.meeting() is None:
            return None
        dialog = self.record_dialog(category)
        accepted = dialog.exec()
        note_id = dialog.note_id
        dialog.deleteLater()
        if accepted and note_id:
            self.select_record(note_id)
            return note_id
        return None

    def edit_record(self) -> None:
        note = self.selected_note()
        if note is None or self.read_only:
            return
        dialog = self.record_dialog(note.category, note.id)
        dialog.exec()
        dialog.deleteLater()
        self.select_record(note.id)

    def delete_record(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.apply(op.delete_note, note.id)

    def toggle_done(self) -> None:
        note = self.selected_note()
        if note is None or note.category != NoteCategory.FOLLOW_UP.value:
            return
        self.apply(group.update_note, note.id, done=None if note.done else date.today().isoformat())
        self.select_record(note.id)

    def export_minutes(self) -> None:
        from desktop.gui.export.pdf_export_dialog import PdfExportDialog  # reportlab and friends load on first use

        if self.meeting() is None:
            return
        dialog = PdfExportDialog(self.controller, self, on_activate=self.item_requested.emit)
        if hasattr(dialog, "select_document"):  # the minutes as a document kind of the PDF export
            dialog.select_document(f"minutes:{self.entity_id}")
        dialog.exec()
        dialog.deleteLater()

    def delete_meeting(self) -> None:
        meeting = self.meeting()
        if meeting is None or self.read_only:
            return
        count = len(group.meeting_notes(self.controller.doc, meeting))
        text = ngettext(
            "Delete the meeting of {date} and the {n} note, decision or follow-up recorded in it?",
            "Delete the meeting of {date} and the {n} notes, decisions and follow-ups recorded in it?",
            count,
        ).format(date=show_day(meeting.date), n=count)
        if not count:
            text = _("Delete the meeting of {date}?").format(date=show_day(meeting.date))
        text += "\n" + _("Edit > Undo brings it back.")
        if messages.confirm(self, _("Delete meeting"), text, _("Delete")):
            self.apply(group.delete_meeting, meeting.id)

    # -- storing the form --------------------------------------------------------------------------
    def _store_date(self) -> None:
        meeting = self.meeting()
        if meeting is None or self.read_only:
            return
        typed = self.date_edit.text()
        try:
            day = parse_day(typed)
        except ValueError:
            day = None
        if day is None:
            self.message.show_message(bad_day_message())
            self.date_edit.setText(show_day(meeting.date))  # the stored date again; the message says why
            return
        if day != meeting.date and self.apply(group.update_meeting, meeting.id, on=day) is None:
            self.refresh()

    def _on_attendance_changed(self, _item: QListWidgetItem) -> None:
        meeting = self.meeting()
        if meeting is None or self.read_only:
            return
        present, absent = [], []
        for i in range(self.attendance_list.count()):
            item = self.attendance_list.item(i)
            state = item.checkState()
            if state == Qt.CheckState.Checked:
                present.append(item.data(ID_ROLE))
            elif state == Qt.CheckState.Unchecked:
                absent.append(item.data(ID_ROLE))
        if (present, absent) == (meeting.present, meeting.absent):
            return
        if self.apply(group.update_meeting, meeting.id, present=present, absent=absent) is None:
            self.refresh()

    # -- showing -----------------------------------------------------------------------------------
    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Meeting)
        self.header.setText(_("Meeting of {date}").format(date=show_day(entity.date)))
        self.date_edit.setReadOnly(self.read_only)
        if not self.date_edit.hasFocus() and self.date_edit.text() != show_day(entity.date):
            self.date_edit.setText(show_day(entity.date))
        self._show_attendance(entity)
        self._show_records(entity)
        for b in (self.add_note_button, self.add_decision_button, self.add_follow_up_button):
            b.setEnabled(not self.read_only)
        self.delete_meeting_button.setEnabled(not self.read_only)
        self._update_buttons()

    def _show_attendance(self, meeting: Meeting) -> None:
        members = self.controller.doc.members
        present, absent = set(meeting.present), set(meeting.absent)
        listed = [self.attendance_list.item(i).data(ID_ROLE) for i in range(self.attendance_list.count())]
        self.attendance_list.blockSignals(True)  # showing is not a change of attendance
        try:
            if listed != [m.id for m in members]:
                self.attendance_list.clear()
                for member in members:
                    item = QListWidgetItem(self.attendance_list)
                    item.setData(ID_ROLE, member.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for i, member in enumerate(members):
                item = self.attendance_list.item(i)
                item.setText(f"{member.name} — {role_name(member.role)}")
                if member.id in present:
                    item.setCheckState(Qt.CheckState.Checked)
                    item.setToolTip(_("Present"))
                elif member.id in absent:
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setToolTip(_("Absent"))
                else:  # joined the group after this meeting, or never recorded
                    item.setCheckState(Qt.CheckState.PartiallyChecked)
                    item.setToolTip(_("Not recorded"))
        finally:
            self.attendance_list.blockSignals(False)
        set_interactive(self.attendance_list, not self.read_only)
        self.attendance_list.setVisible(bool(members))
        rows = min(max(len(members), 1), 10)
        self.attendance_list.setFixedHeight(
            self.attendance_list.sizeHintForRow(0) * rows + 2 * self.attendance_list.frameWidth() + 4 if members else 0
        )
        if not members:
            self.attendance_summary.setText(_("The group has no members yet. Add them to the advisory group first."))
            return
        unknown = len(members) - len(present) - len(absent)
        summary = _("Present: {present} · Absent: {absent}").format(present=len(present), absent=len(absent))
        if unknown > 0:
            summary += " · " + _("Not recorded: {n}").format(n=unknown)
        self.attendance_summary.setText(summary)

    def _show_records(self, meeting: Meeting) -> None:
        doc, lang = self.controller.doc, self.edit_lang
        selected = self.selected_note()
        numbers = doc.numbers()
        today = date.today().isoformat()
        italic, bold = QFont(self.records.font()), QFont(self.records.font())
        italic.setItalic(True)
        bold.setBold(True)
        self.records.clear()
        for note in group.meeting_notes(doc, meeting):
            body, shown = best_in(note.body, lang)
            concerns = "; ".join(short_item(doc, i, lang, numbers) for i in note.item_ids) or _("The whole plan")
            follow_up = note.category == NoteCategory.FOLLOW_UP.value
            done = show_day(note.done) if note.done else (_("open") if follow_up else "")
            item = QTreeWidgetItem(
                [
                    category_name(note.category),
                    body.split("\n", 1)[0],
                    concerns,
                    group.member_name(doc, note.assignee),
                    show_day(note.due),
                    done,
                ]
            )
            item.setData(0, ID_ROLE, note.id)
            item.setToolTip(self.TEXT, body)
            item.setToolTip(self.CONCERNS, "\n".join(short_item(doc, i, lang, numbers, 200) for i in note.item_ids))
            if shown not in (lang, None):
                item.setFont(self.TEXT, italic)  # not written in the edit language yet: shown in its own
                item.setToolTip(self.TEXT, _("Not yet written in this language.") + "\n\n" + body)
            if note.category == NoteCategory.DECISION.value:
                item.setFont(self.TYPE, bold)
            if is_overdue(note, today):
                item.setForeground(self.DUE, QBrush(QColor(OVERDUE_COLOUR)))
                item.setFont(self.DUE, bold)
                item.setText(self.DUE, _("{date} (overdue)").format(date=show_day(note.due)))
            self.records.addTopLevelItem(item)
        if selected is not None:
            self.select_record(selected.id)
        count = self.records.topLevelItemCount()
        if count:  # as tall as its rows (4 to 14), the page scrolls rather than the table
            row = self.records.sizeHintForRow(0)
            header = self.records.header().sizeHint().height()
            self.records.setFixedHeight(header + row * min(max(count, 4), 14) + 2 * self.records.frameWidth() + 4)
        has_records = count > 0
        self.records.setVisible(has_records)
        self.records_empty.setVisible(not has_records)
        self.records_heading.setToolTip(meeting_label(meeting, lang))

    def _update_buttons(self) -> None:
        note = self.selected_note()
        editable = note is not None and not self.read_only
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        follow_up = editable and note.category == NoteCategory.FOLLOW_UP.value
        self.done_button.setEnabled(follow_up)
        reopen = follow_up and bool(note.done)
        self.done_button.setText(_("Mark not done") if reopen else _("Mark done"))
        self.done_button.setToolTip(
            _("The follow-up is still to be done") if reopen else _("Mark the follow-up done today")
        )
