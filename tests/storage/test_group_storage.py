"""Members, meetings, consultations and versions in the file: undo, personal data erased for good, history."""

from __future__ import annotations

import pytest

from desktop.core import changelog, group, versions
from desktop.core import operations as op
from desktop.core.serialize import dumps
from desktop.storage import backups
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession

PHONE, EMAIL = "+383 44 765 4321", "arta.krasniqi.private@example.org"


@pytest.fixture
def session(tmp_path, doc):
    path = tmp_path / "p.plan"
    write_new(doc, path)
    s = DocumentSession.open(path)
    s.author = "Arta Krasniqi"
    yield s
    s.close()


def group_operations(d) -> list:
    def member():
        return d.members[0].id

    def meeting():
        return d.meetings[0].id

    def consultation():
        return d.consultations[0].id

    return [
        lambda: (group.add_member, ("Besa",), {"role": "secretary", "organisation": {"sr": "Centar"}}),
        lambda: (group.update_member, (member(),), {"name": "Arta K.", "sector": "civil_society"}),
        lambda: (group.set_member_contact, (member(),), {"phone": "+381 11 222", "email": "a@b.rs"}),
        lambda: (group.delete_member, (member(),), {}),
        lambda: (group.add_meeting, ("2026-04-02", {"title": {"sq": "Takimi"}}), {}),
        lambda: (group.update_meeting, (meeting(),), {"present": [], "absent": [member()]}),
        lambda: (group.record_in_meeting, (meeting(), "decision", {"body": {"sq": "Vendim"}}), {}),
        lambda: (group.update_note, (d.notes[-1].id,), {"item_ids": [d.objectives[0].id]}),
        lambda: (group.delete_meeting, (meeting(),), {}),
        lambda: (group.add_consultation, ("interview", "2025-02-01"), {"sessions": 80}),
        lambda: (group.update_consultation, (consultation(),), {"method": "survey"}),
        lambda: (group.set_participants, (consultation(), None), {"label": {"sq": "Të rinj"}, "women": 5}),
        lambda: (group.delete_participants, (d.consultations[0].participants[0].id,), {}),
        lambda: (group.delete_consultation, (consultation(),), {}),
        lambda: (versions.set_status, ("submitted",), {}),
        lambda: (versions.approve, (), {"number": "7/26", "on": "2026-05-05", "body": "Kuvendi"}),
    ]


@pytest.mark.parametrize("index", range(16))
def test_each_group_operation_undoes_and_redoes(session, index):
    d = session.doc
    session.apply(group.add_member, "Arta")
    session.apply(group.set_member_contact, d.members[0].id, phone="+383 44 1")  # persisted set-up
    session.apply(op.set_text, d.members[0].id, "organisation", "sq", "Komuna")
    session.apply(group.add_meeting, "2026-03-01")
    session.apply(group.record_in_meeting, d.meetings[0].id, "note", {"body": {"sq": "x"}})
    session.apply(group.add_consultation, "focus_group", "2025-01-01")
    session.apply(group.set_participants, d.consultations[0].id, None, label={"sq": "Prindër"}, men=3)
    operation, args, kwargs = group_operations(session.doc)[index]()
    before = dumps(session.doc, personal=True)
    change, step = session.apply_undoable(operation, *args, **kwargs)
    assert step is not None and change
    after = dumps(session.doc, personal=True)
    assert after != before
    session.restore(step.before)
    assert dumps(session.reload(), personal=True) == before
    session.restore(step.after)
    assert dumps(session.reload(), personal=True) == after


def _all_bytes(session) -> bytes:
    parts = [session.work_file.read_bytes()]
    wal = session.work_file.with_name(session.work_file.name + "-wal")
    if wal.exists():
        parts.append(wal.read_bytes())
    if session.path is not None and session.path.exists():
        parts.append(session.path.read_bytes())
    parts.extend(b.path.read_bytes() for b in backups.list_backups(session.doc.id))
    return b"".join(parts)


def test_a_deleted_members_contact_details_are_gone_from_every_byte(session):
    mid = session.apply(group.add_member, "Arta Krasniqi").upserted[0]
    session.apply(group.set_member_contact, mid, phone=PHONE, email=EMAIL, address="Rr. Nëna Terezë 12")
    session.apply(group.update_member, mid, name="Arta Krasniqi-Berisha")
    session.save()  # now in the document file and its backup too
    session.apply(op.set_text, session.doc.objectives[0].id, "title", "sq", "Edhe një ndryshim")
    session.save()
    assert PHONE.encode() in _all_bytes(session) and EMAIL.encode() in _all_bytes(session)
    session.apply(group.delete_member, mid)
    session.save()
    data = _all_bytes(session)
    for secret in (PHONE, EMAIL, "Nëna Terezë", "Arta Krasniqi-Berisha"):
        assert secret.encode() not in data, secret
    assert session.repo.history([mid]) == []
    # The backups are still whole documents that open.
    for backup in backups.list_backups(session.doc.id):
        copy = DocumentSession.open_copy(backup.path)
        assert copy.doc.objectives
        copy.close()


