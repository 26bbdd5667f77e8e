"""A recognised document (chapters, objectives with their activities, own columns, the decision) written into a
plan as one operation: into the plan that is open, or into a new one (see desktop/exchange/docimport)."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core import chapters, columns
from desktop.core import operations as op
from desktop.core.activity_levels import check_number, indent_activity, set_activity_numbering
from desktop.core.decision import create_decision, set_decision
from desktop.core.model import (
    PART_ACTION_PLANS,
    PARTS,
    ActivityNumbering,
    ChapterNumbering,
    ColumnLevel,
    DecisionTemplate,
    Document,
    FundingSource,
    Section,
)
from desktop.core.operations import Change, OperationError
from desktop.core.outline import top_level
from desktop.core.search import fold
from desktop.core.text import TState, check_language

# The standard sections a chapter title fills (folded words), before any chapter of the plan's own is added.
SECTION_WORDS = {
    "context": ("kontekst", "context", "uvod", "hyrje", "analiza e situates"),
    "vision": ("vizion", "vizij", "vision"),
    "mission": ("mision", "misij", "mission"),
    "goal": ("qellim", "cilj", "goal"),
}


@dataclass
class ImportedChapter:
    title: str
    body: str = ""
    number: str = ""  # as the source typed it ("IV.", "4.1.1"): pairs the chapter with another version's
    chapters: list[ImportedChapter] = field(default_factory=list)
    figures: list[tuple[bytes, str]] = field(default_factory=list)  # image, caption


@dataclass
class ImportedActivity:
    title: str
    number: str | None = None
    level: int = 0  # 0: an activity; 1: a sub-activity of the activity above at level 0; and so on
    texts: dict[str, str] = field(default_factory=dict)  # description, responsible, partners, timeframe_note, notes
    start: str | None = None
    end: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    source: str = FundingSource.MUNICIPAL.value
    funder: str = ""
    indicator: str = ""
    cells: dict[str, str] = field(default_factory=dict)  # own column's name -> text
    groups: list[str] = field(default_factory=list)  # target groups by name


@dataclass
class ImportedObjective:
    title: str
    description: str = ""
    number: str = ""
    priorities: list[str] = field(default_factory=list)
    sub_priorities: list[tuple[int, str]] = field(default_factory=list)  # (index of its priority, title)
    cells: dict[str, str] = field(default_factory=dict)  # objective-level own column's name -> text
    activities: list[ImportedActivity] = field(default_factory=list)


@dataclass
class ImportedPlan:
    lang: str
    title: str = ""
    kind: str | None = None
    period: tuple[int, int] | None = None
    numbering: str | None = None  # ChapterNumbering the source used
    chapters: list[ImportedChapter] = field(default_factory=list)
    action_plan_at: int | None = None  # the action plan's place among the top-level chapters
    plan_title: str = ""
    objectives: list[ImportedObjective] = field(default_factory=list)
    own_columns: list[tuple[str, str]] = field(default_factory=list)  # (name, ColumnLevel)
    keep_numbers: bool = False
    decision: dict[str, str] = field(default_factory=dict)  # Decision text field -> text
    decision_number: str | None = None
    decision_date: str | None = None  # ISO
    decision_template: str | None = None
    decision_point_style: str | None = None
    months: tuple[int, int] | None = None  # the period's first and last month (a project of Tetor–Prill)
    donors: str = ""
    partners: str = ""
    plan_priorities: list[tuple[str, list[str]]] = field(default_factory=list)  # the plan's own, with subs
    target_groups: list[str] = field(default_factory=list)
    part_places: dict[str, int] = field(default_factory=dict)  # objectives/target groups: chapters before them


def _section_key(doc: Document, title: str) -> Section | None:
    """An empty standard section this chapter title names ("Konteksti", "Vizioni i QKK")."""
    words = fold(title)
    for key, stems in SECTION_WORDS.items():
        if any(words.startswith(s) or f" {s}" in f" {words}"[:40] for s in stems):
            section = next((s for s in doc.strategy.sections if s.key == key), None)
            if section is not None and section.title.is_empty() and section.body.is_empty() and not section.sections:
                return section
    return None


def _add_chapters(doc: Document, lang: str, parent_id: str | None, items: list[ImportedChapter], change: Change,
                  placed: list[str]) -> None:  # fmt: skip
    for item in items:
        texts = {"title": {lang: item.title}, "body": {lang: item.body}}
        section = _section_key(doc, item.title) if parent_id is None else None
        if section is not None:
            for name, values in texts.items():
                change.extend(op.set_text(doc, section.id, name, lang, values[lang]))
            sid = section.id
        else:
            c = chapters.add_chapter(doc, parent_id, texts)
            change.extend(c)
            sid = c.upserted[0]
        if parent_id is None:
            placed.append(sid)
        for image, caption in item.figures:
            # A picture larger than the app keeps, or not PNG/JPEG: the chapter's text still comes in.
            with contextlib.suppress(OperationError):
                change.extend(chapters.add_figure(doc, sid, image, {lang: caption} if caption else None))
        _add_chapters(doc, lang, sid, item.chapters, change, placed=[])


def import_plan(doc: Document, plan: ImportedPlan) -> Change:
    """Write a recognised document into `doc`: its chapters after the existing ones (a standard section that is
    still empty takes the chapter that names it), its objectives (an existing one of the same title is reused),
    the activities into the action plan in force (a new one if there is none), the own columns, the kept
    numbers and sub-activities, and the decision's lines. One step: undone at once."""
    lang = plan.lang
    change = Change("import_document")
    strategy = doc.strategy
    if plan.title and strategy.title.is_empty():
        change.extend(op.set_text(doc, strategy.id, "title", lang, plan.title))
    if plan.kind:
        change.extend(chapters.set_plan_facts(doc, kind=plan.kind))
    if plan.months and plan.period == (strategy.start_year, strategy.end_year):
        change.extend(chapters.set_plan_facts(doc, start_month=plan.months[0], end_month=plan.months[1]))
    for name in ("donors", "partners"):
        if getattr(plan, name) and strategy.text(name).is_empty():
            change.extend(op.set_text(doc, strategy.id, name, lang, getattr(plan, name)))
    known = {fold(g.name.best(lang)[0]) for g in doc.target_groups}
    for name in plan.target_groups:
        if fold(name) not in known:
            change.extend(op.add_target_group(doc, {"name": {lang: name}}))
            known.add(fold(name))
    for title, subs in plan.plan_priorities:
        c = chapters.add_plan_priority(doc, {"title": {lang: title}})
        change.extend(c)
        for sub in subs:
            change.extend(op.add_priority(doc, c.upserted[-1], {"title": {lang: sub}}))
    if plan.numbering and plan.chapters:
        change.extend(chapters.set_chapter_numbering(doc, ChapterNumbering(plan.numbering).value))
    placed: list[str] = []
    _add_chapters(doc, lang, None, plan.chapters, change, placed)
    target = doc.action_plan
    if plan.objectives:
        if target is None:
            start, end = plan.period or (strategy.start_year, strategy.end_year)
            c = op.add_action_plan(doc, start, end)
            change.extend(c)
            target = doc.find(c.upserted[0])
        if plan.plan_title and target.title.is_empty():
            change.extend(op.set_text(doc, target.id, "title", lang, plan.plan_title))
        _add_plan(doc, target, plan, change)
    places = {part: at for part, at in plan.part_places.items() if part in PARTS}
    if plan.objectives and plan.action_plan_at is not None:
        places[PART_ACTION_PLANS] = plan.action_plan_at
    if places and placed:
        _place_parts(doc, places, placed, change)
    if plan.decision:
        _add_decision(doc, plan, change)
    change.operation = "import_document"
    return change


