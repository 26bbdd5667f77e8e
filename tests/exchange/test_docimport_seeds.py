"""The seeds (../shared/seeds 001, 003, 004) written as Word files in their real shape, imported, and checked
item by item: chapters in order with their numbers, activities numbered as in the source, the plan's own
columns, the decision's lines in order, the period's months and the kind of document."""

from __future__ import annotations

from desktop.core.columns import cell_text, columns_of
from desktop.core.integrity import check_document
from desktop.core.model import PART_ACTION_PLANS, ActivityNumbering
from desktop.core.outline import chapters
from desktop.core.richtext import to_plain
from desktop.core.validation import document_problems
from desktop.exchange.docimport import apply_new, read_preview
from tests.exchange import seed_docs as seeds


def _outline(doc):
    return [(c.number, c.section.title.get("sq") if c.section else c.key) for c in chapters(doc, {PART_ACTION_PLANS})]


def test_korce_004_item_by_item(tmp_path):
    preview = read_preview(seeds.korce_seed_docx(tmp_path / "korce.docx"))
    assert preview.counts["toc_lines"] == 12 and preview.counts["tables_joined"] == 4
    assert preview.counts["split_rows"] == 2  # 1.5 and 3.3 cut at a page end; 2.6/2.7 and 4.3/4.4 are whole rows
    doc = apply_new(preview)
    s = doc.strategy
    assert (s.document_kind, s.start_year, s.end_year, s.start_month, s.numbering) == (
        "operational_plan", 2020, 2021, None, "roman"
    )  # fmt: skip
    assert _outline(doc) == [
        ("I.", "Konteksti"),
        ("II.", "Vizioni i QKK"),
        ("III.", "Qëllimi dhe objektivat e QKK"),
        ("IV.", "Mjediset dhe personeli i QKK"),
        ("4.1", "Personeli i QKK"),
        ("4.1.1", "Menaxheri i QKK"),
        ("4.1.2", "Koordinator i terrenit (1)"),
        ("4.1.3", "Punonjës pastrimi"),
        ("4.1.4", "Punonjës sigurie"),
        ("V.", PART_ACTION_PLANS),
        ("VI.", "Burimet financiare/Plani financiar?"),
    ]
    goal = s.sections[2]
    assert (
        "1. Të krijojë një profil të qartë dhe të fortë të lidershit vendor për çështjet e përfshirjes sociale;"
    ) in to_plain(goal.body.get("sq")).splitlines()  # a numbered list of the structured text
    # The caption without its label: the plan prints "Figura 1." itself.
    assert s.sections[3].figures[0].caption.get("sq") == "Struktura e personelit të Qendrës Komunitare Korçë"
    assert to_plain(s.sections[3].sections[0].sections[0].body.get("sq")).count("\n• ") == 3
    plan = doc.action_plan
    assert plan.title.get("sq") == "Plani i Veprimit 2020-2021"
    assert len(s.objectives) == 5 and s.objectives[3].title.get("sq").startswith("Të ndjekë / punojë")
    numbers = doc.activity_numbers(plan)
    got = [numbers[a.id] for a in doc.ordered_activities(plan)]
    assert got == [f"{o}.{n}" for o, count in ((1, 6), (2, 8), (3, 5), (4, 4), (5, 3)) for n in range(1, count + 1)]
    # The source numbers as the plan numbers itself (1.1 … under each objective): nothing to keep.
    assert plan.numbering == ActivityNumbering.BY_OBJECTIVE
    by_number = {numbers[a.id]: a for a in plan.activities}
    assert by_number["1.5"].title.get("sq") == (
        "Pjesëmarrje në mediet (kryesisht vendore por dhe më gjerë) përmes emisioneve sociale, kronikave "
        "informative, shkrimeve etj."
    )
    assert by_number["3.3"].title.get("sq").endswith("(veçanërisht organizata jo-fitimprurëse aktive dhe me fokus "
                                                     "grupet e synuara).")  # fmt: skip
    assert by_number["2.7"].title.get("sq").startswith("Ndarja e detyrave")  # a whole row after a page end
    assert (by_number["1.1"].start, by_number["1.1"].end) == ("2020-H1", "2020-H1")
    assert by_number["1.6"].timeframe_note.get("sq") == "Vazhdimisht 2020-2021"
    [strategy] = [c for c in columns_of(plan) if not c.key]
    assert (strategy.name.get("sq"), strategy.level) == ("Strategjia për përmbushjen e tij", "objective")
    texts = [cell_text(plan, strategy, o).get("sq") for o in s.objectives]
    assert [t.split()[0] for t in texts] == ["Stafi", "Menjëherë", "Stafi", "Qendra", "Stafi"]
    assert to_plain(s.sections[-1].body.get("sq")).splitlines()[1].startswith("1. Shkrimi i granteve")
    assert check_document(doc) == [] and document_problems(doc) == []


