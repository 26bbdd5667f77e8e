"""The yearly review report: the figures and charts for the whole plan, then per objective its figures
and the table of its activities with status, progress, money spent and the comment."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import PageBreak, Paragraph, Table
from reportlab.platypus.flowables import Flowable

from desktop.core.model import Activity, Review
from desktop.core.review_summary import STATUS_KEYS, GroupSummary, ReviewSummary, summarise, yearly_budget
from desktop.export import charts
from desktop.export.pdf.layout import COLUMN_GAP, SPLIT_IN_ROW, SplittingTable, Writer, cell_groups
from desktop.export.pdf.markup import literal
from desktop.export.pdf.styles import BAND, LIGHT_RULE, RULE, table_style
from desktop.export.pdf.textblock import TextBlock
from desktop.formatting import format_amount, format_number

# Share of the portrait frame's width: No., activity, status, progress, spent, comment.
COLUMN_SHARES = (0.06, 0.31, 0.13, 0.115, 0.14, 0.245)


def _percent(value: Decimal | None, w: Writer, lang: str) -> str:
    if value is None:
        return w.label("no_data", lang)
    return f"{format_number(value, w.locale(lang))}\u00a0%"


def _figures(w: Writer, group: GroupSummary, currency: str, lang: str) -> list[str]:
    """The summary of a group in sentences of one language."""
    statuses = ", ".join(
        f"{w.label(key, lang)}: {format_number(n, w.locale(lang))}" for key, n in group.statuses.items() if n
    )
    lines = [f"{w.label('activities', lang)}: {len(group.activity_ids)} ({statuses})" if statuses else ""]
    lines.append(f"{w.label('progress', lang)}: {_percent(group.progress, w, lang)}")
    ind = group.indicators
    if any(ind.values()):
        lines.append(
            w.label("indicators_result", lang, met=ind["met"], partly=ind["partly_met"], not_met=ind["not_met"])
        )
    total = group.budget.total
    locale = w.locale(lang)
    lines.append(
        f"{w.label('planned', lang)}: {format_amount(total.planned, currency, locale)} · "
        f"{w.label('spent', lang)}: {format_amount(total.spent, currency, locale)} · "
        f"{w.label('execution', lang)}: {_percent(total.rate, w, lang)}"
    )
    return [line for line in lines if line]


def _figures_block(w: Writer, group: GroupSummary, currency: str) -> list[Flowable]:
    cells = [
        [Paragraph(literal(line), w.styles.body_left) for line in _figures(w, group, currency, lang)]
        for lang in w.langs
    ]
    return cells[0] if not w.side_by_side else [w.columns(cells)]


def _charts(w: Writer, summary: ReviewSummary, rev: Review) -> list[Flowable]:
    numbers = w.doc.numbers()
    history = yearly_budget(w.doc, rev.plan_id)
    width = w.column_width(w.width) if w.side_by_side else min(w.width, charts.WIDTH)
    rows: list[list[Flowable]] = [[], [], []]
    for lang in w.langs:
        locale = w.locale(lang)
        statuses = [(w.label(k, lang), summary.overall.statuses[k]) for k in STATUS_KEYS if summary.overall.statuses[k]]
        rows[0].append(
            charts.status_chart(
                statuses,
                locale,
                title=w.label("status_chart", lang),
                colors_=[charts.STATUS_COLORS[k] for k in STATUS_KEYS if summary.overall.statuses[k]],
                width=width,
            )
        )
        progress = []
        for group in summary.objectives:
            obj = w.doc.find(group.objective_id) if group.objective_id else None
            title = w.text(obj.title, lang) if obj is not None else ""
            label = f"{numbers.get(group.objective_id, '')}. {title}" if title else group.number or "–"
            progress.append((label, group.progress))
        rows[1].append(
            charts.progress_chart(
                progress,
                locale,
                title=w.label("progress_chart", lang),
                no_data_label=w.label("no_data", lang),
                width=width,
            )
        )
        rows[2].append(
            charts.budget_chart(
                [(str(y.year), y.planned, y.spent) for y in history],
                locale,
                summary.currency,
                planned_label=w.label("planned", lang),
                spent_label=w.label("spent", lang),
                title=w.label("budget_chart", lang),
                width=width,
                height=180,
            )
        )
    out: list[Flowable] = []
    for row in rows:
        if w.side_by_side:
            table = Table([row], colWidths=[width + COLUMN_GAP / 2] * len(row), hAlign="LEFT")
            table.setStyle(
                table_style(
                    w.styles.regular,
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ],
                )
            )
            out += [table, w.spacer(12)]
        else:
            row[0].hAlign = "LEFT"
            out += [row[0], w.spacer(12)]
    return out


def _activities_table(w: Writer, rev: Review, group: GroupSummary, summary: ReviewSummary) -> Flowable:
    st = w.styles
    entries = {e.activity_id: e for e in rev.entries if e.activity_id}
    years = {a.activity_id: a for a in summary.activities}
    widths = [w.width * s for s in COLUMN_SHARES]
    header = [
        TextBlock([[(w.label(k, lang), st.header_cell)] for lang in w.langs])
        for k in ("col_no", "col_activity", "status", "progress", "spent", "comment")
    ]
    rows = [header]
    for activity_id in group.activity_ids:
        act = w.doc.find(activity_id)
        entry = entries.get(activity_id)
        year = years.get(activity_id)
        title = {lang: w.text(act.title, lang) for lang in w.langs} if isinstance(act, Activity) else {}
        status = entry.status if entry is not None and entry.status else "not_reported"
        progress = entry.progress if entry is not None else None
        spent = year.spent_total if year is not None else Decimal(0)
        comment = {lang: w.text(entry.comment, lang) for lang in w.langs} if entry is not None else {}
        rows.append(
            [
                TextBlock([[(year.number if year else "", st.cell_bold)]]),
                TextBlock(cell_groups(w, title, st.cell)),
                TextBlock([[(w.label(status, lang), st.cell)] for lang in w.langs]),
                TextBlock(
                    [
                        [(text, st.cell)]
                        for text in dict.fromkeys(
                            _percent(Decimal(progress) if progress is not None else None, w, lang) for lang in w.langs
                        )
                    ],
                    "right",
                ),
                TextBlock(
                    [[(format_amount(spent, summary.currency, w.locale(lang)), st.cell)] for lang in w.langs], "right"
                ),
                TextBlock(cell_groups(w, comment, st.cell)),
            ]
        )
    table = SplittingTable(
        [[[c] for c in r] for r in rows], colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=SPLIT_IN_ROW
    )
    table.setStyle(
        table_style(
            w.styles.regular,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                ("INNERGRID", (0, 1), (-1, -1), 0.35, LIGHT_RULE),
                ("BOX", (0, 0), (-1, -1), 0.7, RULE),
            ],
        )
    )
    return table


def review_body(w: Writer, rev: Review) -> list[Flowable]:
    summary = summarise(w.doc, rev)
    out: list[Flowable] = [PageBreak()]
    out += w.chapter_heading({lang: w.label("review", lang, year=rev.year) for lang in w.langs}, rev.id)
    if not rev.summary.is_empty():
        out += w.prose(rev.summary)
    out += w.heading(2, "", {lang: w.label("overall", lang) for lang in w.langs}, f"{rev.id}-overall")
    out += _figures_block(w, summary.overall, summary.currency)
    out.append(w.spacer(8))
    out += _charts(w, summary, rev)
    numbers = w.doc.numbers()
    for group in summary.objectives:
        obj = w.doc.find(group.objective_id) if group.objective_id else None
        if obj is not None:
            titles = {lang: w.text(obj.title, lang) for lang in w.langs}
            n = numbers.get(obj.id, "")
            lead = {lang: w.label("objective", lang, n=n) + (": " if titles[lang] != "" else "") for lang in w.langs}
        else:
            titles, lead = {lang: "–" for lang in w.langs}, {}
        out += w.heading(2, "", titles, f"{rev.id}-{group.objective_id or 'other'}", lead=lead)
        out += _figures_block(w, group, summary.currency)
        out += [w.spacer(4), _activities_table(w, rev, group, summary), w.spacer(10)]
    return out
