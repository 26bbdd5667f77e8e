"""Named operations: the only way a document changes.

Each operation validates its input, changes the in-memory document and returns a `Change` that
says which entities were written, removed or reordered; storage persists exactly that, the GUI
refreshes exactly that. Invalid input raises `OperationError` with a message for the user.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.core.model import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    SECTION_KEYS,
    ActionPlan,
    Activity,
    BudgetLine,
    Country,
    Document,
    Entity,
    FundingSource,
    Indicator,
    Municipality,
    Note,
    NoteCategory,
    Objective,
    Priority,
    Section,
    Strategy,
    TargetGroup,
)
from desktop.core.text import MultiText, TextError, TState, check_language, clean_text
from desktop.core.timeframe import PlanTime, TimeError, check_period, check_span, check_year
from desktop.core.validation import MAX_NUMBER, ValidationError, check_money, check_number

MAX_AMOUNT = MAX_NUMBER
KEEP = object()  # "leave this value as it is" where None has a meaning of its own
MAX_FUNDER_LENGTH = 500


class OperationError(ValueError):
    """An operation refused its input; the message is meant for the user."""


@dataclass
class Change:
    """What an operation changed, for storage and views."""

    operation: str
    upserted: list[str] = field(default_factory=list)  # parents before children
    removed: list[str] = field(default_factory=list)
    reordered: list[str] = field(default_factory=list)  # parents whose children changed order

    def __bool__(self) -> bool:
        return bool(self.upserted or self.removed or self.reordered)

    def extend(self, other: Change) -> Change:
        for mine, theirs in (
            (self.upserted, other.upserted),
            (self.removed, other.removed),
            (self.reordered, other.reordered),
        ):
            mine.extend(x for x in theirs if x not in mine)
        return self


def guard(fn):
    """Turn validation errors from the model helpers into OperationError."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (TextError, TimeError, LookupError) as exc:
            # str(KeyError) adds quotes around the message; the message itself is what the user reads.
            raise OperationError(str(exc.args[0]) if exc.args else str(exc)) from exc

    return wrapper


# -- generic tree helpers ----------------------------------------------------


# The plan itself, as approved; meetings, members, reviews and the like are the group's record of it.
PLAN_CONTENT = frozenset(
    {
        "municipality",
        "strategy",
        "section",
        "figure",
        "objective",
        "priority",
        "target_group",
        "action_plan",
        "activity",
        "plan_column",
        "cell",
        "budget_line",
        "indicator",
        "decision",
    }
)


def frozen_reason(doc: Document, entity: Entity) -> str | None:
    """Why an entity cannot change (in a closed review, or in a version of the plan that was revised)."""
    if doc.status == "closed" and entity.KIND in PLAN_CONTENT:
        return "the plan is closed; re-open it (set it in implementation) to change it"
    parent = entity
    while parent is not None:
        if parent.KIND == "review" and parent.closed:
            return "the review is closed; re-open it to change it"
        if parent.KIND == "action_plan" and parent.superseded_by:
            return "this version of the action plan was revised: it is kept as it was"
        parent = doc.parent_of(parent)
    return None


def editable(doc: Document, entity: Entity) -> Entity:
    reason = frozen_reason(doc, entity)
    if reason:
        raise OperationError(reason)
    return entity


def _list_of(parent: Entity, child: Entity) -> list:
    for attr, kind, many in parent.CHILDREN:
        if many and kind == child.KIND:
            return getattr(parent, attr)
    raise OperationError(f"a {child.KIND.replace('_', ' ')} cannot be placed here")


def insert_child(doc: Document, parent: Entity, child: Entity, index: int | None, op: str) -> Change:
    items = _list_of(parent, child)
    if index is None or index > len(items):
        index = len(items)
    if index < 0:
        raise OperationError("position out of range")
    items.insert(index, child)
    doc._register(child, parent)
    change = Change(op, upserted=[e.id for e in child.walk()])
    if index < len(items) - 1:
        change.reordered.append(parent.id)
    return change


