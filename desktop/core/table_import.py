"""Turning a pasted table into activities: guess what each column holds, preview, then create.

The user sees the guessed mapping and the resulting rows before anything is created, and the
creation is one operation (one undo step).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core import activity_levels, columns
from desktop.core import operations as op
from desktop.core.amounts import find_amount
from desktop.core.model import ActionPlan, ActivityNumbering, Column, ColumnLevel, Document, FundingSource
from desktop.core.operations import Change, OperationError
from desktop.core.search import fold

# What a column can be mapped to, in the order the mapping dialog offers them; besides these, a column can go to
# one of the plan's own columns ("column:<id>") or become a new one, a text per activity or per objective.
TARGETS = (
    "ignore", "number", "objective", "title", "description", "responsible", "partners", "timeframe",
    "budget", "source", "indicator", "target_groups", "notes",
)  # fmt: skip
NEW_COLUMN = "new_column"  # a new column of the plan's own, named by the header: a text per activity
NEW_OBJECTIVE_COLUMN = "new_objective_column"  # the same, a text per objective (a cell merged over its activities)
OWN_COLUMN = "column:"  # prefix of a target naming one of the plan's own columns by id
# The targets a standard column of the plan stands for: a renamed one is recognised by its plan name too.
_STANDARD_TARGETS = {
    "number": "number", "activity": "title", "responsible": "responsible", "partners": "partners",
    "timeframe": "timeframe", "budget": "budget", "indicator": "indicator", "target_groups": "target_groups",
    "notes": "notes",
}  # fmt: skip
# A number typed before an activity's title ("1.1 Hartimi ...", "2. Rekrutimi"): kept apart from the title.
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s+(?=\S)(.*)$", re.DOTALL)

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
    # "Sqarim" (explanation) is not a note: a plan that has it prints it, so it becomes a column of its own.
    "notes": ("shenim", "napomen", "note", "koment", "comment"),
}
_YEAR = re.compile(r"\b(19[9]\d|20\d\d)\b")
_PART = re.compile(r"\b([QTKH])\s*([1-4])\b|\b([1-4])\s*([QTKH])\b", re.IGNORECASE)
_HALF_WORDS = {"H1": ("gjysma e pare", "prva polovina", "first half", "gjashtemujori i pare"),
               "H2": ("gjysma e dyte", "druga polovina", "second half", "gjashtemujori i dyte")}  # fmt: skip
_CENTRAL = ("qeveri", "minist", "vlad", "central", "republik", "drzav")
_MUNICIPAL = ("komun", "opstin", "municip", "bashki", "lokal", "local")


def _plan_names(plan: ActionPlan | None) -> dict[str, str]:
    """Folded names the plan gave its columns (any language) -> the target they stand for."""
    out: dict[str, str] = {}
    if plan is None:
        return out
    for column in columns.columns_of(plan):
        target = _STANDARD_TARGETS.get(column.key or "") if column.key else f"{OWN_COLUMN}{column.id}"
        if target is None:
            continue
        for lang in column.name.values:
            name = fold(column.name.get(lang) or "").strip()
            if name:
                out.setdefault(name, target)
    return out


def guess_mapping(rows: Sequence[Sequence[str]], plan: ActionPlan | None = None) -> tuple[bool, list[str]]:
    """Whether the first row is a header, and a target for each column.

    A header cell that names one of `plan`'s columns goes there; one that matches the usual words (sq, sr, en)
    goes to that standard target; any other named column of a header becomes a new column of the plan's own,
    a text per objective when its cells are merged over each objective's activities."""
    if not rows:
        return False, []
    width = len(rows[0])
    mapping = ["ignore"] * width
    header = [fold(cell) for cell in rows[0]]
    used: set[str] = set()
    named = _plan_names(plan)
    for i, cell in enumerate(header):
        target = named.get(cell.strip())
        if target and target not in used:
            mapping[i] = target
            used.add(target)
            continue
        # The target of the longest word the cell names: "Ciljne grupe" are target groups, not an objective.
        found = [(max(len(w) for w in words if _names(cell, w)), target) for target, words in _HEADER_WORDS.items()
                 if target not in used and cell and any(_names(cell, w) for w in words)]  # fmt: skip
        if found:
            target = max(found, key=lambda f: f[0])[1]
            mapping[i] = target
            used.add(target)
    if used:
        for i, cell in enumerate(header):
            if mapping[i] == "ignore" and cell.strip():
                mapping[i] = NEW_OBJECTIVE_COLUMN if _merged_per_objective(rows[1:], mapping, i) else NEW_COLUMN
        return True, mapping
    # No header: the widest text column is the activity, a leading "1.2" column the number.
    if width:
        lengths = [sum(len(r[i]) for r in rows) for i in range(width)]
        mapping[lengths.index(max(lengths))] = "title"
        if width > 1 and all(re.fullmatch(r"[\d.]*", r[0].strip()) for r in rows) and mapping[0] == "ignore":
            mapping[0] = "number"
    return False, mapping


