"""Timings of the window for `make bench` (desktop/bench.py): the grid's filter and the language switch."""

from __future__ import annotations

import statistics
import time
from pathlib import Path


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
