"""Regenerate data/us_county_zip_counts.tsv: how many standard ZIP codes each county holds.

Counties have no population in the registry, yet "Harris County" with no state in the text is Texas's
(134 standard ZIP codes) far more often than Georgia's (8). The count of a county's ZIP codes follows its
population closely enough to rank namesakes, and the PyPI package `zipcodes` ships it offline. The
table is small and committed, so the runtime never needs the package. Run with `zipcodes` importable:

    python -m entanglement.core.gazetteer.build_county_weight
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "us_county_zip_counts.tsv"


def build() -> list[tuple[str, int]]:
    import zipcodes  # type: ignore[import-not-found, unused-ignore]

    from entanglement.core.gazetteer import Gazetteer

    counts = Counter(
        (str(z["state"]), str(z["county"]).casefold())
        for z in zipcodes.list_all()
        if z["zip_code_type"] == "STANDARD" and z["county"]
    )
    rows = []
    for j in Gazetteer.default():
        if j.level == "county":
            n = counts.get((j.state_abbr, j.census_name.casefold()), 0)
            if n:
                rows.append((j.geoid, n))
    return sorted(set(rows))


def main() -> int:
    rows = build()
    lines = ["geoid\tzip_codes"] + [f"{geoid}\t{n}" for geoid, n in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
