"""Consultations in the window: kind, date, sessions, objectives and participants by gender reach the
stored document; bad counts and dates are refused with a message; totals add up; undo restores."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop import i18n
from desktop.core import group
from desktop.gui.controller import DocumentController
from desktop.gui.group.consultation_pages import (
    COL_LABEL,
    COL_MEN,
    COL_TOTAL,
    COL_UNSPECIFIED,
    COL_WOMEN,
    ConsultationPage,
    ConsultationsPage,
    parse_count,
)
from desktop.storage.session import DocumentSession


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def controller(qtbot, sample_doc):
    doc = sample_doc
    first = group.add_consultation(
        doc, "focus_group", "2024-03-12", {"title": {"sq": "Fokus grupe me të moshuarit"}}, sessions=4
    ).upserted[0]
    group.set_participants(doc, first, None, target_group_id=doc.target_groups[0].id, women=24, men=17, unspecified=2)
    group.add_consultation(doc, "public_hearing", "2024-05-02", {"place": {"sr": "Sala opštine"}})
    session = DocumentSession.create(doc)
    ctl = DocumentController(session)
    yield ctl
    session.close()


def stored(controller):
    return controller.session.reload()


@pytest.fixture
def page(qtbot, controller):
    p = ConsultationPage(controller)
    qtbot.addWidget(p)
    p.resize(1000, 800)
    p.show()
    p.set_entity(controller.doc.consultations[0].id)
    return p


def test_kind_date_sessions_and_texts_are_stored(page, controller):
    cid = page.entity_id
    page.method_combo.setCurrentIndex(page.method_combo.findData("workshop"))
    page.date_edit.setText("2024-03-14")
    page.date_edit.editingFinished.emit()
    page.sessions_spin.setValue(40)
    page.findings.editor.setPlainText("Kujdesi në shtëpi është nevoja e parë.")
    c = stored(controller).find(cid)
    assert (c.method, c.date, c.sessions) == ("workshop", "2024-03-14", 40)
    assert c.findings.get("sq") == "Kujdesi në shtëpi është nevoja e parë."

    for bad in ("14 March", "2024-02-30", "x" * 100_000, "\x00\x07"):
        page.date_edit.setText(bad)
        page.date_edit.editingFinished.emit()
        assert page.date_edit.text() == "2024-03-14"
        assert page.message.isVisible() and page.message.text()
    assert stored(controller).find(cid).date == "2024-03-14"

    controller.undo_stack.undo()  # findings
    controller.undo_stack.undo()  # sessions
    assert stored(controller).find(cid).sessions == 4 and page.sessions_spin.value() == 4


def test_the_objectives_it_shaped_are_ticked_and_stored(page, controller):
    cid = page.entity_id
    objectives = controller.doc.objectives
    assert list(page.objectives.boxes) == [o.id for o in objectives]
    assert [b.text() for b in page.objectives.boxes.values()] == ["1", "2"]
    page.objectives.boxes[objectives[1].id].setChecked(True)
    page.objectives.boxes[objectives[0].id].setChecked(True)
    assert stored(controller).find(cid).objective_ids == [objectives[0].id, objectives[1].id]  # in plan order
    page.objectives.boxes[objectives[1].id].setChecked(False)
    assert stored(controller).find(cid).objective_ids == [objectives[0].id]
    controller.undo_stack.undo()
    assert stored(controller).find(cid).objective_ids == [objectives[0].id, objectives[1].id]
    assert page.objectives.boxes[objectives[1].id].isChecked()


def test_participants_are_added_counted_and_totalled(qtbot, page, controller):
    cid = page.entity_id
    table = page.participants
    add = table.add_button
    # A group named here, not a target group of the strategy.
    table.new_target.setCurrentIndex(table.new_target.findData(""))
    table.new_name.setText("Punonjës socialë")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    c = stored(controller).find(cid)
    assert [g.label.get("sq") for g in c.participants] == ["", "Punonjës socialë"]
    row = 1
    assert table.table.item(row, COL_LABEL).text() == "Punonjës socialë"

    table.table.item(row, COL_WOMEN).setText("6")
    table.table.item(row, COL_MEN).setText(" 3 ")
    table.table.item(row, COL_UNSPECIFIED).setText("1 200")
    g = stored(controller).find(cid).participants[1]
    assert (g.women, g.men, g.unspecified) == (6, 3, 1200)
    assert table.table.item(row, COL_TOTAL).text() == "1209"
    totals_row = table.table.rowCount() - 1
    assert table.table.item(totals_row, 0).text() == "Total"
    assert [table.table.item(totals_row, c).text() for c in (COL_WOMEN, COL_MEN, COL_UNSPECIFIED, COL_TOTAL)] == [
        "30",
        "20",
        "1202",
        "1252",
    ]

    table.table.item(row, COL_LABEL).setText("Punonjës socialë të QPS")
    assert stored(controller).find(cid).participants[1].label.get("sq") == "Punonjës socialë të QPS"

    # A target group chosen for the named row.
    chooser = table.table.cellWidget(row, 0)
    chooser.setCurrentIndex(chooser.findData(controller.doc.target_groups[0].id))
    assert stored(controller).find(cid).participants[1].target_group_id == controller.doc.target_groups[0].id


@pytest.mark.parametrize("bad", ["-3", "abc", "1.5", "😀", "\x00", "9" * 100_000, "2000000"])
def test_a_bad_count_is_refused_and_the_stored_one_shown(page, controller, bad):
    cid = page.entity_id
    cell = page.participants.table.item(0, COL_WOMEN)
    cell.setText(bad)
    assert stored(controller).find(cid).participants[0].women == 24
    assert cell.text() == "24"
    assert page.participants.message.isVisible() and page.participants.message.text()


def test_an_empty_count_is_zero():
    assert parse_count("") == 0 and parse_count("1\u00a0200") == 1200 and parse_count("-1") is None


def test_adding_a_group_needs_a_name_or_a_target_group(qtbot, page, controller):
    table = page.participants
    table.new_target.setCurrentIndex(table.new_target.findData(""))
    table.new_name.setText("   ")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.message.isVisible() and table.message.text()
    assert len(stored(controller).find(page.entity_id).participants) == 1
    # A target group needs no name: the name box is for the other groups.
    table.new_target.setCurrentIndex(0)
    assert not table.new_name.isEnabled()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert len(stored(controller).find(page.entity_id).participants) == 2


def test_removing_a_group_and_undo(qtbot, page, controller):
    cid = page.entity_id
    table = page.participants
    table.table.setCurrentCell(0, COL_WOMEN)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert stored(controller).find(cid).participants == []
    assert table.table.rowCount() == 1  # the totals row
    controller.undo_stack.undo()
    assert stored(controller).find(cid).participants[0].women == 24
    assert table.table.item(0, COL_WOMEN).text() == "24"


def test_deleting_a_consultation_asks_first(page, controller, answer):
    cid = page.entity_id
    answer("Cancel")
    page.delete_button.click()
    assert stored(controller).find(cid) is not None
    seen = answer("Delete")
    page.delete_button.click()
    assert stored(controller).find(cid) is None
    assert "12.03.2024" in seen[0]
    controller.undo_stack.undo()
    assert stored(controller).find(cid).participants[0].men == 17


def test_a_read_only_plan_cannot_be_changed_here(page, controller):
    page.set_read_only(True)
    cid = page.entity_id
    assert not page.participants.controls.isVisible() and not page.delete_button.isEnabled()
    page.participants.table.item(0, COL_WOMEN).setText("99")
    page.date_edit.setText("2020-01-01")
    page.date_edit.editingFinished.emit()
    c = stored(controller).find(cid)
    assert (c.participants[0].women, c.date) == (24, "2024-03-12")


# -- the overview -------------------------------------------------------------------------------


@pytest.fixture
def overview(qtbot, controller):
    p = ConsultationsPage(controller)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.set_languages("sq", None)
    p.show()
    return p


def test_the_overview_sums_up_consultations_and_participants(overview, controller):
    summary = overview.summary.text()
    assert "2 consultations" in summary and "5 sessions" in summary
    assert "participants: 43 (women 24, men 17, not stated 2)" in summary
    table = overview.table
    assert [table.item(0, c).text() for c in range(table.columnCount())] == [
        "12.03.2024",
        "Focus group",
        "Fokus grupe me të moshuarit",
        "",
        "4",
        "43",
        "",
    ]
    assert table.item(1, 3).text() == "Sala opštine"  # in Serbian while the Albanian is missing
    objective = controller.doc.objectives[1]
    controller.apply(group.update_consultation, controller.doc.consultations[0].id, objective_ids=[objective.id])
    assert table.item(0, 6).text() == "2"


def test_adding_a_consultation_stores_it_and_asks_to_open_it(qtbot, overview, controller):
    requested = []
    overview.item_requested.connect(requested.append)
    overview.method_combo.setCurrentIndex(overview.method_combo.findData("interview"))
    qtbot.mouseClick(overview.add_button, Qt.MouseButton.LeftButton)
    new = stored(controller).consultations[-1]
    assert requested == [new.id]
    assert (new.method, new.date, new.sessions) == ("interview", date.today().isoformat(), 1)
    assert overview.table.rowCount() == 3 and "3 consultations" in overview.summary.text()
    controller.undo_stack.undo()
    assert len(stored(controller).consultations) == 2 and overview.table.rowCount() == 2


def test_double_click_asks_to_open_the_consultation(qtbot, overview, controller):
    requested = []
    overview.item_requested.connect(requested.append)
    table = overview.table
    rect = table.visualRect(table.model().index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested == [controller.doc.consultations[1].id]


def test_a_hidden_overview_catches_up_when_shown(overview, controller):
    overview.hide()
    controller.apply(group.add_consultation, "survey", "2023-11-01")
    assert overview.table.rowCount() == 2
    overview.show()
    assert overview.table.rowCount() == 3 and overview.table.item(0, 0).text() == "01.11.2023"  # by date


def test_a_group_cannot_lose_both_its_name_and_its_target_group(page, controller):
    cid = page.entity_id
    table = page.participants
    chooser = table.table.cellWidget(0, 0)
    chooser.setCurrentIndex(chooser.findData(""))  # the row has no name of its own
    assert table.message.isVisible()
    assert stored(controller).find(cid).participants[0].target_group_id == controller.doc.target_groups[0].id
    assert chooser.currentData() == controller.doc.target_groups[0].id

    table.table.item(0, COL_LABEL).setText("Të moshuar nga fshatrat")
    chooser.setCurrentIndex(chooser.findData(""))  # now it has one: fine
    assert stored(controller).find(cid).participants[0].target_group_id is None
    table.table.item(0, COL_LABEL).setText("")
    assert stored(controller).find(cid).participants[0].label.get("sq") == "Të moshuar nga fshatrat"
    assert table.table.item(0, COL_LABEL).text() == "Të moshuar nga fshatrat"
