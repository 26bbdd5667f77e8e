"""The PDF export's entry point: `export_pdf(doc, target, document=..., layout=..., languages=...)`.

It checks completeness first (every printed text written and up to date in every chosen language, or an
explicit choice to print a marker where one is missing or outdated), builds the story (cover, contents,
the chosen document in the chosen layout) and lays it out in one pass (see `pages`).

A PDF says what it is: content that is exactly an approved version carries that version's decision
number and date; anything else is a draft, with the DRAFT mark in each printed language and the footer
"Draft of version N, DD.MM.YYYY".
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from desktop import __version__
from desktop.core.columns import column_texts
from desktop.core.model import ActionPlan, Activity, Document, DocumentKind, Meeting, Review
from desktop.core.readiness import UnreadyText, describe_tally, unready_texts
from desktop.core.versions import approved_as
from desktop.export.pdf import action_plan, annexes, minutes, review, strategy
from desktop.export.pdf import decision as decision_page
from desktop.export.pdf.contents import Entry, contents
from desktop.export.pdf.cover import cover
from desktop.export.pdf.layout import Writer
from desktop.export.pdf.markup import literal
from desktop.export.pdf.pages import (
    ExportCancelled,
    PageSetup,
    PlanDocTemplate,
    SetPageLanguages,
    make_canvas,
    outline,
)
from desktop.export.pdf.styles import LANDSCAPE, LANDSCAPE_MARGIN, MARGIN, PORTRAIT, make_styles
from desktop.export.pdf.texts import LANGUAGE_NAMES, Labels, pdf_language, period_text, text_in

DOCUMENTS = ("strategy", "action-plan", "review:YEAR", "decision", "minutes:MEETING_ID", "donor")
LAYOUTS = ("side-by-side", "sequential", "single")
SCRIPTS = ("latn", "cyrl")

# The fields each kind of item prints: only these must be complete before an export.
PRINTED_FIELDS: dict[str, tuple[str, ...]] = {
    "municipality": ("name",),
    "strategy": ("title", "donors", "partners"),
    "section": ("title", "body"),
    "figure": ("caption",),
    "objective": ("title", "description"),
    "priority": ("title", "description"),
    "target_group": ("name",),
    "action_plan": ("title",),
    "activity": ("title", "description", "responsible", "partners", "timeframe_note"),
    "indicator": ("name", "unit"),
    "review": ("summary",),
    "review_entry": ("comment",),
    "decision": (
        "header",
        "protocol",
        "place_date",
        "title_word",
        "number_line",
        "subject",
        "operative",
        "issuing_body",
        "session",
        "legal_basis",
        "preamble",
        "points",
        "signatory_title",
        "signatory_name",
    ),
}
_LANGUAGE_WORDS = {"sq": "Albanian", "sr": "Serbian", "en": "English"}


class ExportError(ValueError):
    """Export options that do not make sense for this document."""


class IncompleteError(ExportError):
    """Texts are missing or outdated in a chosen language and the export was not allowed to mark them."""

    def __init__(self, missing: list[UnreadyText], languages: Iterable[str] = ()) -> None:
        self.missing = missing
        # Only the languages affected: "3 texts missing in Serbian, 2 outdated in Serbian".
        super().__init__(describe_tally(missing) or "texts are not ready")


@dataclass
class ExportResult:
    pages: int
    missing: list[UnreadyText] = field(default_factory=list)  # printed with a marker (allow_incomplete)
    approval: tuple[str, str] | None = None  # the (decision number, date) printed: the content is approved
    draft_of: int | None = None  # else the version this draft would become (None for minutes)


@dataclass(frozen=True)
class _Request:
    kind: str  # "strategy", "action-plan", "review", "decision", "minutes", "donor"
    year: int | None
    layout: str
    langs: tuple[str, ...]
    script: str
    meeting_id: str | None = None  # the minutes' meeting


def checked_languages(languages: Iterable[str], serbian_script: str) -> tuple[str, ...]:
    """The chosen languages without repeats, in order; ExportError for an unknown language or script."""
    langs = tuple(dict.fromkeys(lang.strip() for lang in languages if lang and lang.strip()))
    for lang in langs:
        if lang not in _LANGUAGE_WORDS:
            raise ExportError(f"unknown language {lang!r} (expected sq, sr or en)")
    if serbian_script not in SCRIPTS:
        raise ExportError(f"unknown Serbian script {serbian_script!r} (expected latn or cyrl)")
    return langs


def _request(document: str, layout: str, languages, serbian_script: str) -> _Request:
    langs = checked_languages(languages, serbian_script)
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r} (expected {', '.join(LAYOUTS)})")
    year = meeting_id = None
    match = re.fullmatch(r"review:(\d{4})", document or "")
    minutes_of = re.fullmatch(r"minutes:(\S+)", document or "")
    if match:
        kind, year = "review", int(match.group(1))
    elif minutes_of:
        kind, meeting_id = "minutes", minutes_of.group(1)
    elif document in ("strategy", "action-plan", "decision", "donor"):
        kind = document
    else:
        raise ExportError(f"unknown document {document!r} (expected {', '.join(DOCUMENTS)})")
    if kind == "donor":  # the English version for donors and partners
        langs, layout = ("en",), "single"
    if not langs:
        raise ExportError("choose at least one language")
    if layout == "single" or len(langs) == 1:
        langs, layout = langs[:1], "single"
    elif layout == "side-by-side" and len(langs) != 2:
        raise ExportError("side by side takes two languages")
    return _Request(kind, year, layout, langs, serbian_script, meeting_id)


def _find_review(doc: Document, year: int) -> Review:
    reviews = [r for r in doc.reviews if r.year == year]
    if not reviews:
        raise ExportError(f"the document has no review of {year}")
    versions = {p.id: p.number for p in doc.action_plans}
    return max(reviews, key=lambda r: versions.get(r.plan_id, 0))  # the newer plan version's review


def _find_meeting(doc: Document, meeting_id: str) -> Meeting:
    meeting = minutes.find_meeting(doc, meeting_id)
    if meeting is None:
        raise ExportError(f"the document has no meeting {meeting_id!r}: it may have been deleted")
    return meeting


def _printed(doc: Document, req: _Request, plan: ActionPlan | None, rev: Review | None) -> set[tuple[str, str]]:
    """(entity id, field) of every text the export prints."""
    if req.kind == "minutes":
        return {(doc.municipality.id, "name"), *minutes.printed(doc, _find_meeting(doc, req.meeting_id))}
    out = {(doc.municipality.id, "name"), (doc.strategy.id, "title")}

    def add(entity, fields: tuple[str, ...] | None = None) -> None:
        out.update((entity.id, name) for name in fields or PRINTED_FIELDS.get(entity.KIND, ()))

    def add_tree(root) -> None:
        for entity in root.walk():
            add(entity)

    if req.kind == "decision":
        if doc.decision is not None:
            add(doc.decision)
        return out
    if req.kind in ("strategy", "donor"):
        add_tree(doc.strategy)
        for group in doc.target_groups:
            add(group)
        if plan is not None:
            _add_plan(plan, add, add_tree)
        if req.kind == "strategy":
            out |= annexes.printed(doc)
        return out
    for objective in doc.strategy.objectives:  # their titles head the plan's and the review's groups
        add(objective, ("title",))
    if req.kind == "action-plan" and plan is not None:
        _add_plan(plan, add, add_tree)
    elif rev is not None:
        add_tree(rev)
        for entry in rev.entries:
            activity = doc.find(entry.activity_id) if entry.activity_id else None
            if isinstance(activity, Activity):
                add(activity, ("title",))
    return out


def _add_plan(plan: ActionPlan, add, add_tree) -> None:
    """The plan's printed texts: its activities' fields, the notes when that column shows, the names and
    texts of the columns it shows."""
    shown = action_plan.printed_columns(plan)
    for activity in plan.activities:
        add(activity)
        if any(c.key == "notes" for c in shown):
            add(activity, ("notes",))
        for item in activity.budget_lines + activity.indicators:
            add(item)
    add(plan)
    for column in shown:
        add(column, ("name",))
        if not column.key:
            for cell in column_texts(None, plan, column):
                add(cell, ("value",))


def describe_missing(doc: Document, item: UnreadyText) -> str:
    """One line for a text that is not ready: "activity 2.3: title (sr)", "... (sq; outdated: sr)"."""
    entity = doc.find(item.entity_id)
    kind = entity.KIND.replace("_", " ") if entity is not None else item.part
    number = doc.numbers().get(item.entity_id, "") if entity is not None else ""
    where = f"{kind} {number}".strip()
    langs = [", ".join(item.missing)] if item.missing else []
    if item.outdated:
        langs.append(f"outdated: {', '.join(item.outdated)}")
    return f"{where}: {item.field.replace('_', ' ')} ({'; '.join(langs)})"


def check_completeness(
    doc: Document,
    *,
    document: str = "strategy",
    languages: Iterable[str] = ("sq", "sr"),
    layout: str = "side-by-side",
) -> list[UnreadyText]:
    """The texts this export would print that are missing or outdated in a chosen language, in document order."""
    req = _request(document, layout, tuple(languages), "latn")
    plan = doc.action_plan
    rev = _find_review(doc, req.year) if req.kind == "review" else None
    printed = _printed(doc, req, plan, rev)
    return unready_texts(doc, req.langs, lambda entity_id, name: (entity_id, name) in printed)


def export_pdf(
    doc: Document,
    target: Path | BinaryIO,
    *,
    document: str = "strategy",
    layout: str = "side-by-side",
    languages: Iterable[str] = ("sq", "sr"),
    serbian_script: str = "latn",
    allow_incomplete: bool = False,
    deterministic: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    approval: tuple[str, str] | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write the document as PDF to `target` (a path, written only when complete, or a binary file).

    `approval` is the assembly's (decision number, date) of an approved version the caller exports (a
    thawed `Version`): it replaces the DRAFT mark. When it is None, the document is approved only when
    its content is exactly one of its approved versions (`versions.approved_as`), whatever its decision
    says; otherwise it prints as the draft of its next version, dated `today` (by default the day of the
    export; no date in a deterministic export, which must give the same bytes every time). `progress`
    is called with (done, total); returning False stops with ExportCancelled. Raises IncompleteError when
    a printed text is missing or outdated in a chosen language and `allow_incomplete` is False.
    """
    req = _request(document, layout, tuple(languages), serbian_script)
    plan = doc.action_plan
    rev = _find_review(doc, req.year) if req.kind == "review" else None
    if req.kind == "action-plan" and plan is None:
        raise ExportError("the document has no action plan")
    if req.kind == "decision" and doc.decision is None:
        raise ExportError("the document has no decision (create it from a template first)")
    meeting = _find_meeting(doc, req.meeting_id) if req.kind == "minutes" else None
    printed = _printed(doc, req, plan, rev)
    missing = unready_texts(doc, req.langs, lambda entity_id, name: (entity_id, name) in printed)
    if missing and not allow_incomplete:
        raise IncompleteError(missing, req.langs)
    draft_of = None
    if meeting is not None:
        approval = None  # minutes record a meeting: neither a draft of the plan nor its approval
    elif approval is None:
        version = approved_as(doc)
        if version is not None:
            approval = (version.decision_number, version.decision_date)
        else:
            draft_of = max((v.number for v in doc.versions), default=0) + 1
    if progress is not None and progress(0, 1) is False:
        raise ExportCancelled("the export was cancelled")

    styles = make_styles()
    labels = {lang: Labels(lang, req.script, doc.municipality.country) for lang in req.langs}
    period = {lang: _period(doc, req, plan, lang) for lang in req.langs}
    kind_label = {lang: _kind_label(labels[lang], req, period[lang], meeting, doc) for lang in req.langs}
    footer = _decision(labels, req.langs, approval) or _draft_line(labels, req.langs, draft_of, deterministic, today)
    setup = PageSetup(
        font=styles.regular,
        bold=styles.bold,
        header_left=" / ".join(_unique(text_in(doc.municipality.name, lang, req.script) for lang in req.langs)),
        header_right=" / ".join(_unique(kind_label.values())),
        page_labels=[labels[lang]["page_of"] for lang in req.langs],
        watermark={lang: labels[lang]["draft"] for lang in req.langs} if draft_of else None,
        decision=footer,
        # A sequential decision starts with the first language's page (the plan starts with cover and contents).
        page_langs=req.langs[:1] if req.layout == "sequential" and req.kind == "decision" else (),
    )
    width = PORTRAIT[0] - 2 * MARGIN
    wide = LANDSCAPE[0] - 2 * LANDSCAPE_MARGIN

    def writer(langs: tuple[str, ...], prefix: str = "") -> Writer:
        return Writer(doc, langs, req.script, styles, setup, width, wide, key_prefix=prefix)

    title = {lang: _title(doc, req, plan, labels[lang], lang) for lang in req.langs}
    if req.kind == "decision":
        story = _decision_story(doc, req, writer)
    elif meeting is not None:
        story = _minutes_story(req, writer, meeting)
    else:
        story = _plan_story(doc, req, plan, rev, styles, setup, labels, title, kind_label, period, writer)
    pages = render(
        story,
        setup,
        target,
        title=" / ".join(_unique(title.values())),
        langs=req.langs,
        script=req.script,
        deterministic=deterministic,
        progress=progress,
    )
    return ExportResult(pages=pages, missing=missing, approval=approval, draft_of=draft_of)


