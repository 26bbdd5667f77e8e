"""A revised version of the action plan is shown as it was adopted: labelled, and nothing in it can be edited."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.plan.plan_table_model import Column


def test_revised_version_is_labelled_and_read_only(window):
    assert window.open_demo()
    doc = window.session.doc
    first, revised = doc.action_plans
    model = window.tree_model
    assert model.label(model.index_of(first.id)).endswith("version 1, revised (read only)")
    assert model.label(model.index_of(revised.id)).endswith("version 2")
    old = doc.ordered_activities(first)[0]
    window.select_entity(old.id, "activity")
    grid, panel = window.edit_area.grid, window.edit_area.activity_panel
    assert grid.model.read_only
    index = grid.model.index(grid.model.row_of(old.id), Column.ACTIVITY)
    assert not grid.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert panel.title.editor.isReadOnly()
    # The version in force is editable as usual.
    current = doc.ordered_activities(revised)[0]
    window.select_entity(current.id, "activity")
    assert not grid.model.read_only and not panel.title.editor.isReadOnly()
