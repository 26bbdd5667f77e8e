"""What the plan tree offers: add, rename, move and delete items, by context menu, toolbar and keys.

Insert adds what fits the current row (a sibling after it, or a child of a folder), Ctrl+Insert adds a
sub-chapter under a chapter or a priority under an objective or priority, F2 renames (the title in the
writing language, in the item's form), Ctrl+Up/Down move (a chapter among its siblings, a top-level chapter
or a part of the document in the outline), Ctrl+Right/Left indent and outdent a chapter or an activity,
Delete deletes (asking first when the item has contents; Ctrl+Z brings it back). Chapters and parts also
move by drag and drop (see PlanTreeView). Every change is one named core operation run through the
controller, so each is an undo step.

Action plans: the rest of the plan (grid, reviews, PDF, totals) works on the one action plan in force;
further plans are the revised versions a closed review creates. So the tree renames an action plan but
does not add, move or delete one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton, QVBoxLayout, QWidget

from desktop.core import activity_levels, chapters
from desktop.core import operations as op
from desktop.core.model import PART_ANNEXES, Activity, Entity, Figure, Objective, Priority, Section, TargetGroup
from desktop.core.operations import Change, frozen_reason
from desktop.core.outline import top_level
from desktop.gui.plan.figure_editor import choose_image
from desktop.gui.plan.tree_model import OBJECTIVES, PART_OF_KIND, PLAN_OBJECTIVE, PLAN_PRIORITIES, TARGET_GROUPS
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import first_line, title_of
from desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from desktop.gui.window_api import PlanWindow

ADD, ADD_CHILD, RENAME, UP, DOWN, DELETE = "add", "add_child", "rename", "move_up", "move_down", "delete"
INDENT, OUTDENT, FIGURE = "indent", "outdent", "add_figure"
KEYS = {
    ADD: "Insert",
    ADD_CHILD: "Ctrl+Insert",
    RENAME: "F2",
    UP: "Ctrl+Up",
    DOWN: "Ctrl+Down",
    INDENT: "Ctrl+Right",
    OUTDENT: "Ctrl+Left",
    DELETE: "Delete",
    FIGURE: "",
}
# The order of the actions in the toolbar and the menus; None is a separator in the menus.
MENU_ORDER = (ADD, ADD_CHILD, FIGURE, None, RENAME, UP, DOWN, INDENT, OUTDENT, None, DELETE)
# The text field F2 edits, per row kind (the form's field of that name).
TITLE_FIELDS = {
    "municipality": "name",
    "strategy": "title",
    "section": "title",
    "figure": "caption",
    "objective": "title",
    "priority": "title",
    "target_group": "name",
    "action_plan": "title",
    "activity": "title",
}


@dataclass
class Command:
    """One thing the tree can do with its current row: the words for it, and the deed."""

    label: str
    run: Callable[[], object] | None = None  # None: not offered here
    tip: str = ""

    @property
    def enabled(self) -> bool:
        return self.run is not None


class TreeActions(QObject):
    """The tree's editing actions; owns the panel with the small toolbar above the tree."""

    def __init__(self, window: PlanWindow) -> None:
        super().__init__(window.tree)
        self.window = window
        self.tree = window.tree
        self.model = window.tree_model
        self.actions: dict[str, QAction] = {}
        short = {
            ADD: _("Add"),
            ADD_CHILD: _("Add under"),
            FIGURE: _("Figure…"),
            RENAME: _("Rename"),
            UP: _("Up"),
            DOWN: _("Down"),
            INDENT: _("Indent"),
            OUTDENT: _("Outdent"),
            DELETE: _("Delete"),
        }
        for key, text in short.items():
            action = QAction(text, self.tree)
            action.setObjectName(f"tree_{key}")
            if KEYS[key]:
                action.setShortcut(QKeySequence(KEYS[key]))
            # Only while the tree has focus: in a form or the grid these keys belong to the text or the grid.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, k=key: self.trigger(k))
            self.tree.addAction(action)
            self.actions[key] = action

        self.toolbar = QToolBar(_("Plan items"))
        self.toolbar.setObjectName("tree_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setIconSize(QSize(16, 16))  # the arrows, as small as the text beside them
        # Moves and levels as arrows (their names in the tooltip with the keys), so the bar fits the tree's width;
        # a figure is added from the menus: rarer, and the bar is short.
        arrows = {
            UP: QStyle.StandardPixmap.SP_ArrowUp,
            DOWN: QStyle.StandardPixmap.SP_ArrowDown,
            INDENT: QStyle.StandardPixmap.SP_ArrowRight,
            OUTDENT: QStyle.StandardPixmap.SP_ArrowLeft,
        }
        for key in MENU_ORDER:
            if key is None or key == FIGURE:
                continue
            action = self.actions[key]
            if key not in arrows:
                self.toolbar.addAction(action)
                continue
            action.setIcon(self.tree.style().standardIcon(arrows[key]))
            button = QToolButton(self.toolbar)
            button.setObjectName(f"tree_button_{key}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            self.toolbar.addWidget(button)
        self.panel = QWidget()
        self.panel.setObjectName("tree_panel")
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree)

        self.model.drop_handler = self.drop
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.show_context_menu)
        self.tree.selectionModel().currentChanged.connect(lambda *_args: self.update_actions())
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.layoutChanged):
            signal.connect(lambda *_args: self.update_actions())
        # Bound methods, not lambdas: Qt drops them with this object when the window is rebuilt
        # (interface language), where a lambda would reach the deleted tree.
        window.document_opened.connect(self._document_opened)
        window.document_closed.connect(self.update_actions)

        self.menu = QMenu(_("Plan &item"), self.tree)  # goes with the tree when the window is rebuilt
        self.menu.setObjectName("tree_menu")
        self.menu.aboutToShow.connect(lambda: self.fill_menu(self.menu, self.tree.currentIndex()))
        edit_menu = next(
            (a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().objectName() == "edit_menu"), None
        )
        if edit_menu is not None:
            edit_menu.insertMenu(edit_menu.actions()[3] if len(edit_menu.actions()) > 3 else None, self.menu)
        self._return_filter: _BackToTree | None = None
        self._index = QModelIndex()
        self.update_actions()

    # -- state -----------------------------------------------------------------------------------
    @property
    def controller(self):
        return self.window.controller

    def writable(self) -> bool:
        return self.controller is not None and not self.controller.read_only

    def commands(self, index: QModelIndex | None = None) -> dict[str, Command]:
        """What each action does on a row (the current one by default); disabled ones say why not."""
        index = self.tree.currentIndex() if index is None else index
        none = {key: Command(label) for key, label in self._generic_labels().items()}
        if not index.isValid() or self.controller is None:
            return none
        kind, eid = self.model.kind(index), self.model.entity_id(index)
        doc = self.controller.doc
        entity = doc.find(eid) if eid else None
        out = dict(none)
        if kind in TITLE_FIELDS and entity is not None:
            out[RENAME] = Command(_("Rename"), lambda: self.rename(index), _("Edit the title in the writing language"))
        if kind == PLAN_OBJECTIVE and entity is not None:
            out[RENAME] = Command(_("Rename objective"), lambda: self.rename(index))
        if not self.writable():
            return {key: Command(c.label, None, _("This plan is open read-only")) for key, c in out.items()}
        self._index = index
        builders = {
            "strategy": self._on_strategy,
            "section": self._on_section,
            "figure": self._on_figure,
            OBJECTIVES: self._on_objectives_part,
            PLAN_PRIORITIES: self._on_plan_priorities,
            "objective": self._on_objective,
            PLAN_OBJECTIVE: self._on_plan_objective,
            "priority": self._on_priority,
            TARGET_GROUPS: self._on_groups_folder,
            "target_group": self._on_target_group,
            "activity": self._on_activity,
            "action_plan": self._on_action_plan,
        }
        if kind in builders:
            out.update(builders[kind](entity))
        # A closed plan or a revised version kept as adopted: nothing changes there.
        reason = frozen_reason(doc, entity if entity is not None else TargetGroup())
        if reason:
            out = {key: Command(c.label, None, _(reason)) for key, c in out.items()}
        return out

    def _document_opened(self, _path: str) -> None:
        self.update_actions()

    def update_actions(self) -> None:
        commands = self.commands()
        for key, action in self.actions.items():
            command = commands[key]
            action.setEnabled(command.enabled)
            keys = QKeySequence(KEYS[key]).toString(QKeySequence.SequenceFormat.NativeText)
            tip = command.label if command.enabled or not command.tip else f"{command.label}: {command.tip}"
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)

    def trigger(self, key: str) -> None:
        command = self.commands()[key]
        if command.run is None:
            if command.tip:
                self.window.statusBar().showMessage(command.tip, 6000)
            return
        command.run()

    def fill_menu(self, menu: QMenu, index: QModelIndex) -> None:
        """The actions for a row, named for what they do there ("Add target group")."""
        menu.clear()
        commands = self.commands(index)
        for key in MENU_ORDER:
            if key is None:
                menu.addSeparator()
                continue
            command = commands[key]
            if key == FIGURE and not command.enabled:
                continue  # only chapters and figures take figures
            keys = QKeySequence(KEYS[key]).toString(QKeySequence.SequenceFormat.NativeText)
            action = menu.addAction(f"{command.label}\t{keys}" if keys else command.label)
            action.setObjectName(f"menu_{key}")
            action.setEnabled(command.enabled)
            if command.tip:
                action.setToolTip(command.tip)
            if command.run is not None:
                action.triggered.connect(lambda _checked=False, run=command.run: run())
        menu.setToolTipsVisible(True)

    def show_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)  # the menu acts on the row clicked, shown on the right too
        menu = QMenu(self.tree)
        menu.setObjectName("tree_context_menu")
        self.fill_menu(menu, self.tree.currentIndex())
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- what each kind of row offers ------------------------------------------------------------
    @staticmethod
    def _generic_labels() -> dict[str, str]:
        return {
            ADD: _("Add"),
            ADD_CHILD: _("Add under"),
            RENAME: _("Rename"),
            FIGURE: _("Add figure…"),
            UP: _("Move up"),
            DOWN: _("Move down"),
            INDENT: _("Indent"),
            OUTDENT: _("Outdent"),
            DELETE: _("Delete"),
        }

    def _moves(self, siblings: list[Entity], entity: Entity, move: Callable[[int], object]) -> dict[str, Command]:
        at = siblings.index(entity)
        return {
            UP: Command(_("Move up"), (lambda: move(at - 1)) if at > 0 else None, _("Already the first")),
            DOWN: Command(
                _("Move down"), (lambda: move(at + 1)) if at < len(siblings) - 1 else None, _("Already the last")
            ),
        }

    def _on_strategy(self, strategy) -> dict[str, Command]:
        return {
            ADD: Command(_("Add objective"), lambda: self.add(op.add_objective, kind="objective")),
            ADD_CHILD: Command(_("Add chapter"), lambda: self.add(chapters.add_chapter, None, kind="section")),
        }

    def _outline_moves(self, key: str, kind: str, entity_id: str | None) -> dict[str, Command]:
        """Up and down among the document's top-level chapters and parts (the annexes have no row here)."""
        order = top_level(self.controller.doc)
        shown = [k for k in order if k != PART_ANNEXES]
        at = shown.index(key)

        def move(other: str) -> None:
            if self.controller.apply(chapters.move_in_outline, key, order.index(other)) is not None:
                self.window.select_entity(entity_id, kind)

        return {
            UP: Command(_("Move up"), (lambda: move(shown[at - 1])) if at > 0 else None, _("Already the first")),
            DOWN: Command(
                _("Move down"), (lambda: move(shown[at + 1])) if at < len(shown) - 1 else None, _("Already the last")
            ),
        }

    def _on_section(self, section: Section) -> dict[str, Command]:
        doc = self.controller.doc
        parent = doc.parent_of(section)
        siblings = parent.sections
        at = siblings.index(section)
        parent_id = parent.id if isinstance(parent, Section) else None
        out = {
            ADD: Command(
                _("Add chapter"), lambda: self.add(chapters.add_chapter, parent_id, index=at + 1, kind="section")
            ),
            ADD_CHILD: Command(
                _("Add sub-chapter"), lambda: self.add(chapters.add_chapter, section.id, kind="section")
            ),
            FIGURE: Command(_("Add figure…"), lambda: self.add_figure(section)),
            INDENT: Command(
                _("Indent"),
                (lambda: self.level(chapters.indent_chapter, section, "section")) if at > 0 else None,
                _("The first chapter at its level has no chapter above it to go under"),
            ),
            OUTDENT: Command(
                _("Outdent"),
                (lambda: self.level(chapters.outdent_chapter, section, "section")) if parent_id else None,
                _("Already a chapter of the top level"),
            ),
            DELETE: Command(_("Delete chapter"), lambda: self.delete(chapters.delete_chapter, section, "section")),
        }
        if parent_id is None:
            out.update(self._outline_moves(section.id, "section", section.id))
        else:
            out.update(
                self._moves(
                    siblings, section, lambda i: self.move(chapters.place_chapter, section, i, "section", parent_id)
                )
            )
        return out

    def _on_figure(self, figure: Figure) -> dict[str, Command]:
        section = self.controller.doc.parent_of(figure)
        at = section.figures.index(figure)
        return {
            ADD: Command(_("Add figure…"), lambda: self.add_figure(section, at + 1)),
            FIGURE: Command(_("Add figure…"), lambda: self.add_figure(section, at + 1)),
            DELETE: Command(_("Delete figure"), lambda: self.delete(chapters.delete_figure, figure, "figure")),
        }

    def _on_objectives_part(self, _none) -> dict[str, Command]:
        return {
            ADD: Command(_("Add objective"), lambda: self.add(op.add_objective, kind="objective")),
            **self._outline_moves(PART_OF_KIND[OBJECTIVES], OBJECTIVES, None),
        }

    def _on_plan_priorities(self, _none) -> dict[str, Command]:
        return {ADD: Command(_("Add priority"), lambda: self.add(chapters.add_plan_priority, kind="priority"))}

    def _on_objective(self, objective: Objective, kind: str = "objective") -> dict[str, Command]:
        objectives = self.controller.doc.objectives
        at = objectives.index(objective)
        return {
            ADD: Command(_("Add objective"), lambda: self.add(op.add_objective, index=at + 1, kind="objective")),
            ADD_CHILD: Command(_("Add priority"), lambda: self.add(op.add_priority, objective.id, kind="priority")),
            **self._moves(objectives, objective, lambda i: self.move(op.move_objective, objective, i, kind)),
            DELETE: Command(_("Delete objective"), lambda: self.delete(op.delete_objective, objective, kind)),
        }

    def _on_plan_objective(self, objective: Objective) -> dict[str, Command]:
        """An objective shown under the action plan: Insert adds an activity to it."""
        out = self._on_objective(objective, PLAN_OBJECTIVE)
        plan = self._plan_of_current()
        kept = _("this version of the action plan was revised: it is kept as it was")
        out[ADD] = Command(_("Add activity"), None, kept)
        if plan is not None and frozen_reason(self.controller.doc, plan) is None:
            out[ADD] = Command(
                _("Add activity"), lambda: self.add(op.add_activity, plan.id, objective.id, kind="activity")
            )
        return out

    def _on_priority(self, priority: Priority) -> dict[str, Command]:
        parent = self.controller.doc.parent_of(priority)
        siblings = parent.priorities
        at = siblings.index(priority)
        if parent is self.controller.doc.strategy:  # a priority of the plan as a whole
            add = Command(
                _("Add priority"), lambda: self.add(chapters.add_plan_priority, index=at + 1, kind="priority")
            )
        else:
            add = Command(
                _("Add priority"), lambda: self.add(op.add_priority, parent.id, index=at + 1, kind="priority")
            )
        return {
            ADD: add,
            ADD_CHILD: Command(_("Add sub-priority"), lambda: self.add(op.add_priority, priority.id, kind="priority")),
            **self._moves(siblings, priority, lambda i: self.move(op.move_priority, priority, i, "priority")),
            DELETE: Command(_("Delete priority"), lambda: self.delete(op.delete_priority, priority, "priority")),
        }

    def _on_groups_folder(self, _none) -> dict[str, Command]:
        return {
            ADD: Command(_("Add target group"), lambda: self.add(op.add_target_group, kind="target_group")),
            **self._outline_moves(PART_OF_KIND[TARGET_GROUPS], TARGET_GROUPS, None),
        }

    def _on_target_group(self, group: TargetGroup) -> dict[str, Command]:
        groups = self.controller.doc.target_groups
        at = groups.index(group)
        return {
            ADD: Command(
                _("Add target group"), lambda: self.add(op.add_target_group, index=at + 1, kind="target_group")
            ),
            **self._moves(groups, group, lambda i: self.move(op.move_target_group, group, i, "target_group")),
            DELETE: Command(
                _("Delete target group"), lambda: self.delete(op.delete_target_group, group, "target_group")
            ),
        }

    def _on_activity(self, act: Activity) -> dict[str, Command]:
        doc = self.controller.doc
        plan = doc.parent_of(act)
        flat = doc.activities_of(plan, doc.get(act.objective_id))
        siblings = [a for a in flat if a.parent_id == act.parent_id]  # its level, under the same parent
        at = siblings.index(act)

        def move(i: int) -> None:
            # move_activity takes a place among the objective's activities once the moved family is out.
            rest = [a for a in flat if a not in plan.family(act)]
            other = siblings[i]
            index = rest.index(other) + (len(plan.family(other)) if i > at else 0)
            self.move(op.move_activity, act, index, "activity", act.objective_id)

        if act.parent_id:  # beside a sub-activity: another one under the same parent
            add = Command(
                _("Add sub-activity"),
                lambda: self.add(activity_levels.add_sub_activity, act.parent_id, kind="activity"),
            )
        else:  # after the activity and its sub-activities
            after = flat.index(plan.family(act)[-1]) + 1
            add = Command(
                _("Add activity"),
                lambda: self.add(op.add_activity, plan.id, act.objective_id, index=after, kind="activity"),
            )
        return {
            ADD: add,
            ADD_CHILD: Command(
                _("Add sub-activity"),
                lambda: self.add(activity_levels.add_sub_activity, act.id, kind="activity"),
            ),
            **self._moves(siblings, act, move),
            INDENT: Command(
                _("Indent"),
                (lambda: self.level(activity_levels.indent_activity, act, "activity")) if at > 0 else None,
                _("The first activity at its level has no activity above it to go under"),
            ),
            OUTDENT: Command(
                _("Outdent"),
                (lambda: self.level(activity_levels.outdent_activity, act, "activity")) if act.parent_id else None,
                _("Already an activity of the top level"),
            ),
            DELETE: Command(_("Delete activity"), lambda: self.delete(op.delete_activity, act, "activity")),
        }

    def _on_action_plan(self, plan) -> dict[str, Command]:
        why = _("A plan has one action plan; a revised version is made from a closed review (the Review tab)")
        return {
            ADD: Command(_("Add action plan"), None, why),
            **self._outline_moves(PART_OF_KIND["action_plan"], "action_plan", plan.id),
            DELETE: Command(_("Delete action plan"), None, why),
        }

    def _plan_of_current(self):
        parent = self._index.parent()
        eid = self.model.entity_id(parent) if parent.isValid() else None
        return self.controller.doc.find(eid) if eid else None

    # -- the deeds -------------------------------------------------------------------------------
    def add(self, operation: Callable[..., Change], *args, kind: str, **kwargs) -> str:
        """Add an item, select it and put the cursor in its title. Its id, or "" when refused."""
        change = self.controller.apply(operation, *args, **kwargs)
        if change is None or not change.upserted:
            return ""
        new_id = change.upserted[0]
        if self.window.select_entity(new_id, kind):
            self.rename(self.tree.currentIndex())
        return new_id

    def move(self, operation: Callable[..., Change], entity: Entity, index: int, kind: str, *extra: str) -> bool:
        """Move an item among its siblings; the tree stays on it."""
        args = (entity.id, *extra, index)
        if self.controller.apply(operation, *args) is None:
            return False
        self.window.select_entity(entity.id, kind)
        return True

    def drop(self, key: str, parent: QModelIndex, row: int) -> bool:
        """A chapter or part dropped at `row` among the children of `parent` (the top level when invalid;
        -1: onto the row itself, as its last child)."""
        if not self.writable():
            return False
        doc = self.controller.doc
        section = doc.find(key)
        section = section if isinstance(section, Section) else None
        if parent.isValid():  # into a chapter: a sub-chapter there (its figures come first in the tree)
            target = doc.find(self.model.entity_id(parent) or "")
            if section is None or not isinstance(target, Section):
                return False
            rows = [self.model.index(r, 0, parent) for r in range(self.model.rowCount(parent))]
            before = [i for i in rows[: row if row >= 0 else len(rows)] if self.model.kind(i) == "section"]
            index = len([i for i in before if self.model.entity_id(i) != key])
            change = self.controller.apply(chapters.place_chapter, key, target.id, index)
        else:
            rows = [self.model.index(r, 0) for r in range(self.model.rowCount())]
            keys_after = [self.model.outline_key(i) for i in rows[row if row >= 0 else len(rows) :]]
            if section is not None and doc.parent_of(section) is not doc.strategy:
                # A sub-chapter brought to the top level: after the top-level chapters above the drop.
                above = [self.model.entity_id(i) for i in rows[: max(row, 0)] if self.model.kind(i) == "section"]
                change = self.controller.apply(chapters.place_chapter, key, None, len(above))
            else:
                order = [k for k in top_level(doc) if k != key]
                following = next((k for k in keys_after if k and k != key), None)
                index = order.index(following) if following in order else len(order)
                if index > len(order) - 1 and PART_ANNEXES in order:
                    index = order.index(PART_ANNEXES)  # the annexes stay last unless placed
                change = self.controller.apply(chapters.move_in_outline, key, min(index, len(order)))
        if change is None:
            return False
        kind = "section" if section is not None else next(k for k, part in PART_OF_KIND.items() if part == key)
        entity_id = key if section is not None else (doc.action_plan.id if kind == "action_plan" else None)
        self.window.select_entity(entity_id, kind)
        return True

    def level(self, operation: Callable[..., Change], entity: Entity, kind: str) -> bool:
        """Indent or outdent a chapter or an activity; the tree stays on it."""
        if self.controller.apply(operation, entity.id) is None:
            return False
        self.window.select_entity(entity.id, kind)
        return True

    def add_figure(self, section: Section, index: int | None = None) -> str:
        """Ask for an image and place it in the chapter; the cursor goes to its caption. Its id, or ""."""
        image, problem = choose_image(self.window, self.controller.session.path)
        if problem:
            messages.show_error(self.window, problem)
        if image is None:
            return ""
        refused: list[str] = []
        self.controller.operation_refused.connect(refused.append)
        try:
            new_id = self.add(chapters.add_figure, section.id, image, index=index, kind="figure")
        finally:
            self.controller.operation_refused.disconnect(refused.append)
        if refused:  # not a PNG or JPEG, or too large: the operation says which
            messages.show_error(self.window, refused[0])
        return new_id

    def delete(self, operation: Callable[..., Change], entity: Entity, kind: str) -> bool:
        """Delete an item (asking first when it holds more than its title); the tree moves to a neighbour."""
        name = self._name(entity)
        contents = self._contents(entity)
        if contents and not self._confirm_delete(name, contents):
            return False
        neighbour = self._neighbour(self.tree.currentIndex())
        if self.controller.apply(operation, entity.id) is None:
            return False
        index = self.model.index_of(*neighbour) if neighbour else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.window.statusBar().showMessage(
            _("Deleted “{name}”. {undo} brings it back.").format(name=name, undo=undo), 10000
        )
        return True

    def rename(self, index: QModelIndex) -> bool:
        """Show the item's form and put the cursor in its title, in the writing language."""
        kind = self.model.kind(index)
        eid = self.model.entity_id(index)
        if kind == PLAN_OBJECTIVE:
            if not self.window.select_entity(eid, "objective"):
                return False
            kind = "objective"
        elif index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)
        area = self.window.edit_area
        if area is None or kind not in TITLE_FIELDS:
            return False
        area.setCurrentIndex(0)  # the Edit tab
        back = None
        if kind == "action_plan":
            # The plan's row shows its grid; its title and period are on the plan's own page, shown for the
            # rename (Enter or Escape goes back to the tree and the grid).
            area.stack.setCurrentWidget(area.entity_editor)
            area.entity_editor.show_entity(eid)
            back = lambda: area.show_item("action_plan", eid)  # noqa: E731
        if kind == "activity":
            field = area.activity_panel.title
        else:
            page = area.entity_editor.pages.get(kind)
            field = getattr(page, TITLE_FIELDS[kind], None) if page is not None else None
        if field is None:
            return False
        editor = field.editor
        editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        editor.selectAll()
        # Enter or Escape in the title goes back to the tree, so the next Insert or F2 works from the keyboard.
        if self._return_filter is not None and shiboken6.isValid(self._return_filter):
            self._return_filter.release()
        self._return_filter = _BackToTree(editor, self.tree, back)
        return True

    # -- helpers ---------------------------------------------------------------------------------
    def _name(self, entity: Entity) -> str:
        lang = self.window.content_language
        number = self.controller.doc.numbers().get(entity.id)
        text = first_line(title_of(entity, lang)[0], 80)
        return f"{number} {text}" if number else text

    def _contents(self, entity: Entity) -> list[str]:
        """What goes with an item besides its title, in words; empty when there is nothing more."""
        doc = self.controller.doc
        out: list[str] = []
        if isinstance(entity, Objective | Priority):
            count = sum(1 for p in entity.priorities for _e in p.walk())
            if count:
                out.append(ngettext("{n} priority", "{n} priorities", count).format(n=count))
        if isinstance(entity, Objective):
            count = sum(len(doc.activities_of(plan, entity)) for plan in doc.action_plans)
            if count:
                out.append(ngettext("{n} activity", "{n} activities", count).format(n=count))
        if isinstance(entity, Section):
            count = sum(1 for s in entity.sections for e in s.walk() if isinstance(e, Section))
            if count:
                out.append(ngettext("{n} sub-chapter", "{n} sub-chapters", count).format(n=count))
            count = sum(1 for e in entity.walk() if isinstance(e, Figure))
            if count:
                out.append(ngettext("{n} figure", "{n} figures", count).format(n=count))
            if not entity.body.is_empty():
                out.append(_("its text"))
        if isinstance(entity, TargetGroup):
            count = sum(entity.id in a.target_group_ids for p in doc.action_plans for a in p.activities)
            if count:
                out.append(ngettext("its place in {n} activity", "its place in {n} activities", count).format(n=count))
        if isinstance(entity, Activity):
            if entity.budget_lines:
                n = len(entity.budget_lines)
                out.append(ngettext("{n} budget line", "{n} budget lines", n).format(n=n))
            if entity.indicators:
                n = len(entity.indicators)
                out.append(ngettext("{n} indicator", "{n} indicators", n).format(n=n))
        return out

    def _confirm_delete(self, name: str, contents: list[str]) -> bool:
        details = _("Goes with it: {contents}.").format(contents=", ".join(contents))
        return messages.confirm_delete(self.window, _("Delete “{name}”?").format(name=name), details)

    def _neighbour(self, index: QModelIndex) -> tuple[str | None, str | None] | None:
        """The row to stay on after deleting `index`: the next sibling, else the one before, else the parent."""
        parent = index.parent()
        for row in (index.row() + 1, index.row() - 1):
            other = self.model.index(row, 0, parent)
            if other.isValid():
                return self.model.entity_id(other), self.model.kind(other)
        if parent.isValid():
            return self.model.entity_id(parent), self.model.kind(parent)
        return None


class _BackToTree(QObject):
    """Watches a title box the tree sent the cursor to: Enter or Escape returns to the tree."""

    def __init__(self, editor: QWidget, tree: QWidget, back: Callable[[], object] | None = None) -> None:
        super().__init__(editor)
        self.editor, self.tree, self.back = editor, tree, back
        editor.installEventFilter(self)

    def release(self) -> None:
        self.editor.removeEventFilter(self)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
        ):
            if self.back is not None:
                QTimer.singleShot(0, self.back)
            QTimer.singleShot(0, self.tree.setFocus)
            self.release()
            return True
        if event.type() == QEvent.Type.FocusOut:
            self.release()
        return False
