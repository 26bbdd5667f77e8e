from __future__ import annotations

from desktop.core import operations as op
from desktop.core.problems import MESSAGES, find_problems


def codes(doc):
    return {(p.code, p.entity_id) for p in find_problems(doc)}


def test_problems_of_a_plan(doc):
    plan = doc.action_plan
    o1 = doc.objectives[0]
    first = doc.activities_of(plan, o1)[0]
    found = codes(doc)
    bare = [a for a in plan.activities if a is not first]
    for act in bare:
        assert ("no_responsible", act.id) in found
        assert ("no_budget", act.id) in found
        assert ("no_deadline", act.id) in found
    assert ("no_budget", first.id) not in found and ("no_deadline", first.id) not in found
    op.set_text(doc, first.id, "responsible", "sr", "Centar za socijalni rad")
    assert ("no_responsible", first.id) not in codes(doc)


def test_objective_without_activities_and_dates_outside_the_period(doc):
    plan = doc.action_plan
    new = op.add_objective(doc, {"title": {"sq": "Bosh"}}).upserted[0]
    assert ("no_activities", new) in codes(doc)
    act = plan.activities[1]
    op.set_timeframe(doc, act.id, "2024-H2", "2025")
    problems = [p for p in find_problems(doc) if p.code == "outside_period"]
    assert [p.entity_id for p in problems] == [act.id]
    assert MESSAGES["outside_period"].format(**problems[0].params) == (
        f"Activity {doc.numbers()[act.id]} runs outside the plan period 2025-2027"
    )


def test_a_free_phrase_counts_as_a_deadline(doc):
    act = doc.action_plan.activities[1]
    op.set_text(doc, act.id, "timeframe_note", "sq", "vazhdimisht 2025-2027")
    assert ("no_deadline", act.id) not in codes(doc)
