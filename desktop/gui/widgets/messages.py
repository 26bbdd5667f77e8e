"""Message boxes with buttons worded by the application (Qt has no Albanian or Serbian strings)."""

from __future__ import annotations

from enum import Enum
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from desktop import __version__
from desktop.i18n import _


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, info: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if info:
        box.setInformativeText(info)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user that something failed, in the words of the error (never a traceback)."""
    box = _box(parent, QMessageBox.Icon.Warning, title or _("Plan"), text)
    box.setDefaultButton(box.addButton(_("Close"), QMessageBox.ButtonRole.AcceptRole))
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setDefaultButton(box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole))
    box.exec()


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    """Save / Discard / Cancel for a document with unsaved changes."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        _("Unsaved changes"),
        _("Save the changes to {name}?").format(name=name),
        _("If you do not save them, your changes will be lost."),
    )
    save = box.addButton(_("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


class LockedChoice(Enum):
    READ_ONLY = "read-only"
    ANYWAY = "anyway"
    CANCEL = "cancel"


def ask_locked(parent: QWidget | None, path: Path, holder: str, *, offer_anyway: bool = True) -> LockedChoice:
    """The file's lock names another copy of Plan: open read-only, open anyway, or leave it.

    `offer_anyway` is False when the holder is another window of this copy of Plan."""
    box = _box(
        parent,
        QMessageBox.Icon.Information,
        _("The plan is open elsewhere"),
        _("{name} is open in another copy of Plan: {holder}.").format(name=path.name, holder=holder),
        _(
            "You can open it read-only to look at it; changes can then only be kept with Save As. If that copy "
            "is no longer in use (a computer switched off, a USB stick moved), you can open it anyway: the "
            "other copy will be told its lock was taken when it tries to save."
        ),
    )
    read_only = box.addButton(_("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_("Open anyway"), QMessageBox.ButtonRole.DestructiveRole) if offer_anyway else None
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockedChoice.READ_ONLY
    if anyway is not None and clicked is anyway:
        return LockedChoice.ANYWAY
    return LockedChoice.CANCEL


def undo_keys() -> str:
    """The Undo shortcut as this platform writes it (Ctrl+Z, ⌘Z)."""
    keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    return keys.split(",")[0].strip() or "Ctrl+Z"


def confirm_delete(parent: QWidget | None, question: str, details: str = "") -> bool:
    """Ask before deleting what goes with other items; Cancel is the default. True to delete.

    Shown as plain text: a title may hold "<" and "&"."""
    box = _box(parent, QMessageBox.Icon.Question, _("Delete"), question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    back = _("Undo ({keys}) brings it back.").format(keys=undo_keys())
    box.setInformativeText(f"{details}\n{back}" if details else back)
    delete = box.addButton(_("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; `action` names the confirming button."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def show_about(parent: QWidget | None) -> None:
    text = "<h3>{}</h3><p>{}</p><p>{}</p>".format(
        escape(_("Plan {version}").format(version=__version__)),
        escape(_("Municipal social-service strategies and action plans in Albanian, Serbian and English.")),
        escape(_("Works offline; your plans stay on this computer or your USB stick.")),
    )
    box = _box(parent, QMessageBox.Icon.Information, _("About Plan"), text)
    box.setDefaultButton(box.addButton(_("Close"), QMessageBox.ButtonRole.AcceptRole))
    box.exec()


def tell_written(parent: QWidget | None, path: Path, what: str | None = None) -> None:
    """Say where a file went, with its full path: in the main window's notice banner when there is one."""
    text = (what or _("Saved to {path}")).format(path=path)
    window = parent.window() if parent is not None else None
    if window is not None and hasattr(window, "show_file_written"):
        window.show_file_written(text)
    elif window is not None and hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 10000)


def ok_cancel_buttons(dialog: QDialog, ok_name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel worded by the application for a dialog where Enter starts a new line of text: neither
    button is the default, and Ctrl+Enter (on either Enter key) saves. Returns (box, OK, Cancel)."""
    buttons = QDialogButtonBox(dialog)
    ok_button = QPushButton(_("OK"), dialog)
    ok_button.setObjectName(ok_name)
    cancel_button = QPushButton(_("Cancel"), dialog)
    buttons.addButton(ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok_button.setAutoDefault(False)
    cancel_button.setAutoDefault(False)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=dialog.accept)
    return buttons, ok_button, cancel_button
