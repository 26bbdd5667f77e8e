"""Shortcuts are shown with their modifiers in every interface language (the Qt translator must not blank them)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.menu_bar import all_actions
from desktop.gui.qt_translator import CatalogueTranslator


@pytest.fixture
def translator(qapp):
    translator = CatalogueTranslator()  # as the application installs it
    QApplication.instance().installTranslator(translator)
    yield translator
    QApplication.instance().removeTranslator(translator)
    i18n.set_language("en")


@pytest.mark.parametrize("lang", ["sq", "sr", "sr_Cyrl", "en"])
def test_key_names_survive_the_translator(translator, lang):
    i18n.set_language(lang)
    assert QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText).endswith("+Z")
    assert QKeySequence("Ctrl+Shift+S").toString(QKeySequence.SequenceFormat.NativeText).count("+") == 2
    assert QKeySequence("F8").toString(QKeySequence.SequenceFormat.NativeText) == "F8"


@pytest.mark.parametrize("lang", ["sq", "sr_Cyrl"])
def test_menu_shortcuts_show_their_modifiers(qtbot, translator, lang):
    i18n.set_language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    labels = {
        a.objectName(): a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    assert labels["undo"] == "Ctrl+Z"
    assert labels["save"] == "Ctrl+S" and labels["save_as"] == "Ctrl+Shift+S"
    assert labels["meeting"] == "F5"
    for name, label in labels.items():
        assert label and label[0] != "+", f"{name}: {label!r}"
    # Every command of the registry with keys, built in this language, shows them with their modifiers.
    built = {a.objectName(): a for a in window.findChildren(QAction)}
    for _menu, spec in all_actions():
        for key, shown in zip(spec.keys, built[spec.name].shortcuts(), strict=True):
            label = shown.toString(QKeySequence.SequenceFormat.NativeText)
            assert label == QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText), spec.name
            assert label and label[0] != "+", f"{spec.name}: {label!r}"