def _place_parts(doc: Document, places: dict[str, int], placed: list[str], change: Change) -> None:
    """Put the fixed parts the document had (the action plan, the objectives …) where it had them: part ->
    how many of its top-level chapters came before it; parts at the same place in their usual order."""
    order = [k for k in top_level(doc) if k not in places]
    shift: dict[int, int] = {}
    for part, at in sorted(places.items(), key=lambda kv: (kv[1], PARTS.index(kv[0]))):
        anchor = placed[at - 1] if 0 < at <= len(placed) else None
        if anchor in order:
            index = order.index(anchor) + 1 + shift.get(at, 0)
        elif at == 0 and placed[0] in order:
            index = order.index(placed[0]) + shift.get(at, 0)
        else:
            index = len(order)
        shift[at] = shift.get(at, 0) + 1
        order.insert(index, part)
    doc.strategy.outline = order
    if doc.strategy.id not in change.upserted:
        change.upserted.append(doc.strategy.id)


import_plan.compound = True  # made of many operations: a refusal half-way reloads the last stored state


def _add_plan(doc: Document, target, plan: ImportedPlan, change: Change) -> None:
    lang = plan.lang
    own: dict[str, str] = {}
    for name, level in plan.own_columns:
        existing = next(
            (c for c in columns.columns_of(target) if not c.key and fold(c.name.best(lang)[0]) == fold(name)), None
        )
        if existing is None:
            c = columns.add_column(doc, target.id, {lang: name}, level=ColumnLevel(level).value)
            change.extend(c)
            existing = doc.find(c.upserted[-1])
        own[name] = existing.id
    if any(a.texts.get("notes") for o in plan.objectives for a in o.activities):
        change.extend(columns.set_column_hidden(doc, target.id, "notes", False))
    by_title = {fold(o.title.best(lang)[0]): o.id for o in doc.strategy.objectives}
    by_group = {fold(g.name.best(lang)[0]): g.id for g in doc.target_groups}
    numbered = False
    for obj in plan.objectives:
        oid = by_title.get(fold(obj.title))
        if oid is None:
            texts = {"title": {lang: obj.title}}
            if obj.description:
                texts["description"] = {lang: obj.description}
            c = op.add_objective(doc, texts)
            change.extend(c)
            oid = c.upserted[0]
            by_title[fold(obj.title)] = oid
        added = []
        for title in obj.priorities:
            c = op.add_priority(doc, oid, {"title": {lang: title}})
            change.extend(c)
            added.append(c.upserted[-1])
        for index, title in obj.sub_priorities:
            if 0 <= index < len(added):
                change.extend(op.add_priority(doc, added[index], {"title": {lang: title}}))
        for name, text in obj.cells.items():
            if name in own and text:
                change.extend(columns.set_cell(doc, own[name], oid, lang, text))
        levels: list[int] = []  # the levels of the activities above, to indent each under its parent
        for act in obj.activities:
            texts = {"title": {lang: act.title}, **{k: {lang: v} for k, v in act.texts.items() if v}}
            names = [name for g in act.groups for name in _group_names(g, by_group)]
            groups = [by_group[fold(g)] for g in names if fold(g) in by_group]
            if len(groups) < len(names):  # a group the plan does not have: its name stays with the activity
                rest = "\n".join(g for g in names if fold(g) not in by_group)
                texts["description"] = {lang: "\n".join(filter(None, (act.texts.get("description"), rest)))}
            try:
                c = op.add_activity(doc, target.id, oid, texts, start=act.start, end=act.end, target_group_ids=groups)
            except OperationError:  # an impossible span: keep the words (already in the note), drop the points
                c = op.add_activity(doc, target.id, oid, texts, target_group_ids=groups)
            change.extend(c)
            aid = c.upserted[0]
            level = min(act.level, (levels[-1] + 1) if levels else 0)
            levels.append(level)
            for _ in range(level):
                change.extend(indent_activity(doc, aid))
            if act.number:
                try:
                    doc.find(aid).number = check_number(act.number)
                    numbered = True
                except OperationError:
                    pass  # not a number the plan can print: the plan numbers it itself
            if act.amount is not None:
                year = int((act.start or str(target.start_year))[:4])
                with contextlib.suppress(OperationError):  # an amount beyond the app's limits is left out
                    change.extend(op.add_budget_line(doc, aid, year, act.amount, currency=act.currency,
                                                     source=act.source, funder=act.funder))  # fmt: skip
            if act.indicator:
                change.extend(op.add_indicator(doc, aid, {"name": {lang: act.indicator}}))
            for name, text in act.cells.items():
                if name in own and text:
                    change.extend(columns.set_cell(doc, own[name], aid, lang, text))
    if numbered and plan.keep_numbers:
        # Numbers the plan would give itself (1.1, 1.2 … under each objective) need not be kept: keeping them
        # would stop the plan renumbering when an activity is added or moved.
        own_numbers = doc.activity_numbers(target)
        kept = {a.id: a.number for a in target.activities if a.id in change.upserted and a.number}
        if any(own_numbers.get(aid) != number for aid, number in kept.items()):
            change.extend(set_activity_numbering(doc, target.id, ActivityNumbering.KEPT.value))


