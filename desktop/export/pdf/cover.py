"""The cover page: emblem, the state and the municipality in each language, the title, the period."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, KeepInFrame, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable, HRFlowable

from desktop.core.model import Document
from desktop.export.pdf.markup import literal
from desktop.export.pdf.styles import ACCENT, LIGHT_RULE, Styles
from desktop.export.pdf.texts import Labels, text_in

EMBLEM_HEIGHT = 78.0


def emblem(data: bytes | None) -> Flowable | None:
    """The municipality's emblem (PNG or JPEG bytes), or None when there is none or it cannot be read."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:
        return None
    if not w or not h:
        return None
    image = Image(io.BytesIO(data), width=EMBLEM_HEIGHT * w / h, height=EMBLEM_HEIGHT)
    image.hAlign = "CENTER"
    return image


def cover(
    doc: Document,
    langs: Sequence[str],
    script: str,
    styles: Styles,
    *,
    title_lines: dict[str, str],
    subtitle_lines: dict[str, str],
    period: dict[str, str],
    decision: str | None,
) -> list[Flowable]:
    """The flowables of the cover page (the caller breaks the page after them): `period` in each language
    ("Tetor 2023 – Prill 2024"); the donors and implementing partners when the plan names them."""
    country = doc.municipality.country
    labels = {lang: Labels(lang, script, country) for lang in langs}
    out: list[Flowable] = [Spacer(1, 10)]
    image = emblem(doc.municipality.emblem)
    if image is not None:
        out += [image, Spacer(1, 12)]
    for lang in langs:
        out.append(Paragraph(literal(labels[lang].country()), styles.cover_line))
    out.append(Spacer(1, 10))
    names = []
    for lang in langs:
        name = text_in(doc.municipality.name, lang, script)
        if name and name not in names:
            names.append(name)
    for name in names:
        out.append(Paragraph(literal(name), styles.cover_name))
    out += [Spacer(1, 14), HRFlowable(width="40%", thickness=1.2, color=ACCENT, hAlign="CENTER"), Spacer(1, 110)]
    for i, lang in enumerate(langs):
        if i:
            out += [Spacer(1, 8), HRFlowable(width="20%", thickness=0.5, color=LIGHT_RULE), Spacer(1, 8)]
        if title_lines.get(lang):
            out.append(Paragraph(literal(title_lines[lang]), styles.title))
        if subtitle_lines.get(lang):
            out += [Spacer(1, 6), Paragraph(literal(subtitle_lines[lang]), styles.subtitle)]
    periods = list(dict.fromkeys(labels[lang].format("period", period=period[lang]) for lang in langs))
    out += [Spacer(1, 40), Paragraph(literal(" / ".join(periods)), styles.subtitle)]
    facts = []
    for field, key in (("donors", "donors"), ("partners", "implementing_partners")):
        for lang in langs:
            names = [n.strip() for n in text_in(doc.strategy.text(field), lang, script).splitlines() if n.strip()]
            if names:
                facts.append(f"{labels[lang][key]}: {', '.join(names)}")
    if facts:
        out.append(Spacer(1, 16))
        out += [Paragraph(literal(line), styles.cover_fact) for line in dict.fromkeys(facts)]
    if decision:
        out += [Spacer(1, 60), Paragraph(literal(decision), styles.cover_line)]
    # The cover is one page: three languages of donors and partners shrink it rather than spill its last
    # line (the draft or decision line) onto a page of its own.
    return [KeepInFrame(0, 0, out, mode="shrink")]
