"""One rule for typed amounts, whatever the interface language: three digits after a separator group
thousands, one or two are the cents, anything that could mean two amounts is refused with its reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.core import amounts
from desktop.core.amounts import AmountError, find_amount, parse_amount
from desktop.formatting import parse_number

UI_LANGUAGES = ("sq", "sr", "en")

ACCEPTED = [
    ("12.500", "12500"),
    ("12,500", "12500"),
    ("12 500", "12500"),
    ("12\u00a0500", "12500"),
    ("12\u202f500", "12500"),
    ("12'500", "12500"),
    ("20000,50", "20000.50"),
    ("20000.50", "20000.50"),
    ("20000,5", "20000.5"),
    ("1.234,56", "1234.56"),
    ("1,234.56", "1234.56"),
    ("1 234,56", "1234.56"),
    ("1.234.567", "1234567"),
    ("1,234,567", "1234567"),
    ("1 234 567,89", "1234567.89"),
    ("12000", "12000"),
    ("0", "0"),
    ("0,50", "0.50"),
    ("+1 000", "1000"),
    ("12 000 EUR", "12000"),
    ("€ 350", "350"),
    ("1.500 lekë", "1500"),
    ("999 999 999 999,99", "999999999999.99"),
]

REFUSED = [
    ("1,2345", amounts.AMBIGUOUS),
    ("1.23456", amounts.AMBIGUOUS),
    ("1234.567", amounts.AMBIGUOUS),  # three decimals, not a group of thousands
    ("0.500", amounts.AMBIGUOUS),
    ("1.2.3", amounts.MIXED_GROUPS),
    ("12,500.5.0", amounts.MIXED_GROUPS),
    ("1.234,567", amounts.MIXED_GROUPS),  # 1234.567 or 1234567?
    ("1.234.56", amounts.MIXED_GROUPS),
    ("12 50", amounts.MIXED_GROUPS),  # a space never stands before the cents
    ("12., 5", amounts.MIXED_GROUPS),
    ("-500", amounts.NEGATIVE),
    ("1e30", amounts.NOT_A_NUMBER),
    ("inf", amounts.NOT_A_NUMBER),
    ("nan", amounts.NOT_A_NUMBER),
    ("NaN", amounts.NOT_A_NUMBER),
    ("12 apples", amounts.NOT_A_NUMBER),
    (",50", amounts.NOT_A_NUMBER),
    ("12.", amounts.NOT_A_NUMBER),
    ("EUR", amounts.NOT_A_NUMBER),
    ("", amounts.EMPTY),
    ("1 000 000 000 000", amounts.TOO_LARGE),
    ("99999999999999999999999", amounts.TOO_LARGE),
]


@pytest.mark.parametrize("lang", UI_LANGUAGES)
@pytest.mark.parametrize("text,expected", ACCEPTED)
def test_amounts_mean_the_same_in_every_interface_language(text, expected, lang):
    assert parse_number(text, lang) == Decimal(expected)
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("lang", UI_LANGUAGES)
@pytest.mark.parametrize("text,reason", REFUSED)
def test_ambiguous_or_invalid_amounts_are_refused_with_the_reason(text, reason, lang):
    with pytest.raises(AmountError) as caught:
        parse_number(text, lang)
    assert caught.value.reason == reason
    assert caught.value.text == text.strip()
    assert str(caught.value)  # a sentence for the user, quoting what was typed where it helps


def test_a_change_of_budget_may_be_negative():
    assert parse_amount("-1.500", allow_negative=True) == Decimal(-1500)
    assert parse_amount("\u22121 500,50", allow_negative=True) == Decimal("-1500.50")
    assert parse_amount("-0") == 0


@pytest.mark.parametrize(
    "cell,expected",
    [("Buxheti: 12.500 €", "12500"), ("12,500 EUR", "12500"), ("5 000,50", "5000.50"), ("1,2345", None), ("—", None)],
)
def test_a_pasted_cell_gives_its_amount_or_none(cell, expected):
    assert find_amount(cell) == (Decimal(expected) if expected else None)
