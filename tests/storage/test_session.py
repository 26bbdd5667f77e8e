from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.core import operations as op
from desktop.core.serialize import dumps
from desktop.storage import backups
from desktop.storage import session as session_module
from desktop.storage.database import damaged_message
from desktop.storage.errors import DamagedFileError, LockedError, NewerVersionError, NotADocumentError, StorageError
from desktop.storage.files import write_new
from desktop.storage.lock import _HELD as held
from desktop.storage.lock import lock_path
from desktop.storage.session import DocumentSession, discard_recoverable, find_recoverable


def die(session: DocumentSession) -> None:
    """What the end of a process does to an open session: its files stay, its OS lock goes."""
    session.conn.close()
    lock = session.lock
    if lock is not None and lock._fd is not None:
        os.close(lock._fd)
        lock._fd, lock.held = None, False
        held.pop(lock._key(), None)


@pytest.fixture
def plan_file(tmp_path, doc):
    path = tmp_path / "Plani.plan"
    write_new(doc, path)
    return path


def test_storage_round_trip_keeps_everything(plan_file, doc):
    session = DocumentSession.open(plan_file)
    try:
        assert dumps(session.doc) == dumps(doc)
    finally:
        session.close()


def test_edits_reach_the_working_copy_and_save_writes_the_file(plan_file):
    session = DocumentSession.open(plan_file)
    before = plan_file.read_bytes()
    obj = session.doc.objectives[0]
    session.apply(op.set_text, obj.id, "title", "sq", "Objektivi i ri ë")
    assert session.dirty
    assert plan_file.read_bytes() == before  # the document changes only on Save
    session.save()
    assert not session.dirty
    session.close()
    reopened = DocumentSession.open(plan_file)
    assert reopened.doc.get(obj.id).title.get("sq") == "Objektivi i ri ë"
    reopened.close()


