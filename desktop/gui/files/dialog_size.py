"""Dialogs sized for the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """The size wanted, or less on a small screen (a 1024x600 netbook): the buttons stay on the screen."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, room.width() - 24), min(height, room.height() - 48)
    dialog.resize(width, height)
