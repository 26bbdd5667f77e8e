"""File > Export Word…: what to export (the strategy, the action plan, a review, the decision), in which
layout and languages, written as a Word document the assembly's secretariat can keep editing.

The Word export imports python-docx: it is imported only when the file is made.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.model import Document
from desktop.gui.controller import DocumentController
from desktop.gui.export.export_choices import ExportChoices, ask_export_path, file_stem, plan_documents, write_export
from desktop.gui.export.pdf_export_dialog import frozen_version
from desktop.gui.widgets import messages
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _

log = logging.getLogger(__name__)

DOCX_SUFFIX = ".docx"
DOCX_FILTER = N_("Word documents (*.docx);;All files (*)")


def document_choices(doc: Document) -> list[tuple[str, str]]:
    """(label, `document` of export_docx, the review's year folded in) for what this plan can be exported as."""
    return [(label, document.replace("-", "_")) for label, document in plan_documents(doc)]


class DocxExportDialog(QDialog):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export Word"))
        self.setObjectName("docx_export_dialog")
        self.controller = controller
        self.written: Path | None = None

        self.document_combo = QComboBox(self)
        self.document_combo.setObjectName("docx_document")
        for label, value in document_choices(controller.doc):
            self.document_combo.addItem(label, value)
        self.choices = ExportChoices(self, "docx", "docx_export", lambda name: name.replace("-", "_"))
        self.layout_combo = self.choices.layout_combo
        self.first_combo = self.choices.first_combo
        self.second_combo = self.choices.second_combo
        self.script_combo = self.choices.script_combo

        form = QFormLayout()
        form.addRow(QLabel(_("Document:"), self), self.document_combo)
        self.choices.add_rows(form)
        note = QLabel(
            _(
                "Word's own styles (headings, lists, captions, tables) are used, so the document can be edited "
                "further in Word or LibreOffice. A draft is marked as a draft on every page."
            ),
            self,
        )
        note.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setObjectName("docx_problem")
        self.problem.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(_("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("docx_export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_to_file)
        close = self.buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("docx_close")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for combo in (self.layout_combo, self.first_combo, self.second_combo):
            combo.currentIndexChanged.connect(self._update)
        resize_within_screen(self, 520, 300)
        self._update()

    def languages(self) -> tuple[str, ...]:
        return self.choices.languages()

    def _update(self) -> None:
        single = self.choices.single()
        self.second_combo.setEnabled(not single)
        problem = ""
        if not single and len(self.languages()) < 2:
            problem = _("Choose two different languages, or the layout One language.")
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)

    def options(self) -> dict:
        document = self.document_combo.currentData()
        year = None
        if document.startswith("review:"):
            document, year = "review", int(document.partition(":")[2])
        frozen = frozen_version(self.controller)
        return {
            # A window showing an approved version exports it as approved, with its decision.
            "approval": (frozen.decision_number, frozen.decision_date) if frozen is not None else None,
            "document": document,
            "year": year,
            "languages": self.languages(),
            "layout": self.layout_combo.currentData(),
            "serbian_script": self.script_combo.currentData(),
        }

    def default_file_name(self) -> str:
        stem = file_stem(self.controller)
        kind = self.document_combo.currentData().replace(":", "-").replace("_", "-")
        return f"{stem}-{kind}-{'-'.join(self.languages())}{DOCX_SUFFIX}"

    def make(self) -> bytes | None:
        """The Word document in memory; None (with a message) when the options do not fit the plan."""
        from desktop.export.docx import DocxExportError, export_docx  # python-docx, only now

        buffer = io.BytesIO()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_docx(self.controller.doc, buffer, **self.options())
        except DocxExportError as exc:
            messages.show_error(self, str(exc), _("Export Word"))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return buffer.getvalue()

    def export_to_file(self) -> None:
        name = self.default_file_name()
        path = ask_export_path(
            self, self.controller, "docx_export", _("Export Word"), name, _(DOCX_FILTER), DOCX_SUFFIX
        )
        if path is not None and self.write(path):
            self.accept()

    def write(self, path: Path) -> bool:
        data = self.make()
        if data is None:
            return False
        if not write_export(self, path, data, _("Export Word")):
            return False
        self.written = path
        self.choices.remember()
        return True

    @staticmethod
    def export(controller: DocumentController, parent: QWidget | None) -> Path | None:
        """Ask what to export and write it; the written file's path, or None."""
        dialog = DocxExportDialog(controller, parent)
        dialog.exec()
        return dialog.written
