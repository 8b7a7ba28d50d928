"""The jurisdiction finder's patterns written letter first (lazy_regex.letter_first) find what their
boundary forms find: each is checked against the form it replaced on generated texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract import jurisdictions as J

# The forms the patterns had before they were written letter first.
BOUNDARY_FORMS = {
    "_POSTAL_CODE": r"(?<![\w.\-/&])(?:CA|NY|TX|IL|NJ|FL|AZ|NV|MN|WI|TN|KY|WV|NH|VT|RI|WY|NM|NC|ND|KS|AK|WA|MT|IA)"
    r"(?![\w\-/&]|\.\w)",
    "_DOTTED_CITY": r"(?<![\w.])(?P<abbr>L\.\s?A\.|S\.\s?F\.|N\.Y\.C\.)(?P<county>\s+County)?",
    "_CLIPPED_CITY": r"(?<![\w.])(?P<abbr>Phila\.|Balt\.|Mpls\.)(?P<county>[ \t]+(?:County|Cnty\.|Co\.))?",
    "_DC": r"\bD\.\s?C\.(?!\s?Cir)(?![ \t]+(?:Docket[ \t]+)?Nos?\.[ \t]*\d)|\bDC\b",
    "_COUNTY_LIST": r"\b(?:counties|parishes)(?:[ \t]+[a-z][\w-]*){0,6}[ \t]*\(\s*"
    r"|\b(?:counties|parishes)\s*(?:—|–|--|:|,|\(|including|such as|of)\s*",
    "_COUNTY_LIST_ANY_CASE": r"\b(?:[Cc]ounties|[Pp]arishes)(?:[ \t]+[a-z][\w-]*){0,6}[ \t]*\(\s*"
    r"|\b(?:[Cc]ounties|[Pp]arishes)\s*(?:—|–|--|:|,|\(|including|such as|of)\s*",
}
PIECES = [
    "CA", "NY", "IA", "xCA", ".NY", "-TX", "L.A.", "L. A.", "S.F.", "N.Y.C.", " County", "Phila.", "Balt.",
    " Co.", "D.C.", "D. C.", " Cir", "DC", "xDC", " No. 4", "counties", "Counties", "parishes", " (", " of ",
    ": ", " including ", "_", "a", " ", "\n", "&", "/", ".", "é",
]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_same_matches_as_the_boundary_forms(text: str) -> None:
    for name, boundary in BOUNDARY_FORMS.items():
        assert _matches(getattr(J, name), text) == _matches(re.compile(boundary), text), name


CITY_PIECES = ["SPRINGFIELD", "ST. PAUL", "LOS ANGELES", ", Ill.", " (AP)", " — ", " -- ", " The", "\n", "  ", "x", "é", "a"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CITY_PIECES), max_size=10).map("".join))
def test_datelines_open_where_they_did(text: str) -> None:
    # The old form began its match at the line's start, before the spaces; the city, its region and
    # the rest are the same.
    old = re.compile(
        r"(?:(?m:^)[ \t]*|(?<=\s))(?P<city>[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3})"
        + J._DATELINE.pattern[J._DATELINE.pattern.index("(?:,[ \\t]*(?P<region>") :]
    )
    assert [(m.span("city"), m.end(), m.groupdict()) for m in J._DATELINE.finditer(text)] == [
        (m.span("city"), m.end(), m.groupdict()) for m in old.finditer(text)
    ]


def test_court_and_party_abbreviations_and_legislators() -> None:
    text = "N.D. Ill. and D. Mass. (R-Ga.) D-CA; Assemblywoman Jo Ruiz of Elmwood; Sen. Al Fox of Lakeview"
    assert [m.group("abbr") for m in J._COURT_ABBREVIATION.finditer(text)] == ["Ill.", "Mass."]
    assert [m.group("abbr") for m in J._PARTY_LABEL.finditer(text)] == ["Ga.", "CA"]
    assert [m.group("town") for m in J._LEGISLATOR_OF_TOWN.finditer(text)] == ["Elmwood", "Lakeview"]
    assert not list(J._COURT_ABBREVIATION.finditer("AND. Ill. xD. Mass."))