def remove_child(doc: Document, entity: Entity, op: str) -> Change:
    parent = doc.parent_of(entity)
    if parent is None:
        raise OperationError("this item cannot be deleted")
    _list_of(parent, entity).remove(entity)
    doc._unregister(entity)
    return Change(op, removed=[entity.id], reordered=[parent.id])


def move_within(doc: Document, entity: Entity, index: int, op: str) -> Change:
    parent = doc.parent_of(entity)
    items = _list_of(parent, entity)
    if not 0 <= index < len(items):
        raise OperationError("position out of range")
    old = items.index(entity)
    if old == index:
        return Change(op)
    items.insert(index, items.pop(old))
    return Change(op, reordered=[parent.id])


def apply_texts(entity: Entity, texts: Mapping[str, Mapping[str, str]] | None) -> None:
    for name, values in (texts or {}).items():
        if name not in entity.TEXTS:
            raise OperationError(f"{entity.KIND.replace('_', ' ')} has no text field {name!r}")
        mt = entity.text(name)
        for lang in sorted(values, key=lambda k: k != mt.source):
            mt.set(check_language(lang), values[lang])


def as_decimal(value: object, what: str, *, allow_none: bool = False, money: bool = False) -> Decimal | None:
    """A number as typed or imported, under the rules of validation.py (`money`: in cents)."""
    if value is None or value == "":
        if allow_none:
            return None
        raise OperationError(f"{what} is required")
    if isinstance(value, bool):
        raise OperationError(f"{what} must be a number")
    try:
        number = Decimal(str(value).strip().replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise OperationError(f"{what} must be a number, not {str(value)[:40]!r}") from None
    try:
        return check_money(number, what, allow_negative=True) if money else check_number(number, what)
    except ValidationError as exc:
        raise OperationError(str(exc)) from None


# -- texts -------------------------------------------------------------------


@guard
def set_text(
    doc: Document,
    entity_id: str,
    name: str,
    lang: str,
    text: str,
    state: TState | str | None = None,
    based_on: str | None = None,
) -> Change:
    """Set one field's text in one language; translations of a changed source become outdated."""
    entity = editable(doc, doc.get(entity_id))
    if name not in entity.TEXTS:
        raise OperationError(f"{entity.KIND.replace('_', ' ')} has no text field {name!r}")
    changed = entity.text(name).set(lang, text, TState(state) if state else None, based_on)
    return Change("set_text", upserted=[entity.id] if changed else [])


@guard
def rewrite_texts(
    doc: Document, rewrites: Iterable[tuple[str, str, str, str]], state: TState | str = TState.DRAFT
) -> Change:
    """Replace texts by the same words in another form, e.g. Serbian in the other script.

    `rewrites` holds (entity id, field, language, new text). Translations made from a rewritten text
    stay valid; the rewritten texts take `state` (draft: a machine wrote them until someone checks).
    """
    try:
        state = TState(state)
    except ValueError:
        raise OperationError(f"unknown translation state {state!r}") from None
    rewrites = list(rewrites)
    for entity_id, name, lang, _text in rewrites:  # check them all first: all or nothing
        entity = editable(doc, doc.get(entity_id))
        if name not in entity.TEXTS:
            raise OperationError(f"{entity.KIND.replace('_', ' ')} has no text field {name!r}")
        if not entity.text(name).get(check_language(lang)):
            raise OperationError("only an existing text can be rewritten")
    upserted: dict[str, None] = {}
    for entity_id, name, lang, text in rewrites:
        if doc.get(entity_id).text(name).rewrite(lang, text, state):
            upserted[entity_id] = None
    return Change("rewrite_texts", upserted=list(upserted))


rewrite_texts.compound = True  # a text refused halfway (too long) must not leave the others rewritten


@guard
def set_text_state(doc: Document, entity_id: str, name: str, lang: str, state: TState | str) -> Change:
    """Mark a text in one language as draft, translated, approved ..."""
    entity = editable(doc, doc.get(entity_id))
    if name not in entity.TEXTS:
        raise OperationError(f"{entity.KIND.replace('_', ' ')} has no text field {name!r}")
    try:
        state = TState(state)
    except ValueError:
        raise OperationError(f"unknown translation state {state!r}") from None
    changed = entity.text(name).set_state(lang, state)
    return Change("set_text_state", upserted=[entity.id] if changed else [])


# -- municipality and strategy -------------------------------------------------


@guard
def set_municipality(
    doc: Document, *, country: str | None = None, currency: str | None = None, emblem: bytes | None = None
) -> Change:
    """Set the municipality's country, default currency or emblem (PNG/JPEG bytes; b"" removes it)."""
    m: Municipality = doc.municipality
    if country is not None:
        try:
            country = Country(country).value
        except ValueError:
            raise OperationError(f"unknown country {country!r} (expected XK, AL or RS)") from None
    if currency is not None and currency not in CURRENCIES:
        raise OperationError(f"unknown currency {currency!r} (expected {', '.join(CURRENCIES)})")
    if emblem:
        if not (emblem.startswith(b"\x89PNG\r\n\x1a\n") or emblem.startswith(b"\xff\xd8\xff")):
            raise OperationError("the emblem must be a PNG or JPEG image")
        if len(emblem) > 5_000_000:
            raise OperationError("the emblem image is larger than 5 MB")
    # validated: now change
    if country is not None:
        m.country = country
    if currency is not None:
        m.currency = currency
    if emblem is not None:
        m.emblem = emblem or None
    return Change("set_municipality", upserted=[m.id])


@dataclass(frozen=True)
class OutsidePeriod:
    """A dated value of an action plan that falls outside the plan's (new) period.

    `kind` is "budget_line", "indicator" (its targets for `years`) or "timeframe" (an activity's
    start or end); `entity_id` is that budget line, indicator or activity.
    """

    kind: str
    entity_id: str
    activity_id: str
    years: tuple[int, ...]


def _span_title(text: str, old: tuple[int, int], new: tuple[int, int]) -> str:
    """A title naming the old period ("... 2025-2027") names the new one, with the same dash."""
    pattern = re.compile(rf"(?<!\d){old[0]}(\s*[-\u2013\u2014]\s*){old[1]}(?!\d)")
    return pattern.sub(lambda m: f"{new[0]}{m.group(1)}{new[1]}", text)


def _shifted_time(value: str | None, delta: int) -> str | None:
    if value is None or not delta:
        return value
    point = PlanTime.parse(value)
    return str(PlanTime(check_year(point.year + delta), point.part))


def _following_plans(doc: Document, entity: Strategy | ActionPlan) -> list[ActionPlan]:
    """The action plans whose period moves with this change: the plan itself, or for the strategy
    every plan still being worked on that covers the strategy's whole period (a revised plan for the
    remaining years, or a version kept as adopted, keeps its own)."""
    if isinstance(entity, ActionPlan):
        return [entity]
    period = (entity.start_year, entity.end_year)
    return [p for p in doc.action_plans if (p.start_year, p.end_year) == period and frozen_reason(doc, p) is None]


def _plan_after(plan: ActionPlan, delta: int, shift: bool, period: tuple[int, int]):
    """A plan's dated values after the change: {activity id: (start, end)}, {line id: year},
    {indicator id: targets}; with the values that fall outside the plan's new `period`."""
    start, end = period
    step = delta if shift else 0
    spans: dict[str, tuple[str | None, str | None]] = {}
    years: dict[str, int] = {}
    targets: dict[str, dict[int, Decimal]] = {}
    outside: list[OutsidePeriod] = []

    def out(values) -> tuple[int, ...]:
        return tuple(sorted({y for y in values if not start <= y <= end}))

    for act in plan.activities:
        spans[act.id] = check_span(_shifted_time(act.start, step), _shifted_time(act.end, step))
        if far := out(PlanTime.parse(t).year for t in spans[act.id] if t):
            outside.append(OutsidePeriod("timeframe", act.id, act.id, far))
        for line in act.budget_lines:
            years[line.id] = check_year(line.year + step)
            if far := out([years[line.id]]):
                outside.append(OutsidePeriod("budget_line", line.id, act.id, far))
        for ind in act.indicators:
            targets[ind.id] = {check_year(y + step): v for y, v in ind.targets.items()}
            if far := out(targets[ind.id]):
                outside.append(OutsidePeriod("indicator", ind.id, act.id, far))
    return spans, years, targets, outside


def _period_plan(doc: Document, entity_id: str, start_year: int, end_year: int, shift: bool):
    entity = editable(doc, doc.get(entity_id))
    if not isinstance(entity, Strategy | ActionPlan):
        raise OperationError("only a strategy or an action plan has a period")
    new = check_period(start_year, end_year)
    old = (entity.start_year, entity.end_year)
    delta = new[0] - old[0]
    plans = [(p, _plan_after(p, delta, shift, new)) for p in _following_plans(doc, entity)]
    return entity, old, new, plans


def period_outside(
    doc: Document, entity_id: str, start_year: int, end_year: int, *, shift: bool = False
) -> list[OutsidePeriod]:
    """What `set_period` with these arguments would leave outside the action plans' periods.

    A question, not an operation: it changes nothing. Raises OperationError as `set_period` would."""
    _entity, _old, _new, plans = guard(_period_plan)(doc, entity_id, start_year, end_year, shift)
    return [o for _plan, after in plans for o in after[3]]


@guard
def set_period(doc: Document, entity_id: str, start_year: int, end_year: int, *, shift: bool = False) -> Change:
    """Set the period of the strategy or an action plan; the action plans that follow it change with it.

    A strategy's plans that cover its whole period take the new period too (with a title naming the
    period). With `shift` every dated value of those plans (budget years, indicator targets, activity
    time frames) moves by the difference between the old and the new first year, so the plan keeps its
    shape; without it they stay as they are, even outside the new period (see `period_outside`: the
    window asks first, nothing is ever dropped). One operation, so it is one undo step.
    """
    entity, old, new, plans = _period_plan(doc, entity_id, start_year, end_year, shift)
    if new == old:
        return Change("set_period")
    change = Change("set_period")
    for holder in [entity, *(p for p, _after in plans if p is not entity)]:
        holder.start_year, holder.end_year = new
        for lang in list(holder.title.values):
            translation = holder.title.values[lang]
            renamed = _span_title(translation.text, old, new) if translation.text else ""
            if renamed != translation.text:
                holder.title.rewrite(lang, renamed, translation.state)
        change.upserted.append(holder.id)
    for plan, (spans, years, targets, _outside) in plans:
        for act in plan.activities:
            if (act.start, act.end) != spans[act.id]:
                act.start, act.end = spans[act.id]
                change.upserted.append(act.id)
            for line in act.budget_lines:
                if line.year != years[line.id]:
                    line.year = years[line.id]
                    change.upserted.append(line.id)
            for ind in act.indicators:
                if ind.targets != targets[ind.id]:
                    ind.targets = dict(sorted(targets[ind.id].items()))
                    change.upserted.append(ind.id)
    return change


set_period.compound = True  # validated before it changes anything; reloading on a refusal is only a safeguard


@guard
def add_section(
    doc: Document,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    key: str | None = None,
    index: int | None = None,
) -> Change:
    """Add a strategy section: a standard one (context, vision, mission, goal) or one the group names."""
    if key is not None:
        if key not in SECTION_KEYS:
            raise OperationError(f"unknown section {key!r}")
        if any(s.key == key for s in doc.strategy.sections):
            raise OperationError(f"the strategy already has a {key} section")
    section = Section(key=key)
    editable(doc, doc.strategy)
    apply_texts(section, texts)
    return insert_child(doc, doc.strategy, section, index, "add_section")


@guard
def delete_section(doc: Document, section_id: str) -> Change:
    return remove_child(doc, editable(doc, doc.get(section_id, Section)), "delete_section")


@guard
def move_section(doc: Document, section_id: str, index: int) -> Change:
    """Move a chapter among its siblings; at the top level the outline's chapters follow the new order."""
    section = editable(doc, doc.get(section_id, Section))
    change = move_within(doc, section, index, "move_section")
    outline = doc.strategy.outline
    if change and doc.parent_of(section) is doc.strategy and outline:
        ids = {s.id for s in doc.strategy.sections}
        placed = iter([s.id for s in doc.strategy.sections if s.id in outline])
        doc.strategy.outline = [next(placed) if k in ids else k for k in outline]
        change.upserted.append(doc.strategy.id)
    return change


# -- objectives and priorities ---------------------------------------------------


@guard
def add_objective(
    doc: Document, texts: Mapping[str, Mapping[str, str]] | None = None, *, index: int | None = None
) -> Change:
    objective = Objective()
    editable(doc, doc.strategy)
    apply_texts(objective, texts)
    return insert_child(doc, doc.strategy, objective, index, "add_objective")


@guard
def delete_objective(doc: Document, objective_id: str) -> Change:
    """Delete an objective with its priorities and the activities under it in every action plan."""
    objective = editable(doc, doc.get(objective_id, Objective))
    change = Change("delete_objective")
    for plan in doc.action_plans:
        for act in doc.activities_of(plan, objective):
            change.extend(remove_child(doc, act, "delete_objective"))
    return change.extend(remove_child(doc, objective, "delete_objective"))


@guard
def move_objective(doc: Document, objective_id: str, index: int) -> Change:
    return move_within(doc, editable(doc, doc.get(objective_id, Objective)), index, "move_objective")


@guard
def add_priority(
    doc: Document,
    parent_id: str,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    index: int | None = None,
) -> Change:
    """Add a priority under an objective, or a sub-priority under a priority."""
    parent = editable(doc, doc.get(parent_id))
    if not isinstance(parent, Objective | Priority):
        raise OperationError("a priority belongs under an objective or another priority")
    priority = Priority()
    apply_texts(priority, texts)
    return insert_child(doc, parent, priority, index, "add_priority")


@guard
def delete_priority(doc: Document, priority_id: str) -> Change:
    return remove_child(doc, editable(doc, doc.get(priority_id, Priority)), "delete_priority")


@guard
def move_priority(doc: Document, priority_id: str, index: int) -> Change:
    """Move a priority to another place among its siblings (it stays under the same parent)."""
    return move_within(doc, editable(doc, doc.get(priority_id, Priority)), index, "move_priority")


# -- target groups -------------------------------------------------------------------


@guard
def add_target_group(
    doc: Document, texts: Mapping[str, Mapping[str, str]] | None = None, *, index: int | None = None
) -> Change:
    group = editable(doc, TargetGroup())  # not yet placed: only a closed plan refuses it
    apply_texts(group, texts)
    return insert_child(doc, doc, group, index, "add_target_group")


@guard
def delete_target_group(doc: Document, group_id: str) -> Change:
    """Delete a target group and remove it from every activity that names it."""
    group = editable(doc, doc.get(group_id, TargetGroup))
    change = Change("delete_target_group")
    for plan in doc.action_plans:
        for act in plan.activities:
            if group.id in act.target_group_ids:
                act.target_group_ids = [g for g in act.target_group_ids if g != group.id]
                change.upserted.append(act.id)
    return change.extend(remove_child(doc, group, "delete_target_group"))


@guard
def move_target_group(doc: Document, group_id: str, index: int) -> Change:
    """Move a target group to another place in the list (the order tags and documents show them in)."""
    return move_within(doc, editable(doc, doc.get(group_id, TargetGroup)), index, "move_target_group")


# -- action plans and activities -------------------------------------------------------


@guard
def add_action_plan(
    doc: Document, start_year: int, end_year: int, texts: Mapping[str, Mapping[str, str]] | None = None
) -> Change:
    plan = ActionPlan()
    plan.start_year, plan.end_year = check_period(start_year, end_year)
    apply_texts(plan, texts)
    return insert_child(doc, doc, plan, None, "add_action_plan")


@guard
def delete_action_plan(doc: Document, plan_id: str) -> Change:
    return remove_child(doc, doc.get(plan_id, ActionPlan), "delete_action_plan")


def _plan_index(plan: ActionPlan, objective_id: str, index: int | None) -> int:
    """Position in plan.activities for the `index`-th place among one objective's activities."""
    positions = [i for i, a in enumerate(plan.activities) if a.objective_id == objective_id]
    if index is None or index >= len(positions):
        return positions[-1] + 1 if positions else len(plan.activities)
    if index < 0:
        raise OperationError("position out of range")
    return positions[index]


@guard
def add_activity(
    doc: Document,
    plan_id: str,
    objective_id: str,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    index: int | None = None,
    start: str | None = None,
    end: str | None = None,
    target_group_ids: Iterable[str] = (),
) -> Change:
    """Add an activity under an objective; `index` is its place among that objective's activities."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    objective = doc.get(objective_id, Objective)
    act = Activity(objective_id=objective.id)
    act.start, act.end = check_span(start, end)
    act.target_group_ids = _checked_groups(doc, target_group_ids)
    apply_texts(act, texts)
    return insert_child(doc, plan, act, _plan_index(plan, objective.id, index), "add_activity")


@guard
def delete_activity(doc: Document, activity_id: str) -> Change:
    """Delete an activity with its sub-activities."""
    return _remove_activity(doc, editable(doc, doc.get(activity_id, Activity)), "delete_activity")


def _remove_activity(doc: Document, act: Activity, op: str) -> Change:
    plan = doc.parent_of(act)
    change = Change(op)
    for a in reversed(plan.family(act)):
        change.extend(remove_child(doc, a, op))
    return change


@guard
def delete_plan_items(doc: Document, entity_ids: list[str]) -> Change:
    """Delete several activities and objectives as one step; an objective goes as `delete_objective` takes it.

    Every item is checked before anything is removed: a refusal leaves the document as it was.
    """
    items: list[Entity] = []
    for eid in entity_ids:
        entity = doc.get(eid)
        if not isinstance(entity, Activity | Objective):
            raise OperationError("only activities and objectives are deleted together")
        items.append(editable(doc, entity))
        if isinstance(entity, Objective):
            for plan in doc.action_plans:
                for act in doc.activities_of(plan, entity):
                    editable(doc, act)
    change = Change("delete_plan_items")
    for entity in sorted(items, key=lambda e: not isinstance(e, Objective)):
        if doc.find(entity.id) is None:
            continue  # an activity that went with its objective or its parent activity
        if isinstance(entity, Objective):
            for plan in doc.action_plans:
                for act in doc.activities_of(plan, entity):
                    change.extend(remove_child(doc, act, "delete_plan_items"))
            change.extend(remove_child(doc, entity, "delete_plan_items"))
        else:
            change.extend(_remove_activity(doc, entity, "delete_plan_items"))
    return change


@guard
def move_activity(doc: Document, activity_id: str, objective_id: str, index: int | None = None) -> Change:
    """Move an activity with its sub-activities to a place among an objective's activities (the same or another
    objective); a sub-activity moved away from its parent becomes a top-level activity."""
    act = editable(doc, doc.get(activity_id, Activity))
    objective = doc.get(objective_id, Objective)
    plan = doc.parent_of(act)
    family = plan.family(act)
    for a in family:
        plan.activities.remove(a)
    at = _plan_index(plan, objective.id, index)
    change = Change("move_activity", reordered=[plan.id])
    for a in family:
        if a.objective_id != objective.id:
            a.objective_id = objective.id
            change.upserted.append(a.id)
    plan.activities[at:at] = family
    for fixed in _repair_levels(plan):
        if fixed not in change.upserted:
            change.upserted.append(fixed)
    return change


def _repair_levels(plan: ActionPlan) -> list[str]:
    """A sub-activity whose parent is no longer before it under the same objective becomes top-level."""
    seen: dict[str, Activity] = {}
    changed = []
    for act in plan.activities:
        if act.parent_id:
            parent = seen.get(act.parent_id)
            if parent is None or parent.objective_id != act.objective_id:
                act.parent_id = None
                changed.append(act.id)
        seen[act.id] = act
    return changed


@guard
def duplicate_activity(doc: Document, activity_id: str) -> Change:
    """Copy an activity (texts, budget, indicators) right after the original, with new ids."""
    from desktop.core.serialize import clone

    act = editable(doc, doc.get(activity_id, Activity))
    plan = doc.parent_of(act)
    copy = clone(act)
    return insert_child(doc, plan, copy, plan.activities.index(act) + 1, "duplicate_activity")


@guard
def set_timeframe(doc: Document, activity_id: str, start: str | None, end: str | None) -> Change:
    """Set an activity's start and end ("2025", "2025-H1", "2025-Q3", "2025-05" or None)."""
    act = editable(doc, doc.get(activity_id, Activity))
    act.start, act.end = check_span(start, end)
    return Change("set_timeframe", upserted=[act.id])


