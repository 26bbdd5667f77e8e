"""The review summary panel: the same figures as the core summary, charts drawn, weighting switched by the user."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from desktop.core.review_summary import summarise
from desktop.demo.build import build_demo
from desktop.gui.controller import DocumentController
from desktop.gui.review.review_summary_panel import ReviewSummaryPanel
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession


def test_summary_of_the_demo_review(qtbot, tmp_path):
    path = tmp_path / "demo.plan"
    write_new(build_demo(), path)
    session = DocumentSession.open(path)
    try:
        controller = DocumentController(session)
        panel = ReviewSummaryPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(1200, 800)
        panel.show()
        review = controller.doc.reviews[0]
        panel.show_review(review.id, "en")
        table = panel.table
        expected = summarise(controller.doc, review, "count")
        assert table.rowCount() == len(expected.objectives) + 1
        last = table.rowCount() - 1
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert table.item(last, 0).text() == "Whole plan"
        assert table.item(last, 1).text() == str(len(expected.overall.activity_ids))
        progress = table.item(last, headers.index("Progress")).text()
        assert progress.startswith(f"{expected.overall.progress:.1f}".rstrip("0").rstrip("."))
        assert table.item(last, headers.index("Completed")).text() == str(expected.overall.statuses["completed"])
        # Each chart is an SVG that was drawn (the renderer parsed it).
        assert all(chart.renderer().isValid() for chart in panel.charts)
        # Switching the weighting recomputes with budget weights.
        panel.weighting_combo.setCurrentIndex(panel.weighting_combo.findData("budget"))
        weighted = summarise(controller.doc, review, "budget").overall.progress
        assert table.item(last, headers.index("Progress")).text().startswith(str(int(weighted)))
        assert "never counted as zero" in panel.rules.text()
    finally:
        session.close()


def test_chart_svg_carries_cyrillic_labels():
    from desktop.export.charts import drawing_to_svg, status_chart

    svg = drawing_to_svg(status_chart([("Завршено", 4), ("У току", 21)], "sr"))
    text = "".join(ET.fromstring(svg).itertext())
    assert "Завршено" in text and "У току" in text
