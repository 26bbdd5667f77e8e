"""The command registry (desktop.gui.actions, desktop.gui.menu_bar) is what the window shows: every registered
command is in its menu, in the registry's order, with its keys, enabled by its rule; and every handler exists."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from desktop.gui.actions import ALWAYS, OPEN, SEPARATOR, WRITABLE, ActionSpec, MenuSpec
from desktop.gui.main_window import MainWindow
from desktop.gui.menu_bar import MENUS, all_actions
from desktop.gui.translation.translation_menu import TranslationMenu
from desktop.gui.widgets.help_dialogs import plain_text, shortcut_rows
from desktop.i18n import _


def menu_named(window: MainWindow, name: str):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == name)


def shown_items(menu) -> list[str]:
    """The menu's items as the registry names them: action names, SEPARATOR, "@submenu"."""
    out = []
    for action in menu.actions():
        if action.isSeparator():
            out.append(SEPARATOR)
        elif action.menu() is not None:
            out.append("@" + action.menu().objectName())
        else:
            out.append(action.objectName())
    return out


def test_the_menu_bar_is_the_registry_in_order(window) -> None:
    assert [a.menu().objectName() for a in window.menuBar().actions() if a.menu()] == [m.name for m in MENUS]
    for spec in MENUS:
        menu = menu_named(window, spec.name)
        assert menu.title() == _(spec.title)
        items = shown_items(menu)
        # Features may add their own submenu (the tree's "Plan item" in Edit): the registry's items keep order.
        assert [i for i in items if i in spec.items] == list(spec.items), spec.name


def test_every_registered_command_is_built_with_its_text_and_keys(window) -> None:
    built = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    for _menu, spec in all_actions():
        action = built[spec.name]
        if spec.name not in ("undo", "redo"):  # their text names the step to undo
            assert action.text() == _(spec.text)
        assert [k.toString() for k in action.shortcuts()] == [QKeySequence(k).toString() for k in spec.keys]


@pytest.mark.parametrize(("menu", "spec"), all_actions(), ids=lambda x: x.name if isinstance(x, ActionSpec) else "")
def test_every_handler_exists(menu: MenuSpec, spec: ActionSpec) -> None:
    target = TranslationMenu if menu.name == "translation_menu" else MainWindow
    assert callable(getattr(target, spec.handler, None)), f"{spec.name}: no {target.__name__}.{spec.handler}"


def test_commands_are_enabled_by_their_rule(window, plan_file) -> None:
    built = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    specs = [spec for menu in MENUS if menu.name != "translation_menu" for spec in menu.actions]

    def check(has_plan: bool, writable: bool) -> None:
        allowed = {ALWAYS: True, OPEN: has_plan, WRITABLE: writable}
        for spec in specs:
            if spec.enabled in allowed:
                assert built[spec.name].isEnabled() == allowed[spec.enabled], (spec.name, has_plan, writable)

    check(has_plan=False, writable=False)
    assert window.open_file(plan_file)
    check(has_plan=True, writable=True)
    assert window.close_document()
    assert window.open_file(plan_file, read_only=True)
    check(has_plan=True, writable=False)


def test_help_lists_every_registered_shortcut_once(window) -> None:
    rows = shortcut_rows(window)
    listed = {(menu, command) for menu, command, _keys in rows}
    for menu, spec in all_actions():
        if spec.keys:
            assert (plain_text(_(menu.title)), plain_text(_(spec.text))) in listed, spec.name
    assert len(rows) == len({(m, c) for m, c, _k in rows})
