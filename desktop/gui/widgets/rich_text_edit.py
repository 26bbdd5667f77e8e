"""The editor of a text that may hold structure: paragraphs, lists, bold, italic, links and footnotes.

Keys as in a word processor: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 a bullet list, Ctrl+Shift+7 a
numbered list, Tab and Shift+Tab indent and outdent a list item (elsewhere Tab moves on, as in a form),
Ctrl+K a link, Ctrl+Shift+F a footnote; `RichToolbar` offers the same as buttons. In plain mode (a field
that holds plain text only) none of that applies and pasting keeps the words only. The text is read and
written in the stored form through `rich_convert`; Qt's HTML is never stored.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QSizePolicy, QTextEdit, QToolButton, QWidget

from desktop.core import richtext as rt
from desktop.core.text import TextError
from desktop.gui.widgets import rich_convert
from desktop.i18n import _

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class RichTextEdit(QTextEdit):
    """A wrapping text box that grows with its text and edits structure when `rich` is on."""

    message = Signal(str)  # a refused input (a link address that is not http, https or mailto)

    def __init__(self, min_lines: int, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.rich = False
        self.setAcceptRichText(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)  # Tab indents a list item; elsewhere keyPressEvent moves on
        self.setUndoRedoEnabled(False)  # the document's undo stack is the only one
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().contentsChanged.connect(self._fit)
        self.cursorPositionChanged.connect(self._leave_note_or_link_end)
        self.anchor_hint = ""
        self._fit()

    # -- the stored form ---------------------------------------------------------------------------
    def stored(self) -> str:
        """The text as it is stored: structured when it holds structure (in rich mode), else plain."""
        if not self.rich:
            return rt.from_plain(self.toPlainText())
        return rich_convert.stored_text(self.document())

    def show_stored(self, text: str) -> None:
        """Show a stored text (the caller blocks signals when it is not the user's typing)."""
        if self.rich:
            rich_convert.fill(self.document(), text)
        else:
            self.setPlainText(rt.to_plain(text) if rt.is_structured(text) else text)

    def setText(self, text: str) -> None:
        # Never guess HTML from a string: typed markup stays literal.
        self.setPlainText(text)

    def _leave_note_or_link_end(self) -> None:
        """At the end of a footnote or a link (the cursor moved or clicked there), what is typed next is plain
        text, as in a word processor: a paragraph typed after a footnote never becomes part of it."""
        cursor = self.textCursor()
        if not self.rich or cursor.hasSelection():
            return
        before = cursor.charFormat()  # the format of the character before the cursor
        if not (before.isAnchor() or before.property(rich_convert.FOOTNOTE_PROPERTY)):
            return
        if not cursor.atBlockEnd():
            after = QTextCursor(cursor)
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            fmt = after.charFormat()
            if fmt.anchorHref() == before.anchorHref() and bool(fmt.property(rich_convert.FOOTNOTE_PROPERTY)) == bool(
                before.property(rich_convert.FOOTNOTE_PROPERTY)
            ):
                return  # inside the note or the link: typing there adds to it
        plain = rich_convert.char_format(
            {"b": before.fontWeight() >= QFont.Weight.Bold, "i": before.fontItalic()}
        )  # bold and italic go on; the link and the note end here
        self.setCurrentCharFormat(plain)

    # -- size --------------------------------------------------------------------------------------
    def _fit(self) -> None:
        line = QFontMetricsF(self.font()).lineSpacing()
        margin = self.document().documentMargin()
        content = max(self.document().size().height() - 2 * margin, line)
        lines = max(1, math.ceil(content / line - 0.01))
        shown = max(self.min_lines, min(self.max_lines, lines))
        bars = Qt.ScrollBarPolicy
        policy = bars.ScrollBarAlwaysOn if lines > self.max_lines else bars.ScrollBarAlwaysOff
        if policy != self.verticalScrollBarPolicy():
            self.setVerticalScrollBarPolicy(policy)
        height = math.ceil(shown * line + 2 * margin + 2 * self.frameWidth() + 1)
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)

    # -- editing -----------------------------------------------------------------------------------
    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() < QFont.Weight.DemiBold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        if not self.rich or self.isReadOnly():
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def make_list(self, ordered: bool) -> None:
        """Turn the paragraph(s) into a list of this kind, or back into paragraphs when already one."""
        if not self.rich or self.isReadOnly():
            return
        cursor = self.textCursor()
        current = cursor.block().textList()
        cursor.beginEditBlock()
        if current is not None and (current.format().style() in rich_convert.ORDERED_STYLES) == ordered:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(rich_convert.list_format(ordered, fmt.indent()).style())
            current.setFormat(fmt)
        else:
            cursor.createList(rich_convert.list_format(ordered, 1))
        cursor.endEditBlock()

    def indent_item(self, step: int) -> bool:
        """Move the list item one level in (+1) or out (-1); False when the cursor is not in a list."""
        cursor = self.textCursor()
        current = cursor.block().textList()
        if not self.rich or current is None or self.isReadOnly():
            return False
        fmt = current.format()
        level = fmt.indent() + step
        if level > rt.MAX_LIST_DEPTH:
            return True
        cursor.beginEditBlock()
        block = cursor.block()
        current.remove(block)
        if level < 1:
            block_format = block.blockFormat()
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            # Join a list of that level right before, so the items stay one list; else start one.
            previous = block.previous()
            target = None
            while previous.isValid() and previous.textList() is not None:
                if previous.textList().format().indent() == level:
                    target = previous.textList()
                    break
                if previous.textList().format().indent() < level:
                    break
                previous = previous.previous()
            if target is not None:
                target.add(block)
            else:
                ordered = fmt.style() in rich_convert.ORDERED_STYLES
                cursor.createList(rich_convert.list_format(ordered, level))
        cursor.endEditBlock()
        return True

    def insert_link(self) -> None:
        if not self.rich or self.isReadOnly():
            return
        cursor = self.textCursor()
        address, ok = QInputDialog.getText(
            self, _("Link"), _("Address (https://…, http://… or mailto:…):"), text=self.anchor_hint or "https://"
        )
        if ok:
            self.add_link(address, cursor)

    def add_link(self, address: str, cursor: QTextCursor | None = None) -> bool:
        """Make the selection (or the address itself, when nothing is selected) a link to `address`."""
        cursor = cursor or self.textCursor()
        try:
            href = rt.check_href(address)
        except TextError as exc:
            self.message.emit(str(exc))
            return False
        fmt = rich_convert.char_format({"a": href})
        fmt.clearProperty(QTextCharFormat.Property.FontWeight)
        fmt.clearProperty(QTextCharFormat.Property.FontItalic)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(href, fmt)
        # Typing on after the link is not part of it (with a selection, setCurrentCharFormat would unlink it).
        cursor.setPosition(cursor.selectionEnd())
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())
        return True

    def insert_footnote(self) -> None:
        if not self.rich or self.isReadOnly():
            return
        text, ok = QInputDialog.getMultiLineText(self, _("Footnote"), _("Text of the footnote:"))
        if ok and text.strip():
            self.add_footnote(text.strip())

    def add_footnote(self, text: str) -> None:
        """A footnote with this text at the cursor (shown shaded where it stands; printed at the page foot)."""
        cursor = self.textCursor()
        cursor.clearSelection()
        cursor.insertText(" ".join(text.split()), rich_convert.char_format({"fn": True}))
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(QTextCharFormat())

    # -- keys --------------------------------------------------------------------------------------
    def _shortcut(self, event: QKeyEvent) -> object | None:
        if not self.rich:
            return None
        key, mods = event.key(), event.modifiers() & (CTRL | SHIFT | Qt.KeyboardModifier.AltModifier)
        ctrl_shift = CTRL | SHIFT
        actions = {
            (Qt.Key.Key_B, CTRL): self.toggle_bold,
            (Qt.Key.Key_I, CTRL): self.toggle_italic,
            (Qt.Key.Key_K, CTRL): self.insert_link,
            (Qt.Key.Key_F, ctrl_shift): self.insert_footnote,
            (Qt.Key.Key_8, ctrl_shift): lambda: self.make_list(False),
            (Qt.Key.Key_Asterisk, ctrl_shift): lambda: self.make_list(False),
            (Qt.Key.Key_7, ctrl_shift): lambda: self.make_list(True),
            (Qt.Key.Key_Ampersand, ctrl_shift): lambda: self.make_list(True),
        }
        return actions.get((key, mods))

    def event(self, event: QEvent) -> bool:
        # The editor's keys win over the window's shortcuts while it has the focus.
        if event.type() == QEvent.Type.ShortcutOverride and self._shortcut(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._shortcut(event)
        if action is not None:
            action()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (event.modifiers() & CTRL):
            back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & SHIFT)
            if self.indent_item(-1 if back else 1):
                return
            # Outside a list Tab moves on, as in a form (QTextEdit refuses to while Tab is its own key).
            self.setTabChangesFocus(True)
            try:
                self.focusNextPrevChild(not back)
            finally:
                self.setTabChangesFocus(False)
            return
        if (
            self.rich
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.textCursor().block().textList() is not None
            and not self.textCursor().block().text()
        ):
            self.indent_item(-1)  # Enter on an empty list item ends the list (or goes up a level)
            return
        super().keyPressEvent(event)

    # -- pasting -----------------------------------------------------------------------------------
    def insertFromMimeData(self, source) -> None:
        if self.isReadOnly():
            return
        if not self.rich or not source.hasHtml():
            if source.hasText():
                self.textCursor().insertText(source.text())
            return
        # Through a QTextDocument and the stored form: lists and emphasis kept, the rest of Word dropped.
        pasted = QTextDocument()
        pasted.setHtml(rich_convert.pasted_html(source.html()))
        clean = QTextDocument()
        rich_convert.fill(clean, rt.serialise(rich_convert.to_rich(pasted, pasted=True)))
        cursor = self.textCursor()
        cursor.beginEditBlock()
        whole = QTextCursor(clean)
        whole.select(QTextCursor.SelectionType.Document)
        cursor.insertFragment(whole.selection())
        cursor.endEditBlock()
        self.setTextCursor(cursor)


