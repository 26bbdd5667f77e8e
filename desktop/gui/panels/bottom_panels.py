"""The panels under the editor: problems, search results, budget totals, meeting notes, completeness,
translation progress, history.

Each panel is built when its tab is first shown (or asked for by name): a start with the panels showing
builds only the problems, whose count stands in their tab's title, and the tab on top."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from desktop.gui.controller import DocumentController
from desktop.i18n import N_, _

TABS = (
    ("problems", N_("Problems")),
    ("search", N_("Search")),
    ("totals", N_("Totals")),
    ("notes", N_("Meeting notes")),
    ("completeness", N_("Completeness")),
    ("translation", N_("Translation progress")),
    ("history", N_("History")),
)
ACTIVATING = ("problems", "search", "notes", "completeness", "translation", "history")  # panels that open items


def _build(name: str, controller: DocumentController, lang: str, parent: QWidget) -> QWidget:
    if name == "problems":
        from desktop.gui.panels.problems_panel import ProblemsPanel

        return ProblemsPanel(controller, parent)
    if name == "search":
        from desktop.gui.panels.search_panel import SearchPanel

        return SearchPanel(controller, parent)
    if name == "totals":
        from desktop.gui.panels.totals_panel import TotalsPanel

        return TotalsPanel(controller, parent)
    if name == "notes":
        from desktop.gui.group.notes_panel import NotesPanel

        return NotesPanel(controller, lang, parent)
    if name == "completeness":
        from desktop.gui.panels.completeness_panel import CompletenessPanel

        return CompletenessPanel(controller, parent)
    if name == "translation":
        from desktop.gui.translation.translation_overview_panel import TranslationOverviewPanel

        return TranslationOverviewPanel(controller, parent)
    from desktop.gui.versions.history_panel import HistoryPanel

    return HistoryPanel(controller, parent)


class BottomPanels(QTabWidget):
    item_activated = Signal(str)  # entity id to show

    def __init__(self, controller: DocumentController, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bottom_panels")
        # Let the strip be as low as the user drags it: the lists scroll.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(70)
        self.controller = controller
        self._lang = lang
        self._item: str | None = None
        self._panels: dict[str, QWidget] = {}
        self._tabs: dict[str, QWidget] = {}
        for name, title in TABS:
            tab = QWidget(self)
            tab.setObjectName(f"{name}_tab")
            layout = QVBoxLayout(tab)
            layout.setContentsMargins(0, 0, 0, 0)
            self._tabs[name] = tab
            self.addTab(tab, _(title))
        self.problems.count_changed.connect(self._problem_count)
        self._problem_count(self.problems.list.count())
        self.currentChanged.connect(self._build_shown)
        self._build_shown()

    def panel(self, name: str) -> QWidget:
        """The panel of a tab, built now if it was not yet."""
        panel = self._panels.get(name)
        if panel is None:
            tab = self._tabs[name]
            panel = self._panels[name] = _build(name, self.controller, self._lang, tab)
            tab.layout().addWidget(panel)
            if name in ACTIVATING:
                panel.item_activated.connect(self.item_activated)
            if name in ("totals", "translation"):
                panel.set_language(self._lang)
            if self._item is not None and name == "history":
                panel.show_item(self._item)
            elif self._item is not None and name == "notes":
                panel.set_item(self._item)
        return panel

    def _build_shown(self, _index: int = 0) -> None:
        shown = self.currentWidget()
        name = next((n for n, tab in self._tabs.items() if tab is shown), None)
        if name is not None:
            self.panel(name)

    problems = property(lambda self: self.panel("problems"))
    search = property(lambda self: self.panel("search"))
    totals = property(lambda self: self.panel("totals"))
    notes = property(lambda self: self.panel("notes"))
    completeness = property(lambda self: self.panel("completeness"))
    translation = property(lambda self: self.panel("translation"))
    history = property(lambda self: self.panel("history"))

    def _problem_count(self, n: int) -> None:
        self.setTabText(self.indexOf(self._tabs["problems"]), _("Problems ({n})").format(n=n) if n else _("Problems"))

    def set_language(self, lang: str) -> None:
        self._lang = lang
        for name in ("totals", "notes", "translation"):
            if name in self._panels:
                self._panels[name].set_language(lang)

    def show_item(self, entity_id: str | None) -> None:
        """Follow the selection: its history, and the notes and decisions about it."""
        self._item = entity_id
        if "history" in self._panels:
            self._panels["history"].show_item(entity_id)
        if "notes" in self._panels:
            self._panels["notes"].set_item(entity_id)

    def show_search(self) -> None:
        self.setCurrentWidget(self._tabs["search"])
        self.search.focus()
