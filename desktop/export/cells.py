"""What the exporters print in a plan table's cells the same in every language and format (PDF and Word): the
time frame, numbers and amounts (cached: Babel parses its locale on every call, and a table repeats them), and
the budget's sources in their order. No reportlab and no python-docx here.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from desktop.core.timeframe import PlanTime, TimeError
from desktop.formatting import format_amount, format_number

SOURCES = ("municipal", "central", "donor", "other")  # the budget's sources, as labels name them


def format_span(start: str | None, end: str | None) -> str:
    """A time frame in a form every language reads: "2025–2027", "04.2025 – 12.2026", "05.2025"."""
    try:
        s = PlanTime.parse(start) if start else None
        e = PlanTime.parse(end) if end else None
    except TimeError:
        return " – ".join(x for x in (start, end) if x)
    if s is None and e is None:
        return ""
    s, e = s or e, e or s
    if s.part is None and e.part is None:
        return str(s.year) if s.year == e.year else f"{s.year}–{e.year}"
    first = f"{s.months()[0]:02d}.{s.year}"
    last = f"{e.months()[1]:02d}.{e.year}"
    return first if first == last else f"{first} – {last}"


@lru_cache(maxsize=16384)
def number_text(value: Decimal, locale: str) -> str:
    """A number in `locale` (a `desktop.formatting` code, see `labels.number_locale`)."""
    return format_number(value, locale)


@lru_cache(maxsize=16384)
def amount_text(value: Decimal, currency: str, locale: str) -> str:
    """An amount with its currency in `locale`."""
    return format_amount(value, currency, locale)


def amounts_text(totals: dict[str, Decimal], locale: str) -> str:
    """Amounts by currency, one a line in the currencies' order."""
    return "\n".join(amount_text(v, cur, locale) for cur, v in sorted(totals.items()))
