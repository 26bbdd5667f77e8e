"""Operations on the document's outline and facts: chapters nested to any depth and placed among the fixed
parts, their numbering, figures, the kind of document, its months, and the plan's own priorities."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.model import (
    ChapterNumbering,
    Document,
    DocumentKind,
    Figure,
    Priority,
    Section,
    Strategy,
)
from desktop.core.operations import (
    KEEP,
    Change,
    OperationError,
    apply_texts,
    editable,
    guard,
    insert_child,
    remove_child,
)
from desktop.core.outline import section_depth, top_level
from desktop.core.validation import MAX_IMAGE_BYTES, MAX_NESTING

PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"


def _container(doc: Document, parent_id: str | None) -> Strategy | Section:
    if parent_id is None or parent_id == doc.strategy.id:
        return doc.strategy
    return doc.get(parent_id, Section)


def _siblings(doc: Document, section: Section) -> list[Section]:
    parent = doc.parent_of(section)
    return parent.sections  # type: ignore[union-attr]


def _subtree_depth(section: Section) -> int:
    return 1 + max((_subtree_depth(s) for s in section.sections), default=0)


def _set_outline(doc: Document, order: list[str]) -> str:
    doc.strategy.outline = order
    return doc.strategy.id


@guard
def add_chapter(
    doc: Document,
    parent_id: str | None = None,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    index: int | None = None,
) -> Change:
    """Add a chapter at the top level (`parent_id` None) or as a sub-chapter of a section, at `index` among its
    siblings (a top-level chapter's place among the parts is its place in the outline: see `move_chapter`)."""
    parent = editable(doc, _container(doc, parent_id))
    if isinstance(parent, Section) and section_depth(doc, parent) + 1 >= MAX_NESTING:
        raise OperationError(f"chapters are nested at most {MAX_NESTING} levels deep")
    section = Section()
    apply_texts(section, texts)
    change = insert_child(doc, parent, section, index, "add_chapter")
    if parent is doc.strategy and doc.strategy.outline:
        # Right after the chapter it follows, wherever that one stands among the parts; the first at the top.
        at = parent.sections.index(section)
        order = [k for k in top_level(doc) if k != section.id]
        order.insert(order.index(parent.sections[at - 1].id) + 1 if at > 0 else 0, section.id)
        change.upserted.append(_set_outline(doc, order))
    return change


@guard
def place_chapter(doc: Document, section_id: str, parent_id: str | None, index: int) -> Change:
    """Move a chapter with its sub-chapters and figures under another parent (None: the top level) at `index`
    among that parent's chapters. Used by drag and drop, indent and outdent."""
    section = editable(doc, doc.get(section_id, Section))
    target = editable(doc, _container(doc, parent_id))
    probe: object = target
    while isinstance(probe, Section):
        if probe is section:
            raise OperationError("a chapter cannot go inside itself")
        probe = doc.parent_of(probe)
    depth = section_depth(doc, target) + 1 if isinstance(target, Section) else 0
    if depth + _subtree_depth(section) > MAX_NESTING:
        raise OperationError(f"chapters are nested at most {MAX_NESTING} levels deep")
    old_parent = doc.parent_of(section)
    siblings = _siblings(doc, section)
    if not 0 <= index <= len(target.sections) - (1 if old_parent is target else 0):
        raise OperationError("position out of range")
    old_order = top_level(doc)
    siblings.remove(section)
    target.sections.insert(index, section)
    doc.adopt(section, target)
    change = Change("place_chapter", upserted=[section.id], reordered=[old_parent.id, target.id])
    if old_parent is doc.strategy or target is doc.strategy:
        order = [k for k in old_order if k != section.id]
        if target is doc.strategy:
            # Keep the chapter's place among the parts: after the top-level chapter it now follows.
            before = target.sections[index - 1].id if index > 0 else None
            at = order.index(before) + 1 if before in order else 0
            order.insert(at, section.id)
        change.upserted.append(_set_outline(doc, order))
    return change


@guard
def indent_chapter(doc: Document, section_id: str) -> Change:
    """Make a chapter the last sub-chapter of the chapter before it."""
    section = doc.get(section_id, Section)
    siblings = _siblings(doc, section)
    i = siblings.index(section)
    if i == 0:
        raise OperationError("the first chapter at its level has no chapter above it to go under")
    previous = siblings[i - 1]
    change = place_chapter(doc, section.id, previous.id, len(previous.sections))
    change.operation = "indent_chapter"
    return change


@guard
def outdent_chapter(doc: Document, section_id: str) -> Change:
    """Make a sub-chapter a chapter of its parent's level, right after its parent."""
    section = doc.get(section_id, Section)
    parent = doc.parent_of(section)
    if not isinstance(parent, Section):
        raise OperationError("a top-level chapter cannot go further out")
    grandparent = doc.parent_of(parent)
    index = grandparent.sections.index(parent) + 1
    change = place_chapter(doc, section.id, None if grandparent is doc.strategy else grandparent.id, index)
    change.operation = "outdent_chapter"
    return change


@guard
def move_in_outline(doc: Document, key: str, index: int) -> Change:
    """Move a top-level chapter or a fixed part (PARTS) to `index` in the document's top-level order."""
    order = top_level(doc)
    if key not in order:
        raise OperationError("only a top-level chapter or a part of the document moves in the outline")
    if not 0 <= index < len(order):
        raise OperationError("position out of range")
    editable(doc, doc.strategy)
    order.remove(key)
    order.insert(index, key)
    change = Change("move_in_outline", upserted=[_set_outline(doc, order)])
    # The sections' stored order follows the outline, so every reader of strategy.sections agrees with it.
    by_id = {s.id: s for s in doc.strategy.sections}
    ordered = [by_id[k] for k in order if k in by_id]
    if ordered != doc.strategy.sections:
        doc.strategy.sections[:] = ordered
        change.reordered.append(doc.strategy.id)
    return change


@guard
def delete_chapter(doc: Document, section_id: str) -> Change:
    """Delete a chapter with its sub-chapters and figures."""
    section = editable(doc, doc.get(section_id, Section))
    parent = doc.parent_of(section)
    change = remove_child(doc, section, "delete_chapter")  # its sub-chapters and figures go with it
    if parent is doc.strategy and section.id in doc.strategy.outline:
        change.upserted.append(_set_outline(doc, [k for k in doc.strategy.outline if k != section.id]))
    return change


@guard
def set_chapter_numbering(doc: Document, numbering: str) -> Change:
    """Number chapters I., II. (roman) or 1., 2. (decimal); sub-chapters are 4.1, 4.1.1 in both."""
    try:
        value = ChapterNumbering(numbering).value
    except ValueError:
        raise OperationError(f"unknown chapter numbering {numbering!r}") from None
    editable(doc, doc.strategy).numbering = value
    return Change("set_chapter_numbering", upserted=[doc.strategy.id])


def check_image(image: bytes, what: str = "the figure") -> bytes:
    if not (image.startswith(PNG) or image.startswith(JPEG)):
        raise OperationError(f"{what} must be a PNG or JPEG image")
    if len(image) > MAX_IMAGE_BYTES:
        raise OperationError(f"{what} is larger than {MAX_IMAGE_BYTES // 2**20} MB")
    return image


@guard
def add_figure(
    doc: Document,
    section_id: str,
    image: bytes,
    captions: Mapping[str, str] | None = None,
    *,
    index: int | None = None,
) -> Change:
    """Place an image (PNG or JPEG) with a caption per language in a chapter, after its text."""
    section = editable(doc, doc.get(section_id, Section))
    figure = Figure(image=check_image(image))
    apply_texts(figure, {"caption": captions} if captions else None)
    return insert_child(doc, section, figure, index, "add_figure")


@guard
def set_figure_image(doc: Document, figure_id: str, image: bytes) -> Change:
    figure = editable(doc, doc.get(figure_id, Figure))
    figure.image = check_image(image)
    return Change("set_figure_image", upserted=[figure.id])


@guard
def delete_figure(doc: Document, figure_id: str) -> Change:
    return remove_child(doc, editable(doc, doc.get(figure_id, Figure)), "delete_figure")


@guard
def set_plan_facts(
    doc: Document,
    *,
    kind: str | None = None,
    start_month: object = KEEP,
    end_month: object = KEEP,
) -> Change:
    """Set what the document is (strategy, action plan, operational plan, programme, project) and the months
    its period starts and ends (None: whole years; KEEP leaves it). Donors and partners are texts (`set_text`)."""
    strategy = editable(doc, doc.strategy)
    if kind is not None:
        try:
            kind = DocumentKind(kind).value
        except ValueError:
            raise OperationError(f"unknown kind of document {kind!r}") from None
    months = {}
    for name, value in (("start_month", start_month), ("end_month", end_month)):
        if value is KEEP:
            continue
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12):
            raise OperationError("a month is a number from 1 to 12")
        months[name] = value
    start = months.get("start_month", strategy.start_month)
    end = months.get("end_month", strategy.end_month)
    if strategy.start_year == strategy.end_year and start and end and start > end:
        raise OperationError("the period ends before it starts")
    if kind is not None:
        strategy.document_kind = kind
    for name, value in months.items():
        setattr(strategy, name, value)
    return Change("set_plan_facts", upserted=[strategy.id])


@guard
def add_plan_priority(
    doc: Document, texts: Mapping[str, Mapping[str, str]] | None = None, *, index: int | None = None
) -> Change:
    """Add a priority of the plan as a whole (not under one objective); sub-priorities go under it with
    `add_priority`."""
    priority = Priority()
    apply_texts(priority, texts)
    return insert_child(doc, editable(doc, doc.strategy), priority, index, "add_plan_priority")
