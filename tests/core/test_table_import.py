"""Pasting tables from Word and Excel: parsing, column guessing, drafts, creation as one operation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.pasted_table import parse_clipboard, parse_html, parse_tsv
from desktop.core.serialize import dumps
from desktop.core.table_import import add_drafts, draft_rows, guess_mapping, parse_amount, parse_timeframe

WORD_HTML = """<html><head><style>p{margin:0}</style></head><body>
<table border=1>
<tr><td><p><b>Nr.</b></p></td><td><p>Objektivi</p></td><td><p>Aktiviteti</p></td><td><p>Përgjegjës</p></td>
<td><p>Afati</p></td><td><p>Buxheti</p></td><td><p>Burimi i financimit</p></td><td>Treguesi</td><td>Grupet</td></tr>
<tr><td>1.1</td><td rowspan="2">Objektivi 1</td><td><p>Hapja e qendrës</p><p>ditore</p></td>
<td>QPS</td><td>gjysma e parë 2025</td><td>12.000 &euro;</td><td>Buxheti komunal</td><td>Numri i fëmijëve</td>
<td>Fëmijët; Të moshuarit</td></tr>
<tr><td>1.2</td><td>Trajnime &amp; <b>punëtori</b> &lt;script&gt;</td><td>DSHMS</td><td>T3 2026</td>
<td>5 000,50</td><td>UNICEF</td><td></td><td>Fëmijët</td></tr>
<tr><td></td><td colspan="8">Rresht pa aktivitet</td></tr>
</table></body></html>"""


def test_word_html_with_merged_cells():
    rows = parse_html(WORD_HTML)
    assert rows[0][:3] == ["Nr.", "Objektivi", "Aktiviteti"]
    assert rows[1][1] == rows[2][1] == "Objektivi 1"  # the merged cell repeats
    assert rows[1][2] == "Hapja e qendrës\nditore"
    assert rows[2][2] == "Trajnime & punëtori <script>"  # entities decoded, markup dropped, text literal


def test_excel_tsv_with_quoted_line_breaks():
    rows = parse_tsv('Aktivnost\tRok\n"Dnevni\ncentar"\t2025\nKućna nega\t2026-2027\n')
    assert rows == [["Aktivnost", "Rok"], ["Dnevni\ncentar", "2025"], ["Kućna nega", "2026-2027"]]
    assert parse_clipboard(None, "just one line") == []
    assert parse_clipboard("<p>no table</p>", "a\tb") == [["a", "b"]]


def test_header_words_map_columns():
    has_header, mapping = guess_mapping(parse_html(WORD_HTML))
    assert has_header
    assert mapping == [
        "number", "objective", "title", "responsible", "timeframe", "budget", "source", "indicator", "target_groups"
    ]  # fmt: skip
    has_header, mapping = guess_mapping([["1.1", "Dnevni centar za decu", "x"], ["1.2", "Obuka", "y"]])
    assert not has_header and mapping[:2] == ["number", "title"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2025", ("2025", "2025", "")),
        ("2025-2027", ("2025", "2027", "")),
        ("T3 2026", ("2026-Q3", "2026-Q3", "")),
        ("gjysma e parë 2025", ("2025-H1", "2025-H1", "gjysma e parë 2025")),
        (
            "prva polovina 2025 – druga polovina 2026",
            ("2025-H1", "2026-H2", "prva polovina 2025 – druga polovina 2026"),
        ),
        ("vazhdimisht", (None, None, "vazhdimisht")),
    ],
)
def test_time_phrases(text, expected):
    assert parse_timeframe(text) == expected


@pytest.mark.parametrize(
    "text,amount",
    [("12.000 €", "12000"), ("5 000,50", "5000.50"), ("12,000.50 EUR", "12000.50"), ("1.234.567", "1234567"),
     ("7500", "7500"), ("pa buxhet", None)],
)  # fmt: skip
def test_amounts(text, amount):
    assert parse_amount(text) == (Decimal(amount) if amount else None)


def test_drafts_become_activities_in_one_operation(doc):
    rows = parse_html(WORD_HTML)
    _header, mapping = guess_mapping(rows)
    drafts = draft_rows(doc, rows[1:], mapping, "sq")
    assert len(drafts) == 2  # the full-width row is a heading, not an activity
    assert drafts[0].objective == doc.objectives[0].id  # matched by title
    plan = doc.action_plan
    old = {a.id for a in plan.activities}
    change = add_drafts(doc, plan.id, doc.objectives[1].id, drafts, "sq")
    assert change.operation == "paste_activities"
    new = [a for a in plan.activities if a.id not in old]
    assert len(new) == 2
    first = next(a for a in new if a.title.get("sq").startswith("Hapja"))
    assert first.responsible.get("sq") == "QPS"
    assert (first.start, first.end) == ("2025-H1", "2025-H1")
    assert first.budget_lines[0].amount == Decimal(12000) and first.budget_lines[0].source == "municipal"
    second = next(a for a in new if a is not first)
    assert second.budget_lines[0].source == "donor" and second.budget_lines[0].funder == "UNICEF"
    assert second.budget_lines[0].year == 2026
    names = {g.name.get("sq") for g in doc.target_groups}
    assert {"Fëmijët", "Të moshuarit"} <= names
    assert len([g for g in doc.target_groups if g.name.get("sq") == "Fëmijët"]) == 1
    assert first.indicators[0].name.get("sq") == "Numri i fëmijëve"
    assert dumps(doc)  # still a consistent document


def test_full_width_rows_name_the_objective_of_the_rows_below(doc):
    rows = [
        ["Nr", "Aktiviteti", "Afati"],
        ["Objektivi 2", "Objektivi 2", "Objektivi 2"],
        ["2.1", "Fushatë informimi", "2025"],
        ["Strehimi social", "Strehimi social", "Strehimi social"],
        ["3.1", "Banesa sociale", "2026"],
    ]
    _h, mapping = guess_mapping(rows)
    drafts = draft_rows(doc, rows[1:], mapping, "sq")
    assert [(d.objective, d.new_objective) for d in drafts] == [(doc.objectives[1].id, ""), ("", "Strehimi social")]
    add_drafts(doc, doc.action_plan.id, doc.objectives[0].id, drafts, "sq")
    assert doc.objectives[-1].title.get("sq") == "Strehimi social"
    assert doc.activities_of(doc.action_plan, doc.objectives[-1])[0].title.get("sq") == "Banesa sociale"


def test_a_refused_paste_leaves_the_stored_document_as_it_was(tmp_path, doc):
    from desktop.core.operations import OperationError
    from desktop.storage.files import write_new
    from desktop.storage.session import DocumentSession

    path = tmp_path / "p.plan"
    write_new(doc, path)
    session = DocumentSession.open(path)
    before = dumps(session.doc)
    drafts = draft_rows(session.doc, [["Aktivitet i ri", "9" * 13]], ["title", "budget"], "sq")
    assert drafts[0].amount is None  # a pasted amount past the limit is never read
    drafts[0].amount = Decimal("9" * 20)  # one that reaches the operation anyway is refused there
    with pytest.raises(OperationError):  # the amount is out of range after the activity was added
        session.apply(add_drafts, session.doc.action_plan.id, session.doc.objectives[0].id, drafts, "sq")
    assert dumps(session.doc) == before
    session.close()


# Rows of the Korçë community centre's action plan (seed 004) as Word copies them: the objective and its strategy
# in cells merged down over the activities (so only the first row carries them), the header repeated before each
# objective's table, and a row cut where a page ended.
KORCE_HEADER = ["Objektivi", "Strategjia për përmbushjen e tij", "Veprimtaria/Aktivitetet", "Koha"]
KORCE_ROWS = [
    ["1. Të krijojë një profil të qartë të lidërsisë vendore.", "Stafi i qendrës angazhohet menjëherë.",
     "1.1 Hartimi i një strategjie për prezantimin e QKK.", "Gjysma e parë e 2020"],
    ["", "", "1.4 Hartimi i një strategjie PR-i / komunikimi për qendrën dhe punën e saj.", "Gjysma e parë e 2020"],
    ["", "", "1.5 Pjesëmarrje në mediet (kryesisht vendore por", "Vazhdimisht 2020-2021"],
    ["", "", "dhe më gjerë) përmes emisioneve sociale, kronikave informative, shkrimeve etj.", ""],
    KORCE_HEADER,
    ["2. Të krijojë bërthamën e nevojshme me burime njerëzore.", "Menjëherë pas rekrutimit të stafit.",
     "2.1 Rekrutimi i stafit.", ""],
    ["", "", "2.2 Detajimi dhe dakordësimi i përshkrimeve të punës.", ""],
]  # fmt: skip


def test_a_real_plans_merged_objectives_repeated_headers_and_split_rows(doc):
    has_header, mapping = guess_mapping([KORCE_HEADER, *KORCE_ROWS])
    assert has_header and mapping == ["objective", "ignore", "title", "timeframe"]
    drafts = draft_rows(doc, KORCE_ROWS, mapping, "sq", header=KORCE_HEADER)
    titles = [d.texts["title"] for d in drafts]
    assert len(drafts) == 5  # the repeated header and the row's continuation are not activities
    assert "Veprimtaria/Aktivitetet" not in titles
    assert titles[2] == (
        "1.5 Pjesëmarrje në mediet (kryesisht vendore por dhe më gjerë) përmes emisioneve sociale, "
        "kronikave informative, shkrimeve etj."
    )
    # every activity belongs to the objective merged over it, not to the one selected in the window
    assert [d.new_objective[:2] for d in drafts] == ["1.", "1.", "1.", "2.", "2."]
    assert (drafts[2].start, drafts[2].end) == ("2020", "2021")
    change = add_drafts(doc, doc.action_plan.id, doc.objectives[0].id, drafts, "sq")
    assert change
    by_objective = {o.title.get("sq")[:2]: o for o in doc.objectives}
    activities = doc.ordered_activities(doc.action_plan)
    assert sum(1 for a in activities if a.objective_id == by_objective["1."].id) == 3
    assert sum(1 for a in activities if a.objective_id == by_objective["2."].id) == 2
