"""One action plan as a table: a bold row per objective, then its activities, in reading order.

Why group rows rather than an "Objective" column: on a projector the objective titles are long and
would repeat on every row, eating the width the activity texts need; a band per objective reads like
the paper plan the group knows, and dropping onto it is an obvious way to move an activity there.

The model keeps only ids (entities may be new objects after an undo) and caches what it shows per row,
dropping a row's cache when the controller says that row changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.core import activity_levels
from desktop.core import columns as plan_columns
from desktop.core import operations as op
from desktop.core.model import (
    ActionPlan,
    Activity,
    BudgetLine,
    Cell,
    ColumnLevel,
    Entity,
    Indicator,
    Objective,
    TargetGroup,
)
from desktop.core.model import Column as PlanColumn
from desktop.core.operations import Change
from desktop.core.text import MultiText
from desktop.core.timeframe import PlanTime, TimeError, years_covered
from desktop.formatting import format_amount
from desktop.gui.controller import DocumentController
from desktop.gui.translation.serbian_script import best_in, for_storage, text_in
from desktop.gui.widgets.display import SOURCE_NAMES, format_span, language_name
from desktop.i18n import N_, _, gettext_for

MIME_TYPE = "application/x-plan-activity-ids"

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
# The text in another language shown while this one is missing: the editor's placeholder.
FALLBACK_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
# How deep a sub-activity sits (0 for a top-level one): the delegate indents its title by it.
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 4

OBJECTIVE_ROW = "objective"
ACTIVITY_ROW = "activity"

# A cell shows at most this much of a text (a pasted report must not slow every repaint down);
# the editor and the detail panel have all of it.
CELL_TEXT_LIMIT = 1500

FALLBACK_COLOR = QColor("#6b6b6b")  # the same grey as the tree's untranslated labels
GROUP_BACKGROUND = QColor("#dde6f2")  # a band dark enough to tell apart on a washed-out projector
GROUP_FOREGROUND = QColor("#14283f")


class Column(IntEnum):
    NUMBER = 0
    ACTIVITY = 1
    RESPONSIBLE = 2
    PARTNERS = 3
    TIMEFRAME = 4
    BUDGET = 5
    FUNDING = 6
    INDICATORS = 7
    TARGET_GROUPS = 8
    NOTES = 9


HEADERS = {
    Column.NUMBER: N_("No."),
    Column.ACTIVITY: N_("Activity"),
    Column.RESPONSIBLE: N_("Responsible"),
    Column.PARTNERS: N_("Partners"),
    Column.TIMEFRAME: N_("Time frame"),
    Column.BUDGET: N_("Budget"),
    Column.FUNDING: N_("Funding source"),
    Column.INDICATORS: N_("Indicator"),
    Column.TARGET_GROUPS: N_("Target groups"),
    Column.NOTES: N_("Notes"),
}

# Columns edited in the cell itself and the activity's text field behind each.
TEXT_FIELDS = {
    Column.ACTIVITY: "title",
    Column.RESPONSIBLE: "responsible",
    Column.PARTNERS: "partners",
    Column.NOTES: "notes",
}
EDITABLE = frozenset((*TEXT_FIELDS, Column.TIMEFRAME))
# The grid's columns behind each of the plan's standard columns (core.model.STANDARD_COLUMNS): "budget" is the
# budget and its source, two columns here. The plan's own columns come after these, in the plan's order.
KEY_COLUMNS: dict[str, tuple[Column, ...]] = {
    "number": (Column.NUMBER,),
    "activity": (Column.ACTIVITY,),
    "responsible": (Column.RESPONSIBLE,),
    "partners": (Column.PARTNERS,),
    "timeframe": (Column.TIMEFRAME,),
    "budget": (Column.BUDGET, Column.FUNDING),
    "indicator": (Column.INDICATORS,),
    "target_groups": (Column.TARGET_GROUPS,),
    "notes": (Column.NOTES,),
}
KEY_OF = {int(c): key for key, cs in KEY_COLUMNS.items() for c in cs}

TEXT_SORTED = (*TEXT_FIELDS, Column.FUNDING, Column.INDICATORS, Column.TARGET_GROUPS)
COLUMN_COUNT = len(Column)

# data() and flags() run for every cell painted: plain ints and flags worked out once, not enum arithmetic.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ALIGN_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_ALIGN_TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_ALIGN_BAND = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_FLAGS_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_BAND = _FLAGS_READ | Qt.ItemFlag.ItemIsDropEnabled
_FLAGS_ACTIVITY = _FLAGS_BAND | Qt.ItemFlag.ItemIsDragEnabled
_FLAGS_EDITABLE = _FLAGS_ACTIVITY | Qt.ItemFlag.ItemIsEditable
_EDITABLE_COLUMNS = frozenset(int(c) for c in EDITABLE)


@dataclass(frozen=True, slots=True)
class TimeFrameValue:
    """What the time frame editor edits: start, end (PlanTime text or None) and the free note."""

    start: str | None
    end: str | None
    note: str = ""


@dataclass(slots=True)
class _Cell:
    text: str = ""
    shown: str | None = None  # the language really shown; differs from the model's for a fallback
    tooltip: str = ""


@dataclass(slots=True)
class RowFacts:
    """What the filters and sorting need to know about one activity, computed once per change."""

    objective_id: str
    responsible: str  # folded for "contains"
    years: frozenset[int]
    sources: frozenset[str]  # "municipal", ..., and "donor:NAME" / "other:NAME" for named funders
    group_ids: frozenset[str]
    number_key: tuple[int, ...]
    budget_total: Decimal
    time_key: tuple[int, int, int, int]


def number_key(number: str) -> tuple[int, ...]:
    """'1.10' -> (1, 10): numbers sort as numbers, so 1.2 comes before 1.10."""
    out = []
    for part in number.split("."):
        try:
            out.append(int(part))
        except ValueError:
            out.append(0)
    return tuple(out)


def parse_span_text(text: str) -> tuple[str | None, str | None]:
    """'2025-H1 – 2026' (en dash or spaced hyphen) -> ('2025-H1', '2026'); one value means start only."""
    text = text.strip()
    for sep in ("–", "—", " - "):
        if sep in text:
            start, end = text.split(sep, 1)
            return start.strip() or None, end.strip() or None
    return text or None, None


def _multi_best(items: list[MultiText], lang: str) -> _Cell:
    """Several names, one per line; the cell counts as a fallback when any of them is one."""
    lines, fallback = [], None
    for mt in items:
        text, shown = best_in(mt, lang)
        if text:
            lines.append(text.replace("\n", " "))
            if shown != lang:
                fallback = shown
    return _Cell("\n".join(lines), fallback or (lang if lines else None))


def _source_label(line: BudgetLine, lang: str) -> str:
    """A funding source in the plan's language (it is part of the plan's text, not of the interface)."""
    tr = gettext_for(lang)
    if line.source == "donor" and line.funder:
        return tr("Donor: {name}").format(name=line.funder)
    if line.source == "other" and line.funder:
        return tr("Other: {name}").format(name=line.funder)
    return tr(SOURCE_NAMES[line.source]) if line.source in SOURCE_NAMES else line.source


def _source_keys(line: BudgetLine) -> set[str]:
    keys = {line.source}
    if line.funder:
        keys.add(f"{line.source}:{line.funder}")
    return keys


class PlanTableModel(QAbstractTableModel):
    """The activities of one action plan, grouped under their objectives; edits go through the controller."""

    edit_refused = Signal(str)  # an edit or action of this model was refused: a message for the user
    columns_changed = Signal()  # the plan's columns changed order, names or visibility: the view lays them out

    def __init__(
        self,
        controller: DocumentController | None = None,
        plan_id: str | None = None,
        lang: str = "sq",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller: DocumentController | None = None
        self._plan_id = plan_id
        self._lang = lang
        self._rows: list[tuple[str, str]] = []  # (row kind, entity id)
        self._row_of: dict[str, int] = {}
        self._numbers: dict[str, str] = {}
        self._cells: dict[str, list[_Cell]] = {}
        self._facts: dict[str, RowFacts] = {}
        self._depths: dict[str, int] = {}  # sub-activities' depth (top-level ones are left out)
        self._with_subs: set[str] = set()  # activities that have sub-activities
        self._own: list[str] = []  # ids of the plan's own columns: grid column COLUMN_COUNT + i
        self._order: list[tuple[int, bool]] = []  # the grid's columns in the plan's order, with "shown"
        self._names: dict[int, str] = {}  # a column's name as the plan gives it in the content language
        self._refused: list[str] = []
        self._collecting = False
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)
        self._bold_italic = QFont(self._bold)
        self._bold_italic.setItalic(True)
        self.set_controller(controller, plan_id)

    # -- public API ------------------------------------------------------------------------------
    @property
    def controller(self) -> DocumentController | None:
        return self._controller

    @property
    def language(self) -> str:
        return self._lang

    @property
    def plan_id(self) -> str | None:
        return self._plan_id

    def plan(self) -> ActionPlan | None:
        if self._controller is None or self._plan_id is None:
            return None
        plan = self._controller.doc.find(self._plan_id)
        return plan if isinstance(plan, ActionPlan) else None

    def set_controller(self, controller: DocumentController | None, plan_id: str | None = None) -> None:
        """Show another document (or none); the plan defaults to the document's first."""
        if self._controller is not None:
            self._controller.document_changed.disconnect(self._on_document_changed)
            self._controller.operation_refused.disconnect(self._on_refused)
        self._controller = controller
        if controller is not None:
            controller.document_changed.connect(self._on_document_changed)
            controller.operation_refused.connect(self._on_refused)
            if plan_id is None and controller.doc.action_plan is not None:
                plan_id = controller.doc.action_plan.id
        self._plan_id = plan_id
        self.refresh()

    def set_plan(self, plan_id: str | None) -> None:
        """Show another plan of the document; the plan already shown keeps its rows (and the view its context)."""
        if plan_id == self._plan_id and self._controller is not None:
            return  # the rows follow the document's changes already: a reset would only lose the selection
        self._plan_id = plan_id
        self.refresh()

    def set_language(self, lang: str, force: bool = False) -> None:
        """Show the texts in another content language (sq, sr, en); `force` redraws them anyway."""
        if lang == self._lang and not force:
            return
        self._lang = lang
        self._cells.clear()
        self._facts.clear()  # the responsible text the filter matches is per language
        self._names = self._column_names()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    @property
    def read_only(self) -> bool:
        if self._controller is None or self._controller.read_only:
            return True
        plan = self.plan()
        return plan is not None and bool(plan.superseded_by)  # a revised version is kept as adopted

    # -- the plan's columns ---------------------------------------------------------------------
    def column_order(self) -> list[tuple[int, bool]]:
        """Every grid column in the plan's order, with whether the plan shows it."""
        return list(self._order)

    def shown_columns(self) -> list[int]:
        return [c for c, shown in self._order if shown]

    def own_column(self, column: int) -> PlanColumn | None:
        """The plan's own column behind a grid column (None for a standard one)."""
        i = column - COLUMN_COUNT
        if not 0 <= i < len(self._own) or self._controller is None:
            return None
        found = self._controller.doc.find(self._own[i])
        return found if isinstance(found, PlanColumn) else None

    def column_of(self, key_or_id: str) -> int:
        """The (first) grid column of a standard column's key or an own column's id; -1 if none."""
        if key_or_id in KEY_COLUMNS:
            return int(KEY_COLUMNS[key_or_id][0])
        return COLUMN_COUNT + self._own.index(key_or_id) if key_or_id in self._own else -1

    def is_objective_column(self, column: int) -> bool:
        own = self.own_column(column)
        return own is not None and own.level == ColumnLevel.OBJECTIVE

    def band_column(self) -> int:
        """The column an objective's band starts in and shows its title: the first one the plan shows."""
        for column, shown in self._order:
            if shown and not self.is_objective_column(column):
                return column
        return int(Column.NUMBER)

    def _plan_layout(self) -> tuple[list[str], list[tuple[int, bool]]]:
        plan = self.plan()
        if plan is None:
            return [], [(int(c), True) for c in Column]
        own: list[str] = []
        order: list[tuple[int, bool]] = []
        for column in plan_columns.columns_of(plan):
            if column.key:
                order.extend((int(c), not column.hidden) for c in KEY_COLUMNS.get(column.key, ()))
            else:
                own.append(column.id)
                order.append((COLUMN_COUNT + len(own) - 1, not column.hidden))
        return own, order

    def _column_names(self) -> dict[int, str]:
        """Names the plan gives its columns in the content language (standard ones only when renamed)."""
        plan = self.plan()
        names: dict[int, str] = {}
        if plan is None:
            return names
        own = 0
        for column in plan_columns.columns_of(plan):
            if column.key:
                text = text_in(column.name, self._lang)
                if text and column.key in KEY_COLUMNS:
                    names[int(KEY_COLUMNS[column.key][0])] = text
            else:
                names[COLUMN_COUNT + own] = best_in(column.name, self._lang)[0] or _("(unnamed column)")
                own += 1
        return names

    def row_kind(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def entity_id(self, row: int) -> str | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def activity_id(self, row: int) -> str | None:
        kind, eid = self._rows[row] if 0 <= row < len(self._rows) else (None, None)
        return eid if kind == ACTIVITY_ROW else None

    def objective_id(self, row: int) -> str | None:
        """The objective a row belongs to (its own id for a group row)."""
        if not 0 <= row < len(self._rows):
            return None
        kind, eid = self._rows[row]
        if kind == OBJECTIVE_ROW:
            return eid
        act = self._find(eid, Activity)
        return act.objective_id if act else None

    def row_of(self, entity_id: str) -> int:
        """The row of an activity or objective; -1 if it is not shown."""
        return self._row_of.get(entity_id, -1)

    def activity_ids(self) -> list[str]:
        return [eid for kind, eid in self._rows if kind == ACTIVITY_ROW]

    def display_text(self, row: int, column: int) -> str:
        """What a cell shows (the grid measures row heights with it)."""
        if not 0 <= row < len(self._rows):
            return ""
        kind, eid = self._rows[row]
        if kind == OBJECTIVE_ROW:
            return str(self._group_data(eid, column, Qt.ItemDataRole.DisplayRole) or "")
        return self._cell(row, column).text

    def number(self, entity_id: str) -> str:
        return self._numbers.get(entity_id, "")

    def facts(self, row: int) -> RowFacts | None:
        """Filter and sort facts of an activity row (None for a group row)."""
        eid = self.activity_id(row)
        if eid is None:
            return None
        facts = self._facts.get(eid)
        if facts is None:
            facts = self._facts[eid] = self._compute_facts(eid)
        return facts

    def sort_key(self, row: int, column: int) -> object:
        """A value that orders activity rows by a column (used by the grid's proxy); None for a band."""
        facts = self.facts(row)
        if facts is None:
            return None
        if column == Column.NUMBER:
            return facts.number_key
        if column == Column.BUDGET:
            return facts.budget_total
        if column == Column.TIMEFRAME:
            return facts.time_key
        if column in TEXT_FIELDS and self._rows[row][1] not in self._cells:
            act = self._find(self._rows[row][1], Activity)  # just this text: the whole row costs more
            return best_in(act.text(TEXT_FIELDS[column]), self._lang)[0] if act else ""
        return self._cell(row, column).text

    def apply(self, operation, *args, **kwargs) -> Change | None:
        """Run an operation through the controller; a refusal is announced with `edit_refused`."""
        if self._controller is None:
            return None
        self._refused.clear()
        self._collecting = True
        try:
            change = self._controller.apply(operation, *args, **kwargs)
        finally:
            self._collecting = False
        for message in self._refused:
            self.edit_refused.emit(message)
        return change

    def set_text(self, entity_id: str, field: str, text: str) -> Change | None:
        """Set a text in the model's language: one undo step per finished edit."""
        if self._controller is None:
            return None
        self._refused.clear()
        entity = self._controller.doc.find(entity_id)
        if entity is not None:
            text = for_storage(text, self._lang, entity.text(field).get(self._lang))
        self._collecting = True
        try:
            self._controller.close_merge()  # typing elsewhere before is a step of its own
            change = self._controller.set_text(entity_id, field, self._lang, text)
            self._controller.close_merge()  # an edit committed from a cell is finished
        finally:
            self._collecting = False
        for message in self._refused:
            self.edit_refused.emit(message)
        return change

    def refresh(self) -> None:
        """Rebuild every row (after the plan's structure changed, or a reload)."""
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()
        self.columns_changed.emit()

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT + len(self._own)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and section >= COLUMN_COUNT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._names.get(section, "")
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._names.get(section) or _(HEADERS[Column(section)])
            if role == Qt.ItemDataRole.ToolTipRole and section in (Column.BUDGET, Column.FUNDING, Column.INDICATORS):
                return _("Edited in the activity's details")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropping between rows
        if self.read_only:
            return _FLAGS_READ
        column = index.column()
        if self._rows[index.row()][0] != ACTIVITY_ROW:
            return _FLAGS_BAND | Qt.ItemFlag.ItemIsEditable if self.is_objective_column(column) else _FLAGS_BAND
        if column >= COLUMN_COUNT:
            return _FLAGS_ACTIVITY if self.is_objective_column(column) else _FLAGS_EDITABLE
        return _FLAGS_EDITABLE if column in _EDITABLE_COLUMNS else _FLAGS_ACTIVITY

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        kind, eid = self._rows[row]
        if kind == OBJECTIVE_ROW:
            return self._group_data(eid, column, role)
        if role == _DISPLAY:
            return self._cell(row, column).text
        if role == _ALIGNMENT:
            return _ALIGN_TOP_RIGHT if column == Column.BUDGET else _ALIGN_TOP_LEFT
        if role == _FONT:
            if column == Column.NUMBER:
                return self._bold
            return self._italic if self._is_fallback(self._cell(row, column)) else None
        if role == _FOREGROUND:
            return FALLBACK_COLOR if self._is_fallback(self._cell(row, column)) else None
        if role == _TOOLTIP:
            return self._cell(row, column).tooltip or None
        if role == _EDIT:
            return self._edit_value(eid, column)
        if role == ENTITY_ID_ROLE:
            return eid
        if role == ROW_KIND_ROLE:
            return kind
        if role == FALLBACK_TEXT_ROLE:
            return self._fallback_text(eid, column)
        if role == DEPTH_ROLE:
            return self._depths.get(eid, 0) if column == Column.ACTIVITY else 0
        return None

    def _is_fallback(self, cell: _Cell) -> bool:
        return cell.shown is not None and cell.shown != self._lang

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        eid = self._rows[index.row()][1]
        column = index.column()
        if column in TEXT_FIELDS:
            return self.set_text(eid, TEXT_FIELDS[column], str(value or "")) is not None
        if column == Column.TIMEFRAME:
            return self._set_timeframe(eid, value)
        own = self.own_column(column)
        if own is not None:
            return self.set_cell(own.id, eid, str(value or "")) is not None
        return False

    def set_cell(self, column_id: str, item_id: str, text: str) -> Change | None:
        """Set an own column's text for an activity (or an objective) in the model's language: one undo step."""
        if self._controller is None:
            return None
        plan, column = self.plan(), self._controller.doc.find(column_id)
        item = self._controller.doc.find(item_id)
        if plan is None or not isinstance(column, PlanColumn) or item is None:
            return None
        text = for_storage(text, self._lang, plan_columns.cell_text(plan, column, item).get(self._lang))
        self._controller.close_merge()
        return self.apply(plan_columns.set_cell, column_id, item_id, self._lang, text)

    # -- drag and drop: internal ids, moved with move_activity --------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def removeRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        # After a move by drag and drop the view asks to remove the dragged rows: the move already happened.
        return False

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in sorted(indexes, key=lambda i: i.row()):
            eid = self.activity_id(index.row()) if index.isValid() else None
            if eid and eid not in ids:
                ids.append(eid)
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return (
            not self.read_only
            and action == Qt.DropAction.MoveAction
            and data.hasFormat(MIME_TYPE)
            and self._drop_target(row, parent) is not None
        )

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Move the dragged activities before the row dropped on (or between), in that row's objective."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [str(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))]
        except (ValueError, TypeError):
            return False
        target = self._drop_target(row, parent)
        if target is None or not ids:
            return False
        objective_id, before_id = target
        moved = False
        for aid in ids:
            if aid == before_id or self._find(aid, Activity) is None:
                continue
            index = self._index_before(objective_id, before_id, aid)
            moved = self.apply(op.move_activity, aid, objective_id, index) is not None or moved
        return moved

    def _drop_target(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> tuple[str, str | None] | None:
        """(objective, activity to go before or None for the end) for a drop position."""
        if parent.isValid():  # dropped onto a row: an objective's band means its top
            kind, eid = self._rows[parent.row()]
            if kind == OBJECTIVE_ROW:
                return eid, self._first_activity(parent.row())
            return self.objective_id(parent.row()), eid
        if not self._rows:
            return None
        if row < 0 or row >= len(self._rows):  # after the last row
            return self.objective_id(len(self._rows) - 1), None
        kind, eid = self._rows[row]
        if kind == ACTIVITY_ROW:
            return self.objective_id(row), eid
        if row == 0:  # above the first band: the top of the first objective
            return eid, self._first_activity(row)
        return self.objective_id(row - 1), None  # just above a band: the end of the objective before it

    def _first_activity(self, group_row: int) -> str | None:
        nxt = group_row + 1
        return self._rows[nxt][1] if nxt < len(self._rows) and self._rows[nxt][0] == ACTIVITY_ROW else None

    def _index_before(self, objective_id: str, before_id: str | None, moving_id: str) -> int | None:
        """move_activity's index for "before `before_id`", counted without the activity being moved."""
        plan = self.plan()
        if plan is None or before_id is None:
            return None
        others = [a.id for a in plan.activities if a.objective_id == objective_id and a.id != moving_id]
        return others.index(before_id) if before_id in others else None

    # -- refreshing from the controller ---------------------------------------------------------------
    def _on_refused(self, message: str) -> None:
        if self._collecting:
            self._refused.append(message)

    def _on_document_changed(self, change: Change) -> None:
        doc = self._controller.doc if self._controller else None
        if doc is None:
            return
        old_rows = self._rows
        new_rows, numbers = self._layout()
        own, order = self._plan_layout()
        if new_rows != old_rows or own != self._own or change.operation == "reload":
            names = self._column_names()
            columns_moved = (own, order, names) != (self._own, self._order, self._names)
            self.beginResetModel()
            self._rows, self._numbers = new_rows, numbers
            self._row_of = {eid: i for i, (_kind, eid) in enumerate(new_rows)}
            self._own, self._order, self._names = own, order, names
            self._depths = self._depth_of()
            self._cells.clear()
            self._facts.clear()
            self.endResetModel()
            if columns_moved or change.operation == "reload":
                self.columns_changed.emit()
            return
        names = self._column_names()
        if order != self._order or names != self._names:
            self._order, self._names = order, names
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.columns_changed.emit()
        old_numbers, old_depths = self._numbers, self._depths
        self._numbers, self._depths = numbers, self._depth_of()
        changed = self._rows_touched(change)
        if changed is None:  # something every row may show (a target group's name)
            self._cells.clear()
            self._facts.clear()
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
            return
        # An indent or a move renumbers the rows after it, and a sub-activity's budget shows in its parent's.
        for eid in {*numbers, *old_numbers}:
            if numbers.get(eid) != old_numbers.get(eid) and eid in self._row_of:
                changed.add(self._row_of[eid])
        for eid in {*self._depths, *old_depths}:
            if self._depths.get(eid) != old_depths.get(eid) and eid in self._row_of:
                changed.add(self._row_of[eid])
        for row in list(changed):
            for parent in self._parents(self._rows[row][1]):
                if parent in self._row_of:
                    changed.add(self._row_of[parent])
        for row in sorted(changed):
            eid = self._rows[row][1]
            self._cells.pop(eid, None)
            self._facts.pop(eid, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _rows_touched(self, change: Change) -> set[int] | None:
        """Rows whose cells a change may alter; None when it may alter any row."""
        doc = self._controller.doc
        rows: set[int] = set()
        for eid in [*change.upserted, *change.reordered]:
            if eid in self._row_of:
                rows.add(self._row_of[eid])
                continue
            entity = doc.find(eid)
            if isinstance(entity, TargetGroup):
                return None
            if isinstance(entity, Cell) and entity.item_id in self._row_of:  # an objective's text
                rows.add(self._row_of[entity.item_id])
                continue
            if isinstance(entity, BudgetLine | Indicator | Cell):
                parent = doc.parent_of(entity)
                if parent is not None and parent.id in self._row_of:
                    rows.add(self._row_of[parent.id])
        return rows

    def _rebuild(self) -> None:
        self._rows, self._numbers = self._layout()
        self._row_of = {eid: i for i, (_kind, eid) in enumerate(self._rows)}
        self._own, self._order = self._plan_layout()
        self._names = self._column_names()
        self._depths = self._depth_of()
        self._cells.clear()
        self._facts.clear()

    def _layout(self) -> tuple[list[tuple[str, str]], dict[str, str]]:
        plan = self.plan()
        if plan is None:
            return [], {}
        doc = self._controller.doc
        by_objective: dict[str, list[str]] = {}
        for act in plan.activities:
            by_objective.setdefault(act.objective_id, []).append(act.id)
        rows: list[tuple[str, str]] = []
        for objective in doc.objectives:
            rows.append((OBJECTIVE_ROW, objective.id))
            rows.extend((ACTIVITY_ROW, aid) for aid in by_objective.pop(objective.id, []))
        for orphans in by_objective.values():  # an activity whose objective is gone: still shown, last
            rows.extend((ACTIVITY_ROW, aid) for aid in orphans)
        return rows, doc.numbers()

    def _depth_of(self) -> dict[str, int]:
        plan = self.plan()
        if plan is None:
            self._with_subs = set()
            return {}
        parent = {a.id: a.parent_id for a in plan.activities if a.parent_id}
        self._with_subs = set(parent.values())
        out: dict[str, int] = {}
        for aid in parent:
            depth, at = 0, aid
            while at in parent and depth < len(parent):  # a broken chain must not loop
                at, depth = parent[at], depth + 1
            out[aid] = depth
        return out

    def _parents(self, activity_id: str) -> list[str]:
        """The activity's parent, its parent's parent, and so on."""
        out: list[str] = []
        act = self._find(activity_id, Activity)
        while act is not None and act.parent_id and act.parent_id not in out:
            out.append(act.parent_id)
            act = self._find(act.parent_id, Activity)
        return out

    # -- what a row shows -----------------------------------------------------------------------------
    def _find(self, entity_id: str, kind: type[Entity]) -> Entity | None:
        if self._controller is None:
            return None
        entity = self._controller.doc.find(entity_id)
        return entity if isinstance(entity, kind) else None

    def _group_data(self, objective_id: str, column: int, role: int) -> object:
        if role == ENTITY_ID_ROLE:
            return objective_id
        if role == ROW_KIND_ROLE:
            return OBJECTIVE_ROW
        objective = self._find(objective_id, Objective)
        if objective is None:
            return None
        own = self.own_column(column) if column >= COLUMN_COUNT else None
        if own is not None and own.level == ColumnLevel.OBJECTIVE:
            return self._objective_cell_data(objective, own, role)
        title, shown = best_in(objective.title, self._lang)
        fallback = shown is not None and shown != self._lang
        if role == _DISPLAY:
            if column != self.band_column():
                return ""
            label = title.replace("\n", " ") if title else _("(untitled objective)")
            return f"{self._numbers.get(objective_id, '')}\u2003{label}"
        if role == _FONT:
            return self._bold_italic if fallback or not title else self._bold
        if role == _BACKGROUND:
            return GROUP_BACKGROUND
        if role == _FOREGROUND:
            return FALLBACK_COLOR if fallback or not title else GROUP_FOREGROUND
        if role == _TOOLTIP:
            return self._fallback_tip(title, shown) if fallback else title or None
        if role == _ALIGNMENT:
            return _ALIGN_BAND
        return None

    def _objective_cell_data(self, objective: Objective, column: PlanColumn, role: int) -> object:
        """An objective-level column's cell on the objective's band: its text, edited there."""
        plan = self.plan()
        value = plan_columns.cell_text(plan, column, objective) if plan is not None else MultiText()
        if role == _EDIT:
            return text_in(value, self._lang)
        if role == FALLBACK_TEXT_ROLE:
            text, shown = best_in(value, self._lang)
            return text if shown not in (None, self._lang) else ""
        cell = self._text_cell(value)
        if role == _DISPLAY:
            return cell.text
        if role == _TOOLTIP:
            return cell.tooltip or None
        if role == _BACKGROUND:
            return GROUP_BACKGROUND
        if role == _FOREGROUND:
            return FALLBACK_COLOR if self._is_fallback(cell) else GROUP_FOREGROUND
        if role == _FONT:
            return self._italic if self._is_fallback(cell) else None
        if role == _ALIGNMENT:
            return _ALIGN_TOP_LEFT
        return None

    def _fallback_tip(self, text: str, shown: str | None) -> str:
        return _("Not yet translated into {language}; shown in {shown}:\n{text}").format(
            language=language_name(self._lang), shown=language_name(shown or ""), text=text
        )

    def _edit_value(self, activity_id: str, column: int) -> object:
        act = self._find(activity_id, Activity)
        if act is None:
            return None
        if column in TEXT_FIELDS:
            return text_in(act.text(TEXT_FIELDS[column]), self._lang)  # never the fallback: it would be saved as ours
        if column == Column.TIMEFRAME:
            return TimeFrameValue(act.start, act.end, text_in(act.timeframe_note, self._lang))
        own = self.own_column(column)
        plan = self.plan()
        if own is not None and plan is not None and own.level == ColumnLevel.ACTIVITY:
            return text_in(plan_columns.cell_text(plan, own, act), self._lang)
        return None

    def _fallback_text(self, activity_id: str, column: int) -> str:
        act = self._find(activity_id, Activity)
        own, plan = self.own_column(column), self.plan()
        if act is not None and own is not None and plan is not None and own.level == ColumnLevel.ACTIVITY:
            text, shown = best_in(plan_columns.cell_text(plan, own, act), self._lang)
            return text if shown not in (None, self._lang) else ""
        name = TEXT_FIELDS.get(column) or ("timeframe_note" if column == Column.TIMEFRAME else None)
        if act is None or name is None:
            return ""
        text, shown = best_in(act.text(name), self._lang)
        return text if shown not in (None, self._lang) else ""

    def _cell(self, row: int, column: int) -> _Cell:
        eid = self._rows[row][1]
        cells = self._cells.get(eid)
        if cells is None:
            cells = self._cells[eid] = self._compute_cells(eid)
        return cells[column]

    def _text_cell(self, mt: MultiText) -> _Cell:
        text, shown = best_in(mt, self._lang)
        if not text:
            return _Cell()
        if len(text) > CELL_TEXT_LIMIT:
            text = text[: CELL_TEXT_LIMIT - 1] + "…"
        return _Cell(text, shown, self._fallback_tip(text, shown) if shown != self._lang else text)

    def _compute_cells(self, activity_id: str) -> list[_Cell]:
        cells = [_Cell() for _c in range(COLUMN_COUNT + len(self._own))]
        act = self._find(activity_id, Activity)
        plan = self.plan()
        if act is None or plan is None:
            return cells
        for i, column_id in enumerate(self._own):
            own = self._find(column_id, PlanColumn)
            if own is not None and own.level == ColumnLevel.ACTIVITY:
                cells[COLUMN_COUNT + i] = self._text_cell(plan_columns.cell_text(plan, own, act))
        lang = self._lang
        cells[Column.NUMBER] = _Cell(self._numbers.get(act.id, ""))
        for column, name in TEXT_FIELDS.items():
            cells[column] = self._text_cell(act.text(name))
        title = cells[Column.ACTIVITY]
        if not title.text:
            title.tooltip = _("This activity has no title yet")
        span = format_span(act.start, act.end)
        note = self._text_cell(act.timeframe_note)
        cells[Column.TIMEFRAME] = _Cell(
            "\n".join(x for x in (span, note.text) if x), note.shown, "\n".join(x for x in (span, note.tooltip) if x)
        )
        # A parent shows its sub-activities' budgets with its own (rolled up), and says so.
        family = [act, *activity_levels.descendants(plan, act)] if act.id in self._has_subs() else [act]
        totals: dict[str, Decimal] = {}
        sources: list[str] = []
        for line in (line for a in family for line in a.budget_lines):
            totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
            label = _source_label(line, lang)
            if label not in sources:
                sources.append(label)
        budget = "\n".join(format_amount(v, cur, lang) for cur, v in totals.items())
        per_year = "\n".join(
            f"{line.year}: {format_amount(line.amount, line.currency, lang)} ({_source_label(line, lang)})"
            for line in act.budget_lines
        )
        if len(family) > 1:
            per_year = "\n".join(
                x for x in (_("Total with its sub-activities: {total}").format(total=budget), per_year) if x
            )
        cells[Column.BUDGET] = _Cell(budget, lang, per_year)
        cells[Column.FUNDING] = _Cell("\n".join(sources), lang, "\n".join(sources))
        cells[Column.INDICATORS] = self._list_cell([i.name for i in act.indicators])
        doc = self._controller.doc
        groups = [g.name for gid in act.target_group_ids if isinstance(g := doc.find(gid), TargetGroup)]
        cells[Column.TARGET_GROUPS] = self._list_cell(groups)
        return cells

    def _has_subs(self) -> set[str]:
        return self._with_subs

    def _list_cell(self, items: list[MultiText]) -> _Cell:
        cell = _multi_best(items, self._lang)
        if cell.shown is not None and cell.shown != self._lang:
            cell.tooltip = self._fallback_tip(cell.text, cell.shown)
        else:
            cell.tooltip = cell.text
        return cell

    def _compute_facts(self, activity_id: str) -> RowFacts:
        act = self._find(activity_id, Activity)
        if act is None:
            return RowFacts("", "", frozenset(), frozenset(), frozenset(), (), Decimal(0), (0, 0, 0, 0))
        sources: set[str] = set()
        for line in act.budget_lines:
            sources |= _source_keys(line)
        try:
            years = frozenset(years_covered(act.start, act.end))
        except TimeError:
            years = frozenset()
        return RowFacts(
            objective_id=act.objective_id,
            responsible=best_in(act.responsible, self._lang)[0].casefold(),
            years=years,
            sources=frozenset(sources),
            group_ids=frozenset(act.target_group_ids),
            number_key=number_key(self._numbers.get(act.id, "")),
            budget_total=sum((line.amount for a in self._family(act) for line in a.budget_lines), Decimal(0)),
            time_key=_time_key(act.start, act.end),
        )

    def _family(self, act: Activity) -> list[Activity]:
        plan = self.plan()
        return (
            [act, *activity_levels.descendants(plan, act)] if plan is not None and act.id in self._has_subs() else [act]
        )

    def _set_timeframe(self, activity_id: str, value: object) -> bool:
        act = self._find(activity_id, Activity)
        if act is None:
            return False
        if isinstance(value, str):
            start, end = parse_span_text(value)
            value = TimeFrameValue(start, end, text_in(act.timeframe_note, self._lang))
        elif isinstance(value, tuple | list) and not isinstance(value, TimeFrameValue):
            value = TimeFrameValue(*value)
        if not isinstance(value, TimeFrameValue):
            return False
        ok = True
        if (value.start or None, value.end or None) != (act.start, act.end):
            ok = self.apply(op.set_timeframe, activity_id, value.start or None, value.end or None) is not None
        if ok and value.note != text_in(act.timeframe_note, self._lang):
            ok = self.set_text(activity_id, "timeframe_note", value.note) is not None
        return ok


def _time_key(start: str | None, end: str | None) -> tuple[int, int, int, int]:
    """Orders time frames by start, then end; unknown ones last."""
    try:
        s = PlanTime.parse(start) if start else None
        e = PlanTime.parse(end) if end else None
    except TimeError:
        return (9999, 99, 9999, 99)
    first = (s or e).first() if (s or e) else (9999, 99)
    last = (e or s).last() if (s or e) else (9999, 99)
    return (*first, *last)
