"""One multilingual text field: edit it in one language, read another beside it.

Also the small pieces every editing panel shares: the label that shows a refused input next to the
field that caused it, and the router that sends the controller's refusal message to that label.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import operations as op
from desktop.core import richtext as rt
from desktop.core.operations import Change
from desktop.core.text import MultiText, TState
from desktop.gui.controller import DocumentController
from desktop.gui.translation.serbian_script import for_storage, text_in
from desktop.gui.widgets.display import CONTENT_LANGUAGES
from desktop.gui.widgets.rich_text_edit import RichTextEdit, RichToolbar
from desktop.i18n import N_, _

LANGUAGE_TAGS = dict(CONTENT_LANGUAGES)  # "sq" -> "Shqip": each language named in itself
# Multi-line fields of these names get the editor that can hold structure; it edits structure only for an
# entity whose field is one of richtext.RICH_FIELDS (a note's body stays plain, a section's is rich).
RICH_FIELD_NAMES = frozenset(name for _kind, name in rt.RICH_FIELDS)

# Greyed but still readable at the back of a meeting room: dark text, light grey ground.
REFERENCE_STYLE = "background: #eeeeee; color: #2b2b2b; border: 1px solid #c8c8c8; border-radius: 3px; padding: 2px;"
CAPTION_STYLE = "color: #555555; font-weight: 600;"

# Narrower than this, a field shows the reference language below the edited text instead of beside it.
AUTO_BELOW_WIDTH = 560
NARROW_FORM_WIDTH = 720  # a panel narrower than this puts the form's labels above the fields

STATE_NAMES = {
    "missing": N_("missing"),
    "draft": N_("draft"),
    "translated": N_("translated"),
    "approved": N_("approved"),
    "outdated": N_("outdated"),
    "original": N_("original"),
}
STATE_HELP = {
    "missing": N_("There is no text in {lang} yet."),
    "draft": N_("The {lang} text is a draft."),
    "translated": N_("The {lang} text is translated."),
    "approved": N_("The {lang} text is approved."),
    "outdated": N_("The original text changed after this {lang} translation was made: check it."),
    "original": N_("The text was written in {lang}; the other languages are translated from it."),
}
MARK_ACTIONS = (
    (TState.DRAFT, N_("Mark as draft")),
    (TState.TRANSLATED, N_("Mark as translated")),
    (TState.APPROVED, N_("Mark as approved")),
)
# (background, text) per state: dark text on pale colours, readable on a projector.
STATE_COLOURS = {
    "missing": ("#fde2e1", "#8a1c1c"),
    "draft": ("#fff1c2", "#5c4300"),
    "translated": ("#dbeafe", "#1e3a8a"),
    "approved": ("#dcfce7", "#14532d"),
    "outdated": ("#ffe1c7", "#7c2d12"),
    "original": ("#e8e8e8", "#333333"),
}


def language_tag(lang: str) -> str:
    return LANGUAGE_TAGS.get(lang, lang)


def shown_state(entity_text: MultiText, lang: str) -> str:
    """The badge for one language: the source language is the "original" unless someone marked it."""
    state = entity_text.state(lang)
    if state == TState.TRANSLATED and lang == entity_text.source:
        return "original"
    return state.value


class MessageLabel(QLabel):
    """A refusal shown right where the input was made; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("QLabel { color: #a4000f; font-weight: 600; }")
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        text = text.strip()
        self.setText(text[:1].upper() + text[1:])
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


class RefusalRouter(QObject):
    """Applies operations for one panel and puts a refusal next to the field that caused it.

    The controller announces refusals to everyone; the router knows which label is waiting while
    its own `apply` runs (the signal is emitted synchronously), so other panels' refusals are ignored.
    """

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._waiting: MessageLabel | None = None
        controller.operation_refused.connect(self._on_refused)

    def apply(self, label: MessageLabel | None, operation: Callable[..., Change], *args, **kwargs) -> Change | None:
        """`controller.apply(operation, ...)`; a refusal is shown in `label`."""
        return self.run(label, lambda: self.controller.apply(operation, *args, **kwargs))

    def run(self, label: MessageLabel | None, call: Callable[[], Change | None]) -> Change | None:
        """Any controller call (e.g. `set_text`); a refusal is shown in `label`, success clears it."""
        self._waiting = label
        try:
            change = call()
        finally:
            self._waiting = None
        if label is not None and change is not None:
            label.clear_message()
        return change

    def _on_refused(self, message: str) -> None:
        if self._waiting is not None:
            self._waiting.show_message(message)


