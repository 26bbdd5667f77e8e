"""Cell editors of the action-plan grid: wrapped text, and a time frame (start, end, note).

Enter finishes an edit (Shift+Enter starts a new line), Escape cancels: what people expect from a
spreadsheet. Each finished edit is one undo step; the controller's typing merge is closed when an
editor goes away so the next edit of the same field is a step of its own. A time frame that would be
refused is not committed: the editor stays open with what was typed and says why. The Budget cell has
no editor of its own: a double click, F2 or Enter asks for the activity's budget lines (`budget_requested`).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core import richtext as rt
from desktop.core.timeframe import MAX_YEAR, MIN_YEAR, PlanTime, TimeError, check_span
from desktop.gui.plan.plan_table_model import (
    COLUMN_COUNT,
    DEPTH_ROLE,
    FALLBACK_TEXT_ROLE,
    TEXT_FIELDS,
    Column,
    TimeFrameValue,
)
from desktop.gui.widgets.display import format_span
from desktop.gui.widgets.rich_text_edit import RichCellEditor
from desktop.i18n import _

EDITOR_MIN_LINES = 4  # a cell editor is at least this tall, even over a one-line row: room to type
INDENT = 18  # pixels a sub-activity's title goes in, per level

_HALF_OR_QUARTER_FIRST = re.compile(r"^([HhQq])\s*([1-4])[\s./-]*(\d{4})$")  # "H1 2025", "q3/2025"
_MONTH_FIRST = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{4})$")  # "05.2025", "5/2025"
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[\s./-]\s*([HhQq][1-4]|\d{1,2})$")  # "2025 H1", "2025/5"
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\.?$")  # "30.06.2026", "1/7/2026"
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")  # "2026-06-30"
_EDIT_KEYS = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def normalise_time(text: str) -> str | None:
    """What people type (also as the grid shows it: "H1 2025", "05.2025") as a PlanTime ("2025-H1", "2025-05").

    Anything unrecognised is returned as typed (stripped), for the core to refuse with its own message.
    """
    text = text.strip()
    if not text:
        return None
    day = _DAY_FIRST.match(text) or _ISO_DAY.match(text)
    if day:
        # A plan's finest time is a month: "30.06.2026" (a deadline as people write it) is June 2026.
        parts = [int(g) for g in day.groups()]
        d, m, y = parts if day.re is _DAY_FIRST else parts[::-1]
        try:
            date(y, m, d)
        except ValueError:
            return text  # "31.02.2026": not a day; refused with the reason
        return f"{y}-{m:02d}"
    if m := _HALF_OR_QUARTER_FIRST.match(text):
        return f"{m.group(3)}-{m.group(1).upper()}{m.group(2)}"
    if m := _MONTH_FIRST.match(text):
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    if m := _YEAR_FIRST.match(text):
        part = m.group(2)
        return f"{m.group(1)}-{part.upper() if part[0] in 'HhQq' else f'{int(part):02d}'}"
    return text


class TextCellEditor(QPlainTextEdit):
    """Multi-line text in a cell: Enter finishes, Shift+Enter breaks the line."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finished.emit()
            return
        super().keyPressEvent(event)


