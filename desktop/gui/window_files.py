"""The window's files: opening (a file, the demo, a backup, a dropped file, a recent one), closing, saving,
backups, a new plan and a copy to share; each asks about unsaved changes first and explains problems in a
message box. A part of MainWindow (desktop.gui.main_window), kept apart because it is a job of its own."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop import paths
from desktop.core.validation import unusable_problems
from desktop.gui.files.backups_dialog import BackupsDialog
from desktop.gui.settings import (
    ask_open_file_name,
    ask_save_file_name,
    clear_recent,
    is_user_file,
    recent_files,
    remember_recent,
)
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import document_name
from desktop.i18n import N_, _
from desktop.storage.backups import Backup
from desktop.storage.errors import AlreadyOpenError, LockedError, StorageError
from desktop.storage.lock import holder_text
from desktop.storage.session import DocumentSession

DEMO_FILE_NAME = "Demo plan" + paths.DOCUMENT_SUFFIX
FILE_FILTER = N_("Plan documents (*.plan);;All files (*)")
PLAN_FOLDER_KEY = "plans"  # File > Open and Save As share their folder


def demo_path() -> Path:
    return paths.data_dir() / DEMO_FILE_NAME


def ensure_demo_file() -> Path:
    """The demo plan in the data folder, written on first use. Raises StorageError or ImportError."""
    path = demo_path()
    if not path.exists():
        from desktop.demo.build import build_demo  # imported late: only needed the first time
        from desktop.storage.files import write_new

        path.parent.mkdir(parents=True, exist_ok=True)
        write_new(build_demo(), path)
    return path


def same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class FileCommands:
    """The file commands of MainWindow, which holds the state they use (`session`, `settings`, the tree)."""

    def open_file(self, path: Path | str, read_only: bool = False) -> bool:
        """Open a plan file in this window; problems are explained in a message box. True on success."""
        path = Path(path)
        if self.session is not None and same_file(self.session.path, path) and not self.session.read_only:
            self.statusBar().showMessage(_("{name} is already open.").format(name=path.name), 4000)
            return True
        if not self._confirm_unsaved():
            return False
        session = self._open_session(path, read_only)
        if session is None:
            return False
        problems = unusable_problems(session.doc)
        if problems:  # e.g. an amount of 1e30 written by another program: a message, not a crash at start-up
            session.close()
            text = _("{name} holds values no plan may hold, so it was not opened; the file was not changed.").format(
                name=path.name
            )
            messages.show_error(self, f"{text}\n\n{problems[0]}", _("The plan could not be opened"))
            return False
        self.set_session(session)
        self._remember(path)
        return True

    def _open_session(self, path: Path, read_only: bool) -> DocumentSession | None:
        try:
            return DocumentSession.open(path, read_only=read_only)
        except LockedError as exc:
            # Another window of this copy cannot be told its lock was taken: read-only only.
            mine = isinstance(exc, AlreadyOpenError)
            choice = messages.ask_locked(self, path, holder_text(exc.holder), offer_anyway=not mine)
            if choice == messages.LockedChoice.CANCEL:
                return None
            anyway = choice == messages.LockedChoice.ANYWAY
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The plan could not be opened"))
            return None
        try:
            return DocumentSession.open(path, force=True) if anyway else DocumentSession.open(path, read_only=True)
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The plan could not be opened"))
            return None

    def open_demo(self) -> bool:
        """Open the demo plan (written to the data folder the first time)."""
        try:
            path = ensure_demo_file()
        except ImportError:
            message = _("The demo plan is not available in this copy of Plan.")
            self.start_panel.set_message(message)
            messages.show_error(self, message)
            return False
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The demo plan could not be created"))
            return False
        return self.open_file(path)

    def open_backup(self, backup: Backup, document: str) -> bool:
        """Open a backup read-only, named after its date so it is not mistaken for the plan itself."""
        if not self._confirm_unsaved():
            return False
        session = self._open_session(backup.path, read_only=True)
        if session is None:
            return False
        name = _("Backup of {name} from {date}").format(name=document, date=backup.taken.strftime("%d.%m.%Y %H:%M"))
        self.set_session(session, display_name=name)
        self._show_notice(_("This is a backup, opened read-only. Use Save As to keep it as a plan of its own."))
        return True

    def close_document(self) -> bool:
        """Close the open plan (asking about unsaved changes); False when the user cancels."""
        if self.session is None:
            return True
        if not self._confirm_unsaved():
            return False
        session, self.session = self.session, None
        self._close_quietly(session)
        self._display_name = None
        self._detach()
        self.tree_model.set_document(None)
        self._show_notice("")
        self.stack.setCurrentWidget(self.start_panel)
        self._update_state()
        self.document_closed.emit()
        return True

    @staticmethod
    def _close_quietly(session: DocumentSession) -> None:
        # If closing fails the working copy is left for recovery; there is nothing the user can do now.
        with contextlib.suppress(OSError, StorageError):
            session.close()

    def import_document(self, path: Path | None = None) -> bool:
        """A Word, LibreOffice or Excel plan, previewed, into the open plan (one undo step) or a new one."""
        from desktop.gui.files.import_wizard import import_document

        return import_document(self, path)

    def choose_and_open(self) -> bool:
        plan_path = self.session.path if self.session is not None else None
        path, _filter = ask_open_file_name(
            self, PLAN_FOLDER_KEY, _("Open a plan"), _(FILE_FILTER), plan_path, self.settings
        )
        if not path:
            return False
        return self.open_file(path)

    def _remember(self, path: Path) -> None:
        remember_recent(self.settings, Path(os.path.abspath(path)))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for i, file in enumerate(files, 1):
            path = Path(file)
            action = self.recent_menu.addAction(f"&{i % 10}  {path.name.replace('&', '&&')}")
            action.setToolTip(file)
            action.setStatusTip(file)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=file: self.open_file(p))
        if not files:
            empty = self.recent_menu.addAction(_("No recent plans"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(_("Clear the list"), lambda: clear_recent(self.settings))

    def save(self) -> bool:
        if self.session is None:
            return False
        if self.session.read_only or not is_user_file(self.session.path):
            return self.save_as()  # a new plan, or the demo in the hidden data folder: ask where to keep it
        try:
            self.session.save()
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The plan could not be saved"))
            return False
        self.statusBar().showMessage(_("Saved to {path}.").format(path=self.session.path), 6000)
        self._update_state()
        return True

    def save_as(self) -> bool:
        if self.session is None:
            return False
        plan_path = self.session.path
        if is_user_file(plan_path):
            suggested = plan_path.name
        else:
            suggested = document_name(self.session.doc, self._lang) + paths.DOCUMENT_SUFFIX
        path, _filter = ask_save_file_name(
            self, PLAN_FOLDER_KEY, _("Save As"), suggested, _(FILE_FILTER), plan_path, self.settings
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != paths.DOCUMENT_SUFFIX:
            target = target.with_name(target.name + paths.DOCUMENT_SUFFIX)
        try:
            self.session.save_as(target)
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The plan could not be saved"))
            return False
        self._display_name = None
        self._show_notice("")
        self._remember(target)
        self.statusBar().showMessage(_("Saved to {path}.").format(path=target), 6000)
        self._update_state()
        return True

    def _confirm_unsaved(self) -> bool:
        """True when it is fine to leave the open plan (saved, discarded or nothing to save)."""
        if self.session is None or not self.session.dirty:
            return True
        choice = messages.ask_save_changes(self, self.plan_name())
        if choice == messages.SaveChoice.SAVE:
            return self.save()
        return choice == messages.SaveChoice.DISCARD

    def show_backups(self) -> None:
        if self.session is None:
            return
        name = self.session.path.name if self.session.path else self.plan_name()
        backup, restore = BackupsDialog.choose(self.session.document_id, name, self)
        if backup is not None and restore:
            self.restore_backup(backup)
        elif backup is not None:
            self.open_backup(backup, name)

    def restore_backup(self, backup: Backup) -> bool:
        """Show a backup as the plan itself, with unsaved changes: saving puts it back in the file."""
        if self.session is None or self.session.path is None:
            return False
        if not self._confirm_unsaved():
            return False
        path = self.session.path
        session, self.session = self.session, None
        self._close_quietly(session)
        try:
            restored = DocumentSession.open_copy(backup.path, path)
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The backup could not be restored"))
            reopened = self._open_session(path, read_only=False)
            if reopened is not None:
                self.set_session(reopened)
            return False
        self.set_session(restored)
        when = backup.taken.strftime("%d.%m.%Y %H:%M")
        self._show_notice(_("This is the version saved on {date}. Save to make it the plan again.").format(date=when))
        return True

    def new_plan(self) -> bool:
        """A new plan in memory (its working copy is durable); Save asks where to keep it."""
        from desktop.gui.files.new_plan_dialog import NewPlanDialog

        if not self._confirm_unsaved():
            return False
        doc = NewPlanDialog.ask(self._lang, self)
        if doc is None:
            return False
        try:
            session = DocumentSession.create(doc)
        except StorageError as exc:
            messages.show_error(self, str(exc), _("The plan could not be created"))
            return False
        self.set_session(session)
        return True

    def share_copy(self, target: Path | None = None) -> Path | None:
        """Write a copy to send to others (contact details left out unless the user includes them)."""
        from desktop.gui.export.share_copy import share_copy

        if self.session is None:
            return None
        name = document_name(self.session.doc, self._lang)
        written = share_copy(self, self.session, name + paths.DOCUMENT_SUFFIX, target)
        if written is not None:
            self.show_file_written(_("Wrote a copy to share: {path}").format(path=written))
        return written

    @staticmethod
    def _dropped_plan(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(paths.DOCUMENT_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_plan(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_plan(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_plan(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop has finished: a message box inside a drop handler can hang the drag source.
        QTimer.singleShot(0, lambda: self.open_file(path))