class RichToolbar(QWidget):
    """Buttons for the editor's structure keys, for those who do not know them."""

    def __init__(self, editor: RichTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip, key, action in (
            ("bold", "B", _("Bold"), "Ctrl+B", editor.toggle_bold),
            ("italic", "I", _("Italic"), "Ctrl+I", editor.toggle_italic),
            ("bullets", "•", _("Bulleted list"), "Ctrl+Shift+8", lambda: editor.make_list(False)),
            ("numbers", "1.", _("Numbered list"), "Ctrl+Shift+7", lambda: editor.make_list(True)),
            ("outdent", "⇤", _("Move the list item out"), "Shift+Tab", lambda: editor.indent_item(-1)),
            ("indent", "⇥", _("Move the list item in"), "Tab", lambda: editor.indent_item(1)),
            ("link", "↗", _("Link"), "Ctrl+K", editor.insert_link),
            ("footnote", "¹", _("Footnote"), "Ctrl+Shift+F", editor.insert_footnote),
        ):
            button = QToolButton(self)
            button.setObjectName(f"rich_{name}")
            # The symbol drawn as the button's icon: a letter or sign is no word to translate; the
            # tooltip and the accessible name say what the button does.
            font = button.font()
            font.setBold(name == "bold")
            font.setItalic(name == "italic")
            button.setIcon(_glyph_icon(text, font, button.devicePixelRatioF()))
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editor keeps the cursor and selection
            shown_key = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shown_key})")
            button.clicked.connect(lambda _checked=False, act=action: act())
            row.addWidget(button)
            self.buttons[name] = button


def _glyph_icon(text: str, font: QFont, ratio: float) -> QIcon:
    """A small icon showing `text` in `font`, in the palette's text colour."""
    size = 18
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.1)
    painter.setFont(font)
    painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.ButtonText))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class RichCellEditor(RichTextEdit):
    """A table cell's editor for a text that holds structure: Enter finishes (in a list, an empty item
    ends the list), Shift+Enter breaks the line; the structure keys work as in the form."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, 12, parent)
        self.rich = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _fit(self) -> None:
        pass  # the view gives a cell editor its size

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (event.modifiers() & SHIFT)
        if enter and self.textCursor().block().textList() is None:
            self.finished.emit()
            return
        super().keyPressEvent(event)
