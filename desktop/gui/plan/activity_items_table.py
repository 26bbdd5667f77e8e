"""What the budget and indicator tables share: rows that stand for items of the activity shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from desktop.core.model import Activity
from desktop.gui.controller import DocumentController

ID_ROLE = Qt.ItemDataRole.UserRole


class ActivityItemsTable(QWidget):
    """Subclasses set `ID_COLUMN`, the column whose item carries the row's entity id (ID_ROLE)."""

    ID_COLUMN = 0
    controller: DocumentController
    table: QTableWidget
    _activity_id: str

    def activity(self) -> Activity | None:
        entity = self.controller.doc.find(self._activity_id) if self._activity_id else None
        return entity if isinstance(entity, Activity) else None

    def item_id(self, row: int) -> str:
        item = self.table.item(row, self.ID_COLUMN)
        return item.data(ID_ROLE) if item is not None else ""

    def row_of(self, item_id: str) -> int:
        for row in range(self.table.rowCount()):
            if self.item_id(row) == item_id:
                return row
        return -1
