"""The form of the assembly decision approving the plan: its texts in every language, and once the
assembly has approved it, the decision's number and date (which end the DRAFT mark on exports)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.decision import set_decision
from desktop.core.model import Decision, Entity
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.editor_page import EditorPage
from desktop.i18n import _


class DecisionPage(EditorPage):
    kind = "decision"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        line = {"multiline": True, "min_lines": 1, "max_lines": 3, "one_paragraph": True}
        self.issuing_body = self.text_field("issuing_body", _("Issuing body"), **line)
        self.session = self.text_field("session", _("Session"), **line)
        self.legal_basis = self.text_field(
            "legal_basis", _("Legal basis (one law per line)"), multiline=True, min_lines=3
        )
        self.preamble = self.text_field("preamble", _("Preamble"), multiline=True, min_lines=2)
        self.points = self.text_field("points", _("Points (one per paragraph)"), multiline=True, min_lines=6)
        self.signatory_title = self.text_field("signatory_title", _("Signatory's title"), **line)
        self.signatory_name = self.text_field("signatory_name", _("Signatory's name"), **line)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("decision_number")
        self.number_edit.setPlaceholderText(_("e.g. 01-016/25"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("decision_date")
        self.date_edit.setPlaceholderText(_("YYYY-MM-DD"))
        self.approved_check = QCheckBox(_("Approved by the assembly"), self)
        self.approved_check.setObjectName("decision_approved")
        approval = QWidget(self)
        row = QHBoxLayout(approval)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("No."), approval))
        row.addWidget(self.number_edit)
        row.addWidget(QLabel(_("Date"), approval))
        row.addWidget(self.date_edit)
        row.addWidget(self.approved_check)
        row.addStretch(1)
        self.add_row(_("Decision"), approval)
        self.hint = QLabel(
            _("Once the number and date are recorded and it is approved, exports carry them instead of DRAFT."), self
        )
        self.hint.setWordWrap(True)
        self.add_row("", self.hint)
        self.number_edit.editingFinished.connect(self._store_number_and_date)
        self.date_edit.editingFinished.connect(self._store_number_and_date)
        self.approved_check.toggled.connect(self._store_approved)

    def _store_number_and_date(self) -> None:
        entity = self.entity()
        if not isinstance(entity, Decision) or self.read_only:
            return
        number, date = self.number_edit.text().strip() or None, self.date_edit.text().strip() or None
        if (number, date) == (entity.number, entity.date):
            return
        if self.apply(set_decision, number=number, date=date) is None:
            self.refresh()  # back to the stored values; the message says why

    def _store_approved(self, checked: bool) -> None:
        entity = self.entity()
        if not isinstance(entity, Decision) or self.read_only or checked == entity.is_approved:
            return
        self._store_number_and_date()
        if self.apply(set_decision, approved="yes" if checked else None) is None:
            self.refresh()

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Decision)
        for edit, value in ((self.number_edit, entity.number), (self.date_edit, entity.date)):
            edit.setReadOnly(self.read_only)
            if not edit.hasFocus() and edit.text() != (value or ""):
                edit.setText(value or "")
        self.approved_check.setEnabled(not self.read_only)
        self.approved_check.blockSignals(True)
        self.approved_check.setChecked(entity.is_approved)
        self.approved_check.blockSignals(False)
