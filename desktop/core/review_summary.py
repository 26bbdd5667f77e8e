"""What a yearly review adds up to: per objective and overall, and an activity's course over the years.

`summarise` counts the activities by status, averages the progress, judges the indicators against the
year's targets and sets the money spent against the money planned. `activity_history` follows an
activity back through the revised versions of its plan; `compare_years` sets two reviews side by side;
`yearly_budget` gives planned against spent for every reviewed year of a plan. `RULES` says how, in
words the interface can show.

The rules (the same as `RULES`):

- Progress is the average of the progress recorded for the activities; an activity without a recorded
  progress is listed as "no data" and never counted as zero (a completed one included: nothing is guessed).
- Weighted by count, every activity with a progress counts the same; weighted by budget, each counts in
  proportion to its planned budget for the review year, and one without a budget that year weighs nothing
  (it is listed as "unweighted"); when no measured activity has a budget, the progress is None.
- Cancelled activities are left out of progress and indicators and listed apart; they still count in the
  status distribution and the budget (money planned or spent on them is real).
- The overall progress is the average over all measured activities, not an average of the objectives.
- An indicator is met when its value reaches the target for the review year (value >= target); partly
  met when the value is above the baseline (0 when there is none) but below the target; not met when it
  is at or below the baseline. For a reduction target (target below the baseline) the comparisons are
  mirrored: met when value <= target, partly met when below the baseline. Without a recorded value or a
  target for the year an indicator has no data.
- Planned money is the activity's budget lines of the review year in the municipality's currency (lines
  in another currency are reported apart, not compared); spent money is what the review recorded. The
  execution rate is spent / planned in percent, None when nothing was planned.

Money is Decimal throughout; percentages are Decimal rounded to one decimal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from desktop.core.model import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Document,
    FundingSource,
    Indicator,
    Review,
    ReviewEntry,
)

WEIGHTINGS: tuple[str, ...] = ("count", "budget")
NOT_REPORTED = "not_reported"  # the status key of an activity whose status was not recorded
STATUS_KEYS: tuple[str, ...] = (*(s.value for s in ActivityStatus), NOT_REPORTED)
SOURCE_KEYS: tuple[str, ...] = tuple(s.value for s in FundingSource)


class Outcome(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


OUTCOME_KEYS: tuple[str, ...] = tuple(o.value for o in Outcome)

RULES = "\n".join(
    (
        "Progress is the average of the progress recorded for the activities.",
        "Activities without a recorded progress are listed as no data and never counted as zero.",
        "Weighted by budget, each activity counts in proportion to its planned budget for the review year.",
        "Activities without a budget in the review year weigh nothing when weighting by budget.",
        "Cancelled activities are left out of progress and indicators and listed separately.",
        "The overall progress is the average over all activities, not the average of the objectives.",
        "An indicator is met when its value reaches the target for the review year.",
        "An indicator is partly met when its value is above the baseline (or 0) but below the target.",
        "An indicator is not met when its value is at or below the baseline.",
        "For a target below the baseline (a reduction) lower values are better and the comparisons are reversed.",
        "An indicator without a recorded value or without a target for the year has no data.",
        "Planned money is the activities' budget for the review year; spent money is what the review recorded.",
        "The execution rate is the money spent divided by the money planned, and empty when nothing was planned.",
    )
)

_TENTH = Decimal("0.1")
_HUNDRED = Decimal(100)


def _percent(value: Decimal) -> Decimal:
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def execution_rate(planned: Decimal, spent: Decimal) -> Decimal | None:
    """Spent as a percentage of planned (one decimal); None when nothing was planned."""
    return _percent(spent * _HUNDRED / planned) if planned > 0 else None


def indicator_outcome(value: Decimal | None, baseline: Decimal | None, target: Decimal | None) -> Outcome:
    """Met, partly met, not met or no data: see the module's rules."""
    if value is None or target is None:
        return Outcome.NO_DATA
    base = baseline if baseline is not None else Decimal(0)
    if target < base:  # a reduction: fewer is better
        if value <= target:
            return Outcome.MET
        return Outcome.PARTLY_MET if value < base else Outcome.NOT_MET
    if value >= target:
        return Outcome.MET
    return Outcome.PARTLY_MET if value > base else Outcome.NOT_MET


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorResult:
    indicator_id: str
    activity_id: str
    baseline: Decimal | None
    target: Decimal | None  # the target for the review year
    value: Decimal | None  # the value recorded in the review
    outcome: Outcome


