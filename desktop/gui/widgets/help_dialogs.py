"""Help > Keyboard shortcuts (listed from the window's own actions, so the list cannot go stale) and
Help > First steps (a short page for someone opening Plan for the first time)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _


def plain_text(text: str) -> str:
    """An action's text as read: without its mnemonic ampersands ("&&" is a real one) and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _group_of(action: QAction) -> str:
    """The menu the action is in (or the toolbar it is on), as the user sees it named."""
    places = action.associatedObjects()
    for place in places:
        if isinstance(place, QMenu) and place.title():
            return plain_text(place.title())
    for place in places:
        if isinstance(place, QToolBar) and place.windowTitle():
            return plain_text(place.windowTitle())
    return _("Other")


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(group, command, keys) for every command with a shortcut: first the menus' commands in the order of the
    registry (desktop.gui.menu_bar), then the window's other actions with keys (the tree's, the grid's ...)."""
    from desktop.gui.menu_bar import all_actions

    rows: dict[tuple[str, str], str] = {}
    registered = set()
    for menu, spec in all_actions():
        registered.add(spec.name)
        keys = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.keys]
        keys = [k for k in keys if k]
        if keys:
            rows.setdefault((plain_text(_(menu.title)), plain_text(_(spec.text))), ", ".join(keys))
    others: dict[tuple[str, str], str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        text = plain_text(action.text())
        if action.objectName() in registered or not keys or not text:
            continue
        others.setdefault((_group_of(action), text), ", ".join(keys))
    order = {plain_text(m.title()): i for i, m in enumerate(window.findChildren(QMenu)) if m.title()}
    rest = sorted(
        ((group, text, keys) for (group, text), keys in others.items() if (group, text) not in rows),
        key=lambda row: (order.get(row[0], len(order)), row[0]),
    )
    return [(group, text, keys) for (group, text), keys in rows.items()] + rest


def _lay_out(dialog: QDialog, content: QWidget, size: tuple[int, int]) -> None:
    """The content above a Close button, the dialog no larger than the screen."""
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    resize_within_screen(dialog, *size)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of the window, by menu."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_list")
        self.tree.setHeaderLabels([_("Command"), _("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, text, keys in shortcut_rows(window):
            if group not in groups:
                groups[group] = QTreeWidgetItem(self.tree, [group])
                font = groups[group].font(0)
                font.setBold(True)
                groups[group].setFont(0, font)
                groups[group].setFirstColumnSpanned(True)
            QTreeWidgetItem(groups[group], [text, keys])
        self.tree.expandAll()
        _lay_out(self, self.tree, (520, 560))

    def rows(self) -> list[tuple[str, str, str]]:
        """What the dialog lists: (menu, command, keys)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out.extend(
                (group.text(0), group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount())
            )
        return out


# The first steps, one sentence each: (title, what to do). Translated when shown.
FIRST_STEPS = (
    (
        N_("Open a plan"),
        N_(
            "On the start page choose the demo plan to look around, or File > New to start a plan of your own, "
            "or File > Open for a plan someone sent you."
        ),
    ),
    (
        N_("The plan on the left"),
        N_(
            "The tree lists the strategy, its objectives, the action plan and the advisory group. Click an item "
            "to show it on the right; drag the line between them to make the tree wider."
        ),
    ),
    (
        N_("The language you write in"),
        N_(
            'Choose it in the toolbar under "Writing in". "Beside it" shows another language next to it, '
            "read-only, so you can translate while you read."
        ),
    ),
    (
        N_("The action plan"),
        N_(
            "Select the action plan to see its activities in a table. Type in a cell to change it; the details "
            "of the selected activity are below the table."
        ),
    ),
    (
        N_("Translation"),
        N_(
            "The Translation tab shows each text next to its translation and what is missing or outdated. "
            "The Translation menu exports texts for a translation tool and imports them back."
        ),
    ),
    (
        N_("Export PDF"),
        N_("File > Export PDF writes the plan in one or two languages, ready to print or send."),
    ),
    (
        N_("Meeting mode"),
        N_(
            "View > Meeting mode (F5) shows the plan large on a projector, one objective at a time, and records "
            "what the meeting decided."
        ),
    ),
    (
        N_("Saving"),
        N_(
            "Your changes are kept as you type; File > Save writes them to the plan's file. Edit > Undo takes "
            "back any change."
        ),
    ),
)


def first_steps_html() -> str:
    items = "".join(f"<li><p><b>{escape(_(title))}</b><br>{escape(_(text))}</p></li>" for title, text in FIRST_STEPS)
    title = _("First steps")  # outside the f-string, where extraction sees it
    return f"<h3>{escape(title)}</h3><ol>{items}</ol>"


class FirstStepsDialog(QDialog):
    """A short page on how to start: open a plan, find your way, write, translate, print, meet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_steps_dialog")
        self.setWindowTitle(_("First steps"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("first_steps_text")
        self.text.setOpenLinks(False)
        self.text.setHtml(first_steps_html())
        _lay_out(self, self.text, (560, 600))
