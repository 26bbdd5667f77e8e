from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import operations as op
from desktop.core.model import Activity, Objective
from desktop.core.text import TState


def test_numbers_follow_objectives_and_positions(doc):
    numbers = doc.numbers()
    plan = doc.action_plan
    o1, o2 = doc.objectives
    acts = doc.ordered_activities(plan)
    assert [numbers[a.id] for a in acts] == ["1.1", "1.2", "2.1"]
    assert numbers[o2.id] == "2"
    assert numbers[o1.priorities[0].id] == "1.1"


def test_add_activity_at_a_position_renumbers(doc):
    plan, (o1, _o2) = doc.action_plan, doc.objectives
    change = op.add_activity(doc, plan.id, o1.id, {"title": {"sq": "E para"}}, index=0)
    new = doc.get(change.upserted[0])
    assert doc.numbers()[new.id] == "1.1"
    assert plan.id in change.reordered
    assert [a.title.get("sq") for a in doc.activities_of(plan, o1)] == ["E para", "Qendra ditore", "Kujdesi në shtëpi"]


def test_move_activity_to_another_objective(doc):
    plan, (o1, o2) = doc.action_plan, doc.objectives
    first = doc.activities_of(plan, o1)[0]
    change = op.move_activity(doc, first.id, o2.id, 0)
    assert first.objective_id == o2.id
    assert doc.numbers()[first.id] == "2.1"
    assert first.id in change.upserted and plan.id in change.reordered


def test_move_objective_renumbers_its_activities(doc):
    _o1, o2 = doc.objectives
    op.move_objective(doc, o2.id, 0)
    numbers = doc.numbers()
    assert numbers[o2.id] == "1"
    assert numbers[doc.activities_of(doc.action_plan, o2)[0].id] == "1.1"


def test_delete_objective_removes_its_activities(doc):
    o1 = doc.objectives[0]
    acts = doc.activities_of(doc.action_plan, o1)
    change = op.delete_objective(doc, o1.id)
    assert set(change.removed) == {o1.id, *(a.id for a in acts)}
    assert doc.find(o1.id) is None
    assert all(doc.find(a.id) is None for a in acts)
    assert len(doc.action_plan.activities) == 1


def test_delete_target_group_removes_references(doc):
    group = doc.target_groups[0]
    act = next(a for a in doc.action_plan.activities if a.target_group_ids)
    change = op.delete_target_group(doc, group.id)
    assert act.target_group_ids == []
    assert act.id in change.upserted


def test_duplicate_activity_copies_with_new_ids(doc):
    act = next(a for a in doc.action_plan.activities if a.budget_lines)
    change = op.duplicate_activity(doc, act.id)
    copy = doc.get(change.upserted[0], Activity)
    assert copy.id != act.id and copy.title.get("sq") == act.title.get("sq")
    assert [b.amount for b in copy.budget_lines] == [b.amount for b in act.budget_lines]
    assert {b.id for b in copy.budget_lines}.isdisjoint({b.id for b in act.budget_lines})
    assert doc.action_plan.activities.index(copy) == doc.action_plan.activities.index(act) + 1


def test_set_text_reports_change_and_outdates_translations(doc):
    obj = doc.objectives[0]
    change = op.set_text(doc, obj.id, "title", "sq", "Objektivi i ndryshuar")
    assert change.upserted == [obj.id]
    assert obj.title.state("sr") == TState.OUTDATED
    assert not op.set_text(doc, obj.id, "title", "sq", "Objektivi i ndryshuar")


@pytest.mark.parametrize(
    "call",
    [
        lambda d: op.set_text(d, d.objectives[0].id, "nonexistent", "sq", "x"),
        lambda d: op.set_text(d, d.objectives[0].id, "title", "de", "x"),
        lambda d: op.set_text(d, "no-such-id", "title", "sq", "x"),
        lambda d: op.add_activity(d, d.action_plan.id, "no-such-objective"),
        lambda d: op.add_activity(d, d.action_plan.id, d.objectives[0].id, start="2026", end="2025"),
        lambda d: op.add_budget_line(d, d.action_plan.activities[0].id, 2025, "abc"),
        lambda d: op.add_budget_line(d, d.action_plan.activities[0].id, 2025, -5),
        lambda d: op.add_budget_line(d, d.action_plan.activities[0].id, 2025, 5, source="lottery"),
        lambda d: op.add_budget_line(d, d.action_plan.activities[0].id, 2025, 5, currency="XYZ"),
        lambda d: op.set_period(d, d.strategy.id, 2027, 2025),
        lambda d: op.set_municipality(d, country="DE"),
        lambda d: op.set_municipality(d, emblem=b"GIF89a"),
        lambda d: op.add_section(d, key="vision"),  # already there
        lambda d: op.delete_section(d, d.objectives[0].id),  # wrong kind
        lambda d: op.move_objective(d, d.objectives[0].id, 9),
        lambda d: op.set_activity_target_groups(d, d.action_plan.activities[0].id, ["missing"]),
    ],
)
def test_invalid_input_is_refused_with_a_message(doc, call):
    with pytest.raises(op.OperationError) as info:
        call(doc)
    assert str(info.value)


