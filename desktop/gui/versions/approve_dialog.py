"""Record the assembly's approval of the plan: the decision's number, date and the approving body. The plan's
content is then frozen as the next approved version."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import versions
from desktop.core.model import Document, Version
from desktop.core.text import clean_text
from desktop.gui.controller import DocumentController
from desktop.gui.translation.serbian_script import show
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter
from desktop.i18n import _


def default_body(doc: Document, lang: str) -> str:
    """The decision's issuing body and the municipality's name in `lang`, as far as they are written."""
    parts = []
    if doc.decision is not None:
        parts.append(" ".join(doc.decision.issuing_body.get(lang).split()))
    parts.append(" ".join(doc.municipality.name.get(lang).split()))
    return show(", ".join(p for p in parts if p), lang)[: versions.MAX_BODY]


class ApproveDialog(QDialog):
    """Asks for the decision's number, date and body, then runs `versions.approve` (undoable)."""

    def __init__(self, controller: DocumentController, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approve_dialog")
        self.setWindowTitle(_("Approve the plan"))
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.version: Version | None = None
        doc = controller.doc
        standing = versions.standing(doc)

        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("approve_number")
        self.number_edit.setMaxLength(versions.MAX_NUMBER)
        self.number_edit.setPlaceholderText(_("e.g. 01-016/25"))
        decision = doc.decision
        if decision is not None and decision.number and standing.approved is None:
            self.number_edit.setText(decision.number)  # the number recorded on the decision's page
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("approve_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.body_edit = QLineEdit(default_body(doc, lang), self)
        self.body_edit.setObjectName("approve_body")
        self.body_edit.setMaxLength(versions.MAX_BODY)
        self.body_edit.setPlaceholderText(_("e.g. Municipal Assembly of Gjakova"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_("Decision No.:"), self.number_edit)
        form.addRow(_("Approved on:"), self.date_edit)
        form.addRow(_("Approved by:"), self.body_edit)
        self.note = QLabel(
            _(
                "The plan's content as it is now is kept unchanged as version {n}: it can be opened read-only, "
                "compared and exported at any time. Later edits make a new working draft."
            ).format(n=standing.approved.number + 1 if standing.approved else 1),
            self,
        )
        self.note.setObjectName("approve_note")
        self.note.setWordWrap(True)
        self.message = MessageLabel(self)
        self.message.setObjectName("approve_message")

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(_("Approve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("approve_ok")
        self.ok_button.setDefault(True)
        buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def accept(self) -> None:
        """Approve; a refusal stays in the dialog with its reason."""
        number = clean_text(self.number_edit.text()).strip()
        body = clean_text(self.body_edit.text()).strip()
        if not number:
            self.message.show_message(_("Enter the number of the assembly's decision."))
            self.number_edit.setFocus()
            return
        if not body:
            self.message.show_message(_("Enter the body that approved the plan."))
            self.body_edit.setFocus()
            return
        change = self.router.apply(
            self.message,
            versions.approve,
            number=number,
            on=self.date_edit.date().toString("yyyy-MM-dd"),
            body=body,
            author=self.controller.session.author,
        )
        if change is None:
            return
        self.version = versions.latest(self.controller.doc)
        super().accept()

    @staticmethod
    def approve(controller: DocumentController, lang: str, parent: QWidget | None = None) -> Version | None:
        """Ask and approve; the new version, or None when cancelled."""
        dialog = ApproveDialog(controller, lang, parent)
        dialog.exec()
        return dialog.version
