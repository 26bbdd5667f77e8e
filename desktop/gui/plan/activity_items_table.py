"""What the budget and indicator tables share: a table whose rows stand for items of the activity shown, with
Add and Delete buttons and a message under it, each change a core operation through the controller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget, QWidget

from desktop.core.model import Activity
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter, vbox

ID_ROLE = Qt.ItemDataRole.UserRole


class ActivityItemsTable(QWidget):
    """Subclasses set `ID_COLUMN`, the column whose item carries the row's entity id (ID_ROLE), build their
    columns on `table`, then call `finish`; they define `refresh`, `delete_selected` and `_on_item_changed`."""

    ID_COLUMN = 0

    def __init__(
        self,
        controller: DocumentController,
        parent: QWidget | None,
        *,
        name: str,
        item: str,
        columns: int,
        add: tuple[str, Callable[[], object]],
        delete: tuple[str, str],
    ) -> None:
        """`name` prefixes the table's and the message's object names, `item` the buttons'; `add` is the Add
        button's text and what it does, `delete` the Delete button's text and tooltip."""
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self._activity_id = ""
        self._read_only = False

        self.table = QTableWidget(0, columns, self)
        self.table.setObjectName(f"{name}_table")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The table lives in a scrolling panel: it shows every row instead of a second scroll bar.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        add_text, add_slot = add
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"add_{item}")
        self.add_button.clicked.connect(add_slot)
        delete_text, delete_tip = delete
        self.delete_button = QPushButton(delete_text, self)
        self.delete_button.setObjectName(f"delete_{item}")
        self.delete_button.setToolTip(delete_tip)
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = MessageLabel(self)
        self.message.setObjectName(f"{name}_message")

    def finish(self, above_message: tuple[QWidget, ...] = (), below: tuple[QWidget, ...] = ()) -> None:
        """Lay out the table, `above_message`, the message, the buttons and `below`; then follow changes."""
        layout = vbox(self)
        layout.addWidget(self.table)
        for widget in above_message:
            layout.addWidget(widget)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for widget in below:
            layout.addWidget(widget)
        self.controller.document_changed.connect(self._on_document_changed)
        self.refresh()

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

    def refresh(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def update_buttons(self, act: Activity | None) -> None:
        """Add only with an activity shown; neither button on a read-only plan; Delete with a row selected."""
        self.add_button.setEnabled(act is not None and not self._read_only)
        self.add_button.setVisible(not self._read_only)
        self.delete_button.setVisible(not self._read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(not self._read_only and self.table.currentRow() >= 0)

    def _on_item_changed(self, item) -> None:
        raise NotImplementedError

    def _on_document_changed(self, _change: Change) -> None:
        if self._activity_id:
            self.refresh()
