"""The plan tree's own editing: a new plan built from File > New with the tree's keys, menus and forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow
from desktop.gui.plan.tree_model import PLAN_OBJECTIVE, TARGET_GROUPS
from desktop.storage.files import write_new
from tests.gui.conftest import answer_new_plan_dialog, reopen
from tests.gui.tree_keys import go, key, type_here

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(window):
    """The shared window (tests/gui/conftest.py) on a 1366x768 screen."""
    window.resize(1366, 768)
    return window


def type_title(qtbot, window: MainWindow, text: str) -> None:
    """Type into the title box the tree put the cursor in, then Enter goes back to the tree."""
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() in ("title_edit", "name_edit"), editor
    type_here(qtbot, window, text)


def current(window: MainWindow) -> tuple[str | None, str | None]:
    index = window.tree.currentIndex()
    return window.tree_model.kind(index), window.tree_model.entity_id(index)


def test_build_a_plan_with_the_tree_alone(window, qtbot, tmp_path, answer, monkeypatch):
    answer_new_plan_dialog("Komuna e Gjelbër")
    window.new_action.trigger()
    session = window.session
    actions = window.tree_actions

    # Two target groups: Insert on the folder, then Insert on the group adds the next one after it.
    go(window, None, TARGET_GROUPS)
    assert actions.actions["add"].isEnabled()
    key(qtbot, window, Qt.Key.Key_Insert)
    assert current(window)[0] == "target_group"
    type_title(qtbot, window, "Të moshuarit")
    key(qtbot, window, Qt.Key.Key_Insert)
    type_title(qtbot, window, "Fëmijët")
    assert [g.name.get("sq") for g in session.doc.target_groups] == ["Të moshuarit", "Fëmijët"]
    assert current(window) == ("target_group", session.doc.target_groups[1].id)

    # Two objectives from the strategy row, a priority under the first and a sub-priority under that.
    go(window, session.doc.strategy.id)
    key(qtbot, window, Qt.Key.Key_Insert)
    type_title(qtbot, window, "Shërbime në komunitet")
    key(qtbot, window, Qt.Key.Key_Insert)  # on an objective: the next objective
    type_title(qtbot, window, "Mbrojtja e fëmijëve")
    first = session.doc.objectives[0]
    go(window, first.id, "objective")
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_title(qtbot, window, "Qendrat ditore")
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_title(qtbot, window, "Terapia")
    priority = first.priorities[0]
    assert [p.title.get("sq") for p in priority.priorities] == ["Terapia"]
    assert window.tree_model.label(window.tree.currentIndex()) == "1.1.1 Terapia"

    # A chapter of the group's own, from the context menu of the strategy row.
    go(window, session.doc.strategy.id)
    menu = actions.menu
    actions.fill_menu(menu, window.tree.currentIndex())
    add_section = next(a for a in menu.actions() if a.text().startswith("Add chapter"))
    add_section.trigger()
    type_title(qtbot, window, "Monitorimi")
    section = session.doc.strategy.sections[-1]
    assert section.title.get("sq") == "Monitorimi" and section.key is None

    # Rename with F2: the title in the writing language, in the item's form.
    go(window, session.doc.target_groups[1].id)
    key(qtbot, window, Qt.Key.Key_F2)
    type_title(qtbot, window, "Fëmijët në rrezik")
    assert session.doc.target_groups[1].name.get("sq") == "Fëmijët në rrezik"

    # Move: Ctrl+Up takes the second objective first; the tree stays on it.
    second = session.doc.objectives[1]
    go(window, second.id, "objective")
    key(qtbot, window, Qt.Key.Key_Up, CTRL)
    assert session.doc.objectives == [second, first]
    assert current(window) == ("objective", second.id)
    assert window.tree_model.label(window.tree.currentIndex()) == "1 Mbrojtja e fëmijëve"
    assert not actions.actions["move_up"].isEnabled()  # already the first
    go(window, session.doc.target_groups[0].id)
    key(qtbot, window, Qt.Key.Key_Down, CTRL)
    assert [g.name.get("sq") for g in session.doc.target_groups] == ["Fëmijët në rrezik", "Të moshuarit"]

    # Delete: an empty section at once (with a notice), an objective with priorities after asking.
    go(window, section.id)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert session.doc.find(section.id) is None
    assert "brings it back" in window.statusBar().currentMessage()
    assert current(window) == ("objectives", None)  # on the next row (the objectives part), not nowhere
    go(window, first.id, "objective")
    seen = answer("Cancel")
    key(qtbot, window, Qt.Key.Key_Delete)
    assert "2 priorities" in seen[0] and "brings it back" in seen[0]
    assert session.doc.find(first.id) is not None
    answer("Delete")
    key(qtbot, window, Qt.Key.Key_Delete)
    assert len(seen) == 2 and session.doc.find(first.id) is None, seen
    assert session.doc.objectives == [second]

    # Undo brings the objective back with its priority and sub-priority, in its place.
    window.undo_action.trigger()
    assert [o.id for o in session.doc.objectives] == [second.id, first.id]
    restored = session.doc.get(first.id)
    assert restored.priorities[0].priorities[0].title.get("sq") == "Terapia"

    # What is stored: the controller's document, and the file saved and opened again.
    doc = window.controller.doc
    assert [o.title.get("sq") for o in doc.objectives] == ["Mbrojtja e fëmijëve", "Shërbime në komunitet"]
    target = tmp_path / "ndertuar.plan"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert window.save()
    stored = reopen(target)
    assert [g.name.get("sq") for g in stored.target_groups] == ["Fëmijët në rrezik", "Të moshuarit"]
    assert [o.title.get("sq") for o in stored.objectives] == ["Mbrojtja e fëmijëve", "Shërbime në komunitet"]
    assert [p.title.get("sq") for p in stored.objectives[1].priorities] == ["Qendrat ditore"]
    assert [p.title.get("sq") for p in stored.objectives[1].priorities[0].priorities] == ["Terapia"]
    assert [s.key for s in stored.strategy.sections] == ["context", "vision", "mission", "goal"]


def test_plan_objective_rows_add_activities_and_action_plans_are_not_added(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    objective = doc.objectives[1]
    go(window, objective.id, PLAN_OBJECTIVE)
    key(qtbot, window, Qt.Key.Key_Insert)
    assert len(doc.activities_of(doc.action_plan, objective)) == 2
    new = doc.activities_of(doc.action_plan, objective)[-1]
    assert current(window) == ("activity", new.id)
    assert QApplication.focusWidget() is window.edit_area.activity_panel.title.editor
    go(window, doc.action_plan.id)
    commands = window.tree_actions.commands()
    assert not commands["add"].enabled and "revised version" in commands["add"].tip
    assert not commands["delete"].enabled
    assert commands["rename"].enabled
    go(window, doc.municipality.id)
    assert not window.tree_actions.actions["delete"].isEnabled()
    go(window, doc.strategy.id)
    assert not window.tree_actions.actions["delete"].isEnabled()


def test_read_only_plans_offer_nothing(window, qtbot, plan_file):
    assert window.open_file(plan_file, read_only=True)
    doc = window.session.doc
    for entity_id, kind in ((None, TARGET_GROUPS), (doc.objectives[0].id, "objective"), (doc.strategy.id, None)):
        go(window, entity_id, kind)
        assert not any(a.isEnabled() for a in window.tree_actions.actions.values())
    before = len(doc.objectives)
    key(qtbot, window, Qt.Key.Key_Insert)
    assert len(window.session.doc.objectives) == before


def test_a_closed_plan_offers_nothing(window, qtbot, tmp_path):
    from tests.gui.conftest import build_sample

    doc = build_sample()
    doc.status = "closed"  # approved, implemented and closed: kept as it is
    path = tmp_path / "closed.plan"
    write_new(doc, path)
    assert window.open_file(path)
    go(window, None, TARGET_GROUPS)
    assert not window.tree_actions.actions["add"].isEnabled()
    go(window, window.session.doc.objectives[0].id, "objective")
    assert not any(a.isEnabled() for a in window.tree_actions.actions.values())
    assert "closed" in window.tree_actions.actions["delete"].toolTip()


def test_double_click_on_an_objective_band_opens_the_objective(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    objective = doc.objectives[1]
    window.select_entity(doc.action_plan.id)
    grid = window.edit_area.grid
    assert grid.select_activity(objective.id)
    view = grid.view
    rect = view.visualRect(view.currentIndex())
    # press first: the view double-clicks only an item it saw pressed
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: current(window) == ("objective", objective.id))
    assert window.edit_area.entity_editor.entity_id == objective.id


def test_f2_on_the_action_plan_renames_it_on_its_own_page_then_the_grid_is_back(qtbot, window):
    answer_new_plan_dialog("Korçë", "AL")
    window.new_action.trigger()
    plan = window.session.doc.action_plan
    go(window, plan.id, "action_plan")
    area = window.edit_area
    assert area.stack.currentWidget() is area.plan_page  # the row shows the grid
    key(qtbot, window, Qt.Key.Key_F2)
    page = area.entity_editor.current_page
    assert area.stack.currentWidget() is area.entity_editor and page.kind == "action_plan"
    assert QApplication.focusWidget() is page.title.editor  # the cursor in the plan's title
    page.title.editor.setPlainText("Plani i Veprimit 2020-2021")
    qtbot.keyClick(page.title.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tree.hasFocus)
    assert area.stack.currentWidget() is area.plan_page and area.grid.model.plan_id == plan.id
    assert "Plani i Veprimit 2020-2021" in window.tree_model.label(window.tree_model.index_of(plan.id, "action_plan"))
    assert window.session.repo.load().action_plan.title.get("sq") == "Plani i Veprimit 2020-2021"
