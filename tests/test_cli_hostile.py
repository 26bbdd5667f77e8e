"""Damaged and hostile files given to the command line: one clear line, nothing left behind, never a hang."""

from __future__ import annotations

import json
import os
import sqlite3
import sys

import pytest

from desktop.core.serialize import dumps
from desktop.storage.files import write_new
from tests.test_cli import assert_no_traceback, run


def _json_with_amount(doc, literal: str) -> str:
    data = json.loads(dumps(doc))
    line = next(
        act["budget_lines"][0] for act in data["document"]["action_plans"][0]["activities"] if act["budget_lines"]
    )
    line["amount"] = "MARKER"
    return json.dumps(data).replace('"MARKER"', literal)


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        ('"1e30"', "out of range"),
        ('"1e999999999"', "out of range"),
        ('"\\ud800"', "invalid value"),
        ("12" + "0" * 5000, "not valid JSON"),
        ("2" + "0" * 70, "invalid value"),
    ],
)
def test_import_json_refuses_what_the_editor_refuses(tmp_path, doc, literal, message):
    source = tmp_path / "in.json"
    source.write_text(_json_with_amount(doc, literal), encoding="utf-8")
    r = run("import-json", str(source), str(tmp_path / "out.plan"))
    assert r.returncode == 1 and r.stderr.startswith("error:") and message in r.stderr, r.stderr
    assert "unexpected problem" not in r.stderr
    assert_no_traceback(r)
    assert os.listdir(tmp_path) == ["in.json"]  # no plan, no .tmp beside it


def test_import_json_refuses_a_lone_surrogate_in_a_text(tmp_path, doc):
    data = json.loads(dumps(doc))
    data["document"]["strategy"]["texts"]["title"]["values"]["sq"]["text"] = "MARKER"
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data).replace("MARKER", "\\udc80"), encoding="utf-8")
    r = run("import-json", str(source), str(tmp_path / "out.plan"))
    assert r.returncode == 1 and "not valid Unicode" in r.stderr
    assert os.listdir(tmp_path) == ["in.json"]


@pytest.mark.parametrize("value", ["1e30", "1e999999999", "-4", "0.001"])
def test_check_info_and_export_agree_on_a_stored_bad_amount(tmp_path, doc, value):
    path = tmp_path / "bad.plan"
    write_new(doc, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE budget_line SET amount = ?", (value,))
    conn.commit()
    conn.close()
    r = run("check", str(path))
    assert r.returncode == 1 and "amount" in r.stdout, r.stdout
    for command in (["info", str(path)], ["export-pdf", str(path), "-o", str(tmp_path / "out.pdf")]):
        r = run(*command)
        assert r.returncode == 1 and "run check" in r.stderr, r.stderr
        assert_no_traceback(r)
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
@pytest.mark.parametrize("command", ["info", "check", "import-json"])
def test_a_fifo_is_refused_without_blocking(tmp_path, command):
    fifo = tmp_path / "plan.plan"
    os.mkfifo(fifo)
    extra = [str(tmp_path / "out.plan")] if command == "import-json" else []
    r = run(command, str(fifo), *extra)  # run() times out after 120 s: a hang fails the test
    assert r.returncode == 1 and "not a regular file" in r.stderr, r.stderr
    assert_no_traceback(r)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_an_unreadable_file_says_read(tmp_path, doc):
    path = tmp_path / "secret.plan"
    write_new(doc, path)
    source = tmp_path / "secret.json"
    source.write_text(dumps(doc), encoding="utf-8")
    path.chmod(0)
    source.chmod(0)
    try:
        r = run("info", str(path))
        assert r.returncode == 1 and "permission to read" in r.stderr and "write" not in r.stderr, r.stderr
        r = run("import-json", str(source), str(tmp_path / "out.plan"))
        assert r.returncode == 1 and "permission to read" in r.stderr, r.stderr
    finally:
        path.chmod(0o600)
        source.chmod(0o600)


def test_permission_denied_on_reading_says_read(tmp_path, doc, monkeypatch):
    """As root every file is readable, so the refusal is raised where the file is opened."""
    import errno

    from desktop.core.input_files import InputFileError, read_limited
    from desktop.storage import database
    from desktop.storage.errors import StorageError

    path = tmp_path / "secret.plan"
    write_new(doc, path)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(database, "open", denied, raising=False)
    with pytest.raises(StorageError, match="permission to read it") as info:
        database.inspect(path)
    assert "write" not in str(info.value)
    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(InputFileError, match="permission to read it"):
        read_limited(path, 10**9)
