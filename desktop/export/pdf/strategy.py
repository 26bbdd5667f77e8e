"""The strategy's chapters: its sections, the strategic objectives with their priorities, the target groups."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from desktop.core.model import Priority, Section
from desktop.export.pdf.layout import Writer


def _section_titles(w: Writer, section: Section) -> dict[str, str | None]:
    titles = {}
    for lang in w.langs:
        title = w.text(section.title, lang)
        if not title and section.title.is_empty() and section.key:
            title = w.label(section.key, lang)  # a standard section the group left untitled
        titles[lang] = title
    return titles


def sections(w: Writer) -> list[Flowable]:
    out: list[Flowable] = []
    for section in w.doc.strategy.sections:
        if section.title.is_empty() and section.body.is_empty():
            continue
        out += w.chapter_heading(_section_titles(w, section), section.id)
        out += w.prose(section.body)
        out.append(w.spacer(8))
    return out


def _priorities(w: Writer, items: list[Priority], numbers: dict[str, str], depth: int) -> list[Flowable]:
    out: list[Flowable] = []
    for p in items:
        titles = {lang: w.text(p.title, lang) for lang in w.langs}
        out += w.heading(3, numbers.get(p.id, ""), titles, p.id, toc=False, outline_level=depth)
        if not p.description.is_empty():
            out += w.prose(p.description)
        out += _priorities(w, p.priorities, numbers, depth + 1)
    return out


def objectives(w: Writer) -> list[Flowable]:
    objs = w.doc.strategy.objectives
    if not objs:
        return []
    numbers = w.doc.numbers()
    out = w.chapter_heading({lang: w.label("objectives", lang) for lang in w.langs}, "objectives")
    for obj in objs:
        n = numbers[obj.id]
        titles = {lang: w.text(obj.title, lang) for lang in w.langs}
        lead = {lang: w.label("objective", lang, n=n) + (": " if titles[lang] != "" else "") for lang in w.langs}
        out += w.heading(2, "", titles, obj.id, lead=lead)
        if not obj.description.is_empty():
            out += w.prose(obj.description)
        out += _priorities(w, obj.priorities, numbers, 2)
        out.append(w.spacer(6))
    return out


def target_groups(w: Writer) -> list[Flowable]:
    groups = [g for g in w.doc.target_groups if not g.name.is_empty()]
    if not groups:
        return []
    out = w.chapter_heading({lang: w.label("target_groups", lang) for lang in w.langs}, "target-groups")
    rows = []
    for g in groups:
        rows.append([w._paras(_bullet(w.text(g.name, lang)), lang, w.styles.body_left) for lang in w.langs])
    if w.side_by_side:
        out.append(w.rows(rows))
    else:
        out += [r[0][0] for r in rows]
    return out


def _bullet(text: str | None) -> str | None:
    return None if text is None else f"• {text}"


def strategy_body(w: Writer) -> list[Flowable]:
    return sections(w) + objectives(w) + target_groups(w)
