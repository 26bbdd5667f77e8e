"""Numbers, amounts and dates in each language's conventions (Babel), Qt-free.

Albanian "1 234 567,89", Serbian "1.234.567,89", English "1,234,567.89"; dates in official
documents as dd.MM.yyyy in every language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "sr-Cyrl": "sr_Cyrl_RS", "en": "en_GB"}


def locale_for(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


def format_number(value: Decimal | int | float, lang: str, *, decimals: int | None = None) -> str:
    """A number with grouping; `decimals` fixes the digits, else up to 2 are shown as needed."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "" if decimals == 0 else ".##")
    return format_decimal(value, format=pattern, locale=locale_for(lang))


def format_amount(value: Decimal, currency: str, lang: str) -> str:
    """An amount with its currency code: "12 000,50 EUR"; whole amounts without decimals.

    A no-break space keeps the code on the line of its number."""
    decimals = 0 if value == value.to_integral_value() else 2
    return f"{format_number(value, lang, decimals=decimals)}\u00a0{currency}"


def format_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def parse_number(text: str, lang: str) -> Decimal:
    """Read a number typed in the language's format, or in plain "12000.50" form.

    Raises ValueError with a short message when it is not a number.
    """
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not cleaned:
        raise ValueError("empty")
    try:
        return Decimal(parse_decimal(cleaned.replace(" ", "\u00a0"), locale=locale_for(lang), strict=True))
    except (NumberFormatError, InvalidOperation):
        pass
    try:
        return Decimal(cleaned.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
