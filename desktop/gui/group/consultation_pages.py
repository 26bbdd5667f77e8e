"""The consultations with the community that shaped the strategy: the overview (the folder page of the
tree's "Consultations" node) and the form of one consultation with its participants by gender."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import group
from desktop.core.model import Consultation, ConsultationMethod, Entity, ParticipantGroup
from desktop.core.text import LANGUAGES, MultiText
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.plan.budget_table import format_number
from desktop.gui.translation.serbian_script import best_in, for_storage, text_in
from desktop.gui.widgets import messages
from desktop.gui.widgets.editor_page import (
    ID_ROLE,
    EditorPage,
    OverviewPage,
    choice_combo,
    fit_rows,
    select,
    show_text,
    text_item,
)
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter, heading, language_tag, set_interactive, vbox
from desktop.i18n import N_, _, ngettext

METHOD_NAMES = {
    ConsultationMethod.FOCUS_GROUP.value: N_("Focus group"),
    ConsultationMethod.INTERVIEW.value: N_("Interview"),
    ConsultationMethod.WORKSHOP.value: N_("Workshop"),
    ConsultationMethod.PUBLIC_HEARING.value: N_("Public hearing"),
    ConsultationMethod.SURVEY.value: N_("Survey"),
    ConsultationMethod.OTHER.value: N_("Other"),
}
COUNT_FIELDS = ("women", "men", "unspecified")
COL_TARGET, COL_LABEL, COL_WOMEN, COL_MEN, COL_UNSPECIFIED, COL_TOTAL = range(6)
COUNT_COLUMNS = dict(zip((COL_WOMEN, COL_MEN, COL_UNSPECIFIED), COUNT_FIELDS, strict=True))
MISSING_BACKGROUND = QColor("#fde2e1")  # the badge colour of a missing text
TOTAL_BACKGROUND = QColor("#eeeeee")
_WHOLE = re.compile(r"[0-9]+")


def method_name(method: str) -> str:
    return _(METHOD_NAMES[method]) if method in METHOD_NAMES else method


def shown_date(iso: str) -> str:
    """dd.MM.yyyy, as official documents write it."""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def parse_count(text: str) -> int | None:
    """A number of people as typed ("1 200" too); None when it is not a whole number of 0 or more."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", text) or "0"
    if not _WHOLE.fullmatch(digits):
        return None
    # Longer than the largest count allowed: too many, without reading thousands of digits.
    return int(digits) if len(digits) <= len(str(group.MAX_COUNT)) else group.MAX_COUNT + 1


def objective_numbers(doc, ids: list[str]) -> str:
    numbers = doc.numbers()
    return ", ".join(numbers[i] for i in ids if i in numbers)