def _names(header: str, word: str) -> bool:
    """A folded header cell announces `word`: it starts with it, has it as a word, or (a stem of four letters or
    more) has a word starting with it ("Personi përgjegjës")."""
    parts = header.split()
    return header.startswith(word) or word in parts or (len(word) >= 4 and any(p.startswith(word) for p in parts))


def _merged_per_objective(rows: Sequence[Sequence[str]], mapping: Sequence[str], column: int) -> bool:
    """A column filled once per objective (the first of its rows, or repeated in all of them as a merged cell
    arrives from HTML), beside an objective column: one text per objective, not per activity."""
    if "objective" not in mapping:
        return False
    at = mapping.index("objective")
    groups: list[list[str]] = []
    for row in rows:
        if at < len(row) and row[at].strip() and (not groups or row[at].strip() != groups[-1][0]):
            groups.append([row[at].strip()])
        if groups and column < len(row):
            groups[-1].append(row[column].strip())
    if not groups or all(len(g) <= 2 for g in groups):
        return False  # one row per objective: nothing tells a merged cell from an activity's own text
    for group in groups:
        texts = {t for t in group[1:] if t}
        if len(texts) > 1:
            return False
    return any(len(g) > 2 for g in groups)


def split_number(title: str) -> tuple[str | None, str]:
    """'1.1 Hartimi i planit' -> ('1.1', 'Hartimi i planit'); a title without a leading number is kept whole."""
    m = _LEADING_NUMBER.match(title)
    if not m:
        return None, title
    return m.group(1), m.group(2).strip()


def _title_key(title: str) -> str:
    """An objective's title as matched against a pasted one: folded, without its closing stop."""
    return fold(title).strip().rstrip(".;:").strip()


def _source_number(text: str) -> str | None:
    """A source's number cell ("1.", "1.1", "2)") as kept: without the closing dot; None when it is no number."""
    value = text.strip().rstrip(".)").strip()
    try:
        return activity_levels.check_number(value)
    except OperationError:
        return None


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
    number: str | None = None  # the source's own number ("1", "1.1"), without its closing dot
    parent: int | None = None  # index of the draft this one is a sub-activity of (1.1 under 1)
    cells: dict[str, str] = field(default_factory=dict)  # own column (id, or "new:<i>") -> its text
    objective_cells: dict[str, str] = field(default_factory=dict)  # objective-level column -> the objective's text


def column_key(mapping: Sequence[str], index: int) -> str | None:
    """The own-column key of a mapped column: an existing column's id, "new:<index>" for a new one, or None."""
    target = mapping[index]
    if target.startswith(OWN_COLUMN):
        return target[len(OWN_COLUMN) :]
    if target in (NEW_COLUMN, NEW_OBJECTIVE_COLUMN):
        return f"new:{index}"
    return None


def new_columns(mapping: Sequence[str], header: Sequence[str] | None) -> dict[str, tuple[str, str]]:
    """The columns a paste adds to the plan: "new:<i>" -> (name from the header, level)."""
    out: dict[str, tuple[str, str]] = {}
    for i, target in enumerate(mapping):
        if target in (NEW_COLUMN, NEW_OBJECTIVE_COLUMN):
            name = (header[i].strip() if header and i < len(header) else "") or f"{i + 1}"
            level = ColumnLevel.OBJECTIVE.value if target == NEW_OBJECTIVE_COLUMN else ColumnLevel.ACTIVITY.value
            out[f"new:{i}"] = (name.replace("\n", " ")[:200], level)
    return out


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
    own: dict[str, str] = {}  # own column key -> level
    for i in range(len(mapping)):
        key = column_key(mapping, i)
        if key is None:
            continue
        if mapping[i].startswith(OWN_COLUMN):
            column = doc.find(key)
            if not isinstance(column, Column):
                continue
            own[key] = column.level
        else:
            own[key] = ColumnLevel.OBJECTIVE.value if mapping[i] == NEW_OBJECTIVE_COLUMN else ColumnLevel.ACTIVITY.value
    by_title = {_title_key(o.title.get(lang) or o.title.best(lang)[0]): o.id for o in doc.strategy.objectives}
    by_number = {str(i): o.id for i, o in enumerate(doc.strategy.objectives, 1)}
    drafts: list[DraftActivity] = []
    levels = _numbers_in_levels(rows, mapping)
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
        extra = {key: row[i].strip() for i in range(min(len(row), len(mapping))) if (key := column_key(mapping, i))}
        if drafts and _continues(cells, drafts[-1]):
            drafts[-1].texts["title"] += " " + cells["title"]  # a row split across a page in Word
            continue
        draft = DraftActivity(objective="", new_objective="")
        draft.number = _source_number(cells["number"]) if cells.get("number") else None
        number, title = split_number(cells["title"])
        if number and title:
            cells["title"] = title
            draft.number = draft.number or _source_number(number)
        for key, text in extra.items():
            if text and key in own:
                (draft.objective_cells if own[key] == ColumnLevel.OBJECTIVE else draft.cells)[key] = text
        if cells.get("objective"):
            merged = cells["objective"]
        objective = merged if "objective" in cells else heading
        if objective:
            # "Objektivi 1: ..." or "1. ..." may carry the number of an existing objective
            draft.objective = by_title.get(_title_key(objective), "") or by_title.get(
                _title_key(split_number(objective)[1]), ""
            )
            if not draft.objective:
                draft.new_objective = objective
        elif cells.get("number") and not levels:
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
    _link_parents(drafts)
    return drafts


