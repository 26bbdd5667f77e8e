"""The action plan on landscape pages: one table in the plan's columns (their order and names, its own
columns, the notes when shown), its header row repeated on every page, a band per objective with the
objective's total, sub-activities indented under their parent, then the plan's totals by year, funding
source and objective."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import NextPageTemplate, PageBreak, Table
from reportlab.platypus.flowables import Flowable

from desktop.core.activity_levels import rolled_budget
from desktop.core.columns import cell_text, shown_columns
from desktop.core.model import ActionPlan, Activity, Column, ColumnLevel, Indicator, Objective
from desktop.core.stats import plan_totals
from desktop.core.text import MultiText
from desktop.export.cells import SOURCES, amount_text, amounts_text, format_span, number_text
from desktop.export.labels import COLUMN_LABELS
from desktop.export.pdf.contents import shortened
from desktop.export.pdf.layout import SPLIT_IN_ROW, SplittingTable, Writer, cell_groups
from desktop.export.pdf.pages import LANDSCAPE_PAGE, PORTRAIT_PAGE, TABLE_PAGE, Band, SetBand
from desktop.export.pdf.styles import BAND, LIGHT_RULE, OBJECTIVE_BAND, RULE, table_style
from desktop.export.pdf.textblock import TextBlock

# Each column's weight in the landscape frame's width (the shown columns share the width in proportion):
# the seven usual columns weigh 1 in all, as wide as they always printed.
COLUMN_WEIGHTS = {
    "number": 0.042,
    "activity": 0.255,
    "responsible": 0.118,
    "partners": 0.128,
    "timeframe": 0.085,
    "budget": 0.167,
    "indicator": 0.205,
    "target_groups": 0.11,
    "notes": 0.14,
}
OWN_WEIGHT = 0.14  # a column of the plan's own
FIXED_WIDTH = frozenset({"number", "timeframe"})
ALWAYS = ("number", "activity")  # every row needs them
INDENT = 8.0  # a sub-activity's title, per level


class _Cells:
    """Makes the table's cells for one writer: shared styles, one TextBlock per cell."""

    def __init__(self, w: Writer) -> None:
        self.w = w
        self.st = w.styles

    def text(self, mt, style=None) -> TextBlock:
        texts = {lang: self.w.text(mt, lang) for lang in self.w.langs}
        return TextBlock(cell_groups(self.w, texts, style or self.st.cell))

    def fixed(self, texts: dict[str, str], style=None, align: str = "left") -> TextBlock:
        """A label or figure per language; once when every language writes it alike (a year, "No.")."""
        style = style or self.st.cell
        values = list(dict.fromkeys(texts[lang] for lang in self.w.langs if texts.get(lang)))
        return TextBlock([[(v, style)] for v in values], align)

    def activity(self, act: Activity) -> TextBlock:
        groups = []
        for lang in self.w.langs:
            runs = []
            for field, style in (("title", self.st.cell_bold), ("description", self.st.cell)):
                mt = act.text(field)
                value = self.w.text(mt, lang)
                if value is None:
                    runs.append((self.w.labels[lang]["missing"], self.st.cell_missing))
                elif value:
                    runs.append((value, style))
            if runs:
                groups.append(runs)
        return TextBlock(groups)

    def timeframe(self, act: Activity) -> TextBlock:
        """The span (the same in every language) above the first language's note, then the others' notes."""
        span = format_span(act.start, act.end)
        notes = cell_groups(
            self.w, {lang: self.w.text(act.timeframe_note, lang) for lang in self.w.langs}, self.st.cell
        )
        if not span:
            return TextBlock(notes)
        if not notes:
            return TextBlock([[(span, self.st.cell)]])
        return TextBlock([[(span, self.st.cell), *notes[0]], *notes[1:]])

    def budget(self, act: Activity, rolled: dict[str, Decimal] | None = None) -> TextBlock:
        """The activity's own budget lines; for a parent (`rolled`: its budget with its sub-activities'),
        a rolled-up total below them when its sub-activities have money of their own. The lines stay each
        activity's own, so the objective's and the plan's totals count every line once."""
        lines = sorted(act.budget_lines, key=lambda b: (b.year, b.source, b.funder, b.currency))
        own: dict[str, Decimal] = {}
        for b in lines:
            own[b.currency] = own.get(b.currency, Decimal(0)) + b.amount
        if rolled == own:
            rolled = None
        if not lines and not rolled:
            return TextBlock()
        groups = []
        for lang in self.w.langs:
            locale = self.w.locale(lang)
            runs = []
            for b in lines:
                source = self.w.label(b.source, lang) if b.source in SOURCES else b.source
                if b.funder:
                    source = f"{source} ({b.funder})"
                runs += [
                    (f"{b.year}: {amount_text(b.amount, b.currency, locale)}", self.st.cell, 2.5),
                    (source, self.st.cell_muted, 0.0),
                ]
            if rolled:
                line = f"{self.w.label('with_subs', lang)}: {amounts_text(rolled, locale)}"
                runs.append((line, self.st.cell_bold, 2.5))
            groups.append(runs)
        return TextBlock(groups)

    def indicators(self, act: Activity) -> TextBlock:
        if not act.indicators:
            return TextBlock()
        groups = []
        for lang in self.w.langs:
            runs = []
            for ind in act.indicators:
                runs += self._indicator(ind, lang)
            groups.append(runs)
        return TextBlock(groups)

    def _indicator(self, ind: Indicator, lang: str) -> list[tuple[str, object]]:
        name = self.w.text(ind.name, lang)
        unit = self.w.text(ind.unit, lang)
        runs = []
        if name is None:
            runs.append((self.w.labels[lang]["missing"], self.st.cell_missing))
        elif name:
            runs.append((f"{name} ({unit})" if unit else name, self.st.cell))
        locale = self.w.locale(lang)
        figures = []
        if ind.baseline is not None:
            figures.append(f"{self.w.label('baseline', lang)}: {number_text(ind.baseline, locale)}")
        figures += [f"{year}: {number_text(value, locale)}" for year, value in sorted(ind.targets.items())]
        if figures:
            runs.append((" · ".join(figures), self.st.cell_muted))
        return runs


