"""Points in a plan's time: a year with an optional half, quarter or month ("2025", "2025-H1", "2025-Q3", "2025-05")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$")
MIN_YEAR, MAX_YEAR = 1990, 2100


class TimeError(ValueError):
    """A time point or period that is not valid."""


@dataclass(frozen=True, slots=True)
class PlanTime:
    year: int
    part: str | None = None  # "H1", "H2", "Q1".."Q4", "01".."12" or None for the whole year

    @classmethod
    def parse(cls, value: str) -> PlanTime:
        m = _PATTERN.match(value.strip()) if isinstance(value, str) else None
        if not m:
            raise TimeError(f"{value!r} is not a year, half (2025-H1), quarter (2025-Q2) or month (2025-05)")
        year = int(m.group(1))
        check_year(year)
        return cls(year, m.group(2))

    def __str__(self) -> str:
        return f"{self.year}-{self.part}" if self.part else str(self.year)

    def months(self) -> tuple[int, int]:
        """First and last month covered (1-12)."""
        p = self.part
        if p is None:
            return 1, 12
        if p[0] == "H":
            return (1, 6) if p == "H1" else (7, 12)
        if p[0] == "Q":
            q = int(p[1])
            return 3 * q - 2, 3 * q
        return int(p), int(p)

    def first(self) -> tuple[int, int]:
        return self.year, self.months()[0]

    def last(self) -> tuple[int, int]:
        return self.year, self.months()[1]


def check_year(year: int) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise TimeError(f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    return year


def check_period(start: int, end: int) -> tuple[int, int]:
    check_year(start)
    check_year(end)
    if end < start:
        raise TimeError("the period ends before it starts")
    return start, end


def parse_optional(value: str | None) -> PlanTime | None:
    if value is None or value == "":
        return None
    return PlanTime.parse(value)


def check_span(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Validate a start/end pair and return it normalised."""
    s, e = parse_optional(start), parse_optional(end)
    if s and e and e.last() < s.first():
        raise TimeError("the time frame ends before it starts")
    return (str(s) if s else None, str(e) if e else None)


def years_covered(start: str | None, end: str | None) -> range:
    """The calendar years a time frame touches (empty when neither end is known)."""
    s, e = parse_optional(start), parse_optional(end)
    if s is None and e is None:
        return range(0)
    first = (s or e).year
    last = (e or s).year
    return range(first, last + 1)
