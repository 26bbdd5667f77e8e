"""The PDF export, read back with pypdf: every text letter for letter in each language and script, the
fonts embedded, the pages (cover, contents, landscape action plan with its header on every page), the
footer, watermark, outline and metadata, deterministic bytes, literal user markup, completeness,
cancelling, and the large plan."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.core import operations as op  # noqa: E402
from desktop.core.model import Activity, Indicator, Objective, Priority, Section, TargetGroup  # noqa: E402
from desktop.demo.build import build_demo as _build_demo  # noqa: E402
from desktop.export.pdf import (  # noqa: E402
    ExportCancelled,
    ExportError,
    IncompleteError,
    check_completeness,
    export_pdf,
)
from desktop.translation.transliterate import convert  # noqa: E402

FOOTER = re.compile(r"^(Faqja|Strana|Страна|Page) \d+ (nga|od|of) \d+")


def build_demo():
    """The demo as a draft: without the decision its approval recorded (these tests make their own)."""
    from desktop.core.decision import delete_decision

    doc = _build_demo()
    delete_decision(doc)
    return doc


@pytest.fixture(scope="module")
def demo():
    return build_demo()


def export(doc, **kw) -> bytes:
    kw.setdefault("deterministic", True)
    buffer = io.BytesIO()
    export_pdf(doc, buffer, **kw)
    return buffer.getvalue()


def reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def body_text(data: bytes, header_lines: int = 2) -> str:
    """The pages' text without the running header (the first lines after page 1), footer and decision."""
    out = []
    for i, text in enumerate(page_texts(data)):
        lines = text.splitlines()
        if i:
            lines = lines[header_lines:]
        out += [line for line in lines if not FOOTER.match(line.strip())]
    return normal(" ".join(out))


def assert_printed(full: str, source: str) -> None:
    """`source` appears letter for letter; a text cut by a page break may have its row's other cells and
    the page's header between its two parts, so it is found as consecutive pieces in order."""
    source = normal(source)
    if not source or source in full:
        return
    words, start, pos = source.split(" "), 0, 0
    while start < len(words):
        end = len(words)
        while end > start and " ".join(words[start:end]) not in full[pos:]:
            end -= 1
        assert end > start, f"not printed: {' '.join(words[start : start + 12])!r} (of {source[:60]!r})"
        piece = " ".join(words[start:end])
        assert end == len(words) or end - start >= 3, f"broken up: {source[:80]!r}"
        pos = full.index(piece, pos) + len(piece)
        start = end


PRINTED = {
    Section: ("title", "body"),
    Objective: ("title", "description"),
    Priority: ("title", "description"),
    TargetGroup: ("name",),
    Activity: ("title", "description", "responsible", "partners", "timeframe_note"),
    Indicator: ("name", "unit"),
}


def printed_texts(doc, lang: str) -> list[str]:
    plan_ids = {e.id for e in doc.action_plan.walk()}
    out = [doc.municipality.name.get(lang), doc.strategy.title.get(lang)]
    for entity in doc.walk():
        fields = PRINTED.get(type(entity))
        if fields is None or (isinstance(entity, (Activity, Indicator)) and entity.id not in plan_ids):
            continue
        out += [entity.text(name).get(lang) for name in fields]
    return [t for t in out if t]


APPROVAL = ("12/2026", "2026-03-01")


@pytest.mark.parametrize(
    ("lang", "script", "document"),
    [("sq", "latn", "strategy"), ("sr", "latn", "strategy"), ("sr", "cyrl", "strategy"), ("en", "latn", "donor")],
)
def test_every_text_letter_for_letter(demo, lang, script, document):
    data = export(
        demo,
        document=document,
        layout="single",
        languages=(lang,),
        serbian_script=script,
        allow_incomplete=True,
        approval=APPROVAL,
    )
    full = body_text(data)
    texts = printed_texts(demo, lang)
    assert len(texts) > 100
    for text in texts:
        assert_printed(full, convert(text, script) if lang == "sr" else text)
    if script == "cyrl":
        assert "Општина Лумбард" in full and "Стратешки циљ 1" in full
    letters = {"sq": "ëç", "sr": "čćšžđ" if script == "latn" else "ђјљњћџ", "en": ""}[lang]
    assert set(letters) <= set(full)


def test_side_by_side_prints_both_languages(demo):
    full = body_text(export(demo, approval=APPROVAL))
    for lang in ("sq", "sr"):
        for text in printed_texts(demo, lang):
            assert_printed(full, text)


