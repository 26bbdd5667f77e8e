"""Summaries of a document: counts, translation completeness, budget totals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.core.model import ActionPlan, Activity, Document, Priority
from desktop.core.richtext import to_plain
from desktop.core.text import LANGUAGES, TState


def completeness(doc: Document) -> dict[str, dict[str, Any]]:
    """Per language: how many of the document's written fields have text, and how many are done.

    A field counts when it has text in any language; "done" means translated or approved (not a
    draft, not outdated).
    """
    total = 0
    filled = dict.fromkeys(LANGUAGES, 0)
    done = dict.fromkeys(LANGUAGES, 0)
    for entity in doc.walk():
        for name in entity.TEXTS:
            mt = entity.text(name)
            if mt.is_empty():
                continue
            total += 1
            for lang in LANGUAGES:
                state = mt.state(lang)
                if state != TState.MISSING:
                    filled[lang] += 1
                if state in (TState.TRANSLATED, TState.APPROVED):
                    done[lang] += 1
    return {
        lang: {
            "fields": total,
            "filled": filled[lang],
            "done": done[lang],
            "percent": round(100 * filled[lang] / total, 1) if total else 100.0,
        }
        for lang in LANGUAGES
    }


def _scope(doc: Document, entity) -> str:
    """Which part of the document an entity belongs to, for progress per section."""
    while entity is not None and entity.KIND not in PARTS:
        entity = doc.parent_of(entity)
    return entity.KIND if entity is not None else WHOLE


PARTS: tuple[str, ...] = ("municipality", "strategy", "target_group", "action_plan", "note")
WHOLE = "document"
_DONE = (TState.TRANSLATED, TState.APPROVED)
_STATE_KEYS = tuple(s.value for s in TState)


def translation_progress(doc: Document) -> dict[str, dict[str, dict[str, int]]]:
    """Per part of the document (and "document" for all of it) and language: fields and words by state.

    A field counts when it has text in some language; its words are those of its source text. "done"
    means translated or approved; the language a field was written in counts as done. Each part's
    buckets are made once and the part is carried down the walk (it runs after edits on 1,000 activities).
    """
    out: dict[str, dict[str, dict[str, int]]] = {}

    def buckets(part: str) -> dict[str, dict[str, int]]:
        per_lang = out.get(part)
        if per_lang is None:
            per_lang = out[part] = {
                lang: {"fields": 0, "words": 0, "done_fields": 0, "done_words": 0, **dict.fromkeys(_STATE_KEYS, 0)}
                for lang in LANGUAGES
            }
        return per_lang

    def visit(entity, part: str) -> None:
        if entity.KIND in PARTS:
            part = entity.KIND
        for name in entity.TEXTS:
            mt = entity.text(name)
            if mt.is_empty():
                continue
            words = len(to_plain(mt.best(mt.source or "sq")[0]).split())  # words, not a structured text's tags
            targets = (buckets(part), buckets(WHOLE))
            for lang in LANGUAGES:
                state = mt.state(lang)
                key, done = state.value, state in _DONE
                for per_lang in targets:
                    b = per_lang[lang]
                    b["fields"] += 1
                    b["words"] += words
                    b[key] += 1
                    if done:
                        b["done_fields"] += 1
                        b["done_words"] += words
        for child in entity.children():
            visit(child, part)

    visit(doc, WHOLE)
    return out


@dataclass(frozen=True)
class MissingText:
    part: str  # "strategy", "action_plan", "target_group", "municipality", "note"
    entity_id: str
    field: str
    languages: tuple[str, ...]  # the chosen languages this text lacks


def missing_texts(doc: Document, languages: tuple[str, ...] = ("sq", "sr")) -> list[MissingText]:
    """Texts written in some language but missing in one of `languages` (the official ones by default),
    in document order: what to complete before an export in those languages."""
    out = []
    for entity in doc.walk():
        for name in entity.TEXTS:
            mt = entity.text(name)
            if mt.is_empty():
                continue
            lacking = tuple(lang for lang in languages if not mt.get(lang))
            if lacking:
                out.append(MissingText(_scope(doc, entity), entity.id, name, lacking))
    return out


def budget_totals(doc: Document) -> dict[str, dict[str, str]]:
    """Planned budget per currency: by year and by funding source (amounts as strings)."""
    by_year: dict[tuple[str, int], Decimal] = defaultdict(Decimal)
    by_source: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for plan in doc.action_plans:
        for act in plan.activities:
            for line in act.budget_lines:
                by_year[(line.currency, line.year)] += line.amount
                by_source[(line.currency, line.source)] += line.amount
    out: dict[str, dict[str, Any]] = {}
    for (cur, year), amount in sorted(by_year.items()):
        out.setdefault(cur, {"by_year": {}, "by_source": {}, "total": Decimal(0)})
        out[cur]["by_year"][str(year)] = str(amount)
        out[cur]["total"] += amount
    for (cur, source), amount in sorted(by_source.items()):
        out[cur]["by_source"][source] = str(amount)
    for cur in out:
        out[cur]["total"] = str(out[cur]["total"])
    return out


def plan_totals(doc: Document, plan: ActionPlan) -> dict[str, dict]:
    """One plan's planned budget as Decimals: by year, by funding source and by objective, per currency."""
    out: dict[str, dict] = {
        "year": defaultdict(Decimal),
        "source": defaultdict(Decimal),
        "objective": defaultdict(Decimal),
    }
    total: dict[str, Decimal] = defaultdict(Decimal)
    for act in plan.activities:
        for line in act.budget_lines:
            out["year"][(line.year, line.currency)] += line.amount
            out["source"][(line.source, line.currency)] += line.amount
            out["objective"][(act.objective_id, line.currency)] += line.amount
            total[line.currency] += line.amount
    result = {key: dict(sorted(values.items(), key=lambda kv: str(kv[0]))) for key, values in out.items()}
    result["total"] = dict(total)
    return result


def counts(doc: Document) -> dict[str, int]:
    activities = [e for e in doc.walk() if isinstance(e, Activity)]
    return {
        "sections": len(doc.strategy.sections),
        "objectives": len(doc.strategy.objectives),
        "priorities": sum(1 for e in doc.walk() if isinstance(e, Priority)),
        "target_groups": len(doc.target_groups),
        "action_plans": len(doc.action_plans),
        "activities": len(activities),
        "budget_lines": sum(len(a.budget_lines) for a in activities),
        "indicators": sum(len(a.indicators) for a in activities),
    }


def summary(doc: Document) -> dict[str, Any]:
    m = doc.municipality
    return {
        "municipality": {lang: m.name.get(lang) for lang in LANGUAGES if m.name.get(lang)},
        "country": m.country,
        "currency": m.currency,
        "strategy": {
            "title": {lang: doc.strategy.title.get(lang) for lang in LANGUAGES if doc.strategy.title.get(lang)},
            "period": [doc.strategy.start_year, doc.strategy.end_year],
        },
        "counts": counts(doc),
        "completeness": completeness(doc),
        "budget": budget_totals(doc),
    }
