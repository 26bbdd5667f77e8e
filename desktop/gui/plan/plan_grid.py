"""The action-plan grid: the plan's activities as a table, edited in place, filtered and sorted.

Row heights follow the wrapped texts, but are measured only for the rows on screen at once and for
the rest a few at a time while the application is idle, from a cache by row: a 1,000-activity plan
opens at once and scrolls smoothly (`resizeRowsToContents` would measure every cell on every change).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QSizePolicy, QToolBar, QVBoxLayout, QWidget

from desktop.core.model import Activity
from desktop.gui.controller import DocumentController
from desktop.gui.plan.grid_column_layout import NUMBERING_NAMES, GridColumnLayout
from desktop.gui.plan.grid_delegates import PlanCellDelegate
from desktop.gui.plan.grid_editing import GridEditing
from desktop.gui.plan.grid_filter_bar import GridFilterBar
from desktop.gui.plan.plan_filter_proxy import PlanFilterProxy
from desktop.gui.plan.plan_table_model import ACTIVITY_ROW, OBJECTIVE_ROW, Column, PlanTableModel
from desktop.gui.plan.plan_table_view import PlanTableView
from desktop.i18n import _


class PlanGrid(GridEditing, GridFilterBar, GridColumnLayout, QWidget):
    """An action plan as an editable grid with a toolbar, filters, and actions with shortcuts."""

    activity_selected = Signal(str)  # the current activity's id, "" when no activity row is current
    objective_selected = Signal(str)  # the objective whose band is current, "" otherwise
    notice = Signal(str)  # something done that the user should hear of (what a deletion took): the window's banner
    budget_requested = Signal(str)  # double click, F2 or Enter on an activity's Budget cell: its budget lines

    def __init__(
        self,
        controller: DocumentController | None = None,
        plan_id: str | None = None,
        lang: str = "sq",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_grid")
        self._lang = lang
        self._emitted: tuple[str, str] | None = None
        self._keep: tuple[str | None, int, int] = (None, 0, int(Column.ACTIVITY))  # id, row, column
        self._applied_filters: dict[str, object] = {
            "objective_id": None,
            "responsible": "",
            "year": None,
            "funding": None,
            "group_id": None,
        }
        self.model = PlanTableModel(None, None, lang, self)
        self.proxy = PlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_language(lang)
        self.view = PlanTableView(self)
        self.view.setObjectName("plan_table")
        self.delegate = PlanCellDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.set_proxy(self.proxy)
        self._build_actions()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # the same actions on a right click
        self._build_toolbar()
        self._build_filter_bar()
        self.message = QLabel("", self)
        self.message.setObjectName("grid_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel { background: #fde7e9; color: #5c0011; border: 1px solid #e8a3ab; padding: 6px 10px; }"
        )
        self.message.setVisible(False)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(lambda: self.message.setVisible(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        # The notice floats over the table's top rows: inserted above it, it pushed the rows under the mouse.
        self.message.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.view, 1)

        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        self._user_hidden: set[int] = set()  # columns hidden on this screen only (the header's menu)
        self.reset_columns()
        self.model.columns_changed.connect(self._apply_columns)
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)  # after the view's own sorting slot

        self.model.edit_refused.connect(self.show_message)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.proxy.modelReset.connect(self._restore_current)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        for signal in (self.proxy.rowsRemoved, self.proxy.rowsInserted, self.proxy.layoutChanged):
            signal.connect(self._count_timer.start)
        self.proxy.refiltered.connect(self._update_count)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        # The current row is announced once the event loop is back, never from inside a model change: the
        # selection model moves the current row while the proxy is still removing filtered rows, and a
        # listener that rebuilds the model then (the main window re-showing the plan) crashed the process.
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(0)
        self._announce_timer.timeout.connect(self._announce_current)
        self.delegate.closed.connect(self._editor_closed)
        self.delegate.refused.connect(self.show_message)
        self.delegate.budget_requested.connect(self._request_budget)
        self.view.activated.connect(self._request_budget)  # Enter on a cell that has no editor
        self._filters_timer = QTimer(self)
        self._filters_timer.setSingleShot(True)
        self._filters_timer.setInterval(0)
        self._filters_timer.timeout.connect(self._fill_filters)
        self.set_controller(controller, plan_id)

    # -- construction ---------------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut: QKeySequence | str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        # Only while the table has focus: in a cell editor Delete and Ctrl+Up belong to the text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(
            "add_activity", _("Add activity"), self.add_activity, "Insert", _("Add an activity below the current one")
        )
        self.insert_above_action = self._action(
            "insert_activity_above",
            _("Insert above"),
            self.insert_activity_above,
            "Ctrl+Shift+Insert",
            _("Insert an activity above the current one"),
        )
        self.duplicate_action = self._action(
            "duplicate_activity", _("Duplicate"), self.duplicate_activity, "Ctrl+D", _("Copy the current activity")
        )
        self.delete_action = self._action(
            "delete_activity",
            _("Delete"),
            self.delete_current,
            QKeySequence(Qt.Key.Key_Delete),
            _("Delete the current activity (Undo brings it back)"),
        )
        self.move_up_action = self._action(
            "move_up",
            _("Move up"),
            self.move_up,
            "Ctrl+Up",
            _("Move the activity up (from the top of an objective into the one above)"),
        )
        self.move_down_action = self._action(
            "move_down",
            _("Move down"),
            self.move_down,
            "Ctrl+Down",
            _("Move the activity down, into the next objective at the bottom"),
        )
        self.add_objective_action = self._action(
            "add_objective", _("Add objective"), self.add_objective, "Ctrl+Shift+N", _("Add a strategic objective")
        )
        # The same keys as in the tree (tree_actions.py): Ctrl+Right makes a sub-activity, Ctrl+Left undoes it.
        self.indent_action = self._action(
            "indent_activity",
            _("Make sub-activity"),
            self.indent_activity,
            "Ctrl+Right",
            _("Make the activity a sub-activity of the one above it (1.2 becomes 1.1.1)"),
        )
        self.outdent_action = self._action(
            "outdent_activity",
            _("Make main activity"),
            self.outdent_activity,
            "Ctrl+Left",
            _("Make the sub-activity an activity of its parent's level"),
        )
        self.columns_action = QAction(_("Columns…"), self)
        self.columns_action.setObjectName("grid_columns")
        self.columns_action.setToolTip(_("Choose the plan's columns, their order and names"))
        self.columns_action.triggered.connect(self.edit_columns)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(_("Activities"), self)
        self.toolbar.setObjectName("grid_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.add_action,
            self.insert_above_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
            None,
            self.indent_action,
            self.outdent_action,
            None,
            self.add_objective_action,
            None,
            self.columns_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.numbering_combo = QComboBox(self.toolbar)
        self.numbering_combo.setObjectName("activity_numbering")
        self.numbering_combo.setToolTip(_("How the plan numbers its activities"))
        for value, name in NUMBERING_NAMES.items():
            self.numbering_combo.addItem(_(name), value)
        self.numbering_combo.activated.connect(self._numbering_chosen)
        numbering_label = QLabel(_("Numbering:"), self.toolbar)
        numbering_label.setBuddy(self.numbering_combo)
        numbering_label.setContentsMargins(8, 0, 4, 0)
        self.toolbar.addWidget(numbering_label)
        self.toolbar.addWidget(self.numbering_combo)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.count_label = QLabel("", self.toolbar)
        self.count_label.setObjectName("grid_count")
        self.count_label.setContentsMargins(0, 0, 8, 0)
        self.toolbar.addWidget(self.count_label)

    # -- public API -------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._lang

    @property
    def controller(self) -> DocumentController | None:
        return self.model.controller

    def set_controller(self, controller: DocumentController | None, plan_id: str | None = None) -> None:
        """Show another open document's plan (the first one unless `plan_id` says which)."""
        old = self.model.controller
        if old is not None:
            old.document_changed.disconnect(self._document_changed)
        self.model.set_controller(controller, plan_id)
        if controller is not None:
            controller.document_changed.connect(self._document_changed)
        self._filters_timer.start()  # after the first paint: not needed to show the plan
        self._update_actions()
        self._update_count()

    def set_plan(self, plan_id: str | None) -> None:
        self.model.set_plan(plan_id)
        self._filters_timer.start()

    def set_language(self, lang: str, force: bool = False) -> None:
        """Show the plan's texts in another content language (sq, sr, en); `force` redraws them anyway."""
        if lang == self._lang and not force:
            return
        self._lang = lang
        self.proxy.set_language(lang)
        self.model.set_language(lang, force)
        self.view.forget_heights()
        self._filters_timer.start()
        if not self.proxy.natural_order():
            self.proxy.invalidate()  # text columns sort by the new language's texts

    def current_activity_id(self) -> str:
        return self._current()[0]

    def current_objective_id(self) -> str:
        """The objective of the current row (an activity's or a band's own), "" if none."""
        row = self._current_source_row()
        return (self.model.objective_id(row) or "") if row >= 0 else ""

    def select_activity(self, entity_id: str, column: int = Column.ACTIVITY) -> bool:
        """Make an activity's (or an objective band's) row current and scroll to it; False if not shown.

        Called from outside, between model changes: the new current row is announced at once.
        """
        shown = self._select(entity_id, column)
        self._announce_current()
        return shown

    def _select(self, entity_id: str, column: int) -> bool:
        row = self.model.row_of(entity_id)
        if row < 0:
            return False
        if self.model.row_kind(row) == OBJECTIVE_ROW and not self.model.is_objective_column(column):
            column = self.model.band_column()
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        # Slots of currentChanged may have refreshed the model: map again rather than reuse a stale index.
        row = self.model.row_of(entity_id)
        index = self.proxy.mapFromSource(self.model.index(row, column)) if row >= 0 else QModelIndex()
        if index.isValid():
            # A row is chosen, not a cell: scroll up or down to it, never sideways (No. and titles stay in view).
            bar = self.view.horizontalScrollBar()
            sideways = bar.value()
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            bar.setValue(sideways)
        return True

    def visible_activity_ids(self) -> list[str]:
        """The activities the grid shows, top to bottom."""
        out = []
        for row in range(self.proxy.rowCount()):
            eid = self.model.activity_id(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if eid:
                out.append(eid)
        return out

    def visible_numbers(self) -> list[str]:
        """The No. column as shown, top to bottom (bands included: "1", "1.1", ...)."""
        out = []
        for row in range(self.proxy.rowCount()):
            srow = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            out.append(self.model.number(self.model.entity_id(srow) or ""))
        return out

    def view_state(self) -> dict[str, object]:
        """What the user sees of the plan (filters, selected and current rows, scrolling) to show it again after
        the window is rebuilt (another interface language)."""
        index = self.view.currentIndex()
        top = self.view.rowAt(0)
        top_id = self.model.entity_id(self.view._source_row(top)) if top >= 0 else None
        return {
            "filters": dict(self._applied_filters),
            "selected": self._selected_ids() if self.view.selectionModel().hasSelection() else [],
            "current": (self.model.entity_id(self._current_source_row()), index.column()) if index.isValid() else None,
            "top": (top_id, self.view.rowViewportPosition(top) if top >= 0 else 0),
            "sideways": self.view.horizontalScrollBar().value(),
        }

    def restore_view_state(self, state: dict[str, object] | None) -> None:
        """Show again what `view_state` saw; rows that are gone are left out."""
        if not state:
            return
        self.set_filters(**state["filters"])
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for eid in state["selected"]:
            row = self.model.row_of(eid)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
            if index.isValid():
                selection.select(index, flags)
        if state["current"]:
            eid, column = state["current"]
            row = self.model.row_of(eid or "")
            index = self.proxy.mapFromSource(self.model.index(row, max(0, column))) if row >= 0 else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self._announce_current()
        self._restore_scroll(state)
        QTimer.singleShot(0, lambda: self._restore_scroll(state))  # again once the rows are laid out

    def _restore_scroll(self, state: dict[str, object]) -> None:
        top_id, offset = state["top"]
        row = self.model.row_of(top_id or "")
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.view.fit_visible_rows()
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + self.view.rowViewportPosition(index.row()) - int(offset))
        self.view.horizontalScrollBar().setValue(int(state["sideways"]))

    # -- levels and numbering --------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """A short notice above the table (a refused edit); it goes away by itself."""
        self.message.setText(_(text))
        area = self.view.geometry()
        width = max(area.width() - 24, 120)
        self.message.resize(width, self.message.heightForWidth(width))
        self.message.move(area.left() + 12, area.top() + self.view.horizontalHeader().height() + 4)
        self.message.setVisible(True)
        self.message.raise_()
        self._message_timer.start()

    def _request_budget(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == Column.BUDGET:
            activity_id = self.model.activity_id(self.proxy.mapToSource(index).row()) or ""
            if activity_id:
                self.budget_requested.emit(activity_id)

    # -- actions ----------------------------------------------------------------------------------------

    # -- internals --------------------------------------------------------------------------------------------
    def _doc(self):
        controller = self.model.controller
        return controller.doc if controller is not None else None

    def _current_source_row(self) -> int:
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def _current_column(self) -> int:
        index = self.view.currentIndex()
        return index.column() if index.isValid() else int(Column.ACTIVITY)

    def _current(self) -> tuple[str, int, int]:
        """(current activity id or "", its view row, column)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return "", -1, int(Column.ACTIVITY)
        return self.model.activity_id(self.proxy.mapToSource(index).row()) or "", index.row(), index.column()

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            srow = self.proxy.mapToSource(index).row()
            self._keep = (self.model.entity_id(srow), index.row(), index.column())
        else:
            self._keep = (None, 0, int(Column.ACTIVITY))

    def _restore_current(self) -> None:
        """After the rows were rebuilt: the same activity again, or the row now where it was."""
        eid, row, column = self._keep
        if eid and self._select(eid, column):
            return
        count = self.proxy.rowCount()
        if count and eid:
            index = self.proxy.index(min(row, count - 1), column)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self._announce_timer.start()  # maybe inside the proxy's row removal: see __init__

    def _announce_current(self) -> None:
        """Tell listeners which activity or objective band is current, if that changed."""
        self._announce_timer.stop()
        current = self.view.currentIndex()
        srow = self.proxy.mapToSource(current).row() if current.isValid() else -1
        kind = self.model.row_kind(srow)
        eid = self.model.entity_id(srow) or ""
        state = (eid if kind == ACTIVITY_ROW else "", eid if kind == OBJECTIVE_ROW else "")
        if state == self._emitted:
            return
        previous, self._emitted = self._emitted or ("", ""), state
        if state[0] != previous[0]:
            self.activity_selected.emit(state[0])
        if state[1] != previous[1]:
            self.objective_selected.emit(state[1])

    def _editor_closed(self) -> None:
        if self.model.controller is not None:
            self.model.controller.close_merge()

    def _document_changed(self, _change: object) -> None:
        self._filters_timer.start()  # new names, years or donors for the filter lists: once per turn
        self._update_numbering()
        self._update_actions()
        self._update_count()

    def _update_actions(self) -> None:
        doc = self._doc()
        writable = doc is not None and not self.model.read_only and self.model.plan() is not None
        on_activity = bool(self.current_activity_id())
        on_row = self.view.currentIndex().isValid()
        self.add_action.setEnabled(writable and bool(doc.objectives))
        self.insert_above_action.setEnabled(writable and bool(doc.objectives))
        self.duplicate_action.setEnabled(writable and on_activity)
        self.delete_action.setEnabled(writable and on_row)
        self.move_up_action.setEnabled(writable and on_row)
        self.move_down_action.setEnabled(writable and on_row)
        self.add_objective_action.setEnabled(writable)
        act = doc.find(self.current_activity_id()) if doc is not None and on_activity else None
        self.indent_action.setEnabled(writable and isinstance(act, Activity))
        self.outdent_action.setEnabled(writable and isinstance(act, Activity) and bool(act.parent_id))
        self.columns_action.setEnabled(writable)
        # Dragging a row means "put it here" only in reading order.
        self.view.setDragEnabled(writable and self.proxy.natural_order())

    def _sort_changed(self, *_args: object) -> None:
        self._update_actions()
