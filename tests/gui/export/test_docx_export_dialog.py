"""File > Export Word… from the window: the dialog's choices, the file written, and what it holds."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from desktop.gui.export.docx_export_dialog import DocxExportDialog
from tests.gui.conftest import when_modal
from tests.gui.export.conftest import answer_save_dialog


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    target = tmp_path / "out" / "plan"  # no suffix: the dialog adds .docx
    return target.with_suffix(".docx"), answer_save_dialog(monkeypatch, target)


def _choose(dialog: DocxExportDialog, document: str, layout: str, first: str, second: str, script: str) -> None:
    for combo, value in (
        (dialog.document_combo, document),
        (dialog.layout_combo, layout),
        (dialog.first_combo, first),
        (dialog.second_combo, second),
        (dialog.script_combo, script),
    ):
        combo.setCurrentIndex(combo.findData(value))


def test_the_file_menu_exports_the_plan_as_word(qtbot, window, plan_file, save_to, errors) -> None:
    action = window.actions_by_name["export_word"]
    assert not action.isEnabled()
    assert window.open_file(plan_file)
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("export_word") == names.index("export_pdf") + 1
    target, suggested = save_to

    def answer(dialog: DocxExportDialog) -> None:
        _choose(dialog, "strategy", "side_by_side", "sq", "sr", "cyrl")
        dialog.export_button.click()

    when_modal(DocxExportDialog, answer)
    action.trigger()
    assert errors == []
    assert suggested[0].endswith("sample-strategy-sq-sr.docx")
    word = docx.Document(target)
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Strategjia për shërbimet sociale 2025-2027 / " in text
    assert "НАЦРТ" in word.sections[0].header.paragraphs[0].text  # the plan's draft, marked
    plan = word.tables[-1]
    assert plan.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert str(target) in window.statusBar().currentMessage()


def test_two_languages_must_differ(qtbot, controller, errors) -> None:
    dialog = DocxExportDialog(controller, None)
    qtbot.addWidget(dialog)
    _choose(dialog, "strategy", "sequential", "sq", "sq", "latn")
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text()
    _choose(dialog, "strategy", "single", "sq", "sq", "latn")
    assert dialog.export_button.isEnabled()
    assert not dialog.second_combo.isEnabled()


def test_a_review_and_the_decision_are_offered(qtbot, controller, save_to, errors) -> None:
    from desktop.core.decision import create_decision
    from desktop.core.reviews import start_review

    controller.apply(create_decision, "XK")
    controller.apply(start_review, controller.doc.action_plan.id, 2025)
    dialog = DocxExportDialog(controller, None)
    qtbot.addWidget(dialog)
    offered = [dialog.document_combo.itemData(i) for i in range(dialog.document_combo.count())]
    assert offered == ["strategy", "action_plan", "review:2025", "decision"]
    _choose(dialog, "review:2025", "single", "sr", "sq", "latn")
    dialog.export_to_file()
    assert errors == []
    target, _suggested = save_to
    heads = [p.text for p in docx.Document(target).paragraphs if p.style.name == "Heading 1"]
    assert heads == ["Godišnji pregled sprovođenja 2025"]
