"""The Review tab: the yearly implementation review of the action plan, activity by activity.

A year selector lists the reviews; the table shows each entry's status, progress, money spent and the
change decided for the next period (status and progress are edited in place); the panel below records
the selected entry in full. A closed review is the record the group adopted: read-only until re-opened.
From a closed review the revised plan is made, and compared with the version it replaces.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import reviews as rv
from desktop.core.model import ActionPlan, Activity, ActivityStatus, PlanChange, Review, ReviewEntry
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.plan.budget_table import format_money
from desktop.gui.review import review_entry_panel as entries
from desktop.gui.review.review_entry_panel import STATUS_NAMES, ReviewEntryPanel, change_name, show_date
from desktop.gui.review.review_summary_panel import ReviewSummaryPanel
from desktop.gui.review.review_years_panel import ReviewYearsPanel
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import format_time
from desktop.gui.widgets.flow_layout import FlowLayout
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter, vbox
from desktop.i18n import N_, _

COL_NUMBER, COL_ACTIVITY, COL_STATUS, COL_PROGRESS, COL_SPENT, COL_CHANGE = range(6)
HEADERS = (
    N_("No."),
    N_("Activity"),
    N_("Status"),
    N_("Progress"),
    N_("Spent / planned"),
    N_("Change for the next period"),
)
NO_DATA = -1  # the progress editor's "no data" (None in the document, never zero)
GREY = QColor("#666666")


class ReviewEntriesModel(QAbstractTableModel):
    """The entries of one review; status and progress are editable while the review is open."""

    def __init__(self, controller: DocumentController, apply: Callable[..., Change | None], parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.apply = apply  # controller.apply, with a refusal shown next to the table
        self.review_id = ""
        self.lang = "sq"
        self.read_only = False
        self.ids: list[str] = []
        self._numbers: dict[str, str] = {}

    def set_review(self, review_id: str) -> None:
        self.review_id = review_id
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Rows come and go with a reset (editors close); otherwise the cells are redrawn in place."""
        review = self.review()
        ids = [e.id for e in review.entries] if review else []
        self._numbers = self.controller.doc.numbers()
        if force or ids != self.ids:
            self.beginResetModel()
            self.ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(HEADERS) - 1))

    def review(self) -> Review | None:
        review = self.controller.doc.find(self.review_id) if self.review_id else None
        return review if isinstance(review, Review) else None

    def entry(self, row: int) -> ReviewEntry | None:
        entry = self.controller.doc.find(self.ids[row]) if 0 <= row < len(self.ids) else None
        return entry if isinstance(entry, ReviewEntry) else None

    def row_of(self, entry_id: str) -> int:
        return self.ids.index(entry_id) if entry_id in self.ids else -1

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        entry = self.entry(index.row())
        if index.column() in (COL_STATUS, COL_PROGRESS) and not self.read_only and entry and entry.activity_id:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row())
        if entry is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_STATUS:
                return entry.status or ""
            if col == COL_PROGRESS:
                return NO_DATA if entry.progress is None else entry.progress
            return None
        proposal = entry.activity_id is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ACTIVITY:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_SPENT and self._overspent(entry):
                return QColor("#a4000f")
            if (col == COL_STATUS and not entry.status and not proposal) or (proposal and col == COL_NUMBER):
                return GREY
        if role == Qt.ItemDataRole.FontRole and proposal and col == COL_ACTIVITY:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PROGRESS, COL_SPENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index.row())
        if role != Qt.ItemDataRole.EditRole or entry is None or self.read_only:
            return False
        if index.column() == COL_STATUS and (value or None) != entry.status:
            values = {"status": value or None}
        elif index.column() == COL_PROGRESS and value is not None:
            progress = None if int(value) == NO_DATA else int(value)
            if progress == entry.progress:
                return False
            values = {"progress": progress}
        else:
            return False
        return self.apply(rv.update_review_entry, entry.id, **values) is not None

    # -- cells ---------------------------------------------------------------------------------
    def _activity(self, entry: ReviewEntry) -> Activity | None:
        act = self.controller.doc.find(entry.activity_id) if entry.activity_id else None
        return act if isinstance(act, Activity) else None

    def _money(self, entry: ReviewEntry) -> tuple[Decimal, dict[str, Decimal]]:
        """Spent (in the plan's currency) and planned (per currency) in the review's year."""
        review = self.review()
        spent = sum((s.amount for s in entry.spending), Decimal(0))
        return spent, entries.planned_in(self._activity(entry), review.year) if review else {}

    def _overspent(self, entry: ReviewEntry) -> bool:
        spent, planned = self._money(entry)
        return bool(entry.spending) and spent > planned.get(self.controller.doc.municipality.currency, Decimal(0))

    def _text(self, entry: ReviewEntry, col: int) -> str:
        doc = self.controller.doc
        if col == COL_NUMBER:
            return self._numbers.get(entry.activity_id, "") if entry.activity_id else _("new")
        if col == COL_ACTIVITY:
            return entries.entry_title(doc, entry, self.lang)
        if col == COL_STATUS:
            return entries.status_name(entry.status) if entry.activity_id else ""
        if col == COL_PROGRESS:
            return "" if entry.activity_id is None else "–" if entry.progress is None else f"{entry.progress}\u00a0%"
        if col == COL_SPENT:
            if entry.activity_id is None:
                return ""
            spent, planned = self._money(entry)
            if not entry.spending and not planned:
                return ""
            return f"{format_money(spent) if entry.spending else '–'} / {entries.money(planned)}"
        if col == COL_CHANGE:
            if not entry.change:
                return ""
            detail = ""
            if entry.change == PlanChange.DEADLINE and entry.new_end:
                detail = format_time(entry.new_end)
            elif entry.change in (PlanChange.BUDGET, PlanChange.ADD) and entry.budget_change:
                detail = entries.format_change_amount(entry.budget_change)
            return f"{change_name(entry.change)}: {detail}" if detail else change_name(entry.change)
        return ""


