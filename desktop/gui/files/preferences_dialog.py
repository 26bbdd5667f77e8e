"""The user's preferences: the name the plan's history records with each change."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.text import TextError, clean_text
from desktop.gui.settings import open_settings
from desktop.gui.widgets.text_field import MessageLabel
from desktop.i18n import _

AUTHOR_KEY = "author/name"
MAX_NAME = 200  # what the history keeps of an author's name


def author_name(settings: QSettings) -> str:
    """The name stored in the preferences, or "" when none was set."""
    value = settings.value(AUTHOR_KEY)
    return value.strip()[:MAX_NAME] if isinstance(value, str) else ""


def check_name(text: str) -> str:
    """The name as it is stored; ValueError with a message for the user when it cannot be a name."""
    try:
        name = clean_text(text)
    except TextError:
        raise ValueError(_("The name is too long: at most {n} characters.").format(n=MAX_NAME)) from None
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise ValueError(_("The name is too long: at most {n} characters.").format(n=MAX_NAME))
    return name


class PreferencesDialog(QDialog):
    """Edits the preferences kept in QSettings; `name` is what was saved once accepted."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(_("Preferences"))
        self.settings = settings if settings is not None else open_settings()
        self.name: str | None = None

        self.name_edit = QLineEdit(author_name(self.settings), self)
        self.name_edit.setObjectName("preferences_author")
        self.name_edit.setMaxLength(MAX_NAME * 2)  # room to be told it is too long rather than cut silently
        self.name_edit.setPlaceholderText(_("e.g. Arta Krasniqi"))
        caption = QLabel(_("Your name (recorded in the history with each change):"), self)
        caption.setWordWrap(True)
        caption.setBuddy(self.name_edit)
        hint = QLabel(
            _(
                "The history is kept in the plan file, so everyone who opens the plan sees who changed what. "
                "Leave it empty to use this computer's user name."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555555; }")
        self.message = MessageLabel(self)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(caption, self.name_edit)
        buttons = QDialogButtonBox(self)
        buttons.addButton(_("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        try:
            name = check_name(self.name_edit.text())
        except ValueError as exc:
            self.message.show_message(str(exc))
            return
        self.settings.setValue(AUTHOR_KEY, name)
        self.settings.sync()
        self.name = name
        super().accept()

    @staticmethod
    def edit(parent: QWidget | None = None, settings: QSettings | None = None) -> str | None:
        """Show the preferences; the saved name when accepted, None when cancelled."""
        dialog = PreferencesDialog(settings, parent)
        dialog.exec()
        return dialog.name
