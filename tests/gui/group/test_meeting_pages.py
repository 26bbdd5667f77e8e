"""Meetings of the advisory group: the meetings folder, one meeting's page, its record dialog, and the
notes panel that shows what concerns the selected item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidgetItemIterator

from desktop import i18n
from desktop.core import group
from desktop.gui.group.meeting_page import MeetingPage
from desktop.gui.group.meeting_record_dialog import ID_ROLE, MeetingRecordDialog, parse_day
from desktop.gui.group.meetings_page import MeetingsPage
from desktop.gui.group.notes_panel import NotesPanel
from tests.conftest import small_document

TODAY = date.today()


@pytest.fixture
def doc():
    """The small plan with three members of the group (used by the `controller` fixture)."""
    d = small_document()
    for name, role in (("Arta Krasniqi", "chair"), ("Milan Petrović", "member"), ("Besa Gashi", "secretary")):
        group.add_member(d, name, role=role)
    return d


@pytest.fixture
def page(qtbot, controller):
    widget = MeetingPage(controller)
    qtbot.addWidget(widget)
    widget.set_languages("sq", "sr")
    widget.resize(1000, 1400)
    widget.show()
    return widget


@pytest.fixture
def meetings(qtbot, controller):
    widget = MeetingsPage(controller)
    qtbot.addWidget(widget)
    widget.set_languages("sq", None)
    widget.show()
    return widget


def on_next_modal(action: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `action` on the next modal dialog; a dialog still open afterwards is rejected (never hangs)."""
    seen: list[QDialog] = []
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            tries[0] += 1
            if tries[0] < 400:
                QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def tick(dialog: MeetingRecordDialog, *ids: str) -> None:
    """Tick plan items in the dialog's picker, as a click on their check boxes does."""
    iterator = QTreeWidgetItemIterator(dialog.items_tree)
    while iterator.value():
        item = iterator.value()
        if item.data(0, ID_ROLE) in ids:
            item.setCheckState(0, Qt.CheckState.Checked)
        iterator += 1


def rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def new_meeting(controller, on: str, title: str = "") -> str:
    texts = {"title": {"sq": title}} if title else None
    return controller.apply(group.add_meeting, on, texts).upserted[0]


