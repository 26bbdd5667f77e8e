"""The assembly decision in the Word export: its lines in the order the assembly writes them (Decision.TEXTS),
each as written; a line nobody wrote prints the template's wording where the PDF does (the header, the title
word, the number and date to fill in, the subject), others are left out. Side by side, each line stands
beside its translation (see `Writer.aligned`); one language after the other, each from a new page.
"""

from __future__ import annotations

import re

from desktop.core import richtext as rt
from desktop.core.model import Decision
from desktop.core.outline import roman
from desktop.export.docx import parts
from desktop.export.docx.blocks import blocks
from desktop.export.docx.writer import Writer
from desktop.export.labels import text_in

BLANK = "__________"
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def official_date(iso: str | None) -> str | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", (iso or "").strip())
    return f"{match.group(3)}.{match.group(2)}.{match.group(1)}" if match else None


def decision_page(w: Writer, decision: Decision, new_page: bool) -> None:
    """The decision's lines in their order (Decision.TEXTS), each as the assembly writes it; an empty line
    is left out, except those the PDF always prints with the template's wording: the header (state and
    municipality, and the issuing body), the title word, the number and date to fill in, the subject."""
    doc = w.doc
    lines: dict[str, list[str]] = {lang: [] for lang in w.langs}
    if new_page:  # the next language's decision starts its own page
        w.add(parts.para(parts.run_break("page")))

    def add(texts: dict[str, list[str]]) -> None:
        for lang in w.langs:
            lines[lang] += texts[lang]

    def plain(mt) -> dict[str, str]:
        return {lang: w.text(mt, lang) for lang in w.langs}

    def centred(texts: dict[str, str], *, bold: bool = False, size: int | None = None) -> None:
        add(
            {
                lang: [
                    parts.para(parts.run(line, bold=bold, size=size), align="center")
                    for line in t.split("\n")
                    if line.strip()
                ]
                for lang, t in texts.items()
            }
        )

    def left(texts: dict[str, str], align: str | None = None, bold: bool = False) -> None:
        add(
            {
                lang: [parts.para(parts.run(line, bold=bold), align=align) for line in t.split("\n") if line.strip()]
                for lang, t in texts.items()
            }
        )

    header_written = not decision.header.is_empty()
    for name in Decision.TEXTS:
        mt = decision.text(name)
        if name == "header":
            if header_written:
                centred(plain(mt), bold=True)
            else:
                texts = {}
                for lang in w.langs:
                    rows = [w.labels[lang].country(), text_in(doc.municipality.name, lang, w.script)]
                    rows.append(w.text(decision.issuing_body, lang))
                    texts[lang] = "\n".join(r for r in rows if r)
                centred(texts, bold=True)
        elif name == "issuing_body":
            continue  # in the header: the one as written names it, else the template's header above
        elif name == "title_word":
            texts = plain(mt) if not mt.is_empty() else {lang: w.labels[lang].decision("title") for lang in w.langs}
            centred(texts, bold=True, size=30)
        elif name == "number_line":
            if not mt.is_empty():
                texts = plain(mt)
            else:
                number = (decision.number or "").strip() or BLANK
                on = official_date(decision.date) or BLANK
                texts = {
                    lang: w.labels[lang].decision("number", number=number)
                    + "\n"
                    + w.labels[lang].decision("date", date=on)
                    for lang in w.langs
                }
            if not decision.session.is_empty():  # the session under the number and date, as the PDF prints it
                for lang in w.langs:
                    session = w.labels[lang].decision("session", session=w.text(decision.session, lang))
                    texts[lang] = f"{texts[lang]}\n{session}"
            centred(texts)
        elif name == "subject":
            if not mt.is_empty():
                centred(plain(mt), bold=True)
            else:
                texts = {}
                for lang in w.langs:
                    title = text_in(doc.strategy.title, lang, w.script)
                    texts[lang] = w.labels[lang].decision("about", title=title) if title else ""
                centred(texts, bold=True)
        elif mt.is_empty():
            continue
        elif name == "session":
            continue  # printed under the number line
        elif name == "legal_basis":
            centred({lang: w.labels[lang].decision("legal_basis") for lang in w.langs}, bold=True)
            add({lang: [parts.para(parts.run(f"– {line}")) for line in _basis_lines(w, mt, lang)] for lang in w.langs})
        elif name == "operative":
            centred(plain(mt), bold=True)
        elif name == "points":
            add({lang: _points(w, decision, lang) for lang in w.langs})
        elif name == "signatory_title":
            left(plain(mt), "right", bold=True)
            left({lang: "______________________" for lang in w.langs}, "right")
        elif name == "signatory_name":
            left(plain(mt), "right")
        elif name in ("protocol", "place_date"):
            left(plain(mt))
        else:  # the preamble
            add({lang: parts.block_paragraphs(w.blocks(mt, lang), w.body) for lang in w.langs})
    w.aligned(lines)


def _basis_lines(w: Writer, mt, lang: str) -> list[str]:
    """The legal basis, one law a line; of a structured text, one a paragraph or list item (as the PDF)."""
    value, mark = w.rich(mt, lang)
    lines = [rt.to_plain(p) for p in rt.points(value)] if rt.is_structured(value) else value.splitlines()
    lines = [line.strip() for line in lines if line.strip()]
    if mark:
        lines = [*lines[:-1], f"{lines[-1]} {mark}"] if lines else [mark]
    return lines


def _points(w: Writer, decision: Decision, lang: str) -> list[str]:
    """The points as the PDF numbers them: "1. …" on the point's first line, or "I." centred above it; a
    structured text's points are its paragraphs and top-level list items."""
    value, mark = w.rich(decision.points, lang)
    structured = rt.is_structured(value)
    items = rt.points(value) if structured else [p.strip() for p in _BLANK_LINES.split(value) if p.strip()]
    out: list[str] = []
    for i, point in enumerate(items, 1):
        if decision.point_style == "decimal":
            out += parts.block_paragraphs(blocks(rt.prepend_words(point, f"{i}. ")), w.body)
        else:
            out.append(parts.para(parts.run(f"{roman(i)}.", bold=True), align="center", keep_next=True))
            out += parts.block_paragraphs(blocks(point), w.body)
    if mark:
        out.append(parts.para(parts.run(mark, italic=True)))
    return out
