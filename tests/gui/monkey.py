"""The monkey: a seeded random sequence of user actions on the real main window, then the stored document
checked against the one in memory and every step undone back to the start.

Run it as its own process so that a crash (a segmentation fault in Qt) is caught by the caller:

    python -m tests.gui.monkey --seed 7 --steps 2000

It prints one line per finished run ("monkey seed 7: 2000 actions clean") and exits 0, or prints the seed,
the step and the last actions, and exits 1. `faulthandler` prints the stack of a crash.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable

# Texts a user types: Albanian, Serbian in both scripts, emoji, markup-like text, a long line.
TEXTS = (
    "Qendra ditore për të moshuarit në Lumbardh",
    "Çerdhja e fëmijëve: ëndrra e çdo prindi",
    "Dnevni centar za starije osobe – Đakovica, Šabac, Žabalj",
    "Дневни центар за старије особе у општини",
    "Save the Children & Terre des hommes <b>partner</b>",
    "Takimi 🙂 me grupin 👩‍👩‍👧 — ok",
    "",
    "x" * 300,
    "Aktiviteti 1.2: vazhdimisht 2025–2027",
)


class Monkey:
    def __init__(self, seed: int, steps: int, window, qapp) -> None:
        self.rng = random.Random(seed)
        self.seed, self.steps = seed, steps
        self.window, self.app = window, qapp
        self.log: deque[str] = deque(maxlen=25)
        self.done = 0
        self.actions: list[tuple[int, Callable[[], str]]] = [
            (14, self.select_tree),
            (8, self.grid_filter),
            (3, self.grid_sort),
            (8, self.grid_select),
            (14, self.type_in_field),
            (6, self.edit_grid_cell),
            (4, self.add_activity),
            (3, self.delete_activity),
            (4, self.move_activity),
            (5, self.tree_edit),
            (7, self.undo),
            (4, self.redo),
            (3, self.content_language),
            (1, self.interface_language),
            (2, self.serbian_script),
            (3, self.open_tab),
            (2, self.toggle_panels),
            (2, self.open_dialog),
        ]
        self.weights = [w for w, _ in self.actions]

    # -- helpers -----------------------------------------------------------------------------------
    def settle(self) -> None:
        from tests.gui.walk import settle

        settle()

    def pick(self, items: list):
        return items[self.rng.randrange(len(items))] if items else None

    @property
    def grid(self):
        return self.window.edit_area.grid

    def visible_fields(self) -> list:
        from desktop.gui.widgets.text_field import MultilingualTextField

        area = self.window.edit_area
        return [
            f
            for f in area.findChildren(MultilingualTextField)
            if f.isVisible() and f.editor.isEnabled() and not f.editor.isReadOnly()
        ]

    # -- actions -----------------------------------------------------------------------------------
    def select_tree(self) -> str:
        from tests.gui.walk import tree_indexes

        indexes = list(tree_indexes(self.window))
        index = self.pick(indexes)
        self.window.tree.setCurrentIndex(index)
        return f"select {self.window.tree_model.kind(index)} {self.window.tree_model.label(index)[:30]!r}"

    def grid_filter(self) -> str:
        grid = self.grid
        combo = self.pick([grid.objective_combo, grid.year_combo, grid.source_combo, grid.group_combo])
        if combo.count() == 0:
            return "filter: empty combo"
        i = self.rng.randrange(combo.count())
        combo.setCurrentIndex(i)
        if self.rng.random() < 0.15:
            grid.responsible_combo.setEditText(self.pick(["", "Drejtoria", "QPS", "zz"]))
        return f"filter {combo.objectName()} = {combo.itemText(i)[:30]!r}"

    def grid_sort(self) -> str:
        header = self.grid.view.horizontalHeader()
        column = self.rng.randrange(header.count())
        from PySide6.QtCore import Qt

        order = self.pick([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
        header.setSortIndicator(column, order)
        return f"sort column {column} {order.name}"

    def grid_select(self) -> str:
        view = self.grid.view
        rows = view.model().rowCount()
        if not rows:
            return "grid: no rows"
        row, column = self.rng.randrange(rows), self.rng.randrange(view.model().columnCount())
        view.setCurrentIndex(view.model().index(row, column))
        return f"grid select {row},{column}"

    def type_in_field(self) -> str:
        fields = self.visible_fields()
        field = self.pick(fields)
        if field is None:
            return "type: no field"
        text = self.pick(TEXTS)
        editor = field.editor
        editor.setFocus()
        if hasattr(editor, "setPlainText"):
            editor.setPlainText(text)
        else:
            editor.setText(text)
        self.window.controller.close_merge()
        return f"type {field.field} {text[:20]!r}"

    def edit_grid_cell(self) -> str:
        from PySide6.QtCore import Qt

        view = self.grid.view
        model = view.model()
        if not model.rowCount():
            return "grid edit: no rows"
        index = model.index(self.rng.randrange(model.rowCount()), self.rng.randrange(model.columnCount()))
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return "grid edit: not editable"
        value = self.pick([*TEXTS[:4], "2025-H1", "2026", "12.500", "abc", ""])
        model.setData(index, value, Qt.ItemDataRole.EditRole)
        return f"grid edit {index.row()},{index.column()} = {value[:20]!r}"

    def add_activity(self) -> str:
        action = self.pick([self.grid.add_action, self.grid.insert_above_action, self.grid.duplicate_action])
        if action.isEnabled():
            action.trigger()
        return f"grid {action.objectName()}"

    def delete_activity(self) -> str:
        if self.grid.delete_action.isEnabled():
            self.grid.delete_action.trigger()
        return "grid delete"

    def move_activity(self) -> str:
        action = self.pick([self.grid.move_up_action, self.grid.move_down_action])
        if action.isEnabled():
            action.trigger()
        return f"grid {action.objectName()}"

    def tree_edit(self) -> str:
        """Add, rename, move or delete the tree's current item with the tree's own actions."""
        actions = self.window.tree_actions.actions
        key = self.pick(sorted(actions))
        if actions[key].isEnabled():
            actions[key].trigger()
        return f"tree {key}"

    def undo(self) -> str:
        self.window.undo_action.trigger()
        return "undo"

    def redo(self) -> str:
        self.window.redo_action.trigger()
        return "redo"

    def content_language(self) -> str:
        combo = self.pick([self.window.language_combo, self.window.reference_combo])
        i = self.rng.randrange(combo.count())
        combo.setCurrentIndex(i)
        return f"{combo.objectName()} = {combo.itemData(i)}"

    def interface_language(self) -> str:
        from desktop import i18n

        lang = self.pick(list(i18n.UI_LANGUAGES))
        self.window.set_interface_language(lang)
        return f"interface language {lang}"

    def serbian_script(self) -> str:
        from desktop.gui.translation.serbian_script import SCRIPTS

        script = self.pick(list(SCRIPTS))
        self.window.set_serbian_script(script)
        return f"show Serbian {script}"

    def open_tab(self) -> str:
        area = self.window.edit_area
        i = self.rng.randrange(area.count())
        area.setCurrentIndex(i)
        if self.window.bottom is not None and self.window.dock.isVisible():
            self.window.bottom.setCurrentIndex(self.rng.randrange(self.window.bottom.count()))
        return f"tab {i}"

    def toggle_panels(self) -> str:
        self.window.panels_action.trigger()
        return "panels"

    def open_dialog(self) -> str:
        from tests.gui.walk import DialogCloser, Findings, menu_actions

        actions = [
            a
            for a in menu_actions(self.window)
            if a.isEnabled()
            and a.objectName() not in ("quit", "close", "new", "open", "save", "save_as", "undo", "redo")
            and not a.objectName().startswith(("ui_language_", "recent", "convert_to", "script_"))
        ]
        action = self.pick(actions)
        if action is None:
            return "dialog: none"
        before = set(self.app.topLevelWidgets())
        with DialogCloser(Findings(), lambda _w: None):
            action.trigger()
            self.settle()
        for widget in self.app.topLevelWidgets():
            if widget not in before and widget.isVisible() and widget is not self.window:
                widget.close()
        return f"menu {action.objectName()}"

    # -- the run -----------------------------------------------------------------------------------
    def run(self, watch) -> None:
        from tests.gui.walk import DialogCloser, Findings

        # Confirmations (delete several rows, an objective with activities) are answered as a user
        # might: the closer cancels them, so both the question and the refusal path are exercised.
        with DialogCloser(Findings(), lambda _w: None):
            for step in range(self.steps):
                _weight, action = self.rng.choices(self.actions, self.weights)[0]
                name = action.__name__
                try:
                    said = action()
                except Exception as exc:
                    self.log.append(f"{step}: {name} raised {exc!r}")
                    raise
                self.log.append(f"{step}: {said}")
                self.settle()
                if watch.errors:
                    raise AssertionError(f"step {step} ({said}):\n{watch.errors[0]}")
                self.done = step + 1


def document_json(doc) -> str:
    import json

    from desktop.core.serialize import document_to_dict

    return json.dumps(document_to_dict(doc, personal=True), sort_keys=True, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=2000)
    args = parser.parse_args(argv)
    faulthandler.enable()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = tempfile.mkdtemp(prefix="plan-monkey-")
    os.environ["PLAN_DATA_DIR"] = data

    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.core.integrity import check_document
    from desktop.gui.main_window import MainWindow
    from desktop.gui.qt_translator import CatalogueTranslator
    from desktop.gui.widgets import messages
    from tests.gui.walk import ErrorWatch

    app = QApplication.instance() or QApplication([])
    translator = CatalogueTranslator()
    app.installTranslator(translator)
    messages.ask_save_changes = lambda *_a: messages.SaveChoice.DISCARD
    i18n.set_language("sq")
    watch = ErrorWatch()
    watch.install()
    window = MainWindow()
    window.resize(1024, 600)
    window.show()
    assert window.open_demo()
    start = document_json(window.session.doc)
    monkey = Monkey(args.seed, args.steps, window, app)
    began = time.monotonic()
    try:
        monkey.run(watch)
        window.controller.close_merge()
        memory = document_json(window.session.doc)
        on_disk = window.session.repo.load()
        problems = check_document(on_disk)
        assert not problems, f"the stored document fails the check: {problems[:3]}"
        assert document_json(on_disk) == memory, "the stored document differs from the one in memory"
        stack = window.controller.undo_stack
        while stack.canUndo():
            stack.undo()
        assert document_json(window.session.doc) == start, "undoing every step did not give back the start"
        assert document_json(window.session.repo.load()) == start, "the stored start differs after undoing"
        assert not watch.errors, watch.errors[0]
    except BaseException as exc:
        print(f"monkey seed {args.seed}: FAILED after {monkey.done} clean actions: {exc}", file=sys.stderr)
        print("last actions:\n  " + "\n  ".join(monkey.log), file=sys.stderr)
        print(f"the plan and its working copy are in {data}", file=sys.stderr)
        return 1
    finally:
        watch.uninstall()
    took = time.monotonic() - began
    window.session.close()
    window.session = None
    shutil.rmtree(data, ignore_errors=True)  # kept after a failure, to look at
    print(f"monkey seed {args.seed}: {monkey.done} actions clean in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
