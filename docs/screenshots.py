"""Screenshots of the window as users see it, on the screen sizes they have.

Run under a virtual display of the size wanted, for example:

    xvfb-run -s "-screen 0 1024x600x24" .venv/bin/python docs/screenshots.py 1024x600
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py 1366x768

It writes docs/screenshots/<size>-<what>-<language>.png: the main window on the demo plan, meeting mode,
the Export PDF dialog and its page preview, in Albanian and in Serbian Cyrillic.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main(size: str) -> None:
    os.environ["PLAN_DATA_DIR"] = tempfile.mkdtemp(prefix="plan-shots-")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.gui.main_window import MainWindow
    from desktop.gui.qt_translator import CatalogueTranslator

    app = QApplication(sys.argv[:1])
    app.installTranslator(CatalogueTranslator())

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()  # not app.exec(): QApplication.quit() would close the windows
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for lang in ("sq", "sr_Cyrl"):
        i18n.set_language(lang)
        window = MainWindow()
        window.set_content_language("sr" if lang == "sr_Cyrl" else "sq")
        window.showMaximized()
        window.open_demo()
        doc = window.session.doc
        window.select_entity(doc.ordered_activities(doc.action_plan)[1].id, "activity")
        settle()
        window.grab().save(str(OUT / f"{size}-main-window-{lang}.png"))

        window.open_meeting_mode()
        meeting = window.meeting_window
        meeting.showMaximized()
        settle()
        meeting.grab().save(str(OUT / f"{size}-meeting-mode-{lang}.png"))
        meeting.close()

        from desktop.gui.export.pdf_export_dialog import PdfExportDialog
        from desktop.gui.export.pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfExportDialog(window.controller, window)
        dialog.show()
        settle()
        dialog.grab().save(str(OUT / f"{size}-pdf-dialog-{lang}.png"))
        shot = OUT / f"{size}-pdf-preview-{lang}.png"

        def take_preview(tries: list[int] = [0], shot: Path = shot) -> None:  # noqa: B006 - a shared counter
            previews = [w for w in app.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]
            tries[0] += 1
            if previews and tries[0] > 4:  # a few beats for the pages to render
                previews[0].grab().save(str(shot))
                previews[0].reject()
            elif tries[0] < 200:
                QTimer.singleShot(250, take_preview)

        QTimer.singleShot(250, take_preview)
        dialog.preview_button.click()
        for _ in range(40):
            settle(250)
            if shot.exists():
                break
        dialog.close()
        window.session.close()
        window.session = None
        window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "screen")