def test_a_meeting_is_held_and_recorded(qtbot, controller, meetings, page):
    doc = controller.doc
    arta, milan, besa = (m.id for m in doc.members)
    objective = doc.objectives[0]
    first, second = doc.activities_of(doc.action_plan, objective)

    # the folder page starts a meeting dated today and asks to show it
    with qtbot.waitSignal(meetings.item_requested) as requested:
        meetings.new_button.click()
    meeting_id = requested.args[0]
    stored = controller.session.reload().find(meeting_id)
    assert (stored.date, stored.present) == (TODAY.isoformat(), [arta, milan, besa])

    page.set_entity(meeting_id)
    assert page.header.text() == f"Meeting of {TODAY:%d.%m.%Y}"
    page.date_edit.setText("24.09.2025")
    page.date_edit.editingFinished.emit()
    page.title.editor.setPlainText("Takimi i katërt i grupit")
    page.place.editor.setPlainText("Salla e Kuvendit")
    page.agenda.editor.setPlainText("Shqyrtimi vjetor\nBuxheti 2026")
    page.minutes.editor.setPlainText("Grupi shqyrtoi zbatimin e planit.")
    page.set_languages("sr", "sq")  # the minutes in the second language
    page.minutes.editor.setPlainText("Grupa je razmotrila sprovođenje plana.")
    page.set_languages("sq", "sr")
    milan_row = page.attendance_list.item(1)
    assert milan_row.text() == "Milan Petrović — Member"
    milan_row.setCheckState(Qt.CheckState.Unchecked)  # as a click on the box does

    # a decision about an objective and an activity
    def decide(dialog: MeetingRecordDialog) -> None:
        assert dialog.windowTitle() == "Add decision"
        dialog.text_edit.setPlainText("Qendra ditore hapet në maj.")
        dialog.search_edit.setText("qendra")  # the picker filters; "e" finds "ë"
        visible = [i for i in QTreeWidgetItemIterator(dialog.items_tree) if not i.value().isHidden()]
        assert visible
        tick(dialog, objective.id, first.id)
        dialog.ok_button.click()

    on_next_modal(decide)
    page.add_decision_button.click()

    # a follow-up for a member, by a date already past
    due = TODAY - timedelta(days=3)

    def follow(dialog: MeetingRecordDialog) -> None:
        dialog.text_edit.setPlainText("Të përgatitet buxheti i qendrës.")
        dialog.who_combo.setCurrentIndex(dialog.who_combo.findText("Milan Petrović"))
        dialog.due_edit.setText(due.strftime("%d.%m.%Y"))
        tick(dialog, second.id)
        dialog.ok_button.click()

    on_next_modal(follow)
    page.add_follow_up_button.click()

    stored = controller.session.reload()
    meeting = stored.find(meeting_id)
    assert meeting.date == "2025-09-24"
    assert meeting.title.get("sq") == "Takimi i katërt i grupit"
    assert meeting.agenda.get("sq") == "Shqyrtimi vjetor\nBuxheti 2026"
    assert (meeting.minutes.get("sq"), meeting.minutes.get("sr")) == (
        "Grupi shqyrtoi zbatimin e planit.",
        "Grupa je razmotrila sprovođenje plana.",
    )
    assert (meeting.present, meeting.absent) == ([arta, besa], [milan])
    decision, follow_up = group.meeting_notes(stored, meeting)
    assert (decision.category, decision.item_ids, decision.body.get("sq")) == (
        "decision",
        [objective.id, first.id],
        "Qendra ditore hapet në maj.",
    )
    assert (follow_up.category, follow_up.assignee, follow_up.due, follow_up.done) == (
        "follow_up",
        milan,
        due.isoformat(),
        None,
    )
    assert follow_up.item_ids == [second.id]

    assert rows(page.records) == [
        ["Decision", "Qendra ditore hapet në maj.", "1 Objektivi 1; 1.1 Qendra ditore", "", "", ""],
        [
            "Follow-up",
            "Të përgatitet buxheti i qendrës.",
            "1.2 Kujdesi në shtëpi",
            "Milan Petrović",
            f"{due:%d.%m.%Y} (overdue)",
            "open",
        ],
    ]
    assert page.attendance_summary.text() == "Present: 2 · Absent: 1"

    # the folder page, shown again, counts it all and lists the open follow-up as overdue
    meetings.hide()
    meetings.show()
    assert rows(meetings.meetings) == [["24.09.2025", "Takimi i katërt i grupit", "2", "1", "1"]]
    assert rows(meetings.follow_ups) == [
        [
            f"{due:%d.%m.%Y} (overdue)",
            "Të përgatitet buxheti i qendrës.",
            "Milan Petrović",
            "24.09.2025 · Takimi i katërt i grupit",
        ]
    ]
    with qtbot.waitSignal(meetings.item_requested) as requested:
        meetings.follow_ups.itemActivated.emit(meetings.follow_ups.topLevelItem(0), 0)
    assert requested.args == [meeting_id]

    # done, then undone
    assert page.select_record(follow_up.id)
    assert page.done_button.text() == "Mark done"
    page.done_button.click()
    assert controller.session.reload().find(follow_up.id).done == TODAY.isoformat()
    assert page.done_button.text() == "Mark not done"
    assert page.records.topLevelItem(1).text(page.DUE) == f"{due:%d.%m.%Y}"  # no longer overdue
    assert meetings.follow_ups.topLevelItemCount() == 0
    controller.undo_stack.undo()
    assert controller.session.reload().find(follow_up.id).done is None
    controller.undo_stack.undo()  # the follow-up itself
    assert controller.session.reload().find(follow_up.id) is None
    assert page.records.topLevelItemCount() == 1


def test_bad_input_is_refused_with_a_message(qtbot, controller, page):
    meeting_id = new_meeting(controller, "2025-09-24")
    page.set_entity(meeting_id)
    for typed in ("31.02.2025", "tomorrow", "", "9" * 100_000):
        page.date_edit.setText(typed)
        page.date_edit.editingFinished.emit()
        assert controller.session.reload().find(meeting_id).date == "2025-09-24"
        assert "dd.mm.yyyy" in page.message.text() and page.message.isVisible()
        assert page.date_edit.text() == "24.09.2025"
    assert parse_day("2025-09-24") == parse_day("24.09.2025") == "2025-09-24"

    dialog = page.record_dialog("follow_up")
    qtbot.addWidget(dialog)
    dialog.ok_button.click()  # nothing written
    assert dialog.message.text() == "Write the text first."
    dialog.text_edit.setPlainText("Të thirret drejtori.")
    dialog.due_edit.setText("30.02.2026")
    dialog.ok_button.click()
    assert "dd.mm.yyyy" in dialog.message.text()
    dialog.due_edit.setText("")
    dialog.who_combo.setEditText("x" * 100_000)  # not a member, and far too long for a name
    dialog.ok_button.click()
    assert "at most 200 characters" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.note_id is None
    assert dialog.text_edit.toPlainText() == "Të thirret drejtori."  # nothing typed is lost
    dialog.text_edit.setPlainText("y" * 200_001)  # longer than any text may be
    dialog.who_combo.setEditText("Drejtori i Mirëqenies 👍")
    dialog.ok_button.click()
    assert "longer than" in dialog.message.text()
    assert controller.session.reload().notes[0].meeting_id is None  # only the fixture's old note
    dialog.text_edit.setPlainText("Të thirret drejtori.")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = controller.session.reload().find(dialog.note_id)
    assert (stored.assignee, stored.item_ids) == ("Drejtori i Mirëqenies 👍", [])
    assert rows(page.records)[0][2:4] == ["The whole plan", "Drejtori i Mirëqenies 👍"]