PADDING = (3.5, 3.5, 3.0, 4.0)  # left, right, top, bottom


def _cell_padding() -> list[tuple]:
    left, right, top, bottom = PADDING
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


def draw_band(canv, x: float, top: float, band: Band, height: float) -> None:
    """The column headers at the top of a continuation page, drawn like the table's own header row.

    Drawn once into a form (a PDF XObject) that every page then shows: hundreds of pages share it.
    """
    if band.form is None:
        band.form = f"band{len(canv._doc.idToObject)}"
        canv.beginForm(band.form)
        _draw_band(canv, x, top, band, height)
        canv.endForm()
    canv.doForm(band.form)


def _draw_band(canv, x: float, top: float, band: Band, height: float) -> None:
    left, right, pad_top, _bottom = band.padding
    width = sum(band.widths)
    canv.saveState()
    canv.setFillColor(BAND)
    canv.rect(x, top - height, width, height, stroke=0, fill=1)
    canv.setStrokeColor(LIGHT_RULE)
    canv.setLineWidth(0.35)
    cx = x
    for cell, w in zip(band.cells, band.widths, strict=True):
        _w, h = cell.wrap(w - left - right, height)
        cell.drawOn(canv, cx + left, top - pad_top - h)
        cx += w
        if cx < x + width - 0.5:
            canv.line(cx, top, cx, top - height)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.7)
    canv.rect(x, top - height, width, height, stroke=1, fill=0)
    canv.setLineWidth(0.9)
    canv.line(x, top - height, x + width, top - height)
    canv.restoreState()


