"""Imported Word text keeps its structure: automatic and typed lists as nested lists, bold and italic runs,
links and footnotes, stored as the plan's structured text (desktop/core/richtext.py); a body without any of
these stays the plain text it was."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from desktop.core import richtext
from desktop.core.outline import chapters
from desktop.core.richtext import ListBlock, Paragraph
from desktop.exchange.docimport import apply_new, read_preview


def _import(path):
    doc = apply_new(read_preview(path, lang="sq"))
    return {c.section.title.get("sq"): c.section.body.get("sq") for c in chapters(doc) if c.section is not None}


def _words(spans) -> str:
    return richtext.spans_plain(spans)


def _has_numpr(document, style: str) -> bool:
    return document.styles[style].element.find(qn("w:pPr") + "/" + qn("w:numPr")) is not None


def test_word_lists_come_back_as_nested_lists(tmp_path):
    d = docx.Document()
    # python-docx's default template gives its List styles their numbering (numPr in the style).
    assert _has_numpr(d, "List Bullet") and _has_numpr(d, "List Number") and _has_numpr(d, "List Bullet 2")
    d.add_heading("Hyrje", 1)
    d.add_paragraph("Qëllimet e planit janë:")
    d.add_paragraph("Shërbime për të moshuarit", style="List Bullet")
    d.add_paragraph("Qendra ditore", style="List Bullet 2")
    d.add_paragraph("Shërbime për fëmijët", style="List Bullet")
    d.add_paragraph("Hapat:")
    d.add_paragraph("Hartimi", style="List Number")
    d.add_paragraph("Miratimi", style="List Number")
    d.add_heading("Të shtypura", 1)
    d.add_paragraph("- e para")
    d.add_paragraph("• e dyta")
    d.add_paragraph("– e treta")
    d.add_paragraph("1) hapi një")
    d.add_paragraph("2. hapi dy")
    d.add_heading("Pa strukturë", 1)
    d.add_paragraph("Një paragraf.")
    d.add_paragraph("Një tjetër.")
    d.save(tmp_path / "lists.docx")
    bodies = _import(tmp_path / "lists.docx")

    blocks = richtext.parse(bodies["Hyrje"]).blocks
    assert [type(b) for b in blocks] == [Paragraph, ListBlock, Paragraph, ListBlock]
    assert _words(blocks[0].spans) == "Qëllimet e planit janë:"
    bullets = blocks[1]
    assert not bullets.ordered
    assert [_words(i.spans) for i in bullets.items] == ["Shërbime për të moshuarit", "Shërbime për fëmijët"]
    nested = bullets.items[0].lists
    assert len(nested) == 1 and [_words(i.spans) for i in nested[0].items] == ["Qendra ditore"]
    assert blocks[3].ordered and [_words(i.spans) for i in blocks[3].items] == ["Hartimi", "Miratimi"]

    typed = richtext.parse(bodies["Të shtypura"]).blocks
    assert [(b.ordered, [_words(i.spans) for i in b.items]) for b in typed] == [
        (False, ["e para", "e dyta", "e treta"]),
        (True, ["hapi një", "hapi dy"]),
    ]
    assert bodies["Pa strukturë"] == "Një paragraf.\n\nNjë tjetër."  # plain, exactly as before


_FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Ligji nr. 139/2015.'
    "</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def _hyperlink(paragraph, href: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    rid = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}">'
            f"<w:r><w:t>{text}</w:t></w:r></w:hyperlink>"
        )
    )


def _with_footnote(paragraph) -> None:
    """A footnote reference in the paragraph and the footnotes part it refers to (python-docx writes none)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        _FOOTNOTES.encode(),
        paragraph.part.package,
    )
    paragraph.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:rPr>'
            '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        )
    )


def test_bold_italic_links_and_footnotes_come_back(tmp_path):
    d = docx.Document()
    d.add_heading("Baza ligjore", 1)
    p = d.add_paragraph("Plani mbështetet në ")
    p.add_run("ligjin").bold = True
    p.add_run(" dhe në ")
    p.add_run("strategjinë kombëtare").italic = True
    _with_footnote(p)
    p.add_run(". Shih ")
    _hyperlink(p, "https://kk.rks-gov.net/plan", "faqen e komunës")
    p.add_run(" ose ")
    _hyperlink(p, "javascript:alert(1)", "këtë")  # not a link a plan may keep: only its words
    p.add_run(".")
    d.save(tmp_path / "rich.docx")

    body = _import(tmp_path / "rich.docx")["Baza ligjore"]
    (para,) = richtext.parse(body).blocks
    kinds = [(s.kind, _words(s.children) if s.children else s.text, s.href) for s in para.spans]
    assert kinds == [
        ("text", "Plani mbështetet në ", ""),
        ("b", "ligjin", ""),
        ("text", " dhe në ", ""),
        ("i", "strategjinë kombëtare", ""),
        ("fn", "Ligji nr. 139/2015.", ""),
        ("text", ". Shih ", ""),
        ("a", "faqen e komunës", "https://kk.rks-gov.net/plan"),
        ("text", " ose këtë.", ""),
    ]
    richtext.validate(body)


def test_a_structured_text_comes_back_from_the_word_export(tmp_path):
    """The app's own Word export of a structured body (lists, emphasis, a link, a footnote printed as a
    superscript number and a note paragraph) imports back as the same structured text."""
    from desktop.core import operations as op

    export = pytest.importorskip("desktop.export.docx", reason="the Word export is not in this tree")
    doc = op.new_document({"sq": "Prizren"}, lang="sq", country="XK")
    text = (
        '<doc><p>Plani, sipas <b>ligjit</b> dhe <i>udhëzimit</i><fn>Udhëzimi 02/2020.</fn>, te <a href="'
        'https://example.org/plan">faqja</a>.</p><ul><li>e para<ul><li>nën e parën</li></ul></li><li>e dyta</li></ul>'
        "<ol><li>hapi një</li><li>hapi dy</li></ol><p>Fund.</p></doc>"
    )
    section = doc.strategy.sections[0]
    op.set_text(doc, section.id, "title", "sq", "Hyrje")
    op.set_text(doc, section.id, "body", "sq", text)
    export.export_docx(doc, tmp_path / "out.docx")
    body = _import(tmp_path / "out.docx")["Hyrje"]
    assert richtext.parse(body) == richtext.parse(text)


def test_a_hostile_document_gives_valid_texts(tmp_path):
    """Markup typed as words stays words; a list nested deeper than a structured text allows is kept at its
    deepest level; every stored text is a valid one."""
    d = docx.Document()
    d.add_heading("Tekst", 1)
    d.add_paragraph('<doc><p>x</p><script src="a"/></doc>')
    d.add_heading("Thellë", 1)
    for level in range(12):
        p = d.add_paragraph(f"niveli {level}", style="List Bullet")
        num = p._p.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_ilvl().val = min(level, 8)
        num.get_or_add_numId().val = 1
    d.save(tmp_path / "hostile.docx")
    bodies = _import(tmp_path / "hostile.docx")
    for body in bodies.values():
        richtext.validate(body)
    assert richtext.to_plain(bodies["Tekst"]) == '<doc><p>x</p><script src="a"/></doc>'
    deep = richtext.to_plain(bodies["Thellë"]).splitlines()
    assert [line.strip() for line in deep] == [f"• niveli {n}" for n in range(12)]
    assert deep[-1].startswith("  " * (richtext.MAX_LIST_DEPTH - 1) + "•")
