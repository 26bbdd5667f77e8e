"""Across the years: the 2026 review of the revised plan compared with the 2025 review of the first version."""

from __future__ import annotations

from desktop.core import reviews as rv
from desktop.demo.build import build_demo
from desktop.gui.controller import DocumentController
from desktop.gui.review.review_years_panel import ReviewYearsPanel
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession


def test_two_years_and_an_activity_history_across_plan_versions(qtbot, tmp_path):
    path = tmp_path / "demo.plan"
    write_new(build_demo(), path)
    session = DocumentSession.open(path)
    try:
        controller = DocumentController(session)
        doc = controller.doc
        revised = doc.action_plan
        controller.apply(rv.start_review, revised.id, 2026)
        review = doc.reviews[-1]
        reviewed_2025 = {e.activity_id for e in doc.reviews[0].entries}
        continued = next(e for e in review.entries if doc.find(e.activity_id).origin_id in reviewed_2025)
        controller.apply(rv.update_review_entry, continued.id, status="completed", progress=100)
        panel = ReviewYearsPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(1200, 700)
        panel.show()
        panel.show_review(review.id, "en")
        assert panel.other_combo.currentText() == "2025" and not panel.empty.isVisible()
        table = panel.comparison
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert headers[2:4] == ["Status 2025", "Status 2026"]
        row = panel._rows.index(continued.activity_id)
        assert table.item(row, 3).text() == "Completed" and table.item(row, 5).text() == "100 %"
        assert table.item(row, 2).text() in ("In progress", "Delayed", "Not started")
        table.setCurrentCell(row, 0)
        history = panel.history
        assert history.rowCount() == 2
        assert [history.item(r, 0).text() for r in range(2)] == ["2025", "2026"]
        assert [history.item(r, 1).text() for r in range(2)] == ["1", "2"]  # plan versions
    finally:
        session.close()
