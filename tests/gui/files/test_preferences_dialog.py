"""The preferences: the name recorded in the history is kept in the settings."""

from __future__ import annotations

from desktop.gui.files.preferences_dialog import AUTHOR_KEY, PreferencesDialog, author_name
from desktop.gui.settings import open_settings


def test_the_name_is_stored_and_read_back(qtbot):
    assert author_name(open_settings()) == ""
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == ""
    dialog.name_edit.setText("  Arta\x00  Krasniqi ")
    dialog.accept()
    assert not dialog.isVisible() and dialog.name == "Arta Krasniqi"
    assert author_name(open_settings()) == "Arta Krasniqi"

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.name_edit.text() == "Arta Krasniqi"
    again.name_edit.setText("Đorđe Šćekić")
    again.reject()
    assert author_name(open_settings()) == "Arta Krasniqi"  # cancelled: unchanged


def test_a_name_too_long_is_refused_with_a_message(qtbot):
    settings = open_settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("x" * 300)
    dialog.accept()
    assert dialog.isVisible() and "too long" in dialog.message.text()
    assert settings.value(AUTHOR_KEY) is None
    dialog.name_edit.setText("Ђорђе 🙂")
    dialog.accept()
    assert author_name(open_settings()) == "Ђорђе 🙂"


def test_an_unreadable_stored_value_gives_no_name(qtbot):
    settings = open_settings()
    settings.setValue(AUTHOR_KEY, ["a", "b"])
    assert author_name(settings) == ""
    settings.setValue(AUTHOR_KEY, "  " + "y" * 250)
    assert author_name(settings) == "y" * 200
