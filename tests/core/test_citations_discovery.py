"""Table: citation forms met on fresh statute pages, bills, opinions and explainers: a bill's own
section headings and a session law's sections in a history note (never code sections), dotted code
abbreviations that lost their final dot, compilations named in the singular, North Carolina's "GS",
and a code cited with its edition year. Sentences written for these tests; negatives are texts the
rules must not fire on."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES: list[tuple[str, str, list[str]]] = [
    # a bill's own "SECTION N." that is not at a line start is still no code section
    (
        "bill-section-after-line-numbers",
        "10 | 10 | | SECTION 1. Chapter 511, Government Code, is amended by adding Section 511.0102 to |\n"
        "11 | 11 | | read as follows: |\n"
        "25 | 25 | | SECTION 2. Section 511.0102, Government Code, as added by this Act, applies |",
        [f"Tex. Gov't Code {S} 511.0102", f"Tex. Gov't Code {S} 511.0102"],
    ),
    (
        "bill-section-glued-to-enacting-clause",
        "An act to amend Section 7283.1 of the Government Code, relating to law enforcement. "
        "The people of the State of California do enact as follows:SECTION 1. Section 7283.1 of the "
        "Government Code is amended to read:",
        [f"Cal. Gov. Code {S} 7283.1", f"Cal. Gov. Code {S} 7283.1"],
    ),
    (
        "bill-sec-abbreviated",
        "An act to amend Sections 7282.5 and 7283 of the Government Code. The people enact as follows: "
        "SEC. 4. Section 7282.5 of the Government Code is amended to read:",
        [f"Cal. Gov. Code {S} 7282.5", f"Cal. Gov. Code {S} 7283", f"Cal. Gov. Code {S} 7282.5"],
    ),
    # a prose "Section N." ending a sentence still cites the section
    (
        "prose-section-ends-sentence",
        "The sheriff relies on Penal Code Section 834. The board agreed.",
        [f"Cal. Penal Code {S} 834"],
    ),
    # a session law's chapter and section in a history note
    (
        "history-note-session-law",
        "Tex. Gov't Code Section 511.0101\nJail reports\nThe commission shall adopt rules.\n"
        "Added by Acts 2003, 78th Leg., ch. 283, Sec. 2.05, eff. Sept. 1, 2003.",
        [f"Tex. Gov't Code {S} 511.0101"],
    ),
    (
        "history-note-chapter-word",
        "Amended by Laws 2011, chapter 45, Section 3.01. See Section 12.5 of the Penal Law.",
        [],
    ),
    # a dotted abbreviation that lost its final dot before "§"
    ("dotless-crs", f"Arrests at courthouses are barred (C.R.S {S} 13-1-403).", ["C.R.S. 13-1-403"]),
    ("dotless-ars", f"Officers in Mesa follow A.R.S {S} 11-1051 on status checks.", ["A.R.S. 11-1051"]),
    ("dotless-ocga", f"Jailers in Cobb County act under O.C.G.A {S}42-4-14 each day.", ["O.C.G.A. 42-4-14"]),
    ("dotless-njsa", f"Release follows N.J.S.A {S} 2A:162-15 in Newark.", ["N.J.S.A. 2A:162-15"]),
    # a compilation named in the singular before "§"
    (
        "singular-statute-sign",
        f"The bill of 2019 created Florida Statute {S} 908.104 on detainers.",
        [f"Fla. Stat. {S} 908.104"],
    ),
    (
        "singular-revised-statute-sign",
        f"Records in Reno are public under Nevada Revised Statute {S} 239.010 today.",
        [f"Nev. Rev. Stat. {S} 239.010"],
    ),
    # North Carolina's General Statutes without their dots
    (
        "gs-with-state",
        "A North Carolina jailer must act under GS 162-62 when a person is held.",
        ["G.S. 162-62"],
    ),
    (
        "gs-summary-without-state",
        "Amends GS 162-62 to require a query; adds offenses under GS 90-95 and GS 15A-401.",
        ["G.S. 162-62", "G.S. 90-95", "G.S. 15A-401"],
    ),
    # a bare "Code" with its edition year after a note's heading word, in a Georgia text
    (
        "georgia-code-edition",
        f"Georgia law on jails.\nHistory. Code 1981, {S} 42-4-14, enacted by Ga. L. 2006, p. 105, {S} 5.",
        ["O.C.G.A. 42-4-14"],
    ),
    # a Connecticut bill's bare cross-references are sections of the general statutes it amends
    (
        "connecticut-bill-cross-reference",
        "Section 1. Section 54-192h of the general statutes is repealed and the following is "
        "substituted in lieu thereof: (2) \"Convicted of a felony\" means a felony, as defined in "
        "section 53a-25, pursuant to a final judgment.",
        [f"Conn. Gen. Stat. {S} 54-192h", f"Conn. Gen. Stat. {S} 53a-25"],
    ),
    # a "§" a bill site's plain text turned into "{"
    (
        "lost-mark-brace",
        "including the federal Immigration and Nationality Act, 8 U.S.C. {1101 et seq.",
        [f"8 U.S.C. {S} 1101"],
    ),
    # a "§§" lost in a conversion right after a state code's name
    (
        "lost-marks-after-state-code",
        "In California the TRUST Act (Gov. Code, ?? 7282 and 7282.5) limits holds in Fresno.",
        [f"Cal. Gov. Code {S} 7282", f"Cal. Gov. Code {S} 7282.5"],
    ),
    (
        "lost-mark-replacement-char",
        "A Fresno deputy follows Penal Code \ufffd 834c before an interview.",
        [f"Cal. Penal Code {S} 834c"],
    ),
    # "Gov't." with a dot names the Government Code
    (
        "govt-with-dot",
        "Policy of the Contra Costa sheriff: Gov't. Code 7282, 7282.5 and the TRUST Act.",
        [f"Cal. Gov. Code {S} 7282", f"Cal. Gov. Code {S} 7282.5"],
    ),
    # a bare many-part section beside one state code cited with sections of the same shape
    (
        "shape-of-cited-code",
        f"Sheriffs in Virginia must act under {S}19.2-83.2 and {S}53.1-218. Per Code of Virginia "
        f"{S}53.1-220.2, custody moves.",
        [f"Va. Code {S} 19.2-83.2", f"Va. Code {S} 53.1-218", f"Va. Code {S} 53.1-220.2"],
    ),
    (
        "shape-of-two-codes-unread",
        f"Under Colo. Rev. Stat. {S} 24-76.6-102 and Va. Code {S} 53.1-220.2, see {S} 19.2-83.2.",
        [f"Colo. Rev. Stat. {S} 24-76.6-102", f"Va. Code {S} 53.1-220.2"],
    ),
    (
        "shape-differs-unread",
        f"Colorado: C.R.S. 24-76.6-102 bars holds; see also {S} 24-74-103.",
        ["C.R.S. 24-76.6-102"],
    ),
    # New York's short names of its laws, in a New York text
    (
        "ny-civil-rights-short",
        f"A witness at a Buffalo court is shielded from civil arrest by NYCRL {S} 28(1).",
        [f"N.Y. Civ. Rights Law {S} 28"],
    ),
    (
        "ny-cpl-list",
        f"New York officers in Albany arrest under CPL {S}{S} 140.10 and 140.25 only.",
        [f"N.Y. Crim. Proc. Law {S} 140.10", f"N.Y. Crim. Proc. Law {S} 140.25"],
    ),
    (
        "ny-abbreviated-law-name",
        f"In New York, Exec. Law {S} 259-i governs parole in Utica.",
        [f"N.Y. Exec. Law {S} 259-i"],
    ),
    ("cpl-elsewhere-as-cited", f"A Texas officer in Waco cited CPL {S} 140.10 by mistake.", [f"{S} 140.10"]),
    # an Oklahoma bill names its code's title and edition year: no Ohio State reporter page
    (
        "oklahoma-title-edition-section",
        "An Act relating to immigration; amending 74 O.S. 2021, Section 20j, which relates to the "
        "Attorney General in Tulsa.",
        [f"74 O.S. {S} 20j"],
    ),
    ("oklahoma-title-edition-sign", f"See 11 O.S. 2011, {S} 22-126.1 on Norman.", [f"11 O.S. {S} 22-126.1"]),
    (
        "ohio-reporter-kept",
        "State v. Bryce Odell, 12 Ohio St. 2011 (1861), was cited in Toledo.",
        ["12 Ohio St. 2011"],
    ),
    # California's codes as its police manuals abbreviate them
    (
        "california-police-abbreviations",
        f"Policy of a sheriff under AB 4: CVC 40302(a), CVC 40307, H&S section 11369 and W&I {S} 827.",
        [
            f"Cal. Veh. Code {S} 40302",
            f"Cal. Veh. Code {S} 40307",
            f"Cal. Health & Safety Code {S} 11369",
            f"Cal. Welf. & Inst. Code {S} 827",
        ],
    ),
    (
        "alabama-code-edition-kept",
        f"Under the Code of Alabama 1975, {S} 31-13-5 officers in Mobile must act.",
        [f"Ala. Code {S} 31-13-5"],
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("cvc-outside-california", "A CVC 40302 code was printed on the Dayton form."),
    ("hs-year-in-california", "The California H&S 2019 report from Fresno was late."),
    ("question-mark-after-code", "Is that the dress code? 12 people in Fresno asked."),
    ("question-mark-no-code", "Who pays ?? 7282 dollars in Fresno, asked Dana Ruiz."),
    ("connecticut-section-no-bill", "Under section 53a-25 of the penal rules, a Hartford judge ruled."),
    ("brace-in-prose", "The set {1101, 1102} was listed in Boise."),
    ("dotless-unknown-initials", f"Dr. J.R.T {S} 12-3-4 was the reference."),
    ("dotless-us", f"The U.S {S} 1373 debate went on in Ohio."),
    ("lower-statute-sign", f"A state statute {S} 12 applies here."),
    ("gs-pay-grade", "The county hired a GS-13 analyst and a GS 12-3 clerk in Dayton."),
    ("gs-single-no-state", "Amends GS 162-62 to require a query."),
    ("code-edition-elsewhere", f"In Texas, History. Code 1981, {S} 42-4-14, enacted in 2006."),
    ("bill-section-alone", "SECTION 1. This act takes effect on July 1, 2026.\nSECTION 2. Repealer."),
    (
        "bill-section-table",
        "22 | 22 | | SECTION 4. This Act takes effect September 1, 2025. |\n23 | 23 | | SEC. 5. Repealer.",
    ),
    ("session-law-notes", "Acts 1999, 76th Leg., ch. 62, Sec. 19.01(12), eff. Sept. 1, 1999."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _i, t, e in CASES], ids=[i for i, _t, _e in CASES])
def test_discovery_citations(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


@pytest.mark.parametrize("text", [t for _i, t in NEGATIVES], ids=[i for i, _t in NEGATIVES])
def test_discovery_negatives(text: str) -> None:
    assert find_citations(text) == []