def _checked_groups(doc: Document, ids: Iterable[str]) -> list[str]:
    out: list[str] = []
    for gid in ids:
        doc.get(gid, TargetGroup)
        if gid not in out:
            out.append(gid)
    return out


@guard
def set_activity_target_groups(doc: Document, activity_id: str, group_ids: Iterable[str]) -> Change:
    act = editable(doc, doc.get(activity_id, Activity))
    act.target_group_ids = _checked_groups(doc, group_ids)
    return Change("set_activity_target_groups", upserted=[act.id])


# -- budget lines and indicators --------------------------------------------------------


def _fill_budget_line(line: BudgetLine, year, amount, currency, source, funder) -> None:
    """Validate every value first, then assign, so a refused update changes nothing."""
    values = {}
    if year is not None:
        values["year"] = check_year(year)
    if amount is not None:
        values["amount"] = as_decimal(amount, "the amount", money=True)
        if values["amount"] < 0:
            raise OperationError("the amount cannot be negative")
    if currency is not None:
        if currency not in CURRENCIES:
            raise OperationError(f"unknown currency {currency!r} (expected {', '.join(CURRENCIES)})")
        values["currency"] = currency
    if source is not None:
        try:
            values["source"] = FundingSource(source).value
        except ValueError:
            raise OperationError(f"unknown funding source {source!r}") from None
    if funder is not None:
        values["funder"] = clean_text(funder).strip()
        if len(values["funder"]) > MAX_FUNDER_LENGTH:
            raise OperationError("the funder's name is too long")
    for name, value in values.items():
        setattr(line, name, value)


