"""The PDF export from the window: which content (the current draft or an approved version), what, in
which layout and languages; the check first (texts missing or outdated in a chosen language); the export in
a background thread with a progress bar and Cancel; a preview or a file written atomically.

The export package imports reportlab: it is imported inside the functions that make a PDF.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import versions
from desktop.core.model import Document, Version
from desktop.core.readiness import MISSING, tally
from desktop.gui.controller import DocumentController
from desktop.gui.export.export_choices import ExportChoices, ask_export_path, file_stem, plan_documents, write_export
from desktop.gui.panels.search_panel import FIELD_NAMES
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import first_line, iso_date, kind_name, language_name, title_of
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, content_language, ngettext

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
PDF_FILTER = N_("PDF documents (*.pdf);;All files (*)")


def document_choices(doc: Document) -> list[tuple[str, str]]:
    """(label, `document` argument of export_pdf) for each document this plan can be exported as."""
    out = plan_documents(doc)
    for meeting in doc.meetings:
        label = _("Minutes of {date}").format(date=iso_date(meeting.date))
        title, shown = title_of(meeting, content_language())
        if shown is not None:  # the meeting's own title, not a made-up one
            label = f"{label} – {first_line(title, 80)}"
        out.append((label, f"minutes:{meeting.id}"))
    out.append((_("English version for donors"), "donor"))
    return out


def frozen_version(controller: DocumentController) -> Version | None:
    """The approved version a read-only window shows, None for the working document."""
    version = getattr(controller.session, "frozen_version", None)
    return version if isinstance(version, Version) else None


def describe_missing(doc: Document, numbers: dict[str, str], item) -> str:
    """One line for a text that is not ready, worded as in the completeness panel: "Activity 1.2 · Title:
    missing in English", "... · Points: outdated in Serbian"."""
    entity = doc.find(item.entity_id)
    where = " ".join(x for x in (kind_name(entity.KIND) if entity else "", numbers.get(item.entity_id, "")) if x)
    field = _(FIELD_NAMES.get(item.field, item.field))
    states = []
    if item.missing:
        langs = ", ".join(language_name(lang) for lang in item.missing)
        states.append(_("missing in {languages}").format(languages=langs))
    if getattr(item, "outdated", ()):
        langs = ", ".join(language_name(lang) for lang in item.outdated)
        states.append(_("outdated in {languages}").format(languages=langs))
    return _("{item} · {field}: {states}").format(item=where, field=field, states="; ".join(states))


def describe_counts(items) -> str:
    """Only the languages affected: "3 texts missing in Serbian, 2 texts outdated in Serbian"."""
    parts = []
    for what, lang, n in tally(items):
        if what == MISSING:
            text = ngettext("{n} text missing in {language}", "{n} texts missing in {language}", n)
        else:
            text = ngettext("{n} text outdated in {language}", "{n} texts outdated in {language}", n)
        parts.append(text.format(n=n, language=language_name(lang)))
    return ", ".join(parts)


def version_label(version: Version) -> str:
    """ "Version 1 approved 30.01.2025 (decision 01-016/25)"."""
    return _("Version {n} approved {date} (decision {number})").format(
        n=version.number, date=iso_date(version.decision_date), number=version.decision_number
    )


def content_choices(doc: Document, frozen: Version | None, current: Version | None) -> list[tuple[str, int | None]]:
    """(label, version number or None for the document as it is) for the Content combo; `current` is the
    approved version the document's content is exactly, if any."""
    if frozen is not None:  # a window that shows an approved version exports only that version
        return [(version_label(frozen), frozen.number)]
    if current is not None:
        first = _("Current plan: {version}").format(version=version_label(current))
    else:
        n = max((v.number for v in doc.versions), default=0) + 1
        first = _("Current draft (draft of version {n})").format(n=n)
    newest_first = sorted(doc.versions, key=lambda v: v.number, reverse=True)
    return [(first, None), *((version_label(v), v.number) for v in newest_first)]


def default_file_name(controller: DocumentController, document: str, languages: tuple[str, ...]) -> str:
    """For example sample-action-plan-sq-sr.pdf, sample-minutes-2026-03-12-sq-sr.pdf."""
    stem = file_stem(controller)
    kind = document.replace(":", "-")
    if document.startswith("minutes:"):  # the meeting's date rather than its id
        meeting = controller.doc.find(document.partition(":")[2])
        kind = f"minutes-{getattr(meeting, 'date', '') or 'meeting'}"
    langs = ("en",) if document == "donor" else languages
    return f"{stem}-{kind}-{'-'.join(langs)}{PDF_SUFFIX}"


