"""The jurisdiction registry: every state, county and known place, with a name index for finders.

Sources, in the order they are laid down:
1. states, D.C. and territories and every county or county-equivalent, from the PyPI package `us`;
2. the consolidated city-county table (`consolidated.py`);
3. curated places from `seed/places.yaml`, when that file exists;
4. optionally a Census-style place list (`places_file.read_places_file`), for every incorporated place
   and county subdivision.

A registry is immutable once built; the default one and each one built from a file are cached, so a
process that extracts many documents pays for loading once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from entanglement.core.gazetteer.consolidated import CONSOLIDATED, DC_COUNTY, DC_PLACE, DC_STATE, NYC_BOROUGHS
from entanglement.core.gazetteer.names import (
    STATES,
    also_known_as,
    name_key,
    split_county_kind,
    split_place_suffix,
    state_abbreviations,
    state_names,
)

# Census county subdivisions that are the municipality itself (New England towns): a bare name may
# denote them. Elsewhere a town or township is a subdivision of a county and needs its kind word.
_TOWN_STATES = frozenset({"09", "23", "25", "33", "44", "50"})

_NEW_YORK_CITY = "3651000"
# Places whose Census name carries a word their everyday name drops ("Boise City city" is Boise).
_EVERYDAY_NAMES = {"1608830": "Boise"}

FLAG_STATE = 1
FLAG_COUNTY = 2
FLAG_PLACE = 4
FLAG_COUSUB = 8

_FIPS_TO_ABBR = {st.fips: st.abbr for st in STATES}
_FIPS_TO_NAME = {st.fips: st.name for st in STATES}
_ABBR_TO_FIPS = {st.abbr: st.fips for st in STATES}
_COUNTY_NAMES = dict(county for st in STATES for county in st.counties)


class PlaceRecordLike(Protocol):
    """What the registry needs from a row of a place list (`places_file.PlaceRecord`)."""

    @property
    def geoid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def ocd_id(self) -> str | None: ...
    @property
    def state_fips(self) -> str: ...
    @property
    def level(self) -> str: ...


class Jurisdiction(NamedTuple):
    """One government. `geoids` holds every code that identifies it; `geoid` is the primary one.

    A NamedTuple rather than a frozen dataclass: a place list makes ~40,000 of these, and tuple
    construction is several times cheaper.
    """

    geoid: str
    geoids: tuple[str, ...]
    name: str  # common name: "Chicago", "Cook County", "California"
    census_name: str  # "Chicago city", "Cook County", "California"
    level: str  # "state" | "county" | "place" | "cousub"
    state_fips: str
    kind: str = ""  # legal kind: "city", "town", "County", "Parish", "township", "state", ...
    ocd_id: str | None = None
    population: int | None = None
    curated: bool = False

    @property
    def state_abbr(self) -> str:
        return _FIPS_TO_ABBR.get(self.state_fips, "")

    @property
    def state_name(self) -> str:
        return _FIPS_TO_NAME.get(self.state_fips, "")

    @property
    def display_name(self) -> str:
        if self.level == "state":
            return self.name
        return f"{self.name}, {self.state_name}"

    @property
    def is_consolidated(self) -> bool:
        return len(self.geoids) > 1


def _state_ocd(fips: str) -> str:
    abbr = _FIPS_TO_ABBR[fips].lower()
    return (
        "ocd-division/country:us/district:dc" if fips == DC_STATE else f"ocd-division/country:us/state:{abbr}"
    )


@functools.cache
def _population_table() -> dict[tuple[str, str], int]:
    """(USPS state, name_key) -> population, from the committed GeoNames extract."""
    text = (resources.files("entanglement.core.gazetteer") / "data" / "us_city_population.tsv").read_text(
        encoding="utf-8"
    )
    table: dict[tuple[str, str], int] = {}
    for line in text.splitlines()[1:]:
        state, _name, key, pop = line.split("\t")
        table[(state, key)] = max(table.get((state, key), 0), int(pop))
    return table


def population_of(state_abbr: str, name: str) -> int | None:
    table = _population_table()
    key = name_key(name)
    # GeoNames writes "New York City" where the Census writes "New York city".
    return table.get((state_abbr, key)) or table.get((state_abbr, key + " city"))


def _place_population(state_fips: str, base: str, census_name: str) -> int | None:
    abbr = _FIPS_TO_ABBR.get(state_fips, "")
    found = population_of(abbr, base)
    if found is None and "(" in census_name and (common := also_known_as(census_name)):
        found = population_of(abbr, common)
    if found is None and state_fips in _TOWN_STATES and census_name.endswith(" Town city"):
        found = population_of(abbr, census_name[: -len(" Town city")])  # "Greenfield Town city" is Greenfield
    return found


def _seed_places_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "seed" / "places.yaml"


def read_seed_places(path: Path | None = None) -> list[dict[str, Any]]:
    """The curated place list (format in seed/SCHEMA.md); empty when the file does not exist."""
    p = path or _seed_places_path()
    if not p.exists():
        return []
    import yaml  # only needed when curated places exist

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster
    data = yaml.load(p.read_text(encoding="utf-8"), Loader=loader) or []
    if not isinstance(data, list):
        raise ValueError(f"{p}: expected a YAML list of places")
    return [d for d in data if isinstance(d, dict) and d.get("geoid")]


class _Builder:
    """Collects jurisdictions from every source, then freezes them into a Gazetteer."""

    def __init__(self) -> None:
        self.by_geoid: dict[str, Jurisdiction] = {}
        self.aliases: list[tuple[str, Jurisdiction]] = []

    def put(self, j: Jurisdiction) -> None:
        for g in j.geoids:
            self.by_geoid[g] = j

    def add_states_and_counties(self) -> None:
        for st in STATES:
            if st.fips in self.by_geoid:
                continue
            self.put(
                Jurisdiction(
                    st.fips, (st.fips,), st.name, st.name, "state", st.fips, "state", _state_ocd(st.fips)
                )
            )
            for county_fips, county_name in st.counties:
                if county_fips == DC_COUNTY:
                    continue
                _, kind = split_county_kind(county_name)
                self.put(
                    Jurisdiction(
                        county_fips, (county_fips,), county_name, county_name, "county", st.fips, kind
                    )
                )
        dc = self.by_geoid[DC_STATE]._replace(geoids=(DC_STATE, DC_COUNTY, DC_PLACE))
        self.put(dc)
        # The city of Washington is the District itself: one government.
        self.aliases += [("Washington", dc), ("Washington D.C.", dc), ("D.C.", dc)]

    def add_consolidated(self) -> None:
        for c in CONSOLIDATED:
            fips = _ABBR_TO_FIPS[c.state]
            county = self.by_geoid[c.county_geoid]
            primary = c.place_geoid or c.county_geoid
            j = Jurisdiction(
                primary,
                c.geoids,
                c.name,
                county.census_name,
                "place" if c.place_geoid else "county",
                fips,
                "consolidated",
                population=population_of(c.state, c.name),
            )
            self.put(j)
            for alias in (c.name, *c.aliases):
                self.aliases.append((alias, j))
        for borough, county_geoid in NYC_BOROUGHS:
            county = self.by_geoid[county_geoid]
            if county.population is None:  # ranks the borough above its namesakes ("Manhattan", Kansas)
                # GeoNames writes "The Bronx"; the borough list may not.
                plain = borough.removeprefix("The ")
                population = population_of("NY", plain) or population_of("NY", f"The {plain}")
                county = county._replace(population=population)
                self.put(county)
            self.aliases.append((borough, county))

    def add_seed(self, items: Iterable[dict[str, Any]]) -> None:
        for item in items:
            geoid = str(item["geoid"])
            state = str(item.get("state") or _FIPS_TO_ABBR.get(geoid[:2], ""))
            prior = self.by_geoid.get(geoid)
            if prior is not None:
                self.put(prior._replace(curated=True, ocd_id=prior.ocd_id or item.get("ocd_id")))
                continue
            county_geoid = item.get("county_geoid")
            geoids = (geoid, str(county_geoid)) if county_geoid else (geoid,)
            census_name = str(item.get("census_name") or item.get("name") or geoid)
            base, suffix = split_place_suffix(census_name)
            name = str(item.get("name") or base)
            level = {2: "state", 5: "county", 7: "place", 10: "cousub"}.get(len(geoid), "place")
            self.put(
                Jurisdiction(
                    geoid,
                    geoids,
                    name,
                    census_name,
                    level,
                    geoid[:2],
                    suffix,
                    item.get("ocd_id"),
                    population_of(state, name),
                    curated=True,
                )
            )

    def add_records(self, records: Iterable[PlaceRecordLike]) -> None:
        for r in records:
            prior = self.by_geoid.get(r.geoid)
            if prior is not None:
                if prior.ocd_id is None and r.ocd_id:
                    self.put(prior._replace(ocd_id=r.ocd_id))
                continue
            if r.level == "county":
                base, kind = split_county_kind(r.name)
                self.put(
                    Jurisdiction(r.geoid, (r.geoid,), r.name, r.name, "county", r.state_fips, kind, r.ocd_id)
                )
                continue
            base, suffix = split_place_suffix(r.name)
            self.put(
                Jurisdiction(
                    r.geoid,
                    (r.geoid,),
                    base,
                    r.name,
                    r.level,
                    r.state_fips,
                    suffix,
                    r.ocd_id,
                    _place_population(r.state_fips, base, r.name)
                    if r.level == "place" or (r.state_fips in _TOWN_STATES and suffix == "town")
                    else None,
                )
            )
        self._link_independent_cities()
        for geoid, everyday in _EVERYDAY_NAMES.items():
            place = self.by_geoid.get(geoid)
            if place is not None:
                abbr = _FIPS_TO_ABBR.get(place.state_fips, "")
                population = place.population or population_of(abbr, everyday)
                self.put(place._replace(name=everyday, population=population))  # indexed by both names
        new_york = self.by_geoid.get(_NEW_YORK_CITY)
        if new_york is not None:
            self.aliases += [("New York City", new_york), ("NYC", new_york), ("City of New York", new_york)]

    def _link_independent_cities(self) -> None:
        """Pair each independent city's county record ("Richmond city", 51760) with its place."""
        places: dict[tuple[str, str], Jurisdiction] = {}
        for j in self.by_geoid.values():
            if j.level == "place" and len(j.geoids) == 1:
                places[(j.state_fips, j.census_name)] = j
        for j in list(self.by_geoid.values()):
            if j.level != "county" or j.kind != "city" or len(j.geoids) != 1:
                continue
            place = places.get((j.state_fips, j.census_name))
            if place is not None:
                self.put(place._replace(geoids=(place.geoid, j.geoid), kind="independent city"))

    def build(self) -> Gazetteer:
        return Gazetteer(self.by_geoid, self.aliases)


