"""The versioned JSON form of a document (data portability, tests) and entity copies.

Format "plan-document", version 1:
    {"format": "plan-document", "format_version": 1, "document": ENTITY}
    ENTITY = {"id": UUID, "kind": KIND, <scalar attributes>, "texts": {FIELD: TEXT}, <child attributes>}
    TEXT   = {"source": LANG | null, "values": {LANG: {"text": str, "state": STATE, "based_on"?: str}}}
Scalars: integers; decimals as strings ("1234.50"); images as base64; lists and year->value maps as JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.model import KINDS, PERSONAL_KINDS, Document, Entity, new_id
from desktop.core.text import LANGUAGES, MultiText, TextError, Translation, TState, clean_text
from desktop.core.validation import MAX_NESTING, entity_problems, reference_problems

FORMAT = "plan-document"
# 2: meeting notes and decisions; 3: reviews and plan versions; 4: the assembly decision;
# 5: members, meetings, consultations, approved versions and the plan's status;
# 6: nested chapters, figures, the outline, the plan's facts, its own columns, sub-activities, decision lines
FORMAT_VERSION = 6


# Checked before parsing: a plan with every text long and an emblem is a few MB; 32 MB of JSON parses in
# well under 2 s and 200 MB, and a bigger file is refused before it is read whole.
MAX_JSON_BYTES = 32 * 1024 * 1024


class FormatError(ValueError):
    """A JSON document (or stored value) that does not follow the format."""


# -- scalar codecs shared with storage --------------------------------------------


def encode_scalar(kind: str, value: Any, *, for_json: bool) -> Any:
    if value is None:
        return None
    if kind in ("int", "str"):
        return value
    if kind == "decimal":
        return str(value)
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii") if for_json else bytes(value)
    if kind == "strlist":
        return list(value) if for_json else json.dumps(list(value))
    if kind == "decmap":
        data = {str(k): str(v) for k, v in sorted(value.items())}
        return data if for_json else json.dumps(data)
    raise AssertionError(kind)


def decode_scalar(kind: str, value: Any, *, from_json: bool, what: str = "value") -> Any:
    if value is None:
        return [] if kind == "strlist" else {} if kind == "decmap" else None
    try:
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if kind == "str":
            if not isinstance(value, str):
                raise TypeError
            # JSON comes from outside and is cleaned; stored values were cleaned when written.
            return clean_text(value) if from_json else value
        if kind == "decimal":
            if not isinstance(value, str):
                raise TypeError
            number = Decimal(value)
            if not number.is_finite():
                raise ValueError
            return number
        if kind == "bytes":
            if from_json:
                return base64.b64decode(value, validate=True)
            if not isinstance(value, bytes):
                raise TypeError
            return value
        data = value if from_json else json.loads(value)
        if kind == "strlist":
            if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
                raise TypeError
            return [clean_text(x) for x in data] if from_json else list(data)
        if kind == "decmap":
            if not isinstance(data, dict):
                raise TypeError
            out = {}
            for k, v in data.items():
                if not isinstance(v, str):
                    raise TypeError
                number = Decimal(v)
                if not number.is_finite():
                    raise ValueError
                out[int(k)] = number
            return dict(sorted(out.items()))
    except TextError as exc:
        raise FormatError(f"{what}: {exc}") from None
    except (TypeError, ValueError, InvalidOperation, binascii.Error, json.JSONDecodeError):
        raise FormatError(f"{what} has an invalid value") from None
    raise AssertionError(kind)


# -- entities ----------------------------------------------------------------------


def text_to_dict(mt: MultiText) -> dict[str, Any]:
    values = {}
    for lang in LANGUAGES:
        tr = mt.values.get(lang)
        if tr is None:
            continue
        item: dict[str, Any] = {"text": tr.text, "state": tr.state.value}
        if tr.based_on is not None:
            item["based_on"] = tr.based_on
        values[lang] = item
    return {"source": mt.source, "values": values}


def text_from_dict(data: Any, what: str) -> MultiText:
    if not isinstance(data, dict) or not isinstance(data.get("values", {}), dict):
        raise FormatError(f"{what} is not a text object")
    source = data.get("source")
    if source is not None and source not in LANGUAGES:
        raise FormatError(f"{what} has an unknown source language")
    mt = MultiText(source)
    for lang, item in data.get("values", {}).items():
        if lang not in LANGUAGES or not isinstance(item, dict):
            raise FormatError(f"{what} has an unknown language {str(lang)[:20]!r}")
        text, based_on = item.get("text", ""), item.get("based_on")
        if not isinstance(text, str) or not (based_on is None or isinstance(based_on, str)):
            raise FormatError(f"{what} has a text that is not a string")
        try:
            state = TState(item.get("state", "translated" if text else "missing"))
            mt.values[lang] = Translation(
                clean_text(text), state, clean_text(based_on) if based_on is not None else None
            )
        except (ValueError, TextError) as exc:
            raise FormatError(f"{what}: {exc}") from None
    return mt


def entity_to_dict(entity: Entity, *, personal: bool = True) -> dict[str, Any]:
    """The JSON form of an entity and its children; `personal=False` leaves out personal data (contacts)."""
    data: dict[str, Any] = {"id": entity.id, "kind": entity.KIND}
    for name, kind in entity.SCALARS.items():
        data[name] = encode_scalar(kind, getattr(entity, name), for_json=True)
    if entity.TEXTS:
        data["texts"] = {name: text_to_dict(entity.text(name)) for name in entity.TEXTS}
    for attr, kind, many in entity.CHILDREN:
        if kind in PERSONAL_KINDS and not personal:
            continue
        value = getattr(entity, attr)
        if many:
            data[attr] = [entity_to_dict(c, personal=personal) for c in value]
        elif value is not None:  # an optional single child (the decision) may be absent
            data[attr] = entity_to_dict(value, personal=personal)
    return data


# Attributes added in a later format whose absence in older JSON means their default, not "none".
_DEFAULT_WHEN_MISSING = {
    "document": ("status",),
    "strategy": ("document_kind", "numbering"),
    "action_plan": ("numbering",),
    "decision": ("point_style",),
    "plan_column": ("level", "hidden"),
}


def entity_from_dict(
    data: Any, kind: str, *, fresh_ids: bool = False, seen: set[str] | None = None, path: str | None = None
) -> Entity:
    seen = set() if seen is None else seen
    path = path or kind
    if path.count(".") > MAX_NESTING:
        raise FormatError(f"{path}: items are nested more than {MAX_NESTING} levels deep")
    if not isinstance(data, dict):
        raise FormatError(f"{path}: a {kind} must be an object")
    if data.get("kind") != kind:
        raise FormatError(f"{path}: expected a {kind}, found {str(data.get('kind'))[:30]!r}")
    cls = KINDS[kind]
    known = {"id", "kind", "texts", *cls.SCALARS, *(attr for attr, _k, _m in cls.CHILDREN)}
    unknown = sorted(str(k)[:40] for k in data if k not in known)
    if unknown:
        # e.g. priorities placed under the strategy: refused, never silently dropped
        raise FormatError(f"{path}: a {kind.replace('_', ' ')} cannot hold {unknown[0]!r}")
    eid = data.get("id")
    import uuid  # here, not at the top: the window's start reads no JSON

    try:
        eid = str(uuid.UUID(eid)) if isinstance(eid, str) and len(eid) <= 40 else None
    except ValueError:
        eid = None
    if eid is None:
        raise FormatError(f"{path}: a {kind} has no valid id")
    if eid in seen:
        raise FormatError(f"{path}: the id {eid} is used twice")
    seen.add(eid)
    entity = cls(id=new_id() if fresh_ids else eid) if cls is not Document else Document(id=eid)
    for name, scalar_kind in cls.SCALARS.items():
        value = decode_scalar(scalar_kind, data.get(name), from_json=True, what=f"{path}: {kind} {name}")
        if value is not None or name not in _DEFAULT_WHEN_MISSING.get(kind, ()):
            setattr(entity, name, value)
    problems = entity_problems(entity)
    if problems:
        raise FormatError(f"{path}: {problems[0]}")
    texts = data.get("texts", {})
    if not isinstance(texts, dict):
        raise FormatError(f"{path}: the texts of a {kind} must be an object")
    for name in cls.TEXTS:
        if name in texts:
            setattr(entity, name, text_from_dict(texts[name], f"{path}: {kind} {name}"))
    for attr, child_kind, many in cls.CHILDREN:
        value = data.get(attr, [] if many else None)
        if many:
            if not isinstance(value, list):
                raise FormatError(f"{path}: {kind} {attr} must be a list")
            setattr(
                entity,
                attr,
                [
                    entity_from_dict(v, child_kind, fresh_ids=fresh_ids, seen=seen, path=f"{path}.{attr}[{i}]")
                    for i, v in enumerate(value)
                ],
            )
        elif value is not None:
            setattr(
                entity, attr, entity_from_dict(value, child_kind, fresh_ids=fresh_ids, seen=seen, path=f"{path}.{attr}")
            )
    return entity


def clone(entity: Entity) -> Entity:
    """A deep copy of an entity with new ids (texts, states and children included)."""
    return entity_from_dict(entity_to_dict(entity), entity.KIND, fresh_ids=True)


def check_references(doc: Document) -> list[str]:
    """Problems with references between entities (see validation.reference_problems)."""
    return reference_problems(doc)


# -- documents -----------------------------------------------------------------------


def document_to_dict(doc: Document, *, personal: bool = True) -> dict[str, Any]:
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "document": entity_to_dict(doc, personal=personal)}


def document_from_dict(data: Any) -> Document:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FormatError("this is not a Plan document in JSON form")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FormatError(f"this JSON was written by a newer version of Plan (format {version})")
    doc = entity_from_dict(data.get("document"), "document")
    doc.reindex()
    problems = check_references(doc)
    if problems:
        raise FormatError(problems[0])
    return doc


def dumps(doc: Document, *, personal: bool = False) -> str:
    """The document as JSON; members' contact details only when `personal` is asked for."""
    return json.dumps(document_to_dict(doc, personal=personal), ensure_ascii=False, indent=1) + "\n"


def loads(text: str | bytes) -> Document:
    if len(text) > MAX_JSON_BYTES:
        raise FormatError(f"the JSON is larger than the limit of {MAX_JSON_BYTES // 2**20} MB")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise FormatError(f"not valid JSON: {exc}") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise FormatError(f"not valid JSON: {exc}") from None
    try:
        return document_from_dict(data)
    except RecursionError:
        raise FormatError("the document is nested too deeply") from None
