from __future__ import annotations

import pytest

from desktop.core.timeframe import PlanTime, TimeError, check_span, years_covered


@pytest.mark.parametrize(
    "text,months",
    [("2025", (1, 12)), ("2025-H1", (1, 6)), ("2025-H2", (7, 12)), ("2025-Q3", (7, 9)), ("2025-05", (5, 5))],
)
def test_parse_and_months(text, months):
    t = PlanTime.parse(text)
    assert str(t) == text
    assert t.months() == months


@pytest.mark.parametrize("bad", ["25", "2025-H3", "2025-Q5", "2025-13", "first half", "1800", ""])
def test_invalid_points(bad):
    with pytest.raises(TimeError):
        PlanTime.parse(bad)


def test_span_must_not_end_before_it_starts():
    assert check_span("2025-Q2", "2025-H1") == ("2025-Q2", "2025-H1")  # overlapping is fine
    with pytest.raises(TimeError):
        check_span("2026", "2025-H2")


def test_years_covered():
    assert list(years_covered("2025-H2", "2027-Q1")) == [2025, 2026, 2027]
    assert list(years_covered(None, "2026")) == [2026]
    assert list(years_covered(None, None)) == []
