"""Imported Word text keeps its structure: automatic and typed lists as nested lists, bold and italic runs,
links and footnotes, stored as the plan's structured text (desktop/core/richtext.py); a body without any of
these stays the plain text it was."""

from __future__ import annotations

import docx
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
