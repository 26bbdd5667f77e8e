"""The tree on the left: wraps long titles onto more lines instead of cutting them off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

ROW_PADDING = 2  # extra pixels above and below each row: easier to read and to hit on a projector


class _WrappingDelegate(QStyledItemDelegate):
    """Sizes each row for its title wrapped to the width the view gives it."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        view = self._view
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        width = max(60, view.viewport().width() - indent - margin)
        # model.data(), not index.data(): PySide6 6.12's QModelIndex.data() drops a reference to None
        # each time it returns an empty value, which eventually crashes the interpreter.
        model = index.model()
        font = model.data(index, Qt.ItemDataRole.FontRole) or option.font
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, max(base.height(), rect.height() + 2) + 2 * ROW_PADDING)


class PlanTreeView(QTreeView):
    """A single-selection tree whose rows grow to show their whole title; chapters and parts are dragged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Chapters and the parts of the document move by drag and drop (the model says which rows may).
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # row heights depend on the width once titles wrap
