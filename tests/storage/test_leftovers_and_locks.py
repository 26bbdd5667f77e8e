"""One editor per file, leftovers of killed instances, and disk trouble, tried with real processes where a
real process is what the case is about (a lock dies with its process; a kill leaves files behind)."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import socket
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from desktop.core import group
from desktop.core import operations as op
from desktop.storage import session as session_module
from desktop.storage.errors import LockedError, StorageError
from desktop.storage.files import temp_beside, write_new
from desktop.storage.lock import lock_path, read_lock
from desktop.storage.repository import DocumentRepository
from desktop.storage.session import DocumentSession, find_recoverable

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kills and fork: POSIX")
CTX = multiprocessing.get_context("fork")
EMAIL = "arta.krasniqi@example.org"
PHONE = "+383 44 987 654"


@pytest.fixture
def plan_file(tmp_path, doc):
    path = tmp_path / "Plani.plan"
    write_new(doc, path)
    return path


def _all_files_bytes(*folders: Path) -> bytes:
    out = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                out.append(path.read_bytes())
    return b"".join(out)


# -- one editor per file ---------------------------------------------------------------------------------
def _race(path: str, data_dir: str, start, results) -> None:
    os.environ["PLAN_DATA_DIR"] = data_dir
    start.wait()
    try:
        session = DocumentSession.open(path)
        results.put("write")
        time.sleep(0.5)  # hold it while the other tries
        session.close()
    except LockedError:
        results.put("locked")
    except Exception as exc:
        results.put(f"error {type(exc).__name__}: {exc}")


def test_two_instances_racing_for_a_stale_lock_never_both_get_write_access(plan_file, data_dir):
    for _trial in range(8):
        # Left by a process that died: this machine, a process id nobody has.
        lock_path(plan_file).write_text(
            json.dumps({"user": "x", "host": socket.gethostname(), "pid": 999_999_999, "since": "2026-01-01"})
        )
        start, results = CTX.Barrier(2), CTX.Queue()
        procs = [CTX.Process(target=_race, args=(str(plan_file), str(data_dir), start, results)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(30)
        outcome = sorted(results.get(timeout=5) for _ in procs)
        assert outcome == ["locked", "write"], outcome


def _hold(path: str, data_dir: str, ready, done) -> None:
    os.environ["PLAN_DATA_DIR"] = data_dir
    session = DocumentSession.open(path)
    assert session.lock.held
    ready.set()
    done.wait(30)
    os._exit(0)  # dies holding it: the OS lock goes, the lock file stays


def test_a_lock_held_by_a_live_process_is_respected_and_freed_by_its_death(plan_file, data_dir):
    ready, done = CTX.Event(), CTX.Event()
    child = CTX.Process(target=_hold, args=(str(plan_file), str(data_dir), ready, done))
    child.start()
    assert ready.wait(30)
    with pytest.raises(LockedError, match="open in another copy of Plan"):
        DocumentSession.open(plan_file)
    done.set()
    child.join(30)
    assert lock_path(plan_file).exists()  # left behind by the dead process
    session = DocumentSession.open(plan_file)  # and taken over
    assert session.lock is not None and session.lock.held
    session.close()


@pytest.mark.parametrize("content", ["", "{not json", "pid of another program"])
def test_an_empty_garbled_or_reused_lock_of_this_machine_is_taken_over(plan_file, content):
    if content == "pid of another program":
        # A live process that is not Plan (our parent): its pid in the file proves nothing.
        content = json.dumps({"user": "x", "host": socket.gethostname(), "pid": os.getppid(), "since": ""})
    lock_path(plan_file).write_text(content)
    session = DocumentSession.open(plan_file)
    assert session.lock.held and read_lock(plan_file)["pid"] == os.getpid()
    session.close()
    assert not lock_path(plan_file).exists()


def test_a_lock_from_another_computer_names_who_and_can_be_opened_anyway(plan_file):
    lock_path(plan_file).write_text(
        json.dumps({"user": "drita", "host": "laptop-2", "pid": 77, "since": "2026-03-01T10:15:00"})
    )
    with pytest.raises(LockedError) as info:
        DocumentSession.open(plan_file)
    assert "drita on laptop-2 since 01.03.2026 10:15" in str(info.value)
    session = DocumentSession.open(plan_file, force=True)
    assert read_lock(plan_file)["host"] == socket.gethostname()
    session.apply(op.add_objective, {"title": {"sq": "Hapur gjithsesi"}})
    session.save()
    session.close()


def _open_anyway(path: str, data_dir: str, done) -> None:
    os.environ["PLAN_DATA_DIR"] = data_dir
    session = DocumentSession.open(path, force=True)
    session.close()
    done.set()


def test_the_copy_whose_lock_was_taken_is_told_when_it_saves(plan_file, data_dir):
    first = DocumentSession.open(plan_file)
    first.apply(op.add_objective, {"title": {"sq": "E para"}})
    done = CTX.Event()
    other = CTX.Process(target=_open_anyway, args=(str(plan_file), str(data_dir), done))
    other.start()
    other.join(30)
    assert done.is_set()
    before = plan_file.read_bytes()
    with pytest.raises(StorageError, match="took its lock"):
        first.save()
    assert plan_file.read_bytes() == before
    target = plan_file.with_name("Kopja.plan")
    first.save_as(target)  # Save As still keeps the work
    first.close()
    assert DocumentSession.open(target).doc.objectives[-1].title.get("sq") == "E para"


# -- disk trouble ----------------------------------------------------------------------------------------
def test_a_full_data_folder_after_the_file_is_saved_is_a_storage_error(plan_file, monkeypatch):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "Ruhet"}})

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(DocumentRepository, "set_meta", full)
    with pytest.raises(StorageError, match=r"was saved, but .* the disk is full"):
        session.save()
    monkeypatch.undo()
    assert DocumentSession.open_copy(plan_file).doc.objectives[-1].title.get("sq") == "Ruhet"
    session.close()


def test_an_unwritable_data_folder_fails_the_open_cleanly_and_releases_the_lock(plan_file, monkeypatch):
    def denied() -> Path:
        raise PermissionError(13, "Permission denied", str(session_module.paths.work_dir()))

    monkeypatch.setattr(session_module, "_new_work_file", denied)
    with pytest.raises(StorageError, match="permission"):
        DocumentSession.open(plan_file)
    assert not lock_path(plan_file).exists()
    monkeypatch.undo()
    session = DocumentSession.open(plan_file)  # not "already open in this window"
    session.close()


def test_a_read_only_plan_is_not_replaced_on_save(plan_file):
    session = DocumentSession.open(plan_file)
    session.apply(op.add_objective, {"title": {"sq": "Nuk shkruhet"}})
    os.chmod(plan_file, 0o444)
    before = plan_file.read_bytes()
    with pytest.raises(StorageError, match="marked read-only"):
        session.save()
    assert plan_file.read_bytes() == before
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o444
    assert not list(plan_file.parent.glob(".*.tmp"))
    os.chmod(plan_file, 0o640)
    session.save()
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o640  # the file's mode is kept
    session.close()


# -- leftovers -------------------------------------------------------------------------------------------
def _open_and_edit_forever(path: str, data_dir: str) -> None:
    os.environ["PLAN_DATA_DIR"] = data_dir
    while True:
        session = DocumentSession.open(path)
        session.apply(op.add_objective, {"title": {"sq": "x"}})
        session.save()
        session.close()


def test_kills_during_open_and_save_leave_nothing_behind(plan_file, data_dir):
    rng = random.Random(14)
    for _trial in range(12):
        child = CTX.Process(target=_open_and_edit_forever, args=(str(plan_file), str(data_dir)))
        child.start()
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
    # Start-up: killed opens and saves leave nothing to recover (every edit was saved or never made).
    found = find_recoverable()
    for work in found:
        session_module.discard_recoverable(work)
    work_dir = session_module.paths.work_dir()
    assert not [p.name for p in work_dir.iterdir()], "working copies left in the data folder"
    session = DocumentSession.open(plan_file)  # takes the lock: removes stale temporary files
    session.close()
    assert [p.name for p in plan_file.parent.iterdir()] == [plan_file.name]


def test_stale_temporary_files_beside_a_plan_are_removed_on_open(plan_file):
    stale = plan_file.with_name(f".{plan_file.name}.999999999.tmp")
    stale.write_bytes(b"half a save with " + EMAIL.encode())
    plan_file.with_name(f".{plan_file.name}.999999999.tmp-journal").write_bytes(b"x")
    other = plan_file.with_name(".Other.plan.999999999.tmp")  # another document's: not ours to remove
    other.write_bytes(b"x")
    session = DocumentSession.open(plan_file)
    assert not stale.exists() and other.exists()
    assert not temp_beside(plan_file).exists()
    session.close()


def test_a_working_copy_killed_while_opening_is_removed_not_offered(plan_file, data_dir):
    session = DocumentSession.open(plan_file)
    work, manifest = session.work_file, session.work_file.with_suffix(".json")
    info = json.loads(manifest.read_text())
    session.conn.close()
    info.update(pid=999_999_999, state="opening")
    manifest.write_text(json.dumps(info))
    assert find_recoverable() == []
    assert not work.exists() and not manifest.exists()
    session.lock.release()


def _crash_with_unsaved_edit(path: str, data_dir: str, ready) -> None:
    os.environ["PLAN_DATA_DIR"] = data_dir
    session = DocumentSession.open(path)
    session.apply(op.add_objective, {"title": {"sq": "E paruajtur"}})
    ready.set()
    os._exit(1)


def test_a_deleted_member_is_erased_from_a_crashed_instances_working_copy(plan_file, data_dir):
    session = DocumentSession.open(plan_file)
    mid = session.apply(group.add_member, "Arta Krasniqi").upserted[0]
    session.apply(group.set_member_contact, mid, phone=PHONE, email=EMAIL, address="Rr. Nëna Terezë 12")
    session.save()
    session.close()
    ready = CTX.Event()
    crash = CTX.Process(target=_crash_with_unsaved_edit, args=(str(plan_file), str(data_dir), ready))
    crash.start()
    crash.join(30)
    assert ready.is_set()
    assert EMAIL.encode() in _all_files_bytes(data_dir)  # the crashed copy holds the member
    session = DocumentSession.open(plan_file)
    session.apply(group.delete_member, mid)
    session.save()
    session.close()
    data = _all_files_bytes(data_dir, plan_file.parent)
    for secret in (EMAIL, PHONE, "Nëna Terezë"):
        assert secret.encode() not in data, secret
    (left,) = find_recoverable()  # the crashed copy's own work is still there to recover
    recovered = DocumentSession.resume(left)
    assert recovered.doc.objectives[-1].title.get("sq") == "E paruajtur"
    assert not recovered.doc.members
    recovered.close()


def test_an_unreadable_plan_says_read_not_write(plan_file, monkeypatch):
    import builtins

    real_open = builtins.open

    def no_read(file, *args, **kwargs):
        if Path(file) == plan_file:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_read)
    with pytest.raises(StorageError, match="permission to read it"):
        DocumentSession.open(plan_file)
