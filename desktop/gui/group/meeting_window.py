"""Meeting mode: the plan on a projector, one strategic objective at a time, large and high-contrast.

The group reads an objective and its activities together; anyone can record a note or a decision
about the item on screen (the selected activity, else the objective). What is recorded goes to
today's meeting of the advisory group, which the first record creates when there is none. Keys work like a slide show:
Left/Right (and a presenter's PageUp/PageDown) change the objective, Up/Down select an activity.

The window holds ids only and looks entities up in `controller.doc` on every render: after an undo
the document may hold new objects for the same ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core import group
from desktop.core.model import Activity, Document, Meeting, Note, NoteCategory, Objective
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.group.meeting_render import ActivityRow, MeetingPageRenderer
from desktop.gui.group.meeting_style import (
    DEFAULT_FONT_PT,
    FONT_STEP,
    MAX_FONT_PT,
    MIN_FONT_PT,
    sizes,
    style_sheet,
)
from desktop.gui.group.note_dialog import NoteDialog
from desktop.gui.group.notes_panel import (
    item_label,
    meeting_label,
    show_day,
)
from desktop.gui.settings import open_settings
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import CONTENT_LANGUAGES
from desktop.gui.widgets.flow_layout import FlowLayout
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the bar is too narrow for it; the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tip: str) -> None:
        self._full = text
        self.setToolTip(tip)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))


class MeetingWindow(MeetingPageRenderer, QWidget):
    """A top-level window showing one strategic objective with its activities and the notes about them."""

    objective_shown = Signal(str)  # the objective's id
    language_changed = Signal(str)

    def __init__(
        self,
        controller: DocumentController,
        lang: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)  # its own window even with a parent
        self.setObjectName("meeting_window")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # every key comes here: children take no focus
        self.controller = controller
        self.lang = lang if lang in dict(CONTENT_LANGUAGES) else "sq"
        self.settings = settings if settings is not None else open_settings()
        self.high_contrast = str(self.settings.value("meeting/high_contrast", "false")).lower() == "true"
        try:
            size = int(self.settings.value("meeting/font_size", DEFAULT_FONT_PT))
        except (TypeError, ValueError):
            size = DEFAULT_FONT_PT
        self.font_pt = min(MAX_FONT_PT, max(MIN_FONT_PT, size))

        self._plain_title = ""
        self._objective_id: str | None = None
        self._activity_id: str | None = None  # the selected activity, None when the objective is selected
        self._rows: list[ActivityRow] = []
        self._note_widgets: dict[str, QWidget] = {}
        self._watched: set[str] = set()
        self._meeting_id: str | None = None  # where this run's notes go, once the first is recorded
        self._state_before_full_screen = Qt.WindowState.WindowNoState

        self._build()
        self._apply_style()
        objectives = controller.doc.objectives
        self._objective_id = objectives[0].id if objectives else None
        self.render()
        controller.document_changed.connect(self._on_document_changed)
        resize_within_screen(self, 1280, 720)  # a 1024x600 laptop screen keeps the window whole

    # -- construction ----------------------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str, slot: Callable[[], object] | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        bar = QFrame(self)
        bar.setObjectName("meeting_bar")
        # One button per content language, each named in itself: one click, visible from the room.
        self.language_buttons: dict[str, QPushButton] = {}
        self.language_group = QButtonGroup(self)
        self.language_group.setExclusive(True)
        for code, name in CONTENT_LANGUAGES:
            button = self._button(f"language_{code}", name, _("Show the plan's texts in this language"), None)
            button.setCheckable(True)
            button.setChecked(code == self.lang)
            last = code == CONTENT_LANGUAGES[-1][0]
            button.setProperty("segment", "first" if not self.language_buttons else "last" if last else "middle")
            button.clicked.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
        self.note_button = self._button(
            "add_note", _("Add note (N)"), _("Write a note about the item on screen"), self.add_note
        )
        self.decision_button = self._button(
            "record_decision",
            _("Record decision (D)"),
            _("Record what the meeting decided about the item on screen"),
            self.record_decision,
        )
        self.meeting_info = _ElidedLabel(bar)
        self.meeting_info.setObjectName("meeting_info")
        self.contrast_box = QCheckBox(_("High contrast"), bar)
        self.contrast_box.setObjectName("high_contrast")
        self.contrast_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contrast_box.setToolTip(_("White text on a black background"))
        self.contrast_box.setChecked(self.high_contrast)
        self.contrast_box.toggled.connect(self.set_high_contrast)
        self.smaller_button = self._button("smaller", "A−", _("Smaller text (Ctrl+Minus)"), lambda: self.zoom(-1))
        self.larger_button = self._button("larger", "A+", _("Larger text (Ctrl+Plus)"), lambda: self.zoom(1))
        self.full_screen_button = self._button(
            "full_screen", _("Full screen (F11)"), _("Fill the screen; Esc returns"), self.toggle_full_screen
        )
        # The bar wraps onto a second line rather than make the window wider than a 1024-pixel screen.
        top = FlowLayout(bar)
        top.setContentsMargins(16, 8, 16, 8)
        top.setSpacing(10)
        top.addWidget(self.note_button)
        top.addWidget(self.decision_button)
        top.addWidget(self.meeting_info, 1)
        segments = QWidget(bar)  # the language buttons stay together as one segmented control
        languages = QHBoxLayout(segments)
        languages.setContentsMargins(0, 0, 0, 0)
        languages.setSpacing(0)
        for button in self.language_buttons.values():
            languages.addWidget(button)
        top.addWidget(segments)
        top.addWidget(self.contrast_box)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("meeting_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows change the objective, not the scroll
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        footer = QFrame(self)
        footer.setObjectName("meeting_footer")
        self.previous_button = self._button(
            "previous_objective", "◀", _("Previous objective (Left arrow)"), self.previous_objective
        )
        self.next_button = self._button("next_objective", "▶", _("Next objective (Right arrow)"), self.next_objective)
        self.position_label = QLabel("", footer)
        self.position_label.setObjectName("meeting_position")
        self.hints_label = QLabel("", footer)
        self.hints_label.setObjectName("meeting_hints")
        self.hints_label.setTextFormat(Qt.TextFormat.RichText)
        self.hints_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hints_label.setWordWrap(True)  # long translations wrap instead of widening the window
        self.hints_label.setMinimumWidth(40)
        self.hints_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bottom = QHBoxLayout(footer)
        bottom.setContentsMargins(16, 6, 16, 6)
        bottom.setSpacing(10)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.position_label)
        bottom.addWidget(self.next_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.hints_label, 1)
        bottom.addSpacing(16)
        bottom.addWidget(self.smaller_button)
        bottom.addWidget(self.larger_button)
        bottom.addWidget(self.full_screen_button)

        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.timeout.connect(self._show_hints)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(footer)

    # -- looks ---------------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        font = QFont(self.font())
        font.setPointSize(sizes(self.font_pt)["base"])
        self.setFont(font)  # NoteDialog takes its size from here
        self.setStyleSheet(style_sheet(self.high_contrast, self.font_pt))

    def set_high_contrast(self, on: bool) -> None:
        """White on near-black (True) or near-black on white (False); remembered for the next meeting."""
        on = bool(on)
        if self.contrast_box.isChecked() != on:
            self.contrast_box.setChecked(on)  # calls back here
            return
        if on == self.high_contrast:
            return
        self.high_contrast = on
        self.settings.setValue("meeting/high_contrast", "true" if on else "false")
        self._apply_style()
        self.render()

    def zoom(self, steps: int) -> None:
        """Make every text larger (steps > 0) or smaller; 0 returns to the default size."""
        size = DEFAULT_FONT_PT if steps == 0 else self.font_pt + steps * FONT_STEP
        size = min(MAX_FONT_PT, max(MIN_FONT_PT, size))
        if size == self.font_pt:
            return
        self.font_pt = size
        self.settings.setValue("meeting/font_size", size)
        self._apply_style()
        self.render()

    # -- what is on screen --------------------------------------------------------------------------
    @property
    def doc(self) -> Document:
        return self.controller.doc

    def objective_index(self) -> int:
        """The index of the objective on screen (-1 when the plan has none)."""
        ids = [o.id for o in self.doc.objectives]
        return ids.index(self._objective_id) if self._objective_id in ids else -1

    def current_objective(self) -> Objective | None:
        found = self.doc.find(self._objective_id) if self._objective_id else None
        return found if isinstance(found, Objective) else None

    def activities(self) -> list[Activity]:
        """The activities of the objective on screen, in plan order."""
        objective, plan = self.current_objective(), self.doc.action_plan
        return self.doc.activities_of(plan, objective) if objective and plan else []

    def selected_activity(self) -> Activity | None:
        found = self.doc.find(self._activity_id) if self._activity_id else None
        return found if isinstance(found, Activity) else None

    def selected_item_id(self) -> str:
        """The item a new note concerns: the selected activity, else the objective ("" for an empty plan)."""
        activity = self.selected_activity()
        if activity is not None:
            return activity.id
        return self._objective_id or ""

    def heading_text(self) -> str:
        """The number and title on screen as plain text, e.g. "2. Child protection"."""
        return self._plain_title

    # -- navigation ------------------------------------------------------------------------------------
    def show_objective(self, index: int) -> None:
        """Show the objective at `index` (clamped) with no activity selected."""
        objectives = self.doc.objectives
        if not objectives:
            self._objective_id = None
        else:
            self._objective_id = objectives[max(0, min(index, len(objectives) - 1))].id
        self._activity_id = None
        self.render()
        self.scroll.verticalScrollBar().setValue(0)
        if self._objective_id:
            self.objective_shown.emit(self._objective_id)

    def next_objective(self) -> None:
        self.show_objective(self.objective_index() + 1)

    def previous_objective(self) -> None:
        self.show_objective(max(0, self.objective_index() - 1))

    def select_activity(self, index: int | None) -> None:
        """Select the objective's activity at `index`; None (or out of range) selects the objective itself."""
        activities = self.activities()
        if index is None or not 0 <= index < len(activities):
            self._activity_id = None
        else:
            self._activity_id = activities[index].id
        self._update_selection()

    def selected_activity_index(self) -> int | None:
        ids = [a.id for a in self.activities()]
        return ids.index(self._activity_id) if self._activity_id in ids else None

    def select_next_activity(self) -> None:
        index = self.selected_activity_index()
        count = len(self.activities())
        if count:
            self.select_activity(0 if index is None else min(index + 1, count - 1))

    def select_previous_activity(self) -> None:
        index = self.selected_activity_index()
        self.select_activity(None if index in (None, 0) else index - 1)

    def set_language(self, lang: str, force: bool = False) -> None:
        """Show the plan's texts in `lang` (sq, sr, en); missing texts appear in another language, in italics."""
        if lang not in dict(CONTENT_LANGUAGES) or (lang == self.lang and not force):
            return
        self.lang = lang
        self.language_buttons[lang].setChecked(True)
        self.render()
        self.language_changed.emit(lang)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.setWindowState(self._state_before_full_screen)
        else:
            self._state_before_full_screen = self.windowState() & ~Qt.WindowState.WindowFullScreen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.full_screen_button.setText(_("Leave full screen (F11)") if self.isFullScreen() else _("Full screen (F11)"))
        self.activateWindow()

    # -- notes -----------------------------------------------------------------------------------------
    def add_note(self) -> Change | None:
        return self.record(NoteCategory.NOTE.value)

    def record_decision(self) -> Change | None:
        return self.record(NoteCategory.DECISION.value)

    def current_meeting(self) -> Meeting | None:
        """The meeting notes go to: the one this run recorded in, else today's (None: not created yet)."""
        found = self.doc.find(self._meeting_id) if self._meeting_id else None
        if isinstance(found, Meeting):
            return found
        today = date.today().isoformat()
        return next((m for m in reversed(self.doc.meetings) if m.date == today), None)

    def meeting_text(self) -> str:
        """The meeting as the window names it, e.g. "23.11.2025 · Fourth meeting"."""
        meeting = self.current_meeting()
        if meeting is not None:
            return meeting_label(meeting, self.lang)
        return _("{date} (a new meeting)").format(date=show_day(date.today().isoformat()))

    def _show_meeting(self) -> None:
        text = self.meeting_text()
        self.meeting_info.set_full_text(
            text, _("Notes and decisions go to the meeting of {meeting}").format(meeting=text)
        )

    def _meeting_for_notes(self) -> str | None:
        """The id of the meeting to record in; creates today's (an undoable step) on the first record."""
        meeting = self.current_meeting()
        if meeting is None:
            # Nobody is marked present or absent: meeting mode records notes, not who came.
            change = self.controller.apply(group.add_meeting, date.today().isoformat(), everyone_present=False)
            self._meeting_id = change.upserted[0] if change is not None and change.upserted else None
        else:
            self._meeting_id = meeting.id
        return self._meeting_id

    def record(self, category: str) -> Change | None:
        """Ask for the text of a note or decision about the item on screen and record it in the meeting."""
        item_id = self.selected_item_id()
        label, _fallback = item_label(self.doc, item_id, self.lang)
        answer = NoteDialog.ask(self, label, category, self.meeting_text())
        self.activateWindow()
        self.setFocus()
        if answer is None:
            return None
        text, _day = answer  # the meeting's date is the note's
        reasons: list[str] = []
        signals = (self.controller.operation_refused, self.controller.storage_failed)
        for signal in signals:
            signal.connect(reasons.append)
        try:
            meeting_id = self._meeting_for_notes()
            change = (
                self.controller.apply(
                    group.record_in_meeting,
                    meeting_id,
                    category,
                    {"body": {self.lang: text}},
                    item_ids=[item_id] if item_id else [],
                )
                if meeting_id
                else None
            )
        finally:
            for signal in signals:
                signal.disconnect(reasons.append)
        if change is None:  # keep what was typed: it may be all the minutes there are
            message = _("The note could not be recorded: {reason}").format(reason=" ".join(reasons))
            messages.show_error(self, message + "\n\n" + text)
        else:
            done = _("Decision recorded.") if category == NoteCategory.DECISION.value else _("Note added.")
            self.show_status(done + " " + _("Ctrl+Z takes it back."))
            if change.upserted:  # let the group see it listed (once the page is laid out)
                QTimer.singleShot(0, lambda note_id=change.upserted[0]: self._show_note(note_id))
        return change

    def note_texts(self) -> list[str]:
        """The notes listed on screen as plain text, newest first (for tests and screen readers)."""
        return [w.accessibleDescription() for w in self._note_widgets.values()]

    def show_status(self, text: str, msec: int = 6000) -> None:
        """A short message in the footer in place of the key hints."""
        self.hints_label.setText(f"<b>{escape(text)}</b>")
        self.status_timer.start(msec)

    # -- rendering ---------------------------------------------------------------------------------------
    def _update_selection(self) -> None:
        for row, activity in zip(self._rows, self.activities(), strict=False):
            selected = activity.id == self._activity_id
            if row.property("selected") != selected:
                row.setProperty("selected", selected)
                row.style().unpolish(row)
                row.style().polish(row)
        index = self.selected_activity_index()
        if index is None:
            self.scroll.verticalScrollBar().setValue(0)
        elif index < len(self._rows):
            self._ensure_visible(self._rows[index])

    def _show_note(self, note_id: str) -> None:
        widget = self._note_widgets.get(note_id)  # looked up now: an undo may have rebuilt the page
        if widget is not None:
            self._ensure_visible(widget)

    def _ensure_visible(self, widget: QWidget) -> None:
        margin = self.fontMetrics().height() * 2
        self.scroll.ensureWidgetVisible(widget, 0, margin)

    def _show_hints(self) -> None:
        keys = (
            ("← →", _("objective")),
            ("↑ ↓", _("activity")),
            ("N", _("note")),
            ("D", _("decision")),
            ("F11", _("full screen")),
            ("Esc", _("close")),
        )
        pairs = (f"<b>{escape(k)}</b>&nbsp;{escape(v).replace(' ', '&nbsp;')}" for k, v in keys)
        self.hints_label.setText("&nbsp;&nbsp; ".join(pairs))  # wraps only between pairs

    # -- events --------------------------------------------------------------------------------------
    def _on_row_clicked(self, index: int) -> None:
        self.select_activity(None if index == self.selected_activity_index() else index)

    def _on_document_changed(self, change: Change) -> None:
        self._show_meeting()  # e.g. the meeting's title written in the main window
        touched = {*change.upserted, *change.removed, *change.reordered}
        if change.operation in ("reload", "restore") or touched & self._watched:
            self.render()
            return
        for entity_id in change.upserted:  # new on this page: a note about it, an activity moved or added to it
            entity = self.doc.find(entity_id)
            if (isinstance(entity, Note) and self._watched.intersection(entity.item_ids)) or (
                isinstance(entity, Activity) and entity.objective_id == self._objective_id
            ):
                self.render()
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.controller.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.controller.undo_stack.redo()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom(1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom(-1)
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_0:
            self.zoom(0)
        elif event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        ):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_objective()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_objective()
        elif key == Qt.Key.Key_Home:
            self.show_objective(0)
        elif key == Qt.Key.Key_End:
            self.show_objective(len(self.doc.objectives) - 1)
        elif key == Qt.Key.Key_Down:
            self.select_next_activity()
        elif key == Qt.Key.Key_Up:
            self.select_previous_activity()
        elif key == Qt.Key.Key_N:
            self.add_note()
        elif key == Qt.Key.Key_D:
            self.record_decision()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.toggle_full_screen()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isFullScreen():
            self.setWindowState(self._state_before_full_screen)
        super().closeEvent(event)