@guard
def add_budget_line(
    doc: Document,
    activity_id: str,
    year: int,
    amount: object,
    *,
    currency: str | None = None,
    source: str = FundingSource.MUNICIPAL.value,
    funder: str = "",
) -> Change:
    act = editable(doc, doc.get(activity_id, Activity))
    line = BudgetLine(currency=doc.municipality.currency)
    _fill_budget_line(line, year, amount, currency, source, funder)
    return insert_child(doc, act, line, None, "add_budget_line")


@guard
def update_budget_line(
    doc: Document,
    line_id: str,
    *,
    year: int | None = None,
    amount: object = None,
    currency: str | None = None,
    source: str | None = None,
    funder: str | None = None,
) -> Change:
    line = editable(doc, doc.get(line_id, BudgetLine))
    before = (line.year, line.amount, line.currency, line.source, line.funder)
    _fill_budget_line(line, year, amount, currency, source, funder)
    changed = before != (line.year, line.amount, line.currency, line.source, line.funder)
    return Change("update_budget_line", upserted=[line.id] if changed else [])


@guard
def delete_budget_line(doc: Document, line_id: str) -> Change:
    return remove_child(doc, editable(doc, doc.get(line_id, BudgetLine)), "delete_budget_line")


def _targets(targets: Mapping[object, object]) -> dict[int, Decimal]:
    out: dict[int, Decimal] = {}
    for year, value in targets.items():
        try:
            y = int(year)
        except (TypeError, ValueError):
            raise OperationError(f"{year!r} is not a year") from None
        out[check_year(y)] = as_decimal(value, f"the target for {y}")
    return dict(sorted(out.items()))


