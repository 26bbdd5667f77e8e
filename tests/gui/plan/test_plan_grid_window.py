"""The action-plan grid inside the real main window, on the demo plan: filters, deleting, the interface language.

Changing a filter used to crash the process (a segmentation fault kills pytest with it), so the scenarios that
once crashed run in a child process with faulthandler on, and the test asserts that it ended normally.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop.gui.main_window import MainWindow
from desktop.gui.plan.plan_table_model import Column
from desktop.gui.plan.tree_model import PLAN_OBJECTIVE

ROOT = Path(__file__).resolve().parents[3]

pytest.importorskip("desktop.demo.content")


# -- helpers shared by the tests and the child process ---------------------------------------------------------


def tree_rows(window: MainWindow, parent: QModelIndex | None = None):
    """Every index of the tree, depth first."""
    model = window.tree_model
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from tree_rows(window, index)


def plan_rows(window: MainWindow, plan_id: str) -> list[QModelIndex]:
    """The tree rows of one action plan: the plan, its objectives and their activities."""
    model = window.tree_model
    out: list[QModelIndex] = []
    for index in tree_rows(window):
        if model.kind(index) == "action_plan" and model.entity_id(index) == plan_id:
            out.append(index)
            out.extend(tree_rows(window, index))
    return out


def choose_every_objective(window: MainWindow, app) -> int:
    """Choose each objective in the grid's Objective filter in turn, then all of them; check what is shown."""
    grid = window.edit_area.grid
    doc = window.controller.doc
    if grid._filters_timer.isActive():
        app.processEvents()
    combo = grid.objective_combo
    assert combo.count() == len(doc.objectives) + 1, combo.count()
    for position in [*range(1, combo.count()), 0]:
        combo.setCurrentIndex(position)
        app.processEvents()
        grid.view.viewport().repaint()
        chosen = combo.itemData(position)
        shown = grid.visible_activity_ids()
        plan = grid.model.plan()
        expected = [a.id for a in doc.ordered_activities(plan) if chosen in (None, a.objective_id)]
        assert shown == expected, (position, len(shown), len(expected))
    return combo.count()