def _has_values(plan: ActionPlan, key: str) -> bool:
    acts = plan.activities
    if key == "responsible":
        return any(not a.responsible.is_empty() for a in acts)
    if key == "partners":
        return any(not a.partners.is_empty() for a in acts)
    if key == "timeframe":
        return any(a.start or a.end or not a.timeframe_note.is_empty() for a in acts)
    if key == "budget":
        return any(a.budget_lines for a in acts)
    if key == "indicator":
        return any(a.indicators for a in acts)
    if key == "target_groups":
        return any(a.target_group_ids for a in acts)
    if key == "notes":
        return any(not a.notes.is_empty() for a in acts)
    return True


def printed_columns(plan: ActionPlan) -> list[Column]:
    """The columns the table prints, in the plan's order: those it shows. A plan still on the standard set
    leaves out a standard column no activity fills; a plan that stored its columns chose them, and an empty
    column it shows is printed."""
    shown = shown_columns(plan)
    if plan.columns:
        return shown
    return [c for c in shown if c.key in ALWAYS or _has_values(plan, c.key)]


def column_widths(columns: list[Column], total: float, number_width: float = 0.0) -> list[float]:
    """Each column's width: the number and the time frame keep theirs (a date or "vazhdimisht," must not be
    cut between letters; the number column widens to `number_width` for numbers like 1.1.10); the other
    columns share the rest in proportion to their weights."""
    weights = [COLUMN_WEIGHTS.get(c.key, OWN_WEIGHT) if c.key else OWN_WEIGHT for c in columns]
    weights = [
        max(wt, number_width / total) if c.key == "number" else wt for wt, c in zip(weights, columns, strict=True)
    ]
    fixed = [c.key in FIXED_WIDTH for c in columns]
    kept = sum(wt for wt, f in zip(weights, fixed, strict=True) if f)
    rest = sum(wt for wt, f in zip(weights, fixed, strict=True) if not f)
    if kept >= 1 or not rest:
        scale = {True: 1 / sum(weights), False: 1 / sum(weights)}
    else:
        scale = {True: 1.0, False: (1 - kept) / rest}
    widths = [total * wt * scale[f] for wt, f in zip(weights, fixed, strict=True)]
    widths[-1] = total - sum(widths[:-1])
    return widths


def _header(w: Writer, columns: list[Column], widths: list[float]) -> tuple[list[TextBlock], Flowable]:
    cells = _Cells(w)
    texts = []
    for column in columns:
        names = {}
        for lang in w.langs:
            name = w.text(column.name, lang)
            if not name and column.key:
                name = w.label(COLUMN_LABELS.get(column.key, "col_activity"), lang)
            names[lang] = name if name is not None else w.labels[lang]["missing"]
        texts.append(names)
    table = Table([[[cells.fixed(t, w.styles.header_cell)] for t in texts]], colWidths=widths)
    table.setStyle(
        table_style(
            w.styles.regular,
            [
                *_cell_padding(),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("INNERGRID", (0, 0), (-1, -1), 0.35, LIGHT_RULE),
                ("BOX", (0, 0), (-1, -1), 0.7, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.9, RULE),
            ],
        )
    )
    return [cells.fixed(t, w.styles.header_cell) for t in texts], table


def _total_row(w: Writer, cells: _Cells, label: dict[str, str], amounts: dict[str, Decimal], budget: int, n: int):
    """A total's row: the label over the columns before the budget's, the amounts from it to the end."""
    value = {lang: amounts_text(amounts, w.locale(lang)) for lang in w.langs}
    row: list = [""] * n
    row[budget] = cells.fixed(value, w.styles.cell_bold)
    commands = []
    if budget > 0:
        row[0] = cells.fixed(label, w.styles.cell_bold, "right")
        if budget > 1:
            commands.append(("SPAN", (0, 0), (budget - 1, 0)))
        if budget < n - 1:
            commands.append(("SPAN", (budget, 0), (n - 1, 0)))
    elif n > 1:  # the budget stands first: the label after it
        row[1] = cells.fixed(label, w.styles.cell_bold)
        if n > 2:
            commands.append(("SPAN", (1, 0), (n - 1, 0)))
    return row, commands


def _at_row(commands: list[tuple], row: int) -> list[tuple]:
    """Commands written for row 0, moved to `row`."""
    return [(name, (c0, r0 + row), (c1, r1 + row), *rest) for name, (c0, r0), (c1, r1), *rest in commands]


