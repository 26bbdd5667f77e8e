"""A top-level chapter added after another stands right after it in the outline, even past the fixed parts."""

from __future__ import annotations

from desktop.core import chapters
from desktop.core import operations as op
from desktop.core.model import PART_ACTION_PLANS
from desktop.core.outline import top_level


def test_a_chapter_added_after_one_behind_the_action_plan_follows_it() -> None:
    doc = op.new_document("Korçë")
    financing = chapters.add_chapter(doc, None, {"title": {"sq": "Financimi"}}).upserted[0]
    order = top_level(doc)
    chapters.move_in_outline(doc, financing, len(order) - 1)  # after the action plan and the annexes
    assert top_level(doc).index(financing) > top_level(doc).index(PART_ACTION_PLANS)
    at = doc.strategy.sections.index(doc.get(financing))
    added = chapters.add_chapter(doc, None, {"title": {"sq": "Monitorimi"}}, index=at + 1).upserted[0]
    order = top_level(doc)
    assert order.index(added) == order.index(financing) + 1
    first = chapters.add_chapter(doc, None, index=0).upserted[0]  # the first chapter: at the top, as before
    assert top_level(doc)[0] == first
