"""Facet tokens: what an entry carries, and that a date range's tokens select exactly its months."""

from __future__ import annotations

import datetime as dt

import pytest

from entanglement.tracker.search.facets import date_range_tokens, date_tokens, entry_tokens, filter_groups


def test_entry_tokens() -> None:
    assert entry_tokens("federal_action", " 06 06075 ", " detainer_limits ", dt.date(2018, 1, 24)) == (
        "kfederalaction g06 g06075 cdetainerlimits dk2 dc20 dd201 dy2018 dm201801"
    )
    assert entry_tokens("jurisdiction", "", "", None) == "kjurisdiction"


def months(first: dt.date, last: dt.date) -> list[dt.date]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        if day.year == 9999 and day.month == 12:
            break
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


RANGES = [
    (dt.date(2003, 5, 17), dt.date(2005, 5, 16)),
    (dt.date(2018, 1, 1), dt.date(2018, 1, 31)),
    (dt.date(1999, 12, 31), dt.date(2000, 1, 1)),
    (dt.date(1990, 1, 1), dt.date(2029, 12, 31)),
    (dt.date(1987, 3, 1), dt.date(2031, 2, 1)),
    (None, dt.date(2003, 5, 17)),
    (dt.date(2003, 5, 17), None),
]


@pytest.mark.parametrize("start, end", RANGES)
def test_a_range_selects_exactly_its_months(start: dt.date | None, end: dt.date | None) -> None:
    tokens = set(date_range_tokens(start, end))
    low = start or dt.date(1, 1, 1)
    high = end or dt.date(9999, 12, 31)
    # Every month from two years before to two years after each bound, and the first and last
    # months there are: in the range iff the month shares a token with it.
    checked = [dt.date(1, 1, 1), dt.date(9999, 12, 1)]
    for bound in (low, high):
        checked += months(bound.replace(year=max(1, bound.year - 2)), bound.replace(year=min(9999, bound.year + 2)))
    for month in checked:
        inside = low.replace(day=1) <= month <= high
        assert bool(tokens & set(date_tokens(month))) == inside, month


@pytest.mark.parametrize("start, end", RANGES)
def test_a_range_is_a_few_tokens(start: dt.date | None, end: dt.date | None) -> None:
    # At most 11 of each finer period on either side, and 9 millennia at most.
    assert len(date_range_tokens(start, end)) <= 2 * (11 + 9 + 9 + 9) + 9


def test_filter_groups_leave_kinds_out_unless_asked() -> None:
    groups = filter_groups(("06075", "0667000"), ("no_287g",), None, None, kinds=("case",))
    assert groups == [["g06075", "g0667000"], ["cno287g"], ["kcase"]]
    assert filter_groups((), (), None, None, kinds=("case",)) == [["kcase"]]
    assert filter_groups((), (), None, None) == []
