"""The right-hand panel: the selected item's content, read-only, in the chosen content language."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop.core.model import Document
from desktop.gui.plan.content_html import STYLE_SHEET, render

READING_POINT_SIZE = 12.0


class ContentPanel(QWidget):
    """Shows one tree row (an entity or the target-groups folder) as a formatted page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("content_browser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(STYLE_SHEET)
        font = self.browser.font()  # reading size: a notch above the interface, legible on a projector
        font.setPointSizeF(max(READING_POINT_SIZE, font.pointSizeF() + 1.5))
        self.browser.document().setDefaultFont(font)
        self.browser.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._doc: Document | None = None
        self._kind: str | None = None
        self._entity_id: str | None = None
        self._lang = "sq"
        self._stale = False  # a page waiting to be rendered until the panel is seen

    def show_item(self, doc: Document | None, kind: str | None, entity_id: str | None, lang: str) -> None:
        """Show a tree row's page (nothing when `doc` or `kind` is None)."""
        self._doc, self._kind, self._entity_id, self._lang = doc, kind, entity_id, lang
        self.refresh(keep_position=False)

    def set_language(self, lang: str, force: bool = False) -> None:
        if lang != self._lang or force:
            self._lang = lang
            self.refresh()

    def refresh(self, keep_position: bool = True) -> None:
        """Render the page again (after a language switch or a change); keeps the scroll position.

        A hidden panel only remembers to do it: a whole plan's overview takes a moment to lay out."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self._doc is None or self._kind is None:
            self.browser.clear()
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value() if keep_position else 0
        self.browser.setHtml(render(self._doc, self._kind, self._entity_id, self._lang))
        bar.setValue(position)

    def clear(self) -> None:
        self.show_item(None, None, None, self._lang)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _render_pending(self) -> None:
        if self._stale:
            self._stale = False
            if self._doc is None or self._kind is None:
                self.browser.clear()
            else:
                self.browser.setHtml(render(self._doc, self._kind, self._entity_id, self._lang))

    def text(self) -> str:
        """The panel's content as plain text (rendered now if it was waiting)."""
        self._render_pending()
        return self.browser.toPlainText()

    def html(self) -> str:
        self._render_pending()
        return self.browser.toHtml()
