"""The plan's structure as a Qt item model: municipality, strategy (with the plan's own priorities), then the
document's outline in its order (chapters nested to any depth with their figures, the objectives, the target
groups, the action plans), then the decision and the group's work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.model import (
    PART_ACTION_PLANS,
    PART_ANNEXES,
    PART_OBJECTIVES,
    PART_TARGET_GROUPS,
    Document,
    Entity,
    Figure,
    Priority,
    Section,
)
from desktop.core.operations import Change
from desktop.core.outline import figures, printed_chapters, printed_parts, top_level
from desktop.gui.translation.serbian_script import best_in, show
from desktop.gui.widgets.display import (
    KIND_NAMES,
    dated_title,
    first_line,
    language_name,
    numbered,
    plan_label,
    title_of,
)
from desktop.i18n import N_, _

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
# The language a row's label is really shown in (differs from the chosen one when it falls back).
SHOWN_LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 3

# Row kinds that are not entities: the folders and an objective repeated under a plan.
TARGET_GROUPS = "target_groups"
OBJECTIVES = "objectives"  # the objectives' part of the outline
PLAN_PRIORITIES = "plan_priorities"  # the priorities of the plan as a whole, under the strategy
PLAN_OBJECTIVE = "plan_objective"
MEMBERS, MEETINGS, CONSULTATIONS, VERSIONS = "members", "meetings", "consultations", "versions"
FOLDERS = (TARGET_GROUPS, OBJECTIVES, PLAN_PRIORITIES, MEMBERS, MEETINGS, CONSULTATIONS, VERSIONS)
FOLDER_NAMES = {OBJECTIVES: N_("Strategic objectives"), PLAN_PRIORITIES: N_("Priorities of the plan")}
# The rows that stand for a part of the outline (moved among the chapters as one), by row kind.
PART_OF_KIND = {OBJECTIVES: PART_OBJECTIVES, TARGET_GROUPS: PART_TARGET_GROUPS, "action_plan": PART_ACTION_PLANS}
# The fixed parts as the contents list them.
PART_NAMES = {
    PART_OBJECTIVES: N_("Strategic objectives"),
    PART_TARGET_GROUPS: N_("Target groups"),
    PART_ACTION_PLANS: N_("Action plan"),
    PART_ANNEXES: N_("Annexes"),
}
# "Figura 1": the word printed before a figure's number, in the language the tree shows.
FIGURE_WORDS = {"sq": "Figura", "sr": "Slika", "en": "Figure"}

FALLBACK_COLOR = QColor("#6b6b6b")
# Dragging a chapter or a part of the outline within the tree: the row's key (a section id or a PARTS token).
OUTLINE_MIME = "application/x-plan-outline-item"
DRAGGABLE = ("section", OBJECTIVES, TARGET_GROUPS, "action_plan")
# Each row's flags, combined once: the view asks for them hundreds of times per layout, and combining Python
# enum flags costs microseconds each time. A chapter ("section") also takes sub-chapters dropped on it.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_OF_KIND = {kind: _ROW_FLAGS | Qt.ItemFlag.ItemIsDragEnabled for kind in DRAGGABLE}
_FLAGS_OF_KIND["section"] |= Qt.ItemFlag.ItemIsDropEnabled


@dataclass(eq=False)
class _Node:
    kind: str
    entity_id: str | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, kind: str, entity_id: str | None) -> _Node:
        child = _Node(kind, entity_id, self, row=len(self.children))
        self.children.append(child)
        return child


def _build(doc: Document) -> _Node:
    root = _Node("root", None)
    root.add("municipality", doc.municipality.id)
    strategy = root.add("strategy", doc.strategy.id)

    def add_priorities(parent: _Node, items: list[Priority]) -> None:
        for p in items:
            add_priorities(parent.add("priority", p.id), p.priorities)

    add_priorities(strategy.add(PLAN_PRIORITIES, None), doc.strategy.priorities)

    def add_chapter(parent: _Node, section: Section) -> None:
        node = parent.add("section", section.id)
        for figure in section.figures:  # printed after the chapter's text, before its sub-chapters
            node.add("figure", figure.id)
        for sub in section.sections:
            add_chapter(node, sub)

    sections = {s.id: s for s in doc.strategy.sections}
    for key in top_level(doc):
        if key in sections:
            add_chapter(root, sections[key])
        elif key == PART_OBJECTIVES:
            objectives = root.add(OBJECTIVES, None)
            for objective in doc.strategy.objectives:
                add_priorities(objectives.add("objective", objective.id), objective.priorities)
        elif key == PART_TARGET_GROUPS:
            groups = root.add(TARGET_GROUPS, None)
            for group in doc.target_groups:
                groups.add("target_group", group.id)
        elif key == PART_ACTION_PLANS:
            for plan in doc.action_plans:
                _add_plan(doc, root, plan)
    if doc.decision is not None:
        root.add("decision", doc.decision.id)
    # The group's work: who they are, how the plan was drafted with the community, their meetings, approval.
    members = root.add(MEMBERS, None)
    for member in sorted(doc.members, key=_member_order):
        members.add("member", member.id)
    consultations = root.add(CONSULTATIONS, None)
    for consultation in sorted(doc.consultations, key=lambda c: c.date):
        consultations.add("consultation", consultation.id)
    meetings = root.add(MEETINGS, None)
    for meeting in reversed(doc.meetings):  # the latest first: the one being prepared or just held
        meetings.add("meeting", meeting.id)
    root.add(VERSIONS, None)
    return root


def _add_plan(doc: Document, root: _Node, plan) -> None:
    """An action plan: its objectives, each with its activities, sub-activities under their parent."""
    plan_node = root.add("action_plan", plan.id)
    by_objective: dict[str, list] = {}
    ids = {a.id for a in plan.activities}
    for act in plan.activities:
        if act.parent_id not in ids:
            by_objective.setdefault(act.objective_id, []).append(act)
    children: dict[str, list] = {}
    for act in plan.activities:
        if act.parent_id in ids:
            children.setdefault(act.parent_id, []).append(act)

    def add_activity(parent: _Node, act) -> None:
        node = parent.add("activity", act.id)
        for sub in children.get(act.id, []):
            add_activity(node, sub)

    for objective in doc.strategy.objectives:
        obj_node = plan_node.add(PLAN_OBJECTIVE, objective.id)
        for act in by_objective.get(objective.id, []):
            add_activity(obj_node, act)


# Operations that change texts only: the tree's rows stay, only labels change.
TEXT_OPERATIONS = frozenset({"set_text", "set_text_state", "rewrite_texts"})


def _shape(root: _Node) -> list[tuple[str, str | None, int]]:
    out: list[tuple[str, str | None, int]] = []
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        out.append((node.kind, node.entity_id, depth))
        stack.extend((child, depth + 1) for child in reversed(node.children))
    return out


def parts_with_content(doc: Document) -> set[str]:
    """The fixed parts that print as numbered chapters in the plan's export (as the PDF and Word count them)."""
    return printed_parts(doc, doc.action_plan)