@dataclass(frozen=True)
class ActivityYear:
    """One activity as one review recorded it."""

    review_id: str
    year: int
    plan_id: str
    plan_version: int
    activity_id: str
    number: str  # "1.2" in its plan version; "" when the activity no longer exists
    objective_id: str  # "" when the activity no longer exists
    status: str | None
    progress: int | None
    indicators: tuple[IndicatorResult, ...]
    planned: Mapping[str, Decimal]  # funding source -> the year's budget in the municipality's currency
    spent: Mapping[str, Decimal]  # funding source -> spent
    planned_other: Mapping[str, Decimal]  # currency -> the year's budget in another currency (not compared)

    @property
    def planned_total(self) -> Decimal:
        return sum(self.planned.values(), Decimal(0))

    @property
    def spent_total(self) -> Decimal:
        return sum(self.spent.values(), Decimal(0))

    @property
    def cancelled(self) -> bool:
        return self.status == ActivityStatus.CANCELLED


@dataclass(frozen=True)
class Execution:
    planned: Decimal
    spent: Decimal

    @property
    def rate(self) -> Decimal | None:
        return execution_rate(self.planned, self.spent)


@dataclass(frozen=True)
class BudgetSummary:
    currency: str
    by_source: Mapping[str, Execution]  # funding sources with money planned or spent, in FundingSource order
    total: Execution
    not_compared: Mapping[str, Decimal]  # currency -> planned in a currency other than `currency`


@dataclass(frozen=True)
class GroupSummary:
    """One objective's activities in a review, or all of them (`objective_id` None)."""

    objective_id: str | None  # None: the whole review; "": activities no longer in the plan
    number: str  # the objective's number ("1"), "" for the whole review
    activity_ids: tuple[str, ...]
    statuses: Mapping[str, int]  # every STATUS_KEYS key
    progress: Decimal | None  # percent, one decimal; None when no activity has data
    measured: tuple[str, ...]  # activities whose progress counts
    no_data: tuple[str, ...]  # activities without a recorded progress (cancelled ones excepted)
    unweighted: tuple[str, ...]  # budget weighting only: a progress, but no budget for the year
    cancelled: tuple[str, ...]
    indicators: Mapping[str, int]  # every OUTCOME_KEYS key
    indicator_results: tuple[IndicatorResult, ...]
    budget: BudgetSummary


@dataclass(frozen=True)
class ReviewSummary:
    review_id: str
    plan_id: str
    year: int
    weighting: str
    currency: str
    objectives: tuple[GroupSummary, ...]  # in the strategy's order, those with activities in the review
    overall: GroupSummary
    activities: tuple[ActivityYear, ...]  # in the review's order
    proposals: int  # new activities proposed for the next period


@dataclass(frozen=True)
class YearComparison:
    """An activity in two reviews: `then` is the earlier one, `now` the later (possibly in a revised plan)."""

    then: ActivityYear
    now: ActivityYear

    @property
    def activity_id(self) -> str:
        return self.now.activity_id

    @property
    def status_then(self) -> str | None:
        return self.then.status

    @property
    def status_now(self) -> str | None:
        return self.now.status

    @property
    def progress_then(self) -> int | None:
        return self.then.progress

    @property
    def progress_now(self) -> int | None:
        return self.now.progress

    @property
    def spent_then(self) -> Decimal:
        return self.then.spent_total

    @property
    def spent_now(self) -> Decimal:
        return self.now.spent_total


@dataclass(frozen=True)
class YearBudget:
    """Planned against spent in one reviewed year of a plan."""

    year: int
    review_id: str
    plan_version: int
    planned: Decimal
    spent: Decimal

    @property
    def rate(self) -> Decimal | None:
        return execution_rate(self.planned, self.spent)


