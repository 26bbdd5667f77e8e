"""The action plan's columns: which ones show, their order, their names per language, and columns of the plan's
own (a text per activity, or per objective printed as one cell beside its activities).

Every change is one operation applied at once (one undo step each), as the grid applies its edits: the grid
behind the dialog follows while it is open, and Close keeps what was done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import columns as plan_columns
from desktop.core.model import ActionPlan, ColumnLevel
from desktop.core.model import Column as PlanColumn
from desktop.gui.controller import DocumentController
from desktop.gui.plan.plan_table_model import HEADERS, KEY_COLUMNS
from desktop.gui.translation.serbian_script import best_in, for_storage, text_in
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import CONTENT_LANGUAGES
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a standard column's key, or an own column's id
ALWAYS_SHOWN = ("number", "activity")  # without them no row can be told


def column_label(column: PlanColumn, lang: str) -> str:
    """A column's name as the grid shows it: the plan's name in `lang`, else the standard header."""
    name = text_in(column.name, lang) if column.key else best_in(column.name, lang)[0]
    if name:
        return name
    if column.key in KEY_COLUMNS:
        return _(HEADERS[KEY_COLUMNS[column.key][0]])
    return _("(unnamed column)")


class ColumnsDialog(QDialog):
    """Show or hide, reorder, rename, add and delete the plan's columns."""

    def __init__(self, controller: DocumentController, plan_id: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Columns of the action plan"))
        self.setObjectName("columns_dialog")
        self.controller = controller
        self.plan_id = plan_id
        self._lang = lang
        self._filling = False
        self._closed = False

        intro = QLabel(
            _("Ticked columns show in the grid and the printed plan. Each change is made at once; Undo takes it back."),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("columns_list")
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._current_changed)
        self.up_button = QPushButton(_("Move up"), self)
        self.up_button.setObjectName("column_up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(_("Move down"), self)
        self.down_button.setObjectName("column_down")
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.delete_button = QPushButton(_("Delete column"), self)
        self.delete_button.setObjectName("column_delete")
        self.delete_button.setToolTip(_("Delete a column of the plan's own with its texts (Undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_current)
        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)

        rename_box = QGroupBox(_("Name of the chosen column"), self)
        self.name_language = QComboBox(rename_box)
        self.name_language.setObjectName("column_name_language")
        for code, name in CONTENT_LANGUAGES:
            self.name_language.addItem(name, code)
        self.name_language.setCurrentIndex(max(0, self.name_language.findData(lang)))
        self.name_language.currentIndexChanged.connect(lambda _i: self._current_changed(self.list.currentRow()))
        self.name_edit = QLineEdit(rename_box)
        self.name_edit.setObjectName("column_name")
        self.name_edit.setPlaceholderText(_("The usual name"))
        self.rename_button = QPushButton(_("Rename"), rename_box)
        self.rename_button.setObjectName("column_rename")
        self.rename_button.clicked.connect(self.rename_current)
        self.name_edit.returnPressed.connect(self.rename_current)
        rename = QHBoxLayout(rename_box)
        rename.addWidget(self.name_language)
        rename.addWidget(self.name_edit, 1)
        rename.addWidget(self.rename_button)

        add_box = QGroupBox(_("New column of the plan's own"), self)
        self.new_name = QLineEdit(add_box)
        self.new_name.setObjectName("new_column_name")
        self.new_name.setPlaceholderText(_("Name, e.g. Explanation"))
        self.new_level = QComboBox(add_box)
        self.new_level.setObjectName("new_column_level")
        self.new_level.addItem(_("A text per activity"), ColumnLevel.ACTIVITY.value)
        self.new_level.addItem(_("A text per objective, beside its activities"), ColumnLevel.OBJECTIVE.value)
        self.add_button = QPushButton(_("Add column"), add_box)
        self.add_button.setObjectName("column_add")
        self.add_button.clicked.connect(self.add_column)
        self.new_name.returnPressed.connect(self.add_column)
        add = QGridLayout(add_box)
        add.addWidget(self.new_name, 0, 0)
        add.addWidget(self.new_level, 0, 1)
        add.addWidget(self.add_button, 0, 2)
        add.setColumnStretch(0, 1)

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("columns_close")
        buttons.accepted.connect(self.accept)

        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(rename_box)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 520)
        controller.document_changed.connect(self._document_changed)
        self.fill()
        if self.list.count():
            self.list.setCurrentRow(0)

    # -- state ---------------------------------------------------------------------------------------
    def plan(self) -> ActionPlan | None:
        plan = self.controller.doc.find(self.plan_id)
        return plan if isinstance(plan, ActionPlan) else None

    def keys(self) -> list[str]:
        """The columns as listed: a standard column's key, an own column's id."""
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def select(self, key_or_id: str) -> bool:
        for i, key in enumerate(self.keys()):
            if key == key_or_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _column(self, key_or_id: str | None) -> PlanColumn | None:
        plan = self.plan()
        if plan is None or key_or_id is None:
            return None
        return next((c for c in plan_columns.columns_of(plan) if key_or_id in (c.key, c.id)), None)

    def fill(self) -> None:
        """List the plan's columns again, keeping the chosen one."""
        plan = self.plan()
        current = self.current_key()
        self._filling = True
        self.list.clear()
        for column in plan_columns.columns_of(plan) if plan is not None else []:
            label = column_label(column, self._lang)
            if not column.key:
                label += " " + (
                    _("(a text per objective)") if column.level == ColumnLevel.OBJECTIVE else _("(the plan's own)")
                )
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, column.key or column.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if column.key not in ALWAYS_SHOWN:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked if column.hidden else Qt.CheckState.Checked)
            self.list.addItem(item)
        self._filling = False
        if current is not None:
            self.select(current)
        self._current_changed(self.list.currentRow())

    def _document_changed(self, _change: object) -> None:
        self.fill()  # an undo, or the change just made: the list shows the plan as it is

    def _current_changed(self, row: int) -> None:
        column = self._column(self.current_key())
        writable = not self.controller.read_only and self.plan() is not None
        self.up_button.setEnabled(writable and column is not None and row > 0)
        self.down_button.setEnabled(writable and column is not None and 0 <= row < self.list.count() - 1)
        self.delete_button.setEnabled(writable and column is not None and not column.key)
        self.rename_button.setEnabled(writable and column is not None)
        self.add_button.setEnabled(writable)
        lang = self.name_language.currentData()
        self.name_edit.setText(text_in(column.name, lang) if column is not None else "")

    # -- changes, one operation each -------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        column = self._column(item.data(KEY_ROLE))
        if column is None:
            return
        hidden = item.checkState() != Qt.CheckState.Checked
        if bool(column.hidden) != hidden:
            self.set_hidden(item.data(KEY_ROLE), hidden)

    def set_hidden(self, key_or_id: str, hidden: bool) -> bool:
        ok = self.controller.apply(plan_columns.set_column_hidden, self.plan_id, key_or_id, hidden) is not None
        if not ok:
            self.fill()  # a refused change: the tick goes back
        return ok

    def move_current(self, step: int) -> bool:
        key, row = self.current_key(), self.list.currentRow()
        if key is None or not 0 <= row + step < self.list.count():
            return False
        if self.controller.apply(plan_columns.move_column, self.plan_id, key, row + step) is None:
            return False
        self.select(key)
        return True

    def rename_current(self) -> bool:
        key, column = self.current_key(), self._column(self.current_key())
        if key is None or column is None:
            return False
        lang = self.name_language.currentData()
        text = for_storage(self.name_edit.text().strip(), lang, column.name.get(lang))
        if text == (column.name.get(lang) or ""):
            return False
        return self.controller.apply(plan_columns.rename_column, self.plan_id, key, lang, text) is not None

    def add_column(self) -> str:
        """Add a column of the plan's own after the chosen one; its id, or "" if none was added."""
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return ""
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else None
        change = self.controller.apply(
            plan_columns.add_column,
            self.plan_id,
            {self._lang: for_storage(name, self._lang, None)},
            level=self.new_level.currentData(),
            index=index,
        )
        if change is None:
            return ""
        column_id = next((eid for eid in change.upserted if isinstance(self.controller.doc.find(eid), PlanColumn)
                          and not self.controller.doc.find(eid).key), "")  # fmt: skip
        self.new_name.clear()
        self.select(column_id)
        return column_id

    def delete_current(self) -> bool:
        column = self._column(self.current_key())
        if column is None or column.key:
            return False
        question = _("Delete the column “{name}” with its texts?").format(name=column_label(column, self._lang))
        if not messages.confirm_delete(self, question):
            return False
        return self.controller.apply(plan_columns.delete_column, column.id) is not None

    def done(self, result: int) -> None:
        if not self._closed:  # closed twice (Close, then the window's closing): disconnect once
            self._closed = True
            self.controller.document_changed.disconnect(self._document_changed)
        super().done(result)
