"""The window on the laptops users have (1024x600, 1366x768): the plan tree stays readable, can be dragged
wider and keeps its width; the action-plan grid gives way to nothing it does not need."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import TREE_MIN_WIDTH, MainWindow


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_tree_is_readable_and_resizable(qtbot, plan_file, size) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    assert window.open_file(plan_file)
    settle()
    width = window.width()
    tree = window.tree.width()
    assert tree >= TREE_MIN_WIDTH
    assert 0.25 * width <= tree <= 0.30 * width, (tree, width)
    # The grid's filters wrap instead of making the right side wider than the window leaves it.
    right = window.splitter.widget(1)
    assert right.minimumSizeHint().width() <= width - TREE_MIN_WIDTH - window.splitter.handleWidth()
    # Dragged wider, the tree takes the width; dragged narrow, it stops at its minimum.
    window.splitter.moveSplitter(round(width * 0.45), 1)
    settle()
    assert abs(window.tree.width() - round(width * 0.45)) <= 2
    window.splitter.moveSplitter(20, 1)
    settle()
    assert window.tree.width() == TREE_MIN_WIDTH
    window.session.close()
    window.session = None


def test_the_tree_keeps_its_width_after_a_restart(qtbot, plan_file) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the test screen, so that the window comes back at this size
    first.open_file(plan_file)
    settle()
    first.splitter.moveSplitter(300, 1)
    settle()
    assert first.tree.width() == 300
    first.close()  # saves the layout
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_file(plan_file)
    settle()
    assert (second.width(), second.height()) == (760, 560)
    assert second.tree.width() == 300
    second.session.close()
    second.session = None


def test_a_layout_saved_with_a_squeezed_tree_opens_it_readable(qtbot, plan_file) -> None:
    """A layout saved by an earlier version, with the tree at 50 pixels, is not restored as it was."""
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 600)
    first.open_file(plan_file)
    settle()
    first.tree.setMinimumWidth(0)  # as before: nothing kept the tree readable
    first.splitter.setSizes([50, 970])
    settle()
    assert first.tree.width() < TREE_MIN_WIDTH
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.open_file(plan_file)
    settle()
    assert second.tree.width() >= TREE_MIN_WIDTH
    second.session.close()
    second.session = None


def test_tree_rows_are_measured_again_for_a_new_width_and_font(qtbot, plan_file) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    assert window.open_file(plan_file)
    settle()
    tree = window.tree
    model = tree.model()
    rows = [
        i
        for top in range(model.rowCount())
        for i in (model.index(r, 0, model.index(top, 0)) for r in range(model.rowCount(model.index(top, 0))))
    ]
    # The longest title below a part (in the tree's own font): it wraps when the tree is narrow.
    index = max(rows, key=lambda i: len(str(model.data(i) or "")))
    tree.expand(index.parent())
    wide = tree.visualRect(index).height()
    window.splitter.moveSplitter(TREE_MIN_WIDTH, 1)
    settle()
    narrow = tree.visualRect(index).height()
    assert narrow > wide  # wrapped onto more lines, not a height remembered for the wider tree
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tree.setFont(font)
    settle()
    assert tree.visualRect(index).height() > narrow  # measured again in the larger font
    window.session.close()
    window.session = None
