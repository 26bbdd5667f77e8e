"""Yearly implementation reviews: the named operations that record them, and the revised plan they lead to.

A review lists the activities due or running in its year. Each entry records the status, the progress,
the indicator values reached, the money spent per source, a comment and the evidence, and the change
decided for the next period. A closed review is read-only until it is deliberately re-opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from desktop.core.model import (
    ActionPlan,
    Activity,
    ActivityStatus,
    BudgetLine,
    Document,
    FundingSource,
    Indicator,
    IndicatorValue,
    Objective,
    PlanChange,
    Review,
    ReviewEntry,
    ReviewState,
    Spending,
)
from desktop.core.operations import (
    KEEP,
    MAX_FUNDER_LENGTH,
    Change,
    OperationError,
    apply_texts,
    as_decimal,
    guard,
    insert_child,
    remove_child,
)
from desktop.core.serialize import clone, text_from_dict, text_to_dict
from desktop.core.text import MultiText, clean_text
from desktop.core.timeframe import PlanTime, TimeError, check_span, check_year, years_covered


def clone_text(mt: MultiText) -> MultiText:
    """A copy of a multilingual text (states and sources kept)."""
    return text_from_dict(text_to_dict(mt), "text")


def due_in(activity: Activity, year: int) -> bool:
    """Whether an activity was due or running in `year`; one without a time frame counts as running."""
    try:
        years = years_covered(activity.start, activity.end)
    except TimeError:
        return True
    return not years or year in years


def _open_review(doc: Document, review_id: str) -> Review:
    review = doc.get(review_id, Review)
    if review.closed:
        raise OperationError("the review is closed; re-open it to change it")
    return review


def _open_entry(doc: Document, entry_id: str) -> ReviewEntry:
    entry = doc.get(entry_id, ReviewEntry)
    _open_review(doc, doc.parent_of(entry).id)
    return entry


def _iso_date(value: str, what: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise OperationError(f"{what} must be a date (YYYY-MM-DD)") from None


@guard
def start_review(doc: Document, plan_id: str, year: int) -> Change:
    """Start the review of a plan year, with an entry for every activity due or running that year."""
    plan = doc.get(plan_id, ActionPlan)
    year = check_year(year)
    if not plan.start_year <= year <= plan.end_year:
        raise OperationError(f"{year} is outside the plan's period {plan.start_year}–{plan.end_year}")
    if any(r.plan_id == plan.id and r.year == year for r in doc.reviews):
        raise OperationError(f"the plan already has a review of {year}")
    review = Review(year=year, plan_id=plan.id)
    review.entries = [ReviewEntry(activity_id=a.id) for a in doc.ordered_activities(plan) if due_in(a, year)]
    return insert_child(doc, doc, review, None, "start_review")


@guard
def delete_review(doc: Document, review_id: str) -> Change:
    return remove_child(doc, _open_review(doc, review_id), "delete_review")


@guard
def update_review_entry(
    doc: Document,
    entry_id: str,
    *,
    status: object = KEEP,
    progress: object = KEEP,
    updated: object = KEEP,
    change: object = KEEP,
    new_end: object = KEEP,
    budget_change: object = KEEP,
    objective_id: object = KEEP,
) -> Change:
    """Record an activity's status, progress (0–100, None for no data) and the change for the next period."""
    entry = _open_entry(doc, entry_id)
    values: dict[str, object] = {}
    if status is not KEEP:
        try:
            values["status"] = ActivityStatus(status).value if status else None
        except ValueError:
            raise OperationError(f"unknown status {status!r}") from None
    if progress is not KEEP:
        if progress is not None and (isinstance(progress, bool) or not isinstance(progress, int)):
            raise OperationError("the progress must be a whole number of percent")
        if progress is not None and not 0 <= progress <= 100:
            raise OperationError("the progress must be between 0 and 100 %")
        values["progress"] = progress
    if updated is not KEEP:
        values["updated"] = _iso_date(updated, "the date of the update") if updated else None
    if change is not KEEP:
        try:
            values["change"] = PlanChange(change).value if change else None
        except ValueError:
            raise OperationError(f"unknown change {change!r}") from None
        if (values["change"] == PlanChange.ADD) != (entry.activity_id is None):
            raise OperationError("only a proposed new activity is an addition")
    if new_end is not KEEP:
        values["new_end"] = check_span(None, new_end)[1] if new_end else None
    if budget_change is not KEEP:
        values["budget_change"] = as_decimal(budget_change, "the budget change", allow_none=True, money=True)
    if objective_id is not KEEP:
        if objective_id is not None:
            doc.get(objective_id, Objective)
        values["objective_id"] = objective_id
    for name, value in values.items():
        setattr(entry, name, value)
    return Change("update_review_entry", upserted=[entry.id])


