"""Search (Ctrl+F) on the demo: results in the adopted version 1 of the action plan say so, and opening one
says it is read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import i18n


@pytest.fixture
def english():
    old = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(old)


def click(qtbot, item) -> None:
    view = item.listWidget()
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())


def test_results_in_the_adopted_version_are_labelled_and_open_read_only(qtbot, english, window) -> None:
    assert window.open_demo()
    doc = window.session.doc
    old_plan = next(p for p in doc.action_plans if p.superseded_by)
    current = doc.find(old_plan.superseded_by)
    # An activity carried over into the revision: the same title in both versions.
    numbers = doc.numbers()
    carried = next(
        a
        for a in current.activities
        if a.origin_id
        and doc.find(a.origin_id) is not None
        and numbers[a.id] == numbers[a.origin_id]
        and a.title.get("sq") == doc.find(a.origin_id).title.get("sq")
    )
    original = doc.find(carried.origin_id)
    window.find_action.trigger()  # Ctrl+F
    search = window.bottom.search
    search.field.setText(original.title.get("sq"))
    items = {search.results.item(i).data(256): search.results.item(i) for i in range(search.results.count())}
    assert original.id in items and carried.id in items
    old_label = items[original.id].text().split("\n")[0]
    new_label = items[carried.id].text().split("\n")[0]
    number = numbers[original.id]
    assert old_label.startswith(f"Activity {number} (version 1, adopted, read-only) · Title")
    assert new_label.startswith(f"Activity {number} · Title")
    # Opening the old one says it is read-only; going back to the plan in force clears the notice.
    click(qtbot, items[original.id])
    assert window.tree_model.entity_id(window.tree.currentIndex()) == original.id
    assert window.banner.isVisible()
    assert "version 1 of the action plan, adopted and kept read-only" in window.banner.text()
    click(qtbot, items[carried.id])
    assert window.tree_model.entity_id(window.tree.currentIndex()) == carried.id
    assert not window.banner.isVisible()
