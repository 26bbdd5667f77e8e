"""The three seed plans (../shared/seeds: Roskovec 001, Lezhë 003, Korçë 004) rebuilt from File > New with the
window alone -- the tree's keys, the pages' boxes, the editor's list and footnote buttons, the Columns and Paste
dialogs -- on a reduced but faithful part of each text, then exported through the Export PDF dialog in Albanian
and in Albanian and Serbian side by side (Serbian missing, exported anyway). The PDF's text is checked for the
source's shape: chapters in their order with their numbers, sub-chapters in the contents, the action plan's
columns and numbers, lists, the footnote, the figure's caption and the decision's lines in order.

With PLAN_SEED_PAGES=<folder> the PDFs and their pages (pdftoppm, 60 dpi) are kept there to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import seed_plans as s
from tests.gui.conftest import reopen

pytest.importorskip("pypdf")


@pytest.fixture
def window(window):
    window.resize(1366, 768)
    return window


@pytest.fixture
def quiet(monkeypatch) -> list[str]:
    from desktop.gui.widgets import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    return shown


def save(window, monkeypatch, path: Path):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    assert window.save()
    return reopen(path)


def delete_chapter(qtbot, window, section_id: str) -> None:
    s.go(window, section_id)
    s.key(qtbot, window, Qt.Key.Key_Delete)
    assert window.session.doc.find(section_id) is None


# -- Lezhë 003: a project of Tetor 2023 - Prill 2024 ------------------------------------------------------------

LEZHE_TITLE = "“Fuqizojmë Komunitetin në Bashkinë Lezhë” – Faza I"
LEZHE_GOAL = (
    "Qëllimi i këtij projekti është të fuqizojmë individë nga komunitetet vulnerabël, përfshirë gratë dhe vajzat, "
    "personat me aftësi të kufizuara, fëmijët, të rinjtë dhe të moshuarit në Bashkinë Lezhë."
)
LEZHE_OBJECTIVES = [
    "Krijimi i një modeli të qëndrueshëm të qendrës për fuqizimin e komunitetit",
    "Të forcohet fuqizimi i komuniteteve lokale të cenueshme përmes shkëmbimit të informacionit",
    "Sigurimi i shërbimeve mbështetëse të integruara të kujdesit social",
]
LEZHE_PRIORITIES = [
    "Mbështetja e ndërtimit të qëndrueshmërisë së komuniteteve vulnerabël në Bashkinë Lezhë",
    "Krijimi i një modeli të edukimit familjar për kujdesin ndaj fëmijëve",
    "Përmirësimi i kohezionit social të komunitetit në Bashkinë Lezhë",
]
LEZHE_SUB_PRIORITIES = [
    "Identifikimi i nevojave, sigurimi i referimit dhe ofrimi i mbështetjes së hershme",
    "Ofrimi i mbështetjes për zhvillimin e aftësive për jetën dhe punën",
]
LEZHE_DONOR = "USAID"
LEZHE_PARTNERS = "UNDP Shqipëri\nBashkia Lezhë\n“Të Ndryshëm & Të Barabartë”"


def test_lezhe_project_rebuilt_from_the_window(qtbot, window, tmp_path, monkeypatch, quiet):
    s.new_plan(window, "Lezhë")
    doc = window.session.doc

    # The project's facts on the strategy's page.
    page = s.page(window, doc.strategy.id)
    s.write(window, page.title, LEZHE_TITLE)
    page.start_spin.setValue(2023)
    page.end_spin.setValue(2024)
    page.start_month.setCurrentIndex(page.start_month.findData(10))
    page.end_month.setCurrentIndex(page.end_month.findData(4))
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("project"))
    s.write(window, page.donors, LEZHE_DONOR)
    s.write(window, page.partners, LEZHE_PARTNERS)

    # One chapter: the goal, with the objectives as the source lists them; the standard ones it lacks deleted.
    sections = {sec.key: sec.id for sec in doc.strategy.sections}
    for name in ("context", "vision", "mission"):
        delete_chapter(qtbot, window, sections[name])
    goal = sections["goal"]
    s.rename(qtbot, window, goal, "Qëllimi i përgjithshëm")
    body = s.field(s.page(window, goal), "body")
    editor = s.rich_editor(body)
    s.type_paragraphs(qtbot, editor, LEZHE_GOAL, "Objektivat e projektit janë:")
    s.type_list(qtbot, body, "bullets", LEZHE_OBJECTIVES)
    window.controller.close_merge()

    # The priorities of the project as a whole, with sub-priorities, from the tree.
    previous = None
    for title in LEZHE_PRIORITIES:
        if previous is None:
            previous = s.add_after(qtbot, window, None, title, "plan_priorities")
        else:
            previous = s.add_after(qtbot, window, previous, title)
    first = doc.strategy.priorities[0].id
    sub = s.add_under(qtbot, window, first, LEZHE_SUB_PRIORITIES[0])
    s.add_after(qtbot, window, sub, LEZHE_SUB_PRIORITIES[1])
    assert s.label(window, first).startswith("P1 ")

    stored = save(window, monkeypatch, tmp_path / "lezhe.plan")
    assert (stored.strategy.document_kind, stored.strategy.start_month, stored.strategy.end_month) == (
        "project",
        10,
        4,
    )
    assert (stored.strategy.start_year, stored.strategy.end_year) == (2023, 2024)
    assert [p.title.get("sq") for p in stored.strategy.priorities] == LEZHE_PRIORITIES
    assert [p.title.get("sq") for p in stored.strategy.priorities[0].priorities] == LEZHE_SUB_PRIORITIES
    assert "<ul><li>" in stored.get(goal).body.get("sq")

    pages = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-lezhe-sq.pdf", "strategy", ("sq",))
    text = " ".join(pages)
    assert "Tetor 2023 – Prill 2024" in text, pages[0]
    assert LEZHE_DONOR in pages[0] and "UNDP Shqipëri" in pages[0]
    assert "Projekt" in pages[0]
    assert s.in_order(text, "Qëllimi i përgjithshëm", LEZHE_GOAL[:40], "Objektivat e projektit janë:")
    assert s.in_order(text, *("• " + o[:30] for o in LEZHE_OBJECTIVES)), text
    assert s.in_order(text, *(p[:40] for p in LEZHE_PRIORITIES[:1] + LEZHE_SUB_PRIORITIES + LEZHE_PRIORITIES[1:]))

    both = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-lezhe-sq-sr.pdf", "strategy", ("sq", "sr"))
    text = " ".join(both)
    assert "Qëllimi i përgjithshëm" in text and LEZHE_PRIORITIES[0][:30] in text
    assert quiet == []


# -- Roskovec 001: the council's decision and its programme ------------------------------------------------------

ROSKOVEC_DECISION = [
    ("header", "REPUBLIKA E SHQIPËRISË\nBASHKIA ROSKOVEC\nKËSHILLI BASHKIAK"),
    ("protocol", "Nr. S136 Prot."),
    ("place_date", "Roskovec, më 21, 07 2021"),
    ("title_word", "VENDIM"),
    ("number_line", "Nr. S4, Datë 21, 07, 2021"),
    ("subject", "PËR MIRATIMIN E FUSHATËS SË PARTNERITETIT TË KËSHILLIT TË BASHKISË ME QYTETARËT"),
    (
        "legal_basis",
        "Bazuar në ligjin nr. 139/2015, “Për vetëqeverisjen vendore”, neni 16, pika 1, neni 18, neni 19 dhe neni 54, "
        "pika k, ligjit 146/2014 “Për njoftimin dhe konsultimin publik” dhe Rregullores së Këshillit Për "
        "marrëdhëniet me Publikun dhe Mediat (Konsultimeve Publike)",
    ),
    ("preamble", "me propozim të Kryesisë së Këshillit, Këshill i Bashkisë,"),
    ("operative", "VENDOSI :"),
]
ROSKOVEC_POINTS = [
    "Miratim të zhvillimit të aktivitetit “Fushata e Partneritetit të Këshillit me qytetarin”.",
    "Aktiviteti do të zhvillohet sipas programit të detajuar bashkangjitur këtij vendimi.",
    "Ngarkohet Këshilli Bashkiak, Kryetari i Këshillit, Sekretariati dhe komisionet e Këshillit Bashkiak për "
    "zbatimin e këtij vendimi.",
    "Ky vendim hyn në fuqi në bazë të ligjit Nr.139/2015 “Për vetëqeverisjen vendore” neni 55 pika 6.",
]
ROSKOVEC_BOLD = "Fushata e Partneritetit të Këshillit me qytetarin"
ROSKOVEC_SIGNATORY = [("signatory_title", "KRYETAR"), ("signatory_name", "Kadri Hyska")]
ROSKOVEC_TITLE = "Programi i detajuar për zhvillimin e aktivitetit “Fushata e partneritetit të këshillit me qytetarin”"
ROSKOVEC_LETTER = [
    "Këshilli i Bashkisë me qëllim garantimin e bashkëqeverisjes me komunitetin, në respekt të besimit të dhënë nga "
    "banorët dhe në zbatim të dispozitave ligjore, konsideron të domosdoshme përfshirjen e qytetarëve në qeverisjen "
    "lokale.",
    "Ky aktivitet fillon si fushatë për të vazhduar si një aksion i përhershëm për gjithë aktivitetin e Këshillit të "
    "Bashkisë.",
    "Më poshtë po paraqesim planin e detajuar me veprimet konkrete për realizimin e kësaj fushate:",
]
# The programme's table as Word copies it: the header repeated where the table breaks, numbers 1., 1.1 … 6.
ROSKOVEC_TABLE = (
    "Nr.\tAktiviteti\tPersoni përgjegjës\tAfati\tSqarim\n"
    "1.\tNdërtimi i ndërfaqes së Këshillit të Bashkisë\t- Sekretari - IT\t\t"
    "Ky aktivitet realizohet në bashkëpunim me IT e Bashkisë.\n"
    "1.1\tNgritja e rubrikave për publikimin e njoftimeve dhe vendimeve\t\t\t"
    "Një plan i detajuar është hartuar në trajnimet.\n"
    "1.2\tNdërtimi i rubrikës për ankesat/kërkesat dhe iniciativat/peticionet qytetare\t- Sekretariati - IT\t\t"
    "Procesi është përsëri teknik.\n"
    "1.3\tNdërtimi i rubrikës për dëgjesat dhe sugjerimet\t- Sekretariati/Sekretar\t\t"
    "Aktiviteti parashikon punë të vazhdueshme\n"
    "Nr.\tAktiviteti\tPersoni përgjegjës\tAfati\tSqarim\n"
    "2.\tNgritja dhe përdorimi i rrjeteve sociale\t- Sekretariati/sekretari - IT\t\t"
    "Aktiviteti kërkon hapjen e fanpage-s.\n"
    "3.\tRealizimi i spotit video për nxitjen dhe informimin e komunitetit\t- Kryetari - Kontraktor\t\t"
    "Spoti realizohet nga kontraktori.\n"
    "4.\tRealizimi i publikimeve të shkurtra për shpërndarje\t- Sekretariati - Administratorët\t\t"
    "Fletë të vogla sqaruese.\n"
    "5.\tRealizimi i takimeve të hapura me publikun për tema të caktuara\t- Komisionet - Kryetari\t\t"
    "Takimet fizike janë një urë e mirë ndërveprimi.\n"
    "6.\tDitët e publikut\t- Komisionet - Kryetari - Sekretariati\t\t"
    "Këshilli mobilizon buxhetin e tij.\n"
)
ROSKOVEC_NUMBERS = ["1", "1.1", "1.2", "1.3", "2", "3", "4", "5", "6"]


def test_roskovec_decision_and_programme_rebuilt_from_the_window(qtbot, window, tmp_path, monkeypatch, quiet):
    s.new_plan(window, "Bashkia Roskovec")
    doc = window.session.doc

    page = s.page(window, doc.strategy.id)
    s.write(window, page.title, ROSKOVEC_TITLE)
    page.start_spin.setValue(2021)
    page.end_spin.setValue(2021)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("programme"))

    # The programme's letter as its one chapter; the standard chapters it lacks deleted.
    sections = {sec.key: sec.id for sec in doc.strategy.sections}
    for name in ("vision", "mission", "goal"):
        delete_chapter(qtbot, window, sections[name])
    letter = sections["context"]
    s.rename(qtbot, window, letter, "Të nderuar!")
    editor = s.rich_editor(s.field(s.page(window, letter), "body"))
    s.type_paragraphs(qtbot, editor, *ROSKOVEC_LETTER)
    window.controller.close_merge()

    # The campaign as the plan's one objective (from the tree), then the programme's table pasted under it.
    objective = s.add_after(qtbot, window, None, "Fushata e partneritetit të Këshillit me qytetarin", "objectives")
    plan = doc.action_plan
    assert window.select_entity(plan.id, "action_plan")
    QApplication.processEvents()
    grid = window.edit_area.grid
    assert grid.select_activity(objective)
    seen = s.paste_table(window, ROSKOVEC_TABLE)
    assert seen["mapping"] == ["number", "title", "responsible", "timeframe", "new_column"] and seen["keep"]
    assert plan.numbering == "kept"
    assert grid.visible_numbers()[1:] == ROSKOVEC_NUMBERS
    # The Columns dialog: the source's names, the columns it does not have hidden.
    s.edit_columns(
        window,
        hide=("partners", "budget", "indicator", "target_groups"),
        names={"responsible": "Personi përgjegjës", "timeframe": "Afati"},
    )
    assert [h for h in s.header_texts(grid)] == ["No.", "Activity", "Personi përgjegjës", "Afati", "Sqarim"]

    # The decision: every line as the council wrote it, the points numbered 1.-4. with the bold words.
    window.decision_action.trigger()
    decision_page = window.edit_area.entity_editor.current_page
    assert decision_page.kind == "decision"
    for name, text in ROSKOVEC_DECISION + ROSKOVEC_SIGNATORY:
        s.write(window, s.field(decision_page, name), text)
    s.clear_everywhere(window, decision_page, ("issuing_body", "session"))  # the source has neither
    points = s.field(decision_page, "points")
    s.write(window, points, "")
    editor = s.rich_editor(points)
    s.type_paragraphs(qtbot, editor, *ROSKOVEC_POINTS)
    s.make_bold(qtbot, editor, ROSKOVEC_BOLD)
    window.controller.close_merge()
    decision_page.point_style.setCurrentIndex(decision_page.point_style.findData("decimal"))

    stored = save(window, monkeypatch, tmp_path / "roskovec.plan")
    assert stored.strategy.document_kind == "programme" and stored.decision.point_style == "decimal"
    assert f"<b>{ROSKOVEC_BOLD}</b>" in stored.decision.points.get("sq")
    assert [stored.numbers()[a.id] for a in stored.ordered_activities(stored.action_plan)] == ROSKOVEC_NUMBERS

    # The decision in Albanian: every line, in the source's order.
    pages = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-roskovec-decision-sq.pdf", "decision", ("sq",))
    text = " ".join(pages)
    lines = [t for _n, t in ROSKOVEC_DECISION if t]
    assert s.in_order(
        text,
        *(s.normal(t)[:40] for t in lines),
        *(f"{i}. {p[:30]}" for i, p in enumerate(ROSKOVEC_POINTS, 1)),
        "KRYETAR",
        "Kadri Hyska",
    ), text
    assert "I. Miratim" not in text

    # The programme: the letter, then the table with the source's columns, numbers and explanations.
    pages = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-roskovec-sq.pdf", "strategy", ("sq",))
    text = " ".join(pages)
    assert "Programi" in pages[0]
    assert s.in_order(text, "Të nderuar!", ROSKOVEC_LETTER[0][:40], ROSKOVEC_LETTER[2][:40])
    assert s.in_order(text, "Nr. Aktiviteti Personi përgjegjës Afati Sqarim"), text
    for hidden in ("Partnerët", "Buxheti", "Treguesit", "Grupet e synuara"):
        assert hidden not in text
    rows = [line.split("\t") for line in ROSKOVEC_TABLE.splitlines() if not line.startswith("Nr.")]
    assert s.in_order(text, *(f"{n} {r[1][:25]}" for n, r in zip(ROSKOVEC_NUMBERS, rows, strict=True))), text
    assert s.in_order(text, *(r[4][:25] for r in rows))

    # Side by side with Serbian, which nobody has written yet: exported anyway, the gaps marked.
    for document, name in (("decision", "seed-roskovec-decision-sq-sr.pdf"), ("strategy", "seed-roskovec-sq-sr.pdf")):
        pages = s.export_pdf(qtbot, window, monkeypatch, tmp_path / name, document, ("sq", "sr"))
        text = " ".join(pages)
        assert "nedostaje na srpskom" in text
    assert s.in_order(text, "1 Ndërtimi", "1.1 Ngritja", "6 Ditët")
    assert quiet == []
