"""Turning a pasted table into activities: guess what each column holds, preview, then create.

The user sees the guessed mapping and the resulting rows before anything is created, and the
creation is one operation (one undo step).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core import operations as op
from desktop.core.amounts import find_amount
from desktop.core.model import Document, FundingSource
from desktop.core.operations import Change, OperationError
from desktop.core.search import fold

# What a column can be mapped to, in the order the mapping dialog offers them.
TARGETS = (
    "ignore", "number", "objective", "title", "description", "responsible", "partners", "timeframe",
    "budget", "source", "indicator", "target_groups", "notes",
)  # fmt: skip

# Header words (folded) in Albanian, Serbian and English that announce a column.
_HEADER_WORDS = {
    "number": ("nr", "br", "no", "#", "rb", "r.b", "nr."),
    "objective": ("objektiv", "cilj", "objective", "qellim"),
    "title": ("aktivitet", "aktivnost", "activit", "veprim", "mera", "masa"),
    "description": ("pershkrim", "opis", "description"),
    "responsible": ("pergjegj", "odgovor", "responsib", "nosilac", "zbatues"),
    "partners": ("partner",),
    "timeframe": ("afat", "rok", "deadline", "time", "koha", "vreme", "period"),
    "budget": ("buxhet", "budzet", "budget", "kosto", "cost", "iznos", "shuma", "trosk"),
    "source": ("burim", "izvor", "source", "financ", "finans", "fund"),
    "indicator": ("tregues", "indikator", "indicator"),
    "target_groups": ("grup", "target", "korisnik", "perfitues", "ciljn"),
    "notes": ("shenim", "napomen", "note", "koment", "comment", "sqarim", "objasnj", "explan"),
}
_YEAR = re.compile(r"\b(19[9]\d|20\d\d)\b")
_PART = re.compile(r"\b([QTKH])\s*([1-4])\b|\b([1-4])\s*([QTKH])\b", re.IGNORECASE)
_HALF_WORDS = {"H1": ("gjysma e pare", "prva polovina", "first half", "gjashtemujori i pare"),
               "H2": ("gjysma e dyte", "druga polovina", "second half", "gjashtemujori i dyte")}  # fmt: skip
_CENTRAL = ("qeveri", "minist", "vlad", "central", "republik", "drzav")
_MUNICIPAL = ("komun", "opstin", "municip", "bashki", "lokal", "local")


def guess_mapping(rows: Sequence[Sequence[str]]) -> tuple[bool, list[str]]:
    """Whether the first row is a header, and a target for each column."""
    if not rows:
        return False, []
    width = len(rows[0])
    mapping = ["ignore"] * width
    header = [fold(cell) for cell in rows[0]]
    used: set[str] = set()
    for i, cell in enumerate(header):
        for target, words in _HEADER_WORDS.items():
            if target not in used and cell and any(cell.startswith(w) or w in cell.split() for w in words):
                mapping[i] = target
                used.add(target)
                break
    if used:
        return True, mapping
    # No header: the widest text column is the activity, a leading "1.2" column the number.
    if width:
        lengths = [sum(len(r[i]) for r in rows) for i in range(width)]
        mapping[lengths.index(max(lengths))] = "title"
        if width > 1 and all(re.fullmatch(r"[\d.]*", r[0].strip()) for r in rows) and mapping[0] == "ignore":
            mapping[0] = "number"
    return False, mapping


def parse_timeframe(text: str) -> tuple[str | None, str | None, str]:
    """Start and end points found in a phrase ("T1 2026", "2025-2027", "first half of 2025"), and
    the phrase itself when it says more than those points (kept as the time-frame note)."""
    folded = fold(text)
    points: list[str] = []
    for m in _YEAR.finditer(folded):
        year = m.group(1)
        around = folded[max(0, m.start() - 25) : m.end() + 4]
        part = None
        pm = _PART.search(around)
        if pm:
            letter = (pm.group(1) or pm.group(4)).upper()
            digit = pm.group(2) or pm.group(3)
            part = f"H{digit}" if letter == "H" and digit in "12" else f"Q{digit}" if letter != "H" else None
        for half, words in _HALF_WORDS.items():
            if any(w in around for w in words):
                part = half
        points.append(f"{year}-{part}" if part else year)
    start, end = (points[0], points[-1]) if points else (None, None)
    bare = re.fullmatch(r"[\s\d\-–—/.,qtkh]*", folded) is not None
    return start, end, "" if bare and points else text.strip()


def parse_amount(text: str) -> Decimal | None:
    """The first amount in a cell ("12.000 EUR", "12 000,50 €", "5000"); None when there is none or it is
    ambiguous ("1,2345"): read by the one rule for typed amounts (desktop.core.amounts), never guessed."""
    return find_amount(text)


def parse_source(text: str) -> tuple[str, str]:
    folded = fold(text)
    if not folded.strip():
        return FundingSource.MUNICIPAL.value, ""
    if any(w in folded for w in _MUNICIPAL):
        return FundingSource.MUNICIPAL.value, ""
    if any(w in folded for w in _CENTRAL):
        return FundingSource.CENTRAL.value, ""
    return FundingSource.DONOR.value, text.strip()[:200]


@dataclass
class DraftActivity:
    """One pasted row as it will become an activity (shown in the preview)."""

    objective: str  # existing objective id, or "" for the default objective
    new_objective: str  # title of an objective to create ("" when none)
    texts: dict[str, str] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    amount: Decimal | None = None
    source: str = FundingSource.MUNICIPAL.value
    funder: str = ""
    indicator: str = ""
    target_groups: list[str] = field(default_factory=list)  # names


def draft_rows(
    doc: Document,
    rows: Sequence[Sequence[str]],
    mapping: Sequence[str],
    lang: str,
    header: Sequence[str] | None = None,
) -> list[DraftActivity]:
    """Interpret the rows with a mapping; rows without an activity title are skipped, and so are copies of the
    `header` row (Word repeats it on each page, and a plan often has one table per objective)."""
    repeated = [fold(c) for c in header] if header else None
    by_title = {fold(o.title.get(lang) or o.title.best(lang)[0]): o.id for o in doc.strategy.objectives}
    by_number = {str(i): o.id for i, o in enumerate(doc.strategy.objectives, 1)}
    drafts: list[DraftActivity] = []
    heading = ""  # a full-width merged row names the objective of the rows below it
    merged = ""  # an objective cell merged over several rows arrives in the first of them only
    for row in rows:
        distinct = {c.strip() for c in row if c.strip()}
        if len(distinct) == 1 and sum(1 for c in row if c.strip()) >= max(2, len(row) // 2):
            heading = distinct.pop()
            continue
        cells = {target: row[i].strip() for i, target in enumerate(mapping) if i < len(row) and target != "ignore"}
        if not cells.get("title") or (repeated and [fold(c) for c in row] == repeated):
            continue
        if drafts and _continues(cells, drafts[-1]):
            drafts[-1].texts["title"] += " " + cells["title"]  # a row split across a page in Word
            continue
        draft = DraftActivity(objective="", new_objective="")
        if cells.get("objective"):
            merged = cells["objective"]
        objective = merged if "objective" in cells else heading
        if objective:
            # "Objektivi 1: ..." or "1. ..." may carry the number of an existing objective
            key = fold(objective)
            draft.objective = by_title.get(key, "")
            if not draft.objective:
                draft.new_objective = objective
        elif cells.get("number"):
            draft.objective = by_number.get(cells["number"].split(".")[0], "")
        for name in ("title", "description", "responsible", "partners", "notes"):
            if cells.get(name):
                draft.texts[name] = cells[name]
        if cells.get("timeframe"):
            draft.start, draft.end, note = parse_timeframe(cells["timeframe"])
            if note:
                draft.texts["timeframe_note"] = note
        if cells.get("budget"):
            draft.amount = parse_amount(cells["budget"])
        if cells.get("source"):
            draft.source, draft.funder = parse_source(cells["source"])
        draft.indicator = cells.get("indicator", "")
        if cells.get("target_groups"):
            draft.target_groups = [g.strip() for g in re.split(r"[;,\n]", cells["target_groups"]) if g.strip()]
        drafts.append(draft)
    return drafts


def _continues(cells: dict[str, str], previous: DraftActivity) -> bool:
    """The rest of the row above, cut where a page ended: it starts in lower case, the row above ends mid-sentence,
    and no other cell of its own is filled."""
    title, before = cells["title"], previous.texts.get("title", "")
    others = [v for t, v in cells.items() if v and t != "title"]
    return bool(before) and title[:1].islower() and before.rstrip()[-1:] not in ".;:!?" and not others


def add_drafts(
    doc: Document, plan_id: str, default_objective_id: str, drafts: Sequence[DraftActivity], lang: str
) -> Change:
    """Create the drafted activities (and the objectives and target groups they name) in one operation.

    Invalid time points or amounts are kept as text (note) rather than refused: a paste never fails half-way.
    """
    plan, objective = doc.find(plan_id), doc.find(default_objective_id)
    if plan is None or objective is None:
        raise OperationError("choose the action plan and the objective to paste into")
    change = Change("paste_activities")
    new_objectives: dict[str, str] = {}
    groups = {fold(g.name.best(lang)[0]): g.id for g in doc.target_groups}
    for draft in drafts:
        objective_id = draft.objective or default_objective_id
        if draft.new_objective:
            key = fold(draft.new_objective)
            if key not in new_objectives:
                c = op.add_objective(doc, {"title": {lang: draft.new_objective}})
                change.extend(c)
                new_objectives[key] = c.upserted[0]
            objective_id = new_objectives[key]
        group_ids = []
        for name in draft.target_groups:
            if fold(name) not in groups:
                c = op.add_target_group(doc, {"name": {lang: name}})
                change.extend(c)
                groups[fold(name)] = c.upserted[0]
            group_ids.append(groups[fold(name)])
        texts = {name: {lang: value} for name, value in draft.texts.items()}
        try:
            c = op.add_activity(doc, plan.id, objective_id, texts, start=draft.start, end=draft.end,
                                target_group_ids=group_ids)  # fmt: skip
        except OperationError:  # an impossible span: keep the phrase, drop the points
            c = op.add_activity(doc, plan.id, objective_id, texts, target_group_ids=group_ids)
        change.extend(c)
        activity_id = c.upserted[0]
        if draft.amount is not None:
            year = int((draft.start or str(plan.start_year))[:4])
            change.extend(op.add_budget_line(doc, activity_id, year, draft.amount, source=draft.source,
                                             funder=draft.funder))  # fmt: skip
        if draft.indicator:
            change.extend(op.add_indicator(doc, activity_id, {"name": {lang: draft.indicator}}))
    change.operation = "paste_activities"
    return change


# Made of several operations: if one refuses half-way, the session reloads the last stored state.
add_drafts.compound = True
