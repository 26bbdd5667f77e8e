"""The translation overview: numbers per part and language as the statistics count them, kept up to date."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core import operations as op
from desktop.core.stats import translation_progress as stats_progress
from desktop.gui.panels.bottom_panels import BottomPanels
from desktop.gui.translation.translation_overview_panel import TranslationOverviewPanel

ROWS = ["Municipality", "Strategy", "Target groups", "Action plan", "Meeting notes", "Whole plan"]


def shown_panel(controller, qtbot) -> TranslationOverviewPanel:
    panel = TranslationOverviewPanel(controller)
    panel.set_language("en")
    qtbot.addWidget(panel)
    panel.resize(900, 420)  # every row in view
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() > 0)  # drawn shortly after, not at once
    return panel


def cells(panel: TranslationOverviewPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_rows_per_part_with_words_fields_and_work_left(controller, qtbot):
    panel = shown_panel(controller, qtbot)
    progress = stats_progress(controller.doc)
    assert panel.progress == progress
    assert [row[0] for row in cells(panel)] == ROWS
    assert [panel.table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Part of the plan", "Albanian", "Serbian", "English"
    ]  # fmt: skip
    whole = progress["document"]
    sq, sr = whole["sq"], whole["sr"]
    assert sq["done_fields"] == sq["fields"]  # the plan is written in Albanian
    assert cells(panel)[-1][1] == (
        f"100 % ({sq['words']} / {sq['words']} words)\n{sq['fields']} / {sq['fields']} fields"
    )
    percent = 100 * sr["done_words"] // sr["words"]
    assert cells(panel)[-1][2] == (
        f"{percent} % ({sr['done_words']} / {sr['words']} words)\n"
        f"{sr['done_fields']} / {sr['fields']} fields · {sr['missing']} missing"
    )
    assert cells(panel)[-1][3].startswith("0 % (0 / ")
    # A cell with work left is tinted; a complete one is not.
    assert panel.table.item(5, 2).background().color().name() == "#fff1c2"
    assert panel.table.item(5, 1).background().style() == Qt.BrushStyle.NoBrush
    assert panel.table.item(5, 0).font().bold()


def test_follows_edits_and_waits_while_hidden(controller, qtbot):
    panel = shown_panel(controller, qtbot)
    doc = controller.doc
    strategy = ROWS.index("Strategy")
    before = cells(panel)[strategy][3]
    controller.apply(op.set_text, doc.strategy.id, "title", "en", "Strategy for social services")
    qtbot.waitUntil(lambda: cells(panel)[strategy][3] != before)
    assert panel.progress == stats_progress(doc)

    panel.hide()  # behind another tab: nothing is counted until it is shown again
    controller.apply(op.set_text, doc.objectives[0].id, "title", "en", "Objective 1")
    qtbot.wait(panel._timer.interval() + 100)
    assert panel.progress != stats_progress(doc)
    panel.show()
    qtbot.waitUntil(lambda: panel.progress == stats_progress(doc))


def test_double_click_leads_to_the_part(controller, qtbot):
    panel = shown_panel(controller, qtbot)
    table = panel.table

    def double_click(row: int) -> None:
        rect = table.visualItemRect(table.item(row, 1))
        # press first: the view double-clicks only an item it saw pressed
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(panel.item_activated) as blocker:
        double_click(ROWS.index("Strategy"))
    assert blocker.args == [controller.doc.strategy.id]
    with qtbot.waitSignal(panel.item_activated) as blocker:
        double_click(ROWS.index("Action plan"))
    assert blocker.args == [controller.doc.action_plan.id]
    with qtbot.assertNotEmitted(panel.item_activated):
        double_click(ROWS.index("Whole plan"))
        double_click(ROWS.index("Meeting notes"))


def test_bottom_panels_show_it_after_completeness(controller, qtbot):
    panels = BottomPanels(controller, "sr")
    qtbot.addWidget(panels)
    tabs = [panels.tabText(i) for i in range(panels.count())]
    assert tabs[tabs.index("Completeness") + 1] == "Translation progress"
    assert panels.translation.lang == "sr"
    with qtbot.waitSignal(panels.item_activated) as blocker:
        panels.translation.item_activated.emit(controller.doc.strategy.id)
    assert blocker.args == [controller.doc.strategy.id]
