"""Activities in levels (an activity with sub-activities: 1 -> 1.1, 1.2) and the plan's numbering.

A sub-activity names its parent (`parent_id`); the plan's list keeps a parent before its sub-activities and
under the same objective. Budgets roll up from sub-activities to their parent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from desktop.core.model import ActionPlan, Activity, ActivityNumbering, Document
from desktop.core.operations import Change, OperationError, apply_texts, editable, guard, insert_child
from desktop.core.text import clean_text

MAX_NUMBER_LENGTH = 20
# What a source's own number looks like: "1", "1.", "2.3", "IV.2", "1a" (no sentences).
_NUMBER = re.compile(r"^[0-9IVXLCivxlc]{1,8}[a-z]?(?:[.)][0-9]{1,4}[a-z]?)*[.)]?$")


def descendants(plan: ActionPlan, activity: Activity) -> list[Activity]:
    """The activity's sub-activities at every depth, in the plan's order."""
    return plan.family(activity)[1:]


def depth(doc: Document, activity: Activity) -> int:
    """0 for a top-level activity, 1 for a sub-activity, and so on."""
    n = 0
    while activity.parent_id:
        parent = doc.find(activity.parent_id)
        if not isinstance(parent, Activity):
            break
        activity = parent
        n += 1
    return n


@guard
def indent_activity(doc: Document, activity_id: str) -> Change:
    """Make an activity a sub-activity of the activity above it at its level (same objective); its own
    sub-activities go one level down with it."""
    act = editable(doc, doc.get(activity_id, Activity))
    plan = doc.plan_of(act)
    siblings = [a for a in plan.activities if a.objective_id == act.objective_id and a.parent_id == act.parent_id]
    i = siblings.index(act)
    if i == 0:
        raise OperationError("the first activity at its level has no activity above it to go under")
    act.parent_id = siblings[i - 1].id
    return Change("indent_activity", upserted=[act.id])


@guard
def add_sub_activity(doc: Document, parent_id: str, texts: Mapping[str, Mapping[str, str]] | None = None) -> Change:
    """Add a sub-activity as the last one under `parent_id` (same plan and objective), after the parent's
    own sub-activities."""
    parent = doc.get(parent_id, Activity)
    plan = editable(doc, doc.plan_of(parent))
    act = Activity(objective_id=parent.objective_id, parent_id=parent.id)
    apply_texts(act, texts)
    index = plan.activities.index(plan.family(parent)[-1]) + 1
    return insert_child(doc, plan, act, index, "add_sub_activity")


@guard
def outdent_activity(doc: Document, activity_id: str) -> Change:
    """Make a sub-activity an activity of its parent's level, placed after its parent's sub-activities."""
    act = editable(doc, doc.get(activity_id, Activity))
    plan = doc.plan_of(act)
    parent = doc.find(act.parent_id) if act.parent_id else None
    if not isinstance(parent, Activity):
        raise OperationError("a top-level activity cannot go further out")
    moving = [act, *descendants(plan, act)]
    rest = [a for a in descendants(plan, parent) if a not in moving]
    last = rest[-1] if rest else parent
    for a in moving:
        plan.activities.remove(a)
    at = plan.activities.index(last) + 1
    plan.activities[at:at] = moving
    act.parent_id = parent.parent_id
    return Change("outdent_activity", upserted=[act.id], reordered=[plan.id])


@guard
def set_activity_numbering(doc: Document, plan_id: str, numbering: str) -> Change:
    """Number activities by objective (1.1, 1.2), running (1, 2, 3) or as the source numbered them."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    try:
        plan.numbering = ActivityNumbering(numbering).value
    except ValueError:
        raise OperationError(f"unknown numbering {numbering!r}") from None
    return Change("set_activity_numbering", upserted=[plan.id])


def check_number(text: str | None) -> str | None:
    """A source's own activity number ("1.", "2.3"), or None to number it as the plan does."""
    if text is None:
        return None
    value = clean_text(text).strip()
    if not value:
        return None
    if len(value) > MAX_NUMBER_LENGTH or not _NUMBER.match(value):
        raise OperationError(f"{value[:30]!r} is not an activity number (e.g. 1, 1.2, 3.)")
    return value


@guard
def set_activity_number(doc: Document, activity_id: str, number: str | None) -> Change:
    """Keep the number the source gave an activity (printed when the plan keeps the source's numbering)."""
    act = editable(doc, doc.get(activity_id, Activity))
    act.number = check_number(number)
    return Change("set_activity_number", upserted=[act.id])


def rolled_budget(plan: ActionPlan, activity: Activity) -> dict[str, Decimal]:
    """The activity's budget with its sub-activities', by currency."""
    totals: dict[str, Decimal] = {}
    for act in (activity, *descendants(plan, activity)):
        for line in act.budget_lines:
            totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
    return totals
