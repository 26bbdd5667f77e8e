"""Round trip through Word: a plan exported with the app's Word export (desktop/export/docx) and imported back
gives the same plan: outline (chapters with their numbers and the parts in their places), texts, objectives,
activities with their numbers and descriptions, target groups, the plan's own columns with their texts, and its
numbering. The demo plan, and the Korçë operational plan as imported from its seed."""

from __future__ import annotations

import pytest

from desktop.core.columns import cell_text, columns_of
from desktop.core.model import PARTS, Document
from desktop.core.outline import chapters
from desktop.demo.build import build_demo
from desktop.exchange.docimport import apply_new, read_preview
from tests.exchange import seed_docs as seeds

export = pytest.importorskip("desktop.export.docx", reason="the Word export is not in this tree")


def _shape(doc: Document) -> dict:
    plan = doc.action_plan
    numbers = doc.numbers()
    own = [c for c in columns_of(plan) if not c.key]
    acts = doc.ordered_activities(plan)
    return {
        "outline": [(c.number, c.section.title.get("sq") if c.section else c.key) for c in chapters(doc, set(PARTS))],
        "bodies": [(c.number, c.section.body.get("sq")) for c in chapters(doc) if c.section is not None],
        "figures": [[f.caption.get("sq") for f in c.section.figures] for c in chapters(doc) if c.section],
        "objectives": [(numbers[o.id], o.title.get("sq")) for o in doc.objectives],
        "activities": [(numbers[a.id], a.title.get("sq"), a.description.get("sq")) for a in acts],
        "groups": [g.name.get("sq") for g in doc.target_groups],
        "priorities": [(numbers[p.id], p.title.get("sq")) for p in _priorities(doc)],
        "columns": [(c.name.get("sq"), c.level) for c in own],
        "cells": [[cell_text(plan, c, a).get("sq") for c in own if c.level == "activity"] for a in acts],
        "objective_cells": [
            [cell_text(plan, c, o).get("sq") for c in own if c.level == "objective"] for o in doc.objectives
        ],
        "numbering": (doc.strategy.numbering, plan.numbering),
        "title": doc.strategy.title.get("sq"),
    }


def _priorities(doc: Document) -> list:
    out = []

    def walk(items) -> None:
        for p in items:
            out.append(p)
            walk(p.priorities)

    for objective in doc.objectives:
        walk(objective.priorities)
    return out


def _round_trip(doc: Document, tmp_path) -> Document:
    path = tmp_path / "plan.docx"
    export.export_docx(doc, path)
    return apply_new(read_preview(path, lang="sq"))


def test_the_demo_plan_comes_back(tmp_path):
    doc = build_demo()
    before, after = _shape(doc), _shape(_round_trip(doc, tmp_path))
    for key in before:
        assert after[key] == before[key], key
    assert len(before["activities"]) > 30 and before["columns"]  # it is the full demo, with an own column


def test_the_korce_plan_comes_back(tmp_path):
    doc = apply_new(read_preview(seeds.korce_seed_docx(tmp_path / "korce.docx")))
    before, after = _shape(doc), _shape(_round_trip(doc, tmp_path))
    for key in before:
        assert after[key] == before[key], key
    assert before["outline"][8:11] == [
        ("4.1.4", "Punonjës sigurie"),
        ("V.", "@action_plans"),
        ("VI.", "Burimet financiare/Plani financiar?"),
    ]
    assert len(before["activities"]) == 26 and before["columns"] == [("Strategjia për përmbushjen e tij", "objective")]


def test_the_demo_plans_serbian_word_file_pairs_with_the_demo_plan(tmp_path):
    """Its own Serbian export, imported as the plan's Serbian version: every item finds its counterpart and
    the texts come back as they are (nothing to replace)."""
    from desktop.exchange.docimport.pairing import pair

    doc = build_demo()
    path = tmp_path / "sr.docx"
    export.export_docx(doc, path, languages=("sr",))
    preview = read_preview(path)
    assert (preview.lang, preview.script) == ("sr", "latn")
    pairing = pair(doc, preview.build())
    assert pairing.only_in_plan == [] and pairing.only_in_document == []
    kinds = {kind: len(pairing.of(kind)) for kind in ("chapter", "objective", "priority", "activity", "target group")}
    assert kinds == {
        "chapter": len([c for c in chapters(doc) if c.section]),
        "objective": len(doc.objectives),
        "priority": len(_priorities(doc)),
        "activity": len(doc.action_plan.activities),
        "target group": len(doc.target_groups),
    }
    assert min(p.confidence for p in pairing.pairs) > 0.5
    assert pairing.replacements() == [] and pairing.texts() == []  # the same Serbian texts: nothing to store
