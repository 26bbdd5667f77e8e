"""Yearly reviews: starting one, recording an activity's year, closing it, and the revised plan it leads to."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import operations as op
from desktop.core import reviews as rv


def started(doc, year=2025):
    rv.start_review(doc, doc.action_plan.id, year)
    return doc.reviews[-1]


def test_start_lists_activities_due_or_running_that_year(doc):
    plan = doc.action_plan
    late = op.add_activity(doc, plan.id, doc.objectives[0].id, {"title": {"sq": "Më vonë"}}, start="2027").upserted[0]
    review = started(doc, 2025)
    listed = [e.activity_id for e in review.entries]
    assert late not in listed  # due only in 2027
    assert doc.action_plan.activities[0].id in listed  # 2025-H1 onwards
    assert len(listed) == len(plan.activities) - 1  # those without a time frame count as running
    with pytest.raises(op.OperationError, match="already has a review of 2025"):
        rv.start_review(doc, plan.id, 2025)
    with pytest.raises(op.OperationError, match="outside the plan's period"):
        rv.start_review(doc, plan.id, 2031)


def test_entry_values_are_validated_all_or_nothing(doc):
    entry = started(doc).entries[0]
    rv.update_review_entry(doc, entry.id, status="in_progress", progress=40, updated="2025-12-20")
    assert (entry.status, entry.progress, entry.updated) == ("in_progress", 40, "2025-12-20")
    for bad in ({"progress": 140}, {"progress": 2.5}, {"status": "lost"}, {"updated": "20.12.2025"}):
        with pytest.raises(op.OperationError):
            rv.update_review_entry(doc, entry.id, **{"updated": "2026-01-05", **bad})
    assert entry.updated == "2025-12-20"  # a refused update changes nothing
    rv.update_review_entry(doc, entry.id, progress=None)
    assert entry.progress is None  # no data, never zero


def test_indicator_values_and_spending(doc):
    review = started(doc)
    act = doc.action_plan.activities[0]
    entry = next(e for e in review.entries if e.activity_id == act.id)
    ind = act.indicators[0]
    rv.set_indicator_value(doc, entry.id, ind.id, "18")
    rv.set_indicator_value(doc, entry.id, ind.id, 19)
    assert [(v.indicator_id, v.value) for v in entry.values] == [(ind.id, Decimal(19))]
    other = next(e for e in review.entries if e.activity_id != act.id)
    with pytest.raises(op.OperationError, match="not one of this activity's"):
        rv.set_indicator_value(doc, other.id, ind.id, 1)
    rv.set_spending(doc, entry.id, "municipal", "9000.50")
    rv.set_spending(doc, entry.id, "donor", 5000, funder="UNICEF")
    rv.set_spending(doc, entry.id, "municipal", "9500")
    assert sorted((s.source, s.amount, s.funder) for s in entry.spending) == [
        ("donor", Decimal(5000), "UNICEF"),
        ("municipal", Decimal(9500), None),
    ]
    rv.set_spending(doc, entry.id, "donor", None)
    rv.set_indicator_value(doc, entry.id, ind.id, None)
    assert [s.source for s in entry.spending] == ["municipal"] and entry.values == []
    with pytest.raises(op.OperationError):
        rv.set_spending(doc, entry.id, "municipal", -1)


def test_a_closed_review_is_read_only_until_reopened(doc):
    review = started(doc)
    entry = review.entries[0]
    op.set_text(doc, entry.id, "comment", "sq", "U hap në mars")
    rv.close_review(doc, review.id, "2026-01-15")
    assert review.closed and review.closed_on == "2026-01-15"
    for attempt in (
        lambda: rv.update_review_entry(doc, entry.id, progress=50),
        lambda: op.set_text(doc, entry.id, "comment", "sq", "Tjetër"),
        lambda: rv.set_spending(doc, entry.id, "municipal", 1),
        lambda: rv.add_review_proposal(doc, review.id, doc.objectives[0].id),
        lambda: rv.delete_review(doc, review.id),
    ):
        with pytest.raises(op.OperationError, match="closed"):
            attempt()
    rv.reopen_review(doc, review.id)
    rv.update_review_entry(doc, entry.id, progress=50)
    assert entry.progress == 50


def test_revised_plan_applies_the_recorded_changes(doc):
    plan = doc.action_plan
    a1, a2, a3 = doc.ordered_activities(plan)
    review = started(doc)
    entries = {e.activity_id: e for e in review.entries}
    rv.update_review_entry(doc, entries[a1.id].id, status="delayed", change="deadline", new_end="2027-Q2")
    rv.update_review_entry(doc, entries[a2.id].id, status="not_started", change="split")
    op.set_text(doc, entries[a2.id].id, "new_title", "sq", "Kujdesi në shtëpi, pjesa e dytë")
    rv.update_review_entry(doc, entries[a3.id].id, change="drop")
    op.set_text(doc, entries[a3.id].id, "change_reason", "sq", "Nuk ka më nevojë")
    proposal = rv.add_review_proposal(doc, review.id, doc.objectives[1].id, {"new_title": {"sq": "E re"}}).upserted[0]
    rv.update_review_entry(doc, proposal, budget_change="3000")
    with pytest.raises(op.OperationError, match="close the review first"):
        rv.create_revised_plan(doc, review.id)
    rv.close_review(doc, review.id, "2026-01-20")
    rv.create_revised_plan(doc, review.id)
    new = doc.action_plan
    assert new is not plan and plan.superseded_by == new.id and new.previous_id == plan.id
    assert (new.version, new.start_year, new.end_year) == (2, 2026, plan.end_year)
    titles = [a.title.get("sq") for a in doc.ordered_activities(new)]
    assert titles == [a1.title.get("sq"), a2.title.get("sq"), "Kujdesi në shtëpi, pjesa e dytë", "E re"]
    moved = doc.ordered_activities(new)[0]
    assert moved.origin_id == a1.id and moved.end == "2027-Q2" and moved.id != a1.id
    assert all(line.year > 2025 for line in moved.budget_lines)
    added = doc.ordered_activities(new)[-1]
    assert [(b.year, b.amount) for b in added.budget_lines] == [
        (y, Decimal(3000)) for y in range(2026, plan.end_year + 1)
    ]
    # The reviewed version is kept exactly as it was, read-only.
    assert [a.id for a in plan.activities] == [a1.id, a2.id, a3.id] and a1.end != "2027-Q2"
    with pytest.raises(op.OperationError, match="was revised"):
        op.set_text(doc, a1.id, "title", "sq", "Ndryshim")
    with pytest.raises(op.OperationError, match="already been revised"):
        rv.create_revised_plan(doc, review.id)
    assert len(doc.numbers()) > 0
