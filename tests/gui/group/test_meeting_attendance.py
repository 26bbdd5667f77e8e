"""Meeting mode on the demo: the day's meeting it creates has no attendance until someone takes it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.model import Meeting
from desktop.gui.group.note_dialog import NoteDialog


def type_note_when_asked(text: str) -> None:
    """Fill in the real note dialog once it is on screen and press OK."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            QTimer.singleShot(10, poll)
            return
        dialog.text_edit.setPlainText(text)
        dialog.ok_button.click()

    QTimer.singleShot(0, poll)


def test_meeting_mode_starts_the_day_with_nobody_marked_present(qtbot, window) -> None:
    assert window.open_demo()
    doc = window.session.doc
    assert len(doc.members) == 7
    before = {m.id for m in doc.meetings}
    window.meeting_action.trigger()  # F5
    meeting_window = window.meeting_window
    assert meeting_window is not None and meeting_window.isVisible()
    type_note_when_asked("Pika e parë e rendit të ditës")
    assert meeting_window.record("note") is not None
    created = [m for m in window.session.doc.meetings if m.id not in before]
    assert len(created) == 1
    meeting = created[0]
    assert isinstance(meeting, Meeting)
    assert (meeting.present, meeting.absent) == ([], [])
    # Stored that way in the file too, not only in memory.
    window.session.save()  # in place: the window's Save would ask where (the demo lives in the data folder)
    from desktop.storage.session import DocumentSession

    path = window.session.path
    window.close_document()
    reopened = DocumentSession.open(path, read_only=True)
    try:
        stored = reopened.doc.find(meeting.id)
        assert (stored.present, stored.absent) == ([], [])
    finally:
        reopened.close()
