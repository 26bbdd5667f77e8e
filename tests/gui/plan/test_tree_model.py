"""The plan tree: structure, numbering, labels per content language, fallback marking."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.core import operations as op
from desktop.gui.plan.tree_model import KIND_ROLE, SHOWN_LANGUAGE_ROLE, PlanTreeModel


def rows(model: PlanTreeModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def labels(model: PlanTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    return [model.label(i) for i in rows(model, parent)]


def test_top_level_shows_municipality_strategy_groups_and_plan(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    assert labels(model) == [
        "Komuna e Provës",
        "Strategjia për shërbimet sociale 2025-2027",
        "Target groups",
        "Plani i veprimit (2025–2027)" if sample_doc.action_plan.title.get("sq") else "Action plan (2025–2027)",
        "Advisory group",
        "Consultations",
        "Meetings",
        "Approval and versions",
    ]


def test_objectives_priorities_and_activities_are_numbered(sample_doc) -> None:
    model = PlanTreeModel()
    model.set_document(sample_doc)
    strategy, _groups, plan = rows(model)[1], rows(model)[2], rows(model)[3]
    strategy_rows = labels(model, strategy)
    assert strategy_rows[:4] == ["Context", "Vision", "Mission", "Goal"]  # untitled standard sections
    assert strategy_rows[4:] == ["1 Shërbime në komunitet", "2 Mbrojtja e fëmijëve"]
    objective = rows(model, strategy)[4]
    priority = rows(model, objective)[0]
    assert model.label(priority) == "1.1 Qendrat ditore"
    assert labels(model, priority) == ["1.1.1 Terapia"]
    plan_objectives = rows(model, plan)
    assert [model.label(i) for i in plan_objectives] == ["1 Shërbime në komunitet", "2 Mbrojtja e fëmijëve"]
    assert labels(model, plan_objectives[0]) == ["1.1 Hapja e qendrës ditore", "1.2 Kujdesi në shtëpi"]
    assert labels(model, plan_objectives[1]) == ["2.1 Familjet <kujdestare> & R&D"]
    assert model.data(rows(model, plan_objectives[0])[0], KIND_ROLE) == "activity"


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
    assert labels(model)[3] == "Action plan (2025–2027)"
    assert labels(model, rows(model)[2]) == []
    model.set_document(None)
    assert model.rowCount() == 0
