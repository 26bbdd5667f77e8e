"""Steps of the seed-plan rebuilds, each as the user takes it in the window: keys in the tree, typing in a page's
boxes, the editor's structure buttons, the paste and export dialogs. Nothing here builds the document through the
core: every change goes through a widget (or a dialog the window opens), as a user would make it."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from desktop.gui.export.pdf_export_dialog import PdfExportDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.plan.paste_dialog import PasteDialog
from desktop.gui.widgets.rich_text_edit import RichTextEdit
from desktop.gui.widgets.text_field import MultilingualTextField
from tests.gui.conftest import answer_new_plan_dialog, when_modal
from tests.gui.tree_keys import go, key, type_here

CTRL = Qt.KeyboardModifier.ControlModifier
PAGES_DIR = "PLAN_SEED_PAGES"  # set to a folder to keep each PDF and its first page images (for the README)


# -- the tree ---------------------------------------------------------------------------------------------------


def new_plan(window: MainWindow, municipality: str) -> None:
    answer_new_plan_dialog(municipality, "AL")
    window.new_action.trigger()
    assert window.session is not None


def rename(qtbot, window: MainWindow, entity_id: str | None, text: str, kind: str | None = None) -> None:
    go(window, entity_id, kind)
    key(qtbot, window, Qt.Key.Key_F2)
    type_here(qtbot, window, text)


def add_after(qtbot, window: MainWindow, entity_id: str | None, title: str, kind: str | None = None) -> str:
    """Insert on a row: the next item at its level, titled; returns the new row's entity id."""
    go(window, entity_id, kind)
    key(qtbot, window, Qt.Key.Key_Insert)
    type_here(qtbot, window, title)
    return window.tree_model.entity_id(window.tree.currentIndex())


def add_under(qtbot, window: MainWindow, entity_id: str | None, title: str, kind: str | None = None) -> str:
    """Ctrl+Insert on a row: its first (or next) child, titled."""
    go(window, entity_id, kind)
    key(qtbot, window, Qt.Key.Key_Insert, CTRL)
    type_here(qtbot, window, title)
    return window.tree_model.entity_id(window.tree.currentIndex())


# -- a page's boxes ---------------------------------------------------------------------------------------------


def page(window: MainWindow, entity_id: str, kind: str | None = None):
    assert window.select_entity(entity_id, kind)
    return window.edit_area.entity_editor.current_page


def field(page_widget, name: str) -> MultilingualTextField:
    return next(f for f in page_widget.findChildren(MultilingualTextField) if f.field == name)


def write(window: MainWindow, box: MultilingualTextField, text: str) -> None:
    """Type a whole text in a box (set at once: keyClicks cannot type non-ASCII letters)."""
    box.editor.setFocus()
    box.editor.setPlainText(text)
    window.controller.close_merge()


def rich_editor(box: MultilingualTextField) -> RichTextEdit:
    editor = box.editor
    assert isinstance(editor, RichTextEdit) and editor.rich and box.toolbar is not None
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    return editor


def type_text(editor: RichTextEdit, text: str) -> None:
    editor.insertPlainText(text)  # as typed: at the cursor, in its format


def type_paragraphs(qtbot, editor: RichTextEdit, *paragraphs: str) -> None:
    for i, text in enumerate(paragraphs):
        if i or editor.toPlainText():
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        type_text(editor, text)


def type_list(qtbot, box: MultilingualTextField, button: str, items: list[str]) -> None:
    """A list from the toolbar's button ("bullets" or "numbers"), one item per line; Enter twice ends it."""
    editor = rich_editor(box)
    if editor.toPlainText():
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    box.toolbar.buttons[button].click()
    for i, item in enumerate(items):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        type_text(editor, item)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on the empty item ends the list


def make_bold(qtbot, editor: RichTextEdit, words: str) -> None:
    """Select words already typed and press Ctrl+B."""
    text = editor.toPlainText()
    at = text.index(words)
    cursor = editor.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    editor.moveCursor(QTextCursor.MoveOperation.End)


def add_footnote(box: MultilingualTextField, text: str) -> None:
    """The footnote button at the cursor; its dialog answered with the note's text."""

    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()

    when_modal(QInputDialog, answer)
    box.toolbar.buttons["footnote"].click()


def add_link(box: MultilingualTextField, words: str, address: str) -> None:
    """Select words in the box, then the link button; its dialog answered with the address."""
    editor = box.editor
    at = editor.toPlainText().rindex(words)
    cursor = editor.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(words), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)

    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue(address)
        dialog.accept()

    when_modal(QInputDialog, answer)
    box.toolbar.buttons["link"].click()


def organigram(path: Path) -> Path:
    """A small organigram: a box over three boxes, drawn as the source's "Figura 1" is."""
    image = QImage(360, 180, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("#1f3a68"))
    painter.drawRect(130, 10, 100, 40)
    for x in (20, 130, 240):
        painter.drawRect(x, 120, 100, 40)
        painter.drawLine(180, 50, x + 50, 120)
    painter.end()
    assert image.save(str(path), "PNG")
    return path


