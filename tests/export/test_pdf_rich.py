"""Structured texts in the PDF: real lists, emphasis in the document's fonts, live links, footnotes at the foot."""

from __future__ import annotations

import io

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.core import operations as op  # noqa: E402
from tests.export.pdf_text import export, normal, page_texts  # noqa: E402

BODY = (
    '<doc><p>Detyrat e <b>stafit</b> sipas <i>ligjit</i><fn>Shih <a href="https://korca.gov.al/ligji">ligjin</a>'
    " nr. 121/2016.</fn>:</p>"
    "<ul><li>pritja e <b><i>përfituesve</i></b><ul><li>regjistrimi</li><li>vlerësimi</li></ul></li>"
    "<li>raportimi</li></ul>"
    "<ol><li>Qëllimi i parë</li><li>Qëllimi i dytë</li></ol>"
    "<p>Fjalia pas listave.</p></doc>"
)


@pytest.fixture
def rich_doc(doc):
    sid = op.add_section(doc, {"title": {"sq": "Mjediset dhe personeli"}}).upserted[0]
    op.set_text(doc, sid, "body", "sq", BODY)
    op.add_section(doc, {"title": {"sq": "Financimi"}, "body": {"sq": "Teksti i kapitullit tjetër."}})
    return doc


def _page_with(data: bytes, needle: str) -> tuple[int, str]:
    for i, text in enumerate(page_texts(data)):
        if needle in normal(text):
            return i, normal(text)
    raise AssertionError(f"{needle!r} is on no page")


