"""The tree on the left: wraps long titles onto more lines instead of cutting them off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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

    HEIGHTS_KEPT = 5000  # rows' heights remembered (a title, its font and width: a few hundred KB at most)

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # (font, width, title) -> row height: each layout of the tree asks every row again (twice while the
        # window opens), and measuring a wrapped title is most of a layout's time.
        self._heights: dict[tuple[str, int, str], int] = {}
        self._base_heights: dict[str, int] = {}  # font -> the style's height of a one-line row
        self._margin: int | None = None  # the style's focus frame, both sides
        self._viewport = view.viewport()  # kept (the tree never gets another): asking for it costs a wrapper

    def forget_heights(self) -> None:
        self._heights.clear()
        self._base_heights.clear()
        self._margin = None

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        view = self._view
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        if self._margin is None:
            self._margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        width = max(60, self._viewport.width() - indent - self._margin)
        # model.data(), not index.data(): PySide6 6.12's QModelIndex.data() drops a reference to None
        # each time it returns an empty value, which eventually crashes the interpreter.
        model = index.model()
        font = model.data(index, Qt.ItemDataRole.FontRole) or option.font
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        key = (font.key(), width, text)
        height = self._heights.get(key)
        if height is None:
            # The style's height of a one-line row depends on the font alone (the wrapped title's own height
            # covers a taller script); asking the style costs as much as the rest together.
            base = self._base_heights.get(key[0])
            if base is None:
                base = self._base_heights[key[0]] = super().sizeHint(option, index).height()
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            height = max(base, rect.height() + 2) + 2 * ROW_PADDING
            if len(self._heights) >= self.HEIGHTS_KEPT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)


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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.itemDelegate().forget_heights()  # measured in the old style or font
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # row heights depend on the width once titles wrap
