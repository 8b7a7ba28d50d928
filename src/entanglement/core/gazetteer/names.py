"""How place names are written, and how two spellings of one name are made to compare equal.

Census names carry a legal suffix in lower case ("Chicago city", "Kansas City city", "Lexington-Fayette
urban county"); texts drop it. County names carry a capitalized kind word ("Cook County", "Orleans
Parish", "Juneau City and Borough"). Texts write "St." or "Saint", "N.Y." or "NY", curly or straight
apostrophes. `name_key` folds all of that into one comparable string.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import us

# Kind words that end a county (or county-equivalent) name, longest first so that
# "City and Borough" wins over "Borough".
COUNTY_KINDS: tuple[str, ...] = (
    "City and Borough",
    "Census Area",
    "Planning Region",
    "Municipality",
    "Municipio",
    "County",
    "Parish",
    "Borough",
    "city",
)

_PAREN = re.compile(r"\s*\([^)]*\)")
_ALSO_KNOWN = re.compile(r"\(([^)]+)\)")
_NON_WORD = re.compile(r"[^\w]+")
_APOSTROPHE = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# Leading words that mean the same thing however they are spelled.
_WORD_FOLD = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


@functools.lru_cache(maxsize=65536)
def fold_token(word: str) -> str:
    """One word, compared without case, periods or accents ("St." == "Saint" == "st")."""
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word.translate(_APOSTROPHE))
        word = "".join(ch for ch in word if not unicodedata.combining(ch))
    word = word.lower().replace(".", "").replace("'", "")
    return _WORD_FOLD.get(word, word)


@functools.lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """The comparable form of a name: "St. Paul" -> "st paul", "Winston-Salem" -> "winston salem"."""
    if name.isascii():  # most names: no accents to strip, so fold the whole string at once
        words = _NON_WORD.split(name.lower().replace("'", "").replace(".", ""))
        return " ".join(_WORD_FOLD.get(w, w) for w in words if w)
    words = _NON_WORD.split(name.translate(_APOSTROPHE).replace("'", "").replace(".", ""))
    return " ".join(fold_token(w) for w in words if w)


@functools.lru_cache(maxsize=65536)
def split_place_suffix(census_name: str) -> tuple[str, str]:
    """Split a Census place name into (common name, legal suffix).

    The suffix is the run of trailing lower-case words ("city", "city and borough", "urban county",
    "charter township"); a balance part in parentheses is dropped first. A name without one (the
    Census writes "Indianapolis", "Carson City") is returned whole with an empty suffix.
    """
    name = _PAREN.sub("", census_name).strip()  # "(balance)", "(Ventura)"
    words = name.split()
    cut = len(words)
    # A lower-case particle of the name itself ("Coeur d'Alene") carries a capital inside it.
    while cut > 1 and words[cut - 1][:1].islower() and words[cut - 1].islower():
        cut -= 1
    base = " ".join(words[:cut])
    # "Lynchburg, Moore County metropolitan government": the place is what precedes the comma.
    if "," in base:
        base = base.split(",", 1)[0]
    return base, " ".join(words[cut:])


def also_known_as(census_name: str) -> str | None:
    """The common name a Census name gives in parentheses: "San Buenaventura (Ventura) city" -> "Ventura"."""
    found = _ALSO_KNOWN.search(census_name)
    if found is None or found.group(1).lower() == "balance":
        return None
    return found.group(1)


def split_county_kind(census_name: str) -> tuple[str, str]:
    """Split "Cook County" -> ("Cook", "County"); "Baltimore city" -> ("Baltimore", "city")."""
    for kind in COUNTY_KINDS:
        if census_name.endswith(" " + kind):
            return census_name[: -len(kind) - 1].strip(), kind
    return census_name, ""


# --- states ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateInfo:
    fips: str
    abbr: str
    ap_abbr: str | None
    name: str
    counties: tuple[tuple[str, str], ...]  # (county FIPS, Census county name)


def _state_info(st: Any) -> StateInfo:
    return StateInfo(
        str(st.fips),
        str(st.abbr),
        str(st.ap_abbr) if st.ap_abbr else None,
        str(st.name),
        tuple((str(c.fips), str(c.name)) for c in st.counties),
    )


# Every state, D.C. and territory, read once from the `us` package.
STATES: tuple[StateInfo, ...] = tuple(
    _state_info(st) for st in (*us.states.STATES_AND_TERRITORIES, us.states.DC)
)

# Abbreviations seen in news, law and court styles that neither USPS nor AP lists. Each must be
# unambiguous as a state once it stands in a state position (after a place and a comma, in a court
# name); on its own it is never read as a state.
_EXTRA_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "CA": ("Cal.", "Calif.", "Cali."),
    "CO": ("Colo.", "Col."),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.", "D. C."),
    "FL": ("Fla.", "Flor."),
    "HI": ("Haw.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "MA": ("Mass.",),
    "ME": ("Me.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "OK": ("Okla.",),
    "OR": ("Ore.", "Or.", "Oreg."),
    "PA": ("Pa.", "Penn.", "Penna."),
    "PR": ("P.R.",),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VA": ("Va.",),
    "VT": ("Vt.",),
    "WA": ("Wash.",),
    "WI": ("Wis.", "Wisc."),
    "WV": ("W.Va.", "W. Va."),
    "WY": ("Wyo.",),
}


def state_abbreviations() -> dict[str, str]:
    """Every written abbreviation (exact case, with its periods) -> state FIPS code."""
    out: dict[str, str] = {}
    for st in STATES:
        out[st.abbr] = st.fips
        if st.ap_abbr and st.ap_abbr != st.name:
            out[st.ap_abbr] = st.fips
        dotted = ".".join(st.abbr) + "."  # "N.Y.", "N.J.", "D.C."
        if st.abbr in {"NY", "NJ", "NH", "NM", "NC", "ND", "SC", "SD", "RI", "DC", "PR"}:
            out[dotted] = st.fips
        for extra in _EXTRA_ABBREVIATIONS.get(st.abbr, ()):
            out[extra] = st.fips
    return out


def state_names() -> dict[str, str]:
    """name_key of every state, D.C. and territory name -> FIPS code."""
    out = {name_key(st.name): st.fips for st in STATES}
    out[name_key("Commonwealth of Puerto Rico")] = "72"
    out[name_key("U.S. Virgin Islands")] = "78"
    return out
