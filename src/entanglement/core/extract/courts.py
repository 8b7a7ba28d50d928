"""Courts named in a text, resolved to courts-db ids.

courts-db's own `find_court` is built for the court lines of opinions and misses how news and policy
texts name courts ("N.D. Ill.", "the Northern District of Illinois", "Seventh Circuit", "9th Cir.",
"the Supreme Court"). We build an alias index from its data instead: every current federal district
court by (division, state), by its citation abbreviation and by the city it sits in ("the U.S.
District Court in San Francisco"), the numbered circuits, the Supreme Court, and each state's court
of last resort by name. The index is built on first use and cached; matching is a handful of linear
regexes plus dictionary look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from entanglement.core.models import CourtRef, Span

__all__ = ["find_courts"]

_DIVISIONS = {"northern": "N", "southern": "S", "eastern": "E", "western": "W", "middle": "M", "central": "C"}
_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "eleventh": "11",
    "1st": "1",
    "2d": "2",
    "2nd": "2",
    "3d": "3",
    "3rd": "3",
    "4th": "4",
    "5th": "5",
    "6th": "6",
    "7th": "7",
    "8th": "8",
    "9th": "9",
    "10th": "10",
    "11th": "11",
}
_STATES = (
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Puerto Rico",
    "Guam",
)
# Bluebook abbreviations, for district citations courts-db spells otherwise ("D. Md.").
_STATE_ABBR = dict(
    zip(
        _STATES,
        (
            "Ala.",
            "Alaska",
            "Ariz.",
            "Ark.",
            "Cal.",
            "Colo.",
            "Conn.",
            "Del.",
            "Fla.",
            "Ga.",
            "Haw.",
            "Idaho",
            "Ill.",
            "Ind.",
            "Iowa",
            "Kan.",
            "Ky.",
            "La.",
            "Me.",
            "Md.",
            "Mass.",
            "Mich.",
            "Minn.",
            "Miss.",
            "Mo.",
            "Mont.",
            "Neb.",
            "Nev.",
            "N.H.",
            "N.J.",
            "N.M.",
            "N.Y.",
            "N.C.",
            "N.D.",
            "Ohio",
            "Okla.",
            "Or.",
            "Pa.",
            "R.I.",
            "S.C.",
            "S.D.",
            "Tenn.",
            "Tex.",
            "Utah",
            "Vt.",
            "Va.",
            "Wash.",
            "W. Va.",
            "Wis.",
            "Wyo.",
            "P.R.",
            "Guam",
        ),
        strict=True,
    )
)
# States whose citation abbreviation is the full name, so that it ends without a period.
_UNABBREVIATED = ("Alaska", "Idaho", "Iowa", "Ohio", "Utah", "Guam")
_STATE_ALT = "|".join(sorted((s.replace(" ", r"\s+") for s in _STATES), key=len, reverse=True))

_DISTRICT = re.compile(
    r"(?:(?:(?:U\.\s?S\.|United\s+States|[Ff]ederal)\s+)?District\s+Court\s+(?:for|of)\s+the\s+)?"
    r"\b(?:(?P<div>Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+"
    rf"(?P<state>{_STATE_ALT}|Columbia)\b"
)
# "the U.S. District Court in Maryland", "a federal district court in Oregon": a state with one district.
_DISTRICT_IN = re.compile(
    rf"\b(?:(?:U\.\s?S\.|US|United\s+States|[Ff]ederal)\s+[Dd]istrict\s+[Cc]ourt)\s+(?:in|of|for)\s+(?P<state>{_STATE_ALT})\b(?!\s*,)"
)
# "the U.S. District Court in San Francisco", "a federal district court in Seattle": a district court named by
# the city it sits in. Only cities whose name no other district's seat shares (no Portland, Springfield,
# Kansas City, Jackson, Columbia, Columbus, Albany, Charleston or Wilmington; "Richmond, Virginia" with its
# state), each with its district's division and state.
_COURT_CITIES: dict[str, tuple[str | None, str]] = {
    "San Francisco": ("N", "California"),
    "Oakland": ("N", "California"),
    "San Jose": ("N", "California"),
    "Los Angeles": ("C", "California"),
    "Santa Ana": ("C", "California"),
    "Riverside": ("C", "California"),
    "San Diego": ("S", "California"),
    "Sacramento": ("E", "California"),
    "Fresno": ("E", "California"),
    "Chicago": ("N", "Illinois"),
    "Seattle": ("W", "Washington"),
    "Tacoma": ("W", "Washington"),
    "Spokane": ("E", "Washington"),
    "Yakima": ("E", "Washington"),
    "Philadelphia": ("E", "Pennsylvania"),
    "Pittsburgh": ("W", "Pennsylvania"),
    "Harrisburg": ("M", "Pennsylvania"),
    "Scranton": ("M", "Pennsylvania"),
    "Manhattan": ("S", "New York"),
    "White Plains": ("S", "New York"),
    "Brooklyn": ("E", "New York"),
    "Central Islip": ("E", "New York"),
    "Syracuse": ("N", "New York"),
    "Buffalo": ("W", "New York"),
    "Rochester": ("W", "New York"),
    "Houston": ("S", "Texas"),
    "Brownsville": ("S", "Texas"),
    "McAllen": ("S", "Texas"),
    "Corpus Christi": ("S", "Texas"),
    "Laredo": ("S", "Texas"),
    "Dallas": ("N", "Texas"),
    "Fort Worth": ("N", "Texas"),
    "San Antonio": ("W", "Texas"),
    "Austin": ("W", "Texas"),
    "El Paso": ("W", "Texas"),
    "Del Rio": ("W", "Texas"),
    "Beaumont": ("E", "Texas"),
    "Tyler": ("E", "Texas"),
    "Miami": ("S", "Florida"),
    "Fort Lauderdale": ("S", "Florida"),
    "West Palm Beach": ("S", "Florida"),
    "Tampa": ("M", "Florida"),
    "Orlando": ("M", "Florida"),
    "Jacksonville": ("M", "Florida"),
    "Tallahassee": ("N", "Florida"),
    "Pensacola": ("N", "Florida"),
    "Atlanta": ("N", "Georgia"),
    "Savannah": ("S", "Georgia"),
    "Macon": ("M", "Georgia"),
    "Detroit": ("E", "Michigan"),
    "Grand Rapids": ("W", "Michigan"),
    "Newark": (None, "New Jersey"),
    "Trenton": (None, "New Jersey"),
    "Camden": (None, "New Jersey"),
    "Baltimore": (None, "Maryland"),
    "Greenbelt": (None, "Maryland"),
    "Boston": (None, "Massachusetts"),
    "Worcester": (None, "Massachusetts"),
    "Providence": (None, "Rhode Island"),
    "Hartford": (None, "Connecticut"),
    "New Haven": (None, "Connecticut"),
    "Bridgeport": (None, "Connecticut"),
    "Denver": (None, "Colorado"),
    "Minneapolis": (None, "Minnesota"),
    "St. Paul": (None, "Minnesota"),
    "Phoenix": (None, "Arizona"),
    "Tucson": (None, "Arizona"),
    "Salt Lake City": (None, "Utah"),
    "Las Vegas": (None, "Nevada"),
    "Reno": (None, "Nevada"),
    "Albuquerque": (None, "New Mexico"),
    "Boise": (None, "Idaho"),
    "Anchorage": (None, "Alaska"),
    "Honolulu": (None, "Hawaii"),
    "San Juan": (None, "Puerto Rico"),
    "Omaha": (None, "Nebraska"),
    "Wichita": (None, "Kansas"),
    "Nashville": ("M", "Tennessee"),
    "Memphis": ("W", "Tennessee"),
    "Knoxville": ("E", "Tennessee"),
    "Chattanooga": ("E", "Tennessee"),
    "New Orleans": ("E", "Louisiana"),
    "Baton Rouge": ("M", "Louisiana"),
    "Shreveport": ("W", "Louisiana"),
    "Alexandria, Virginia": ("E", "Virginia"),
    "Richmond, Virginia": ("E", "Virginia"),
    "Norfolk": ("E", "Virginia"),
    "Roanoke": ("W", "Virginia"),
    "Charlottesville": ("W", "Virginia"),
    "Raleigh": ("E", "North Carolina"),
    "Greensboro": ("M", "North Carolina"),
    "Charlotte": ("W", "North Carolina"),
    "Milwaukee": ("E", "Wisconsin"),
    "Madison, Wisconsin": ("W", "Wisconsin"),
    "Indianapolis": ("S", "Indiana"),
    "Cleveland": ("N", "Ohio"),
    "Toledo": ("N", "Ohio"),
    "Cincinnati": ("S", "Ohio"),
    "St. Louis": ("E", "Missouri"),
    "Oklahoma City": ("W", "Oklahoma"),
    "Tulsa": ("N", "Oklahoma"),
    "Louisville": ("W", "Kentucky"),
    "Birmingham": ("N", "Alabama"),
    "Mobile": ("S", "Alabama"),
    "Little Rock": ("E", "Arkansas"),
    "Des Moines": ("S", "Iowa"),
    "Cedar Rapids": ("N", "Iowa"),
    "Washington, D.C.": (None, "Columbia"),
}
_CITY_ALT = "|".join(
    re.escape(c).replace(r"\ ", r"\s+").replace(",", r",?")
    for c in sorted(_COURT_CITIES, key=len, reverse=True)
)
_DISTRICT_IN_CITY = re.compile(
    r"\b(?:(?:U\.\s?S\.|US|United\s+States|[Ff]ederal)\s+[Dd]istrict\s+[Cc]ourt)\s+(?:in|at)\s+"
    rf"(?:downtown\s+)?(?P<city>{_CITY_ALT})(?![\w-])"
)
_CITY_KEYS = {re.sub(r"[\s,]+", " ", c).lower(): c for c in _COURT_CITIES}
# "N.D. Ill.", "E.D.N.Y.", "D. Or.", "D.N.J.", "S.D.W. Va." -- looked up in the citation strings.
_DISTRICT_ABBR = re.compile(r"\b(?:[NSEWMC]\.\s?)?D\.\s?(?:[A-Z][a-z]{0,12}\.?\s?){1,3}")
_CIRCUIT = re.compile(
    r"(?:(?:(?:U\.\s?S\.|United\s+States|[Ff]ederal)\s+)?Court\s+of\s+Appeals\s+for\s+the\s+)?"
    r"\b(?P<ord>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|1st|2d|2nd|3d|3rd|4th|5th|6th|7th|8th|9th|10th|11th|D\.\s?C\.|Federal|Fed\.)"
    r"\s+(?:U\.\s?S\.\s+)?Cir(?:cuit\b|\.)(?:\s+Court\s+of\s+Appeals?\b)?"
)
_SUPREME = re.compile(
    r"\b(?:(?:U\.\s?S\.|United\s+States|US)\s+Supreme\s+Court|Supreme\s+Court\s+of\s+the\s+United\s+States|SCOTUS)\b"
    rf"|\b(?P<st1>{_STATE_ALT})(?:'s|\u2019s)?\s+Supreme\s+(?:Judicial\s+)?Court\b"
    rf"|\bSupreme\s+(?:Judicial\s+)?Court\s+of\s+(?:the\s+State\s+of\s+)?(?P<st2>{_STATE_ALT})\b"
    rf"|\b(?P<st3>New\s+York)\s+(?:State\s+)?Court\s+of\s+Appeals\b"
    r"|\b(?P<bare>[Tt]he\s+Supreme\s+Court|Supreme\s+Court)\b(?!\s+of\b)"
)
# A state's other appellate courts by name: "Texas Court of Criminal Appeals", "Court of Appeals of Oregon",
# "California Court of Appeal", "Illinois Appellate Court", "Massachusetts Appeals Court".
_APPELLATE_KIND = (
    r"(?:Intermediate\s+)?Courts?\s+of\s+(?:Criminal\s+|Civil\s+)?Appeals?|Appellate\s+Court|Appeals\s+Court"
)
_STATE_APPELLATE = re.compile(
    rf"\b(?P<st>{_STATE_ALT})(?:'s|\u2019s)?\s+(?P<kind>{_APPELLATE_KIND})\b"
    rf"|\b(?P<kind2>{_APPELLATE_KIND})\s+of\s+(?:the\s+State\s+of\s+)?(?P<st2>{_STATE_ALT})\b"
)
_COURT_NAME = re.compile(
    rf"(?P<st>{_STATE_ALT})\s+(?P<kind>{_APPELLATE_KIND})|(?P<kind2>{_APPELLATE_KIND})\s+of\s+(?P<st2>{_STATE_ALT})"
)


def _kind_key(kind: str) -> str:
    """One key for the ways a kind of court is written: "Courts of Appeal" and "Court of Appeals" alike."""
    key = re.sub(r"\s+", " ", kind).lower().replace("courts ", "court ")
    return key if key.endswith("appeals") or not key.endswith("appeal") else key + "s"


# "state Supreme Court", "the county's Supreme Court": a court we cannot name from the words alone.
_QUALIFIED_BEFORE = re.compile(r"(?:\b[Ss]tate(?:'s|\u2019s)?|\b[A-Z][a-z]+(?:'s|\u2019s)?)\s*$")


@dataclass(frozen=True)
class _Index:
    districts: dict[tuple[str | None, str], tuple[str, str]]  # (division, state) -> (id, name)
    abbreviations: dict[str, tuple[str, str]]  # "N.D.Ill." -> (id, name)
    circuits: dict[str, tuple[str, str]]  # "7" / "dc" / "fed" -> (id, name)
    supreme: dict[str, tuple[str, str]]  # state name (lower) or "us" -> (id, name)
    appellate: dict[tuple[str, str], tuple[str, str]]  # (state name (lower), kind key) -> (id, name)
    only_district: dict[str, tuple[str, str]]  # state name (lower) -> its one current district court


@lru_cache(maxsize=1)
def _index() -> _Index:
    from courts_db import courts

    districts: dict[tuple[str | None, str], tuple[str, str]] = {}
    abbreviations: dict[str, tuple[str, str]] = {}
    circuits: dict[str, tuple[str, str]] = {}
    supreme: dict[str, tuple[str, str]] = {}
    appellate: dict[tuple[str, str], tuple[str, str]] = {}
    current_districts: dict[str, list[tuple[str, str]]] = {}

    def is_current(c: dict[str, object]) -> bool:
        # a court sits today when one of its periods has no end (they are not listed in order)
        dates = c.get("dates") or [{}]
        return isinstance(dates, list) and any(isinstance(d, dict) and d.get("end") is None for d in dates)

    # Current courts first, so that a historical court with the same name never shadows one.
    for c in sorted(courts, key=lambda c: not is_current(c)):
        cid, name, system = c["id"], c["name"], c.get("system")
        current = is_current(c)
        cite = (c.get("citation_string") or "").strip()
        location = c.get("location") or ""
        if (
            system == "federal"
            and "District Court" in name
            and "Bankruptcy" not in name
            and "Circuit" not in name
        ):
            state = "Columbia" if cid == "dcd" else location
            m = re.match(r"([NSEWMC])\.\s?D\.", cite)
            division = m.group(1) if m else None
            if not m:
                words = re.search(r"(Northern|Southern|Eastern|Western|Middle|Central) District", name)
                division = _DIVISIONS[words.group(1).lower()] if words else None
            if state:
                districts.setdefault((division, state.lower()), (cid, name))
                if current:
                    current_districts.setdefault(state.lower(), []).append((cid, name))
                if state in _STATE_ABBR:
                    lead = f"{division}." if division else ""
                    abbreviations.setdefault(_squash(f"{lead}D. {_STATE_ABBR[state]}"), (cid, name))
                    # courts-db's own names spell the state out: "District Court, E.D. Pennsylvania"
                    abbreviations.setdefault(_squash(f"{lead}D. {state}"), (cid, name))
            if cite and not cite.startswith("U.S."):
                abbreviations.setdefault(_squash(cite), (cid, name))
        elif system == "federal" and re.fullmatch(r"ca(\d+|dc|fc)", cid):
            key = cid[2:]
            circuits[{"fc": "fed"}.get(key, key)] = (cid, name)
        elif cid == "scotus":
            supreme["us"] = (cid, name)
        elif (
            system == "state" and "Supreme" in name and c.get("type") == "appellate" and current and location
        ):
            if re.fullmatch(
                rf"(?:{re.escape(location)} Supreme (?:Judicial )?Court|Supreme (?:Judicial )?Court of {re.escape(location)})",
                name,
            ):
                supreme.setdefault(location.lower(), (cid, name))
        elif cid == "ny":  # New York's court of last resort is its Court of Appeals
            supreme["new york court of appeals"] = (cid, name)
        if system == "state" and c.get("type") == "appellate" and current:
            named = _COURT_NAME.fullmatch(name)
            if named:
                state = re.sub(r"\s+", " ", named["st"] or named["st2"]).lower()
                appellate.setdefault((state, _kind_key(named["kind"] or named["kind2"])), (cid, name))
    only_district = {state: found[0] for state, found in current_districts.items() if len(found) == 1}
    return _Index(districts, abbreviations, circuits, supreme, appellate, only_district)


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).rstrip(".")


_ANCHOR_WORDS = (
    "District",
    "district court",
    "D.",
    " Cir",
    "Supreme",
    "SCOTUS",
    "Court of Appeals",
    "Courts of Appeal",
    "Court of Criminal",
    "Court of Civil",
    "Court of Appeal",
    "Appellate Court",
    "Appeals Court",
)


def _scan(text: str, pattern: re.Pattern[str], anchors: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """pattern.finditer only around the words every match contains (str.find is far cheaper than
    running the regex over the whole text)."""
    spans: list[tuple[int, int]] = []
    for word in anchors:
        i = text.find(word)
        while i >= 0:
            spans.append((max(0, i - 60), min(len(text), i + 120)))
            i = text.find(word, i + 1)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    for a, b in merged:
        yield from pattern.finditer(text, a, b)


_CAPS_ANCHORS = ("DISTRICT", "CIRCUIT", "SUPREME", "COURT OF")
_CAPS_RUN = re.compile(r"[A-Z][A-Z0-9.,'\u2019 \t-]{8,}[A-Z.]")
_SMALL_WORDS = re.compile(r"\b(?:Of|For|The|In)\b")


def _uncapitalized(text: str) -> str:
    """The text with runs of capitals written as titles ("UNITED STATES DISTRICT COURT FOR THE NORTHERN
    DISTRICT OF CALIFORNIA" as "United States District Court for the Northern District of California"),
    every character at its place, so that captions and shouted names match the patterns of running text."""
    if not any(word in text for word in _CAPS_ANCHORS):
        return text

    def title(m: re.Match[str]) -> str:
        run = m.group(0)
        titled = _SMALL_WORDS.sub(lambda w: w.group(0).lower(), run.title())
        return titled if len(titled) == len(run) else run

    return _CAPS_RUN.sub(title, text)


def find_courts(text: str) -> list[CourtRef]:
    """Every court named in `text` that resolves to a courts-db id, in order of position."""
    if not text or not any(word in text for word in _ANCHOR_WORDS + _CAPS_ANCHORS):
        return []  # without these words no court is named; courts-db is not even loaded
    idx = _index()
    found: list[CourtRef] = []
    taken: list[tuple[int, int]] = []
    original, text = text, _uncapitalized(text)

    def add(start: int, end: int, hit: tuple[str, str] | None) -> None:
        if hit is None or any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(CourtRef(hit[0], hit[1], original[start:end], Span(start, end)))

    for m in _scan(text, _DISTRICT, ("District",)):
        state = re.sub(r"\s+", " ", m["state"]).lower()
        if state == "columbia" and "Court" not in m.group(0):
            continue  # "District of Columbia" alone is the place, not its court
        division = _DIVISIONS[m["div"].lower()] if m["div"] else None
        add(m.start(), m.end(), idx.districts.get((division, state)))
    for m in _scan(text, _DISTRICT_IN_CITY, ("istrict",)):
        division, state = _COURT_CITIES[_CITY_KEYS[re.sub(r"[\s,]+", " ", m["city"]).lower()]]
        add(m.start(), m.end(), idx.districts.get((division, state.lower())))
    for m in _scan(text, _DISTRICT_IN, ("istrict",)):
        add(m.start(), m.end(), idx.only_district.get(re.sub(r"\s+", " ", m["state"]).lower()))
    for m in _scan(text, _DISTRICT_ABBR, ("D.",)):
        raw = m.group(0).rstrip()
        # the longest prefix of the candidate that is a known citation string ("D. Or. 2014" -> "D. Or.")
        for cut in range(len(raw), 2, -1):
            hit = idx.abbreviations.get(_squash(raw[:cut]))
            complete = raw[:cut].rstrip().endswith((".", *_UNABBREVIATED, *_STATES))
            if hit and complete and (cut == len(raw) or not raw[cut - 1].isalpha() or not raw[cut].isalpha()):
                kept = raw[:cut].rstrip()
                if kept.endswith(".") and kept[:-1].endswith(_STATES):
                    kept = kept[:-1]  # "E.D. Pennsylvania." ends a sentence; the name has no period
                add(m.start(), m.start() + len(kept), hit)
                break
    for m in _scan(text, _CIRCUIT, (" Cir",)):
        key = m["ord"].lower().replace(" ", "")
        key = {"d.c.": "dc", "federal": "fed", "fed.": "fed"}.get(key, _ORDINALS.get(key, key))
        add(m.start(), m.end(), idx.circuits.get(key))
    # A bare "the Supreme Court" is the court of that name the text last named in full (a story about
    # the Illinois Supreme Court goes on to say "the Supreme Court"), else the U.S. Supreme Court.
    last_named: tuple[str, str] | None = None
    for m in _scan(text, _SUPREME, ("Supreme", "SCOTUS", "Court of Appeals")):
        if m["bare"]:
            if _QUALIFIED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue
            add(m.start(), m.end(), last_named or idx.supreme.get("us"))
            continue
        if m["st1"] or m["st2"]:
            hit = idx.supreme.get(re.sub(r"\s+", " ", m["st1"] or m["st2"]).lower())
        elif m["st3"]:
            hit = idx.supreme.get("new york court of appeals")
        else:
            hit = idx.supreme.get("us")
        if hit is not None and not m["st3"]:
            last_named = hit
        add(m.start(), m.end(), hit)
    for m in _scan(text, _STATE_APPELLATE, ("Court", "Appellate")):
        state = re.sub(r"\s+", " ", m["st"] or m["st2"]).lower()
        add(m.start(), m.end(), idx.appellate.get((state, _kind_key(m["kind"] or m["kind2"]))))
    found.sort(key=lambda c: c.span.start)
    return found
