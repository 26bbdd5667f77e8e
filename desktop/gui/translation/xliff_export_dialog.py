"""Export the plan's texts as XLIFF 1.2 for a translation tool (OmegaT, Trados, memoQ).

The dialog chooses the language and which texts; the file is written atomically (temporary file beside
the target, fsync, rename), so a translator never receives half a file. Exporting changes nothing in the plan.
"""

from __future__ import annotations

import contextlib
import errno
import re
from collections import Counter
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Document
from desktop.core.text import LANGUAGES
from desktop.gui.controller import DocumentController
from desktop.gui.settings import ask_save_file_name, remember_option, remembered_option
from desktop.gui.translation.serbian_script import AS_WRITTEN, shown_script
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import document_name, language_name
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, content_language, ngettext
from desktop.storage.files import replace_atomically, temp_beside
from desktop.translation.xliff import XliffError, export_units, export_xliff

XLIFF_SUFFIX = ".xlf"
XLIFF_FILTER = N_("XLIFF translation files (*.xlf *.xliff);;All files (*)")
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
# errno -> what the user can do something about; anything else is shown in the system's words.
_WRITE_REASONS = {
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk or USB stick is read-only"),
    errno.EACCES: N_("you do not have permission to write in that folder"),
    errno.EPERM: N_("you do not have permission to write in that folder"),
    errno.ENOENT: N_("the folder does not exist (was the USB stick removed?)"),
    errno.EIO: N_("the disk reported an error (was the USB stick removed?)"),
}


def main_language(doc: Document) -> str:
    """The language most of the plan's texts were written in (Albanian for an empty plan)."""
    sources = Counter(
        mt.source for e in doc.walk() for name in e.TEXTS if (mt := e.text(name)).source and mt.get(mt.source)
    )
    return sources.most_common(1)[0][0] if sources else LANGUAGES[0]


def count_units(doc: Document, target_lang: str, *, only_open: bool = False) -> int:
    """How many units `export_xliff(doc, target_lang, only_open=...)` writes (without building the XML)."""
    return len(export_units(doc, target_lang, only_open=only_open))


