"""Build the demo document from its content (demo/content.py) through the core operations."""

from __future__ import annotations

from pathlib import Path

from desktop.core import activity_levels, chapters, columns
from desktop.core import operations as op
from desktop.core.model import Document
from desktop.demo import content
from desktop.demo.group import add_group
from desktop.demo.review import add_first_review


def _texts(item: dict, *names: str) -> dict[str, dict[str, str]]:
    return {n: item[n] for n in names if item.get(n)}


def _priorities(doc: Document, parent_id: str, items: list[dict]) -> None:
    for item in items:
        change = op.add_priority(doc, parent_id, _texts(item, "title", "description"))
        _priorities(doc, change.upserted[0], item.get("priorities", []))


FIGURE = Path(__file__).with_name("organigram.png")


def _add_shapes(doc: Document) -> None:
    """Sub-chapters with a figure, a column of the plan's own, sub-activities, donors and partners, as real plans
    have them."""
    for name, texts in (("donors", content.DONORS), ("partners", content.PARTNERS)):
        for lang, text in texts.items():
            op.set_text(doc, doc.strategy.id, name, lang, text)
    for index, subs in content.SUB_CHAPTERS.items():
        parent = doc.strategy.sections[index].id
        for sub in subs:
            sid = chapters.add_chapter(doc, parent, _texts(sub, "title", "body")).upserted[0]
            if sub.get("figure"):
                chapters.add_figure(doc, sid, FIGURE.read_bytes(), sub["figure"])
    plan = doc.action_plan
    ordered = doc.ordered_activities(plan)
    column = columns.add_column(doc, plan.id, content.OWN_COLUMN["name"]).upserted[-1]
    for number, texts in content.OWN_COLUMN["texts"].items():
        for lang, text in texts.items():
            columns.set_cell(doc, column, ordered[number - 1].id, lang, text)
    for number, subs in content.SUB_ACTIVITIES.items():
        parent = ordered[number - 1]
        siblings = doc.activities_of(plan, doc.get(parent.objective_id))
        index = siblings.index(parent) + len(plan.family(parent))
        for sub in reversed(subs):
            aid = op.add_activity(
                doc,
                plan.id,
                parent.objective_id,
                _texts(sub, "title", "responsible"),
                index=index,
                start=sub.get("start"),
                end=sub.get("end"),
            ).upserted[0]
            activity_levels.indent_activity(doc, aid)


def build_demo() -> Document:
    """The demo plan, written in Albanian and Serbian (Latin) and partly in English."""
    m = content.MUNICIPALITY
    doc = op.new_document(m["name"], country=m["country"])
    op.set_municipality(doc, currency=m["currency"])
    for section in list(doc.strategy.sections):
        op.delete_section(doc, section.id)
    s = content.STRATEGY
    for lang, text in s["title"].items():
        op.set_text(doc, doc.strategy.id, "title", lang, text)
    op.set_period(doc, doc.strategy.id, s["start_year"], s["end_year"])
    for section in s["sections"]:
        op.add_section(doc, _texts(section, "title", "body"), key=section["key"])
    groups = {}
    for group in content.TARGET_GROUPS:
        groups[group["key"]] = op.add_target_group(doc, {"name": group["name"]}).upserted[0]
    objective_ids = []
    for objective in s["objectives"]:
        oid = op.add_objective(doc, _texts(objective, "title", "description")).upserted[0]
        objective_ids.append(oid)
        _priorities(doc, oid, objective.get("priorities", []))
    p = content.ACTION_PLAN
    plan = doc.action_plan
    op.set_period(doc, plan.id, p["start_year"], p["end_year"])
    for lang, text in p["title"].items():
        op.set_text(doc, plan.id, "title", lang, text)
    for a in p["activities"]:
        aid = op.add_activity(
            doc,
            plan.id,
            objective_ids[a["objective"] - 1],
            _texts(a, "title", "description", "responsible", "partners", "timeframe_note", "notes"),
            start=a.get("start"),
            end=a.get("end"),
            target_group_ids=[groups[k] for k in a.get("target_groups", [])],
        ).upserted[0]
        for line in a.get("budget", []):
            op.add_budget_line(
                doc,
                aid,
                line["year"],
                line["amount"],
                currency=line.get("currency"),
                source=line["source"],
                funder=line.get("funder", ""),
            )
        for ind in a.get("indicators", []):
            op.add_indicator(
                doc,
                aid,
                _texts(ind, "name", "unit"),
                baseline=ind.get("baseline"),
                targets=ind.get("targets"),
            )
    _add_shapes(doc)
    add_group(doc)  # approved as version 1 before the first review
    add_first_review(doc)
    return doc