@guard
def set_indicator_value(doc: Document, entry_id: str, indicator_id: str, value: object) -> Change:
    """The value an indicator reached in the review's year; None removes it (no data)."""
    entry = _open_entry(doc, entry_id)
    indicator = doc.get(indicator_id, Indicator)
    if entry.activity_id is None or doc.parent_of(indicator).id != entry.activity_id:
        raise OperationError("the indicator is not one of this activity's")
    number = as_decimal(value, "the indicator value", allow_none=True)
    existing = next((v for v in entry.values if v.indicator_id == indicator_id), None)
    if number is None:
        return remove_child(doc, existing, "set_indicator_value") if existing else Change("set_indicator_value")
    if existing is not None:
        existing.value = number
        return Change("set_indicator_value", upserted=[existing.id])
    return insert_child(
        doc, entry, IndicatorValue(indicator_id=indicator_id, value=number), None, "set_indicator_value"
    )


@guard
def set_spending(doc: Document, entry_id: str, source: str, amount: object, funder: str | None = None) -> Change:
    """Money spent in the year from one funding source; None removes the line."""
    entry = _open_entry(doc, entry_id)
    try:
        source = FundingSource(source).value
    except ValueError:
        raise OperationError(f"unknown funding source {source!r}") from None
    number = as_decimal(amount, "the amount", allow_none=True, money=True)
    if number is not None and number < 0:
        raise OperationError("the amount cannot be negative")
    if funder is not None:
        funder = clean_text(funder).strip() or None
        if funder and len(funder) > MAX_FUNDER_LENGTH:
            raise OperationError("the funder's name is too long")
    existing = next((s for s in entry.spending if s.source == source), None)
    if number is None:
        return remove_child(doc, existing, "set_spending") if existing else Change("set_spending")
    if existing is not None:
        existing.amount, existing.funder = number, funder if funder is not None else existing.funder
        return Change("set_spending", upserted=[existing.id])
    return insert_child(doc, entry, Spending(source=source, amount=number, funder=funder), None, "set_spending")


@guard
def add_review_proposal(
    doc: Document, review_id: str, objective_id: str, texts: Mapping[str, Mapping[str, str]] | None = None
) -> Change:
    """A new activity the group proposes for the next period (its title in `texts["new_title"]`)."""
    review = _open_review(doc, review_id)
    doc.get(objective_id, Objective)
    entry = ReviewEntry(activity_id=None, change=PlanChange.ADD.value, objective_id=objective_id)
    apply_texts(entry, texts)
    return insert_child(doc, review, entry, None, "add_review_proposal")


@guard
def delete_review_entry(doc: Document, entry_id: str) -> Change:
    """Remove a proposed new activity (the entries of planned activities stay: they are the record)."""
    entry = _open_entry(doc, entry_id)
    if entry.activity_id is not None:
        raise OperationError("only a proposed new activity can be removed from a review")
    return remove_child(doc, entry, "delete_review_entry")


@guard
def close_review(doc: Document, review_id: str, on: str) -> Change:
    """The group adopts the review: it becomes read-only."""
    review = _open_review(doc, review_id)
    review.closed_on = _iso_date(on, "the date of adoption")
    review.state = ReviewState.CLOSED.value
    return Change("close_review", upserted=[review.id])


@guard
def reopen_review(doc: Document, review_id: str) -> Change:
    review = doc.get(review_id, Review)
    if not review.closed:
        raise OperationError("the review is already open")
    review.state, review.closed_on = ReviewState.OPEN.value, None
    return Change("reopen_review", upserted=[review.id])


# -- the revised plan ---------------------------------------------------------------------


