"""The side-by-side translation view: rows, editing, filters, keys, glossary, changes and memory."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import i18n
from desktop.core import operations as op
from desktop.core.text import TState
from desktop.gui.translation.translation_view import NEEDS_WORK, TranslationTableModel, TranslationView

TARGET = TranslationTableModel.TARGET


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def view(qtbot, controller):
    w = TranslationView(controller, "sq", "sr")
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    yield w
    w.close_memory()


def stored(controller):
    return controller.session.reload()


def stored_text(controller, key, lang="sr"):
    return stored(controller).get(key[0]).text(key[1])


def row_with(view, sq_text: str) -> int:
    model = view.model
    for i in range(model.rowCount()):
        if model.index(i, TranslationTableModel.SOURCE).data() == sq_text:
            return i
    raise AssertionError(f"no row with source {sq_text!r}")


def select(view, sq_text: str) -> tuple[str, str]:
    row = row_with(view, sq_text)
    view.table.setCurrentIndex(view.model.index(row, TARGET))
    return view.model.rows[row].key


def test_one_row_per_text_field_with_text_in_document_order(view, controller):
    expected = [(e.id, name) for e in controller.doc.walk() for name in e.TEXTS if not e.text(name).is_empty()]
    assert [r.key for r in view.model.rows] == expected
    contexts = [view.model.index(i, 0).data() for i in range(view.model.rowCount())]
    assert "Activity 1.1 · Title" in contexts
    assert "Strategic objective 2 · Title" in contexts
    assert "Activity 1.1 › Indicator 1 · Name" in contexts
    assert view.model.headerData(TARGET, Qt.Orientation.Horizontal) == "Translation: Serbian"


def test_editing_a_target_cell_is_stored_and_undone(view, controller):
    key = select(view, "Prioriteti 1.1")
    index = view.model.index(row_with(view, "Prioriteti 1.1"), TARGET)
    assert view.model.setData(index, "Prioritet 1.1 – čćš")
    assert stored_text(controller, key).get("sr") == "Prioritet 1.1 – čćš"
    assert index.data() == "Prioritet 1.1 – čćš"
    assert view.current_key() == key
    controller.undo_stack.undo()
    assert stored_text(controller, key).get("sr") == ""
    assert view.model.index(row_with(view, "Prioriteti 1.1"), TARGET).data() == ""


def test_needs_work_filter_and_f8(view, controller, qtbot):
    # Make one outdated and one draft row besides the missing ones.
    act = controller.doc.action_plan.activities[0]
    controller.set_text(act.id, "title", "sq", "Qendra ditore e re")
    controller.close_merge()
    kujdes = controller.doc.action_plan.activities[1]
    controller.apply(op.set_text_state, kujdes.id, "title", "sr", "draft")
    view.set_filter("needs_work")
    states = {view.model.state(r) for r in view.model.rows}
    assert states <= NEEDS_WORK
    assert {TState.MISSING, TState.OUTDATED, TState.DRAFT} <= states
    assert len(view.model.rows) < len(view.model._all)
    view.set_filter("approved")
    assert view.model.rowCount() == 0
    view.set_filter("all")
    view.table.setCurrentIndex(view.model.index(0, TARGET))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    first = view.table.currentIndex().row()
    assert view.model.state(view.model.rows[first]) in NEEDS_WORK
    assert all(view.model.state(r) not in NEEDS_WORK for r in view.model.rows[1:first])
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    second = view.table.currentIndex().row()
    assert second > first and view.model.state(view.model.rows[second]) in NEEDS_WORK


def test_ctrl_return_marks_translated_and_ctrl_shift_return_approves(view, controller, qtbot):
    kujdes = controller.doc.action_plan.activities[1]
    controller.apply(op.set_text_state, kujdes.id, "title", "sr", "draft")
    key = select(view, "Kujdesi në shtëpi")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored_text(controller, key).state("sr") == TState.TRANSLATED
    qtbot.keyClick(
        view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored_text(controller, key).state("sr") == TState.APPROVED
    assert view.model.index(row_with(view, "Kujdesi në shtëpi"), TranslationTableModel.STATE).data() == "approved"
    controller.undo_stack.undo()
    assert stored_text(controller, key).state("sr") == TState.TRANSLATED


def test_marking_a_missing_translation_is_explained_not_stored(view, controller):
    select(view, "Prioriteti 1.1")
    assert not view.mark(TState.TRANSLATED)
    assert view.message.isVisible() or view.message.text()
    assert not controller.undo_stack.canUndo()


def test_copy_source(view, controller, qtbot):
    key = select(view, "Numri i përfituesve")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_text(controller, key).get("sr") == "Numri i përfituesve"
    assert view.current_key() == key
    controller.undo_stack.undo()
    assert stored_text(controller, key).get("sr") == ""


def test_outdated_row_shows_what_changed(view, controller):
    act = controller.doc.action_plan.activities[0]
    controller.set_text(act.id, "title", "sq", "Qendra javore")
    key = select(view, "Qendra javore")
    assert key == (act.id, "title")
    assert view.model.state(view.model.rows[view.table.currentIndex().row()]) == TState.OUTDATED
    assert view.changes_view.isVisible()
    html = view.changes_view.toHtml()
    assert "Qendra" in html and "ditore" in html and "javore" in html
    assert "line-through" in html and "underline" in html
    assert html.index("line-through") < html.index("ditore") < html.index("underline") < html.index("javore")
    assert view.model.index(view.table.currentIndex().row(), TranslationTableModel.STATE).data() == "outdated"
    # A translated row shows no change.
    select(view, "Fushata")
    assert not view.changes_view.isVisible()


def test_glossary_terms_show_the_agreed_translation(view, controller):
    select(view, "Strategjia për shërbime sociale")
    assert "Strategjia → Strategija" in view.terms_label.text()
    assert "term:0" in view.source_view.toHtml()  # the term is marked; hovering it shows the tip
    assert view._term_tips == ["Strategjia → Strategija"]
    view.set_languages("sq", "en")
    assert view.current_key()[1] == "title"
    assert "Strategjia → Strategy" in view.terms_label.text()


def test_memory_suggestion_can_be_inserted(view, controller, qtbot):
    # The view's memory learns from the open plan itself: no explicit learning needed.
    key = select(view, "Prioriteti 1.1")
    view.refresh_detail()
    assert view.suggestion_list.count() >= 1
    first = view.suggestion_list.item(0).text()
    assert "Prioritet 1.2" in first and "%" in first
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert stored_text(controller, key).get("sr") == "Prioritet 1.2"
    controller.undo_stack.undo()
    assert view.use_suggestion(0)
    assert stored_text(controller, key).get("sr") == "Prioritet 1.2"


def test_language_combos_swap_instead_of_matching(view):
    view.source_combo.setCurrentIndex(1)  # sr, the target: the target becomes sq
    assert (view.source_lang, view.target_lang) == ("sr", "sq")


def test_third_language_column_on_request(view, controller, qtbot):
    table, model = view.table, view.model
    assert table.isColumnHidden(TranslationTableModel.THIRD)
    assert view.third_check.text() == "Also show English"
    qtbot.mouseClick(view.third_check, Qt.MouseButton.LeftButton)
    assert not table.isColumnHidden(TranslationTableModel.THIRD)
    # Shown between the source and the translation.
    header = table.horizontalHeader()
    assert header.visualIndex(TranslationTableModel.SOURCE) < header.visualIndex(TranslationTableModel.THIRD)
    assert header.visualIndex(TranslationTableModel.THIRD) < header.visualIndex(TranslationTableModel.TARGET)
    row = model.rows[0]
    index = model.index(0, TranslationTableModel.THIRD)
    assert index.data() == controller.doc.find(row.entity_id).text(row.field).get("en")
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable  # only the translation is edited here
    view.target_combo.setCurrentIndex(view.target_combo.findData("en"))
    assert view.third_check.text() == "Also show Serbian"
    assert model.headerData(TranslationTableModel.THIRD, Qt.Orientation.Horizontal) == "Serbian"


def test_frozen_parts_are_not_listed():
    from desktop.core import operations as op
    from desktop.demo.build import build_demo
    from desktop.gui.translation.translation_view import text_rows

    demo = build_demo()
    listed = {row.entity_id for row in text_rows(demo)}
    frozen = {e.id for e in demo.walk() if e.TEXTS and op.frozen_reason(demo, e)}
    assert frozen and not listed & frozen
    assert demo.action_plan.activities[0].id in listed  # the version in force is translated as usual
