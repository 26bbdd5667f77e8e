"""Comparing two versions of an action plan: activities matched through their origin, field by field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.plan_compare import ADDED, CHANGED, REMOVED, compare_plans, tidy_diff
from desktop.core.textdiff import word_diff
from tests.conftest import small_document


def revise(doc, year=2025, decide=None):
    """Review `year` of the plan in force, record `decide(doc, entries)`, close it and make the revision."""
    plan = doc.action_plan
    rv.start_review(doc, plan.id, year)
    review = doc.reviews[-1]
    if decide is not None:
        decide(doc, review, {e.activity_id: e for e in review.entries})
    rv.close_review(doc, review.id, f"{year + 1}-01-20")
    rv.create_revised_plan(doc, review.id)
    return plan, doc.action_plan


def test_deadline_split_drop_and_proposal():
    doc = small_document()
    a1, a2, a3 = doc.ordered_activities(doc.action_plan)

    def decide(doc, review, entries):
        rv.update_review_entry(doc, entries[a1.id].id, change="deadline", new_end="2027-Q2")
        rv.update_review_entry(doc, entries[a2.id].id, change="split")
        op.set_text(doc, entries[a2.id].id, "new_title", "sq", "Kujdesi në shtëpi, pjesa e dytë")
        rv.update_review_entry(doc, entries[a3.id].id, change="drop")
        rv.add_review_proposal(doc, review.id, doc.objectives[1].id, {"new_title": {"sq": "Linja telefonike"}})

    old, new = revise(doc, decide=decide)
    items = compare_plans(doc, old.id, new.id)
    titles = [doc.get(i.new_id or i.old_id).title.get("sq") for i in items]
    # Objective 1 first (the kept copy of a2 is unchanged and left out), then objective 2.
    assert titles == ["Qendra ditore", "Kujdesi në shtëpi, pjesa e dytë", "Linja telefonike", "Fushata"]
    assert [i.kind for i in items] == [CHANGED, ADDED, ADDED, REMOVED]
    moved, split, proposal, dropped = items
    assert moved.old_id == a1.id and doc.get(moved.new_id).origin_id == a1.id
    # Only the time frame: the budget and targets of 2026-2027 were copied, 2025 is outside the revision.
    assert [(c.field, c.old, c.new) for c in moved.changes] == [
        ("timeframe", ("2025-H1", "2026"), ("2025-H1", "2027-Q2"))
    ]
    assert split.origin_id == a2.id and split.old_id is None
    assert proposal.origin_id is None
    assert dropped.old_id == a3.id and dropped.new_id is None and dropped.changes == []


def test_texts_budget_and_responsible_with_word_differences():
    doc = small_document()
    a1 = doc.ordered_activities(doc.action_plan)[0]

    def decide(doc, review, entries):
        rv.update_review_entry(doc, entries[a1.id].id, change="budget", budget_change="1000")

    old, new = revise(doc, decide=decide)
    copy = doc.ordered_activities(new)[0]
    op.set_text(doc, copy.id, "title", "sq", "Qendra ditore për të moshuarit")
    op.set_text(doc, copy.id, "responsible", "sr", "Centar za socijalni rad")
    (item,) = [i for i in compare_plans(doc, old.id, new.id) if i.kind == CHANGED]
    by_field = {(c.field, c.lang, c.year): c for c in item.changes}
    title = by_field[("title", "sq", None)]
    assert (title.old, title.new) == ("Qendra ditore", "Qendra ditore për të moshuarit")
    assert title.diff == (("equal", "Qendra ditore"), ("insert", " për të moshuarit"))
    # The Serbian title became outdated but its text is the same: no change.
    assert ("title", "sr", None) not in by_field
    assert by_field[("responsible", "sr", None)].old == ""
    budget = [(c.year, c.source, c.currency, c.old, c.new) for c in item.changes if c.field == "budget"]
    assert budget == [
        (2026, "donor", "EUR", Decimal(8000), Decimal(9000)),
        (2027, "municipal", "EUR", None, Decimal(1000)),
    ]


def test_indicators_matched_by_name_then_position():
    doc = small_document()
    old, new = revise(doc)
    copy = doc.ordered_activities(new)[0]
    ind = copy.indicators[0]
    op.set_indicator_values(doc, ind.id, targets={2025: 20, 2026: 45, 2027: 60})
    op.set_text(doc, ind.id, "unit", "sq", "persona")
    added = op.add_indicator(doc, copy.id, {"name": {"sq": "Vizita në shtëpi"}}).upserted[0]
    (item,) = [i for i in compare_plans(doc, old.id, new.id) if i.kind == CHANGED]
    found = [(c.part, c.year, c.old, c.new) for c in item.changes if c.field == "indicator"]
    assert ("unit", None, "", "persona") in found
    assert ("target", 2026, Decimal(40), Decimal(45)) in found
    assert ("target", 2027, None, Decimal(60)) in found
    assert ("added", None, None, None) in found
    assert next(c for c in item.changes if c.part == "added").indicator_id == added
    assert all(c.indicator_id == ind.id for c in item.changes if c.part in ("unit", "target"))


def test_matching_follows_origins_through_intermediate_versions():
    doc = small_document()
    first, second = revise(doc, 2025)
    _second, third = revise(doc, 2026)
    assert _second is second and third.previous_id == second.id
    a1 = doc.ordered_activities(first)[0]
    items = compare_plans(doc, first.id, third.id)
    assert not any(i.kind == ADDED for i in items)  # every activity of version 3 continues one of version 1
    assert a1.id not in {i.old_id for i in items if i.kind == REMOVED}  # it runs in 2026: still there


def test_the_same_plan_has_no_differences_and_unknown_plans_are_refused():
    doc = small_document()
    plan = doc.action_plan
    assert compare_plans(doc, plan.id, plan.id) == []
    with pytest.raises(LookupError):
        compare_plans(doc, plan.id, "nope")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Qendra ditore", "Qendra ditore për të moshuarit"),
        ("Hapja e qendrës", "Hapja e re e qendrës ditore"),
        ("shtëpi", "shtëpia"),
        ("a b c", "x b y"),
        ("", "E re"),
        ("Fjalë  me  hapësira ", "Fjalë me hapësira"),
    ],
)
def test_tidied_word_differences_still_give_both_texts(old, new):
    pieces = tidy_diff(word_diff(old, new))
    assert "".join(t for kind, t in pieces if kind != "insert") == old
    assert "".join(t for kind, t in pieces if kind != "delete") == new
    assert all(t for _kind, t in pieces)
    assert ("delete", "shtëpi") in pieces or old != "shtëpi"  # never a half word
