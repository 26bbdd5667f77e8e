"""What the action-plan grid shows of its model: the rows its filters let through (an objective's band stays
while any of its activities does), in the order the user sorted by, in the content language's collation."""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from desktop.gui.plan.plan_table_model import ACTIVITY_ROW, OBJECTIVE_ROW, TEXT_SORTED, Column, PlanTableModel

LANG_LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "en": "en_GB"}


class PlanFilterProxy(QSortFilterProxyModel):
    """Filters activities by objective, responsible body, year, funding source and target group; sorts them.

    Objective bands are shown only in reading order (sorted by No. ascending): under any other order
    they would sit among unrelated rows. With filters on, a band shows only if some of its activities do.
    """

    refiltered = Signal()  # after a change of filters: rows came and went, maybe in many ranges

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self.objective_id: str | None = None
        self.responsible = ""
        self.year: int | None = None
        self.funding: str | None = None  # "municipal", ... or "donor:NAME"
        self.group_id: str | None = None
        self._pinned: set[str] = set()  # just added: shown although the filters would hide it
        self._sort = (int(Column.NUMBER), Qt.SortOrder.AscendingOrder)
        self._hits: set[str] | None = None  # objectives with a visible activity, computed when needed
        self._collator = QCollator()
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)
        self._refilter_timer = QTimer(self)
        self._refilter_timer.setSingleShot(True)
        self._refilter_timer.setInterval(0)
        self._refilter_timer.timeout.connect(self.refilter)

    def table(self) -> PlanTableModel:
        return self.sourceModel()

    def setSourceModel(self, model: PlanTableModel) -> None:
        # Our cache must be dropped before the proxy re-filters: connect before the base class does.
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self._drop_hits)
        model.dataChanged.connect(self._data_changed)
        super().setSourceModel(model)

    def set_language(self, lang: str) -> None:
        self._collator.setLocale(QLocale(LANG_LOCALES.get(lang, "en_GB")))

    # -- filters -----------------------------------------------------------------------------------
    def filters_active(self) -> bool:
        return any((self.objective_id, self.responsible, self.year, self.funding, self.group_id))

    def set_filters(self, **filters: object) -> None:
        """Set any of objective_id, responsible, year, funding, group_id (None or "" for all)."""
        for name, value in filters.items():
            if name not in ("objective_id", "responsible", "year", "funding", "group_id"):
                raise TypeError(f"unknown filter {name!r}")
            setattr(self, name, (str(value).strip().casefold() if value else "") if name == "responsible" else value)
        self._pinned.clear()
        self.refilter()

    def pin(self, activity_id: str) -> None:
        """Keep an activity visible whatever the filters (the one just added) until they change."""
        if self.filters_active():
            self._pinned.add(activity_id)
            self.refilter()

    def refilter(self) -> None:
        self._hits = None
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.refiltered.emit()

    def _drop_hits(self, *_args: object) -> None:
        self._hits = None

    def _data_changed(self, *_args: object) -> None:
        # A change to one activity can show or hide its objective's band: look again once.
        if self.filters_active():
            self._refilter_timer.start()

    def accepts_activity(self, source_row: int) -> bool:
        model = self.table()
        if not self.filters_active():
            return model.row_kind(source_row) == ACTIVITY_ROW  # facts cost time: only look when filtering
        facts = model.facts(source_row)
        if facts is None:
            return False
        if model.activity_id(source_row) in self._pinned:
            return True
        if self.objective_id and facts.objective_id != self.objective_id:
            return False
        if self.responsible and self.responsible not in facts.responsible:
            return False
        if self.year and self.year not in facts.years:
            return False
        if self.funding and self.funding not in facts.sources:
            return False
        return not (self.group_id and self.group_id not in facts.group_ids)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.table()
        if model.row_kind(source_row) != OBJECTIVE_ROW:
            return self.accepts_activity(source_row)
        if not self.natural_order():
            return False
        oid = model.entity_id(source_row)
        if self.objective_id and oid != self.objective_id:
            return False
        if not (self.responsible or self.year or self.funding or self.group_id):
            return True  # an objective without activities keeps its band: it is where new ones go
        if self._hits is None:
            self._hits = {
                model.objective_id(r)
                for r in range(model.rowCount())
                if model.row_kind(r) == ACTIVITY_ROW and self.accepts_activity(r)
            }
        return oid in self._hits

    # -- sorting -------------------------------------------------------------------------------------
    def natural_order(self) -> bool:
        return self._sort == (int(Column.NUMBER), Qt.SortOrder.AscendingOrder) or self._sort[0] < 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        was_natural = self.natural_order()
        self._sort = (column, order)
        natural = self.natural_order()
        if was_natural and not natural:
            self.refilter()  # the bands go before sorting: they have no place in another order
        super().sort(-1 if natural else column, order)  # -1: the model's own order, reading order
        if natural and not was_natural:
            self.refilter()  # the bands come back

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        # The model's rows are in reading order: ties, and anything that is not an activity, keep it.
        # An exception escaping from here aborts the process (PySide6 6.11): compare only like with like.
        model = self.table()
        column = left.column()
        a, b = model.sort_key(left.row(), column), model.sort_key(right.row(), column)
        if a is None or b is None or type(a) is not type(b):
            return left.row() < right.row()
        if column in TEXT_SORTED:
            if bool(a) != bool(b):  # empty cells after the filled ones
                return bool(a) == (self._sort[1] == Qt.SortOrder.AscendingOrder)
            result = self._collator.compare(a, b)
            if result:
                return result < 0
        elif a != b:
            return a < b
        return left.row() < right.row()
