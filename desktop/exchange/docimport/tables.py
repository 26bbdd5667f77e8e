"""Action-plan tables in an imported document: which tables are plan tables, a target per column (as the paste
dialog guesses them), and the objectives and activities a table holds under its current mapping."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.activity_levels import check_number
from desktop.core.import_plan import ImportedActivity
from desktop.core.operations import OperationError
from desktop.core.search import fold
from desktop.core.table_import import (
    NEW_OBJECTIVE_COLUMN,
    TARGETS,
    guess_mapping,
    parse_amount,
    parse_source,
    parse_timeframe,
    split_number,
)
from desktop.exchange.docimport.items import OWN_TARGETS, PreviewItem, PreviewTable

ROW_NUMBER = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s+(?P<title>\S.*)$", re.DOTALL)


# An objective's label in print ("Objektivi strategjik 2: …"): the plan numbers objectives itself.
OBJECTIVE_LABEL = re.compile(
    r"^(?:objektivi strategjik|objektivi specifik|objektivi|strateški cilj|strateski cilj|specifični cilj|cilj|"
    r"стратешки циљ|циљ|strategic objective|specific objective|objective)\s*(?P<num>\d{1,2})\s*[:.–-]\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
TOTAL = re.compile(r"^(totali|total|ukupno|укупно|gjithsej|shuma)\b")
BARE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")


def map_header(header: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> list[str]:
    """A target per column, as the paste dialog guesses it (core.table_import): a standard target, or a new
    column of the plan's own named by its header, per objective when merged over each objective's activities."""
    is_header, mapping = guess_mapping([list(header), *rows])
    return mapping if is_header else ["ignore"] * len(header)


def is_plan_header(header: Sequence[str]) -> bool:
    mapping = map_header(header)
    return "title" in mapping and sum(m in TARGETS and m != "ignore" for m in mapping) >= 2


def is_band(row: Sequence[str]) -> bool:
    """A full-width row (one text merged across the table): an objective's name over its rows, or a total."""
    distinct = {c.strip() for c in row if c.strip()}
    return len(distinct) == 1 and len(row) > 2 and sum(1 for c in row if c.strip()) >= max(2, len(row) // 2)


def merged_under_bands(rows: Sequence[Sequence[str]], column: int) -> bool:
    """A column holding one text per objective where objectives are full-width rows (no objective column): in
    each objective's rows the column is empty or the same text in every row (a cell merged down)."""
    groups: list[list[str]] = [[]]
    for row in rows:
        if is_band(row):
            groups.append([])
        elif column < len(row) and not TOTAL.match(fold(next((c for c in row if c.strip()), ""))):
            groups[-1].append(row[column].strip())
    filled = [g for g in groups if any(g)]
    return (
        bool(filled) and len(groups) > 1 and all(len(set(g)) == 1 for g in filled) and any(len(g) > 1 for g in filled)
    )


def fold_row(row: Sequence[str]) -> list[str]:
    return [fold(c).strip() for c in row]


CURRENCY_MARKS = (
    ("EUR", ("eur", "€", "euro")),
    ("ALL", ("lek", "all")),
    ("RSD", ("rsd", "din")),
    ("USD", ("usd", "$")),
)


def currency_of(text: str) -> str | None:
    words = fold(text)
    for code, marks in CURRENCY_MARKS:
        if any(re.search(rf"(?<![a-z]){re.escape(m)}(?![a-z])", words) for m in marks):
            return code
    return None


def table_items(table: PreviewTable, index: int) -> list[PreviewItem]:
    """The objectives and activities a plan table holds, read with its current mapping; counts the rows
    joined because Word cut them at a page end."""
    mapping = table.mapping
    col = {t: i for i, t in enumerate(mapping) if t in TARGETS and t != "ignore"}
    own = [(i, table.header[i].strip()) for i, t in enumerate(mapping) if t in OWN_TARGETS]
    rows: list[dict] = []  # {"number", "title", "objective", "values": {col: text}}
    heading = ""
    joined = 0
    for row in table.rows:
        distinct = {c.strip() for c in row if c.strip()}
        if len(distinct) == 1 and len(row) > 2 and sum(1 for c in row if c.strip()) >= max(2, len(row) // 2):
            heading = distinct.pop()  # a full-width row names the objective of the rows below it
            if TOTAL.match(fold(heading)):
                heading = rows[-1]["objective"] if rows else ""
            continue
        first = next((c.strip() for c in row if c.strip()), "")
        number_cell = row[col["number"]].strip().rstrip(".") if "number" in col else ""
        if TOTAL.match(fold(first)) and not BARE_NUMBER.match(number_cell):
            continue  # an objective's or the plan's total: the plan sums its budget lines itself
        title = row[col["title"]].strip() if "title" in col else ""
        number = row[col["number"]].strip() if "number" in col else ""
        if not number:
            number, title = split_number(title)
        number = kept_number(number or "")
        objective = row[col["objective"]].strip() if "objective" in col else heading
        previous = rows[-1] if rows else None
        if previous is not None and not number and previous["objective"] == objective:
            same = all(
                not row[i].strip() or row[i] == previous["raw"][i] for i in range(len(row)) if i != col.get("title")
            )
            if not title or (same and title[:1].islower()):
                # The rest of the row above, cut where a page ended: each cell's text goes on in the cell above.
                if title:
                    previous["title"] = f"{previous['title']} {title}".strip()
                changed = bool(title)
                for i, text in enumerate(row):
                    if i != col.get("title") and text.strip() and text != previous["raw"][i]:
                        previous["raw"][i] = f"{previous['raw'][i]} {text}".strip()
                        changed = True
                joined += changed
                continue
        if not title:
            continue
        rows.append({"number": number, "title": title, "objective": objective, "raw": list(row)})
    table.joined_rows = joined
    # Levels from the numbers: the shortest numbers in the table are its activities, longer ones sub-activities.
    depths = [len(r["number"].strip(".").split(".")) for r in rows if r["number"]]
    base = min(depths) if depths else 1
    # An own column is per objective when every objective's rows hold one text in it (a merged cell).
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["objective"], []).append(r)
    per_objective = {i for i, _name in own if mapping[i] == NEW_OBJECTIVE_COLUMN}
    items: list[PreviewItem] = []
    current = None
    for r in rows:
        if r["objective"] != current:
            current = r["objective"]
            if current:
                m = OBJECTIVE_LABEL.match(current) or ROW_NUMBER.match(current)
                title = m.group("rest") if m and "rest" in m.groupdict() else m.group("title") if m else current
                title = title.strip()
                items.append(PreviewItem("objective", 0, title, number=m.group("num") if m else "", table=index,
                                         cells={name: r["raw"][i] for i, name in own if i in per_objective},
                                         found_by="table"))  # fmt: skip
        raw = r["raw"]
        title = r["title"]
        act = ImportedActivity(title)
        if "description" not in col and "\n" in title and not title.split("\n", 1)[0].rstrip().endswith(":"):
            # The title, then its description in the same cell (as the plan's own Word export writes them).
            title, description = (part.strip() for part in title.split("\n", 1))
            act.title = title
            act.texts["description"] = description
        for name in ("description", "responsible", "partners", "notes"):
            if name in col and raw[col[name]].strip():
                act.texts[name] = raw[col[name]].strip()
        fields = {}
        for target, i in col.items():
            if target not in ("title", "objective") and raw[i].strip():
                fields[target] = raw[i].strip()
        if "timeframe" in col and raw[col["timeframe"]].strip():
            act.start, act.end, note = timeframe_of(raw[col["timeframe"]])
            if note:
                act.texts["timeframe_note"] = note
        if "budget" in col and raw[col["budget"]].strip():
            act.amount = parse_amount(raw[col["budget"]])
            act.currency = currency_of(raw[col["budget"]])
            if act.amount is None:
                act.texts["notes"] = "\n".join(filter(None, (act.texts.get("notes"), raw[col["budget"]].strip())))
        if "source" in col and raw[col["source"]].strip():
            act.source, act.funder = parse_source(raw[col["source"]])
        if "indicator" in col:
            act.indicator = raw[col["indicator"]].strip()
        if "target_groups" in col and raw[col["target_groups"]].strip():
            # One group a line: linked to the plan's groups of these names, else kept with the description.
            act.groups = [g.strip(" -–•") for g in raw[col["target_groups"]].split("\n") if g.strip(" -–•")]
        level = max(0, len(r["number"].strip(".").split(".")) - base) if r["number"] else 0
        cells = {name: raw[i] for i, name in own if i not in per_objective and raw[i].strip()}
        items.append(PreviewItem("activity", level, title, number=r["number"], fields=fields, cells=cells,
                                 table=index, activity=act, found_by="table row"))  # fmt: skip
    return items


_MONTH_SPAN = re.compile(r"^\s*(\d{1,2})\.(\d{4})\s*[–—-]\s*(\d{1,2})\.(\d{4})\s*$")


def timeframe_of(text: str) -> tuple[str | None, str | None, str]:
    """Start, end and the words to keep of a time-frame cell. "04.2025 – 12.2027" is a span of months; a first
    line that is only the span, followed by words ("04.2025 – 12.2027" / "kontinuirano"), keeps only the words
    (the plan prints its span itself)."""
    first, _, rest = text.strip().partition("\n")
    m = _MONTH_SPAN.match(first)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(3)) <= 12:
        return f"{m.group(2)}-{int(m.group(1)):02d}", f"{m.group(4)}-{int(m.group(3)):02d}", rest.strip()
    if rest:
        start, end, note = parse_timeframe(first)
        if start and not note:
            return start, end, rest.strip()
    return parse_timeframe(text)


def kept_number(text: str) -> str:
    """A number cell as the plan keeps it ("1.", "1.1" -> "1", "1.1"); "" when it is no activity number."""
    value = text.strip().rstrip(".)").strip()
    if not value or not BARE_NUMBER.match(value):
        return ""
    try:
        return check_number(value) or ""
    except OperationError:
        return ""
