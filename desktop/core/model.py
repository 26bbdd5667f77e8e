"""The plan document: a tree of entities, each with a stable UUID, scalar attributes and multilingual texts.

Each entity class declares its persisted shape (`SCALARS`, `TEXTS`, `CHILDREN`) so storage and the
JSON format can map every kind the same way, without code per kind.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar

from desktop.core.text import MultiText


def new_id() -> str:
    return str(uuid.uuid4())


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
class Section(Entity):
    KIND = "section"
    SCALARS = {"key": "str"}
    TEXTS = ("title", "body")

    title: MultiText = field(default_factory=MultiText)
    body: MultiText = field(default_factory=MultiText)
    key: str | None = None  # one of SECTION_KEYS, or None for a section the group added


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
    KIND = "strategy"
    SCALARS = {"start_year": "int", "end_year": "int"}
    TEXTS = ("title",)
    CHILDREN = (("sections", "section", True), ("objectives", "objective", True))

    title: MultiText = field(default_factory=MultiText)
    start_year: int = 2025
    end_year: int = 2027
    sections: list[Section] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)


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
class Activity(Entity):
    KIND = "activity"
    SCALARS = {"objective_id": "str", "start": "str", "end": "str", "target_group_ids": "strlist"}
    TEXTS = ("title", "description", "responsible", "partners", "timeframe_note", "notes")
    CHILDREN = (("budget_lines", "budget_line", True), ("indicators", "indicator", True))

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


@dataclass(eq=False)
class ActionPlan(Entity):
    KIND = "action_plan"
    SCALARS = {"start_year": "int", "end_year": "int"}
    TEXTS = ("title",)
    CHILDREN = (("activities", "activity", True),)

    title: MultiText = field(default_factory=MultiText)
    start_year: int = 2025
    end_year: int = 2027
    activities: list[Activity] = field(default_factory=list)


class NoteCategory(StrEnum):
    NOTE = "note"
    DECISION = "decision"


@dataclass(eq=False)
class Note(Entity):
    """A note or decision recorded in a meeting about one item of the plan (or the whole plan)."""

    KIND = "note"
    SCALARS = {"category": "str", "date": "str", "item_id": "str"}
    TEXTS = ("body",)

    body: MultiText = field(default_factory=MultiText)
    category: str = NoteCategory.NOTE.value
    date: str = ""  # ISO yyyy-mm-dd
    item_id: str = ""  # the entity it concerns; "" for the plan as a whole


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
    )

    municipality: Municipality = field(default_factory=Municipality)
    strategy: Strategy = field(default_factory=Strategy)
    target_groups: list[TargetGroup] = field(default_factory=list)
    action_plans: list[ActionPlan] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
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

    def _unregister(self, entity: Entity) -> None:
        for e in entity.walk():
            self._index.pop(e.id, None)
            self._parent.pop(e.id, None)

    def find(self, entity_id: str) -> Entity | None:
        return self._index.get(entity_id)

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
        return self.action_plans[0] if self.action_plans else None

    def activities_of(self, plan: ActionPlan, objective: Objective) -> list[Activity]:
        return [a for a in plan.activities if a.objective_id == objective.id]

    def numbers(self) -> dict[str, str]:
        """Hierarchical numbers of objectives (1), priorities (1.1, 1.1.1) and activities (1.1) by id."""
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
        for plan in self.action_plans:
            seen: dict[str, int] = {}
            for act in plan.activities:
                n = seen[act.objective_id] = seen.get(act.objective_id, 0) + 1
                out[act.id] = f"{objective_no.get(act.objective_id, 0)}.{n}"
        return out

    def ordered_activities(self, plan: ActionPlan) -> list[Activity]:
        """Activities in reading order: grouped by objective in objective order."""
        rank = {o.id: i for i, o in enumerate(self.strategy.objectives)}
        return sorted(plan.activities, key=lambda a: rank.get(a.objective_id, len(rank)))


KINDS: dict[str, type[Entity]] = {
    cls.KIND: cls
    for cls in (
        Document,
        Municipality,
        Strategy,
        Section,
        Objective,
        Priority,
        TargetGroup,
        ActionPlan,
        Activity,
        BudgetLine,
        Indicator,
        Note,
    )
}
