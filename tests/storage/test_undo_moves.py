"""Undo and redo of an operation that moves an item under another parent (a chapter indented or outdented)."""

from __future__ import annotations

from pathlib import Path

from desktop.core import chapters
from desktop.core import operations as op
from desktop.storage.session import DocumentSession


def test_undo_puts_a_moved_chapter_back_under_its_parent(tmp_path: Path) -> None:
    session = DocumentSession.create(op.new_document("Korçë"), tmp_path / "k.plan")
    try:
        top = session.apply_undoable(chapters.add_chapter, None)[0].upserted[0]
        first = session.apply_undoable(chapters.add_chapter, top)[0].upserted[0]
        moved = session.apply_undoable(chapters.add_chapter, top)[0].upserted[0]
        session.apply_undoable(chapters.indent_chapter, moved)
        _change, step = session.apply_undoable(chapters.outdent_chapter, moved)
        doc = session.doc
        assert doc.parent_of(doc.get(moved)).id == top

        session.restore(step.before, "undo")
        assert doc.parent_of(doc.get(moved)).id == first
        assert [s.id for s in doc.get(first).sections] == [moved]
        assert [s.id for s in doc.get(top).sections] == [first]
        stored = session.repo.load()
        assert [s.id for s in stored.get(first).sections] == [moved]

        session.restore(step.after, "redo")
        assert doc.parent_of(doc.get(moved)).id == top
        assert [s.id for s in session.repo.load().get(top).sections] == [first, moved]
    finally:
        session.close()
