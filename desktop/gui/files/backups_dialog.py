"""File > Backups: the automatic copies of the open plan, newest first; one can be opened as a copy."""

from __future__ import annotations

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
from desktop.i18n import N_, _
from desktop.storage.backups import KEEP_DAYS, KEEP_LAST, Backup, list_backups

REASONS = {
    "save": N_("Saved"),
    "before-migration": N_("Before the file format was upgraded"),
    "before-restore": N_("Before a backup was restored"),
}


def reason_text(reason: str) -> str:
    return _(REASONS[reason]) if reason in REASONS else reason


class BackupsDialog(QDialog):
    """Lists a document's backups: "Open copy" looks at one read-only, "Restore" puts it back as the plan."""

    def __init__(self, backups: list[Backup], document_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Backups of {name}").format(name=document_name))
        self.setObjectName("backups_dialog")
        self._backups = list(backups)

        intro = QLabel(
            _(
                "Plan keeps a copy each time you save (the last {last} saves and one a day for {days} "
                "days). Open a copy to look at it, or restore it: the plan then shows that version, and the "
                "version you replace stays among the backups once you save."
            ).format(last=KEEP_LAST, days=KEEP_DAYS),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backups_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([_("Date"), _("Reason")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for backup in self._backups:
            self.list.addTopLevelItem(
                QTreeWidgetItem([backup.taken.strftime("%d.%m.%Y %H:%M:%S"), reason_text(backup.reason)])
            )
        empty = QLabel(_("There are no backups of this plan yet: they are made when you save."), self)
        empty.setWordWrap(True)
        empty.setVisible(not self._backups)
        self.list.setVisible(bool(self._backups))
        if self._backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemDoubleClicked.connect(lambda *_args: self.accept())

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(_("Open copy"), self)
        self.open_button.setEnabled(bool(self._backups))
        self.open_button.setDefault(True)
        self.restore_button = QPushButton(_("Restore"), self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setEnabled(bool(self._backups))
        self.restore_button.clicked.connect(self._choose_restore)
        self.restore = False
        close = QPushButton(_("Close"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 380)

    def _choose_restore(self) -> None:
        self.restore = True
        self.accept()

    def selected_backup(self) -> Backup | None:
        item = self.list.currentItem()
        return self._backups[self.list.indexOfTopLevelItem(item)] if item is not None else None

    @staticmethod
    def choose(document_id: str, document_name: str, parent: QWidget | None = None) -> tuple[Backup | None, bool]:
        """Show the backups of a document; the chosen one (or None) and whether to restore it."""
        dialog = BackupsDialog(list_backups(document_id), document_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return dialog.selected_backup(), dialog.restore
