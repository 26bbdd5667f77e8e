"""The action plan's table (the plan's own columns, objective bands, objective-level texts merged down over
their activities, the header row repeated on every page) and the review report's tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from desktop.core.columns import cell_text, shown_columns
from desktop.core.model import ActionPlan, Activity, Column, ColumnLevel, Objective
from desktop.core.stats import plan_totals
from desktop.export.cells import SOURCES, amount_text, format_span, number_text
from desktop.export.docx import parts
from desktop.export.docx.writer import Writer
from desktop.export.labels import number_locale, text_in
from desktop.formatting import format_number

# Relative widths of the standard columns; a plan's own columns take OWN_SHARE each.
SHARES = {
    "number": 0.55,
    "activity": 3.0,
    "responsible": 1.4,
    "partners": 1.4,
    "timeframe": 1.1,
    "budget": 1.7,
    "indicator": 2.0,
    "target_groups": 1.3,
    "notes": 1.5,
}
OWN_SHARE = 1.7
CELL_SIZE = 18  # half-points: 9 pt in the tables, as the PDF sets its cells smaller than its text


def _locale(w: Writer, lang: str) -> str:
    return number_locale(lang, w.script)


def _run(text: str, **props) -> str:
    return parts.run(text, size=CELL_SIZE, **props)


def _paras(texts: Iterable[str], *, bold: bool = False) -> list[str]:
    return [parts.para(_run(t, bold=bold)) for t in texts if t]


class PlanTable:
    """The rows of one plan's table for the writer's languages (one, or two in each cell)."""

    def __init__(self, w: Writer, plan: ActionPlan) -> None:
        self.w = w
        self.plan = plan
        self.columns = shown_columns(plan)
        total = sum(SHARES.get(c.key, OWN_SHARE) if c.key else OWN_SHARE for c in self.columns)
        self.widths = [int(w.width * (SHARES.get(c.key, OWN_SHARE) if c.key else OWN_SHARE) / total) for c in self]
        self.groups = {g.id: g for g in w.doc.target_groups}

    def __iter__(self):
        return iter(self.columns)

    def name(self, column: Column, lang: str) -> str:
        """The column's name in `lang`: the plan's own, else the standard one, else its name in another
        language (an own column named in one language only)."""
        own = text_in(column.name, lang, self.w.script)
        if own:
            return own
        if column.key:
            return self.w.labels[lang].column(column.key)
        return text_in(column.name, column.name.best(lang)[1] or lang, self.w.script)

    def header(self) -> str:
        cells = []
        for column, width in zip(self.columns, self.widths, strict=True):
            names = dict.fromkeys(self.name(column, lang) for lang in self.w.langs)
            cells.append(parts.cell(_paras(names, bold=True), width, fill=parts.HEADER_FILL))
        return parts.row(cells, header=True)

    def band(self, obj: Objective) -> str:
        texts = []
        for lang in self.w.langs:
            title = self.w.text(obj.title, lang)
            label = self.w.label("objective", lang, n=self.w.numbers[obj.id])
            texts.append(f"{label}: {title}" if title else label)
        return parts.row(
            [
                parts.cell(
                    _paras(dict.fromkeys(texts), bold=True),
                    sum(self.widths),
                    span=len(self.widths),
                    fill=parts.BAND_FILL,
                )
            ]
        )

    def texts(self, mt) -> list[str]:
        """A text in each printed language: its paragraphs and lists (descriptions, notes and the plan's own
        columns may hold structured text), the PDF's marks where it is missing or outdated."""
        out: list[str] = []
        for lang in self.w.langs:
            out += parts.block_paragraphs(self.w.blocks(mt, lang), self.w.body, CELL_SIZE)
        return out

    def value(self, column: Column, act: Activity) -> list[str]:
        w = self.w
        key = column.key
        if key is None:
            return self.texts(cell_text(self.plan, column, act))
        if key == "number":
            return _paras([w.numbers.get(act.id, "")], bold=True)
        if key == "activity":
            out = []
            for lang in w.langs:
                title = w.text(act.title, lang)
                if title:
                    out.append(parts.para(_run(title, bold=True)))
                out += parts.block_paragraphs(w.blocks(act.description, lang), w.body, CELL_SIZE)
            return out
        if key == "timeframe":
            span = format_span(act.start, act.end)
            return _paras([span]) + self.texts(act.timeframe_note)
        if key == "budget":
            return self.budget(act)
        if key == "indicator":
            return self.indicators(act)
        if key == "target_groups":
            out = []
            for lang in w.langs:
                names = [w.text(self.groups[g].name, lang) for g in act.target_group_ids if g in self.groups]
                out.append(", ".join(n for n in names if n))
            return _paras(out)
        return self.texts(act.text({"responsible": "responsible", "partners": "partners", "notes": "notes"}[key]))

    def budget(self, act: Activity) -> list[str]:
        lang = self.w.langs[0]
        locale = _locale(self.w, lang)
        out = []
        for b in sorted(act.budget_lines, key=lambda b: (b.year, b.source, b.funder, b.currency)):
            sources = dict.fromkeys(
                self.w.label(b.source, lg) if b.source in SOURCES else b.source for lg in self.w.langs
            )
            source = " / ".join(sources) + (f" ({b.funder})" if b.funder else "")
            out.append(
                parts.para(_run(f"{b.year}: {amount_text(b.amount, b.currency, locale)}\n") + _run(source, italic=True))
            )
        return out

    def indicators(self, act: Activity) -> list[str]:
        w = self.w
        out = []
        for ind in act.indicators:
            for lang in w.langs:
                name = w.text(ind.name, lang)
                unit = w.text(ind.unit, lang)
                if name:
                    out.append(parts.para(_run(f"{name} ({unit})" if unit else name)))
            figures = []
            locale = _locale(w, w.langs[0])
            if ind.baseline is not None:
                figures.append(f"{w.label('baseline', w.langs[0])}: {number_text(ind.baseline, locale)}")
            figures += [f"{year}: {number_text(value, locale)}" for year, value in sorted(ind.targets.items())]
            if figures:
                out.append(parts.para(_run(" · ".join(figures), italic=True)))
        return out

    def total_row(self, labels: list[str], amounts: dict[str, Decimal]) -> str | None:
        keys = [c.key for c in self.columns]
        if "budget" not in keys or not amounts:
            return None
        at = keys.index("budget")
        locale = _locale(self.w, self.w.langs[0])
        values = [amount_text(v, cur, locale) for cur, v in sorted(amounts.items())]
        cells = []
        if at:
            cells.append(parts.cell(_paras(dict.fromkeys(labels), bold=True), sum(self.widths[:at]), span=at))
        cells.append(parts.cell(_paras(values, bold=True), self.widths[at]))
        rest = len(self.widths) - at - 1
        if rest:
            cells.append(parts.cell("", sum(self.widths[at + 1 :]), span=rest))
        return parts.row(cells)

    def rows(self) -> list[str]:
        w = self.w
        doc = w.doc
        out = [self.header()]
        by_objective: dict[str, list[Activity]] = defaultdict(list)
        for act in doc.ordered_activities(self.plan):
            by_objective[act.objective_id].append(act)
        groups: list[tuple[Objective | None, list[Activity]]] = [
            (o, by_objective.pop(o.id)) for o in doc.objectives if o.id in by_objective
        ]
        leftovers = [a for acts in by_objective.values() for a in acts]
        if leftovers:
            groups.append((None, leftovers))
        totals = plan_totals(doc, self.plan)
        for obj, acts in groups:
            if obj is not None:
                out.append(self.band(obj))
            for i, act in enumerate(acts):
                cells = []
                for column, width in zip(self.columns, self.widths, strict=True):
                    if column.level == ColumnLevel.OBJECTIVE and column.key is None:
                        # One text per objective, merged down over its activities as the source's cell.
                        if obj is None:
                            cells.append(parts.cell("", width))
                        elif i == 0:
                            cells.append(
                                parts.cell(self.texts(cell_text(self.plan, column, obj)), width, vmerge="restart")
                            )
                        else:
                            cells.append(parts.cell("", width, vmerge="continue"))
                    else:
                        cells.append(parts.cell(self.value(column, act), width))
                out.append(parts.row(cells))
            if obj is not None:
                amounts = {cur: v for (oid, cur), v in totals["objective"].items() if oid == obj.id}
                n = w.numbers[obj.id]
                total = self.total_row([w.label("objective_total", lang, n=n) for lang in w.langs], amounts)
                if total:
                    out.append(total)
        total = self.total_row([w.label("total", lang) for lang in w.langs], totals["total"])
        if total:
            out.append(total)
        return out


