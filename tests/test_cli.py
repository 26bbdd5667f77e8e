"""The command line, run as users run it: a subprocess, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.storage.files import write_new


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_demo_info_check_and_json_round_trip(tmp_path):
    demo = tmp_path / "demo.plan"
    r = run("demo", str(demo))
    assert r.returncode == 0, r.stderr
    info = json.loads(run("info", str(demo)).stdout)
    assert info["schema_version"] == 6
    assert info["counts"]["objectives"] >= 4 and info["counts"]["activities"] >= 30
    assert info["completeness"]["sq"]["percent"] == 100.0
    assert info["completeness"]["sr"]["percent"] == 100.0
    assert 0 < info["completeness"]["en"]["percent"] < 100.0
    assert len(info["budget"]["EUR"]["by_source"]) >= 2
    assert run("check", str(demo)).returncode == 0

    exported = tmp_path / "demo.json"
    assert run("export-json", str(demo), str(exported)).returncode == 0
    imported = tmp_path / "imported.plan"
    assert run("import-json", str(exported), str(imported)).returncode == 0
    again = tmp_path / "again.json"
    assert run("export-json", str(imported), str(again)).returncode == 0
    assert again.read_bytes() == exported.read_bytes()


def test_new_document(tmp_path):
    out = tmp_path / "new.plan"
    r = run("new", str(out), "--municipality", "Opština Šabac", "--lang", "sr", "--country", "RS")
    assert r.returncode == 0, r.stderr
    info = json.loads(run("info", str(out)).stdout)
    assert info["municipality"] == {"sr": "Opština Šabac"}
    assert info["currency"] == "RSD"
    r = run("new", str(out), "--municipality", "X")
    assert r.returncode == 1 and "already exists" in r.stderr


@pytest.mark.parametrize("command", ["info", "check", "export-json"])
def test_bad_files_give_one_clear_line(tmp_path, command):
    random_bytes = tmp_path / "random.plan"
    random_bytes.write_bytes(os.urandom(4096))
    for target, message in ((random_bytes, "not a Plan document"), (tmp_path / "missing.plan", "does not exist")):
        extra = [str(tmp_path / "out.json")] if command == "export-json" else []
        r = run(command, str(target), *extra)
        assert r.returncode == 1
        assert message in r.stderr
        assert_no_traceback(r)


def test_check_reports_inconsistent_content(tmp_path, doc):
    import sqlite3

    path = tmp_path / "bad.plan"
    write_new(doc, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE activity SET start = '2025-Q9'")
    conn.commit()
    conn.close()
    r = run("check", str(path))
    assert r.returncode == 1
    assert "2025-Q9" in r.stdout
    assert_no_traceback(r)


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "plan-document", "format_version": 1}', b"\xff" * 10])
def test_import_of_invalid_json_fails_cleanly(tmp_path, content):
    source = tmp_path / "in.json"
    source.write_bytes(content)
    r = run("import-json", str(source), str(tmp_path / "out.plan"))
    assert r.returncode == 1 and r.stderr.startswith("error:")
    assert_no_traceback(r)
    assert not (tmp_path / "out.plan").exists()


def test_usage_errors_and_help():
    assert run("--help").returncode == 0
    r = run("info")
    assert r.returncode == 2 and "usage" in r.stderr
    for sub in ("demo", "new", "info", "export-json", "import-json", "check"):
        assert run(sub, "--help").returncode == 0


def test_review_start_and_summary(tmp_path, doc):
    from desktop.core import reviews as rv

    path = tmp_path / "plan.plan"
    write_new(doc, path)
    r = run("review-start", str(path), "--year", "2025")
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == 1 and "2025" in r.stdout and "3 activities" in r.stdout
    r = run("review-start", str(path), "--year", "2025")
    assert r.returncode == 1 and "already has a review of 2025" in r.stderr
    for bad in (("--year", "2040"), ("--year", "2026", "--plan", "no-such-plan")):
        r = run("review-start", str(path), *bad)
        assert r.returncode == 1 and r.stderr.startswith("error:") and r.stderr.count("\n") == 1
        assert_no_traceback(r)
    data = json.loads(run("review-summary", str(path), "--year", "2025").stdout)
    assert data["year"] == 2025 and data["weighting"] == "count"
    assert data["overall"]["statuses"]["not_reported"] == 3 and data["overall"]["progress"] is None
    assert len(data["overall"]["no_data"]) == 3  # no data, not zero

    # Recorded values come out as the summary computes them, weighted as asked.
    rv.start_review(doc, doc.action_plan.id, 2025)
    a1, a2, _a3 = doc.ordered_activities(doc.action_plan)
    entries = {e.activity_id: e for e in doc.reviews[-1].entries}
    rv.update_review_entry(doc, entries[a1.id].id, status="in_progress", progress=40)
    rv.update_review_entry(doc, entries[a2.id].id, status="completed", progress=100)
    rv.set_spending(doc, entries[a1.id].id, "municipal", "6000.25")
    filled = tmp_path / "filled.plan"
    write_new(doc, filled)
    data = json.loads(run("review-summary", str(filled), "--year", "2025").stdout)
    assert data["overall"]["progress"] == "70.0"  # (40 + 100) / 2
    assert data["overall"]["budget"]["by_source"]["municipal"] == {
        "planned": "12000.50",
        "spent": "6000.25",
        "rate": "50.0",
    }
    by_budget = json.loads(run("review-summary", str(filled), "--year", "2025", "--weighting", "budget").stdout)
    assert by_budget["overall"]["progress"] == "40.0"  # only the day centre has a 2025 budget
    assert by_budget["overall"]["unweighted"] == [a2.id]
    r = run("review-summary", str(filled), "--year", "2026")
    assert r.returncode == 1 and "no review of 2026" in r.stderr
    assert run("review-summary", str(filled), "--year", "2025", "--weighting", "words").returncode == 2
    for sub in ("review-start", "review-summary"):
        assert run(sub, "--help").returncode == 0
