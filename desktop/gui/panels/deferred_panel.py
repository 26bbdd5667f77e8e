"""A panel that redraws from the whole document shortly after changes, not on every keystroke."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.gui.controller import DocumentController


class DeferredPanel(QWidget):
    """Subclasses build their widgets, then call `set_controller`, and implement `refresh`."""

    def __init__(self, delay_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)

    def set_controller(self, controller: DocumentController | None) -> None:
        if self.controller is not None:
            self.controller.document_changed.disconnect(self.schedule)
        self.controller = controller
        if controller is not None:
            controller.document_changed.connect(self.schedule)
        self.schedule()

    def schedule(self, _change=None) -> None:
        self._timer.start()

    def refresh(self) -> None:
        raise NotImplementedError
