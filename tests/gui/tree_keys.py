"""Steps in the main window's plan tree as the user takes them: a key pressed in the tree, a row chosen, a title
typed into the box the tree put the cursor in, a row's label as the tree shows it. Shared by the outline's tests,
the tree's own tests and the seed-plan rebuilds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desktop.gui.main_window import MainWindow


def key(qtbot, window: MainWindow, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the tree (the outline's keys only work there; the tree has the focus, as after a click)."""
    if not window.isActiveWindow():  # offscreen, a closed message box does not give the window back
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, k, modifier)


def go(window: MainWindow, entity_id: str | None, kind: str | None = None) -> None:
    """Choose the row of `entity_id` (or of the `kind` without one) in the tree."""
    index = window.tree_model.index_of(entity_id, kind)
    assert index.isValid(), (entity_id, kind)
    window.tree.setCurrentIndex(index)


def type_here(qtbot, window: MainWindow, text: str) -> None:
    """Type into the box the tree put the cursor in (a new row's title, F2, a caption); Enter goes back to the
    tree."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit) or hasattr(editor, "setText"), editor
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)  # non-ASCII: set, not keyClicks
    else:
        editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tree.hasFocus)


def label_of(window: MainWindow, entity_id: str | None, kind: str | None = None) -> str:
    """The row's label as the tree shows it ("IV. Mjediset dhe personeli", "4.1 Mjediset")."""
    return window.tree_model.label(window.tree_model.index_of(entity_id, kind))