class GrowingTextEdit(QPlainTextEdit):
    """A wrapping text box that grows with its text (between min and max lines), so a form in a
    scroll area shows whole paragraphs instead of many small scroll bars."""

    def __init__(
        self, min_lines: int, max_lines: int, one_paragraph: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.one_paragraph = one_paragraph
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as in a form
        self.setUndoRedoEnabled(False)  # the document's undo stack is the only one (see MultilingualTextField)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps instead
        # The document's signal, not the widget's: it also fires while the widget's signals are blocked.
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def measure(self) -> tuple[int, float]:
        """(lines, pixels per line) of the text as the box wraps it at its current width."""
        doc = self.document()
        layout = doc.documentLayout()
        margin = doc.documentMargin()
        total, lines = 0.0, 0
        block = doc.begin()
        while block.isValid():
            total += layout.blockBoundingRect(block).height()  # lays the block out if needed
            lines += max(block.lineCount(), 1)
            block = block.next()
        if lines and total > margin:
            return lines, (total - margin) / lines
        return max(lines, 1), QFontMetricsF(self.font()).lineSpacing() + 1

    def _fit(self) -> None:
        lines, line_height = self.measure()
        shown = max(self.min_lines, min(self.max_lines, lines))
        # Only a text longer than max_lines scrolls. The bar is switched explicitly, and the text re-wrapped
        # for the narrower or wider viewport: QPlainTextEdit does not re-wrap when a scroll bar comes or goes.
        bars = Qt.ScrollBarPolicy
        policy = bars.ScrollBarAlwaysOn if lines > self.max_lines else bars.ScrollBarAlwaysOff
        if policy != self.verticalScrollBarPolicy():
            self.setVerticalScrollBarPolicy(policy)
            QTimer.singleShot(0, self, self._rewrap)  # once the viewport has its new width
        height = math.ceil(shown * line_height + 2 * self.document().documentMargin() + 2 * self.frameWidth() + 1)
        if self.height() != height:
            self.setFixedHeight(height)

    def _rewrap(self) -> None:
        # Changing the wrap mode is the public way to make QPlainTextEdit lay its text out again.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._rewrap)  # the scroll bar's final state is known only once shown

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event) -> None:
        # A title wraps but has no paragraphs: Enter moves on, as in a one-line box.
        if self.one_paragraph and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        if self.one_paragraph and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)