class TimeFrameEditor(QFrame):
    """Start and end ("2025", "2025-H1", "2025-Q3", "2025-05") and the free note, checked as typed."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.start_edit = QLineEdit(self)
        self.start_edit.setObjectName("timeframe_start")
        self.start_edit.setPlaceholderText(_("e.g. 2025-H1"))
        self.start_edit.setToolTip(_("Start: a year (2025), half (2025-H1), quarter (2025-Q3) or month (2025-05)"))
        self.end_edit = QLineEdit(self)
        self.end_edit.setObjectName("timeframe_end")
        self.end_edit.setPlaceholderText(_("e.g. 2026"))
        self.end_edit.setToolTip(_("End: a year (2026), half (2026-H2), quarter (2026-Q1) or month (2026-06)"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("timeframe_note")
        self.note_edit.setPlaceholderText(_("Note, e.g. continuously"))
        self.problem = QLabel("", self)
        self.problem.setObjectName("timeframe_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #a40000; }")
        self.problem.setVisible(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        start_label = QLabel(_("From"), self)
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(_("to"), self)
        end_label.setBuddy(self.end_edit)
        layout.addWidget(start_label, 0, 0)
        layout.addWidget(self.start_edit, 0, 1)
        layout.addWidget(end_label, 0, 2)
        layout.addWidget(self.end_edit, 0, 3)
        layout.addWidget(self.note_edit, 1, 0, 1, 4)
        layout.addWidget(self.problem, 2, 0, 1, 4)
        self.setFocusProxy(self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.note_edit)
        self._done = False
        for edit in (self.start_edit, self.end_edit, self.note_edit):
            edit.textChanged.connect(self._check)
            edit.installEventFilter(self)

    def value(self) -> TimeFrameValue:
        return TimeFrameValue(
            normalise_time(self.start_edit.text()), normalise_time(self.end_edit.text()), self.note_edit.text().strip()
        )

    def set_value(self, value: TimeFrameValue | None, note_placeholder: str = "") -> None:
        value = value or TimeFrameValue(None, None, "")
        self.start_edit.setText(value.start or "")
        self.end_edit.setText(value.end or "")
        self.note_edit.setText(value.note)
        if note_placeholder:
            self.note_edit.setPlaceholderText(note_placeholder)
        self._check()

    def problem_text(self) -> str:
        """Why the typed time frame would be refused, in the interface language ("" when it is fine)."""
        value = self.value()
        for typed, point in ((self.start_edit.text().strip(), value.start), (self.end_edit.text().strip(), value.end)):
            if point is None:
                continue
            try:
                PlanTime.parse(point)
            except TimeError:
                if re.fullmatch(r"\d{4}(-.*)?", point) and not MIN_YEAR <= int(point[:4]) <= MAX_YEAR:
                    return _("The year must be between {first} and {last}.").format(first=MIN_YEAR, last=MAX_YEAR)
                return _(
                    "“{text}” is not a time: type a year (2026), half (H1 2026), quarter (Q3 2026), "
                    "month (06.2026) or date (30.06.2026)."
                ).format(text=typed)
        try:
            check_span(value.start, value.end)
        except TimeError:
            return _("The time frame ends before it starts.")
        return ""

    def understood_text(self) -> str:
        """How a fine time frame is read, when that is not what was typed ("30.06.2026" -> "= 06.2026")."""
        value = self.value()
        typed = " – ".join(t for t in (self.start_edit.text().strip(), self.end_edit.text().strip()) if t)
        shown = format_span(value.start, value.end)
        return f"= {shown}" if shown and shown.replace("\u00a0", " ") != typed else ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem or self.understood_text())
        self.problem.setStyleSheet("QLabel { color: #a40000; }" if problem else "QLabel { color: #1f5130; }")
        self.problem.setVisible(bool(self.problem.text()))
        # grow to show the message, never shrink below the cell the view placed us over
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _finish(self) -> None:
        if self._done:
            return
        if self.problem_text():
            return  # refused: keep what was typed; the line under the fields says why
        self._done = True
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Tab moves between the editor's own fields (from -> to -> note), not out of the editor.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Taken here: a line edit lets Enter through to the view, which opened the editor again.
                self._finish()
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                order = [self.start_edit, self.end_edit, self.note_edit]
                step = -1 if key == Qt.Key.Key_Backtab or shift else 1
                position = order.index(watched) + step if watched in order else -1
                if 0 <= position < len(order):
                    order[position].setFocus(Qt.FocusReason.TabFocusReason)
                    order[position].selectAll()
                    return True
                # out of the editor only with a time frame that can be stored
                return bool(self.problem_text())
        # Leaving the editor (a click elsewhere) finishes the edit, as it does for a plain cell editor;
        # moving between its own fields does not.
        if event.type() == QEvent.Type.FocusOut and self.isVisible():
            focus = QApplication.focusWidget()
            if focus is None or not self.isAncestorOf(focus):
                self._finish()
        return False


class PlanCellDelegate(QStyledItemDelegate):
    """Creates the grid's editors; `closed` is emitted when an editor goes away (to end a typing step)."""

    closed = Signal()
    budget_requested = Signal(object)  # a QModelIndex of the Budget column: show that activity's budget lines
    refused = Signal(str)  # an edit that was not stored, with what was typed and why

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index) -> bool:
        # The view asks the delegate before it checks whether the cell is editable: the Budget column is
        # edited in the activity's budget lines, so a double click or F2 there opens them instead.
        if index.isValid() and index.column() == Column.BUDGET:
            kind = event.type()
            key = event.key() if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) else None
            if kind == QEvent.Type.MouseButtonDblClick or key in _EDIT_KEYS:
                self.budget_requested.emit(QModelIndex(index))
                return True
        return super().editorEvent(event, model, option, index)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        depth = int(index.model().data(index, DEPTH_ROLE) or 0) if index.column() == Column.ACTIVITY else 0
        if not depth:
            super().paint(painter, option, index)
            return
        # A sub-activity's title sits under its parent's, indented; the row's background stays whole.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        opt.rect.setLeft(opt.rect.left() + INDENT * depth)
        opt.backgroundBrush = QBrush()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget | None:
        column = index.column()
        if column == Column.TIMEFRAME:
            editor = TimeFrameEditor(parent)
        elif column in TEXT_FIELDS or column >= COLUMN_COUNT:  # the plan's own columns hold text
            # A text with lists or emphasis keeps them: the structured-text editor (rich_text_edit.py).
            value = index.model().data(index, Qt.ItemDataRole.EditRole)
            editor = RichCellEditor(parent) if rt.is_structured(str(value or "")) else TextCellEditor(parent)
        else:
            return None
        editor.finished.connect(lambda e=editor: self._finish(e))
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        # model.data(), not index.data(): see plan_tree_view.py (a reference-count bug of PySide6 6.12).
        value = model.data(index, Qt.ItemDataRole.EditRole)
        fallback = model.data(index, FALLBACK_TEXT_ROLE) or ""
        if isinstance(editor, TimeFrameEditor):
            editor.set_value(value if isinstance(value, TimeFrameValue) else None, fallback)
        elif isinstance(editor, RichCellEditor):
            editor.show_stored(str(value or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, TextCellEditor):
            editor.setPlainText(str(value or ""))
            editor.setPlaceholderText(fallback)  # the text to translate, while ours is missing
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, TimeFrameEditor):
            problem = editor.problem_text()
            if problem:
                # Closed from outside (another cell was clicked) with an entry the plan cannot take.
                typed = " – ".join(t for t in (editor.start_edit.text().strip(), editor.end_edit.text().strip()) if t)
                self.refused.emit(_("Time frame “{typed}” not changed: {reason}").format(typed=typed, reason=problem))
                return
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, (TextCellEditor, RichCellEditor)):
            old = model.data(index, Qt.ItemDataRole.EditRole) or ""
            # A plain text typed starting with "<doc>" stays these characters (richtext.from_plain).
            text = editor.stored() if isinstance(editor, RichCellEditor) else rt.from_plain(editor.toPlainText())
            if text != old:
                model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, TimeFrameEditor):
            hint = editor.sizeHint()
            rect.setWidth(max(rect.width(), hint.width(), 300))
            rect.setHeight(max(rect.height(), hint.height()))
        else:
            lines = editor.fontMetrics().lineSpacing() * EDITOR_MIN_LINES + 12
            rect.setHeight(max(rect.height(), lines))
        area = editor.parentWidget().rect() if editor.parentWidget() else rect
        # Keep the editor inside the view: move it left rather than cut it off, but never up: lifted,
        # it covered the row above (a new row at the foot of the view). It ends at the view's foot instead;
        # the view scrolls to give it room when editing starts (PlanTableView.edit).
        if rect.right() > area.right():
            rect.moveRight(max(area.right(), rect.width() - 1))
        if rect.bottom() > area.bottom():
            rect.setBottom(max(area.bottom(), option.rect.bottom()))
        editor.setGeometry(rect)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        super().destroyEditor(editor, index)
        self.closed.emit()
