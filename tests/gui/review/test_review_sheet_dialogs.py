"""Review sheets from the Review tab: the export dialog writes a sheet, filled sheets are previewed and applied."""

from __future__ import annotations

import errno
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop import i18n
from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.serialize import dumps
from desktop.exchange.review_sheet import export_review_sheet, read_review_sheets
from desktop.gui.controller import DocumentController
from desktop.gui.review import review_sheet_dialogs as dialogs
from desktop.gui.review.review_sheet_dialogs import ReviewSheetExportDialog, ReviewSheetImportDialog, default_file_name
from desktop.gui.review.review_view import ReviewView
from desktop.gui.widgets import messages
from desktop.storage.session import DocumentSession
from tests.conftest import small_document
from tests.exchange.test_review_sheet import fill


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Messages shown with messages.show_error, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    return shown


@pytest.fixture
def review(controller):
    controller.apply(rv.start_review, controller.doc.action_plan.id, 2025)
    return controller.doc.reviews[-1]


def on_disk(controller: DocumentController) -> str:
    """The document as the working copy holds it (without replacing the controller's document)."""
    return dumps(controller.session.repo.load())


def choose(monkeypatch, lang: str) -> None:
    """Answer the export dialog: the sheet's language, then Export."""

    def exec_(self: ReviewSheetExportDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        assert self.export_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewSheetExportDialog, "exec", exec_)


def exported(controller, review, lang: str = "sq") -> bytes:
    buffer = io.BytesIO()
    export_review_sheet(controller.doc, review.id, lang, buffer)
    return buffer.getvalue()


def entries(controller, review):
    """The entries of activities 1.1 (with its indicator), 1.2 and 2.1, and that indicator."""
    doc = controller.doc
    by_activity = {e.activity_id: e for e in review.entries}
    first, second, third = (by_activity[a.id] for a in doc.action_plan.activities)
    return first, second, third, doc.action_plan.activities[0].indicators[0]


def filled_files(controller, review, tmp_path: Path) -> tuple[Path, Path]:
    """Two bodies' sheets: A fills in 1.1 and 1.2 (and a wrong progress for 2.1), B another progress for 1.1."""
    first, second, third, indicator = entries(controller, review)
    data = exported(controller, review, "sq")
    a = tmp_path / "qendra.xlsx"
    a.write_bytes(
        fill(
            data,
            rows={
                first.id: {
                    "status": "Në proces",
                    "progress": 60,
                    "spent_municipal": 9000.5,
                    "comment": "Qendra u hap në qershor.",
                    "updated": date(2025, 12, 15),
                },
                second.id: {"status": "Nuk ka filluar"},
                third.id: {"progress": 150},
            },
            indicators={(first.id, indicator.id): 18},
        )
    )
    b = tmp_path / "drejtoria.xlsx"
    b.write_bytes(fill(data, rows={first.id: {"progress": 70}}))
    return a, b