class MultilingualTextField(QWidget):
    """Edits one text field of one entity in the edit language; shows a reference language read-only.

    Every change is written at once through `controller.set_text` (durable, and one undo step per
    visit of the field); leaving the field closes the step. Changes from elsewhere (undo, another
    panel) are shown without disturbing what the user is typing.
    """

    text_edited = Signal(str)  # the user changed the text (after it was handed to the controller)

    # multiline: a wrapping box growing from min_lines to max_lines (then scrolling) instead of one line;
    # one_paragraph: a wrapping box for a title (Enter moves on, pasted line breaks become spaces);
    # reference_below: True / False, or None to put the reference below only when the field is narrow.

    def __init__(
        self,
        controller: DocumentController,
        field: str,
        *,
        multiline: bool = False,
        min_lines: int = 3,
        max_lines: int = 14,
        one_paragraph: bool = False,
        reference_below: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.field = field
        self.multiline = multiline
        self._entity_id = ""
        self._edit_lang = "sq"
        self._reference_lang: str | None = None
        self._read_only = False

        self.editor: QLineEdit | QPlainTextEdit | RichTextEdit
        self.reference: QLineEdit | QPlainTextEdit | RichTextEdit
        self.toolbar: RichToolbar | None = None
        if multiline and not one_paragraph and field in RICH_FIELD_NAMES:
            self.editor = RichTextEdit(min_lines, max_lines, self)
            self.reference = RichTextEdit(min_lines, max_lines, self)
            self.toolbar = RichToolbar(self.editor, self)
            self.toolbar.setVisible(False)
            self.editor.message.connect(lambda text: self.message.show_message(text))
        elif multiline:
            self.editor = GrowingTextEdit(min_lines, max_lines, one_paragraph, self)
            self.reference = GrowingTextEdit(min_lines, max_lines, one_paragraph, self)
        else:
            self.editor, self.reference = QLineEdit(self), QLineEdit(self)
        # textChanged, not textEdited: programmatic updates are made with signals blocked (see _show).
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.setObjectName(f"{field}_edit")
        self.editor.installEventFilter(self)
        self.reference.setObjectName(f"{field}_reference")
        self.reference.setReadOnly(True)
        self.reference.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab skips it: nothing to type there
        self.reference.setStyleSheet(f"{type(self.reference).__name__} {{ {REFERENCE_STYLE} }}")
        if multiline:
            # Long texts side by side: scrolling one scrolls the other to the same place.
            self.editor.verticalScrollBar().valueChanged.connect(lambda _v: self._sync_scroll(self.editor))
            self.reference.verticalScrollBar().valueChanged.connect(lambda _v: self._sync_scroll(self.reference))

        self.state_badge = QToolButton(self)
        self.state_badge.setObjectName(f"{field}_state")
        self.state_badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.state_badge.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._state_menu = QMenu(self)
        for state, label in MARK_ACTIONS:
            self._state_menu.addAction(_(label)).triggered.connect(lambda _checked=False, s=state: self._mark(s))
        self.state_badge.setMenu(self._state_menu)

        self.edit_caption = QLabel(self)
        self.edit_caption.setStyleSheet(CAPTION_STYLE)
        self.reference_caption = QLabel(self)
        self.reference_caption.setObjectName(f"{field}_reference_caption")
        self.reference_caption.setStyleSheet(CAPTION_STYLE)
        self.message = MessageLabel(self)
        controller.operation_refused.connect(self._on_refused)
        self._typing = False

        self._auto_below = reference_below is None
        self._below = False
        self._layout()
        if reference_below:
            self._place(True)
        controller.document_changed.connect(self._on_document_changed)
        self.set_languages("sq", None)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self._grid = grid
        self._edit_row = QHBoxLayout()  # multi-line: caption and badge; one line: box and badge
        self._edit_row.setSpacing(6)
        self._reference_row = QHBoxLayout()  # one line: caption and reference box
        self._reference_row.setSpacing(6)
        if self.multiline:
            # Long texts: captions above both boxes, the badge beside the edited language's name.
            self._edit_row.addWidget(self.edit_caption)
            self._edit_row.addWidget(self.state_badge)
            if self.toolbar is not None:
                self._edit_row.addWidget(self.toolbar)
            self._edit_row.addStretch(1)
        else:
            # One line: the badge right of the box; the reference box is named by a caption before it.
            self.edit_caption.setVisible(False)
            self._edit_row.addWidget(self.editor, 1)
            self._edit_row.addWidget(self.state_badge)
            self._reference_row.addWidget(self.reference_caption)
            self._reference_row.addWidget(self.reference, 1)
        grid.addLayout(self._edit_row, 0, 0)
        self._place(False)

    def _place(self, below: bool) -> None:
        """Put the reference beside the edited text, or below it when the field is narrow."""
        self._below = below
        grid = self._grid
        top = Qt.AlignmentFlag.AlignTop  # boxes of different heights line up at the top
        for widget in (self.editor, self.reference, self.reference_caption, self.message):
            if self.multiline or widget is self.message:
                grid.removeWidget(widget)
        if not self.multiline:
            grid.removeItem(self._reference_row)
        if self.multiline and below:
            grid.addWidget(self.editor, 1, 0)
            grid.addWidget(self.reference_caption, 2, 0)
            grid.addWidget(self.reference, 3, 0)
        elif self.multiline:
            grid.addWidget(self.reference_caption, 0, 1)
            grid.addWidget(self.editor, 1, 0, top)
            grid.addWidget(self.reference, 1, 1, top)
        elif below:
            grid.addLayout(self._reference_row, 1, 0)
        else:
            grid.addLayout(self._reference_row, 0, 1)
        grid.addWidget(self.message, 4, 0, 1, 2)
        beside = not below and self._reference_lang is not None
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if beside else 0)
        grid.setHorizontalSpacing(10 if beside else 0)  # an empty second column takes no room

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_below:
            below = self.width() < AUTO_BELOW_WIDTH
            if below != self._below:
                self._place(below)

    # -- public API ----------------------------------------------------------------------------
    @property
    def entity_id(self) -> str:
        return self._entity_id

    def set_entity(self, entity_id: str) -> None:
        """Edit this field of another entity ("" for none)."""
        if entity_id != self._entity_id:
            self.controller.close_merge()  # typing in the next entity is a new undo step
        self._entity_id = entity_id
        self.message.clear_message()
        if isinstance(self.editor, RichTextEdit):
            entity = self.controller.doc.find(entity_id) if entity_id else None
            self._set_rich(entity is not None and rt.is_rich_field(entity.KIND, self.field))
        self.refresh()

    def _set_rich(self, rich: bool) -> None:
        """Structure (lists, bold, links …) for a field that may hold it; plain text for one that may not."""
        if rich == self.editor.rich:
            return
        for box in (self.editor, self.reference):
            box.blockSignals(True)
            box.rich = rich
            box.clear()  # shown again by refresh, in the new mode
            box.blockSignals(False)
        self.toolbar.setVisible(rich and not self._read_only)

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        """Edit in `edit_lang`; show `reference_lang` read-only beside it (None or the same: hidden)."""
        if edit_lang != self._edit_lang:
            self.controller.close_merge()
        self._edit_lang = edit_lang
        self._reference_lang = reference_lang if reference_lang != edit_lang else None
        shown = self._reference_lang is not None
        self.reference.setVisible(shown)
        self.reference_caption.setVisible(shown)
        self._place(self._below)
        self.edit_caption.setText(language_tag(edit_lang))
        self.edit_caption.setVisible(self.multiline and shown)
        if shown:
            self.reference_caption.setText(language_tag(self._reference_lang))
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.editor.setReadOnly(read_only)
        if self.toolbar is not None:
            self.toolbar.setVisible(self.editor.rich and not read_only)
        self._update_badge()

    def set_placeholder(self, text: str) -> None:
        self.editor.setPlaceholderText(text)

    def text(self) -> str:
        if isinstance(self.editor, RichTextEdit):
            return self.editor.stored()  # the stored form, never Qt's HTML
        return self.editor.toPlainText() if self.multiline else self.editor.text()

    def refresh(self) -> None:
        """Show the stored texts; the edited box is left alone when it already says the same."""
        entity = self.controller.doc.find(self._entity_id) if self._entity_id else None
        self.editor.setEnabled(entity is not None)
        if entity is None:
            self._show(self.editor, "")
            self._show(self.reference, "")
            self._update_badge()
            return
        mt = entity.text(self.field)
        stored = self._shown(self.editor, text_in(mt, self._edit_lang))
        if stored != self.text():
            self._show(self.editor, stored)
        if self._reference_lang is not None:
            reference = self._shown(self.reference, text_in(mt, self._reference_lang))
            self._show(self.reference, reference)
            self.reference.setPlaceholderText(
                _("(no {language} text)").format(language=language_tag(self._reference_lang))
            )
            self.reference.setToolTip(reference if not self.multiline else "")
        self._update_badge()

    # -- internals -----------------------------------------------------------------------------
    @staticmethod
    def _shown(box: QWidget, stored: str) -> str:
        """A plain box shows the characters of a text kept in the structured form (see `_on_text_changed`)."""
        return stored if isinstance(box, RichTextEdit) else rt.to_plain(stored)

    def _show(self, box: QLineEdit | QPlainTextEdit | RichTextEdit, text: str) -> None:
        """Put text into a box without it counting as typing; the cursor stays where it was."""
        if isinstance(box, RichTextEdit):
            current = box.stored()
        else:
            current = box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
        if current == text:
            return
        box.blockSignals(True)
        try:
            if isinstance(box, RichTextEdit):
                position = box.textCursor().position()
                box.show_stored(text)
                cursor = box.textCursor()
                cursor.setPosition(min(position, len(box.toPlainText())))
                box.setTextCursor(cursor)
            elif isinstance(box, QPlainTextEdit):
                position = box.textCursor().position()
                scroll = box.verticalScrollBar().value()
                box.setPlainText(text)
                cursor = box.textCursor()
                cursor.setPosition(min(position, len(text)))
                box.setTextCursor(cursor)
                box.verticalScrollBar().setValue(scroll)
            else:
                position = box.cursorPosition()
                box.setText(text)
                box.setCursorPosition(min(position, len(text)))
        finally:
            box.blockSignals(False)

    def _sync_scroll(self, source: QPlainTextEdit) -> None:
        target = self.reference if source is self.editor else self.editor
        bar, other = source.verticalScrollBar(), target.verticalScrollBar()
        if bar.maximum() > 0 and other.maximum() > 0:
            other.blockSignals(True)
            other.setValue(round(bar.value() * other.maximum() / bar.maximum()))
            other.blockSignals(False)

    def _on_text_changed(self, *_args) -> None:
        if not self._entity_id or self._read_only:
            return
        text = self.text()
        if not isinstance(self.editor, RichTextEdit):
            text = rt.from_plain(text)  # typed "<doc>…" stays these characters (richtext.from_plain)
        entity = self.controller.doc.find(self._entity_id)
        stored = for_storage(text, self._edit_lang, entity.text(self.field).get(self._edit_lang)) if entity else text
        self._typing = True
        try:
            change = self.controller.set_text(self._entity_id, self.field, self._edit_lang, stored)
        finally:
            self._typing = False
        if change is not None:
            self.message.clear_message()
        self.text_edited.emit(text)

    def _on_refused(self, message: str) -> None:
        if self._typing:
            self.message.show_message(message)

    def _on_document_changed(self, change: Change) -> None:
        if not self._entity_id:
            return
        if change.operation == "reload" or self._entity_id in change.upserted or self._entity_id in change.removed:
            self.refresh()

    def _update_badge(self) -> None:
        entity = self.controller.doc.find(self._entity_id) if self._entity_id else None
        mt = entity.text(self.field) if entity is not None else None
        # An optional field nobody has written in any language is not "missing" a translation.
        self.state_badge.setVisible(mt is not None and not mt.is_empty())
        if mt is None or mt.is_empty():
            return
        state = shown_state(mt, self._edit_lang)
        background, colour = STATE_COLOURS[state]
        self.state_badge.setText(_(STATE_NAMES[state]))
        self.state_badge.setStyleSheet(
            f"QToolButton {{ background: {background}; color: {colour}; border: 1px solid {colour}; "
            "border-radius: 8px; padding: 1px 8px; font-size: 9pt; font-weight: 600; }"
            "QToolButton::menu-indicator { image: none; width: 0; }"
        )
        lang = language_tag(self._edit_lang)
        tip = _(STATE_HELP[state]).format(lang=lang)
        can_mark = not self._read_only and bool(mt.get(self._edit_lang))
        if can_mark:
            tip += "\n" + _("Click to mark the {lang} text as draft, translated or approved.").format(lang=lang)
        self.state_badge.setToolTip(tip)
        set_interactive(self.state_badge, can_mark)
        self.state_badge.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a badge, not a stop on the way through the form

    def _mark(self, state: TState) -> None:
        if self._entity_id and not self._read_only:
            self._typing = True
            try:
                self.controller.apply(op.set_text_state, self._entity_id, self.field, self._edit_lang, state)
            finally:
                self._typing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            kind = event.type()
            if kind == QEvent.Type.FocusOut:
                self.controller.close_merge()  # leaving the field ends its undo step
            elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_undo_key(event):
                # Ctrl+Z belongs to the document's undo (the window's Edit menu), not to the box's own
                # history: two undo histories over one text would disagree. Not claiming the override
                # lets the window's shortcut fire; the key itself never reaches the box.
                return True
        return super().eventFilter(watched, event)


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


def set_interactive(widget: QWidget, interactive: bool) -> None:
    """Let a choice (combo, check box) be changed or only read. Unlike setEnabled(False) it keeps the
    normal colours: a read-only plan must stay legible on a projector, and greyed text is not."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not interactive)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section heading inside a panel (Budget, Indicators ...)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def narrow_form(form: QFormLayout, width: int) -> None:
    """Labels above the fields in a narrow panel, beside them in a wide one."""
    wrap = QFormLayout.RowWrapPolicy
    policy = wrap.WrapAllRows if width < NARROW_FORM_WIDTH else wrap.DontWrapRows
    if form.rowWrapPolicy() != policy:
        form.setRowWrapPolicy(policy)


def vbox(widget: QWidget, margins: int = 0, spacing: int = 6) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout
