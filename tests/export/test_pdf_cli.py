"""`export-pdf` as users run it: a subprocess, exit codes, one-line errors, atomic writes."""

from __future__ import annotations

import pytest

from tests.export.command_line import run

pypdf = pytest.importorskip("pypdf")


def test_export_side_by_side_and_refuse_to_overwrite(demo_file, tmp_path):
    out = tmp_path / "plan.pdf"
    r = run("export-pdf", str(demo_file), "-o", str(out))
    assert r.returncode == 0, r.stderr
    pages = len(pypdf.PdfReader(out).pages)
    # The demo was edited after its approval: the default export is honest about being a draft.
    assert r.stdout.strip() == f"wrote {out}: {pages} pages, draft of version 2"
    first = out.read_bytes()
    r = run("export-pdf", str(demo_file), "-o", str(out), "--layout", "single", "--languages", "sr")
    assert r.returncode == 1 and "already exists" in r.stderr and "Traceback" not in r.stderr
    assert out.read_bytes() == first
    r = run(
        "export-pdf",
        str(demo_file),
        "-o",
        str(out),
        "--layout",
        "single",
        "--languages",
        "sr",
        "--serbian-script",
        "cyrl",
        "--document",
        "action-plan",
        "--force",
    )
    assert r.returncode == 0, r.stderr
    assert "Акциони план" in pypdf.PdfReader(out).pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]  # no temporary file left


def test_missing_texts_fail_unless_allowed(demo_file, tmp_path):
    out = tmp_path / "donor.pdf"
    r = run("export-pdf", str(demo_file), "-o", str(out), "--document", "donor")
    assert r.returncode == 1 and not out.exists()
    lines = r.stderr.splitlines()
    assert lines[0].startswith("error: ") and "missing in English" in lines[0] and "--allow-incomplete" in lines[0]
    assert lines[1].startswith("  - activity ") and "(en)" in lines[1]
    assert lines[-1].startswith("  ... and ")
    assert not list(tmp_path.iterdir())
    r = run("export-pdf", str(demo_file), "-o", str(out), "--document", "donor", "--allow-incomplete")
    assert r.returncode == 0, r.stderr
    assert "; marked: " in r.stdout and "missing in English" in r.stdout
    assert "[missing in English]" in " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)


def test_review_and_wrong_usage(demo_file, tmp_path):
    out = tmp_path / "review.pdf"
    r = run("export-pdf", str(demo_file), "-o", str(out), "--document", "review:2025", "--layout", "sequential")
    assert r.returncode == 0, r.stderr
    r = run("export-pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"), "--document", "review:1999")
    assert r.returncode == 1 and r.stderr.strip() == "error: the document has no review of 1999"
    r = run("export-pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"), "--layout", "diagonal")
    assert r.returncode == 2
    r = run("export-pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"), "--languages", "sq,de")
    assert r.returncode == 1 and "unknown language 'de'" in r.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_current_draft_or_an_approved_version(demo_file, tmp_path):
    draft, approved = tmp_path / "draft.pdf", tmp_path / "v1.pdf"
    r = run("export-pdf", str(demo_file), "-o", str(draft), "--document", "action-plan")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith(", draft of version 2")
    texts = [p.extract_text() for p in pypdf.PdfReader(draft).pages]
    assert all("DRAFT" in t and "NACRT" in t and "Drafti i versionit 2, " in t for t in texts)
    assert not any("Vendimi nr. 01-016/25" in t for t in texts)
    r = run("export-pdf", str(demo_file), "-o", str(approved), "--document", "action-plan", "--version", "1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith(", approved (decision no. 01-016/25 of 2025-01-30)")
    texts = [p.extract_text() for p in pypdf.PdfReader(approved).pages]
    assert all("Vendimi nr. 01-016/25 i datës 30.01.2025" in t for t in texts)
    assert not any("DRAFT" in t or "NACRT" in t for t in texts)
    r = run("export-pdf", str(demo_file), "-o", str(tmp_path / "x.pdf"), "--version", "7")
    assert r.returncode == 1 and "there is no version 7" in r.stderr and "Traceback" not in r.stderr
