"""The jurisdiction registry: states, D.C., territories and counties, plus loaded place lists.

States and counties come from the PyPI package `us` (the only source of GEOIDs shipped with the
project); places come from the curated seed (`seed/places.yaml`, loaded by tracker.seed_loader) and
from any Census-style place list the user loads (`entangle gazetteer load FILE`).

Who may change what, so that loading in any order converges and a second load changes nothing:
- the `us` package owns names, levels and states of states and counties; it fills an OCD id only
  where none is set (a loaded place list carries the exact ids and wins);
- a loaded place list owns the records it created, and only fills blanks on the others;
- the curated seed owns the places it lists.

Loads are bulk operations that still write history: one historical row per created or changed
record (simple_history's bulk helpers), none for an unchanged one.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import us
from django.db import connection, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from entanglement.core.gazetteer.consolidated import CONSOLIDATED as CORE_CONSOLIDATED
from entanglement.core.gazetteer.consolidated import DC_COUNTY, DC_PLACE
from entanglement.core.gazetteer.places_file import PlaceRecord, read_places_file

from .models import Jurisdiction, Source

US_PACKAGE_URL = "https://pypi.org/project/us/"
US_PACKAGE_TITLE = "PyPI package us: states, territories and counties with FIPS codes"
BATCH = 2000

# Consolidated city-counties, (place GEOID, county GEOID) of one government, from the core table the
# extractor uses too (one list for the whole house), plus the District of Columbia. Linked whenever
# both records are present; seed/places.yaml can add more through `county_geoid`; independent
# cities ("Richmond city", 51760) are paired with their same-named place by link_independent_cities.
CONSOLIDATED: tuple[tuple[str, str], ...] = tuple(
    (c.place_geoid, c.county_geoid) for c in CORE_CONSOLIDATED if c.place_geoid
) + ((DC_PLACE, DC_COUNTY),)

# County-equivalent suffix -> the OCD division type used for it.
_OCD_COUNTY_TYPES = {
    "County": "county",
    "Parish": "parish",
    "Borough": "borough",
    "Census Area": "census_area",
}
_NAME_SUFFIX_WORDS = re.compile(r"(?:\s+(?:[a-z]+|CDP|\(balance\)))+$")


class RegistryError(ValueError):
    """A registry load that cannot go ahead; nothing has been written."""


@dataclass
class LoadStats:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    details: list[str] = field(default_factory=list)

    def __add__(self, other: LoadStats) -> LoadStats:
        return LoadStats(
            self.created + other.created,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.linked + other.linked,
            self.details + other.details,
        )

    def summary(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, {self.linked} links made"


@dataclass(frozen=True)
class RegistryEntry:
    """What the `us` package says about one state or county."""

    geoid: str
    level: str
    name: str
    census_name: str
    usps: str
    state_geoid: str | None
    ocd_id: str
    is_territory: bool


def us_registry() -> list[RegistryEntry]:
    """States, D.C., territories and every county or equivalent, in GEOID order."""
    entries: list[RegistryEntry] = []
    for state in us.states.STATES_AND_TERRITORIES:
        entries.append(
            RegistryEntry(
                geoid=str(state.fips),
                level=Jurisdiction.Level.STATE,
                name=state.name,
                census_name=state.name,
                usps=state.abbr,
                state_geoid=None,
                ocd_id=state_ocd_id(state.abbr, is_territory=bool(state.is_territory)),
                is_territory=bool(state.is_territory),
            )
        )
        for county in state.counties or ():
            entries.append(
                RegistryEntry(
                    geoid=county.fips,
                    level=Jurisdiction.Level.COUNTY,
                    name=county.name,
                    census_name=county.name,
                    usps=state.abbr,
                    state_geoid=str(state.fips),
                    ocd_id=county_ocd_id(state.abbr, county.name),
                    is_territory=bool(state.is_territory),
                )
            )
    return sorted(entries, key=lambda e: e.geoid)


@functools.cache
def registry_geoids() -> frozenset[str]:
    """GEOIDs of the states and counties, without a database (the seed validator uses it)."""
    return frozenset(e.geoid for e in us_registry())


def state_ocd_id(usps: str, *, is_territory: bool) -> str:
    if usps == "DC":
        return "ocd-division/country:us/district:dc"
    kind = "territory" if is_territory else "state"
    return f"ocd-division/country:us/{kind}:{usps.lower()}"


def county_ocd_id(usps: str, county_name: str) -> str:
    """The OCD id of a county when its suffix says the division type; "" when it does not.

    Independent cities, municipios and the like have ids no rule derives; a loaded place list fills them.
    """
    for suffix, kind in _OCD_COUNTY_TYPES.items():
        if county_name.endswith(" " + suffix):
            return f"ocd-division/country:us/state:{usps.lower()}/{kind}:{ocd_slug(county_name[: -len(suffix) - 1])}"
    return ""


def ocd_slug(name: str) -> str:
    """OCD id segment: lower case, spaces to underscores, no periods or apostrophes."""
    return re.sub(r"\s+", "_", re.sub(r"[.'’]", "", name.strip().lower()))


def common_name(census_name: str) -> str:
    """ "Chicago city" -> "Chicago"; "Nashville-Davidson metropolitan government (balance)" -> "Nashville-Davidson".

    Census place names end in their legal description in lower case; county names ("Cook County")
    and capitalized names ("Carson City") are kept whole.
    """
    stripped = _NAME_SUFFIX_WORDS.sub("", census_name).strip()
    return stripped or census_name


def _usps_by_state_fips() -> dict[str, str]:
    return {str(s.fips): s.abbr for s in us.states.STATES_AND_TERRITORIES}


def registry_source() -> Source:
    source = Source.objects.filter(kind=Source.Kind.CURATED_CITATION, url=US_PACKAGE_URL).first()
    if source is None:
        source = Source(
            kind=Source.Kind.CURATED_CITATION,
            url=US_PACKAGE_URL,
            title=US_PACKAGE_TITLE,
            publisher="Python Package Index",
        )
        source._change_reason = "registry load"  # type: ignore[attr-defined]
        source.save()
    return source


def load_us_registry(*, reason: str = "registry load from the us package") -> LoadStats:
    """Upsert states, D.C., territories and counties. Call inside a transaction."""
    source = registry_source()
    entries = us_registry()
    existing = {j.geoid: j for j in Jurisdiction.objects.filter(geoid__in=[e.geoid for e in entries])}
    stats = LoadStats()
    # States first: counties point at them.
    for level in (Jurisdiction.Level.STATE, Jurisdiction.Level.COUNTY):
        state_ids = dict(
            Jurisdiction.objects.filter(level=Jurisdiction.Level.STATE).values_list("geoid", "id")
        )
        new: list[Jurisdiction] = []
        changed: list[Jurisdiction] = []
        for e in (e for e in entries if e.level == level):
            wanted: dict[str, Any] = {
                "level": e.level,
                "name": e.name,
                "census_name": e.census_name,
                "usps": e.usps,
                "state_id": state_ids[e.state_geoid] if e.state_geoid else None,
                "is_territory": e.is_territory,
            }
            current = existing.get(e.geoid)
            if current is None:
                new.append(
                    Jurisdiction(
                        geoid=e.geoid,
                        ocd_id=e.ocd_id,
                        origin=Jurisdiction.Origin.REGISTRY,
                        registry_source=source,
                        **wanted,
                    )
                )
                continue
            if not current.ocd_id and e.ocd_id:
                wanted["ocd_id"] = e.ocd_id
            if _assign(current, wanted):
                changed.append(current)
            else:
                stats.unchanged += 1
        _write(new, changed, _REGISTRY_FIELDS, reason, stats)
    return stats


_REGISTRY_FIELDS = ["level", "name", "census_name", "usps", "state", "is_territory", "ocd_id"]
_PLACE_FIELDS = ["level", "name", "census_name", "usps", "state", "ocd_id", "registry_source"]


def _assign(obj: Jurisdiction, wanted: dict[str, Any]) -> bool:
    changed = False
    for name, value in wanted.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _write(
    new: Sequence[Jurisdiction],
    changed: Sequence[Jurisdiction],
    fields: list[str],
    reason: str,
    stats: LoadStats,
) -> None:
    if new:
        if len(new) >= FAST_INSERT_MIN and _history_is_plain():
            _insert_with_history(new, reason)
        else:
            bulk_create_with_history(list(new), Jurisdiction, batch_size=BATCH, default_change_reason=reason)
        stats.created += len(new)
    if changed:
        bulk_update_with_history(
            list(changed), Jurisdiction, fields, batch_size=BATCH, default_change_reason=reason
        )
        stats.updated += len(changed)


# Extra columns of a simple_history table besides the copied fields; the fast path writes exactly these.
_HISTORY_COLUMNS = ("history_id", "history_date", "history_change_reason", "history_type", "history_user_id")
FAST_INSERT_MIN = 1000


def _history_is_plain() -> bool:
    history = Jurisdiction.history.model
    tracked = {f.attname for f in history.tracked_fields}
    extra = {f.column for f in history._meta.concrete_fields if f.attname not in tracked}
    return extra == set(_HISTORY_COLUMNS)


def _insert_with_history(objs: Sequence[Jurisdiction], reason: str) -> None:
    """Insert new records and their "+" history rows with multi-row INSERTs.

    The same rows simple_history's bulk_create_with_history writes, but Django's bulk_create prepares
    every value of every row one call at a time, which was most of the time of loading a 39,000-row
    place list; these values are plain text, numbers and ids that the database driver takes as they are.
    """
    fields = [f for f in Jurisdiction._meta.concrete_fields if not f.primary_key]
    _insert_rows(
        Jurisdiction._meta.db_table,
        [f.column for f in fields],
        [[getattr(o, f.attname) for f in fields] for o in objs],
    )
    ids = dict(Jurisdiction.objects.filter(level__in={o.level for o in objs}).values_list("geoid", "id"))
    for o in objs:
        o.id = ids[o.geoid]
    history = Jurisdiction.history.model
    tracked = list(history.tracked_fields)
    when = connection.ops.adapt_datetimefield_value(timezone.now())
    _insert_rows(
        history._meta.db_table,
        [f.column for f in tracked] + list(_HISTORY_COLUMNS[1:]),
        [[getattr(o, f.attname) for f in tracked] + [when, reason, "+", None] for o in objs],
    )


def _insert_rows(table: str, columns: list[str], rows: list[list[Any]]) -> None:
    """COPY on PostgreSQL (per-statement round trips dominate there); executemany elsewhere (SQLite)."""
    quote = connection.ops.quote_name
    column_list = ", ".join(quote(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {quote(table)} ({column_list}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {quote(table)} ({column_list}) VALUES ({marks})", rows)


def file_source(path: Path, data: bytes) -> Source:
    """The Source record of a loaded place list: the file itself, known by its sha256."""
    digest = hashlib.sha256(data).hexdigest()
    media_type = "text/tab-separated-values" if path.suffix.lower() in {".txt", ".tsv"} else "text/csv"
    source = Source.objects.filter(sha256=digest).first()
    if source is None:
        source = Source(
            kind=Source.Kind.DOCUMENT,
            url=path.resolve().as_uri(),
            title=f"Census-style place list {path.name}",
            media_type=media_type,
            sha256=digest,
        )
        source._change_reason = "gazetteer load"  # type: ignore[attr-defined]
        source.save()
    return source


def load_places(records: Iterable[PlaceRecord], source: Source, *, reason: str) -> LoadStats:
    """Upsert places and county subdivisions of a place list; counties only gain OCD ids. In a transaction."""
    states = {j.geoid: j for j in Jurisdiction.objects.filter(level=Jurisdiction.Level.STATE)}
    usps_by_fips = _usps_by_state_fips()
    records = list(records)
    unknown_states = sorted({r.state_fips for r in records if r.state_fips not in states})
    if unknown_states:
        raise RegistryError(
            f"state codes not in the registry: {', '.join(unknown_states[:10])}"
            + (" ..." if len(unknown_states) > 10 else "")
        )
    existing = {
        j.geoid: j
        for j in Jurisdiction.objects.filter(level__in=[Jurisdiction.Level.COUNTY, "place", "cousub"]).only(
            "id", "geoid", *_PLACE_FIELDS, "origin"
        )
    }
    stats = LoadStats()
    new: list[Jurisdiction] = []
    changed: list[Jurisdiction] = []
    for r in records:
        current = existing.get(r.geoid)
        if r.level == Jurisdiction.Level.COUNTY and current is None:
            # Counties come from the registry; a list naming an unknown one is out of date or wrong.
            stats.details.append(f"county {r.geoid} {r.name!r} is not in the registry: skipped")
            continue
        if current is None:
            state = states[r.state_fips]
            new.append(
                Jurisdiction(
                    geoid=r.geoid,
                    level=r.level,
                    name=common_name(r.name),
                    census_name=r.name,
                    usps=usps_by_fips.get(r.state_fips, ""),
                    state=state,
                    ocd_id=r.ocd_id or "",
                    origin=Jurisdiction.Origin.GAZETTEER,
                    registry_source=source,
                )
            )
            continue
        wanted: dict[str, Any]
        if current.origin == Jurisdiction.Origin.GAZETTEER:
            wanted = {"name": common_name(r.name), "census_name": r.name}
            if r.ocd_id:
                wanted["ocd_id"] = r.ocd_id
        elif current.origin == Jurisdiction.Origin.REGISTRY:
            wanted = {"ocd_id": r.ocd_id} if r.ocd_id else {}
        else:
            wanted = {
                k: v
                for k, v in (("ocd_id", r.ocd_id), ("census_name", r.name))
                if v and not getattr(current, k)
            }
        if _assign(current, wanted):
            if current.origin == Jurisdiction.Origin.GAZETTEER:
                current.registry_source = source
            changed.append(current)
        else:
            stats.unchanged += 1
    _write(new, changed, _PLACE_FIELDS, reason, stats)
    return stats


def link_consolidated(pairs: Iterable[tuple[str, str]] = CONSOLIDATED, *, reason: str) -> LoadStats:
    """Point each present place/county pair at each other; refuse a record already linked elsewhere."""
    stats = LoadStats()
    pairs = list(pairs)
    wanted = [g for pair in pairs for g in pair]
    by_geoid = {j.geoid: j for j in Jurisdiction.objects.filter(geoid__in=wanted)}
    ids = {j.id: j.geoid for j in by_geoid.values()}
    to_save: dict[str, Jurisdiction] = {}
    for a, b in pairs:
        ja, jb = by_geoid.get(a), by_geoid.get(b)
        if ja is None or jb is None:
            continue
        if ja.consolidated_with_id == jb.id and jb.consolidated_with_id == ja.id:
            continue
        for one, other in ((ja, jb), (jb, ja)):
            linked = one.consolidated_with_id
            if linked == other.id:
                continue
            if linked is not None:
                other_geoid = ids.get(linked) or Jurisdiction.objects.get(id=linked).geoid
                raise RegistryError(
                    f"{one.geoid} is consolidated with {other_geoid} already; cannot also link it to {other.geoid}"
                )
            one.consolidated_with_id = other.id
            to_save[one.geoid] = one
        stats.linked += 1
    if to_save:
        # Two saves per pair: the one-to-one column is unique, and each side names the other.
        bulk_update_with_history(
            list(to_save.values()), Jurisdiction, ["consolidated_with"], default_change_reason=reason
        )
        stats.updated += len(to_save)
    return stats


def load_gazetteer_file(path: str | Path) -> LoadStats:
    """`entangle gazetteer load FILE`: registry first, then the place list, in one transaction.

    A file that cannot be parsed raises PlacesFileError before anything is written.
    """
    p = Path(path)
    records = read_places_file(p)
    reason = f"gazetteer load {p.name}"
    with transaction.atomic():
        stats = load_us_registry()
        stats += load_places(records, file_source(p, p.read_bytes()), reason=reason)
        stats += link_consolidated([*CONSOLIDATED, *independent_city_pairs()], reason=reason)
    return stats


def independent_city_pairs() -> list[tuple[str, str]]:
    """(place, county) for each independent city whose county record has a same-named place in its state.

    Virginia's cities, Baltimore and St. Louis are county-equivalents named like "Richmond city"; a
    loaded place list has the place "Richmond city" too: one government under two codes.
    """
    places: dict[tuple[str, str], list[str]] = {}
    for geoid, census_name in Jurisdiction.objects.filter(level=Jurisdiction.Level.PLACE).values_list(
        "geoid", "census_name"
    ):
        places.setdefault((geoid[:2], census_name), []).append(geoid)
    pairs = []
    cities = Jurisdiction.objects.filter(level=Jurisdiction.Level.COUNTY, census_name__endswith=" city")
    for geoid, census_name in cities.values_list("geoid", "census_name"):
        matches = places.get((geoid[:2], census_name), [])
        if len(matches) == 1:
            pairs.append((matches[0], geoid))
    return pairs
