"""The translation memory fills itself from the open plan: all of it soon after opening, then each edit."""

from __future__ import annotations

from desktop.core import operations as op
from desktop.core.text import TState
from desktop.gui.translation.memory_learner import MemoryLearner
from desktop.translation.memory import TranslationMemory, units_of


def suggestions(text: str, source: str = "sq", target: str = "en") -> list[str]:
    with TranslationMemory() as memory:
        return [s.target for s in memory.suggest(text, source, target)]


def test_learns_the_whole_plan_then_each_edit(qtbot, controller):
    learner = MemoryLearner(controller)
    doc = controller.doc
    expected = units_of(doc)
    assert expected  # the sample has translated texts
    learner.learn_plan()
    learner.stop()
    with TranslationMemory() as memory:
        assert len(memory) == len({(u.source_lang, u.target_lang, u.source, u.target) for u in expected})
    # A translation approved in the window is offered as a suggestion a moment later.
    objective = doc.objectives[0]
    controller.apply(op.set_text, objective.id, "title", "en", "Help at home for older people")
    controller.apply(op.set_text_state, objective.id, "title", "en", TState.APPROVED)
    source_lang = objective.title.source
    qtbot.waitUntil(
        lambda: "Help at home for older people" in suggestions(objective.title.get(source_lang), source_lang),
        timeout=5000,
    )
    learner.stop()


def test_drafts_are_not_learned(qtbot, controller):
    learner = MemoryLearner(controller)
    objective = controller.doc.objectives[0]
    controller.apply(op.set_text, objective.id, "title", "en", "A machine guess", TState.DRAFT)
    learner.learn_edits()
    learner.stop()
    source_lang = objective.title.source
    assert "A machine guess" not in suggestions(objective.title.get(source_lang), source_lang)


def test_translation_view_leaves_the_learning_to_the_learner(qtbot, controller):
    from desktop.gui.translation.translation_view import TranslationView

    learner = MemoryLearner(controller)
    view = TranslationView(controller, "sq", "en")
    qtbot.addWidget(view)
    assert view.memory() is not None and len(view.memory()) == 0  # opening the view did not wait for learning
    view.close_memory()
    learner.learn_plan()
    learner.stop()
    assert controller.memory_learner is None
    lone = TranslationView(controller, "sq", "en")  # without a learner the view teaches the memory itself
    qtbot.addWidget(lone)
    assert len(lone.memory()) == len(
        {(u.source_lang, u.target_lang, u.source, u.target) for u in units_of(controller.doc)}
    )
    lone.close_memory()
