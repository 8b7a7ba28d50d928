"""Facets as index tokens, so the full-text engine intersects them with the words instead of a join.

Every entry carries one line of tokens: its kind, its jurisdictions, its categories and its date at
five granularities (millennium, century, decade, year, month). A filter becomes groups of tokens:
an entry passes when it has one token of every group. A date range becomes the few coarsest periods
that cover its months, so a range of decades is a handful of tokens, not thousands of days; the days
at either end of a range that only partly covers a month are cut by the date column afterwards.

Tokens are letters then digits or plain lowercase letters, so the FTS5 tokenizer (unicode61 with the
Porter stemmer) keeps each one whole, and the same text feeds PostgreSQL's array column unchanged.
Django-free: the benchmark's bulk loader calls it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

# Months per period, coarsest first, with the token prefix of each.
PERIODS = (("dk", 12_000), ("dc", 1_200), ("dd", 120), ("dy", 12), ("dm", 1))
FIRST_MONTH = 0  # January of year 0
LAST_MONTH = 10_000 * 12 - 1  # December 9999


def kind_token(kind: str) -> str:
    return "k" + kind.replace("_", "")


def jurisdiction_token(geoid: str) -> str:
    return "g" + geoid


def category_token(code: str) -> str:
    return "c" + code.replace("_", "")


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _period_token(prefix: str, size: int, month: int) -> str:
    year, month_of_year = divmod(month, 12)
    if size == 1:
        return f"{prefix}{year:04d}{month_of_year + 1:02d}"
    # A decade is its first three digits of year, a century two, a millennium one.
    return f"{prefix}{year // (size // 12)}"


def date_tokens(day: dt.date) -> list[str]:
    month = _month_index(day)
    return [_period_token(prefix, size, month - month % size) for prefix, size in PERIODS]


def date_range_tokens(start: dt.date | None, end: dt.date | None) -> list[str]:
    """The fewest period tokens whose months cover start..end (inclusive; None is open)."""
    low = _month_index(start) if start else FIRST_MONTH
    high = _month_index(end) if end else LAST_MONTH
    tokens: list[str] = []
    month = low
    while month <= high:
        for prefix, size in PERIODS:
            if month % size == 0 and month + size - 1 <= high:
                tokens.append(_period_token(prefix, size, month))
                month += size
                break
    return tokens


def entry_tokens(kind: str, geoids: str, categories: str, date: dt.date | None) -> str:
    """The facet line of one index entry (geoids and categories as stored: space-separated)."""
    tokens = [kind_token(kind)]
    tokens += [jurisdiction_token(g) for g in geoids.split()]
    tokens += [category_token(c) for c in categories.split()]
    if date is not None:
        tokens += date_tokens(date)
    return " ".join(tokens)


def filter_groups(
    geoids: Iterable[str],
    categories: Iterable[str],
    date_from: dt.date | None,
    date_to: dt.date | None,
    kinds: Iterable[str] = (),
) -> list[list[str]]:
    """Token groups that all must match (one token of each); kinds only when asked for."""
    groups = [
        [jurisdiction_token(g) for g in geoids],
        [category_token(c) for c in categories],
        [kind_token(k) for k in kinds],
        date_range_tokens(date_from, date_to) if (date_from or date_to) else [],
    ]
    return [g for g in groups if g]
