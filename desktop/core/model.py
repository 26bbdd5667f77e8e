"""The plan document: a tree of entities, each with a stable UUID, scalar attributes and multilingual texts.

Each entity class declares its persisted shape (`SCALARS`, `TEXTS`, `CHILDREN`) so storage and the
JSON format can map every kind the same way, without code per kind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from desktop.core.text import MultiText


def new_id() -> str:
    """A random (version 4) UUID in its usual form, as str(uuid.uuid4()) writes it; made here because importing
    uuid costs the window's start a few milliseconds."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Country(StrEnum):
    KOSOVO = "XK"
    ALBANIA = "AL"
    SERBIA = "RS"


DEFAULT_CURRENCY = {Country.KOSOVO: "EUR", Country.ALBANIA: "ALL", Country.SERBIA: "RSD"}
CURRENCIES: tuple[str, ...] = ("EUR", "ALL", "RSD", "USD")


class FundingSource(StrEnum):
    MUNICIPAL = "municipal"
    CENTRAL = "central"
    DONOR = "donor"
    OTHER = "other"


# The standard strategy sections, in the order documents give them.
SECTION_KEYS: tuple[str, ...] = ("context", "vision", "mission", "goal")


class DocumentKind(StrEnum):
    """What the document calls itself: shown on the cover and in the running header."""

    STRATEGY = "strategy"
    ACTION_PLAN = "action_plan"
    OPERATIONAL_PLAN = "operational_plan"
    PROGRAMME = "programme"
    PROJECT = "project"


class ChapterNumbering(StrEnum):
    ROMAN = "roman"  # I., II. … with sub-chapters 4.1, 4.1.1 (as most municipal documents do)
    DECIMAL = "decimal"  # 1., 2. … with sub-chapters 4.1, 4.1.1


class ActivityNumbering(StrEnum):
    BY_OBJECTIVE = "by_objective"  # 1.1, 1.2 under objective 1; sub-activities 1.1.1
    RUNNING = "running"  # 1, 2, 3 through the plan; sub-activities 1.1, 1.2
    KEPT = "kept"  # as the source numbered them (Activity.number), running numbers where it has none


# The fixed parts of a document that take a place in its outline among the chapters (sections).
PART_OBJECTIVES = "@objectives"
PART_TARGET_GROUPS = "@target_groups"
PART_ACTION_PLANS = "@action_plans"
PART_ANNEXES = "@annexes"
PARTS: tuple[str, ...] = (PART_OBJECTIVES, PART_TARGET_GROUPS, PART_ACTION_PLANS, PART_ANNEXES)

# The action plan's standard columns, in their usual order; a plan may reorder, rename and hide them and add
# columns of its own (Column with key None).
STANDARD_COLUMNS: tuple[str, ...] = (
    "number",
    "activity",
    "responsible",
    "partners",
    "timeframe",
    "budget",
    "indicator",
    "target_groups",
    "notes",
)
HIDDEN_BY_DEFAULT = frozenset({"notes"})


class ColumnLevel(StrEnum):
    ACTIVITY = "activity"  # a text per activity
    OBJECTIVE = "objective"  # a text per objective, printed as one cell spanning its activities


@dataclass(eq=False)
class Entity:
    KIND: ClassVar[str] = ""
    # attribute -> storage type: "int", "str", "decimal", "bytes", "strlist", "decmap"
    SCALARS: ClassVar[dict[str, str]] = {}
    TEXTS: ClassVar[tuple[str, ...]] = ()
    # (attribute, child kind, is a list)
    CHILDREN: ClassVar[tuple[tuple[str, str, bool], ...]] = ()

    id: str = field(default_factory=new_id)

    def text(self, name: str) -> MultiText:
        if name not in self.TEXTS:
            raise KeyError(f"{self.KIND} has no text field {name!r}")
        return getattr(self, name)

    def children(self) -> Iterator[Entity]:
        for attr, _kind, many in self.CHILDREN:
            value = getattr(self, attr)
            if many:
                yield from value
            elif value is not None:
                yield value

    def walk(self) -> Iterator[Entity]:
        yield self
        for child in self.children():
            yield from child.walk()


