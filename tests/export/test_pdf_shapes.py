"""The PDF follows the plan's shape (seeds Korçë 004, Roskovec 001, Lezhë 003), read back from the extracted
text in Albanian alone and Albanian beside Serbian: chapters in the outline's order with their numbers, nested
in the contents and the bookmarks; figures and their captions; the kind of document, its period with months,
donors, partners and the plan's own priorities; the action plan in the plan's columns with its own numbers,
objective-level cells spanning their activities, sub-activities and their rolled-up budget; nothing empty."""

from __future__ import annotations

import io

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.core import activity_levels as levels  # noqa: E402
from desktop.core import chapters, columns  # noqa: E402
from desktop.core import operations as op  # noqa: E402
from desktop.export.pdf import check_completeness  # noqa: E402
from desktop.translation.transliterate import to_cyrillic  # noqa: E402
from tests.export.pdf_text import export, normal, page_texts  # noqa: E402
from tests.export.shapes_docs import STAFF, STRATEGY_COLUMN, korce, lezhe, roskovec  # noqa: E402

SQ = {"languages": ("sq",), "layout": "single"}
SQ_SR = {"languages": ("sq", "sr"), "layout": "side-by-side"}
LAYOUTS = pytest.mark.parametrize("layout", [SQ, SQ_SR], ids=["sq", "sq|sr"])


def pages(doc, **kw) -> list[str]:
    return [normal(t) for t in page_texts(export(doc, allow_incomplete=True, **kw))]


def in_order(text: str, items: list[str]) -> None:
    """Each item is in `text`, each after the one before."""
    pos = 0
    for item in items:
        found = text.find(item, pos)
        assert found >= 0, f"{item!r} not after {text[max(pos - 80, 0) : pos]!r}"
        pos = found + len(item)


def outline(data: bytes) -> list[tuple[int, str]]:
    """The bookmarks as (depth, title)."""
    out: list[tuple[int, str]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, normal(item.title)))

    walk(pypdf.PdfReader(io.BytesIO(data)).outline, 0)
    return out


KORCE_CHAPTERS = [
    "I. Hyrje",
    "II. Analiza e situatës",
    "III. Objektivat strategjike",
    "IV. Mjediset dhe personeli",
    "4.1 Personeli",
    *(f"4.1.{i} {title}" for i, (title, _sr) in enumerate(STAFF, 1)),
    "V. Plani i veprimit",
    "VI. Financimi",
]


@LAYOUTS
def test_korce_chapters_print_in_the_outline_order_with_their_numbers(layout):
    doc = korce()
    data = export(doc, allow_incomplete=True, **layout)
    texts = [normal(t) for t in page_texts(data)]
    contents = texts[1]
    # The contents: every chapter with its number, the sub-chapters below their chapter.
    in_order(contents, KORCE_CHAPTERS)
    body = " ".join(texts[2:])
    in_order(body, KORCE_CHAPTERS)
    # The bookmarks nest as the chapters do: 4.1 under IV., 4.1.1 under 4.1; VI. after the plan, at the top.
    marks = outline(data)
    titles = [t for _d, t in marks]
    depth = dict((t.split(" / ")[0], d) for d, t in marks)
    assert depth["IV. Mjediset dhe personeli"] == depth["VI. Financimi"] == depth["V. Plani i veprimit"]
    assert depth["4.1 Personeli"] == depth["IV. Mjediset dhe personeli"] + 1
    assert depth["4.1.3 Punonjësi social"] == depth["4.1 Personeli"] + 1
    first = [t.split(" / ")[0] for t in titles if t.split(" / ")[0] in KORCE_CHAPTERS]
    assert first == KORCE_CHAPTERS
    if layout is SQ_SR:
        in_order(contents, ["IV.", "Mjediset dhe personeli", "Prostorije i osoblje", "4.1.1", "Direktor centra"])
        assert "4.1.4 Edukatori / Vaspitač" in titles
        in_order(body, ["VI. Financimi", "VI. Finansiranje"])
    # A chapter moved after the action plan keeps the place the outline gives it.
    assert body.index("VI. Financimi") > body.index("Aktiviteti 2-3 i qendrës")


def test_decimal_numbering_and_contents_indent():
    doc = korce()
    chapters.set_chapter_numbering(doc, "decimal")
    texts = pages(doc, **SQ)
    in_order(texts[1], ["1. Hyrje", "4. Mjediset dhe personeli", "4.1 Personeli", "4.1.2 Psikologu", "6. Financimi"])
    assert "IV." not in texts[1]