@guard
def add_indicator(
    doc: Document,
    activity_id: str,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    baseline: object = None,
    targets: Mapping[object, object] | None = None,
) -> Change:
    act = editable(doc, doc.get(activity_id, Activity))
    ind = Indicator(baseline=as_decimal(baseline, "the baseline", allow_none=True), targets=_targets(targets or {}))
    apply_texts(ind, texts)
    return insert_child(doc, act, ind, None, "add_indicator")


@guard
def set_indicator_values(
    doc: Document,
    indicator_id: str,
    *,
    baseline: object = KEEP,
    targets: Mapping[object, object] | None = None,
) -> Change:
    """Set an indicator's baseline (None clears it, KEEP leaves it) and its targets per year (replacing them)."""
    ind = editable(doc, doc.get(indicator_id, Indicator))
    new_baseline = ind.baseline if baseline is KEEP else as_decimal(baseline, "the baseline", allow_none=True)
    new_targets = _targets(targets) if targets is not None else ind.targets
    if (new_baseline, new_targets) == (ind.baseline, ind.targets):
        return Change("set_indicator_values")
    ind.baseline, ind.targets = new_baseline, new_targets
    return Change("set_indicator_values", upserted=[ind.id])


@guard
def delete_indicator(doc: Document, indicator_id: str) -> Change:
    return remove_child(doc, editable(doc, doc.get(indicator_id, Indicator)), "delete_indicator")


