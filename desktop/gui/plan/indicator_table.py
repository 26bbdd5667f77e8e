"""An activity's indicators: name and unit in the edit language, the baseline and a target per plan year."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import operations as op
from desktop.core.model import ActionPlan, Activity, Indicator
from desktop.gui.controller import DocumentController
from desktop.gui.plan.activity_items_table import ID_ROLE, ActivityItemsTable
from desktop.gui.plan.budget_table import EDIT_TRIGGERS, format_number, interface_locale, parse_number
from desktop.gui.translation.serbian_script import best_in, for_storage, text_in
from desktop.gui.widgets.text_field import language_tag
from desktop.i18n import _

COL_NAME, COL_UNIT, COL_BASELINE = range(3)
FIRST_YEAR_COLUMN = 3
MISSING_BACKGROUND = QColor("#fde2e1")  # the badge colour of a missing text


class IndicatorTable(ActivityItemsTable):
    """One row per indicator; columns Name, Unit, Baseline and one per year of the plan period."""

    ID_COLUMN = COL_NAME

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(
            controller,
            parent,
            name="indicator",
            item="indicator",
            columns=FIRST_YEAR_COLUMN,
            add=(_("Add indicator"), self.add_indicator),
            delete=(_("Delete indicator"), _("Delete the selected indicator")),
        )
        self._edit_lang = "sq"
        self._reference_lang: str | None = None
        self._shown: tuple | None = None  # what the table shows, to skip needless rebuilds
        self.years: list[int] = []
        self.table.setWordWrap(True)
        self.finish()

    # -- public API ----------------------------------------------------------------------------
    def set_activity(self, activity_id: str) -> None:
        self._activity_id = activity_id
        self._shown = None
        self.message.clear_message()
        self.refresh()

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self._edit_lang = edit_lang
        self._reference_lang = reference_lang if reference_lang != edit_lang else None
        self._shown = None
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._shown = None
        self.refresh()

    def column_of(self, year: int) -> int:
        return FIRST_YEAR_COLUMN + self.years.index(year) if year in self.years else -1

    def refresh(self) -> None:
        act = self.activity()
        indicators = act.indicators if act else []
        years = self._years(act)
        shown = (
            tuple(years),
            tuple(
                (
                    i.id,
                    tuple(sorted(i.name.values.items(), key=lambda kv: kv[0])),
                    tuple(sorted(i.unit.values.items(), key=lambda kv: kv[0])),
                    i.baseline,
                    tuple(i.targets.items()),
                )
                for i in indicators
            ),
            interface_locale(),
        )
        if shown != self._shown:
            self._shown = shown
            self._render(indicators, years)
        self.update_buttons(act)

    def add_indicator(self) -> None:
        """Add an indicator and start typing its name."""
        act = self.activity()
        if act is None or self._read_only:
            return
        change = self.router.apply(self.message, op.add_indicator, act.id)
        if change is not None and change.upserted:
            row = self.row_of(change.upserted[0])
            if row >= 0:
                self.table.setCurrentCell(row, COL_NAME)
                self.table.editItem(self.table.item(row, COL_NAME))

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and not self._read_only:
            self.router.apply(self.message, op.delete_indicator, self.item_id(row))

    # -- internals -----------------------------------------------------------------------------
    def _years(self, act: Activity | None) -> list[int]:
        """The plan's years, plus any year an indicator already has a target for (never hide data)."""
        if act is None:
            return []
        plan = self.controller.doc.parent_of(act)
        years = set(range(plan.start_year, plan.end_year + 1)) if isinstance(plan, ActionPlan) else set()
        for ind in act.indicators:
            years.update(ind.targets)
        return sorted(years)

    def _render(self, indicators: list[Indicator], years: list[int]) -> None:
        # Cells are rebuilt only when indicators or years come or go; values change in place, since
        # the edited cell is still on the call stack when its change comes back.
        ids = [self.item_id(r) for r in range(self.table.rowCount())]
        if years != self.years or [i.id for i in indicators] != ids:
            self._build(indicators, years)
        editable = not self._read_only
        self.table.blockSignals(True)
        try:
            for row, ind in enumerate(indicators):
                self._fill_text(self.table.item(row, COL_NAME), ind, "name")
                self._fill_text(self.table.item(row, COL_UNIT), ind, "unit")
                self._fill_number(self.table.item(row, COL_BASELINE), ind.baseline)
                for year in years:
                    self._fill_number(self.table.item(row, self.column_of(year)), ind.targets.get(year))
                for col in range(self.table.columnCount()):
                    item = self.table.item(row, col)
                    flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags if editable else flags & ~Qt.ItemFlag.ItemIsEditable)
        finally:
            self.table.blockSignals(False)
        self.table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_height()

    def _build(self, indicators: list[Indicator], years: list[int]) -> None:
        """Empty cells for every indicator and year (filled by _render); the current one stays current."""
        current = self.item_id(self.table.currentRow()) if self.table.currentRow() >= 0 else ""
        column = max(self.table.currentColumn(), 0)
        self.years = years
        self.table.blockSignals(True)
        try:
            self.table.setColumnCount(FIRST_YEAR_COLUMN + len(years))
            self.table.setHorizontalHeaderLabels(
                [_("Indicator"), _("Unit"), _("Baseline")] + [_("Target {year}").format(year=y) for y in years]
            )
            self.table.setRowCount(len(indicators))
            for row, ind in enumerate(indicators):
                for col in range(self.table.columnCount()):
                    item = QTableWidgetItem()
                    if col == COL_NAME:
                        item.setData(ID_ROLE, ind.id)
                    if col >= COL_BASELINE:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, col, item)
        finally:
            self.table.blockSignals(False)
        self._fit_columns()
        row = self.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentCell(row, min(column, self.table.columnCount() - 1))

    def _fill_text(self, item: QTableWidgetItem, ind: Indicator, field: str) -> None:
        """The text in the edit language; a missing one is tinted, with the other languages in the tooltip."""
        mt = ind.text(field)
        text = text_in(mt, self._edit_lang)
        if item.text() != text:
            item.setText(text)
        tips = []
        if self._reference_lang is not None and mt.get(self._reference_lang):
            tips.append(f"{language_tag(self._reference_lang)}: {text_in(mt, self._reference_lang)}")
        missing = not text and not mt.is_empty()
        if missing:
            other, lang = best_in(mt, self._edit_lang)
            tips.insert(0, _("Not yet in {language}.").format(language=language_tag(self._edit_lang)))
            if lang and lang != self._reference_lang:
                tips.append(f"{language_tag(lang)}: {other}")
        item.setBackground(QBrush(MISSING_BACKGROUND) if missing else QBrush())
        item.setToolTip("\n".join(tips))

    @staticmethod
    def _fill_number(item: QTableWidgetItem, value: Decimal | None) -> None:
        text = "" if value is None else format_number(value)
        if item.text() != text:
            item.setText(text)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_UNIT, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_UNIT, metrics.horizontalAdvance("beneficiaries") + 24)
        for col in range(COL_BASELINE, self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            label = self.table.horizontalHeaderItem(col).text()
            self.table.setColumnWidth(
                col, max(metrics.horizontalAdvance(label), metrics.horizontalAdvance("10 000")) + 24
            )

    def _fit_height(self) -> None:
        # Rows wrap long indicator names; the whole table is shown, the panel scrolls.
        self.table.resizeRowsToContents()
        minimum = self.fontMetrics().height() + 16
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        for row in range(self.table.rowCount()):
            if self.table.rowHeight(row) < minimum:
                self.table.setRowHeight(row, minimum)
            height += self.table.rowHeight(row)
        if self.table.rowCount() == 0:
            height += minimum
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().height()
        self.table.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapping depends on the width

    def _show_stored(self) -> None:
        self._shown = None  # show the stored values again (after a refusal or a no-op edit)
        self.refresh()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        ind = self.controller.doc.find(self.item_id(item.row()))
        if not isinstance(ind, Indicator) or self._read_only:
            return
        col, text = item.column(), item.text().strip()
        if col in (COL_NAME, COL_UNIT):
            field = "name" if col == COL_NAME else "unit"
            if text == text_in(ind.text(field), self._edit_lang):
                return
            text = for_storage(text, self._edit_lang, ind.text(field).get(self._edit_lang))
            change = self.router.run(
                self.message, lambda: self.controller.set_text(ind.id, field, self._edit_lang, text)
            )
            self.controller.close_merge()  # one cell, one undo step
            if change is None:
                self._show_stored()
            return
        number = parse_number(text) if text else None
        value: object = number if number is not None or not text else text  # bad text: the refusal explains
        baseline: object = ind.baseline
        targets: dict[object, object] = dict(ind.targets)
        if col == COL_BASELINE:
            unchanged = value == ind.baseline
            baseline = value
        else:
            year = self.years[col - FIRST_YEAR_COLUMN]
            unchanged = value == ind.targets.get(year)
            if value is None:
                targets.pop(year, None)
            else:
                targets[year] = value
        if unchanged:
            self._show_stored()  # the same number typed differently: no undo step, just tidy the cell
        else:
            values = {"baseline": baseline, "targets": targets}
            change = self.router.apply(self.message, op.set_indicator_values, ind.id, **values)
            if change is None:
                self._show_stored()