def test_editing_a_record_changes_text_links_and_owner(qtbot, controller, page):
    doc = controller.doc
    objective, activity = doc.objectives[1], doc.action_plan.activities[2]
    meeting_id = new_meeting(controller, "2025-10-01", "Takimi i pestë")
    note_id = controller.apply(
        group.record_in_meeting,
        meeting_id,
        "follow_up",
        {"body": {"sr": "Pripremiti budžet"}},
        item_ids=[objective.id],
        assignee="Arta",
    ).upserted[0]
    page.set_entity(meeting_id)
    assert page.records.topLevelItem(0).font(page.TEXT).italic()  # no Albanian text yet: shown in Serbian
    assert page.select_record(note_id)

    def edit(dialog: MeetingRecordDialog) -> None:
        assert dialog.windowTitle() == "Edit follow-up"
        assert dialog.text_edit.toPlainText() == ""  # nothing in Albanian yet
        assert dialog.reference_view.toPlainText() == "Pripremiti budžet"  # the Serbian beside it
        assert dialog.who_combo.currentText() == "Arta"  # a typed name, not a member
        dialog.text_edit.setPlainText("Të përgatitet buxheti")
        dialog.who_combo.setCurrentIndex(dialog.who_combo.findText("Besa Gashi"))
        dialog.due_edit.setText("2026-01-15")
        tick(dialog, activity.id)
        dialog.ok_button.click()

    on_next_modal(edit)
    page.edit_button.click()
    note = controller.session.reload().find(note_id)
    besa = doc.members[2].id
    assert (note.body.get("sq"), note.body.get("sr")) == ("Të përgatitet buxheti", "Pripremiti budžet")
    assert (note.assignee, note.due, note.item_ids) == (besa, "2026-01-15", [objective.id, activity.id])

    page.delete_button.click()
    assert controller.session.reload().find(note_id) is None
    controller.undo_stack.undo()
    assert controller.session.reload().find(note_id) is not None


def test_deleting_a_meeting_asks_first_and_undo_brings_it_back(qtbot, controller, page, answer):
    meeting_id = new_meeting(controller, "2025-09-24")
    controller.apply(group.record_in_meeting, meeting_id, "decision", {"body": {"sq": "Po"}})
    page.set_entity(meeting_id)
    seen = answer("Cancel")
    page.delete_meeting_button.click()
    assert "Delete the meeting of 24.09.2025 and the 1 note, decision or follow-up recorded in it?" in seen[0]
    assert controller.session.reload().find(meeting_id) is not None
    answer("Delete")
    page.delete_meeting_button.click()
    stored = controller.session.reload()
    assert stored.meetings == [] and all(n.meeting_id is None for n in stored.notes)
    controller.undo_stack.undo()
    stored = controller.session.reload()
    assert [m.id for m in stored.meetings] == [meeting_id]
    assert len(group.meeting_notes(stored, stored.meetings[0])) == 1


def test_minutes_pdf_opens_the_export_dialog_on_the_minutes(qtbot, controller, page):
    meeting_id = new_meeting(controller, "2025-09-24")
    page.set_entity(meeting_id)
    chosen: list[str] = []

    def look(dialog) -> None:
        chosen.append(dialog.windowTitle())
        if hasattr(dialog, "select_document"):
            chosen.append(dialog.document())
        dialog.reject()

    on_next_modal(look)
    page.pdf_button.click()
    assert chosen[0] == "Export PDF"
    if len(chosen) > 1:  # the PDF export knows the minutes as a document
        assert chosen[1] == f"minutes:{meeting_id}"


def test_read_only_pages_change_nothing(qtbot, controller, page, meetings):
    meeting_id = new_meeting(controller, "2025-09-24")
    page.set_entity(meeting_id)
    page.set_read_only(True)
    meetings.set_read_only(True)
    for button in (page.add_note_button, page.delete_meeting_button, meetings.new_button):
        assert not button.isEnabled()
    assert page.add_record("note") is None and meetings.new_meeting() is None
    page.attendance_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert controller.session.reload().find(meeting_id).absent == []


