"""The grid follows the plan's columns, levels and numbering, in the real main window: the Columns dialog, indent
and outdent from the grid, the numbering choice, and a real plan's table pasted (Roskovec, seed 001) with its
numbers and its "Sqarim" column; each checked in the stored file after reopening, and undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core import operations as op
from desktop.core.columns import cell_text, columns_of
from desktop.gui.plan.columns_dialog import ColumnsDialog
from desktop.gui.plan.paste_dialog import PasteDialog
from desktop.gui.plan.plan_table_model import COLUMN_COUNT, DEPTH_ROLE, Column
from tests.core.test_table_import import ROSKOVEC_TSV
from tests.gui.conftest import reopen, when_modal


def open_plan(window, plan_file):
    assert window.open_file(plan_file)
    doc = window.controller.doc
    window.select_entity(doc.action_plan.id, "action_plan")
    QApplication.processEvents()
    grid = window.edit_area.grid
    assert grid.model.plan_id == doc.action_plan.id
    return grid, doc


def header_texts(grid) -> list[str]:
    """The grid's column headers as the user sees them, left to right (hidden ones left out)."""
    header = grid.view.horizontalHeader()
    out = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            out.append(grid.model.headerData(logical, Qt.Orientation.Horizontal))
    return out


def run_modal(window, action_name: str, kind: type, steps) -> None:
    """Trigger a window action that opens a modal dialog of `kind`, and do `steps` in it as the user."""
    done = []

    def act(dialog) -> None:
        try:
            steps(dialog)
            done.append(True)
        finally:
            dialog.accept()

    when_modal(kind, act)
    window.findChild(QAction, action_name).trigger()
    assert done, "the dialog's steps did not run to the end"


def test_columns_dialog_adds_hides_renames_and_reorders(window, plan_file, qtbot):
    grid, doc = open_plan(window, plan_file)
    plan = doc.action_plan
    first = doc.ordered_activities(plan)[0]
    assert "Notes" not in header_texts(grid)  # hidden by default: a plan prints no notes unless it asks

    def steps(dialog: ColumnsDialog) -> None:
        dialog.new_name.setText("Sqarim")
        dialog.add_button.click()
        assert "Sqarim (the plan's own)" in [dialog.list.item(i).text() for i in range(dialog.list.count())]
        partners = dialog.keys().index("partners")
        dialog.list.item(partners).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.select("responsible")
        dialog.name_language.setCurrentIndex(dialog.name_language.findData("sq"))
        dialog.name_edit.setText("Kush e bën")
        dialog.rename_button.click()
        standard = {c.key for c in columns_of(plan) if c.key}
        sqarim = next(k for k in list(dialog.keys()) if k not in standard)
        assert dialog.keys().index(sqarim) == 1  # added after the chosen column (No.)
        assert dialog.select(sqarim)
        dialog.down_button.click()  # after the activity's title
        assert dialog.keys().index(sqarim) == 2

    run_modal(window, "plan_columns", ColumnsDialog, steps)
    QApplication.processEvents()
    plan = window.controller.doc.action_plan
    sqarim = next(c for c in plan.columns if not c.key)
    assert header_texts(grid)[:4] == ["No.", "Activity", "Sqarim", "Kush e bën"]
    assert "Partners" not in header_texts(grid)
    assert grid.view.isColumnHidden(Column.PARTNERS)

    # The own column is edited in its cell, as any text of the activity.
    column = grid.model.column_of(sqarim.id)
    assert column == COLUMN_COUNT
    index = grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(first.id), column))
    assert grid.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert grid.proxy.setData(index, "Shpjegimi i aktivitetit")
    assert grid.proxy.data(index) == "Shpjegimi i aktivitetit"
    QApplication.processEvents()
    assert "Change a column's text" in window.undo_action.text()  # Edit > Undo names the step
    assert window.save()

    stored = reopen(plan_file).action_plan
    keys = [c.key or c.name.get("sq") for c in stored.columns]
    assert keys[:4] == ["number", "activity", "Sqarim", "responsible"]
    stored_columns = {c.key: c for c in stored.columns if c.key}
    assert stored_columns["partners"].hidden and stored_columns["responsible"].name.get("sq") == "Kush e bën"
    own = next(c for c in stored.columns if not c.key)
    act = next(a for a in stored.activities if a.id == first.id)
    assert cell_text(stored, own, act).get("sq") == "Shpjegimi i aktivitetit"

    # Undo takes the steps back one by one: the text, the move, the name, the hidden column, the new column.
    window.undo()
    QApplication.processEvents()
    assert not grid.proxy.data(grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(first.id), column)))
    for _step in range(20):
        if not any(not c.key for c in window.controller.doc.action_plan.columns):
            break
        window.undo()
        QApplication.processEvents()
    assert not any(not c.key for c in window.controller.doc.action_plan.columns)
    assert grid.model.columnCount() == COLUMN_COUNT
    assert "Partners" in header_texts(grid) and "Responsible" in header_texts(grid)


