"""File > Share a copy: a copy of the plan to send to others, without members' contact details unless
the user includes them for this one copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import paths
from desktop.gui.settings import ask_save_file_name
from desktop.gui.widgets import messages
from desktop.i18n import _
from desktop.storage.errors import StorageError
from desktop.storage.files import write_shared_copy
from desktop.storage.session import DocumentSession


def ask_include_contacts(parent: QWidget | None, count: int) -> bool | None:
    """None when cancelled; False (the default) leaves the contact details out."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _("Share a copy"),
        _("Leave out the members' contact details?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        _(
            "Phone numbers, e-mail and postal addresses of {n} members are personal data. The copy leaves them "
            "out unless you include them for this copy."
        ).format(n=count)
    )
    leave_out = box.addButton(_("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
    include = box.addButton(_("Include them"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(leave_out)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked is cancel else clicked is include


def share_copy(parent: QWidget, session: DocumentSession, start: str, target: Path | None = None) -> Path | None:
    """Ask where (unless `target` is given) and write the copy; returns where it went. `start` names the
    suggested file (the dialog starts in the folder it last saved in, see settings.ask_save_file_name)."""
    with_contacts = sum(1 for m in session.doc.members if m.contact is not None)
    include = False
    if with_contacts:
        include = ask_include_contacts(parent, with_contacts)
        if include is None:
            return None
    if target is None:
        chosen, _filter = ask_save_file_name(
            parent,
            "share_copy",
            _("Share a copy"),
            Path(start).name,
            _("Plan documents (*.plan);;All files (*)"),
            session.path,
        )
        if not chosen:
            return None
        target = Path(chosen)
    if target.suffix.lower() != paths.DOCUMENT_SUFFIX:
        target = target.with_name(target.name + paths.DOCUMENT_SUFFIX)
    if session.path is not None and target.resolve() == session.path.resolve():
        messages.show_error(parent, _("Choose another name: a shared copy cannot replace the plan itself."))
        return None
    try:
        write_shared_copy(session.conn, target, include_contacts=include)
    except StorageError as exc:
        messages.show_error(parent, str(exc), _("The copy could not be written"))
        return None
    return target
