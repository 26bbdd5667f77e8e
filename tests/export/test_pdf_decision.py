"""The assembly decision as PDF, and the approval it gives later exports; `decision` on the command line."""

from __future__ import annotations

import pytest

from desktop.core import decision as dc
from desktop.core import operations as op
from desktop.core import versions
from desktop.demo.build import build_demo as _build_demo
from desktop.export.pdf import DOCUMENTS, ExportError
from desktop.storage.database import connect
from desktop.storage.files import write_new
from desktop.storage.repository import DocumentRepository
from desktop.translation.transliterate import to_cyrillic

pypdf = pytest.importorskip("pypdf")

from tests.export.command_line import run  # noqa: E402
from tests.export.pdf_text import export, normal, page_texts  # noqa: E402


def build_demo():
    """The demo as a draft: without the decision its approval recorded (these tests make their own)."""
    from desktop.core.decision import delete_decision

    doc = _build_demo()
    delete_decision(doc)
    return doc


@pytest.fixture
def demo():
    doc = build_demo()
    dc.create_decision(doc, "XK")
    op.set_text(doc, doc.decision.id, "signatory_name", "sq", "Arbër Krasniqi")
    op.set_text(doc, doc.decision.id, "signatory_name", "sr", "Arber Krasnići")
    op.set_text(doc, doc.decision.id, "signatory_name", "en", "Arbër Krasniqi")
    return doc


def words(text: str) -> list[str]:
    return text.replace("\n", " ").split()


def assert_words_printed(full: str, source: str) -> None:
    """Every word of a source text, letter for letter (side-by-side columns wrap lines independently)."""
    for word in words(source):
        assert word in full, word


@pytest.mark.parametrize(("lang", "script"), [("sq", "latn"), ("sr", "latn"), ("sr", "cyrl"), ("en", "latn")])
def test_the_decision_letter_for_letter(demo, lang, script):
    data = export(demo, document="decision", layout="single", languages=[lang], serbian_script=script)
    full = normal(" ".join(page_texts(data)))
    convert = to_cyrillic if script == "cyrl" else (lambda t: t)
    d = demo.decision
    for name in d.TEXTS:
        text = d.text(name).get(lang)
        if not text:
            continue
        text = convert(text)
        if name in ("legal_basis",):
            for line in text.splitlines():
                assert normal(line) in full, line
        elif name in ("points", "preamble"):
            assert_words_printed(full, text)
        else:
            assert normal(text) in full, (name, text)
    title = {"sq": "VENDIM", "sr": convert("ODLUKA"), "en": "DECISION"}[lang]
    assert title in full
    numbers = {"sq": "Nr. __________", "sr": convert("Br. ") + "__________", "en": "No. __________"}[lang]
    assert numbers in full  # a blank line to fill in while the decision has no number
    assert "III." in full and "II." in full
    assert "DRAFT" in full or "NACRT" in full or "НАЦРТ" in full


def test_side_by_side_and_sequential_in_cyrillic(demo):
    sbs = normal(" ".join(page_texts(export(demo, document="decision"))))
    assert "VENDIM" in sbs and "ODLUKA" in sbs and "Kuvendi Komunal" in sbs and "Skupština opštine" in sbs
    assert "Ligji Nr. 03/L-040 për Vetëqeverisjen Lokale, neni 12" in sbs
    pages = page_texts(export(demo, document="decision", layout="sequential", serbian_script="cyrl"))
    assert len(pages) == 2
    assert "VENDIM" in pages[0] and "Arbër Krasniqi" in pages[0]
    assert "ОДЛУКА" in normal(pages[1]) and "Скупштина општине" in normal(pages[1])
    assert "Арбер Краснићи" in normal(pages[1])
    assert "Закон бр. 03/L-040 о локалној самоуправи, члан 12" in normal(pages[1])


def test_approval_is_printed_and_lifts_the_watermark(demo):
    assert "decision" in DOCUMENTS
    draft = page_texts(export(demo, document="action-plan"))
    assert all("DRAFT" in t and "NACRT" in t for t in draft)
    # A decision recorded as approved is not enough: the content printed must be the approved version.
    dc.set_decision(demo, number="01-016/25", date="2025-03-04", approved=True)
    still = page_texts(export(demo, document="action-plan"))
    assert all("DRAFT" in t and "NACRT" in t for t in still)
    assert not any("01-016/25" in t for t in still)
    versions.approve(demo, number="01-016/25", on="2025-03-04", body="Kuvendi Komunal")
    approved = page_texts(export(demo, document="action-plan"))
    assert not any("DRAFT" in t or "NACRT" in t for t in approved)
    assert "Vendimi nr. 01-016/25 i datës 04.03.2025 / Odluka br. 01-016/25 od 04.03.2025" in approved[0]
    decision = normal(" ".join(page_texts(export(demo, document="decision"))))
    assert "Nr. 01-016/25" in decision and "Data: 04.03.2025" in decision and "Datum: 04.03.2025" in decision
    assert "DRAFT" not in decision
    # An explicit approval (an approved version the caller thawed) still wins.
    other = page_texts(export(demo, document="action-plan", approval=("7", "2026-01-02")))
    assert "Vendimi nr. 7 i datës 02.01.2026" in other[0]
    # Any edit after the approval makes the draft of the next version again.
    op.set_text(demo, demo.decision.id, "signatory_name", "en", "A. Krasniqi")
    again = page_texts(export(demo, document="action-plan"))
    assert all("DRAFT" in t for t in again) and not any("01-016/25" in t for t in again)


def test_user_markup_is_literal_and_no_decision_is_an_error(demo):
    op.set_text(demo, demo.decision.id, "signatory_name", "sq", "<b>Emri</b> &amp; <img src='x.png'/>")
    full = normal(" ".join(page_texts(export(demo, document="decision", layout="single", languages=["sq"]))))
    assert "<b>Emri</b> &amp; <img src='x.png'/>" in full
    with pytest.raises(ExportError, match="no decision"):
        export(build_demo(), document="decision")


def stored(path):
    conn = connect(path, read_only=True)
    try:
        return DocumentRepository(conn).load()
    finally:
        conn.close()


def test_decision_command(tmp_path):
    path = tmp_path / "plan.plan"
    write_new(build_demo(), path)
    r = run("decision", str(path), "--number", "5")
    assert r.returncode == 1 and "--template" in r.stderr and "Traceback" not in r.stderr
    r = run("decision", str(path), "--template", "AL")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines() == [f"created the draft decision (AL) in {path}"]
    assert stored(path).decision.issuing_body.get("sq") == "Këshilli Bashkiak"
    r = run("decision", str(path), "--number", "45", "--date", "20.05.2025", "--approved")
    assert r.returncode == 1 and "YYYY-MM-DD" in r.stderr and "Traceback" not in r.stderr
    r = run("decision", str(path), "--number", "45", "--date", "2025-05-20", "--approved")
    assert r.returncode == 0, r.stderr
    assert "decision no. 45 of 2025-05-20" in r.stdout
    decision = stored(path).decision
    assert (decision.number, decision.date, decision.approved) == ("45", "2025-05-20", "yes")
    assert run("decision", str(path), "--template", "XK", "--bogus").returncode == 2
    out = tmp_path / "decision.pdf"
    r = run("export-pdf", str(path), "-o", str(out), "--document", "decision", "--serbian-script", "cyrl")
    assert r.returncode == 0, r.stderr
    full = normal(" ".join(page_texts(out.read_bytes())))
    assert "Nr. 45" in full and "20.05.2025" in full and "Општинско веће" in full