def test_deleting_an_own_column_asks_first(window, plan_file, answer):
    open_plan(window, plan_file)

    def steps(dialog: ColumnsDialog) -> None:
        dialog.new_name.setText("Strategjia")
        dialog.new_level.setCurrentIndex(dialog.new_level.findData("objective"))
        column_id = dialog.add_column()
        assert column_id and dialog.select(column_id)
        seen = answer("Cancel")
        dialog.delete_button.click()
        assert seen and "Strategjia" in seen[0]
        assert column_id in list(dialog.keys())
        answer("Delete")
        dialog.delete_button.click()
        assert column_id not in list(dialog.keys())

    run_modal(window, "plan_columns", ColumnsDialog, steps)
    assert not any(not c.key for c in window.controller.doc.action_plan.columns)


def test_objective_column_shows_on_the_objective_band(window, plan_file):
    from desktop.core import columns

    grid, doc = open_plan(window, plan_file)
    plan = doc.action_plan
    # right after No., as the Korçë plan has its strategy beside the objective
    change = window.controller.apply(columns.add_column, plan.id, {"sq": "Strategjia"}, level="objective", index=1)
    column_id = next(e for e in change.upserted if not getattr(doc.find(e), "key", "x"))
    QApplication.processEvents()
    objective = doc.objectives[0]
    column = grid.model.column_of(column_id)
    band = grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(objective.id), column))
    assert grid.proxy.flags(band) & Qt.ItemFlag.ItemIsEditable
    assert grid.proxy.setData(band, "Qasja e objektivit")
    assert grid.proxy.data(band) == "Qasja e objektivit"
    assert cell_text(plan, doc.find(column_id), objective).get("sq") == "Qasja e objektivit"
    # the band's span stops before the column, so its text shows beside the objective's title
    row = band.row()
    assert header_texts(grid)[:3] == ["No.", "Strategjia", "Activity"]
    assert grid.model.band_column() == Column.ACTIVITY  # the title goes where the band is widest
    assert grid.proxy.data(grid.proxy.index(row, Column.ACTIVITY)).endswith("Shërbime në komunitet")
    assert grid.view.columnSpan(row, Column.ACTIVITY) > 1
    assert grid.view.columnSpan(row, column) == 1  # not under the band's span: its own cell
    first = doc.activities_of(plan, objective)[0]
    activity_cell = grid.proxy.mapFromSource(grid.model.index(grid.model.row_of(first.id), column))
    assert not grid.proxy.flags(activity_cell) & Qt.ItemFlag.ItemIsEditable


