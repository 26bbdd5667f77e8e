"""The bundled demo plan meets what it promises: realistic size, complete in sq and sr, partly in en."""

from __future__ import annotations

from desktop.core.integrity import check_document
from desktop.core.stats import completeness
from desktop.demo.build import build_demo
from desktop.demo.large import build_large


def test_demo_plan_content():
    doc = build_demo()
    assert check_document(doc) == []
    acts = doc.action_plan.activities
    assert len(doc.objectives) >= 4 and len(acts) >= 30
    assert sum(1 for a in acts if a.responsible.get("sq")) >= 28
    assert sum(1 for a in acts if a.start or a.end) >= 30
    assert len({b.source for a in acts for b in a.budget_lines}) >= 2
    assert sum(1 for a in acts if a.indicators) >= 25
    assert sum(1 for a in acts if a.target_group_ids) >= 25
    done = completeness(doc)
    assert done["sq"]["percent"] == 100.0 and done["sr"]["percent"] == 100.0
    assert 20 < done["en"]["percent"] < 100
    assert any(s.key is None for s in doc.strategy.sections)  # sections the group added
    assert any(p.priorities for o in doc.objectives for p in o.priorities)  # sub-priorities


def test_large_plan_shape():
    doc = build_large(objectives=3, activities_per_objective=4)
    assert len(doc.action_plan.activities) == 12
    assert completeness(doc)["en"]["percent"] == 100.0


def test_demo_has_a_closed_first_year_review_and_a_revised_plan():
    from desktop.core import operations as op
    from desktop.core.model import ReviewState
    from desktop.translation.xliff import export_units

    doc = build_demo()
    (review,) = doc.reviews
    first, revised = doc.action_plans
    assert (review.year, review.state, review.plan_id) == (2025, ReviewState.CLOSED, first.id)
    assert {e.status for e in review.entries if e.activity_id} >= {"completed", "in_progress", "delayed"}
    assert any(e.change == "add" for e in review.entries) and any(e.spending for e in review.entries)
    assert doc.action_plan is revised and first.superseded_by == revised.id and revised.version == 2
    assert all(a.origin_id in {x.id for x in first.activities} for a in revised.activities if a.origin_id)
    # The adopted record is frozen: nothing of it goes out for translation.
    frozen = {e.id for e in first.walk()} | {e.id for e in review.walk()}
    assert not frozen & {unit[0] for unit in export_units(doc, "en")}
    assert op.frozen_reason(doc, first.activities[0])
