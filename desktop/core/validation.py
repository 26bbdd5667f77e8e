"""The rules every value in a document obeys, whichever way it came in (editor, JSON, XLIFF, sheets, paste).

Operations call the `check_*` functions on what the user typed; imports and `check` call `entity_problems`
and `reference_problems` on whole entities, so a file that passes `check` opens and exports.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache

from desktop.core.model import (
    STANDARD_COLUMNS,
    ActivityNumbering,
    ChapterNumbering,
    ColumnLevel,
    Document,
    DocumentKind,
    Entity,
)
from desktop.core.timeframe import TimeError, check_year

# Far above any municipal budget; an amount at or above it is a stuck key or a hostile file.
MAX_NUMBER = Decimal("1e13")
MONEY_DECIMALS = 2  # amounts are in cents
MEASURE_DECIMALS = 6  # indicator values (rates, ratios) may be finer, but not without end
MAX_COUNT = 1_000_000  # people, sessions, version numbers
MAX_NESTING = 30  # priorities under priorities: deeper is never a plan

# Scalars that hold money, and whether they may be negative (a change of budget may).
MONEY: dict[tuple[str, str], bool] = {
    ("budget_line", "amount"): False,
    ("spending", "amount"): False,
    ("review_entry", "budget_change"): True,
}
YEARS = frozenset({"year", "start_year", "end_year"})
BOUNDS: dict[tuple[str, str], tuple[int, int]] = {
    ("review_entry", "progress"): (0, 100),
    ("consultation", "sessions"): (1, MAX_COUNT),
    ("action_plan", "version"): (1, MAX_COUNT),
    ("version", "number"): (1, MAX_COUNT),
    ("strategy", "start_month"): (1, 12),
    ("strategy", "end_month"): (1, 12),
    ("plan_column", "hidden"): (0, 1),
}
# Scalars that take one of a few words (None: the default).
CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("strategy", "document_kind"): frozenset(DocumentKind),
    ("strategy", "numbering"): frozenset(ChapterNumbering),
    ("action_plan", "numbering"): frozenset(ActivityNumbering),
    ("plan_column", "key"): frozenset(STANDARD_COLUMNS),
    ("plan_column", "level"): frozenset(ColumnLevel),
    ("decision", "point_style"): frozenset({"roman", "decimal"}),
}
MAX_IMAGE_BYTES = 5 * 1024 * 1024  # a scanned organigram fits, a photo album does not
IMAGES = frozenset({("figure", "image"), ("municipality", "emblem")})
# Scalars that name another entity, and the kind it must be (when it exists).
REFERENCES: dict[tuple[str, str], str] = {
    ("activity", "objective_id"): "objective",
    ("activity", "target_group_ids"): "target_group",
    ("activity", "origin_id"): "activity",
    ("action_plan", "previous_id"): "action_plan",
    ("action_plan", "superseded_by"): "action_plan",
    ("participant_group", "target_group_id"): "target_group",
    ("consultation", "objective_ids"): "objective",
    ("indicator_value", "indicator_id"): "indicator",
    ("review_entry", "activity_id"): "activity",
    ("review_entry", "objective_id"): "objective",
    ("review", "plan_id"): "action_plan",
    ("meeting", "present"): "member",
    ("meeting", "absent"): "member",
    ("activity", "parent_id"): "activity",
    ("cell", "column_id"): "plan_column",
}


class ValidationError(ValueError):
    """A value that no document may hold; the message is meant for the user."""


def check_number(value: object, what: str, *, decimals: int | None = MEASURE_DECIMALS) -> Decimal:
    """A finite decimal within range and with at most `decimals` decimals (None: any number of them)."""
    if not isinstance(value, Decimal):
        raise ValidationError(f"{what} must be a number")
    if not value.is_finite() or value.copy_abs() >= MAX_NUMBER:  # abs() would overflow on 1e999999999
        raise ValidationError(f"{what} is out of range (it must be less than {MAX_NUMBER:,.0f})")
    if decimals is None:
        return value
    try:
        exact = value == value.quantize(Decimal(1).scaleb(-decimals))
    except InvalidOperation:  # pragma: no cover - in range, quantize cannot fail
        exact = False
    if not exact:
        raise ValidationError(f"{what} has more than {decimals} decimals")
    return value


def check_money(value: object, what: str, *, allow_negative: bool = False, cents: bool = True) -> Decimal:
    """An amount of money: in range, in cents (unless `cents` is False), not negative unless it is a change."""
    number = check_number(value, what, decimals=MONEY_DECIMALS if cents else None)
    if number < 0 and not allow_negative:
        raise ValidationError(f"{what} cannot be negative")
    return number


def check_count(value: object, what: str, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise ValidationError(f"{what} must be a whole number between {minimum} and {maximum:,}")
    return value


def _scalar_problem(kind: str, name: str, scalar: str, value: object, exact: bool = True) -> str | None:
    what = name.replace("_", " ")
    try:
        if value is None:
            return None
        choices = CHOICES.get((kind, name))
        if choices is not None and value not in choices:
            return f"{what}: {str(value)[:40]!r} is not one of {', '.join(sorted(choices))}"
        if (kind, name) in IMAGES and len(value) > MAX_IMAGE_BYTES:  # type: ignore[arg-type]
            return f"{what}: larger than {MAX_IMAGE_BYTES // 2**20} MB"
        if scalar == "int":
            if name in YEARS:
                check_year(value)  # type: ignore[arg-type]
            else:
                low, high = BOUNDS.get((kind, name), (0, MAX_COUNT))
                check_count(value, what, minimum=low, maximum=high)
        elif scalar == "decimal":
            if (kind, name) in MONEY:
                check_money(value, what, allow_negative=MONEY[(kind, name)], cents=exact)
            else:
                check_number(value, what, decimals=MEASURE_DECIMALS if exact else None)
        elif scalar == "decmap":
            for year, number in value.items():  # type: ignore[union-attr]
                check_year(year)
                check_number(number, f"{what} for {year}", decimals=MEASURE_DECIMALS if exact else None)
    except (ValidationError, TimeError) as exc:
        return f"{what}: {exc}" if isinstance(exc, TimeError) else str(exc)
    return None


@cache
def _checked_scalars(cls: type[Entity]) -> tuple[tuple[str, str], ...]:
    """The scalars of a kind that a rule applies to: a free text or list of texts has none (opening a plan
    checks every item, so the rest are not even read)."""
    return tuple(
        (name, scalar)
        for name, scalar in cls.SCALARS.items()
        if scalar not in ("str", "strlist") or (cls.KIND, name) in CHOICES or (cls.KIND, name) in IMAGES
    )


def entity_problems(entity: Entity, *, exact: bool = True) -> list[str]:
    """What is wrong with the entity's own values (not its children); without `exact`, only what no view or
    export can handle (a number out of range, a year of 2e70), not a third decimal."""
    out = []
    for name, scalar in _checked_scalars(type(entity)):
        problem = _scalar_problem(entity.KIND, name, scalar, getattr(entity, name), exact)
        if problem:
            out.append(problem)
    return out


def reference_problems(doc: Document) -> list[str]:
    """References that point nowhere they may: a missing objective or target group of an activity, or any
    reference to an item of the wrong kind."""
    problems = []
    objectives = {o.id for o in doc.strategy.objectives}
    groups = {g.id for g in doc.target_groups}
    for plan in doc.action_plans:
        for act in plan.activities:
            if act.objective_id not in objectives:
                problems.append(f"activity {act.id} refers to a missing objective")
            if any(g not in groups for g in act.target_group_ids):
                problems.append(f"activity {act.id} refers to a missing target group")
        problems.extend(_level_problems(plan))
    for entity in doc.walk():
        for (kind, name), target in REFERENCES.items():
            if kind != entity.KIND:
                continue
            value = getattr(entity, name)
            for ref in value if isinstance(value, list) else [value]:
                found = doc.find(ref) if isinstance(ref, str) and ref else None
                if found is not None and target != found.KIND:
                    problems.append(
                        f"{kind.replace('_', ' ')} {entity.id}: {name.replace('_', ' ')} refers to a "
                        f"{found.KIND.replace('_', ' ')}, not a {target.replace('_', ' ')}"
                    )
    return problems


def _level_problems(plan) -> list[str]:
    """A sub-activity's parent comes before it in the same plan, under the same objective, without cycles."""
    problems = []
    seen: dict[str, object] = {}
    for act in plan.activities:
        if act.parent_id:
            parent = seen.get(act.parent_id)
            if parent is None:
                problems.append(f"activity {act.id}: its parent activity is not listed before it in its plan")
            elif parent.objective_id != act.objective_id:
                problems.append(f"activity {act.id}: its parent activity is under another objective")
        seen[act.id] = act
    return problems


def document_problems(doc: Document) -> list[str]:
    """Every value rule and reference rule the document breaks, each naming the item."""
    problems = []
    for entity in doc.walk():
        problems.extend(f"{entity.KIND.replace('_', ' ')} {entity.id}: {p}" for p in entity_problems(entity))
    return problems + reference_problems(doc)


def unusable_problems(doc: Document) -> list[str]:
    """The values that would break the window or an export (checked when a plan is opened): out of range,
    not finite, years and counts out of bounds. A file written before a rule was tightened still opens."""
    problems = []
    for entity in doc.entities():
        if _checked_scalars(type(entity)):
            found = entity_problems(entity, exact=False)
            problems.extend(f"{entity.KIND.replace('_', ' ')} {entity.id}: {p}" for p in found)
    return problems
