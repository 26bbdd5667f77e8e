"""The summary of a yearly review: per objective and overall, the figures, the charts and the rules behind them.

The figures come from `desktop.core.review_summary`; the charts from `desktop.export.charts`, the same
drawings the PDF export prints, shown here as SVG. The rules are shown in full, so nobody reads a
progress figure without knowing what it averages.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Review
from desktop.core.review_summary import OUTCOME_KEYS, STATUS_KEYS, GroupSummary, summarise, yearly_budget
from desktop.gui.controller import DocumentController
from desktop.gui.review.review_entry_panel import STATUS_NAMES
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import format_amount, format_number
from desktop.i18n import N_, _

# The rules of desktop.core.review_summary.RULES, for translation (the core cannot import the catalogues).
RULES = (
    N_("Progress is the average of the progress recorded for the activities."),
    N_("Activities without a recorded progress are listed as no data and never counted as zero."),
    N_("Weighted by budget, each activity counts in proportion to its planned budget for the review year."),
    N_("Cancelled activities are left out of progress and indicators and listed separately."),
    N_("An indicator is met when its value reaches the target for the review year; partly met when it is above "
       "the baseline (or 0) but below the target; not met otherwise. For a reduction the comparisons are reversed."),
    N_("The execution rate is the money spent divided by the money planned, and empty when nothing was planned."),
)  # fmt: skip
OUTCOME_NAMES = {"met": N_("met"), "partly_met": N_("partly met"), "not_met": N_("not met"), "no_data": N_("no data")}
WEIGHTINGS = (("count", N_("each activity counts the same")), ("budget", N_("by planned budget")))


class ReviewSummaryPanel(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_summary")
        self.controller = controller
        self.review_id: str | None = None
        self.lang = "sq"
        self.weighting_combo = QComboBox(self)
        for key, label in WEIGHTINGS:
            self.weighting_combo.addItem(_(label), key)
        self.weighting_combo.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(self)
        self.table.setObjectName("review_summary_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.charts = [QSvgWidget(self) for _i in range(3)]
        for chart in self.charts:
            chart.setMinimumHeight(180)
        self.rules = QLabel("\n".join(f"• {_(rule)}" for rule in RULES), self)
        self.rules.setWordWrap(True)
        self.rules.setObjectName("review_rules")

        top = QHBoxLayout()
        top.addWidget(QLabel(_("Progress weighted:"), self))
        top.addWidget(self.weighting_combo)
        top.addStretch(1)
        charts = QHBoxLayout()
        for chart in self.charts:
            charts.addWidget(chart, 1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addLayout(charts, 2)
        layout.addWidget(QLabel(_("How the figures are counted"), self))
        layout.addWidget(self.rules)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        controller.document_changed.connect(self._document_changed)  # a method: Qt drops it with the panel

    def show_review(self, review_id: str | None, lang: str) -> None:
        self.review_id, self.lang = review_id, lang
        self.refresh()

    @property
    def weighting(self) -> str:
        return self.weighting_combo.currentData()

    def _document_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        doc = self.controller.doc
        review = doc.find(self.review_id) if self.review_id else None
        if not isinstance(review, Review) or not self.isVisibleTo(self.window()):
            self.table.setRowCount(0)
            return
        summary = summarise(doc, review, self.weighting)
        keys = [k for k in STATUS_KEYS if k in STATUS_NAMES]
        headers = [_("Objective"), _("Activities"), *(_(STATUS_NAMES[k]) for k in keys), _("Progress")]
        headers += [
            _("No data"),
            *(_("Indicators {outcome}").format(outcome=_(OUTCOME_NAMES[k])) for k in OUTCOME_KEYS),
        ]
        headers += [_("Planned"), _("Spent"), _("Execution")]
        groups = [*summary.objectives, summary.overall]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            values = [self._group_name(group), str(len(group.activity_ids))]
            values += [str(group.statuses.get(k, 0)) for k in keys]
            values += [self._percent(group.progress), str(len(group.no_data))]
            values += [str(group.indicators.get(k, 0)) for k in OUTCOME_KEYS]
            budget = group.budget.total
            currency = summary.currency
            values += [
                format_amount(budget.planned, currency, self.lang),
                format_amount(budget.spent, currency, self.lang),
            ]
            values.append(self._percent(budget.rate))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if group.objective_id is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 200), 320))
        self.table.resizeRowsToContents()
        # As tall as its rows: the charts below stay in view.
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(groups)))
        self.table.setFixedHeight(
            height + 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height()
        )
        self._draw_charts(summary, keys)

    def _group_name(self, group: GroupSummary) -> str:
        if group.objective_id is None:
            return _("Whole plan")
        objective = self.controller.doc.find(group.objective_id) if group.objective_id else None
        if objective is None:
            return _("Activities no longer in the plan")
        return f"{group.number} {best_in(objective.title, self.lang)[0]}".strip()

    def _percent(self, value: Decimal | None) -> str:
        return _("no data") if value is None else f"{format_number(value, self.lang)} %"

    def _draw_charts(self, summary, keys: list[str]) -> None:
        from desktop.export import charts  # reportlab: loaded when a summary is first shown

        overall = summary.overall
        statuses = [(_(STATUS_NAMES[k]), overall.statuses.get(k, 0)) for k in keys]
        colours = [charts.STATUS_COLORS[k] for k in keys]
        progress = [(group.number or "–", group.progress) for group in summary.objectives]
        doc = self.controller.doc
        years = [(str(y.year), y.planned, y.spent) for y in yearly_budget(doc, summary.plan_id)]
        drawings = [
            charts.status_chart(statuses, self.lang, title=_("Activities by status"), colors_=colours),
            charts.progress_chart(progress, self.lang, title=_("Progress per objective"), no_data_label=_("no data")),
            charts.budget_chart(
                years,
                self.lang,
                summary.currency,
                planned_label=_("Planned"),
                spent_label=_("Spent"),
                title=_("Planned and spent per year"),
            ),
        ]
        for widget, drawing in zip(self.charts, drawings, strict=True):
            widget.load(QByteArray(charts.drawing_to_svg(drawing)))
            size = widget.renderer().defaultSize()
            widget.setMinimumHeight(min(size.height(), 320))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # figures are computed only while someone looks at them
