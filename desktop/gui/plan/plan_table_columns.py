"""The action-plan table's vocabulary: the data roles and row kinds, the built-in columns with their headers,
which hold texts and which can be edited, the keys the plan's column order uses, and how cells sort."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.timeframe import PlanTime, TimeError
from desktop.i18n import N_

MIME_TYPE = "application/x-plan-activity-ids"


ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 2


# The text in another language shown while this one is missing: the editor's placeholder.
FALLBACK_TEXT_ROLE = Qt.ItemDataRole.UserRole + 3


# How deep a sub-activity sits (0 for a top-level one): the delegate indents its title by it.
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 4


OBJECTIVE_ROW = "objective"


ACTIVITY_ROW = "activity"


# A cell shows at most this much of a text (a pasted report must not slow every repaint down);
# the editor and the detail panel have all of it.
CELL_TEXT_LIMIT = 1500


FALLBACK_COLOR = QColor("#6b6b6b")  # the same grey as the tree's untranslated labels


GROUP_BACKGROUND = QColor("#dde6f2")  # a band dark enough to tell apart on a washed-out projector


GROUP_FOREGROUND = QColor("#14283f")


class Column(IntEnum):
    NUMBER = 0
    ACTIVITY = 1
    RESPONSIBLE = 2
    PARTNERS = 3
    TIMEFRAME = 4
    BUDGET = 5
    FUNDING = 6
    INDICATORS = 7
    TARGET_GROUPS = 8
    NOTES = 9


HEADERS = {
    Column.NUMBER: N_("No."),
    Column.ACTIVITY: N_("Activity"),
    Column.RESPONSIBLE: N_("Responsible"),
    Column.PARTNERS: N_("Partners"),
    Column.TIMEFRAME: N_("Time frame"),
    Column.BUDGET: N_("Budget"),
    Column.FUNDING: N_("Funding source"),
    Column.INDICATORS: N_("Indicator"),
    Column.TARGET_GROUPS: N_("Target groups"),
    Column.NOTES: N_("Notes"),
}


# Columns edited in the cell itself and the activity's text field behind each.
TEXT_FIELDS = {
    Column.ACTIVITY: "title",
    Column.RESPONSIBLE: "responsible",
    Column.PARTNERS: "partners",
    Column.NOTES: "notes",
}


EDITABLE = frozenset((*TEXT_FIELDS, Column.TIMEFRAME))


# The grid's columns behind each of the plan's standard columns (core.model.STANDARD_COLUMNS): "budget" is the
# budget and its source, two columns here. The plan's own columns come after these, in the plan's order.
KEY_COLUMNS: dict[str, tuple[Column, ...]] = {
    "number": (Column.NUMBER,),
    "activity": (Column.ACTIVITY,),
    "responsible": (Column.RESPONSIBLE,),
    "partners": (Column.PARTNERS,),
    "timeframe": (Column.TIMEFRAME,),
    "budget": (Column.BUDGET, Column.FUNDING),
    "indicator": (Column.INDICATORS,),
    "target_groups": (Column.TARGET_GROUPS,),
    "notes": (Column.NOTES,),
}


KEY_OF = {int(c): key for key, cs in KEY_COLUMNS.items() for c in cs}


TEXT_SORTED = (*TEXT_FIELDS, Column.FUNDING, Column.INDICATORS, Column.TARGET_GROUPS)


COLUMN_COUNT = len(Column)


# data() and flags() run for every cell painted: plain ints and flags worked out once, not enum arithmetic.
ROLE_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


ROLE_EDIT = int(Qt.ItemDataRole.EditRole)


ROLE_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


ROLE_FONT = int(Qt.ItemDataRole.FontRole)


ROLE_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


ROLE_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)


ROLE_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


ALIGN_TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


ALIGN_TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


ALIGN_BAND = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


FLAGS_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


FLAGS_BAND = FLAGS_READ | Qt.ItemFlag.ItemIsDropEnabled


FLAGS_ACTIVITY = FLAGS_BAND | Qt.ItemFlag.ItemIsDragEnabled


FLAGS_EDITABLE = FLAGS_ACTIVITY | Qt.ItemFlag.ItemIsEditable


EDITABLE_COLUMNS = frozenset(int(c) for c in EDITABLE)


@dataclass(frozen=True, slots=True)
class TimeFrameValue:
    """What the time frame editor edits: start, end (PlanTime text or None) and the free note."""

    start: str | None
    end: str | None
    note: str = ""


def number_key(number: str) -> tuple[int, ...]:
    """'1.10' -> (1, 10): numbers sort as numbers, so 1.2 comes before 1.10."""
    out = []
    for part in number.split("."):
        try:
            out.append(int(part))
        except ValueError:
            out.append(0)
    return tuple(out)


def parse_span_text(text: str) -> tuple[str | None, str | None]:
    """'2025-H1 – 2026' (en dash or spaced hyphen) -> ('2025-H1', '2026'); one value means start only."""
    text = text.strip()
    for sep in ("–", "—", " - "):
        if sep in text:
            start, end = text.split(sep, 1)
            return start.strip() or None, end.strip() or None
    return text or None, None


def timeframe_sort_key(start: str | None, end: str | None) -> tuple[int, int, int, int]:
    """Orders time frames by start, then end; unknown ones last."""
    try:
        s = PlanTime.parse(start) if start else None
        e = PlanTime.parse(end) if end else None
    except TimeError:
        return (9999, 99, 9999, 99)
    first = (s or e).first() if (s or e) else (9999, 99)
    last = (e or s).last() if (s or e) else (9999, 99)
    return (*first, *last)
