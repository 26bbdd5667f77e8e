"""File > Import document…: the preview corrected by the user, then imported into a new plan or into the open
one as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.gui.files.import_wizard import ImportWizard
from tests.exchange import docimport_docs as docs
from tests.gui.conftest import when_modal


def test_file_menu_has_import_document(window):
    actions = {a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()}
    assert "Import document…" in actions


def test_import_into_a_new_plan_with_a_chapter_left_out(window, tmp_path):
    path = docs.korce_docx(tmp_path / "korce.docx", styled=False)
    seen = {}

    def answer(wizard: ImportWizard) -> None:
        seen["summary"] = wizard.summary.text()
        seen["open_enabled"] = wizard.into_open.isEnabled()
        last_chapter = max(i for i, it in enumerate(wizard.preview.items) if it.role == "chapter")
        node = wizard.tree.topLevelItem(wizard.tree.topLevelItemCount() - 1)
        box = wizard.tree.itemWidget(node, 1)
        assert isinstance(box, QComboBox) and wizard.preview.items[last_chapter].title.startswith("Burimet")
        box.setCurrentIndex(box.findData("skip"))  # chapter VI is left out
        wizard.import_button.click()

    when_modal(ImportWizard, answer)
    assert window.import_document(path)
    assert "1 repeated header rows skipped" in seen["summary"] and "1 split rows joined" in seen["summary"]
    assert not seen["open_enabled"]  # no plan was open
    doc = window.session.doc
    titles = [s.title.get("sq") for s in doc.strategy.sections]
    assert titles == ["Konteksti", "Vizioni i QKK", "Qëllimi dhe objektivat e QKK", "Mjediset dhe personeli i QKK"]
    assert len(doc.action_plan.activities) == 7


def test_import_into_the_open_plan_is_undone_in_one_step(window, plan_file, tmp_path):
    assert window.open_file(plan_file)
    before = len(window.session.doc)
    objectives = len(window.session.doc.strategy.objectives)
    path = docs.action_plan_xlsx(tmp_path / "plan.xlsx")

    def answer(wizard: ImportWizard) -> None:
        assert wizard.into_open.isChecked()
        budget = wizard.mapping_boxes[0][5]
        budget.setCurrentIndex(budget.findData("ignore"))  # the budget column left out
        wizard.import_button.click()

    when_modal(ImportWizard, answer)
    assert window.import_document(path)
    doc = window.session.doc
    assert len(doc.strategy.objectives) == objectives + 2
    imported = [a for a in doc.action_plan.activities if a.title.get("sq") == "Trajnimi i stafit"]
    assert len(imported) == 1 and imported[0].budget_lines == []
    window.controller.undo_stack.undo()
    assert len(window.session.doc) == before
    assert len(window.session.doc.strategy.objectives) == objectives


def test_a_refused_file_is_said_and_nothing_changes(window, plan_file, tmp_path, answer):
    assert window.open_file(plan_file)
    before = len(window.session.doc)
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    shown = answer("OK")
    assert not window.import_document(old)
    assert any("save it as .docx" in text for text in shown)
    assert len(window.session.doc) == before


def test_the_serbian_version_into_the_albanian_plan_through_the_pairing_page(window, tmp_path):
    from desktop.core import operations as op
    from desktop.core.text import TState
    from desktop.exchange import docimport
    from desktop.gui.files.pairing_page import PairingPage
    from desktop.storage.files import write_new
    from tests.gui.conftest import reopen

    plan = tmp_path / "korce.plan"
    doc = docimport.apply_new(docimport.read_preview(docs.korce_docx(tmp_path / "sq.docx", styled=False)))
    op.set_text(doc, doc.strategy.sections[1].id, "title", "sr", "Vizija (stari prevod)")
    write_new(doc, plan)
    assert window.open_file(plan)
    before = len(window.session.doc)
    serbian = docs.korce_sr_docx(tmp_path / "sr.docx", extra_chapter=True, drop="1.2")
    seen = {}

    def first(wizard: ImportWizard) -> None:
        seen["chosen"] = wizard.as_translation.isChecked()
        seen["label"] = wizard.as_translation.text()
        wizard.import_button.click()

    def second(page: PairingPage) -> None:
        seen["summary"] = page.summary.text()
        groups = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
        seen["groups"] = [g.text(0) for g in groups]
        seen["only_doc"] = [groups[1].child(i).text(1) for i in range(groups[1].childCount())]
        seen["only_plan"] = [groups[2].child(i).text(0) for i in range(groups[2].childCount())]
        [(row, _text)] = page.replace_rows
        seen["replaces"] = row.text(0)
        row.setCheckState(0, Qt.CheckState.Checked)  # the old Serbian title is replaced
        seen["after_tick"] = page.summary.text()
        page.import_button.click()

    when_modal(ImportWizard, first)
    when_modal(PairingPage, second)
    assert window.import_document(serbian)
    assert seen["chosen"] and seen["label"] == "As the Serbian version of the open plan"
    assert seen["groups"][1:] == ["Only in the document (1): not imported", "Only in the plan (1): left as they are"]
    assert seen["only_doc"] == ["Chapter: III. Zakonski okvir"]
    assert seen["only_plan"] == ["Activity: 1.2 Hartimi i një plani pune për takime në terren."]
    assert seen["replaces"] == "replaces: Vizija (stari prevod)"
    assert "1 existing texts kept" in seen["summary"] and "1 replacing a text" in seen["after_tick"]
    doc = window.session.doc
    assert len(doc) == before
    vision = doc.strategy.sections[1]
    assert vision.title.get("sr") == "Vizija QKK" and vision.title.state("sr") == TState.TRANSLATED
    window.session.save()
    saved = reopen(plan)
    assert saved.strategy.sections[0].title.get("sr") == "Kontekst"
    assert saved.strategy.sections[0].body.values["sr"].based_on == saved.strategy.sections[0].body.get("sq")
    window.controller.undo_stack.undo()  # one step
    assert window.session.doc.strategy.sections[0].title.get("sr") == ""
    assert window.session.doc.strategy.sections[1].title.get("sr") == "Vizija (stari prevod)"


def test_the_wizard_and_its_pairing_page_fit_a_small_screen(qtbot, tmp_path):
    from desktop.exchange import docimport
    from desktop.exchange.docimport.pairing import pair
    from desktop.gui.files.pairing_page import PairingPage

    preview = docimport.read_preview(docs.korce_docx(tmp_path / "sq.docx", styled=False))
    wizard = ImportWizard(preview, False)
    qtbot.addWidget(wizard)
    room = wizard.screen().availableGeometry()
    assert wizard.height() <= room.height() and wizard.width() <= room.width()
    assert wizard.as_translation.isHidden()  # no plan open: no language version to speak of
    plan = docimport.apply_new(preview)
    serbian = docimport.read_preview(docs.korce_sr_docx(tmp_path / "sr.docx")).build()
    page = PairingPage(pair(plan, serbian), "sr.docx")
    qtbot.addWidget(page)
    assert page.height() <= room.height() and page.width() <= room.width()


def test_a_project_pages_priorities_show_at_the_top_with_their_sub_priorities(qtbot, tmp_path):
    from desktop.exchange import docimport
    from tests.exchange import seed_docs as seeds

    wizard = ImportWizard(docimport.read_preview(seeds.lezhe_seed_docx(tmp_path / "lezhe.docx")), False)
    qtbot.addWidget(wizard)
    top = [wizard.tree.topLevelItem(i) for i in range(wizard.tree.topLevelItemCount())]
    assert [n.text(0) for n in top][4:] == seeds.LEZHE_PRIORITIES  # after the chapter and the three objectives
    assert [top[-1].child(i).text(0) for i in range(top[-1].childCount())] == seeds.LEZHE_SUB_PRIORITIES
    assert top[1].childCount() == 0  # an objective holds none of them
