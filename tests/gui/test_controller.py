"""Undo through the Qt undo stack: steps named, typing merged, disk state follows."""

from __future__ import annotations

from desktop.core import operations as op
from desktop.core.serialize import dumps


def test_steps_undo_and_redo_with_names(controller):
    start = dumps(controller.doc)
    plan, obj = controller.doc.action_plan, controller.doc.objectives[0]
    controller.apply(op.add_activity, plan.id, obj.id, {"title": {"sq": "E re"}})
    assert controller.undo_stack.undoText() == "Add activity"
    middle = dumps(controller.doc)
    controller.apply(op.delete_objective, obj.id)
    controller.undo_stack.undo()
    assert dumps(controller.doc) == middle
    controller.undo_stack.undo()
    assert dumps(controller.doc) == start
    assert dumps(controller.session.reload()) == start
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert controller.doc.find(obj.id) is None


def test_typing_in_one_field_is_one_step(controller):
    obj = controller.doc.objectives[0]
    original = obj.title.get("sq")
    for text in ("O", "Ob", "Obj", "Objektivi ë"):
        controller.set_text(obj.id, "title", "sq", text)
    assert controller.undo_stack.count() == 1
    controller.close_merge()
    controller.set_text(obj.id, "title", "sq", "Tjetër")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.doc.get(obj.id).title.get("sq") == "Objektivi ë"
    controller.undo_stack.undo()
    assert controller.doc.get(obj.id).title.get("sq") == original


def test_refused_operation_signals_and_pushes_nothing(controller, qtbot):
    with qtbot.waitSignal(controller.operation_refused) as blocker:
        result = controller.apply(op.set_period, controller.doc.strategy.id, 2030, 2020)
    assert result is None
    assert "ends before" in blocker.args[0]
    assert controller.undo_stack.count() == 0


def test_changes_are_announced(controller, qtbot):
    obj = controller.doc.objectives[0]
    with qtbot.waitSignal(controller.document_changed) as blocker:
        controller.apply(op.set_text, obj.id, "title", "sr", "Cilj")
    assert blocker.args[0].upserted == [obj.id]
    with qtbot.waitSignal(controller.document_changed) as blocker:
        controller.undo_stack.undo()
    assert obj.id in blocker.args[0].upserted
