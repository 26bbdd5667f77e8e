"""The shapes of real plans in the core: chapters nested and placed among the parts, their numbers, figures,
the plan's own columns, sub-activities and the plan's numbering (Korçë 004, Roskovec 001, Lezhë 003)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import activity_levels as levels
from desktop.core import chapters, columns
from desktop.core import operations as op
from desktop.core.model import PART_ACTION_PLANS, PART_OBJECTIVES, PARTS
from desktop.core.outline import chapter_numbers, figures, roman, top_level
from desktop.core.outline import chapters as outline_chapters
from desktop.core.serialize import dumps, loads

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def _chapter(doc, title, parent=None):
    return chapters.add_chapter(doc, parent, {"title": {"sq": title}}).upserted[0]


def _titles(doc, parts=None):
    return [(c.number, c.section.title.get("sq") if c.section else c.key) for c in outline_chapters(doc, parts=parts)]


def test_roman_numbers():
    assert [roman(n) for n in (1, 4, 6, 9, 14, 40, 1999)] == ["I", "IV", "VI", "IX", "XIV", "XL", "MCMXCIX"]


def test_korce_outline_sub_chapters_and_financing_after_the_action_plan(doc):
    """Chapter IV has 4.1 and 4.1.1-4.1.4; chapter VI (financing) follows the action plan (V)."""
    for s in list(doc.strategy.sections):
        op.delete_section(doc, s.id)
    for title in ("Hyrje", "Analiza", "Objektivat"):
        _chapter(doc, title)
    staff = _chapter(doc, "Mjediset dhe personeli")
    sub = _chapter(doc, "Personeli", staff)
    for i in range(1, 5):
        _chapter(doc, f"Detyra {i}", sub)
    financing = _chapter(doc, "Financimi")
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 4)
    assert top_level(doc)[:6] == [*(s.id for s in doc.strategy.sections[:4]), PART_ACTION_PLANS, financing]
    printed = _titles(doc, parts={PART_ACTION_PLANS})
    assert printed == [
        ("I.", "Hyrje"),
        ("II.", "Analiza"),
        ("III.", "Objektivat"),
        ("IV.", "Mjediset dhe personeli"),
        ("4.1", "Personeli"),
        ("4.1.1", "Detyra 1"),
        ("4.1.2", "Detyra 2"),
        ("4.1.3", "Detyra 3"),
        ("4.1.4", "Detyra 4"),
        ("V.", PART_ACTION_PLANS),
        ("VI.", "Financimi"),
    ]
    chapters.set_chapter_numbering(doc, "decimal")
    assert chapter_numbers(doc, parts={PART_ACTION_PLANS})[financing] == "6."
    # the outline and the nesting survive the JSON form
    again = loads(dumps(doc))
    assert _titles(again, parts={PART_ACTION_PLANS}) == _titles(doc, parts={PART_ACTION_PLANS})


def test_a_plan_without_an_outline_reads_as_before(doc):
    assert top_level(doc) == [*(s.id for s in doc.strategy.sections), *PARTS]


def test_indent_outdent_and_drag_keep_the_outline(doc):
    a, b, c = (_chapter(doc, t) for t in ("A", "B", "C"))
    chapters.move_in_outline(doc, PART_OBJECTIVES, 0)
    chapters.indent_chapter(doc, b)
    assert doc.get(b) in doc.get(a).sections
    assert b not in top_level(doc)
    chapters.indent_chapter(doc, c)  # under A as well, after B
    assert [s.id for s in doc.get(a).sections] == [b, c]
    chapters.outdent_chapter(doc, c)
    order = top_level(doc)
    assert order.index(c) == order.index(a) + 1 and order[0] == PART_OBJECTIVES
    with pytest.raises(op.OperationError, match="inside itself"):
        chapters.place_chapter(doc, a, b, 0)
    with pytest.raises(op.OperationError, match="no chapter above"):
        chapters.indent_chapter(doc, doc.strategy.sections[0].id)
    chapters.delete_chapter(doc, a)
    assert doc.find(b) is None and a not in top_level(doc)
    assert doc.strategy.outline.count(PART_OBJECTIVES) == 1


def test_moving_a_section_reorders_the_outline_too(doc):
    first, second = doc.strategy.sections[0].id, doc.strategy.sections[1].id
    chapters.move_in_outline(doc, PART_OBJECTIVES, 1)  # the outline is now stored
    op.move_section(doc, first, 1)
    assert top_level(doc)[:3] == [second, PART_OBJECTIVES, first]


def test_figures_are_numbered_in_reading_order_and_checked(doc):
    late = _chapter(doc, "Late")
    early = doc.strategy.sections[0].id
    f2 = chapters.add_figure(doc, late, PNG, {"sq": "Organigrama"}).upserted[0]
    f1 = chapters.add_figure(doc, early, PNG, {"sq": "Harta"}).upserted[0]
    assert [(f.id, n) for f, n in figures(doc)] == [(f1, 1), (f2, 2)]
    with pytest.raises(op.OperationError, match="PNG or JPEG"):
        chapters.add_figure(doc, late, b"GIF89a")
    with pytest.raises(op.OperationError, match="larger than"):
        chapters.add_figure(doc, late, PNG + b"\0" * (6 * 2**20))


def test_plan_facts(doc):
    chapters.set_plan_facts(doc, kind="project", start_month=10, end_month=4)
    assert (doc.strategy.document_kind, doc.strategy.start_month, doc.strategy.end_month) == ("project", 10, 4)
    with pytest.raises(op.OperationError, match="month"):
        chapters.set_plan_facts(doc, start_month=13)
    with pytest.raises(op.OperationError, match="kind of document"):
        chapters.set_plan_facts(doc, kind="novel")
    chapters.set_plan_facts(doc, start_month=None)
    assert doc.strategy.start_month is None and doc.strategy.end_month == 4
    pid = chapters.add_plan_priority(doc, {"title": {"sq": "Kohezioni social"}}).upserted[0]
    op.add_priority(doc, pid, {"title": {"sq": "Referimi"}})
    numbers = doc.numbers()
    assert numbers[pid] == "P1" and numbers[doc.get(pid).priorities[0].id] == "P1.1"


def test_own_columns_objective_cell_and_hidden_notes(doc):
    plan = doc.action_plan
    assert [c.key for c in columns.shown_columns(plan)][-1] == "target_groups"  # notes hidden by default
    assert plan.columns == []
    strategy_col = columns.add_column(doc, plan.id, {"sq": "Strategjia për përmbushjen e tij"}, level="objective")
    col = doc.get(strategy_col.upserted[-1])
    assert [c.key for c in plan.columns][:9] == [
        "number",
        "activity",
        "responsible",
        "partners",
        "timeframe",
        "budget",
        "indicator",
        "target_groups",
        "notes",
    ]
    explain = columns.add_column(doc, plan.id, {"sq": "Sqarim"}).upserted[-1]
    o1 = doc.objectives[0]
    columns.set_cell(doc, col.id, o1.id, "sq", "Ngritja e kapaciteteve")
    act = plan.activities[0]
    columns.set_cell(doc, explain, act.id, "sq", "Realizohet me IT")
    assert columns.cell_text(plan, col, o1).get("sq") == "Ngritja e kapaciteteve"
    assert columns.cell_text(plan, doc.get(explain), act).get("sq") == "Realizohet me IT"
    with pytest.raises(op.OperationError, match="per objective"):
        columns.set_cell(doc, col.id, act.id, "sq", "x")
    columns.set_column_hidden(doc, plan.id, "notes", False)
    columns.move_column(doc, plan.id, col.id, 1)
    columns.rename_column(doc, plan.id, "responsible", "sq", "Personi përgjegjës")
    shown = columns.shown_columns(plan)
    assert shown[1] is col and "notes" in [c.key for c in shown]
    with pytest.raises(op.OperationError, match="cannot be hidden"):
        columns.set_column_hidden(doc, plan.id, "activity", True)
    with pytest.raises(op.OperationError, match="cannot be deleted"):
        columns.delete_column(doc, plan.columns[0].id)
    again = loads(dumps(doc))
    assert [c.name.get("sq") for c in again.action_plan.columns] == [c.name.get("sq") for c in plan.columns]
    columns.delete_column(doc, explain)
    assert act.cells == []


def test_roskovec_numbering_with_sub_activities(doc):
    """1, 1.1, 1.2, 1.3, 2 … as the programme numbers its rows."""
    plan = doc.action_plan
    for a in list(plan.activities):
        op.delete_activity(doc, a.id)
    o1 = doc.objectives[0].id
    ids = [op.add_activity(doc, plan.id, o1, {"title": {"sq": t}}).upserted[0] for t in ("A", "A1", "A2", "A3", "B")]
    for sub in ids[1:4]:
        levels.indent_activity(doc, sub)  # each goes under A, the activity above it at its level
    assert [doc.get(i).parent_id for i in ids] == [None, ids[0], ids[0], ids[0], None]
    levels.indent_activity(doc, ids[2])  # A2 under A1
    assert doc.get(ids[2]).parent_id == ids[1]
    levels.outdent_activity(doc, ids[2])
    assert [doc.get(i).parent_id for i in ids] == [None, ids[0], ids[0], ids[0], None]
    with pytest.raises(op.OperationError, match="further out"):
        levels.outdent_activity(doc, ids[0])
    levels.set_activity_numbering(doc, plan.id, "running")
    assert [doc.numbers()[i] for i in ids] == ["1", "1.1", "1.2", "1.3", "2"]
    levels.set_activity_numbering(doc, plan.id, "by_objective")
    assert [doc.numbers()[i] for i in ids] == ["1.1", "1.1.1", "1.1.2", "1.1.3", "1.2"]
    levels.set_activity_numbering(doc, plan.id, "kept")
    levels.set_activity_number(doc, ids[0], "1.")
    levels.set_activity_number(doc, ids[4], "2.")
    assert doc.numbers()[ids[0]] == "1." and doc.numbers()[ids[4]] == "2."
    assert doc.numbers()[ids[1]] == "1.1"
    with pytest.raises(op.OperationError, match="not an activity number"):
        levels.set_activity_number(doc, ids[0], "Ndërtimi i ndërfaqes")


def test_sub_activities_go_with_their_parent(doc):
    plan = doc.action_plan
    o1, o2 = doc.objectives
    parent, child = (a.id for a in doc.activities_of(plan, o1))
    levels.indent_activity(doc, child)
    op.add_budget_line(doc, child, 2025, "1000", source="municipal")
    assert levels.rolled_budget(plan, doc.get(parent))["EUR"] == Decimal("21000.50")
    op.move_activity(doc, parent, o2.id, 0)
    assert doc.get(child).objective_id == o2.id and doc.get(child).parent_id == parent
    op.move_activity(doc, child, o1.id)  # away from its parent: a top-level activity
    assert doc.get(child).parent_id is None
    levels.indent_activity(doc, doc.activities_of(plan, o2)[1].id)
    op.delete_activity(doc, doc.activities_of(plan, o2)[0].id)
    assert doc.activities_of(plan, o2) == []


def test_a_revision_keeps_columns_numbering_and_levels(doc):
    from desktop.core import reviews

    plan = doc.action_plan
    o1 = doc.objectives[0]
    _parent, child = (a.id for a in doc.activities_of(plan, o1))
    levels.indent_activity(doc, child)
    levels.set_activity_numbering(doc, plan.id, "running")
    col = columns.add_column(doc, plan.id, {"sq": "Sqarim"}).upserted[-1]
    columns.set_cell(doc, col, child, "sq", "Shpjegim")
    rid = reviews.start_review(doc, plan.id, 2025).upserted[0]
    reviews.close_review(doc, rid, "2025-12-20")
    new_id = reviews.create_revised_plan(doc, rid).upserted[0]
    new = doc.get(new_id)
    assert new.numbering == "running" and [c.name.get("sq") for c in new.columns][-1] == "Sqarim"
    copy_parent, copy_child = new.activities[0], new.activities[1]
    assert copy_child.parent_id == copy_parent.id
    assert copy_child.cells[0].column_id == new.columns[-1].id
    assert loads(dumps(doc)).find(copy_child.id) is not None


def test_comparing_versions_sees_the_new_shapes(doc):
    from desktop.core.version_compare import compare_documents

    a = _chapter(doc, "A")
    b = _chapter(doc, "B")
    fig = chapters.add_figure(doc, a, PNG, {"sq": "Harta"}).upserted[0]
    col = columns.add_column(doc, doc.action_plan.id, {"sq": "Sqarim"}).upserted[-1]
    act = doc.action_plan.activities[1]
    columns.set_cell(doc, col, act.id, "sq", "Para")
    old = loads(dumps(doc))
    chapters.indent_chapter(doc, b)
    chapters.set_figure_image(doc, fig, PNG + b"x")
    columns.set_cell(doc, col, act.id, "sq", "Pas")
    levels.indent_activity(doc, act.id)
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 0)
    found = {(c.kind, c.change, tuple(f.field for f in c.changes)) for c in compare_documents(old, doc)}
    assert ("section", "moved", ()) in found
    assert ("figure", "changed", ("image",)) in found
    assert ("cell", "changed", ("value",)) in found
    assert ("activity", "moved", ()) in found
    assert ("strategy", "changed", ("outline",)) in found


def test_every_kind_of_document_survives_json(doc):
    """The kind of document is not the JSON's "kind" key (an operational plan once failed to load)."""
    for kind in ("operational_plan", "programme", "project", "action_plan"):
        chapters.set_plan_facts(doc, kind=kind)
        assert loads(dumps(doc)).strategy.document_kind == kind