def test_every_kind_of_change_persists(plan_file):
    session = DocumentSession.open(plan_file)
    d = session.doc
    plan, (o1, o2) = d.action_plan, d.objectives
    new = session.apply(op.add_activity, plan.id, o2.id, {"title": {"sr": "Nova aktivnost"}}, index=0).upserted[0]
    session.apply(op.move_objective, o2.id, 0)
    session.apply(op.move_activity, d.activities_of(plan, o1)[0].id, o2.id, 1)
    session.apply(op.delete_activity, d.activities_of(plan, o1)[0].id)
    session.apply(op.add_budget_line, new, 2026, "99.99", source="central")
    session.apply(op.delete_target_group, d.target_groups[0].id)
    session.apply(op.set_municipality, emblem=b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    expected = dumps(session.doc)
    assert dumps(session.reload()) == expected  # what is on disk equals what is in memory
    session.save()
    session.close()
    again = DocumentSession.open(plan_file)
    assert dumps(again.doc) == expected
    again.close()


def test_failed_operation_leaves_document_and_disk_unchanged(plan_file):
    session = DocumentSession.open(plan_file)
    before = dumps(session.doc)
    with pytest.raises(op.OperationError):
        session.apply(op.add_budget_line, session.doc.action_plan.activities[0].id, 2025, "lots")
    assert dumps(session.doc) == before
    assert dumps(session.reload()) == before
    assert not session.dirty
    session.close()


def test_write_failure_reloads_last_durable_state(plan_file, monkeypatch):
    session = DocumentSession.open(plan_file)
    before = dumps(session.doc)

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(session.repo, "_write_entity", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        session.apply(op.set_text, session.doc.objectives[0].id, "title", "sq", "Nuk ruhet")
    assert dumps(session.doc) == before
    session.close()


def test_second_instance_is_told_who_holds_the_file(plan_file):
    first = DocumentSession.open(plan_file)
    try:
        # a holder on another machine
        lock_path(plan_file).write_text(
            '{"user": "drita", "host": "laptop-2", "pid": 1, "since": "2026-03-01T10:15:00"}'
        )
        with pytest.raises(LockedError) as info:
            DocumentSession.open(plan_file)
        assert "drita on laptop-2 since 01.03.2026 10:15" in str(info.value)
        ro = DocumentSession.open(plan_file, read_only=True)
        assert ro.read_only and len(ro.doc) == len(first.doc)
        with pytest.raises(StorageError, match="read-only"):
            ro.apply(op.add_objective, {"title": {"sq": "x"}})
        ro.close()
    finally:
        first.close()


def test_stale_lock_of_a_dead_process_is_taken_over(plan_file):
    import socket

    lock_path(plan_file).write_text(f'{{"user": "x", "host": "{socket.gethostname()}", "pid": 999999999}}')
    session = DocumentSession.open(plan_file)
    assert session.lock and session.lock.held
    session.close()
    assert not lock_path(plan_file).exists()


def test_damaged_file_is_refused_and_not_modified(plan_file):
    data = bytearray(plan_file.read_bytes())
    for page in range(1, len(data) // 4096):  # smash the start of every page after the first
        data[page * 4096 : page * 4096 + 64] = os.urandom(64)
    plan_file.write_bytes(bytes(data))
    before = plan_file.read_bytes()
    with pytest.raises(DamagedFileError, match="damaged"):
        DocumentSession.open(plan_file)
    assert plan_file.read_bytes() == before


def test_damage_the_check_finds_refuses_a_file_that_loaded(plan_file, monkeypatch):
    """SQLite's check runs in a thread while the file is copied and loaded: its verdict still decides."""

    def damaged(path, full_check=False):
        raise DamagedFileError(damaged_message(path))

    monkeypatch.setattr(session_module, "check_content", damaged)
    with pytest.raises(DamagedFileError, match="is damaged"):
        DocumentSession.open(plan_file)
    assert not lock_path(plan_file).exists()
    assert find_recoverable() == []  # no working copy left behind


def test_the_opened_copy_syncs_every_edit_and_is_on_disk(plan_file, monkeypatch):
    """The copy is written without syncs and fsynced once (it and its WAL) before the session is handed out;
    from then on each commit is synced (synchronous FULL = 2)."""
    synced = []
    monkeypatch.setattr(session_module, "fsync_file", synced.append)
    session = DocumentSession.open(plan_file)
    try:
        assert session.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert session.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert synced == [session.work_file, session.work_file.with_name(session.work_file.name + "-wal")]
    finally:
        session.close()


def test_a_working_copy_that_cannot_reach_the_disk_is_not_opened(plan_file, monkeypatch):
    """The copy is made durable by one fsync in a thread while the plan loads: its failure still refuses it."""
    import errno

    def failing(path):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(session_module, "fsync_file", failing)
    with pytest.raises(StorageError) as raised:
        DocumentSession.open(plan_file)
    assert not isinstance(raised.value, DamagedFileError)  # the disk, not the file, is at fault
    assert not lock_path(plan_file).exists()
    assert find_recoverable() == []


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE text SET state = 'finished' WHERE field = 'name'",
        "UPDATE budget_line SET amount = 'many'",
        "UPDATE entity SET kind = 'objective' WHERE kind = 'section'",
        "INSERT INTO entity VALUES ('orphan', 'objective', NULL, 0)",
    ],
)
def test_inconsistent_content_is_reported_as_damage(plan_file, sql):
    conn = sqlite3.connect(plan_file)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql)
    conn.commit()
    conn.close()
    with pytest.raises(DamagedFileError):
        DocumentSession.open(plan_file)
    assert not lock_path(plan_file).exists()


@pytest.mark.parametrize(
    "content,error",
    [
        (b"", NotADocumentError),
        (os.urandom(5000), NotADocumentError),
        (b"%PDF-1.7\n" + b"x" * 200, NotADocumentError),
    ],
)
def test_foreign_files_are_refused(tmp_path, content, error):
    path = tmp_path / "x.plan"
    path.write_bytes(content)
    with pytest.raises(error):
        DocumentSession.open(path)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_not_ours(tmp_path):
    path = tmp_path / "other.plan"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADocumentError, match="not a Plan document"):
        DocumentSession.open(path)


def test_newer_version_is_refused_and_not_modified(plan_file):
    conn = sqlite3.connect(plan_file)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = plan_file.read_bytes()
    with pytest.raises(NewerVersionError, match="newer version"):
        DocumentSession.open(plan_file)
    assert plan_file.read_bytes() == before


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        DocumentSession.open(tmp_path / "nothing.plan")
    with pytest.raises(StorageError, match="folder"):
        DocumentSession.open(tmp_path)


