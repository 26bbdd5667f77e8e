"""The menu bar from left to right: the shell's menus (desktop.gui.actions) and each feature's own."""

from __future__ import annotations

from desktop.gui.actions import EDIT_MENU, FILE_MENU, HELP_MENU, VIEW_MENU, ActionSpec, MenuSpec
from desktop.gui.translation.translation_menu import TRANSLATION_MENU

MENUS: tuple[MenuSpec, ...] = (FILE_MENU, EDIT_MENU, VIEW_MENU, TRANSLATION_MENU, HELP_MENU)


def all_actions() -> list[tuple[MenuSpec, ActionSpec]]:
    """Every registered action with its menu, in the order the menus show them."""
    out = []
    for menu in MENUS:
        by_name = {spec.name: spec for spec in menu.actions}
        out.extend((menu, by_name[item]) for item in menu.items if item in by_name)
    return out