def filter_scenarios() -> None:
    """Run in a child process: every objective in the filter, with the tree, the grid and undo in many states."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    assert window.open_demo()
    app.processEvents()
    doc = window.controller.doc
    first, revised = doc.action_plans
    assert revised.number == 2 and first.superseded_by
    grid = window.edit_area.grid
    model = window.tree_model

    # The tree on the revised plan, on each of its objectives and on each of its activities.
    for index in plan_rows(window, revised.id):
        window.tree.setCurrentIndex(index)
        app.processEvents()
        assert grid.model.plan_id == revised.id
        choose_every_objective(window, app)
    print("revised plan: every row of the tree", flush=True)

    # The superseded version 1 (read only), from its plan row.
    window.select_entity(first.id, "action_plan")
    app.processEvents()
    assert grid.model.plan_id == first.id
    choose_every_objective(window, app)
    print("version 1", flush=True)

    # With an inline editor open on an activity that the filter then hides.
    window.select_entity(revised.id, "action_plan")
    app.processEvents()
    activity = doc.ordered_activities(revised)[0]
    assert grid.select_activity(activity.id, Column.ACTIVITY)
    grid.view.edit(grid.view.currentIndex())
    app.processEvents()
    assert grid.view.state() == QAbstractItemView.State.EditingState
    grid.objective_combo.setCurrentIndex(len(doc.objectives))  # the last objective: not the activity's
    app.processEvents()
    grid.view.viewport().repaint()
    choose_every_objective(window, app)
    print("inline editor", flush=True)

    # After an undone edit made in the grid.
    activity = doc.ordered_activities(revised)[1]
    assert grid.select_activity(activity.id, Column.ACTIVITY)
    cell = grid.view.currentIndex()
    before = activity.title.get("sq")
    assert grid.proxy.setData(cell, "Titull i ri")
    app.processEvents()
    assert window.controller.doc.find(activity.id).title.get("sq") == "Titull i ri"
    window.undo()
    app.processEvents()
    assert window.controller.doc.find(activity.id).title.get("sq") == before
    choose_every_objective(window, app)
    # ... and with the tree on an objective of the revised plan after the undo.
    objective_rows = [i for i in plan_rows(window, revised.id) if model.kind(i) == PLAN_OBJECTIVE]
    window.tree.setCurrentIndex(objective_rows[1])
    app.processEvents()
    choose_every_objective(window, app)
    print("after undo", flush=True)

    # Whoever hears of the new current row may rebuild the rows (showing another plan does): the grid tells
    # them only once the filter change is over, never from inside the proxy's removal of rows.
    window.tree.setCurrentIndex(objective_rows[2])
    app.processEvents()
    grid.activity_selected.connect(lambda _aid: grid.model.refresh())
    grid.objective_selected.connect(lambda _oid: grid.model.refresh())
    choose_every_objective(window, app)
    print("listeners that rebuild", flush=True)
    window.session.close()
    window.session = None


def run_child(function: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLAN_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    code = f"import faulthandler; faulthandler.enable(); from {__name__} import {function}; {function}()"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )


# -- 1. the objective filter -------------------------------------------------------------------------------------


def test_choosing_every_objective_in_the_filter_never_crashes(data_dir) -> None:
    result = run_child("filter_scenarios", data_dir)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert "listeners that rebuild" in result.stdout


def test_the_tree_follows_the_grid_without_showing_the_item_again(window, qtbot, monkeypatch) -> None:
    assert window.open_demo()
    revised = window.controller.doc.action_plans[1]
    objective = window.controller.doc.objectives[1]
    assert window.select_entity(objective.id, PLAN_OBJECTIVE)
    grid = window.edit_area.grid
    assert grid.model.plan_id == revised.id
    shown: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(window.edit_area, "show_item", lambda kind, eid, *_plan: shown.append((kind, eid)))
    activity = next(a for a in window.controller.doc.ordered_activities(revised) if a.objective_id == objective.id)
    row = grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(activity.id), Column.ACTIVITY))
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.visualRect(row).center())
    qtbot.waitUntil(lambda: window.tree_model.entity_id(window.tree.currentIndex()) == activity.id)
    assert window.edit_area.activity_panel.activity_id == activity.id
    assert shown == []  # the editor shows the activity already: the tree only follows


# -- 2. deleting says what went, and asks first when it is much --------------------------------------------------


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed test leaves unsaved changes: closing the window then must not wait for an answer."""
    from desktop.gui.widgets import messages

    monkeypatch.setattr(messages, "ask_save_changes", lambda *_args: messages.SaveChoice.DISCARD)


def open_sample(window: MainWindow, qtbot, plan_file: Path):
    """The sample plan in the window, its action plan shown in the grid (which has the focus)."""
    assert window.open_file(plan_file)
    doc = window.controller.doc
    assert window.select_entity(doc.action_plan.id, "action_plan")
    grid = window.edit_area.grid
    grid.view.setFocus()
    return grid, doc


def select_rows(grid, *entity_ids: str) -> None:
    """Ctrl+click each row, as a user picks several."""
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    grid.view.selectionModel().clearSelection()
    for eid in entity_ids:
        index = grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(eid), Column.NUMBER))
        grid.view.selectionModel().setCurrentIndex(index, flags)


def press_delete(qtbot, grid) -> None:
    """The Delete key on the grid (focus first: offscreen, a closed question box does not give it back)."""
    from PySide6.QtWidgets import QApplication

    grid.window().activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid.view, timeout=2000)
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)


