"""Files written by earlier versions: a stored format-1 file is upgraded in the working copy after
the original is copied aside, and the upgraded schema equals a new file's."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.core.serialize import dumps, loads
from desktop.storage import backups, database, migrations, schema, session
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession

DATA = Path(__file__).parent / "data"


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "old.plan"
    shutil.copyfile(DATA / "format-1.plan", path)
    return path


def _schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def test_format_1_file_is_upgraded_and_keeps_its_content(old_file, tmp_path):
    original = old_file.read_bytes()
    s = DocumentSession.open(old_file)
    expected = dumps(loads((DATA / "format-1.json").read_text(encoding="utf-8")))
    assert dumps(s.doc) == expected
    taken = backups.list_backups(s.document_id)
    assert [b.reason for b in taken] == ["before-migration"]
    assert taken[0].path.read_bytes() == original
    assert old_file.read_bytes() == original  # untouched until the user saves
    s.save()
    s.close()
    fresh = tmp_path / "fresh.plan"
    write_new(loads(expected), fresh)
    assert _schema(old_file) == _schema(fresh)
    conn = sqlite3.connect(old_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.close()
    reopened = DocumentSession.open(old_file)
    assert dumps(reopened.doc) == expected
    reopened.close()


def test_command_line_reads_need_an_upgrade_first(old_file, capsys):
    from desktop.cli import main

    assert main(["info", str(old_file)]) == 1
    assert "older format" in capsys.readouterr().err


def test_failed_upgrade_leaves_everything_as_it_was(old_file, monkeypatch):
    def broken(conn):
        raise sqlite3.OperationalError("migration bug")

    current = schema.SCHEMA_VERSION
    for module in (schema, database, session, migrations):
        monkeypatch.setattr(module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, current, broken)
    original = old_file.read_bytes()
    with pytest.raises(Exception, match="migration bug"):
        DocumentSession.open(old_file)
    assert old_file.read_bytes() == original
    assert list(Path(session.paths.work_dir()).glob("*.plan")) == []


def test_format_5_file_gets_the_shapes_of_format_6(tmp_path):
    """The demo plan as format 5 stored it: sections become top-level chapters in their order, the plan keeps
    the standard columns and numbers activities by objective, the decision keeps roman points."""
    path = tmp_path / "five.plan"
    shutil.copyfile(DATA / "format-5.plan", path)
    s = DocumentSession.open(path)
    try:
        expected = loads((DATA / "format-5.json").read_text(encoding="utf-8"))
        assert dumps(s.doc) == dumps(expected)
        assert s.doc.strategy.document_kind == "strategy" and s.doc.strategy.numbering == "roman"
        assert s.doc.strategy.outline == [] and all(not sec.sections for sec in s.doc.strategy.sections)
        assert all(p.numbering == "by_objective" and p.columns == [] for p in s.doc.action_plans)
        assert s.doc.decision.point_style == "roman"
        assert s.doc.numbers() == expected.numbers()
        s.save()
    finally:
        s.close()
    fresh = tmp_path / "fresh.plan"
    write_new(expected, fresh)
    assert _schema(path) == _schema(fresh)
