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


def find_problems(doc: Document) -> list[Problem]:
    numbers = doc.numbers()
    out: list[Problem] = []
    with_activities = {a.objective_id for plan in doc.action_plans for a in plan.activities}
    for obj in doc.strategy.objectives:
        if obj.id not in with_activities:
            out.append(Problem("no_activities", obj.id, {"number": numbers.get(obj.id, "")}))
    for plan in doc.action_plans:
        for act in doc.ordered_activities(plan):
            params = {"number": numbers.get(act.id, "")}
            if act.responsible.is_empty():
                out.append(Problem("no_responsible", act.id, params))
            if not _has_deadline(act):
                out.append(Problem("no_deadline", act.id, params))
            if not act.budget_lines:
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
