"""The action-plan grid's columns on screen: the plan's order and hidden ones applied to the header, widths kept
per user, the header's menu, the Columns… dialog and the numbering choice."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QMenu

from desktop.core import activity_levels
from desktop.core.model import ActivityNumbering
from desktop.gui.plan.plan_table_model import Column
from desktop.i18n import N_, _

# Widths for a 1366-pixel screen with the grid taking the window's width; Notes takes what is left.
DEFAULT_WIDTHS = {
    Column.NUMBER: 52,  # "12.10" in bold
    Column.ACTIVITY: 228,
    Column.RESPONSIBLE: 125,
    Column.PARTNERS: 145,
    Column.TIMEFRAME: 100,
    Column.BUDGET: 112,  # room for "123.456,50 EUR": amounts never wrap (no-break spaces)
    Column.FUNDING: 122,
    Column.INDICATORS: 160,
    Column.TARGET_GROUPS: 125,
    Column.NOTES: 160,
}


OWN_COLUMN_WIDTH = 160  # a column of the plan's own


NUMBERING_NAMES = {
    ActivityNumbering.BY_OBJECTIVE.value: N_("By objective (1.1, 1.2)"),
    ActivityNumbering.RUNNING.value: N_("Running (1, 2, 3)"),
    ActivityNumbering.KEPT.value: N_("As in the source"),
}


class GridColumnLayout:
    """The column layout of PlanGrid (which holds the header, the model and the user's hidden columns)."""

    def save_state(self) -> bytes:
        """Column widths, the columns hidden on this screen and sorting, for the settings.

        The columns the plan hides are saved as shown: they are the plan's choice, not this screen's, and
        another plan may show them."""
        header = self.view.horizontalHeader()
        plan_hidden = [c for c, shown in self.model.column_order() if not shown and header.isSectionHidden(c)]
        for column in plan_hidden:
            header.setSectionHidden(column, False)
        try:
            return bytes(header.saveState().data())
        finally:
            for column in plan_hidden:
                header.setSectionHidden(column, True)

    def restore_state(self, state: bytes | QByteArray | None) -> bool:
        if not state:
            return False
        header = self.view.horizontalHeader()
        if not header.restoreState(QByteArray(bytes(state))):
            return False
        plan_shows = set(self.model.shown_columns())
        self._user_hidden = {c for c in range(header.count()) if header.isSectionHidden(c) and c in plan_shows}
        self._user_hidden.discard(int(Column.ACTIVITY))  # never lose the column that says what a row is
        self._apply_columns()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._sort_changed()
        self.view.forget_heights()
        self.view.refresh_spans()
        return True

    def reset_columns(self) -> None:
        """The default widths, and the columns the plan shows."""
        header = self.view.horizontalHeader()
        self._user_hidden.clear()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, DEFAULT_WIDTHS.get(column, OWN_COLUMN_WIDTH))
        self._apply_columns()

    def _apply_columns(self) -> None:
        """Lay the header out as the plan orders its columns; hide what the plan hides, and what this screen
        hides (the header's menu). The plan's hidden columns go last."""
        header = self.view.horizontalHeader()
        order = self.model.column_order()
        wanted = [c for c, shown in order if shown] + [c for c, shown in order if not shown]
        changed = False
        for visual, logical in enumerate(wanted):
            at = header.visualIndex(logical)
            if at >= 0 and at != visual:
                header.moveSection(at, visual)
                changed = True
        for column, shown in order:
            hidden = not shown or column in self._user_hidden
            if header.isSectionHidden(column) != hidden:
                header.setSectionHidden(column, hidden)
                changed = True
            if header.sectionSize(column) == 0 and not hidden:
                header.resizeSection(column, DEFAULT_WIDTHS.get(column, OWN_COLUMN_WIDTH))
        if changed:  # else the rows keep their heights: a large plan is not measured again for nothing
            self.view.forget_heights()
            self.view.refresh_spans()
        self._update_numbering()

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column on this screen only (the plan's own choice is in `edit_columns`)."""
        if column == Column.ACTIVITY and not visible:
            return
        if visible:
            self._user_hidden.discard(column)
        else:
            self._user_hidden.add(column)
        self._apply_columns()

    def column_menu(self) -> QMenu:
        """The header's context menu: a check box per column the plan shows (hidden on this screen only), the
        default layout, and the plan's columns."""
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        for column in self.model.shown_columns():
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.setEnabled(column != Column.ACTIVITY)
            action.setData(int(column))
            action.toggled.connect(lambda on, c=int(column): self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(_("Default columns"), self._default_columns)
        menu.addAction(self.columns_action)
        return menu

    def edit_columns(self) -> bool:
        """The plan's columns: which show, their order, names per language, and columns of the plan's own."""
        from desktop.gui.plan.columns_dialog import ColumnsDialog

        plan = self.model.plan()
        if plan is None or self.model.controller is None:
            return False
        ColumnsDialog(self.model.controller, plan.id, self._lang, self).exec()
        return True

    def set_numbering(self, numbering: str) -> bool:
        """Number the activities by objective, running, or as the source numbered them."""
        plan = self.model.plan()
        if plan is None or plan.numbering == numbering:
            return False
        return self.model.apply(activity_levels.set_activity_numbering, plan.id, numbering) is not None

    def _numbering_chosen(self, index: int) -> None:
        value = self.numbering_combo.itemData(index)
        if value and not self.set_numbering(value):
            self._update_numbering()

    def _update_numbering(self) -> None:
        plan = self.model.plan()
        combo = self.numbering_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(plan.numbering if plan is not None else None)))
        combo.blockSignals(False)
        combo.setEnabled(plan is not None and not self.model.read_only)

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def _default_columns(self) -> None:
        self.reset_columns()
        self.view.forget_heights()
        self.view.refresh_spans()