def test_meetings_are_listed_newest_first_and_refreshed_only_while_shown(qtbot, controller, meetings):
    assert meetings.meetings_empty.isVisible() and not meetings.meetings.isVisible()
    old = new_meeting(controller, "2025-03-01", "Takimi i parë")
    new_meeting(controller, "2025-09-24")
    assert [r[:2] for r in rows(meetings.meetings)] == [["24.09.2025", "(untitled)"], ["01.03.2025", "Takimi i parë"]]
    with qtbot.waitSignal(meetings.item_requested) as requested:
        meetings.meetings.itemActivated.emit(meetings.meetings.topLevelItem(1), 0)
    assert requested.args == [old]
    meetings.hide()
    new_meeting(controller, "2025-12-01")
    assert meetings.meetings.topLevelItemCount() == 2  # hidden: not redrawn
    meetings.show()
    assert rows(meetings.meetings)[0][0] == "01.12.2025"


def test_notes_panel_shows_the_meeting_and_what_concerns_the_selected_item(qtbot, controller):
    doc = controller.doc
    objective = doc.objectives[0]
    priority, activity, other = objective.priorities[0], doc.action_plan.activities[0], doc.action_plan.activities[2]
    meeting_id = new_meeting(controller, "2025-09-24", "Takimi i katërt")
    controller.apply(
        group.record_in_meeting, meeting_id, "decision", {"body": {"sq": "Për qendrën"}}, item_ids=[activity.id]
    )
    controller.apply(
        group.record_in_meeting, meeting_id, "follow_up", {"body": {"sq": "Prioriteti"}}, item_ids=[priority.id]
    )
    controller.apply(group.record_in_meeting, meeting_id, "note", {"body": {"sq": "Fushata"}}, item_ids=[other.id])
    panel = NotesPanel(controller, "sq")
    qtbot.addWidget(panel)
    panel.show()
    texts = [r[4] for r in rows(panel.tree)]
    assert set(texts) == {"Për qendrën", "Prioriteti", "Fushata", "Shënim nga takimi"}
    assert rows(panel.tree)[0][1] == "Takimi i katërt"

    panel.set_category_filter("follow_up")
    assert [r[2:5] for r in rows(panel.tree)] == [["Follow-up", "Priority 1.1: Prioriteti 1.1", "Prioriteti"]]
    panel.set_category_filter("")

    panel.set_item(objective.id)  # the objective: its priorities, and activities linked to it
    panel.only_item_box.setChecked(True)
    assert {r[4] for r in rows(panel.tree)} == {"Prioriteti"}
    panel.set_item(activity.id)
    assert [r[4] for r in rows(panel.tree)] == ["Për qendrën"]
    panel.set_item(None)
    assert panel.tree.topLevelItemCount() == 0 and "Select an item" in panel.empty_label.text()
    panel.set_item(meeting_id)  # a meeting: what it recorded
    assert {r[4] for r in rows(panel.tree)} == {"Për qendrën", "Prioriteti", "Fushata"}
    panel.set_item(other.id)
    assert [r[4] for r in rows(panel.tree)] == ["Fushata"]

    item = panel.tree.topLevelItem(0)  # a note with a meeting leads to the meeting
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.item_activated) as blocker:
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [meeting_id]


def test_every_visible_string_is_translatable(qtbot, controller):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    meeting_id = new_meeting(controller, "2025-09-24")
    i18n.set_language(i18n.PSEUDO)
    try:
        page, meetings = MeetingPage(controller), MeetingsPage(controller)
        page.set_entity(meeting_id)
        dialog = MeetingRecordDialog(controller, meeting_id, "follow_up")
        for widget in (page, meetings, dialog):
            qtbot.addWidget(widget)
        texts = [b.text() for w in (page, meetings, dialog) for b in w.findChildren(QAbstractButton)]
        texts += [label.text() for w in (page, meetings, dialog) for label in w.findChildren(QLabel)]
        texts += [tree.headerItem().text(c) for tree in (page.records, meetings.meetings) for c in range(5)]
        texts += [dialog.windowTitle(), page.attendance_list.item(0).text().split(" — ")[1]]
        names = {"Shqip", "Srpski", "English", "24.09.2025"}
        texts = [t for t in texts if t and t not in names and not t.startswith("<")]
        assert texts and all(i18n.PSEUDO_OPEN in t for t in texts), [t for t in texts if i18n.PSEUDO_OPEN not in t]
    finally:
        i18n.set_language("en")
