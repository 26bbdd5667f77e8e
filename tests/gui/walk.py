"""Walking the whole main window as a user does, and the net that catches what goes wrong on the way.

`ErrorWatch` collects every uncaught Python exception (`sys.excepthook`, `threading.excepthook`) and every
Qt warning while installed. `walk` selects every kind of node in the tree, opens every tab and panel, and
triggers every menu action, closing each dialog it opens; along the way it records what a user would
notice: a dialog larger than a 1024x600 screen, a shortcut shown without its modifier, English left in a
translated interface.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QWidget

from desktop import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.menu_bar import all_actions

SMALL_SCREEN = (1024, 600)
# Actions the walk does not trigger: they end the window or the plan, or are walked on their own.
SKIPPED_ACTIONS = {"quit", "close"}
# Qt's chatter on the offscreen platform, not a fault of the application.
BENIGN_QT = (
    "This plugin does not support",
    "QFont::setPointSize",
    "propagateSizeHints",
)
NATIVE = QKeySequence.SequenceFormat.NativeText
MODIFIERS = ("Ctrl", "Shift", "Alt", "Meta")


@dataclass
class ErrorWatch:
    """Every uncaught exception and Qt warning while installed, as text."""

    errors: list[str] = field(default_factory=list)

    def install(self) -> None:
        self._sys_hook, self._thread_hook = sys.excepthook, threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = lambda args: self._on_exception(args.exc_type, args.exc_value, args.exc_traceback)
        self._qt_handler = qInstallMessageHandler(self._on_qt_message)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._sys_hook, self._thread_hook
        qInstallMessageHandler(self._qt_handler)

    def _on_exception(self, kind, value, tb) -> None:
        import traceback

        self.errors.append("".join(traceback.format_exception(kind, value, tb)))

    def _on_qt_message(self, mode: QtMsgType, _context, message: str) -> None:
        if mode == QtMsgType.QtDebugMsg or mode == QtMsgType.QtInfoMsg:
            return
        if any(b in message for b in BENIGN_QT):
            return
        self.errors.append(f"Qt {mode.name}: {message}")


@dataclass
class Findings:
    """What the walk saw that a user would notice."""

    oversized: set[str] = field(default_factory=set)
    bad_shortcuts: set[str] = field(default_factory=set)
    untranslated: set[str] = field(default_factory=set)
    unregistered: set[str] = field(default_factory=set)  # registered commands missing from the menus
    dialogs: list[str] = field(default_factory=list)
    nodes: int = 0
    actions: int = 0

    def problems(self) -> list[str]:
        out = [f"larger than 1024x600: {x}" for x in sorted(self.oversized)]
        out += [f"shortcut without its modifier: {x}" for x in sorted(self.bad_shortcuts)]
        out += [f"English in a translated interface: {x}" for x in sorted(self.untranslated)]
        out += [f"a registered command not in its menu: {x}" for x in sorted(self.unregistered)]
        return out


def settle() -> None:
    """Let queued work and deferred deletes run, as the event loop would between two user actions."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def tree_indexes(window: MainWindow) -> Iterator[QModelIndex]:
    model = window.tree_model
    stack = [model.index(r, 0) for r in reversed(range(model.rowCount()))]
    while stack:
        index = stack.pop()
        yield index
        stack.extend(model.index(r, 0, index) for r in reversed(range(model.rowCount(index))))


