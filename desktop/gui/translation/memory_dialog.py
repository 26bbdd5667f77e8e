"""Tools > Translation memory: where it is kept, how much it holds, TMX exchange, learning and clearing.

The memory itself (desktop.translation.memory) is shared by every plan on this computer; this dialog opens
its own connection and closes it when done, so the translation view's suggestions keep working meanwhile.
The counts per language pair are counted by the file (no unit is loaded). A TMX file is imported in a thread
of its own (`TmxImportThread`, with a connection of its own) behind a progress dialog with Cancel: a memory of
200,000 units takes several seconds, and the window keeps drawing meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.input_files import InputFileError
from desktop.core.model import Document
from desktop.gui.settings import ask_open_file_name, ask_save_file_name
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import format_number, language_name
from desktop.gui.widgets.import_preview import damaged_file_text, read_error_text
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, content_language
from desktop.storage.errors import describe_os_error
from desktop.translation.memory import ImportCancelled, TranslationMemory, TranslationMemoryError
from desktop.translation.transliterate import CYRILLIC, LATIN

TMX_FILTER = N_("TMX translation memory (*.tmx)")
ALL_FILES = N_("All files (*)")


class TmxImportThread(QThread):
    """Imports one TMX file into the memory file through a connection of its own; `cancel()` stops it at the
    next batch, and the memory is then as it was. The outcome is `added` (a count), `error` or `cancelled`."""

    progressed = Signal(int, int)  # <tu> read, <tu> in the file

    def __init__(self, memory_path: Path, tmx_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.memory_path = memory_path
        self.tmx_path = tmx_path
        self.added: int | None = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, read: int, total: int) -> bool:
        self.progressed.emit(read, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            with TranslationMemory(self.memory_path) as memory:
                self.added = memory.import_tmx_file(self.tmx_path, self._progress)
        except ImportCancelled:
            self.cancelled = True
        except Exception as exc:  # shown by the dialog, whatever it is: a damaged file is never a traceback
            self.error = exc


class MemoryDialog(QDialog):
    """Shows the translation memory and the commands that change it as a whole."""

    def __init__(self, memory: TranslationMemory, doc: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memory_dialog")
        self.setWindowTitle(_("Translation memory"))
        self.memory = memory
        self.doc = doc
        self.total_units = 0

        intro = QLabel(
            _(
                "Plan remembers the translations of your plans and suggests them when the same or a similar "
                "text comes up again, in any plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        where_label = QLabel(_("Stored in:"), self)
        self.where = QLineEdit(str(memory.path), self)  # a long path scrolls; it can be selected and copied
        self.where.setObjectName("memory_path")
        self.where.setReadOnly(True)
        self.where.setCursorPosition(0)
        total_label = QLabel(_("Translation units:"), self)
        self.total = QLabel(self)
        self.total.setObjectName("memory_total")
        facts = QGridLayout()
        facts.addWidget(where_label, 0, 0)
        facts.addWidget(self.where, 0, 1)
        facts.addWidget(total_label, 1, 0)
        facts.addWidget(self.total, 1, 1)
        facts.setColumnStretch(1, 1)

        self.pairs = QTreeWidget(self)
        self.pairs.setObjectName("memory_pairs")
        self.pairs.setRootIsDecorated(False)
        self.pairs.setHeaderLabels([_("From"), _("Into"), _("Translation units")])
        self.pairs.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.import_button = self._button(_("Import TMX…"), self.import_tmx)
        self.export_button = self._button(_("Export TMX…"), self.export_tmx)
        # CAT tools read one language pair a file; the pair selected in the list is exported.
        self.export_button.setToolTip(_("Exports the language pair selected in the list, as CAT tools expect."))
        self.script_combo = QComboBox(self)
        self.script_combo.setObjectName("memory_serbian_script")
        self.script_combo.setToolTip(_("The script of Serbian in an exported TMX file"))
        self.script_combo.addItem(_("Serbian in Latin"), LATIN)
        self.script_combo.addItem(_("Serbian in Cyrillic"), CYRILLIC)
        self.learn_button = self._button(_("Learn from this plan"), self.learn)
        self.learn_button.setVisible(doc is not None)
        self.clear_button = self._button(_("Clear the memory"), self.clear)
        self.status = QLabel(self)
        self.status.setObjectName("memory_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        commands = QVBoxLayout()  # a column: long Albanian labels do not widen the dialog
        for button in (self.import_button, self.export_button, self.script_combo, self.learn_button):
            commands.addWidget(button)
        commands.addStretch(1)
        commands.addWidget(self.clear_button)
        middle = QGridLayout()
        middle.addWidget(self.pairs, 0, 0)
        middle.addLayout(commands, 0, 1)
        middle.setColumnStretch(0, 1)

        # Qt has no Albanian or Serbian strings: the button is worded here.
        buttons = QDialogButtonBox(self)
        close = QPushButton(_("Close"), self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()
        resize_within_screen(self, 620, 420)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def refresh(self) -> None:
        """Show the current counts (the memory may have changed in another window too)."""
        lang = content_language()
        try:
            counts = self.memory.counts()
        except TranslationMemoryError as exc:  # a broken file is a message, never a traceback
            counts = {}
            self.status.setText(str(exc))
        self.total_units = total = sum(counts.values())
        self.total.setText(format_number(total, lang))
        selected = self.selected_pair()
        self.pairs.clear()
        for (source, target), n in counts.items():
            item = QTreeWidgetItem([language_name(source), language_name(target), format_number(n, lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, (source, target))
            self.pairs.addTopLevelItem(item)
            if (source, target) == selected:
                self.pairs.setCurrentItem(item)
        if self.pairs.currentItem() is None and self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(0))
        self.pairs.setVisible(bool(counts))
        self.export_button.setEnabled(total > 0)
        self.clear_button.setEnabled(total > 0)

    def selected_pair(self) -> tuple[str, str] | None:
        """The (source, target) languages of the pair selected in the list."""
        item = self.pairs.currentItem()
        return tuple(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    # -- commands ------------------------------------------------------------------------------------------------
    def import_tmx(self) -> int | None:
        """Add the units of a TMX file; the number of new units, or None when nothing was imported (cancelled,
        or the file could not be read). The file is read in a worker thread behind a progress dialog; this
        waits for it in an event loop of its own, so the window keeps drawing and Cancel can be pressed."""
        path, _filter = ask_open_file_name(
            self, "memory_import", _("Import a translation memory"), f"{_(TMX_FILTER)};;{_(ALL_FILES)}"
        )
        if not path:
            return None
        path = Path(path)
        thread = self.import_thread = TmxImportThread(self.memory.path, path, self)
        progress = self.progress = QProgressDialog(
            _("Importing {name}…").format(name=path.name), _("Cancel"), 0, 0, self
        )
        progress.setObjectName("memory_import_progress")
        progress.setWindowTitle(_("Translation memory"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a small file is done before the dialog would flash
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(thread.cancel)

        def progressed(read: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(read, total))

        thread.progressed.connect(progressed)
        waiting = QEventLoop(self)
        thread.finished.connect(waiting.quit)
        thread.start()
        waiting.exec()
        thread.wait()
        progress.close()
        progress.deleteLater()
        thread.deleteLater()
        return self._imported(path, thread)

    def _imported(self, path: Path, thread: TmxImportThread) -> int | None:
        failed = _("The translation memory could not be imported")
        exc = thread.error
        if thread.cancelled:
            self.status.setText(_("Import cancelled: the memory is as it was."))
            return None
        if isinstance(exc, InputFileError):
            messages.show_error(self, read_error_text(exc, path.name), failed)
            return None
        if isinstance(exc, OSError):
            messages.show_error(self, describe_os_error(exc, f"read {path.name}"), failed)
            return None
        if isinstance(exc, TranslationMemoryError):
            messages.show_error(self, f"{path.name}: {exc}", failed)
            return None
        if exc is not None:  # whatever else a damaged or hostile file causes, it is a message, never a traceback
            messages.show_error(self, damaged_file_text(path.name), failed)
            return None
        added = thread.added or 0
        self.status.setText(_("New translation units from {name}: {count}.").format(name=path.name, count=added))
        self.refresh()
        return added

    def export_tmx(self) -> Path | None:
        """Write the selected language pair as a TMX file; its path, or None when cancelled or failed."""
        pair = self.selected_pair()
        if pair is None:
            return None
        source, target = pair
        script = self.script_combo.currentData()
        tags = [lang if lang != "sr" else f"sr-{script.capitalize()}" for lang in pair]
        path, _filter = ask_save_file_name(
            self,
            "memory_export",
            _("Export the translation memory"),
            f"translation-memory-{tags[0]}-{tags[1]}.tmx",
            _(TMX_FILTER),
        )
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != ".tmx":
            path = path.with_name(f"{path.name}.tmx")
        try:
            self.memory.save_tmx(path, source, target, serbian_script=script)
        except TranslationMemoryError as exc:
            messages.show_error(self, str(exc), _("The translation memory could not be exported"))
            return None
        self.status.setText(_("Exported to {path}.").format(path=path))
        return path

    def learn(self) -> int | None:
        if self.doc is None:
            return None
        try:
            added = self.memory.learn_from(self.doc)
        except TranslationMemoryError as exc:
            messages.show_error(self, str(exc), _("The translation memory could not be updated"))
            return None
        self.status.setText(_("New translation units from this plan: {count}.").format(count=added))
        self.refresh()
        return added

    def clear(self) -> int | None:
        total = self.total_units
        if not messages.confirm(
            self,
            _("Clear the memory"),
            _(
                "Remove all {count} translation units from the memory? This cannot be undone; export the memory "
                "first to keep a copy."
            ).format(count=format_number(total, content_language())),
            _("Clear"),
        ):
            return None
        try:
            removed = self.memory.clear()
        except TranslationMemoryError as exc:
            messages.show_error(self, str(exc), _("The translation memory could not be cleared"))
            return None
        self.status.setText(_("The translation memory is empty."))
        self.refresh()
        return removed

    @staticmethod
    def manage(parent: QWidget | None, doc: Document | None = None) -> None:
        """Open the memory and show the dialog modally; a memory that cannot be opened is a message."""
        try:
            memory = TranslationMemory()
        except TranslationMemoryError as exc:
            messages.show_error(parent, str(exc), _("Translation memory"))
            return
        try:
            dialog = MemoryDialog(memory, doc, parent)
            dialog.exec()
            dialog.deleteLater()
        finally:
            memory.close()