class EntryDelegate(QStyledItemDelegate):
    """A combo of translated status names and a percent box with "no data" below zero."""

    def createEditor(self, parent, option, index):
        if index.column() == COL_STATUS:
            combo = QComboBox(parent)
            combo.setObjectName("status_editor")
            combo.addItem(_("(not reported)"), "")
            for status in ActivityStatus:
                combo.addItem(_(STATUS_NAMES[status.value]), status.value)
            # A choice is made in one go: store it at once rather than when the editor closes.
            combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
            return combo
        if index.column() == COL_PROGRESS:
            spin = QSpinBox(parent)
            spin.setObjectName("progress_editor")
            spin.setRange(NO_DATA, 100)
            spin.setSuffix("\u00a0%")
            spin.setSpecialValueText(_("no data"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.blockSignals(True)
        try:
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                super().setEditorData(editor, index)
        finally:
            editor.blockSignals(False)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def ask_adoption_date(parent: QWidget | None, year: int) -> date | None:
    """The date the group adopted the review (today unless changed); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_("Close review"))
    label = QLabel(
        _(
            "On which date did the group adopt the review of {year}? A closed review is read-only: "
            "it is the record of what the group agreed."
        ).format(year=year),
        dialog,
    )
    label.setWordWrap(True)
    edit = QDateEdit(QDate.currentDate(), dialog)
    edit.setObjectName("adoption_date")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(_("Close review"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.date().toPython()


class ReviewView(QWidget):
    """Starts, records, closes and re-opens reviews; makes and compares the revised plan."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self._edit_lang, self._reference_lang = "sq", None
        self._review_id = ""
        self._stale = False  # the document changed while the view was hidden
        self.compare_dialog = None  # the last comparison opened

        self.review_combo = QComboBox(self)
        self.review_combo.setObjectName("review_combo")
        self.review_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.review_combo.activated.connect(lambda i: self.show_review(self.review_combo.itemData(i) or ""))
        self.start_button = QToolButton(self)
        self.start_button.setObjectName("start_review")
        self.start_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.start_button.clicked.connect(lambda: self.start_review())
        self.start_menu = QMenu(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("review_state")
        self.state_label.setWordWrap(True)
        self.close_button = self._button(_("Close review…"), "close_review", self.close_review)
        self.reopen_button = self._button(_("Re-open review…"), "reopen_review", self.reopen_review)
        self.revise_button = self._button(_("Create revised plan…"), "revise_plan", self.create_revised_plan)
        self.revise_button.setToolTip(
            _("Possible once the review is closed, for a version of the plan that was not revised yet.")
        )
        self.compare_button = self._button(_("Compare with previous version…"), "compare_plans", self.compare)
        self.export_sheet_button = self._button(
            _("Export sheet for responsible bodies…"), "export_review_sheet", self.export_sheet
        )
        self.import_sheet_button = self._button(_("Import filled sheets…"), "import_review_sheets", self.import_sheets)
        self.propose_button = self._button(_("Propose a new activity"), "propose_activity", self.propose)
        self.remove_button = self._button(_("Remove proposal"), "remove_proposal", self.remove_proposal)
        self.message = MessageLabel(self)
        self.message.setObjectName("review_message")
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("QLabel { color: #666666; }")

        self.model = ReviewEntriesModel(
            controller, lambda *args, **kw: self.router.apply(self.message, *args, **kw), self
        )
        self.table = QTableView(self)
        self.table.setObjectName("review_entries")
        self.table.setModel(self.model)
        self.table.setItemDelegate(EntryDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        self.table.setColumnWidth(COL_NUMBER, metrics.horizontalAdvance("0000.00") + 16)
        self.table.setColumnWidth(COL_STATUS, metrics.horizontalAdvance(_("In progress")) + 70)
        self.table.setColumnWidth(COL_PROGRESS, metrics.horizontalAdvance(_("no data")) + 60)
        self.table.setColumnWidth(COL_SPENT, metrics.horizontalAdvance("000 000 / 000 000 EUR") + 20)
        change_width = max(
            metrics.horizontalAdvance(t) for t in (_(HEADERS[COL_CHANGE]), change_name(PlanChange.SPLIT))
        )
        self.table.setColumnWidth(COL_CHANGE, change_width + 24)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_row(cur.row()))
        self.panel = ReviewEntryPanel(controller, self)

        top = QHBoxLayout()
        top.addWidget(QLabel(_("Review of"), self))
        top.addWidget(self.review_combo)
        top.addWidget(self.start_button)
        top.addStretch(1)
        # The actions wrap onto more lines when the window is narrow or the language long.
        actions = QWidget(self)
        flow = FlowLayout(actions, spacing=6)
        flow.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.close_button,
            self.reopen_button,
            self.revise_button,
            self.compare_button,
            self.export_sheet_button,
            self.import_sheet_button,
        ):
            flow.addWidget(button)
        self.state_label.setWordWrap(True)
        self.review_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.review_combo.setMinimumContentsLength(24)
        entries = QWidget(self)
        entries_layout = vbox(entries, spacing=4)
        entries_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        entries_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(entries)
        self.splitter.addWidget(self.panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)  # the entry being recorded needs the room
        layout = vbox(self, margins=8)
        layout.addLayout(top)
        layout.addWidget(actions)
        layout.addWidget(self.state_label)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        # The activities being recorded, and the summary of the review with its charts.
        self.summary = ReviewSummaryPanel(controller, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("review_tabs")
        self.tabs.addTab(self.splitter, _("Activities"))
        self.tabs.addTab(self.summary, _("Summary"))
        self.years = ReviewYearsPanel(controller, self)
        self.tabs.addTab(self.years, _("Across years"))
        layout.addWidget(self.tabs, 1)

        controller.document_changed.connect(self._on_document_changed)
        review = self._default_review()
        self.show_review(review.id if review else "")

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    # -- public API ----------------------------------------------------------------------------
    def review(self) -> Review | None:
        review = self.controller.doc.find(self._review_id) if self._review_id else None
        return review if isinstance(review, Review) else None

    def current_entry_id(self) -> str:
        return self.model.ids[self.table.currentIndex().row()] if self.table.currentIndex().isValid() else ""

    def show_review(self, review_id: str) -> None:
        if review_id != self._review_id:
            self.message.clear_message()
        self._review_id = review_id
        self.model.set_review(review_id)
        self.summary.show_review(review_id, self._edit_lang)
        self.years.show_review(review_id, self._edit_lang)
        self.refresh()
        if self.model.ids and not self.table.currentIndex().isValid():
            self.select_entry(self.model.ids[0])

    def select_entry(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, COL_ACTIVITY))
        self.panel.show_entry(entry_id if row >= 0 else "")

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self._edit_lang = edit_lang
        self._reference_lang = reference_lang if reference_lang != edit_lang else None
        self.model.lang = edit_lang
        self.model.refresh()
        self.panel.set_languages(edit_lang, self._reference_lang)
        self.summary.show_review(self._review_id, edit_lang)
        self.years.show_review(self._review_id, edit_lang)
        self.refresh()

    def is_read_only(self) -> bool:
        review = self.review()
        return self.controller.read_only or review is None or review.closed

    def refresh(self) -> None:
        """The review list, the state line and which actions are possible."""
        doc = self.controller.doc
        self._refresh_combo()
        self._refresh_start()
        review = self.review()
        read_only = self.is_read_only()
        self.model.read_only = read_only
        self.panel.set_read_only(read_only)
        plan = doc.find(review.plan_id) if review else None
        plan = plan if isinstance(plan, ActionPlan) else None
        writable = not self.controller.read_only
        closed = review is not None and review.closed
        self.close_button.setEnabled(writable and review is not None and not closed)
        self.reopen_button.setEnabled(writable and closed)
        self.export_sheet_button.setEnabled(review is not None and not closed)  # exporting changes nothing
        self.import_sheet_button.setEnabled(writable and review is not None and not closed)
        can_revise = closed and plan is not None and not plan.superseded_by and review.year < plan.end_year
        self.revise_button.setEnabled(writable and can_revise)
        self.compare_button.setEnabled(self.comparison() is not None)
        current = self.panel.entry()
        self.propose_button.setEnabled(not read_only and bool(doc.objectives))
        self.remove_button.setEnabled(not read_only and current is not None and current.activity_id is None)
        for button in (self.propose_button, self.remove_button):
            button.setVisible(not read_only)
        self.state_label.setText(self._state_text(review, plan))
        no_review = _("No review yet. Start the review of a year: the group goes through every activity of that year.")
        self.empty_label.setText("" if doc.reviews else no_review)
        self.empty_label.setVisible(review is None)
        self.splitter.setVisible(review is not None)

    def comparison(self) -> tuple[str, str] | None:
        """The two versions to compare: the selected review's plan and its revision, else the plan in force
        and the version it revised."""
        doc = self.controller.doc
        review = self.review()
        plan = doc.find(review.plan_id) if review else doc.action_plan
        if isinstance(plan, ActionPlan) and plan.superseded_by and doc.find(plan.superseded_by):
            return plan.id, plan.superseded_by
        if isinstance(plan, ActionPlan) and plan.previous_id and doc.find(plan.previous_id):
            return plan.previous_id, plan.id
        return None

    # -- actions -------------------------------------------------------------------------------
    def start_review(self, year: int | None = None) -> None:
        plan = self.controller.doc.action_plan
        years = self._years_to_start()
        if plan is None or self.controller.read_only or not years:
            return
        change = self.router.apply(self.message, rv.start_review, plan.id, year or years[0])
        if change is not None and change.upserted:
            self.show_review(change.upserted[0])

    def close_review(self) -> None:
        review = self.review()
        if review is None or review.closed or self.controller.read_only:
            return
        on = ask_adoption_date(self, review.year)
        if on is not None:
            self.router.apply(self.message, rv.close_review, review.id, on.isoformat())

    def reopen_review(self) -> None:
        review = self.review()
        if review is None or not review.closed or self.controller.read_only:
            return
        text = _(
            "The group adopted the review of {year} on {date}; the closed review is the record of what it agreed. "
            "Re-open it only to correct a mistake in that record, and close it again once corrected: "
            "anything changed afterwards was not adopted by the group."
        ).format(year=review.year, date=show_date(review.closed_on))
        plan = self.controller.doc.find(review.plan_id)
        if isinstance(plan, ActionPlan) and plan.superseded_by:
            text += " " + _("The revised plan already made from this review does not change.")
        if messages.confirm(self, _("Re-open review"), text, _("Re-open")):
            self.router.apply(self.message, rv.reopen_review, review.id)

    def create_revised_plan(self) -> None:
        review = self.review()
        plan = self.controller.doc.find(review.plan_id) if review else None
        if review is None or not isinstance(plan, ActionPlan) or self.controller.read_only:
            return
        text = _(
            "Version {new} of the action plan, for {start}–{end}, will be made from the changes recorded in "
            "the review of {year}. Version {old} stays as it was, read-only: it remains the record of what "
            "was planned and reviewed."
        ).format(new=plan.number + 1, start=review.year + 1, end=plan.end_year, year=review.year, old=plan.number)
        if messages.confirm(self, _("Create revised plan"), text, _("Create revised plan")):
            self.router.apply(self.message, rv.create_revised_plan, review.id)

    def compare(self) -> None:
        pair = self.comparison()
        if pair is not None:
            from desktop.gui.versions.plan_compare_dialog import PlanCompareDialog

            self.compare_dialog = PlanCompareDialog.show_comparison(self, self.controller.doc, *pair, self._edit_lang)

    def export_sheet(self) -> None:
        review = self.review()
        if review is not None and not review.closed:
            from desktop.gui.review.review_sheet_dialogs import ReviewSheetExportDialog  # openpyxl: only when used

            ReviewSheetExportDialog.export(self.controller, review.id, self, self._edit_lang)

    def import_sheets(self) -> None:
        review = self.review()
        if review is not None and not review.closed and not self.controller.read_only:
            from desktop.gui.review.review_sheet_dialogs import ReviewSheetImportDialog

            ReviewSheetImportDialog.import_files(self.controller, review.id, self)

    def propose(self) -> None:
        review, doc = self.review(), self.controller.doc
        if review is None or self.is_read_only() or not doc.objectives:
            return
        current = self.panel.entry()
        act = doc.find(current.activity_id or "") if current else None
        # Next to the selected activity: its objective (or the selected proposal's), else the first one.
        objective = act.objective_id if isinstance(act, Activity) else (current and current.objective_id)
        objective = objective or doc.objectives[0].id
        change = self.router.apply(self.message, rv.add_review_proposal, review.id, objective)
        if change is not None and change.upserted:
            self.select_entry(change.upserted[0])
            self.panel.new_title.editor.setFocus()

    def remove_proposal(self) -> None:
        entry = self.panel.entry()
        if entry is not None and entry.activity_id is None and not self.is_read_only():
            self.router.apply(self.message, rv.delete_review_entry, entry.id)

    # -- internals -----------------------------------------------------------------------------
    def _default_review(self) -> Review | None:
        doc = self.controller.doc
        plan = doc.action_plan
        of_plan = [r for r in doc.reviews if plan is not None and r.plan_id == plan.id]
        ordered = sorted(of_plan or doc.reviews, key=lambda r: r.year)
        return ordered[-1] if ordered else None

    def _years_to_start(self) -> list[int]:
        doc = self.controller.doc
        plan = doc.action_plan
        if plan is None:
            return []
        done = {r.year for r in doc.reviews if r.plan_id == plan.id}
        return [y for y in range(plan.start_year, plan.end_year + 1) if y not in done]

    def _review_label(self, review: Review) -> str:
        doc = self.controller.doc
        state = _("closed, adopted on {date}").format(date=show_date(review.closed_on)) if review.closed else _("open")
        label = f"{review.year} · {state}"
        plan = doc.find(review.plan_id)
        if len(doc.action_plans) > 1 and isinstance(plan, ActionPlan):
            label += " · " + _("plan version {number}").format(number=plan.number)
        return label

    def _refresh_combo(self) -> None:
        doc = self.controller.doc
        number = {p.id: p.number for p in doc.action_plans}
        reviews = sorted(doc.reviews, key=lambda r: (r.year, number.get(r.plan_id, 0)))
        items = [(r.id, self._review_label(r)) for r in reviews]
        shown = [
            (self.review_combo.itemData(i), self.review_combo.itemText(i)) for i in range(self.review_combo.count())
        ]
        if items != shown:
            self.review_combo.blockSignals(True)
            self.review_combo.clear()
            for rid, label in items:
                self.review_combo.addItem(label, rid)
            self.review_combo.blockSignals(False)
        self.review_combo.setCurrentIndex(self.review_combo.findData(self._review_id))
        self.review_combo.setEnabled(bool(items))

    def _refresh_start(self) -> None:
        years = self._years_to_start()
        self.start_menu.clear()
        for year in years[1:]:
            action = self.start_menu.addAction(_("Start review of {year}").format(year=year))
            action.triggered.connect(lambda _checked=False, y=year: self.start_review(y))
        many = len(years) > 1
        self.start_button.setMenu(self.start_menu if many else None)
        self.start_button.setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup if many else QToolButton.ToolButtonPopupMode.DelayedPopup
        )
        self.start_button.setText(
            _("Start review of {year}").format(year=years[0]) if years else _("Every year has a review")
        )
        self.start_button.setEnabled(bool(years) and not self.controller.read_only)

    def _state_text(self, review: Review | None, plan: ActionPlan | None) -> str:
        if review is None:
            return ""
        if review.closed:
            text = _("Closed: adopted by the group on {date}. Read-only; re-open it only to correct a mistake.")
            text = text.format(date=show_date(review.closed_on))
        else:
            text = _("Open: record each activity's year, then close the review once the group adopts it.")
        if plan is not None and plan.superseded_by:
            revised = self.controller.doc.find(plan.superseded_by)
            if isinstance(revised, ActionPlan):
                text += " " + _("Version {number} of the plan was made from it.").format(number=revised.number)
        if self.controller.read_only:
            text += " " + _("The plan is open read-only.")
        return text

    def _on_row(self, row: int) -> None:
        entry_id = self.model.ids[row] if 0 <= row < len(self.model.ids) else ""
        if entry_id != self.panel.entry_id:
            self.panel.show_entry(entry_id)
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._on_document_changed(Change("shown"))

    def _on_document_changed(self, change: Change) -> None:
        if not self.isVisible():  # typing in other tabs need not redraw this one
            self._stale = True
            return
        if self.review() is None:  # undone or deleted: show another one
            review = self._default_review()
            self._review_id = review.id if review else ""
            self.model.set_review(self._review_id)
        current = self.current_entry_id() or self.panel.entry_id
        self.model.refresh(force=change.operation == "reload")
        if current and self.model.row_of(current) >= 0:
            if self.current_entry_id() != current:
                self.select_entry(current)
        elif self.model.ids:
            self.select_entry(self.model.ids[0])
        else:
            self.panel.show_entry("")
        self.refresh()