# -- one activity in one review -------------------------------------------------------------


def _review(doc: Document, review: Review | str) -> Review:
    return review if isinstance(review, Review) else doc.get(review, Review)


def _plan_version(doc: Document, review: Review) -> int:
    plan = doc.find(review.plan_id)
    return plan.number if isinstance(plan, ActionPlan) else 1


def _activity_year(doc: Document, review: Review, entry: ReviewEntry, numbers: Mapping[str, str]) -> ActivityYear:
    currency = doc.municipality.currency
    activity = doc.find(entry.activity_id)
    activity = activity if isinstance(activity, Activity) else None
    planned: dict[str, Decimal] = defaultdict(Decimal)
    planned_other: dict[str, Decimal] = defaultdict(Decimal)
    indicators: list[IndicatorResult] = []
    if activity is not None:
        for line in activity.budget_lines:
            if line.year != review.year:
                continue
            if line.currency == currency:
                planned[line.source] += line.amount
            else:
                planned_other[line.currency] += line.amount
        values = {v.indicator_id: v.value for v in entry.values}
        for ind in activity.indicators:
            indicators.append(_indicator_result(ind, activity.id, values.get(ind.id), review.year))
    else:  # the activity was deleted after the review started: the recorded values remain
        for v in entry.values:
            indicators.append(IndicatorResult(v.indicator_id, entry.activity_id, None, None, v.value, Outcome.NO_DATA))
    spent: dict[str, Decimal] = defaultdict(Decimal)
    for s in entry.spending:
        spent[s.source] += s.amount
    return ActivityYear(
        review_id=review.id,
        year=review.year,
        plan_id=review.plan_id,
        plan_version=_plan_version(doc, review),
        activity_id=entry.activity_id,
        number=numbers.get(entry.activity_id, ""),
        objective_id=activity.objective_id if activity is not None else "",
        status=entry.status,
        progress=entry.progress,
        indicators=tuple(indicators),
        planned=_ordered_sources(planned),
        spent=_ordered_sources(spent),
        planned_other=dict(sorted(planned_other.items())),
    )


def _indicator_result(ind: Indicator, activity_id: str, value: Decimal | None, year: int) -> IndicatorResult:
    target = ind.targets.get(year)
    return IndicatorResult(
        ind.id, activity_id, ind.baseline, target, value, indicator_outcome(value, ind.baseline, target)
    )


def _ordered_sources(amounts: Mapping[str, Decimal]) -> dict[str, Decimal]:
    rank = {s: i for i, s in enumerate(SOURCE_KEYS)}
    return dict(sorted(amounts.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])))


# -- summaries --------------------------------------------------------------------------------


def _group(
    rows: list[ActivityYear], objective_id: str | None, number: str, weighting: str, currency: str
) -> GroupSummary:
    statuses = dict.fromkeys(STATUS_KEYS, 0)
    for r in rows:
        key = r.status if r.status in statuses else NOT_REPORTED
        statuses[key] += 1
    active = [r for r in rows if not r.cancelled]
    with_data = [r for r in active if r.progress is not None]
    if weighting == "budget":
        measured = [r for r in with_data if r.planned_total > 0]
        unweighted = [r for r in with_data if r.planned_total <= 0]
        weight = sum((r.planned_total for r in measured), Decimal(0))
        progress = (
            _percent(sum((Decimal(r.progress) * r.planned_total for r in measured), Decimal(0)) / weight)
            if weight > 0
            else None
        )
    else:
        measured, unweighted = with_data, []
        progress = (
            _percent(sum((Decimal(r.progress) for r in measured), Decimal(0)) / len(measured)) if measured else None
        )
    results = tuple(i for r in active for i in r.indicators)
    outcomes = dict.fromkeys(OUTCOME_KEYS, 0)
    for result in results:
        outcomes[result.outcome.value] += 1
    return GroupSummary(
        objective_id=objective_id,
        number=number,
        activity_ids=tuple(r.activity_id for r in rows),
        statuses=statuses,
        progress=progress,
        measured=tuple(r.activity_id for r in measured),
        no_data=tuple(r.activity_id for r in active if r.progress is None),
        unweighted=tuple(r.activity_id for r in unweighted),
        cancelled=tuple(r.activity_id for r in rows if r.cancelled),
        indicators=outcomes,
        indicator_results=results,
        budget=_budget(rows, currency),
    )


