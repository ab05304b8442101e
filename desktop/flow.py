"""A layout that wraps its widgets onto the next line when the row runs out of room.

Qt's own "Flow Layout" example, in small: rows of buttons and filters that must fit a
1024-pixel window (or a 2× scaled one) without forcing the window wider. Its minimum
width is its widest single item, not the sum of all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping; a stretchable item (``expanding``) fills its row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # height for each width asked since the items last changed: Qt asks the same
        # width dozens of times in one layout pass (70 calls for one search's repaint)
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout --------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        """An item changed (shown, hidden, its size hint): forget the heights."""
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + self._gap()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- arranging ------------------------------------------------------------------
    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        return gap if gap >= 0 else style.layoutSpacing(
            QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            widths = [min(i.sizeHint().width(), area.width()) for i in row]
            spare = area.width() - sum(widths) - gap * (len(row) - 1)
            growing = [n for n, i in enumerate(row) if i.expandingDirections()
                       & Qt.Orientation.Horizontal]
            for n in growing:
                widths[n] += spare // len(growing) if spare > 0 else 0
            height = max(i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height()
                         for i, w in zip(row, widths, strict=True))
            x = area.x()
            for item, width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if y > area.y() else 0
