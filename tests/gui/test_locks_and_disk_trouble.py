"""The window with a plan another copy holds, a full data folder on Save and an unwritable one on open:
a question or a message in the user's words, never a traceback, and nothing left held."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.core import operations as op
from desktop.storage import session as session_module
from desktop.storage.lock import lock_path
from desktop.storage.repository import DocumentRepository
from desktop.storage.session import DocumentSession


def write_foreign_lock(path: Path) -> None:
    holder = {"user": "ana", "host": "laptop-7", "pid": 4242, "since": "2025-03-01T09:30:00+01:00"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def test_a_plan_locked_on_another_computer_can_be_opened_anyway(window, plan_file, answer) -> None:
    write_foreign_lock(plan_file)
    seen = answer("Open anyway")
    assert window.open_file(plan_file)
    assert "ana on laptop-7 since 01.03.2025 09:30" in seen[0]
    assert not window.session.read_only
    assert json.loads(lock_path(plan_file).read_text())["host"] != "laptop-7"  # the lock is now ours
    window.session.apply(op.add_objective, {"title": {"sq": "Hapur gjithsesi"}})
    assert window.save()
    window.close_document()
    assert DocumentSession.open_copy(plan_file).doc.objectives[-1].title.get("sq") == "Hapur gjithsesi"


def test_a_full_data_folder_on_save_is_a_message_not_a_traceback(window, plan_file, answer, monkeypatch) -> None:
    assert window.open_file(plan_file)
    window.session.apply(op.add_objective, {"title": {"sq": "Ruhet në skedar"}})

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(DocumentRepository, "set_meta", full)
    seen = answer("Close")
    assert not window.save()
    assert "the disk is full" in seen[0] and "was saved" in seen[0]
    monkeypatch.undo()
    # The file itself was written before the data folder filled up.
    assert DocumentSession.open_copy(plan_file).doc.objectives[-1].title.get("sq") == "Ruhet në skedar"


def test_an_unwritable_data_folder_on_open_leaves_nothing_held(window, plan_file, answer, monkeypatch) -> None:
    def denied() -> Path:
        raise PermissionError(13, "Permission denied", str(session_module.paths.work_dir()))

    monkeypatch.setattr(session_module, "_new_work_file", denied)
    seen = answer("Close")
    assert not window.open_file(plan_file)
    assert "permission" in seen[0] and "Traceback" not in seen[0]
    assert not lock_path(plan_file).exists()
    monkeypatch.undo()
    assert window.open_file(plan_file)  # not "already open in this window"
    assert not window.session.read_only
