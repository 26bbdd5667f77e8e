"""The demo plan's first yearly review (closed) and the revised action plan made from it.

The figures follow simple, stated patterns from the planned budget and targets so the review looks
like a real one: most first-year activities done, some late, one dropped, one split, one added.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core import operations as op
from desktop.core import reviews as rv
from desktop.core.model import Document
from desktop.core.reviews import due_in

YEAR = 2025
ADOPTED_ON = "2026-02-12"

COMMENTS = {
    "completed": {
        "sq": "Aktiviteti u realizua sipas planit; raporti përfundimtar u dorëzua në dhjetor.",
        "sr": "Aktivnost je realizovana prema planu; završni izveštaj je predat u decembru.",
        "en": "Carried out as planned; the final report was submitted in December.",
    },
    "in_progress": {
        "sq": "Puna vazhdon sipas afatit; pjesa më e madhe e fondeve do të shpenzohet në vitin e dytë.",
        "sr": "Rad se nastavlja prema roku; veći deo sredstava biće potrošen u drugoj godini.",
    },
    "delayed": {
        "sq": "U vonua për shkak të procedurës së prokurimit; afati shtyhet.",
        "sr": "Kasni zbog postupka javne nabavke; rok se pomera.",
    },
    "not_started": {
        "sq": "Nuk filloi: donatori nuk konfirmoi financimin.",
        "sr": "Nije započeta: donator nije potvrdio finansiranje.",
    },
}
EVIDENCE = {
    "sq": "Raporti vjetor i drejtorisë; listat e pjesëmarrjes.",
    "sr": "Godišnji izveštaj direkcije; liste prisustva.",
}
SPLIT_TITLE = {
    "sq": "Trajnimi i stafit të qendrës ditore (pjesa e dytë e aktivitetit)",
    "sr": "Obuka osoblja dnevnog centra (drugi deo aktivnosti)",
}
NEW_ACTIVITY = {
    "sq": "Linja telefonike falas për të moshuarit që jetojnë vetëm",
    "sr": "Besplatna telefonska linija za starije osobe koje žive same",
    "en": "Free helpline for older people living alone",
}
REASONS = {
    "deadline": {"sq": "Vonesa në prokurim.", "sr": "Kašnjenje u nabavci."},
    "drop": {"sq": "Financimi nuk u sigurua.", "sr": "Finansiranje nije obezbeđeno."},
    "split": {"sq": "Trajnimi kërkon një aktivitet të veçantë.", "sr": "Obuka zahteva posebnu aktivnost."},
    "add": {
        "sq": "Nevojë e identifikuar nga qendra sociale.",
        "sr": "Potreba koju je utvrdio centar za socijalni rad.",
    },
}


def _say(doc: Document, entity_id: str, field: str, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        op.set_text(doc, entity_id, field, lang, text)


def add_first_review(doc: Document) -> None:
    """Review 2025 with every activity reported, closed by the group, and version 2 of the plan from it."""
    plan = doc.action_plan
    rv.start_review(doc, plan.id, YEAR)
    review = doc.reviews[-1]
    activities = {a.id: a for a in plan.activities if due_in(a, YEAR)}
    for n, entry in enumerate(list(review.entries)):
        act = activities[entry.activity_id]
        ends_now = bool(act.end) and act.end.startswith(str(YEAR))
        if n == 5:
            status, progress, change = "not_started", 0, "drop"
        elif n in (3, 11):
            status, progress, change = "delayed", 20 + 5 * n, "deadline"
        elif ends_now:
            status, progress, change = "completed", 100, None
        else:
            status, progress, change = "in_progress", 30 + (n * 7) % 40, None
        if n == 2:
            change = "split"
        rv.update_review_entry(
            doc, entry.id, status=status, progress=progress, updated=f"{YEAR}-12-{10 + n % 15:02d}", change=change
        )
        if change == "deadline":
            rv.update_review_entry(doc, entry.id, new_end=f"{YEAR + 2}-Q2")
        if change:
            _say(doc, entry.id, "change_reason", REASONS[change])
        if change == "split":
            _say(doc, entry.id, "new_title", SPLIT_TITLE)
        _say(doc, entry.id, "comment", COMMENTS[status])
        if status != "not_started":
            _say(doc, entry.id, "evidence", EVIDENCE)
        # Spending: a stated share of what was planned for the year, by source.
        share = {"completed": Decimal("0.96"), "in_progress": Decimal("0.72"), "delayed": Decimal("0.35")}.get(status)
        if share is not None:
            planned: dict[str, Decimal] = {}
            for line in act.budget_lines:
                if line.year == YEAR:
                    planned[line.source] = planned.get(line.source, Decimal(0)) + line.amount
            for source, amount in planned.items():
                rv.set_spending(doc, entry.id, source, (amount * share).quantize(Decimal(1)))
        # Indicators: completed ones meet their target, others reach part of it.
        for ind in act.indicators:
            target = ind.targets.get(YEAR)
            if target is None:
                continue
            reached = target if status == "completed" else (target * Decimal(progress) / 100).quantize(Decimal(1))
            rv.set_indicator_value(doc, entry.id, ind.id, reached)
    proposal = rv.add_review_proposal(doc, review.id, doc.objectives[0].id, {"new_title": NEW_ACTIVITY}).upserted[0]
    rv.update_review_entry(doc, proposal, budget_change="6000")
    _say(doc, proposal, "change_reason", REASONS["add"])
    _say(
        doc,
        review.id,
        "summary",
        {
            "sq": "Viti i parë i zbatimit: shumica e aktiviteteve filluan në kohë; dy u vonuan nga prokurimi.",
            "sr": "Prva godina sprovođenja: većina aktivnosti je počela na vreme; dve kasne zbog javnih nabavki.",
        },
    )
    rv.close_review(doc, review.id, ADOPTED_ON)
    rv.create_revised_plan(doc, review.id)
