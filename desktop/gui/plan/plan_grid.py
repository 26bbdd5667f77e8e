"""The action-plan grid: the plan's activities as a table, edited in place, filtered and sorted.

Row heights follow the wrapped texts, but are measured only for the rows on screen at once and for
the rest a few at a time while the application is idle, from a cache by row: a 1,000-activity plan
opens at once and scrolls smoothly (`resizeRowsToContents` would measure every cell on every change).
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import (
    QByteArray,
    QCollator,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import activity_levels
from desktop.core import operations as op
from desktop.core.model import Activity, ActivityNumbering, Objective
from desktop.core.timeframe import TimeError, years_covered
from desktop.gui.controller import DocumentController
from desktop.gui.plan.grid_delegates import PlanCellDelegate
from desktop.gui.plan.plan_table_model import (
    ACTIVITY_ROW,
    OBJECTIVE_ROW,
    TEXT_SORTED,
    Column,
    PlanTableModel,
)
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import source_name
from desktop.gui.widgets.flow_layout import FlowLayout
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
ROW_PADDING = 4  # pixels above and below a row's text: easier to read and to hit on a projector
MAX_LINES = 7  # a row never grows taller than this (the last line ends in "…"; the tooltip has it all)
FIT_BUDGET_S = 0.008  # background row measuring per event-loop turn: keeps scrolling smooth
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


class PlanTableView(QTableView):
    """The grid's table: objective bands span the row; row heights fit the wrapped text, lazily."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy: PlanFilterProxy | None = None
        self._heights: dict[tuple, int] = {}  # what a row shows -> its height at the current column widths
        self._cursor = 0  # background fitting: the next row to measure
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_in_background)
        self._replaced_timer = QTimer(self)
        self._replaced_timer.setSingleShot(True)
        self._replaced_timer.setInterval(0)
        self._replaced_timer.timeout.connect(self._rows_replaced)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Shift/Ctrl: delete several
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)  # InternalMove alone enables neither dragging nor dropping
        self.viewport().setAcceptDrops(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setMinimumSectionSize(1)
        vertical.setDefaultSectionSize(self._line_height(1))
        header = self.horizontalHeader()
        header.setSectionsMovable(False)  # an objective's band spans from No. onwards: No. stays first
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._column_resized)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.fit_visible_rows())

    def set_proxy(self, proxy: PlanFilterProxy) -> None:
        self._proxy = proxy
        self.setModel(proxy)
        proxy.modelReset.connect(self._rows_replaced)
        proxy.layoutChanged.connect(self._rows_replaced)
        proxy.refiltered.connect(self._rows_replaced)
        # Filtering removes rows in as many ranges as there are gaps: handle them once, not per range.
        proxy.rowsInserted.connect(self._replaced_timer.start)
        proxy.rowsRemoved.connect(self._replaced_timer.start)
        proxy.dataChanged.connect(self._rows_changed)
        self._rows_replaced()

    # -- row heights -----------------------------------------------------------------------------------
    def _line_height(self, lines: int) -> int:
        return QFontMetrics(self.font()).lineSpacing() * lines + 2 * ROW_PADDING + 1

    def forget_heights(self) -> None:
        """Measure every row again (the language or the font changed)."""
        self._heights.clear()
        self._schedule()

    def heights_settled(self) -> bool:
        """Whether every row has been measured (it happens in the background after a change)."""
        return self._proxy is None or (self._cursor >= self._proxy.rowCount() and not self._fit_timer.isActive())

    def _schedule(self) -> None:
        self._cursor = 0
        self.fit_visible_rows()
        self._fit_timer.start()

    def _rows_replaced(self, *_args: object) -> None:
        self._replaced_timer.stop()
        self.refresh_spans()
        self._schedule()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_args: object) -> None:
        if self._proxy is None:
            return
        rows = range(top.row(), bottom.row() + 1)
        if len(rows) > 50:
            self._schedule()
        else:
            self._fit_rows(list(rows))

    def _column_resized(self, *_args: object) -> None:
        self._heights.clear()
        self._cursor = 0
        self._fit_timer.start()  # coalesced: a dragged column border resizes many times

    def _source_row(self, row: int) -> int:
        return self._proxy.mapToSource(self._proxy.index(row, 0)).row()

    def measure_row(self, row: int) -> int:
        """The height a (proxy) row needs for its wrapped text, at most MAX_LINES lines."""
        source = self._proxy.table()
        srow = self._source_row(row)
        band = source.row_kind(srow) == OBJECTIVE_ROW
        shown = [c for c in range(source.columnCount()) if not self.isColumnHidden(c)]
        objective_columns = [c for c in shown if source.is_objective_column(c)]
        columns = [source.band_column(), *objective_columns] if band else shown
        texts = tuple(source.display_text(srow, c) for c in columns)
        # Keyed by what the row shows, so a changed text is measured again whatever changed it (an edit,
        # an undo, a reset), and identical rows are measured once.
        key = (band, texts)
        cached = self._heights.get(key)
        if cached is not None:
            return cached
        # the delegate's text margins, the grid line, and a pixel of slack so a borderline word wraps here too
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 2
        flags = int(Qt.TextFlag.TextWordWrap)
        if band:
            width = sum(self.columnWidth(c) for c in shown if c not in objective_columns)
            bold = QFont(self.font())
            bold.setBold(True)
            rect = QFontMetrics(bold).boundingRect(QRect(0, 0, max(40, width - margin), 100_000), flags, texts[0])
            height = rect.height() + 2 * ROW_PADDING + 6
            metrics = QFontMetrics(self.font())
            for column, text in zip(objective_columns, texts[1:], strict=True):
                if text:
                    box = metrics.boundingRect(
                        QRect(0, 0, max(20, self.columnWidth(column) - margin), 100_000), flags, text
                    )
                    height = max(height, min(box.height(), metrics.lineSpacing() * MAX_LINES) + 2 * ROW_PADDING + 1)
        else:
            metrics = QFontMetrics(self.font())
            text_height = metrics.height()
            for column, text in zip(shown, texts, strict=True):
                if text:
                    width = max(20, self.columnWidth(column) - margin)
                    box = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
                    text_height = max(text_height, box.height())
            height = min(text_height, metrics.lineSpacing() * MAX_LINES) + 2 * ROW_PADDING + 1
        self._heights[key] = height
        return height

    def _fit_rows(self, rows: list[int]) -> None:
        """Give rows their height, keeping the row at the top of the view where it is."""
        if self._proxy is None or not rows:
            return
        header = self.verticalHeader()
        anchor = self.rowAt(0)
        before = self.rowViewportPosition(anchor) if anchor >= 0 else 0
        count = self._proxy.rowCount()
        for row in rows:
            if 0 <= row < count:
                height = self.measure_row(row)
                if header.sectionSize(row) != height:
                    header.resizeSection(row, height)
        if anchor >= 0:
            after = self.rowViewportPosition(anchor)
            if after != before:
                self.updateGeometries()
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + after - before)

    def fit_visible_rows(self) -> None:
        """Fit the rows on screen now (as they grow, fewer fit: measure until the view is full)."""
        if self._proxy is None:
            return
        count = self._proxy.rowCount()
        row = max(0, self.rowAt(0))
        if count == 0:
            return
        y = self.rowViewportPosition(row)
        height = self.viewport().height()
        rows = []
        while row < count and y < height:
            rows.append(row)
            y += self.measure_row(row)
            row += 1
        self._fit_rows(rows)

    def _fit_in_background(self) -> None:
        if self._proxy is None:
            return
        count = self._proxy.rowCount()
        if self._cursor == 0:
            self.fit_visible_rows()
        deadline = time.perf_counter() + FIT_BUDGET_S
        rows = []
        while self._cursor < count and time.perf_counter() < deadline:
            self.measure_row(self._cursor)
            rows.append(self._cursor)
            self._cursor += 1
        self._fit_rows(rows)
        if self._cursor < count:
            self._fit_timer.start()

    def fit_all_rows(self) -> None:
        """Measure every row now (tests, printing); normally this happens in the background."""
        if self._proxy is not None:
            self._fit_rows(list(range(self._proxy.rowCount())))
            self._cursor = self._proxy.rowCount()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().height() > event.oldSize().height():
            self.fit_visible_rows()
        elif self.state() == QAbstractItemView.State.EditingState:
            self.make_room_for_editor(self.currentIndex())  # the view got shorter: keep the editor in it

    # -- objective bands ---------------------------------------------------------------------------------
    def refresh_spans(self) -> None:
        if self._proxy is None:
            return
        self.clearSpans()
        source = self._proxy.table()
        runs = self.band_runs()
        for row in range(self._proxy.rowCount()):
            if source.row_kind(self._source_row(row)) == OBJECTIVE_ROW:
                for first, width in runs:
                    if width > 1:
                        self.setSpan(row, first, 1, width)

    def band_runs(self) -> list[tuple[int, int]]:
        """The spans of an objective's band: (first column, number of columns) of each stretch between the
        objective-level columns, where the band shows that objective's own texts."""
        header = self.horizontalHeader()
        sequence = [header.logicalIndex(v) for v in range(header.count())]
        return [(piece[0], len(piece)) for piece in self._proxy.table().band_pieces(sequence)]

    # -- keys --------------------------------------------------------------------------------------------
    def edit(self, index, trigger=QAbstractItemView.EditTrigger.AllEditTriggers, event=None) -> bool:
        opened = super().edit(index, trigger, event)
        if opened and self.state() == QAbstractItemView.State.EditingState and index.isValid():
            self.make_room_for_editor(index)
        return opened

    def make_room_for_editor(self, index: QModelIndex) -> None:
        """Scroll so that the editor opened on `index` has its full height below the row's top."""
        editor = self.indexWidget(index)
        if editor is None:
            return
        self.updateGeometries()  # the scroll range first: a row just added may be the last
        self.scrollTo(index)
        need = max(editor.sizeHint().height(), editor.height())
        overflow = self.visualRect(index).top() + need - self.viewport().height()
        if overflow > 0:
            bar = self.verticalScrollBar()
            bar.setValue(min(bar.maximum(), bar.value() + overflow))
        self.updateEditorGeometries()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter edits the current cell, as in a spreadsheet (F2 and a double click do too).
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
            and self.model().flags(self.currentIndex()) & Qt.ItemFlag.ItemIsEditable
        ):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PlanGrid(QWidget):
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

    def _combo(self, name: str, tip: str, width_chars: int) -> QComboBox:
        combo = QComboBox(self.filter_bar)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        # As wide as the longest item: "Të gjitha objektivat" and "Све године" must not be cut. The filter bar
        # wraps onto another line when they do not fit beside each other.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(width_chars)
        return combo

    def _build_filter_bar(self) -> None:
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("grid_filter_bar")
        row = FlowLayout(self.filter_bar)  # wraps onto a second line on a 1024-pixel screen
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(6)
        self.objective_combo = self._combo("filter_objective", _("Show the activities of one objective"), 6)
        self.responsible_combo = self._combo(
            "filter_responsible", _("Show the activities whose responsible body contains a text"), 6
        )
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.lineEdit().setPlaceholderText(_("Any"))
        self.responsible_combo.lineEdit().setClearButtonEnabled(True)
        self.year_combo = self._combo("filter_year", _("Show the activities running in a year"), 4)
        self.source_combo = self._combo("filter_source", _("Show the activities with a funding source"), 6)
        self.group_combo = self._combo("filter_group", _("Show the activities for a target group"), 6)
        for text, combo in (
            (_("Objective"), self.objective_combo),
            (_("Responsible"), self.responsible_combo),
            (_("Year"), self.year_combo),
            (_("Funding"), self.source_combo),
            (_("Target group"), self.group_combo),
        ):
            label = QLabel(text + ":", self.filter_bar)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
        self.clear_filters_button = QToolButton(self.filter_bar)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText(_("Show all"))
        self.clear_filters_button.setToolTip(_("Clear the filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_filters_button)
        for combo in (self.objective_combo, self.year_combo, self.source_combo, self.group_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.responsible_combo.editTextChanged.connect(self._filters_changed)

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

    def set_filters(self, **filters: object) -> None:
        """Filter by objective_id, responsible (text), year (int), funding ("donor", "donor:UNICEF") or group_id.

        The filter bar's combo boxes follow.
        """
        if self._filters_timer.isActive():  # the lists must be filled to choose from them
            self._filters_timer.stop()
            self._fill_filters()
        combos = {
            "objective_id": self.objective_combo,
            "year": self.year_combo,
            "funding": self.source_combo,
            "group_id": self.group_combo,
        }
        for name, value in filters.items():
            if name == "responsible":
                self.responsible_combo.setEditText(str(value or ""))
            elif name in combos:
                combo = combos[name]
                index = combo.findData(value) if value else 0
                combo.setCurrentIndex(max(0, index))
            else:
                raise TypeError(f"unknown filter {name!r}")
        self._filters_changed()

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

    def clear_filters(self) -> None:
        self.set_filters(objective_id=None, responsible="", year=None, funding=None, group_id=None)

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

    # -- levels and numbering --------------------------------------------------------------------------------
    def indent_activity(self) -> bool:
        """Make the current activity a sub-activity of the one above it at its level."""
        return self._level(activity_levels.indent_activity)

    def outdent_activity(self) -> bool:
        return self._level(activity_levels.outdent_activity)

    def _level(self, operation) -> bool:
        aid = self.current_activity_id()
        if not aid or self.model.read_only:
            return False
        column = self._current_column()
        if self.model.apply(operation, aid) is None:
            return False
        self.select_activity(aid, column)
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
    def add_activity(self) -> str:
        """Add an activity below the current one (at the end of a band's objective); its id or ""."""
        return self._add(above=False)

    def insert_activity_above(self) -> str:
        return self._add(above=True)

    def _add(self, above: bool) -> str:
        plan = self.model.plan()
        doc = self._doc()
        if plan is None or doc is None:
            return ""
        aid, _row, _col = self._current()
        oid = self.current_objective_id() or (doc.objectives[-1].id if doc.objectives else "")
        if not oid:
            self.show_message(_("Add an objective first: every activity belongs to one."))
            return ""
        siblings = [a.id for a in plan.activities if a.objective_id == oid]
        index: int | None = 0 if above else None  # on a band: the objective's top or end
        if aid in siblings:
            index = siblings.index(aid) + (0 if above else 1)
        change = self.model.apply(op.add_activity, plan.id, oid, index=index)
        if change is None:
            return ""
        new_id = change.upserted[0]
        self.proxy.pin(new_id)
        if self.select_activity(new_id, Column.ACTIVITY) and not self.model.read_only:
            self.view.edit(self.view.currentIndex())  # type the title straight away
        return new_id

    def duplicate_activity(self) -> str:
        aid = self.current_activity_id()
        if not aid:
            return ""
        change = self.model.apply(op.duplicate_activity, aid)
        if change is None:
            return ""
        new_id = change.upserted[0]
        self.proxy.pin(new_id)
        self.select_activity(new_id)
        return new_id

    def delete_current(self) -> bool:
        """Delete the selected rows (the current one if none is selected); Undo brings them back.

        Several rows, or an objective that takes activities or priorities with it, are asked about first.
        Afterwards `notice` says what went (budget lines and indicators go with their activity).
        """
        doc = self._doc()
        if doc is None or self.model.read_only:
            return False
        ids = self._selected_ids()
        if not ids:
            return False
        objectives = [e for e in map(doc.find, ids) if isinstance(e, Objective)]
        activities = {a.id: a for p in doc.action_plans for a in p.activities if a.id in ids}
        for objective in objectives:
            activities.update((a.id, a) for p in doc.action_plans for a in doc.activities_of(p, objective))
        priorities = sum(len(list(o.walk())) - 1 for o in objectives)
        what = self._deleted_text(doc, ids, list(activities.values()), priorities)
        if (len(ids) > 1 or any(a.objective_id in ids for a in activities.values()) or priorities) and not (
            self._ask_delete(what)
        ):
            return False
        if len(ids) == 1 and not objectives:
            change = self.model.apply(op.delete_activity, ids[0])
        elif len(ids) == 1:
            change = self.model.apply(op.delete_objective, ids[0])
        else:
            change = self.model.apply(op.delete_plan_items, ids)
        if change is None:
            return False
        self._announce_current()  # the tree follows first: its new item would take the notice away
        back = _("{keys} brings it back.") if len(ids) == 1 else _("{keys} brings them back.")
        self.notice.emit(_("Deleted: {what}.").format(what=what) + " " + back.format(keys=messages.undo_keys()))
        return True

    def _selected_ids(self) -> list[str]:
        """The activities and objectives of the selected rows, top to bottom (the current row if none)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = []
        for row in rows:
            eid = self.model.entity_id(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if eid and eid not in ids:
                ids.append(eid)
        return ids

    def _deleted_text(self, doc, ids: list[str], activities: list[Activity], priorities: int) -> str:
        """What deleting `ids` takes away, in words: the rows by number and title, then what goes with them."""
        names = []
        for eid in ids[:3]:
            entity = doc.find(eid)
            title = best_in(entity.title, self._lang)[0].replace("\n", " ") if entity is not None else ""
            title = title if len(title) <= 60 else title[:59] + "…"
            if isinstance(entity, Objective):
                label = _("objective {number} “{title}”")
            else:
                label = _("activity {number} “{title}”")
            names.append(label.format(number=self.model.number(eid) or doc.numbers().get(eid, ""), title=title))
        if len(ids) > 3:
            names.append(_("{count} more").format(count=len(ids) - 3))
        text = ", ".join(names)
        counts = []
        extra = len(activities) - sum(1 for eid in ids if any(a.id == eid for a in activities))
        for count, label in (
            (extra, _("activities: {count}")),
            (priorities, _("priorities: {count}")),
            (sum(len(a.budget_lines) for a in activities), _("budget lines: {count}")),
            (sum(len(a.indicators) for a in activities), _("indicators: {count}")),
        ):
            if count:
                counts.append(label.format(count=count))
        if counts:
            text += " " + _("(with {items})").format(items=", ".join(counts))
        return text

    def _ask_delete(self, what: str) -> bool:
        """Delete several rows, or an objective with what is under it? Cancel is the default."""
        return messages.confirm_delete(self, _("Delete {what}?").format(what=what))

    def move_up(self) -> bool:
        return self._move(-1)

    def move_down(self) -> bool:
        return self._move(+1)

    def _move(self, step: int) -> bool:
        """Move the current activity one place in reading order; past its objective's edge into the next one."""
        doc, plan = self._doc(), self.model.plan()
        if doc is None or plan is None:
            return False
        aid = self.current_activity_id()
        if not aid:
            return self._move_objective(step)
        act = doc.find(aid)
        if not isinstance(act, Activity):
            return False
        siblings = [a.id for a in plan.activities if a.objective_id == act.objective_id]
        position = siblings.index(aid) + step
        objective_ids = [o.id for o in doc.objectives]
        if 0 <= position < len(siblings):
            target, index = act.objective_id, position
        else:
            at = objective_ids.index(act.objective_id) if act.objective_id in objective_ids else -1
            neighbour = at + step
            if at < 0 or not 0 <= neighbour < len(objective_ids):
                return False  # already first or last in the plan
            target, index = objective_ids[neighbour], (None if step < 0 else 0)
        if self.model.apply(op.move_activity, aid, target, index) is None:
            return False
        self.select_activity(aid, self._current_column())
        return True

    def _move_objective(self, step: int) -> bool:
        doc = self._doc()
        oid = self.current_objective_id()
        if doc is None or not oid:
            return False
        ids = [o.id for o in doc.objectives]
        position = ids.index(oid) + step
        if not 0 <= position < len(ids):
            return False
        if self.model.apply(op.move_objective, oid, position) is None:
            return False
        self.select_activity(oid)
        return True

    def add_objective(self) -> str:
        """Add an objective at the end of the strategy; its band becomes current. Its id or ""."""
        if self._doc() is None:
            return ""
        change = self.model.apply(op.add_objective)
        if change is None:
            return ""
        oid = change.upserted[0]
        self.select_activity(oid)
        return oid

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

    def _update_count(self, *_args: object) -> None:
        total = len(self.model.activity_ids())
        shown = len(self.visible_activity_ids()) if self.proxy.filters_active() else total
        if shown == total:
            text = _("{count} activities").format(count=total)
        else:
            text = _("{shown} of {count} activities").format(shown=shown, count=total)
        self.count_label.setText(text)
        self.clear_filters_button.setEnabled(self.proxy.filters_active())

    def _sort_changed(self, *_args: object) -> None:
        self._update_actions()

    def _chosen_filters(self) -> dict[str, object]:
        return {
            "objective_id": self.objective_combo.currentData() or None,
            "responsible": self.responsible_combo.currentText().strip(),
            "year": self.year_combo.currentData() or None,
            "funding": self.source_combo.currentData() or None,
            "group_id": self.group_combo.currentData() or None,
        }

    def _filters_changed(self, *_args: object) -> None:
        chosen = self._chosen_filters()
        if chosen == self._applied_filters:
            return
        self._applied_filters = chosen
        self.proxy.set_filters(**chosen)
        self._update_count()

    def _fill_filters(self) -> None:
        """Fill the filter lists from the document, keeping what is chosen."""
        doc, plan = self._doc(), self.model.plan()
        lang = self._lang
        objectives: list[tuple[str, str]] = []
        bodies: dict[str, str] = {}
        years: set[int] = set()
        sources: list[tuple[str, str]] = [(key, source_name(key)) for key in ("municipal", "central", "donor", "other")]
        funders: dict[str, str] = {}
        groups: list[tuple[str, str]] = []
        if doc is not None and plan is not None:
            numbers = doc.numbers()
            for objective in doc.objectives:
                title = best_in(objective.title, lang)[0].replace("\n", " ") or _("(untitled objective)")
                objectives.append((objective.id, f"{numbers.get(objective.id, '')}  {title}"))
            years.update(range(plan.start_year, plan.end_year + 1))
            for act in plan.activities:
                for body in best_in(act.responsible, lang)[0].replace(";", ",").replace("\n", ",").split(","):
                    if body.strip():
                        bodies.setdefault(body.strip().casefold(), body.strip())
                with contextlib.suppress(TimeError):
                    years.update(years_covered(act.start, act.end))
                for line in act.budget_lines:
                    if line.funder and line.source in ("donor", "other"):
                        key = f"{line.source}:{line.funder}"
                        label = _("Donor: {name}") if line.source == "donor" else _("Other: {name}")
                        funders.setdefault(key, label.format(name=line.funder))
            groups = [(g.id, best_in(g.name, lang)[0] or _("(unnamed group)")) for g in doc.target_groups]
        self._refill(self.objective_combo, _("All objectives"), objectives)
        self._refill(self.year_combo, _("All years"), [(y, str(y)) for y in sorted(years)])
        self._refill(
            self.source_combo, _("All sources"), sources + sorted(funders.items(), key=lambda kv: kv[1].casefold())
        )
        self._refill(self.group_combo, _("All target groups"), groups)
        combo = self.responsible_combo
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(sorted(bodies.values(), key=str.casefold))
        combo.setEditText(text)
        combo.blockSignals(False)
        # a chosen value that no longer exists fell back to "all": filter again if that happened
        self._filters_changed()

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, text in items:
            combo.addItem(text if len(text) <= 60 else text[:59] + "…", data)  # the tooltip has it all
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _show_column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    def _default_columns(self) -> None:
        self.reset_columns()
        self.view.forget_heights()
        self.view.refresh_spans()
