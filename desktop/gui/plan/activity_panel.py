"""The activity editor: everything one row of the action plan holds, as a form a group can read on a projector."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from desktop.core import activity_levels
from desktop.core import operations as op
from desktop.core.model import Activity, ActivityNumbering
from desktop.core.operations import Change
from desktop.core.timeframe import TimeError, parse_optional
from desktop.gui.controller import DocumentController
from desktop.gui.plan.budget_table import BudgetTable
from desktop.gui.plan.indicator_table import IndicatorTable
from desktop.gui.widgets.display import first_line, numbered, title_of
from desktop.gui.widgets.flow_layout import FlowLayout
from desktop.gui.widgets.text_field import (
    MessageLabel,
    MultilingualTextField,
    RefusalRouter,
    heading,
    language_tag,
    narrow_form,
    set_interactive,
    vbox,
)
from desktop.i18n import _

# Forms people write a time in, beside the stored ones ("2025", "2025-H1", "2025-Q3", "2025-05"):
# the tree shows "H1 2025" and "05.2025", so those must be accepted back.
_TIME_FORMS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^(\d{4})$"), "{0}"),
    (re.compile(r"^(\d{4})\s*[-/. ]?\s*([HQ])\s*(\d)$", re.IGNORECASE), "{0}-{1}{2}"),
    (re.compile(r"^([HQ])\s*(\d)\s*[-/. ]?\s*(\d{4})$", re.IGNORECASE), "{2}-{0}{1}"),
    (re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$"), "{1}-{0:0>2}"),
    (re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$"), "{0}-{1:0>2}"),
)


def normalise_time(text: str) -> str | None:
    """'h1 2025' -> '2025-H1', '5.2025' -> '2025-05'; "" -> None; anything else unchanged (the core explains)."""
    text = text.strip()
    if not text:
        return None
    for pattern, form in _TIME_FORMS:
        m = pattern.match(text)
        if m:
            return form.format(*(g.upper() for g in m.groups()))
    return text


class ActivityPanel(QWidget):
    """Edits one activity; shows an empty state when none is selected."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self._activity_id = ""
        self._edit_lang = "sq"
        self._reference_lang: str | None = None
        self._read_only = False
        self._number_of = ""  # the activity whose number the number box shows
        self._objective_items: list[tuple[str, str]] | None = None
        self._tag_items: list[tuple[str, str, bool]] | None = None
        self.tags: dict[str, QCheckBox] = {}

        self.empty_label = QLabel(_("Select an activity in the plan to edit it."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: #666666; }")

        form_page = QWidget(self)
        self._build_form(form_page)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_page)
        self.scroll = scroll

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(scroll)
        vbox(self).addWidget(self.stack)

        controller.document_changed.connect(self._on_document_changed)
        self.set_languages("sq", None)
        self.set_read_only(controller.read_only)  # a read-only session starts read-only
        self.show_activity("")

    def _build_form(self, page: QWidget) -> None:
        c = self.controller
        self.header = QLabel(page)
        self.header.setObjectName("activity_header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.header.setFont(font)
        self.language_note = QLabel(page)
        self.language_note.setStyleSheet("QLabel { color: #555555; }")

        # A title wraps instead of scrolling sideways: long titles stay readable on a projector.
        self.title = MultilingualTextField(
            c, "title", multiline=True, min_lines=1, max_lines=4, one_paragraph=True, parent=page
        )
        self.description = MultilingualTextField(c, "description", multiline=True, min_lines=3, parent=page)
        self.responsible = MultilingualTextField(
            c, "responsible", multiline=True, min_lines=1, max_lines=3, one_paragraph=True, parent=page
        )
        self.partners = MultilingualTextField(c, "partners", multiline=True, min_lines=2, max_lines=6, parent=page)
        self.timeframe_note = MultilingualTextField(c, "timeframe_note", parent=page)
        self.timeframe_note.set_placeholder(_("e.g. continuously 2025–2027"))
        self.notes = MultilingualTextField(c, "notes", multiline=True, min_lines=2, parent=page)
        self.text_fields = [
            self.title,
            self.description,
            self.responsible,
            self.partners,
            self.timeframe_note,
            self.notes,
        ]

        self.objective_combo = QComboBox(page)
        self.objective_combo.setObjectName("objective_combo")
        self.objective_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective_combo.setMinimumContentsLength(30)
        self.objective_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.objective_combo.currentIndexChanged.connect(self._on_objective_chosen)
        self.objective_message = MessageLabel(page)

        self.tags_box = QWidget(page)
        self.tags_box.setObjectName("target_group_tags")
        self.tags_layout = FlowLayout(self.tags_box, spacing=8)
        self.tags_layout.setContentsMargins(0, 0, 0, 0)
        self.no_tags_label = QLabel(_("The plan has no target groups yet: add them under Target groups."), page)
        self.no_tags_label.setStyleSheet("QLabel { color: #666666; }")
        self.no_tags_label.setWordWrap(True)
        self.tags_message = MessageLabel(page)
        tags = QWidget(page)
        tags_layout = vbox(tags, spacing=2)
        tags_layout.addWidget(self.tags_box)
        tags_layout.addWidget(self.no_tags_label)
        tags_layout.addWidget(self.tags_message)

        self.start_edit = QLineEdit(page)
        self.start_edit.setObjectName("start_edit")
        self.end_edit = QLineEdit(page)
        self.end_edit.setObjectName("end_edit")
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText("2025-H1")
            edit.setFixedWidth(self.fontMetrics().horizontalAdvance("2025-Q3  ") + 40)
            edit.editingFinished.connect(self.commit_timeframe)
        hint = self.timeframe_hint = QLabel(_("a year, half, quarter or month: 2025, 2025-H1, 2025-Q3, 2025-05"), page)
        hint.setStyleSheet("QLabel { color: #555555; }")
        hint.setWordWrap(True)
        self.timeframe_message = MessageLabel(page)
        time_row = QHBoxLayout()
        time_row.setSpacing(8)
        time_row.addWidget(QLabel(_("from"), page))
        time_row.addWidget(self.start_edit)
        time_row.addWidget(QLabel(_("to"), page))
        time_row.addWidget(self.end_edit)
        time_row.addWidget(hint, 1)
        timeframe = QWidget(page)
        time_layout = vbox(timeframe, spacing=2)
        time_layout.addLayout(time_row)
        time_layout.addWidget(self.timeframe_message)
        objective = QWidget(page)
        objective_layout = vbox(objective, spacing=2)
        objective_layout.addWidget(self.objective_combo)
        objective_layout.addWidget(self.objective_message)

        # The number the source gave the activity ("1.", "2.3"): printed when the plan keeps the source's numbering.
        self.number_edit = QLineEdit(page)
        self.number_edit.setObjectName("source_number_edit")
        self.number_edit.setPlaceholderText(_("e.g. 1.2"))
        self.number_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("12.12.12  ") + 40)
        self.number_edit.setToolTip(_("The plan keeps the numbers of its source: this one is printed for the activity"))
        self.number_edit.editingFinished.connect(self.commit_number)
        self.number_message = MessageLabel(page)
        self.number_row = QWidget(page)
        number_layout = vbox(self.number_row, spacing=2)
        number_layout.addWidget(self.number_edit)
        number_layout.addWidget(self.number_message)

        self.budget = BudgetTable(c, page)
        self.indicators = IndicatorTable(c, page)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.form = form
        rows = (
            (_("Title"), self.title),
            (_("Number in the source"), self.number_row),
            (_("Objective"), objective),
            (_("Description"), self.description),
            (_("Responsible"), self.responsible),
            (_("Partners"), self.partners),
            (_("Target groups"), tags),
            (_("Time frame"), timeframe),
            (_("Time frame in words"), self.timeframe_note),
        )
        for text, widget in rows:
            form.addRow(self._row_label(text, page), widget)

        layout = vbox(page, margins=16, spacing=6)
        layout.addWidget(self.header)
        layout.addWidget(self.language_note)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(heading(_("Budget"), page))
        layout.addWidget(self.budget)
        layout.addWidget(heading(_("Indicators"), page))
        layout.addWidget(self.indicators)
        layout.addWidget(heading(_("Notes"), page))
        layout.addWidget(self.notes)
        layout.addStretch(1)

    @staticmethod
    def _row_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setStyleSheet("QLabel { font-weight: 600; padding-top: 4px; }")
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow_form(self.form, self.width())

    # -- public API ----------------------------------------------------------------------------
    @property
    def activity_id(self) -> str:
        return self._activity_id

    def activity(self) -> Activity | None:
        entity = self.controller.doc.find(self._activity_id) if self._activity_id else None
        return entity if isinstance(entity, Activity) else None

    def show_activity(self, activity_id: str) -> None:
        """Edit this activity ("" shows the empty state)."""
        if activity_id != self._activity_id:
            self.controller.close_merge()
            self.scroll.verticalScrollBar().setValue(0)  # another activity starts at its top
        self._activity_id = activity_id
        for f in self.text_fields:
            f.set_entity(activity_id)
        self.budget.set_activity(activity_id)
        self.indicators.set_activity(activity_id)
        for label in (self.objective_message, self.tags_message, self.timeframe_message, self.number_message):
            label.clear_message()
        self._objective_items = self._tag_items = None
        act = self.controller.doc.find(activity_id) if activity_id else None
        frozen = act is not None and op.frozen_reason(self.controller.doc, act) is not None
        self.set_read_only(self.controller.read_only or frozen)  # a revised version is kept as adopted
        self.refresh()

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        """Edit texts in `edit_lang`; show `reference_lang` beside them (None hides it)."""
        self._edit_lang = edit_lang
        self._reference_lang = reference_lang if reference_lang != edit_lang else None
        for f in self.text_fields:
            f.set_languages(edit_lang, self._reference_lang)
        self.indicators.set_languages(edit_lang, self._reference_lang)
        self.budget.set_language(edit_lang)
        self._objective_items = self._tag_items = None
        self.refresh()

    def focus_budget(self) -> None:
        """Bring the budget lines into view with the keyboard in them, ready to type an amount."""
        if not self._activity_id:
            return
        self.scroll.ensureWidgetVisible(self.budget, 0, 0)
        self.budget.start_editing()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for f in self.text_fields:
            f.set_read_only(read_only)
        self.budget.set_read_only(read_only)
        self.indicators.set_read_only(read_only)
        set_interactive(self.objective_combo, not read_only)
        for edit in (self.start_edit, self.end_edit, self.number_edit):
            edit.setReadOnly(read_only)
        self.timeframe_hint.setVisible(not read_only)  # how to type a time: no use when nothing can be typed
        for box in self.tags.values():
            set_interactive(box, not read_only)

    def refresh(self) -> None:
        """Show the stored activity (text fields and tables refresh themselves)."""
        act = self.activity()
        self.stack.setCurrentIndex(1 if act is not None else 0)
        if act is None:
            return
        number = self.controller.doc.numbers().get(act.id)
        self.header.setText(numbered(number, _("Activity")) if number else _("Activity"))
        if self._reference_lang:
            note = _("Writing in {edit}; {reference} is shown for comparison.")
            note = note.format(edit=language_tag(self._edit_lang), reference=language_tag(self._reference_lang))
        else:
            note = _("Writing in {edit}.").format(edit=language_tag(self._edit_lang))
        self.language_note.setText(note)
        self._refresh_objectives(act)
        self._refresh_tags(act)
        self._refresh_timeframe(act)
        self._refresh_number(act)

    def commit_number(self) -> None:
        """Store the source's number typed for the activity (empty: numbered as the plan numbers)."""
        act = self.activity()
        if act is None or self._read_only:
            return
        text = self.number_edit.text().strip() or None
        if text == act.number:
            return
        if self.router.apply(self.number_message, activity_levels.set_activity_number, act.id, text) is None:
            self._refresh_number(act)

    def _refresh_number(self, act: Activity) -> None:
        plan = self.controller.doc.plan_of(act)
        kept = plan is not None and plan.numbering == ActivityNumbering.KEPT
        self.form.setRowVisible(self.number_row, kept)
        typing = self.number_edit.hasFocus() and self._number_of == act.id  # never overwrite what is being typed
        if self.number_edit.text() != (act.number or "") and not typing:
            self.number_edit.setText(act.number or "")
        self._number_of = act.id

    def commit_timeframe(self) -> None:
        """Store the start and end typed in the time-frame boxes (called when the user leaves them)."""
        act = self.activity()
        if act is None or self._read_only:
            return
        start, end = normalise_time(self.start_edit.text()), normalise_time(self.end_edit.text())
        if (start, end) == (act.start, act.end):
            self._refresh_timeframe(act)  # show the tidy form of what was typed
            return
        if self.router.apply(self.timeframe_message, op.set_timeframe, act.id, start, end) is None:
            # The boxes show the stored values again; the message names what was refused.
            self._refresh_timeframe(act)
            for value in (start, end):
                try:
                    parse_optional(value)
                except TimeError:
                    self.timeframe_message.show_message(
                        _(
                            "“{value}” is not a year, half, quarter or month: write 2025, 2025-H1, 2025-Q3 or 2025-05."
                        ).format(value=value)
                    )
                    return

    # -- internals -----------------------------------------------------------------------------
    def _refresh_objectives(self, act: Activity) -> None:
        doc = self.controller.doc
        numbers = doc.numbers()
        items = []
        for obj in doc.objectives:
            text, _shown = title_of(obj, self._edit_lang)
            items.append((obj.id, numbered(numbers.get(obj.id), first_line(text, 90))))
        if items != self._objective_items:
            self._objective_items = items
            self.objective_combo.blockSignals(True)
            self.objective_combo.clear()
            for oid, label in items:
                self.objective_combo.addItem(label, oid)
                self.objective_combo.setItemData(self.objective_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            self.objective_combo.blockSignals(False)
        index = self.objective_combo.findData(act.objective_id)
        if index != self.objective_combo.currentIndex():
            self.objective_combo.blockSignals(True)
            self.objective_combo.setCurrentIndex(index)
            self.objective_combo.blockSignals(False)
        self.objective_combo.setToolTip(self.objective_combo.currentText())

    def _refresh_tags(self, act: Activity) -> None:
        groups = self.controller.doc.target_groups
        items = []
        for g in groups:
            text, shown = title_of(g, self._edit_lang)
            items.append((g.id, first_line(text, 60), shown not in (self._edit_lang, None)))
        if items != self._tag_items:
            self._tag_items = items
            while self.tags_layout.count():
                widget = self.tags_layout.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            self.tags = {}
            for gid, text, other_language in items:
                box = QCheckBox(text, self.tags_box)
                box.setObjectName("target_group_tag")
                set_interactive(box, not self._read_only)
                if other_language:
                    # Not yet translated into the edit language: shown in another one, in italics.
                    font = box.font()
                    font.setItalic(True)
                    box.setFont(font)
                    box.setToolTip(_("Not yet in {language}.").format(language=language_tag(self._edit_lang)))
                box.toggled.connect(self._on_tag_toggled)
                self.tags_layout.addWidget(box)
                self.tags[gid] = box
            self.tags_box.updateGeometry()
        self.no_tags_label.setVisible(not items)
        chosen = set(act.target_group_ids)
        for gid, box in self.tags.items():
            if box.isChecked() != (gid in chosen):
                box.blockSignals(True)
                box.setChecked(gid in chosen)
                box.blockSignals(False)

    def _refresh_timeframe(self, act: Activity) -> None:
        for edit, value in ((self.start_edit, act.start or ""), (self.end_edit, act.end or "")):
            if edit.text() != value:
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)

    def _on_objective_chosen(self, index: int) -> None:
        act = self.activity()
        objective_id = self.objective_combo.itemData(index)
        if act is None or self._read_only or not objective_id or objective_id == act.objective_id:
            return
        if self.router.apply(self.objective_message, op.move_activity, act.id, objective_id, None) is None:
            self._refresh_objectives(act)

    def _on_tag_toggled(self, _checked: bool) -> None:
        act = self.activity()
        if act is None or self._read_only:
            return
        chosen = [gid for gid, box in self.tags.items() if box.isChecked()]
        if self.router.apply(self.tags_message, op.set_activity_target_groups, act.id, chosen) is None:
            self._refresh_tags(act)

    def _on_document_changed(self, change: Change) -> None:
        if not self._activity_id:
            return
        if change.operation == "reload":
            self._objective_items = self._tag_items = None
        # Cheap enough to recompute on every change; each part only redraws when what it shows differs.
        self.refresh()
