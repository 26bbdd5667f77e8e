"""Meeting mode's page: the objective on screen with its activities (number, title, responsible, time frame,
budget, lined up in columns) and the notes and decisions about them, drawn anew from the document."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.model import Activity, Note, Objective
from desktop.core.text import MultiText
from desktop.formatting import format_amount
from desktop.gui.group.meeting_style import sizes
from desktop.gui.group.notes_panel import category_name, note_date, notes_newest_first
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import document_name, format_span, kind_name
from desktop.i18n import _


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _activity_budget(activity: Activity) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for line in activity.budget_lines:
        totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
    return totals


def _amounts(totals: dict[str, Decimal], lang: str) -> str:
    return "\n".join(format_amount(v, cur, lang) for cur, v in sorted(totals.items())) if totals else "—"


class ActivityRow(QFrame):
    """One activity of the list; a click selects it."""

    clicked = Signal(int)

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.index)
        super().mousePressEvent(event)


class MeetingPageRenderer:
    """The page-drawing half of MeetingWindow (which holds the state it reads: `doc`, `lang`, `font_pt`, the
    objective and activity shown, the scroll area and the footer's labels)."""

    def _text_html(self, mt: MultiText, default: str = "") -> tuple[str, str]:
        """(HTML, plain text) in the meeting language; a fallback in italics with its language tag."""
        text, shown = best_in(mt, self.lang)
        if not text:
            return escape(default), default
        if shown == self.lang:
            return _html(text), text
        size = sizes(self.font_pt)["small"]
        tag = f'<span style="font-style: normal; font-weight: normal; font-size: {size}pt;">[{escape(shown)}]</span>'
        return f"<i>{_html(text)}</i>&nbsp;{tag}", text

    def _label(self, parent: QWidget, html: str, role: str | None = None, name: str | None = None) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setWordWrap(True)
        label.setIndent(0)
        label.setText(html)
        if role:
            label.setProperty("role", role)
        if name:
            label.setObjectName(name)
        return label

    def render(self) -> None:
        """Rebuild the page for the objective on screen from the document."""
        doc = self.doc
        objectives = doc.objectives
        if self._objective_id not in {o.id for o in objectives}:
            self._objective_id = objectives[0].id if objectives else None  # deleted (or the plan is empty)
            self._activity_id = None
        objective = self.current_objective()
        activities = self.activities()
        if self._activity_id not in {a.id for a in activities}:
            self._activity_id = None
        numbers = doc.numbers()
        old_scroll = self.scroll.verticalScrollBar().value()
        same_page = self.scroll.widget() is not None and self.scroll.widget().property("objective") == (
            self._objective_id or ""
        )

        page = QWidget()
        page.setObjectName("meeting_page")
        page.setProperty("objective", self._objective_id or "")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 24, 40, 32)
        layout.setSpacing(8)
        self._rows = []
        self._note_widgets = {}

        self.setWindowTitle(_("Meeting") + " – " + document_name(doc, self.lang))
        self._show_meeting()

        if objective is None:
            self._plain_title = _("This plan has no strategic objectives yet.")
            self.title_label = self._label(page, escape(self._plain_title), name="meeting_title")
            layout.addWidget(self.title_label)
            layout.addStretch(1)
            self._watched = {doc.id, doc.strategy.id}
            self._finish_render(page, same_page, old_scroll, 0, 0)
            return

        number = numbers.get(objective.id, "")
        kicker = self._label(page, escape(kind_name("objective")), name="meeting_kicker")
        title_html, title_plain = self._text_html(objective.title, _("(untitled)"))
        self._plain_title = f"{number}. {title_plain}"
        self.title_label = self._label(page, f"{escape(number)}.&nbsp;{title_html}", name="meeting_title")
        layout.addWidget(kicker)
        layout.addWidget(self.title_label)
        description_html, description = self._text_html(objective.description)
        if description:
            layout.addSpacing(4)
            layout.addWidget(self._label(page, description_html, name="meeting_description"))

        self._add_activities(page, layout, activities, numbers)
        self._add_notes(page, layout, objective, activities, numbers)
        layout.addStretch(1)

        self._watched = {doc.id, doc.strategy.id, *(p.id for p in doc.action_plans)}
        self._watched |= {e.id for e in objective.walk()}
        for activity in activities:
            self._watched |= {e.id for e in activity.walk()}
        self._watched |= set(self._note_widgets)
        self._finish_render(page, same_page, old_scroll, self.objective_index() + 1, len(objectives))

    def _column_widths(self, activities: list[Activity]) -> tuple[int, int, int]:
        """Widths of the number, time frame and budget columns, so that every row lines up."""
        s = sizes(self.font_pt)
        base = QFont(self.font())
        base.setPointSize(s["base"])
        bold = QFont(base)
        bold.setBold(True)  # the total
        number_font = QFont(bold)
        number_font.setPointSize(s["activity"])
        fm, fm_bold = QFontMetrics(base), QFontMetrics(bold)
        number = QFontMetrics(number_font).horizontalAdvance("0.00") + 16
        time = fm.horizontalAdvance("Q1 2025 – Q4 2027")
        for activity in activities:  # room for a short note ("continuously 2025-2027") on one line
            note = best_in(activity.timeframe_note, self.lang)[0]
            time = max(time, min(fm.horizontalAdvance(note), int(time * 1.4)))
        totals: dict[str, Decimal] = {}
        for activity in activities:
            for line in activity.budget_lines:
                totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
        amounts = [_amounts(_activity_budget(a), self.lang) for a in activities] + ["000 000 EUR"]
        widest = max(fm.horizontalAdvance(line) for text in amounts for line in text.split("\n"))
        widest_total = max(fm_bold.horizontalAdvance(line) for line in _amounts(totals, self.lang).split("\n"))
        return number, time + 8, max(widest, widest_total) + 8

    @staticmethod
    def _grid(parent: QWidget, margins: tuple[int, int, int, int] = (10, 10, 10, 12)) -> QGridLayout:
        """The four columns of the activity list: number, title/responsible, time frame, budget."""
        grid = QGridLayout(parent)
        grid.setContentsMargins(*margins)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        return grid

    def _cell(self, parent: QWidget, html: str, width: int, role: str | None = None, right: bool = False) -> QLabel:
        """A label of fixed width, so that the columns of every row line up (longer text wraps)."""
        label = self._label(parent, html, role)
        label.setFixedWidth(width)
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
        return label

    def _add_activities(
        self, page: QWidget, layout: QVBoxLayout, activities: list[Activity], numbers: dict[str, str]
    ) -> None:
        layout.addWidget(self._label(page, escape(_("Activities")), role="heading"))
        if not activities:
            layout.addWidget(self._label(page, escape(_("This objective has no activities yet.")), role="muted"))
            return
        w_number, w_time, w_budget = self._column_widths(activities)
        edge = 8  # the rows' coloured left edge
        captions = QWidget(page)
        grid = self._grid(captions, (10 + edge, 0, 10, 2))
        grid.addWidget(self._cell(captions, "", w_number), 0, 0)
        grid.addWidget(self._label(captions, escape(_("Responsible")), role="caption"), 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._cell(captions, escape(_("Time frame")), w_time, "caption"), 0, 2)
        grid.addWidget(self._cell(captions, escape(_("Budget")), w_budget, "caption", right=True), 0, 3)
        layout.addWidget(captions)
        rule = QFrame(page)
        rule.setProperty("role", "rule")
        rule.setFixedHeight(2)
        layout.addWidget(rule)

        totals: dict[str, Decimal] = {}
        for index, activity in enumerate(activities):
            row = ActivityRow(index, page)
            row.setProperty("role", "row")
            row.setProperty("selected", activity.id == self._activity_id)
            row.setCursor(Qt.CursorShape.PointingHandCursor)
            row.clicked.connect(self._on_row_clicked)
            grid = self._grid(row)
            title_html, _title = self._text_html(activity.title, _("(untitled)"))
            responsible_html, _responsible = self._text_html(activity.responsible, "—")
            span = escape(format_span(activity.start, activity.end))
            note_html, note = self._text_html(activity.timeframe_note)
            time_html = "<br>".join(part for part in (span, note_html if note else "") if part) or "—"
            budget = _activity_budget(activity)
            for currency, amount in budget.items():
                totals[currency] = totals.get(currency, Decimal(0)) + amount
            grid.addWidget(self._cell(row, escape(numbers.get(activity.id, "")), w_number, "number"), 0, 0)
            grid.addWidget(self._label(row, title_html, role="activity_title"), 0, 1, 1, 3)
            grid.addWidget(self._label(row, responsible_html), 1, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._cell(row, time_html, w_time), 1, 2)
            grid.addWidget(self._cell(row, _html(_amounts(budget, self.lang)), w_budget, right=True), 1, 3)
            layout.addWidget(row)
            self._rows.append(row)
        if totals:
            total_row = QWidget(page)
            grid = self._grid(total_row, (10 + edge, 6, 10, 0))
            grid.addWidget(self._cell(total_row, "", w_number), 0, 0)
            label = self._label(total_row, escape(_("Total")), role="total")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, 1, 1, 2)
            grid.addWidget(self._cell(total_row, _html(_amounts(totals, self.lang)), w_budget, "total", True), 0, 3)
            layout.addWidget(total_row)

    def _add_notes(
        self,
        page: QWidget,
        layout: QVBoxLayout,
        objective: Objective,
        activities: list[Activity],
        numbers: dict[str, str],
    ) -> None:
        about_ids = {e.id for e in objective.walk()} | {a.id for a in activities}
        notes: list[Note] = [n for n in self.doc.notes if about_ids.intersection(n.item_ids)]
        layout.addWidget(self._label(page, escape(_("Notes and decisions")), role="heading"))
        if not notes:
            hint = _("None yet. Select an activity with the arrow keys, then press N for a note or D for a decision.")
            layout.addWidget(self._label(page, escape(hint), role="muted"))
            return
        for note in notes_newest_first(notes, self.doc):
            item = self.doc.find(note.item_id)
            about = f"{kind_name(item.KIND)} {numbers.get(note.item_id, '')}".strip() if item else ""
            body_html, body = self._text_html(note.body)
            head = " · ".join(x for x in (note_date(note, self.doc), about) if x)
            frame = QFrame(page)
            frame.setProperty("role", "note")
            frame.setProperty("category", note.category)
            box = QVBoxLayout(frame)
            box.setContentsMargins(14, 4, 4, 6)
            box.setSpacing(2)
            category = category_name(note.category)
            box.addWidget(self._label(frame, f"<b>{escape(category)}</b> · {escape(head)}", role="muted"))
            box.addWidget(self._label(frame, body_html))
            frame.setAccessibleDescription(f"{note_date(note, self.doc)} {category} {about}: {body}")
            layout.addWidget(frame)
            self._note_widgets[note.id] = frame

    def _finish_render(self, page: QWidget, same_page: bool, old_scroll: int, position: int, count: int) -> None:
        self.scroll.setWidget(page)  # deletes the previous page
        self.position_label.setText(
            _("Objective {n} of {total}").format(n=position, total=count) if count else _("No objectives")
        )
        self.previous_button.setEnabled(position > 1)
        self.next_button.setEnabled(0 < position < count)
        self._show_hints()
        if same_page:
            page.layout().activate()
            self.scroll.verticalScrollBar().setValue(old_scroll)
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(old_scroll))
