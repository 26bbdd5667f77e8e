"""The structured-text editor: keys, lists, links, footnotes, pasting from Word, in the real main window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.gui.widgets import rich_convert
from desktop.gui.widgets.rich_text_edit import RichTextEdit
from tests.gui.conftest import reopen

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
KORCE = (
    '<doc><p>Detyrat e <b>stafit</b> sipas <i>ligjit</i><fn>Shih <a href="https://korca.gov.al/ligji">ligjin</a>'
    " 121/2016.</fn>:</p><ul><li>pritja e <b><i>përfituesve</i></b><ul><li>regjistrimi</li><li>vlerësimi</li>"
    "</ul></li><li>raportimi</li></ul><ol><li>Qëllimi i parë</li><li>Qëllimi i dytë</li></ol>"
    "<p>Fjalia pas listave.</p></doc>"
)


def test_the_stored_form_survives_a_qtextdocument(qapp):
    qdoc = QTextDocument()
    rich_convert.fill(qdoc, KORCE)
    assert rich_convert.stored_text(qdoc) == KORCE
    rich_convert.fill(qdoc, "Plain\n\nwith <b>typed</b> markup")
    assert rich_convert.stored_text(qdoc) == "Plain\n\nwith <b>typed</b> markup"


def test_pasting_from_word_keeps_lists_and_emphasis_and_drops_the_rest(qapp):
    word = (
        "<html><body><h1 style='color:red'>Qëllimet</h1>"
        "<p class=MsoNormal><span style='font-family:Calibri;color:#ff0000'>Teksti me <b>theks</b> dhe "
        "<a href='javascript:alert(1)'>lidhje</a>.</span></p>"
        "<p class=MsoListParagraphCxSpFirst style='margin-left:36pt;text-indent:-18pt;mso-list:l0 level1 lfo1'>"
        "<span style='font-family:Symbol'>·<span style='font:7pt'>&nbsp;&nbsp;&nbsp; </span></span>"
        "<i>pritja</i></p>"
        "<p class=MsoListParagraphCxSpLast style='margin-left:72pt;text-indent:-18pt;mso-list:l0 level2 lfo1'>"
        "<span>o<span>&nbsp;&nbsp; </span></span>regjistrimi</p>"
        "<ol><li>Qëllimi i parë</li></ol><table><tr><td>qelia</td></tr></table>"
        "<img src='file:///etc/passwd'></body></html>"
    )
    editor = RichTextEdit(3, 10)
    editor.rich = True
    mime = QMimeData()
    mime.setHtml(word)
    mime.setText("plain")
    editor.insertFromMimeData(mime)
    assert editor.stored() == (
        "<doc><p><b>Qëllimet</b></p><p>Teksti me <b>theks</b> dhe lidhje.</p>"
        "<ul><li><i>pritja</i><ul><li>regjistrimi</li></ul></li></ul><ol><li>Qëllimi i parë</li></ol>"
        "<p>qelia</p></doc>"
    )
    plain = RichTextEdit(3, 10)  # a field that holds plain text: the words only
    plain.insertFromMimeData(mime)
    assert plain.stored() == "plain"


def _section_body_field(window, section_id: str):
    assert window.select_entity(section_id)
    page = window.edit_area.entity_editor.current_page
    return page.body


def test_section_body_with_bold_and_a_bullet_list_in_the_main_window(qtbot, window, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    section = next(s for s in doc.strategy.sections if s.key == "context")
    before = section.body.get("sq")
    field = _section_body_field(window, section.id)
    editor = field.editor
    assert isinstance(editor, RichTextEdit) and editor.rich and field.toolbar.isVisibleTo(field)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "Detyrat")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, " e stafit:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_8, CTRL_SHIFT)
    qtbot.keyClicks(editor, "pritja")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "regjistrimi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "raportimi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on an empty item ends the list
    qtbot.keyClicks(editor, "Fund.")
    expected = (
        "<doc><p>Paragrafi i parë.</p><p></p><p>Paragrafi i dytë.</p><p><b>Detyrat</b> e stafit:</p>"
        "<ul><li>pritja<ul><li>regjistrimi</li></ul></li><li>raportimi</li></ul><p>Fund.</p></doc>"
    )
    assert window.session.doc.get(section.id).body.get("sq") == expected
    # Typing in one field is one undo step: undone, the plain text is back, in the store and the box.
    window.undo()
    assert window.session.doc.get(section.id).body.get("sq") == before
    assert editor.toPlainText() == before and not editor.stored().startswith("<doc>")
    window.controller.undo_stack.redo()
    assert window.session.doc.get(section.id).body.get("sq") == expected
    assert window.save()
    assert reopen(plan_file).get(section.id).body.get("sq") == expected
    # Opened again, the editor shows the list and the bold word.
    window.close_document()
    assert window.open_file(plan_file)
    editor = _section_body_field(window, section.id).editor
    assert editor.stored() == expected
    lists = [b.textList() for b in _blocks(editor.document()) if b.textList() is not None]
    assert [lst.format().indent() for lst in lists] == [1, 2, 1]
    shown = window.content_panel.text()
    assert "Detyrat e stafit:" in shown and "regjistrimi" in shown and "<doc>" not in shown and "<b>" not in shown


def test_the_content_panel_renders_structure_escaped():
    from desktop.gui.plan.content_html import rich_html

    html = rich_html(KORCE.replace("Fjalia pas listave.", "&lt;script&gt;x&lt;/script&gt;"))
    assert "<ul><li>pritja e <b><i>përfituesve</i></b><ul><li>regjistrimi</li>" in html
    assert '<a href="https://korca.gov.al/ligji">ligjin</a>' in html and "<sup>1</sup>" in html
    assert "<p>&lt;script&gt;x&lt;/script&gt;</p>" in html and "<script>" not in html


def _blocks(qdoc):
    block = qdoc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_link_and_footnote_keys_and_a_refused_address(qtbot, window, plan_file):
    assert window.open_file(plan_file)
    section = next(s for s in window.session.doc.strategy.sections if s.key == "context")
    field = _section_body_field(window, section.id)
    editor = field.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Ligji")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 5)
    editor.setTextCursor(cursor)
    assert not editor.add_link("javascript:alert(1)")
    assert "http, https or mailto" in field.message.text()
    assert editor.add_link("https://korca.gov.al/ligji")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.add_footnote("Nr. 121/2016.")
    stored = window.session.doc.get(section.id).body.get("sq")
    assert stored.endswith(
        '<p>Paragrafi i dytë. <a href="https://korca.gov.al/ligji">Ligji</a><fn>Nr. 121/2016.</fn></p></doc>'
    )


def test_a_plain_field_keeps_typed_markup_literal(qtbot, window, plan_file):
    assert window.open_file(plan_file)
    doc = window.session.doc
    section = next(s for s in doc.strategy.sections if s.key == "context")
    field = _section_body_field(window, section.id)
    field.editor.setFocus()
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "<b>x</b> and <doc>")
    assert window.session.doc.get(section.id).body.get("sq") == "<b>x</b> and <doc>"
    # A title is plain: a text starting with the prefix is stored so that it reads as these characters.
    title = window.edit_area.entity_editor.current_page.title
    before = window.session.doc.get(section.id).title.get("sq")
    title.editor.setPlainText("<doc><p>x</p></doc>")
    stored = window.session.doc.get(section.id).title.get("sq")
    assert stored == "<doc><p>&lt;doc&gt;&lt;p&gt;x&lt;/p&gt;&lt;/doc&gt;</p></doc>"
    assert title.editor.toPlainText() == "<doc><p>x</p></doc>"  # shown as typed, not as its stored form
    window.undo()
    assert window.session.doc.get(section.id).title.get("sq") == before


def test_the_translation_view_shows_words_and_edits_structure(qtbot, controller):
    from desktop.core import operations as op
    from desktop.gui.translation.translation_view import TranslationTableModel, TranslationView

    sid = controller.apply(op.add_section, {"title": {"sq": "Personeli"}}).upserted[0]
    controller.set_text(sid, "body", "sq", "<doc><ul><li>pritja <b>e re</b></li></ul></doc>")
    view = TranslationView(controller, "sq", "sr")
    qtbot.addWidget(view)
    view.show()
    try:
        model = view.model
        row = next(i for i, r in enumerate(model.rows) if r.key == (sid, "body"))
        assert model.index(row, TranslationTableModel.SOURCE).data() == "• pritja e re"
        target = model.index(row, TranslationTableModel.TARGET)
        view.table.setCurrentIndex(target)
        view.table.edit(target)
        editor = view.delegate.editor
        assert isinstance(editor, RichTextEdit) and editor.rich
        editor.show_stored("<doc><ul><li>prijem <b>novi</b></li></ul></doc>")
        view.delegate.commit_open_editor()
        assert controller.doc.get(sid).body.get("sr") == "<doc><ul><li>prijem <b>novi</b></li></ul></doc>"
        assert model.index(row, TranslationTableModel.TARGET).data() == "• prijem novi"
    finally:
        view.close_memory()


def test_the_history_shows_the_words_of_a_structured_text(qtbot, controller):
    from desktop.core import operations as op
    from desktop.gui.versions.history_panel import HistoryPanel

    activity = controller.doc.ordered_activities(controller.doc.action_plan)[0]
    controller.apply(op.set_text, activity.id, "description", "sq", "<doc><p>pritja</p></doc>")
    panel = HistoryPanel(controller)
    panel.set_language("sq")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_item(activity.id)
    controller.apply(op.set_text, activity.id, "description", "sq", "<doc><ul><li>pritja <b>e re</b></li></ul></doc>")
    values = [panel.tree.topLevelItem(i).text(3) for i in range(panel.tree.topLevelItemCount())]
    assert "– → • pritja e re" in values and not any("<" in v for v in values)  # typing merges into one record
    panel.select_row(0)
    assert "&lt;" not in panel.details.toHtml() and "<b>" not in panel.details.toPlainText()


def test_the_grid_shows_a_structured_note_as_words_and_edits_it_with_its_structure(qtbot, window, plan_file):
    from PySide6.QtWidgets import QApplication

    from desktop.core import operations as op
    from desktop.gui.plan.plan_table_columns import Column
    from desktop.gui.widgets.rich_text_edit import RichCellEditor

    assert window.open_file(plan_file)
    doc = window.session.doc
    activity = doc.ordered_activities(doc.action_plan)[0]
    window.controller.apply(op.set_text, activity.id, "notes", "sq", "<doc><ul><li>pritja <b>e re</b></li></ul></doc>")
    window.select_entity(doc.action_plan.id, "action_plan")
    grid = window.edit_area.grid
    assert grid.select_activity(activity.id, Column.NOTES)
    cell = grid.view.currentIndex()
    assert cell.data() == "• pritja e re"
    grid.view.edit(cell)
    QApplication.processEvents()
    editor = grid.view.focusWidget() if isinstance(grid.view.focusWidget(), RichCellEditor) else None
    editor = editor or next(w for w in grid.view.findChildren(RichCellEditor) if w.isVisible())
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " sot")
    editor.finished.emit()
    QApplication.processEvents()
    assert window.session.doc.get(activity.id).notes.get("sq") == "<doc><ul><li>pritja <b>e re sot</b></li></ul></doc>"


def test_typing_after_a_footnote_or_a_link_at_a_paragraphs_end_is_plain_text(qtbot, window, plan_file):
    from PySide6.QtWidgets import QInputDialog

    from tests.gui.conftest import when_modal

    assert window.open_file(plan_file)
    section = next(s for s in window.session.doc.strategy.sections if s.key == "context")
    field = _section_body_field(window, section.id)
    editor = field.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)

    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue("Burimi: bashkia")
        dialog.accept()

    when_modal(QInputDialog, answer)
    field.toolbar.buttons["footnote"].click()  # the note, then its last word made a link
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len("bashkia"))
    editor.setTextCursor(cursor)
    assert editor.add_link("https://korca.gov.al")
    # The user clicks elsewhere, comes back to the paragraph's end (End) and types on, then a new paragraph.
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Fund")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Tjeter")
    stored = window.session.doc.get(section.id).body.get("sq")
    assert stored.endswith(
        'Paragrafi i dytë.<fn>Burimi: <a href="https://korca.gov.al">bashkia</a></fn> Fund</p><p>Tjeter</p></doc>'
    ), stored
    # Inside the link, typing still adds to it.
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    at = editor.toPlainText().index("bashkia") + 3
    cursor = editor.textCursor()
    cursor.setPosition(at)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "X")
    assert '<a href="https://korca.gov.al">basXhkia</a>' in window.session.doc.get(section.id).body.get("sq")
