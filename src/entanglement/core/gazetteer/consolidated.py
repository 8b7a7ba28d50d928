"""Consolidated city-counties: one government that the Census counts twice.

A consolidated city-county has a place code and a county code; federal lists have named San Francisco
twice, so the registry must carry both codes on one record. Independent cities (Virginia's, Baltimore,
St. Louis) are county-equivalents whose county record pairs with a same-named place; the registry
links those by name when a place list is loaded (see `registry.Gazetteer._link_independent_cities`).
This table holds the pairs that cannot be derived that way, and the place codes that Census place lists
omit (the "balance" parts of metro governments). Every code is checked by tests against `us` and, where
the shared reference list is present, against it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Consolidated:
    name: str  # common name
    state: str  # USPS code
    place_geoid: str | None  # None where no incorporated place exists (Honolulu)
    county_geoid: str
    aliases: tuple[str, ...] = ()  # other names that denote this government as a whole

    @property
    def geoids(self) -> tuple[str, ...]:
        return tuple(g for g in (self.place_geoid, self.county_geoid) if g)


CONSOLIDATED: tuple[Consolidated, ...] = (
    Consolidated("San Francisco", "CA", "0667000", "06075", ("City and County of San Francisco",)),
    Consolidated("Denver", "CO", "0820000", "08031", ("City and County of Denver",)),
    Consolidated("Broomfield", "CO", "0809280", "08014", ("City and County of Broomfield",)),
    Consolidated("Philadelphia", "PA", "4260000", "42101", ("Philly",)),
    Consolidated("New Orleans", "LA", "2255000", "22071", ("NOLA",)),
    Consolidated(
        "Louisville",
        "KY",
        "2148006",
        "21111",
        (
            "Louisville Metro",
            "Louisville Metro Government",
            "Louisville/Jefferson County",
            "Louisville-Jefferson County",
        ),
    ),
    Consolidated(
        "Nashville",
        "TN",
        "4752006",
        "47037",
        ("Nashville-Davidson", "Metro Nashville", "Nashville-Davidson County", "Metropolitan Nashville"),
    ),
    Consolidated("Lexington", "KY", "2146027", "21067", ("Lexington-Fayette", "Lexington-Fayette County")),
    Consolidated("Jacksonville", "FL", "1235000", "12031"),
    Consolidated("Columbus", "GA", "1319000", "13215", ("Columbus-Muscogee County",)),
    # Georgia's unified governments whose place is a Census "balance" record, absent from place lists.
    Consolidated(
        "Athens",
        "GA",
        "1303440",
        "13059",
        ("Athens-Clarke County", "Athens-Clarke", "Unified Government of Athens-Clarke County"),
    ),
    Consolidated("Augusta", "GA", "1304204", "13245", ("Augusta-Richmond County", "Augusta-Richmond")),
    Consolidated("Baltimore", "MD", "2404000", "24510", ("Baltimore City",)),
    Consolidated("St. Louis", "MO", "2965000", "29510", ("City of St. Louis",)),
    Consolidated("Carson City", "NV", "3209700", "32510"),
    Consolidated("Anchorage", "AK", "0203000", "02020", ("Municipality of Anchorage",)),
    Consolidated("Juneau", "AK", "0236400", "02110", ("City and Borough of Juneau",)),
    Consolidated("Sitka", "AK", "0270540", "02220", ("City and Borough of Sitka",)),
    Consolidated("Wrangell", "AK", "0286380", "02275", ("City and Borough of Wrangell",)),
    Consolidated("Anaconda", "MT", "3001675", "30023", ("Anaconda-Deer Lodge County",)),
    Consolidated("Honolulu", "HI", None, "15003", ("City and County of Honolulu",)),
)

# New York City's boroughs are counties of their own; a text that names one names that county.
NYC_BOROUGHS: tuple[tuple[str, str], ...] = (
    ("Manhattan", "36061"),
    ("Brooklyn", "36047"),
    ("Queens", "36081"),
    ("The Bronx", "36005"),
    ("Bronx", "36005"),
    ("Staten Island", "36085"),
)

# The District of Columbia: a state-level code, its county-equivalent and its place, one government.
DC_STATE = "11"
DC_COUNTY = "11001"
DC_PLACE = "1150000"
