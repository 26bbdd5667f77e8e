"""Deleting several activities and objectives of the grid as one operation."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.demo.build import build_demo


def test_activities_and_an_objective_go_in_one_change() -> None:
    doc = op.new_document({"sq": "Komuna"})
    o1, o2 = (op.add_objective(doc, {"title": {"sq": t}}).upserted[0] for t in ("Një", "Dy"))
    plan = doc.action_plan.id
    a1, a2 = (op.add_activity(doc, plan, o1, {"title": {"sq": t}}).upserted[0] for t in ("A", "B"))
    a3 = op.add_activity(doc, plan, o2, {"title": {"sq": "C"}}).upserted[0]
    change = op.delete_plan_items(doc, [a1, o1, a3])  # a1 is under o1: it goes once
    assert change.operation == "delete_plan_items"
    assert {a1, a2, a3, o1} <= set(change.removed)
    assert doc.action_plan.activities == [] and [o.id for o in doc.objectives] == [o2]


def test_a_refused_item_leaves_everything_in_place() -> None:
    doc = build_demo()
    adopted, current = doc.action_plans
    ids = [current.activities[0].id, adopted.activities[0].id]  # the adopted version cannot change
    with pytest.raises(op.OperationError):
        op.delete_plan_items(doc, ids)
    assert all(doc.find(eid) is not None for eid in ids)
    with pytest.raises(op.OperationError):
        op.delete_plan_items(doc, [doc.strategy.id])
