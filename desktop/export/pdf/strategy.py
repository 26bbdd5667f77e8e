"""The strategy's body in the document's outline: its chapters (sections nested to any depth, each with its
figures) in their order among the fixed parts (objectives with the plan's own priorities, target groups, the
action plan, the annexes), each numbered as the outline numbers it."""

from __future__ import annotations

import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Image, PageBreak
from reportlab.platypus.flowables import Flowable

from desktop.core.model import (
    PART_ACTION_PLANS,
    PART_ANNEXES,
    PART_OBJECTIVES,
    PART_TARGET_GROUPS,
    ActionPlan,
    Figure,
    Priority,
    Section,
)
from desktop.core.outline import Chapter, figures, printed_chapters, printed_parts
from desktop.export.pdf import action_plan, annexes
from desktop.export.pdf.layout import Writer
from desktop.export.pdf.styles import BOTTOM_MARGIN, PORTRAIT, TOP_MARGIN
from desktop.export.pdf.textblock import plain_paragraph

# A figure takes at most this share of the portrait frame's height: an organigram stays beside its text.
FIGURE_HEIGHT = 0.45


def _section_titles(w: Writer, section: Section) -> dict[str, str | None]:
    titles = {}
    for lang in w.langs:
        title = w.text(section.title, lang)
        if not title and section.title.is_empty() and section.key:
            title = w.label(section.key, lang)  # a standard section the group left untitled
        titles[lang] = title
    return titles


# -- chapters -----------------------------------------------------------------------------------------------
def figure(w: Writer, fig: Figure, n: int) -> list[Flowable]:
    """The image scaled to the column's width (its proportions kept, its height capped) above its caption
    "Figura 1: …" / "Slika 1: …" in each column's language."""
    column = w.column_width(w.frame_width)
    style = ParagraphStyle(
        "caption", parent=w.styles.body_left, fontName=w.styles.italic, fontSize=9, leading=12, alignment=TA_CENTER
    )
    captions: dict[str, list[Flowable]] = {}
    for lang in w.langs:
        caption = w.text(fig.caption, lang)
        label = w.label("figure", lang, n=n)
        if caption is None:
            text = f"{label}: {w.labels[lang]['missing']}"
        else:
            text = f"{label}: {caption}" if caption else label
        captions[lang] = [plain_paragraph(text, style)]
    max_height = FIGURE_HEIGHT * (PORTRAIT[1] - TOP_MARGIN - BOTTOM_MARGIN)
    images = {lang: _image(fig.image, column, max_height) for lang in w.langs}
    out: list[Flowable] = []
    first = images[w.langs[0]]
    if first is not None:
        # The image with the start of its caption on one page (a caption of any length may go on after it).
        out.append(CondPageBreak(first.drawHeight + 40))
        image_row = w.cells({lang: [images[lang]] for lang in w.langs})
        image_row[0].keepWithNext = True
        out += image_row
    out += w.cells(captions)
    out.append(w.spacer(6))
    return out


def _image(data: bytes | None, width: float, max_height: float) -> Flowable | None:
    if not data:
        return None
    try:
        iw, ih = ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        return None  # not an image reportlab reads: the caption still prints
    if not iw or not ih:
        return None
    scale = min(width / iw, max_height / ih)
    image = Image(io.BytesIO(data), width=iw * scale, height=ih * scale)
    image.hAlign = "CENTER"
    image.spaceAfter = 3
    return image


def section_chapter(w: Writer, chapter: Chapter, figure_numbers: dict[str, int]) -> list[Flowable]:
    section = chapter.section
    out = w.chapter_heading(_section_titles(w, section), section.id, number=chapter.number, depth=chapter.depth)
    out += w.prose(section.body)
    for fig in section.figures:
        out += figure(w, fig, figure_numbers[fig.id])
    out.append(w.spacer(8 if chapter.depth == 0 else 4))
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


def objectives(w: Writer, number: str | None = None) -> list[Flowable]:
    """The strategic objectives with their priorities, then the plan's own priorities (with sub-priorities)
    as a section of this chapter."""
    objs = w.doc.strategy.objectives
    own = w.doc.strategy.priorities
    if not objs and not own:
        return []
    numbers = w.doc.numbers()
    out = w.chapter_heading({lang: w.label("objectives", lang) for lang in w.langs}, "objectives", number=number)
    for obj in objs:
        n = numbers[obj.id]
        titles = {lang: w.text(obj.title, lang) for lang in w.langs}
        lead = {lang: w.label("objective", lang, n=n) + (": " if titles[lang] != "" else "") for lang in w.langs}
        out += w.heading(2, "", titles, obj.id, lead=lead)
        if not obj.description.is_empty():
            out += w.prose(obj.description)
        out += _priorities(w, obj.priorities, numbers, 2)
        out.append(w.spacer(6))
    if own:
        out += w.heading(2, "", {lang: w.label("priorities", lang) for lang in w.langs}, "plan-priorities")
        out += _priorities(w, own, numbers, 2)
        out.append(w.spacer(6))
    return out


def target_groups(w: Writer, number: str | None = None) -> list[Flowable]:
    groups = [g for g in w.doc.target_groups if not g.name.is_empty()]
    if not groups:
        return []
    titles = {lang: w.label("target_groups", lang) for lang in w.langs}
    out = w.chapter_heading(titles, "target-groups", number=number)
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


def strategy_body(w: Writer, plan: ActionPlan | None, *, with_annexes: bool) -> list[Flowable]:
    """The chapters in the outline's order, from a new page; the action plan on landscape pages."""
    doc = w.doc
    parts = printed_parts(doc, plan, with_annexes=with_annexes)
    figure_numbers = {f.id: n for f, n in figures(doc)}
    out: list[Flowable] = [PageBreak()]
    after_table = False  # after the landscape pages of the plan's table the next chapter starts a portrait page
    for chapter in printed_chapters(doc, parts):
        part: list[Flowable] = []
        if chapter.section is not None:
            part = section_chapter(w, chapter, figure_numbers)
        elif chapter.key == PART_OBJECTIVES:
            part = objectives(w, chapter.number)
        elif chapter.key == PART_TARGET_GROUPS:
            part = target_groups(w, chapter.number)
        elif chapter.key == PART_ACTION_PLANS:
            part = action_plan.action_plan_chapter(w, plan, number=chapter.number)
        elif chapter.key == PART_ANNEXES:
            part = annexes.group_annexes(w, number=chapter.number)
        if after_table and part and not isinstance(part[0], PageBreak):
            out.append(PageBreak())
        after_table = after_table and not part
        if chapter.key == PART_ACTION_PLANS:
            after_table = plan is not None and bool(plan.activities)
        out += part
    return out
