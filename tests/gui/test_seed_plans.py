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

from desktop.core.model import PART_ACTION_PLANS
from desktop.core.outline import top_level
from tests.gui import seed_plans as s
from tests.gui.conftest import reopen
from tests.gui.tree_keys import label_of

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
    s.new_plan(window, "Bashkia Lezhë")
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
    assert label_of(window, first).startswith("P1 ")

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


# -- Korçë 004: the community centre's operational plan ----------------------------------------------------------

KORCE_TITLE = "Plani Operacional i Qendrës Komunitare Korçë (QKK) 2020-2021"
KORCE_CONTEXT = [
    "Qendra Komunitare Korçë (QKK) është inaguruar në Janar të vitit 2015 si një Qendër Komunitare Ndërkulturore "
    "e ndërtuar përmes një bashkëpunimi mes Bashkisë Korçë dhe UNDP, për të adresuar “problemet ekonomike, "
    "kushtet e papërshtatshme të jetesës dhe probleme të tjera të rëndësishme sociale”",
    "Evidencat tregojnë se komunitete të ndryshme pengohen në proceset e tyre integruese si pasojë e aksesit të "
    "munguar apo kufizuar në të mira dhe shërbime.",
]
KORCE_NOTE = "Burimi: bashkiakorce.gov.al"
KORCE_LINK = "http://bashkiakorce.gov.al/site/article.php?aid=973"
KORCE_VISION = [
    "Përmes Planit Social të saj, Bashkia Korçë ka si mision “të vendosë fokusin tek ofrimi i shërbimeve të "
    "standardizuara dhe cilësore të kujdesit shoqëror”.",
    "Në linjë me vizionin e saj, QKK ka si qëllim:",
]
KORCE_GOALS = [
    "Të jetë e hapur dhe gjithëpërfshirëse në aktivitetin e saj për të gjitha komunitet në nevojë;",
    "Të lehtësojë dhe mundësojë akses në shërbimet sociale për komunitetet në nevojë;",
    "Të informojë dhe ndërgjegjësojë komunitetet në nevojë lidhur me mundësitë që ofrohen;",
    "Të zhvillojë procese gjithëpërfshirëse për vlerësimin e nevojave dhe hartimin e planeve të veprimit;",
    "Të promovojë politikat dhe të ndihmojë në forcimin institucional të ndërhyrjeve për përfshirjen sociale;",
    "Të kujdeset, në mënyrë të veçantë, për zbatimin e dokumenteve politike strategjike për mundësi të barabarta.",
]
KORCE_OBJECTIVES = [
    "Të krijojë një profil të qartë dhe të fortë të lidershit vendor për çështjet e përfshirjes sociale",
    "Të krijojë bërthamën e nevojshme me burime njerëzore për të mundësuar zbatimin e planit operacional",
    "Të ndërtojë dhe forcojë një rrjet të gjerë bashkëpunimesh me aktorë vendorë e më gjerë",
]
KORCE_PREMISES = (
    "Qendra është një strukturë vendore në varësi të Drejtorisë së Shërbimeve Sociale pranë Bashkisë Korçë. "
    "Struktura e personelit të qendrës është siç paraqitet në Figurën 1."
)
KORCE_FIGURE = "Struktura e personelit të Qendrës Komunitare Korçë"
KORCE_STAFF = (
    "Organizimi i personelit të qendrës, siç vijon në këtë seksion, është një model fillestar bazë, i cili mund të "
    "përshtatet sipas nevojave dhe mundësive."
)
KORCE_MANAGER = "Detyrat dhe përgjegjësitë kryesore për këtë anëtar të personelit të QKK përfshijnë:"
KORCE_DUTIES = [
    "Garanton funksionalitetin e QKK në përputhje me planin e administrimit të qendrës;",
    "Menaxhon dhe koordinon veprimtarinë dhe aktivitetet e QKK me Bashkinë;",
    "Raporton pranë Bashkisë për mbarëvajtjen dhe zbatimin e planit të QKK;",
    "Mbikqyr personelin e QKK;",
]
KORCE_ROLES = [
    ("Koordinatori i terrenit (1)", "Qendra ka të paktën një koordinator terreni të përhershëm."),
    ("Punonjës pastrimi", "Punonjësi i pastrimit është staf i përhershëm i qendrës."),
    ("Punonjës sigurie", "Godina duhet të ketë të siguar edhe shërbimin e rojes."),
]
KORCE_FINANCE = "Burimet financiare/Plani financiar?"
KORCE_INCOME = [
    "Shkrimi i granteve/projekteve vendore e rajonale (si e vetme ose në partneritet);",
    "Qeratë dhe tarifat mbi përdorimin e aseteve dhe shërbimeve që ajo ofron.",
]
KORCE_STRATEGY = "Strategjia për përmbushjen e tij"
KORCE_HEADER = f"Objektivi\t{KORCE_STRATEGY}\tVeprimtaria/Aktivitetet\tKoha\n"
KORCE_TABLE = (
    KORCE_HEADER
    + f"1. {KORCE_OBJECTIVES[0]}\tStafi i qendrës duhet të angazhohet menjëherë dhe intensivisht për ridimensionimin "
    "e profilit të QKK.\t1.1 Hartimi i një strategjie për prezantimin e QKK dhe stafit.\tGjysma e parë e 2020\n"
    "\t\t1.2 Hartimi i një plani pune për takime në terren.\tGjysma e parë e 2020\n"
    "\t\t1.3 Krijimi i një rrjeti institucionesh, organizatash dhe aktorësh të tjerë.\tGjysma e parë e 2020\n"
    + KORCE_HEADER
    + f"2. {KORCE_OBJECTIVES[1]}\tMenjëherë pas rekrutimit të stafit të QKK, drejtoria përkatëse angazhohet "
    "intensivisht.\t2.1 Rekrutimi i stafit.\t\n"
    "\t\t2.2 Detajimi dhe dakordësimi i përshkrimeve të punës.\t\n"
    + KORCE_HEADER
    + f"3. {KORCE_OBJECTIVES[2]}\tStafi i QKK ndërton dhe zbaton një strategji për krijimin e partneriteteve.\t"
    "3.1 Vlerësimi i nevojave dhe hartëzimi i aktorëve.\t\n"
    "\t\t3.2 Mbajtja e aktiviteteve promovuese të qendrës.\t\n"
)
KORCE_NUMBERS = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]