def _numbers_in_levels(rows: Sequence[Sequence[str]], mapping: Sequence[str]) -> bool:
    """The number column numbers activities in levels (1, 1.1, 1.2, 2), not objective.activity (1.1, 2.1): some
    "N.M" row has a row "N" of its own."""
    if "number" not in mapping:
        return False
    at = mapping.index("number")
    numbers = {n for row in rows if at < len(row) and (n := _source_number(row[at]))}
    return any("." in n and n.rsplit(".", 1)[0] in numbers for n in numbers)


def _link_parents(drafts: list[DraftActivity]) -> None:
    """1.1 and 1.2 go under the row numbered 1 above them, when it is in the same objective."""
    seen: dict[str, int] = {}
    for i, draft in enumerate(drafts):
        if not draft.number:
            continue
        if "." in draft.number:
            j = seen.get(draft.number.rsplit(".", 1)[0])
            if j is not None and (drafts[j].objective, drafts[j].new_objective) == (
                draft.objective,
                draft.new_objective,
            ):
                draft.parent = j
        seen[draft.number] = i


def numbers_found(drafts: Sequence[DraftActivity]) -> bool:
    """Whether the source numbered its rows (the paste can keep those numbers)."""
    return any(d.number for d in drafts)


def _continues(cells: dict[str, str], previous: DraftActivity) -> bool:
    """The rest of the row above, cut where a page ended: it starts in lower case, the row above ends mid-sentence,
    and no other cell of its own is filled."""
    title, before = cells["title"], previous.texts.get("title", "")
    others = [v for t, v in cells.items() if v and t != "title"]
    return bool(before) and title[:1].islower() and before.rstrip()[-1:] not in ".;:!?" and not others


def add_drafts(
    doc: Document,
    plan_id: str,
    default_objective_id: str,
    drafts: Sequence[DraftActivity],
    lang: str,
    *,
    new_columns: Mapping[str, tuple[str, str]] | None = None,
    keep_numbers: bool = False,
) -> Change:
    """Create the drafted activities (and the objectives, target groups and own columns they name) in one
    operation; sub-activities go under their parent; `keep_numbers` makes the plan print the source's numbers.

    Invalid time points or amounts are kept as text (note) rather than refused: a paste never fails half-way.
    """
    plan, objective = doc.find(plan_id), doc.find(default_objective_id)
    if plan is None or objective is None:
        raise OperationError("choose the action plan and the objective to paste into")
    change = Change("paste_activities")
    column_ids: dict[str, str] = {}
    for key, (name, level) in (new_columns or {}).items():
        c = columns.add_column(doc, plan.id, {lang: name}, level=level)
        change.extend(c)
        column_ids[key] = c.upserted[-1]
    created: list[str] = []
    objective_texts: set[tuple[str, str]] = set()
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
        created.append(activity_id)
        act = doc.find(activity_id)
        if draft.parent is not None and draft.parent < len(created):
            parent = doc.find(created[draft.parent])
            if parent is not None and parent.objective_id == act.objective_id:
                act.parent_id = parent.id  # listed after its parent already: the paste keeps the source's order
        if draft.number:
            act.number = draft.number
        for key, text in draft.cells.items():
            column_id = column_ids.get(key, key)
            if isinstance(doc.find(column_id), Column):
                change.extend(columns.set_cell(doc, column_id, activity_id, lang, text))
        for key, text in draft.objective_cells.items():
            column_id = column_ids.get(key, key)
            if (column_id, objective_id) not in objective_texts and isinstance(doc.find(column_id), Column):
                objective_texts.add((column_id, objective_id))  # merged over its activities: the first row has it
                change.extend(columns.set_cell(doc, column_id, objective_id, lang, text))
        if draft.amount is not None:
            year = int((draft.start or str(plan.start_year))[:4])
            change.extend(op.add_budget_line(doc, activity_id, year, draft.amount, source=draft.source,
                                             funder=draft.funder))  # fmt: skip
        if draft.indicator:
            change.extend(op.add_indicator(doc, activity_id, {"name": {lang: draft.indicator}}))
    if keep_numbers:
        change.extend(activity_levels.set_activity_numbering(doc, plan.id, ActivityNumbering.KEPT.value))
    change.operation = "paste_activities"
    return change


# Made of several operations: if one refuses half-way, the session reloads the last stored state.
add_drafts.compound = True
