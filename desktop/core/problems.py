"""Editorial warnings about a plan: gaps a group should fix before the assembly. Never blocking."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.model import Activity, Document
from desktop.core.timeframe import TimeError, parse_optional
from desktop.i18n import N_


@dataclass(frozen=True)
class Problem:
    code: str  # stable identifier; the interface turns it into a sentence in its language
    entity_id: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# code -> English message with {placeholders}; translated by the interface.
MESSAGES = {
    "no_responsible": N_("Activity {number} has no responsible body"),
    "no_deadline": N_("Activity {number} has no deadline"),
    "no_budget": N_("Activity {number} has no budget"),
    "no_activities": N_("Objective {number} has no activities"),
    "outside_period": N_("Activity {number} runs outside the plan period {start}-{end}"),
}


def _has_deadline(act: Activity) -> bool:
    return bool(act.start or act.end or not act.timeframe_note.is_empty())


def _ancestors(act: Activity, by_id: dict[str, Activity]) -> list[Activity]:
    """The activity, its parent, its parent's parent … (a broken or circular link ends the line)."""
    line = [act]
    while line[-1].parent_id in by_id and len(line) <= len(by_id):
        line.append(by_id[line[-1].parent_id])
    return line


def _budget_below(activities: list[Activity]) -> dict[str, bool]:
    """Whether any sub-activity (at any depth) of each activity has a budget: one pass from the last activity
    back, since a plan lists a parent before its sub-activities (a check per activity would be quadratic)."""
    below: dict[str, bool] = {}
    for act in reversed(activities):
        if act.parent_id and (act.budget_lines or below.get(act.id)):
            below[act.parent_id] = True
    return below


def find_problems(doc: Document) -> list[Problem]:
    numbers = doc.numbers()
    out: list[Problem] = []
    with_activities = {a.objective_id for plan in doc.action_plans for a in plan.activities}
    for obj in doc.strategy.objectives:
        if obj.id not in with_activities:
            out.append(Problem("no_activities", obj.id, {"number": numbers.get(obj.id, "")}))
    for plan in doc.action_plans:
        by_id = {a.id: a for a in plan.activities}
        budget_below = _budget_below(plan.activities)
        for act in doc.ordered_activities(plan):
            params = {"number": numbers.get(act.id, "")}
            # A sub-activity carries out part of its parent: the parent's responsible body, time frame and
            # budget cover it, and a parent's budget may be given in its sub-activities.
            line = _ancestors(act, by_id)
            if all(a.responsible.is_empty() for a in line):
                out.append(Problem("no_responsible", act.id, params))
            if not any(_has_deadline(a) for a in line):
                out.append(Problem("no_deadline", act.id, params))
            if not any(a.budget_lines for a in line) and not budget_below.get(act.id):
                out.append(Problem("no_budget", act.id, params))
            try:
                years = [t.year for t in (parse_optional(act.start), parse_optional(act.end)) if t]
            except TimeError:
                years = []
            years += [b.year for b in act.budget_lines]
            if any(y < plan.start_year or y > plan.end_year for y in years):
                out.append(
                    Problem("outside_period", act.id, {**params, "start": plan.start_year, "end": plan.end_year})
                )
    return out
