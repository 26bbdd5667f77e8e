"""Which version of the plan the user is looking at (status bar), and approved versions opened read-only
in a window of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.core import versions
from desktop.core.model import Document
from desktop.core.operations import OperationError
from desktop.gui.widgets import messages
from desktop.i18n import _
from desktop.storage.errors import StorageError
from desktop.storage.session import DocumentSession

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def version_status(doc: Document, frozen: object = None) -> tuple[str, str]:
    """(short text, tooltip) for the status bar: the lifecycle status and the version shown."""
    from desktop.gui.versions.versions_page import standing_text, status_name

    if frozen is not None:
        text = _("Approved version {n} (read-only)").format(n=frozen.number)
        return text, _("Approved on {date}, decision No. {number}").format(
            date=frozen.decision_date, number=frozen.decision_number
        )
    standing = versions.standing(doc)
    if standing.approved is None:
        return status_name(standing.status), standing_text(standing)
    if standing.changed_since:
        text = _("{status} · draft of version {n}").format(status=status_name(standing.status), n=standing.revision)
    else:
        text = _("{status} · version {n} as approved").format(
            status=status_name(standing.status), n=standing.approved.number
        )
    return text, standing_text(standing)


def open_version(window: MainWindow, number: int) -> MainWindow | None:
    """Open approved version `number` of the window's document, read-only, in a new window."""
    from desktop.gui.main_window import MainWindow

    if window.session is None:
        return None
    try:
        version = versions.find_version(window.session.doc, number)
        session = DocumentSession.view(versions.thaw(version), frozen_version=version)
    except (OperationError, StorageError) as exc:
        messages.show_error(window, str(exc), _("Cannot open the version"))
        return None
    other = MainWindow(window.settings)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    name = _("{name} — approved version {n}").format(name=window._name(), n=number)
    other.set_session(session, display_name=name)
    other.show()
    window.version_windows.append(other)
    other.destroyed.connect(
        lambda *_a: window.version_windows.remove(other) if other in window.version_windows else None
    )
    return other
