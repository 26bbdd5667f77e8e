"""The frame shared by the import previews (XLIFF, review sheets): heading, counts, notes, table, Apply or Close."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QPushButton, QTableWidget, QVBoxLayout

from desktop.gui.window_fit import resize_within_screen
from desktop.i18n import _


def finish_preview(
    dialog: QDialog,
    parts: tuple[QLabel, QLayout, QLabel, QTableWidget],
    *,
    apply_text: str | None,
    apply_name: str,
    size: tuple[int, int],
) -> QPushButton | None:
    """Lay out a preview; with `apply_text` it offers Apply (calling `dialog.apply`) and Cancel, else Close."""
    heading, form, notes, table = parts
    dialog.buttons = QDialogButtonBox(dialog)
    apply_button = None
    if apply_text is not None:
        apply_button = dialog.buttons.addButton(apply_text, QDialogButtonBox.ButtonRole.AcceptRole)
        apply_button.setObjectName(apply_name)
        dialog.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        dialog.buttons.accepted.connect(dialog.apply)
    else:  # nothing to apply: the preview only informs
        dialog.buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
    dialog.buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading)
    layout.addLayout(form)
    layout.addWidget(notes)
    layout.addWidget(table, 1)
    layout.addWidget(dialog.buttons)
    table.setVisible(table.rowCount() > 0)
    resize_within_screen(dialog, size[0], size[1] if table.rowCount() else 0)
    return apply_button
