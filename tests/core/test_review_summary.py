"""What a review adds up to: progress (no data is not zero, cancelled left out, weighting), indicators, money,
and an activity's course over the years and plan versions."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.review_summary import (
    RULES,
    Outcome,
    activity_history,
    compare_years,
    indicator_outcome,
    summarise,
    to_json,
    yearly_budget,
)


def started(doc, year=2025, plan=None):
    rv.start_review(doc, (plan or doc.action_plan).id, year)
    return doc.reviews[-1]


def entries_of(review):
    return {e.activity_id: e for e in review.entries}


@pytest.fixture
def acts(doc):
    """The three activities (Qendra ditore and Kujdesi në shtëpi in objective 1, Fushata in objective 2)."""
    a1, a2, a3 = doc.ordered_activities(doc.action_plan)
    op.add_budget_line(doc, a2.id, 2025, 3000)  # municipal
    return a1, a2, a3


def test_activities_without_data_are_listed_never_counted_as_zero(doc, acts):
    a1, a2, a3 = acts
    review = started(doc)
    e = entries_of(review)
    rv.update_review_entry(doc, e[a1.id].id, status="in_progress", progress=40)
    rv.update_review_entry(doc, e[a2.id].id, status="in_progress")  # a status, but no progress
    s = summarise(doc, review)
    assert s.overall.progress == Decimal("40.0")  # not (40 + 0 + 0) / 3
    assert s.overall.measured == (a1.id,)
    assert set(s.overall.no_data) == {a2.id, a3.id}
    assert s.overall.statuses["in_progress"] == 2 and s.overall.statuses["not_reported"] == 1
    o1, o2 = s.objectives
    assert (o1.objective_id, o1.number, o1.progress) == (doc.objectives[0].id, "1", Decimal("40.0"))
    assert (o2.number, o2.progress, o2.no_data) == ("2", None, (a3.id,))
    # A completed activity without a progress value is no data too: nothing is guessed.
    rv.update_review_entry(doc, e[a3.id].id, status="completed")
    assert summarise(doc, review).objectives[1].progress is None


def test_cancelled_activities_are_left_out_of_progress_and_indicators_and_listed(doc, acts):
    a1, a2, a3 = acts
    review = started(doc)
    e = entries_of(review)
    rv.update_review_entry(doc, e[a1.id].id, status="cancelled", progress=10)
    rv.set_indicator_value(doc, e[a1.id].id, a1.indicators[0].id, 25)
    rv.update_review_entry(doc, e[a2.id].id, status="in_progress", progress=50)
    rv.update_review_entry(doc, e[a3.id].id, status="completed", progress=100)
    s = summarise(doc, review)
    assert s.overall.progress == Decimal("75.0")  # (50 + 100) / 2, the cancelled 10 left out
    assert s.overall.cancelled == (a1.id,) and a1.id not in s.overall.no_data + s.overall.measured
    assert s.overall.statuses["cancelled"] == 1  # still in the status distribution
    assert sum(s.overall.indicators.values()) == 0  # its indicator is not judged
    assert s.objectives[0].cancelled == (a1.id,) and s.objectives[0].progress == Decimal("50.0")
    assert s.overall.budget.total.planned == Decimal("15000.50")  # its money still counts


def test_weighting_by_count_and_by_budget(doc, acts):
    a1, a2, a3 = acts  # 2025 budgets: a1 12000.50, a2 3000, a3 none
    review = started(doc)
    e = entries_of(review)
    rv.update_review_entry(doc, e[a1.id].id, progress=40)
    rv.update_review_entry(doc, e[a2.id].id, progress=80)
    rv.update_review_entry(doc, e[a3.id].id, progress=100)
    by_count = summarise(doc, review, "count")
    assert by_count.overall.progress == Decimal("73.3")  # (40 + 80 + 100) / 3
    assert [g.progress for g in by_count.objectives] == [Decimal("60.0"), Decimal("100.0")]
    assert by_count.overall.unweighted == ()
    by_budget = summarise(doc, review, "budget")
    # (40 * 12000.50 + 80 * 3000) / (12000.50 + 3000) = 720020 / 15000.50 = 47.9997...
    assert by_budget.overall.progress == Decimal("48.0")
    assert by_budget.weighting == "budget"
    assert by_budget.overall.measured == (a1.id, a2.id)
    assert by_budget.overall.unweighted == (a3.id,)  # a progress, but no budget in 2025: weighs nothing
    assert [g.progress for g in by_budget.objectives] == [Decimal("48.0"), None]
    # A budget of another year does not weigh: only the review year's lines count.
    op.add_budget_line(doc, a3.id, 2026, 50000)
    assert summarise(doc, review, "budget").overall.progress == Decimal("48.0")
    with pytest.raises(ValueError, match="weighting"):
        summarise(doc, review, "words")


def test_indicator_outcomes_against_the_years_target(doc, acts):
    a1, a2, _a3 = acts
    ind1 = a1.indicators[0].id  # baseline 0, target 20 in 2025
    ind2 = op.add_indicator(doc, a1.id, baseline=10, targets={2025: 30}).upserted[0]
    ind3 = op.add_indicator(doc, a1.id, baseline=50, targets={2025: 30}).upserted[0]  # a reduction
    ind4 = op.add_indicator(doc, a1.id, baseline=0, targets={2026: 5}).upserted[0]  # no target in 2025
    ind5 = op.add_indicator(doc, a2.id, targets={2025: 4}).upserted[0]  # no value recorded
    review = started(doc)
    e = entries_of(review)
    for ind, value in ((ind1, 20), (ind2, 20), (ind3, 55), (ind4, 3)):
        rv.set_indicator_value(doc, e[a1.id].id, ind, value)
    s = summarise(doc, review)
    outcomes = {r.indicator_id: r.outcome for r in s.overall.indicator_results}
    assert outcomes == {
        ind1: Outcome.MET,  # 20 >= 20
        ind2: Outcome.PARTLY_MET,  # 10 < 20 < 30
        ind3: Outcome.NOT_MET,  # a reduction from 50 to 30, but 55
        ind4: Outcome.NO_DATA,  # no target for 2025
        ind5: Outcome.NO_DATA,  # no value
    }
    assert s.overall.indicators == {"met": 1, "partly_met": 1, "not_met": 1, "no_data": 2}
    assert s.objectives[1].indicators == {"met": 0, "partly_met": 0, "not_met": 0, "no_data": 0}
    result = next(r for r in s.overall.indicator_results if r.indicator_id == ind1)
    assert (result.baseline, result.target, result.value) == (Decimal(0), Decimal(20), Decimal(20))


@pytest.mark.parametrize(
    ("value", "baseline", "target", "outcome"),
    [
        (30, 10, 30, Outcome.MET),
        (31, 10, 30, Outcome.MET),
        (11, 10, 30, Outcome.PARTLY_MET),
        (10, 10, 30, Outcome.NOT_MET),  # at the baseline
        (5, 10, 30, Outcome.NOT_MET),
        (1, None, 30, Outcome.PARTLY_MET),  # no baseline: above 0
        (0, None, 30, Outcome.NOT_MET),
        (30, 50, 30, Outcome.MET),  # reduction targets: lower is better
        (40, 50, 30, Outcome.PARTLY_MET),
        (50, 50, 30, Outcome.NOT_MET),
        (None, 0, 30, Outcome.NO_DATA),
        (12, 0, None, Outcome.NO_DATA),
    ],
)
def test_indicator_rule(value, baseline, target, outcome):
    def d(x):
        return None if x is None else Decimal(x)

    assert indicator_outcome(d(value), d(baseline), d(target)) == outcome


def test_planned_against_spent_per_source_with_execution_rate(doc, acts):
    a1, a2, a3 = acts
    op.add_budget_line(doc, a1.id, 2025, 6000, source="donor", funder="UNICEF")
    op.add_budget_line(doc, a1.id, 2025, 1000, source="donor", currency="USD")  # not comparable
    review = started(doc)
    e = entries_of(review)
    rv.set_spending(doc, e[a1.id].id, "municipal", "9000.25")
    rv.set_spending(doc, e[a1.id].id, "donor", 3000, funder="UNICEF")
    rv.set_spending(doc, e[a2.id].id, "municipal", 500)
    rv.set_spending(doc, e[a3.id].id, "other", 200)  # nothing was planned for it
    budget = summarise(doc, review).overall.budget
    assert budget.currency == "EUR" and list(budget.by_source) == ["municipal", "donor", "other"]
    municipal, donor, other = budget.by_source.values()
    assert (municipal.planned, municipal.spent) == (Decimal("15000.50"), Decimal("9500.25"))
    assert municipal.rate == Decimal("63.3")  # 9500.25 / 15000.50
    assert (donor.planned, donor.spent, donor.rate) == (Decimal(6000), Decimal(3000), Decimal("50.0"))
    assert (other.planned, other.spent, other.rate) == (Decimal(0), Decimal(200), None)  # nothing planned
    assert budget.total.planned == Decimal("21000.50") and budget.total.spent == Decimal("12700.25")
    assert budget.total.rate == Decimal("60.5")  # 12700.25 / 21000.50 = 0.60476...
    assert budget.not_compared == {"USD": Decimal(1000)}
    o2 = summarise(doc, review).objectives[1].budget
    assert o2.total.planned == 0 and o2.total.rate is None


def test_json_form_is_plain_data(doc, acts):
    a1, _a2, _a3 = acts
    review = started(doc)
    rv.update_review_entry(doc, entries_of(review)[a1.id].id, status="delayed", progress=30)
    data = to_json(summarise(doc, review, "budget"))
    json.dumps(data)  # nothing but JSON types
    assert (data["year"], data["weighting"], data["currency"]) == (2025, "budget", "EUR")
    assert data["overall"]["progress"] == "30.0" and data["overall"]["statuses"]["delayed"] == 1
    assert data["overall"]["budget"]["total"] == {"planned": "15000.50", "spent": "0", "rate": "0.0"}
    assert [o["number"] for o in data["objectives"]] == ["1", "2"]
    first = data["activities"][0]
    assert first["activity"] == a1.id and first["number"] == "1.1" and first["progress"] == 30
    assert first["indicators"][0] == {
        "indicator": a1.indicators[0].id,
        "baseline": "0",
        "target": "20",
        "value": None,
        "outcome": "no_data",
    }


def test_an_activity_deleted_after_the_review_started_keeps_its_record(doc, acts):
    _a1, a2, _a3 = acts
    review = started(doc)
    rv.set_spending(doc, entries_of(review)[a2.id].id, "municipal", 100)
    op.delete_activity(doc, a2.id)
    s = summarise(doc, review)
    assert s.objectives[-1].objective_id == "" and s.objectives[-1].activity_ids == (a2.id,)
    assert s.overall.budget.total.spent == Decimal(100)


def test_rules_are_short_sentences():
    lines = RULES.splitlines()
    assert len(lines) >= 8 and all(line.endswith(".") and line.count(". ") == 0 for line in lines)


def revised(doc):
    """2025 reviewed and revised (Qendra ditore late, Kujdesi në shtëpi going on, Fushata cancelled), 2026 reviewed."""
    v1 = doc.action_plan
    a1, a2, a3 = doc.ordered_activities(v1)
    r2025 = started(doc, 2025)
    e = entries_of(r2025)
    rv.update_review_entry(doc, e[a1.id].id, status="delayed", progress=30, change="deadline", new_end="2027")
    rv.set_indicator_value(doc, e[a1.id].id, a1.indicators[0].id, 12)
    rv.set_spending(doc, e[a1.id].id, "municipal", 9000)
    rv.update_review_entry(doc, e[a2.id].id, status="in_progress", progress=50)
    rv.update_review_entry(doc, e[a3.id].id, status="cancelled")
    rv.close_review(doc, r2025.id, "2026-01-20")
    rv.create_revised_plan(doc, r2025.id)
    v2 = doc.action_plan
    b1, b2 = doc.ordered_activities(v2)
    r2026 = started(doc, 2026, v2)
    e = entries_of(r2026)
    rv.update_review_entry(doc, e[b1.id].id, status="completed", progress=100)
    rv.set_indicator_value(doc, e[b1.id].id, b1.indicators[0].id, 41)
    rv.set_spending(doc, e[b1.id].id, "donor", 7500)
    return v1, v2, (a1, a2, a3), (b1, b2), r2025, r2026


def test_history_follows_an_activity_through_the_revised_plan(doc):
    *_plans, (a1, _a2, _a3), (b1, _b2), _r2025, _r2026 = revised(doc)
    assert b1.origin_id == a1.id
    history = activity_history(doc, b1.id)
    assert [(h.year, h.plan_version, h.activity_id) for h in history] == [(2025, 1, a1.id), (2026, 2, b1.id)]
    then, now = history
    assert (then.status, then.progress, then.spent_total) == ("delayed", 30, Decimal(9000))
    assert (now.status, now.progress, now.spent_total) == ("completed", 100, Decimal(7500))
    assert [(i.value, i.target, i.outcome) for i in then.indicators] == [(Decimal(12), Decimal(20), Outcome.PARTLY_MET)]
    assert [(i.value, i.target, i.outcome) for i in now.indicators] == [(Decimal(41), Decimal(40), Outcome.MET)]
    assert now.planned == {"donor": Decimal(8000)} and then.planned == {"municipal": Decimal("12000.50")}
    # From the old version's activity the history goes back only.
    assert [h.year for h in activity_history(doc, a1.id)] == [2025]


def test_compare_two_years(doc):
    _v1, _v2, (a1, a2, _a3), (b1, b2), r2025, r2026 = revised(doc)
    rows = compare_years(doc, r2026, r2025)  # either order: then is 2025
    assert [(r.then.activity_id, r.now.activity_id) for r in rows] == [(a1.id, b1.id), (a2.id, b2.id)]
    first, second = rows
    assert (first.status_then, first.status_now) == ("delayed", "completed")
    assert (first.progress_then, first.progress_now) == (30, 100)
    assert (first.spent_then, first.spent_now) == (Decimal(9000), Decimal(7500))
    assert (second.status_then, second.status_now, second.progress_now) == ("in_progress", None, None)
    assert first.activity_id == b1.id
    # The cancelled campaign did not go on: it is in 2025 only, so not compared.
    assert len(compare_years(doc, r2025, r2025)) == 3


def test_planned_against_spent_per_year_over_the_plan_versions(doc):
    v1, v2, *_rest = revised(doc)
    years = yearly_budget(doc, v2.id)
    assert [(y.year, y.plan_version, y.planned, y.spent) for y in years] == [
        (2025, 1, Decimal("12000.50"), Decimal(9000)),
        (2026, 2, Decimal(8000), Decimal(7500)),
    ]
    assert years[1].rate == Decimal("93.8")  # 7500 / 8000 = 93.75 %, rounded half up
    assert yearly_budget(doc, v1.id) == years
