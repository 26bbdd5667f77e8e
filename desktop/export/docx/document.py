"""The Word export's entry point: `export_docx(doc, target, document=..., languages=..., layout=...)`.

The strategy (its chapters in the outline's order with their numbers, figures, objectives, target groups and
the action plan on landscape pages), the action plan alone, the assembly decision or a yearly review, in one
language, one language after the other, or side by side. Word's own styles throughout, so the assembly's
secretariat can keep editing the file.

The file says what it is, with the PDF's words and rules: content that is exactly an approved version carries
that version's decision number and date in its footer; anything else is a draft, with the DRAFT mark of every
printed language in the page header and "Draft of version N, date" in the footer. Texts missing in a printed
language or outdated carry the PDF's marks.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as WordImage
from docx.shared import Cm

from desktop import __version__
from desktop.core import richtext as rt
from desktop.core.model import (
    PART_ACTION_PLANS,
    PART_OBJECTIVES,
    PART_TARGET_GROUPS,
    ActionPlan,
    DocumentKind,
    Priority,
    Review,
    Section,
)
from desktop.core.model import Document as PlanDocument
from desktop.core.outline import figures, printed_chapters, printed_parts
from desktop.core.review_summary import STATUS_KEYS, summarise
from desktop.core.versions import approved_as
from desktop.export.docx import parts
from desktop.export.docx.blocks import BULLET, NUMBER, Block, Run
from desktop.export.docx.decision import decision_page, official_date
from desktop.export.docx.styles import CAPTION, SUBTITLE, TITLE, landscape, portrait, running_footer, running_header
from desktop.export.docx.styles import set_up as set_up_styles
from desktop.export.docx.tables import plan_table, review_table
from desktop.export.docx.writer import Writer
from desktop.export.labels import Labels, text_in
from desktop.formatting import format_amount, format_number

DOCUMENTS = ("strategy", "action_plan", "decision", "review")
LAYOUTS = ("single", "sequential", "side_by_side")
SCRIPTS = ("latn", "cyrl")
LANGUAGES = ("sq", "sr", "en")
FIGURE_WIDTH = Cm(15)
EMBLEM_WIDTH = Cm(2.5)

_KIND_LABELS = {
    DocumentKind.STRATEGY: "kind_strategy",
    DocumentKind.ACTION_PLAN: "kind_action_plan",
    DocumentKind.OPERATIONAL_PLAN: "kind_operational_plan",
    DocumentKind.PROGRAMME: "kind_programme",
    DocumentKind.PROJECT: "kind_project",
}
_BABEL_LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "en": "en_GB"}


class DocxExportError(ValueError):
    """Export options that do not make sense for this document."""


@dataclass
class DocxResult:
    tables: int
    marked: int  # texts printed with the missing or outdated mark
    approval: tuple[str, str] | None  # the (decision number, date) printed: the content is approved
    draft_of: int | None  # else the version this draft would become


@dataclass(frozen=True)
class _Request:
    kind: str
    langs: tuple[str, ...]
    layout: str
    script: str
    year: int | None


def _request(document: str, languages: Iterable[str], layout: str, script: str, year: int | None) -> _Request:
    kind = (document or "").replace("-", "_")
    match = re.fullmatch(r"review:(\d{4})", kind)
    if match:
        kind, year = "review", int(match.group(1))
    if kind not in DOCUMENTS:
        raise DocxExportError(f"unknown document {document!r} (expected {', '.join(DOCUMENTS)})")
    layout = (layout or "").replace("-", "_")
    if layout not in LAYOUTS:
        raise DocxExportError(f"unknown layout {layout!r} (expected {', '.join(LAYOUTS)})")
    if script not in SCRIPTS:
        raise DocxExportError(f"unknown Serbian script {script!r} (expected latn or cyrl)")
    langs = tuple(dict.fromkeys(lang.strip() for lang in languages if lang and lang.strip()))
    for lang in langs:
        if lang not in LANGUAGES:
            raise DocxExportError(f"unknown language {lang!r} (expected sq, sr or en)")
    if not langs:
        raise DocxExportError("choose at least one language")
    if layout == "single" or len(langs) == 1:
        langs, layout = langs[:1], "single"
    elif layout == "side_by_side" and len(langs) != 2:
        raise DocxExportError("side by side takes two languages")
    if kind == "review" and year is None:
        raise DocxExportError("a review report needs its year")
    return _Request(kind, langs, layout, script, year)


def export_docx(
    doc: PlanDocument,
    target: Path | str | BinaryIO,
    *,
    document: str = "strategy",
    languages: Iterable[str] = ("sq",),
    layout: str = "single",
    serbian_script: str = "latn",
    year: int | None = None,
    today: date | None = None,
    approval: tuple[str, str] | None = None,
) -> DocxResult:
    """Write the document as a Word file to `target` (a path or a binary file).

    `document` is "strategy", "action_plan", "decision" or "review" (with `year`); `layout` "single" (the
    first language), "sequential" (each language in turn, from a new page) or "side_by_side" (two languages,
    a two-column table per chapter). `approval` is the (decision number, date) of an approved version the
    caller exports (a thawed `Version`); without it the document is approved only when its content is exactly
    one of its approved versions, else it is the draft of its next version, dated `today` (by default the day
    of the export).
    """
    req = _request(document, tuple(languages), layout, serbian_script, year)
    plan = doc.action_plan
    review = _find_review(doc, req.year) if req.kind == "review" else None
    if req.kind == "action_plan" and plan is None:
        raise DocxExportError("the document has no action plan")
    if req.kind == "decision" and doc.decision is None:
        raise DocxExportError("the document has no decision (create it from a template first)")

    if approval is None:
        version = approved_as(doc)
        approval = (version.decision_number, version.decision_date) if version is not None else None
    draft_of = None if approval else max((v.number for v in doc.versions), default=0) + 1

    word = docx.Document()
    set_up_styles(word, req.langs[0], req.script)
    wide = req.kind == "action_plan"
    first = word.sections[0]
    (landscape if wide else portrait)(first)
    labels = {lang: Labels(lang, req.script, doc.municipality.country) for lang in req.langs}
    w = Writer(doc, word, req.langs, req.script, wide)
    kind = {lang: _kind_line(w, req, plan, lang) for lang in req.langs}
    running_header(
        first,
        w.joined({lang: text_in(doc.municipality.name, lang, req.script) for lang in req.langs}),
        w.joined(kind),
        w.joined({lang: labels[lang]["draft"] for lang in req.langs}) if draft_of else None,
    )
    running_footer(first, _footer_line(labels, req.langs, approval, draft_of, today))
    titles = {lang: _title(doc, req, plan, labels[lang], lang) for lang in req.langs}
    props = word.core_properties
    props.title = w.joined(titles)
    props.subject = w.joined(kind)
    props.author = w.joined({lang: text_in(doc.municipality.name, lang, req.script) for lang in req.langs})
    props.comments = f"Plan {__version__}"
    props.language = ", ".join(req.langs)

    passes = [(lang,) for lang in req.langs] if req.layout == "sequential" else [req.langs]
    for i, langs in enumerate(passes):
        w.langs = langs
        if req.kind == "decision":
            decision_page(w, doc.decision, new_page=i > 0)
            continue
        _title_block(w, {lang: titles[lang] for lang in langs}, {lang: kind[lang] for lang in langs}, i > 0, wide)
        if req.kind == "strategy":
            _strategy(w, plan)
        elif req.kind == "action_plan":
            _plan_chapter(w, plan, None)
        else:
            _review(w, review)
    w.body.finish()
    if isinstance(target, (str, Path)):
        word.save(str(target))
    else:
        word.save(target)
    return DocxResult(tables=w.tables, marked=w.marked, approval=approval, draft_of=draft_of)


def _find_review(doc: PlanDocument, year: int) -> Review:
    reviews = [r for r in doc.reviews if r.year == year]
    if not reviews:
        raise DocxExportError(f"the document has no review of {year}")
    versions = {p.id: p.number for p in doc.action_plans}
    return max(reviews, key=lambda r: versions.get(r.plan_id, 0))


def _footer_line(
    labels: dict[str, Labels],
    langs: tuple[str, ...],
    approval: tuple[str, str] | None,
    draft_of: int | None,
    today: date | None,
) -> str:
    if approval:
        number, on = approval
        on = official_date(on) or on
        lines = (labels[lang].format("decision", number=number, date=on) for lang in langs)
    else:
        on = (today or date.today()).strftime("%d.%m.%Y")
        lines = (labels[lang].format("draft_version", n=draft_of, date=on) for lang in langs)
    return " / ".join(dict.fromkeys(lines))


def _period(doc: PlanDocument, lang: str, script: str) -> str:
    """ "2025–2027", or with the months where the plan has them: "Tetor 2023 – Prill 2024"."""
    s = doc.strategy
    if s.start_month and s.end_month:
        from babel.dates import format_date

        locale = "sr_Cyrl_RS" if lang == "sr" and script == "cyrl" else _BABEL_LOCALES[lang]

        def month(year: int, m: int) -> str:
            text = format_date(date(year, m, 1), "LLLL y", locale=locale)
            return text[:1].upper() + text[1:]

        return f"{month(s.start_year, s.start_month)} – {month(s.end_year, s.end_month)}"
    return f"{s.start_year}–{s.end_year}" if s.start_year != s.end_year else str(s.start_year)


def _kind_line(w: Writer, req: _Request, plan: ActionPlan | None, lang: str) -> str:
    """What the document is, as the running header says it: "Plani operacional 2020–2021", "Vendim"."""
    labels = w.labels[lang]
    if req.kind == "decision":
        return labels.decision("kind")
    if req.kind == "review":
        return labels.format("review", year=req.year)
    if req.kind == "action_plan" and plan is not None:
        period = f"{plan.start_year}–{plan.end_year}" if plan.start_year != plan.end_year else str(plan.start_year)
        return f"{labels['action_plan']} {period}"
    key = _KIND_LABELS.get(w.doc.strategy.document_kind, "kind_strategy")
    return f"{labels[key]} {_period(w.doc, lang, req.script)}"


def _title(doc: PlanDocument, req: _Request, plan: ActionPlan | None, labels: Labels, lang: str) -> str:
    if req.kind == "action_plan" and plan is not None:
        text = text_in(plan.title, lang, req.script)
        if text:
            return text
    return text_in(doc.strategy.title, lang, req.script) or labels["missing"]


def _title_block(w: Writer, titles: dict[str, str], kind: dict[str, str], new_page: bool, wide: bool) -> None:
    if w.orientation(wide):
        new_page = False  # the new section starts the page
    municipality = w.joined({lang: w.text(w.doc.municipality.name, lang) for lang in w.langs})
    if w.doc.municipality.emblem:  # above the title, as on the PDF's cover
        if new_page:
            w.add(parts.para(parts.run_break("page")))
            new_page = False
        _picture(w, w.doc.municipality.emblem, EMBLEM_WIDTH)
    w.add(parts.para(parts.run(w.joined(titles)), TITLE, page_break=new_page))
    w.add(parts.para(parts.run(w.joined(kind)), SUBTITLE))
    if municipality:
        w.add(parts.para(parts.run(municipality, bold=True)))
    s = w.doc.strategy
    for field, key in (("donors", "donors"), ("partners", "implementing_partners")):
        mt = s.text(field)
        if not mt.is_empty():
            texts = {lang: w.text(mt, lang).replace("\n", ", ") for lang in w.langs}
            w.add(
                parts.para(
                    parts.run(w.joined({lang: w.label(key, lang) for lang in w.langs}) + ": ", bold=True)
                    + parts.run(w.joined(texts))
                )
            )


# -- the strategy ---------------------------------------------------------------------------------------
def _strategy(w: Writer, plan: ActionPlan | None) -> None:
    doc = w.doc
    numbers = {f.id: n for f, n in figures(doc)}
    # The PDF's rule for what prints as a chapter and its number (core/outline.py), so both agree.
    for chapter in printed_chapters(doc, printed_parts(doc, plan)):
        if chapter.section is not None:
            w.orientation(False)
            _section(w, chapter.section, chapter.number, chapter.depth, numbers)
        elif chapter.key == PART_OBJECTIVES:
            w.orientation(False)
            _objectives(w, chapter.number)
        elif chapter.key == PART_TARGET_GROUPS:
            w.orientation(False)
            _target_groups(w, chapter.number)
        elif chapter.key == PART_ACTION_PLANS:
            _plan_chapter(w, plan, chapter.number)


def _section(w: Writer, section: Section, number: str, depth: int, numbers: dict[str, int]) -> None:
    titles = {}
    for lang in w.langs:
        title = w.text(section.title, lang)
        if not title and section.title.is_empty() and section.key:
            title = w.label(section.key, lang)  # a standard section the group left untitled
        titles[lang] = f"{number} {title}".strip()
    w.heading(depth + 1, titles)
    w.prose(section.body)
    for fig in section.figures:
        _figure(w, fig, numbers.get(fig.id, 0))


def _picture(w: Writer, image: bytes, width: int) -> bool:
    """An image centred in its own paragraph, at its own size and at most `width`; False when python-docx
    cannot read it (the image is then left out)."""
    w.body.flush()
    try:
        native = WordImage.from_blob(image).width
    except Exception:  # python-docx's image readers raise KeyError, bare Exception and errors of their own
        return False
    if not native:
        return False
    paragraph = w.word.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True  # with its caption, or the title under the emblem
    paragraph.add_run().add_picture(io.BytesIO(image), width=min(native, width))
    return True


def _figure(w: Writer, fig, n: int) -> None:
    """The image, then its caption in Word's Caption style: "Figura 1: …" (the caption also when the image
    cannot be shown: it still says what was there)."""
    if fig.image:
        _picture(w, fig.image, FIGURE_WIDTH)
    for lang in w.langs:
        caption = w.text(fig.caption, lang)
        label = w.label("figure", lang, n=n)
        w.add(parts.para(parts.run(f"{label}: {caption}" if caption else label), CAPTION))


def _objectives(w: Writer, number: str) -> None:
    w.heading(1, {lang: f"{number} {w.label('objectives', lang)}" for lang in w.langs})
    doc = w.doc
    if doc.strategy.priorities:
        w.heading(2, {lang: w.label("priorities", lang) for lang in w.langs})
        w.aligned({lang: _priority_list(w, doc.strategy.priorities, lang, 1) for lang in w.langs})
    for obj in doc.objectives:
        n = w.numbers[obj.id]
        titles = {}
        for lang in w.langs:
            title = w.text(obj.title, lang)
            label = w.label("objective", lang, n=n)
            titles[lang] = f"{label}: {title}" if title else label
        w.heading(2, titles)
        w.prose(obj.description)
        _priorities(w, obj.priorities)


def _priorities(w: Writer, items: list[Priority]) -> None:
    for p in items:
        w.heading(3, {lang: f"{w.numbers.get(p.id, '')} {w.text(p.title, lang)}".strip() for lang in w.langs})
        w.prose(p.description)
        _priorities(w, p.priorities)


def _priority_list(w: Writer, items: list[Priority], lang: str, level: int) -> list[str]:
    """The plan's own priorities and sub-priorities as a numbered list."""
    out: list[Block] = []

    def walk(ps: list[Priority], depth: int) -> None:
        for i, p in enumerate(ps):
            text = w.text(p.title, lang)
            value, mark = w.rich(p.description, lang)  # a structured description: its words, on one line
            description = " ".join(x for x in (" ".join(rt.to_plain(value).split()), mark) if x)
            runs = (Run(text, bold=bool(description)), *((Run(f": {description}"),) if description else ()))
            out.append(Block(NUMBER, runs, min(depth, 3), i == 0))
            walk(p.priorities, depth + 1)

    walk(items, level)
    return parts.block_paragraphs(out, w.body)


