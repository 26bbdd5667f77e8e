"""The Review tab driven like a user: start a review, record the year, close it, revise the plan, compare."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox

from desktop import i18n
from desktop.core import reviews as rv
from desktop.gui.plan.edit_area import EditArea
from desktop.gui.review import review_view
from desktop.gui.review.review_view import COL_ACTIVITY, COL_PROGRESS, COL_SPENT, COL_STATUS, ReviewView
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def view(qtbot, controller):
    w = ReviewView(controller)
    qtbot.addWidget(w)
    w.resize(1200, 900)
    w.show()
    return w


def stored(controller):
    return controller.session.reload()


def stored_entry(controller, activity_id):
    review = stored(controller).reviews[-1]
    return next(e for e in review.entries if e.activity_id == activity_id)


def cell(view, row, col):
    return view.model.index(row, col).data()


def row_of_activity(view, activity_id):
    entry = next(e for e in view.review().entries if e.activity_id == activity_id)
    return view.model.row_of(entry.id)


def open_editor(view, row, col):
    index = view.model.index(row, col)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index)
    assert editor is not None
    return editor


def first_activity(controller):
    return controller.doc.ordered_activities(controller.doc.action_plan)[0]


def test_start_and_record_an_activity_year(view, controller, qtbot):
    assert view.start_button.text() == "Start review of 2025"
    assert view.review() is None and view.empty_label.isVisible()
    view.start_button.click()
    review = stored(controller).reviews[0]
    assert review.year == 2025 and review.state == "open"
    assert view.review_combo.currentText() == "2025 · open"
    assert view.start_button.text() == "Start review of 2026"  # the next year without a review
    a1 = first_activity(controller)
    row = row_of_activity(view, a1.id)
    assert view.model.rowCount() == 3 and cell(view, row, COL_ACTIVITY) == "Qendra ditore"
    assert cell(view, row, COL_SPENT) == "– / 12,000.50\u00a0EUR"  # nothing spent yet, planned for 2025

    combo = open_editor(view, row, COL_STATUS)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["(not reported)", "Completed", "In progress"]
    combo.setCurrentIndex(combo.findData("in_progress"))
    assert stored_entry(controller, a1.id).status == "in_progress"
    assert cell(view, row, COL_STATUS) == "In progress"

    spin = open_editor(view, row, COL_PROGRESS)
    assert isinstance(spin, QSpinBox) and spin.text() == "no data"  # none recorded: not zero
    spin.setValue(40)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits and closes the editor (queued)
    qtbot.waitUntil(lambda: view.table.indexWidget(view.model.index(row, COL_PROGRESS)) is None)
    assert stored_entry(controller, a1.id).progress == 40
    assert cell(view, row, COL_PROGRESS) == "40\u00a0%"

    panel = view.panel
    assert panel.entry().activity_id == a1.id
    panel.comment.editor.setPlainText("U hap në mars, me 18 përfitues")
    qtbot.keyClicks(panel.updated_edit, "20.12.2025")
    qtbot.keyClick(panel.updated_edit, Qt.Key.Key_Return)
    entry = stored_entry(controller, a1.id)
    assert entry.comment.get("sq") == "U hap në mars, me 18 përfitues" and entry.updated == "2025-12-20"
    assert panel.updated_edit.text() == "20.12.2025"

    assert panel.indicator_table.item(0, 2).text() == "20"  # the target of 2025
    panel.indicator_table.item(0, 3).setText("18")
    indicator = a1.indicators[0]
    assert [(v.indicator_id, v.value) for v in stored_entry(controller, a1.id).values] == [(indicator.id, 18)]

    spending = panel.spending_table
    assert [spending.item(r, 0).text() for r in range(4)] == [
        "Municipal budget",
        "Central government",
        "Donor",
        "Other",
    ]
    spending.item(0, 2).setText("9,000.50")
    spending.item(2, 3).setText("UNICEF")  # the donor row has no amount yet
    assert panel.message.text() == "Type the amount spent first."
    spending.item(2, 2).setText("500")
    spending.item(2, 3).setText("UNICEF")
    lines = sorted((s.source, s.amount, s.funder) for s in stored_entry(controller, a1.id).spending)
    assert lines == [("donor", Decimal(500), "UNICEF"), ("municipal", Decimal("9000.50"), None)]
    assert cell(view, row, COL_SPENT) == "9,500.50 / 12,000.50\u00a0EUR"

    spending.item(0, 2).setText("lots")  # refused by the core, the cell shows the stored amount again
    assert panel.message.isVisibleTo(panel) and spending.item(0, 2).text() == "9,000.50"

    controller.undo_stack.undo()  # the funder
    controller.undo_stack.undo()  # the donor's amount
    assert [s.source for s in stored_entry(controller, a1.id).spending] == ["municipal"]
    assert spending.item(2, 2).text() == ""


def test_changes_for_the_next_period_and_proposals(view, controller, qtbot):
    view.start_button.click()
    a1 = first_activity(controller)
    view.select_entry(next(e.id for e in view.review().entries if e.activity_id == a1.id))
    panel = view.panel
    assert not panel.new_end_edit.isVisibleTo(panel)
    index = panel.change_combo.findData("deadline")
    panel.change_combo.setCurrentIndex(index)
    panel.change_combo.activated.emit(index)
    assert stored_entry(controller, a1.id).change == "deadline"
    assert panel.new_end_edit.isVisibleTo(panel) and panel.change_reason.isVisibleTo(panel)
    qtbot.keyClicks(panel.new_end_edit, "q2 2027")
    qtbot.keyClick(panel.new_end_edit, Qt.Key.Key_Return)
    assert stored_entry(controller, a1.id).new_end == "2027-Q2"
    panel.change_reason.editor.setPlainText("Renovimi i ndërtesës u vonua")
    assert stored_entry(controller, a1.id).change_reason.get("sq") == "Renovimi i ndërtesës u vonua"
    row = row_of_activity(view, a1.id)
    assert view.model.index(row, 5).data() == "New deadline: Q2\u00a02027"

    view.propose_button.click()
    proposal = panel.entry()
    assert proposal.activity_id is None and proposal.change == "add"
    assert view.model.rowCount() == 4 and view.remove_button.isEnabled()
    assert proposal.objective_id == a1.objective_id  # the selected activity's objective
    panel.new_title.editor.setPlainText("Linja telefonike për të moshuarit")
    second = controller.doc.objectives[1]
    index = panel.objective_combo.findData(second.id)
    panel.objective_combo.setCurrentIndex(index)
    panel.objective_combo.activated.emit(index)
    qtbot.keyClicks(panel.budget_edit, "3000")
    qtbot.keyClick(panel.budget_edit, Qt.Key.Key_Return)
    kept = next(e for e in stored(controller).reviews[0].entries if e.activity_id is None)
    assert (kept.new_title.get("sq"), kept.objective_id, kept.budget_change) == (
        "Linja telefonike për të moshuarit",
        second.id,
        Decimal(3000),
    )
    assert panel.budget_edit.text() == "+3,000"

    view.propose_button.click()
    assert view.model.rowCount() == 5
    view.remove_button.click()
    assert view.model.rowCount() == 4
    assert len(stored(controller).reviews[0].entries) == 4
    controller.undo_stack.undo()
    assert len(stored(controller).reviews[0].entries) == 5


def test_close_revise_compare_and_reopen(view, controller, qtbot, monkeypatch, answer):
    view.start_button.click()
    a1 = first_activity(controller)
    entry_id = next(e.id for e in view.review().entries if e.activity_id == a1.id)
    controller.apply(rv.update_review_entry, entry_id, status="delayed", change="deadline", new_end="2027-Q2")
    view.select_entry(entry_id)
    asked = []
    monkeypatch.setattr(review_view, "ask_adoption_date", lambda _parent, year: asked.append(year) or date(2026, 1, 20))
    view.close_button.click()
    assert asked == [2025]
    review = stored(controller).reviews[0]
    assert (review.state, review.closed_on) == ("closed", "2026-01-20")
    assert view.review_combo.currentText() == "2025 · closed, adopted on 20.01.2026"
    assert "Read-only" in view.state_label.text()

    # Closed: nothing can be edited, from the table or the panel.
    row = row_of_activity(view, a1.id)
    assert not view.model.flags(view.model.index(row, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.setData(view.model.index(row, COL_PROGRESS), 80)
    assert view.panel.comment.editor.isReadOnly() and view.panel.updated_edit.isReadOnly()
    assert not view.propose_button.isVisible() and not view.close_button.isEnabled()
    with qtbot.waitSignal(controller.operation_refused):
        controller.apply(rv.set_spending, entry_id, "municipal", 100)
    assert stored_entry(controller, a1.id).spending == []

    assert view.revise_button.isEnabled()
    seen = answer("Create revised plan")
    view.revise_button.click()
    assert "Version 1 stays as it was, read-only" in seen[0]
    doc = stored(controller)
    old, new = doc.action_plans
    assert old.superseded_by == new.id and new.version == 2 and (new.start_year, new.end_year) == (2026, 2027)
    assert not view.revise_button.isEnabled()
    assert "Version 2 of the plan was made from it." in view.state_label.text()
    assert view.start_button.text() == "Start review of 2026"  # the plan in force is now version 2

    copy = controller.doc.ordered_activities(controller.doc.action_plan)[0]
    controller.set_text(copy.id, "title", "sq", "Qendra <b>ditore</b> & më shumë")
    view.compare_button.click()
    dialog = view.compare_dialog
    assert dialog is not None and dialog.isVisible()
    rows = {(r.item, r.what): r for r in dialog.rows}
    title = rows[("1.1 Qendra <b>ditore</b> & më shumë", "Title (Albanian)")]
    assert (title.old, title.new) == ("Qendra ditore", "Qendra <b>ditore</b> & më shumë")
    assert "&lt;b&gt;ditore&lt;/b&gt; &amp;" in title.html and "<b>ditore" not in title.html
    assert "background:#dcfce7" in title.html  # the inserted words are highlighted
    frame = rows[("1.1 Qendra <b>ditore</b> & më shumë", "Time frame")]
    assert (frame.old, frame.new) == ("H1\u00a02025 – 2026", "H1\u00a02025 – Q2\u00a02027")
    assert dialog.table.rowCount() == len(dialog.rows) and dialog.table.item(0, 0).text().startswith("1.1")
    assert "1 activity changed" in dialog.summary.text()
    dialog.close()

    controller.undo_stack.undo()  # the title
    controller.undo_stack.undo()  # the revision
    assert len(stored(controller).action_plans) == 1 and not stored(controller).action_plans[0].superseded_by
    assert view.revise_button.isEnabled()

    seen = answer("Re-open")
    view.reopen_button.click()
    assert "only to correct a mistake" in seen[-1]  # (the answers list accumulates)
    assert stored(controller).reviews[0].state == "open"
    assert not view.panel.comment.editor.isReadOnly() and view.close_button.isEnabled()
    controller.undo_stack.undo()
    assert stored(controller).reviews[0].state == "closed"


def test_a_read_only_document_shows_reviews_without_editing(qtbot, tmp_path, doc):
    rv.start_review(doc, doc.action_plan.id, 2025)
    path = tmp_path / "ro.plan"
    write_new(doc, path)
    session = DocumentSession.open(path, read_only=True)
    from desktop.gui.controller import DocumentController

    view = ReviewView(DocumentController(session))
    qtbot.addWidget(view)
    try:
        assert view.review() is not None and view.model.rowCount() == 3
        assert not view.start_button.isEnabled() and not view.close_button.isEnabled()
        assert not view.model.flags(view.model.index(0, COL_STATUS)) & Qt.ItemFlag.ItemIsEditable
        assert view.panel.comment.editor.isReadOnly()
        assert "read-only" in view.state_label.text()
    finally:
        session.close()


def test_the_edit_area_builds_the_review_tab_when_first_shown(qtbot, controller):
    area = EditArea(controller)
    qtbot.addWidget(area)
    assert area.review_view is None
    area.setCurrentWidget(area.review_page)
    assert area.review_view is not None and area.tabText(area.indexOf(area.review_page)) == "Review"
    area.review_view.start_button.click()
    area.set_languages("sr", "sq")
    row = area.review_view.model.row_of(area.review_view.panel.entry_id)
    assert area.review_view.model.index(row, COL_ACTIVITY).data() == "Dnevni centar"
    assert area.review_view.panel.comment.reference.isVisibleTo(area.review_view.panel)


def test_a_wrong_date_is_explained_and_undoing_the_start_empties_the_view(view, controller, qtbot):
    view.start_button.click()
    panel = view.panel
    qtbot.keyClicks(panel.updated_edit, "31.02.2025")
    qtbot.keyClick(panel.updated_edit, Qt.Key.Key_Return)
    assert panel.message.text().startswith("Write the date as dd.mm.yyyy")
    assert all(e.updated is None for e in stored(controller).reviews[0].entries)
    controller.undo_stack.undo()
    assert stored(controller).reviews == [] and view.review() is None
    assert view.empty_label.isVisible() and not view.splitter.isVisible()
    assert view.start_button.text() == "Start review of 2025"
    controller.undo_stack.redo()
    assert view.review() is not None and view.model.rowCount() == 3 and panel.entry() is not None
