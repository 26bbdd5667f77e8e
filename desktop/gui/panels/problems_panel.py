"""The problems panel: gaps in the plan (no responsible body, no deadline ...), each leading to its item.

Warnings only: nothing here blocks editing. Refreshed shortly after changes, not on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.problems import MESSAGES, find_problems
from desktop.gui.controller import DocumentController
from desktop.gui.panels.deferred_panel import DeferredPanel
from desktop.i18n import _, ngettext

REFRESH_DELAY_MS = 400


class ProblemsPanel(DeferredPanel):
    item_activated = Signal(str)  # entity id
    count_changed = Signal(int)

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(REFRESH_DELAY_MS, parent)
        self.summary = QLabel("", self)
        self.summary.setObjectName("problems_summary")
        self.list = QListWidget(self)
        self.list.setObjectName("problems_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.set_controller(controller)

    def refresh(self) -> None:
        self.list.clear()
        problems = find_problems(self.controller.doc) if self.controller is not None else []
        for problem in problems:
            item = QListWidgetItem(_(MESSAGES[problem.code]).format(**problem.params))
            item.setData(Qt.ItemDataRole.UserRole, problem.entity_id)
            self.list.addItem(item)
        self.summary.setText(
            ngettext("{n} thing to look at (warnings never block editing)",
                     "{n} things to look at (warnings never block editing)", len(problems)).format(n=len(problems))
            if problems else _("No problems found.")
        )  # fmt: skip
        self.count_changed.emit(len(problems))

    def _activate(self, item: QListWidgetItem) -> None:
        self.item_activated.emit(item.data(Qt.ItemDataRole.UserRole))
