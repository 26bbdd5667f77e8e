"""The strategy's period, changed in its form: the action plan and everything dated follow, after asking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow
from tests.gui.conftest import reopen


@pytest.fixture
def window(window):
    """The shared window (tests/gui/conftest.py) on a 1366x768 screen."""
    window.resize(1366, 768)
    return window


def plan_label(window: MainWindow) -> str:
    model = window.tree_model
    return model.label(model.index_of(window.session.doc.action_plan.id))


def test_shifting_the_strategy_period_moves_the_plan_and_its_years(window, qtbot, plan_file, answer):
    assert window.open_file(plan_file)
    doc = window.session.doc
    first, second = doc.action_plan.activities[:2]  # budget 2025 and 2026, targets 2025/2026; no dates
    assert window.select_entity(doc.strategy.id)
    page = window.edit_area.entity_editor.pages["strategy"]

    # A longer period leaves nothing outside: no question, and the plan follows.
    asked: list[object] = []

    def close_any() -> None:  # a question here would be a mistake: record it and close it
        if (box := QApplication.activeModalWidget()) is not None:
            asked.append(box)
            box.reject()

    QTimer.singleShot(0, close_any)
    page.end_spin.setValue(2029)
    qtbot.wait(1)  # the check runs now, not during a later question
    assert asked == []
    assert (doc.action_plan.start_year, doc.action_plan.end_year) == (2025, 2029)
    assert "(2025–2029)" in plan_label(window)
    assert doc.strategy.title.get("en") == "Social services strategy 2025-2029"
    window.undo_action.trigger()  # nothing was waiting for an answer
    assert (doc.strategy.end_year, doc.action_plan.end_year) == (2027, 2027)
    page.end_spin.setValue(2029)

    # A later start: the question lists what falls outside; Cancel changes nothing.
    seen = answer("Cancel")
    page.start_spin.setValue(2027)
    assert len(seen) == 1
    assert "4 values of the action plan fall outside 2027–2029" in seen[0]
    for line in ("time frame 2025, 2026", "budget line 2025", "budget line 2026", "indicator targets 2025, 2026"):
        assert f"1.1 Hapja e qendrës ditore: {line}" in seen[0]
    assert (doc.strategy.start_year, doc.action_plan.start_year) == (2025, 2025)
    assert page.start_spin.value() == 2025  # the form shows the stored period again

    # Shift by +2: the plan keeps its shape two years later, in one undo step.
    answer("Shift by +2 years")
    page.start_spin.setValue(2027)
    assert len(seen) == 2
    plan = doc.action_plan
    assert (doc.strategy.start_year, doc.strategy.end_year) == (2027, 2029)
    assert (plan.start_year, plan.end_year) == (2027, 2029)
    assert [b.year for b in first.budget_lines] == [2027, 2028]
    assert first.indicators[0].targets == {2027: Decimal(10), 2028: Decimal(25)}
    assert (first.start, first.end) == ("2027-H1", "2028-Q2")
    assert "(2027–2029)" in plan_label(window)
    assert window.undo_action.text() == "&Undo Change period"

    # Everything that offers years follows: the indicator table, the grid's year filter, a new budget line.
    assert window.select_entity(second.id, "activity")
    panel = window.edit_area.activity_panel
    assert panel.indicators.years == [2027, 2028, 2029]
    panel.budget.add_button.click()
    assert [b.year for b in second.budget_lines] == [2027]
    grid = window.edit_area.grid

    def filter_years() -> list[int]:
        return [grid.year_combo.itemData(i) for i in range(1, grid.year_combo.count())]

    qtbot.waitUntil(lambda: filter_years() == [2027, 2028, 2029])  # refilled once the change settles

    # The file agrees once saved.
    assert window.save()
    saved = reopen(plan_file)
    assert (saved.action_plan.start_year, saved.action_plan.end_year) == (2027, 2029)
    saved_first = saved.get(first.id)
    assert [b.year for b in saved_first.budget_lines] == [2027, 2028]

    # Undo the budget line, then the shift: back to 2025 in one step.
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (doc.strategy.start_year, doc.action_plan.start_year) == (2025, 2025)
    assert [b.year for b in window.session.doc.get(first.id).budget_lines] == [2025, 2026]


def test_keeping_values_outside_the_period_keeps_them_and_lists_them(window, qtbot, plan_file, answer):
    assert window.open_file(plan_file)
    doc = window.session.doc
    first = doc.action_plan.activities[0]
    assert window.select_entity(doc.strategy.id)
    page = window.edit_area.entity_editor.pages["strategy"]
    seen = answer("Keep them")
    page.start_spin.setValue(2026)
    assert len(seen) == 1 and "Shift by" not in seen[0]  # the message; the buttons are checked below
    assert (doc.strategy.start_year, doc.action_plan.start_year) == (2026, 2026)
    assert [b.year for b in first.budget_lines] == [2025, 2026]  # kept, not dropped
    assert first.indicators[0].targets == {2025: Decimal(10), 2026: Decimal(25)}
    from desktop.core.problems import find_problems

    assert any(p.code == "outside_period" and p.entity_id == first.id for p in find_problems(doc))
    assert window.save()
    saved = reopen(plan_file).get(first.id)
    assert [b.year for b in saved.budget_lines] == [2025, 2026]
