"""A large generated plan (50 objectives, 1,000 activities, full text in all three languages) for benchmarks."""

from __future__ import annotations

import random

from desktop.core import operations as op
from desktop.core.model import Document

_SQ = "Përmirësimi i shërbimeve sociale për familjet në nevojë, me kujdes të veçantë për fëmijët çdo ditë"
_SR = "Unapređenje socijalnih usluga za porodice u potrebi, sa posebnom pažnjom za decu, đake i žene"
_EN = "Improving social services for families in need, with particular care for children and women"


def _words(rng: random.Random, text: str, n: int) -> str:
    words = text.split()
    return " ".join(rng.choice(words) for _ in range(n)).capitalize()


def _tri(rng: random.Random, n: int) -> dict[str, str]:
    return {"sq": _words(rng, _SQ, n), "sr": _words(rng, _SR, n), "en": _words(rng, _EN, n)}


def build_large(objectives: int = 50, activities_per_objective: int = 20, seed: int = 7) -> Document:
    rng = random.Random(seed)
    doc = op.new_document({"sq": "Komuna e Madhe", "sr": "Velika opština", "en": "Large Municipality"})
    for section in doc.strategy.sections:
        for lang, text in _tri(rng, 120).items():
            op.set_text(doc, section.id, "body", lang, text)
    groups = [op.add_target_group(doc, {"name": _tri(rng, 3)}).upserted[0] for _ in range(8)]
    plan = doc.action_plan
    for _ in range(objectives):
        oid = op.add_objective(doc, {"title": _tri(rng, 8), "description": _tri(rng, 30)}).upserted[0]
        for _ in range(3):
            op.add_priority(doc, oid, {"title": _tri(rng, 6)})
        for _ in range(activities_per_objective):
            year = rng.choice((2025, 2026, 2027))
            aid = op.add_activity(
                doc,
                plan.id,
                oid,
                {
                    "title": _tri(rng, 8),
                    "description": _tri(rng, 30),
                    "responsible": _tri(rng, 4),
                    "partners": _tri(rng, 6),
                    "notes": _tri(rng, 12),
                },
                start=f"{year}-Q{rng.randint(1, 4)}",
                end=f"{min(year + 1, 2027)}-H2",
                target_group_ids=rng.sample(groups, 2),
            ).upserted[0]
            for y in (2025, 2026):
                source = rng.choice(("municipal", "donor"))
                funder = "UNDP" if source == "donor" else ""
                op.add_budget_line(doc, aid, y, rng.randint(1, 100) * 500, source=source, funder=funder)
            op.add_indicator(
                doc,
                aid,
                {"name": _tri(rng, 5), "unit": _tri(rng, 1)},
                baseline=0,
                targets={2025: 10, 2026: 20, 2027: 30},
            )
    return doc
