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
    # the strategy column, filled once per objective, becomes a column of the plan's own with a text per objective
    assert has_header and mapping == ["objective", "new_objective_column", "title", "timeframe"]
    drafts = draft_rows(doc, KORCE_ROWS, mapping, "sq", header=KORCE_HEADER)
    titles = [d.texts["title"] for d in drafts]
    assert len(drafts) == 5  # the repeated header and the row's continuation are not activities
    assert "Veprimtaria/Aktivitetet" not in titles
    assert titles[2] == (
        "Pjesëmarrje në mediet (kryesisht vendore por dhe më gjerë) përmes emisioneve sociale, "
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


def test_korce_strategy_becomes_a_text_per_objective_and_the_typed_numbers_are_kept(doc):
    from desktop.core.columns import cell_text, shown_columns
    from desktop.core.table_import import new_columns

    _h, mapping = guess_mapping([KORCE_HEADER, *KORCE_ROWS])
    drafts = draft_rows(doc, KORCE_ROWS, mapping, "sq", header=KORCE_HEADER)
    assert [(d.number, d.texts["title"][:8]) for d in drafts][:2] == [("1.1", "Hartimi "), ("1.4", "Hartimi ")]
    add_drafts(
        doc, doc.action_plan.id, doc.objectives[0].id, drafts, "sq",
        new_columns=new_columns(mapping, KORCE_HEADER), keep_numbers=True,
    )  # fmt: skip
    plan = doc.action_plan
    strategy = next(c for c in plan.columns if not c.key)
    assert strategy.name.get("sq") == "Strategjia për përmbushjen e tij" and strategy.level == "objective"
    assert strategy in shown_columns(plan)
    first = next(o for o in doc.objectives if o.title.get("sq").startswith("1. Të krijojë"))
    assert cell_text(plan, strategy, first).get("sq") == "Stafi i qendrës angazhohet menjëherë."
    numbers = doc.numbers()
    assert [numbers[a.id] for a in doc.activities_of(plan, first)] == ["1.1", "1.4", "1.5"]
    assert plan.numbering == "kept"


# The programme of the Roskovec council (seed 001) as tab-separated text: numbered rows 1, 1.1 … 6, the header
# repeated where Word broke the table, a row of the "Sqarim" (explanation) column run over from the page before.
ROSKOVEC_TSV = (
    "Nr.\tAktiviteti\tPersoni përgjegjës\tAfati\tSqarim\n"
    "1.\tNdërtimi i ndërfaqes së Këshillit të Bashkisë\t- Sekretari - IT\t\tKy aktivitet realizohet me IT.\n"
    "1.1\tNgritja e rubrikave për publikimin e njoftimeve\t\t\tNjë plan i detajuar është hartuar.\n"
    "1.2\tNdërtimi i rubrikës për ankesat/kërkesat\t- Sekretariati - IT\t\tProcesi është përsëri teknik.\n"
    "1.3\tNdërtimi I rubrikës për dëgjesat dhe sugjerimeve.\t- Sekretariati/Sekretar\t\tPunë e vazhdueshme\n"
    "Nr.\tAktiviteti\tPersoni përgjegjës\tAfati\tSqarim\n"
    "2.\tNgritja dhe përdorimi i rrjeteve sociale\t- Sekretariati - IT\t\tHapja e fanpage-s.\n"
    "\t\t\t\tsocial fb është hartuar në trajnimet.\n"
    "3.\tRealizimi i spotit video\t- Kryetari - Kontraktor\t\tNjë spot video.\n"
    "4.\tRealizimi i publikimeve të shkurtra\t- Sekretariati\t\tFletë të vogla sqaruese.\n"
    "5.\tRealizimi i takimeve të hapura me publikun\t- Komisionet\t\tTakimet fizike.\n"
    "6.\tDitët e publikut\t- Komisionet - Kryetari\t\tNjë axhendë paraprake.\n"
)


def test_roskovec_programme_numbers_levels_and_sqarim_column(doc):
    from desktop.core.columns import cell_text
    from desktop.core.table_import import NEW_COLUMN, new_columns, numbers_found

    rows = parse_tsv(ROSKOVEC_TSV)
    has_header, mapping = guess_mapping(rows, doc.action_plan)
    assert has_header and mapping == ["number", "title", "responsible", "timeframe", NEW_COLUMN]
    drafts = draft_rows(doc, rows[1:], mapping, "sq", header=rows[0])
    assert [d.number for d in drafts] == ["1", "1.1", "1.2", "1.3", "2", "3", "4", "5", "6"]
    assert [d.parent for d in drafts] == [None, 0, 0, 0, None, None, None, None, None]
    assert numbers_found(drafts)
    objective = doc.objectives[1]
    add_drafts(
        doc, doc.action_plan.id, objective.id, drafts, "sq", new_columns=new_columns(mapping, rows[0]),
        keep_numbers=True,
    )  # fmt: skip
    plan = doc.action_plan
    pasted = doc.activities_of(plan, objective)[-9:]
    numbers = doc.numbers()
    assert [numbers[a.id] for a in pasted] == ["1", "1.1", "1.2", "1.3", "2", "3", "4", "5", "6"]
    assert {a.parent_id for a in pasted[1:4]} == {pasted[0].id}
    sqarim = next(c for c in plan.columns if c.name.get("sq") == "Sqarim")
    assert sqarim.level == "activity"
    assert cell_text(plan, sqarim, pasted[0]).get("sq") == "Ky aktivitet realizohet me IT."
    assert not pasted[0].notes.get("sq")  # an explanation is not a note
    assert dumps(doc)
    # a second paste of the same table finds the column the first one made, by its name
    _h, again = guess_mapping(rows, plan)
    assert again[-1] == f"column:{sqarim.id}"


def test_numbers_of_objective_and_activity_still_choose_the_objective(doc):
    rows = [["Nr", "Aktiviteti"], ["2.1", "Fushatë"], ["2.2", "Banesa"]]
    _h, mapping = guess_mapping(rows)
    drafts = draft_rows(doc, rows[1:], mapping, "sq")
    assert [d.objective for d in drafts] == [doc.objectives[1].id] * 2
    assert [d.parent for d in drafts] == [None, None]


def test_a_header_naming_a_renamed_column_goes_to_it(doc):
    from desktop.core.columns import rename_column

    rename_column(doc, doc.action_plan.id, "responsible", "sr", "Ko radi")
    rows = [["Aktivnost", "Ко ради", "Objašnjenje"], ["Obuka", "Centar", "Zašto"]]  # Cyrillic matches Latin
    has_header, mapping = guess_mapping(rows, doc.action_plan)
    assert has_header and mapping == ["title", "responsible", "new_column"]


def test_a_pasted_objective_numbered_in_the_source_goes_to_the_plans_objective_of_that_title(doc):
    # The plan's objectives typed first (without the source's "1." and closing stop), then its table pasted.
    titles = [o.title.get("sq") for o in doc.objectives]
    rows = [
        [f"1. {titles[0]}.", "Stafi angazhohet.", "1.1 Hartimi i strategjisë.", ""],
        [f"2. {titles[1]};", "Rekrutimi.", "2.1 Rekrutimi i stafit.", ""],
    ]
    drafts = draft_rows(doc, rows, ["objective", "new_objective_column", "title", "timeframe"], "sq")
    assert [d.objective for d in drafts] == [o.id for o in doc.objectives[:2]]
    assert [d.new_objective for d in drafts] == ["", ""]
    before = len(doc.objectives)
    add_drafts(doc, doc.action_plan.id, doc.objectives[0].id, drafts, "sq")
    assert len(doc.objectives) == before
