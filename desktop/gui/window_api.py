"""What a feature may use of the main window, as a protocol: features type their `window` with it instead of
importing `desktop.gui.main_window` (which imports them), so no feature module depends on the shell."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtWidgets import QMenuBar, QStatusBar, QTreeView

    from desktop.gui.controller import DocumentController
    from desktop.gui.plan.edit_area import EditArea
    from desktop.gui.plan.tree_model import PlanTreeModel
    from desktop.storage.session import DocumentSession


class PlanWindow(Protocol):
    """The main window as its features see it."""

    settings: QSettings
    session: DocumentSession | None
    controller: DocumentController | None
    edit_area: EditArea | None
    tree: QTreeView
    tree_model: PlanTreeModel
    document_opened: SignalInstance
    document_closed: SignalInstance
    version_windows: list  # approved versions opened read-only, kept open with the window

    @property
    def content_language(self) -> str: ...

    def plan_name(self) -> str: ...

    def select_entity(self, entity_id: str, kind: str | None = None) -> bool: ...

    def set_serbian_script(self, script: str) -> None: ...

    def glossary_saved(self) -> None: ...

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...
