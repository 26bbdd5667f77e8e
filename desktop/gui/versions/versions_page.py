"""The "Approval and versions" page: where the plan stands in its lifecycle, which version the user is
looking at, the moves to the next status, and the approved versions (open, compare, export the changes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import versions
from desktop.core.model import PlanStatus, Version
from desktop.core.operations import Change
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.versions.approve_dialog import ApproveDialog
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter
from desktop.i18n import N_, _

if TYPE_CHECKING:
    from desktop.gui.versions.version_compare_dialog import VersionCompareDialog

STATUS_NAMES = {
    PlanStatus.DRAFT.value: N_("Draft"),
    PlanStatus.SUBMITTED.value: N_("Submitted to the assembly"),
    PlanStatus.APPROVED.value: N_("Approved"),
    PlanStatus.IN_IMPLEMENTATION.value: N_("In implementation"),
    PlanStatus.CLOSED.value: N_("Closed"),
}
# The button that moves the plan to a status (approving has its own dialog).
TRANSITION_NAMES = {
    PlanStatus.DRAFT.value: N_("Back to draft"),
    PlanStatus.SUBMITTED.value: N_("Submit to the assembly"),
    PlanStatus.IN_IMPLEMENTATION.value: N_("Start implementation"),
    PlanStatus.CLOSED.value: N_("Close the plan"),
}
REOPEN = N_("Re-open the plan")
CURRENT_STEP = "QLabel { background: #1e3a8a; color: white; border-radius: 6px; padding: 6px 10px; font-weight: 600; }"
OTHER_STEP = "QLabel { background: #eef2f7; color: #333333; border-radius: 6px; padding: 6px 10px; }"
COLUMNS = (
    N_("Version"),
    N_("Approved on"),
    N_("Decision No."),
    N_("Approved by"),
    N_("Frozen at"),
    N_("Recorded by"),
)


def status_name(status: str) -> str:
    return _(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def format_moment(value: str | None) -> str:
    """An ISO date and time as dd.MM.yyyy HH:mm in this computer's time zone."""
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return value or ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


def standing_text(standing: versions.Standing) -> str:
    if standing.approved is None:
        return _("Working draft of version 1 — not approved yet")
    if standing.changed_since:
        return _("Working draft of version {n} — differs from approved version {m}").format(
            n=standing.revision, m=standing.approved.number
        )
    return _("Same as approved version {m}").format(m=standing.approved.number)


