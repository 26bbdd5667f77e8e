"""Qt's own strings (standard buttons, text-field menus, file dialogs) in the interface language.

Qt ships no Albanian or Serbian translations, so a QTranslator answers Qt's requests from our own
gettext catalogue. The strings are listed here with N_() so that extraction puts them in it.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.i18n import N_, _, language

QT_STRINGS = (
    # QPlatformTheme: standard dialog buttons
    N_("OK"), N_("Save"), N_("Save All"), N_("Open"), N_("&Yes"), N_("Yes to &All"), N_("&No"), N_("N&o to All"),
    N_("Abort"), N_("Retry"), N_("Ignore"), N_("Close"), N_("Cancel"), N_("Discard"), N_("Help"), N_("Apply"),
    N_("Reset"), N_("Restore Defaults"), N_("Don't Save"), N_("Close without Saving"),
    # QMessageBox
    N_("Show Details..."), N_("Hide Details..."),
    # QLineEdit and QWidgetTextControl context menus
    N_("&Undo"), N_("&Redo"), N_("Cu&t"), N_("&Copy"), N_("&Paste"), N_("Delete"), N_("Select All"),
    N_("Copy &Link Location"),
    # QFileDialog (Qt's own dialog, used where the system offers none)
    N_("Look in:"), N_("&Look in:"), N_("File &name:"), N_("Files of type:"), N_("Files of &type:"),
    N_("&Open"), N_("&Save"), N_("&Choose"),
    N_("Back"), N_("Forward"), N_("Parent Directory"), N_("Create New Folder"), N_("List View"),
    N_("Detail View"), N_("Name"), N_("Size"), N_("Type"), N_("Date Modified"), N_("My Computer"),
    N_("Computer"), N_("All Files (*)"), N_("New Folder"), N_("&Delete"), N_("&Rename"), N_("Show &hidden files"),
    N_("Directory:"), N_("Recent Places"),
)  # fmt: skip

_KNOWN = frozenset(QT_STRINGS)


class CatalogueTranslator(QTranslator):
    """Answers Qt's translation requests from the application's catalogue."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": PySide6 turns "" into an empty but non-null QString, which Qt takes as a
        # translation, so "Ctrl" became "" and every shortcut lost its modifiers ("Z" for Ctrl+Z).
        if language() == "en" or source not in _KNOWN:
            return None
        translated = _(source)
        return translated if translated != source else None

    def isEmpty(self) -> bool:
        return False