def test_changed_contact_details_leave_no_old_copy(session):
    mid = session.apply(group.add_member, "Arta").upserted[0]
    session.apply(group.set_member_contact, mid, phone=PHONE)
    session.apply(group.set_member_contact, mid, phone="+383 49 000 111")
    assert PHONE.encode() not in session.work_file.read_bytes()
    wal = session.work_file.with_name(session.work_file.name + "-wal")
    assert not wal.exists() or PHONE.encode() not in wal.read_bytes()


def test_history_records_who_changed_what_and_merges_typing(session):
    obj = session.doc.objectives[0]
    for text in ("O", "Ob", "Objektivi i ri"):
        session.apply(op.set_text, obj.id, "title", "sq", text)
    records = session.repo.history([obj.id])
    assert len(records) == 1  # typing in one field is one record
    record = records[0]
    assert (record.field, record.lang, record.before, record.after, record.author) == (
        "title",
        "sq",
        "Objektivi 1",
        "Objektivi i ri",
        "Arta Krasniqi",
    )
    session.author = "Besa"
    session.apply(op.set_text, obj.id, "title", "sq", "Objektivi i ri!")
    assert [r.author for r in session.repo.history([obj.id])] == ["Besa", "Arta Krasniqi"]
    act = session.doc.action_plan.activities[0]
    session.apply(op.set_timeframe, act.id, "2026-Q1", "2026-Q4")
    newest = session.repo.history([act.id])[:2]  # one operation, two fields
    assert {(r.field, r.before, r.after) for r in newest} == {
        ("start", "2025-H1", "2026-Q1"),
        ("end", "2026", "2026-Q4"),
    }
    assert len(session.repo.history()) >= 3


def test_restoring_an_earlier_value_is_an_undoable_step(session):
    obj = session.doc.objectives[0]
    session.apply(op.set_text, obj.id, "title", "sq", "Titull i ri")
    record = session.repo.history([obj.id])[0]
    _change, step = session.apply_undoable(changelog.restore_value, record)
    assert session.reload().get(obj.id).title.get("sq") == "Objektivi 1"
    assert session.repo.history([obj.id])[0].operation == "restore_value"
    session.restore(step.before)
    assert session.reload().get(obj.id).title.get("sq") == "Titull i ri"
    act = session.doc.action_plan.activities[0]
    session.apply(op.set_timeframe, act.id, "2026-Q1", "2026-Q4")
    for record in session.repo.history([act.id])[:2]:
        session.apply(changelog.restore_value, record)
    assert (session.reload().get(act.id).start, session.doc.get(act.id).end) == ("2025-H1", "2026")


def test_undo_and_redo_are_in_the_history(session):
    obj = session.doc.objectives[0]
    _change, step = session.apply_undoable(op.set_text, obj.id, "title", "sq", "Titull")
    session.restore(step.before, "undo")
    latest = session.repo.history([obj.id])[0]
    assert (latest.operation, latest.before, latest.after) == ("undo", "Titull", "Objektivi 1")


def test_an_approved_version_survives_saving_and_reopening(session, tmp_path):
    session.apply(versions.approve, number="01-016/26", on="2026-03-15", body="Kuvendi Komunal", author="Arta")
    session.apply(op.set_text, session.doc.objectives[0].id, "title", "sq", "Ndryshuar pas miratimit")
    session.save()
    path = session.path
    session.close()
    reopened = DocumentSession.open(path)
    try:
        version = reopened.doc.versions[0]
        assert versions.thaw(version).objectives[0].title.get("sq") == "Objektivi 1"
        assert versions.standing(reopened.doc).changed_since
    finally:
        reopened.close()


def test_a_shared_copy_leaves_contact_details_out_unless_asked(session, tmp_path):
    from desktop.storage.files import write_shared_copy

    mid = session.apply(group.add_member, "Arta").upserted[0]
    session.apply(group.set_member_contact, mid, phone=PHONE, email=EMAIL)
    shared, full = tmp_path / "shared.plan", tmp_path / "full.plan"
    write_shared_copy(session.conn, shared)
    write_shared_copy(session.conn, full, include_contacts=True)
    data = shared.read_bytes()
    assert PHONE.encode() not in data and EMAIL.encode() not in data
    assert PHONE.encode() in full.read_bytes()
    copy = DocumentSession.open(shared)
    try:
        assert copy.doc.members[0].name == "Arta" and copy.doc.members[0].contact is None
        assert not copy.dirty
    finally:
        copy.close()
    assert session.doc.members[0].contact.phone == PHONE  # the plan itself keeps them
