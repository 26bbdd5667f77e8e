"""Dragging activities in the action-plan table: their ids as MIME data, where a drop lands (before an activity,
at the end of an objective), and the move as one core operation."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import operations as op
from desktop.core.model import Activity
from desktop.gui.plan.plan_table_columns import ACTIVITY_ROW, MIME_TYPE, OBJECTIVE_ROW


class ActivityDragDrop:
    """Drag and drop of PlanTableModel's activity rows, moved with move_activity through the controller."""

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
