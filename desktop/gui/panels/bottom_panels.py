"""The panels under the editor: problems, search results, budget totals, meeting notes, completeness,
translation progress, history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QWidget

from desktop.gui.controller import DocumentController
from desktop.gui.group.notes_panel import NotesPanel
from desktop.gui.panels.completeness_panel import CompletenessPanel
from desktop.gui.panels.problems_panel import ProblemsPanel
from desktop.gui.panels.search_panel import SearchPanel
from desktop.gui.panels.totals_panel import TotalsPanel
from desktop.gui.translation.translation_overview_panel import TranslationOverviewPanel
from desktop.gui.versions.history_panel import HistoryPanel
from desktop.i18n import _


class BottomPanels(QTabWidget):
    item_activated = Signal(str)  # entity id to show

    def __init__(self, controller: DocumentController, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bottom_panels")
        # Let the strip be as low as the user drags it: the lists scroll.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(70)
        self.problems = ProblemsPanel(controller, self)
        self.search = SearchPanel(controller, self)
        self.totals = TotalsPanel(controller, self)
        self.notes = NotesPanel(controller, lang, self)
        self.completeness = CompletenessPanel(controller, self)
        self.translation = TranslationOverviewPanel(controller, self)
        self.history = HistoryPanel(controller, self)
        self.addTab(self.problems, _("Problems"))
        self.addTab(self.search, _("Search"))
        self.addTab(self.totals, _("Totals"))
        self.addTab(self.notes, _("Meeting notes"))
        self.addTab(self.completeness, _("Completeness"))
        self.addTab(self.translation, _("Translation progress"))
        self.addTab(self.history, _("History"))
        for panel in (self.problems, self.search, self.notes, self.completeness, self.translation, self.history):
            panel.item_activated.connect(self.item_activated)
        self.problems.count_changed.connect(self._problem_count)
        self._problem_count(self.problems.list.count())
        self.set_language(lang)

    def _problem_count(self, n: int) -> None:
        self.setTabText(self.indexOf(self.problems), _("Problems ({n})").format(n=n) if n else _("Problems"))

    def set_language(self, lang: str) -> None:
        self.totals.set_language(lang)
        self.notes.set_language(lang)
        self.translation.set_language(lang)

    def show_item(self, entity_id: str | None) -> None:
        """Follow the selection: its history, and the notes and decisions about it."""
        self.history.show_item(entity_id)
        self.notes.set_item(entity_id)

    def show_search(self) -> None:
        self.setCurrentWidget(self.search)
        self.search.focus()
