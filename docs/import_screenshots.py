"""Screenshots of File > Import document… for the README: the wizard on the Korçë operational plan (its
outline, roles and levels, the action plan's columns, what was recognised), and the page that pairs the
plan's Serbian version with the plan imported from Albanian (one chapter more, one activity fewer, a text
that would be replaced).

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python docs/import_screenshots.py 1024x600

It writes docs/screenshots/<size>-import-wizard-sq.png and <size>-import-pairing-sq.png.
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
    from desktop.core import operations as op
    from desktop.exchange.docimport import apply_new, read_preview
    from desktop.exchange.docimport.pairing import pair
    from desktop.gui.files.import_wizard import ImportWizard
    from desktop.gui.files.pairing_page import PairingPage
    from desktop.gui.qt_translator import CatalogueTranslator
    from tests.exchange import docimport_docs, seed_docs

    app = QApplication(sys.argv[:1])
    app.installTranslator(CatalogueTranslator())
    i18n.set_language("sq")
    work = Path(tempfile.mkdtemp(prefix="plan-import-"))

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def show(dialog) -> None:
        screen = app.primaryScreen().availableGeometry()
        dialog.show()
        dialog.move(screen.topLeft())
        settle()

    preview = read_preview(seed_docs.korce_seed_docx(work / "korce.docx"))
    wizard = ImportWizard(preview, False)
    show(wizard)
    wizard.grab().save(str(OUT / f"{size}-import-wizard-sq.png"))
    wizard.close()

    plan = apply_new(read_preview(docimport_docs.korce_docx(work / "sq.docx", styled=False)))
    op.set_text(plan, plan.strategy.sections[1].id, "title", "sr", "Vizija (stari prevod)")
    serbian = read_preview(docimport_docs.korce_sr_docx(work / "sr.docx", extra_chapter=True, drop="1.2"))
    page = PairingPage(pair(plan, serbian.build()), "korce-sr.docx")
    show(page)
    page.grab().save(str(OUT / f"{size}-import-pairing-sq.png"))
    page.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "1024x600")