def test_deleting_an_activity_says_what_went_and_undo_brings_it_back(window, qtbot, plan_file) -> None:
    grid, doc = open_sample(window, qtbot, plan_file)
    first = doc.ordered_activities(doc.action_plan)[0]
    assert (len(first.budget_lines), len(first.indicators)) == (2, 1)
    assert grid.select_activity(first.id)
    press_delete(qtbot, grid)  # no question for one activity
    assert window.controller.doc.find(first.id) is None
    stored = window.session.reload()
    assert stored.find(first.id) is None and len(stored.action_plan.activities) == 2
    notice = window.banner.text()
    assert window.banner.isVisible()
    assert "1.1" in notice and "Hapja e qendrës ditore" in notice
    assert "2" in notice.split("budget lines:")[1][:4] and "indicators: 1" in notice
    assert "Ctrl+Z" in notice
    window.undo()
    back = window.controller.doc.find(first.id)
    assert back is not None and (len(back.budget_lines), len(back.indicators)) == (2, 1)
    assert window.session.reload().find(first.id) is not None


def test_deleting_several_rows_asks_first(window, qtbot, plan_file, answer) -> None:
    grid, doc = open_sample(window, qtbot, plan_file)
    a1, a2, a3 = (a.id for a in doc.ordered_activities(doc.action_plan))
    select_rows(grid, a1, a3)
    seen = answer("Cancel")
    press_delete(qtbot, grid)
    assert len(seen) == 1 and "1.1" in seen[0] and "2.1" in seen[0]
    assert [a.id for a in window.session.reload().action_plan.activities] == [a1, a2, a3]  # Cancel keeps them
    assert not window.banner.isVisible()
    select_rows(grid, a1, a3)
    answer("Delete")
    press_delete(qtbot, grid)
    assert [a.id for a in window.session.reload().action_plan.activities] == [a2]
    assert "1.1" in window.banner.text() and "2.1" in window.banner.text()
    assert "Familjet <kujdestare> & R&D" in window.banner.text()
    assert window.banner.textFormat() == Qt.TextFormat.PlainText  # shown as typed, not taken for markup
    window.undo()  # one step brings both back, with the budget lines
    assert [a.id for a in window.session.reload().action_plan.activities] == [a1, a2, a3]
    assert len(window.controller.doc.find(a1).budget_lines) == 2


def test_deleting_an_objective_with_activities_asks_first(window, qtbot, plan_file, answer) -> None:
    grid, doc = open_sample(window, qtbot, plan_file)
    objective = doc.objectives[0]
    under = [a.id for a in doc.ordered_activities(doc.action_plan) if a.objective_id == objective.id]
    assert grid.select_activity(objective.id)
    seen = answer("Cancel")
    press_delete(qtbot, grid)
    assert seen and "activities: 2" in seen[0]
    stored = window.session.reload()
    assert stored.find(objective.id) is not None and all(stored.find(a) is not None for a in under)
    assert grid.select_activity(objective.id)
    answer("Delete")
    press_delete(qtbot, grid)
    stored = window.session.reload()
    assert stored.find(objective.id) is None and all(stored.find(a) is None for a in under)
    assert "Shërbime në komunitet" in window.banner.text() and "activities: 2" in window.banner.text()
    window.undo()
    stored = window.session.reload()
    assert stored.find(objective.id) is not None and all(stored.find(a) is not None for a in under)


# -- 3. the interface language keeps what the grid shows ---------------------------------------------------------


def grid_context(window: MainWindow) -> dict[str, object]:
    grid = window.edit_area.grid
    combos = (grid.objective_combo, grid.year_combo, grid.source_combo, grid.group_combo)
    return {
        "filters": [c.currentData() for c in combos] + [grid.responsible_combo.currentText()],
        "current": grid.current_activity_id(),
        "selected": grid._selected_ids(),
        "top": grid.model.entity_id(grid.view._source_row(grid.view.rowAt(0))),
        "sideways": grid.view.horizontalScrollBar().value(),
        "shown": grid.visible_activity_ids(),
    }


