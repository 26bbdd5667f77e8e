"""The window's commands in one place: each action's name, text, keys, menu and when it is enabled.

The main window builds its actions and menus from this registry; Help > Keyboard shortcuts, the walk test and
the check that translated shortcut labels keep their modifiers read it too, so a command added here shows up
in all of them. The shell's menus are declared here; a feature declares its own menu beside its code (the
Translation menu in `desktop.gui.translation.translation_menu`), and `desktop.gui.menu_bar` puts them in order.
A handler is the name of a method of the object the menu is built for (the window, or the feature's menu).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.i18n import N_, _

Key = QKeySequence.StandardKey | str
StandardKey = QKeySequence.StandardKey
MenuRole = QAction.MenuRole

# When an action can be used; the window checks after every change of state.
ALWAYS = "always"  # also with no plan open
OPEN = "open"  # a plan is open, perhaps read-only
WRITABLE = "writable"  # a plan is open and may be changed
OWN = "own"  # the window or the feature decides (undo and redo follow the undo stack)

SEPARATOR = "-"


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the QAction's objectName, the same in every interface language
    text: str  # marked with N_, translated when the action is built
    handler: str
    keys: tuple[Key, ...] = ()
    enabled: str = ALWAYS
    role: MenuRole | None = None  # where macOS puts it (Quit, About, Preferences)
    checkable: bool = False


@dataclass(frozen=True)
class MenuSpec:
    name: str  # the QMenu's objectName
    title: str  # marked with N_
    items: tuple[str, ...]  # action names, SEPARATOR, or "@name": a part the menu's owner fills itself
    actions: tuple[ActionSpec, ...]

    def action(self, name: str) -> ActionSpec:
        return next(spec for spec in self.actions if spec.name == name)


FILE_MENU = MenuSpec(
    "file_menu",
    N_("&File"),
    (
        *("new", "open", "@recent_menu", "import_document", SEPARATOR, "save", "save_as", "export_pdf", "export_word"),
        "share_copy",
        SEPARATOR,
        *("backups", SEPARATOR, "close", SEPARATOR, "quit"),
    ),
    (
        ActionSpec("new", N_("&New…"), "new_plan", (StandardKey.New,)),
        ActionSpec("open", N_("&Open…"), "choose_and_open", (StandardKey.Open,)),
        ActionSpec("import_document", N_("&Import document…"), "import_document", ()),
        ActionSpec("save", N_("&Save"), "save", (StandardKey.Save,), WRITABLE),
        ActionSpec("save_as", N_("Save &As…"), "save_as", ("Ctrl+Shift+S",), OPEN),
        ActionSpec("export_pdf", N_("&Export PDF…"), "export_pdf", ("Ctrl+E",), OPEN),
        ActionSpec("export_word", N_("Export &Word…"), "export_word", (), OPEN),
        ActionSpec("share_copy", N_("S&hare a copy…"), "share_copy", (), OPEN),
        ActionSpec("backups", N_("&Backups…"), "show_backups", (), OPEN),
        ActionSpec("close", N_("&Close"), "close_document", (), OPEN),
        ActionSpec("quit", N_("&Quit"), "quit", ("Ctrl+Q",), role=MenuRole.QuitRole),
    ),
)

EDIT_MENU = MenuSpec(
    "edit_menu",
    N_("&Edit"),
    ("undo", "redo", SEPARATOR, "paste_activities", "plan_columns", "decision", "find", SEPARATOR, "preferences"),
    (
        ActionSpec("undo", N_("&Undo"), "undo", (StandardKey.Undo,), OWN),
        ActionSpec("redo", N_("&Redo"), "redo", (StandardKey.Redo, "Ctrl+Y"), OWN),
        ActionSpec(
            "paste_activities", N_("&Paste activities from a table…"), "paste_activities", ("Ctrl+Shift+V",), WRITABLE
        ),
        ActionSpec("plan_columns", N_("Action plan &columns…"), "edit_plan_columns", (), WRITABLE),
        ActionSpec("decision", N_("Assembly &decision…"), "show_decision"),
        ActionSpec("find", N_("&Find…"), "show_search", (StandardKey.Find,)),
        ActionSpec("preferences", N_("P&references…"), "show_preferences", role=MenuRole.PreferencesRole),
    ),
)

VIEW_MENU = MenuSpec(
    "view_menu",
    N_("&View"),
    ("meeting", "panels", SEPARATOR, "@interface_language_menu"),
    (
        ActionSpec("meeting", N_("&Meeting mode"), "open_meeting_mode", ("F5",)),
        ActionSpec("panels", N_("&Panels below"), "toggle_panels", ("F9",), checkable=True),
    ),
)

HELP_MENU = MenuSpec(
    "help_menu",
    N_("&Help"),
    ("first_steps", "keyboard_shortcuts", SEPARATOR, "about"),
    (
        ActionSpec("first_steps", N_("&First steps"), "show_first_steps", (StandardKey.HelpContents,)),
        ActionSpec("keyboard_shortcuts", N_("&Keyboard shortcuts"), "show_shortcuts"),
        ActionSpec("about", N_("&About Plan"), "show_about", role=MenuRole.AboutRole),
    ),
)


def make_action(spec: ActionSpec, target: object, parent: QWidget) -> QAction:
    """The QAction of `spec`, its text in the interface language, calling `target`'s handler."""
    action = QAction(_(spec.text), parent)
    action.setObjectName(spec.name)
    if spec.keys:
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
    if spec.role is not None:
        action.setMenuRole(spec.role)
    action.setCheckable(spec.checkable)
    handler = getattr(target, spec.handler)
    if spec.checkable:
        action.triggered.connect(handler)  # the new checked state is the argument
    else:
        # Called without `triggered`'s checked flag: it would land in an optional parameter
        # (File > Share a copy took False for its target file).
        action.triggered.connect(lambda _checked=False: handler())
    return action


def fill_menu(menu: QMenu, spec: MenuSpec, actions: dict[str, QAction], parts: dict[str, QMenu] | None = None) -> None:
    """Add `spec`'s items to `menu` in order; "@name" items are the owner's submenus, given in `parts`."""
    for item in spec.items:
        if item == SEPARATOR:
            menu.addSeparator()
        elif item.startswith("@"):
            if parts and item[1:] in parts:
                menu.addMenu(parts[item[1:]])
        else:
            menu.addAction(actions[item])


def enable(actions: dict[str, QAction], specs: tuple[ActionSpec, ...], has_plan: bool, writable: bool) -> None:
    """Enable each action as its `enabled` rule says for the window's state (OWN ones are left alone)."""
    allowed = {ALWAYS: True, OPEN: has_plan, WRITABLE: writable}
    for spec in specs:
        if spec.enabled in allowed and spec.name in actions:
            actions[spec.name].setEnabled(allowed[spec.enabled])
