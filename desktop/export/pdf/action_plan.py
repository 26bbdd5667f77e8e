"""The action plan on landscape pages: one table, its header row repeated on every page, a band per
objective with the objective's total, then the plan's totals by year, funding source and objective."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from functools import lru_cache

from reportlab.platypus import NextPageTemplate, PageBreak, Table
from reportlab.platypus.flowables import Flowable

from desktop.core.model import ActionPlan, Activity, Indicator
from desktop.core.stats import plan_totals
from desktop.core.timeframe import PlanTime, TimeError
from desktop.export.pdf.contents import shortened
from desktop.export.pdf.layout import SPLIT_IN_ROW, SplittingTable, Writer, cell_groups
from desktop.export.pdf.pages import LANDSCAPE_PAGE, PORTRAIT_PAGE, TABLE_PAGE, Band, SetBand
from desktop.export.pdf.styles import BAND, LIGHT_RULE, OBJECTIVE_BAND, RULE, table_style
from desktop.export.pdf.textblock import TextBlock
from desktop.formatting import format_amount, format_number

# Share of the landscape frame's width per column: No., activity, responsible, partners, time frame,
# budget, indicators.
COLUMN_SHARES = (0.042, 0.255, 0.118, 0.128, 0.085, 0.167, 0.205)
COLUMN_KEYS = (
    "col_no",
    "col_activity",
    "col_responsible",
    "col_partners",
    "col_timeframe",
    "col_budget",
    "col_indicators",
)
SOURCES = ("municipal", "central", "donor", "other")


def format_span(start: str | None, end: str | None) -> str:
    """A time frame in a form every language reads: "2025–2027", "04.2025 – 12.2026", "05.2025"."""
    try:
        s = PlanTime.parse(start) if start else None
        e = PlanTime.parse(end) if end else None
    except TimeError:
        return " – ".join(x for x in (start, end) if x)
    if s is None and e is None:
        return ""
    s, e = s or e, e or s
    if s.part is None and e.part is None:
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    first = f"{s.months()[0]:02d}.{s.year}"
    last = f"{e.months()[1]:02d}.{e.year}"
    return first if first == last else f"{first} – {last}"


@lru_cache(maxsize=16384)
def _number(value: Decimal, locale: str) -> str:
    return format_number(value, locale)


@lru_cache(maxsize=16384)
def _amount(value: Decimal, currency: str, locale: str) -> str:
    return format_amount(value, currency, locale)  # Babel parses its locale on every call


def _amounts(totals: dict[str, Decimal], locale: str) -> str:
    return "\n".join(_amount(v, cur, locale) for cur, v in sorted(totals.items()))


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

    def budget(self, act: Activity) -> TextBlock:
        lines = sorted(act.budget_lines, key=lambda b: (b.year, b.source, b.funder, b.currency))
        if not lines:
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
                    (f"{b.year}: {_amount(b.amount, b.currency, locale)}", self.st.cell, 2.5),
                    (source, self.st.cell_muted, 0.0),
                ]
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
            figures.append(f"{self.w.label('baseline', lang)}: {_number(ind.baseline, locale)}")
        figures += [f"{year}: {_number(value, locale)}" for year, value in sorted(ind.targets.items())]
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


def _header(w: Writer, widths: list[float]) -> tuple[list[TextBlock], Flowable]:
    cells = _Cells(w)
    texts = [{lang: w.label(k, lang) for lang in w.langs} for k in COLUMN_KEYS]
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


def _total_row(w: Writer, cells: _Cells, label: dict[str, str], amounts: dict[str, Decimal]) -> list:
    value = {lang: _amounts(amounts, w.locale(lang)) for lang in w.langs}
    return [cells.fixed(label, w.styles.cell_bold, "right"), "", "", "", "", cells.fixed(value, w.styles.cell_bold), ""]


def _objective_table(w: Writer, widths: list[float], rows: list[list], commands: list[tuple]) -> Flowable:
    # Every cell is a list: reportlab cuts a row only through cells given as lists of flowables.
    data = [[[c] if c != "" else "" for c in row] for row in rows]
    table = SplittingTable(data, colWidths=widths, splitByRow=1, splitInRow=SPLIT_IN_ROW)
    table.setStyle(
        table_style(
            w.styles.regular,
            [
                *_cell_padding(),
                ("INNERGRID", (0, 0), (-1, -1), 0.35, LIGHT_RULE),
                ("BOX", (0, 0), (-1, -1), 0.7, RULE),
                *commands,
            ],
        )
    )
    return table


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
    widths = [w.wide_width * share for share in COLUMN_SHARES]
    widths[-1] = w.wide_width - sum(widths[:-1])
    band_cells, header = _header(w, widths)
    band = Band(band_cells, widths, PADDING, draw_band)
    header.keepWithNext = True
    out: list[Flowable] = [SetBand(w.setup, band), NextPageTemplate(TABLE_PAGE), *heading, header]
    numbers = doc.numbers()
    totals = plan_totals(doc, plan)
    by_objective: dict[str, list[Activity]] = defaultdict(list)
    for act in plan.activities:
        by_objective[act.objective_id].append(act)
    groups = [(o, by_objective.pop(o.id, [])) for o in doc.objectives]
    leftovers = [a for acts in by_objective.values() for a in acts]
    if leftovers:
        groups.append((None, leftovers))
    for obj, acts in groups:
        rows: list[list] = []
        commands: list[tuple] = []
        if obj is not None:
            n = numbers[obj.id]
            texts = {}
            for lang in w.langs:
                title = w.text(obj.title, lang)
                label = w.label("objective", lang, n=n)
                texts[lang] = f"{label}: {title}" if title else label if title == "" else None
            rows.append([TextBlock(cell_groups(w, texts, st.cell_bold)), "", "", "", "", "", ""])
            commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), OBJECTIVE_BAND)]
        for act in acts:
            rows.append(
                [
                    TextBlock([[(numbers.get(act.id, ""), st.cell_bold)]]),
                    cells.activity(act),
                    cells.text(act.responsible),
                    cells.text(act.partners),
                    cells.timeframe(act),
                    cells.budget(act),
                    cells.indicators(act),
                ]
            )
        if obj is not None:
            amounts = {cur: v for (oid, cur), v in totals["objective"].items() if oid == obj.id}
            if amounts:
                label = {lang: w.label("objective_total", lang, n=numbers[obj.id]) for lang in w.langs}
                rows.append(_total_row(w, cells, label, amounts))
                last = len(rows) - 1
                commands += [("SPAN", (0, last), (4, last)), ("SPAN", (5, last), (6, last))]
        if rows:
            out.append(_objective_table(w, widths, rows, commands))
    if totals["total"]:
        label = {lang: w.label("total", lang) for lang in w.langs}
        commands = [
            ("SPAN", (0, 0), (4, 0)),
            ("SPAN", (5, 0), (6, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, RULE),
        ]
        out.append(_objective_table(w, widths, [_total_row(w, cells, label, totals["total"])], commands))
    out += [SetBand(w.setup, None), NextPageTemplate(LANDSCAPE_PAGE)]
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
            values = {lang: _amounts(amounts, w.locale(lang)) for lang in w.langs}
            rows.append([cells.fixed(names), cells.fixed(values, align="right")])
        total = {lang: _amounts(totals["total"], w.locale(lang)) for lang in w.langs}
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


def action_plan_chapter(w: Writer, plan: ActionPlan) -> list[Flowable]:
    """The chapter on landscape pages, back to portrait after it."""
    titles = {}
    for lang in w.langs:
        title = w.text(plan.title, lang)
        titles[lang] = title if title else w.label("action_plan", lang) if title == "" else None
    out: list[Flowable] = [NextPageTemplate(LANDSCAPE_PAGE), PageBreak()]
    w.landscape = True
    try:
        out += plan_table(w, plan, w.chapter_heading(titles, plan.id))
        out.append(w.spacer(14))
        out += totals_tables(w, plan)
    finally:
        w.landscape = False
    out.append(NextPageTemplate(PORTRAIT_PAGE))
    return out
