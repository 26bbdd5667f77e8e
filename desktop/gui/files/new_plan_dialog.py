"""File > New: a plan for a municipality, with the standard strategy sections and an empty action plan."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.model import Country
from desktop.core.operations import OperationError, new_document
from desktop.gui.widgets.display import CONTENT_LANGUAGES, country_name
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _


class NewPlanDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_plan_dialog")
        self.setWindowTitle(_("New plan"))
        self.name = QLineEdit(self)
        self.name.setObjectName("new_municipality")
        self.name.setPlaceholderText(_("e.g. Komuna e Prizrenit / Opština Prizren"))
        self.language = QComboBox(self)
        self.language.setObjectName("new_language")
        for code, name in CONTENT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.country = QComboBox(self)
        self.country.setObjectName("new_country")
        for country in Country:
            self.country.addItem(country_name(country.value), country.value)
        self.message = QLabel("", self)
        self.message.setStyleSheet("QLabel { color: #a00000; }")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(_("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Municipality:"), self.name)
        form.addRow(_("The name is in:"), self.language)
        form.addRow(_("Country:"), self.country)
        form.addRow(self.message)
        form.addRow(buttons)
        self.document = None
        resize_within_screen(self, 520, self.sizeHint().height())

    def _create(self) -> None:
        try:
            self.document = new_document(
                self.name.text(), lang=self.language.currentData(), country=self.country.currentData()
            )
        except OperationError as exc:
            self.message.setText(str(exc))
            return
        self.accept()

    @staticmethod
    def ask(lang: str, parent: QWidget | None = None):
        """The new document, or None when the user cancelled."""
        dialog = NewPlanDialog(lang, parent)
        return dialog.document if dialog.exec() == QDialog.DialogCode.Accepted else None