def cells(dialog: ReviewSheetImportDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


# -- export ------------------------------------------------------------------------------------


def test_export_writes_a_sheet_in_the_chosen_language_that_reads_back(
    controller, review, tmp_path, monkeypatch, errors, answer, qtbot
):
    dialog = ReviewSheetExportDialog(controller, review)
    qtbot.addWidget(dialog)
    assert dialog.sheet_lang() == "sq"  # no content language given: Albanian
    assert dialog.summary.text() == "3 activities will be in the sheet."
    assert ReviewSheetExportDialog(controller, review, "en").sheet_lang() == "en"
    before = on_disk(controller)

    choose(monkeypatch, "sr")
    asked = []

    def save_name(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "for-the-centre"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    path = ReviewSheetExportDialog.export(controller, review.id, None, "en")
    assert path == tmp_path / "for-the-centre.xlsx" and path.is_file()
    assert Path(asked[0]).name == "review-2025-sr.xlsx" == default_file_name(2025, "sr")
    assert errors == [] and not list(tmp_path.glob(".*.tmp"))
    workbook = load_workbook(path, read_only=True)
    assert dict(workbook["plan"].values)["lang"] == "sr"
    assert "Pregled 2025" in workbook.sheetnames
    workbook.close()
    found = read_review_sheets(controller.doc, review.id, [path.read_bytes()], [path.name])
    assert found.counts == {"changes": 0, "conflicts": 0, "errors": 0}
    assert on_disk(controller) == before  # exporting changes nothing

    # The unfilled sheet imported: the preview says it changes nothing and offers only Close.
    seen = answer("Close")
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [path]) is False
    assert seen == ["Import filled sheets"]
    dialog = ReviewSheetImportDialog(controller, found)
    qtbot.addWidget(dialog)
    assert dialog.apply_button is None and dialog.table.isHidden()
    assert "These files change nothing: everything in them is already in the plan." in dialog.notes.text()


def test_export_cancelled_or_closed_review_writes_nothing(controller, review, tmp_path, monkeypatch):
    monkeypatch.setattr(ReviewSheetExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ReviewSheetExportDialog.export(controller, review.id, None) is None
    choose(monkeypatch, "sq")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert ReviewSheetExportDialog.export(controller, review.id, None) is None

    controller.apply(rv.close_review, review.id, "2025-12-20")
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda _parent, text, _title: infos.append(text))
    monkeypatch.setattr(ReviewSheetExportDialog, "exec", lambda self: pytest.fail("no dialog for a closed review"))
    assert ReviewSheetExportDialog.export(controller, review.id, None) is None
    assert infos and infos[0].startswith("The review of 2025 is closed")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_export_failure_says_why(controller, review, tmp_path, monkeypatch, errors):
    choose(monkeypatch, "sq")
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    def fail(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(dialogs, "write_atomically", fail)
    assert ReviewSheetExportDialog.export(controller, review.id, None) is None
    assert errors == ["out.xlsx could not be written: the disk is full."]
    assert not target.exists()


# -- import ------------------------------------------------------------------------------------


def test_import_previews_applies_in_one_step_and_undo_reverts_it(
    controller, review, tmp_path, monkeypatch, errors, qtbot
):
    a, b = filled_files(controller, review, tmp_path)
    first, second, _third, indicator = entries(controller, review)
    # After the export the plan gets its own comment for 1.1: the sheet's comment becomes a conflict.
    controller.apply(op.set_text, first.id, "comment", "sq", "Koment nga grupi")
    before, steps = on_disk(controller), controller.undo_stack.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_: ([str(a), str(b)], ""))
    previews = []

    def exec_(self: ReviewSheetImportDialog) -> int:
        previews.append(self)
        assert on_disk(controller) == before  # the preview changes nothing
        self.apply_button.click()
        return self.result()

    monkeypatch.setattr(ReviewSheetImportDialog, "exec", exec_)
    assert ReviewSheetImportDialog.import_files(controller, review.id, None) is True
    assert errors == []
    dialog = previews[0]
    assert {k: label.text() for k, label in dialog.count_labels.items()} == {
        "changes": "6",
        "conflicts": "2",
        "errors": "1",
    }
    assert dialog.apply_button.text() == "Apply 6 changes"
    assert dialog.table.rowCount() == 9
    rows = [cells(dialog, r) for r in range(9)]
    assert rows[0] == [  # conflicts first, highlighted
        "1.1", "Comment (Albanian)", "Koment nga grupi", "Qendra u hap në qershor.",
        "qendra.xlsx, “Shqyrtimi 2025”, row 2",
        "Not applied: changed in the plan since the sheet was exported; the plan's value is kept",
    ]  # fmt: skip
    assert rows[1] == [
        "1.1", "Progress", "no data", "70 %", "drejtoria.xlsx, “Shqyrtimi 2025”, row 2",
        "Not applied: qendra.xlsx gives 60 %",
    ]  # fmt: skip
    assert rows[2] == [
        "", "Përparimi %", "", "", "qendra.xlsx, “Shqyrtimi 2025”, row 4",
        "The progress must be a whole number from 0 to 100.",
    ]  # fmt: skip
    assert dialog.table.item(0, 0).background().color().name() == "#ffe1c7"
    assert dialog.table.item(2, 0).background().color().name() == "#fde2e2"
    assert dialog.table.item(3, 0).background().style().name == "NoBrush"
    changes = {tuple(row[:4]) for row in rows[3:]}
    assert changes == {
        ("1.1", "Status", "no data", "In progress"),
        ("1.1", "Progress", "no data", "60 %"),
        ("1.1", "Spent: Municipal budget", "no data", "9,000.50\u00a0EUR"),
        ("1.1", "Date of update", "no data", "15.12.2025"),
        ("1.1", "Value reached: Numri i përfituesve", "no data", "18"),
        ("1.2", "Status", "no data", "Not started"),
    }
    assert "Conflicts are never applied." in dialog.notes.text()
    assert "one Undo reverts the whole import" in dialog.notes.text()

    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "Import review sheets"
    doc = controller.session.reload()
    entry = next(e for e in doc.reviews[-1].entries if e.id == first.id)
    assert (entry.status, entry.progress, entry.updated) == ("in_progress", 60, "2025-12-15")
    assert [(s.source, s.amount) for s in entry.spending] == [("municipal", Decimal("9000.5"))]
    assert [(v.indicator_id, v.value) for v in entry.values] == [(indicator.id, Decimal(18))]
    assert entry.comment.get("sq") == "Koment nga grupi"  # a conflict is never applied
    assert next(e for e in doc.reviews[-1].entries if e.id == second.id).status == "not_started"

    controller.undo_stack.undo()  # one step reverts the whole import
    assert on_disk(controller) == before
    controller.undo_stack.redo()
    assert on_disk(controller) != before

    # The same file again: nothing new, only the conflict and the error; only Close is offered.
    again = read_review_sheets(controller.doc, review.id, [a.read_bytes()], [a.name])
    assert again.counts == {"changes": 0, "conflicts": 1, "errors": 1}
    dialog = ReviewSheetImportDialog(controller, again)
    qtbot.addWidget(dialog)
    assert dialog.apply_button is None and [b_.text() for b_ in dialog.buttons.buttons()] == ["Close"]
    assert dialog.notes.text().startswith("These files change nothing: conflicts are never applied")


def test_importing_again_through_the_dialog_changes_nothing(controller, review, tmp_path, monkeypatch, answer, qtbot):
    data = fill(exported(controller, review), rows={entries(controller, review)[1].id: {"status": "Anuluar"}})
    path = tmp_path / "body.xlsx"
    path.write_bytes(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(path)], ""))
    seen = answer("Apply 1 change")
    assert ReviewSheetImportDialog.import_files(controller, review.id, None) is True
    assert seen == ["Import filled sheets"]
    assert controller.session.reload().reviews[-1].entries[1].status == "cancelled"
    before, steps = on_disk(controller), controller.undo_stack.count()

    dialog = ReviewSheetImportDialog(controller, read_review_sheets(controller.doc, review.id, [data], [path.name]))
    qtbot.addWidget(dialog)
    assert "These files change nothing: everything in them is already in the plan." in dialog.notes.text()
    seen = answer("Close")  # the same list: the fixture collects every answered dialog
    assert ReviewSheetImportDialog.import_files(controller, review.id, None) is False
    assert seen == ["Import filled sheets", "Import filled sheets"]
    assert on_disk(controller) == before and controller.undo_stack.count() == steps


