"""Shown when no plan is open: open a file or the demo plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import _

CONTENT_WIDTH = 560


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
        self.message = QLabel("", self)
        self.message.setObjectName("start_message")
        self.message.setStyleSheet("QLabel { color: #8a3b00; }")
        self.message.setVisible(False)
        for label in (title, hint, self.message):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        open_button = QPushButton(_("Open a plan…"), self)
        demo_button = QPushButton(_("Open the demo plan"), self)
        open_button.clicked.connect(self.open_requested)
        demo_button.clicked.connect(self.demo_requested)

        # A column of fixed width, centred: wrapped labels need a known width to compute their height.
        column = QWidget(self)
        column.setFixedWidth(CONTENT_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addWidget(self.message)
        inner.addSpacing(8)
        for button in (open_button, demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            inner.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_message(self, text: str) -> None:
        """A line under the hint (e.g. why the last plan could not be opened)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