def test_save_as_moves_the_lock(plan_file, tmp_path):
    session = DocumentSession.open(plan_file)
    target = tmp_path / "usb" / "Kopja.plan"
    target.parent.mkdir()
    session.save_as(target)
    assert session.path == target
    assert lock_path(target).exists() and not lock_path(plan_file).exists()
    session.close()
    assert DocumentSession.open(target).doc.id == session.doc.id


def test_save_to_read_only_folder_fails_clearly_and_keeps_work(plan_file, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "E re"}})
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    with pytest.raises(StorageError):
        session.save_as(ro / "x.plan")
    assert session.dirty
    session.close()


def test_save_failure_keeps_the_old_file_whole(plan_file, monkeypatch):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "E re"}})
    before = plan_file.read_bytes()

    def no_space(src, dst):
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StorageError, match="disk is full"):
        session.save()
    monkeypatch.undo()
    assert plan_file.read_bytes() == before
    assert session.dirty
    assert not list(plan_file.parent.glob("*.tmp"))
    session.close()


def test_recovery_after_a_crash(plan_file, data_dir):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "E paruajtur"}})
    die(session)  # the process "dies": nothing closed properly
    for leftover in (session.work_file.with_suffix(".json"), lock_path(plan_file)):
        leftover.write_text(leftover.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    found = find_recoverable()
    assert len(found) == 1 and found[0].document == plan_file
    recovered = DocumentSession.resume(found[0])
    assert recovered.doc.objectives[-1].title.get("sq") == "E paruajtur"
    assert recovered.dirty
    recovered.save()
    recovered.close()
    assert find_recoverable() == []
    assert DocumentSession.open(plan_file).doc.objectives[-1].title.get("sq") == "E paruajtur"


def test_clean_leftovers_are_not_offered(plan_file):
    session = DocumentSession.open(plan_file)
    session.conn.close()
    manifest = session.work_file.with_suffix(".json")
    manifest.write_text(manifest.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    assert find_recoverable() == []
    assert not session.work_file.exists()


def test_discarding_recoverable_work(plan_file):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "X"}})
    session.conn.close()
    manifest = session.work_file.with_suffix(".json")
    manifest.write_text(manifest.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    (work,) = find_recoverable()
    discard_recoverable(work)
    assert find_recoverable() == []


def test_each_save_leaves_a_backup_that_opens(plan_file):
    session = DocumentSession.open(plan_file)
    for i in range(3):
        session.apply(op.add_objective, {"title": {"sq": f"O{i}"}})
        session.save()
    found = backups.list_backups(session.document_id)
    session.close()
    assert len(found) == 3
    newest = DocumentSession.open(found[0].path, read_only=True)
    assert newest.doc.objectives[-1].title.get("sq") == "O2"
    newest.close()


def test_restoring_a_backup_is_saved_over_the_document(plan_file):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "Version 1"}})
    session.save()
    first_backup = backups.list_backups(session.document_id)[0].path
    session.apply(op.set_text, session.doc.objectives[-1].id, "title", "sq", "Version 2")
    session.save()
    session.close()

    restored = DocumentSession.open_copy(first_backup, plan_file)
    assert restored.dirty and restored.path == plan_file
    assert restored.doc.objectives[-1].title.get("sq") == "Version 1"
    restored.save()
    restored.close()
    assert DocumentSession.open(plan_file).doc.objectives[-1].title.get("sq") == "Version 1"
    # the overwritten version is still among the backups
    titles = set()
    for b in backups.list_backups(session.document_id):
        s = DocumentSession.open(b.path, read_only=True)
        titles.add(s.doc.objectives[-1].title.get("sq"))
        s.close()
    assert {"Version 1", "Version 2"} <= titles


def test_save_into_a_missing_folder_fails_clearly(plan_file, tmp_path):
    session = DocumentSession.open(plan_file)
    with pytest.raises(StorageError, match=r"does not exist|removed"):
        session.save_as(tmp_path / "gone" / "x.plan")
    assert session.path == plan_file
    session.close()


def test_a_damaged_working_copy_is_reported_not_raised_raw(plan_file):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "X"}})
    die(session)
    for leftover in (session.work_file.with_suffix(".json"), lock_path(plan_file)):
        leftover.write_text(leftover.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    data = bytearray(session.work_file.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 64] = os.urandom(64)
    session.work_file.write_bytes(bytes(data))
    (work,) = find_recoverable()
    with pytest.raises(StorageError):
        DocumentSession.resume(work)
    discard_recoverable(work)
    assert find_recoverable() == []