@dataclass(eq=False)
class Municipality(Entity):
    KIND = "municipality"
    SCALARS = {"country": "str", "currency": "str", "emblem": "bytes"}
    TEXTS = ("name",)

    name: MultiText = field(default_factory=MultiText)
    country: str = Country.KOSOVO.value
    currency: str = "EUR"
    emblem: bytes | None = None  # PNG or JPEG bytes


@dataclass(eq=False)
class Figure(Entity):
    """An image placed in a chapter, with a caption per language; numbered in the document's order."""

    KIND = "figure"
    SCALARS = {"image": "bytes"}
    TEXTS = ("caption",)

    caption: MultiText = field(default_factory=MultiText)
    image: bytes | None = field(default=None, repr=False)  # PNG or JPEG bytes


@dataclass(eq=False)
class Section(Entity):
    """A chapter: its title and body, then its figures, then its sub-chapters (to any depth)."""

    KIND = "section"
    SCALARS = {"key": "str"}
    TEXTS = ("title", "body")
    CHILDREN = (("figures", "figure", True), ("sections", "section", True))

    title: MultiText = field(default_factory=MultiText)
    body: MultiText = field(default_factory=MultiText)
    key: str | None = None  # one of SECTION_KEYS, or None for a section the group added
    figures: list[Figure] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


@dataclass(eq=False)
class Priority(Entity):
    KIND = "priority"
    TEXTS = ("title", "description")
    CHILDREN = (("priorities", "priority", True),)

    title: MultiText = field(default_factory=MultiText)
    description: MultiText = field(default_factory=MultiText)
    priorities: list[Priority] = field(default_factory=list)


@dataclass(eq=False)
class Objective(Entity):
    KIND = "objective"
    TEXTS = ("title", "description")
    CHILDREN = (("priorities", "priority", True),)

    title: MultiText = field(default_factory=MultiText)
    description: MultiText = field(default_factory=MultiText)
    priorities: list[Priority] = field(default_factory=list)


@dataclass(eq=False)
class Strategy(Entity):
    """The document's content and its facts: kind, period (with months where the source has them), donors,
    partners, chapter numbering, and the outline: the order of its chapters among the fixed parts."""

    KIND = "strategy"
    SCALARS = {
        "start_year": "int",
        "end_year": "int",
        "document_kind": "str",
        "start_month": "int",
        "end_month": "int",
        "numbering": "str",
        "outline": "strlist",
    }
    TEXTS = ("title", "donors", "partners")
    CHILDREN = (
        ("sections", "section", True),
        ("objectives", "objective", True),
        ("priorities", "priority", True),
    )

    title: MultiText = field(default_factory=MultiText)
    donors: MultiText = field(default_factory=MultiText)  # one per line
    partners: MultiText = field(default_factory=MultiText)  # implementing partners, one per line
    start_year: int = 2025
    end_year: int = 2027
    document_kind: str = DocumentKind.STRATEGY.value  # not "kind": that key names the entity kind in JSON
    start_month: int | None = None  # 1-12, or None when the period is whole years
    end_month: int | None = None
    numbering: str = ChapterNumbering.ROMAN.value
    # Top-level section ids and PARTS in the document's order; what it leaves out follows in the default order
    # (sections first, then the parts): see core/outline.py.
    outline: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)  # the plan's own, not under one objective


@dataclass(eq=False)
class TargetGroup(Entity):
    KIND = "target_group"
    TEXTS = ("name",)

    name: MultiText = field(default_factory=MultiText)