def _change_budget(activity: Activity, change: Decimal, years: list[int], currency: str) -> None:
    """Add a yearly budget change (plus or minus) to the activity's first line of each remaining year."""
    for year in years:
        lines = [line for line in activity.budget_lines if line.year == year]
        if lines:
            lines[0].amount = max(Decimal(0), lines[0].amount + change)
        elif change > 0:
            activity.budget_lines.append(BudgetLine(year=year, amount=change, currency=currency))


@guard
def create_revised_plan(doc: Document, review_id: str) -> Change:
    """Apply a closed review's recorded changes as a new version of its action plan.

    The reviewed version stays as it was, read-only; the revision starts the year after the review.
    """
    review = doc.get(review_id, Review)
    if not review.closed:
        raise OperationError("close the review first: a revision is made from an adopted review")
    old = doc.get(review.plan_id, ActionPlan)
    if old.superseded_by:
        raise OperationError("this version of the plan has already been revised")
    if review.year >= old.end_year:
        raise OperationError("the review is of the plan's last year: there is no next period to revise")
    new = ActionPlan(
        start_year=review.year + 1,
        end_year=old.end_year,
        version=old.number + 1,
        previous_id=old.id,
    )
    new.title = clone_text(old.title)
    new.numbering = old.numbering
    new.columns = [clone(column) for column in old.columns]
    column_ids = {a.id: b.id for a, b in zip(old.columns, new.columns, strict=True)}
    copies: dict[str, str] = {}  # old activity id -> its copy's id, for sub-activities' parents
    entries = {e.activity_id: e for e in review.entries if e.activity_id}
    currency = doc.municipality.currency
    remaining = list(range(new.start_year, new.end_year + 1))
    for activity in doc.ordered_activities(old):
        entry = entries.get(activity.id)
        change = entry.change if entry else None
        if change == PlanChange.DROP or (
            entry and entry.status in (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)
        ):
            continue  # done, cancelled or dropped: not part of the next period
        copy = clone(activity)
        copy.origin_id = activity.id
        copies[activity.id] = copy.id
        copy.parent_id = copies.get(activity.parent_id) if activity.parent_id else None
        for cell in copy.cells:
            cell.column_id = column_ids.get(cell.column_id, cell.column_id)
        copy.budget_lines = [line for line in copy.budget_lines if line.year > review.year]
        if entry is not None and change == PlanChange.DEADLINE and entry.new_end:
            copy.end = entry.new_end
            if copy.start and PlanTime.parse(copy.start).year > PlanTime.parse(copy.end).year:
                copy.start = None
        if entry is not None and change == PlanChange.RESPONSIBLE and not entry.new_responsible.is_empty():
            copy.responsible = clone_text(entry.new_responsible)
        if entry is not None and change == PlanChange.BUDGET and entry.budget_change:
            _change_budget(copy, entry.budget_change, remaining, currency)
        new.activities.append(copy)
        if entry is not None and change == PlanChange.SPLIT and not entry.new_title.is_empty():
            second = Activity(objective_id=activity.objective_id, origin_id=activity.id, start=copy.start, end=copy.end)
            second.title = clone_text(entry.new_title)
            second.responsible = clone_text(copy.responsible)
            new.activities.append(second)
    for entry in review.entries:
        if entry.change == PlanChange.ADD and entry.objective_id and not entry.new_title.is_empty():
            added = Activity(objective_id=entry.objective_id, start=str(new.start_year), end=str(new.end_year))
            added.title = clone_text(entry.new_title)
            if entry.budget_change:
                added.budget_lines = [
                    BudgetLine(year=y, amount=entry.budget_change, currency=currency) for y in remaining
                ]
            new.activities.append(added)
    old.superseded_by = new.id
    index = doc.action_plans.index(old) + 1
    change = insert_child(doc, doc, new, index, "create_revised_plan")
    change.upserted.append(old.id)
    return change


def frozen_plan_of(doc: Document, entity_id: str) -> ActionPlan | None:
    """The adopted, read-only version of an action plan that holds the entity (a revision replaced it)."""
    entity = doc.find(entity_id)
    while entity is not None and not isinstance(entity, ActionPlan):
        entity = doc.parent_of(entity)
    return entity if isinstance(entity, ActionPlan) and entity.superseded_by else None