def _budget(rows: Iterable[ActivityYear], currency: str) -> BudgetSummary:
    planned: dict[str, Decimal] = defaultdict(Decimal)
    spent: dict[str, Decimal] = defaultdict(Decimal)
    other: dict[str, Decimal] = defaultdict(Decimal)
    for r in rows:
        for source, amount in r.planned.items():
            planned[source] += amount
        for source, amount in r.spent.items():
            spent[source] += amount
        for cur, amount in r.planned_other.items():
            other[cur] += amount
    sources = _ordered_sources(dict.fromkeys({*planned, *spent}, Decimal(0)))
    by_source = {s: Execution(planned.get(s, Decimal(0)), spent.get(s, Decimal(0))) for s in sources}
    total = Execution(sum(planned.values(), Decimal(0)), sum(spent.values(), Decimal(0)))
    return BudgetSummary(currency, by_source, total, dict(sorted(other.items())))


def summarise(doc: Document, review: Review | str, weighting: str = "count") -> ReviewSummary:
    """Per objective and overall: statuses, progress, indicators and budget of one review (see the rules)."""
    if weighting not in WEIGHTINGS:
        raise ValueError(f"unknown weighting {weighting!r} (expected {' or '.join(WEIGHTINGS)})")
    review = _review(doc, review)
    currency = doc.municipality.currency
    numbers = doc.numbers()
    rows = [_activity_year(doc, review, e, numbers) for e in review.entries if e.activity_id]
    by_objective: dict[str, list[ActivityYear]] = defaultdict(list)
    for r in rows:
        by_objective[r.objective_id if doc.find(r.objective_id) else ""].append(r)
    objectives = [
        _group(by_objective[o.id], o.id, numbers.get(o.id, ""), weighting, currency)
        for o in doc.objectives
        if by_objective.get(o.id)
    ]
    if by_objective.get(""):
        objectives.append(_group(by_objective[""], "", "", weighting, currency))
    return ReviewSummary(
        review_id=review.id,
        plan_id=review.plan_id,
        year=review.year,
        weighting=weighting,
        currency=currency,
        objectives=tuple(objectives),
        overall=_group(rows, None, "", weighting, currency),
        activities=tuple(rows),
        proposals=sum(1 for e in review.entries if not e.activity_id),
    )


# -- over the years -----------------------------------------------------------------------------


def _lineage(doc: Document, activity_id: str) -> list[str]:
    """The activity and the activities of earlier plan versions it continues, newest first."""
    chain: list[str] = []
    current: str | None = activity_id
    while current and current not in chain:
        chain.append(current)
        activity = doc.find(current)
        current = activity.origin_id if isinstance(activity, Activity) else None
    return chain


def _in_order(doc: Document, reviews: Iterable[Review]) -> list[Review]:
    return sorted(reviews, key=lambda r: (r.year, _plan_version(doc, r)))


def activity_history(doc: Document, activity_id: str) -> list[ActivityYear]:
    """Every review of an activity, oldest first, following `origin_id` back through the revised plans.

    The history runs backwards only: an activity of an old version does not list the years of the
    activities that continue it (a split gives two of them).
    """
    chain = set(_lineage(doc, activity_id))
    numbers = doc.numbers()
    out = []
    for review in _in_order(doc, doc.reviews):
        entry = next((e for e in review.entries if e.activity_id in chain), None)
        if entry is not None:
            out.append(_activity_year(doc, review, entry, numbers))
    return out


