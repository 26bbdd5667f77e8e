"""`export-docx` as users run it: a subprocess, exit codes, one-line errors, no file left on failure."""

from __future__ import annotations

import docx

from tests.export.command_line import run


def test_export_side_by_side_and_refuse_to_overwrite(demo_file, tmp_path):
    out = tmp_path / "plan.docx"
    r = run("export-docx", str(demo_file), "-o", str(out), "--layout", "side-by-side", "--languages", "sq,sr")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wrote {out}, draft of version 2"  # the demo was edited after its approval
    word = docx.Document(out)
    assert word.sections[0].header.paragraphs[0].text == "DRAFT / NACRT"
    r = run("export-docx", str(demo_file), "-o", str(out), "--document", "decision")
    assert r.returncode == 1 and "already exists" in r.stderr and "Traceback" not in r.stderr
    r = run("export-docx", str(demo_file), "-o", str(out), "--document", "decision", "--force")
    assert r.returncode == 0, r.stderr
    assert "VENDIM" in [p.text for p in docx.Document(out).paragraphs]


def test_a_review_needs_its_year_and_nothing_is_left_behind(demo_file, tmp_path):
    out = tmp_path / "review.docx"
    r = run("export-docx", str(demo_file), "-o", str(out), "--document", "review", "--year", "2031")
    assert r.returncode == 1
    assert r.stderr.strip() == "error: the document has no review of 2031"
    assert list(tmp_path.iterdir()) == []


def test_an_approved_version_exports_as_approved(demo_file, tmp_path):
    out = tmp_path / "v1.docx"
    r = run("export-docx", str(demo_file), "-o", str(out), "--version", "1", "--languages", "sr", "--force")
    assert r.returncode == 0, r.stderr
    assert "approved (decision no. 01-016/25" in r.stdout
    word = docx.Document(out)
    assert "NACRT" not in word.sections[0].header.paragraphs[0].text
    assert word.sections[0].footer.paragraphs[0].text.startswith("Odluka br. 01-016/25")
    r = run("export-docx", str(demo_file), "-o", str(tmp_path / "v9.docx"), "--version", "9")
    assert r.returncode != 0 and "there is no version 9" in r.stderr and "Traceback" not in r.stderr