def _table_commands(w: Writer, commands: list[tuple]) -> list[tuple]:
    return [
        *_cell_padding(),
        ("INNERGRID", (0, 0), (-1, -1), 0.35, LIGHT_RULE),
        ("BOX", (0, 0), (-1, -1), 0.7, RULE),
        *commands,
    ]


def _objective_table(w: Writer, widths: list[float], rows: list[list], commands: list[tuple]) -> Flowable:
    # Every cell is a list: reportlab cuts a row only through cells given as lists of flowables.
    data = [[[c] if c != "" else "" for c in row] for row in rows]
    table = SplittingTable(data, colWidths=widths, splitByRow=1, splitInRow=SPLIT_IN_ROW)
    table.setStyle(table_style(w.styles.regular, _table_commands(w, commands)))
    return table


# A text of the objective spanning its activities' rows in one column: (column, first row, last row, the
# cell's maker: a new flowable for each piece of the table).
Span = tuple[int, int, int, Callable[[], Flowable]]


class SpanningTable(SplittingTable):
    """One objective's table in which objective-level columns span the rows of its activities, like the
    merged cells of the source. reportlab will not cut a table between the rows of a span (it would move the
    whole objective to the next page, and fail when that is longer than a page): this one is cut between any
    two rows into two tables, each with the spans clipped to its rows. The objective's text is repeated at
    the top of the second; a text taller than the rows beside it on the page goes on there instead."""

    def __init__(self, w: Writer, widths: list[float], rows: list[list], commands: list[tuple], spans: list[Span]):
        self._parts = (w, widths, rows, commands, spans)
        data = [list(r) for r in rows]
        span_commands = []
        for column, first, last, make in spans:
            data[first][column] = make()
            if last > first:
                span_commands.append(("SPAN", (column, first), (column, last)))
        cells = [[[c] if c != "" else "" for c in row] for row in data]
        super().__init__(cells, colWidths=widths, splitByRow=1, splitInRow=SPLIT_IN_ROW)
        self.setStyle(table_style(w.styles.regular, _table_commands(w, [*commands, *span_commands])))

    def _piece(self, start: int, stop: int, makers: dict[int, Callable[[], Flowable]] | None = None):
        """Rows start to stop as a table of their own (a new flowable: not yet moved to another page);
        `makers` give a spanning column other text than the objective's whole text."""
        w, widths, rows, commands, spans = self._parts
        kept = []
        for name, (c0, r0), (c1, r1), *rest in commands:
            if r1 < start or r0 >= stop:
                continue
            kept.append((name, (c0, max(r0, start) - start), (c1, min(r1, stop - 1) - start), *rest))
        clipped = []
        for column, first, last, make in spans:
            a, b = max(first, start), min(last, stop - 1)
            if a <= b:
                clipped.append((column, a - start, b - start, (makers or {}).get(column, make)))
        return _spanning(w, widths, rows[start:stop], kept, clipped)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        w, widths, rows, commands, spans = self._parts
        # Where to cut is decided by the rows' own heights, the objective's text aside: it is cut to fit.
        own = SpanningTable(w, widths, rows, commands, [])
        own._calc(availWidth, availHeight)
        heights = own._rowHeights
        used, n = 0.0, 0
        for height in heights:
            if used + height > availHeight:
                break
            used += height
            n += 1
        if n == 0:
            # Not even the first row fits: cut inside it as any table does (a piece of one row has no span).
            first = self._piece(0, 1)
            if hasattr(self, "_postponed"):  # already on a fresh page: a tall row may be cut anywhere
                first._postponed = self._postponed
            parts = first.split(availWidth, availHeight)
            return [*parts, self._piece(1, len(rows))] if parts else []
        heads: dict[int, Callable[[], Flowable]] = {}
        rests: dict[int, Callable[[], Flowable]] = {}
        left, right, top, bottom = PADDING
        for column, first, last, make in spans:
            if first >= n:
                continue
            room = sum(heights[first : min(last, n - 1) + 1]) - top - bottom
            block = make()
            width = widths[column] - left - right
            if block.wrap(width, room)[1] <= room:
                continue  # it fits beside its rows here: the next piece repeats it whole
            parts = block.split(width, room) if isinstance(block, TextBlock) else []
            if len(parts) == 2:
                head, rest = parts
                heads[column] = lambda head=head: head
                rests[column] = lambda rest=rest: TextBlock(rest.groups, rest.align, lines=rest._lines)
            else:  # not a line of it fits: all of it goes on with the next rows
                heads[column] = lambda: ""
                rests[column] = make
        if not heads and n >= len(rows):
            return [self]  # it fits (a table measured at another width)
        out = [self._piece(0, n, heads)]
        if n < len(rows):
            out.append(self._piece(n, len(rows), rests))
        elif rests:  # every row on this page, the objective's text not: its rest in a row of its own
            blank = [[""] * len(widths)]
            out.append(_spanning(w, widths, blank, [], [(c, 0, 0, make) for c, make in rests.items()]))
        return out


