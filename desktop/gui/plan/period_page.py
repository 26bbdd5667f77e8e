"""The page of the strategy's or an action plan's title and period of years (the strategy's page adds the plan's
facts to it: desktop.gui.plan.plan_facts_editor)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core import operations as op
from desktop.core.model import ActionPlan, Entity, Strategy
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.editor_page import EditorPage, year_spin
from desktop.i18n import _


class PeriodPage(EditorPage):
    """The strategy or an action plan: a title and a period of years."""

    def __init__(self, controller: DocumentController, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.kind = kind
        self.title = self.text_field("title", _("Title"), multiline=True, min_lines=1, max_lines=4, one_paragraph=True)
        self.start_spin = year_spin(self, "start_year")
        self.end_spin = year_spin(self, "end_year")
        for spin in (self.start_spin, self.end_spin):
            spin.valueChanged.connect(self._on_period)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("from"), period))
        row.addWidget(self.start_spin)
        row.addWidget(QLabel(_("to"), period))
        row.addWidget(self.end_spin)
        row.addStretch(1)
        self.add_row(_("Period"), period)

    def _on_period(self, _value: int) -> None:
        from desktop.gui.plan.period_dialog import PeriodChoice, ask_period_change

        entity = self.entity()
        start, end = self.start_spin.value(), self.end_spin.value()
        if entity is None or self.read_only or (start, end) == (entity.start_year, entity.end_year):
            return
        # Budget years, indicator targets or time frames outside the new period: the user chooses, never silently.
        try:
            choice = ask_period_change(self, self.controller.doc, entity.id, start, end, self.edit_lang)
        except op.OperationError as exc:
            choice = None
            self.message.show_message(str(exc))
        if choice is None or choice == PeriodChoice.CANCEL:
            self.refresh()  # back to the stored period
            return
        shift = choice == PeriodChoice.SHIFT
        if self.apply(op.set_period, entity.id, start, end, shift=shift) is None:
            self.refresh()  # back to the stored period; the message says why

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Strategy | ActionPlan)
        for spin, value in ((self.start_spin, entity.start_year), (self.end_spin, entity.end_year)):
            spin.setReadOnly(self.read_only)
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
