"""What changed between two versions of the whole plan (an approved version and the draft, or two
approved versions): items added, removed, moved and changed, texts with word-level differences.

Items keep their ids across versions, so matching is by id. Budget lines and indicators are compared as
part of their activity (with `plan_compare.diff_activities`); an item is "moved" when its parent or
objective changed, or when it changed place among the siblings both versions share (the longest run
kept in order counts as staying put).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from desktop.core.model import Activity, Document, Entity
from desktop.core.outline import top_level
from desktop.core.plan_compare import FieldChange, diff_activities, text_changes

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"

# The items a reader of the plan sees, in reading order; budget lines and indicators belong to activities.
ITEM_KINDS = (
    "municipality",
    "strategy",
    "section",
    "figure",
    "objective",
    "priority",
    "target_group",
    "action_plan",
    "plan_column",
    "activity",
    "cell",
    "decision",
)
_SCALARS_SHOWN = {
    "municipality": ("country", "currency"),
    "strategy": ("start_year", "end_year", "document_kind", "start_month", "end_month", "numbering"),
    "action_plan": ("start_year", "end_year", "numbering"),
    "plan_column": ("hidden",),
    "activity": ("number",),
    "decision": ("number", "date", "point_style"),
}


@dataclass
class VersionChange:
    change: str  # ADDED, REMOVED, CHANGED or MOVED (moved without other change)
    kind: str
    old: Entity | None
    new: Entity | None
    changes: list[FieldChange] = field(default_factory=list)
    moved: bool = False

    @property
    def entity(self) -> Entity:
        return self.new if self.new is not None else self.old


def _items(doc: Document) -> dict[str, Entity]:
    return {e.id: e for e in doc.walk() if e.KIND in ITEM_KINDS}


def _parent_key(doc: Document, entity: Entity) -> str | None:
    if isinstance(entity, Activity):
        # under another objective, or another parent activity (a sub-activity indented or outdented)
        return f"{entity.objective_id}/{entity.parent_id or ''}"
    parent = doc.parent_of(entity)
    return parent.id if parent else None


def _siblings(doc: Document, entity: Entity, items: dict[str, Entity]) -> list[str]:
    if isinstance(entity, Activity):
        plan = doc.plan_of(entity)
        key = _parent_key(doc, entity)
        return [a.id for a in plan.activities if _parent_key(doc, a) == key] if plan else []
    if entity.KIND == "section" and doc.parent_of(entity) is doc.strategy:
        # top-level chapters are ordered by the outline (their place among the parts), not by the stored list
        return [k for k in top_level(doc) if k in items]
    parent = doc.parent_of(entity)
    return [c.id for c in parent.children() if c.id in items and c.KIND == entity.KIND] if parent else []


def _out_of_order(old: list[str], new: list[str]) -> set[str]:
    """Ids present in both lists that are not in the longest common run kept in order."""
    common = set(old) & set(new)
    a, b = [i for i in old if i in common], [i for i in new if i in common]
    kept: set[str] = set()
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        kept.update(a[block.a : block.a + block.size])
    return common - kept


def _field_changes(old: Entity, new: Entity) -> list[FieldChange]:
    if isinstance(old, Activity):
        out = [c for c in diff_activities(old, new) if c.field != "objective"]
        if old.number != new.number:
            out.append(FieldChange("number", old.number, new.number))
        return out
    out: list[FieldChange] = []
    for name in old.TEXTS:
        out.extend(text_changes(name, old.text(name), new.text(name)))
    for name in _SCALARS_SHOWN.get(old.KIND, ()):
        if getattr(old, name) != getattr(new, name):
            out.append(FieldChange(name, getattr(old, name), getattr(new, name)))
    if old.KIND == "municipality" and old.emblem != new.emblem:
        out.append(FieldChange("emblem", bool(old.emblem), bool(new.emblem)))
    if old.KIND == "figure" and old.image != new.image:
        out.append(FieldChange("image", bool(old.image), bool(new.image)))
    if old.KIND == "strategy" and top_level_parts(old) != top_level_parts(new):
        out.append(FieldChange("outline", " · ".join(top_level_parts(old)), " · ".join(top_level_parts(new))))
    return out


def top_level_parts(strategy: Entity) -> list[str]:
    """Where the fixed parts stand in a strategy's stored outline (their order is a change of the document)."""
    return [k for k in strategy.outline if k.startswith("@")]


def compare_documents(old_doc: Document, new_doc: Document) -> list[VersionChange]:
    """Every item that differs, in the new version's reading order, removed ones after their old neighbours."""
    old_items, new_items = _items(old_doc), _items(new_doc)
    moved: set[str] = set()
    checked_parents: set[tuple[str | None, str]] = set()
    for eid, new in new_items.items():
        old = old_items.get(eid)
        if old is None:
            continue
        if _parent_key(old_doc, old) != _parent_key(new_doc, new):
            moved.add(eid)
            continue
        key = (_parent_key(new_doc, new), new.KIND)
        if key not in checked_parents:
            checked_parents.add(key)
            moved |= _out_of_order(_siblings(old_doc, old, old_items), _siblings(new_doc, new, new_items))

    out: list[VersionChange] = []
    for eid, new in _reading_order(new_doc, new_items):
        old = old_items.get(eid)
        if old is None:
            parent = new_doc.parent_of(new)
            if parent is not None and parent.id in new_items and parent.id not in old_items:
                continue  # inside an added item: the item itself is listed
            out.append(VersionChange(ADDED, new.KIND, None, new))
            continue
        changes = _field_changes(old, new)
        if changes or eid in moved:
            out.append(VersionChange(CHANGED if changes else MOVED, new.KIND, old, new, changes, eid in moved))
    for eid, old in _reading_order(old_doc, old_items):
        if eid not in new_items:
            parent = old_doc.parent_of(old)
            if parent is not None and parent.id in old_items and parent.id not in new_items:
                continue
            out.append(VersionChange(REMOVED, old.KIND, old, None))
    return out


def _reading_order(doc: Document, items: dict[str, Entity]) -> list[tuple[str, Entity]]:
    """Items as a reader meets them: the strategy, then each plan's activities objective by objective."""
    ordered: list[tuple[str, Entity]] = []
    for entity in doc.walk():
        if entity.id not in items or isinstance(entity, Activity):
            continue
        ordered.append((entity.id, entity))
        if entity.KIND == "action_plan":
            ordered.extend((a.id, a) for a in doc.ordered_activities(entity))
    return ordered


def counts(changes: list[VersionChange]) -> dict[str, int]:
    out = {ADDED: 0, REMOVED: 0, CHANGED: 0, MOVED: 0}
    for c in changes:
        out[c.change] += 1
    return out
