"""Dates known only to the year or month: the seed writes "2018", "2018-04" or "2018-04-15".

A partial date is stored as its first day plus a precision, so the database can still sort and
filter by it, while pages show only what is known ("April 2018", never "1 April 2018").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"
PRECISION_CHOICES = [(DAY, "day"), (MONTH, "month"), (YEAR, "year")]

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    value: dt.date
    precision: str

    def __str__(self) -> str:
        if self.precision == YEAR:
            return f"{self.value.year:04d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


def parse_partial_date(raw: object) -> PartialDate:
    """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or a date YAML already parsed); ValueError otherwise."""
    if isinstance(raw, dt.datetime):
        raise ValueError(f"{raw!r} is a timestamp, expected a date")
    if isinstance(raw, dt.date):
        return PartialDate(raw, DAY)
    if not isinstance(raw, str):
        raise ValueError(f"{raw!r} is not a date string (YYYY, YYYY-MM or YYYY-MM-DD)")
    m = _PARTIAL.fullmatch(raw.strip())
    if not m:
        raise ValueError(f"{raw!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.groups()
    try:
        value = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as e:
        raise ValueError(f"{raw!r} is not a valid date: {e}") from e
    precision = DAY if day else MONTH if month else YEAR
    return PartialDate(value, precision)


def format_partial_date(value: dt.date | None, precision: str) -> str:
    """How a page shows a stored partial date: "24 January 2018", "April 2018" or "2018"."""
    if value is None:
        return ""
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"
