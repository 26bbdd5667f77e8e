"""The PDF export from the window: the completeness list, the background export to a file, cancelling,
the preview and the File menu action."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.core import operations as op
from desktop.export.pdf import check_completeness
from desktop.gui.export.pdf_export_dialog import PdfExportDialog, default_file_name
from desktop.gui.export.pdf_preview_dialog import PdfPreviewDialog
from tests.gui.export.conftest import answer_save_dialog

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("pypdfium2")

TITLE_SQ = "Strategjia për shërbimet sociale 2025-2027"


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):
    """Answer the save dialog with a path in tmp_path; returns the path and the suggested names."""
    target = tmp_path / "out" / "plan.pdf"
    return target, answer_save_dialog(monkeypatch, target)


def make_dialog(qtbot, controller, **kw) -> PdfExportDialog:
    dialog = PdfExportDialog(controller, None, **kw)
    qtbot.addWidget(dialog)
    return dialog


def set_languages(
    dialog: PdfExportDialog, document: str, layout: str, first: str, second: str, anyway: bool = False
) -> None:
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData(document))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
    dialog.first_combo.setCurrentIndex(dialog.first_combo.findData(first))
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData(second))
    if anyway:  # the sample lacks a few Serbian texts: print them with a marker
        dialog.anyway_box.setChecked(True)


def missing_rows(dialog: PdfExportDialog) -> list[str]:
    return [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_missing_texts_are_listed_and_block_the_export(qtbot, controller) -> None:
    activated: list[str] = []
    dialog = make_dialog(qtbot, controller, on_activate=activated.append)
    set_languages(dialog, "strategy", "side-by-side", "sq", "en")
    rows = missing_rows(dialog)
    doc = controller.doc
    expected = check_completeness(doc, document="strategy", languages=("sq", "en"))
    assert [m.entity_id for m in expected] == [
        dialog.missing_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(len(rows))
    ]
    # The sample plan lacks English in the second objective's title and two activities' titles.
    o2 = doc.strategy.objectives[1]
    assert "Strategic objective 2 · Title: missing in English" in rows, rows
    assert any(m.entity_id == o2.id and m.field == "title" for m in expected)
    assert sum(row.startswith("Activity") and "Title: missing in English" in row for row in rows) == 2, rows
    assert all(row.endswith("missing in English") for row in rows), rows
    assert dialog.missing_list.isVisibleTo(dialog) and dialog.anyway_box.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.anyway_box.setChecked(True)
    assert dialog.export_button.isEnabled() and dialog.preview_button.isEnabled()

    # A double-click on a missing text goes to it in the plan.
    item = dialog.missing_list.item(0)
    dialog.missing_list.itemActivated.emit(item)
    assert activated == [item.data(Qt.ItemDataRole.UserRole)]
    assert controller.doc.find(activated[0]) is not None

    # The action plan in Albanian and Serbian lacks only the indicator's unit in Serbian; once written,
    # nothing is listed and nothing needs ticking.
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "action-plan", "side-by-side", "sq", "sr")
    assert len(missing_rows(dialog)) == 1 and missing_rows(dialog)[0].endswith("missing in Serbian")
    assert dialog.missing[0].field == "unit"
    assert not dialog.export_button.isEnabled()
    controller.apply(op.set_text, dialog.missing[0].entity_id, "unit", "sr", "mesta")
    dialog.check()
    assert dialog.missing == [] and dialog.export_button.isEnabled()
    assert not dialog.anyway_box.isVisibleTo(dialog)


def test_single_language_disables_the_second(qtbot, controller) -> None:
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "strategy", "single", "sr", "sq")
    assert not dialog.second_combo.isEnabled()
    assert dialog.languages() == ("sr",)
    dialog.document_combo.setCurrentIndex(dialog.document_combo.findData("donor"))
    assert dialog.languages() == ("en",) and not dialog.first_combo.isEnabled()


def test_background_export_writes_the_pdf(qtbot, controller, save_to, errors) -> None:
    target, suggested = save_to
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "action-plan", "side-by-side", "sq", "sr", anyway=True)
    dialog.export_button.click()
    assert dialog.is_running()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled() and not dialog.document_combo.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    assert dialog.written == target and dialog.result() == QDialog.DialogCode.Accepted
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert TITLE_SQ in pdf_text(data)
    assert Path(suggested[0]).name == "p-action-plan-sq-sr.pdf"
    assert not list(target.parent.glob("*.tmp*"))  # the temporary file was renamed


def test_cancel_during_export_leaves_no_file(qtbot, controller, save_to, errors, monkeypatch) -> None:
    from desktop.export import pdf

    target, _suggested = save_to
    started, resume = threading.Event(), threading.Event()
    real = pdf.export_pdf

    def slow_export(doc, out, *, progress, **kw):
        def hold(done, total):
            if done > 0 and not started.is_set():  # the first page laid out: wait for the user's Cancel
                started.set()
                resume.wait(10)
            return progress(done, total)

        return real(doc, out, progress=hold, **kw)

    monkeypatch.setattr(pdf, "export_pdf", slow_export)
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "strategy", "sequential", "sq", "sr", anyway=True)
    dialog.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=30000)
    assert dialog.is_running()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    resume.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == []
    assert not target.exists() and list(target.parent.iterdir()) == []
    assert dialog.written is None and dialog.last_pdf is None  # stopped, not finished
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.export_button.isEnabled()  # ready to try again


def test_preview_renders_pages(qtbot, controller, monkeypatch) -> None:
    shown: list[PdfPreviewDialog] = []

    def exec_(self: PdfPreviewDialog) -> int:
        self.show()
        self.render_visible()
        shown.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "strategy", "side-by-side", "sq", "sr", anyway=True)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    preview = shown[0]
    qtbot.addWidget(preview)
    pages = len(pypdf.PdfReader(io.BytesIO(dialog.last_pdf)).pages)
    assert preview.page_count == pages > 1
    assert preview.page_label.text() == f"1 / {pages}"
    pixmap = preview.labels[0].pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100 and pixmap.height() > 100
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 2  # text drawn, not a blank page
    assert 0 in preview.rendered
    if pages > 3:
        assert len(preview.rendered) < pages  # the others when they scroll into view
    preview.reject()


def test_preview_save_writes_the_file(qtbot, controller, save_to, errors) -> None:
    target, _suggested = save_to
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "action-plan", "single", "sq", "sr")
    data = b""

    def save_in_preview(self: PdfPreviewDialog) -> int:
        nonlocal data
        data = self.data
        self.save_button.click()
        return QDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(PdfPreviewDialog, "exec", save_in_preview)
        dialog.preview_button.click()
        qtbot.waitUntil(lambda: not dialog.is_running() and bool(data), timeout=30000)
    assert errors == []
    assert target.read_bytes() == data and dialog.written == target


def test_write_failure_is_a_clear_message(qtbot, controller, monkeypatch, tmp_path, errors) -> None:
    missing_folder = tmp_path / "gone" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing_folder), ""))
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "action-plan", "single", "sq", "sr")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert len(errors) == 1 and "plan.pdf could not be written" in errors[0]
    assert dialog.written is None


def test_default_file_name(controller) -> None:
    assert default_file_name(controller, "review:2026", ("sq",)) == "p-review-2026-sq.pdf"
    assert default_file_name(controller, "donor", ("sq", "sr")) == "p-donor-en.pdf"


def test_file_menu_action_opens_the_dialog(qtbot, window, plan_file, monkeypatch) -> None:
    action = window.export_pdf_action
    assert not action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+E"
    assert window.open_file(plan_file)
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("export_pdf") == names.index("save_as") + 1
    opened: list[PdfExportDialog] = []

    def exec_(self: PdfExportDialog) -> int:
        opened.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    action.trigger()
    assert len(opened) == 1
    assert opened[0].controller is window.controller
    assert opened[0].on_activate == window.select_entity


def add_meeting(controller) -> str:
    from desktop.core import group

    texts = {
        "title": {"sq": "Takimi i tretë", "sr": "Treći sastanak", "en": "Third meeting"},
        "minutes": {"sq": "Grupi shqyrtoi planin.", "sr": "Grupa je razmotrila plan.", "en": "The plan was reviewed."},
    }
    controller.apply(group.add_meeting, "2026-03-12", texts)
    controller.apply(group.add_meeting, "2026-04-02")  # untitled: listed by its date only
    return controller.doc.meetings[0].id


def test_minutes_of_each_meeting_are_offered_and_exported(qtbot, controller, save_to, errors) -> None:
    target, suggested = save_to
    meeting = add_meeting(controller)
    other = controller.doc.meetings[1].id
    dialog = make_dialog(qtbot, controller)
    combo = dialog.document_combo
    choices = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert choices[f"minutes:{meeting}"] == "Minutes of 12.03.2026 – Third meeting"
    assert choices[f"minutes:{other}"] == "Minutes of 02.04.2026"
    assert dialog.select_document(f"minutes:{meeting}") and dialog.document() == f"minutes:{meeting}"
    assert not dialog.select_document("minutes:gone") and dialog.document() == f"minutes:{meeting}"
    # The sample plan lacks English texts elsewhere: the minutes print none of them.
    set_languages(dialog, f"minutes:{meeting}", "side-by-side", "sq", "en")
    assert dialog.missing == [] and dialog.export_button.isEnabled()
    set_languages(dialog, f"minutes:{meeting}", "side-by-side", "sq", "sr")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == [] and dialog.written == target
    text = pdf_text(target.read_bytes())
    assert "Procesverbal i takimit të grupit këshillëdhënës" in text and "Takimi i tretë" in text
    assert "Treći sastanak" in text and "Grupa je razmotrila plan." in text
    assert Path(suggested[0]).name == "p-minutes-2026-03-12-sq-sr.pdf"


def test_a_deleted_meeting_is_a_clear_message(qtbot, controller) -> None:
    from desktop.core import group

    meeting = add_meeting(controller)
    dialog = make_dialog(qtbot, controller)
    assert dialog.select_document(f"minutes:{meeting}")
    controller.apply(group.delete_meeting, meeting)
    dialog.check()
    assert "cannot be made" in dialog.summary.text() and "no meeting" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()


def test_an_approved_version_exports_the_same_bytes(qtbot, controller, save_to, errors, monkeypatch) -> None:
    from desktop.core import versions

    target, _suggested = save_to
    controller.apply(versions.approve, number="12/2026", on="2026-03-01", body="Kuvendi i Komunës")
    version = versions.latest(controller.doc)
    monkeypatch.setattr(controller.session, "frozen_version", version, raising=False)
    outputs = []
    for _ in range(2):
        dialog = make_dialog(qtbot, controller)
        set_languages(dialog, "action-plan", "side-by-side", "sq", "sr", anyway=True)
        assert dialog.options()["deterministic"] and dialog.options()["approval"] == ("12/2026", "2026-03-01")
        dialog.export_button.click()
        qtbot.waitUntil(lambda d=dialog: not d.is_running(), timeout=30000)
        outputs.append(target.read_bytes())
    assert errors == [] and outputs[0] == outputs[1]
    text = pdf_text(outputs[0])
    assert "Vendimi nr. 12/2026 i datës 01.03.2026" in text and "DRAFT" not in text
    monkeypatch.setattr(controller.session, "frozen_version", None, raising=False)
    dialog = make_dialog(qtbot, controller)
    assert dialog.options()["deterministic"] is False and dialog.options()["approval"] is None


def test_the_window_exports_the_draft_or_an_approved_version(qtbot, window, tmp_path, save_to, errors, monkeypatch):
    """The demo's decision is recorded as approved, but its plan was edited since: the current content
    prints as the draft of version 2; version 1, chosen in the dialog, prints with its decision."""
    from desktop.core import versions
    from desktop.demo.build import build_demo
    from desktop.gui.export.pdf_export_dialog import version_label
    from desktop.storage.files import write_new

    target, _suggested = save_to
    path = tmp_path / "demo.plan"
    write_new(build_demo(), path)
    assert window.open_file(path)
    v1 = versions.find_version(window.controller.doc, 1)
    written: list[bytes] = []
    seen: dict[str, object] = {}

    def exec_(dialog: PdfExportDialog) -> int:
        qtbot.addWidget(dialog)
        combo = dialog.content_combo
        seen["contents"] = [combo.itemText(i) for i in range(combo.count())]
        for version in (None, 1):
            assert dialog.select_version(version)
            assert dialog.select_document("action-plan")
            seen[f"identity {version}"] = dialog.identity.text()
            seen[f"documents {version}"] = [
                dialog.document_combo.itemData(i) for i in range(dialog.document_combo.count())
            ]
            assert dialog.export_button.isEnabled(), dialog.summary.text()
            dialog.export_button.click()
            qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
            written.append(target.read_bytes())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)
    window.export_pdf_action.trigger()
    assert errors == [] and len(written) == 2
    assert seen["contents"] == ["Current draft (draft of version 2)", version_label(v1)]
    assert "01-016/25" in version_label(v1) and "draft of version 2" in seen["identity None"]
    assert "01-016/25" in seen["identity 1"]
    # An approved version holds the plan, not the group's working record: no review, no minutes.
    assert "review:2025" in seen["documents None"] and "review:2025" not in seen["documents 1"]
    draft, approved = pdf_text(written[0]), pdf_text(written[1])
    assert "DRAFT" in draft and "NACRT" in draft and "Drafti i versionit 2" in draft
    assert "Vendimi nr. 01-016/25" not in draft
    assert "Vendimi nr. 01-016/25 i datës 30.01.2025" in approved
    assert "DRAFT" not in approved and "NACRT" not in approved
    assert window.controller.doc.versions == [v1]  # exporting changed nothing


def test_outdated_texts_are_listed_and_marked(qtbot, controller, save_to, errors) -> None:
    from desktop.core import decision as dc

    target, _suggested = save_to
    controller.apply(dc.create_decision, "XK")
    decision = controller.doc.decision
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "decision", "side-by-side", "sq", "sr")
    assert dialog.missing == [] and dialog.export_button.isEnabled()
    # The Albanian points edited after the template filled them: the template's Serbian is stale.
    points = decision.points.get("sq") + "\n\nKy vendim publikohet në ueb-faqen zyrtare të Komunës."
    controller.apply(op.set_text, decision.id, "points", "sq", points)
    dialog.check()
    (row,) = missing_rows(dialog)
    assert row.startswith("Assembly decision · ") and row.endswith(": outdated in Serbian"), row
    assert dialog.summary.text() == "Not ready: 1 text outdated in Serbian."
    assert not dialog.export_button.isEnabled() and dialog.anyway_box.isVisibleTo(dialog)
    item = dialog.missing_list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == decision.id  # a double-click goes to the decision
    dialog.anyway_box.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert errors == [] and dialog.written == target
    text = pdf_text(target.read_bytes())
    assert "[zastarelo]" in text and "Ky vendim publikohet" in text
    assert "DRAFT" in text and "Drafti i versionit 1" in text  # never approved


def test_the_summary_names_only_the_languages_affected(qtbot, controller) -> None:
    dialog = make_dialog(qtbot, controller)
    set_languages(dialog, "strategy", "side-by-side", "sq", "en")
    n = len(dialog.missing)
    assert n and dialog.summary.text() == f"Not ready: {n} texts missing in English."
    assert "Albanian" not in dialog.summary.text()
