"""Numbers, amounts and dates in each language's conventions (Babel), Qt-free.

Albanian "1 234 567,89", Serbian "1.234.567,89", English "1,234,567.89"; dates in official
documents as dd.MM.yyyy in every language.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

# The one rule for typed amounts lives in the core (a paste and a returned sheet use it too).
from desktop.core.amounts import AmountError as AmountError
from desktop.core.amounts import parse_amount as parse_amount

LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "sr-Cyrl": "sr_Cyrl_RS", "en": "en_GB"}


def locale_for(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


def format_number(value: Decimal | int | float, lang: str, *, decimals: int | None = None) -> str:
    """A number with grouping; `decimals` fixes the digits, else up to 2 are shown as needed."""
    from babel.numbers import format_decimal  # here: Babel's number data waits for the first number shown

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "" if decimals == 0 else ".##")
    return format_decimal(value, format=pattern, locale=locale_for(lang))


def format_amount(value: Decimal, currency: str, lang: str) -> str:
    """An amount with its currency code: "12 000,50 EUR"; whole amounts without decimals.

    The one format of an amount on the screen and on paper (the grid, the activity's budget lines,
    the status bar); `currency` "" gives the number alone, for a cell beside a currency column.
    A no-break space keeps the code on the line of its number."""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 2
    number = format_number(value, lang, decimals=decimals)
    return f"{number}\u00a0{currency}" if currency else number


def format_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def parse_number(text: str, lang: str) -> Decimal:
    """Read an amount as typed: the same rule in every language (see desktop.core.amounts).

    `lang` is kept for callers that pass it; "12.500" is twelve thousand five hundred in sq, sr and en
    alike. Raises AmountError (a ValueError) with the reason when it is not one amount.
    """
    return parse_amount(text)


_IGNORED = re.compile(r"[\s\u00a0\u202f\u2009'’]")  # spaces of every kind and the Swiss apostrophe
_CURRENCY_WORDS = re.compile(r"(?i)^(eur|all|rsd|usd|lek[eë]?|din\.?|€|\$)|(eur|all|rsd|usd|lek[eë]?|din\.?|€|\$)$")
_NUMBER = re.compile(r"-?[0-9.,]*[0-9][0-9.,]*")


def _grouped(digits: str, sep: str) -> bool:
    """Whether `digits` uses `sep` as a thousands separator correctly (1.234.567)."""
    parts = digits.lstrip("-").split(sep)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def read_number(text: str, locale: str) -> Decimal | None:
    """Read a number that is not an amount (an indicator's value) as people type it; None when it is not one.

    Amounts go through `parse_amount`, which never depends on the locale.

    Accepts "12 000,50", "12000.50", "12,000.50", "12.000,50", "12000", with or without a currency.
    The locale's decimal sign is a decimal sign; the other one is a thousands separator when it
    groups by three ("12.000" is twelve thousand in sq and sr, "12,000" in en) and a decimal sign
    otherwise ("1,5" is one and a half in en too). Babel's strict parser alone reads sq "12.000"
    as 12 and refuses en "1,5", which would surprise people in Kosovo, who write both.
    """
    s = _IGNORED.sub("", text or "")
    s = _CURRENCY_WORDS.sub("", s)
    if s.startswith("+"):
        s = s[1:]
    if not _NUMBER.fullmatch(s):
        return None
    from babel.numbers import get_decimal_symbol

    decimal_sign = get_decimal_symbol(locale)
    other = "." if decimal_sign == "," else ","
    if "," in s and "." in s:
        # Both signs: the last one is the decimal sign, the other groups thousands.
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if dec == "," else ","
        whole, _sep, fraction = s.rpartition(dec)
        if dec in whole or not fraction or not _grouped(whole, group):
            return None
        canonical = whole.replace(group, "") + "." + fraction
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        whole, _sep, fraction = s.rpartition(sep)
        if s.count(sep) > 1:
            if not _grouped(s, sep):
                return None
            canonical = s.replace(sep, "")
        elif sep == other and len(fraction) == 3 and _grouped(s, sep):
            canonical = s.replace(sep, "")
        elif fraction and whole.lstrip("-"):
            canonical = whole + "." + fraction
        else:
            return None
    else:
        canonical = s
    try:
        return Decimal(canonical)
    except InvalidOperation:
        return None