def test_cancel_changes_nothing(controller, review, tmp_path, monkeypatch, answer):
    a, b = filled_files(controller, review, tmp_path)
    before, steps = on_disk(controller), controller.undo_stack.count()
    answer("Cancel")
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [a, b]) is False
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_: ([], ""))
    assert ReviewSheetImportDialog.import_files(controller, review.id, None) is False  # no file chosen
    assert on_disk(controller) == before and controller.undo_stack.count() == steps


def test_unusable_files_show_a_message_naming_the_file_and_change_nothing(
    controller, review, tmp_path, monkeypatch, errors
):
    good = tmp_path / "good.xlsx"
    good.write_bytes(fill(exported(controller, review), rows={entries(controller, review)[0].id: {"progress": 5}}))
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    other = tmp_path / "other.xlsx"
    another = small_document()  # another plan (another id), with its own review of 2025
    rv.start_review(another, another.action_plan.id, 2025)
    export_review_sheet(another, another.reviews[-1], "en", other)
    monkeypatch.setattr(ReviewSheetImportDialog, "exec", lambda self: pytest.fail("no preview for a refused file"))
    before = on_disk(controller)

    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [good, text]) is False
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [other]) is False
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [tmp_path / "missing.xlsx"]) is False
    monkeypatch.setattr(dialogs, "MAX_FILE_BYTES", 100)
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [good]) is False
    assert errors[0] == (
        "notes.xlsx cannot be imported: it is not an Excel workbook (.xlsx). Save it as .xlsx, without a "
        "password. Nothing in the plan was changed."
    )
    assert errors[1] == "other.xlsx cannot be imported: it belongs to another plan. Nothing in the plan was changed."
    assert errors[2].startswith("missing.xlsx could not be read: ")
    assert errors[3].startswith("good.xlsx cannot be imported: it is larger than ")
    assert len(errors) == 4
    assert on_disk(controller) == before and controller.undo_stack.count() == 1  # only the start of the review