def select_nodes(window: MainWindow, per_kind: int | None = None) -> int:
    """Select every node (or the first, middle and last `per_kind` of each kind), as clicks in the tree do."""
    by_kind: dict[str, list[QModelIndex]] = {}
    for index in tree_indexes(window):
        by_kind.setdefault(str(window.tree_model.kind(index)), []).append(index)
    chosen: list[tuple[str | None, str | None]] = []
    for indexes in by_kind.values():
        if per_kind is not None and len(indexes) > per_kind:
            step = max(1, (len(indexes) - 1) // max(1, per_kind - 1))
            indexes = [*indexes[::step][: per_kind - 1], indexes[-1]]
        chosen += [(window.tree_model.entity_id(i), window.tree_model.kind(i)) for i in indexes]
    for entity_id, kind in chosen:
        index = window.tree_model.index_of(entity_id, kind)  # indexes move as pages build
        if index.isValid():
            window.tree.setCurrentIndex(index)
            settle()
    return len(chosen)


def open_tabs(window: MainWindow) -> None:
    """Every tab of the edit area and, with the panels shown, every panel below."""
    area = window.edit_area
    for i in range(area.count()):
        area.setCurrentIndex(i)
        settle()
    area.setCurrentIndex(0)
    window.panels_action.trigger()
    if window.bottom is not None:
        tabs = window.bottom.tabs if hasattr(window.bottom, "tabs") else window.bottom
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle()
    window.panels_action.trigger()
    settle()


def menu_actions(window: MainWindow) -> list[QAction]:
    out: list[QAction] = []

    def visit(menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled on opening (Open Recent)
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu())
            elif not action.isSeparator():
                out.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit(top.menu())
    return out


def check_shortcuts(window: QWidget, findings: Findings) -> None:
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            label = sequence.toString(NATIVE)
            combination = sequence[0] if sequence.count() else None
            has_modifier = combination is not None and combination.keyboardModifiers().value != 0
            if not label or label.startswith("+") or (has_modifier and not any(m in label for m in MODIFIERS)):
                findings.bad_shortcuts.add(f"{action.text()!r} shows {label!r}")
    for button in window.findChildren(QAbstractButton):
        if re.search(r"\(\s*\)", button.text()):
            findings.bad_shortcuts.add(f"button {button.text()!r}")


def check_size(widget: QWidget, findings: Findings) -> None:
    """A dialog opens no larger than a 1024x600 screen; a window can be shrunk to fit one."""
    name = widget.objectName() or type(widget).__name__
    dialog = isinstance(widget, QDialog)
    size = widget.size() if dialog else widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if size.width() > SMALL_SCREEN[0] or size.height() > SMALL_SCREEN[1]:
        findings.oversized.add(f"{name} {size.width()}x{size.height()} ({widget.windowTitle()}) {widest(widget)}")


def widest(widget: QWidget) -> str:
    """The chain of children that makes a window's minimum width, to say where to look."""
    chain = []
    while True:
        children = [
            c
            for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not c.isWindow() and not c.isHidden()
        ]
        if not children:
            return " > ".join(chain)
        widget = max(children, key=lambda c: c.minimumSizeHint().width())
        chain.append(f"{widget.objectName() or type(widget).__name__} {widget.minimumSizeHint().width()}")


class DialogCloser:
    """Closes every modal dialog that opens while armed, after looking at it."""

    def __init__(self, findings: Findings, look) -> None:
        self.findings, self.look = findings, look
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._poll)

    def __enter__(self) -> DialogCloser:
        self.timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.timer.stop()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        self.findings.dialogs.append(f"{type(widget).__name__}: {widget.windowTitle()}")
        self.look(widget)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def trigger_actions(window: MainWindow, findings: Findings, look) -> None:
    """Trigger each menu action that does not end the window; close what it opens, modal or not."""
    before = set(QApplication.topLevelWidgets())
    actions = menu_actions(window)
    # The menus are built from the command registry (desktop.gui.actions): each registered command is walked.
    findings.unregistered |= {spec.name for _menu, spec in all_actions()} - {a.objectName() for a in actions}
    for action in actions:
        name = action.objectName()
        if name in SKIPPED_ACTIONS or name.startswith("ui_language_") or not action.isEnabled():
            continue
        findings.actions += 1
        with DialogCloser(findings, look):
            action.trigger()
            settle()
        for widget in QApplication.topLevelWidgets():
            if widget not in before and widget.isVisible() and widget is not window:
                findings.dialogs.append(f"{type(widget).__name__}: {widget.windowTitle()}")
                look(widget)
                widget.close()
        settle()
        if window.controller is not None and window.controller.undo_stack.canUndo() and name != "undo":
            while window.controller.undo_stack.canUndo() and name in ("decision",):
                window.controller.undo_stack.undo()  # keep the walk from changing the plan it walks


def walk(window: MainWindow, findings: Findings, *, per_kind: int | None = None) -> Findings:
    """One pass over the window in the current interface language."""
    from tests.gui.test_i18n import CATALOGUE, _plain, chrome_texts, document_texts, is_content

    lang = i18n.language()
    content = document_texts(window.session.doc) if window.session is not None else set()
    msgids: set[str] = set()
    translate = i18n.gettext_for(lang)
    if lang in ("sq", "sr", "sr_Cyrl"):
        from babel.messages.pofile import read_po

        with open(CATALOGUE / lang / "LC_MESSAGES" / "plan.po", "rb") as fh:
            msgids = {_plain(m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(fh) if m.id}

    def look(widget: QWidget) -> None:
        check_size(widget, findings)
        check_shortcuts(widget, findings)
        if msgids:
            for _w, text in chrome_texts(widget):
                if text in msgids and _plain(translate(text)) != text and not is_content(text, content):
                    findings.untranslated.add(f"{text!r} in {type(widget).__name__}")

    findings.nodes += select_nodes(window, per_kind)
    open_tabs(window)
    look(window)
    trigger_actions(window, findings, look)
    return findings