# -- meeting notes and decisions ------------------------------------------------------------


@guard
def add_note(
    doc: Document,
    item_id: str,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    category: str = NoteCategory.NOTE.value,
    on: str | None = None,
) -> Change:
    """Record a meeting note or decision about an item ("" for the whole plan), dated `on` (ISO) or today."""
    if item_id:
        doc.get(item_id)
    try:
        category = NoteCategory(category).value
    except ValueError:
        raise OperationError(f"unknown note category {category!r}") from None
    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        raise OperationError(f"{on!r} is not a date (yyyy-mm-dd)") from None
    note = Note(category=category, date=day.isoformat(), item_id=item_id)
    apply_texts(note, texts)
    if note.body.is_empty():
        raise OperationError("the note is empty")
    return insert_child(doc, doc, note, None, "add_note")


@guard
def delete_note(doc: Document, note_id: str) -> Change:
    return remove_child(doc, doc.get(note_id, Note), "delete_note")


# -- whole documents ---------------------------------------------------------------------


def new_document(municipality: Mapping[str, str] | str, *, lang: str = "sq", country: str = "XK") -> Document:
    """An empty document: the municipality, an untitled strategy with the four standard sections and one plan."""
    doc = Document()
    names = {lang: municipality} if isinstance(municipality, str) else dict(municipality)
    if not any(v.strip() for v in names.values()):
        raise OperationError("the municipality needs a name")
    doc.municipality.name = MultiText()
    apply_texts(doc.municipality, {"name": names})
    set_municipality(doc, country=country, currency=_default_currency(country))
    for key in SECTION_KEYS:
        add_section(doc, key=key)
    add_action_plan(doc, doc.strategy.start_year, doc.strategy.end_year)
    return doc


def _default_currency(country: str) -> str:
    try:
        return DEFAULT_CURRENCY[Country(country)]
    except ValueError:
        raise OperationError(f"unknown country {country!r} (expected XK, AL or RS)") from None
