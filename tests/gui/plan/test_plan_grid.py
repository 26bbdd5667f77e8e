"""The action-plan grid: cells edit the stored plan, actions renumber and undo, filters, sorting, a large plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from desktop.core import operations as op
from desktop.core.columns import set_column_hidden
from desktop.core.model import Activity, Document
from desktop.demo.large import build_large
from desktop.gui.controller import DocumentController
from desktop.gui.plan.grid_delegates import TextCellEditor, TimeFrameEditor, normalise_time
from desktop.gui.plan.plan_grid import PlanGrid
from desktop.gui.plan.plan_table_model import (
    FALLBACK_COLOR,
    FALLBACK_TEXT_ROLE,
    Column,
    PlanTableModel,
    TimeFrameValue,
    number_key,
)
from desktop.i18n import gettext_for
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession


def open_grid(qtbot, path: Path, doc: Document, lang: str = "sq") -> tuple[PlanGrid, DocumentSession]:
    write_new(doc, path)
    session = DocumentSession.open(path)
    grid = PlanGrid(DocumentController(session), lang=lang)
    qtbot.addWidget(grid)
    grid.resize(1366, 700)
    grid.show()
    return grid, session


@pytest.fixture
def grid(qtbot, tmp_path, doc) -> Iterator[PlanGrid]:
    g, session = open_grid(qtbot, tmp_path / "plan.plan", doc)
    yield g
    session.close()


def ctl(grid: PlanGrid) -> DocumentController:
    return grid.controller


def cell(grid: PlanGrid, entity_id: str, column: int) -> QModelIndex:
    """The view's (proxy) index of an activity's cell."""
    return grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(entity_id), column))


def shown(grid: PlanGrid, entity_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return grid.proxy.data(cell(grid, entity_id, column), role)


def plain(text: object) -> str:
    """Amounts use no-break spaces (the number never wraps away from its currency): compare with plain ones."""
    return str(text).replace("\u00a0", " ").replace("\u202f", " ")


def activities(grid: PlanGrid) -> list[Activity]:
    doc = ctl(grid).doc
    return doc.ordered_activities(doc.action_plan)


def titles(grid: PlanGrid) -> list[str]:
    return [grid.model.display_text(grid.model.row_of(a), Column.ACTIVITY) for a in grid.visible_activity_ids()]


# -- showing -------------------------------------------------------------------------------------------


def test_rows_are_objective_bands_then_their_numbered_activities(grid):
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2", "2.1"]
    first = activities(grid)[0]
    assert shown(grid, first.id, Column.ACTIVITY) == "Qendra ditore"
    assert shown(grid, first.id, Column.TIMEFRAME) == "H1\u00a02025 – 2026"
    assert plain(shown(grid, first.id, Column.BUDGET)) == "20 000,50 EUR"
    sq = gettext_for("sq")  # funding sources are plan vocabulary: in the plan's language, not the interface's
    donor = sq("Donor: {name}").format(name="UNICEF")
    assert shown(grid, first.id, Column.FUNDING) == f"{sq('Municipal budget')}\n{donor}"
    assert shown(grid, first.id, Column.INDICATORS) == "Numri i përfituesve"
    assert shown(grid, first.id, Column.TARGET_GROUPS) == "Të moshuarit"
    band = grid.proxy.index(0, 0)
    assert grid.proxy.data(band) == "1\u2003Objektivi 1"
    assert grid.view.columnSpan(0, 0) == len(Column)
    assert not grid.proxy.flags(band) & Qt.ItemFlag.ItemIsEditable
    assert grid.count_label.text() == "3 activities"
    assert grid.view.dragEnabled() and grid.view.viewport().acceptDrops()  # rows can be dragged from the start


def test_amounts_follow_the_language(grid):
    first = activities(grid)[0]
    grid.set_language("en")
    assert plain(shown(grid, first.id, Column.BUDGET)) == "20,000.50 EUR"
    grid.set_language("sr")
    assert plain(shown(grid, first.id, Column.BUDGET)) == "20.000,50 EUR"
    assert shown(grid, first.id, Column.ACTIVITY) == "Dnevni centar"


def test_missing_translation_shows_the_fallback_in_grey_italics(grid):
    grid.set_language("en")
    first = activities(grid)[0]
    assert shown(grid, first.id, Column.ACTIVITY) == "Qendra ditore"
    assert shown(grid, first.id, Column.ACTIVITY, Qt.ItemDataRole.ForegroundRole) == FALLBACK_COLOR
    assert shown(grid, first.id, Column.ACTIVITY, Qt.ItemDataRole.FontRole).italic()
    assert "Not yet translated into English" in shown(grid, first.id, Column.ACTIVITY, Qt.ItemDataRole.ToolTipRole)
    # The editor starts empty (never saving the Albanian as English) and offers it as a placeholder.
    assert shown(grid, first.id, Column.ACTIVITY, Qt.ItemDataRole.EditRole) == ""
    assert shown(grid, first.id, Column.ACTIVITY, FALLBACK_TEXT_ROLE) == "Qendra ditore"
    grid.set_language("sq")
    assert shown(grid, first.id, Column.ACTIVITY, Qt.ItemDataRole.ForegroundRole) is None


# -- editing -------------------------------------------------------------------------------------------------


def test_editing_a_cell_stores_the_text_and_undo_restores_it(grid):
    session = ctl(grid).session
    first = activities(grid)[0]
    assert grid.proxy.setData(cell(grid, first.id, Column.ACTIVITY), "Qendra ditore për të rinjtë ë")
    assert grid.proxy.setData(cell(grid, first.id, Column.RESPONSIBLE), "Drejtoria e Mirëqenies")
    stored = session.reload().find(first.id)
    assert stored.title.get("sq") == "Qendra ditore për të rinjtë ë"
    assert stored.responsible.get("sq") == "Drejtoria e Mirëqenies"
    assert shown(grid, first.id, Column.ACTIVITY) == "Qendra ditore për të rinjtë ë"
    ctl(grid).undo_stack.undo()
    ctl(grid).undo_stack.undo()
    assert shown(grid, first.id, Column.ACTIVITY) == "Qendra ditore"
    assert session.reload().find(first.id).title.get("sq") == "Qendra ditore"


def test_two_edits_of_one_cell_are_two_undo_steps(grid):
    first = activities(grid)[0]
    index = cell(grid, first.id, Column.NOTES)
    grid.proxy.setData(index, "Shënimi i parë")
    grid.proxy.setData(cell(grid, first.id, Column.NOTES), "Shënimi i dytë")
    assert ctl(grid).undo_stack.count() == 2
    ctl(grid).undo_stack.undo()
    assert shown(grid, first.id, Column.NOTES) == "Shënimi i parë"


def test_budget_funding_indicator_and_groups_are_read_only_here(grid):
    first = activities(grid)[0]
    for column in (Column.NUMBER, Column.BUDGET, Column.FUNDING, Column.INDICATORS, Column.TARGET_GROUPS):
        assert not grid.proxy.flags(cell(grid, first.id, column)) & Qt.ItemFlag.ItemIsEditable
        assert not grid.proxy.setData(cell(grid, first.id, column), "x")


def test_typing_in_the_cell_editor_and_enter(grid, qtbot):
    second = activities(grid)[1]
    grid.select_activity(second.id, Column.PARTNERS)
    grid.view.edit(grid.view.currentIndex())
    editor = grid.view.viewport().findChildren(TextCellEditor)[0]
    editor.setPlainText("Qendra për Punë Sociale\nShoqata „Ndihma“")  # non-ASCII: setPlainText, not keyClicks
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ctl(grid).session.reload().find(second.id).partners.get("sq") == "Qendra për Punë Sociale\nShoqata „Ndihma“"
    assert shown(grid, second.id, Column.PARTNERS) == "Qendra për Punë Sociale\nShoqata „Ndihma“"


def test_time_frame_is_edited_with_its_own_editor(grid, qtbot):
    second = activities(grid)[1]
    grid.select_activity(second.id, Column.TIMEFRAME)
    grid.view.edit(grid.view.currentIndex())
    editor = grid.view.viewport().findChildren(TimeFrameEditor)[0]
    editor.start_edit.setText("Q3 2025")  # as the grid shows it: read as 2025-Q3
    editor.end_edit.setText("2027")
    editor.note_edit.setText("çdo vit")
    assert editor.problem_text() == ""
    qtbot.keyClick(editor.end_edit, Qt.Key.Key_Return)
    stored = ctl(grid).session.reload().find(second.id)
    assert (stored.start, stored.end, stored.timeframe_note.get("sq")) == ("2025-Q3", "2027", "çdo vit")
    assert shown(grid, second.id, Column.TIMEFRAME) == "Q3\u00a02025 – 2027\nçdo vit"


def test_an_invalid_time_frame_is_refused_with_a_message(grid, qtbot):
    first = activities(grid)[0]
    index = cell(grid, first.id, Column.TIMEFRAME)
    assert not grid.proxy.setData(index, TimeFrameValue("2026", "2025-Q1", ""))
    assert grid.message.isVisible()
    assert "ends before it starts" in grid.message.text()
    assert not grid.proxy.setData(cell(grid, first.id, Column.TIMEFRAME), TimeFrameValue("next spring", None, ""))
    assert "is not a year" in grid.message.text()
    stored = ctl(grid).doc.find(first.id)
    assert (stored.start, stored.end) == ("2025-H1", "2026")
    # the editor says so while typing
    grid.select_activity(first.id, Column.TIMEFRAME)
    grid.view.edit(grid.view.currentIndex())
    editor = grid.view.viewport().findChildren(TimeFrameEditor)[0]
    editor.start_edit.setText("2025-Q5")
    assert editor.problem.isVisibleTo(editor) and "is not a time" in editor.problem.text()
    qtbot.keyClick(editor.start_edit, Qt.Key.Key_Escape)
    assert ctl(grid).doc.find(first.id).start == "2025-H1"


def test_time_frame_as_text_is_accepted_by_set_data(grid):
    third = activities(grid)[2]
    assert grid.proxy.setData(cell(grid, third.id, Column.TIMEFRAME), "2025-H2 – 2026-05")
    stored = ctl(grid).session.reload().find(third.id)
    assert (stored.start, stored.end) == ("2025-H2", "2026-05")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2025", "2025"), ("2025-h1", "2025-H1"), ("H1 2025", "2025-H1"), ("q3/2025", "2025-Q3"), ("5.2025", "2025-05")],
)
def test_time_points_are_read_as_people_write_them(typed, stored):
    assert normalise_time(typed) == stored


# -- actions -----------------------------------------------------------------------------------------------------


def test_add_activity_below_the_current_one_renumbers_and_undoes(grid):
    first = activities(grid)[0]
    grid.select_activity(first.id)
    grid.view.setFocus()
    grid.add_action.trigger()
    new_id = grid.current_activity_id()
    assert new_id not in (a.id for a in activities(grid)[:1])
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "1.3", "2", "2.1"]
    assert grid.visible_activity_ids()[1] == new_id
    assert ctl(grid).session.reload().find(new_id) is not None
    grid.view.closePersistentEditor(grid.view.currentIndex())
    ctl(grid).undo_stack.undo()
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2", "2.1"]
    assert ctl(grid).doc.find(new_id) is None


def test_insert_above_duplicate_and_delete(grid):
    first, second, _third = activities(grid)
    grid.select_activity(second.id)
    grid.insert_above_action.trigger()
    inserted = grid.current_activity_id()
    assert grid.visible_activity_ids()[:3] == [first.id, inserted, second.id]
    grid.select_activity(first.id)
    grid.duplicate_action.trigger()
    copy = grid.current_activity_id()
    assert grid.visible_activity_ids()[:2] == [first.id, copy]
    assert shown(grid, copy, Column.ACTIVITY) == "Qendra ditore"
    assert shown(grid, copy, Column.NUMBER) == "1.2"
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "1.3", "1.4", "2", "2.1"]
    grid.select_activity(copy)
    grid.delete_action.trigger()
    assert copy not in grid.visible_activity_ids()
    assert grid.current_activity_id() == inserted  # the row that took its place
    assert ctl(grid).session.reload().find(copy) is None
    ctl(grid).undo_stack.undo()
    assert grid.visible_activity_ids()[:2] == [first.id, copy]


def test_delete_key_deletes_without_asking(grid, qtbot):
    third = activities(grid)[2]
    grid.select_activity(third.id)
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert QApplication.activeModalWidget() is None
    assert ctl(grid).doc.find(third.id) is None
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2"]


def test_move_within_and_across_objectives(grid, qtbot):
    first, second, third = activities(grid)
    o1, o2 = (o.id for o in ctl(grid).doc.objectives)
    grid.select_activity(first.id)
    grid.move_down_action.trigger()
    assert grid.visible_activity_ids() == [second.id, first.id, third.id]
    assert shown(grid, first.id, Column.NUMBER) == "1.2"
    assert grid.current_activity_id() == first.id
    grid.move_down_action.trigger()  # past the edge: the top of objective 2
    assert ctl(grid).doc.find(first.id).objective_id == o2
    assert grid.visible_numbers() == ["1", "1.1", "2", "2.1", "2.2"]
    assert grid.visible_activity_ids() == [second.id, first.id, third.id]
    assert grid.current_activity_id() == first.id
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # back: the end of objective 1
    assert ctl(grid).doc.find(first.id).objective_id == o1
    assert grid.visible_activity_ids() == [second.id, first.id, third.id]
    assert ctl(grid).session.reload().find(first.id).objective_id == o1
    ctl(grid).undo_stack.undo()
    ctl(grid).undo_stack.undo()
    ctl(grid).undo_stack.undo()
    assert grid.visible_activity_ids() == [first.id, second.id, third.id]


def test_add_objective_and_delete_it_while_empty(grid, answer):
    oid = grid.add_objective()
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2", "2.1", "3"]
    assert grid.current_objective_id() == oid
    assert grid.current_activity_id() == ""
    new_id = grid.add_activity()  # on a band: into that objective
    assert ctl(grid).doc.find(new_id).objective_id == oid
    assert shown(grid, new_id, Column.NUMBER) == "3.1"
    grid.view.closePersistentEditor(grid.view.currentIndex())
    grid.select_activity(oid)
    seen = answer("Cancel")
    assert not grid.delete_current()  # it has an activity now: asked first, and Cancel keeps both
    assert "activities: 1" in seen[0]
    assert ctl(grid).doc.find(oid) is not None and ctl(grid).doc.find(new_id) is not None
    ctl(grid).undo_stack.undo()
    grid.select_activity(oid)
    assert grid.delete_current()
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2", "2.1"]


def test_current_row_is_announced(grid, qtbot):
    first = activities(grid)[0]
    with qtbot.waitSignal(grid.activity_selected) as blocker:
        grid.select_activity(first.id)
    assert blocker.args == [first.id]
    o2 = ctl(grid).doc.objectives[1].id
    with qtbot.waitSignal(grid.activity_selected) as blocker:
        grid.select_activity(o2)
    assert blocker.args == [""]


# -- drag and drop ---------------------------------------------------------------------------------------------


def test_dropping_an_activity_on_another_objective_moves_it(grid):
    model: PlanTableModel = grid.model
    first, second, third = activities(grid)
    o2 = ctl(grid).doc.objectives[1].id
    grid.select_activity(first.id)
    mime = model.mimeData([model.index(model.row_of(first.id), Column.ACTIVITY)])
    band = model.index(model.row_of(o2), 0)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, band)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, band)  # onto the band: its top
    assert ctl(grid).session.reload().find(first.id).objective_id == o2
    assert grid.visible_activity_ids() == [second.id, first.id, third.id]
    assert shown(grid, first.id, Column.NUMBER) == "2.1"
    assert shown(grid, third.id, Column.NUMBER) == "2.2"
    assert grid.current_activity_id() == first.id  # the selection follows the moved activity
    # between rows: just above the band of objective 2 is the end of objective 1
    mime = model.mimeData([model.index(model.row_of(third.id), 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, model.row_of(o2), 0, QModelIndex())
    assert grid.visible_numbers() == ["1", "1.1", "1.2", "2", "2.1"]
    assert grid.visible_activity_ids() == [second.id, third.id, first.id]
    ctl(grid).undo_stack.undo()
    ctl(grid).undo_stack.undo()
    assert grid.visible_activity_ids() == [first.id, second.id, third.id]


def test_dropping_through_the_proxy_and_foreign_data(grid):
    first, second, _third = activities(grid)
    proxy = grid.proxy
    mime = proxy.mimeData([cell(grid, second.id, 0)])
    assert proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, cell(grid, first.id, 0))  # onto: before it
    assert grid.visible_activity_ids()[:2] == [second.id, first.id]
    from PySide6.QtCore import QMimeData

    foreign = QMimeData()
    foreign.setText("not ours")
    assert not grid.model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


# -- filters and sorting ---------------------------------------------------------------------------------------------


def test_filters_reduce_the_rows(grid, qtbot):
    first, second, third = activities(grid)
    doc = ctl(grid).doc
    group = doc.target_groups[0].id
    grid.set_filters(year=2025)
    assert grid.visible_activity_ids() == [first.id]
    assert grid.visible_numbers() == ["1", "1.1"]  # only bands with activities shown
    assert grid.count_label.text() == "1 of 3 activities"
    grid.set_filters(year=None, funding="donor")
    assert grid.visible_activity_ids() == [first.id]
    grid.set_filters(funding="donor:UNICEF")
    assert grid.visible_activity_ids() == [first.id]
    grid.set_filters(funding="central")
    assert grid.visible_activity_ids() == []
    grid.set_filters(funding=None, group_id=group)
    assert grid.visible_activity_ids() == [first.id]
    grid.clear_filters()
    grid.set_filters(objective_id=doc.objectives[1].id)
    assert grid.visible_activity_ids() == [third.id]
    grid.clear_filters()
    ctl(grid).apply(op.set_text, second.id, "responsible", "sq", "Qendra për Punë Sociale")
    grid.set_filters(responsible="punë soc")
    assert grid.visible_activity_ids() == [second.id]
    qtbot.waitUntil(lambda: grid.responsible_combo.findText("Qendra për Punë Sociale") >= 0)  # filled when idle
    grid.clear_filters()
    assert grid.visible_activity_ids() == [first.id, second.id, third.id]
    assert grid.count_label.text() == "3 activities"


def test_filters_follow_the_filter_bar_combos(grid):
    first = activities(grid)[0]
    years = [grid.year_combo.itemText(i) for i in range(grid.year_combo.count())]
    assert years[1:] == ["2025", "2026", "2027"]
    sources = [grid.source_combo.itemText(i) for i in range(grid.source_combo.count())]
    assert "Donor: UNICEF" in sources and "Municipal budget" in sources
    grid.year_combo.setCurrentIndex(years.index("2026"))
    assert grid.visible_activity_ids() == [first.id]


def test_an_activity_added_while_filtered_stays_visible(grid):
    first = activities(grid)[0]
    grid.set_filters(year=2025)
    grid.select_activity(first.id)
    new_id = grid.add_activity()
    assert grid.visible_activity_ids() == [first.id, new_id]
    grid.view.closePersistentEditor(grid.view.currentIndex())


def test_sorting_by_number_puts_1_2_before_1_10(qtbot, tmp_path, doc):
    plan, o1 = doc.action_plan, doc.objectives[0]
    for i in range(3, 12):
        op.add_activity(doc, plan.id, o1.id, {"title": {"sq": f"Aktiviteti {i}"}})
    grid, session = open_grid(qtbot, tmp_path / "many.plan", doc)
    try:
        assert number_key("1.10") > number_key("1.2")
        expected = [f"1.{i}" for i in range(1, 12)] + ["2.1"]
        assert [n for n in grid.visible_numbers() if "." in n] == expected
        grid.view.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
        assert grid.visible_numbers() == list(reversed(expected))  # no bands out of reading order
        assert not grid.view.dragEnabled()
        grid.view.sortByColumn(Column.ACTIVITY, Qt.SortOrder.AscendingOrder)
        sorted_titles = titles(grid)
        assert sorted_titles[:3] == ["Aktiviteti 3", "Aktiviteti 4", "Aktiviteti 5"]
        assert sorted_titles.index("Aktiviteti 9") < sorted_titles.index("Aktiviteti 10")  # numeric collation
        grid.view.sortByColumn(Column.BUDGET, Qt.SortOrder.DescendingOrder)
        assert grid.visible_numbers()[0] == "1.1"
        grid.view.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        assert grid.visible_numbers()[:2] == ["1", "1.1"]
        assert grid.view.dragEnabled()
    finally:
        session.close()


def test_column_state_is_saved_and_restored(grid, qtbot):
    grid.set_column_visible(Column.PARTNERS, False)
    grid.view.setColumnWidth(Column.ACTIVITY, 333)
    state = grid.save_state()
    assert isinstance(state, bytes) and state
    grid.reset_columns()
    assert not grid.view.isColumnHidden(Column.PARTNERS)
    assert grid.restore_state(state)
    assert grid.view.isColumnHidden(Column.PARTNERS)
    assert grid.view.columnWidth(Column.ACTIVITY) == 333
    menu = grid.column_menu()
    entries = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not entries["Partners"].isChecked()
    assert not entries["Activity"].isEnabled()  # the one column that cannot be hidden
    entries["Partners"].setChecked(True)
    assert not grid.view.isColumnHidden(Column.PARTNERS)
    menu.deleteLater()
    assert not grid.restore_state(b"")


def test_columns_the_plan_hides_are_not_saved_as_hidden_on_this_screen(grid):
    assert grid.view.isColumnHidden(Column.NOTES)  # the plan hides its notes unless it asks
    state = grid.save_state()
    assert grid.view.isColumnHidden(Column.NOTES)
    grid.model.apply(set_column_hidden, grid.model.plan_id, "notes", False)
    assert grid.restore_state(state)
    assert not grid.view.isColumnHidden(Column.NOTES)  # shown by the plan now: the saved view does not hide it


def test_rows_grow_with_wrapped_text(grid):
    first = activities(grid)[0]
    row = cell(grid, first.id, 0).row()
    one_line = grid.view.rowHeight(row)
    grid.proxy.setData(cell(grid, first.id, Column.PARTNERS), "Një partner me emër të gjatë " * 20)
    grid.view.fit_all_rows()
    assert grid.view.rowHeight(row) > 2 * one_line


def test_read_only_documents_cannot_be_edited(qtbot, tmp_path, doc):
    path = tmp_path / "ro.plan"
    write_new(doc, path)
    session = DocumentSession.open(path, read_only=True)
    try:
        grid = PlanGrid(DocumentController(session))
        qtbot.addWidget(grid)
        first = grid.visible_activity_ids()[0]
        assert not grid.proxy.flags(cell(grid, first, Column.ACTIVITY)) & Qt.ItemFlag.ItemIsEditable
        assert not grid.add_action.isEnabled()
        assert not grid.view.dragEnabled()
    finally:
        session.close()


# -- a large plan ------------------------------------------------------------------------------------------------


def test_a_thousand_activities_load_and_filter(qtbot, tmp_path):
    path = tmp_path / "large.plan"
    write_new(build_large(), path)
    session = DocumentSession.open(path)
    try:
        controller = DocumentController(session)
        grid = PlanGrid(controller, lang="sr")
        qtbot.addWidget(grid)
        grid.resize(1366, 700)
        grid.show()
        QApplication.processEvents()
        assert len(grid.visible_activity_ids()) == 1000  # its time is measured by `make bench`
        qtbot.waitUntil(grid.view.heights_settled, timeout=10_000)  # the rest, in the background
        last = grid.visible_activity_ids()[-1]
        assert grid.select_activity(last)
        assert shown(grid, last, Column.NUMBER) == "50.20"
        grid.set_filters(year=2025)
        assert 0 < len(grid.visible_activity_ids()) < 1000
    finally:
        session.close()


def test_shortcuts_work_on_the_table(grid, qtbot):
    first = activities(grid)[0]
    grid.select_activity(first.id)
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = grid.current_activity_id()
    assert copy != first.id and grid.visible_numbers() == ["1", "1.1", "1.2", "1.3", "2", "2.1"]
    qtbot.keyClick(grid.view, Qt.Key.Key_Insert)
    added = grid.current_activity_id()
    assert grid.visible_activity_ids()[:3] == [first.id, copy, added]
    editor = grid.view.viewport().findChildren(TextCellEditor)[0]  # the new title is being edited
    editor.setPlainText("Aktivitet i ri në fshat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert ctl(grid).session.reload().find(added).title.get("sq") == "Aktivitet i ri në fshat"
    assert ctl(grid).undo_stack.count() == 3