@dataclass(eq=False)
class BudgetLine(Entity):
    KIND = "budget_line"
    SCALARS = {"year": "int", "amount": "decimal", "currency": "str", "source": "str", "funder": "str"}

    year: int = 2025
    amount: Decimal = Decimal(0)
    currency: str = "EUR"
    source: str = FundingSource.MUNICIPAL.value
    funder: str = ""  # the donor's or other funder's name


@dataclass(eq=False)
class Indicator(Entity):
    KIND = "indicator"
    SCALARS = {"baseline": "decimal", "targets": "decmap"}
    TEXTS = ("name", "unit")

    name: MultiText = field(default_factory=MultiText)
    unit: MultiText = field(default_factory=MultiText)
    baseline: Decimal | None = None
    targets: dict[int, Decimal] = field(default_factory=dict)  # year -> target value


@dataclass(eq=False)
class Cell(Entity):
    """A text in a plan's own column: for an activity (a child of it), or for an objective (a child of the
    column, `item_id` naming the objective)."""

    KIND = "cell"
    SCALARS = {"column_id": "str", "item_id": "str"}
    TEXTS = ("value",)

    value: MultiText = field(default_factory=MultiText)
    column_id: str = ""
    item_id: str | None = None


@dataclass(eq=False)
class Column(Entity):
    """A column of an action plan's table: a standard one (`key`) or one of the plan's own (key None)."""

    KIND = "plan_column"
    SCALARS = {"key": "str", "level": "str", "hidden": "int"}
    TEXTS = ("name",)
    CHILDREN = (("cells", "cell", True),)

    name: MultiText = field(default_factory=MultiText)  # empty: the standard column's usual name
    key: str | None = None  # one of STANDARD_COLUMNS, or None for the plan's own column
    level: str = ColumnLevel.ACTIVITY.value
    hidden: int = 0  # 1: not shown nor printed
    cells: list[Cell] = field(default_factory=list)  # objective-level texts


@dataclass(eq=False)
class Activity(Entity):
    KIND = "activity"
    SCALARS = {
        "objective_id": "str",
        "start": "str",
        "end": "str",
        "target_group_ids": "strlist",
        "origin_id": "str",
        "parent_id": "str",
        "number": "str",
    }
    TEXTS = ("title", "description", "responsible", "partners", "timeframe_note", "notes")
    CHILDREN = (
        ("budget_lines", "budget_line", True),
        ("indicators", "indicator", True),
        ("cells", "cell", True),
    )

    title: MultiText = field(default_factory=MultiText)
    description: MultiText = field(default_factory=MultiText)
    responsible: MultiText = field(default_factory=MultiText)
    partners: MultiText = field(default_factory=MultiText)
    timeframe_note: MultiText = field(default_factory=MultiText)  # "continuously 2025-2027"
    notes: MultiText = field(default_factory=MultiText)
    objective_id: str = ""
    start: str | None = None  # PlanTime as text, see timeframe.py
    end: str | None = None
    target_group_ids: list[str] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    origin_id: str | None = None  # in a revised plan: the activity of the previous version it continues
    parent_id: str | None = None  # a sub-activity's parent (same plan, same objective), listed before it
    number: str | None = None  # the number the source gave it ("1.", "2.3"), kept with ActivityNumbering.KEPT
    cells: list[Cell] = field(default_factory=list)  # its texts in the plan's own columns

    def cell(self, column_id: str) -> Cell | None:
        return next((c for c in self.cells if c.column_id == column_id), None)


