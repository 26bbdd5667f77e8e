"""Which version of the plan the user is looking at (status bar), and approved versions opened read-only
in a window of their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.core import versions
from desktop.core.model import Document
from desktop.core.operations import OperationError
from desktop.gui.widgets import messages
from desktop.i18n import _
from desktop.storage.errors import StorageError
from desktop.storage.session import DocumentSession

if TYPE_CHECKING:
    from desktop.gui.window_api import PlanWindow

W = TypeVar("W", bound=QMainWindow)


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


def open_version(window: PlanWindow, number: int, new_window: Callable[[], W]) -> W | None:
    """Open approved version `number` of the window's document, read-only, in a window `new_window` makes
    (the main window passes its own kind: this module does not import it)."""
    if window.session is None:
        return None
    try:
        version = versions.find_version(window.session.doc, number)
        session = DocumentSession.view(versions.thaw(version), frozen_version=version)
    except (OperationError, StorageError) as exc:
        messages.show_error(window, str(exc), _("Cannot open the version"))
        return None
    other = new_window()
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    name = _("{name} — approved version {n}").format(name=window.plan_name(), n=number)
    other.set_session(session, display_name=name)
    other.show()
    window.version_windows.append(other)
    other.destroyed.connect(
        lambda *_a: window.version_windows.remove(other) if other in window.version_windows else None
    )
    return other
