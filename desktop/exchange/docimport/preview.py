"""What the wizard shows before anything is written: the recognised items in reading order, each with a role
and a level the user may change, each action-plan table with its column mapping, counts and warnings.

`build` turns it into the core's ImportedPlan; `apply` writes that into a document as one step."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.import_plan import ImportedActivity, ImportedChapter, ImportedObjective, ImportedPlan, import_plan
from desktop.core.model import Document
from desktop.core.operations import Change
from desktop.core.table_import import NEW_COLUMN
from desktop.exchange.docimport.items import MAX_LEVEL, OWN_TARGETS, ROLES, PreviewItem, PreviewTable
from desktop.exchange.docimport.rich import body_text
from desktop.exchange.docimport.tables import table_items


@dataclass
class Preview:
    file_name: str
    lang: str
    script: str  # "latn", "cyrl" or "none"
    title: str = ""
    kind: str | None = None
    period: tuple[int, int] | None = None
    numbering: str | None = None
    plan_title: str = ""
    municipality: str = ""
    country: str | None = None
    items: list[PreviewItem] = field(default_factory=list)
    tables: list[PreviewTable] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    decision_extra: dict[str, str] = field(default_factory=dict)  # number, date, template, point_style
    months: tuple[int, int] | None = None  # the period's first and last month, where the source names them
    facts: dict[str, str] = field(default_factory=dict)  # a project page's labelled title, donors, partners
    target_groups: list[str] = field(default_factory=list)
    part_places: dict[str, int] = field(default_factory=dict)  # a printed part -> the chapters before it

    # -- the user's corrections ------------------------------------------------------------------------
    def set_role(self, index: int, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        self.items[index].role = role

    def set_level(self, index: int, level: int) -> None:
        self.items[index].level = max(0, min(int(level), MAX_LEVEL))

    def set_mapping(self, table: int, mapping: list[str]) -> None:
        """Read a table again with another column mapping: its items are replaced in place."""
        t = self.tables[table]
        if len(mapping) != len(t.header):
            raise ValueError("one target per column")
        t.mapping = list(mapping)
        positions = [i for i, it in enumerate(self.items) if it.table == table]
        at = positions[0] if positions else len(self.items)
        self.items = [it for it in self.items if it.table != table]
        self.items[at:at] = table_items(t, table)

    def role_counts(self) -> dict[str, int]:
        out = dict.fromkeys(ROLES, 0)
        for item in self.items:
            out[item.role] += 1
        return out

    # -- into the core's shape -------------------------------------------------------------------------
    def build(self) -> ImportedPlan:
        plan = ImportedPlan(lang=self.lang, title=self.title, kind=self.kind, period=self.period,
                            numbering=self.numbering, plan_title=self.plan_title)  # fmt: skip
        stack: list[ImportedChapter] = []  # the open chapter at each level
        objective: ImportedObjective | None = None
        own: dict[str, str] = {}
        for t in self.tables:
            for name, target in zip(t.header, t.mapping, strict=False):
                if target in OWN_TARGETS and name.strip():
                    own.setdefault(name.strip(), "activity" if target == NEW_COLUMN else "objective")
        plan.months = self.months
        plan.donors, plan.partners = self.facts.get("donors", ""), self.facts.get("partners", "")
        for item in self.items:
            role = item.role
            if role == "priority" and item.fields.get("scope") == "plan":
                # A priority of the plan as a whole; a sub-priority under the one before it.
                if item.level == 0 or not plan.plan_priorities:
                    plan.plan_priorities.append((item.title, []))
                else:
                    plan.plan_priorities[-1][1].append(item.title)
            elif role == "chapter":
                chapter = ImportedChapter(item.title, _body(item), item.number, figures=list(item.figures))
                level = min(item.level, len(stack))
                del stack[level:]
                (stack[-1].chapters if stack else plan.chapters).append(chapter)
                stack.append(chapter)
            elif role in ("objective", "priority") and (role == "objective" or objective is None):
                same = next((o for o in plan.objectives if role == "objective" and o.title == item.title), None)
                if same is not None:  # the objective again (the objectives part after the action plan)
                    objective = same
                    objective.description = objective.description or _body(item)
                    continue
                objective = ImportedObjective(item.title, _body(item), item.number, cells=dict(item.cells))
                plan.objectives.append(objective)
                if plan.action_plan_at is None:
                    plan.action_plan_at = len(plan.chapters)
            elif role == "priority":
                if item.level > 0 and objective.priorities:  # a sub-priority of the priority above
                    objective.sub_priorities.append((len(objective.priorities) - 1, item.title))
                else:
                    objective.priorities.append(item.title)
            elif role == "activity":
                if objective is None:
                    objective = ImportedObjective(self.plan_title or self.title or item.title)
                    plan.objectives.append(objective)
                    if plan.action_plan_at is None:
                        plan.action_plan_at = len(plan.chapters)
                act = item.activity or ImportedActivity(item.title)
                act.title, act.level = item.title, item.level
                act.number = item.number or None
                act.cells = dict(item.cells)
                objective.activities.append(act)
                plan.keep_numbers = plan.keep_numbers or bool(item.number)
            elif role == "decision":
                plan.decision.update({k: v for k, v in item.fields.items() if v})
                plan.decision_number = self.decision_extra.get("number") or None
                plan.decision_date = self.decision_extra.get("date") or None
                plan.decision_template = self.decision_extra.get("template") or None
                plan.decision_point_style = self.decision_extra.get("point_style") or None
        plan.own_columns = list(own.items())
        plan.target_groups = list(self.target_groups)
        plan.part_places = dict(self.part_places)
        return plan


_LIST_LINE = re.compile(r"^\s*(?:[-–•]|\d{1,2}[.)])\s")


def _body(item: PreviewItem) -> str:
    """A chapter's (or objective's) text: structured where the document gave it structure, else plain."""
    plain = _joined(item.body)
    if len(item.lines) != len(item.body):  # lines added without their structure: the words only
        return body_text([], plain)
    return body_text(item.lines, plain)


def _joined(lines: list[str]) -> str:
    """A chapter's paragraphs as the plan keeps a text: a blank line between paragraphs, list items on
    consecutive lines."""
    out = ""
    for i, line in enumerate(lines):
        if i:
            out += "\n" if _LIST_LINE.match(line) and _LIST_LINE.match(lines[i - 1]) else "\n\n"
        out += line
    return out


def apply(preview: Preview, doc: Document) -> Change:
    """Write the preview into an open document: one operation, one undo step."""
    return import_plan(doc, preview.build())


def apply_new(preview: Preview, municipality: str | None = None) -> Document:
    """A new document holding the preview: the municipality it names (or `municipality`), the country its
    language and wording tell, and only the standard sections the document filled."""
    from desktop.core import operations as op

    name = municipality or preview.municipality or preview.file_name.rsplit(".", 1)[0]
    country = preview.country or ("RS" if preview.lang == "sr" else "XK")
    doc = op.new_document({preview.lang: name}, lang=preview.lang, country=country)
    plan = preview.build()
    if plan.period:
        op.set_period(doc, doc.strategy.id, *plan.period)
        op.set_period(doc, doc.action_plans[0].id, *plan.period)
    import_plan(doc, plan)
    for section in list(doc.strategy.sections):
        if section.key and section.title.is_empty() and section.body.is_empty() and not section.sections:
            op.delete_section(doc, section.id)
    if doc.strategy.outline:
        doc.strategy.outline = [k for k in doc.strategy.outline if doc.find(k) is not None or k.startswith("@")]
    return doc
