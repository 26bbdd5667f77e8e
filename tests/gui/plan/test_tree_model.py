"""The plan tree: structure, numbering, labels per content language, fallback marking."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.core import chapters
from desktop.core import operations as op
from desktop.core.model import PART_ACTION_PLANS, PART_OBJECTIVES
from desktop.gui.plan.tree_model import KIND_ROLE, SHOWN_LANGUAGE_ROLE, PlanTreeModel

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def rows(model: PlanTreeModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def labels(model: PlanTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    return [model.label(i) for i in rows(model, parent)]


def test_top_level_shows_municipality_strategy_then_the_outline_in_order(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    plan = "Plani i veprimit (2025–2027)" if sample_doc.action_plan.title.get("sq") else "Action plan (2025–2027)"
    assert labels(model) == [
        "Komuna e Provës",
        "Strategjia për shërbimet sociale 2025-2027",
        "I. Context",  # an untitled standard section with a text prints under its standard title
        "Vision",  # empty ones print nothing: they take no number, as in the PDF
        "Mission",
        "Goal",
        "II. Strategic objectives",
        "III. Target groups",
        f"IV. {plan}",
        "Advisory group",
        "Consultations",
        "Meetings",
        "Approval and versions",
    ]
    assert labels(model, rows(model)[1]) == ["Priorities of the plan"]


def test_objectives_priorities_and_activities_are_numbered(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    objectives, plan = rows(model)[6], rows(model)[8]
    assert labels(model, objectives) == ["1 Shërbime në komunitet", "2 Mbrojtja e fëmijëve"]
    objective = rows(model, objectives)[0]
    priority = rows(model, objective)[0]
    assert model.label(priority) == "1.1 Qendrat ditore"
    assert labels(model, priority) == ["1.1.1 Terapia"]
    plan_objectives = rows(model, plan)
    assert [model.label(i) for i in plan_objectives] == ["1 Shërbime në komunitet", "2 Mbrojtja e fëmijëve"]
    assert labels(model, plan_objectives[0]) == ["1.1 Hapja e qendrës ditore", "1.2 Kujdesi në shtëpi"]
    assert labels(model, plan_objectives[1]) == ["2.1 Familjet <kujdestare> & R&D"]
    assert model.data(rows(model, plan_objectives[0])[0], KIND_ROLE) == "activity"


def test_chapters_nest_with_figures_and_follow_the_outline(sample_doc) -> None:
    doc = sample_doc
    goal = next(s for s in doc.strategy.sections if s.key == "goal")
    sub = chapters.add_chapter(doc, goal.id, {"title": {"sq": "Personeli"}}).upserted[0]
    chapters.add_chapter(doc, sub, {"title": {"sq": "Drejtori"}})
    chapters.add_figure(doc, sub, PNG, {"sq": "Organigrama"})
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 1)  # the action plan right after the first chapter
    plan_plain = chapters.add_plan_priority(doc, {"title": {"sq": "Përfshirja"}}).upserted[0]
    op.add_priority(doc, plan_plain, {"title": {"sq": "Shkollat"}})
    model = PlanTreeModel()
    model.set_document(doc)
    top = labels(model)
    # empty standard chapters take no number; the goal has one through its sub-chapter
    assert top[2] == "I. Context" and top[3].startswith("II. ") and "(2025–2027)" in top[3]
    goal_row = model.index_of(goal.id)
    assert model.label(goal_row) == "III. Goal"
    assert labels(model, goal_row) == ["3.1 Personeli"]
    assert labels(model, model.index_of(sub)) == ["Figura 1: Organigrama", "3.1.1 Drejtori"]
    model.set_language("sr")
    assert model.label(model.index_of(doc.strategy.sections[-1].sections[0].figures[0].id)).startswith("Slika 1")
    priorities = rows(model, rows(model)[1])[0]
    model.set_language("sq")
    assert labels(model, priorities) == ["P1 Përfshirja"]
    assert labels(model, rows(model, priorities)[0]) == ["P1.1 Shkollat"]


def test_renumbering_and_an_outline_move_follow_an_operation(sample_doc) -> None:
    doc = sample_doc
    model = PlanTreeModel()
    model.set_document(doc)
    change = chapters.set_chapter_numbering(doc, "decimal")
    assert not model.apply_change(change, doc)  # the same rows, numbered anew
    assert labels(model)[2] == "1. Context"
    change = chapters.move_in_outline(doc, PART_OBJECTIVES, 0)
    assert model.apply_change(change, doc)
    assert labels(model)[2] == "1. Strategic objectives"


def test_language_switch_relabels_and_marks_fallbacks(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    act = sample_doc.action_plan.activities[1]  # "Kujdesi në shtëpi": no English
    model.set_language("sr")
    assert model.label(model.index_of(act.id)) == "1.2 Pomoć u kući"
    model.set_language("en")
    index = model.index_of(act.id)
    first = model.index_of(sample_doc.action_plan.activities[0].id)
    assert model.label(first) == "1.1 Opening a day centre"
    assert model.data(first, SHOWN_LANGUAGE_ROLE) == "en"
    assert model.data(first, Qt.ItemDataRole.FontRole) is None
    assert model.label(index) == "1.2 Kujdesi në shtëpi"
    assert model.data(index, SHOWN_LANGUAGE_ROLE) == "sq"
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "not translated into English" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_index_of_finds_an_objective_under_strategy_or_plan(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    objective = sample_doc.strategy.objectives[0]
    assert model.kind(model.index_of(objective.id)) == "objective"
    assert model.kind(model.index_of(objective.id, "plan_objective")) == "plan_objective"
    assert not model.index_of("no-such-id").isValid()


def test_empty_document_and_no_document() -> None:
    model = PlanTreeModel()
    assert model.rowCount() == 0
    doc = op.new_document("Prizren")
    model.set_document(doc)
    assert labels(model)[0] == "Prizren"
    assert labels(model)[1] == "Strategy"
    assert "I. Action plan (2025–2027)" in labels(model)  # the one part with content takes a number
    groups = model.index_of(None, "target_groups")
    assert labels(model, groups) == []
    model.set_document(None)
    assert model.rowCount() == 0


def test_a_part_takes_its_number_once_it_has_content() -> None:
    doc = op.new_document("Prizren")
    model = PlanTreeModel()
    model.set_document(doc)
    group = op.add_target_group(doc)
    model.apply_change(group, doc)
    index = model.index_of(None, "target_groups")
    assert model.label(index) == "Target groups"  # an unnamed group prints nothing
    model.apply_change(op.set_text(doc, group.upserted[0], "name", "sq", "Fëmijët"), doc)
    assert model.label(model.index_of(None, "target_groups")) == "I. Target groups"
