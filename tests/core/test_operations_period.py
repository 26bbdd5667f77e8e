"""The strategy's period and what follows it; moving target groups; a closed plan refuses structural edits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import operations as op
from desktop.core import versions
from desktop.core.text import TState


def _first_activity(doc):
    return next(a for a in doc.action_plan.activities if a.budget_lines)


def test_strategy_period_moves_the_action_plan_with_it(doc):
    plan = doc.action_plan
    change = op.set_period(doc, doc.strategy.id, 2025, 2028)
    assert (doc.strategy.start_year, doc.strategy.end_year) == (2025, 2028)
    assert (plan.start_year, plan.end_year) == (2025, 2028)
    assert change.operation == "set_period"
    assert change.upserted[:2] == [doc.strategy.id, plan.id]


def test_values_outside_the_new_period_are_reported_before_anything_changes(doc):
    act = _first_activity(doc)  # 2025-H1 .. 2026, budget 2025 and 2026, targets 2025 and 2026
    before = (act.start, act.end, [b.year for b in act.budget_lines], dict(act.indicators[0].targets))
    outside = op.period_outside(doc, doc.strategy.id, 2026, 2028)
    assert {(o.kind, o.years) for o in outside} == {
        ("timeframe", (2025,)),
        ("budget_line", (2025,)),
        ("indicator", (2025,)),
    }
    assert all(o.activity_id == act.id for o in outside)
    assert (act.start, act.end, [b.year for b in act.budget_lines], dict(act.indicators[0].targets)) == before
    assert (doc.strategy.start_year, doc.action_plan.start_year) == (2025, 2025)
    # Shifting by the difference leaves nothing outside when the period keeps its length.
    assert op.period_outside(doc, doc.strategy.id, 2026, 2028, shift=True) == []
    assert op.period_outside(doc, doc.strategy.id, 2025, 2030) == []


def test_keep_changes_the_period_and_keeps_every_value(doc):
    act = _first_activity(doc)
    op.set_period(doc, doc.strategy.id, 2027, 2029)
    assert (doc.action_plan.start_year, doc.action_plan.end_year) == (2027, 2029)
    assert (act.start, act.end) == ("2025-H1", "2026")
    assert [b.year for b in act.budget_lines] == [2025, 2026]
    assert act.indicators[0].targets == {2025: Decimal(20), 2026: Decimal(40)}


def test_shift_moves_every_dated_value_by_the_difference(doc):
    act = _first_activity(doc)
    line_ids = [b.id for b in act.budget_lines]
    change = op.set_period(doc, doc.strategy.id, 2027, 2029, shift=True)
    assert (act.start, act.end) == ("2027-H1", "2028")
    assert [b.year for b in act.budget_lines] == [2027, 2028]
    assert [b.amount for b in act.budget_lines] == [Decimal("12000.50"), Decimal(8000)]
    assert act.indicators[0].targets == {2027: Decimal(20), 2028: Decimal(40)}
    assert {act.id, *line_ids, act.indicators[0].id} <= set(change.upserted)
    assert op.period_outside(doc, doc.strategy.id, 2027, 2029) == []


def test_a_title_naming_the_period_names_the_new_one_in_every_language(doc):
    op.set_text(doc, doc.strategy.id, "title", "sq", "Strategjia 2025-2027")
    op.set_text(doc, doc.strategy.id, "title", "sr", "Strategija 2025–2027", state=TState.APPROVED)
    op.set_text(doc, doc.action_plan.id, "title", "sq", "Plani i veprimit 2025 - 2027")
    op.set_period(doc, doc.strategy.id, 2027, 2029)
    assert doc.strategy.title.get("sq") == "Strategjia 2027-2029"
    assert doc.strategy.title.get("sr") == "Strategija 2027–2029"
    # The translation stays approved: the same words with other years, changed in both languages together.
    assert doc.strategy.title.state("sr") == TState.APPROVED
    assert doc.action_plan.title.get("sq") == "Plani i veprimit 2027 - 2029"


def test_shift_refuses_years_beyond_the_calendar_and_changes_nothing(doc):
    act = _first_activity(doc)
    op.set_period(doc, doc.strategy.id, 2025, 2100)
    with pytest.raises(op.OperationError):
        op.set_period(doc, doc.strategy.id, 2100, 2100, shift=True)  # 2026 would become 2101
    assert (doc.strategy.start_year, doc.strategy.end_year) == (2025, 2100)
    assert [b.year for b in act.budget_lines] == [2025, 2026]


def test_a_revised_version_kept_as_adopted_does_not_follow(doc):
    from desktop.core import reviews

    old = doc.action_plan
    review_id = reviews.start_review(doc, old.id, 2025).upserted[0]
    reviews.close_review(doc, review_id, "2026-01-20")
    reviews.create_revised_plan(doc, review_id)
    new = doc.action_plan
    assert new is not old and old.superseded_by
    op.set_period(doc, doc.strategy.id, 2025, 2028)
    assert (old.start_year, old.end_year) == (2025, 2027)  # as adopted
    assert (new.start_year, new.end_year) == (2026, 2027)  # the remaining years: a period of its own


def test_an_action_plan_period_alone_with_shift(doc):
    act = _first_activity(doc)
    op.set_period(doc, doc.action_plan.id, 2026, 2028, shift=True)
    assert (doc.strategy.start_year, doc.strategy.end_year) == (2025, 2027)
    assert [b.year for b in act.budget_lines] == [2026, 2027]


def test_move_target_group(doc):
    op.add_target_group(doc, {"name": {"sq": "Fëmijët"}})
    first, second = doc.target_groups
    change = op.move_target_group(doc, second.id, 0)
    assert doc.target_groups == [second, first]
    assert change.reordered == [doc.id]
    with pytest.raises(op.OperationError):
        op.move_target_group(doc, second.id, 5)


def test_a_closed_plan_refuses_structural_edits(doc):
    versions.set_status(doc, "submitted", on="2026-03-01")
    doc.status = "closed"  # as after approval, implementation and closing
    objective = doc.objectives[0]
    for call in (
        lambda: op.add_objective(doc),
        lambda: op.add_section(doc),
        lambda: op.add_priority(doc, objective.id),
        lambda: op.add_target_group(doc),
        lambda: op.move_objective(doc, objective.id, 1),
        lambda: op.delete_priority(doc, objective.priorities[0].id),
        lambda: op.delete_target_group(doc, doc.target_groups[0].id),
        lambda: op.move_target_group(doc, doc.target_groups[0].id, 0),
        lambda: op.set_period(doc, doc.strategy.id, 2026, 2028),
    ):
        with pytest.raises(op.OperationError, match="closed"):
            call()
    assert len(doc.objectives) == 2 and len(doc.target_groups) == 1