@LAYOUTS
def test_figure_prints_in_its_chapter_with_its_caption(layout):
    doc = korce()
    data = export(doc, allow_incomplete=True, **layout)
    body = normal(" ".join(page_texts(data)[2:]))
    in_order(body, ["Personeli përbëhet nga katër punonjës.", "Figura 1: Organigrama e qendrës", "4.1.1"])
    if layout is SQ_SR:
        assert "Slika 1: Organigram centra" in body
    reader = pypdf.PdfReader(io.BytesIO(data))
    with_images = [i for i, page in enumerate(reader.pages) if page.images]
    assert len(with_images) == 1  # the image on its chapter's page (in each column side by side, stored once)
    assert "Figura 1" in reader.pages[with_images[0]].extract_text()
    drawn = reader.pages[with_images[0]].get_contents().get_data().count(b" Do")
    assert drawn == (2 if layout is SQ_SR else 1)


def test_figure_caption_in_cyrillic_and_a_missing_caption_marked():
    doc = korce(with_sr=False)
    body = normal(" ".join(pages(doc, languages=("sq", "sr"), serbian_script="cyrl")[2:]))
    assert "Слика 1: [недостаје на српском]" in body or "Слика 1:" in body
    doc = korce()
    body = normal(" ".join(pages(doc, languages=("sq", "sr"), serbian_script="cyrl")[2:]))
    assert "Слика 1: Органиграм центра" in body


@LAYOUTS
def test_kind_of_document_on_the_cover_and_in_the_running_header(layout):
    texts = pages(korce(), **layout)
    assert "Plani operacional" in texts[0]
    for text in texts[1:]:
        assert "Plani operacional 2020–2021" in text
        assert "Strategjia 2020" not in text
    if layout is SQ_SR:
        assert "Operativni plan 2020–2021" in texts[2] and "Operativni plan" in texts[0]


@LAYOUTS
def test_period_with_months_donors_partners_and_the_plans_own_priorities(layout):
    texts = pages(lezhe(), **layout)
    cover = texts[0]
    assert "Periudha Tetor 2023 – Prill 2024" in cover
    assert "Projekti" in cover
    assert "Donatorët: Qeveria Zvicerane" in cover
    assert "Partnerët zbatues: Shoqata e Qarqeve, Qendra Sociale" in cover
    assert "Projekti Tetor 2023 – Prill 2024" in texts[2]  # the running header
    body = " ".join(texts[2:])
    in_order(body, ["Objektivat strategjike", "Shërbime të reja", "Prioritetet", "P1 Kohezioni social"])
    in_order(body, ["P1.1 Referimi i rasteve", "P2 Punësimi"])
    in_order(texts[1], ["Objektivat strategjike", "Prioritetet"])
    if layout is SQ_SR:
        assert "Period oktobar 2023 – april 2024" in cover
        assert "Donatori: Vlada Švajcarske" in cover
        assert "Partneri u sprovođenju: Udruženje okruga, Socijalni centar" in cover
        assert "Projekat oktobar 2023 – april 2024" in texts[2]
        in_order(body, ["Prioriteti", "P1 Socijalna kohezija", "P1.1 Upućivanje slučajeva"])


def test_period_in_cyrillic_and_english():
    doc = lezhe()
    cover = pages(doc, languages=("sq", "sr"), serbian_script="cyrl")[0]
    assert "октобар 2023 – април 2024" in cover and "Донатори: Влада Швајцарске" in cover
    donor = pages(doc, document="donor", languages=("en",))
    assert "October 2023 – April 2024" in donor[0] and "Project" in donor[0]


def table_pages(texts: list[str], heading: str = "Plani i veprimit") -> str:
    """The action plan's pages (from its heading to its last table)."""
    start = next(i for i, t in enumerate(texts) if i > 1 and heading in t)
    return " ".join(texts[start:])


@LAYOUTS
def test_roskovec_columns_names_and_numbers_as_the_source_has_them(layout):
    doc = roskovec()
    texts = pages(doc, **layout)
    table = table_pages(texts)
    # The plan's columns in its order and names: no partners, budget, indicators nor target groups.
    in_order(table, ["Nr.", "Aktiviteti", "Personi përgjegjës", "Afati", "Sqarim"])
    for hidden in ("Partnerët", "Buxheti dhe burimi", "Treguesit", "Grupet e synuara"):
        assert hidden not in table
    # The rows numbered as the source numbers them, each with its explanation.
    in_order(table, ["1. Ndërtimi i ndërfaqes", "1.1 Ngritja e rubrikave", "Plan i detajuar në trajnime"])
    in_order(table, ["1.2 Rubrika për ankesat", "1.3 Rubrika për dëgjesat", "2. Rrjetet sociale", "3. Spoti video"])
    assert "Realizohet nga kontraktori" in table
    if layout is SQ_SR:
        in_order(table, ["Sqarim", "Objašnjenje"])
        assert "Odgovoran" in table  # a column renamed in Albanian only keeps its usual Serbian name
    # The notes print once the plan shows their column.
    plan = doc.action_plan
    op.set_text(doc, plan.activities[0].id, "notes", "sq", "Shënim për ndërfaqen")
    assert "Shënim për ndërfaqen" not in table_pages(pages(doc, **layout))
    columns.set_column_hidden(doc, plan.id, "notes", False)
    table = table_pages(pages(doc, **layout))
    in_order(table, ["Shënime", "Sqarim", "Shënim për ndërfaqen"])


