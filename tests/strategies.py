"""Hypothesis strategies: documents built through the operations with hostile text."""

from __future__ import annotations

import contextlib

from hypothesis import strategies as st

from desktop.core import activity_levels, chapters, columns
from desktop.core import operations as op
from desktop.core.model import PARTS, Document
from desktop.core.outline import all_sections

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))

ALPHABET = st.one_of(
    st.characters(codec="utf-8"),  # anything, control characters and emoji included
    st.sampled_from("ëËçÇčćšžđĐђјљњћџЉЊЏабвгдежз👍🇽🇰\x00\x07\r\n\t<>&\"'"),
)
texts = st.text(alphabet=ALPHABET, max_size=40)
langs = st.sampled_from(["sq", "sr", "en"])


@st.composite
def documents(draw) -> Document:
    doc = op.new_document({"sq": "Komuna " + draw(texts), "sr": draw(texts)})
    for _ in range(draw(st.integers(1, 3))):
        oid = op.add_objective(doc, {"title": {draw(langs): draw(texts)}}).upserted[0]
        if draw(st.booleans()):
            pid = op.add_priority(doc, oid, {"description": {draw(langs): draw(texts)}}).upserted[0]
            op.add_priority(doc, pid, {"title": {draw(langs): draw(texts)}})
    groups = [
        op.add_target_group(doc, {"name": {"sq": draw(texts)}}).upserted[0] for _ in range(draw(st.integers(0, 2)))
    ]
    for _ in range(draw(st.integers(0, 4))):
        obj = draw(st.sampled_from(doc.objectives))
        aid = op.add_activity(
            doc,
            doc.action_plan.id,
            obj.id,
            {"title": {draw(langs): draw(texts)}, "notes": {draw(langs): draw(texts)}},
            index=draw(st.integers(0, 3)),
            start=draw(st.sampled_from([None, "2025", "2025-H1", "2025-Q2"])),
            end=draw(st.sampled_from([None, "2026-05", "2027"])),
            target_group_ids=draw(st.lists(st.sampled_from(groups), max_size=2)) if groups else [],
        ).upserted[0]
        for _ in range(draw(st.integers(0, 2))):
            amount = draw(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
            op.add_budget_line(doc, aid, draw(st.integers(2025, 2027)), amount, source="donor", funder=draw(texts))
        if draw(st.booleans()):
            op.add_indicator(
                doc,
                aid,
                {"unit": {"sr": draw(texts)}},
                baseline=draw(st.integers(0, 9)),
                targets={2026: draw(st.integers(0, 99))},
            )
    # the shapes of real plans: nested chapters among the parts, figures, own columns, sub-activities
    for _ in range(draw(st.integers(0, 3))):
        parents = [None, *(s.id for s in all_sections(doc))]
        sid = chapters.add_chapter(doc, draw(st.sampled_from(parents)), {"title": {draw(langs): draw(texts)}})
        if draw(st.booleans()):
            chapters.add_figure(doc, sid.upserted[0], PNG, {draw(langs): draw(texts)})
    if draw(st.booleans()):
        keys = [s.id for s in doc.strategy.sections] + list(PARTS)
        chapters.move_in_outline(doc, draw(st.sampled_from(keys)), draw(st.integers(0, len(keys) - 1)))
    plan = doc.action_plan
    if draw(st.booleans()):
        level = draw(st.sampled_from(["activity", "objective"]))
        column = columns.add_column(doc, plan.id, {draw(langs): "x" + draw(texts)}, level=level).upserted[-1]
        for act in plan.activities[:2]:
            item = act.id if level == "activity" else act.objective_id
            columns.set_cell(doc, column, item, draw(langs), draw(texts))
    for act in list(plan.activities):
        if draw(st.booleans()):
            with contextlib.suppress(op.OperationError):  # the first activity of its objective stays on top
                activity_levels.indent_activity(doc, act.id)
    plan.numbering = draw(st.sampled_from(["by_objective", "running", "kept"]))
    # edits after creation: translations, states, source changes
    for _ in range(draw(st.integers(0, 5))):
        entity = draw(st.sampled_from([e for e in doc.walk() if e.TEXTS]))
        name = draw(st.sampled_from(entity.TEXTS))
        op.set_text(doc, entity.id, name, draw(langs), draw(texts))
    return doc
