"""Citation forms of court headers and bill titles: Westlaw's fused state-code names with an edition
year, lists after a code eyecite reads, two-part sections typeset with en dashes, Montana's "N, MCA",
a statute listed after a constitution's section, and session laws (never code sections)."""

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"
D = "\u2013"

CASES = [
    # Westlaw sets the state close against "Code" and names the edition year
    (
        "fused-edition-year-list",
        f"Ala.Code 1975, {S}{S} 31{D}13{D}10, 31{D}13{D}11.",
        [f"Ala. Code {S} 31-13-10", f"Ala. Code {S} 31-13-11"],
    ),
    ("fused-edition-year-one", f"See Ala.Code 1975, {S} 31-13-27 (Supp. 2012).", [f"Ala. Code {S} 31-13-27"]),
    (
        "fused-edition-no-comma",
        f"Miss.Code 1972 {S} 25-1-119 was cited by Judge Halvorsen.",
        [f"Miss. Code {S} 25-1-119"],
    ),
    ("fused-south-carolina", f"S.C.Code 1976, {S} 16-9-460 applies.", [f"S.C. Code {S} 16-9-460"]),
    ("spaced-edition-unchanged", f"Ala. Code 1975 {S} 31-13-5 governs.", [f"Ala. Code {S} 31-13-5"]),
    # the sections after the first in a list eyecite reads the first of
    (
        "eyecite-list-continues",
        f"West's Tenn.Code Ann. {S}{S} 7-68-101, 7-68-102, 7-68-103 (2019).",
        [f"Tenn.Code Ann. {S} 7-68-101", f"Tenn.Code Ann. {S} 7-68-102", f"Tenn.Code Ann. {S} 7-68-103"],
    ),
    (
        "eyecite-list-and",
        f"Miss.Code Ann. {S}{S} 25-1-119 and 25-1-120 were argued.",
        [f"Miss.Code Ann. {S} 25-1-119", f"Miss.Code Ann. {S} 25-1-120"],
    ),
    (
        "eyecite-list-range-end",
        f"Tenn.Code Ann. {S}{S} 7-68-101 to -105 were argued.",
        [f"Tenn.Code Ann. {S} 7-68-101", f"Tenn.Code Ann. {S} 7-68-105"],
    ),
    (
        "eyecite-single-no-list",
        f"Colo.Rev.Stat. {S} 24-51-1105, 12 days later.",
        [f"Colo.Rev.Stat. {S} 24-51-1105"],
    ),
    # two-part sections set with en dashes after a code whose every section has a hyphen
    (
        "arizona-en-dash-list",
        f"A.R.S. {S}{S} 13{D}1509(A), 13{D}2928(C)",
        ["A.R.S. 13-1509", "A.R.S. 13-2928"],
    ),
    (
        "arizona-bluebook-en-dash",
        f"See Ariz. Rev. Stat. {S} 11{D}1051(B) here.",
        [f"Ariz. Rev. Stat. {S} 11-1051"],
    ),
    (
        "north-carolina-letter-chapter",
        f"See N.C. Gen. Stat. {S} 15A{D}311 here.",
        [f"N.C. Gen. Stat. {S} 15A-311"],
    ),
    (
        "nebraska-and-list",
        f"See Neb. Rev. Stat. {S}{S} 28{D}101 and 28{D}102 here.",
        [f"Neb. Rev. Stat. {S} 28-101", f"Neb. Rev. Stat. {S} 28-102"],
    ),
    (
        "federal-en-dash-range-kept",
        f"See 8 U.S.C. {S}{S} 1373{D}1644 here.",
        [f"8 U.S.C. {S} 1373", f"8 U.S.C. {S} 1644"],
    ),
    (
        "state-range-kept",
        f"See Cal. Gov. Code {S}{S} 7284{D}7284.12 here.",
        [f"Cal. Gov. Code {S} 7284", f"Cal. Gov. Code {S} 7284.12"],
    ),
    ("en-dash-away-from-code", f"Under A.R.S. {S} 13-1509, rooms 12{D}14 were used.", ["A.R.S. 13-1509"]),
    ("en-dash-years-no-code", f"In 2019{D}2020 the council met 12{D}14 times.", []),
    # Montana's own form, in a bill's capitals too
    (
        "montana-bill-title",
        "AN ACT AMENDING SECTIONS 90-6-209 AND 90-6-710, MCA; AND PROVIDING A DATE.",
        ["MCA 90-6-209", "MCA 90-6-710"],
    ),
    ("montana-sentence", "Section 7-32-2121, MCA, requires Sheriff Dorrance to hold him.", ["MCA 7-32-2121"]),
    ("montana-dotted", "Under section 46-6-311, M.C.A., an officer may arrest.", ["M.C.A. 46-6-311"]),
    ("mca-acronym-short-section", "The league voted on section 5, MCA members said.", []),
    # a statute listed after a constitution's section, its code named after it
    (
        "constitution-then-statute",
        f"Under Colo. Const. art. VI, {S} 5(3), and {S} 24-51-1105, C.R.S. 2021, Judge Okafor sat.",
        ["C.R.S. 24-51-1105"],
    ),
    (
        "constitution-list-no-code",
        f"Under Colo. Const. art. VI, {S} 5(3), and {S} 24-51-1105, Judge Okafor sat.",
        [],
    ),
    (
        "constitution-two-sections",
        f"Under Tex. Const. art. III, {S} 39, and {S} 52, the law took effect.",
        [],
    ),
    # session laws are no code sections
    ("session-law-act-number", 'The Act, Ala. Laws Act 2011-535 ("H.B. 56"), was enjoined.', []),
    ("session-law-year-number", "The Act, Ala. Laws 2011-535, was enjoined.", []),
    ("session-law-chapter", f"Miss. Laws 2012, ch. 400, {S} 2 took effect.", []),
    ("session-law-year-first", f"See 2012 Minn. Laws ch. 40, {S} 2 here.", []),
    (
        "general-laws-kept",
        f"Mass. Gen. Laws ch. 276, {S} 20B applies.",
        [f"Mass. Gen. Laws ch. 276, {S} 20B"],
    ),
    ("compiled-laws-kept", f"Mich. Comp. Laws {S} 764.15 applies.", [f"Mich. Comp. Laws {S} 764.15"]),
    ("named-law-kept", f"N.Y. Exec. Law {S} 844 applies.", [f"N.Y. Exec. Law {S} 844"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_citations(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
