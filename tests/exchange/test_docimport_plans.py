"""Importing plans as people write them: the Korçë operational plan (with and without heading styles), the
Roskovec decision and programme, an Excel action plan and an OpenDocument plan, checked item by item."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core.columns import cell_text, columns_of
from desktop.core.integrity import check_document
from desktop.core.model import PART_ACTION_PLANS, ActivityNumbering
from desktop.core.outline import chapters, top_level
from desktop.core.richtext import to_plain
from desktop.core.validation import document_problems
from desktop.exchange.docimport import apply_new, read_preview
from tests.exchange import docimport_docs as docs


@pytest.mark.parametrize("styled", [True, False], ids=["heading-styles", "typed-numbering"])
def test_korce_operational_plan_item_by_item(tmp_path, styled):
    preview = read_preview(docs.korce_docx(tmp_path / "korce.docx", styled=styled))
    assert (preview.lang, preview.script) == ("sq", "latn")
    assert preview.counts["toc_lines"] == 6
    assert preview.counts["repeated_headers"] == 1
    assert preview.counts["split_rows"] == 1
    assert preview.counts["tables_joined"] == 1
    assert "1 repeated header rows skipped" in preview.warnings and "1 split rows joined" in preview.warnings

    doc = apply_new(preview)
    s = doc.strategy
    assert s.title.get("sq") == "Plani Operacional Qendra Komunitare Korçë (QKK)"
    assert (s.document_kind, s.start_year, s.end_year, s.numbering) == ("operational_plan", 2020, 2021, "roman")
    # Chapters nested as numbered; the action plan takes chapter V's place, chapter VI follows it.
    printed = [
        (c.number, c.section.title.get("sq") if c.section else c.key) for c in chapters(doc, {PART_ACTION_PLANS})
    ]
    assert printed == [
        ("I.", "Konteksti"),
        ("II.", "Vizioni i QKK"),
        ("III.", "Qëllimi dhe objektivat e QKK"),
        ("IV.", "Mjediset dhe personeli i QKK"),
        ("4.1", "Personeli i QKK"),
        ("4.1.1", "Menaxheri i QKK"),
        ("4.1.2", "Koordinatori i terrenit (1)"),
        ("V.", PART_ACTION_PLANS),
        ("VI.", "Burimet financiare/Plani financiar?"),
    ]
    context = s.sections[0]
    assert context.key == "context"  # the standard section took the chapter that names it
    assert context.body.get("sq").startswith("Qendra Komunitare Korçë (QKK) është inaguruar")
    goal = next(c.section for c in chapters(doc) if c.number == "III.")
    # The numbered list comes in as a list of the structured text (its words: "1. …" lines).
    assert (
        "1. Të jetë e hapur dhe gjithëpërfshirëse në aktivitetin e saj;\n"
        "2. Të lehtësojë dhe mundësojë akses në shërbimet sociale;"
    ) in to_plain(goal.body.get("sq"))
    manager = next(c.section for c in chapters(doc) if c.number == "4.1.1")
    assert to_plain(manager.body.get("sq")).splitlines() == [
        "Detyrat dhe përgjegjësitë kryesore përfshijnë:",
        "• Garanton funksionalitetin e QKK;",
        "• Raporton pranë Bashkisë për zbatimin e planit të QKK;",
    ]
    chapter_iv = next(c.section for c in chapters(doc) if c.number == "IV.")
    assert len(chapter_iv.figures) == 1 and chapter_iv.figures[0].image == docs.PNG
    assert chapter_iv.figures[0].caption.get("sq").startswith("Struktura e personelit")  # "Figura 1." is printed
    # The action plan: objectives from the merged cells, the strategy as an objective-level own column.
    plan = doc.action_plan
    assert plan.title.get("sq") == "Plani i Veprimit 2020-2021"
    assert [o.title.get("sq") for o in s.objectives] == [
        "Të krijojë një profil të qartë dhe të fortë të lidershipit vendor për çështjet e përfshirjes sociale.",
        "Të krijojë bërthamën e nevojshme me burime njerëzore.",
    ]
    own = [c for c in columns_of(plan) if not c.key]
    assert [(c.name.get("sq"), c.level) for c in own] == [("Strategjia për përmbushjen e tij", "objective")]
    assert cell_text(plan, own[0], s.objectives[1]).get("sq").startswith("Menjëherë pas rekrutimit")
    numbers = doc.activity_numbers(plan)
    rows = [(numbers[a.id], a.title.get("sq"), a.start, a.end, a.timeframe_note.get("sq")) for a in plan.activities]
    assert rows == [
        ("1.1", "Hartimi i një strategjie për prezantimin e QKK dhe stafit.", "2020-H1", "2020-H1",
         "Gjysma e parë e 2020"),
        ("1.2", "Hartimi i një plani pune për takime në terren.", "2020-H1", "2020-H1", "Gjysma e parë e 2020"),
        ("1.5", "Pjesëmarrje në mediet (kryesisht vendore por dhe më gjerë) përmes emisioneve sociale, "
         "kronikave informative.", "2020", "2021", "Vazhdimisht 2020-2021"),
        ("1.6", "Përdorimi i mediave sociale për ta bërë qendrën të njohur.", "2020", "2021",
         "Vazhdimisht 2020-2021"),
        ("2.1", "Rekrutimi i stafit.", None, None, ""),
        ("2.2", "Detajimi dhe dakordësimi i përshkrimeve të punës.", None, None, ""),
        ("2.3", "Hartimi i rregullores së brendshme të qendrës.", None, None, ""),
    ]  # fmt: skip
    assert plan.numbering == ActivityNumbering.KEPT
    assert [a.objective_id for a in plan.activities] == [s.objectives[0].id] * 4 + [s.objectives[1].id] * 3
    assert check_document(doc) == [] and document_problems(doc) == []


def test_roskovec_decision_and_programme(tmp_path):
    preview = read_preview(docs.roskovec_docx(tmp_path / "roskovec.docx"))
    assert preview.municipality == "Roskovec" and preview.country == "AL"
    doc = apply_new(preview)
    assert doc.municipality.name.get("sq") == "Roskovec" and doc.municipality.country == "AL"
    d = doc.decision
    assert d.template == "AL"
    assert d.header.get("sq") == "REPUBLIKA E SHQIPËRISË\nBASHKIA ROSKOVEC\nKËSHILLI BASHKIAK"
    assert d.protocol.get("sq") == "Nr. S136 Prot."
    assert d.place_date.get("sq") == "Roskovec, më 21, 07 2021"
    assert d.title_word.get("sq") == "VENDIM"
    assert d.number_line.get("sq") == "Nr. S4, Datë 21, 07, 2021"
    assert (d.number, d.date, d.approved) == ("S4", "2021-07-21", None)
    assert d.subject.get("sq").startswith("PËR MIRATIMIN E FUSHATËS")
    assert d.legal_basis.get("sq").startswith("Bazuar në ligjin nr. 139/2015")
    assert d.operative.get("sq") == "VENDOSI :"
    assert d.points.get("sq").split("\n\n")[2] == "3. Ky vendim hyn në fuqi në bazë të ligjit Nr.139/2015."
    assert (d.signatory_title.get("sq"), d.signatory_name.get("sq")) == ("KRYETAR", "Kadri Hyska")
    assert d.points.get("sr") == ""  # no template wording in another language claims to say the same
    s = doc.strategy
    assert s.document_kind == "programme"
    assert s.title.get("sq").startswith("PROGRAMI I DETAJUAR PËR ZHVILLIMIN E AKTIVITETIT")
    plan = doc.action_plan
    numbers = doc.activity_numbers(plan)
    assert [(numbers[a.id], a.parent_id is not None) for a in plan.activities] == [
        ("1", False), ("1.1", True), ("1.2", True), ("2", False), ("3", False)
    ]  # fmt: skip
    assert doc.sub_activities(plan.activities[0]) == plan.activities[1:3]
    sqarim = next(c for c in columns_of(plan) if not c.key)
    assert (sqarim.name.get("sq"), sqarim.level) == ("Sqarim", "activity")
    second = plan.activities[3]
    # The Sqarim cell cut at the page end goes on in the row above.
    assert cell_text(plan, sqarim, second).get("sq") == (
        "Aktiviteti kërkon hapjen e fanpage-s. dhe më pas publikimet automatike."
    )
    assert plan.activities[0].responsible.get("sq") == "- Sekretari\n- IT"
    assert (plan.activities[4].start, plan.activities[4].timeframe_note.get("sq")) == ("2021", "Tetor 2021")
    body = "\n".join(sec.body.get("sq") for sec in s.sections)
    assert "Këshilli i Bashkisë me qëllim garantimin" in body and "Realizimi i këtij programi" in body


def test_excel_action_plan(tmp_path):
    preview = read_preview(docs.action_plan_xlsx(tmp_path / "plan.xlsx"))
    doc = apply_new(preview, "Prizren")
    plan = doc.action_plan
    objectives = doc.strategy.objectives
    # "Objektivi 1:" is the label the plan prints itself: the title is the words after it.
    assert [o.title.get("sq") for o in objectives] == ["Shërbime sociale më të mira", "Përfshirja e komuniteteve"]
    first, second, third = plan.activities
    assert first.objective_id == second.objective_id == objectives[0].id  # the merged objective cell
    assert third.objective_id == objectives[1].id
    assert (first.title.get("sq"), first.responsible.get("sq"), first.start, first.end) == (
        "Hartimi i standardeve", "Drejtoria Sociale", "2026-Q1", "2026-Q1"
    )  # fmt: skip
    line = first.budget_lines[0]
    assert (line.amount, line.currency, line.source, line.year) == (Decimal("12000"), "EUR", "municipal", 2026)
    line = second.budget_lines[0]
    assert (line.amount, line.source, line.funder) == (Decimal("5500"), "donor", "UNICEF")
    assert second.indicators[0].name.get("sq") == "30 të trajnuar"
    assert (third.start, third.end, third.timeframe_note.get("sq")) == ("2026", "2027", "Vazhdimisht 2026-2027")
    assert plan.title.get("sq") == "Plani i veprimit"


def test_opendocument_plan(tmp_path):
    preview = read_preview(docs.plan_odt(tmp_path / "plan.odt"))
    doc = apply_new(preview, "Gjakova")
    titled = [(c.number, c.section.title.get("sq") if c.section else c.key) for c in chapters(doc, {PART_ACTION_PLANS})]
    assert titled == [("I.", "Hyrje"), ("1.1", "Parimet"), ("II.", PART_ACTION_PLANS), ("III.", "Monitorimi")]
    intro = doc.strategy.sections[0]
    assert to_plain(intro.body.get("sq")).splitlines() == [
        "Ky plan përshkruan shërbimet sociale të komunës.",
        "• Shërbime për të moshuarit",
        "• Shërbime për fëmijët",
    ]
    plan = doc.action_plan
    assert [a.title.get("sq") for a in plan.activities] == ["Hartimi i standardeve", "Trajnimi i stafit"]
    assert {a.objective_id for a in plan.activities} == {doc.strategy.objectives[0].id}  # the spanned cell
    assert plan.activities[1].start == "2026-H2"
    assert top_level(doc).index(PART_ACTION_PLANS) == 1