def compare_years(doc: Document, review_a: Review | str, review_b: Review | str) -> list[YearComparison]:
    """The activities present in both reviews (through revised plans too), in the later review's order.

    Whichever order the reviews are given in, `then` is the earlier year's record and `now` the later's.
    """
    first, second = _in_order(doc, [_review(doc, review_a), _review(doc, review_b)])
    numbers = doc.numbers()
    earlier = {e.activity_id: e for e in first.entries if e.activity_id}
    out = []
    for entry in second.entries:
        if not entry.activity_id:
            continue
        match = next((earlier[a] for a in _lineage(doc, entry.activity_id) if a in earlier), None)
        if match is not None:
            then = _activity_year(doc, first, match, numbers)
            out.append(YearComparison(then, _activity_year(doc, second, entry, numbers)))
    return out


def plan_lineage(doc: Document, plan_id: str) -> list[ActionPlan]:
    """All versions of a plan, the first one first: the revisions it came from and those that replaced it."""
    plan = doc.get(plan_id, ActionPlan)
    seen = {plan.id}
    while plan.previous_id and plan.previous_id not in seen and isinstance(doc.find(plan.previous_id), ActionPlan):
        plan = doc.find(plan.previous_id)
        seen.add(plan.id)
    versions = [plan]
    while plan.superseded_by and isinstance(doc.find(plan.superseded_by), ActionPlan):
        plan = doc.find(plan.superseded_by)
        if plan in versions:
            break
        versions.append(plan)
    return versions


def yearly_budget(doc: Document, plan_id: str) -> list[YearBudget]:
    """Planned against spent for every review of the plan and its other versions, oldest first."""
    ids = {p.id for p in plan_lineage(doc, plan_id)}
    out = []
    for review in _in_order(doc, (r for r in doc.reviews if r.plan_id in ids)):
        total = summarise(doc, review).overall.budget.total
        out.append(YearBudget(review.year, review.id, _plan_version(doc, review), total.planned, total.spent))
    return out


# -- plain data for the command line -------------------------------------------------------------


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _amounts(values: Mapping[str, Decimal]) -> dict[str, str]:
    return {k: str(v) for k, v in values.items()}


def _execution(e: Execution) -> dict[str, str | None]:
    return {"planned": str(e.planned), "spent": str(e.spent), "rate": _money(e.rate)}


def _group_json(g: GroupSummary) -> dict[str, Any]:
    return {
        "objective": g.objective_id,
        "number": g.number,
        "activities": len(g.activity_ids),
        "statuses": dict(g.statuses),
        "progress": _money(g.progress),
        "measured": list(g.measured),
        "no_data": list(g.no_data),
        "unweighted": list(g.unweighted),
        "cancelled": list(g.cancelled),
        "indicators": dict(g.indicators),
        "budget": {
            "currency": g.budget.currency,
            "by_source": {s: _execution(e) for s, e in g.budget.by_source.items()},
            "total": _execution(g.budget.total),
            "not_compared": _amounts(g.budget.not_compared),
        },
    }


def _activity_json(a: ActivityYear) -> dict[str, Any]:
    return {
        "activity": a.activity_id,
        "number": a.number,
        "objective": a.objective_id,
        "status": a.status,
        "progress": a.progress,
        "planned": _amounts(a.planned),
        "spent": _amounts(a.spent),
        "planned_other_currencies": _amounts(a.planned_other),
        "indicators": [
            {
                "indicator": i.indicator_id,
                "baseline": _money(i.baseline),
                "target": _money(i.target),
                "value": _money(i.value),
                "outcome": i.outcome.value,
            }
            for i in a.indicators
        ],
    }


def to_json(summary: ReviewSummary) -> dict[str, Any]:
    """The summary as plain JSON-ready data: amounts and percentages as decimal strings, no data as null."""
    return {
        "review": summary.review_id,
        "plan": summary.plan_id,
        "year": summary.year,
        "weighting": summary.weighting,
        "currency": summary.currency,
        "proposals": summary.proposals,
        "overall": _group_json(summary.overall),
        "objectives": [_group_json(g) for g in summary.objectives],
        "activities": [_activity_json(a) for a in summary.activities],
    }
