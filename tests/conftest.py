"""Shared fixtures: every test gets its own data folder, so nothing touches the user's files."""

from __future__ import annotations

import pytest

from desktop.core import operations as op
from desktop.core.model import Document


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PLAN_DATA_DIR", str(path))
    return path


def small_document() -> Document:
    """Two objectives, three activities, a target group, budget and an indicator, in sq and sr."""
    doc = op.new_document({"sq": "Komuna e Provës", "sr": "Opština Proba"})
    op.set_text(doc, doc.strategy.id, "title", "sq", "Strategjia për shërbime sociale")
    op.set_text(doc, doc.strategy.id, "title", "sr", "Strategija za socijalne usluge")
    group = op.add_target_group(doc, {"name": {"sq": "Të moshuarit", "sr": "Stariji"}}).upserted[0]
    plan = doc.action_plan
    for i in (1, 2):
        oid = op.add_objective(doc, {"title": {"sq": f"Objektivi {i}", "sr": f"Cilj {i}"}}).upserted[0]
        op.add_priority(doc, oid, {"title": {"sq": f"Prioriteti {i}.1"}})
    o1, o2 = doc.objectives
    op.add_priority(doc, o1.id, {"title": {"sq": "Prioriteti 1.2", "sr": "Prioritet 1.2"}})
    a = op.add_activity(
        doc,
        plan.id,
        o1.id,
        {"title": {"sq": "Qendra ditore", "sr": "Dnevni centar"}},
        start="2025-H1",
        end="2026",
        target_group_ids=[group],
    ).upserted[0]
    op.add_budget_line(doc, a, 2025, "12000.50", source="municipal")
    op.add_budget_line(doc, a, 2026, 8000, source="donor", funder="UNICEF")
    op.add_indicator(doc, a, {"name": {"sq": "Numri i përfituesve"}}, baseline=0, targets={2025: 20, 2026: 40})
    op.add_activity(doc, plan.id, o1.id, {"title": {"sq": "Kujdesi në shtëpi", "sr": "Kućna nega"}})
    op.add_activity(doc, plan.id, o2.id, {"title": {"sq": "Fushata", "sr": "Kampanja"}})
    op.add_note(doc, o2.id, {"body": {"sq": "Shënim nga takimi"}}, on="2025-03-14")
    return doc


@pytest.fixture
def doc() -> Document:
    return small_document()
