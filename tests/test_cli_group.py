"""The group and approval commands, and contact details kept out of every default export."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from desktop.core.serialize import dumps
from desktop.demo.build import build_demo
from desktop.demo.group import MEMBERS
from tests.test_cli import assert_no_traceback, run

SECRETS = [m[4] for m in MEMBERS if m[4]] + [m[5] for m in MEMBERS if m[5]]


@pytest.fixture(scope="module")
def demo_doc():
    return build_demo()


def _no_secret(data: bytes | str, where: str) -> None:
    text = data if isinstance(data, str) else data.decode("utf-8", "replace")
    for secret in SECRETS:
        assert secret not in text, f"{secret} in {where}"


def test_the_demo_has_contacts_to_protect(demo_doc):
    assert all(m.contact is not None for m in demo_doc.members) and len(SECRETS) >= 10
    assert "mimoza.berisha@example.org" in dumps(demo_doc, personal=True)


def test_no_contact_detail_in_json_or_xliff(demo_doc):
    from desktop.translation.xliff import export_xliff

    _no_secret(dumps(demo_doc), "JSON")
    for lang in ("sq", "sr", "en"):
        _no_secret(export_xliff(demo_doc, lang), f"XLIFF {lang}")


def test_no_contact_detail_in_any_pdf(demo_doc):
    from pypdf import PdfReader

    from desktop.export.pdf import export_pdf

    kinds = ["strategy", "action-plan", "review:2025", "donor", "decision"]
    kinds += [f"minutes:{m.id}" for m in demo_doc.meetings]
    for kind in kinds:
        stream = io.BytesIO()
        languages = ("en",) if kind == "donor" else ("sq", "sr")
        try:
            export_pdf(demo_doc, stream, document=kind, languages=languages, allow_incomplete=True)
        except Exception as exc:  # a document kind this version cannot export yet must say so, not leak
            assert "minutes" in kind, exc
            continue
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(stream.getvalue())).pages)
        _no_secret(text, kind)
        _no_secret(stream.getvalue(), kind)


def test_no_contact_detail_in_the_review_sheet():
    from desktop.core.reviews import reopen_review
    from desktop.exchange.review_sheet import export_review_sheet

    doc = build_demo()
    review = next(r for r in doc.reviews if r.year == 2025)
    reopen_review(doc, review.id)
    stream = io.BytesIO()
    export_review_sheet(doc, review, "sq", stream)
    with zipfile.ZipFile(io.BytesIO(stream.getvalue())) as z:
        for name in z.namelist():
            _no_secret(z.read(name), name)


def test_group_and_approval_commands(tmp_path):
    plan = tmp_path / "d.plan"
    assert run("demo", str(plan)).returncode == 0
    r = run("members", str(plan))
    assert r.returncode == 0 and "Mimoza Berisha\tchair" in r.stdout
    _no_secret(r.stdout, "members")
    data = json.loads(run("members", str(plan), "--json").stdout)
    assert len(data["members"]) == len(MEMBERS) and "contact" not in json.dumps(data)

    r = run("versions", str(plan))
    assert r.returncode == 0 and "version 1\tapproved 2025-01-30\tno. 01-016/25" in r.stdout
    first = tmp_path / "v1.pdf"
    assert run("export-pdf", str(plan), "-o", str(first), "--version", "1").returncode == 0

    r = run("approve", str(plan), "--number", "02-100/26", "--date", "2026-03-04", "--body", "Kuvendi", "--author", "B")
    assert r.returncode == 0, r.stderr
    assert "version 2" in r.stdout
    r = run("compare", str(plan), "--from", "1", "--to", "2")
    assert r.returncode == 0 and "1 added" in r.stdout  # the revised action plan
    r = run("compare", str(plan))
    assert "0 added, 0 removed, 0 changed, 0 moved" in r.stdout  # version 2 is the draft as it is

    again = tmp_path / "v1-again.pdf"
    assert run("export-pdf", str(plan), "-o", str(again), "--version", "1").returncode == 0
    assert again.read_bytes() == first.read_bytes()  # the approved version exports byte for byte the same

    r = run("history", str(plan), "--limit", "3")
    assert r.returncode == 0 and "\tB\tapprove\t" in r.stdout
    r = run("status", str(plan), "--set", "closed")
    assert r.returncode == 0 and "closed" in r.stdout

    out = tmp_path / "d.json"
    assert run("export-json", str(plan), str(out)).returncode == 0
    _no_secret(out.read_bytes(), "export-json")
    assert run("export-json", str(plan), str(tmp_path / "all.json"), "--with-contacts").returncode == 0
    assert "mimoza.berisha@example.org" in (tmp_path / "all.json").read_text(encoding="utf-8")


def test_bad_input_to_the_group_commands(tmp_path):
    plan = tmp_path / "d.plan"
    run("demo", str(plan))
    for args in (
        ("approve", str(plan), "--number", "", "--date", "2026-01-01", "--body", "K"),
        ("approve", str(plan), "--number", "1", "--date", "March", "--body", "K"),
        ("compare", str(plan), "--from", "9"),
        ("compare", str(plan), "--from", "one"),
        ("status", str(plan), "--set", "submitted"),  # in implementation -> submitted is allowed; once more is not
        ("versions", str(tmp_path / "missing.plan")),
    ):
        r = run(*args)
        assert_no_traceback(r)
        if args[0] != "status":
            assert r.returncode == 1 and r.stderr.startswith("error:"), args
