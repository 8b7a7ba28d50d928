"""Citation forms that belong to one state's code, read as evidence of where a document is.

"RCW 10.93.160" names no place (SPEC), but a text citing it is about Washington, so an ambiguous
"Benton County" in it is Washington's. Only forms that no other state uses are listed; each is a regular
expression matched against the text and the FIPS code of the state whose code it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FORMS: tuple[tuple[str, str], ...] = (
    (r"\bRCW\b|\bWash\.\s?Rev\.\s?Code\b|\bWAC\b", "53"),
    (r"\bORS\b|\bOr\.\s?Rev\.\s?Stat", "41"),
    (r"\bILCS\b|\bIll\.\s?Comp\.\s?Stat", "17"),
    (r"\bCal(?:if)?\.\s?(?:[A-Z][A-Za-z’'.]*\s){0,3}Code\b", "06"),
    (r"\bTex\.\s?(?:[A-Z][A-Za-z’'.]*\s){0,3}Code\b", "48"),
    (r"\bFla\.\s?Stat|\bFlorida Statutes\b", "12"),
    (r"\bN\.\s?J\.\s?S\.\s?A\.|\bN\.\s?J\.\s?Stat|\bN\.\s?J\.\s?A\.\s?C\.", "34"),
    (r"\bA\.R\.S\.|\bAriz\.\s?Rev\.\s?Stat", "04"),
    (r"\bC\.R\.S\.|\bColo\.\s?Rev\.\s?Stat", "08"),
    (r"\bMinn\.\s?Stat", "27"),
    (r"\bM\.G\.L\.|\bMass\.\s?Gen\.\s?Laws", "25"),
    (r"\bN\.\s?Y\.\s?(?:[A-Z][A-Za-z.]*\s){1,3}Law\b|\bMcKinney's\b", "36"),
    (r"\bWis\.\s?Stat", "55"),
    (r"\bO\.C\.G\.A\.", "13"),
    (r"\bMCL\b|\bMich\.\s?Comp\.\s?Laws", "26"),
    (r"(?<!W\.\s)(?<!W\.)\bVa\.\s?Code\b", "51"),
    (r"\bN\.C\.\s?Gen\.\s?Stat|\bN\.C\.G\.S\.", "37"),
    (r"\bKRS\b", "21"),
    (r"\bNRS\b|\bNev\.\s?Rev\.\s?Stat", "32"),
    (r"\bUtah\s?Code\b", "49"),
    (r"\bTenn\.\s?Code\b|\bT\.C\.A\.", "47"),
    (r"\bOhio\s?Rev\.\s?Code\b", "39"),
    (r"\bLa\.\s?R\.\s?S\.|\bLa\.\s?Rev\.\s?Stat", "22"),
    (r"\bMd\.\s?Code\b", "24"),
    (r"\bConn\.\s?Gen\.\s?Stat|\bC\.G\.S\.", "09"),
    (r"\bIowa\s?Code\b", "19"),
    (r"\bK\.S\.A\.", "20"),
    (r"\bRSMo\b|\bMo\.\s?Rev\.\s?Stat", "29"),
    (r"\bOkla\.\s?Stat", "40"),
    (r"\bS\.C\.\s?Code\b", "45"),
    (r"\bAla\.\s?Code\b", "01"),
    (r"\bMiss\.\s?Code\b", "28"),
    (r"\bArk\.\s?Code\b", "05"),
    (r"\bNeb\.\s?Rev\.\s?Stat", "31"),
    (r"\bIdaho\s?Code\b", "16"),
    (r"\bMont\.\s?Code\b", "30"),
    (r"\bN\.M\.\s?Stat|\bNMSA\b", "35"),
    (r"\bHaw\.\s?Rev\.\s?Stat|\bHRS\b", "15"),
    (r"\bPa\.\s?C\.\s?S\.|\bPa\.\s?Stat", "42"),
    (r"\bR\.I\.\s?Gen\.\s?Laws", "44"),
    (r"\bV\.S\.A\.|\bVt\.\s?Stat", "50"),
    (r"\bM\.R\.S\.|\bMe\.\s?Rev\.\s?Stat", "23"),
    (r"\bN\.H\.\s?Rev\.\s?Stat|\bRSA\s\d", "33"),
    (r"\bDel\.\s?Code\b", "10"),
    (r"\bW\.\s?Va\.\s?Code\b", "54"),
    (r"\bN\.D\.\s?Cent\.\s?Code\b", "38"),
    (r"\bSDCL\b", "46"),
    (r"\bWyo\.\s?Stat", "56"),
    (r"\bD\.C\.\s?Code\b", "11"),
)


# The first word of each form as the finder's tokenizer splits it ("N.J.S.A." -> "N"): the forms are
# tried only where such a word starts, which keeps the cost a set lookup per word.
FIRST_WORDS = frozenset(
    """
    A Ala Ariz Ark C Cal Calif Colo Conn D Del Fla Florida HRS Haw ILCS Idaho Ill Iowa K KRS La M MCL Mass
    Md Me McKinney Mich Minn Miss Mo Mont N NMSA NRS Neb Nev O ORS Ohio Okla Or Pa R RCW RSA RSMo S SDCL
    T Tenn Tex Utah V Va Vt W WAC Wash Wis Wyo
    """.split(),  # noqa: SIM905 - a word list reads better than sixty quoted strings
)

_PATTERN = re.compile("|".join(f"(?P<s{fips}_{i}>{form})" for i, (form, fips) in enumerate(_FORMS)))


def state_code_citations(text: str, starts: Iterable[int]) -> Iterator[tuple[str, int]]:
    """(state FIPS, offset) for every citation form of one state's code beginning at one of `starts`
    (the offsets of the words in FIRST_WORDS)."""
    for start in starts:
        m = _PATTERN.match(text, start)
        if m is not None and m.lastgroup is not None:
            yield m.lastgroup[1:3], start
