"""One action plan as a table: a bold row per objective, then its activities, in reading order.

Why group rows rather than an "Objective" column: on a projector the objective titles are long and
would repeat on every row, eating the width the activity texts need; a band per objective reads like
the paper plan the group knows, and dropping onto it is an obvious way to move an activity there.

The model keeps only ids (entities may be new objects after an undo) and caches what it shows per row,
dropping a row's cache when the controller says that row changed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.core import columns as plan_columns
from desktop.core import operations as op
from desktop.core.model import (
    ActionPlan,
    Activity,
    BudgetLine,
    Cell,
    ColumnLevel,
    Indicator,
    TargetGroup,
)
from desktop.core.model import Column as PlanColumn
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.plan.plan_table_cells import CellView, RowCells, RowFacts

# Re-exported: the grid, its delegates, the columns dialog and the tests name them as the model's.
from desktop.gui.plan.plan_table_columns import (  # noqa: F401
    ACTIVITY_ROW,
    ALIGN_TOP_LEFT,
    ALIGN_TOP_RIGHT,
    COLUMN_COUNT,
    DEPTH_ROLE,
    EDITABLE_COLUMNS,
    ENTITY_ID_ROLE,
    FALLBACK_COLOR,
    FALLBACK_TEXT_ROLE,
    FLAGS_ACTIVITY,
    FLAGS_BAND,
    FLAGS_EDITABLE,
    FLAGS_READ,
    HEADERS,
    KEY_COLUMNS,
    OBJECTIVE_ROW,
    ROLE_ALIGNMENT,
    ROLE_DISPLAY,
    ROLE_EDIT,
    ROLE_FONT,
    ROLE_FOREGROUND,
    ROLE_TOOLTIP,
    ROW_KIND_ROLE,
    TEXT_FIELDS,
    TEXT_SORTED,
    Column,
    TimeFrameValue,
    number_key,
    parse_span_text,
)
from desktop.gui.plan.plan_table_drag import ActivityDragDrop
from desktop.gui.translation.serbian_script import best_in, for_storage, text_in
from desktop.i18n import _


class PlanTableModel(RowCells, ActivityDragDrop, QAbstractTableModel):
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
        self._cells: dict[str, list[CellView]] = {}
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

    def band_pieces(self, sequence: list[int]) -> list[list[int]]:
        """Where an objective's band can span, given the grid's columns left to right: stretches between the
        objective-level columns (which show the objective's own texts), cut where the columns' model order is
        not their order on screen (Qt's spans run over model columns, and are drawn over screen columns)."""
        pieces: list[list[int]] = []
        for column in sequence:
            if self.is_objective_column(column):
                pieces.append([])
            elif pieces and pieces[-1] and pieces[-1][-1] + 1 == column:
                pieces[-1].append(column)
            else:
                pieces.append([column])
        return [p for p in pieces if p]

    def band_column(self) -> int:
        """The column an objective's band shows its number and title in: the first of its widest stretch."""
        shown = {c for c, on in self._order if on}
        sequence = [c for c, on in self._order if on] + [c for c, on in self._order if not on]
        best: list[int] = []
        for piece in self.band_pieces(sequence):
            visible = [c for c in piece if c in shown]
            if len(visible) > len(best):
                best = visible
        return best[0] if best else int(Column.NUMBER)

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
            return FLAGS_READ
        column = index.column()
        if self._rows[index.row()][0] != ACTIVITY_ROW:
            return FLAGS_BAND | Qt.ItemFlag.ItemIsEditable if self.is_objective_column(column) else FLAGS_BAND
        if column >= COLUMN_COUNT:
            return FLAGS_ACTIVITY if self.is_objective_column(column) else FLAGS_EDITABLE
        return FLAGS_EDITABLE if column in EDITABLE_COLUMNS else FLAGS_ACTIVITY

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        kind, eid = self._rows[row]
        if kind == OBJECTIVE_ROW:
            return self._group_data(eid, column, role)
        if role == ROLE_DISPLAY:
            return self._cell(row, column).text
        if role == ROLE_ALIGNMENT:
            return ALIGN_TOP_RIGHT if column == Column.BUDGET else ALIGN_TOP_LEFT
        if role == ROLE_FONT:
            if column == Column.NUMBER:
                return self._bold
            return self._italic if self._is_fallback(self._cell(row, column)) else None
        if role == ROLE_FOREGROUND:
            return FALLBACK_COLOR if self._is_fallback(self._cell(row, column)) else None
        if role == ROLE_TOOLTIP:
            return self._cell(row, column).tooltip or None
        if role == ROLE_EDIT:
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

    def _is_fallback(self, cell: CellView) -> bool:
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
