"""A person builds a complete plan in the window, then undoes it step by step back to the empty plan."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.serialize import dumps
from desktop.gui.plan.budget_table import COL_AMOUNT
from desktop.gui.plan.indicator_table import COL_NAME
from tests.gui.conftest import answer_new_plan_dialog


def type_into(field, text: str) -> None:
    """Set a MultilingualTextField's text as typing does (setText/setPlainText emit the same signals)."""
    editor = field.editor
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)


@pytest.fixture
def window(window):
    """The shared window (tests/gui/conftest.py) on a 1366x768 screen."""
    window.resize(1366, 768)
    return window


def test_build_a_complete_plan_in_the_window_then_undo_everything(window, qtbot):
    answer_new_plan_dialog("Komuna e Gjelbër")
    assert window.new_action.isEnabled()
    window.new_action.trigger()
    session = window.session
    assert session is not None and session.dirty
    empty = dumps(session.reload())
    doc = session.doc
    editor = window.edit_area.entity_editor

    # profile and strategy text
    assert window.select_entity(doc.municipality.id)
    type_into(editor.pages["municipality"].name, "Komuna e Gjelbër ë")
    assert window.select_entity(doc.strategy.id)
    type_into(editor.pages["strategy"].title, "Strategjia për shërbime sociale 2025-2027")
    context = next(s for s in doc.strategy.sections if s.key == "context")
    assert window.select_entity(context.id)
    type_into(editor.pages["section"].body, "Komuna ka 40 000 banorë.\n\nShërbimet janë të pakta.")

    # three objectives, titled in their forms
    grid = window.edit_area.grid
    for i in range(3):
        assert window.select_entity(doc.action_plan.id)
        objective_id = grid.add_objective()
        assert objective_id
        assert window.select_entity(objective_id, "objective")
        type_into(editor.pages["objective"].title, f"Objektivi {i + 1}")
    assert [o.title.get("sq") for o in session.doc.objectives] == ["Objektivi 1", "Objektivi 2", "Objektivi 3"]

    # ten activities with budget and indicator, through the grid and the detail panel
    panel = window.edit_area.activity_panel
    for n in range(10):
        objective = session.doc.objectives[n % 3]
        assert window.select_entity(objective.id, "plan_objective")
        activity_id = grid.add_activity()
        assert activity_id
        assert window.select_entity(activity_id, "activity")
        assert panel.activity_id == activity_id
        type_into(panel.title, f"Aktiviteti {n + 1}")
        type_into(panel.responsible, "Qendra për Punë Sociale")
        panel.budget.add_button.click()
        panel.budget.table.item(0, COL_AMOUNT).setText(f"{(n + 1) * 1000}")
        panel.indicators.add_button.click()
        panel.indicators.table.item(0, COL_NAME).setText("Numri i përfituesve")
        panel.controller.close_merge()

    stored = session.reload()
    assert stored.municipality.name.get("sq") == "Komuna e Gjelbër ë"
    assert stored.strategy.title.get("sq").startswith("Strategjia")
    assert "40 000" in next(s for s in stored.strategy.sections if s.key == "context").body.get("sq")
    acts = stored.ordered_activities(stored.action_plan)
    assert len(stored.objectives) == 3 and len(acts) == 10
    assert sorted(sum(b.amount for b in a.budget_lines) for a in acts) == [Decimal(1000 * k) for k in range(1, 11)]
    assert all(a.indicators and a.indicators[0].name.get("sq") == "Numri i përfituesve" for a in acts)
    assert all(a.responsible.get("sq") == "Qendra për Punë Sociale" for a in acts)
    numbers = stored.numbers()
    assert sorted(numbers[a.id] for a in acts) == sorted(
        ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]
    )

    # the Edit menu names each step; undo goes all the way back to the empty plan
    assert window.undo_action.text().startswith("&Undo ")
    steps = 0
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
        steps += 1
        assert steps < 500
    assert steps >= 50
    assert dumps(session.reload()) == empty
    assert dumps(session.doc) == empty
    # and forward again
    while window.redo_action.isEnabled():
        window.redo_action.trigger()
    assert len(session.reload().action_plan.activities) == 10
