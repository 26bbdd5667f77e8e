"""Reading and writing a document's entities in an open SQLite connection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from desktop import __version__
from desktop.core.changelog import REMOVED, Record, mergeable
from desktop.core.model import KINDS, PERSONAL_KINDS, Document, Entity
from desktop.core.operations import Change
from desktop.core.serialize import FormatError, decode_scalar, encode_scalar, text_to_dict
from desktop.core.text import LANGUAGES, MultiText, TextError, Translation, TState
from desktop.storage.errors import DamagedFileError
from desktop.storage.schema import create_schema

_TEXT_INSERT = "INSERT INTO text (entity_id, field, lang, source, value, state, based_on) VALUES (?, ?, ?, ?, ?, ?, ?)"
_ENTITY_UPSERT = (
    "INSERT INTO entity (id, kind, parent_id, position) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, position = excluded.position"
)


def _kind_upsert(kind: str) -> str:
    cols = ["id", *KINDS[kind].SCALARS]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols[1:]) or "id = excluded.id"
    marks = ", ".join("?" * len(cols))
    return f"INSERT INTO {kind} ({', '.join(cols)}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {sets}"


_KIND_UPSERT = {kind: _kind_upsert(kind) for kind in KINDS}
_STATES = {state.value: state for state in TState}
_PERSON_KINDS = ("member", *sorted(PERSONAL_KINDS))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; rolled back on any error. The commit is durable when it returns."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _text_rows(entity: Entity) -> Iterator[tuple]:
    for name in entity.TEXTS:
        mt: MultiText = getattr(entity, name)
        for lang, tr in mt.values.items():
            yield (entity.id, name, lang, mt.source, tr.text, tr.state.value, tr.based_on)


def _scalar_row(entity: Entity) -> tuple:
    return (
        entity.id,
        *(encode_scalar(k, getattr(entity, n), for_json=False) for n, k in entity.SCALARS.items()),
    )


class DocumentRepository:
    """One document's tables in one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- meta ------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def edit_count(self) -> int:
        return int(self.meta("edit_count", "0"))

    # -- writing ---------------------------------------------------------------------
    def create(self, doc: Document) -> None:
        """Write a whole document into an empty database."""
        with transaction(self.conn):
            create_schema(self.conn)
            now = datetime.now(UTC).isoformat(timespec="seconds")
            for key, value in (("created_at", now), ("created_with", __version__), ("edit_count", "0")):
                self.set_meta(key, value)
            self._write_subtree(doc, doc, None, 0)

    def _write_subtree(self, doc: Document, entity: Entity, parent: Entity | None, position: int) -> None:
        self._write_entity(entity, parent, position)
        for attr, _kind, many in entity.CHILDREN:
            value = getattr(entity, attr)
            for i, child in enumerate(value if many else [value] if value is not None else []):
                self._write_subtree(doc, child, entity, i)

    def _write_entity(self, entity: Entity, parent: Entity | None, position: int) -> None:
        c = self.conn
        c.execute(_ENTITY_UPSERT, (entity.id, entity.KIND, parent.id if parent else None, position))
        c.execute(_KIND_UPSERT[entity.KIND], _scalar_row(entity))
        if entity.TEXTS:
            c.execute("DELETE FROM text WHERE entity_id = ?", (entity.id,))
            c.executemany(_TEXT_INSERT, _text_rows(entity))

    def persist(self, doc: Document, change: Change, log: Sequence[Record] = (), author: str = "") -> None:
        """Write what an operation changed, and its records for the history, in one durable transaction."""
        if not change:
            return
        with transaction(self.conn):
            self._write_log(log, author, change.operation)
            if change.removed:
                self.conn.executemany("DELETE FROM entity WHERE id = ?", [(i,) for i in change.removed])
            for eid in change.upserted:
                entity = doc.find(eid)
                if entity is None:
                    continue
                parent = doc.parent_of(entity)
                self._write_entity(entity, parent, _position(parent, entity))
            for pid in change.reordered:
                parent = doc.find(pid)
                if parent is None:
                    continue
                rows = []
                for attr, _kind, many in parent.CHILDREN:
                    if many:
                        rows.extend((i, child.id) for i, child in enumerate(getattr(parent, attr)))
                self.conn.executemany("UPDATE entity SET position = ? WHERE id = ?", rows)
            self.conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'edit_count'")
            if any(r.field == REMOVED and r.kind in _PERSON_KINDS for r in log):
                # A member deleted: nothing about them stays in the history either.
                marks = ", ".join("?" * len(_PERSON_KINDS))
                self.conn.execute(
                    f"DELETE FROM history WHERE kind IN ({marks}) AND entity_id NOT IN (SELECT id FROM entity)",
                    tuple(_PERSON_KINDS),
                )

    # -- history -----------------------------------------------------------------------
    def _write_log(self, log: Sequence[Record], author: str, operation: str) -> None:
        if not log:
            return
        now = datetime.now().astimezone()
        at = now.isoformat(timespec="seconds")
        if len(log) == 1:
            row = self.conn.execute(
                "SELECT seq, entity_id, field, lang, author, operation, at FROM history ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            current = log[0]
            if (
                row
                and _recent(row[6], now)
                and mergeable(
                    Record(row[1], "", row[2], row[3], None, None, author=row[4], operation=row[5]),
                    Record(
                        current.entity_id,
                        "",
                        current.field,
                        current.lang,
                        None,
                        None,
                        author=author,
                        operation=operation,
                    ),
                )
            ):
                self.conn.execute("UPDATE history SET after = ?, at = ? WHERE seq = ?", (current.after, at, row[0]))
                return
        self.conn.executemany(
            "INSERT INTO history (at, author, operation, entity_id, kind, field, lang, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(at, author, operation, r.entity_id, r.kind, r.field, r.lang, r.before, r.after) for r in log],
        )

    def history(self, entity_ids: Sequence[str] | None = None, limit: int = 1000) -> list[Record]:
        """Recorded changes, newest first: of the given items, or of the whole document."""
        sql = "SELECT seq, at, author, operation, entity_id, kind, field, lang, before, after FROM history"
        args: list = []
        if entity_ids is not None:
            if not entity_ids:
                return []
            sql += " WHERE entity_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(entity_ids)))
        sql += " ORDER BY seq DESC LIMIT ?"
        args.append(limit)
        return [
            Record(eid, kind, fld, lang, before, after, seq=seq, at=at, author=who, operation=op)
            for seq, at, who, op, eid, kind, fld, lang, before, after in self.conn.execute(sql, args)
        ]

    # -- images for undo --------------------------------------------------------------
    def subtree_ids(self, root_ids: list[str]) -> dict[str, list[str]]:
        """For each root, its id and its descendants' ids as stored, parents first."""
        out = {}
        for root in root_ids:
            rows = self.conn.execute(
                "WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL "
                "SELECT e.id, sub.depth + 1 FROM entity e JOIN sub ON e.parent_id = sub.id) "
                "SELECT id FROM sub ORDER BY depth",
                (root,),
            ).fetchall()
            out[root] = [r[0] for r in rows]
        return out

    def stored_parent(self, entity_id: str) -> str | None:
        row = self.conn.execute("SELECT parent_id FROM entity WHERE id = ?", (entity_id,)).fetchone()
        return row[0] if row else None

    def read_state(self, entity_id: str) -> dict | None:
        """An entity's own stored state in the form history.entity_state gives, or None if absent."""
        row = self.conn.execute("SELECT kind, parent_id FROM entity WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        kind, parent = row
        cls = KINDS[kind]
        names = list(cls.SCALARS)
        values = self.conn.execute(f"SELECT {', '.join(['id', *names])} FROM {kind} WHERE id = ?", (entity_id,))
        values = values.fetchone()[1:]
        scalars = {
            n: encode_scalar(cls.SCALARS[n], decode_scalar(cls.SCALARS[n], v, from_json=False), for_json=True)
            for n, v in zip(names, values, strict=True)
        }
        texts: dict[str, MultiText] = {n: MultiText() for n in cls.TEXTS}
        for name, lang, source, value, state, based_on in self.conn.execute(
            "SELECT field, lang, source, value, state, based_on FROM text WHERE entity_id = ?", (entity_id,)
        ):
            texts[name].source = source
            texts[name].values[lang] = Translation(value, TState(state), based_on)
        return {
            "kind": kind,
            "parent": parent,
            "scalars": scalars,
            "texts": {n: text_to_dict(mt) for n, mt in texts.items()},
        }

    def read_order(self, parent_id: str) -> list[str]:
        rows = self.conn.execute("SELECT id FROM entity WHERE parent_id = ? ORDER BY position", (parent_id,))
        return [r[0] for r in rows]

    # -- reading ---------------------------------------------------------------------
    def load(self) -> Document:
        """Read the whole document; raises DamagedFileError when its content is inconsistent."""
        try:
            return self._load()
        except (FormatError, TextError, ValueError, KeyError, TypeError, sqlite3.DatabaseError) as exc:
            raise DamagedFileError(f"The document's content is damaged ({exc}).") from None

    def _load(self) -> Document:
        c = self.conn
        entities: dict[str, Entity] = {}
        for kind, cls in KINDS.items():
            scalars = list(cls.SCALARS.items())
            cols = ", ".join(["id", *cls.SCALARS])
            for row in c.execute(f"SELECT {cols} FROM {kind}"):
                entity = cls(id=row[0])
                for (name, scalar), value in zip(scalars, row[1:], strict=True):
                    if scalar != "str" or value.__class__ is not str:  # a stored text was cleaned when written
                        value = decode_scalar(scalar, value, from_json=False, what=name)
                    setattr(entity, name, value)
                entities[row[0]] = entity
        field, mt = None, MultiText()
        # In key order, the languages of one text come one after the other: its entity is looked up once.
        for eid, name, lang, source, value, state, based_on in c.execute(
            "SELECT entity_id, field, lang, source, value, state, based_on FROM text"
        ):
            if field != (eid, name):
                entity = entities[eid]
                if name not in entity.TEXTS:
                    raise FormatError(f"unknown text {name}/{lang}")
                field, mt = (eid, name), getattr(entity, name)
                mt.source = source
            if lang not in LANGUAGES:
                raise FormatError(f"unknown text {name}/{lang}")
            mt.values[lang] = Translation(value, _STATES[state], based_on)
        root = None
        child_attr = {(cls.KIND, kind): (attr, many) for cls in KINDS.values() for attr, kind, many in cls.CHILDREN}
        for eid, kind, parent_id in c.execute("SELECT id, kind, parent_id FROM entity ORDER BY parent_id, position"):
            entity = entities[eid]
            if kind != entity.KIND:
                raise FormatError(f"entity {eid} has two kinds")
            if parent_id is None:
                if root is not None or kind != "document":
                    raise FormatError("more than one root")
                root = entity
                continue
            parent = entities[parent_id]
            attr, many = child_attr[(parent.KIND, kind)]
            if many:
                getattr(parent, attr).append(entity)
            else:
                setattr(parent, attr, entity)
        if root is None:
            raise FormatError("no document root")
        root.reindex()
        if len(root) != len(entities):
            raise FormatError("entities outside the document tree")
        return root


def _recent(at: str, now: datetime, minutes: int = 10) -> bool:
    """Whether a recorded time is within the last few minutes (typing in one field is one record)."""
    try:
        return (now - datetime.fromisoformat(at)).total_seconds() < minutes * 60
    except (TypeError, ValueError):
        return False


def _position(parent: Entity | None, entity: Entity) -> int:
    if parent is None:
        return 0
    for attr, kind, many in parent.CHILDREN:
        if many and kind == entity.KIND:
            return getattr(parent, attr).index(entity)
    return 0