def write_reason(exc: OSError) -> str:
    reason = _WRITE_REASONS.get(exc.errno or 0)
    return _(reason) if reason else (exc.strerror or str(exc))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old file or the complete new one; raises OSError."""
    tmp = temp_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        replace_atomically(tmp, path)  # fsyncs the file, renames, fsyncs the folder
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def default_file_name(controller: DocumentController, target_lang: str) -> str:
    session = controller.session
    stem = session.path.stem if session.path else document_name(controller.doc, content_language())
    stem = _UNSAFE_NAME.sub("-", stem).strip(" .-") or "plan"
    return f"{stem}-{target_lang}{XLIFF_SUFFIX}"


class XliffExportDialog(QDialog):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export for translation"))
        self.setObjectName("xliff_export_dialog")
        self.controller = controller
        doc = controller.doc
        self.source_lang = main_language(doc)

        intro = QLabel(
            _(
                "The texts are written to an XLIFF file for a translation tool (OmegaT, Trados, memoQ). "
                "Each text is exported in the language it was written in. Import the translated file "
                "afterwards; exporting changes nothing in the plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("xliff_target")
        for lang in LANGUAGES:
            if lang != self.source_lang:  # the plan's own language is the original, not a translation
                self.language_combo.addItem(language_name(lang), lang)
        self.all_button = QRadioButton(_("All texts"), self)
        self.all_button.setObjectName("xliff_all")
        self.open_button = QRadioButton(_("Only texts that need work (missing, draft or outdated)"), self)
        self.open_button.setObjectName("xliff_only_open")
        self.open_button.setChecked(True)  # the usual case: send the translator what is left
        # OmegaT's XLIFF filter translates the text it finds in <target>: without a copy it sees nothing to do.
        self.copy_source_box = QCheckBox(_("Copy the source text into empty translations (for OmegaT)"), self)
        self.copy_source_box.setObjectName("xliff_copy_source")
        self.copy_source_box.setToolTip(
            _(
                "Some translation tools, OmegaT among them, translate only the text they find in the translation. "
                "The copies are marked as needing translation; an import never takes a copy left as it was."
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.open_button)
        self.summary = QLabel("", self)
        self.summary.setObjectName("xliff_export_summary")
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(QLabel(_("Written mostly in:"), self), QLabel(language_name(self.source_lang), self))
        form.addRow(QLabel(_("Translate into:"), self), self.language_combo)
        # Serbian in the script the translator works in; the import turns it back into the stored one.
        self.script_combo = QComboBox(self)
        self.script_combo.setObjectName("xliff_serbian_script")
        self.script_combo.addItem(_("As written"), None)
        self.script_combo.addItem(_("Latin"), "latn")
        self.script_combo.addItem(_("Cyrillic"), "cyrl")
        shown = shown_script()
        self.script_combo.setCurrentIndex(max(0, self.script_combo.findData(shown if shown != AS_WRITTEN else None)))
        form.addRow(QLabel(_("Serbian script:"), self), self.script_combo)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(_("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("xliff_export")
        self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.all_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.copy_source_box)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.language_combo.currentIndexChanged.connect(self._update)
        self.all_button.toggled.connect(self._update)
        resize_within_screen(self, 560, 0)
        self._restore_options()
        self._update()

    def _restore_options(self) -> None:
        """The language, script and choice of texts of the last export (a translator's usual ones)."""
        for combo, name in ((self.language_combo, "target"), (self.script_combo, "script")):
            index = combo.findData(remembered_option("xliff_export", name, "") or None)
            if index >= 0:
                combo.setCurrentIndex(index)
        if remembered_option("xliff_export", "texts", "open") == "all":
            self.all_button.setChecked(True)
        self.copy_source_box.setChecked(remembered_option("xliff_export", "copy_source", "no") == "yes")

    def _remember_options(self) -> None:
        remember_option("xliff_export", "target", self.target_lang())
        remember_option("xliff_export", "script", self.script_combo.currentData())
        remember_option("xliff_export", "texts", "open" if self.only_open() else "all")
        remember_option("xliff_export", "copy_source", "yes" if self.copy_source() else "no")

    def _fit_height(self) -> None:
        """As tall as the wrapped texts need at the dialog's width: a shorter dialog squeezes the labels
        of the form (the minimum size Qt works out does not wrap the texts)."""
        needed = self.layout().totalHeightForWidth(self.width())
        resize_within_screen(self, self.width(), max(self.height(), needed))

    def target_lang(self) -> str:
        return self.language_combo.currentData()

    def only_open(self) -> bool:
        return self.open_button.isChecked()

    def copy_source(self) -> bool:
        return self.copy_source_box.isChecked()

    def unit_count(self) -> int:
        return count_units(self.controller.doc, self.target_lang(), only_open=self.only_open())

    def _update(self) -> None:
        n = self.unit_count()
        language = language_name(self.target_lang())
        if n:
            text = ngettext(
                "{n} text will be written to the file.", "{n} texts will be written to the file.", n
            ).format(n=n)
        elif self.only_open():
            text = _("Every text is already translated into {language}: nothing needs work.").format(language=language)
        else:
            text = _("The plan has no texts to translate into {language}.").format(language=language)
        self.summary.setText(text)
        self.export_button.setEnabled(n > 0)
        self._fit_height()

    def write(self, path: Path) -> bool:
        """Export into `path`; a message tells the user what went wrong. True when the file was written."""
        try:
            data = export_xliff(
                self.controller.doc,
                self.target_lang(),
                only_open=self.only_open(),
                serbian_script=self.script_combo.currentData(),
                copy_source=self.copy_source(),
            )
        except XliffError as exc:
            messages.show_error(
                self.parentWidget(),
                _("The texts could not be exported: {reason}").format(reason=exc),
                _("Export for translation"),
            )
            return False
        try:
            write_atomically(path, data)
        except OSError as exc:
            messages.show_error(
                self.parentWidget(),
                _("{name} could not be written: {reason}.").format(name=path.name, reason=write_reason(exc)),
                _("Export for translation"),
            )
            return False
        self._remember_options()
        return True

    @staticmethod
    def export(controller: DocumentController, parent: QWidget | None) -> Path | None:
        """Ask what to export and where, then write the file; its path, or None when cancelled or failed."""
        dialog = XliffExportDialog(controller, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = default_file_name(controller, dialog.target_lang())
        chosen, _filter = ask_save_file_name(
            parent, "xliff_export", _("Export for translation"), name, _(XLIFF_FILTER), controller.session.path
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlf", ".xliff"):
            path = path.with_name(path.name + XLIFF_SUFFIX)
        if not dialog.write(path):
            return None
        messages.tell_written(parent, path, _("Exported to {path}"))
        return path