def _spanning(w: Writer, widths: list[float], rows: list[list], commands: list[tuple], spans: list[Span]) -> Flowable:
    """A SpanningTable, or for a single row (nothing to span) a table reportlab cuts inside that row."""
    if len(rows) > 1:
        return SpanningTable(w, widths, rows, commands, spans)
    row = list(rows[0])
    for column, _first, _last, make in spans:
        row[column] = make()
    return _objective_table(w, widths, [row], commands)


def _objective_cell(w: Writer, cells: _Cells, plan: ActionPlan, column: Column, obj: Objective):
    mt = cell_text(plan, column, obj)
    return lambda: cells.text(mt)


def plan_table(w: Writer, plan: ActionPlan, heading: list[Flowable]) -> list[Flowable]:
    """The action plan as tables, one per objective (a band row, its activities, its total).

    One table per objective rather than one for the whole plan: reportlab recomputes a table's remaining
    rows (and every spanned cell) at each page break, which grows with the square of a 1,000-row table.
    The column headers stand above the first table (kept with `heading` on the section's first page)
    and are drawn by the page on every later page.
    """
    doc = w.doc
    cells = _Cells(w)
    st = w.styles
    columns = printed_columns(plan)
    n = len(columns)
    numbers = doc.numbers()
    longest = max((numbers.get(a.id, "") for a in plan.activities), key=len, default="")
    number_width = stringWidth(longest, st.cell_bold.font, st.cell_bold.size) + PADDING[0] + PADDING[1] + 1
    widths = column_widths(columns, w.wide_width, number_width)
    band_cells, header = _header(w, columns, widths)
    band = Band(band_cells, widths, PADDING, draw_band)
    header.keepWithNext = True
    out: list[Flowable] = [SetBand(w.setup, band), NextPageTemplate(TABLE_PAGE), *heading, header]
    totals = plan_totals(doc, plan)
    keys = [c.key for c in columns]
    budget = keys.index("budget") if "budget" in keys else None
    indented = [i for i, k in enumerate(keys) if k == "activity"]  # the number stands where numbers stand
    spanning = [i for i, c in enumerate(columns) if not c.key and c.level == ColumnLevel.OBJECTIVE]
    parents = {a.parent_id for a in plan.activities if a.parent_id}
    group_names = {g.id: g.name for g in doc.target_groups}
    makers = _cell_makers(w, cells, plan, columns, group_names)
    by_objective: dict[str, list[Activity]] = defaultdict(list)
    for act in plan.activities:
        by_objective[act.objective_id].append(act)
    # An objective without activities prints no band: nothing of it belongs in the plan's table.
    groups = [(o, by_objective.pop(o.id)) for o in doc.objectives if by_objective.get(o.id)]
    leftovers = [a for acts in by_objective.values() for a in acts]
    if leftovers:
        groups.append((None, leftovers))
    for obj, acts in groups:
        rows: list[list] = []
        commands: list[tuple] = []
        if obj is not None:
            texts = {}
            for lang in w.langs:
                title = w.text(obj.title, lang)
                label = w.label("objective", lang, n=numbers[obj.id])
                texts[lang] = f"{label}: {title}" if title else label if title == "" else None
            rows.append([TextBlock(cell_groups(w, texts, st.cell_bold)), *[""] * (n - 1)])
            commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), OBJECTIVE_BAND)]
        first = len(rows)
        depth: dict[str, int] = {}
        for act in acts:
            level = depth[act.id] = depth[act.parent_id] + 1 if act.parent_id in depth else 0
            number = numbers.get(act.id, "")
            row = []
            for i, column in enumerate(columns):
                if i in spanning:
                    row.append("")
                elif column.key == "number":
                    row.append(TextBlock([[(number, st.cell_bold)]]))
                elif column.key == "budget":
                    row.append(cells.budget(act, rolled_budget(plan, act) if act.id in parents else None))
                else:
                    row.append(makers[i](act))
            if level:
                r = len(rows)
                pad = PADDING[0] + INDENT * level
                commands += [("LEFTPADDING", (i, r), (i, r), pad) for i in indented]
            rows.append(row)
        last = len(rows) - 1
        if obj is not None and budget is not None:
            amounts = {cur: v for (oid, cur), v in totals["objective"].items() if oid == obj.id}
            if amounts:
                label = {lang: w.label("objective_total", lang, n=numbers[obj.id]) for lang in w.langs}
                row, spans = _total_row(w, cells, label, amounts, budget, n)
                commands += _at_row(spans, len(rows))
                rows.append(row)
        if spanning and obj is not None:
            spans = [(i, first, last, _objective_cell(w, cells, plan, columns[i], obj)) for i in spanning]
            out.append(SpanningTable(w, widths, rows, commands, spans))
        else:
            out.append(_objective_table(w, widths, rows, commands))
    if totals["total"] and budget is not None:
        label = {lang: w.label("total", lang) for lang in w.langs}
        row, spans = _total_row(w, cells, label, totals["total"], budget, n)
        commands = [*spans, ("BACKGROUND", (0, 0), (-1, 0), BAND), ("LINEABOVE", (0, 0), (-1, 0), 0.9, RULE)]
        out.append(_objective_table(w, widths, [row], commands))
    out += [SetBand(w.setup, None), NextPageTemplate(LANDSCAPE_PAGE)]
    return out


