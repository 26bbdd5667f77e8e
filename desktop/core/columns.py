"""The action plan's columns: the standard ones a plan may reorder, rename and hide, and columns of its own
(a text per activity, or per objective printed as one cell spanning its activities).

A plan that never changed its columns stores none and shows the standard ones; the first change stores the
whole list, so every later step (move, hide, rename) works on stored columns.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.model import (
    HIDDEN_BY_DEFAULT,
    STANDARD_COLUMNS,
    ActionPlan,
    Activity,
    Cell,
    Column,
    ColumnLevel,
    Document,
    Objective,
)
from desktop.core.operations import (
    Change,
    OperationError,
    apply_texts,
    editable,
    guard,
    insert_child,
    move_within,
    remove_child,
)
from desktop.core.text import MultiText, check_language, clean_text

MAX_COLUMNS = 40


def default_columns() -> list[Column]:
    return [Column(key=key, hidden=int(key in HIDDEN_BY_DEFAULT)) for key in STANDARD_COLUMNS]


def columns_of(plan: ActionPlan) -> list[Column]:
    """The plan's columns in order, hidden ones included: its stored ones, else the standard set (not stored)."""
    if not plan.columns:
        return default_columns()
    stored = {c.key for c in plan.columns if c.key}
    # A standard column a stored list lacks (an older or hand-written file) is shown as hidden, never lost.
    extra = [Column(key=k, hidden=1) for k in STANDARD_COLUMNS if k not in stored]
    return [*plan.columns, *extra]


def shown_columns(plan: ActionPlan) -> list[Column]:
    return [c for c in columns_of(plan) if not c.hidden]


def cell_text(plan: ActionPlan, column: Column, item: Activity | Objective) -> MultiText:
    """An own column's text for an activity (activity level) or an objective (objective level)."""
    if isinstance(item, Activity):
        cell = item.cell(column.id)
    else:
        cell = next((c for c in column.cells if c.item_id == item.id), None)
    return cell.value if cell is not None else MultiText()


def _stored(doc: Document, plan: ActionPlan, change: Change) -> list[Column]:
    """The plan's columns, stored first if the plan still uses the standard set."""
    if not plan.columns:
        for column in default_columns():
            change.extend(insert_child(doc, plan, column, None, change.operation))
    return plan.columns


def _column(doc: Document, column_id: str) -> tuple[ActionPlan, Column]:
    column = doc.get(column_id, Column)
    plan = doc.parent_of(column)
    editable(doc, plan)
    return plan, column


@guard
def use_own_columns(doc: Document, plan_id: str) -> Change:
    """Store the standard columns in the plan so they can be changed (does nothing if already stored)."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    change = Change("use_own_columns")
    _stored(doc, plan, change)
    return change


@guard
def add_column(
    doc: Document,
    plan_id: str,
    names: Mapping[str, str],
    *,
    level: str = ColumnLevel.ACTIVITY.value,
    index: int | None = None,
) -> Change:
    """Add a column of the plan's own: a text per activity, or per objective (spanning its activities)."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    try:
        level = ColumnLevel(level).value
    except ValueError:
        raise OperationError(f"unknown column level {level!r}") from None
    if not any(clean_text(v).strip() for v in names.values()):
        raise OperationError("a column needs a name")
    change = Change("add_column")
    columns = _stored(doc, plan, change)
    if len(columns) >= MAX_COLUMNS:
        raise OperationError(f"a plan has at most {MAX_COLUMNS} columns")
    column = Column(level=level)
    apply_texts(column, {"name": dict(names)})
    return change.extend(insert_child(doc, plan, column, index, "add_column"))


@guard
def delete_column(doc: Document, column_id: str) -> Change:
    """Delete one of the plan's own columns with its texts (a standard column is hidden, not deleted)."""
    plan, column = _column(doc, column_id)
    if column.key:
        raise OperationError("a standard column cannot be deleted; hide it instead")
    change = Change("delete_column")
    for act in plan.activities:
        for cell in [c for c in act.cells if c.column_id == column.id]:
            change.extend(remove_child(doc, cell, "delete_column"))
    return change.extend(remove_child(doc, column, "delete_column"))


@guard
def move_column(doc: Document, plan_id: str, key_or_id: str, index: int) -> Change:
    """Move a column (a standard one by its key, an own one by its id) to `index`."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    change = Change("move_column")
    columns = _stored(doc, plan, change)
    column = next((c for c in columns if key_or_id in (c.id, c.key)), None)
    if column is None:
        raise OperationError("no such column in this plan")
    return change.extend(move_within(doc, column, index, "move_column"))


@guard
def set_column_hidden(doc: Document, plan_id: str, key_or_id: str, hidden: bool) -> Change:
    """Hide a column from the grid and the printed plan, or show it again (the number and activity columns
    always show: without them no row can be told)."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    if hidden and key_or_id in ("number", "activity"):
        raise OperationError("the number and activity columns cannot be hidden")
    change = Change("set_column_hidden")
    columns = _stored(doc, plan, change)
    column = next((c for c in columns if key_or_id in (c.id, c.key)), None)
    if column is None:
        raise OperationError("no such column in this plan")
    column.hidden = int(bool(hidden))
    change.upserted.append(column.id)
    return change


@guard
def rename_column(doc: Document, plan_id: str, key_or_id: str, lang: str, name: str) -> Change:
    """Name a column in one language (an empty name gives a standard column its usual name back)."""
    plan = editable(doc, doc.get(plan_id, ActionPlan))
    check_language(lang)
    change = Change("rename_column")
    columns = _stored(doc, plan, change)
    column = next((c for c in columns if key_or_id in (c.id, c.key)), None)
    if column is None:
        raise OperationError("no such column in this plan")
    name = clean_text(name).strip()
    if not name and not column.key and all(not column.name.get(lg) for lg in column.name.values if lg != lang):
        raise OperationError("a column of the plan's own needs a name")
    apply_texts(column, {"name": {lang: name}})
    change.upserted.append(column.id)
    return change


@guard
def set_cell(doc: Document, column_id: str, item_id: str, lang: str, text: str) -> Change:
    """Set the text of an own column for an activity or (objective-level column) an objective."""
    plan, column = _column(doc, column_id)
    if column.key:
        raise OperationError("a standard column's text is set on the activity itself")
    check_language(lang)
    item = doc.get(item_id)
    if column.level == ColumnLevel.OBJECTIVE:
        if not isinstance(item, Objective):
            raise OperationError("this column holds a text per objective")
        cell = next((c for c in column.cells if c.item_id == item.id), None)
        parent = column
    else:
        if not isinstance(item, Activity) or doc.plan_of(item) is not plan:
            raise OperationError("this column holds a text per activity of its plan")
        editable(doc, item)
        cell = item.cell(column.id)
        parent = item
    change = Change("set_cell")
    if cell is None:
        cell = Cell(column_id=column.id, item_id=item.id if parent is column else None)
        change.extend(insert_child(doc, parent, cell, None, "set_cell"))
    apply_texts(cell, {"value": {lang: text}})
    if cell.id not in change.upserted:
        change.upserted.append(cell.id)
    return change


def column_texts(doc: Document, plan: ActionPlan, column: Column) -> list[Cell]:
    """Every stored text of an own column (for search, translation and comparison)."""
    if column.level == ColumnLevel.OBJECTIVE:
        return list(column.cells)
    return [c for a in plan.activities for c in a.cells if c.column_id == column.id]
