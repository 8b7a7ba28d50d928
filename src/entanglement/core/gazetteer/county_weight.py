"""Each county's number of standard ZIP codes (data/us_county_zip_counts.tsv): a stand-in for its
population when a text names an ambiguous county ("Harris County") and gives no state at all."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _table() -> dict[str, int]:
    text = (resources.files("entanglement.core.gazetteer") / "data" / "us_county_zip_counts.tsv").read_text(
        encoding="utf-8"
    )
    out: dict[str, int] = {}
    for line in text.splitlines()[1:]:
        geoid, _, count = line.partition("\t")
        if count:
            out[geoid] = int(count)
    return out


def zip_count(geoid: str) -> int:
    """Standard ZIP codes in the county `geoid` (0 when unknown)."""
    return _table().get(geoid, 0)