def test_refused_update_changes_nothing(doc):
    line = next(a for a in doc.action_plan.activities if a.budget_lines).budget_lines[0]
    before = (line.year, line.amount, line.currency)
    with pytest.raises(op.OperationError):
        op.update_budget_line(doc, line.id, year=2026, amount="not a number")
    assert (line.year, line.amount, line.currency) == before
    with pytest.raises(op.OperationError):
        op.set_municipality(doc, country="AL", currency="XYZ")
    assert doc.municipality.country == "XK"


def test_budget_amounts_are_exact_decimals(doc):
    act = doc.action_plan.activities[1]
    op.add_budget_line(doc, act.id, 2025, "0.10")
    op.add_budget_line(doc, act.id, 2025, "0.20")
    assert sum(b.amount for b in act.budget_lines) == Decimal("0.30")


def test_indicator_targets(doc):
    ind = next(a for a in doc.action_plan.activities if a.indicators).indicators[0]
    op.set_indicator_values(doc, ind.id, baseline="5", targets={"2026": "50", 2025: 25})
    assert ind.baseline == Decimal(5)
    assert list(ind.targets.items()) == [(2025, Decimal(25)), (2026, Decimal(50))]


def test_priorities_nest(doc):
    obj = doc.objectives[0]
    parent = obj.priorities[0]
    change = op.add_priority(doc, parent.id, {"title": {"sq": "Nën-prioritet"}})
    assert doc.numbers()[change.upserted[0]] == "1.1.1"
    with pytest.raises(op.OperationError):
        op.add_priority(doc, doc.action_plan.id)


def test_new_document_has_standard_sections_and_a_plan():
    doc = op.new_document("Bashkia Test", country="AL")
    assert [s.key for s in doc.strategy.sections] == ["context", "vision", "mission", "goal"]
    assert doc.municipality.currency == "ALL"
    assert len(doc.action_plans) == 1
    with pytest.raises(op.OperationError):
        op.new_document("  ")


def test_index_stays_consistent(doc):
    op.delete_activity(doc, doc.action_plan.activities[0].id)
    op.add_objective(doc, {"title": {"en": "Third"}})
    indexed = {e.id for e in doc.walk()}
    assert indexed == set(doc._index)
    assert isinstance(doc.get(doc.objectives[-1].id, Objective), Objective)


def test_no_field_hides_an_entity_method():
    from desktop.core.model import KINDS, Entity

    methods = {name for name in vars(Entity) if callable(getattr(Entity, name)) and not name.startswith("__")}
    for cls in KINDS.values():
        fields = set(cls.SCALARS) | set(cls.TEXTS) | {attr for attr, _k, _m in cls.CHILDREN}
        assert not fields & methods, f"{cls.KIND} fields shadow methods: {fields & methods}"


def test_notes_and_decisions(doc):
    act = doc.action_plan.activities[0]
    change = op.add_note(doc, act.id, {"body": {"sr": "Odluka: produžiti rok"}}, category="decision", on="2025-05-02")
    note = doc.get(change.upserted[0])
    assert (note.category, note.date, note.item_id) == ("decision", "2025-05-02", act.id)
    for bad in (
        lambda: op.add_note(doc, act.id, {"body": {"sq": ""}}),
        lambda: op.add_note(doc, act.id, {"body": {"sq": "x"}}, category="rumour"),
        lambda: op.add_note(doc, act.id, {"body": {"sq": "x"}}, on="14.03.2025"),
        lambda: op.add_note(doc, "missing", {"body": {"sq": "x"}}),
    ):
        with pytest.raises(op.OperationError):
            bad()


def test_updates_that_change_nothing_report_nothing(doc):
    act = next(a for a in doc.action_plan.activities if a.budget_lines)
    line, ind = act.budget_lines[0], act.indicators[0]
    assert not op.update_budget_line(doc, line.id, amount=line.amount, year=line.year)
    assert not op.set_indicator_values(doc, ind.id, targets=dict(ind.targets))
    op.set_indicator_values(doc, ind.id, targets={2027: 1})  # the baseline stays
    assert ind.baseline == Decimal(0) and ind.targets == {2027: Decimal(1)}
    op.set_indicator_values(doc, ind.id, baseline=None)
    assert ind.baseline is None


def test_messages_keep_their_first_character(doc):
    with pytest.raises(op.OperationError) as info:
        op.set_timeframe(doc, doc.action_plan.activities[0].id, "2025-H3", None)
    assert str(info.value).startswith("'2025-H3' is not")