def render(
    story: list[Flowable],
    setup: PageSetup,
    target: Path | BinaryIO,
    *,
    title: str,
    langs: tuple[str, ...],
    script: str,
    deterministic: bool,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Lay the story out in one pass and write the PDF to `target` (a path, or a binary file); the page count."""
    buffer = io.BytesIO()
    template = PlanDocTemplate(
        buffer,
        setup,
        progress,
        title=title,
        author=setup.header_left,
        subject=setup.header_right,
        creator=f"Plan {__version__}",
        producer=f"Plan {__version__} (ReportLab)",
        keywords=", ".join(langs),
        lang=pdf_language(langs[0], script),
        invariant=1 if deterministic else 0,
        displayDocTitle=1,
        initialFontName=setup.font,  # else every page names Helvetica, a font that is not embedded
    )
    # Binary streams: ASCII85 would only make the file bigger and cost a fifth of the export's time.
    # The layout makes millions of short-lived objects: the cyclic collector, scanning the whole heap
    # (the open document included) again and again, would add a tenth; it runs once afterwards.
    a85, rl_config.useA85 = rl_config.useA85, 0
    collecting = gc.isenabled()
    gc.disable()
    try:
        template.build(story, canvasmaker=make_canvas(setup))
    finally:
        rl_config.useA85 = a85
        if collecting:
            gc.enable()
    data = buffer.getvalue()
    if isinstance(target, (str, Path)):
        Path(target).write_bytes(data)
    else:
        target.write(data)
    return template.page


def _plan_story(doc, req, plan, rev, styles, setup, labels, title, kind_label, period, writer) -> list[Flowable]:
    """Cover, contents and body of the strategy, the action plan, a review or the donor version."""
    story: list[Flowable] = cover(
        doc,
        req.langs,
        req.script,
        styles,
        title_lines=title,
        # The strategy's cover names the kind of document (its period follows on its own line).
        subtitle_lines={
            lang: _kind_name(labels[lang], doc) if req.kind in ("strategy", "donor") else kind_label[lang]
            for lang in req.langs
        },
        period=period,
        decision=setup.decision,
    )
    story.append(PageBreak())
    entries: list[Entry] = []
    body: list[Flowable] = []
    if req.layout == "sequential":
        for lang in req.langs:
            w = writer((lang,), prefix=f"{lang}-")
            w._part_level = 1
            key = w.key("part")
            head = outline(Paragraph(literal(title[lang]), styles.title), key, 0, LANGUAGE_NAMES[lang])
            entries.append(Entry(key, 0, "", (labels[lang].language_name(),)))
            body += [SetPageLanguages(setup, (lang,)), PageBreak(), head, Spacer(1, 14)]
            part = _body(w, req, plan, rev)
            if part and isinstance(part[0], PageBreak):
                part = part[1:]
            body += part
            entries += w.entries
    else:
        w = writer(req.langs)
        body += _body(w, req, plan, rev)
        entries += w.entries
    toc_title = {lang: labels[lang]["contents"] for lang in req.langs}
    toc_head = outline(
        Paragraph(literal(" / ".join(_unique(toc_title.values()))), styles.h1),
        "contents",
        0,
        " / ".join(_unique(toc_title.values())),
    )
    story += [toc_head, *contents(entries, styles, setup), *body]
    return story


def _decision_story(doc: Document, req: _Request, writer: Callable[..., Writer]) -> list[Flowable]:
    """The decision: its page side by side or in one language, or one page per language in turn."""
    if req.layout != "sequential":
        return decision_page.decision_body(writer(req.langs), doc.decision)
    story: list[Flowable] = []
    for i, lang in enumerate(req.langs):
        w = writer((lang,), prefix=f"{lang}-")
        if i:
            story += [SetPageLanguages(w.setup, (lang,)), PageBreak()]
        story += decision_page.decision_body(w, doc.decision)
    return story


def _minutes_story(req: _Request, writer: Callable[..., Writer], meeting: Meeting) -> list[Flowable]:
    """The minutes side by side or in one language, or once per language, each from a new page."""
    if req.layout != "sequential":
        return minutes.minutes_body(writer(req.langs), meeting)
    story: list[Flowable] = []
    for i, lang in enumerate(req.langs):
        if i:
            story.append(PageBreak())
        story += minutes.minutes_body(writer((lang,), prefix=f"{lang}-"), meeting)
    return story


def _body(w: Writer, req: _Request, plan: ActionPlan | None, rev: Review | None) -> list[Flowable]:
    if req.kind == "review":
        return review.review_body(w, rev)
    if req.kind in ("strategy", "donor"):
        # The chapters in the outline's order; the annexes only in the strategy (not for donors).
        return strategy.strategy_body(w, plan, with_annexes=req.kind == "strategy")
    return action_plan.action_plan_chapter(w, plan) if plan is not None else []


def _unique(values: Iterable[str]) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]


def _period(doc: Document, req: _Request, plan: ActionPlan | None, lang: str) -> str:
    """The period in `lang`: the review's year, the action plan's years, or the document's period with its
    months where it has them ("Tetor 2023 – Prill 2024")."""
    if req.kind == "review":
        return str(req.year)
    if req.kind == "action-plan" and plan:
        return period_text(lang, req.script, plan.start_year, plan.end_year)
    s = doc.strategy
    return period_text(lang, req.script, s.start_year, s.end_year, s.start_month, s.end_month)


def _kind_name(labels: Labels, doc: Document) -> str:
    """What the document calls itself: "Strategjia", "Plani operacional", "Programi" …"""
    kind = doc.strategy.document_kind
    kind = kind if kind in set(DocumentKind) else DocumentKind.STRATEGY.value
    return labels[f"kind_{kind}"]


def _kind_label(
    labels: Labels, req: _Request, period: str, meeting: Meeting | None = None, doc: Document | None = None
) -> str:
    if meeting is not None:
        return labels.format("minutes", date=decision_page.official_date(meeting.date) or meeting.date)
    if req.kind == "review":
        return labels.format("review", year=req.year)
    if req.kind == "decision":
        return labels.decision("kind")
    if req.kind == "action-plan" or doc is None:
        return f"{labels['action_plan' if req.kind == 'action-plan' else 'strategy']} {period}"
    return f"{_kind_name(labels, doc)} {period}"


def _title(doc: Document, req: _Request, plan: ActionPlan | None, labels: Labels, lang: str) -> str:
    if req.kind == "minutes":
        return labels["minutes_title"]
    if req.kind == "action-plan" and plan is not None:
        text = text_in(plan.title, lang, req.script)
        if text:
            return text
    return text_in(doc.strategy.title, lang, req.script) or labels["missing"]


def _decision(labels: dict[str, Labels], langs: tuple[str, ...], approval: tuple[str, str] | None) -> str | None:
    if not approval:
        return None
    number, on = approval
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", on.strip())
    if match:
        on = f"{match.group(3)}.{match.group(2)}.{match.group(1)}"
    return " / ".join(_unique(labels[lang].format("decision", number=number, date=on) for lang in langs))


def _draft_line(
    labels: dict[str, Labels], langs: tuple[str, ...], draft_of: int | None, deterministic: bool, today: date | None
) -> str | None:
    """ "Drafti i versionit 2, 23.11.2026 / Nacrt verzije 2, 23.11.2026": the date only when it is reproducible."""
    if not draft_of:
        return None
    if today is None and not deterministic:
        today = date.today()
    if today is None:
        return " / ".join(_unique(labels[lang].format("draft_version_plain", n=draft_of) for lang in langs))
    on = today.strftime("%d.%m.%Y")
    return " / ".join(_unique(labels[lang].format("draft_version", n=draft_of, date=on) for lang in langs))
