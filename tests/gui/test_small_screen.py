"""On a 1024x600 laptop screen: the grid shows its rows, and no dialog is larger than the screen.

These tests need Qt's screen to be 1024x600. In an ordinary run they are started again in a process of
their own whose offscreen screen has that size (the test `test_on_a_1024x600_screen` does that)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop import i18n
from desktop.gui.main_window import MainWindow

SCREEN = (1024, 600)
ROOT = Path(__file__).resolve().parents[2]


def small_screen() -> bool:
    app = QApplication.instance()
    geometry = app.primaryScreen().availableGeometry() if app is not None else None
    return geometry is not None and (geometry.width(), geometry.height()) == SCREEN


@pytest.fixture
def needs_small_screen(qapp) -> None:
    if not small_screen():
        pytest.skip("run on a 1024x600 screen by test_on_a_1024x600_screen")


def test_on_a_1024x600_screen(qapp, tmp_path: Path) -> None:
    if small_screen():
        return  # this is the run on the small screen
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1], "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "not test_on_a_1024x600"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]


def settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


@pytest.fixture
def demo_window(qtbot, needs_small_screen):
    old = i18n.language()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_demo()
    settle()
    yield window
    session, window.session = window.session, None
    if session is not None:
        session.close()
    i18n.set_language(old)


def fits(dialog: QDialog) -> None:
    """The dialog is within the screen and every label gets the width it asks for."""
    dialog.show()
    settle()
    name = dialog.objectName()
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], (name, dialog.size())
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), (name, label.text(), label.width())
            assert label.height() >= label.sizeHint().height(), (name, label.text(), label.height())
    dialog.close()


def test_the_window_opens_within_the_screen_with_eight_grid_rows(demo_window) -> None:
    window = demo_window
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert window.select_entity(window.session.doc.action_plan.id)
    settle()
    view = window.edit_area.grid.view
    assert view.viewport().height() >= 8 * view.verticalHeader().defaultSectionSize()
    assert window.edit_area.activity_panel.height() >= window.edit_area.activity_panel.minimumSizeHint().height()
    assert window.tree.width() >= 180


@pytest.mark.parametrize("lang", ["en", "sq", "sr"])
def test_dialogs_fit_the_screen_and_show_their_labels(demo_window, lang) -> None:
    from desktop.gui.export.docx_export_dialog import DocxExportDialog
    from desktop.gui.export.pdf_export_dialog import PdfExportDialog
    from desktop.gui.translation.xliff_export_dialog import XliffExportDialog
    from desktop.gui.versions.version_compare_dialog import VersionCompareDialog
    from desktop.gui.widgets.help_dialogs import FirstStepsDialog, ShortcutsDialog

    i18n.set_language(lang)
    window, controller = demo_window, demo_window.controller
    fits(XliffExportDialog(controller, window))
    fits(PdfExportDialog(controller, window))
    fits(DocxExportDialog(controller, window))
    fits(VersionCompareDialog(controller, "sq", "sr", parent=window))
    fits(ShortcutsDialog(window))
    fits(FirstStepsDialog(window))
    doc = controller.doc
    from desktop.gui.files.backups_dialog import BackupsDialog
    from desktop.gui.files.new_plan_dialog import NewPlanDialog
    from desktop.gui.files.preferences_dialog import PreferencesDialog
    from desktop.gui.group.meeting_record_dialog import MeetingRecordDialog
    from desktop.gui.plan.paste_dialog import PasteDialog
    from desktop.gui.translation.glossary_dialog import GlossaryDialog
    from desktop.gui.versions.approve_dialog import ApproveDialog
    from desktop.gui.versions.plan_compare_dialog import PlanCompareDialog

    fits(PreferencesDialog(window.settings, window))
    fits(ApproveDialog(controller, "sq", window))
    fits(NewPlanDialog("sq", window))
    fits(BackupsDialog([], "Plan", window))
    fits(GlossaryDialog(doc, window))
    old_plan, new_plan = doc.action_plans[0], doc.action_plans[-1]
    fits(PlanCompareDialog(doc, old_plan.id, new_plan.id, "sq", window))
    fits(MeetingRecordDialog(controller, doc.meetings[0].id, parent=window))
    rows = [["Aktiviteti", "Përgjegjës", "2026"]] * 3
    fits(PasteDialog(controller, new_plan.id, doc.objectives[0].id, "sq", rows, window))
    # A real plan's table of eight columns of its own: their choices scroll sideways within the screen.
    wide = [[f"Kolona {n}" for n in range(8)], *([[f"tekst {n}" for n in range(8)]] * 3)]
    fits(PasteDialog(controller, new_plan.id, doc.objectives[0].id, "sq", wide, window))


def test_the_pdf_preview_keeps_its_buttons_on_the_screen(demo_window) -> None:
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    from desktop.gui.export.pdf_export_dialog import PdfExportDialog
    from desktop.gui.export.pdf_preview_dialog import PdfPreviewDialog

    export = PdfExportDialog(demo_window.controller, demo_window)
    pdfs: list[bytes] = []
    export.anyway_box.setChecked(True)
    assert export.start(pdfs.append)
    for _ in range(600):
        if pdfs or not export.is_running():
            break
        QApplication.processEvents()
        export.thread.wait(50) if export.thread is not None else None
    settle()
    assert pdfs, "the export produced a PDF"
    preview = PdfPreviewDialog(pdfs[0], save=None, parent=demo_window)
    fits(preview)
    export.close()
