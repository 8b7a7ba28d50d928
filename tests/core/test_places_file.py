"""The place-list reader: both accepted shapes, and every way a file can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.gazetteer.places_file import PlacesFileError, parse_places, read_places_file

OCD_SAMPLE = (
    "id,name,census_geoid\n"
    "ocd-division/country:us/state:ex/county:maple,Maple County,place-99001\n"
    "ocd-division/country:us/state:ex/place:riverbend,Riverbend city,place-9912345\n"
    "ocd-division/country:us/state:ex/county:maple/township:oak,Oak township,place-9900112345\n"
)

GAZETTEER_SAMPLE = (
    "USPS\tGEOID\tANSICODE\tNAME\tLSAD\tFUNCSTAT\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG      \n"
    "EX\t9912345\t02412345\tRiverbend city\t25\tA\t1000\t0\t0.1\t0\t40.1\t-80.2\n"
    "EX\t9954321\t02454321\tLake Vista village\t47\tA\t1000\t0\t0.1\t0\t40.1\t-80.2\n"
)


def test_reads_open_civic_data_shape() -> None:
    records = parse_places(OCD_SAMPLE.encode())
    assert [(r.geoid, r.level, r.state_fips) for r in records] == [
        ("99001", "county", "99"),
        ("9912345", "place", "99"),
        ("9900112345", "cousub", "99"),
    ]
    assert records[1].name == "Riverbend city"
    assert records[1].ocd_id == "ocd-division/country:us/state:ex/place:riverbend"


def test_reads_census_gazetteer_shape_with_padded_header() -> None:
    records = parse_places(GAZETTEER_SAMPLE.encode())
    assert [(r.geoid, r.name, r.ocd_id) for r in records] == [
        ("9912345", "Riverbend city", None),
        ("9954321", "Lake Vista village", None),
    ]


def test_utf8_bom_and_accents_are_kept() -> None:
    data = ("\ufeff" + OCD_SAMPLE.replace("Riverbend city", "Cañon city")).encode()
    assert parse_places(data)[1].name == "Cañon city"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"geoid,label\n0601,Somewhere\n", "header lacks id, name, census_geoid"),
        (b"USPS\tCODE\tLABEL\nEX\t9912345\tX\n", "lacks GEOID, NAME"),
        (b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,A city,99123\n", "not of the form"),
        (b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,A city,place-991\n", "not a county"),
        (b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,,place-9912345\n", "empty name"),
        (b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,Caf\xe9 city,place-9912345\n", "not valid UTF-8"),
        (b"id,name,census_geoid\n", "no places"),
        (b"\x00\x01\x02binary", "binary data"),
        (
            b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,A city,place-9912345\n"
            b"ocd-division/country:us/state:ex/place:b,B city,place-9912345\n",
            "appears twice",
        ),
    ],
)
def test_bad_files_are_refused_whole_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(PlacesFileError, match=message):
        parse_places(data, name="sample.csv")


def test_broken_encoding_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_bytes(b"id,name,census_geoid\nocd-division/country:us/state:ex/place:a,Ok city,place-9912345\n\xff\xfe\xfa\n")
    with pytest.raises(PlacesFileError, match=r"places.csv: line 3"):
        read_places_file(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PlacesFileError, match="cannot read"):
        read_places_file(tmp_path / "absent.csv")


@pytest.mark.shared
def test_full_shared_place_list(shared_dir: Path) -> None:
    records = read_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")
    assert len(records) == 39242
    by_geoid = {r.geoid: r for r in records}
    assert by_geoid["1714000"].name == "Chicago city"
    assert by_geoid["17031"].level == "county"
