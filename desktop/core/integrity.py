"""Consistency rules a stored document must satisfy (used by `check` and after loading)."""

from __future__ import annotations

from desktop.core.model import (
    CURRENCIES,
    SECTION_KEYS,
    Activity,
    BudgetLine,
    Country,
    Document,
    FundingSource,
    Section,
)
from desktop.core.text import LANGUAGES
from desktop.core.timeframe import TimeError, check_period, check_span
from desktop.core.validation import document_problems


def check_document(doc: Document) -> list[str]:
    """Problems that mean the content is inconsistent (not editorial warnings).

    The value and reference rules are those every import applies (validation.py), so a document with
    no problems opens and exports."""
    problems = document_problems(doc)
    try:
        Country(doc.municipality.country)
    except ValueError:
        problems.append(f"unknown country {doc.municipality.country!r}")
    if doc.municipality.currency not in CURRENCIES:
        problems.append(f"unknown currency {doc.municipality.currency!r}")
    for entity in (doc.strategy, *doc.action_plans):
        try:
            check_period(entity.start_year, entity.end_year)
        except TimeError as exc:
            problems.append(f"{entity.KIND.replace('_', ' ')} {entity.id}: {exc}")
    keys = [s.key for s in doc.strategy.sections if s.key]
    if len(keys) != len(set(keys)):
        problems.append("a standard strategy section appears twice")
    for entity in doc.walk():
        for name in entity.TEXTS:
            mt = entity.text(name)
            if mt.source is not None and mt.source not in LANGUAGES:
                problems.append(f"{entity.KIND} {entity.id}: unknown source language")
        if isinstance(entity, Section) and entity.key is not None and entity.key not in SECTION_KEYS:
            problems.append(f"section {entity.id}: unknown key {entity.key!r}")
        elif isinstance(entity, Activity):
            try:
                check_span(entity.start, entity.end)
            except TimeError as exc:
                problems.append(f"activity {entity.id}: {exc}")
        elif isinstance(entity, BudgetLine):
            if entity.currency not in CURRENCIES:
                problems.append(f"budget line {entity.id}: unknown currency {entity.currency!r}")
            if entity.source not in {s.value for s in FundingSource}:
                problems.append(f"budget line {entity.id}: unknown funding source {entity.source!r}")
    return problems