@dataclass(eq=False)
class ActionPlan(Entity):
    KIND = "action_plan"
    SCALARS = {
        "start_year": "int",
        "end_year": "int",
        "version": "int",
        "previous_id": "str",
        "superseded_by": "str",
        "numbering": "str",
    }
    TEXTS = ("title",)
    CHILDREN = (("activities", "activity", True), ("columns", "plan_column", True))

    title: MultiText = field(default_factory=MultiText)
    start_year: int = 2025
    end_year: int = 2027
    activities: list[Activity] = field(default_factory=list)
    version: int | None = None  # None is the first version
    previous_id: str | None = None  # the version this one revises
    superseded_by: str | None = None  # set when a revision replaces it: it is then kept read-only
    numbering: str = ActivityNumbering.BY_OBJECTIVE.value
    columns: list[Column] = field(default_factory=list)  # empty: the standard columns (see core/columns.py)

    @property
    def number(self) -> int:
        return self.version or 1

    def family(self, activity: Activity) -> list[Activity]:
        """The activity and its sub-activities at every depth, in the plan's order."""
        ids = {activity.id}
        out = [activity]
        for a in self.activities:
            if a.parent_id in ids:
                ids.add(a.id)
                out.append(a)
        return out


class NoteCategory(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"  # an action someone takes on by a date


@dataclass(eq=False)
class Note(Entity):
    """A note, decision or follow-up recorded in a meeting about items of the plan (or the whole plan)."""

    KIND = "note"
    SCALARS = {
        "category": "str",
        "date": "str",
        "item_id": "str",
        "meeting_id": "str",
        "related_ids": "strlist",
        "assignee": "str",
        "due": "str",
        "done": "str",
    }
    TEXTS = ("body",)

    body: MultiText = field(default_factory=MultiText)
    category: str = NoteCategory.NOTE.value
    date: str = ""  # ISO yyyy-mm-dd
    item_id: str = ""  # the entity it concerns; "" for the plan as a whole
    meeting_id: str | None = None  # the meeting it was recorded in
    related_ids: list[str] = field(default_factory=list)  # further items a decision concerns
    assignee: str | None = None  # a follow-up's owner: a member's id or a name
    due: str | None = None  # a follow-up's deadline (ISO)
    done: str | None = None  # ISO date a follow-up was done

    @property
    def item_ids(self) -> list[str]:
        """Every item the note concerns, the main one first."""
        return [i for i in (self.item_id, *self.related_ids) if i]


class MemberRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    CONSULTANT = "consultant"


class Sector(StrEnum):
    MUNICIPALITY = "municipality"
    CIVIL_SOCIETY = "civil_society"
    SOCIAL_CENTRE = "social_centre"
    HEALTH = "health"
    EDUCATION = "education"
    POLICE = "police"
    INTERNATIONAL = "international"
    OTHER = "other"


@dataclass(eq=False)
class MemberContact(Entity):
    """A member's contact details: personal data, kept apart and left out of exports and shared copies."""

    KIND = "member_contact"
    SCALARS = {"phone": "str", "email": "str", "address": "str"}

    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(eq=False)
class Member(Entity):
    """A member of the advisory group."""

    KIND = "member"
    SCALARS = {"name": "str", "role": "str", "sector": "str"}
    TEXTS = ("organisation",)
    CHILDREN = (("contact", "member_contact", False),)

    organisation: MultiText = field(default_factory=MultiText)
    name: str = ""
    role: str = MemberRole.MEMBER.value
    sector: str = Sector.OTHER.value
    contact: MemberContact | None = None


@dataclass(eq=False)
class Meeting(Entity):
    """A meeting of the advisory group; its notes, decisions and follow-ups are Notes with its id."""

    KIND = "meeting"
    SCALARS = {"date": "str", "present": "strlist", "absent": "strlist"}
    TEXTS = ("title", "place", "agenda", "minutes", "guests")

    title: MultiText = field(default_factory=MultiText)
    place: MultiText = field(default_factory=MultiText)
    agenda: MultiText = field(default_factory=MultiText)  # one item per line
    minutes: MultiText = field(default_factory=MultiText)
    guests: MultiText = field(default_factory=MultiText)  # one guest per line
    date: str = ""  # ISO yyyy-mm-dd
    present: list[str] = field(default_factory=list)  # member ids
    absent: list[str] = field(default_factory=list)


class ConsultationMethod(StrEnum):
    FOCUS_GROUP = "focus_group"
    INTERVIEW = "interview"
    WORKSHOP = "workshop"  # scenario and planning workshops
    PUBLIC_HEARING = "public_hearing"
    SURVEY = "survey"
    OTHER = "other"


@dataclass(eq=False)
class ParticipantGroup(Entity):
    """How many people of one group took part in a consultation, by gender (no names)."""

    KIND = "participant_group"
    SCALARS = {"target_group_id": "str", "women": "int", "men": "int", "unspecified": "int"}
    TEXTS = ("label",)

    label: MultiText = field(default_factory=MultiText)
    target_group_id: str | None = None
    women: int = 0
    men: int = 0
    unspecified: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.unspecified


@dataclass(eq=False)
class Consultation(Entity):
    """One step of drafting with the community: a focus group, interviews, a workshop, a hearing."""

    KIND = "consultation"
    SCALARS = {"date": "str", "method": "str", "sessions": "int", "objective_ids": "strlist"}
    TEXTS = ("title", "place", "findings")
    CHILDREN = (("participants", "participant_group", True),)

    title: MultiText = field(default_factory=MultiText)
    place: MultiText = field(default_factory=MultiText)
    findings: MultiText = field(default_factory=MultiText)
    date: str = ""  # ISO yyyy-mm-dd (the first day, for a series)
    method: str = ConsultationMethod.FOCUS_GROUP.value
    sessions: int = 1  # e.g. 40 focus groups recorded as one line
    objective_ids: list[str] = field(default_factory=list)  # the objectives it shaped
    participants: list[ParticipantGroup] = field(default_factory=list)


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # to the assembly
    APPROVED = "approved"
    IN_IMPLEMENTATION = "in_implementation"
    CLOSED = "closed"


@dataclass(eq=False)
class Version(Entity):
    """An approved version: the document's content frozen as it was approved (see core/versions.py)."""

    KIND = "version"
    SCALARS = {
        "number": "int",
        "body": "str",
        "decision_number": "str",
        "decision_date": "str",
        "frozen_at": "str",
        "author": "str",
        "digest": "str",
        "snapshot": "bytes",
    }

    number: int = 1
    body: str = ""  # the body that approved it: "Kuvendi i Komunës së Gjakovës"
    decision_number: str = ""
    decision_date: str = ""  # ISO
    frozen_at: str = ""  # ISO date and time
    author: str = ""
    digest: str = ""  # sha256 of the snapshot, to tell it was not altered
    snapshot: bytes = field(default=b"", repr=False)  # zlib-compressed canonical JSON of the document


class ActivityStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    DELAYED = "delayed"
    NOT_STARTED = "not_started"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class PlanChange(StrEnum):
    """What a review decides for an activity in the next period."""

    DEADLINE = "deadline"  # a new end of the time frame
    RESPONSIBLE = "responsible"  # another responsible body
    BUDGET = "budget"  # more or less money
    SPLIT = "split"  # split into two activities
    DROP = "drop"  # not continued
    ADD = "add"  # a new activity (the entry has no activity)


class ReviewState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # adopted by the group: read-only until deliberately re-opened


@dataclass(eq=False)
class IndicatorValue(Entity):
    """The value an indicator reached in the reviewed year."""

    KIND = "indicator_value"
    SCALARS = {"indicator_id": "str", "value": "decimal"}

    indicator_id: str = ""
    value: Decimal | None = None


@dataclass(eq=False)
class Spending(Entity):
    """Money spent in the reviewed year from one funding source."""

    KIND = "spending"
    SCALARS = {"source": "str", "amount": "decimal", "funder": "str"}

    source: str = FundingSource.MUNICIPAL.value
    amount: Decimal = Decimal(0)
    funder: str | None = None


@dataclass(eq=False)
class ReviewEntry(Entity):
    """One activity in a yearly review: what it achieved, and what changes for the next period."""

    KIND = "review_entry"
    SCALARS = {
        "activity_id": "str",
        "status": "str",
        "progress": "int",
        "updated": "str",
        "change": "str",
        "new_end": "str",
        "budget_change": "decimal",
        "objective_id": "str",
    }
    TEXTS = ("comment", "evidence", "change_reason", "new_responsible", "new_title")
    CHILDREN = (("values", "indicator_value", True), ("spending", "spending", True))

    comment: MultiText = field(default_factory=MultiText)  # by the responsible body
    evidence: MultiText = field(default_factory=MultiText)  # what proves it: a report, an attendance list
    change_reason: MultiText = field(default_factory=MultiText)
    new_responsible: MultiText = field(default_factory=MultiText)
    new_title: MultiText = field(default_factory=MultiText)  # a new activity, or the second half of a split
    activity_id: str | None = None  # None for a proposed new activity
    status: str | None = None  # an ActivityStatus; None until reported
    progress: int | None = None  # percent; None is "no data", never zero
    updated: str | None = None  # ISO date of the last update
    change: str | None = None  # a PlanChange, None to continue as planned
    new_end: str | None = None  # PlanTime for a new deadline
    budget_change: Decimal | None = None  # plus or minus, in the plan's currency, per year
    objective_id: str | None = None  # for a new activity
    values: list[IndicatorValue] = field(default_factory=list)
    spending: list[Spending] = field(default_factory=list)


@dataclass(eq=False)
class Review(Entity):
    """The yearly implementation review of one action plan."""

    KIND = "review"
    SCALARS = {"year": "int", "plan_id": "str", "state": "str", "closed_on": "str"}
    TEXTS = ("summary",)
    CHILDREN = (("entries", "review_entry", True),)

    summary: MultiText = field(default_factory=MultiText)
    year: int = 2025
    plan_id: str = ""
    state: str = ReviewState.OPEN.value
    closed_on: str | None = None
    entries: list[ReviewEntry] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        return self.state == ReviewState.CLOSED


class DecisionTemplate(StrEnum):
    KOSOVO = "XK"  # the municipal assembly (Kuvendi i Komunës / Skupština opštine)
    ALBANIA = "AL"  # the municipal council (Këshilli Bashkiak)


@dataclass(eq=False)
class Decision(Entity):
    """The draft assembly decision approving the plan; its number and date once it is approved."""

    KIND = "decision"
    SCALARS = {"template": "str", "number": "str", "date": "str", "approved": "str", "point_style": "str"}
    # In the order a decision prints them: each line as the assembly writes it (an empty line prints the
    # template's wording, see core/decision.py).
    TEXTS = (
        "header",
        "protocol",
        "place_date",
        "title_word",
        "number_line",
        "subject",
        "issuing_body",
        "session",
        "legal_basis",
        "preamble",
        "operative",
        "points",
        "signatory_title",
        "signatory_name",
    )

    header: MultiText = field(default_factory=MultiText)  # country, municipality, body: one per line, as written
    protocol: MultiText = field(default_factory=MultiText)  # "Nr. S136 Prot."
    place_date: MultiText = field(default_factory=MultiText)  # "Roskovec, më 21, 07 2021"
    title_word: MultiText = field(default_factory=MultiText)  # "VENDIM" / "ODLUKA"
    number_line: MultiText = field(default_factory=MultiText)  # "Nr. S4, Datë 21, 07, 2021"
    subject: MultiText = field(default_factory=MultiText)  # "PËR MIRATIMIN E …"
    operative: MultiText = field(default_factory=MultiText)  # "VENDOSI:" / "ODLUČILA JE:"
    issuing_body: MultiText = field(default_factory=MultiText)
    session: MultiText = field(default_factory=MultiText)  # "the 12th session"
    legal_basis: MultiText = field(default_factory=MultiText)  # one law / article per line
    preamble: MultiText = field(default_factory=MultiText)
    points: MultiText = field(default_factory=MultiText)  # one numbered point per paragraph
    signatory_title: MultiText = field(default_factory=MultiText)
    signatory_name: MultiText = field(default_factory=MultiText)
    template: str = DecisionTemplate.KOSOVO.value
    number: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    approved: str | None = None  # "yes" once the assembly approved it
    point_style: str = "roman"  # "roman" (I., II.) or "decimal" (1., 2.)

    @property
    def is_approved(self) -> bool:
        return self.approved == "yes" and bool(self.number) and bool(self.date)


@dataclass(eq=False)
class Document(Entity):
    """The root: one municipality's strategy with its action plan(s)."""

    KIND = "document"
    CHILDREN = (
        ("municipality", "municipality", False),
        ("strategy", "strategy", False),
        ("target_groups", "target_group", True),
        ("action_plans", "action_plan", True),
        ("notes", "note", True),
        ("reviews", "review", True),
        ("decision", "decision", False),
        ("members", "member", True),
        ("meetings", "meeting", True),
        ("consultations", "consultation", True),
        ("versions", "version", True),
    )
    SCALARS = {"status": "str", "status_date": "str"}

    municipality: Municipality = field(default_factory=Municipality)
    strategy: Strategy = field(default_factory=Strategy)
    target_groups: list[TargetGroup] = field(default_factory=list)
    action_plans: list[ActionPlan] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    decision: Decision | None = None
    members: list[Member] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    consultations: list[Consultation] = field(default_factory=list)
    versions: list[Version] = field(default_factory=list)
    status: str = PlanStatus.DRAFT.value
    status_date: str | None = None  # ISO date of the last change of status
    _index: dict[str, Entity] = field(default_factory=dict, init=False, repr=False)
    _parent: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    # -- index -------------------------------------------------------------
    def reindex(self) -> None:
        self._index = {}
        self._parent = {}
        self._register(self, None)

    def _register(self, entity: Entity, parent: Entity | None) -> None:
        self._index[entity.id] = entity
        if parent is not None:
            self._parent[entity.id] = parent.id
        for child in entity.children():
            self._register(child, entity)

    def adopt(self, entity: Entity, parent: Entity) -> None:
        """Record that an entity already in the tree now sits under another parent."""
        self._parent[entity.id] = parent.id

    def _unregister(self, entity: Entity) -> None:
        for e in entity.walk():
            self._index.pop(e.id, None)
            self._parent.pop(e.id, None)

    def find(self, entity_id: str) -> Entity | None:
        return self._index.get(entity_id)

    def entities(self) -> Iterator[Entity]:
        """Every entity, the document included; in the order of `walk` after a `reindex`, and faster."""
        return iter(self._index.values())

    def get(self, entity_id: str, kind: type[Entity] | None = None) -> Entity:
        entity = self._index.get(entity_id)
        if entity is None or (kind is not None and not isinstance(entity, kind)):
            what = kind.KIND.replace("_", " ") if kind else "item"
            raise LookupError(f"no {what} with id {entity_id}")
        return entity

    def parent_of(self, entity: Entity) -> Entity | None:
        pid = self._parent.get(entity.id)
        return self._index.get(pid) if pid else None

    def __len__(self) -> int:
        return len(self._index)

    # -- convenience ---------------------------------------------------------
    @property
    def objectives(self) -> list[Objective]:
        return self.strategy.objectives

    @property
    def action_plan(self) -> ActionPlan | None:
        """The plan in force: the first one no revision has replaced."""
        return next((p for p in self.action_plans if not p.superseded_by), None) or (
            self.action_plans[0] if self.action_plans else None
        )

    def review_of(self, entity: Entity) -> Review | None:
        """The review an entity belongs to, if any."""
        while entity is not None and not isinstance(entity, Review):
            entity = self.parent_of(entity)
        return entity

    def plan_of(self, entity: Entity) -> ActionPlan | None:
        """The action plan an entity belongs to, if any."""
        while entity is not None and not isinstance(entity, ActionPlan):
            entity = self.parent_of(entity)
        return entity

    def activities_of(self, plan: ActionPlan, objective: Objective) -> list[Activity]:
        return [a for a in plan.activities if a.objective_id == objective.id]

    def numbers(self) -> dict[str, str]:
        """Numbers of objectives (1), priorities (1.1, 1.1.1; the plan's own P1, P1.1) and activities by id;
        activities as their plan numbers them (see ActivityNumbering), sub-activities under their parent."""
        out: dict[str, str] = {}

        def number_priorities(prefix: str, items: list[Priority]) -> None:
            for i, p in enumerate(items, 1):
                out[p.id] = f"{prefix}.{i}"
                number_priorities(out[p.id], p.priorities)

        objective_no: dict[str, int] = {}
        for i, obj in enumerate(self.strategy.objectives, 1):
            out[obj.id] = str(i)
            objective_no[obj.id] = i
            number_priorities(str(i), obj.priorities)
        for i, p in enumerate(self.strategy.priorities, 1):
            out[p.id] = f"P{i}"
            number_priorities(out[p.id], p.priorities)
        for plan in self.action_plans:
            out.update(self.activity_numbers(plan, objective_no))
        return out

    def activity_numbers(self, plan: ActionPlan, objective_no: dict[str, int] | None = None) -> dict[str, str]:
        if objective_no is None:
            objective_no = {o.id: i for i, o in enumerate(self.strategy.objectives, 1)}
        out: dict[str, str] = {}
        top: dict[str, int] = {}  # objective id (or "" when running) -> activities numbered so far
        subs: dict[str, int] = {}  # parent id -> sub-activities numbered so far
        mode = plan.numbering
        for act in self.ordered_activities(plan):
            parent = act.parent_id if act.parent_id in out else None
            if mode == ActivityNumbering.KEPT and act.number:
                out[act.id] = act.number
                if parent is not None:
                    subs[parent] = subs.get(parent, 0) + 1
                else:
                    top[""] = top.get("", 0) + 1
                continue
            if parent is not None:
                n = subs[parent] = subs.get(parent, 0) + 1
                out[act.id] = f"{out[parent].rstrip('.')}.{n}"
            elif mode == ActivityNumbering.BY_OBJECTIVE:
                n = top[act.objective_id] = top.get(act.objective_id, 0) + 1
                out[act.id] = f"{objective_no.get(act.objective_id, 0)}.{n}"
            else:
                n = top[""] = top.get("", 0) + 1
                out[act.id] = str(n)
        return out

    def sub_activities(self, activity: Activity) -> list[Activity]:
        """The activities directly under `activity`."""
        plan = self.plan_of(activity)
        return [a for a in plan.activities if a.parent_id == activity.id] if plan else []

    def ordered_activities(self, plan: ActionPlan) -> list[Activity]:
        """Activities in reading order: grouped by objective in objective order."""
        rank = {o.id: i for i, o in enumerate(self.strategy.objectives)}
        return sorted(plan.activities, key=lambda a: rank.get(a.objective_id, len(rank)))


# Kinds holding personal data: left out of exports, shared copies and frozen versions unless asked for.
PERSONAL_KINDS = frozenset({"member_contact"})

KINDS: dict[str, type[Entity]] = {
    cls.KIND: cls
    for cls in (
        Document,
        Municipality,
        Strategy,
        Section,
        Figure,
        Objective,
        Priority,
        TargetGroup,
        ActionPlan,
        Activity,
        Column,
        Cell,
        BudgetLine,
        Indicator,
        Note,
        Review,
        ReviewEntry,
        IndicatorValue,
        Spending,
        Decision,
        Member,
        MemberContact,
        Meeting,
        Consultation,
        ParticipantGroup,
        Version,
    )
}
