"""Windows and dialogs no larger than the screen they open on: the users' laptops have 1024x600 and
1366x768 screens, where a dialog of 820 pixels hides its Save and Close buttons below the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (its parent's before it is shown) that windows may use."""
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


# Room for the title bar and borders the window system adds around a window not shown yet.
FRAME_ALLOWANCE = (16, 40)


def _frame_extra(widget: QWidget) -> tuple[int, int]:
    if widget.isVisible():
        frame = widget.frameGeometry()
        return frame.width() - widget.width(), frame.height() - widget.height()
    return FRAME_ALLOWANCE


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)`, but with its frame no larger than the available screen."""
    area = available_area(widget)
    extra_w, extra_h = _frame_extra(widget)
    widget.resize(max(1, min(width, area.width() - extra_w)), max(1, min(height, area.height() - extra_h)))
