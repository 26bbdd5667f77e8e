"""Switching the interface language rebuilds the window's chrome but keeps the plan's undo history."""

from __future__ import annotations

from desktop import i18n
from desktop.core import operations as op


def test_undo_survives_an_interface_language_switch(window, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    objective = doc.objectives[0]
    before = objective.title.get("sq")
    window.controller.apply(op.set_text, objective.id, "title", "sq", "Objektivi i ri")
    try:
        window.set_interface_language("sr_Cyrl")
        assert window.undo_action.isEnabled()
        window.undo_action.trigger()
        assert window.session.doc.find(objective.id).title.get("sq") == before
        assert window.session.repo.load().find(objective.id).title.get("sq") == before
        window.redo_action.trigger()
        assert window.session.repo.load().find(objective.id).title.get("sq") == "Objektivi i ri"
    finally:
        i18n.set_language("en")
