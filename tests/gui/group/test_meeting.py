"""Meeting mode: the projector view, recording notes and decisions, and the notes panel afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.core import group
from desktop.core import operations as op
from desktop.gui.group.meeting_window import MeetingWindow
from desktop.gui.group.note_dialog import NoteDialog
from desktop.gui.group.notes_panel import NotesPanel
from desktop.gui.widgets.display import CONTENT_LANGUAGES


@pytest.fixture
def meeting(qtbot, controller):
    window = MeetingWindow(controller, "sq")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def panel(qtbot, controller):
    widget = NotesPanel(controller, "sq")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def answer_dialog(monkeypatch):
    """Replace NoteDialog.ask: returns `text` dated today and records what it was asked."""
    asked: list[tuple[str, str]] = []

    def install(text: str | None, day: str | None = None):
        def fake_ask(parent, item_label, category, meeting=None):
            asked.append((item_label, category))
            return None if text is None else (text, day or date.today().isoformat())

        monkeypatch.setattr(NoteDialog, "ask", staticmethod(fake_ask))
        return asked

    return install


def panel_rows(panel: NotesPanel) -> list[list[str]]:
    tree = panel.tree
    return [[tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())]


def test_arrow_keys_move_between_objectives(qtbot, meeting):
    assert meeting.heading_text() == "1. Objektivi 1"
    assert meeting.position_label.text() == "Objective 1 of 2"
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    assert meeting.heading_text() == "2. Objektivi 2"
    assert meeting.position_label.text() == "Objective 2 of 2"
    qtbot.keyClick(meeting, Qt.Key.Key_Right)  # the last one stays
    assert meeting.heading_text() == "2. Objektivi 2"
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.heading_text() == "1. Objektivi 1"
    qtbot.keyClick(meeting, Qt.Key.Key_PageDown)
    assert meeting.objective_index() == 1
    qtbot.keyClick(meeting, Qt.Key.Key_PageUp)
    assert meeting.objective_index() == 0
    qtbot.keyClick(meeting, Qt.Key.Key_End)
    assert meeting.objective_index() == 1
    qtbot.keyClick(meeting, Qt.Key.Key_Home)
    assert meeting.objective_index() == 0


def test_up_and_down_select_an_activity(qtbot, meeting, controller):
    first, second = controller.doc.activities_of(controller.doc.action_plan, controller.doc.objectives[0])
    assert meeting.selected_item_id() == controller.doc.objectives[0].id
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    assert meeting.selected_item_id() == first.id
    assert meeting._rows[0].property("selected") is True
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    qtbot.keyClick(meeting, Qt.Key.Key_Down)  # stays on the last activity
    assert meeting.selected_item_id() == second.id
    assert meeting._rows[0].property("selected") is False
    qtbot.keyClick(meeting, Qt.Key.Key_Up)
    qtbot.keyClick(meeting, Qt.Key.Key_Up)  # back to the objective itself
    assert meeting.selected_item_id() == controller.doc.objectives[0].id
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    qtbot.keyClick(meeting, Qt.Key.Key_Right)  # another objective: nothing selected
    assert meeting.selected_item_id() == controller.doc.objectives[1].id


def test_activity_rows_show_responsible_time_frame_and_budget(meeting):
    texts = " ".join(label.text() for label in meeting._rows[0].findChildren(type(meeting.title_label)))
    assert "Qendra ditore" in texts
    assert "H1\u00a02025 – 2026" in texts
    assert "20\u00a0000,50\u00a0EUR" in texts  # the total of two budget lines, in Albanian format (Babel)


def test_recording_a_decision_stores_it_and_shows_it(qtbot, meeting, panel, controller, answer_dialog):
    asked = answer_dialog("Vendim: hapet qendra në maj.")
    activity = controller.doc.activities_of(controller.doc.action_plan, controller.doc.objectives[0])[1]
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    qtbot.keyClick(meeting, Qt.Key.Key_Down)
    qtbot.keyClick(meeting, Qt.Key.Key_D)

    assert asked == [("Activity 1.2: Kujdesi në shtëpi", "decision")]
    stored_doc = controller.session.reload()
    stored = [n for n in stored_doc.notes if n.category == "decision"]
    assert len(stored) == 1
    note = stored[0]
    assert note.item_ids == [activity.id]
    assert note.date == date.today().isoformat()
    assert note.body.get("sq") == "Vendim: hapet qendra në maj."
    # recorded in a meeting of today, created by this first record
    assert [(m.id, m.date) for m in stored_doc.meetings] == [(note.meeting_id, date.today().isoformat())]
    assert any("Vendim: hapet qendra" in text and "Decision" in text for text in meeting.note_texts())
    today = date.today().strftime("%d.%m.%Y")
    assert panel_rows(panel)[0] == [
        today,
        f"Meeting of {today}",
        "Decision",
        "Activity 1.2: Kujdesi në shtëpi",
        "Vendim: hapet qendra në maj.",
    ]
    assert meeting.meeting_text() == today

    controller.undo_stack.undo()
    assert not [n for n in controller.session.reload().notes if n.category == "decision"]
    assert not any("Vendim" in text for text in meeting.note_texts())
    assert all(row[2] != "Decision" for row in panel_rows(panel))
    controller.undo_stack.undo()  # the meeting the first record created
    assert controller.session.reload().meetings == []
    assert meeting.meeting_text() == f"{today} (a new meeting)"


def test_a_note_without_a_selected_activity_concerns_the_objective(qtbot, meeting, controller, answer_dialog):
    asked = answer_dialog("Shënim i ri", "2025-05-02")  # the dialog's date is not used: the meeting's is
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    qtbot.keyClick(meeting, Qt.Key.Key_N)
    assert asked == [("Strategic objective 2: Objektivi 2", "note")]
    objective = controller.doc.objectives[1]
    new = [n for n in controller.session.reload().notes if n.body.get("sq") == "Shënim i ri"]
    assert [(n.item_id, n.category, n.date) for n in new] == [(objective.id, "note", date.today().isoformat())]
    # newest first: the new note above the one from the fixture (2025-03-14)
    assert "Shënim i ri" in meeting.note_texts()[0]
    assert "Shënim nga takimi" in meeting.note_texts()[1]


def test_meeting_mode_records_in_todays_meeting(qtbot, controller, monkeypatch):
    from desktop.gui.group.meeting_page import MeetingPage

    today = date.today()
    earlier = controller.apply(group.add_meeting, "2025-03-14").upserted[0]
    meeting_id = controller.apply(group.add_meeting, today.isoformat(), {"title": {"sq": "Takimi i sotëm"}}).upserted[0]
    named: list[str | None] = []
    answers = iter(["Shënimi i parë", "Vendimi i takimit"])

    def fake_ask(parent, item_label, category, meeting=None):
        named.append(meeting)
        return next(answers), "2020-01-01"

    monkeypatch.setattr(NoteDialog, "ask", staticmethod(fake_ask))
    window = MeetingWindow(controller, "sq")
    qtbot.addWidget(window)
    window.show()
    assert window.meeting_text() == f"{today:%d.%m.%Y} · Takimi i sotëm"
    objective = controller.doc.objectives[0]
    activity = controller.doc.activities_of(controller.doc.action_plan, objective)[0]
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_Down)
    qtbot.keyClick(window, Qt.Key.Key_D)
    assert named == [f"{today:%d.%m.%Y} · Takimi i sotëm"] * 2

    stored = controller.session.reload()
    assert [m.id for m in stored.meetings] == [earlier, meeting_id]  # no meeting added
    recorded = group.meeting_notes(stored, stored.find(meeting_id))
    assert [(n.category, n.body.get("sq"), n.item_ids, n.date) for n in recorded] == [
        ("note", "Shënimi i parë", [objective.id], today.isoformat()),
        ("decision", "Vendimi i takimit", [activity.id], today.isoformat()),
    ]
    page = MeetingPage(controller)  # and the meeting's page lists them
    qtbot.addWidget(page)
    page.set_entity(meeting_id)
    assert [page.records.topLevelItem(i).text(1) for i in range(2)] == ["Shënimi i parë", "Vendimi i takimit"]


def test_cancelling_the_dialog_records_nothing(qtbot, meeting, controller, answer_dialog):
    answer_dialog(None)
    qtbot.keyClick(meeting, Qt.Key.Key_D)
    assert len(controller.session.reload().notes) == 1
    assert controller.undo_stack.count() == 0


def test_a_refused_note_keeps_the_typed_text(qtbot, meeting, controller, answer_dialog, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("desktop.gui.widgets.messages.show_error", lambda parent, text, title=None: shown.append(text))
    typed = "Teksti që nuk humbet " + "x" * 200_000  # longer than a text may be
    answer_dialog(typed)
    assert meeting.record_decision() is None
    assert len(shown) == 1 and typed in shown[0] and "longer than" in shown[0]
    assert len(controller.session.reload().notes) == 1


def test_clicking_an_activity_selects_it(qtbot, meeting, controller):
    second = controller.doc.activities_of(controller.doc.action_plan, controller.doc.objectives[0])[1]
    qtbot.mouseClick(meeting._rows[1], Qt.MouseButton.LeftButton)
    assert meeting.selected_item_id() == second.id
    qtbot.mouseClick(meeting._rows[1], Qt.MouseButton.LeftButton)  # again: back to the objective
    assert meeting.selected_item_id() == controller.doc.objectives[0].id


def test_f11_toggles_full_screen_and_escape_leaves_it(qtbot, meeting):
    assert not meeting.isFullScreen()
    qtbot.keyClick(meeting, Qt.Key.Key_F11)
    assert meeting.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(meeting, Qt.Key.Key_F11)
    assert not meeting.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(meeting, Qt.Key.Key_F11)
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)  # leaves full screen, keeps the window
    assert not meeting.isFullScreen()
    assert meeting.isVisible()
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)  # closes
    assert not meeting.isVisible()


def test_missing_translations_show_the_fallback_in_italics(meeting):
    meeting.set_language("en")  # the small plan has no English
    assert meeting.heading_text() == "1. Objektivi 1"
    assert "<i>Objektivi 1</i>" in meeting.title_label.text()
    assert "[sq]" in meeting.title_label.text()
    meeting.set_language("sr")
    assert meeting.heading_text() == "1. Cilj 1"
    assert "<i>" not in meeting.title_label.text()
    assert meeting.language_buttons["sr"].isChecked()


def test_the_view_follows_undo_and_deleted_objectives(meeting, controller):
    first = controller.doc.objectives[0]
    meeting.show_objective(0)
    controller.apply(op.set_text, first.id, "title", "sq", "Titull i ri")
    assert meeting.heading_text() == "1. Titull i ri"
    controller.apply(op.delete_objective, first.id)
    assert meeting.heading_text() == "1. Objektivi 2"
    assert meeting.position_label.text() == "Objective 1 of 1"
    controller.undo_stack.undo()  # the objective comes back as a new object with the same id
    controller.undo_stack.undo()
    meeting.show_objective(0)
    assert meeting.current_objective() is controller.doc.find(first.id)
    assert meeting.heading_text() == "1. Objektivi 1"
    assert len(meeting._rows) == 2


def test_high_contrast_toggle_is_remembered(qtbot, controller, meeting):
    assert not meeting.high_contrast
    assert "#ffffff" in meeting.styleSheet().split("#meeting_window")[1].split("}")[0]
    meeting.contrast_box.click()
    assert meeting.high_contrast
    assert "#0d0d0d" in meeting.styleSheet().split("#meeting_window")[1].split("}")[0]
    other = MeetingWindow(controller, "sq")
    qtbot.addWidget(other)
    assert other.high_contrast and other.contrast_box.isChecked()


def test_notes_panel_lists_notes_newest_first_and_names_their_items(qtbot, panel, controller):
    doc = controller.doc
    activity = doc.activities_of(doc.action_plan, doc.objectives[0])[0]
    controller.apply(op.add_note, "", {"body": {"sq": "Për gjithë planin"}}, category="decision", on="2025-06-01")
    controller.apply(op.add_note, activity.id, {"body": {"sr": "Samo na srpskom"}}, on="2025-04-01")
    rows = panel_rows(panel)
    assert [r[0] for r in rows] == ["01.06.2025", "01.04.2025", "14.03.2025"]
    assert rows[0][1:4] == ["", "Decision", "The whole plan"]  # no meeting: recorded before meetings were kept
    assert rows[1][3] == "Activity 1.1: Qendra ditore"
    assert rows[2][3] == "Strategic objective 2: Objektivi 2"
    assert panel.tree.topLevelItem(1).font(4).italic()  # shown in Serbian: no Albanian text

    panel.set_category_filter("decision")
    assert [r[4] for r in panel_rows(panel)] == ["Për gjithë planin"]
    panel.set_category_filter("")

    controller.apply(op.delete_activity, activity.id)
    assert panel_rows(panel)[1][3] == "(deleted item)"


def test_notes_panel_double_click_emits_the_item_id(qtbot, panel, controller):
    objective = controller.doc.objectives[1]
    tree = panel.tree
    item = tree.topLevelItem(0)
    rect = tree.visualItemRect(item)
    # press first: the view double-clicks only an item it saw pressed
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.item_activated, timeout=2000) as blocker:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [objective.id]


def test_notes_panel_delete_is_undoable(qtbot, panel, controller):
    note_id = controller.doc.notes[0].id
    assert not panel.delete_button.isEnabled()
    assert panel.select_note(note_id)
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert controller.session.reload().notes == []
    assert panel_rows(panel) == []
    assert panel.empty_label.text()
    controller.undo_stack.undo()
    assert [n.id for n in controller.session.reload().notes] == [note_id]
    assert len(panel_rows(panel)) == 1


def test_note_dialog_returns_text_and_date(qtbot):
    dialog = NoteDialog("Activity 1.2: Kujdesi në shtëpi", "decision")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Record decision"
    assert dialog.item_label.text() == "Activity 1.2: Kujdesi në shtëpi"
    assert dialog.date_edit.date() == QDate.currentDate()
    assert dialog.date_edit.displayFormat() == "dd.MM.yyyy"
    assert not dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText("  Miratohet.  ")
    dialog.date_edit.setDate(QDate(2025, 9, 24))
    assert dialog.ok_button.isEnabled()
    assert (dialog.text(), dialog.iso_date()) == ("Miratohet.", "2025-09-24")


def test_note_dialog_ask_answers_ok_and_cancel(qtbot):
    def fill_and(button: str, text: str = "") -> None:
        tries = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, NoteDialog):
                tries[0] += 1
                if tries[0] < 300:  # never leaves a test hanging on the dialog
                    QTimer.singleShot(10, poll)
                return
            dialog.text_edit.setPlainText(text)
            (dialog.ok_button if button == "ok" else dialog.cancel_button).click()

        QTimer.singleShot(0, poll)

    fill_and("ok", "Takimi vendosi: po.")
    text, day = NoteDialog.ask(None, "The whole plan", "note")
    assert (text, day) == ("Takimi vendosi: po.", date.today().isoformat())
    fill_and("cancel", "Nuk ruhet")
    assert NoteDialog.ask(None, "The whole plan", "note") is None


def test_every_visible_string_is_translatable(qtbot, controller):
    """Under the pseudo language every interface string is bracketed; the plan's own texts are not."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    i18n.set_language(i18n.PSEUDO)
    try:
        meeting = MeetingWindow(controller, "sq")
        panel = NotesPanel(controller, "sq")
        dialog = NoteDialog("x", "decision")
        for widget in (meeting, panel, dialog):
            qtbot.addWidget(widget)
        names = {name for _code, name in CONTENT_LANGUAGES}
        texts = [b.text() for w in (meeting, panel, dialog) for b in w.findChildren(QAbstractButton)]
        texts += [meeting.position_label.text(), meeting.findChild(QLabel, "meeting_kicker").text()]
        texts += [panel.tree.headerItem().text(c) for c in range(5)]
        texts = [t for t in texts if t and t not in names and t not in ("A−", "A+", "◀", "▶")]
        assert texts and all(i18n.PSEUDO_OPEN in t for t in texts), texts
        assert i18n.PSEUDO_OPEN in meeting.hints_label.text()
        assert i18n.PSEUDO_OPEN not in meeting.heading_text()
    finally:
        i18n.set_language("en")
