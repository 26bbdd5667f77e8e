"""Offered at start-up: work left unsaved by a copy of Plan that stopped (crash, power cut)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import _, ngettext
from desktop.storage.session import RecoverableWork


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


def work_name(work: RecoverableWork) -> str:
    return work.document.name if work.document else _("New plan (never saved)")


class RecoveryDialog(QDialog):
    """Lists recoverable work; the caller acts on the choice (the dialog changes nothing itself)."""

    def __init__(self, works: list[RecoverableWork], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Recover unsaved work"))
        self.setObjectName("recovery_dialog")
        self.choice = RecoveryChoice.LATER
        self._works = list(works)

        intro = QLabel(
            _(
                "Plan was closed without saving these changes. Recover them to continue where you "
                "stopped, or discard them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("recovery_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([_("Plan"), _("Last change"), _("Changes")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for work in self._works:
            item = QTreeWidgetItem(
                [
                    work_name(work),
                    work.modified.strftime("%d.%m.%Y %H:%M"),
                    ngettext("{n} change", "{n} changes", work.edits).format(n=work.edits)
                    if work.edits >= 0
                    else _("unreadable"),
                ]
            )
            item.setToolTip(0, str(work.document) if work.document else work_name(work))
            self.list.addTopLevelItem(item)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda *_args: self._finish(RecoveryChoice.RECOVER))

        buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton(_("Recover"), self)
        self.discard_button = QPushButton(_("Discard"), self)
        self.later_button = QPushButton(_("Later"), self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._finish(RecoveryChoice.RECOVER))
        self.discard_button.clicked.connect(lambda: self._finish(RecoveryChoice.DISCARD))
        self.later_button.clicked.connect(lambda: self._finish(RecoveryChoice.LATER))

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 320)

    def selected_work(self) -> RecoverableWork | None:
        item = self.list.currentItem()
        return self._works[self.list.indexOfTopLevelItem(item)] if item is not None else None

    def _finish(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        if choice == RecoveryChoice.LATER:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Esc and the window's close button mean "Later"
        self.choice = RecoveryChoice.LATER
        super().reject()

    @staticmethod
    def ask(
        works: list[RecoverableWork], parent: QWidget | None = None
    ) -> tuple[RecoveryChoice, RecoverableWork | None]:
        """Show the dialog modally; returns the choice and the work it applies to."""
        dialog = RecoveryDialog(works, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.exec()
        return dialog.choice, dialog.selected_work()
