"""File dialogs start where people look (Documents, the plan's folder, the last folder used) and the window
says where a file went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.gui.main_window import demo_path
from desktop.storage.session import DocumentSession


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder, as on the users' laptops."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs: Documents is ~/Documents
    return folder


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch):
    """Record where each save dialog starts and answer it with the next file of `answers`."""
    calls: list[str] = []
    answers: list[Path] = []

    def get_save_file_name(parent, caption="", directory="", filter="", *args, **kwargs):
        calls.append(directory)
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return calls, answers


def test_saving_the_demo_asks_where_starting_in_documents_then_the_folder_used(
    window, home, save_dialog, tmp_path
) -> None:
    calls, answers = save_dialog
    assert window.open_demo()
    target = home / "Documents" / "Plani im.plan"
    answers.append(target)
    assert window.save()  # the demo lives in the hidden data folder: Save asks where to keep it
    assert Path(calls[0]).parent == home / "Documents"
    assert target.exists() and window.session.path == target
    assert window.statusBar().currentMessage() == f"Saved to {target}."
    assert not demo_path().with_suffix(".plan.tmp").exists()
    # Saving again writes in place and says where.
    assert window.save()
    assert len(calls) == 1
    assert str(target) in window.statusBar().currentMessage()
    # Save As elsewhere; the next Save As starts where that one saved.
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    answers.append(elsewhere / "Kopja.plan")
    assert window.save_as()
    assert Path(calls[1]).parent == home / "Documents"
    assert window.save_as() is False  # cancelled
    assert Path(calls[2]).parent == elsewhere
    reopened = DocumentSession.open(elsewhere / "Kopja.plan", read_only=True)
    reopened.close()


def test_exports_start_beside_the_users_plan_and_say_where_the_file_went(
    window, home, save_dialog, plan_file, answer, tmp_path
) -> None:
    from desktop.gui.translation.xliff_export_dialog import XliffExportDialog

    calls, answers = save_dialog
    assert window.open_file(plan_file)
    out = tmp_path / "translators"
    out.mkdir()
    answers.append(out / "for-translation.xlf")
    answer("Export…")
    written = XliffExportDialog.export(window.controller, window)
    assert Path(calls[0]).parent == plan_file.parent  # the plan is the user's file: beside it
    assert written == out / "for-translation.xlf" and written.read_bytes().startswith(b"<?xml")
    assert window.banner.isVisible() and window.banner.text() == f"Exported to {written}"
    # The next export starts where this one went (the file dialog is cancelled this time).
    answer("Export…")
    XliffExportDialog.export(window.controller, window)
    assert Path(calls[1]).parent == out


def test_pdf_export_remembers_its_folder_and_serbian_script(window, home, save_dialog, plan_file, tmp_path) -> None:
    pytest.importorskip("reportlab")
    from desktop.gui.export.pdf_export_dialog import PdfExportDialog

    calls, answers = save_dialog
    assert window.open_demo()  # not a user file: Documents
    dialog = PdfExportDialog(window.controller, window)
    assert dialog.script_combo.currentData() == "latn"
    dialog.script_combo.setCurrentIndex(dialog.script_combo.findData("cyrl"))
    answers.append(tmp_path / "plan.pdf")
    path = dialog.ask_path(dialog)
    assert Path(calls[0]).parent == home / "Documents"
    assert dialog.write(path, b"%PDF-1.4\n")
    dialog.close()
    again = PdfExportDialog(window.controller, window)
    assert again.script_combo.currentData() == "cyrl"
    again.ask_path(again)
    assert Path(calls[1]).parent == tmp_path
    again.close()
