"""The main window's grid: the Budget cell opens the activity's budget lines, the time-frame editor moves
with Tab and reads dates, a refused entry keeps what was typed without moving the grid, and one amount
looks the same in the grid, the budget lines and the status bar."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.formatting import format_amount
from desktop.gui.main_window import MainWindow
from desktop.gui.plan.budget_table import COL_AMOUNT
from desktop.gui.plan.grid_delegates import TimeFrameEditor, normalise_time
from desktop.gui.plan.plan_grid import PlanGrid
from desktop.gui.plan.plan_table_model import Column
from desktop.gui.widgets import messages


@pytest.fixture(autouse=True)
def english_interface(monkeypatch):
    i18n.set_language("en")
    # The window is closed after each test with the edits unsaved: leave them, do not ask.
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    yield
    i18n.set_language("en")


def open_plan(qtbot, window: MainWindow, plan_file) -> tuple[PlanGrid, str]:
    """The sample plan open, its first activity selected in the tree; the grid and that activity's id."""
    assert window.open_file(plan_file)
    window.resize(1366, 900)
    window.activateWindow()
    act = window.session.doc.action_plan.activities[0]
    assert window.select_entity(act.id)
    grid = window.edit_area.grid
    qtbot.waitUntil(lambda: window.edit_area.activity_panel.activity_id == act.id)
    return grid, act.id


def cell(grid: PlanGrid, activity_id: str, column: int) -> QModelIndex:
    return grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(activity_id), column))


def stored(window: MainWindow):
    return window.session.reload()


# -- the Budget cell -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["double click", "F2", "Enter"])
def test_the_budget_cell_opens_the_budget_lines_ready_to_type(qtbot, window, plan_file, how):
    grid, act_id = open_plan(qtbot, window, plan_file)
    panel = window.edit_area.activity_panel
    grid.select_activity(act_id, Column.BUDGET)
    grid.view.setFocus()
    index = grid.view.currentIndex()
    assert index.column() == Column.BUDGET
    if how == "double click":
        # A real double click starts with a press (QTest's double click alone has none: the view ignores it).
        pos = grid.view.visualRect(index).center()
        qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.keyClick(grid.view, Qt.Key.Key_F2 if how == "F2" else Qt.Key.Key_Return)
    table = panel.budget.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert (table.currentRow(), table.currentColumn()) == (0, COL_AMOUNT)
    assert grid.view.state() != grid.view.State.EditingState  # nothing was typed into the grid
    # Ready to edit: typing replaces the amount (the first key opens the cell's editor), Enter stores it.
    qtbot.keyClick(table, "1")
    editor = QApplication.focusWidget()
    assert editor is not table and editor.objectName() == "amount_edit"
    qtbot.keyClicks(editor, "2.500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert stored(window).get(act_id).budget_lines[0].amount == Decimal(12500)


def test_an_activity_without_budget_lines_offers_to_add_one(qtbot, window, plan_file):
    grid, _act = open_plan(qtbot, window, plan_file)
    bare = window.session.doc.action_plan.activities[1]
    assert not bare.budget_lines
    grid.select_activity(bare.id, Column.BUDGET)
    qtbot.waitUntil(lambda: window.edit_area.activity_panel.activity_id == bare.id)
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)
    budget = window.edit_area.activity_panel.budget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is budget.add_button)
    qtbot.keyClick(budget.add_button, Qt.Key.Key_Space)
    assert len(stored(window).get(bare.id).budget_lines) == 1


# -- the time-frame editor ---------------------------------------------------------------------------------


def open_time_editor(qtbot, grid: PlanGrid, act_id: str) -> TimeFrameEditor:
    grid.select_activity(act_id, Column.TIMEFRAME)
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)
    editors = grid.view.viewport().findChildren(TimeFrameEditor)
    assert len(editors) == 1
    editor = editors[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.start_edit)
    return editor