def test_roskovec_001_item_by_item(tmp_path):
    preview = read_preview(seeds.roskovec_seed_docx(tmp_path / "roskovec.docx"))
    assert preview.counts["tables_joined"] == 3 and preview.counts["split_rows"] == 1
    doc = apply_new(preview)
    assert doc.municipality.name.get("sq") == "Roskovec" and doc.municipality.country == "AL"
    d = doc.decision
    lines = [(name, d.text(name).get("sq")) for name in d.TEXTS if d.text(name).get("sq")]
    assert [name for name, _text in lines] == [
        "header", "protocol", "place_date", "title_word", "number_line", "subject", "legal_basis", "operative",
        "points", "signatory_title", "signatory_name",
    ]  # fmt: skip
    assert [p[:2] for p in d.points.get("sq").split("\n\n")] == ["1.", "2.", "3.", "4."]
    assert (d.number, d.date, d.point_style, d.template) == ("S4", "2021-07-21", "decimal", "AL")
    s = doc.strategy
    assert s.document_kind == "programme"
    assert s.title.get("sq") == (
        "PROGRAMI I DETAJUAR PËR ZHVILLIMIN E AKTIVITETIT “Fushatën e partneritetit të këshillit me qytetarin”."
    )
    # The introduction before the programme, the closing words after it.
    outline = _outline(doc)
    assert [number for number, _title in outline] == ["I.", "II.", "III."] and outline[1][1] == PART_ACTION_PLANS
    assert s.sections[0].body.get("sq").startswith("Këshilli i Bashkisë me qëllim garantimin")
    assert s.sections[1].body.get("sq").startswith("Realizimi i këtij programi") and "Ju faleminderit." in (
        s.sections[1].body.get("sq")
    )
    plan = doc.action_plan
    numbers = doc.activity_numbers(plan)
    assert [(numbers[a.id], a.parent_id is not None) for a in plan.activities] == [
        ("1", False), ("1.1", True), ("1.2", True), ("1.3", True),
        ("2", False), ("3", False), ("4", False), ("5", False), ("6", False),
    ]  # fmt: skip
    [sqarim] = [c for c in columns_of(plan) if not c.key]
    assert (sqarim.name.get("sq"), sqarim.level) == ("Sqarim", "activity")
    second = plan.activities[4]
    assert cell_text(plan, sqarim, second).get("sq") == (
        "Një plan i detajuar për menaxhimin e rrjetit social fb është hartuar (apo do të hartohet) në trajnimet "
        "e Shoqatës së Qarqeve."
    )
    assert plan.activities[8].responsible.get("sq").splitlines() == [
        "- Komisionet", "- Kryetari", "- Sekretariati", "- Administrata (me kërkesë)"
    ]  # fmt: skip
    assert check_document(doc) == [] and document_problems(doc) == []


def test_lezhe_003_item_by_item(tmp_path):
    preview = read_preview(seeds.lezhe_seed_docx(tmp_path / "lezhe.docx"))
    doc = apply_new(preview)
    assert doc.municipality.name.get("sq") == "Lezhë"
    s = doc.strategy
    assert s.title.get("sq") == "“Fuqizojmë Komunitetin në Bashkinë Lezhë” – Faza I"
    assert (s.document_kind, s.start_year, s.start_month, s.end_year, s.end_month) == ("project", 2023, 10, 2024, 4)
    assert s.donors.get("sq") == seeds.LEZHE_DONOR
    assert [(c.number, c.section.title.get("sq")) for c in chapters(doc) if c.section] == [
        ("I.", "Qëllimi i përgjithshëm")
    ]
    assert s.sections[0].body.get("sq").startswith("Qëllimi i këtij projekti është të fuqizojmë")
    assert [o.title.get("sq") for o in s.objectives] == [t.rstrip(";.") + ("." if t.endswith(".") else "")
                                                         for t in seeds.LEZHE_OBJECTIVES]  # fmt: skip
    assert [p.title.get("sq") for p in s.priorities] == seeds.LEZHE_PRIORITIES
    # The sub-priorities under the priority before them (the page does not say which); the numbers P1, P4.1 …
    assert [p.title.get("sq") for p in s.priorities[-1].priorities] == seeds.LEZHE_SUB_PRIORITIES
    numbers = doc.numbers()
    assert [numbers[p.id] for p in s.priorities] == ["P1", "P2", "P3", "P4"]
    assert numbers[s.priorities[-1].priorities[0].id] == "P4.1"
    assert check_document(doc) == [] and document_problems(doc) == []
