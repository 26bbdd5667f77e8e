"""The action-plan grid's table: rows as tall as their wrapped texts (measured for the rows on screen first, the
rest in the background), objective bands spanning their columns, and the keys of a spreadsheet."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop.gui.plan.plan_filter_proxy import PlanFilterProxy
from desktop.gui.plan.plan_table_model import OBJECTIVE_ROW

ROW_PADDING = 4  # pixels above and below a row's text: easier to read and to hit on a projector


MAX_LINES = 7  # a row never grows taller than this (the last line ends in "…"; the tooltip has it all)


FIT_BUDGET_S = 0.008  # background row measuring per event-loop turn: keeps scrolling smooth


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
