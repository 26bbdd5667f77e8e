"""The window's Translation menu: XLIFF for translation tools, the glossary, the memory and Serbian's two scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.gui.translation.serbian_script import AS_WRITTEN, CYRILLIC, LATIN, shown_script
from desktop.gui.widgets import messages
from desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


class TranslationMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(_("&Translation"), window)
        self.setObjectName("translation_menu")
        self.window = window
        self.export_action = self._add("xliff_export", _("&Export for a translation tool (XLIFF)…"), self.export_xliff)
        self.import_action = self._add("xliff_import", _("&Import a translated XLIFF file…"), self.import_xliff)
        self.addSeparator()
        self.glossary_action = self._add("glossary", _("&Glossary…"), self.edit_glossary)
        self.memory_action = self._add("memory", _("Translation &memory…"), self.manage_memory)
        self.addSeparator()
        script_menu = self.addMenu(_("&Show Serbian in"))
        script_menu.setObjectName("serbian_script_menu")
        self.script_actions = QActionGroup(self)
        names = {AS_WRITTEN: _("The script it was &written in"), LATIN: _("&Latin"), CYRILLIC: _("&Cyrillic")}
        for script, name in names.items():
            action = QAction(name, self.script_actions)
            action.setObjectName(f"serbian_script_{script}")
            action.setCheckable(True)
            action.setChecked(script == shown_script())
            action.triggered.connect(lambda _checked=False, s=script: window.set_serbian_script(s))
            script_menu.addAction(action)
        self.to_cyrillic_action = self._add(
            "convert_to_cyrillic", _("Store Serbian texts in C&yrillic…"), lambda: self.convert_serbian(CYRILLIC)
        )
        self.to_latin_action = self._add(
            "convert_to_latin", _("Store Serbian texts in L&atin…"), lambda: self.convert_serbian(LATIN)
        )
        self.aboutToShow.connect(self.update_actions)

    def _add(self, name: str, text: str, slot) -> QAction:
        action = self.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def update_actions(self) -> None:
        controller = self.window.controller
        writable = controller is not None and not controller.read_only
        self.export_action.setEnabled(controller is not None)
        for action in (self.import_action, self.to_cyrillic_action, self.to_latin_action):
            action.setEnabled(writable)
        for action in self.script_actions.actions():
            action.setChecked(action.objectName() == f"serbian_script_{shown_script()}")

    # -- actions ---------------------------------------------------------------------------------
    def export_xliff(self) -> None:
        from desktop.gui.translation.xliff_export_dialog import XliffExportDialog

        if self.window.controller is not None:
            XliffExportDialog.export(self.window.controller, self.window)

    def import_xliff(self) -> None:
        from desktop.gui.translation.xliff_import_dialog import XliffImportDialog

        if self.window.controller is not None:
            XliffImportDialog.import_file(self.window.controller, self.window)

    def edit_glossary(self) -> None:
        from desktop.gui.translation.glossary_dialog import GlossaryDialog

        controller = self.window.controller
        doc = controller.doc if controller is not None else None
        if GlossaryDialog.edit(self.window, doc, self.window.select_entity):
            self.window.glossary_saved()

    def manage_memory(self) -> None:
        from desktop.gui.translation.memory_dialog import MemoryDialog

        controller = self.window.controller
        MemoryDialog.manage(self.window, controller.doc if controller is not None else None)

    def convert_serbian(self, script: str) -> bool:
        """Rewrite every Serbian text in `script` after the user confirms; one undoable step."""
        from desktop.translation.script_conversion import convert_serbian, serbian_rewrites

        controller = self.window.controller
        if controller is None or controller.read_only:
            return False
        count = len(serbian_rewrites(controller.doc, script))
        name = _("Cyrillic") if script == CYRILLIC else _("Latin")
        if not count:
            messages.show_info(
                self.window, _("Every Serbian text is already in {script}.").format(script=name), _("Serbian script")
            )
            return False
        text = ngettext(
            "Store {n} Serbian text in {script}?",
            "Store {n} Serbian texts in {script}?",
            count,
        ).format(n=count, script=name)
        info = _(
            "Transliteration is almost always right, not always (foreign names, rare words), so each "
            "converted text becomes a draft until someone confirms it. Translations made from these "
            "texts stay as they are. You can undo this."
        )
        if not messages.confirm(self.window, _("Serbian script"), f"{text}\n\n{info}", _("Convert")):
            return False
        return controller.apply(convert_serbian, script) is not None
