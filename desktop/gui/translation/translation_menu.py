"""The window's Translation menu: XLIFF for translation tools, the glossary, the memory and Serbian's two scripts."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.gui.actions import ALWAYS, OPEN, SEPARATOR, WRITABLE, ActionSpec, MenuSpec, enable, fill_menu, make_action
from desktop.gui.translation.serbian_script import AS_WRITTEN, CYRILLIC, LATIN, shown_script
from desktop.gui.widgets import messages
from desktop.gui.window_api import PlanWindow
from desktop.i18n import N_, _, ngettext

# The Translation menu's part of the window's command registry (desktop.gui.actions).
TRANSLATION_MENU = MenuSpec(
    "translation_menu",
    N_("&Translation"),
    (
        *("xliff_export", "xliff_import", SEPARATOR, "glossary", "memory", SEPARATOR, "@serbian_script_menu"),
        *("convert_to_cyrillic", "convert_to_latin"),
    ),
    (
        ActionSpec("xliff_export", N_("&Export for a translation tool (XLIFF)…"), "export_xliff", (), OPEN),
        ActionSpec("xliff_import", N_("&Import a translated XLIFF file…"), "import_xliff", (), WRITABLE),
        ActionSpec("glossary", N_("&Glossary…"), "edit_glossary", (), ALWAYS),
        ActionSpec("memory", N_("Translation &memory…"), "manage_memory", (), ALWAYS),
        ActionSpec("convert_to_cyrillic", N_("Store Serbian texts in C&yrillic…"), "convert_to_cyrillic", (), WRITABLE),
        ActionSpec("convert_to_latin", N_("Store Serbian texts in L&atin…"), "convert_to_latin", (), WRITABLE),
    ),
)


class TranslationMenu(QMenu):
    def __init__(self, window: PlanWindow) -> None:
        super().__init__(_(TRANSLATION_MENU.title), window)
        self.setObjectName(TRANSLATION_MENU.name)
        self.window = window
        self.actions_by_name = {spec.name: make_action(spec, self, self) for spec in TRANSLATION_MENU.actions}
        script_menu = QMenu(_("&Show Serbian in"), self)
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
        fill_menu(self, TRANSLATION_MENU, self.actions_by_name, {"serbian_script_menu": script_menu})
        self.export_action = self.actions_by_name["xliff_export"]
        self.import_action = self.actions_by_name["xliff_import"]
        self.glossary_action = self.actions_by_name["glossary"]
        self.memory_action = self.actions_by_name["memory"]
        self.to_cyrillic_action = self.actions_by_name["convert_to_cyrillic"]
        self.to_latin_action = self.actions_by_name["convert_to_latin"]
        self.aboutToShow.connect(self.update_actions)

    def update_actions(self) -> None:
        controller = self.window.controller
        writable = controller is not None and not controller.read_only
        enable(self.actions_by_name, TRANSLATION_MENU.actions, controller is not None, writable)
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

    def convert_to_cyrillic(self) -> bool:
        return self.convert_serbian(CYRILLIC)

    def convert_to_latin(self) -> bool:
        return self.convert_serbian(LATIN)

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
