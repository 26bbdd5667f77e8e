"""A layout that lines its widgets up like words: onto the next line when the width runs out.

For rows of filters and buttons that must not make a window wider than a 1024-pixel laptop screen: on a wide
window they sit on one line as in a QHBoxLayout (stretch factors share the room left), on a narrow one they
wrap. A label stays on the line of the field it names (its buddy)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        if spacing is not None:
            self.setSpacing(spacing)

    # -- QLayout -------------------------------------------------------------------------------------
    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """Like QBoxLayout.addWidget: `stretch` shares the room left on the widget's line."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self._stretch.append(stretch)
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretch.append(0)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._stretch.pop(index)
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item, _s in visible) + self._gap() * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item, _s in visible), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest label with its field: each could have a line of its own."""
        widest = max(
            (
                sum(item.minimumSize().width() for item in group) + self._gap() * (len(group) - 1)
                for group in self._groups()
            ),
            default=0,
        )
        height = max((item.minimumSize().height() for item, _s in self._visible()), default=0)
        return self._with_margins(QSize(widest, height))

    # -- placing -------------------------------------------------------------------------------------
    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return QSize(size.width() + margins.left() + margins.right(), size.height() + margins.top() + margins.bottom())

    def _visible(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, s) for item, s in zip(self._items, self._stretch, strict=True) if not item.isEmpty()]

    def _groups(self) -> list[list[QLayoutItem]]:
        """The items in the units that never break apart: a label with its buddy, or one item."""
        groups: list[list[QLayoutItem]] = []
        visible = [item for item, _s in self._visible()]
        i = 0
        while i < len(visible):
            widget = visible[i].widget()
            following = visible[i + 1].widget() if i + 1 < len(visible) else None
            if isinstance(widget, QLabel) and following is not None and widget.buddy() is following:
                groups.append(visible[i : i + 2])
                i += 2
            else:
                groups.append([visible[i]])
                i += 1
        return groups

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (moving them when `move`); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        stretch = dict(zip((id(i) for i in self._items), self._stretch, strict=True))
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for group in self._groups():
            width = sum(item.sizeHint().width() for item in group) + gap * (len(group) - 1)
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].extend(group)
        y = area.y()
        for line in lines:
            if not line:
                continue
            hints = [max(item.sizeHint().width(), item.minimumSize().width()) for item in line]
            room = area.width() - sum(hints) - gap * (len(line) - 1)
            weights = [stretch.get(id(item), 0) for item in line]
            total = sum(weights)
            if room > 0 and total:
                hints = [w + room * weight // total for w, weight in zip(hints, weights, strict=True)]
            height = max(item.sizeHint().height() for item in line)
            x = area.x()
            for item, width in zip(line, hints, strict=True):
                width = min(width, item.maximumSize().width())
                if move:
                    item.setGeometry(
                        QRect(
                            QPoint(x, y + (height - item.sizeHint().height()) // 2),
                            QSize(width, item.sizeHint().height()),
                        )
                    )
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0
