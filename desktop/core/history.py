"""Undo and redo for any operation, without an inverse written per operation.

An `Image` records, for a set of entities, their own state (attributes and texts, not children)
or their absence, and for a set of parents the order of their children. Storage captures the image
before an operation from the file (which still holds the old state), and `capture` takes the image
after it from memory; undo applies the first, redo the second. So every named operation, present
and future, is undoable as long as its `Change` tells the truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.model import KINDS, Document, Entity
from desktop.core.operations import Change
from desktop.core.serialize import decode_scalar, encode_scalar, text_from_dict, text_to_dict

State = dict[str, Any]  # {"kind", "parent", "scalars": {...}, "texts": {...}}


@dataclass
class Image:
    states: dict[str, State | None] = field(default_factory=dict)  # insertion order: parents first
    orders: dict[str, list[str]] = field(default_factory=dict)  # parent id -> child ids (all lists)


@dataclass
class UndoStep:
    label: str
    before: Image
    after: Image
    key: tuple | None = None  # steps with the same key may be merged (typing in one field)


def entity_state(doc: Document, entity: Entity) -> State:
    parent = doc.parent_of(entity)
    return {
        "kind": entity.KIND,
        "parent": parent.id if parent else None,
        "scalars": {n: encode_scalar(k, getattr(entity, n), for_json=True) for n, k in entity.SCALARS.items()},
        "texts": {n: text_to_dict(entity.text(n)) for n in entity.TEXTS},
    }


def child_order(entity: Entity) -> list[str]:
    out: list[str] = []
    for attr, _kind, many in entity.CHILDREN:
        if many:
            out.extend(c.id for c in getattr(entity, attr))
    return out


def affected_parents(doc: Document, change: Change) -> set[str]:
    """Parents whose child lists an operation changed (known in memory after the operation)."""
    parents = set(change.reordered)
    for eid in change.upserted:
        entity = doc.find(eid)
        parent = doc.parent_of(entity) if entity else None
        if parent is not None:
            parents.add(parent.id)
    return parents


def capture(doc: Document, change: Change, removed_subtrees: dict[str, list[str]], parents: set[str]) -> Image:
    """The image of the entities and parents a change touched, as they are in memory now."""
    image = Image()
    for eid in change.removed:
        for sub in removed_subtrees.get(eid, [eid]):
            image.states[sub] = None
    for eid in change.upserted:
        entity = doc.find(eid)
        image.states[eid] = entity_state(doc, entity) if entity else None
    for pid in parents:
        parent = doc.find(pid)
        if parent is not None:
            image.orders[pid] = child_order(parent)
    return image


def _apply_own(entity: Entity, state: State) -> None:
    for name, kind in entity.SCALARS.items():
        value = decode_scalar(kind, state["scalars"].get(name), from_json=True, what=name)
        setattr(entity, name, value)
    for name in entity.TEXTS:
        setattr(entity, name, text_from_dict(state["texts"][name], name))


def _list_for(parent: Entity, kind: str) -> tuple[str, bool]:
    for attr, child_kind, many in parent.CHILDREN:
        if child_kind == kind:
            return attr, many
    raise ValueError(f"{parent.KIND} cannot hold a {kind}")


def apply_image(doc: Document, image: Image) -> Change:
    """Make the document match an image; returns what changed (for storage and views)."""
    change = Change("restore")
    # 1. remove what must be absent (children before parents does not matter: removal takes the subtree)
    for eid, state in image.states.items():
        if state is None and (entity := doc.find(eid)) is not None:
            parent = doc.parent_of(entity)
            attr, many = _list_for(parent, entity.KIND)
            if many:
                getattr(parent, attr).remove(entity)
            else:  # an optional single child (the decision)
                setattr(parent, attr, None)
            doc._unregister(entity)
            change.removed.append(eid)
            change.reordered.append(parent.id)
    # 2. update what exists, create what is missing (parents are listed before their children)
    for eid, state in image.states.items():
        if state is None:
            continue
        entity = doc.find(eid)
        if entity is None:
            entity = KINDS[state["kind"]](id=eid)
            parent = doc.get(state["parent"])
            attr, many = _list_for(parent, entity.KIND)
            if many:
                getattr(parent, attr).append(entity)
            else:
                setattr(parent, attr, entity)
            doc._register(entity, parent)
        elif state.get("parent") and (old := doc.parent_of(entity)) is not None and old.id != state["parent"]:
            # Moved under another parent (a chapter indented or outdented): back under the one in the image.
            parent = doc.get(state["parent"])
            old_attr, _many = _list_for(old, entity.KIND)
            getattr(old, old_attr).remove(entity)
            attr, _many = _list_for(parent, entity.KIND)
            getattr(parent, attr).append(entity)
            doc.adopt(entity, parent)
            change.reordered.extend((old.id, parent.id))
        _apply_own(entity, state)
        change.upserted.append(eid)
    # 3. restore the order of children
    for pid, order in image.orders.items():
        parent = doc.find(pid)
        if parent is None:
            continue
        rank = {cid: i for i, cid in enumerate(order)}
        for attr, _kind, many in parent.CHILDREN:
            if many:
                items = getattr(parent, attr)
                items.sort(key=lambda c: rank.get(c.id, len(rank)))
        change.reordered.append(pid)
    change.reordered = list(dict.fromkeys(p for p in change.reordered if doc.find(p) is not None))
    return change