class PdfExportThread(QThread):
    """Runs export_pdf into memory; the progress callback stops it once `cancel()` was called."""

    progressed = Signal(int, int)
    succeeded = Signal(bytes, int)  # the PDF, its page count
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, doc: Document, options: dict, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        if self._cancel.is_set():
            return False
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        from desktop.export import pdf  # reportlab, only now

        buffer = io.BytesIO()
        try:
            result = pdf.export_pdf(self.doc, buffer, progress=self._progress, **self.options)
        except pdf.ExportCancelled:
            self.cancelled.emit()
        except pdf.ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread silently
            log.exception("the PDF export failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(buffer.getvalue(), result.pages)


class PdfExportDialog(QDialog):
    def __init__(
        self,
        controller: DocumentController,
        parent: QWidget | None = None,
        on_activate: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export PDF"))
        self.setObjectName("pdf_export_dialog")
        self.controller = controller
        self.on_activate = on_activate
        self.thread: PdfExportThread | None = None
        self.written: Path | None = None
        self.last_pdf: bytes | None = None
        self._after: Callable[[bytes], None] | None = None
        self._target: Path | None = None
        doc = controller.doc
        self._thawed: dict[int, Document] = {}
        # Which approved version the document is exactly: hashing a large plan takes a tenth of a second,
        # so it is worked out again only when the document changes.
        self._approved_as: tuple[Version | None] | None = None
        controller.document_changed.connect(self._forget_approved_as)

        self.content_combo = QComboBox(self)
        self.content_combo.setObjectName("pdf_content")
        self.content_combo.setToolTip(
            _("The current draft prints as a draft; an approved version prints with its decision's number and date")
        )
        for label, number in content_choices(doc, frozen_version(controller), self.current_version()):
            self.content_combo.addItem(label, number)
        self.content_combo.setEnabled(self.content_combo.count() > 1)
        self.document_combo = QComboBox(self)
        self.document_combo.setObjectName("pdf_document")
        self._fill_documents()
        self.choices = ExportChoices(self, "pdf", "pdf_export")  # as the last export was made
        self.layout_combo = self.choices.layout_combo
        self.first_combo = self.choices.first_combo
        self.second_combo = self.choices.second_combo
        self.script_combo = self.choices.script_combo

        form = QFormLayout()
        form.addRow(QLabel(_("Content:"), self), self.content_combo)
        form.addRow(QLabel(_("Document:"), self), self.document_combo)
        self.choices.add_rows(form)

        self.identity = QLabel("", self)
        self.identity.setObjectName("pdf_identity")
        self.identity.setWordWrap(True)
        self.summary = QLabel("", self)
        self.summary.setObjectName("pdf_completeness_summary")
        self.summary.setWordWrap(True)
        self.missing_list = QListWidget(self)
        self.missing_list.setObjectName("pdf_missing_list")
        self.missing_list.setToolTip(_("Double-click a text to go to it in the plan"))
        self.missing_list.itemActivated.connect(self._activate)
        self.anyway_box = QCheckBox(_("Export anyway and mark the missing and outdated texts"), self)
        self.anyway_box.setObjectName("pdf_export_anyway")
        self.anyway_box.toggled.connect(self._update_buttons)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("pdf_progress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(_("Cancel"), self)
        self.cancel_button.setObjectName("pdf_cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(_("Preview…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("pdf_preview")
        self.preview_button.clicked.connect(self.preview)
        self.export_button = self.buttons.addButton(_("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("pdf_export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_to_file)
        self.close_button = self.buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("pdf_close")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.identity)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing_list, 1)
        layout.addWidget(self.anyway_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.buttons)
        self.options_widgets = [
            self.content_combo,
            self.document_combo,
            self.layout_combo,
            self.first_combo,
            self.second_combo,
            self.script_combo,
            self.anyway_box,
        ]
        self.content_combo.currentIndexChanged.connect(self._content_changed)
        for combo in (self.document_combo, self.layout_combo, self.first_combo, self.second_combo):
            combo.currentIndexChanged.connect(self.check)
        self.missing: list = []
        self.problem = ""
        resize_within_screen(self, 600, 480)
        self.check()

    # -- options ----------------------------------------------------------------------------------------
    def version(self) -> Version | None:
        """The approved version chosen as the content, None for the document as it is."""
        number = self.content_combo.currentData()
        if number is None:
            return None
        frozen = frozen_version(self.controller)
        if frozen is not None and frozen.number == number:
            return frozen
        return versions.find_version(self.controller.doc, number)

    def current_version(self) -> Version | None:
        """The approved version the window's document is exactly, None when it is a draft."""
        if self._approved_as is None:
            self._approved_as = (versions.approved_as(self.controller.doc),)
        return self._approved_as[0]

    def _forget_approved_as(self, _change=None) -> None:
        self._approved_as = None

    def select_version(self, number: int | None) -> bool:
        """Choose the content: an approved version's number, or None for the current draft."""
        index = self.content_combo.findData(number)
        if index < 0:
            return False
        self.content_combo.setCurrentIndex(index)
        return True

    def content(self) -> Document:
        """The document to export: the window's, or the chosen approved version as it was approved."""
        version = self.version()
        if version is None or frozen_version(self.controller) is not None:
            return self.controller.doc  # a window showing a version already holds that version's content
        if version.number not in self._thawed:
            self._thawed[version.number] = versions.thaw(version)
        return self._thawed[version.number]

    def _fill_documents(self) -> None:
        """The documents the chosen content offers (an approved version holds no meetings or reviews)."""
        chosen = self.document_combo.currentData()
        self.document_combo.blockSignals(True)
        self.document_combo.clear()
        for label, value in document_choices(self.content()):
            self.document_combo.addItem(label, value)
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(chosen)))
        self.document_combo.blockSignals(False)

    def _content_changed(self) -> None:
        self._fill_documents()
        self.check()

    def document(self) -> str:
        return self.document_combo.currentData()

    def select_document(self, value: str) -> bool:
        """Choose the document to export by its `document` value ("minutes:<id>"); False when not offered."""
        index = self.document_combo.findData(value)
        if index < 0:
            return False
        self.document_combo.setCurrentIndex(index)
        return True

    def layout_name(self) -> str:
        return self.layout_combo.currentData()

    def languages(self) -> tuple[str, ...]:
        if self.document() == "donor":
            return ("en",)
        return self.choices.languages()

    def options(self) -> dict:
        version = self.version()
        return {
            "document": self.document(),
            "layout": self.layout_name(),
            "languages": self.languages(),
            "serbian_script": self.script_combo.currentData(),
            "allow_incomplete": self.anyway_box.isChecked(),
            # An approved version is exported the same way every time: the same bytes as on the day. The
            # current content needs no approval here: the export prints it as a draft unless it is exactly
            # an approved version.
            "deterministic": version is not None,
            "approval": (version.decision_number, version.decision_date) if version is not None else None,
        }

    def check(self) -> None:
        """List the texts the chosen export would print that are missing or outdated in a chosen language."""
        from desktop.export.pdf import ExportError, check_completeness

        donor = self.document() == "donor"
        self.layout_combo.setEnabled(not donor)
        self.first_combo.setEnabled(not donor)
        self.second_combo.setEnabled(not donor and self.layout_name() != "single")
        self.script_combo.setEnabled("sr" in self.languages())
        doc = self.content()
        self.missing_list.clear()
        self.problem = ""
        try:
            self.missing = check_completeness(doc, document=self.document(), languages=self.languages())
        except ExportError as exc:
            self.missing = []
            self.problem = str(exc)
        numbers = doc.numbers() if self.missing else {}
        for item in self.missing:
            row = QListWidgetItem(describe_missing(doc, numbers, item), self.missing_list)
            row.setData(Qt.ItemDataRole.UserRole, item.entity_id)
        n = len(self.missing)
        if self.problem:
            text = _("This PDF cannot be made: {reason}").format(reason=self.problem)
        elif n:
            text = _("Not ready: {counts}.").format(counts=describe_counts(self.missing))
        else:
            text = _("Every text is written and up to date in the chosen languages.")
        self.summary.setText(text)
        self.identity.setText(self._identity(doc))
        self.missing_list.setVisible(n > 0)
        self.anyway_box.setVisible(n > 0)
        if not n:
            self.anyway_box.setChecked(False)
        self._update_buttons()

    def _identity(self, doc: Document) -> str:
        """What the PDF will say it is."""
        if self.document().startswith("minutes:"):
            return ""
        version = self.version() or self.current_version()
        if version is not None:
            return _("The PDF will carry decision {number} of {date}.").format(
                number=version.decision_number, date=iso_date(version.decision_date)
            )
        n = max((v.number for v in doc.versions), default=0) + 1
        return _("The PDF will be marked as the draft of version {n}.").format(n=n)

    def can_export(self) -> bool:
        return not self.problem and (not self.missing or self.anyway_box.isChecked()) and self.thread is None

    def _update_buttons(self) -> None:
        ok = self.can_export()
        self.preview_button.setEnabled(ok)
        self.export_button.setEnabled(ok)

    def _activate(self, item: QListWidgetItem) -> None:
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        if self.on_activate is not None and entity_id:
            self.on_activate(entity_id)
            self.reject()  # the dialog is modal: close it so the text can be written

    # -- the export in the background -------------------------------------------------------------------
    def start(self, after: Callable[[bytes], None]) -> bool:
        """Run the export in a thread; `after(pdf)` once it succeeded. False when it cannot start."""
        if not self.can_export():
            return False
        self._after = after
        self.thread = PdfExportThread(self.content(), self.options(), self)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.cancelled.connect(self._cancelled)
        self.thread.finished.connect(self._thread_finished)
        self._set_running(True)
        self.thread.start()
        return True

    def is_running(self) -> bool:
        return self.thread is not None

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(_("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in self.options_widgets:
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setFormat("%p%")
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        if not running:
            self.check()  # restores the combos' enabled state
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        if self.thread is None or self.thread.is_cancelled():
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _succeeded(self, data: bytes, _pages: int) -> None:
        self.last_pdf = data
        after = self._after
        self._finish()
        if after is not None:
            after(data)

    def _failed(self, reason: str) -> None:
        self._finish()
        messages.show_error(self, _("The PDF could not be made: {reason}").format(reason=reason), _("Export PDF"))

    def _cancelled(self) -> None:
        self._finish()

    def _finish(self) -> None:
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.wait()
        self._after = None
        self._set_running(False)

    def _thread_finished(self) -> None:
        sender = self.sender()
        if isinstance(sender, QThread):
            sender.deleteLater()

    def reject(self) -> None:
        if self.thread is not None:  # closing the window cancels the export
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.thread is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- preview and file -------------------------------------------------------------------------------
    def preview(self) -> None:
        self.start(self._show_preview)

    def _show_preview(self, data: bytes) -> None:
        from desktop.gui.export.pdf_preview_dialog import PdfPreviewDialog

        try:
            dialog = PdfPreviewDialog(data, save=self._save_from_preview, parent=self, title=_("PDF preview"))
        except Exception as exc:
            log.exception("the preview could not be opened")
            messages.show_error(self, _("The preview could not be shown: {reason}").format(reason=exc), _("Export PDF"))
            return
        dialog.exec()
        if dialog.saved_path is not None:
            self.accept()

    def _save_from_preview(self, parent: QWidget, data: bytes) -> Path | None:
        path = self.ask_path(parent)
        return path if path is not None and self.write(path, data) else None

    def export_to_file(self) -> None:
        if not self.can_export():
            return
        path = self.ask_path(self)
        if path is None:
            return
        self._target = path
        self.start(self._write_target)

    def _write_target(self, data: bytes) -> None:
        path, self._target = self._target, None
        if path is not None and self.write(path, data):
            self.accept()

    def ask_path(self, parent: QWidget) -> Path | None:
        name = default_file_name(self.controller, self.document(), self.languages())
        return ask_export_path(parent, self.controller, "pdf_export", _("Export PDF"), name, _(PDF_FILTER), PDF_SUFFIX)

    def write(self, path: Path, data: bytes) -> bool:
        if not write_export(self, path, data, _("Export PDF")):
            return False
        self.written = path
        self.choices.remember()
        return True

    @staticmethod
    def export(
        controller: DocumentController,
        parent: QWidget | None,
        on_activate: Callable[[str], object] | None = None,
    ) -> Path | None:
        """Ask what to export, check it, preview or write it; the written file's path, or None."""
        dialog = PdfExportDialog(controller, parent, on_activate)
        dialog.exec()
        return dialog.written