def plan_table(w: Writer, plan: ActionPlan) -> None:
    """The plan's table at the writer's place (a landscape section)."""
    table = PlanTable(w, plan)
    w.add(parts.table(table.rows(), table.widths))
    w.tables += 1


# -- the review report ---------------------------------------------------------------------------------
REVIEW_SHARES = (0.07, 0.29, 0.13, 0.12, 0.15, 0.24)
REVIEW_KEYS = ("col_no", "col_activity", "status", "progress", "spent", "comment")


def review_table(w: Writer, rev, group, summary) -> None:
    """One objective's activities in a review: number, activity, status, progress, money spent, comment."""
    widths = [int(w.width * s) for s in REVIEW_SHARES]
    head = [
        parts.cell(
            _paras(dict.fromkeys(w.label(k, lang) for lang in w.langs), bold=True), width, fill=parts.HEADER_FILL
        )
        for k, width in zip(REVIEW_KEYS, widths, strict=True)
    ]
    rows = [parts.row(head, header=True)]
    entries = {e.activity_id: e for e in rev.entries if e.activity_id}
    years = {a.activity_id: a for a in summary.activities}
    lang0 = w.langs[0]
    for activity_id in group.activity_ids:
        act = w.doc.find(activity_id)
        entry = entries.get(activity_id)
        year = years.get(activity_id)
        status = entry.status if entry is not None and entry.status else "not_reported"
        progress = entry.progress if entry is not None else None
        spent = year.spent_total if year is not None else Decimal(0)
        title = [w.text(act.title, lang) for lang in w.langs] if isinstance(act, Activity) else []
        comment = [w.text(entry.comment, lang) for lang in w.langs] if entry is not None else []
        values = [
            _paras([year.number if year else ""], bold=True),
            _paras(title),
            _paras(dict.fromkeys(w.label(status, lang) for lang in w.langs)),
            _paras([f"{format_number(progress, lang0)}\u00a0%" if progress is not None else w.label("no_data", lang0)]),
            _paras([amount_text(spent, summary.currency, _locale(w, lang0))]),
            _paras(comment),
        ]
        rows.append(parts.row(parts.cell(v, width) for v, width in zip(values, widths, strict=True)))
    w.add(parts.table(rows, widths))
    w.tables += 1