class Gazetteer:
    """Every known jurisdiction by code, and indexes from written names to jurisdictions."""

    def __init__(
        self, by_geoid: dict[str, Jurisdiction], aliases: Iterable[tuple[str, Jurisdiction]] = ()
    ) -> None:
        self._by_geoid = dict(by_geoid)
        self._states: dict[str, list[Jurisdiction]] = {}
        self._county_kind: dict[str, str] = {}
        self._counties: dict[str, list[Jurisdiction]] = {}
        self._places: dict[str, list[Jurisdiction]] = {}
        self._cousubs: dict[str, list[Jurisdiction]] = {}
        self._flags: dict[str, int] = {}
        self._prefixes: set[str] = set()
        self._indexed: set[tuple[int, str, int]] = set()
        self.max_words = 1
        seen: set[int] = set()
        for j in self._by_geoid.values():
            if id(j) in seen:
                continue
            seen.add(id(j))
            self._index(j)
        self._size = len(seen)
        for key, fips in state_names().items():
            self._add_key(self._states, key, self._by_geoid[fips], FLAG_STATE)
        for alias, j in aliases:
            self._add_key(self._places, name_key(alias), self._by_geoid[j.geoid], FLAG_PLACE)
        self.abbreviations = state_abbreviations()
        self._indexed.clear()  # only needed while indexing

    # -- construction ------------------------------------------------------------------------------

    @classmethod
    def build(cls, records: Iterable[PlaceRecordLike] = (), *, seed: bool = True) -> Gazetteer:
        b = _Builder()
        b.add_states_and_counties()
        b.add_consolidated()
        if seed:
            b.add_seed(read_seed_places())
        b.add_records(records)
        return b.build()

    @classmethod
    def default(cls) -> Gazetteer:
        """States, counties, consolidated city-counties and curated places (cached)."""
        return _default()

    @classmethod
    def with_places_file(cls, path: str | Path) -> Gazetteer:
        """The default registry plus every place in a Census-style list (cached per path)."""
        return _with_places_file(str(Path(path).resolve()))

    # -- lookups -----------------------------------------------------------------------------------

    def get(self, geoid: str) -> Jurisdiction | None:
        return self._by_geoid.get(geoid)

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter({id(j): j for j in self._by_geoid.values()}.values())

    def __len__(self) -> int:
        return self._size

    def state(self, fips: str) -> Jurisdiction:
        return self._by_geoid[fips]

    def state_named(self, key: str) -> Jurisdiction | None:
        found = self._states.get(key)
        return found[0] if found else None

    def state_for_abbreviation(self, written: str) -> str | None:
        """FIPS code of a written state abbreviation ("Calif.", "N.Y.", "IL"), exact case."""
        return self.abbreviations.get(written)

    def counties_named(self, key: str) -> list[Jurisdiction]:
        return self._counties.get(key, [])

    def places_named(self, key: str) -> list[Jurisdiction]:
        return self._places.get(key, [])

    def cousubs_named(self, key: str) -> list[Jurisdiction]:
        return self._cousubs.get(key, [])

    def county_kind(self, j: Jurisdiction) -> str:
        """The kind word of a county-level name ("County", "Parish", "city"), also for merged records."""
        return self._county_kind.get(j.geoid, "")

    def flags(self, key: str) -> int:
        return self._flags.get(key, 0)

    def is_prefix(self, key: str) -> bool:
        return key in self._prefixes

    # -- indexing ----------------------------------------------------------------------------------

    def _add_key(self, index: Any, key: str, j: Jurisdiction, flag: int) -> None:
        if not key:
            return
        pair = (id(index), key, id(j))
        if pair in self._indexed:
            return
        self._indexed.add(pair)
        index.setdefault(key, []).append(j)
        self._flags[key] = self._flags.get(key, 0) | flag
        if " " in key:
            words = key.split()
            self.max_words = max(self.max_words, len(words))
            for n in range(1, len(words)):
                self._prefixes.add(" ".join(words[:n]))

    def _add_county(self, census_name: str, j: Jurisdiction) -> None:
        base, kind = split_county_kind(census_name)
        self._add_key(self._counties, name_key(base), j, FLAG_COUNTY)
        self._county_kind.setdefault(j.geoid, kind)

    def _index(self, j: Jurisdiction) -> None:
        if j.level == "state":
            return
        if j.level == "county":
            self._add_county(j.census_name, j)
            # An independent city not paired with a place, or a consolidated government without a
            # place code (Honolulu), is still what a bare city name denotes.
            if j.kind in ("city", "consolidated"):
                self._add_key(self._places, name_key(split_county_kind(j.name)[0]), j, FLAG_PLACE)
            return
        if j.level == "cousub":
            key = name_key(j.name)
            self._add_key(self._cousubs, key, j, FLAG_COUSUB)
            if j.kind == "town" and j.state_fips in _TOWN_STATES:
                self._add_key(self._places, key, j, FLAG_PLACE)
            return
        self._add_key(self._places, name_key(j.name), j, FLAG_PLACE)
        if "(" in j.census_name and (common := also_known_as(j.census_name)):
            self._add_key(self._places, name_key(common), j, FLAG_PLACE)
        census_base = name_key(split_place_suffix(j.census_name)[0])
        if j.kind != "consolidated" and census_base != name_key(j.name):
            self._add_key(self._places, census_base, j, FLAG_PLACE)
        if j.state_fips in _TOWN_STATES and j.census_name.endswith(" Town city"):
            # A New England town governed as a city ("Greenfield Town city"): texts write "Greenfield".
            self._add_key(self._places, name_key(j.census_name[: -len(" Town city")]), j, FLAG_PLACE)
        for g in j.geoids[1:]:
            if len(g) == 5:
                self._add_county(_COUNTY_NAMES.get(g, ""), j)


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer.build()


@functools.lru_cache(maxsize=4)
def _with_places_file(path: str) -> Gazetteer:
    from entanglement.core.gazetteer.places_file import read_places_file

    return Gazetteer.build(read_places_file(path))


__all__ = ["Gazetteer", "Jurisdiction", "PlaceRecordLike", "population_of", "read_seed_places"]