def test_a_sub_activity_is_covered_by_its_parent_in_the_problems(doc):
    from desktop.core.problems import find_problems

    plan = doc.action_plan
    parent, child = (a.id for a in doc.activities_of(plan, doc.objectives[0]))
    op.set_text(doc, parent, "responsible", "sq", "Drejtoria")

    def kinds(item: str) -> set[str]:
        return {p.code for p in find_problems(doc) if p.entity_id == item}

    assert {"no_budget", "no_deadline", "no_responsible"} <= kinds(child)
    levels.indent_activity(doc, child)
    assert not {"no_budget", "no_deadline", "no_responsible"} & kinds(child)  # the parent's cover it


def test_printed_chapters_skip_the_empty_ones_and_number_without_gaps(doc):
    """The tree, the PDF and Word number chapters with one rule: a chapter with nothing in it prints nothing."""
    from desktop.core.outline import printed_chapters, printed_parts

    for s in list(doc.strategy.sections):
        op.delete_section(doc, s.id)
    a = _chapter(doc, "A")
    chapters.add_chapter(doc)  # nothing in it yet
    c = _chapter(doc, "C")
    sub_empty = chapters.add_chapter(doc, c).upserted[0]
    sub = _chapter(doc, "C.2", c)
    numbers = {ch.key: ch.number for ch in printed_chapters(doc, printed_parts(doc, doc.action_plan))}
    assert numbers[a] == "I." and numbers[c] == "II." and numbers[sub] == "2.1" and sub_empty not in numbers
    assert numbers[PART_OBJECTIVES] == "III." and numbers[PART_ACTION_PLANS] == "V."
    assert PART_ACTION_PLANS not in printed_parts(doc, None)


def test_a_parent_is_covered_by_a_budget_in_its_sub_activities(doc):
    from desktop.core.problems import find_problems

    plan = doc.action_plan
    o2 = doc.objectives[1]
    top = doc.activities_of(plan, o2)[0].id
    sub = op.add_activity(doc, plan.id, o2.id, {"title": {"sq": "Nën"}}).upserted[0]
    subsub = op.add_activity(doc, plan.id, o2.id, {"title": {"sq": "Nën-nën"}}).upserted[0]
    levels.indent_activity(doc, sub)
    levels.indent_activity(doc, subsub)
    levels.indent_activity(doc, subsub)  # under "Nën", two levels below the top activity

    def no_budget() -> set[str]:
        return {p.entity_id for p in find_problems(doc) if p.code == "no_budget"}

    assert {top, sub, subsub} <= no_budget()
    op.add_budget_line(doc, subsub, 2025, "500", source="municipal")
    assert not {top, sub, subsub} & no_budget()  # the budget two levels down covers both parents
