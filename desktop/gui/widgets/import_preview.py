"""The frame shared by the import previews (XLIFF, review sheets): heading, counts, notes, table, Apply or Close;
the notes every preview starts with; and the messages for a file that cannot be read or is damaged."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import input_files
from desktop.core.input_files import InputFileError
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _

# InputFileError reasons in the user's language.
READ_REASONS = {
    input_files.NOT_REGULAR: N_("it is not a regular file (a pipe or a device)"),
    input_files.FOLDER: N_("it is a folder"),
    input_files.PERMISSION: N_("you do not have permission to read it"),
    input_files.MISSING: N_("it does not exist"),
    input_files.IO_ERROR: N_("the disk reported an input/output error (was the USB stick removed?)"),
}
DAMAGED_FILE = N_("{name} cannot be imported: the file is damaged or not of the expected kind.")


def read_error_text(exc: InputFileError, name: str) -> str:
    """Why a file given for import could not be read, in the user's language."""
    if exc.reason == input_files.TOO_LARGE:
        unit = 1_000_000 if exc.limit % 1_000_000 == 0 else 2**20  # limits are set in either kind of MB
        return _("{name} is larger than {size} MB.").format(name=name, size=max(1, exc.limit // unit))
    reason = _(READ_REASONS[exc.reason]) if exc.reason in READ_REASONS else str(exc).rstrip(".")
    return _("{name} could not be read: {reason}.").format(name=name, reason=reason)


def damaged_file_text(name: str) -> str:
    """For an error a hostile or damaged file causes that no parser names (the file, not the app, is at fault)."""
    return _(DAMAGED_FILE).format(name=name)


def preview_heading(text: str, name: str, parent: QWidget) -> QLabel:
    """The preview's first line, in bold: which file, for what."""
    heading = QLabel(text, parent)
    heading.setObjectName(name)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def count_form(parent: QWidget, prefix: str, rows: Sequence[tuple[str, str, str]]) -> tuple[QFormLayout, dict]:
    """A label and its count per (key, label, count text) row; the count labels by key (object name prefix+key)."""
    form = QFormLayout()
    labels: dict[str, QLabel] = {}
    for key, label, count in rows:
        value = QLabel(count, parent)
        value.setObjectName(f"{prefix}{key}")
        labels[key] = value
        form.addRow(QLabel(label, parent), value)
    return form, labels


def notes_label(notes: list[str], name: str, parent: QWidget) -> QLabel:
    label = QLabel("\n\n".join(notes), parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def first_note(changes: int, read_only: bool, nothing: str, closed_note: str | None = None) -> str:
    """What the preview says first: `nothing` when nothing would change, else whether Apply can change anything."""
    if not changes:
        return nothing
    if read_only:
        return _("The plan is open read-only: this is only a preview, nothing can be applied.")
    if closed_note:
        return closed_note
    return _("Nothing changes until you press Apply; one Undo reverts the whole import.")


def preview_table(parent: QWidget, name: str, headers: list[str], widths: Sequence[int]) -> QTableWidget:
    """A read-only table of what the import would do, one line a row, columns of `widths` (the last stretches)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table


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
