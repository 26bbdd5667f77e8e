"""Two language versions into one plan: the Serbian version of the Korçë plan paired with the plan imported
from the Albanian one (desktop/exchange/docimport/pairing.py), then stored as translations in one step."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.core.columns import cell_text
from desktop.core.richtext import to_plain
from desktop.core.text import TState
from desktop.exchange import docimport
from desktop.exchange.docimport.pairing import apply_pairing, other_language_content, pair
from tests.exchange import docimport_docs as docs


@pytest.fixture
def plan(tmp_path):
    """The plan as imported from the Albanian file."""
    return docimport.apply_new(docimport.read_preview(docs.korce_docx(tmp_path / "sq.docx", styled=False)))


def _serbian(tmp_path, **variant):
    preview = docimport.read_preview(docs.korce_sr_docx(tmp_path / "sr.docx", **variant))
    assert preview.lang == "sr"
    return preview.build()


def _titles(pairs):
    return [(p.plan_label, p.imported_label) for p in pairs]


def test_the_same_structure_pairs_everything(plan, tmp_path):
    pairing = pair(plan, _serbian(tmp_path))
    assert pairing.only_in_plan == [] and pairing.only_in_document == []
    assert _titles(pairing.of("chapter")) == [
        ("I. Konteksti", "I. Kontekst"),
        ("II. Vizioni i QKK", "II. Vizija QKK"),
        ("III. Qëllimi dhe objektivat e QKK", "III. Svrha i ciljevi QKK"),
        ("IV. Mjediset dhe personeli i QKK", "IV. Prostorije i osoblje QKK"),
        ("4.1 Personeli i QKK", "4.1. Osoblje QKK"),
        ("4.1.1 Menaxheri i QKK", "4.1.1 Menadžer QKK"),
        ("4.1.2 Koordinatori i terrenit (1)", "4.1.2 Koordinator na terenu (1)"),
        ("VI. Burimet financiare/Plani financiar?", "VI. Finansijski izvori/Finansijski plan?"),
    ]
    assert [p.plan_label[:3] + p.imported_label[:3] for p in pairing.of("activity")] == [
        "1.11.1", "1.21.2", "1.51.5", "1.61.6", "2.12.1", "2.22.2", "2.32.3"
    ]  # fmt: skip
    assert len(pairing.of("objective")) == 2 and len(pairing.of("column")) == 1
    assert all(0.35 <= p.confidence <= 1 for p in pairing.pairs)
    assert pairing.replacements() == []  # nothing in Serbian yet: nothing to replace


def test_one_chapter_more_and_one_activity_fewer_are_shown_unpaired(plan, tmp_path):
    pairing = pair(plan, _serbian(tmp_path, extra_chapter=True, drop="1.2"))
    assert [(u.kind, u.label) for u in pairing.only_in_document] == [("chapter", "III. Zakonski okvir")]
    assert [(u.kind, u.label) for u in pairing.only_in_plan] == [
        ("activity", "1.2 Hartimi i një plani pune për takime në terren.")
    ]
    # The chapters after the inserted one are renumbered in Serbian and still find their counterparts.
    assert _titles(pairing.of("chapter"))[2:5] == [
        ("III. Qëllimi dhe objektivat e QKK", "IV. Svrha i ciljevi QKK"),
        ("IV. Mjediset dhe personeli i QKK", "V. Prostorije i osoblje QKK"),
        ("4.1 Personeli i QKK", "5.1. Osoblje QKK"),
    ]
    assert _titles(pairing.of("chapter"))[-1] == ("VI. Burimet financiare/Plani financiar?",
                                                  "VII. Finansijski izvori/Finansijski plan?")  # fmt: skip
    assert len(pairing.of("activity")) == 6


def test_a_chapter_moved_finds_its_counterpart(plan, tmp_path):
    pairing = pair(plan, _serbian(tmp_path, swap=(1, 2)))
    assert pairing.only_in_plan == [] and pairing.only_in_document == []
    assert _titles(pairing.of("chapter"))[1:3] == [
        ("II. Vizioni i QKK", "III. Vizija QKK"),
        ("III. Qëllimi dhe objektivat e QKK", "II. Svrha i ciljevi QKK"),
    ]


def test_applied_texts_are_translations_of_the_current_source_and_go_outdated(plan, tmp_path):
    assert other_language_content(plan, "sr") and not other_language_content(plan, "sq")
    pairing = pair(plan, _serbian(tmp_path, extra_chapter=True, drop="1.2"))
    before = len(plan)
    change = apply_pairing(pairing, plan)
    assert change.operation == "import_translation"
    assert len(plan) == before  # nothing added: the unpaired chapter stays out
    context = plan.strategy.sections[0]
    assert context.title.get("sr") == "Kontekst"
    assert context.title.state("sr") == TState.TRANSLATED
    assert context.body.values["sr"].based_on == context.body.get("sq")
    personnel = plan.strategy.sections[3]
    assert personnel.figures[0].caption.get("sr") == "Struktura osoblja Društvenog centra Korča"
    assert to_plain(personnel.sections[0].sections[0].body.get("sr")).endswith(
        "• Izveštava Opštinu o sprovođenju plana QKK;"
    )
    acts = {a.title.get("sq"): a for a in plan.action_plan.activities}
    media = acts["Përdorimi i mediave sociale për ta bërë qendrën të njohur."]
    assert media.title.get("sr") == "Korišćenje društvenih mreža kako bi centar postao poznat."
    assert acts["Hartimi i një plani pune për takime në terren."].title.get("sr") == ""  # the dropped one
    column = next(c for c in plan.action_plan.columns if c.key is None)
    assert column.name.get("sr") == "Strategija za njegovo ostvarenje"
    first = plan.strategy.objectives[0]
    assert cell_text(plan.action_plan, column, first).get("sr").startswith("Osoblje centra treba odmah")
    assert first.title.get("sr").startswith("Stvoriti jasan i snažan profil")
    # A later change of the Albanian source marks the Serbian text outdated.
    op.set_text(plan, context.id, "title", "sq", "Konteksti i qendrës")
    assert context.title.state("sr") == TState.OUTDATED


def test_an_existing_text_is_only_replaced_when_ticked(plan, tmp_path):
    context = plan.strategy.sections[0]
    op.set_text(plan, context.id, "title", "sr", "Kontekst (stari prevod)")
    pairing = pair(plan, _serbian(tmp_path))
    [replacement] = pairing.replacements()
    assert replacement.replaces == "Kontekst (stari prevod)" and replacement.text == "Kontekst"
    apply_pairing(pairing, plan)
    assert context.title.get("sr") == "Kontekst (stari prevod)"
    assert context.body.get("sr").startswith("Društveni centar Korča")  # a new text is stored all the same
    pairing = pair(plan, _serbian(tmp_path))
    pairing.tick_all()
    apply_pairing(pairing, plan)
    assert context.title.get("sr") == "Kontekst" and context.title.state("sr") == TState.TRANSLATED


def test_the_decisions_lines_and_points_pair_in_order(tmp_path):
    from tests.exchange import seed_docs as seeds

    plan = docimport.apply_new(docimport.read_preview(seeds.roskovec_seed_docx(tmp_path / "sq.docx")))
    preview = docimport.read_preview(seeds.roskovec_decision_sr_docx(tmp_path / "sr.docx"))
    assert preview.lang == "sr"
    pairing = pair(plan, preview.build())
    lines = pairing.of("decision line")
    assert [p.imported_label for p in lines][:6] == [
        "REPUBLIKA ALBANIJA OPŠTINA ROSKOVEC OPŠTINSKO VEĆE", "Br. S136 Prot.", "Roskovec, 21. 07. 2021", "ODLUKA",
        "Br. S4, Datum 21. 07. 2021", "O USVAJANJU KAMPANJE PARTNERSTVA VEĆA OPŠTINE SA GRAĐANIMA",
    ]  # fmt: skip
    assert [p.plan_label for p in lines][7:] == ["VENDOSI :", lines[8].plan_label, "KRYETAR", "Kadri Hyska"]
    points = lines[8]
    assert points.confidence == 1.0  # four points on either side
    assert not [u for u in pairing.only_in_document if u.kind.startswith("decision")]
    apply_pairing(pairing, plan)
    d = plan.decision
    assert d.operative.get("sr") == "ODLUČILO JE:" and d.operative.state("sr") == TState.TRANSLATED
    assert [p[:2] for p in d.points.get("sr").split("\n\n")] == ["1.", "2.", "3.", "4."]
    assert d.points.values["sr"].based_on == d.points.get("sq")
    assert (d.signatory_title.get("sr"), d.signatory_name.get("sr")) == ("PREDSEDNIK", "Kadri Hyska")


def test_a_project_pages_serbian_version_pairs_its_goal_objectives_priorities_and_donor(tmp_path):
    from tests.exchange import seed_docs as seeds

    plan = docimport.apply_new(docimport.read_preview(seeds.lezhe_seed_docx(tmp_path / "sq.docx")))
    preview = docimport.read_preview(seeds.lezhe_sr_docx(tmp_path / "sr.docx"))
    assert (preview.lang, preview.kind, preview.months) == ("sr", "project", (10, 4))
    pairing = pair(plan, preview.build())
    assert pairing.only_in_plan == [] and pairing.only_in_document == []
    assert [len(pairing.of(kind)) for kind in ("title", "donors", "chapter", "objective", "priority")] == [
        1,
        1,
        1,
        3,
        7,
    ]
    apply_pairing(pairing, plan)
    s = plan.strategy
    t = seeds.LEZHE_SR
    assert s.title.get("sr") == t["title"] and s.donors.get("sr") == t["donor"]
    assert (s.sections[0].title.get("sr"), s.sections[0].body.get("sr")) == ("Opšti cilj", t["goal"])
    assert [o.title.get("sr") for o in s.objectives] == [line.rstrip(";") for line in t["objectives"]]
    assert [p.title.get("sr") for p in s.priorities] == t["priorities"]
    assert [p.title.get("sr") for p in s.priorities[-1].priorities] == t["sub_priorities"]
    assert s.priorities[0].title.state("sr") == TState.TRANSLATED
