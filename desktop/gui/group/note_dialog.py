"""Write a meeting note or decision about one item of the plan: the text and the day it was made."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import NoteCategory
from desktop.gui.widgets import messages
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _

DATE_FORMAT = "dd.MM.yyyy"  # official documents write dates this way in every language


class NoteDialog(QDialog):
    """Modal: a large text field for the note, the item it concerns at the top, the date below.

    The dialog changes nothing itself; the caller records the result through the controller.
    """

    def __init__(
        self,
        item_label: str,
        category: str = NoteCategory.NOTE.value,
        parent: QWidget | None = None,
        meeting: str | None = None,
    ):
        """`meeting`: the meeting the note goes to (e.g. "24.09.2025 · Title"), shown in place of the date."""
        super().__init__(parent)
        self.setObjectName("note_dialog")
        self.category = NoteCategory(category).value
        decision = self.category == NoteCategory.DECISION.value
        self.setWindowTitle(_("Record decision") if decision else _("Add note"))

        about = QLabel(_("About:"), self)
        self.item_label = QLabel(item_label, self)
        self.item_label.setObjectName("note_item")
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.item_label.setWordWrap(True)
        self.item_label.setStyleSheet("font-weight: bold;")

        prompt = QLabel(_("What did the meeting decide?") if decision else _("Note:"), self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("note_text")
        self.text_edit.setTabChangesFocus(True)
        prompt.setBuddy(self.text_edit)

        date_label = QLabel(_("Date:"), self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("note_date")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        date_label.setBuddy(self.date_edit)
        hint = QLabel(_("Ctrl+Enter saves"), self)
        hint.setStyleSheet("color: #4a4a4a;")  # a hint, yet readable on a projector
        self.meeting_label = QLabel(_("Meeting: {meeting}").format(meeting=meeting) if meeting else "", self)
        self.meeting_label.setObjectName("note_meeting")
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_label.setWordWrap(True)
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.meeting_label, 1)
        date_row.addStretch(1)
        # In a meeting the note takes the meeting's date: the meeting is named instead.
        date_label.setVisible(not meeting)
        self.date_edit.setVisible(not meeting)
        self.meeting_label.setVisible(bool(meeting))
        date_row.addWidget(hint)

        buttons, self.ok_button, self.cancel_button = messages.ok_cancel_buttons(self, "note_ok")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about)
        layout.addWidget(self.item_label)
        layout.addSpacing(6)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(date_row)
        layout.addWidget(buttons)

        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.text_edit.setFocus()
        self._update_size()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def iso_date(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def accept(self) -> None:
        if self.text():  # an empty note is not recorded (Ctrl+Enter on an empty field does nothing)
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))

    @staticmethod
    def ask(
        parent: QWidget | None, item_label: str, category: str, meeting: str | None = None
    ) -> tuple[str, str] | None:
        """Show the dialog modally; (text, ISO date) when the user pressed OK, else None."""
        dialog = NoteDialog(item_label, category, parent, meeting)
        if parent is not None:  # fonts do not pass on to dialogs: keep the size of the window (a projector's)
            dialog.set_point_size(parent.font().pointSize())
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        result = dialog.exec()
        text, day = dialog.text(), dialog.iso_date()
        dialog.deleteLater()
        return (text, day) if result == QDialog.DialogCode.Accepted and text else None

    def set_point_size(self, size: int) -> None:
        """Show every text of the dialog at `size` points (the meeting view opens it at projector size)."""
        if size <= 0:
            return
        self.setStyleSheet(f"#note_dialog, #note_dialog QWidget {{ font-size: {size}pt; }}")
        self.ensurePolished()
        for child in self.findChildren(QWidget):
            child.ensurePolished()
        self._update_size()

    def _update_size(self) -> None:
        """Room for about six lines and sixty characters in the current font."""
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        width = max(640, self.fontMetrics().averageCharWidth() * 60)
        resize_within_screen(self, width, int(width * 0.62))
