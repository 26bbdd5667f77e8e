"""The plan's lifecycle, approved versions frozen as they were, and comparing two versions."""

from __future__ import annotations

import pytest

from desktop.core import group, versions
from desktop.core import operations as op
from desktop.core.model import PlanStatus
from desktop.core.operations import OperationError
from desktop.core.version_compare import ADDED, CHANGED, MOVED, REMOVED, compare_documents, counts


def _approve(doc, number="01-016/26", on="2026-03-15", body="Kuvendi Komunal"):
    return versions.approve(doc, number=number, on=on, body=body, author="Arta")


def test_lifecycle_moves_only_along_allowed_steps(doc):
    assert versions.status_of(doc) == "draft"
    versions.set_status(doc, "submitted", on="2026-03-01")
    assert (doc.status, doc.status_date) == ("submitted", "2026-03-01")
    with pytest.raises(OperationError):
        versions.set_status(doc, "approved")  # approving records the decision
    with pytest.raises(OperationError):
        versions.set_status(doc, "in_implementation")  # not approved yet
    _approve(doc)
    assert doc.status == "approved" and doc.status_date == "2026-03-15"
    versions.set_status(doc, "in_implementation")
    versions.set_status(doc, "closed")
    with pytest.raises(OperationError):
        op.set_text(doc, doc.objectives[0].id, "title", "sq", "x")  # a closed plan is frozen
    group.add_meeting(doc, "2027-01-10")  # the group's record goes on
    with pytest.raises(OperationError):
        _approve(doc, on="2027-02-01")
    versions.set_status(doc, "in_implementation")
    op.set_text(doc, doc.objectives[0].id, "title", "sq", "x")


def test_approval_freezes_the_content_and_records_the_decision(doc):
    from desktop.core.decision import create_decision

    create_decision(doc, "XK")
    change = _approve(doc)
    version = doc.versions[0]
    assert version.id in change.upserted and version.number == 1
    assert (version.decision_number, version.decision_date, version.body, version.author) == (
        "01-016/26",
        "2026-03-15",
        "Kuvendi Komunal",
        "Arta",
    )
    assert doc.decision.is_approved and doc.decision.number == "01-016/26"
    frozen = versions.thaw(version)
    assert frozen.objectives[0].title.get("sq") == doc.objectives[0].title.get("sq")
    assert frozen.status == PlanStatus.APPROVED and not frozen.versions and not frozen.notes
    assert not versions.standing(doc).changed_since and versions.standing(doc).revision == 1
    op.set_text(doc, doc.objectives[0].id, "title", "sq", "Objektivi i ri")
    standing = versions.standing(doc)
    assert standing.changed_since and standing.revision == 2
    assert versions.thaw(version).objectives[0].title.get("sq") == "Objektivi 1"  # the version did not move


def test_the_groups_record_does_not_change_the_approved_content(doc):
    _approve(doc)
    meeting = group.add_meeting(doc, "2026-04-01").upserted[0]
    group.record_in_meeting(doc, meeting, "note", {"body": {"sq": "Shënim"}})
    versions.set_status(doc, "in_implementation")
    assert not versions.standing(doc).changed_since


def test_frozen_content_leaves_out_contact_details(doc):
    mid = group.add_member(doc, "Arta").upserted[0]
    group.set_member_contact(doc, mid, phone="+383 44 999 888", email="arta@example.org")
    _approve(doc)
    import zlib

    raw = zlib.decompress(doc.versions[0].snapshot)
    assert b"999 888" not in raw and b"arta@example.org" not in raw and b"Arta" in raw
    assert versions.thaw(doc.versions[0]).members[0].contact is None


def test_a_damaged_version_is_refused(doc):
    _approve(doc)
    version = doc.versions[0]
    version.snapshot = version.snapshot[:-3] + b"xyz"
    with pytest.raises(OperationError, match="damaged"):
        versions.thaw(version)


def test_approval_input_is_checked(doc):
    for bad in ({"number": ""}, {"on": "15 March"}, {"body": ""}, {"number": "1\n2"}, {"body": "x" * 100_000}):
        args = {"number": "1", "on": "2026-03-15", "body": "Kuvendi"} | bad
        with pytest.raises(OperationError):
            versions.approve(doc, **args)
    assert not doc.versions and doc.status == "draft"
    _approve(doc, on="2026-03-15")
    with pytest.raises(OperationError):
        _approve(doc, number="2", on="2026-01-01")  # earlier than version 1
    _approve(doc, number="2", on="2026-09-01")
    assert [v.number for v in doc.versions] == [1, 2] and versions.latest(doc).decision_number == "2"
    with pytest.raises(OperationError):
        versions.find_version(doc, 7)


def test_comparison_finds_added_removed_moved_and_changed_items(doc):
    _approve(doc)
    o1, o2 = doc.objectives
    plan = doc.action_plan
    first, second, third = plan.activities
    op.set_text(doc, o1.id, "title", "sq", "Objektivi 1 i përmirësuar")
    op.delete_activity(doc, second.id)
    new = op.add_activity(doc, plan.id, o2.id, {"title": {"sq": "Aktivitet i ri"}}).upserted[0]
    op.move_activity(doc, first.id, o2.id)
    op.move_objective(doc, o2.id, 0)
    changes = compare_documents(versions.thaw(doc.versions[0]), doc)
    by_id = {c.entity.id: c for c in changes}
    assert by_id[o1.id].change == CHANGED
    title = next(f for f in by_id[o1.id].changes if f.field == "title")
    assert ("insert", "i përmirësuar") in [(k, t.strip()) for k, t in title.diff]
    assert by_id[second.id].change == REMOVED and by_id[new].change == ADDED
    assert by_id[first.id].moved and by_id[first.id].change == MOVED
    assert by_id[o2.id].moved or by_id[o1.id].moved  # the objectives swapped places
    assert third.id not in by_id or by_id[third.id].change == MOVED
    assert counts(changes)[ADDED] == 1 and counts(changes)[REMOVED] == 1


def test_budget_changes_appear_under_their_activity(doc):
    _approve(doc)
    act = doc.action_plan.activities[0]
    op.add_budget_line(doc, act.id, 2027, "5000", source="municipal")
    changes = compare_documents(versions.thaw(doc.versions[0]), doc)
    assert [c.entity.id for c in changes] == [act.id]
    assert any(f.field == "budget" for f in changes[0].changes)


def test_identical_versions_have_no_changes(doc):
    _approve(doc)
    assert compare_documents(versions.thaw(doc.versions[0]), doc) == []
