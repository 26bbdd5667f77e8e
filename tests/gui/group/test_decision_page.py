"""The assembly decision in the window: drafted from the template, edited, approved, undone."""

from __future__ import annotations

from desktop.gui.widgets import messages


def test_draft_edit_and_approve_the_decision(window, plan_file, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    window.open_file(plan_file)
    window.decision_action.trigger()
    doc = window.session.doc
    decision = doc.decision
    assert decision is not None and decision.template == "XK"  # the sample plan is in Kosovo
    model = window.tree_model
    assert model.label(model.index_of(decision.id)) == "Assembly decision"
    assert window.tree_model.kind(window.tree.currentIndex()) == "decision"
    page = window.edit_area.entity_editor.current_page
    assert "Kuvendi" in page.issuing_body.text()  # the Albanian template, edited in Albanian
    page.number_edit.setText("01-016/25")
    page.date_edit.setText("2025-03-04")
    page.number_edit.editingFinished.emit()
    page.approved_check.setChecked(True)
    stored = window.session.reload().decision
    assert (stored.number, stored.date, stored.is_approved) == ("01-016/25", "2025-03-04", True)
    page.date_edit.setText("4 March")
    page.date_edit.editingFinished.emit()
    assert window.session.doc.decision.date == "2025-03-04"  # refused, with a message
    assert page.date_edit.text() == "2025-03-04"
    window.undo()
    assert not window.session.doc.decision.is_approved
