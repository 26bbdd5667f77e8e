"""Who changed what and when: the field-by-field record of every stored change.

Storage computes the records from the images around each change (the same images undo uses) and keeps
them in the document. Personal data is never recorded: a change of contact details is logged without
its values, and deleting a member removes every record about them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.core.history import Image, State
from desktop.core.model import KINDS, PERSONAL_KINDS, Document, Entity
from desktop.core.operations import Change, OperationError, editable, guard, set_text
from desktop.core.richtext import to_plain
from desktop.core.serialize import FormatError, decode_scalar

ADDED, REMOVED = "+", "-"  # the `field` of a record for an item added or removed
# Scalars not worth a line in the history (a frozen version's bytes, internal links).
_NOT_LOGGED = {"snapshot", "digest", "origin_id", "previous_id", "superseded_by"}


@dataclass(frozen=True)
class Record:
    entity_id: str
    kind: str
    field: str  # a text field, a scalar, ADDED or REMOVED
    lang: str  # the language of a text, "" for the rest
    before: str | None
    after: str | None
    seq: int = 0
    at: str = ""
    author: str = ""
    operation: str = ""

    @property
    def is_text(self) -> bool:
        return bool(self.lang)


def _scalar_text(value: Any) -> str | None:
    if value is None or value == [] or value == {}:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _own_changes(eid: str, kind: str, old: State, new: State) -> list[Record]:
    out = []
    personal = kind in PERSONAL_KINDS
    for name, value in new["texts"].items():
        before = old["texts"].get(name, {}).get("values", {})
        after = value.get("values", {})
        for lang in sorted(set(before) | set(after)):
            a, b = before.get(lang, {}).get("text"), after.get(lang, {}).get("text")
            if a != b:
                out.append(Record(eid, kind, name, lang, None if personal else a, None if personal else b))
    for name, value in new["scalars"].items():
        old_value = old["scalars"].get(name)
        if name not in _NOT_LOGGED and old_value != value:
            a, b = _scalar_text(old_value), _scalar_text(value)
            out.append(Record(eid, kind, name, "", None if personal else a, None if personal else b))
    return out


def records(before: Image, after: Image) -> list[Record]:
    """The field-level differences between two images of the same entities."""
    out: list[Record] = []
    for eid in dict.fromkeys([*before.states, *after.states]):
        old, new = before.states.get(eid), after.states.get(eid)
        if old is None and new is None:
            continue
        if old is None:
            out.append(Record(eid, new["kind"], ADDED, "", None, _title(new)))
        elif new is None:
            out.append(Record(eid, old["kind"], REMOVED, "", _title(old), None))
        else:
            out.extend(_own_changes(eid, new["kind"], old, new))
    return out


def _title(state: State) -> str | None:
    """A short name for an item added or removed, to recognise it in the history."""
    if state["kind"] in PERSONAL_KINDS:
        return None
    for name in ("title", "name", "body", "label"):
        values = state["texts"].get(name, {}).get("values", {})
        for lang in ("sq", "sr", "en"):
            text = to_plain(values.get(lang, {}).get("text") or "")  # a structured body's words
            if text:
                return text[:200]
    name = state["scalars"].get("name")
    return name[:200] if isinstance(name, str) else None


def mergeable(previous: Record, current: Record) -> bool:
    """Typing in one field gives one record per keystroke: consecutive ones merge into one."""
    return previous.operation == current.operation == "set_text" and (
        previous.entity_id,
        previous.field,
        previous.lang,
        previous.author,
    ) == (current.entity_id, current.field, current.lang, current.author)


@guard
def restore_value(doc: Document, record: Record, which: str = "before") -> Change:
    """Put back the value a field had before (or after) a recorded change; undoable like any edit."""
    entity = doc.get(record.entity_id)
    value = record.before if which == "before" else record.after
    if record.field in (ADDED, REMOVED) or entity.KIND in PERSONAL_KINDS:
        raise OperationError("only a recorded value of a field can be restored")
    if record.lang:
        change = set_text(doc, entity.id, record.field, record.lang, value or "")
        change.operation = "restore_value"
        return change
    return _restore_scalar(doc, entity, record.field, value)


def _restore_scalar(doc: Document, entity: Entity, name: str, value: str | None) -> Change:
    kind = KINDS[entity.KIND].SCALARS.get(name)
    # References to other items are changed by their own operations, which check them.
    if kind is None or name in _NOT_LOGGED or kind in ("bytes", "strlist") or name.endswith("_id"):
        raise OperationError("this value cannot be restored")
    editable(doc, entity)
    try:
        raw = value if value is None or kind == "str" else json.loads(value)
        if kind == "int" and isinstance(raw, str):
            raw = int(raw)
        decoded = decode_scalar(kind, raw, from_json=True, what=name)
    except (ValueError, FormatError):
        raise OperationError("the recorded value cannot be restored") from None
    if getattr(entity, name) == decoded:
        return Change("restore_value")
    setattr(entity, name, decoded)
    return Change("restore_value", upserted=[entity.id])