def test_switching_the_interface_language_keeps_filters_rows_and_scrolling(window, qtbot) -> None:
    from desktop import i18n
    from desktop.gui.translation.serbian_script import CYRILLIC, LATIN

    window.resize(1100, 700)
    assert window.open_demo()
    doc = window.controller.doc
    revised = doc.action_plans[1]
    assert window.select_entity(revised.id, "action_plan")
    grid = window.edit_area.grid
    qtbot.waitUntil(lambda: grid.objective_combo.count() > 1)
    grid.set_filters(objective_id=doc.objectives[1].id, year=2026, responsible="a")
    shown = grid.visible_activity_ids()
    assert len(shown) >= 3
    target = shown[2]
    assert grid.select_activity(target, Column.RESPONSIBLE)
    grid.view.horizontalScrollBar().setValue(min(90, grid.view.horizontalScrollBar().maximum()))
    grid.view.verticalScrollBar().setValue(grid.view.verticalScrollBar().maximum() // 2)
    qtbot.wait(50)
    before = grid_context(window)
    assert before["current"] == target and before["filters"][1] == 2026
    for switch in (
        lambda: window.set_interface_language("sr_Cyrl" if i18n.language() != "sr_Cyrl" else "sq"),
        lambda: window.set_serbian_script(CYRILLIC),
        lambda: window.set_interface_language("en"),
        lambda: window.set_serbian_script(LATIN),
    ):
        switch()
        qtbot.wait(50)
        assert grid_context(window) == before


def test_filter_lists_fit_their_longest_item_in_every_language(window, qtbot, plan_file) -> None:
    from desktop import i18n

    window.resize(1366, 768)
    assert window.open_file(plan_file)
    for lang in i18n.UI_LANGUAGES:
        window.set_interface_language(lang)
        grid = window.edit_area.grid
        assert window.select_entity(window.controller.doc.action_plan.id, "action_plan")
        qtbot.waitUntil(lambda grid=grid: grid.objective_combo.count() > 1)
        qtbot.wait(20)
        for combo in (grid.objective_combo, grid.year_combo, grid.source_combo, grid.group_combo):
            longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
            text_room = combo.width() - 30  # the frame and the arrow
            assert text_room >= longest, (lang, combo.objectName(), combo.width(), longest)


# -- the editor of a new row stays in its row ---------------------------------------------------------------------


@pytest.mark.parametrize("height", [560, 760])
def test_the_editor_of_a_new_activity_never_covers_the_row_above(window, qtbot, plan_file, height) -> None:
    grid, doc = open_sample(window, qtbot, plan_file)
    window.resize(1366, height)  # 560: a short view, where the new row lands near its foot
    last = doc.ordered_activities(doc.action_plan)[-1]
    assert grid.select_activity(last.id)
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Insert)
    new_id = grid.current_activity_id()
    assert new_id and new_id != last.id and window.controller.doc.find(new_id) is not None
    qtbot.wait(300)  # rows measured in the background must not move the row from under its editor
    index = grid.view.currentIndex()
    editor = grid.view.indexWidget(index)
    assert editor is not None and editor.isVisible()
    row = grid.view.visualRect(index)
    above = grid.view.visualRect(grid.proxy.index(index.row() - 1, index.column()))
    assert editor.geometry().top() == row.top()
    assert editor.geometry().top() > above.bottom()
    assert editor.geometry().bottom() <= grid.view.viewport().rect().bottom()


def test_an_objective_of_the_adopted_version_shows_that_version_in_the_grid(window, qtbot) -> None:
    """The demo has version 1 of the action plan (adopted, read-only) and version 2: an objective chosen under
    either shows the grid of its own version."""
    from desktop.gui.plan.tree_model import PLAN_OBJECTIVE
    from tests.gui.walk import tree_indexes

    assert window.open_demo()
    doc = window.controller.doc
    plans = {p.id for p in doc.action_plans}
    rows = [i for i in tree_indexes(window) if window.tree_model.kind(i) == PLAN_OBJECTIVE]
    seen = set()
    for index in rows:
        plan_id = window.tree_model.entity_id(index.parent())
        window.tree.setCurrentIndex(index)
        assert window.edit_area.grid.model.plan_id == plan_id
        seen.add(plan_id)
    assert len(seen) == 2 and seen == plans
