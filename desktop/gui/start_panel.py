"""Shown when no plan is open: open a file or the demo plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import _


class StartPanel(QWidget):
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(_("No plan is open"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(_("Open a plan from this computer or a USB stick, or look at the demo plan."), self)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel("", self)
        self.message.setObjectName("start_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setVisible(False)
        open_button = QPushButton(_("Open a plan…"), self)
        demo_button = QPushButton(_("Open the demo plan"), self)
        for button in (open_button, demo_button):
            button.setMinimumWidth(260)
        open_button.clicked.connect(self.open_requested)
        demo_button.clicked.connect(self.demo_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, hint, self.message, open_button, demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(8)
        layout.addStretch(3)

    def set_message(self, text: str) -> None:
        """A line under the hint (e.g. why the last plan could not be opened)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
