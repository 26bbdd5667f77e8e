"""The strategy's annexes on the advisory group's work: its members, and the consultation process that
shaped the strategy (a summary by method and by gender, a table of the consultations, their findings).

Members appear with name, organisation, role and sector: never their phone, e-mail or address.
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import CondPageBreak, PageBreak, Table
from reportlab.platypus.flowables import Flowable

from desktop.core.group import participant_totals
from desktop.core.model import Consultation, Document, Member
from desktop.export.pdf.decision import official_date
from desktop.export.pdf.layout import SPLIT_IN_ROW, SplittingTable, Writer, cell_groups
from desktop.export.pdf.naming import choice_label
from desktop.export.pdf.styles import BAND, LIGHT_RULE, RULE, table_style
from desktop.export.pdf.textblock import TextBlock
from desktop.formatting import format_number

MEMBER_SHARES = (0.24, 0.36, 0.17, 0.23)  # name, organisation, role, sector
# Date, method, place, sessions, participants, objectives.
CONSULTATION_SHARES = (0.13, 0.2, 0.3, 0.11, 0.13, 0.13)
METHOD_SHARES = (0.5, 0.25, 0.25)  # method, consultations, sessions
GENDER_KEYS = ("women", "men", "unspecified", "total")
SUMMARY_PART = 0.75  # the summary tables need less than the page's width


def printed(doc: Document) -> set[tuple[str, str]]:
    """(entity id, field) of the texts the annexes print."""
    out = {(m.id, "organisation") for m in doc.members}
    for c in doc.consultations:
        out.update((c.id, name) for name in ("title", "place", "findings"))
    return out


def _table(
    w: Writer, rows: list[list[Flowable]], shares: tuple[float, ...], *, total_row: bool = False, part: float = 1.0
) -> Table:
    """A table `part` of the page wide, its header row repeated on each page."""
    widths = [w.width * part * share for share in shares]
    table = SplittingTable(
        [[[c] for c in r] for r in rows], colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=SPLIT_IN_ROW
    )
    commands = [
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
        ("INNERGRID", (0, 1), (-1, -1), 0.35, LIGHT_RULE),
        ("BOX", (0, 0), (-1, -1), 0.7, RULE),
    ]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE))
    table.hAlign = "LEFT"
    table.setStyle(table_style(w.styles.regular, commands))
    return table


def _fixed(w: Writer, texts: dict[str, str], style=None, align: str = "left") -> TextBlock:
    """A label or figure per language; once when every language writes it alike."""
    values = list(dict.fromkeys(texts[lang] for lang in w.langs if texts.get(lang)))
    return TextBlock([[(v, style or w.styles.cell)] for v in values], align)


def _labels(w: Writer, key: str, style=None, align: str = "left", **values) -> TextBlock:
    return _fixed(w, {lang: w.label(key, lang, **values) for lang in w.langs}, style, align)


def _choice(w: Writer, prefix: str, value: str) -> TextBlock:
    return _fixed(w, {lang: choice_label(w, prefix, value, lang) for lang in w.langs})


def _heading(w: Writer, n: int, key: str, anchor: str) -> list[Flowable]:
    titles = {lang: w.label(key, lang) for lang in w.langs}
    lead = {lang: w.label("annex", lang, n=n) + ": " for lang in w.langs}
    if w.annex_level == 1:
        return [PageBreak(), *w.heading(1, "", titles, anchor, lead=lead)]
    # Under the chapter "Annexes": the first follows its heading, each other one starts a page.
    return [*([PageBreak()] if n > 1 else []), *w.heading(2, "", titles, anchor, lead=lead)]


def members_annex(w: Writer, n: int) -> list[Flowable]:
    st = w.styles
    header = [_labels(w, k, st.header_cell) for k in ("col_name", "col_organisation", "col_role", "col_sector")]
    rows = [header]
    member: Member
    for member in w.doc.members:
        organisation = {lang: w.text(member.organisation, lang) for lang in w.langs}
        rows.append(
            [
                TextBlock([[(member.name, st.cell_bold)]]),
                TextBlock(cell_groups(w, organisation, st.cell)),
                _choice(w, "role", member.role),
                _choice(w, "sector", member.sector),
            ]
        )
    return [*_heading(w, n, "members_annex", "annex-members"), _table(w, rows, MEMBER_SHARES)]


def _count(w: Writer, value: int, lang: str) -> str:
    return format_number(value, w.locale(lang), decimals=0)


def _counts(w: Writer, value: int, style=None) -> TextBlock:
    return _fixed(w, {lang: _count(w, value, lang) for lang in w.langs}, style, "right")


def _summary(w: Writer, consultations: list[Consultation]) -> list[Flowable]:
    st = w.styles
    by_method = Counter(c.method for c in consultations)
    sessions = Counter()
    for c in consultations:
        sessions[c.method] += c.sessions
    rows = [
        [
            _labels(w, "col_method", st.header_cell),
            _labels(w, "col_consultations", st.header_cell, "right"),
            _labels(w, "col_sessions", st.header_cell, "right"),
        ]
    ]
    for method in sorted(by_method, key=lambda m: (-by_method[m], m)):
        rows.append([_choice(w, "method", method), _counts(w, by_method[method]), _counts(w, sessions[method])])
    rows.append(
        [
            _labels(w, "total", st.cell_bold),
            _counts(w, len(consultations), st.cell_bold),
            _counts(w, sum(sessions.values()), st.cell_bold),
        ]
    )
    out = w.heading(2, "", {lang: w.label("by_method", lang) for lang in w.langs}, "annex-by-method", toc=False)
    out += [_table(w, rows, METHOD_SHARES, total_row=True, part=SUMMARY_PART), w.spacer(10)]
    totals = participant_totals(consultations)
    if totals["total"]:
        share = 1 / len(GENDER_KEYS)
        header = [_labels(w, key, st.header_cell, "right") for key in GENDER_KEYS]
        figures = [_counts(w, totals[key], st.cell_bold if key == "total" else None) for key in GENDER_KEYS]
        titles = {lang: w.label("by_gender", lang) for lang in w.langs}
        out += w.heading(2, "", titles, "annex-by-gender", toc=False)
        out += [_table(w, [header, figures], (share,) * len(GENDER_KEYS), part=SUMMARY_PART), w.spacer(10)]
    return out


def _place_and_title(w: Writer, c: Consultation) -> TextBlock:
    groups = []
    for lang in w.langs:
        runs = []
        for name, style in (("title", w.styles.cell_bold), ("place", w.styles.cell)):
            mt = c.text(name)
            value = w.text(mt, lang)
            if value is None:
                runs.append((w.labels[lang]["missing"], w.styles.cell_missing))
            elif value:
                runs.append((value, style))
        if runs:
            groups.append(runs)
    return TextBlock(groups)


def _consultations_table(w: Writer, consultations: list[Consultation]) -> Table:
    st = w.styles
    numbers = w.doc.numbers()
    keys = ("col_date", "col_method", "col_topic", "col_sessions", "col_participants", "col_objectives")
    rows: list[list[Flowable]] = [[_labels(w, k, st.header_cell) for k in keys]]
    for c in consultations:
        participants = sum(g.total for g in c.participants)
        objectives = ", ".join(numbers[i] for i in c.objective_ids if i in numbers)
        rows.append(
            [
                TextBlock([[(official_date(c.date) or c.date, st.cell)]]),
                _choice(w, "method", c.method),
                _place_and_title(w, c),
                _counts(w, c.sessions),
                _counts(w, participants) if c.participants else TextBlock(),
                TextBlock([[(objectives, st.cell)]] if objectives else []),
            ]
        )
    return _table(w, rows, CONSULTATION_SHARES)


def _findings(w: Writer, consultations: list[Consultation]) -> list[Flowable]:
    out: list[Flowable] = []
    listed = [c for c in consultations if not c.findings.is_empty()]
    if not listed:
        return out
    out.append(CondPageBreak(150))  # the heading with the first findings, not alone at a page's foot
    out += w.heading(2, "", {lang: w.label("findings", lang) for lang in w.langs}, "annex-findings", toc=False)
    for c in listed:
        titles: dict[str, str | None] = {}
        lead: dict[str, str] = {}
        for lang in w.langs:
            title = w.text(c.title, lang)
            # The title names the consultation; without one, its method does.
            titles[lang] = title if title != "" else choice_label(w, "method", c.method, lang)
            lead[lang] = f"{official_date(c.date) or c.date} · "
        out += w.heading(3, "", titles, f"annex-{c.id}", lead=lead, toc=False, outline_level=2)
        out += w.prose(c.findings)
    return out


def consultation_annex(w: Writer, n: int) -> list[Flowable]:
    consultations = sorted(w.doc.consultations, key=lambda c: c.date)
    out = _heading(w, n, "consultation_annex", "annex-consultations")
    out += _summary(w, consultations)
    out += [_consultations_table(w, consultations), w.spacer(10)]
    out += _findings(w, consultations)
    return out


def group_annexes(w: Writer, number: str | None = None) -> list[Flowable]:
    """The annexes the document has material for (none when it has no members and no consultations); with
    a chapter `number`, under the chapter "Annexes" the outline places and numbers."""
    out: list[Flowable] = []
    if not w.doc.members and not w.doc.consultations:
        return out
    w.annex_level = 1
    if number is not None:
        titles = {lang: w.label("annexes", lang) for lang in w.langs}
        out += [PageBreak(), *w.chapter_heading(titles, "annexes", number=number)]
        w.annex_level = 2
    n = 0
    if w.doc.members:
        n += 1
        out += members_annex(w, n)
    if w.doc.consultations:
        n += 1
        out += consultation_annex(w, n)
    return out