def _group_names(text: str, known: dict[str, str]) -> list[str]:
    """The groups a cell lists with commas ("Fëmijët në rrezik, Komunitetet rom, ashkali dhe egjiptian"): parts
    joined back until they name a known group; the text whole when they do not all do."""
    if fold(text) in known:
        return [text]
    out, current = [], ""
    for part in text.split(","):
        current = f"{current},{part}" if current else part
        if fold(current.strip()) in known:
            out.append(current.strip())
            current = ""
    return out if out and not current else [text]


def _add_decision(doc: Document, plan: ImportedPlan, change: Change) -> None:
    lang = plan.lang
    if doc.decision is None:
        template = plan.decision_template or (
            DecisionTemplate.ALBANIA.value if doc.municipality.country == "AL" else DecisionTemplate.KOSOVO.value
        )
        change.extend(create_decision(doc, template))
        # The template's wording in the other languages would say something else than this decision does, and
        # a line the template fills that the decision does not have (its preamble, session) was never decided.
        for name in doc.decision.TEXTS:
            mt = doc.decision.text(name)
            for other in list(mt.values):
                if other != lang or name not in plan.decision:
                    mt.values.pop(other)
            mt.source = None
    decision = doc.decision
    for name, text in plan.decision.items():
        if name in decision.TEXTS:
            change.extend(op.set_text(doc, decision.id, name, lang, text))
            decision.text(name).set_state(lang, "translated")
    if plan.decision_point_style in ("roman", "decimal"):
        decision.point_style = plan.decision_point_style
    values = {}
    if plan.decision_number:
        values["number"] = plan.decision_number
    if plan.decision_date:
        values["date"] = plan.decision_date
    if values:
        change.extend(set_decision(doc, **values))
    if decision.id not in change.upserted:
        change.upserted.append(decision.id)


def import_translation(doc: Document, lang: str, texts: Sequence[tuple[str, str, str, str]]) -> Change:
    """Store another language version's texts, paired with the plan's items beforehand (see
    desktop/exchange/docimport/pairing.py): each (entity id, field, column id, text) is a field's text, or with
    a column id an own column's cell of that activity or objective. Stored as translated, made from the
    current source text, so a later change of the source marks them outdated. One step: undone at once."""
    check_language(lang)
    change = Change("import_translation")
    for entity_id, name, column_id, text in texts:
        if column_id:
            change.extend(columns.set_cell(doc, column_id, entity_id, lang, text))
        else:
            change.extend(op.set_text(doc, entity_id, name, lang, text, TState.TRANSLATED))
    change.operation = "import_translation"
    return change


import_translation.compound = True
