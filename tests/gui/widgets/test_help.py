"""Help > First steps and Help > Keyboard shortcuts in the real window, in English and Albanian."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from desktop import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.widgets.help_dialogs import FIRST_STEPS, FirstStepsDialog, ShortcutsDialog


@pytest.fixture
def english():
    old = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(old)


def help_menu(window: MainWindow) -> QMenu:
    return next(m for m in window.menuBar().findChildren(QMenu) if m.objectName() == "help_menu")


def open_from_menu(window: MainWindow, object_name: str) -> QDialog:
    """Trigger a Help menu entry and return the dialog it opened (closed again once looked at)."""
    seen: list[QDialog] = []

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, QDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(widget)
        widget.reject()

    action = next(a for a in help_menu(window).actions() if a.objectName() == object_name)
    QTimer.singleShot(0, look)
    action.trigger()
    assert seen, f"{object_name} opened no dialog"
    return seen[0]


def test_help_menu_lists_first_steps_and_shortcuts(qtbot, english) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    names = [a.objectName() for a in help_menu(window).actions() if not a.isSeparator()]
    assert names == ["first_steps", "keyboard_shortcuts", "about"]
    assert window.first_steps_action.shortcut().toString() == "F1"

    dialog = open_from_menu(window, "first_steps")
    assert isinstance(dialog, FirstStepsDialog)
    text = dialog.text.toPlainText()
    assert 6 <= len(FIRST_STEPS) <= 10
    for needle in ("demo", "File > New", "Writing in", "Beside it", "Translation", "Export PDF", "Meeting mode"):
        assert needle in text

    dialog = open_from_menu(window, "keyboard_shortcuts")
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    keys = {(menu, command): key for menu, command, key in rows}
    assert keys[("Edit", "Undo")] == "Ctrl+Z"
    assert keys[("View", "Meeting mode")] == "F5"
    assert keys[("File", "Export PDF")] == "Ctrl+E"
    assert keys[("Help", "First steps")] == "F1"
    # Generated from the window's actions: every action with a shortcut is listed, none twice.
    assert len(rows) == len(set(rows))
    assert ("File", "Save", "Ctrl+S") in rows
    assert not any("&" in command for _menu, command, _key in rows)


def test_f1_opens_first_steps(qtbot, english) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    seen: list[str] = []

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, look)
            return
        seen.append(widget.objectName())
        widget.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert seen == ["first_steps_dialog"]


ENGLISH_WORDS = re.compile(r"\b(the|and|your|open|choose|shows?|click|language|writes?|meeting)\b", re.I)


def test_help_is_translated_into_albanian(qtbot) -> None:
    old = i18n.language()
    i18n.set_language("sq")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        steps = FirstStepsDialog(window)
        text = steps.text.toPlainText()
        assert steps.windowTitle() != "First steps"
        assert not ENGLISH_WORDS.search(text), ENGLISH_WORDS.search(text)
        shortcuts = ShortcutsDialog(window)
        assert shortcuts.windowTitle() != "Keyboard shortcuts"
        for menu, command, _key in shortcuts.rows():
            assert not ENGLISH_WORDS.search(f"{menu} {command}"), (menu, command)
        labels = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
        assert not any(t in ("&First steps", "&Keyboard shortcuts") for t in labels)
    finally:
        i18n.set_language(old)
