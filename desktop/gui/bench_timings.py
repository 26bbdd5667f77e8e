"""Timings of the window for `make bench` (desktop/bench.py): the grid's filter and the language switch, the
floor the start-up is measured against, and the filter that keeps Qt's offscreen chatter out of the table."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

# The floor of the start-up: Python, PySide6 and an empty main window shown, reported like the application's
# probe (desktop/gui/app.py) so that the two are timed alike; run by the benchmark as `python -c FLOOR_SCRIPT`.
FLOOR_SCRIPT = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
def report():
    print(f"window-shown {time.time() - float(os.environ['PLAN_STARTUP_PROBE']):.3f} floor", flush=True)
    app.exit(0)
QTimer.singleShot(0, report)
app.exec()
"""
# Printed by the offscreen platform for every window shown: hundreds of lines that bury the bench's table.
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def quiet_offscreen_messages() -> None:
    """Drop Qt's QUIET_MESSAGES in this process; every other message still reaches stderr as Qt prints it."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if message not in QUIET_MESSAGES:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    qInstallMessageHandler(handler)


def gui_timings(path: Path, runs: int) -> dict[str, float]:
    """Filtering the grid and switching the interface language, in a real (offscreen) window."""
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_file(path)
    window.select_entity(window.session.doc.action_plan.id)
    app.processEvents()
    grid = window.edit_area.grid
    filters, switches = [], []
    for _ in range(runs):
        for year in (2026, None):
            t = time.perf_counter()
            grid.set_filters(year=year)
            app.processEvents()
            filters.append(time.perf_counter() - t)
    for _ in range(runs):
        for lang in ("sq", "en"):
            t = time.perf_counter()
            window.set_interface_language(lang)
            app.processEvents()
            switches.append(time.perf_counter() - t)
    i18n.set_language("en")
    window.session.close()
    window.session = None
    window.close()
    return {
        "grid filter (ms)": statistics.median(filters) * 1000,
        "interface language switch (s)": statistics.median(switches),
    }