def test_indent_and_outdent_from_the_grid_with_the_tree_keys(window, plan_file):
    grid, doc = open_plan(window, plan_file)
    plan = doc.action_plan
    parent, child = doc.activities_of(plan, doc.objectives[0])[:2]
    assert grid.visible_numbers()[:3] == ["1", "1.1", "1.2"]
    assert grid.select_activity(child.id, Column.ACTIVITY)
    grid.view.setFocus()
    QTest.keyClick(grid.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.controller.doc.find(child.id).parent_id == parent.id
    assert grid.visible_numbers()[:3] == ["1", "1.1", "1.1.1"]
    child_title = grid.model.index(grid.model.row_of(child.id), Column.ACTIVITY)
    assert grid.model.data(child_title, DEPTH_ROLE) == 1
    # the parent's budget is its own with its sub-activities', and the tooltip says so
    window.controller.apply(op.add_budget_line, child.id, 2025, 1000)
    QApplication.processEvents()
    budget = grid.model.index(grid.model.row_of(parent.id), Column.BUDGET)
    assert grid.model.data(budget).replace("\xa0", " ") == "61 500,50 EUR"  # 48,000 + 12,500.50 + 1,000
    assert "sub-activities" in grid.model.data(budget, Qt.ItemDataRole.ToolTipRole)
    assert window.save()
    stored = reopen(plan_file)
    assert next(a for a in stored.action_plan.activities if a.id == child.id).parent_id == parent.id

    # the context menu holds the same commands
    assert grid.outdent_action in grid.view.actions() and grid.indent_action in grid.view.actions()
    assert grid.select_activity(child.id, Column.ACTIVITY)
    grid.view.setFocus()
    QTest.keyClick(grid.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert window.controller.doc.find(child.id).parent_id is None
    window.undo()  # the outdent
    QApplication.processEvents()
    assert window.controller.doc.find(child.id).parent_id == parent.id
    window.undo()  # the budget line
    window.undo()  # the indent
    QApplication.processEvents()
    assert window.controller.doc.find(child.id).parent_id is None
    assert grid.visible_numbers()[:3] == ["1", "1.1", "1.2"]


def test_numbering_choice_in_the_grid_toolbar(window, plan_file):
    grid, _doc = open_plan(window, plan_file)
    combo = grid.numbering_combo
    combo.setCurrentIndex(combo.findData("running"))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()
    assert window.controller.doc.action_plan.numbering == "running"
    assert grid.visible_numbers() == ["1", "1", "2", "2", "3"]
    assert window.save()
    assert reopen(plan_file).action_plan.numbering == "running"
    window.undo()
    QApplication.processEvents()
    assert combo.currentData() == "by_objective"
    assert grid.visible_numbers()[:3] == ["1", "1.1", "1.2"]


def test_pasting_the_roskovec_programme_keeps_its_numbers_and_its_sqarim_column(window, plan_file):
    grid, doc = open_plan(window, plan_file)
    objective = doc.objectives[1]
    assert grid.select_activity(objective.id)
    QGuiApplication.clipboard().setText(ROSKOVEC_TSV)
    seen = {}

    def create(dialog: PasteDialog) -> None:
        seen["mapping"] = dialog.mapping()
        seen["new"] = [b.isVisible() and b.isChecked() for b in dialog.new_column_boxes]
        seen["keep"] = dialog.keep_numbers_box.isChecked()
        seen["summary"] = dialog.summary.text()
        dialog.create_button.click()

    when_modal(PasteDialog, create)
    assert window.paste_activities()
    QApplication.processEvents()
    assert seen["mapping"] == ["number", "title", "responsible", "timeframe", "new_column"]
    assert seen["new"] == [False, False, False, False, True] and seen["keep"]
    assert "9 activities" in seen["summary"] and "1 new column" in seen["summary"]
    doc = window.controller.doc
    plan = doc.action_plan
    assert plan.numbering == "kept"
    numbers = grid.visible_numbers()
    at = numbers.index("1.1")
    assert numbers[at - 1 : at + 8] == ["1", "1.1", "1.2", "1.3", "2", "3", "4", "5", "6"]
    assert "Sqarim" in header_texts(grid)
    sqarim = next(c for c in plan.columns if c.name.get("sq") == "Sqarim")
    pasted = doc.activities_of(plan, objective)[-9:]
    column = grid.model.column_of(sqarim.id)
    shown = grid.model.data(grid.model.index(grid.model.row_of(pasted[0].id), column))
    assert shown == "Ky aktivitet realizohet me IT."
    title = grid.model.index(grid.model.row_of(pasted[1].id), Column.ACTIVITY)
    assert grid.model.data(title) == "Ngritja e rubrikave për publikimin e njoftimeve"
    assert grid.model.data(title, DEPTH_ROLE) == 1

    # The activity panel shows the source's number while the plan keeps it, and edits it.
    panel = window.edit_area.activity_panel
    assert grid.select_activity(pasted[3].id)
    QApplication.processEvents()
    assert panel.activity_id == pasted[3].id
    assert not panel.number_row.isHidden() and panel.number_edit.text() == "1.3"
    panel.number_edit.setText("1.3a")
    panel.number_edit.editingFinished.emit()
    QApplication.processEvents()
    assert window.controller.doc.find(pasted[3].id).number == "1.3a"
    assert "1.3a" in grid.visible_numbers()
    window.undo()
    QApplication.processEvents()
    assert panel.number_edit.text() == "1.3"
    assert window.save()

    stored = reopen(plan_file)
    stored_numbers = stored.numbers()
    stored_plan = stored.action_plan
    again = [a for a in stored_plan.activities if a.id in {p.id for p in pasted}]
    assert [stored_numbers[a.id] for a in again] == ["1", "1.1", "1.2", "1.3", "2", "3", "4", "5", "6"]
    stored_sqarim = next(c for c in stored_plan.columns if c.id == sqarim.id)
    assert cell_text(stored_plan, stored_sqarim, again[5]).get("sq") == "Një spot video."

    window.undo()  # the paste is one step
    QApplication.processEvents()
    doc = window.controller.doc
    assert not any(not c.key for c in doc.action_plan.columns)
    assert doc.action_plan.numbering == "by_objective"
    assert len(doc.activities_of(doc.action_plan, doc.objectives[1])) == 1
    assert "Sqarim" not in header_texts(grid)
    assert grid.select_activity(doc.activities_of(doc.action_plan, doc.objectives[0])[0].id)
    QApplication.processEvents()
    assert panel.number_row.isHidden()  # numbered by objective: the source's number has no use


def test_pasting_the_korce_action_plan_offers_its_strategy_as_a_text_per_objective(window, plan_file):
    from tests.core.test_table_import import KORCE_HEADER, KORCE_ROWS

    grid, _doc = open_plan(window, plan_file)
    QGuiApplication.clipboard().setText("\n".join("\t".join(row) for row in [KORCE_HEADER, *KORCE_ROWS]) + "\n")
    seen = {}

    def create(dialog: PasteDialog) -> None:
        box = dialog.new_column_boxes[1]
        seen["offered"] = (dialog.column_combos[1].currentData(), box.isVisible(), box.isChecked())
        box.setChecked(False)  # left out: no column is added
        seen["without"] = dialog.new_columns()
        box.setChecked(True)
        seen["with"] = dialog.new_columns()
        seen["keep"] = dialog.keep_numbers_box.isChecked()
        dialog.create_button.click()

    when_modal(PasteDialog, create)
    assert window.paste_activities()
    QApplication.processEvents()
    assert seen["offered"] == ("new_objective_column", True, True)
    assert seen["without"] == {}
    assert seen["with"] == {"new:1": ("Strategjia për përmbushjen e tij", "objective")}
    assert seen["keep"]  # "1.1 Hartimi …": the typed numbers were found
    doc = window.controller.doc
    plan = doc.action_plan
    strategy = next(c for c in plan.columns if not c.key)
    first = next(o for o in doc.objectives if o.title.get("sq").startswith("1. Të krijojë"))
    band = grid.model.index(grid.model.row_of(first.id), grid.model.column_of(strategy.id))
    assert grid.model.data(band) == "Stafi i qendrës angazhohet menjëherë."
    titles = [a.title.get("sq") for a in doc.activities_of(plan, first)]
    assert titles[0] == "Hartimi i një strategjie për prezantimin e QKK."  # the typed "1.1" went to the number
    assert [doc.numbers()[a.id] for a in doc.activities_of(plan, first)] == ["1.1", "1.4", "1.5"]
    assert window.save()
    stored = reopen(plan_file)
    stored_strategy = next(c for c in stored.action_plan.columns if not c.key)
    assert stored_strategy.level == "objective"
    assert cell_text(stored.action_plan, stored_strategy, stored.find(first.id)).get("sq").startswith("Stafi")
