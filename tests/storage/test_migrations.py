"""Files written by earlier versions: a stored format-1 file opens unchanged, and an upgrade copies
the original aside before touching anything."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.serialize import dumps
from desktop.storage import backups, database, migrations, schema, session
from desktop.storage.session import DocumentSession

DATA = Path(__file__).parent / "data"


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copyfile(DATA / "format-1.plan", path)
    return path


def test_stored_format_1_file_opens_with_its_content(old_file):
    s = DocumentSession.open(old_file)
    assert dumps(s.doc) == (DATA / "format-1.json").read_text(encoding="utf-8")
    s.close()


def test_upgrade_copies_the_original_aside_and_changes_the_file_only_on_save(old_file, monkeypatch):
    def add_review_table(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE review_note (id TEXT PRIMARY KEY, body TEXT)")

    for module in (schema, database, session, migrations):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, add_review_table)
    original = old_file.read_bytes()

    s = DocumentSession.open(old_file)
    taken = backups.list_backups(s.document_id)
    assert [b.reason for b in taken] == ["before-migration"]
    assert taken[0].path.read_bytes() == original
    assert old_file.read_bytes() == original  # untouched until the user saves
    assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 2
    s.save()
    s.close()
    conn = sqlite3.connect(old_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM review_note").fetchone()[0] == 0
    conn.close()


def test_failed_upgrade_leaves_everything_as_it_was(old_file, monkeypatch):
    def broken(conn):
        raise sqlite3.OperationalError("migration bug")

    for module in (schema, database, session, migrations):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, broken)
    original = old_file.read_bytes()
    with pytest.raises(Exception, match="migration bug"):
        DocumentSession.open(old_file)
    assert old_file.read_bytes() == original
    assert list(Path(session.paths.work_dir()).glob("*.plan")) == []
