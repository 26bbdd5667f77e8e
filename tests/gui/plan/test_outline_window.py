"""The document's outline built from the window: Korçë's chapter IV with 4.1 and 4.1.1–4.1.4 from the tree's
keys, the action plan moved before a chapter, a figure with its caption, the plan's facts, the decision's lines;
then what the file holds once saved and opened again, and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from desktop.core.model import PART_ACTION_PLANS, PART_OBJECTIVES, Section
from desktop.core.outline import top_level
from desktop.gui.plan import figure_editor
from desktop.gui.widgets import messages
from tests.gui.conftest import answer_new_plan_dialog, reopen
from tests.gui.tree_keys import go, key, label_of, type_here

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(window):
    window.resize(1366, 768)
    return window


def png(path: Path, width: int = 64, height: int = 40) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


def titles(sections: list[Section]) -> list[str]:
    return [s.title.get("sq") for s in sections]


def test_korce_outline_figure_facts_and_decision_from_the_window(window, qtbot, tmp_path, monkeypatch):
    answer_new_plan_dialog("Korçë", "AL")
    window.new_action.trigger()
    session = window.session
    doc = session.doc
    mission = next(s for s in doc.strategy.sections if s.key == "mission")
    # Chapters I-III get their titles (F2): an empty standard chapter prints nothing and takes no number.
    for section, title in zip(doc.strategy.sections[:3], ("Hyrje", "Analiza", "Objektivat"), strict=True):
        go(window, section.id)
        key(qtbot, window, Qt.Key.Key_F2)
        type_here(qtbot, window, title)
    assert label_of(window, mission.id) == "III. Objektivat"

    # Chapter IV after the third chapter (Insert), its sub-chapter 4.1 (Ctrl+Insert), and 4.1.1-4.1.3 under it.
    go(window, mission.id)
    key(qtbot, window, Qt.Key.Key_Insert)
    type_here(qtbot, window, "Mjediset dhe personeli")
    chapter = doc.strategy.sections[3]
    assert label_of(window, chapter.id) == "IV. Mjediset dhe personeli"
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_here(qtbot, window, "Mjediset")
    sub = chapter.sections[0]
    assert label_of(window, sub.id) == "4.1 Mjediset"
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_here(qtbot, window, "Zyra e qendrës")
    for name in ("Salla e takimeve", "Këndi i lojërave"):
        key(qtbot, window, Qt.Key.Key_Insert)  # on 4.1.1: the next sub-chapter at its level
        type_here(qtbot, window, name)
    # 4.2 beside 4.1, then Ctrl+Right makes it the last sub-chapter of 4.1: 4.1.4.
    go(window, sub.id)
    key(qtbot, window, Qt.Key.Key_Insert)
    type_here(qtbot, window, "Kuzhina")
    assert titles(chapter.sections) == ["Mjediset", "Kuzhina"]
    kitchen = chapter.sections[1]
    assert label_of(window, kitchen.id) == "4.2 Kuzhina"
    key(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert titles(chapter.sections) == ["Mjediset"]
    assert titles(sub.sections) == ["Zyra e qendrës", "Salla e takimeve", "Këndi i lojërave", "Kuzhina"]
    assert label_of(window, kitchen.id) == "4.1.4 Kuzhina"
    assert window.tree.currentIndex() == window.tree_model.index_of(kitchen.id)  # the tree stays on it
    key(qtbot, window, Qt.Key.Key_Left, CTRL)  # out again: 4.2
    assert label_of(window, kitchen.id) == "4.2 Kuzhina"
    window.undo()  # back under 4.1
    assert label_of(window, kitchen.id) == "4.1.4 Kuzhina"

    # The action plan moved up before the chapter "Goal" (Ctrl+Up past the target groups and objectives).
    goal = next(s for s in doc.strategy.sections if s.key == "goal")
    plan = doc.action_plan
    go(window, plan.id, "action_plan")
    for _ in range(3):
        key(qtbot, window, Qt.Key.Key_Up, CTRL)
    assert top_level(doc).index(PART_ACTION_PLANS) == top_level(doc).index(goal.id) - 1
    assert label_of(window, plan.id, "action_plan").startswith("V. ")
    assert label_of(window, goal.id) == "Goal"  # still empty: no number, as it would not print
    assert window.tree.currentIndex() == window.tree_model.index_of(plan.id, "action_plan")

    # A figure in 4.1 from the context menu: first a file that is no image (refused with the op's message).
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, title=None: shown.append(text))
    shown: list[str] = []
    fake = tmp_path / "organigrama.png"
    fake.write_bytes(b"not an image at all")
    monkeypatch.setattr(figure_editor, "ask_open_file_name", lambda *_a, **_k: (str(fake), ""))
    go(window, sub.id)
    menu = window.tree_actions.menu
    window.tree_actions.fill_menu(menu, window.tree.currentIndex())
    add_figure = next(a for a in menu.actions() if a.text().startswith("Add figure"))
    add_figure.trigger()
    assert shown and "PNG or JPEG" in shown[0] and sub.figures == []
    png(fake)
    window.tree_actions.fill_menu(menu, window.tree.currentIndex())
    next(a for a in menu.actions() if a.text().startswith("Add figure")).trigger()
    assert len(sub.figures) == 1
    figure = sub.figures[0]
    assert window.edit_area.entity_editor.current_page.kind == "figure"
    assert not window.edit_area.entity_editor.current_page.preview.pixmap().isNull()
    type_here(qtbot, window, "Organigrama e qendrës")
    assert label_of(window, figure.id) == "Figura 1: Organigrama e qendrës"

    # The plan's facts on the strategy's page: an operational plan, October to April.
    go(window, doc.strategy.id)
    page = window.edit_area.entity_editor.current_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("operational_plan"))
    page.start_month.setCurrentIndex(page.start_month.findData(10))
    page.end_month.setCurrentIndex(page.end_month.findData(4))
    assert page.start_month.currentText() in ("tetor", "October", "oktobar", "октобар")
    assert (doc.strategy.document_kind, doc.strategy.start_month, doc.strategy.end_month) == ("operational_plan", 10, 4)
    assert page.header.text() == "Operational plan"
    page.donors.editor.setPlainText("UNICEF\nBashkia Korçë")
    page.numbering_combo.setCurrentIndex(page.numbering_combo.findData("decimal"))
    assert label_of(window, chapter.id) == "4. Mjediset dhe personeli"
    window.undo()  # Roman again
    assert label_of(window, chapter.id) == "IV. Mjediset dhe personeli"
    assert page.numbering_combo.currentData() == "roman"

    # The decision from the template, then its protocol line typed.
    window.decision_action.trigger()
    decision_page = window.edit_area.entity_editor.current_page
    assert decision_page.kind == "decision"
    decision_page.protocol.editor.setPlainText("Nr. S136 Prot.")
    decision_page.point_style.setCurrentIndex(decision_page.point_style.findData("decimal"))
    assert doc.decision.protocol.get("sq") == "Nr. S136 Prot."

    # Saved and opened again: the shape is in the file.
    target = tmp_path / "korce.plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert window.save()
    stored = reopen(target)
    stored_chapter = stored.strategy.sections[3]
    assert titles([stored_chapter]) == ["Mjediset dhe personeli"]
    assert titles(stored_chapter.sections) == ["Mjediset"]
    assert titles(stored_chapter.sections[0].sections) == [
        "Zyra e qendrës",
        "Salla e takimeve",
        "Këndi i lojërave",
        "Kuzhina",
    ]
    order = top_level(stored)
    assert order.index(PART_ACTION_PLANS) < order.index(goal.id) < order.index(PART_OBJECTIVES)
    stored_figure = stored_chapter.sections[0].figures[0]
    assert stored_figure.caption.get("sq") == "Organigrama e qendrës" and stored_figure.image.startswith(b"\x89PNG")
    assert (stored.strategy.document_kind, stored.strategy.start_month, stored.strategy.end_month) == (
        "operational_plan",
        10,
        4,
    )
    assert stored.strategy.donors.get("sq") == "UNICEF\nBashkia Korçë"
    assert stored.decision.protocol.get("sq") == "Nr. S136 Prot." and stored.decision.point_style == "decimal"

    # Undo walks back: the point style, the protocol line ... and the figure goes with its step.
    window.undo()
    assert doc.decision.point_style == "roman"
    while doc.find(figure.id) is not None and window.controller.undo_stack.canUndo():
        window.undo()
    assert session.doc.find(figure.id) is None
    assert session.doc.strategy.document_kind == "strategy"


def test_dropping_chapters_and_parts_in_the_tree(window, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    model = window.tree_model
    context, vision = doc.strategy.sections[0], doc.strategy.sections[1]

    def drop(key_index: QModelIndex, parent: QModelIndex, row: int) -> bool:
        data = model.mimeData([key_index])
        return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)

    # Vision dropped onto Context: its sub-chapter 1.1.
    assert drop(model.index_of(vision.id), model.index_of(context.id), -1)
    assert context.sections == [vision] and model.label(model.index_of(vision.id)) == "Vision"  # empty: no number
    # The target groups part dropped at the very top of the outline (before the first chapter).
    groups = model.index_of(None, "target_groups")
    first_chapter_row = model.index_of(context.id).row()
    assert drop(groups, QModelIndex(), first_chapter_row)
    assert top_level(doc)[0] == "@target_groups"
    assert model.label(model.index_of(None, "target_groups")).startswith("I. ")
    # A part cannot go into a chapter.
    objectives = model.index_of(None, "objectives")
    assert not model.canDropMimeData(
        model.mimeData([objectives]), Qt.DropAction.MoveAction, -1, 0, model.index_of(context.id)
    )
    # The sub-chapter dragged back out to the top level, after the chapter it was in.
    context_row = model.index_of(context.id).row()
    assert drop(model.index_of(vision.id), QModelIndex(), context_row + 1)
    assert doc.parent_of(vision) is doc.strategy
    window.undo()
    assert doc.get(vision.id) in doc.get(context.id).sections


def test_deleting_a_chapter_with_sub_chapters_asks_with_the_count(window, qtbot, plan_file, answer):
    from desktop.core import chapters

    assert window.open_file(plan_file)
    doc = window.session.doc
    context = doc.strategy.sections[0]
    sub = window.controller.apply(chapters.add_chapter, context.id).upserted[0]
    window.controller.apply(chapters.add_chapter, sub)
    go(window, context.id)
    seen = answer("Cancel")
    key(qtbot, window, Qt.Key.Key_Delete)
    assert "2 sub-chapters" in seen[0]
    assert doc.find(context.id) is not None


def test_sub_activities_nest_in_the_tree_and_indent_with_the_keys(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    first, second = doc.action_plan.activities[0], doc.action_plan.activities[1]
    go(window, second.id, "activity")
    key(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert second.parent_id == first.id
    index = window.tree_model.index_of(second.id, "activity")
    assert window.tree_model.entity_id(index.parent()) == first.id
    assert window.tree_model.label(index).startswith("1.1.1 ")
    key(qtbot, window, Qt.Key.Key_Left, CTRL)
    assert second.parent_id is None
    assert window.tree_model.label(window.tree_model.index_of(second.id, "activity")).startswith("1.2 ")


def test_plan_priorities_under_the_strategy(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    go(window, None, "plan_priorities")
    key(qtbot, window, Qt.Key.Key_Insert)
    type_here(qtbot, window, "Përfshirja sociale")
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_here(qtbot, window, "Shkollat")
    assert [p.title.get("sq") for p in doc.strategy.priorities] == ["Përfshirja sociale"]
    assert [p.title.get("sq") for p in doc.strategy.priorities[0].priorities] == ["Shkollat"]
    assert label_of(window, doc.strategy.priorities[0].id) == "P1 Përfshirja sociale"
    go(window, doc.strategy.priorities[0].id)
    key(qtbot, window, Qt.Key.Key_Insert)
    type_here(qtbot, window, "Punësimi")
    key(qtbot, window, Qt.Key.Key_Up, CTRL)
    assert [p.title.get("sq") for p in doc.strategy.priorities] == ["Punësimi", "Përfshirja sociale"]


def test_the_pages_of_a_plan_priority_and_a_sub_chapter(window, plan_file):
    from desktop.core import chapters

    assert window.open_file(plan_file)
    doc = window.session.doc
    first = window.controller.apply(chapters.add_plan_priority, {"title": {"sq": "Përfshirja"}}).upserted[0]
    assert window.select_entity(first, "priority")
    page = window.edit_area.entity_editor.current_page
    page.add_button.click()  # beside a priority of the plan: another one of the plan, after it
    assert len(doc.strategy.priorities) == 2 and doc.strategy.priorities[0].id == first
    context = doc.strategy.sections[0]
    sub = window.controller.apply(chapters.add_chapter, context.id, {"title": {"sq": "Hyrje"}}).upserted[0]
    assert window.select_entity(sub, "section")
    assert window.edit_area.entity_editor.current_page.header.text() == "Chapter 1.1"
    window.controller.apply(chapters.move_in_outline, PART_OBJECTIVES, 0)  # the objectives become chapter I.
    assert window.select_entity(sub, "section")
    assert window.edit_area.entity_editor.current_page.header.text() == "Chapter 2.1"  # as the tree numbers it
    assert label_of(window, sub) == "2.1 Hyrje"


def test_an_activity_with_sub_activities_moves_with_them(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    first, second = doc.action_plan.activities[0], doc.action_plan.activities[1]
    go(window, second.id, "activity")
    key(qtbot, window, Qt.Key.Key_Right, CTRL)  # 1.1.1 under 1.1
    go(window, first.id, "activity")
    key(qtbot, window, Qt.Key.Key_Insert)  # a new 1.2 after the family of 1.1
    new_id = window.tree_model.entity_id(window.tree.currentIndex())
    assert window.tree_model.label(window.tree_model.index_of(new_id, "activity")).startswith("1.2 ")
    go(window, first.id, "activity")
    key(qtbot, window, Qt.Key.Key_Down, CTRL)  # 1.1 and its 1.1.1 go after the new one
    plan = doc.action_plan
    objective_acts = [a.id for a in doc.activities_of(plan, doc.get(first.objective_id))]
    assert objective_acts == [new_id, first.id, second.id]
    assert second.parent_id == first.id
    assert window.tree_model.label(window.tree_model.index_of(second.id, "activity")).startswith("1.2.1 ")


def test_the_figure_page_replaces_and_deletes_its_image(window, plan_file, tmp_path, monkeypatch):
    from desktop.core import chapters

    assert window.open_file(plan_file)
    doc = window.session.doc
    context = doc.strategy.sections[0]
    small = png(tmp_path / "small.png").read_bytes()
    figure = window.controller.apply(chapters.add_figure, context.id, small, {"sq": "Harta"}).upserted[0]
    assert window.select_entity(figure, "figure")
    page = window.edit_area.entity_editor.current_page
    assert page.header.text() == "Figure 1" and page.preview.pixmap().width() == 64
    large = png(tmp_path / "large.png", 2000, 1000)
    monkeypatch.setattr(figure_editor, "ask_open_file_name", lambda *_a, **_k: (str(large), ""))
    page.replace_button.click()
    assert doc.get(figure).image == large.read_bytes()
    assert page.preview.pixmap().width() == figure_editor.PREVIEW_WIDTH  # scaled down to fit
    page.delete_button.click()
    assert doc.find(figure) is None and context.figures == []
    window.undo()
    assert [f.id for f in doc.get(context.id).figures] == [figure]


def test_the_decision_page_lists_the_lines_in_the_source_order(window, plan_file):
    assert window.open_file(plan_file)
    window.decision_action.trigger()
    page = window.edit_area.entity_editor.current_page
    fields = [f.field for f in page.text_fields]
    assert fields == [
        "header",
        "protocol",
        "place_date",
        "title_word",
        "number_line",
        "subject",
        "issuing_body",
        "session",
        "legal_basis",
        "preamble",
        "operative",
        "points",
        "signatory_title",
        "signatory_name",
    ]
    stored = window.session.doc.decision
    assert page.point_style.currentData() == stored.point_style


def test_the_outline_operations_are_named_in_the_edit_menu() -> None:
    from desktop import i18n
    from desktop.core import activity_levels, chapters
    from desktop.gui.controller import OPERATION_LABELS, label_for

    public = [
        name
        for module in (chapters, activity_levels)
        for name in dir(module)
        if getattr(getattr(module, name), "__wrapped__", None) is not None  # the @guard operations
    ]
    assert public and [n for n in public if n not in OPERATION_LABELS] == []
    i18n.set_language("sq")
    try:
        assert label_for("indent_chapter") == "Bëje nënkapitull"
    finally:
        i18n.set_language("en")


def test_sub_activities_added_from_the_tree_keys(window, qtbot, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    first = doc.action_plan.activities[0]  # 1.1 Hapja e qendrës ditore
    go(window, first.id, "activity")
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_here(qtbot, window, "Gjetja e lokalit")
    key(qtbot, window, Qt.Key.Key_Insert)  # beside a sub-activity: the next one under the same parent
    type_here(qtbot, window, "Pajisja")
    subs = doc.sub_activities(first)
    assert [a.title.get("sq") for a in subs] == ["Gjetja e lokalit", "Pajisja"]
    assert label_of(window, subs[1].id, "activity") == "1.1.2 Pajisja"
    go(window, first.id, "activity")
    key(qtbot, window, Qt.Key.Key_Insert)  # beside 1.1: a new activity after 1.1 and its sub-activities
    type_here(qtbot, window, "Trajnimi")
    objective = doc.get(first.objective_id)
    titles_now = [a.title.get("sq") for a in doc.activities_of(doc.action_plan, objective)]
    assert titles_now == ["Hapja e qendrës ditore", "Gjetja e lokalit", "Pajisja", "Trajnimi", "Kujdesi në shtëpi"]
    new = doc.activities_of(doc.action_plan, objective)[3]
    assert new.parent_id is None and label_of(window, new.id, "activity") == "1.2 Trajnimi"
    assert window.save()
    stored = reopen(plan_file)
    stored_first = stored.get(first.id)
    assert [a.title.get("sq") for a in stored.sub_activities(stored_first)] == ["Gjetja e lokalit", "Pajisja"]