def test_fonts_are_embedded_truetype(demo):
    pdf = reader(export(demo))
    fonts = {}
    for page in pdf.pages:
        resources = [page["/Resources"]]
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                resources.append(xobject["/Resources"])
        for res in resources:
            for font in (res.get_object().get("/Font") or {}).values():
                font = font.get_object()
                fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "Helvetica" not in name and "Times" not in name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def test_pages_cover_contents_and_landscape_action_plan(demo):
    data = export(demo)
    pdf = reader(data)
    texts = page_texts(data)
    assert 12 <= len(pdf.pages) <= 60
    assert "Republika e Kosovës" in texts[0] and "Opština Lumbard" in texts[0]
    assert "Përmbajtja / Sadržaj" in texts[1]
    landscape = [i for i, p in enumerate(pdf.pages) if p.mediabox.width > p.mediabox.height]
    assert len(landscape) >= 4 and landscape == list(range(landscape[0], landscape[-1] + 1))
    # After the action plan, back on portrait pages: the annexes on the advisory group's work.
    assert landscape[-1] < len(pdf.pages) - 1 and "Shtojca 1" in texts[landscape[-1] + 1]
    plan_pages = [i for i in landscape if "Strateški cilj" in texts[i] or "Ukupno" in texts[i]]
    for i in plan_pages[:-1]:  # the last one holds the totals
        for header in ("Aktiviteti", "Aktivnost", "Përgjegjës", "Odgovoran", "Treguesit", "Indikatori"):
            assert header in texts[i], (i, header)
    assert "Totali i objektivit 1" in " ".join(texts) and "Ukupno za cilj 1" in " ".join(texts)
    assert "Sipas burimit të financimit" in " ".join(texts)


def test_footer_watermark_and_decision(demo):
    data = export(demo, document="action-plan")
    texts = page_texts(data)
    n = len(texts)
    assert f"Faqja 1 nga {n} / Strana 1 od {n}" in texts[0]
    assert f"Faqja {n} nga {n}" in texts[-1]
    # The demo was edited after its approval as version 1: each page is the draft of version 2, marked in
    # each column's language (no date: a deterministic export gives the same bytes every day).
    assert all(t.startswith("DRAFT\nNACRT\n") for t in texts)
    assert all("Drafti i versionit 2 / Nacrt verzije 2" in t for t in texts)
    approved = page_texts(export(demo, document="action-plan", approval=APPROVAL))
    assert not any("DRAFT" in t or "NACRT" in t for t in approved)
    assert "Vendimi nr. 12/2026 i datës 01.03.2026 / Odluka br. 12/2026 od 01.03.2026" in approved[0]
    assert all("Odluka br. 12/2026" in t for t in approved)


def test_outline_metadata_and_language(demo):
    pdf = reader(export(demo, layout="single", languages=("sr",), serbian_script="cyrl"))
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(pdf.outline)
    assert "Садржај" in titles
    assert any(t.startswith("I. Контекст") for t in titles)
    assert any(t.startswith("Стратешки циљ 1") for t in titles) and any(t.startswith("1.1 ") for t in titles)
    meta = pdf.metadata
    assert meta.title.startswith("Општинска стратегија")
    assert meta.author == "Општина Лумбард"
    assert meta.subject == "Стратегија 2025–2027"
    assert pdf.trailer["/Root"]["/Lang"] == "sr-Cyrl"


def test_deterministic_bytes(demo):
    assert export(demo) == export(demo)
    assert export(demo, document="review:2025") == export(demo, document="review:2025")


HOSTILE = (
    '<img src="/etc/passwd"/> <b>bold</b> &amp; <font color="red">red</font> '
    '<img src="http://example.com/x.png"/> <a href="x">link</a> <para> 5 < 6 > 4 &'
)


