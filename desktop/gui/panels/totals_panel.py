"""Budget totals of the action plan, always in view: per year, per funding source, per objective."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.stats import plan_totals
from desktop.gui.controller import DocumentController
from desktop.gui.panels.deferred_panel import DeferredPanel
from desktop.gui.widgets.display import format_amount, source_name, title_of
from desktop.i18n import _

REFRESH_DELAY_MS = 250


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return table


class TotalsPanel(DeferredPanel):
    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(REFRESH_DELAY_MS, parent)
        self.lang = "sq"
        self.by_year = _table(self, "totals_by_year", [_("Year"), _("Planned")])
        self.by_source = _table(self, "totals_by_source", [_("Funding source"), _("Planned")])
        self.by_objective = _table(self, "totals_by_objective", [_("Objective"), _("Planned")])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.by_year, 2)
        layout.addWidget(self.by_source, 3)
        layout.addWidget(self.by_objective, 5)
        self.set_controller(controller)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.schedule()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
        table.setRowCount(len(rows))
        for r, (label, amount) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(amount)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, 1, item)
            if r == len(rows) - 1 and label == _("Total"):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                table.item(r, 0).setFont(font)

    def refresh(self) -> None:
        doc = self.controller.doc if self.controller is not None else None
        plan = doc.action_plan if doc is not None else None
        if plan is None:
            for table in (self.by_year, self.by_source, self.by_objective):
                table.setRowCount(0)
            return
        totals = plan_totals(doc, plan)
        grand = [(_("Total"), format_amount(v, cur, self.lang)) for cur, v in sorted(totals["total"].items())]
        self._fill(
            self.by_year, [(str(y), format_amount(v, c, self.lang)) for (y, c), v in totals["year"].items()] + grand
        )
        self._fill(
            self.by_source,
            [(source_name(s), format_amount(v, c, self.lang)) for (s, c), v in totals["source"].items()] + grand,
        )
        numbers = doc.numbers()
        rows = []
        for obj in doc.objectives:
            for (oid, cur), value in totals["objective"].items():
                if oid == obj.id:
                    rows.append(
                        (f"{numbers[obj.id]}  {title_of(obj, self.lang)[0]}", format_amount(value, cur, self.lang))
                    )
        self._fill(self.by_objective, rows + grand)
