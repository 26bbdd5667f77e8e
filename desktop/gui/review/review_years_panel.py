"""Across the years: two reviews side by side, and one activity's record in every review.

Revised plans give an activity a new id in each version; the core follows `origin_id` back, so an
activity's history and a comparison of two years span the versions of the plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.model import Activity, Review
from desktop.core.review_summary import ActivityYear, activity_history, compare_years, plan_lineage
from desktop.gui.controller import DocumentController
from desktop.gui.review.review_entry_panel import status_name
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import format_amount, format_number
from desktop.gui.widgets.text_field import vbox
from desktop.i18n import _


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReviewYearsPanel(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_years")
        self.controller = controller
        self.review_id = ""
        self.lang = "sq"
        self.other_combo = QComboBox(self)
        self.other_combo.setObjectName("review_compare_with")
        self.other_combo.currentIndexChanged.connect(self._fill_comparison)
        self.comparison = _table(self, "review_year_comparison")
        self.comparison.currentCellChanged.connect(lambda row, *_a: self._fill_history(row))
        self.history_label = QLabel(self)
        self.history = _table(self, "activity_history")
        self.empty = QLabel(_("There is no other review of this plan to compare with yet."), self)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(_("Compare with the review of"), self))
        top.addWidget(self.other_combo)
        top.addStretch(1)
        lower = QWidget(self)
        lower_layout = vbox(lower, spacing=4)
        lower_layout.addWidget(self.history_label)
        lower_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.comparison)
        splitter.addWidget(lower)
        layout = vbox(self, margins=0, spacing=4)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        controller.document_changed.connect(self._document_changed)  # a method: Qt drops it with the panel
        self._rows: list[str] = []  # activity id per comparison row (the later year's)

    def show_review(self, review_id: str, lang: str) -> None:
        self.review_id, self.lang = review_id, lang
        self.refresh()

    def _review(self) -> Review | None:
        review = self.controller.doc.find(self.review_id) if self.review_id else None
        return review if isinstance(review, Review) else None

    def _document_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisibleTo(self.window()):
            return  # counted when someone looks
        review = self._review()
        doc = self.controller.doc
        current = self.other_combo.currentData()
        self.other_combo.blockSignals(True)
        self.other_combo.clear()
        if review is not None and doc.find(review.plan_id) is not None:
            versions = {p.id for p in plan_lineage(doc, review.plan_id)}
            others = [r for r in doc.reviews if r.plan_id in versions and r is not review]
            for other in sorted(others, key=lambda r: r.year):
                self.other_combo.addItem(str(other.year), other.id)
        self.other_combo.setCurrentIndex(max(0, self.other_combo.findData(current)))
        self.other_combo.blockSignals(False)
        self.empty.setVisible(self.other_combo.count() == 0)
        self._fill_comparison()

    def _title(self, activity_id: str) -> str:
        act = self.controller.doc.find(activity_id)
        return best_in(act.title, self.lang)[0].replace("\n", " ") if isinstance(act, Activity) else _("(deleted)")

    def _money(self, value) -> str:
        return format_amount(value, self.controller.doc.municipality.currency, self.lang)

    @staticmethod
    def _progress(value: int | None) -> str:
        return _("no data") if value is None else f"{value} %"

    def _fill_comparison(self) -> None:
        review, other_id = self._review(), self.other_combo.currentData()
        rows = compare_years(self.controller.doc, review, other_id) if review is not None and other_id else []
        first = rows[0] if rows else None
        then, now = (str(first.then.year), str(first.now.year)) if first else ("", "")
        headers = [_("No."), _("Activity")]
        for label in (_("Status {year}"), _("Progress {year}"), _("Spent {year}")):
            headers += [label.format(year=then), label.format(year=now)]
        self.comparison.setColumnCount(len(headers))
        self.comparison.setHorizontalHeaderLabels(headers)
        self.comparison.setRowCount(len(rows))
        self._rows = [row.activity_id for row in rows]
        for r, row in enumerate(rows):
            values = [
                row.now.number,
                self._title(row.activity_id),
                status_name(row.status_then),
                status_name(row.status_now),
                self._progress(row.progress_then),
                self._progress(row.progress_now),
                self._money(row.spent_then),
                self._money(row.spent_now),
            ]
            for c, value in enumerate(values):
                self.comparison.setItem(r, c, QTableWidgetItem(value))
        self.comparison.resizeColumnsToContents()
        self._fill_history(self.comparison.currentRow() if rows else -1)

    def show_activity(self, activity_id: str) -> None:
        """The record of one activity in every review (also when no other year is chosen)."""
        self._show_history(activity_id)

    def _fill_history(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._show_history(self._rows[row])

    def _show_history(self, activity_id: str) -> None:
        years: list[ActivityYear] = activity_history(self.controller.doc, activity_id) if activity_id else []
        self.history_label.setText(
            _("{activity}: every review").format(activity=self._title(activity_id)) if activity_id else ""
        )
        headers = [_("Year"), _("Version"), _("Status"), _("Progress"), _("Indicators"), _("Spent"), _("Planned")]
        self.history.setColumnCount(len(headers))
        self.history.setHorizontalHeaderLabels(headers)
        self.history.setRowCount(len(years))
        for r, year in enumerate(years):
            values = [
                str(year.year),
                str(year.plan_version),
                status_name(year.status),
                self._progress(year.progress),
                "; ".join(format_number(i.value, self.lang) for i in year.indicators if i.value is not None),
                self._money(year.spent_total),
                self._money(year.planned_total),
            ]
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