class ParticipantsTable(QWidget):
    """One row per group of participants (a target group of the strategy or a group named here), women,
    men and not stated by row, and a row of totals."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.consultation_id = ""
        self.edit_lang = "sq"
        self.read_only = False
        self._structure: tuple | None = None

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("participants_table")
        self.table.setHorizontalHeaderLabels(
            [_("Target group"), _("Group (as named in the record)"), _("Women"), _("Men"), _("Not stated"), _("Total")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("100 000") + 24)  # room for big counts
        for col in (COL_WOMEN, COL_MEN, COL_UNSPECIFIED, COL_TOTAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_target = QComboBox(self)
        self.new_target.setObjectName("new_group_target")
        # Long target-group names must not widen the page: the combo shows ~20 characters, the list all.
        self.new_target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_target.setMinimumContentsLength(20)
        self.new_target.currentIndexChanged.connect(self._update_buttons)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_group_name")
        self.new_name.setPlaceholderText(_("Name of the group, e.g. social workers"))
        self.new_name.returnPressed.connect(self.add_group)
        self.add_button = QPushButton(_("Add group"), self)
        self.add_button.setObjectName("add_group")
        self.add_button.clicked.connect(self.add_group)
        self.remove_button = QPushButton(_("Remove group"), self)
        self.remove_button.setObjectName("remove_group")
        self.remove_button.setToolTip(_("Remove the selected group of participants (Undo brings it back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = MessageLabel(self)
        self.message.setObjectName("participants_message")

        layout = vbox(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.controls = QWidget(self)
        # Two rows, so the page stays usable in a narrow window and in longer languages.
        rows = QGridLayout(self.controls)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.new_target, 0, 0)
        rows.addWidget(self.new_name, 0, 1)
        rows.addWidget(self.add_button, 0, 2)
        rows.addWidget(self.remove_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        rows.setColumnStretch(1, 1)
        layout.addWidget(self.controls)

    def consultation(self) -> Consultation | None:
        c = self.controller.doc.find(self.consultation_id) if self.consultation_id else None
        return c if isinstance(c, Consultation) else None

    def set_consultation(self, consultation_id: str) -> None:
        self.consultation_id = consultation_id
        self._structure = None
        self.message.clear_message()
        self.new_name.clear()

    def group_id(self, row: int) -> str:
        item = self.table.item(row, COL_LABEL)
        return (item.data(ID_ROLE) or "") if item is not None else ""

    def row_of(self, group_id: str) -> int:
        return next((r for r in range(self.table.rowCount()) if self.group_id(r) == group_id), -1)

    def refresh(self) -> None:
        c = self.consultation()
        groups = c.participants if c else []
        doc = self.controller.doc
        targets = tuple((t.id, best_in(t.name, self.edit_lang)[0]) for t in doc.target_groups)
        structure = (self.consultation_id, tuple(g.id for g in groups), targets, self.read_only, self.edit_lang)
        if structure != self._structure:
            self._structure = structure
            self._build(groups, targets)
        self._fill(groups)
        self.controls.setVisible(not self.read_only)
        self._update_buttons()

    def add_group(self) -> None:
        c = self.consultation()
        if c is None or self.read_only:
            return
        target = self.new_target.currentData() or None
        name = self.new_name.text().strip()
        if not target and not name:
            self._refuse_nameless()
            return
        label = {self.edit_lang: for_storage(name, self.edit_lang, "")} if name and not target else None
        # run(), not apply(): set_participants has its own `label` keyword
        change = self.router.run(
            self.message,
            lambda: self.controller.apply(group.set_participants, c.id, None, target_group_id=target, label=label),
        )
        if change is not None:
            self.new_name.clear()
            row = self.row_of(change.upserted[0]) if change.upserted else -1
            if row >= 0:
                self.table.setCurrentCell(row, COL_WOMEN)

    def remove_selected(self) -> None:
        gid = self.group_id(self.table.currentRow()) if self.table.currentRow() >= 0 else ""
        if gid and not self.read_only:
            self.router.apply(self.message, group.delete_participants, gid)

    # -- internals -----------------------------------------------------------------------------
    def _build(self, groups: list[ParticipantGroup], targets: tuple) -> None:
        """Rows, items and target-group choosers; the values are filled in by _fill."""
        current = self.group_id(self.table.currentRow()) if self.table.currentRow() >= 0 else ""
        editable = not self.read_only
        self.new_target.blockSignals(True)
        self.new_target.clear()
        for tid, name in targets:
            self.new_target.addItem(name, tid)
        self.new_target.addItem(_("Another group (type its name)"), "")
        self.new_target.blockSignals(False)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)  # drops the old items and choosers
            self.table.clearSpans()
            self.table.setRowCount(len(groups) + 1)
            for row, g in enumerate(groups):
                chooser = QComboBox(self.table)
                chooser.setObjectName("target_chooser")
                chooser.addItem("—", "")
                for tid, name in targets:
                    chooser.addItem(name, tid)
                chooser.currentIndexChanged.connect(lambda _i, gid=g.id, box=chooser: self._on_target(gid, box))
                set_interactive(chooser, editable)
                self.table.setCellWidget(row, COL_TARGET, chooser)
                for col in range(1, 6):
                    item = QTableWidgetItem()
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if editable and col != COL_TOTAL:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    if col != COL_LABEL:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, col, item)
                self.table.item(row, COL_LABEL).setData(ID_ROLE, g.id)
            total_row = len(groups)
            self.table.setSpan(total_row, COL_TARGET, 1, 2)
            for col in (COL_TARGET, COL_WOMEN, COL_MEN, COL_UNSPECIFIED, COL_TOTAL):
                item = QTableWidgetItem(_("Total") if col == COL_TARGET else "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(TOTAL_BACKGROUND))
                if col != COL_TARGET:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(total_row, col, item)
        finally:
            self.table.blockSignals(False)
        edit = QAbstractItemView.EditTrigger
        triggers = edit.DoubleClicked | edit.EditKeyPressed | edit.AnyKeyPressed | edit.SelectedClicked
        self.table.setEditTriggers(triggers if editable else edit.NoEditTriggers)
        row = self.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentCell(row, COL_LABEL)

    def _fill(self, groups: list[ParticipantGroup]) -> None:
        # In place: the cell being edited is still on the call stack when its change comes back.
        totals = group.participant_totals([self.consultation()] if self.consultation() else [])
        self.table.blockSignals(True)
        try:
            for row, g in enumerate(groups):
                chooser = self.table.cellWidget(row, COL_TARGET)
                select(chooser, g.target_group_id or "")
                self._fill_label(self.table.item(row, COL_LABEL), g)
                for col, field in COUNT_COLUMNS.items():
                    self._set(self.table.item(row, col), str(getattr(g, field)))
                self._set(self.table.item(row, COL_TOTAL), str(g.total))
            last = len(groups)
            for col, key in zip(
                (COL_WOMEN, COL_MEN, COL_UNSPECIFIED, COL_TOTAL), (*COUNT_FIELDS, "total"), strict=True
            ):
                self._set(self.table.item(last, col), str(totals[key]))
        finally:
            self.table.blockSignals(False)
        self._fit_height()

    @staticmethod
    def _set(item: QTableWidgetItem, text: str) -> None:
        if item.text() != text:
            item.setText(text)

    def _fill_label(self, item: QTableWidgetItem, g: ParticipantGroup) -> None:
        text = text_in(g.label, self.edit_lang)
        self._set(item, text)
        missing = not text and not g.label.is_empty()
        item.setBackground(QBrush(MISSING_BACKGROUND) if missing else QBrush())
        if missing:
            other, lang = best_in(g.label, self.edit_lang)
            item.setToolTip(
                "{}\n{}: {}".format(
                    _("Not yet in {language}.").format(language=language_tag(self.edit_lang)),
                    language_tag(lang or ""),
                    other,
                )
            )
        else:
            item.setToolTip("")

    def _fit_height(self) -> None:
        self.table.resizeRowsToContents()
        minimum = self.fontMetrics().height() + 16
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(self.table.rowHeight(row), minimum))
            height += self.table.rowHeight(row)
        # A narrow panel: the columns scroll sideways (the bar itself appears only after this layout pass).
        if self.table.horizontalHeader().length() > self.table.width() - 2 * self.table.frameWidth():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapping and the sideways scroll bar depend on the width

    def _update_buttons(self, *_args) -> None:
        self.new_name.setEnabled(not self.new_target.currentData())
        self.remove_button.setEnabled(not self.read_only and bool(self.group_id(self.table.currentRow())))

    def _show_stored(self) -> None:
        self._fill(self.consultation().participants if self.consultation() else [])

    def _on_target(self, group_id: str, box: QComboBox) -> None:
        c = self.consultation()
        g = self.controller.doc.find(group_id)
        if c is None or not isinstance(g, ParticipantGroup) or self.read_only:
            return
        if not box.currentData() and g.label.is_empty():
            self._refuse_nameless()
            return
        change = self.router.apply(
            self.message, group.set_participants, c.id, group_id, target_group_id=box.currentData() or None
        )
        if change is None:
            self._show_stored()

    def _refuse_nameless(self) -> None:
        self.message.show_message(_("Choose a target group, or type the name of the group."))
        self._show_stored()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        c = self.consultation()
        gid = self.group_id(item.row())
        g = self.controller.doc.find(gid) if gid else None
        if c is None or not isinstance(g, ParticipantGroup) or self.read_only:
            return
        text = item.text().strip()
        if item.column() == COL_LABEL:
            if text == text_in(g.label, self.edit_lang):
                return
            if not text and not g.target_group_id and not any(g.label.get(x) for x in LANGUAGES if x != self.edit_lang):
                self._refuse_nameless()  # a group nobody could name any more
                return
            stored = for_storage(text, self.edit_lang, g.label.get(self.edit_lang))
            change = self.router.run(
                self.message, lambda: self.controller.set_text(g.id, "label", self.edit_lang, stored)
            )
            self.controller.close_merge()  # one cell, one undo step
        elif item.column() in COUNT_COLUMNS:
            field = COUNT_COLUMNS[item.column()]
            number = parse_count(text)
            if number is None or number > group.MAX_COUNT:
                self.message.show_message(
                    _("Type the number of people as a whole number, 0 or more.")
                    if number is None
                    else _("A group cannot have more than {n} people.").format(n=format_number(group.MAX_COUNT))
                )
                change = None
            elif number == getattr(g, field):
                change = None
                self.message.clear_message()
            else:
                change = self.router.apply(self.message, group.set_participants, c.id, g.id, **{field: number})
        else:
            return
        if change is None:
            self._show_stored()


class ObjectiveChecks(QWidget):
    """The strategy's objectives, numbered, each with a box to tick: the ones a consultation shaped."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self._labels: dict[QLabel, QCheckBox] = {}
        self._shown: tuple | None = None
        self.empty = QLabel(_("The strategy has no objectives yet."), self)
        self.empty.setStyleSheet("QLabel { color: #555555; }")
        self.grid.addWidget(self.empty, 0, 0, 1, 2)

    def show_objectives(self, rows: list[tuple[str, str, str]], checked: set[str], read_only: bool) -> None:
        """rows: (id, number, title); rebuilt only when they change."""
        if tuple(rows) != self._shown:
            self._shown = tuple(rows)
            for widget in [*self.boxes.values(), *self._labels]:
                self.grid.removeWidget(widget)
                widget.deleteLater()
            self.boxes, self._labels = {}, {}
            for i, (oid, number, title) in enumerate(rows):
                box = QCheckBox(number, self)
                box.setObjectName(f"objective_{number}")
                box.toggled.connect(lambda _checked: self.toggled.emit())
                label = QLabel(title, self)
                label.setWordWrap(True)
                label.installEventFilter(self)  # clicking the title ticks the box, as in a list
                self.grid.addWidget(box, i + 1, 0, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(label, i + 1, 1)
                self.boxes[oid], self._labels[label] = box, box
            self.empty.setVisible(not rows)
        for oid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(oid in checked)
            box.blockSignals(False)
            set_interactive(box, not read_only)

    def checked_ids(self) -> list[str]:
        return [oid for oid, box in self.boxes.items() if box.isChecked()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        box = self._labels.get(watched)
        if (
            box is not None
            and event.type() == QEvent.Type.MouseButtonRelease
            and box.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            box.toggle()
            return True
        return super().eventFilter(watched, event)


class ConsultationPage(EditorPage):
    """Kind, date, sessions, texts, the objectives it shaped and who took part."""

    kind = "consultation"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.method_combo = choice_combo(self, "method_combo", [(m, method_name(m)) for m in METHOD_NAMES])
        self.method_combo.currentIndexChanged.connect(self._store_method)
        self.add_row(_("Kind of consultation"), self.method_combo)
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("consultation_date")
        self.date_edit.setPlaceholderText(_("YYYY-MM-DD"))
        self.date_edit.setToolTip(_("The date, or the first day of a series"))
        self.date_edit.editingFinished.connect(self._store_date)
        self.sessions_spin = QSpinBox(self)
        self.sessions_spin.setObjectName("sessions_spin")
        self.sessions_spin.setRange(1, group.MAX_COUNT)
        self.sessions_spin.setKeyboardTracking(False)  # typing "40" is one change, not "4" then "40"
        self.sessions_spin.valueChanged.connect(self._store_sessions)
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addSpacing(12)
        row.addWidget(QLabel(_("Sessions"), when))
        row.addWidget(self.sessions_spin)
        row.addStretch(1)
        self.add_row(_("Date"), when)
        line = {"multiline": True, "min_lines": 1, "max_lines": 3, "one_paragraph": True}
        self.title = self.text_field("title", _("Title"), **line)
        self.place = self.text_field("place", _("Place"))
        self.findings = self.text_field("findings", _("Findings"), multiline=True, min_lines=4)
        self.findings.set_placeholder(_("What the participants said, and what the group took from it."))
        self.objectives = ObjectiveChecks(self)
        self.objectives.toggled.connect(self._store_objectives)
        self.add_row(_("Objectives it shaped"), self.objectives)

        self.layout_.addWidget(heading(_("Participants"), self))
        self.participants = ParticipantsTable(controller, self)
        self.layout_.addWidget(self.participants)
        self.delete_button = self.add_delete_button(_("Delete consultation…"), self.delete_consultation)

    def consultation(self) -> Consultation | None:
        entity = self.entity()
        return entity if isinstance(entity, Consultation) else None

    def set_entity(self, entity_id: str) -> None:
        self.participants.set_consultation(entity_id)
        super().set_entity(entity_id)

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self.participants.edit_lang = edit_lang
        super().set_languages(edit_lang, reference_lang)

    def set_read_only(self, read_only: bool) -> None:
        self.participants.read_only = read_only
        super().set_read_only(read_only)

    # -- storing ---------------------------------------------------------------------------------
    def _store(self, **values) -> None:
        """update_consultation with the values that differ from the stored ones; a refusal shows them again."""
        c = self.consultation()
        stored = {"on": "date"}
        if c is None or all(getattr(c, stored.get(k, k)) == v for k, v in values.items()):
            return
        if self.apply(group.update_consultation, c.id, **values) is None:
            self.refresh()

    def _store_method(self, _index: int) -> None:
        self._store(method=self.method_combo.currentData())

    def _store_date(self) -> None:
        c = self.consultation()
        if c is None or self.read_only or self.date_edit.text().strip() == c.date:
            return
        self.date_edit.setModified(False)
        if self.apply(group.update_consultation, c.id, on=self.date_edit.text()) is None:
            show_text(self.date_edit, c.date, force=True)  # back to the stored date; the message says why

    def _store_sessions(self, value: int) -> None:
        self._store(sessions=value)

    def _store_objectives(self) -> None:
        self._store(objective_ids=self.objectives.checked_ids())

    def delete_consultation(self) -> None:
        c = self.consultation()
        if c is None or self.read_only:
            return
        text = _("Delete the consultation of {date} with its participants and findings?").format(
            date=shown_date(c.date)
        )
        if messages.confirm(self, _("Delete consultation"), text, _("Delete")):
            self.apply(group.delete_consultation, c.id)

    # -- showing ---------------------------------------------------------------------------------
    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Consultation)
        title = best_in(entity.title, self.edit_lang)[0]
        self.header.setText(title or f"{method_name(entity.method)}, {shown_date(entity.date)}")
        select(self.method_combo, entity.method)
        set_interactive(self.method_combo, not self.read_only)
        show_text(self.date_edit, entity.date)
        self.date_edit.setReadOnly(self.read_only)
        if self.sessions_spin.value() != entity.sessions:
            self.sessions_spin.blockSignals(True)
            self.sessions_spin.setValue(entity.sessions)
            self.sessions_spin.blockSignals(False)
        self.sessions_spin.setReadOnly(self.read_only)
        doc = self.controller.doc
        numbers = doc.numbers()
        rows = [(o.id, numbers.get(o.id, ""), best_in(o.title, self.edit_lang)[0]) for o in doc.objectives]
        self.objectives.show_objectives(rows, set(entity.objective_ids), self.read_only)
        self.participants.refresh()
        self.delete_button.setEnabled(not self.read_only)


COLUMNS = (
    N_("Date"),
    N_("Kind"),
    N_("Title"),
    N_("Place"),
    N_("Sessions"),
    N_("Participants"),
    N_("Objectives"),
)


class ConsultationsPage(OverviewPage):
    """Every consultation at a glance, with the totals of participants, and adding one."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, _("Consultations"), "consultations", [_(c) for c in COLUMNS], parent)
        self.table.setToolTip(_("Double-click a consultation (or press Enter) to edit it"))
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            mode = QHeaderView.ResizeMode.Stretch if col in (2, 3) else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(col, mode)

        self.method_combo = choice_combo(self, "new_method", [(m, method_name(m)) for m in METHOD_NAMES])
        self.add_button = QPushButton(_("Add consultation"), self)
        self.add_button.setObjectName("add_consultation")
        self.add_button.clicked.connect(self.add_consultation)
        self.add_row_layout.addWidget(self.method_combo)
        self.add_row_layout.addWidget(self.add_button)
        self.add_row_layout.addStretch(1)
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        doc = self.controller.doc
        consultations = sorted(doc.consultations, key=lambda c: c.date)
        self.summary.setText(self._summary(consultations))
        self.table.setRowCount(len(consultations))
        for row, c in enumerate(consultations):
            totals = group.participant_totals([c])
            values = (
                shown_date(c.date),
                method_name(c.method),
                c.title,
                c.place,
                str(c.sessions),
                str(totals["total"]),
                objective_numbers(doc, c.objective_ids),
            )
            for col, value in enumerate(values):
                item = text_item(value, self.edit_lang) if isinstance(value, MultiText) else QTableWidgetItem(value)
                if col in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 0:
                    item.setData(ID_ROLE, c.id)
                if col == 5:
                    item.setToolTip(self._by_gender(totals))
                self.table.setItem(row, col, item)
        fit_rows(self.table)

    def add_consultation(self) -> None:
        if self.read_only:
            return
        change = self.router.apply(self.message, group.add_consultation, self.method_combo.currentData())
        if change is not None and change.upserted:
            self.item_requested.emit(change.upserted[0])

    # -- internals -----------------------------------------------------------------------------
    @staticmethod
    def _by_gender(totals: dict[str, int]) -> str:
        return _("women {women}, men {men}, not stated {unspecified}").format(**totals)

    def _summary(self, consultations: list[Consultation]) -> str:
        if not consultations:
            return _("No consultations recorded yet. Add the focus groups, interviews and workshops held.")
        n = len(consultations)
        sessions = sum(c.sessions for c in consultations)
        totals = group.participant_totals(consultations)
        return "{}, {} · {}".format(
            ngettext("{n} consultation", "{n} consultations", n).format(n=n),
            ngettext("{n} session", "{n} sessions", sessions).format(n=sessions),
            _("participants: {total} ({by_gender})").format(total=totals["total"], by_gender=self._by_gender(totals)),
        )