def _cell_makers(
    w: Writer, cells: _Cells, plan: ActionPlan, columns: list[Column], group_names: dict[str, MultiText]
) -> list[Callable[[Activity], Flowable] | None]:
    """For each column, what makes an activity's cell in it (the number and budget are made in place)."""

    # Each group's name in each language, once: a thousand activities name the same few groups.
    names = {
        (g, lang): w.text(mt, lang) if w.text(mt, lang) is not None else w.labels[lang]["missing"]
        for g, mt in group_names.items()
        for lang in w.langs
    }

    def groups_of(act: Activity) -> TextBlock:
        texts = {}
        for lang in w.langs:
            texts[lang] = "\n".join(names[g, lang] for g in act.target_group_ids if g in group_names and names[g, lang])
        return TextBlock(cell_groups(w, texts, w.styles.cell))

    fixed = {
        "activity": cells.activity,
        "responsible": lambda a: cells.text(a.responsible),
        "partners": lambda a: cells.text(a.partners),
        "timeframe": cells.timeframe,
        "indicator": cells.indicators,
        "target_groups": groups_of,
        "notes": lambda a: cells.text(a.notes),
    }
    out = []
    for column in columns:
        if column.key:
            out.append(fixed.get(column.key))
        else:
            out.append(lambda a, column=column: cells.text(cell_text(plan, column, a)))
    return out