class VersionsPage(QWidget):
    """The lifecycle, the transitions allowed now, and the table of approved versions."""

    open_version_requested = Signal(int)  # a version's number: the window opens it read-only
    item_activated = Signal(str)  # an item chosen in the comparison

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versions_page")
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.edit_lang = "sq"
        self.reference_lang: str | None = None
        self._stale = True
        self._read_only = controller.read_only
        self.compare_dialog: VersionCompareDialog | None = None

        header = QLabel(_("Approval and versions"), self)
        font = header.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        header.setFont(font)

        self.steps: dict[str, QLabel] = {}
        steps = QHBoxLayout()
        steps.setSpacing(4)
        for i, status in enumerate(STATUS_NAMES):
            if i:
                arrow = QLabel("→", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                steps.addWidget(arrow)
            step = QLabel(self)
            step.setObjectName(f"step_{status}")
            step.setWordWrap(True)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.steps[status] = step
            steps.addWidget(step, 1)

        self.standing_label = QLabel(self)
        self.standing_label.setObjectName("versions_standing")
        self.standing_label.setWordWrap(True)
        bold = self.standing_label.font()
        bold.setBold(True)
        self.standing_label.setFont(bold)

        self.transition_row = QHBoxLayout()
        self.transition_buttons: dict[str, QPushButton] = {}
        self.approve_button = QPushButton(_("Approve…"), self)
        self.approve_button.setObjectName("approve_button")
        self.approve_button.setToolTip(_("Record the assembly's decision and keep the plan as approved"))
        self.approve_button.clicked.connect(self.approve)
        self.message = MessageLabel(self)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        table_title = QLabel(_("Approved versions"), self)
        table_title.setFont(bold)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("versions_table")
        self.table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.empty_label = QLabel(
            _(
                "No version has been approved yet. When the assembly approves the plan, record its decision "
                "with Approve…: the plan's content is then kept as version 1."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.open_button = QPushButton(_("Open read-only"), self)
        self.open_button.setObjectName("open_version")
        self.open_button.setToolTip(_("Open the selected version as it was approved, without changing it"))
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton(_("Compare…"), self)
        self.compare_button.setObjectName("compare_versions")
        self.compare_button.clicked.connect(self.compare)
        self.pdf_button = QPushButton(_("Changes since approved version (PDF)…"), self)
        self.pdf_button.setObjectName("changes_pdf")
        self.pdf_button.setToolTip(_("A PDF of what changed in the working draft since the selected version"))
        self.pdf_button.clicked.connect(self.export_changes)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.open_button)
        table_buttons.addWidget(self.compare_button)
        table_buttons.addWidget(self.pdf_button)
        table_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(header)
        layout.addLayout(steps)
        layout.addWidget(self.standing_label)
        layout.addLayout(self.transition_row)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addWidget(line)
        layout.addWidget(table_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(table_buttons)

        controller.document_changed.connect(self._on_document_changed)
        self.refresh()

    # -- public ------------------------------------------------------------------------------------
    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self.edit_lang = edit_lang
        self.reference_lang = reference_lang if reference_lang != edit_lang else None

    def set_read_only(self, read_only: bool) -> None:
        """A read-only window (an approved version, a closed plan) shows the lifecycle but offers no step."""
        self._read_only = read_only
        self._fill_transitions(versions.status_of(self.controller.doc))  # not standing(): that freezes the plan

    def refresh(self) -> None:
        """Show the document's status, standing and versions as stored now."""
        from desktop.gui.versions.version_compare_dialog import iso_day  # the dialog's module: not at start-up

        self._stale = False
        doc = self.controller.doc
        standing = versions.standing(doc)
        current = standing.status
        when = iso_day(doc.status_date)
        for status, step in self.steps.items():
            text = status_name(status)
            if status == current and when:
                text = f"{text}\n{when}"
            step.setText(text)
            step.setStyleSheet(CURRENT_STEP if status == current else OTHER_STEP)
            step.setAccessibleName(text + (" " + _("(current)") if status == current else ""))
        self.standing_label.setText(standing_text(standing))
        self._fill_transitions(current)
        self._fill_table(doc.versions)

    def selected_version(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_version(self, number: int) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == number:
                self.table.selectRow(row)
                return True
        return False

    def set_status(self, status: str) -> Change | None:
        """Move the plan to `status` (one of the transitions allowed now); undoable."""
        return self.router.apply(self.message, versions.set_status, status)

    def approve(self) -> Version | None:
        version = ApproveDialog.approve(self.controller, self.edit_lang, self)
        if version is not None:
            self.refresh()
            self.select_version(version.number)
        return version

    def open_selected(self) -> None:
        number = self.selected_version()
        if number is not None:
            self.open_version_requested.emit(number)

    def compare(self) -> VersionCompareDialog:
        """Open the comparison of the selected version (or the latest) with the working draft."""
        from desktop.gui.versions.version_compare_dialog import VersionCompareDialog

        if self.compare_dialog is not None:
            self.compare_dialog.close()
        dialog = VersionCompareDialog.show_comparison(
            self.controller, self.edit_lang, self.reference_lang, self.selected_version(), self
        )
        dialog.item_activated.connect(self.item_activated)
        dialog.destroyed.connect(lambda *_a: setattr(self, "compare_dialog", None))
        self.compare_dialog = dialog
        return dialog

    def export_changes(self) -> Path | None:
        from desktop.gui.versions.version_compare_dialog import DRAFT, export_changes

        number = self.selected_version()
        if number is None:
            return None
        return export_changes(self, self.controller, number, DRAFT, self.edit_lang, self.reference_lang)

    # -- internals ----------------------------------------------------------------------------------
    def _fill_transitions(self, current: str) -> None:
        while self.transition_row.count():
            widget = self.transition_row.takeAt(0).widget()
            if widget is not None and widget is not self.approve_button:
                widget.deleteLater()
        self.transition_buttons = {}
        writable = not (self.controller.read_only or self._read_only)
        self.transition_row.addWidget(self.approve_button)
        self.approve_button.setEnabled(writable and current != PlanStatus.CLOSED)
        for status in versions.TRANSITIONS[PlanStatus(current)]:
            name = REOPEN if current == PlanStatus.CLOSED else TRANSITION_NAMES[status]
            button = QPushButton(_(name), self)
            button.setObjectName(f"status_to_{status}")
            button.setEnabled(writable)
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            self.transition_buttons[status] = button
            self.transition_row.addWidget(button)
        self.transition_row.addStretch(1)

    def _fill_table(self, items: list[Version]) -> None:
        from desktop.gui.versions.version_compare_dialog import iso_day

        selected = self.selected_version()
        ordered = sorted(items, key=lambda v: v.number, reverse=True)
        self.table.setRowCount(len(ordered))
        for row, version in enumerate(ordered):
            values = (
                str(version.number),
                iso_day(version.decision_date),
                version.decision_number,
                version.body,
                format_moment(version.frozen_at),
                version.author,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, version.number)
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(ordered))
        self.empty_label.setVisible(not ordered)
        if ordered and not (selected is not None and self.select_version(selected)):
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_version() is not None
        for button in (self.open_button, self.compare_button, self.pdf_button):
            button.setEnabled(has)

    def _on_document_changed(self, _change: Change) -> None:
        # Telling the standing freezes the whole plan: only worth doing while the page is seen.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