# -- the grid's paste and the export ----------------------------------------------------------------------------


def paste_table(window: MainWindow, tsv: str, steps=None) -> dict:
    """A table copied from Word, pasted with Edit > Paste activities; the dialog's guesses accepted."""
    QGuiApplication.clipboard().setText(tsv)
    seen: dict = {}

    def create(dialog: PasteDialog) -> None:
        seen["mapping"] = dialog.mapping()
        seen["keep"] = dialog.keep_numbers_box.isChecked()
        seen["summary"] = dialog.summary.text()
        if steps is not None:
            steps(dialog)
        dialog.create_button.click()

    when_modal(PasteDialog, create)
    assert window.paste_activities()
    QApplication.processEvents()
    return seen


def export_pdf(
    qtbot,
    window: MainWindow,
    monkeypatch,
    target: Path,
    document: str,
    languages: tuple[str, ...],
) -> list[str]:
    """File > Export PDF: the document, one language (which must be complete) or two side by side ("Export
    anyway" ticked when the second lacks texts); returns the text of each page."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    seen: dict = {}

    def run(dialog: PdfExportDialog) -> None:
        assert dialog.select_document(document), document
        layout = "single" if len(languages) == 1 else "side-by-side"
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
        dialog.first_combo.setCurrentIndex(dialog.first_combo.findData(languages[0]))
        if len(languages) > 1:
            dialog.second_combo.setCurrentIndex(dialog.second_combo.findData(languages[1]))
        dialog.check()
        seen["missing"] = [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]
        if len(languages) == 1:
            assert seen["missing"] == [], seen["missing"]
        else:  # Serbian is missing: listed, and the export waits for "Export anyway"
            assert seen["missing"] and not dialog.export_button.isEnabled()
            assert dialog.anyway_box.isVisible()
            dialog.anyway_box.setChecked(True)
        assert dialog.export_button.isEnabled(), dialog.summary.text()
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
        if dialog.isVisible():
            dialog.accept()

    when_modal(PdfExportDialog, run)
    window.export_pdf_action.trigger()
    assert target.exists(), target
    import pypdf

    keep_pages(target)
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages]
    return [normal(p) for p in pages]


def clear_everywhere(window: MainWindow, page_widget, names: tuple[str, ...]) -> None:
    """Lines the source does not have, emptied in every language the template wrote them in (the writing
    language switched with the toolbar's combo), then back to Albanian."""
    from desktop.gui.widgets.display import CONTENT_LANGUAGES

    for code, _name in CONTENT_LANGUAGES:
        window.language_combo.setCurrentIndex(window.language_combo.findData(code))
        for name in names:
            write(window, field(page_widget, name), "")
    window.language_combo.setCurrentIndex(window.language_combo.findData("sq"))
    assert window.content_language == "sq"


def normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def in_order(text: str, *parts: str) -> bool:
    """Every part found in the text, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def keep_pages(pdf: Path) -> None:
    """With PLAN_SEED_PAGES set: the PDF copied there and its pages drawn at 60 dpi (pdftoppm), to look at."""
    folder = os.environ.get(PAGES_DIR)
    if not folder:
        return
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    (out / pdf.name).write_bytes(pdf.read_bytes())
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / pdf.stem)], check=True)


def drop_clipboard() -> None:
    QGuiApplication.clipboard().setMimeData(QMimeData())


def edit_columns(
    window: MainWindow,
    *,
    hide: tuple[str, ...] = (),
    names: dict[str, str] | None = None,
    place: tuple[str, int] | None = None,
) -> None:
    """Edit > Columns…: untick the columns to hide, rename others in Albanian, move one (by its name) up to a
    position with Move up, OK."""
    from PySide6.QtGui import QAction

    from desktop.gui.plan.columns_dialog import ColumnsDialog

    done: list[bool] = []

    def steps(dialog: ColumnsDialog) -> None:
        try:
            for column in hide:
                dialog.list.item(dialog.keys().index(column)).setCheckState(Qt.CheckState.Unchecked)
            for column, name in (names or {}).items():
                assert dialog.select(column)
                dialog.name_language.setCurrentIndex(dialog.name_language.findData("sq"))
                dialog.name_edit.setText(name)
                dialog.rename_button.click()
            if place is not None:
                name, position = place
                keys = list(dialog.keys())
                wanted = next(k for i, k in enumerate(keys) if name in dialog.list.item(i).text())
                assert dialog.select(wanted)
                while dialog.keys().index(wanted) > position:
                    dialog.up_button.click()
            done.append(True)
        finally:
            dialog.accept()

    when_modal(ColumnsDialog, steps)
    window.findChild(QAction, "plan_columns").trigger()
    QApplication.processEvents()
    assert done, "the Columns dialog's steps did not run to the end"


def header_texts(grid) -> list[str]:
    """The grid's column headers as the user sees them, left to right (hidden ones left out)."""
    header = grid.view.horizontalHeader()
    out = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if not header.isSectionHidden(logical):
            out.append(grid.model.headerData(logical, Qt.Orientation.Horizontal))
    return out
