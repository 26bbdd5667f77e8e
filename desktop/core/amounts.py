"""How a typed amount is read: one rule for every interface language and every way in (typing, paste, sheets).

Amounts have at most two decimals, so a separator followed by exactly three digits groups thousands and a
separator followed by one or two digits is the decimal sign: "12.500" = "12,500" = "12 500" = 12500 and
"20000,50" = "20000.50" = 20000.5, whatever language the interface speaks. Input that could mean two
different amounts ("1,2345", "1.234,567", "0.500") is refused with a reason, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

AMOUNT_LIMIT = Decimal(10) ** 12  # far above any municipal budget line; catches a stuck key

# Why an amount was refused: a code the interface translates, and the English text for everyone else.
EMPTY = "empty"
NOT_A_NUMBER = "not_a_number"
AMBIGUOUS = "ambiguous"
MIXED_GROUPS = "mixed_groups"
NEGATIVE = "negative"
TOO_LARGE = "too_large"

REASONS = {
    EMPTY: "Type an amount.",
    NOT_A_NUMBER: "“{text}” is not an amount: use digits, with . or , before the cents.",
    AMBIGUOUS: "“{text}” is ambiguous: an amount has at most two decimals, and three digits after a "
    "separator group thousands (12.500 = 12 500).",
    MIXED_GROUPS: "“{text}” is ambiguous: group thousands with one separator throughout (1.234.567 or "
    "1 234 567) and put the cents after the last one (1.234,56 or 1,234.56).",
    NEGATIVE: "An amount cannot be negative.",
    TOO_LARGE: "“{text}” is too large: an amount must be less than 1 000 000 000 000.",
}


class AmountError(ValueError):
    """A typed amount that is refused; `reason` is one of REASONS' keys, `text` what was typed."""

    def __init__(self, reason: str, text: str) -> None:
        self.reason = reason
        self.text = text
        super().__init__(REASONS[reason].format(text=text))


_SPACES = "\u0020\u00a0\u202f\u2009\t"
_GROUP_MARKS = "'’"
_SEPARATORS = ".," + _GROUP_MARKS + _SPACES
_CURRENCY = re.compile(
    r"(?i)^\s*(eur|euro|all|lek[eë]?|rsd|din\.?|dinara?|usd|€|\$)\s*|\s*(eur|euro|all|lek[eë]?|rsd|din\.?|dinara?|usd|€|\$)\s*$"
)
_TOKENS = re.compile(r"\d+|[" + re.escape(_SEPARATORS) + r"]+")


def _separator(run: str) -> str | None:
    """One separator from a run of them ("  " is one space); None for a run that mixes marks (". ")."""
    if all(c in _SPACES for c in run):
        return " "
    return run if len(run) == 1 else None


def parse_amount(text: str, *, allow_negative: bool = False) -> Decimal:
    """The amount `text` means; AmountError (with the reason) when it is not one or could be two.

    Accepts a currency code or sign before or after ("12 000 EUR", "€ 350") and a leading + or -
    (- only with `allow_negative`, for a change of budget).
    """
    typed = (text or "").strip()
    s = _CURRENCY.sub("", typed).strip()
    if not s:
        raise AmountError(EMPTY if not typed else NOT_A_NUMBER, typed)
    negative = s[0] in "-−"
    if s[0] in "+-−":
        s = s[1:].lstrip(_SPACES)
    tokens = _TOKENS.findall(s)
    if not tokens or "".join(tokens) != s or not tokens[0].isdigit() or not tokens[-1].isdigit():
        raise AmountError(NOT_A_NUMBER, typed)
    digits = tokens[0::2]
    separators = [_separator(run) for run in tokens[1::2]]
    if None in separators:
        raise AmountError(MIXED_GROUPS, typed)
    fraction = ""
    if separators and len(digits[-1]) in (1, 2):
        decimal_sign = separators.pop()
        fraction = digits.pop()
        if decimal_sign not in ".,":
            raise AmountError(MIXED_GROUPS, typed)  # "12 50": a space never stands before the cents
        if decimal_sign in separators:
            raise AmountError(MIXED_GROUPS, typed)  # "1.2.3", "1.234.56"
    if separators:
        if len(set(separators)) > 1:
            raise AmountError(MIXED_GROUPS, typed)  # "1.234,567": 1234.567 or 1234567?
        if any(len(group) != 3 for group in digits[1:]):
            # "1,2345" or "1.23456": more than two decimals, or groups of another size
            raise AmountError(AMBIGUOUS, typed)
        if not 1 <= len(digits[0]) <= 3 or digits[0] == "0":
            raise AmountError(AMBIGUOUS, typed)  # "1234.567", "0.500": decimals, not thousands
    try:
        number = Decimal("".join(digits) + ("." + fraction if fraction else ""))
    except InvalidOperation:  # pragma: no cover - only digits reach here
        raise AmountError(NOT_A_NUMBER, typed) from None
    if number >= AMOUNT_LIMIT:
        raise AmountError(TOO_LARGE, typed)
    if negative and number:
        if not allow_negative:
            raise AmountError(NEGATIVE, typed)
        number = -number
    return number


def find_amount(text: str) -> Decimal | None:
    """The amount in a table cell ("Buxheti: 12.000 €", "12 000,50 EUR"); None when there is none or it
    is ambiguous (a pasted table never has an amount guessed into it)."""
    m = re.search(r"\d[\d" + re.escape(_SEPARATORS) + r"]*", text or "")
    if not m:
        return None
    try:
        return parse_amount(m.group(0).rstrip(_SEPARATORS))
    except AmountError:
        return None