def _target_groups(w: Writer, number: str) -> None:
    w.heading(1, {lang: f"{number} {w.label('target_groups', lang)}" for lang in w.langs})
    groups = [g for g in w.doc.target_groups if not g.name.is_empty()]
    w.aligned(
        {
            lang: parts.block_paragraphs([Block(BULLET, (Run(w.text(g.name, lang)),)) for g in groups], w.body)
            for lang in w.langs
        }
    )


def _plan_chapter(w: Writer, plan: ActionPlan | None, number: str | None) -> None:
    """The action plan in a landscape section, its header row repeated on each page."""
    if plan is None:
        return
    w.orientation(True)
    titles = {}
    for lang in w.langs:
        title = w.text(plan.title, lang) or w.label("action_plan", lang)
        titles[lang] = f"{number} {title}" if number else title
    w.heading(1, titles)
    plan_table(w, plan)


# -- the review -----------------------------------------------------------------------------------------
def _review(w: Writer, rev: Review) -> None:
    doc = w.doc
    summary = summarise(doc, rev)
    w.orientation(False)
    w.heading(1, {lang: w.label("review", lang, year=rev.year) for lang in w.langs})
    if not rev.summary.is_empty():
        w.heading(2, {lang: w.label("summary", lang) for lang in w.langs})
        w.prose(rev.summary)
    w.heading(2, {lang: w.label("overall", lang) for lang in w.langs})
    w.aligned(
        {
            lang: [parts.para(parts.run(line)) for line in _figures(w, summary.overall, summary.currency, lang)]
            for lang in w.langs
        }
    )
    for group in summary.objectives:
        obj = doc.find(group.objective_id) if group.objective_id else None
        titles = {}
        for lang in w.langs:
            title = w.text(obj.title, lang) if obj is not None else ""
            label = w.label("objective", lang, n=group.number) if group.number else ""
            titles[lang] = f"{label}: {title}" if label and title else label or title or "–"
        w.heading(2, titles)
        w.aligned(
            {
                lang: [parts.para(parts.run(line)) for line in _figures(w, group, summary.currency, lang)]
                for lang in w.langs
            }
        )
        review_table(w, rev, group, summary)


def _figures(w: Writer, group, currency: str, lang: str) -> list[str]:
    locale = "sr-Cyrl" if lang == "sr" and w.script == "cyrl" else lang

    def percent(value) -> str:
        return w.label("no_data", lang) if value is None else f"{format_number(value, locale)}\u00a0%"

    statuses = ", ".join(
        f"{w.label(key, lang)}: {format_number(n, locale)}"
        for key, n in group.statuses.items()
        if n and key in STATUS_KEYS
    )
    lines = [f"{w.label('activities', lang)}: {len(group.activity_ids)}" + (f" ({statuses})" if statuses else "")]
    lines.append(f"{w.label('progress', lang)}: {percent(group.progress)}")
    total = group.budget.total
    lines.append(
        f"{w.label('planned', lang)}: {format_amount(total.planned, currency, locale)} · "
        f"{w.label('spent', lang)}: {format_amount(total.spent, currency, locale)} · "
        f"{w.label('execution', lang)}: {percent(total.rate)}"
    )
    return lines