def test_korce_operational_plan_rebuilt_from_the_window(qtbot, window, tmp_path, monkeypatch, quiet):
    from desktop.gui.plan import figure_editor

    s.new_plan(window, "Bashkia Korçë")
    doc = window.session.doc
    page = s.page(window, doc.strategy.id)
    s.write(window, page.title, KORCE_TITLE)
    page.start_spin.setValue(2020)
    page.end_spin.setValue(2021)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("operational_plan"))
    sections = {sec.key: sec.id for sec in doc.strategy.sections}

    # I. Context, with the footnote (and its link) where the quotation ends.
    context = sections["context"]
    s.rename(qtbot, window, context, "Konteksti")
    body = s.field(s.page(window, context), "body")
    editor = s.rich_editor(body)
    s.type_text(editor, KORCE_CONTEXT[0])
    s.add_footnote(body, KORCE_NOTE)
    s.add_link(body, "bashkiakorce.gov.al", KORCE_LINK)
    s.type_text(editor, ".")
    s.type_paragraphs(qtbot, editor, KORCE_CONTEXT[1])
    window.controller.close_merge()

    # II. Vision, its text ending with the centre's six goals as a numbered list.
    vision = sections["vision"]
    s.rename(qtbot, window, vision, "Vizioni i QKK")
    body = s.field(s.page(window, vision), "body")
    s.type_paragraphs(qtbot, s.rich_editor(body), *KORCE_VISION)
    s.type_list(qtbot, body, "numbers", KORCE_GOALS)
    window.controller.close_merge()
    delete_chapter(qtbot, window, sections["mission"])

    # IV. Premises and staff: the organigram, 4.1 and its 4.1.1-4.1.4, the manager's duties as a bulleted list.
    premises = sections["goal"]
    s.rename(qtbot, window, premises, "Mjediset dhe personeli i QKK")
    body = s.field(s.page(window, premises), "body")
    s.type_paragraphs(qtbot, s.rich_editor(body), KORCE_PREMISES)
    window.controller.close_merge()
    image = s.organigram(tmp_path / "organigrama.png")
    monkeypatch.setattr(figure_editor, "ask_open_file_name", lambda *_a, **_k: (str(image), ""))
    s.go(window, premises)
    menu = window.tree_actions.menu
    window.tree_actions.fill_menu(menu, window.tree.currentIndex())
    next(a for a in menu.actions() if a.text().startswith("Add figure")).trigger()
    s.type_here(qtbot, window, KORCE_FIGURE)
    figure = window.session.doc.get(premises).figures[0]
    assert label_of(window, figure.id) == f"Figura 1: {KORCE_FIGURE}"

    staff = s.add_under(qtbot, window, premises, "Personeli i QKK")
    s.type_paragraphs(qtbot, s.rich_editor(s.field(s.page(window, staff), "body")), KORCE_STAFF)
    window.controller.close_merge()
    manager = s.add_under(qtbot, window, staff, "Menaxheri i QKK")
    body = s.field(s.page(window, manager), "body")
    s.type_paragraphs(qtbot, s.rich_editor(body), KORCE_MANAGER)
    s.type_list(qtbot, body, "bullets", KORCE_DUTIES)
    window.controller.close_merge()
    previous = manager
    for title, text in KORCE_ROLES:
        previous = s.add_after(qtbot, window, previous, title)
        s.type_paragraphs(qtbot, s.rich_editor(s.field(s.page(window, previous), "body")), text)
        window.controller.close_merge()
    last_role = previous
    assert label_of(window, last_role) == "3.1.4 Punonjës sigurie"  # chapter III until the objectives move up

    # The financing chapter after chapter IV, its two sources of income as a numbered list.
    finance = s.add_after(qtbot, window, premises, KORCE_FINANCE)
    body = s.field(s.page(window, finance), "body")
    s.type_paragraphs(
        qtbot, s.rich_editor(body), "Qendra Komunitare Korçë mbështetet me burime financiare nga buxheti i Bashkisë."
    )
    s.type_list(qtbot, body, "numbers", KORCE_INCOME)
    window.controller.close_merge()

    # The objectives (the source's chapter III) from the tree; their part moved up to be chapter III, and the
    # action plan up before the financing chapter: V., with VI. after it, as the source orders them.
    previous = s.add_after(qtbot, window, None, KORCE_OBJECTIVES[0], "objectives")
    for title in KORCE_OBJECTIVES[1:]:
        previous = s.add_after(qtbot, window, previous, title)
    for _ in range(2):
        s.go(window, None, "objectives")
        s.key(qtbot, window, Qt.Key.Key_Up, s.CTRL)
    plan = doc.action_plan
    while top_level(doc).index(PART_ACTION_PLANS) > top_level(doc).index(finance):
        s.go(window, plan.id, "action_plan")
        s.key(qtbot, window, Qt.Key.Key_Up, s.CTRL)
    assert label_of(window, finance) == f"VI. {KORCE_FINANCE}"
    assert label_of(window, plan.id, "action_plan").startswith("V. ")
    assert label_of(window, last_role) == "4.1.4 Punonjës sigurie"

    # The action plan: 2020-2021, its table pasted with the strategy as a text per objective.
    s.rename(qtbot, window, plan.id, "Plani i Veprimit 2020-2021", "action_plan")  # F2: the plan's own page
    assert window.select_entity(plan.id, "action_plan")
    QApplication.processEvents()
    grid = window.edit_area.grid
    seen = s.paste_table(window, KORCE_TABLE)
    assert seen["mapping"] == ["objective", "new_objective_column", "title", "timeframe"], seen
    assert [o.title.get("sq") for o in doc.objectives] == KORCE_OBJECTIVES  # the pasted rows found their objective
    s.edit_columns(
        window,
        hide=("responsible", "partners", "budget", "indicator", "target_groups"),
        names={"activity": "Veprimtaria/Aktivitetet", "timeframe": "Koha"},
        place=(KORCE_STRATEGY, 1),
    )
    assert s.header_texts(grid)[:3] == ["No.", KORCE_STRATEGY, "Veprimtaria/Aktivitetet"]

    stored = save(window, monkeypatch, tmp_path / "korce.plan")
    chapter = stored.get(premises)
    assert [c.title.get("sq") for c in chapter.sections] == ["Personeli i QKK"]
    assert [c.title.get("sq") for c in chapter.sections[0].sections] == ["Menaxheri i QKK"] + [
        r[0] for r in KORCE_ROLES
    ]
    context_body = stored.get(context).body.get("sq")
    assert f'<fn>Burimi: <a href="{KORCE_LINK}">bashkiakorce.gov.al</a></fn>' in context_body, context_body
    assert "<ol><li>" in stored.get(vision).body.get("sq") and "<ul><li>" in stored.get(manager).body.get("sq")
    assert [stored.numbers()[a.id] for a in stored.ordered_activities(stored.action_plan)] == KORCE_NUMBERS

    pages = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-korce-sq.pdf", "strategy", ("sq",))
    text = " ".join(pages)
    assert "Plan operacional" in pages[0] or "Plani operacional" in pages[0], pages[0]
    contents = pages[1]
    assert s.in_order(
        contents,
        "I. Konteksti",
        "II. Vizioni i QKK",
        "III. Objektivat strategjike",
        "IV. Mjediset dhe personeli i QKK",
        "4.1 Personeli i QKK",
        "4.1.1 Menaxheri i QKK",
        "4.1.2 Koordinatori i terrenit (1)",
        "4.1.3 Punonjës pastrimi",
        "4.1.4 Punonjës sigurie",
        "V. Plani i Veprimit 2020-2021",
        f"VI. {KORCE_FINANCE}",
    ), contents
    body = " ".join(pages[2:])
    assert s.in_order(body, "I. Konteksti", KORCE_CONTEXT[0][:40], "sociale”1", KORCE_CONTEXT[1][:40])
    assert f"1 {KORCE_NOTE}" in body  # the note at the page's foot
    assert s.in_order(body, *(f"{i}. {g[:30]}" for i, g in enumerate(KORCE_GOALS, 1)))
    assert s.in_order(body, "IV. Mjediset", f"Figura 1: {KORCE_FIGURE}", "4.1 Personeli i QKK", "4.1.1 Menaxheri")
    assert s.in_order(body, *(f"• {d[:30]}" for d in KORCE_DUTIES))
    plan_heading = "V. Plani i Veprimit 2020-2021"
    assert s.in_order(body, plan_heading, f"VI. {KORCE_FINANCE}", "1. Shkrimi i granteve", "2. Qeratë")
    table = body[body.index(plan_heading) : body.index(f"VI. {KORCE_FINANCE}")]
    assert s.in_order(table, "Nr.", KORCE_STRATEGY, "Veprimtaria/Aktivitetet", "Koha"), table
    assert "Përgjegjës" not in table and "Buxheti" not in table
    assert s.in_order(table, "Stafi i qendrës duhet", "Menjëherë pas rekrutimit", "Stafi i QKK ndërton")
    rows = [r.split("\t")[2] for r in KORCE_TABLE.splitlines() if r and r.split("\t")[2][:1].isdigit()]
    assert s.in_order(table, *(part for r in rows for part in (r.split(" ", 1)[0], r.split(" ", 1)[1][:30])))
    assert "Gjysma e parë e 2020" in table

    both = s.export_pdf(qtbot, window, monkeypatch, tmp_path / "seed-korce-sq-sr.pdf", "strategy", ("sq", "sr"))
    text = " ".join(both)
    assert "nedostaje na srpskom" in text
    assert s.in_order(text, "4.1.4 Punonjës sigurie", "V. Plani i Veprimit 2020-2021", f"VI. {KORCE_FINANCE}")
    assert f"Figura 1: {KORCE_FIGURE}" in text
    assert quiet == []
