"""What a document import recognises, item by item: a chapter, objective, priority, activity or decision with its
level and texts (PreviewItem), and each action-plan table with its column mapping (PreviewTable)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.import_plan import ImportedActivity
from desktop.core.table_import import NEW_COLUMN, NEW_OBJECTIVE_COLUMN
from desktop.exchange.docimport.rich import Line

ROLES = ("chapter", "objective", "priority", "activity", "decision", "skip")


MAX_LEVEL = 5


# A column mapped to a new column of the plan's own, named by its header (as the paste dialog maps it).
OWN_TARGETS = (NEW_COLUMN, NEW_OBJECTIVE_COLUMN)


@dataclass
class PreviewItem:
    role: str
    level: int
    title: str
    number: str = ""
    body: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # the body's paragraphs with their structure, one per body line
    fields: dict[str, str] = field(default_factory=dict)  # an activity's read values; a decision's lines
    cells: dict[str, str] = field(default_factory=dict)  # own columns' texts, by column name
    figures: list[tuple[bytes, str]] = field(default_factory=list)
    table: int | None = None  # the PreviewTable it was read from
    activity: ImportedActivity | None = None  # what the row was read as (dates, amount, numbers)
    found_by: str = ""  # "heading style", "typed numbering", "table row" ...


@dataclass
class PreviewTable:
    header: list[str]
    rows: list[list[str]]  # the data rows of every source table with this header, in order
    mapping: list[str]  # per column: a target of core.table_import (TARGETS) or one of OWN_TARGETS
    sources: int = 1  # how many of the document's tables were joined into it
    repeated_headers: int = 0
    joined_rows: int = 0
    heading_title: str = ""  # the objective a full-width row named, if any
