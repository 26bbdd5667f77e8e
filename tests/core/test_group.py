"""Members, meetings (notes, decisions, follow-ups) and consultations: the core operations."""

from __future__ import annotations

import pytest

from desktop.core import group
from desktop.core.operations import OperationError, set_text


def _member(doc, name="Arta Krasniqi", **kw) -> str:
    return group.add_member(doc, name, **kw).upserted[0]


def test_members_are_added_edited_and_validated(doc):
    chair = _member(doc, role="chair", sector="municipality", organisation={"sq": "Komuna", "sr": "Opština"})
    member = doc.get(chair)
    assert (member.name, member.role, member.sector, member.organisation.get("sr")) == (
        "Arta Krasniqi",
        "chair",
        "municipality",
        "Opština",
    )
    assert group.update_member(doc, chair, role="secretary").upserted == [chair]
    assert not group.update_member(doc, chair, role="secretary")  # nothing changed, nothing to store
    for bad in ({"name": ""}, {"name": "x" * 100_000}, {"name": "two\nlines"}, {"role": "king"}, {"sector": "?"}):
        with pytest.raises(OperationError):
            group.update_member(doc, chair, **bad)
    assert doc.get(chair).role == "secretary"


def test_contact_details_are_checked_and_removed_when_emptied(doc):
    mid = _member(doc)
    change = group.set_member_contact(doc, mid, phone="+383 44 123 456", email="arta@example.org")
    contact = doc.get(mid).contact
    assert change.upserted == [contact.id] and contact.phone == "+383 44 123 456"
    for bad in ({"email": "not an address"}, {"phone": "call me 🙂"}, {"address": "a" * 1000}):
        with pytest.raises(OperationError):
            group.set_member_contact(doc, mid, **bad)
    change = group.set_member_contact(doc, mid, phone="", email="")
    assert change.removed == [contact.id] and doc.get(mid).contact is None  # no empty row left behind


def test_deleting_a_member_takes_them_off_attendance_and_follow_ups(doc):
    a, b = _member(doc, "A"), _member(doc, "B")
    meeting = group.add_meeting(doc, "2026-02-10").upserted[0]
    assert doc.get(meeting).present == [a, b]  # everyone is expected
    group.update_meeting(doc, meeting, present=[a], absent=[b])
    note = group.record_in_meeting(doc, meeting, "follow_up", {"body": {"sq": "Dërgo ftesat"}}, assignee=b).upserted
    change = group.delete_member(doc, b)
    assert b in change.removed and meeting in change.upserted and note[0] in change.upserted
    assert doc.get(meeting).absent == [] and doc.get(note[0]).assignee is None


def test_attendance_is_checked(doc):
    a = _member(doc, "A")
    meeting = group.add_meeting(doc, "2026-02-10").upserted[0]
    with pytest.raises(OperationError):
        group.update_meeting(doc, meeting, present=[a], absent=[a])
    with pytest.raises(OperationError):
        group.update_meeting(doc, meeting, present=["someone-else"])
    with pytest.raises(OperationError):
        group.update_meeting(doc, meeting, on="10 February")


def test_meetings_are_kept_in_date_order(doc):
    later = group.add_meeting(doc, "2026-05-01").upserted[0]
    earlier = group.add_meeting(doc, "2026-01-01").upserted[0]
    assert [m.id for m in doc.meetings] == [earlier, later]


def test_decisions_link_items_and_items_know_their_meetings(doc):
    objective, other = doc.objectives
    activity = doc.action_plan.activities[0]
    meeting = group.add_meeting(doc, "2026-02-10", {"title": {"sq": "Takimi i 3-të"}}).upserted[0]
    decision = group.record_in_meeting(
        doc, meeting, "decision", {"body": {"sq": "Miratohet"}}, item_ids=[objective.id, activity.id]
    ).upserted[0]
    note = doc.get(decision)
    assert note.item_ids == [objective.id, activity.id] and note.date == "2026-02-10"
    meetings, notes = group.concerning(doc, activity)
    assert [m.id for m in meetings] == [meeting] and notes == [note]
    meetings, notes = group.concerning(doc, other)
    assert not meetings and not [n for n in notes if n.meeting_id]
    with pytest.raises(OperationError):
        group.record_in_meeting(doc, meeting, "decision", {"body": {"sq": ""}})
    with pytest.raises(OperationError):
        group.record_in_meeting(doc, meeting, "note", {"body": {"sq": "x"}}, due="2026-03-01")  # only follow-ups


def test_follow_ups_have_an_owner_a_deadline_and_can_be_done(doc):
    a = _member(doc, "Arta")
    meeting = group.add_meeting(doc, "2026-02-10").upserted[0]
    fid = group.record_in_meeting(
        doc, meeting, "follow_up", {"body": {"sq": "Raporti"}}, assignee=a, due="2026-03-01"
    ).upserted[0]
    assert group.member_name(doc, doc.get(fid).assignee) == "Arta"
    group.update_note(doc, fid, assignee="Qendra për Punë Sociale", done="2026-02-28")
    note = doc.get(fid)
    assert (note.assignee, note.done) == ("Qendra për Punë Sociale", "2026-02-28")
    assert group.member_name(doc, note.assignee) == "Qendra për Punë Sociale"
    with pytest.raises(OperationError):
        group.update_note(doc, fid, due="soon")


def test_deleting_a_meeting_deletes_what_was_recorded_in_it(doc):
    meeting = group.add_meeting(doc, "2026-02-10").upserted[0]
    nid = group.record_in_meeting(doc, meeting, "note", {"body": {"sq": "x"}}).upserted[0]
    change = group.delete_meeting(doc, meeting)
    assert {meeting, nid} <= set(change.removed) and doc.find(nid) is None


def test_consultations_count_participants_by_gender_and_group(doc):
    objective = doc.objectives[0]
    cid = group.add_consultation(
        doc,
        "focus_group",
        "2025-04-01",
        {"title": {"sq": "Grupet e fokusit"}},
        sessions=40,
        objective_ids=[objective.id],
    ).upserted[0]
    group.set_participants(doc, cid, None, label={"sq": "Prindërit"}, women=120, men=80, unspecified=4)
    youth = doc.target_groups[0]
    group.set_participants(doc, cid, None, target_group_id=youth.id, women=10, men=12)
    second = group.add_consultation(doc, "public_hearing", "2025-06-01").upserted[0]
    group.set_participants(doc, second, None, label={"sr": "Građani"}, men=30)
    assert group.participant_totals(doc.consultations) == {"women": 130, "men": 122, "unspecified": 4, "total": 256}
    gid = doc.get(cid).participants[0].id
    group.set_participants(doc, cid, gid, women=121)
    assert doc.get(gid).total == 205
    for bad in ({"women": -1}, {"men": "many"}, {"unspecified": 10**9}):
        with pytest.raises(OperationError):
            group.set_participants(doc, cid, gid, **bad)
    with pytest.raises(OperationError):
        group.set_participants(doc, cid, None)  # which group?
    with pytest.raises(OperationError):
        group.update_consultation(doc, cid, objective_ids=[doc.action_plan.id])  # only objectives
    with pytest.raises(OperationError):
        group.add_consultation(doc, "seance")
    group.delete_participants(doc, gid)
    assert len(doc.get(cid).participants) == 1


def test_group_texts_are_edited_like_any_other(doc):
    meeting = group.add_meeting(doc, "2026-02-10").upserted[0]
    set_text(doc, meeting, "minutes", "sr", "Sastanak je otvorio predsedavajući.")
    assert doc.get(meeting).minutes.get("sr").startswith("Sastanak")
