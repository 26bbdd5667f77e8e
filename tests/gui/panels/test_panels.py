"""Problems, search and totals panels follow the document and lead to items."""

from __future__ import annotations

from desktop.core import operations as op
from desktop.gui.panels.problems_panel import ProblemsPanel
from desktop.gui.panels.search_panel import SearchPanel
from desktop.gui.panels.totals_panel import TotalsPanel


def test_problems_list_gaps_and_lead_to_the_item(controller, qtbot):
    panel = ProblemsPanel(controller)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() > 0)  # drawn shortly after opening, not during it
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Activity 1.2 has no responsible body" in texts
    assert "Activity 2.1 has no budget" in texts
    with qtbot.waitSignal(panel.item_activated) as blocker:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert controller.doc.find(blocker.args[0]) is not None
    act = controller.doc.ordered_activities(controller.doc.action_plan)[1]
    controller.apply(op.set_text, act.id, "responsible", "sq", "Qendra për Punë Sociale")
    qtbot.waitUntil(lambda: "Activity 1.2 has no responsible body" not in
                    [panel.list.item(i).text() for i in range(panel.list.count())])  # fmt: skip


def test_search_finds_and_follows_edits(controller, qtbot):
    panel = SearchPanel(controller)
    qtbot.addWidget(panel)
    panel.field.setText("kucna")  # finds "Kućna nega"
    assert panel.results.count() == 1
    assert "Kućna nega" in panel.results.item(0).text()
    obj = controller.doc.objectives[1]
    controller.apply(op.set_text, obj.id, "description", "sr", "Kućna pomoć za starije")
    assert panel.results.count() == 2
    with qtbot.waitSignal(panel.item_activated) as blocker:
        panel.field.returnPressed.emit()
    assert blocker.args[0] in {a.id for a in controller.doc.action_plan.activities} | {obj.id}


def test_totals_per_year_source_and_objective(controller, qtbot):
    panel = TotalsPanel(controller)
    panel.set_language("sr")
    qtbot.addWidget(panel)

    def rows(table):
        return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]

    qtbot.waitUntil(lambda: panel.by_year.rowCount() == 3)  # refreshed shortly after, not at once
    assert rows(panel.by_year) == [
        ("2025", "12.000,50\u00a0EUR"),
        ("2026", "8.000\u00a0EUR"),
        ("Total", "20.000,50\u00a0EUR"),
    ]
    assert ("Donor", "8.000\u00a0EUR") in rows(panel.by_source)
    act = controller.doc.action_plan.activities[1]
    controller.apply(op.add_budget_line, act.id, 2027, "1000")
    qtbot.waitUntil(lambda: ("2027", "1.000\u00a0EUR") in rows(panel.by_year))
    assert rows(panel.by_objective)[0][1] == "21.000,50\u00a0EUR"


def test_completeness_lists_missing_official_texts_and_leads_to_them(controller, qtbot):
    from desktop.gui.panels.completeness_panel import CompletenessPanel

    panel = CompletenessPanel(controller)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.list.count() > 0)
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Strategy" in texts  # a heading per part of the plan
    assert any("Priority 1.1" in t and "missing in Serbian" in t for t in texts)
    assert not any("English" in t for t in texts)  # only the official languages by default
    priority = controller.doc.objectives[0].priorities[0]
    row = next(i for i, t in enumerate(texts) if "Priority 1.1" in t)
    with qtbot.waitSignal(panel.item_activated) as blocker:
        panel.list.itemClicked.emit(panel.list.item(row))
    assert blocker.args[0] == priority.id
    controller.apply(op.set_text, priority.id, "title", "sr", "Prioritet 1.1")
    qtbot.waitUntil(lambda: not any("Priority 1.1 " in panel.list.item(i).text() for i in range(panel.list.count())))
    panel.language_boxes["en"].setChecked(True)
    qtbot.waitUntil(lambda: any("English" in panel.list.item(i).text() for i in range(panel.list.count())))