def test_closed_review_and_read_only_plan(controller, review, tmp_path, monkeypatch, errors, qtbot):
    a, _b = filled_files(controller, review, tmp_path)
    controller.session.save()  # the review into the file a second, read-only window opens
    session = DocumentSession.open(controller.session.path, read_only=True)
    try:
        viewer = DocumentController(session)
        found = read_review_sheets(viewer.doc, review.id, [a.read_bytes()], [a.name])
        dialog = ReviewSheetImportDialog(viewer, found)
        qtbot.addWidget(dialog)
        assert dialog.apply_button is None and [b.text() for b in dialog.buttons.buttons()] == ["Close"]
        assert "read-only" in dialog.notes.text()
        assert dialog.table.rowCount() == sum(found.counts.values())
    finally:
        session.close()

    controller.apply(rv.close_review, review.id, "2025-12-20")
    infos = []
    monkeypatch.setattr(messages, "show_info", lambda _parent, text, _title: infos.append(text))
    monkeypatch.setattr(ReviewSheetImportDialog, "exec", lambda self: pytest.fail("nothing to preview"))
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [a]) is False
    assert infos and infos[0].startswith("The review of 2025 is closed")
    assert errors == []


# -- the buttons in the Review tab ---------------------------------------------------------------


def test_review_view_buttons(controller, qtbot, monkeypatch):
    view = ReviewView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()  # a hidden view refreshes only when shown
    assert not view.export_sheet_button.isEnabled() and not view.import_sheet_button.isEnabled()
    view.start_review(2025)
    assert view.export_sheet_button.isEnabled() and view.import_sheet_button.isEnabled()
    assert view.export_sheet_button.text() == "Export sheet for responsible bodies…"
    assert view.import_sheet_button.text() == "Import filled sheets…"

    calls = []
    monkeypatch.setattr(ReviewSheetExportDialog, "export", lambda *args: calls.append(("export", *args[1:])))
    monkeypatch.setattr(ReviewSheetImportDialog, "import_files", lambda *args: calls.append(("import", *args[1:])))
    view.set_languages("sr", None)
    view.export_sheet_button.click()
    view.import_sheet_button.click()
    review_id = view.review().id
    assert calls == [("export", review_id, view, "sr"), ("import", review_id, view)]

    controller.apply(rv.close_review, review_id, "2025-12-20")
    assert not view.export_sheet_button.isEnabled() and not view.import_sheet_button.isEnabled()
    controller.apply(rv.reopen_review, review_id)
    assert view.export_sheet_button.isEnabled() and view.import_sheet_button.isEnabled()

    controller.session.save()
    session = DocumentSession.open(controller.session.path, read_only=True)
    try:
        viewer = ReviewView(DocumentController(session))
        qtbot.addWidget(viewer)
        assert viewer.review() is not None
        assert viewer.export_sheet_button.isEnabled() and not viewer.import_sheet_button.isEnabled()
    finally:
        session.close()
