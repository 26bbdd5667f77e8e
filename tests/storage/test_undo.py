"""Every operation can be undone and redone through the images storage captures."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.core.serialize import dumps
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession


def every_operation(d) -> list:
    """Builders of (operation, args, kwargs) covering each named operation, against the current document."""

    def a1():
        return next(a for a in d.action_plan.activities if len(a.budget_lines) >= 2)

    def o1():
        return d.get(a1().objective_id)

    def o2():
        return next(o for o in d.objectives if o is not o1())

    plan = d.action_plan
    return [
        lambda: (op.set_text, (o1().id, "title", "sq", "Titull i ri"), {}),
        lambda: (op.set_text_state, (o1().id, "title", "sr", "approved"), {}),
        lambda: (op.rewrite_texts, ([(o1().id, "title", "sr", "Нови наслов")],), {}),
        lambda: (op.set_municipality, (), {"country": "AL", "currency": "ALL"}),
        lambda: (op.set_period, (d.strategy.id, 2026, 2028), {"shift": True}),
        lambda: (op.add_section, ({"title": {"sq": "Monitorimi"}},), {"index": 1}),
        lambda: (op.move_section, (d.strategy.sections[0].id, 3), {}),
        lambda: (op.delete_section, (d.strategy.sections[1].id,), {}),
        lambda: (op.add_objective, ({"title": {"sr": "Novi cilj"}},), {"index": 0}),
        lambda: (op.move_objective, (o2().id, 0), {}),
        lambda: (op.add_priority, (o1().priorities[0].id, {"title": {"sq": "Nën"}}), {}),
        lambda: (op.move_priority, (o1().priorities[-1].id, 0), {}),
        lambda: (op.delete_priority, (o1().priorities[0].id,), {}),
        lambda: (op.add_target_group, ({"name": {"sq": "Fëmijët"}},), {}),
        lambda: (op.move_target_group, (d.target_groups[-1].id, 0), {}),
        lambda: (op.add_activity, (plan.id, o2().id, {"title": {"sq": "E re"}}), {"index": 0, "start": "2026-Q1"}),
        lambda: (op.move_activity, (a1().id, o2().id, 1), {}),
        lambda: (op.duplicate_activity, (a1().id,), {}),
        lambda: (op.set_timeframe, (a1().id, "2026-03", "2027-H1"), {}),
        lambda: (op.add_note, (o1().id, {"body": {"sq": "Vendim i takimit"}}), {"category": "decision"}),
        lambda: (op.delete_note, (d.notes[0].id,), {}),
        lambda: (op.set_activity_target_groups, (a1().id, []), {}),
        lambda: (op.add_budget_line, (a1().id, 2027, "500"), {"source": "central"}),
        lambda: (op.update_budget_line, (a1().budget_lines[0].id,), {"amount": "1", "funder": "EU"}),
        lambda: (op.delete_budget_line, (a1().budget_lines[1].id,), {}),
        lambda: (op.add_indicator, (a1().id, {"name": {"sq": "Numri"}}), {"targets": {2026: 3}}),
        lambda: (op.set_indicator_values, (a1().indicators[0].id,), {"baseline": 7, "targets": {2027: 9}}),
        lambda: (op.delete_indicator, (a1().indicators[0].id,), {}),
        lambda: (op.delete_target_group, (d.target_groups[0].id,), {}),
        lambda: (op.delete_activity, (a1().id,), {}),
        lambda: (op.delete_plan_items, ([a1().id, o2().id],), {}),
        lambda: (op.delete_objective, (o1().id,), {}),
        lambda: (op.add_action_plan, (2028, 2030), {}),
        lambda: (op.delete_action_plan, (plan.id,), {}),
    ]


OPERATION_COUNT = 34


@pytest.fixture
def session(tmp_path, doc):
    op.add_target_group(doc, {"name": {"sq": "Të rinjtë"}})  # two groups, so that one can move
    path = tmp_path / "p.plan"
    write_new(doc, path)
    s = DocumentSession.open(path)
    yield s
    s.close()


def test_the_list_covers_every_public_operation(doc):
    covered = {entry()[0].__name__ for entry in every_operation(doc)}
    assert len(covered) == OPERATION_COUNT
    public = {
        name
        for name, f in vars(op).items()
        if callable(f) and getattr(f, "__wrapped__", None) and not name.startswith("_")
    }
    assert public <= covered, f"operations without an undo test: {public - covered}"


@pytest.mark.parametrize("index", range(OPERATION_COUNT))
def test_each_operation_undoes_and_redoes(session, index):
    operation, args, kwargs = every_operation(session.doc)[index]()
    before = dumps(session.doc)
    change, step = session.apply_undoable(operation, *args, **kwargs)
    assert step is not None and change
    after = dumps(session.doc)
    assert after != before
    session.restore(step.before)
    assert dumps(session.doc) == before
    assert dumps(session.reload()) == before  # and the file agrees
    session.restore(step.after)
    assert dumps(session.doc) == after
    assert dumps(session.reload()) == after


def test_a_long_sequence_unwinds_to_the_start_and_back(session):
    start = dumps(session.doc)
    steps, states = [], [start]
    for i in range(OPERATION_COUNT - 3):  # stop before the plan itself is deleted
        operation, args, kwargs = every_operation(session.doc)[i]()
        _change, step = session.apply_undoable(operation, *args, **kwargs)
        if step:
            steps.append(step)
            states.append(dumps(session.doc))
    assert len(steps) > 20
    for step, expected in zip(reversed(steps), reversed(states[:-1]), strict=True):
        session.restore(step.before)
        assert dumps(session.doc) == expected
    assert dumps(session.reload()) == start
    for step, expected in zip(steps, states[1:], strict=True):
        session.restore(step.after)
        assert dumps(session.doc) == expected
    assert dumps(session.reload()) == states[-1]


def test_no_step_for_no_change(session):
    obj = session.doc.objectives[0]
    _change, step = session.apply_undoable(op.set_text, obj.id, "title", "sq", obj.title.get("sq"))
    assert step is None
