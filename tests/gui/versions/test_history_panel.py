"""The history tab: who changed what and when, for the selected item or the whole plan; restoring a value."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.gui.controller import DocumentController
from desktop.gui.versions.history_panel import HistoryPanel
from desktop.storage.session import DocumentSession

OLD_TITLE = "Hapja e qendrës ditore"
NEW_TITLE = "Hapja e qendrës së re ditore"


@pytest.fixture
def controller(qtbot, sample_doc):
    session = DocumentSession.create(sample_doc)
    session.author = "Arta Krasniqi"
    ctl = DocumentController(session)
    yield ctl
    session.close()


@pytest.fixture
def panel(qtbot, controller):
    widget = HistoryPanel(controller)
    widget.set_language("sq")
    qtbot.addWidget(widget)
    widget.resize(1100, 300)
    widget.show()
    return widget


def first_activity(controller):
    doc = controller.doc
    return doc.ordered_activities(doc.action_plan)[0]


def row(panel, index: int) -> list[str]:
    item = panel.tree.topLevelItem(index)
    return [item.text(c) for c in range(4)]


def test_an_edit_is_listed_with_its_author_and_words(panel, controller):
    activity = first_activity(controller)
    panel.show_item(activity.id)
    assert panel.tree.topLevelItemCount() == 0 and panel.empty_label.text() == "No changes recorded yet."
    controller.apply(op.set_text, activity.id, "title", "sq", NEW_TITLE)

    # Refreshed on its own while visible.
    assert panel.tree.topLevelItemCount() == 1
    when, who, what, values = row(panel, 0)
    assert who == "Arta Krasniqi"
    assert what == f"Activity 1.1: {NEW_TITLE} · Title (Albanian)"
    assert values == f"{OLD_TITLE} → {NEW_TITLE}"
    assert len(when) == len("23.11.2026 11:32") and when[2] == "."
    panel.select_row(0)
    html = panel.details.toHtml()
    inserted = html.split("underline", 1)[1].split("</span>", 1)[0]
    assert "së re" in inserted and "ditore" not in inserted
    assert panel.restore_button.isEnabled()


def test_selected_item_or_whole_document(panel, controller, qtbot):
    doc = controller.doc
    activity = first_activity(controller)
    objective = doc.objectives[1]
    controller.apply(op.set_text, activity.id, "title", "sq", NEW_TITLE)
    controller.apply(op.set_text, objective.id, "title", "sq", "Mbrojtja e fëmijëve <i>dhe</i> & të rinjve")
    panel.show_item(objective.id)
    assert panel.tree.topLevelItemCount() == 1
    assert "<i>dhe</i> & të rinjve" in row(panel, 0)[3]  # user text as it is, not markup
    panel.show_item(None)
    assert panel.tree.topLevelItemCount() == 0 and "Select an item" in panel.empty_label.text()
    panel.set_whole_document(True)
    whats = [row(panel, i)[2] for i in range(panel.tree.topLevelItemCount())]
    assert whats[0].startswith("Strategic objective 2:") and whats[1].startswith("Activity 1.1:")

    # An item's descendants are part of its history.
    panel.set_whole_document(False)
    priority = doc.objectives[0].priorities[0]
    controller.apply(op.set_text, priority.id, "title", "sq", "Qendrat ditore të reja")
    panel.show_item(doc.objectives[0].id)
    assert [row(panel, i)[2] for i in range(panel.tree.topLevelItemCount())] == [
        "Priority 1.1: Qendrat ditore të reja · Title (Albanian)"
    ]

    with qtbot.waitSignal(panel.item_activated) as signal:
        panel.tree.itemDoubleClicked.emit(panel.tree.topLevelItem(0), 0)
    assert signal.args == [priority.id]


def test_restore_puts_the_old_value_back_and_undo_undoes_it(panel, controller):
    activity = first_activity(controller)
    controller.apply(op.set_text, activity.id, "title", "sq", NEW_TITLE)
    controller.close_merge()
    panel.show_item(activity.id)
    panel.select_row(0)
    panel.restore_button.click()
    assert controller.session.reload().find(activity.id).title.get("sq") == OLD_TITLE
    assert panel.tree.topLevelItemCount() == 2  # the restore is recorded too
    assert row(panel, 0)[3] == f"{NEW_TITLE} → {OLD_TITLE}"

    controller.undo_stack.undo()
    assert controller.session.reload().find(activity.id).title.get("sq") == NEW_TITLE
    controller.undo_stack.undo()
    assert controller.session.reload().find(activity.id).title.get("sq") == OLD_TITLE


def test_added_and_deleted_items_cannot_be_restored(panel, controller):
    doc = controller.doc
    third = doc.ordered_activities(doc.action_plan)[2]
    controller.apply(op.delete_activity, third.id)
    panel.set_whole_document(True)
    assert row(panel, 0)[2].startswith("Deleted: Activity")
    assert "Familjet <kujdestare> & R&D" in row(panel, 0)[3]
    panel.select_row(0)
    assert not panel.restore_button.isEnabled()
    assert panel.restore_selected() is None
    assert controller.doc.find(third.id) is None


def test_hidden_panel_refreshes_when_shown(panel, controller):
    activity = first_activity(controller)
    panel.show_item(activity.id)
    panel.hide()
    controller.apply(op.set_text, activity.id, "title", "sq", NEW_TITLE)
    assert panel.tree.topLevelItemCount() == 0  # not read while hidden
    panel.show()
    assert panel.tree.topLevelItemCount() == 1
