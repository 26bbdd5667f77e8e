"""A sub-activity added under an activity: after the parent's own sub-activities, numbered under it."""

from __future__ import annotations

import pytest

from desktop.core import activity_levels
from desktop.core import operations as op
from desktop.core.operations import OperationError


def test_a_sub_activity_goes_after_the_family_of_its_parent() -> None:
    doc = op.new_document("Roskovec")
    objective = op.add_objective(doc, {"title": {"sq": "Partneriteti"}}).upserted[0]
    plan = doc.action_plan
    first = op.add_activity(doc, plan.id, objective, {"title": {"sq": "Fushata"}}).upserted[0]
    second = op.add_activity(doc, plan.id, objective, {"title": {"sq": "Takimet"}}).upserted[0]
    a = activity_levels.add_sub_activity(doc, first, {"title": {"sq": "Posterat"}}).upserted[0]
    b = activity_levels.add_sub_activity(doc, first, {"title": {"sq": "Fletëpalosjet"}}).upserted[0]
    deep = activity_levels.add_sub_activity(doc, a).upserted[0]
    assert [x.id for x in plan.activities] == [first, a, deep, b, second]
    numbers = doc.activity_numbers(plan)
    assert (numbers[a], numbers[deep], numbers[b], numbers[second]) == ("1.1.1", "1.1.1.1", "1.1.2", "1.2")
    with pytest.raises(OperationError):
        activity_levels.add_sub_activity(doc, objective)  # not an activity
