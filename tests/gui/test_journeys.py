"""Journeys through the real window, as each of the app's users takes them: the municipal officer approves
the plan and exports the approved version and the later draft; the consultant exports the texts for a CAT
tool, translates them there and brings them back. Each checks the stored plan and the files produced."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.core import versions
from desktop.gui.export.pdf_export_dialog import PdfExportDialog
from desktop.gui.plan.tree_model import VERSIONS
from desktop.gui.translation.xliff_export_dialog import XliffExportDialog
from desktop.gui.translation.xliff_import_dialog import XliffImportDialog
from desktop.gui.versions.approve_dialog import ApproveDialog
from desktop.gui.versions.versions_page import VersionsPage
from desktop.gui.widgets import messages
from desktop.gui.widgets.text_field import MultilingualTextField
from tests.gui.conftest import when_modal

pypdf = pytest.importorskip("pypdf")


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def quiet(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    return shown


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))


def test_the_officer_approves_then_exports_the_approved_version_and_the_draft(
    qtbot, window, plan_file, tmp_path, monkeypatch, quiet
):
    assert window.open_file(plan_file)
    # Approval and versions, from the tree; Approve… records the assembly's decision.
    window.tree.setCurrentIndex(window.tree_model.index_of(None, VERSIONS))
    page = window.edit_area.stack.currentWidget()
    assert isinstance(page, VersionsPage) and page.approve_button.isEnabled()

    def approve(dialog: ApproveDialog) -> None:
        dialog.number_edit.setText("01-244/26")
        dialog.date_edit.setDate(QDate(2026, 3, 12))
        dialog.ok_button.click()

    when_modal(ApproveDialog, approve)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert [v.decision_number for v in window.session.repo.load().versions] == ["01-244/26"]

    def export(choose_version: int | None, target: Path) -> str:
        save_as(monkeypatch, target)

        def run(dialog: PdfExportDialog) -> None:
            assert dialog.select_version(choose_version)
            assert dialog.select_document("strategy")
            dialog.anyway_box.setChecked(True)  # the sample lacks a few Serbian texts: marked in the PDF
            assert dialog.export_button.isEnabled(), dialog.summary.text()
            dialog.export_button.click()
            qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
            if dialog.isVisible():
                dialog.accept()

        when_modal(PdfExportDialog, run)
        window.export_pdf_action.trigger()
        assert target.exists(), quiet
        return pdf_text(target)

    approved = export(1, tmp_path / "approved.pdf")
    assert "01-244/26" in approved and "12.03.2026" in approved
    assert "DRAFT" not in approved and "NACRT" not in approved

    # An edit after the approval, typed in the strategy's form: the plan is now the draft of version 2.
    strategy = window.session.doc.strategy
    assert window.select_entity(strategy.id)
    field = next(
        f for f in window.edit_area.findChildren(MultilingualTextField) if f.isVisible() and f.field == "title"
    )
    field.editor.setPlainText("Strategjia e rishikuar 2026-2028")
    window.controller.close_merge()
    assert window.session.repo.load().strategy.title.get("sq") == "Strategjia e rishikuar 2026-2028"
    assert versions.approved_as(window.session.doc) is None

    draft = export(None, tmp_path / "draft.pdf")
    assert "Strategjia e rishikuar 2026-2028" in draft
    assert "DRAFT" in draft and "NACRT" in draft
    assert re.search(r"Drafti i versionit 2", draft)
    assert "01-244/26" not in draft  # the draft never carries the decision that approved another content
    # The approved version is unchanged by the edit: exported again, the same decision and no draft mark.
    again = export(1, tmp_path / "approved-again.pdf")
    assert "Strategjia e rishikuar" not in again and "01-244/26" in again
    assert quiet == []


def test_the_consultant_exports_xliff_translates_it_and_imports_it_back(
    qtbot, window, plan_file, tmp_path, monkeypatch, quiet
):
    assert window.open_file(plan_file)
    doc = window.session.doc
    objective = doc.objectives[1]  # its English title is missing in the sample
    assert not objective.title.get("en")
    xlf = tmp_path / "plan-en.xlf"
    save_as(monkeypatch, xlf)

    def choose_english(dialog: XliffExportDialog) -> None:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.accept()

    when_modal(XliffExportDialog, choose_english)
    window.translation_menu.export_action.trigger()
    assert xlf.exists()

    # In the CAT tool: the objective's title gets its English translation.
    from lxml import etree

    tree = etree.parse(str(xlf))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    unit = next(
        u
        for u in tree.iterfind(".//x:trans-unit", ns)
        if u.findtext("x:source", namespaces=ns) == objective.title.get("sq")
    )
    target = unit.find("x:target", ns)
    if target is None:
        target = etree.SubElement(unit, "{urn:oasis:names:tc:xliff:document:1.2}target")
    target.text = "Child protection"
    target.set("state", "translated")
    tree.write(str(xlf), xml_declaration=True, encoding="UTF-8")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(xlf), ""))
    seen: dict[str, str] = {}

    def apply(dialog: XliffImportDialog) -> None:
        seen["changes"] = dialog.changes
        assert dialog.apply_button is not None
        dialog.apply_button.click()

    when_modal(XliffImportDialog, apply)
    window.translation_menu.import_action.trigger()
    assert seen["changes"] == 1
    stored = window.session.repo.load().find(objective.id).title
    assert stored.get("en") == "Child protection"
    assert stored.values["en"].state.value in ("translated", "draft")
    # One undo step takes the whole import back, in memory and on disk.
    window.undo_action.trigger()
    assert not window.session.repo.load().find(objective.id).title.get("en")
    assert quiet == []
