from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.formatting import format_amount, format_date, format_number, parse_number


@pytest.mark.parametrize(
    "lang,expected",
    [("sq", "1\u00a0234\u00a0567,89"), ("sr", "1.234.567,89"), ("en", "1,234,567.89")],
)
def test_numbers_per_language(lang, expected):
    assert format_number(Decimal("1234567.89"), lang) == expected


def test_amounts_show_decimals_only_when_needed():
    assert format_amount(Decimal("12000"), "EUR", "sr") == "12.000\u00a0EUR"
    assert format_amount(Decimal("12000.5"), "EUR", "en") == "12,000.50\u00a0EUR"


def test_official_date_format():
    assert format_date(date(2021, 9, 24)) == "24.09.2021"


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("12 000,50", "sq", "12000.50"),
        ("12.000,50", "sr", "12000.50"),
        ("12,000.50", "en", "12000.50"),
        ("12000.50", "sr", "12000.50"),
        ("1500", "sq", "1500"),
        ("12.000", "sq", "12000"),
        ("1,5", "en", "1.5"),
        ("12 000 EUR", "sq", "12000"),
    ],
)
def test_parse_typed_numbers(text, lang, expected):
    assert parse_number(text, lang) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "12 apples", "1.2.3,4,5"])
def test_parse_refuses_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text, "sq")