def chapter_numbers_shown(doc: Document) -> dict[str, str]:
    """Chapter numbers as the exports print them: a chapter with nothing in it yet has none."""
    return {c.key: c.number for c in printed_chapters(doc, parts_with_content(doc))}


def tree_numbers(doc: Document) -> dict[str, str]:
    """Every number the tree shows: objectives, priorities, activities, chapters (and parts), figures."""
    out = doc.numbers()
    out.update(chapter_numbers_shown(doc))
    out.update((figure.id, str(n)) for figure, n in figures(doc))
    return out


_ROLE_ORDER = {"chair": 0, "secretary": 1, "member": 2, "consultant": 3}


def _member_order(member) -> tuple:
    return (_ROLE_ORDER.get(member.role, 9), member.name.casefold())


class PlanTreeModel(QAbstractItemModel):
    """Read-only tree of one document; labels in the chosen content language, numbered like the plan."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._lang = "sq"
        self._root = _Node("root", None)
        self._numbers: dict[str, str] = {}
        self._labels: dict[int, tuple[str, str | None]] = {}  # id(node) -> cached label
        # Moves a dropped chapter or part (key, parent row, row among its children); set by the tree's actions.
        self.drop_handler: Callable[[str, QModelIndex, int], bool] | None = None
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- public API ----------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._doc

    @property
    def language(self) -> str:
        return self._lang

    def set_document(self, doc: Document | None) -> None:
        self._reset(doc, _build(doc) if doc is not None else _Node("root", None))

    def _reset(self, doc: Document | None, root: _Node) -> None:
        self.beginResetModel()
        self._doc = doc
        self._root = root
        self._numbers = tree_numbers(doc) if doc is not None else {}
        self._labels.clear()
        self.endResetModel()

    def apply_change(self, change: Change, doc: Document) -> bool:
        """Follow an operation: relabel the rows of changed items, or rebuild when the structure changed.

        Returns True when the tree was rebuilt (the view then restores expansion and selection)."""
        known = {n.entity_id for n in self._walk()}
        structural = (
            doc is not self._doc
            or change.operation == "reload"
            or bool(change.removed or change.reordered)
            or any(eid not in known for eid in change.upserted)
        )
        if structural:
            self.set_document(doc)
            return True
        if change.operation not in TEXT_OPERATIONS:
            # An outline move, an indent or an activity under another objective or parent: the rows differ.
            root = _build(doc)
            if _shape(root) != _shape(self._root):
                self._reset(doc, root)
                return True
        # Chapters numbered I., II. instead of 1., 2.; or a part that now prints (a target group named) takes a number.
        numbers = tree_numbers(doc)
        if numbers != self._numbers:
            self._numbers = numbers
            self._labels.clear()
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return False
        for node in self._walk():
            if node.entity_id in change.upserted:
                self._labels.pop(id(node), None)
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index)
        return False

    def _walk(self):
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.children)

    def set_language(self, lang: str, force: bool = False) -> None:
        """Label rows in `lang`; `force` relabels anyway (the Serbian script changed)."""
        if lang == self._lang and not force:
            return
        self._lang = lang
        self._labels.clear()
        # Every label changes and row heights with them: one layout change, not a dataChanged per parent.
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def entity_id(self, index: QModelIndex) -> str | None:
        node = self._node(index)
        return node.entity_id if node is not self._root else None

    def kind(self, index: QModelIndex) -> str | None:
        node = self._node(index)
        return node.kind if node is not self._root else None

    def index_of(self, entity_id: str, kind: str | None = None) -> QModelIndex:
        """The first row showing `entity_id` (optionally of a given row kind); invalid if none."""
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            if node.entity_id == entity_id and (kind is None or node.kind == kind):
                return self.createIndex(node.row, 0, node)
            stack.extend(reversed(node.children))
        return QModelIndex()

    def label(self, index: QModelIndex) -> str:
        return self._label(self._node(index))[0]

    # -- Qt model interface ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return bool(self._node(parent).children)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the top level takes chapters and parts
        return _FLAGS_OF_KIND.get(index.internalPointer().kind, _ROW_FLAGS)

    # -- drag and drop of chapters and parts ------------------------------------------------
    def outline_key(self, index: QModelIndex) -> str | None:
        """The outline key a row stands for: a chapter's id or a part's token (None for other rows)."""
        node = self._node(index)
        if node.kind == "section":
            return node.entity_id
        return PART_OF_KIND.get(node.kind)

    def mimeTypes(self) -> list[str]:
        return [OUTLINE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        keys = [k for k in (self.outline_key(i) for i in indexes if i.isValid()) if k]
        if keys:
            data.setData(OUTLINE_MIME, keys[0].encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(OUTLINE_MIME) or self.drop_handler is None:
            return False
        key = bytes(data.data(OUTLINE_MIME)).decode()
        is_chapter = self._doc is not None and isinstance(self._doc.find(key), Section)
        # Parts stay at the top level; chapters go there or into a chapter.
        return not parent.isValid() or (is_chapter and self.kind(parent) == "section")

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        key = bytes(data.data(OUTLINE_MIME)).decode()
        return bool(self.drop_handler(key, parent, row))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node)[0]
        if role == ENTITY_ID_ROLE:
            return node.entity_id
        if role == KIND_ROLE:
            return node.kind
        if role == SHOWN_LANGUAGE_ROLE:
            return self._label(node)[1]
        if role == Qt.ItemDataRole.FontRole:
            if self._is_fallback(node):
                return self._italic
            return self._bold if node.parent is self._root else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return FALLBACK_COLOR if self._is_fallback(node) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text, shown = self._label(node)
            if self._is_fallback(node):
                return _("{text}\n(not translated into {language}; shown in {shown})").format(
                    text=text, language=language_name(self._lang), shown=language_name(shown)
                )
            return text
        return None

    # -- internals -------------------------------------------------------------------------
    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def _is_fallback(self, node: _Node) -> bool:
        shown = self._label(node)[1]
        return shown is not None and shown != self._lang

    def _label(self, node: _Node) -> tuple[str, str | None]:
        cached = self._labels.get(id(node))
        if cached is None:
            cached = self._labels[id(node)] = self._compute_label(node)
        return cached

    def _compute_label(self, node: _Node) -> tuple[str, str | None]:
        if node.kind in FOLDERS:
            name = _(FOLDER_NAMES[node.kind]) if node.kind in FOLDER_NAMES else _(KIND_NAMES[node.kind])
            part = PART_OF_KIND.get(node.kind)
            return numbered(self._numbers.get(part) if part else None, name), None
        if self._doc is None or node.entity_id is None:
            return "", None
        entity: Entity | None = self._doc.find(node.entity_id)
        if entity is None:
            return "", None
        if node.kind == "action_plan":
            text, shown = plan_label(entity, self._lang)
            return numbered(self._numbers.get(PART_ACTION_PLANS), text), shown
        if isinstance(entity, Figure):
            word = show(FIGURE_WORDS.get(self._lang, FIGURE_WORDS["en"]), self._lang)
            caption, shown = best_in(entity.caption, self._lang)
            label = f"{word} {self._numbers.get(entity.id, '')}"
            return (f"{label}: {first_line(caption)}" if caption else label), shown or None
        if node.kind in ("meeting", "consultation"):
            text, shown = dated_title(entity, self._lang)
            return first_line(text), shown
        text, shown = title_of(entity, self._lang)
        return numbered(self._numbers.get(entity.id), first_line(text)), shown
