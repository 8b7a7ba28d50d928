"""Read a Census-style list of places supplied by the user.

Two shapes are accepted, told apart by their header:

- the Census Bureau's Gazetteer files (tab-separated; `USPS`, `GEOID`, `NAME` and, for places,
  `LSAD`/`FUNCSTAT`), for counties, places or county subdivisions;
- Open Civic Data's `us_census_places.csv` (`id`, `name`, `census_geoid` as `place-NNNNNNN`).

No registry package ships Census place codes, so the project loads whatever list the user gives it.
The reader is strict: a file with the wrong columns, a bad code or an undecodable byte is refused as
a whole with the line that broke it, so a loader built on it never half-loads a file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

LEVEL_BY_LENGTH = {5: "county", 7: "place", 10: "cousub"}
MAX_FILE_BYTES = 200 * 1024 * 1024

_GEOID = re.compile(r"\d{5}(?:\d{2}|\d{5})?")
_OCD_GEOID = re.compile(r"place-(\d+)")


class PlacesFileError(ValueError):
    """The file cannot be read as a place list; the message says where and why."""


@dataclass(frozen=True)
class PlaceRecord:
    geoid: str
    name: str  # the Census name with its legal suffix: "Chicago city", "Cook County"
    ocd_id: str | None
    state_fips: str
    level: str  # "county" | "place" | "cousub"

    def to_dict(self) -> dict[str, str | None]:
        return {
            "geoid": self.geoid,
            "name": self.name,
            "ocd_id": self.ocd_id,
            "state_fips": self.state_fips,
            "level": self.level,
        }


def read_places_file(path: str | Path) -> list[PlaceRecord]:
    """Parse a whole place list, or raise PlacesFileError naming the file and the line."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise PlacesFileError(f"{p}: cannot read: {e.strerror or e}") from e
    if size > MAX_FILE_BYTES:
        raise PlacesFileError(f"{p}: {size} bytes is over the {MAX_FILE_BYTES}-byte limit for a place list")
    return parse_places(p.read_bytes(), name=str(p))


def parse_places(data: bytes, *, name: str = "<places>") -> list[PlaceRecord]:
    text = _decode(data, name)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise PlacesFileError(f"{name}: empty file: expected a header line")
    header = lines[0]
    if "\t" in header:
        return _parse_gazetteer(lines, name)
    return _parse_ocd(text, name)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlacesFileError(f"{name}: binary data, not a text place list")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise PlacesFileError(f"{name}: broken UTF-16 text at byte {e.start}") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise PlacesFileError(
            f"{name}: line {line}: bytes that are not valid UTF-8 (at byte {e.start}); "
            "convert the file to UTF-8 (Census files from before 2020 may be Latin-1: "
            "iconv -f latin1 -t utf-8)"
        ) from e


def _check_geoid(geoid: str, name: str, line_no: int) -> str:
    if not _GEOID.fullmatch(geoid):
        raise PlacesFileError(
            f"{name}: line {line_no}: {geoid!r} is not a county (5-digit), place (7-digit) "
            "or county-subdivision (10-digit) GEOID"
        )
    return geoid


def _parse_gazetteer(lines: list[str], name: str) -> list[PlaceRecord]:
    columns = [c.strip().upper() for c in lines[0].split("\t")]
    missing = [c for c in ("GEOID", "NAME") if c not in columns]
    if missing:
        raise PlacesFileError(
            f"{name}: line 1: tab-separated header lacks {', '.join(missing)}; "
            f"expected the Census Gazetteer columns (USPS, GEOID, NAME, ...), got {columns}"
        )
    i_geoid, i_name = columns.index("GEOID"), columns.index("NAME")
    records: list[PlaceRecord] = []
    for line_no, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) <= max(i_geoid, i_name):
            raise PlacesFileError(f"{name}: line {line_no}: {len(cells)} columns, header has {len(columns)}")
        geoid = _check_geoid(cells[i_geoid].strip(), name, line_no)
        place_name = cells[i_name].strip()
        if not place_name:
            raise PlacesFileError(f"{name}: line {line_no}: empty NAME")
        records.append(_record(geoid, place_name, None))
    return _unique(records, name)


def _parse_ocd(text: str, name: str) -> list[PlaceRecord]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [c.strip().lower() for c in next(reader)]
    except csv.Error as e:
        raise PlacesFileError(f"{name}: line 1: {e}") from e
    missing = [c for c in ("id", "name", "census_geoid") if c not in header]
    if missing:
        raise PlacesFileError(
            f"{name}: line 1: header lacks {', '.join(missing)}; expected the Open Civic Data columns "
            f"id,name,census_geoid or a tab-separated Census Gazetteer file, got {header}"
        )
    i_id, i_name, i_geoid = header.index("id"), header.index("name"), header.index("census_geoid")
    records: list[PlaceRecord] = []
    try:
        for row in reader:
            line_no = reader.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) <= max(i_id, i_name, i_geoid):
                raise PlacesFileError(f"{name}: line {line_no}: {len(row)} columns, header has {len(header)}")
            raw = row[i_geoid].strip()
            m = _OCD_GEOID.fullmatch(raw)
            if not m:
                raise PlacesFileError(f"{name}: line {line_no}: census_geoid {raw!r} is not of the form place-NNNNNNN")
            geoid = _check_geoid(m.group(1), name, line_no)
            place_name = row[i_name].strip()
            if not place_name:
                raise PlacesFileError(f"{name}: line {line_no}: empty name")
            ocd_id = row[i_id].strip() or None
            if ocd_id is not None and not ocd_id.startswith("ocd-division/country:us"):
                raise PlacesFileError(f"{name}: line {line_no}: id {ocd_id!r} is not a U.S. OCD division id")
            records.append(_record(geoid, place_name, ocd_id))
    except csv.Error as e:
        raise PlacesFileError(f"{name}: line {reader.line_num}: {e}") from e
    return _unique(records, name)


def _record(geoid: str, place_name: str, ocd_id: str | None) -> PlaceRecord:
    return PlaceRecord(
        geoid=geoid, name=place_name, ocd_id=ocd_id, state_fips=geoid[:2], level=LEVEL_BY_LENGTH[len(geoid)]
    )


def _unique(records: Iterable[PlaceRecord], name: str) -> list[PlaceRecord]:
    """Keep the first row of each GEOID; two different names for one code means a corrupt file."""
    seen: dict[str, PlaceRecord] = {}
    for r in records:
        prior = seen.get(r.geoid)
        if prior is None:
            seen[r.geoid] = r
        elif prior.name != r.name:
            raise PlacesFileError(f"{name}: GEOID {r.geoid} appears twice with different names: {prior.name!r}, {r.name!r}")
    if not seen:
        raise PlacesFileError(f"{name}: no places: the file has a header but no rows")
    return list(seen.values())