def x_of(data: bytes, page: int, word: str) -> float:
    """Where on the page a text starting with `word` is drawn (its left edge)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip().startswith(word):
            found.append(cm[0] * tm[4] + cm[4])

    reader.pages[page].extract_text(visitor_text=visit)
    assert found, word
    return found[0]


def test_sub_activities_indented_with_a_rolled_up_budget():
    doc = roskovec()
    plan = doc.action_plan
    columns.set_column_hidden(doc, plan.id, "budget", False)
    parent, sub = plan.activities[0], plan.activities[1]
    op.add_budget_line(doc, parent.id, 2021, 1000, source="municipal")
    op.add_budget_line(doc, sub.id, 2021, 500, source="donor")
    data = export(doc, allow_incomplete=True, **SQ)
    texts = [normal(t) for t in page_texts(data)]
    table = table_pages(texts)
    # The parent's own line, then its total with its sub-activities; the objective counts each line once.
    in_order(table, ["1. Ndërtimi", "2021: 1 000 ALL", "Gjithsej me nënaktivitetet: 1 500 ALL", "1.1 Ngritja"])
    in_order(table, ["2021: 500 ALL", "Totali i objektivit 1", "1 500 ALL"])
    page = next(i for i, t in enumerate(texts) if "Ngritja e rubrikave" in t)
    assert x_of(data, page, "Ngritja e rubrikave") > x_of(data, page, "Ndërtimi i ndërfaqes") + 5
    assert x_of(data, page, "1.1") == pytest.approx(x_of(data, page, "1."))  # the numbers in line


@LAYOUTS
def test_objective_column_spans_its_activities_and_repeats_on_the_next_page(layout):
    doc = korce(activities=30)
    texts = pages(doc, **layout)
    table_start = next(i for i, t in enumerate(texts) if i > 1 and "Plani i veprimit" in t)
    table = texts[table_start:]
    assert len(table) >= 3
    # Once per objective, beside its activities: again at the top of each page its activities go on to.
    with_first = [i for i, t in enumerate(table) if "Puna në terren me familjet" in t]
    with_activities = [i for i, t in enumerate(table) if "Aktiviteti 1-" in t]
    assert with_first == with_activities and len(with_first) >= 2
    assert all(t.count("Puna në terren me familjet") <= 1 for t in table)
    in_order(" ".join(table), [STRATEGY_COLUMN[0], "Aktiviteti 1-30 i qendrës", "Trajnime për prindërit"])
    if layout is SQ_SR:
        assert all(("Terenski rad sa porodicama" in t) == ("Aktivnost 1-" in t) for t in table)


def test_nothing_empty_prints():
    doc = korce()
    texts = pages(doc, **SQ)
    table = table_pages(texts, "V. Plani i veprimit")
    # An objective without activities: in the objectives' chapter, but no band in the plan's table.
    assert "Objektiv pa aktivitete" in " ".join(texts[2:])
    assert "Objektiv pa aktivitete" not in table and "Objektivi strategjik 2: Fuqizimi" in table
    # A plan on the standard columns hides those no activity fills; a stored column shown prints empty.
    doc = roskovec()
    plan = doc.action_plan
    for column in list(plan.columns):
        if not column.key:
            columns.delete_column(doc, column.id)
    plan.columns.clear()
    doc.reindex()
    table = table_pages(pages(doc, **SQ))
    in_order(table, ["Nr.", "Aktiviteti", "Përgjegjës"])
    for empty in ("Partnerët", "Afati kohor", "Buxheti dhe burimi", "Treguesit", "Grupet e synuara"):
        assert empty not in table
    columns.set_column_hidden(doc, plan.id, "indicator", False)  # stores the columns: each shown one is chosen
    table = table_pages(pages(doc, **SQ))
    in_order(table, ["Përgjegjës", "Partnerët", "Afati kohor", "Buxheti dhe burimi", "Treguesit"])


@LAYOUTS
def test_an_action_plan_without_activities_prints_one_line(layout):
    doc = lezhe()
    data = export(doc, allow_incomplete=True, **layout)
    texts = [normal(t) for t in page_texts(data)]
    assert len(texts) == 3  # cover, contents, one page of chapters: no landscape page for an empty table
    in_order(texts[2], ["III. Plani i veprimit", "Plani i veprimit nuk ka ende aktivitete."])
    assert "Objektivi strategjik 1: Shërbime të reja Totali" not in texts[2]
    if layout is SQ_SR:
        assert "Akcioni plan još nema aktivnosti." in texts[2]
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert all(p.mediabox.width < p.mediabox.height for p in reader.pages)


def test_the_plans_columns_and_figures_count_for_completeness():
    doc = korce()
    assert check_completeness(doc, document="strategy") == []
    plan = doc.action_plan
    column = next(c for c in plan.columns if not c.key)
    fig = doc.strategy.sections[2].sections[0].figures[0]
    op.set_text(doc, fig.id, "caption", "sr", "")
    columns.rename_column(doc, plan.id, column.id, "sr", "")
    columns.set_cell(doc, column.id, doc.objectives[0].id, "sr", "")
    missing = {(m.entity_id, m.field) for m in check_completeness(doc, document="strategy")}
    assert missing == {(fig.id, "caption"), (column.id, "name"), (column.cells[0].id, "value")}
    # A hidden column is not printed: its texts are not asked for.
    columns.set_column_hidden(doc, plan.id, column.id, True)
    assert {(m.entity_id, m.field) for m in check_completeness(doc, document="strategy")} == {(fig.id, "caption")}


def test_sub_activity_numbers_follow_the_plans_numbering():
    doc = roskovec()
    levels.set_activity_numbering(doc, doc.action_plan.id, "by_objective")
    table = table_pages(pages(doc, **SQ))
    in_order(table, ["1.1 Ndërtimi", "1.1.1 Ngritja", "1.1.3 Rubrika për dëgjesat", "1.2 Rrjetet", "1.3 Spoti"])


def test_cyrillic_header_names_the_kind():
    texts = pages(korce(), languages=("sq", "sr"), serbian_script="cyrl")
    assert to_cyrillic("Operativni plan") + " 2020–2021" in texts[2]


def test_remembered_lines_give_the_same_bytes(monkeypatch):
    """A line's PDF operators are remembered per document (speed): the file is byte for byte the one made
    by formatting every line again, in Latin and Cyrillic (fonts switching subsets)."""
    from desktop.demo.build import build_demo
    from desktop.export.pdf import textblock

    doc = build_demo()
    for script in ("latn", "cyrl"):
        remembered = export(doc, serbian_script=script, allow_incomplete=True)
        monkeypatch.setattr(textblock, "REMEMBERED_LINE", -1)
        again = export(doc, serbian_script=script, allow_incomplete=True)
        monkeypatch.undo()
        assert remembered == again


@LAYOUTS
def test_a_chapter_after_the_action_plan_starts_a_portrait_page(layout):
    doc = korce()
    data = export(doc, allow_incomplete=True, **layout)
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = [normal(p.extract_text()) for p in reader.pages]
    table = next(i for i, t in enumerate(texts) if "V. Plani i veprimit" in t and "Aktiviteti 1-1" in t)
    after = next(i for i, t in enumerate(texts) if "VI. Financimi" in t and "Qendra financohet" in t)
    assert after > table
    box = reader.pages[after].mediabox
    assert box.width < box.height  # portrait, as the source's chapter VI; not the rest of the table's page
    assert "Aktiviteti 2-3" not in texts[after]


@LAYOUTS
def test_objective_text_and_an_activity_longer_than_a_page(layout):
    """An objective's text taller than the rows beside it goes on beside the next page's rows; an activity
    longer than a page is cut inside its row: every word of both printed, once."""
    doc = korce(activities=4)
    plan = doc.action_plan
    words = " ".join(f"fjala{i}" for i in range(2500))
    op.set_text(doc, plan.activities[1].id, "description", "sq", words)
    column = next(c for c in plan.columns if not c.key)
    columns.set_cell(doc, column.id, doc.objectives[0].id, "sq", " ".join(f"strategjia{i}" for i in range(600)))
    text = " ".join(pages(doc, **layout))
    for i in range(2500):
        assert text.count(f"fjala{i} ") + text.endswith(f"fjala{i}") >= 1, i
    found = [i for i in range(600) if f"strategjia{i} " in text or f"strategjia{i}" == text.split()[-1]]
    assert len(found) >= 599  # the last word may stand at a line's end before the page's footer
    in_order(text, ["strategjia0 ", "strategjia300 ", "strategjia599", "Aktiviteti 1-4 i qendrës"])


def test_sequential_each_language_in_the_outline_order():
    doc = korce()
    texts = pages(doc, languages=("sq", "sr"), layout="sequential")
    contents = texts[1]
    in_order(contents, ["Shqip", *KORCE_CHAPTERS, "Srpski", "I. Uvod", "4.1.4 Vaspitač", "VI. Finansiranje"])
    body = " ".join(texts[2:])
    in_order(body, [*KORCE_CHAPTERS, "I. Uvod", "4.1 Osoblje", "Slika 1: Organigram centra", "V. Akcioni plan"])
    in_order(body, ["VI. Finansiranje"])