def test_tab_moves_from_start_to_end_and_dates_are_understood(qtbot, window, plan_file):
    grid, act_id = open_plan(qtbot, window, plan_file)
    editor = open_time_editor(qtbot, grid, act_id)
    editor.start_edit.selectAll()
    qtbot.keyClicks(editor.start_edit, "01.01.2026")
    qtbot.keyClick(editor.start_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.end_edit  # Tab stays in the editor
    assert grid.view.state() == grid.view.State.EditingState
    assert editor.end_edit.selectedText() == editor.end_edit.text()  # the old end is replaced by typing
    qtbot.keyClicks(editor.end_edit, "30.06.2026")
    assert editor.problem.isVisibleTo(editor)
    assert editor.problem.text() == "= 01.2026 – 06.2026"  # how the dates are read, before Enter
    qtbot.keyClick(editor.end_edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.start_edit
    qtbot.keyClick(editor.start_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.view.state() != grid.view.State.EditingState)
    act = stored(window).get(act_id)
    assert (act.start, act.end) == ("2026-01", "2026-06")


@pytest.mark.parametrize(
    ("typed", "stored_as"),
    [("30.06.2026", "2026-06"), ("1.7.2026", "2026-07"), ("2026-06-30", "2026-06"), ("31.02.2026", "31.02.2026")],
)
def test_a_day_is_read_as_its_month(typed, stored_as):
    assert normalise_time(typed) == stored_as


def test_a_refused_time_frame_keeps_what_was_typed_and_the_grid_stays_put(qtbot, window, plan_file):
    grid, act_id = open_plan(qtbot, window, plan_file)
    before = stored(window).get(act_id)
    editor = open_time_editor(qtbot, grid, act_id)
    where = grid.view.mapTo(window, grid.view.rect().topLeft())
    editor.start_edit.selectAll()
    qtbot.keyClicks(editor.start_edit, "2027")
    qtbot.keyClick(editor.start_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.end_edit, "31.02.2026")
    qtbot.keyClick(editor.end_edit, Qt.Key.Key_Return)
    # Enter does not close it: what was typed stays, and the editor says why.
    assert grid.view.state() == grid.view.State.EditingState
    assert (editor.start_edit.text(), editor.end_edit.text()) == ("2027", "31.02.2026")
    assert "“31.02.2026” is not a time" in editor.problem.text()
    editor.end_edit.setText("2026")
    qtbot.keyClick(editor.end_edit, Qt.Key.Key_Return)
    assert grid.view.state() == grid.view.State.EditingState
    assert editor.problem.text() == "The time frame ends before it starts."
    # Another cell clicked: the editor goes, the notice quotes what was typed, floating over the table.
    other = cell(grid, act_id, Column.RESPONSIBLE)
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.visualRect(other).center())
    qtbot.waitUntil(lambda: grid.view.state() != grid.view.State.EditingState)
    assert grid.message.isVisible()
    assert "2027 – 2026" in grid.message.text() and "ends before it starts" in grid.message.text()
    assert grid.view.mapTo(window, grid.view.rect().topLeft()) == where  # the rows did not move
    assert grid.message.geometry().intersects(grid.view.geometry())  # over the table, not above it
    after = stored(window).get(act_id)
    assert (after.start, after.end) == (before.start, before.end)
    assert window.controller.undo_stack.count() == 0


# -- one amount, one format --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_grid_budget_lines_and_status_bar_show_an_amount_alike(qtbot, window, plan_file, lang):
    grid, act_id = open_plan(qtbot, window, plan_file)
    window.set_content_language(lang)
    budget = window.edit_area.activity_panel.budget
    total = format_amount(Decimal("60500.50"), "EUR", lang)  # 48 000 (2025) + 12 500,50 (2026)
    assert grid.proxy.data(cell(grid, act_id, Column.BUDGET)) == total
    assert total in budget.totals_label.text()
    assert total in window.budget_label.text()
    second = format_amount(Decimal("12500.50"), "", lang)
    assert budget.table.item(1, COL_AMOUNT).text() == second
    assert f"2026: {second}" in window.budget_label.text()  # not rounded to whole units
    assert format_amount(Decimal("12500.50"), "EUR", lang) in grid.proxy.data(
        cell(grid, act_id, Column.BUDGET), Qt.ItemDataRole.ToolTipRole
    )
