"""The pages of an exported PDF, looked at before saving: rendered with pdfium as they scroll into view."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _

log = logging.getLogger(__name__)

# pdfium's bitmap modes (bytes in memory order) -> the QImage format that reads the same bytes.
_FORMATS = {
    "BGR": QImage.Format.Format_BGR888,
    "RGB": QImage.Format.Format_RGB888,
    "BGRA": QImage.Format.Format_ARGB32,  # little-endian ARGB32 is B, G, R, A in memory
    "BGRx": QImage.Format.Format_RGB32,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}
PAGE_GAP = 12


def render_page(pdf, index: int, scale: float) -> QImage:
    """Page `index` of a pypdfium2 document as a QImage (a copy: it outlives pdfium's buffer)."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=scale)
        try:
            fmt = _FORMATS.get(bitmap.mode)
            if fmt is None:  # an unexpected mode: let pillow convert it
                pil = bitmap.to_pil().convert("RGB")
                data = pil.tobytes()
                return QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888).copy()
            return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()


class PdfPreviewDialog(QDialog):
    """The pages one below the other; "Save…" hands the bytes to `save` (which returns the written path)."""

    def __init__(
        self,
        data: bytes,
        save: Callable[[QWidget, bytes], Path | None] | None = None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        import pypdfium2  # only when a preview is shown

        self.setWindowTitle(title or _("PDF preview"))
        self.setObjectName("pdf_preview_dialog")
        self.data = data
        self.saved_path: Path | None = None
        self._save = save
        self.pdf = pypdfium2.PdfDocument(data)
        self.page_count = len(self.pdf)
        screen = self.screen()
        self.scale = (screen.logicalDotsPerInchX() if screen else 96.0) / 72.0
        self.ratio = screen.devicePixelRatio() if screen else 1.0
        self.rendered: set[int] = set()

        self.pages = QWidget(self)
        self.pages.setObjectName("pdf_preview_pages")
        column = QVBoxLayout(self.pages)
        column.setSpacing(PAGE_GAP)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.labels: list[QLabel] = []
        for index in range(self.page_count):
            page = self.pdf[index]
            width, height = page.get_size()  # points
            page.close()
            label = QLabel(self.pages)
            label.setObjectName(f"pdf_page_{index + 1}")
            label.setFixedSize(QSize(round(width * self.scale), round(height * self.scale)))
            label.setStyleSheet("background: white; border: 1px solid #999;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setText(_("Page {page}").format(page=index + 1))
            column.addWidget(label)
            self.labels.append(label)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pdf_preview_scroll")
        self.scroll.setWidget(self.pages)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #777; }")
        self.scroll.verticalScrollBar().valueChanged.connect(self._schedule)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("pdf_preview_page")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(_("Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("pdf_preview_save")
        self.save_button.setEnabled(save is not None)
        self.save_button.clicked.connect(self.save)
        close = self.buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("pdf_preview_close")
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.page_label)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

        # Render after scrolling stops for a moment, not for every pixel the scroll bar moves.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.render_visible)
        first_width = self.labels[0].width() if self.labels else 600
        resize_within_screen(self, first_width + 80, 820)
        self._update_page_label()
        self.finished.connect(self._close_pdf)

    # -- pages ------------------------------------------------------------------------------------------
    def visible_pages(self) -> list[int]:
        top = self.scroll.verticalScrollBar().value()
        bottom = top + max(self.scroll.viewport().height(), 1)
        return [i for i, label in enumerate(self.labels) if label.y() < bottom and label.y() + label.height() > top]

    def current_page(self) -> int:
        """The first page whose middle is below the top of the view (1-based)."""
        top = self.scroll.verticalScrollBar().value()
        for i, label in enumerate(self.labels):
            if label.y() + label.height() // 2 >= top:
                return i + 1
        return max(self.page_count, 1)

    def render_page(self, index: int) -> None:
        if index in self.rendered or self.pdf is None:
            return
        try:
            image = render_page(self.pdf, index, self.scale * self.ratio)
        except Exception:  # a page that pdfium cannot draw must not end the preview
            log.exception("page %d of the preview could not be rendered", index + 1)
            self.labels[index].setText(_("This page could not be shown."))
            self.rendered.add(index)
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.ratio)
        self.labels[index].setPixmap(pixmap)
        self.rendered.add(index)

    def render_visible(self) -> None:
        # One page beyond the view, so the next page is ready when it scrolls in.
        visible = self.visible_pages() or [0]
        for index in range(visible[0], min(visible[-1] + 2, self.page_count)):
            self.render_page(index)
        self._update_page_label()

    def _schedule(self) -> None:
        self._update_page_label()
        self._timer.start()

    def _update_page_label(self) -> None:
        self.page_label.setText(_("{page} / {pages}").format(page=self.current_page(), pages=self.page_count))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.render_visible)

    # -- saving -----------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._save is None:
            return
        path = self._save(self, self.data)
        if path is not None:
            self.saved_path = path
            self.accept()

    def _close_pdf(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