def _heights(page) -> dict[str, float]:
    """The vertical position of each run of text on the page."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.setdefault(text.strip(), (cm[5] * tm[3] + tm[5]) if cm[3] else tm[5])

    page.extract_text(visitor_text=visit)
    return found


def test_lists_emphasis_links_and_footnote_in_one_language(rich_doc):
    data = export(rich_doc, layout="single", languages=("sq",), allow_incomplete=True)
    index, text = _page_with(data, "pritja e përfituesve")
    for expected in (
        "Detyrat e stafit sipas ligjit1:",
        "• pritja e përfituesve",
        "◦ regjistrimi",
        "◦ vlerësimi",
        "• raportimi",
        "1. Qëllimi i parë",
        "2. Qëllimi i dytë",
        "Fjalia pas listave.",
        "1 Shih ligjin nr. 121/2016.",
    ):
        assert expected in text, expected
    assert "<b>" not in text and "&lt;" not in text
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = reader.pages[index]
    # The footnote stands at the page's foot: below the text of the next chapter on the same page.
    heights = _heights(page)
    note = next(y for t, y in heights.items() if t.startswith("Shih"))
    later = next(y for t, y in heights.items() if "Teksti i kapitullit" in t)
    assert note < later
    # The link is live.
    uris = [a.get_object()["/A"].get("/URI") for a in page.get("/Annots", []) if a.get_object().get("/A")]
    assert "https://korca.gov.al/ligji" in uris
    # Bold, italic and bold italic come from the document's own (embedded) font family.
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("Bold" in f and "Oblique" not in f for f in fonts), fonts
    assert any("Oblique" in f and "Bold" not in f for f in fonts), fonts
    assert any("BoldOblique" in f.replace("-", "").replace(" ", "") for f in fonts), fonts


def test_side_by_side_notes_follow_the_text_and_missing_serbian_is_marked(rich_doc):
    data = export(rich_doc, languages=("sq", "sr"), allow_incomplete=True)
    _index, text = _page_with(data, "pritja e përfituesve")
    assert "• raportimi" in text and "1 Shih ligjin nr. 121/2016." in text
    assert text.index("Fjalia pas listave.") < text.index("1 Shih ligjin")


def test_an_outdated_structured_text_keeps_its_lists(rich_doc):
    section = next(s for s in rich_doc.strategy.sections if s.body.get("sq") == BODY)
    op.set_text(rich_doc, section.id, "body", "sr", "<doc><ul><li>prijem</li></ul></doc>")
    op.set_text(rich_doc, section.id, "body", "sq", BODY.replace("raportimi", "raportimi vjetor"))
    data = export(rich_doc, layout="single", languages=("sr",), allow_incomplete=True)
    _index, text = _page_with(data, "prijem")
    assert "• prijem" in text and "<doc>" not in text


def test_two_footnotes_on_one_page_stand_in_reading_order(doc):
    body = "<doc><p>Para një<fn>Shënimi i parë.</fn></p><p>Para dy<fn>Shënimi i dytë.</fn></p></doc>"
    sid = op.add_section(doc, {"title": {"sq": "Shënime"}}).upserted[0]
    op.set_text(doc, sid, "body", "sq", body)
    data = export(doc, layout="single", languages=("sq",), allow_incomplete=True)
    index, _text = _page_with(data, "Para një1")
    heights = _heights(pypdf.PdfReader(io.BytesIO(data)).pages[index])
    first = next(y for t, y in heights.items() if t.startswith("Shënimi i parë"))
    second = next(y for t, y in heights.items() if t.startswith("Shënimi i dytë"))
    body_line = next(y for t, y in heights.items() if t.startswith("Para dy"))
    assert body_line > first > second  # both at the foot, the first above the second


@pytest.mark.parametrize("style", ["decimal", "roman"])
def test_decision_points_keep_their_emphasis_one_point_a_paragraph_or_item(doc, style):
    from desktop.core import decision as dc

    dc.create_decision(doc, "AL")
    dc.set_decision(doc, point_style=style)
    points = (
        "<doc><p>Miratimin e <b>Fushatës</b> së partneritetit.</p>"
        "<ol><li>Ngarkimin e <i>Drejtorisë</i> për zbatimin.</li><li>Hyrjen në fuqi.</li></ol></doc>"
    )
    op.set_text(doc, doc.decision.id, "points", "sq", points)
    op.set_text(doc, doc.decision.id, "legal_basis", "sq", "<doc><ul><li>Ligji nr. 139/2015</li></ul></doc>")
    data = export(doc, document="decision", layout="single", languages=("sq",), allow_incomplete=True)
    full = normal(" ".join(page_texts(data)))
    numbers = ("1. ", "2. ", "3. ") if style == "decimal" else ("I. ", "II. ", "III. ")
    assert f"{numbers[0]}Miratimin e Fushatës së partneritetit." in full
    assert f"{numbers[1]}Ngarkimin e Drejtorisë për zbatimin." in full
    assert f"{numbers[2]}Hyrjen në fuqi." in full
    assert "– Ligji nr. 139/2015" in full and "•" not in full and "<doc>" not in full and "&lt;" not in full
    fonts = {
        str(f["/BaseFont"])
        for page in pypdf.PdfReader(io.BytesIO(data)).pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert any("Bold" in f for f in fonts) and any("Oblique" in f for f in fonts)


def test_action_plan_cells_print_the_words_of_a_structured_description(doc):
    act = doc.action_plan.activities[0]
    op.set_text(doc, act.id, "description", "sq", "<doc><p>Hapja e <b>qendrës</b>:</p><ul><li>pritja</li></ul></doc>")
    data = export(doc, document="action-plan", layout="single", languages=("sq",), allow_incomplete=True)
    full = normal(" ".join(page_texts(data)))
    assert "Hapja e qendrës:" in full and "• pritja" in full and "<doc>" not in full and "&lt;" not in full


def test_pages_after_a_footnote_start_whole_and_notes_that_do_not_fit_move_on(doc):
    many = "".join(f"<li>pika {i}<fn>Shënimi {i} {'fjalë ' * 30}</fn></li>" for i in range(60))
    sid = op.add_section(doc, {"title": {"sq": "Shënime"}}).upserted[0]
    op.set_text(doc, sid, "body", "sq", f"<doc><p>Hyrja<fn>Shënimi hyrës.</fn></p><ul>{many}</ul></doc>")
    op.add_section(doc, {"title": {"sq": "Tjetër"}, "body": {"sq": "Fjalë e gjatë. " * 3000}})
    data = export(doc, layout="single", languages=("sq",), allow_incomplete=True)
    full = normal(" ".join(page_texts(data)))
    for i in (0, 30, 59):
        assert f"Shënimi {i} fjalë" in full
    # Every page of the long chapter after the notes is full: as many lines as a page without notes.
    pages = [normal(t) for t in page_texts(data) if "Fjalë e gjatë." in t]
    assert len(pages) >= 3 and pages[1].count("Fjalë e gjatë.") == pages[2].count("Fjalë e gjatë.")


def test_beside_a_translation_long_paragraphs_and_lists_are_set_in_rows():
    from desktop.core import richtext as rt
    from desktop.export.pdf.rich import chunk_spans

    spans = rt.parse(
        "<doc><p>" + "Fjala <b>e trashë</b> <a href='https://a.al'>lidhja</a><fn>x</fn>. " * 200 + "</p></doc>"
    )
    pieces = chunk_spans(spans.blocks[0].spans, 2000)
    assert len(pieces) > 1 and all(len(rt.spans_plain(p)) <= 2000 for p in pieces)
    notes: list[str] = []
    assert "".join(rt.spans_plain(p, notes) for p in pieces) == rt.spans_plain(spans.blocks[0].spans, [])
    assert len(notes) == 200 and all(s.kind != "text" or s.text for p in pieces for s in p)
