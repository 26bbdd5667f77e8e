"""The assembly decision approving the plan: one official portrait page in each language.

Its lines in the order the assembly writes them, each as written when set: the header (the state, the
municipality, the body), the protocol number, the place and date, the title word (VENDIM / ODLUKA), the
number and date line (lines to fill in while the decision has none), the subject, the legal basis, the
preamble, the operative word ("VENDOSI:"), the points numbered 1. or I. and the signatory on the right. A
line nobody wrote prints the template's wording, as before these lines existed. Side by side each part
stands beside its translation; sequential output prints one page per language (see `document`).
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable, HRFlowable

from desktop.core import richtext as rt
from desktop.core.model import Decision
from desktop.core.text import MultiText
from desktop.export.labels import decision_label
from desktop.export.pdf.layout import Writer, roman
from desktop.export.pdf.styles import ACCENT
from desktop.export.pdf.textblock import plain_paragraph
from desktop.export.pdf.texts import Labels, text_in

BLANK = "__________"
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def official_date(iso: str | None) -> str | None:
    """An ISO date as official documents write it: 24.09.2021."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", (iso or "").strip())
    return f"{match.group(3)}.{match.group(2)}.{match.group(1)}" if match else None


def _styles(w: Writer) -> dict[str, ParagraphStyle]:
    s = w.styles
    return {
        "head": ParagraphStyle("decision_head", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceAfter=2),
        "body": s.body_left if w.side_by_side else s.body,
        "small": ParagraphStyle("decision_small", parent=s.body_left, fontSize=9, leading=12, spaceAfter=2),
        "title": ParagraphStyle(
            "decision_title",
            parent=s.body_left,
            fontName=s.bold,
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "about": ParagraphStyle(
            "decision_about", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceAfter=10
        ),
        "point": ParagraphStyle(
            "decision_point", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceBefore=4
        ),
        "right": ParagraphStyle("decision_right", parent=s.body_left, alignment=TA_RIGHT, spaceAfter=2),
        "centred": ParagraphStyle("decision_centred", parent=s.body_left, alignment=TA_CENTER, spaceAfter=1),
        "operative": ParagraphStyle(
            "decision_operative", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceBefore=6
        ),
        "right_bold": ParagraphStyle("decision_right_bold", parent=s.body_left, fontName=s.bold, alignment=TA_RIGHT),
    }


def _line_or_marker(w: Writer, mt: MultiText, lang: str) -> str:
    value = w.text(mt, lang)
    return w.labels[lang]["missing"] if value is None else value


def _para(text: str, style: ParagraphStyle) -> Flowable:
    return plain_paragraph(text, style)


def _written(w: Writer, mt: MultiText) -> dict[str, str | None] | None:
    """A line as the assembly wrote it in each language (None where it is missing in that language: the
    marker prints), or None when no language has it: the template's wording prints instead."""
    if mt.is_empty():
        return None
    return {lang: w.text(mt, lang) for lang in w.langs}


def _lines(w: Writer, texts: dict[str, str | None], style: ParagraphStyle) -> list[Flowable]:
    """One short text per language, each line of it a paragraph (side by side: beside its translation)."""
    per_lang = {}
    for lang in w.langs:
        text = texts[lang]
        if text is None:
            per_lang[lang] = [w._paras(None, lang, style)[0]]
        else:
            per_lang[lang] = [_para(line.strip(), style) for line in text.splitlines() if line.strip()]
    return w.cells(per_lang)


def _point_number(i: int, style: str) -> str:
    return f"{i}." if style == "decimal" else f"{roman(i)}."


def decision_body(w: Writer, decision: Decision) -> list[Flowable]:
    """The flowables of the decision's page for the writer's languages (one, or two side by side), each line
    in the order the assembly writes it; a line nobody wrote prints the template's wording."""
    st = _styles(w)
    doc = w.doc
    script = w.script
    out: list[Flowable] = []

    # The header: as written, one line each (no change of case); else the state, the municipality, the body.
    header = _written(w, decision.header)
    if header is None:
        header = {}
        for lang in w.langs:
            lines = [Labels(lang, script, doc.municipality.country).country()]
            name = text_in(doc.municipality.name, lang, script)
            if name:
                lines.append(name)
            lines.append(_line_or_marker(w, decision.issuing_body, lang))
            header[lang] = "\n".join(line for line in lines if line)
    out += _lines(w, header, st["head"])
    out.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=4, spaceAfter=8))

    # The protocol number and the place and date, where the assembly writes them.
    for mt in (decision.protocol, decision.place_date):
        written = _written(w, mt)
        if written is not None:
            out += _lines(w, written, st["small"])
    if not (decision.protocol.is_empty() and decision.place_date.is_empty()):
        out.append(w.spacer(4))

    # The title word: VENDIM / ODLUKA / DECISION.
    title_word = _written(w, decision.title_word) or {lang: decision_label(lang, script, "title") for lang in w.langs}
    out += _lines(w, title_word, st["title"])

    # The number and date: as written; else the decision's number and date, blank lines while it has none.
    number_line = _written(w, decision.number_line)
    if number_line is None:
        number = (decision.number or "").strip() or BLANK
        date = official_date(decision.date) or BLANK
        number_line = {
            lang: decision_label(lang, script, "number", number=number)
            + "\n"
            + decision_label(lang, script, "date", date=date)
            for lang in w.langs
        }
    if not decision.session.is_empty():
        for lang in w.langs:
            session = decision_label(lang, script, "session", session=_line_or_marker(w, decision.session, lang))
            number_line[lang] = f"{number_line[lang] or ''}\n{session}"
    out += _lines(w, number_line, st["centred"])
    out.append(w.spacer(6))

    # The subject: as written; else "on the approval of the document …".
    subject = _written(w, decision.subject)
    if subject is None:
        subject = {}
        for lang in w.langs:
            title = text_in(doc.strategy.title, lang, script)
            subject[lang] = decision_label(lang, script, "about", title=title) if title else ""
    if any(v != "" for v in subject.values()):
        out += _lines(w, subject, st["about"])
        out.append(w.spacer(6))

    # The legal basis: one law or article per line.
    if not decision.legal_basis.is_empty():
        out += w.line({lang: decision_label(lang, script, "legal_basis") for lang in w.langs}, st["point"])
        basis = {}
        for lang in w.langs:
            text = w.text(decision.legal_basis, lang, rich=True)
            if text is None:
                basis[lang] = [w._paras(None, lang, st["small"])]
            else:
                # One law a line; of a structured text, one a paragraph or list item (its own dash, no bullet).
                lines = [rt.to_plain(p) for p in rt.points(text)] if rt.is_structured(text) else text.splitlines()
                basis[lang] = [[_para(f"– {line.strip()}", st["small"])] for line in lines if line.strip()]
        out += w.aligned(basis, gap=1)
        out.append(w.spacer(8))

    # The preamble.
    if not decision.preamble.is_empty():
        out += w.prose(decision.preamble, st["body"])

    # The operative word ("VENDOSI:"), where the assembly writes one.
    operative = _written(w, decision.operative)
    if operative is not None:
        out += _lines(w, operative, st["operative"])

    # The points, numbered 1., 2. or I., II. as the decision numbers them.
    points = {}
    for lang in w.langs:
        text = w.text(decision.points, lang, rich=True)
        if text is None:
            points[lang] = [w._paras(None, lang, st["body"])]
            continue
        if rt.is_structured(text):  # each paragraph or top-level list item a point, with its emphasis
            paragraphs = rt.points(text)
        else:
            paragraphs = [p.strip() for p in _BLANK_LINES.split(text) if p.strip()]
        if decision.point_style == "decimal":  # "1. Miratim …" on the point's first line, as councils write
            points[lang] = [
                w._paras(rt.prepend_words(p, f"{i}. "), lang, st["body"]) for i, p in enumerate(paragraphs, 1)
            ]
        else:  # "I." centred above its point
            points[lang] = [
                [_para(_point_number(i, decision.point_style), st["point"]), *w._paras(p, lang, st["body"])]
                for i, p in enumerate(paragraphs, 1)
            ]
    out += w.aligned(points)
    out.append(w.spacer(28))

    # The signatory on the right: the title, a line to sign on, the name.
    signature = {}
    for lang in w.langs:
        lines = [_para(_line_or_marker(w, decision.signatory_title, lang), st["right_bold"]), w.spacer(22)]
        lines.append(_para("______________________", st["right"]))
        name = w.text(decision.signatory_name, lang)
        if name is None and not decision.signatory_name.is_empty():
            name = w.labels[lang]["missing"]  # written in another language only: marked, as every line is
        if name:
            lines.append(_para(name, st["right"]))
        signature[lang] = lines
    out += w.cells(signature)
    return out