def totals_tables(w: Writer, plan: ActionPlan) -> list[Flowable]:
    """Small tables of the planned budget by year, by funding source and by objective."""
    doc = w.doc
    totals = plan_totals(doc, plan)
    if not totals["total"]:
        return []
    st = w.styles
    numbers = doc.numbers()
    out: list[Flowable] = []

    def block(title_key: str, items: list[tuple[dict[str, str], dict[str, Decimal]]], width: float) -> Flowable:
        cells = _Cells(w)
        head = [
            cells.fixed({lang: w.label(title_key, lang) for lang in w.langs}, st.header_cell),
            cells.fixed({lang: w.label("amount", lang) for lang in w.langs}, st.header_cell, "right"),
        ]
        rows = [head]
        for names, amounts in items:
            values = {lang: amounts_text(amounts, w.locale(lang)) for lang in w.langs}
            rows.append([cells.fixed(names), cells.fixed(values, align="right")])
        total = {lang: amounts_text(totals["total"], w.locale(lang)) for lang in w.langs}
        rows.append(
            [
                cells.fixed({lang: w.label("total", lang) for lang in w.langs}, st.cell_bold),
                cells.fixed(total, st.cell_bold, "right"),
            ]
        )
        table = Table(
            [[[c] for c in r] for r in rows], colWidths=[width * 0.7, width * 0.3], repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(
            table_style(
                w.styles.regular,
                [
                    *_cell_padding(),
                    ("BACKGROUND", (0, 0), (-1, 0), BAND),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.35, LIGHT_RULE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE),
                    ("BOX", (0, 0), (-1, -1), 0.7, RULE),
                ],
            )
        )
        return table

    by_year: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for (year, cur), v in totals["year"].items():
        by_year[year][cur] = v
    years = [({lang: str(y) for lang in w.langs}, by_year[y]) for y in sorted(by_year)]
    by_source: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for (source, cur), v in totals["source"].items():
        by_source[source][cur] = v
    order = SOURCES
    sources = [
        ({lang: w.label(s, lang) if s in order else s for lang in w.langs}, by_source[s])
        for s in sorted(by_source, key=lambda s: (order.index(s) if s in order else len(order), s))
    ]
    by_obj: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for (oid, cur), v in totals["objective"].items():
        by_obj[oid][cur] = v
    objs = []
    for o in doc.objectives:
        if o.id in by_obj:
            names = {}
            for lang in w.langs:
                title = w.text(o.title, lang)
                # A summary names the objective; a title of thousands of characters would not fit a page.
                names[lang] = f"{numbers[o.id]}. {shortened(title)}" if title else numbers[o.id]
            objs.append((names, by_obj[o.id]))
    out += w.heading(2, "", {lang: w.label("totals", lang) for lang in w.langs}, f"{plan.id}-totals")
    half = (w.wide_width - 24) / 2
    small = [block(key, items, half) for key, items in (("by_year", years), ("by_source", sources)) if items]
    if small:
        pair = Table([small], colWidths=[half + 24] * (len(small) - 1) + [half], hAlign="LEFT")
        pair.setStyle(
            table_style(
                w.styles.regular,
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ],
            )
        )
        out += [pair, w.spacer(14)]
    if objs:
        out.append(block("by_objective", objs, w.wide_width))
    return out


def action_plan_chapter(w: Writer, plan: ActionPlan, number: str | None = None) -> list[Flowable]:
    """The chapter on landscape pages, back to portrait after it; `number` as the outline numbers it.

    A plan without activities has no table to print: its heading and a line saying so, on a portrait page.
    """
    titles = {}
    for lang in w.langs:
        title = w.text(plan.title, lang)
        titles[lang] = title if title else w.label("action_plan", lang) if title == "" else None
    if not plan.activities:
        heading = w.chapter_heading(titles, plan.id, number=number)
        note = w.line({lang: w.label("no_activities", lang) for lang in w.langs}, w.styles.body_left)
        return [*heading, *note, w.spacer(8)]
    out: list[Flowable] = [NextPageTemplate(LANDSCAPE_PAGE), PageBreak()]
    w.landscape = True
    try:
        out += plan_table(w, plan, w.chapter_heading(titles, plan.id, number=number))
        out.append(w.spacer(14))
        out += totals_tables(w, plan)
    finally:
        w.landscape = False
    out.append(NextPageTemplate(PORTRAIT_PAGE))
    return out
