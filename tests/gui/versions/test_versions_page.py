"""The page of approval and versions: approving through the dialog, the lifecycle's moves, the approved
versions' table, and the comparison of a version with the working draft (word differences, PDF export)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

import desktop.export.pdf as pdf_export
from desktop.core import operations as op
from desktop.core.decision import create_decision
from desktop.gui.controller import DocumentController
from desktop.gui.versions.approve_dialog import ApproveDialog
from desktop.gui.versions.version_compare_dialog import DRAFT, VersionCompareDialog
from desktop.gui.versions.versions_page import VersionsPage
from desktop.gui.widgets import messages
from desktop.storage.session import DocumentSession


@pytest.fixture
def controller(qtbot, sample_doc):
    session = DocumentSession.create(sample_doc)
    session.author = "Arta Krasniqi"
    ctl = DocumentController(session)
    yield ctl
    session.close()


@pytest.fixture
def page(qtbot, controller):
    widget = VersionsPage(controller)
    widget.set_languages("sq", "sr")
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    return widget


def approve_in_dialog(controller, number: str = "01-016/25", on: QDate | None = None) -> ApproveDialog:
    dialog = ApproveDialog(controller, "sq")
    dialog.show()
    dialog.number_edit.setText(number)
    dialog.date_edit.setDate(on or QDate(2025, 3, 4))
    dialog.ok_button.click()
    return dialog


def test_approve_through_the_page_freezes_version_1(page, controller, qtbot):
    controller.apply(create_decision, "XK")
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ApproveDialog):
            QTimer.singleShot(10, fill)
            return
        seen["body"] = dialog.body_edit.text()
        seen["note"] = dialog.note.text()
        dialog.number_edit.setText("01-016/25")
        dialog.date_edit.setDate(QDate(2025, 3, 4))
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    page.approve_button.click()

    # The body defaults to the decision's issuing body and the municipality, in the language being written.
    assert seen["body"] == "Kuvendi Komunal, Komuna e Provës"
    assert "version 1" in seen["note"]
    stored = controller.session.reload()
    assert stored.status == "approved" and stored.status_date == "2025-03-04"
    [version] = stored.versions
    assert (version.number, version.decision_number, version.decision_date) == (1, "01-016/25", "2025-03-04")
    assert version.body == "Kuvendi Komunal, Komuna e Provës" and version.author == "Arta Krasniqi"
    assert (stored.decision.number, stored.decision.date, stored.decision.is_approved) == (
        "01-016/25",
        "2025-03-04",
        True,
    )
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in range(4)] == [
        "1",
        "04.03.2025",
        "01-016/25",
        "Kuvendi Komunal, Komuna e Provës",
    ]
    assert page.table.item(0, 5).text() == "Arta Krasniqi"
    assert page.standing_label.text() == "Same as approved version 1"
    assert "04.03.2025" in page.steps["approved"].text()

    # An edit after approval makes a working draft of version 2.
    activity = controller.doc.ordered_activities(controller.doc.action_plan)[0]
    controller.apply(op.set_text, activity.id, "title", "sq", "Hapja e qendrës së re ditore")
    assert page.standing_label.text() == "Working draft of version 2 — differs from approved version 1"


def test_refused_approval_keeps_the_dialog_open(controller, qtbot):
    dialog = approve_in_dialog(controller, number="   ")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "number" in dialog.message.text()
    assert controller.doc.versions == [] and controller.doc.status == "draft"

    dialog.number_edit.setText("01-016/25")
    dialog.body_edit.setText("")
    dialog.ok_button.click()
    assert dialog.isVisible() and "body" in dialog.message.text()
    dialog.body_edit.setText("Kuvendi Komunal")
    dialog.ok_button.click()
    assert not dialog.isVisible() and dialog.version is not None and dialog.version.number == 1

    # The core's refusal (a date before the last approval) is shown in the dialog too.
    again = approve_in_dialog(controller, number="01-020/25", on=QDate(2024, 1, 10))
    qtbot.addWidget(again)
    assert again.isVisible() and "approved later" in again.message.text()
    assert len(controller.session.reload().versions) == 1


def test_status_transitions_follow_the_lifecycle(page, controller):
    assert set(page.transition_buttons) == {"submitted"}
    page.transition_buttons["submitted"].click()
    assert controller.session.reload().status == "submitted"
    assert set(page.transition_buttons) == {"draft"}
    assert page.steps["submitted"].styleSheet() != page.steps["draft"].styleSheet()  # the current step stands out

    approve_in_dialog(controller)
    assert set(page.transition_buttons) == {"in_implementation", "draft", "closed"}
    page.transition_buttons["in_implementation"].click()
    assert controller.session.reload().status == "in_implementation"
    page.transition_buttons["closed"].click()
    assert controller.session.reload().status == "closed"
    assert not page.approve_button.isEnabled()  # a closed plan is re-opened before a new approval
    assert page.transition_buttons["in_implementation"].text() == "Re-open the plan"

    controller.undo_stack.undo()
    assert controller.session.reload().status == "in_implementation"
    assert set(page.transition_buttons) == {"draft", "submitted", "closed"}


def test_open_read_only_asks_for_the_selected_version(page, controller, qtbot):
    assert not page.open_button.isEnabled() and page.empty_label.isVisible()
    approve_in_dialog(controller)
    activity = controller.doc.ordered_activities(controller.doc.action_plan)[0]
    controller.apply(op.set_text, activity.id, "title", "sq", "Qendra ditore")
    approve_in_dialog(controller, number="01-030/25", on=QDate(2025, 9, 1))
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["2", "1"]
    page.select_version(1)
    with qtbot.waitSignal(page.open_version_requested) as signal:
        page.open_button.click()
    assert signal.args == [1]


def test_compare_lists_a_text_changed_after_approval_with_its_words(page, controller, qtbot):
    approve_in_dialog(controller)
    doc = controller.doc
    first, second, _third = doc.ordered_activities(doc.action_plan)
    controller.apply(op.set_text, first.id, "title", "sq", "Hapja e qendrës së re ditore")
    controller.apply(op.set_text, second.id, "title", "sq", "Kujdesi <b>në</b> shtëpi & më shumë")
    dialog = page.compare()
    qtbot.addWidget(dialog)
    assert (dialog.from_combo.currentData(), dialog.to_combo.currentData()) == (1, DRAFT)
    assert dialog.summary.text() == "0 added, 0 removed, 2 items changed, 0 moved"
    assert dialog.change_labels() == [
        "Activity 1.1: Hapja e qendrës së re ditore",
        "Activity 1.2: Kujdesi <b>në</b> shtëpi & më shumë",
    ]

    assert dialog.select_change(first.id)
    html = dialog.details.toHtml()
    assert "Title (Albanian)" in dialog.details.toPlainText()
    inserted = html.split("underline", 1)[1].split("</span>", 1)[0]
    assert "së re" in inserted and "ditore" not in inserted  # only the new words are marked

    # User text is shown literally, never read as markup.
    assert dialog.select_change(second.id)
    assert "<b>në</b>" in dialog.details.toPlainText() and "& më shumë" in dialog.details.toPlainText()
    assert "line-through" in dialog.details.toHtml()

    # Serbian beside it on request; the working draft's changes follow while the dialog is open.
    controller.apply(op.set_text, first.id, "title", "sr", "Otvaranje novog dnevnog centra")
    assert dialog.select_change(first.id)
    assert "novog" not in dialog.details.toPlainText()
    assert "Also changed in other languages: Title (Serbian)" in dialog.details.toPlainText()
    dialog.reference_check.setChecked(True)
    assert "novog" in dialog.details.toPlainText() and "other languages" not in dialog.details.toPlainText()


def test_compare_two_approved_versions(controller, qtbot):
    approve_in_dialog(controller)
    doc = controller.doc
    third = doc.ordered_activities(doc.action_plan)[2]
    controller.apply(op.delete_activity, third.id)
    approve_in_dialog(controller, number="01-030/25", on=QDate(2025, 9, 1))
    dialog = VersionCompareDialog(controller, "sq", None)
    qtbot.addWidget(dialog)
    assert dialog.from_combo.currentData() == 2  # the latest approved version, against the draft
    assert dialog.summary.text() == "The two versions have the same content."
    assert not dialog.reference_check.isVisible()
    dialog.set_versions(1, 2)
    assert dialog.summary.text().startswith("0 added, 1 removed")
    assert dialog.change_labels() == ["Activity 2.1: Familjet <kujdestare> & R&D"]
    dialog.set_versions(2, 2)
    assert not dialog.export_button.isEnabled() and "two different" in dialog.summary.text()


def test_export_the_changes_as_pdf(page, controller, qtbot, tmp_path: Path, monkeypatch):
    approve_in_dialog(controller)
    doc = controller.doc
    first = doc.ordered_activities(doc.action_plan)[0]
    controller.apply(op.set_text, first.id, "title", "sq", "Qendra ditore")
    target = tmp_path / "changes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    calls = []

    def export_changes_pdf(old_doc, new_doc, path, **options) -> None:
        calls.append((old_doc, new_doc, path, options))
        Path(path).write_bytes(b"%PDF-1.4\n")

    monkeypatch.setattr(pdf_export, "export_changes_pdf", export_changes_pdf, raising=False)
    assert page.export_changes() == tmp_path / "changes.pdf"
    [(old_doc, new_doc, path, options)] = calls
    assert path == tmp_path / "changes.pdf"
    assert new_doc is controller.doc and old_doc is not controller.doc
    assert old_doc.ordered_activities(old_doc.action_plan)[0].title.get("sq") == "Hapja e qendrës ditore"
    assert options["old_version"].number == 1 and options["new_version"] is None
    assert options["languages"] == ("sq", "sr") and options["serbian_script"] in ("latn", "cyrl")

    # Without the exporter in this copy of Plan, the user is told so.
    monkeypatch.delattr(pdf_export, "export_changes_pdf", raising=False)
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: errors.append(text))
    dialog = VersionCompareDialog(controller, "sq", "sr")
    qtbot.addWidget(dialog)
    assert dialog.export_pdf() is None
    assert errors and "cannot write the changes as PDF" in errors[0]


def test_the_folder_opens_in_the_main_window_and_offers_approval(window, plan_file):
    """Selecting "Approval and versions" in the tree shows the page, with Approve enabled on a draft."""
    from desktop.gui.plan.tree_model import VERSIONS

    assert window.open_file(plan_file)
    index = window.tree_model.index_of(None, VERSIONS)
    window.tree.setCurrentIndex(index)
    page = window.edit_area.stack.currentWidget()
    assert isinstance(page, VersionsPage)
    assert page.approve_button.isEnabled()
    page.set_read_only(True)  # as in a read-only window: the lifecycle is shown, no step offered
    assert not page.approve_button.isEnabled()
    assert not any(b.isEnabled() for b in page.transition_buttons.values())
