"""The strategy's page: its title and period (PeriodPage) with the plan's facts: what kind of document it is,
the months its period starts and ends, how its chapters are numbered, its donors and implementing partners.

Each choice is one core operation (undoable); the donors and partners are multilingual texts, one a line."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop import i18n
from desktop.core import chapters
from desktop.core.model import ChapterNumbering, DocumentKind, Entity, Strategy
from desktop.gui.controller import DocumentController
from desktop.gui.plan.period_page import PeriodPage
from desktop.gui.widgets.editor_page import choice_combo, select
from desktop.gui.widgets.text_field import set_interactive
from desktop.i18n import N_, _

KIND_LABELS = {
    DocumentKind.STRATEGY: N_("Strategy"),
    DocumentKind.ACTION_PLAN: N_("Action plan"),
    DocumentKind.OPERATIONAL_PLAN: N_("Operational plan"),
    DocumentKind.PROGRAMME: N_("Programme"),
    DocumentKind.PROJECT: N_("Project"),
}
NUMBERING_LABELS = {
    ChapterNumbering.ROMAN: N_("I., II., III. (sub-chapters 4.1, 4.1.1)"),
    ChapterNumbering.DECIMAL: N_("1., 2., 3. (sub-chapters 4.1, 4.1.1)"),
}
# The interface language's locale for month names (Babel's data ships with the application).
MONTH_LOCALES = {"sq": "sq", "sr": "sr_Latn", "sr_Cyrl": "sr_Cyrl", "en": "en"}
NO_MONTH = "—"


def month_names(lang: str | None = None) -> list[str]:
    """January … December in the interface language, as a month stands on its own ("janar", "јануар")."""
    from babel.dates import get_month_names  # here: babel.dates (and zoneinfo) cost the window's start 5 ms

    locale = MONTH_LOCALES.get(lang or i18n.language(), "en")
    names = get_month_names("wide", context="stand-alone", locale=locale)
    return [names[m] for m in range(1, 13)]


def month_combo(parent: QWidget, name: str) -> QComboBox:
    """A dash (whole years) then the twelve months; the item data is the month's number or None."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem(NO_MONTH, None)
    for number, month in enumerate(month_names(), 1):
        combo.addItem(month, number)
    return combo


class StrategyPage(PeriodPage):
    """The strategy: title, period with its months, kind of document, chapter numbering, donors, partners."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, "strategy", parent)
        self.start_month = month_combo(self, "start_month")
        self.end_month = month_combo(self, "end_month")
        self.start_month.setToolTip(_("The month the period starts in (—: the whole year)"))
        self.end_month.setToolTip(_("The month the period ends in (—: the whole year)"))
        for combo in (self.start_month, self.end_month):
            combo.currentIndexChanged.connect(self._on_months)
        months = QWidget(self)
        row = QHBoxLayout(months)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("from"), months))
        row.addWidget(self.start_month)
        row.addWidget(QLabel(_("to"), months))
        row.addWidget(self.end_month)
        row.addStretch(1)
        self.add_row(_("Months"), months)
        self.kind_combo = choice_combo(self, "kind_combo", [(k.value, _(label)) for k, label in KIND_LABELS.items()])
        self.kind_combo.setToolTip(_("What the document calls itself on its cover and in its running header"))
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.apply(chapters.set_plan_facts, kind=self.kind_combo.currentData())
        )
        self.add_row(_("Kind of document"), self.kind_combo)
        self.numbering_combo = choice_combo(
            self, "numbering_combo", [(k.value, _(label)) for k, label in NUMBERING_LABELS.items()]
        )
        self.numbering_combo.currentIndexChanged.connect(
            lambda _i: self.apply(chapters.set_chapter_numbering, self.numbering_combo.currentData())
        )
        self.add_row(_("Chapter numbers"), self.numbering_combo)
        self.donors = self.text_field("donors", _("Donors (one per line)"), multiline=True, min_lines=1, max_lines=6)
        self.partners = self.text_field(
            "partners", _("Implementing partners (one per line)"), multiline=True, min_lines=1, max_lines=8
        )

    def _on_months(self, _index: int) -> None:
        entity = self.entity()
        if not isinstance(entity, Strategy) or self.read_only:
            return
        start, end = self.start_month.currentData(), self.end_month.currentData()
        if (start, end) == (entity.start_month, entity.end_month):
            return
        if self.apply(chapters.set_plan_facts, start_month=start, end_month=end) is None:
            self.refresh()  # back to the stored months; the message says why

    def refresh_values(self, entity: Entity) -> None:
        super().refresh_values(entity)
        assert isinstance(entity, Strategy)
        self.header.setText(_(KIND_LABELS.get(entity.document_kind, KIND_LABELS[DocumentKind.STRATEGY])))
        select(self.kind_combo, entity.document_kind)
        select(self.numbering_combo, entity.numbering)
        for combo, value in ((self.start_month, entity.start_month), (self.end_month, entity.end_month)):
            index = combo.findData(value) if value is not None else 0
            if index != combo.currentIndex():
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
        for combo in (self.kind_combo, self.numbering_combo, self.start_month, self.end_month):
            set_interactive(combo, not self.read_only)