def test_user_markup_is_printed_literally(monkeypatch):
    doc = build_demo()
    activity = doc.action_plan.activities[0]
    for lang in ("sq", "sr"):
        op.set_text(doc, activity.id, "title", lang, HOSTILE)
        op.set_text(doc, doc.strategy.sections[0].id, "body", lang, HOSTILE + "\nline two")
        op.set_text(doc, doc.objectives[0].id, "title", lang, HOSTILE)
    export(doc)  # fonts registered before the guards below

    def refuse(*args, **kwargs):
        raise AssertionError(f"the export tried to read {args[:1]}")

    import urllib.request

    import reportlab.lib.utils

    monkeypatch.setattr(reportlab.lib.utils, "open_for_read", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    full = body_text(export(doc))
    assert full.count(normal(HOSTILE)) >= 6  # section, objective heading, activity: in both languages
    assert "/etc/passwd" in full and "http://example.com/x.png" in full


def test_missing_texts_stop_the_export_or_are_marked(demo, tmp_path):
    with pytest.raises(IncompleteError) as caught:
        export(demo, document="donor")
    assert caught.value.missing and all(m.languages == ("en",) for m in caught.value.missing)
    assert "missing in English" in str(caught.value)
    assert check_completeness(demo, document="donor") == caught.value.missing
    assert check_completeness(demo) == []  # the demo is complete in Albanian and Serbian
    target = tmp_path / "donor.pdf"
    result = export_pdf(demo, target, document="donor", allow_incomplete=True, deterministic=True)
    assert result.missing == caught.value.missing and result.pages > 5
    full = body_text(target.read_bytes())
    assert full.count("[missing in English]") >= len(result.missing) // 2


def test_missing_marker_in_a_side_by_side_heading():
    doc = build_demo()
    op.set_text(doc, doc.objectives[0].id, "title", "sr", "")
    with pytest.raises(IncompleteError):
        export(doc)
    full = body_text(export(doc, allow_incomplete=True))
    assert "Strateški cilj 1: [nedostaje na srpskom]" in full


def test_cancel_from_the_progress_callback(demo, tmp_path):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 5

    target = tmp_path / "out.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(demo, target, progress=progress)
    assert len(calls) == 5 and not target.exists()
    seen = []
    export(demo, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_review_report(demo):
    data = export(demo, document="review:2025", approval=APPROVAL)
    full = body_text(data)
    for text in (
        "Shqyrtimi vjetor i zbatimit 2025",
        "Godišnji pregled sprovođenja 2025",
        "Aktivitetet sipas statusit",
        "Napredak po cilju",
        "Realizuar",
        "Realizovano",
        "Potrošeno",
    ):
        assert text in full, text
    review = next(r for r in demo.reviews if r.year == 2025)
    comments = [e.comment.get("sq") for e in review.entries if e.comment.get("sq")]
    assert comments and all(normal(c) in full for c in comments[:5])
    with pytest.raises(ExportError, match="no review of 2019"):
        export(demo, document="review:2019")


def test_sequential_and_three_languages(demo):
    data = export(demo, layout="sequential", languages=("sq", "sr", "en"), allow_incomplete=True)
    texts = page_texts(data)
    contents = " ".join(texts[1:3])  # with the annexes, the contents of three parts take two pages
    assert "Shqip" in contents and "Srpski" in contents and "English" in contents
    full = normal(" ".join(texts))
    assert full.index("Konteksti dhe analiza") < full.index("Kontekst i analiza") < full.index("Context and")


def test_emblem_on_the_cover_and_a_damaged_one_ignored():
    from PIL import Image as PILImage

    doc = build_demo()
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 80), (200, 30, 30)).save(buffer, format="PNG")
    doc.municipality.emblem = buffer.getvalue()
    first = reader(export(doc)).pages[0]
    images = [x.get_object() for x in first["/Resources"]["/XObject"].values()]
    assert any(x["/Subtype"] == "/Image" for x in images)
    doc.municipality.emblem = b"\x89PNG not really"
    assert export(doc).startswith(b"%PDF")


def test_numbers_in_each_language_format(demo):
    full = body_text(export(demo, document="action-plan"))
    assert "2026: 20 000 EUR" in full and "2026: 20.000 EUR" in full
    full_en = body_text(export(demo, document="donor", allow_incomplete=True))
    assert "2026: 20,000 EUR" in full_en


def test_wrong_options():
    doc = build_demo()
    with pytest.raises(ExportError, match="layout"):
        export(doc, layout="diagonal")
    with pytest.raises(ExportError, match="document"):
        export(doc, document="novel")
    with pytest.raises(ExportError, match="two languages"):
        export(doc, layout="side-by-side", languages=("sq", "sr", "en"))
    with pytest.raises(ExportError, match="language"):
        export(doc, languages=("de",))


def test_the_large_plan_side_by_side():
    from desktop.demo.large import build_large

    doc = build_large()
    buffer = io.BytesIO()
    result = export_pdf(doc, buffer, deterministic=True)
    assert result.pages > 100 and result.missing == []
    last = reader(buffer.getvalue()).pages[-1]
    assert f"Faqja {result.pages} nga {result.pages}" in last.extract_text()
    amounts = sum(line.amount for a in doc.action_plan.activities for line in a.budget_lines)
    assert amounts > Decimal(0)
