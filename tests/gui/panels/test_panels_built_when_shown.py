"""The window starts with only what is on screen: the editor's other forms, the action-plan page, the preview
and the panels below other than the problems and the tab on top are built when first shown."""

from __future__ import annotations

from desktop.core import operations as op
from desktop.gui.group.notes_panel import NotesPanel
from desktop.gui.panels.problems_panel import ProblemsPanel
from desktop.gui.plan.content_panel import ContentPanel
from desktop.gui.plan.plan_grid import PlanGrid
from desktop.gui.versions.history_panel import HistoryPanel


def test_the_panels_below_are_built_when_their_tab_is_shown(qtbot, window, plan_file) -> None:
    window.toggle_panels(True)
    assert window.open_file(plan_file)
    bottom = window.bottom
    assert len(bottom.findChildren(ProblemsPanel)) == 1  # its count stands in its tab's title
    assert bottom.findChildren(HistoryPanel) == [] and bottom.findChildren(NotesPanel) == []
    activity = window.session.doc.action_plan.activities[0]
    assert window.select_entity(activity.id, "activity")
    window.controller.apply(op.set_text, activity.id, "title", "sq", "Titulli i ri")
    bottom.setCurrentIndex(bottom.count() - 1)  # History
    panels = bottom.findChildren(HistoryPanel)
    assert panels == [bottom.history]
    qtbot.waitUntil(lambda: panels[0].tree.topLevelItemCount() >= 1)  # the selected activity's history
    assert window.session.doc.find(activity.id).title.get("sq") == "Titulli i ri"


def test_the_action_plan_page_and_the_preview_wait_for_their_first_showing(qtbot, window, plan_file) -> None:
    assert window.open_file(plan_file)
    area = window.edit_area
    assert area.findChildren(ContentPanel) == []
    assert not area.plan_page_built and window.findChildren(PlanGrid) == []
    assert area.entity_editor.pages.get("strategy") is None  # the overview is shown first, not the strategy
    assert "Komuna e Provës" in window.content_panel.text()  # built when asked for, on the item selected first
    assert window.select_entity(window.session.doc.action_plan.id)
    assert area.plan_page_built and window.findChildren(PlanGrid) == [area.grid]
    assert area.grid.model.rowCount() > 0
