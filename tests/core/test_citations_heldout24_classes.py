"""A brief's code names in small capitals ("ALA. CODE 31-13-13"), a bare section of a chapter one cited
state code has ("Section 24-221" beside "Neb. Rev. Stat. § 24-219"), and a bill's bare "General Statutes"
beside its own "G.S." citations: sentences written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

SMALL_CAPS: list[tuple[str, str, list[str]]] = [
    ("ala-no-mark", "The panel struck down ALA. CODE 31-13-13 in full.", [f"Ala. Code {S} 31-13-13"]),
    ("ala-mark", f"The panel struck down ALA. CODE {S} 31-13-13 in full.", [f"Ala. Code {S} 31-13-13"]),
    ("two-in-a-row", f"See ALA. CODE {S} 31-13-13 and ALA. CODE {S} 31-13-15.",
     [f"Ala. Code {S} 31-13-13", f"Ala. Code {S} 31-13-15"]),
    ("tex-ann", f"See TEX. GOV'T CODE ANN. {S} 752.053 (West 2017).", [f"Tex. Gov't Code {S} 752.053"]),
    ("ariz-and-cal", f"See ARIZ. REV. STAT. {S} 11-1051; CAL. GOV'T CODE {S} 7284.6.",
     [f"Ariz. Rev. Stat. {S} 11-1051", f"Cal. Gov't Code {S} 7284.6"]),
    ("minn-stat", f"Compare MINN. STAT. {S} 299A.82 with the rule.", [f"Minn. Stat. {S} 299A.82"]),
    ("fla-stat", f"See FLA. STAT. {S} 908.101 (2019).", [f"Fla. Stat. {S} 908.101"]),
    ("ga-own-form", f"See GA. CODE ANN. {S} 36-80-23.", ["O.C.G.A. 36-80-23"]),
    ("pa-title", f"See 18 PA. CONS. STAT. {S} 9121 (2020).", [f"18 Pa. Cons. Stat. {S} 9121"]),
    ("mass-chapter", f"See MASS. GEN. LAWS ch. 276, {S} 20B.", [f"Mass. Gen. Laws ch. 276, {S} 20B"]),
    ("wash-own-form", f"See WASH. REV. CODE {S} 43.17.425.", ["RCW 43.17.425"]),
    ("mixed-case-unchanged", "The panel struck down Ala. Code 31-13-13 in full.", [f"Ala. Code {S} 31-13-13"]),
    # negatives: capitals naming a code with no section after it, or no code at all
    ("committee", "The ALA. CODE REVISION COMMITTEE met in Mobile in 2019.", []),
    ("headline", "TEX. LAWMAKERS PASS SB 4 AFTER 16-HOUR DEBATE", []),
    ("no-state", f"See the CITY CODE {S} 12-34 for parking.", []),
]

CHAPTER: list[tuple[str, str, list[str]]] = [
    ("section-word", f"Under Neb. Rev. Stat. {S} 24-219, the court may answer. Section 24-221 requires facts.",
     [f"Neb. Rev. Stat. {S} 24-219", f"Neb. Rev. Stat. {S} 24-221"]),
    ("glued-name-sign", f"Under Neb.Rev.Stat. {S} 24-219 et seq., the court may answer. {S} 24-221 requires facts.",
     [f"Neb.Rev.Stat. {S} 24-219", f"Neb.Rev.Stat. {S} 24-221"]),
    ("lower-case-list", f"Under Neb. Rev. Stat. {S} 24-219, sections 24-220 and 24-221 require facts.",
     [f"Neb. Rev. Stat. {S} 24-219", f"Neb. Rev. Stat. {S} 24-220", f"Neb. Rev. Stat. {S} 24-221"]),
    ("arizona", f"Under Ariz. Rev. Stat. {S} 11-1051, officers ask; section 11-1052 lets residents sue.",
     [f"Ariz. Rev. Stat. {S} 11-1051", f"Ariz. Rev. Stat. {S} 11-1052"]),
    ("own-abbreviation", "G.S. 162-62 applies to jails, and Section 162-63 sets the fee.",
     ["G.S. 162-62", "G.S. 162-63"]),
    # negatives: another chapter, two codes with the chapter, no code cited at all
    ("other-chapter", f"Under Neb. Rev. Stat. {S} 24-219, the court may answer. Section 25-221 requires facts.",
     [f"Neb. Rev. Stat. {S} 24-219"]),
    ("two-codes", f"Under Neb. Rev. Stat. {S} 24-219 and Kan. Stat. Ann. {S} 24-101, section 24-221 applies.",
     [f"Neb. Rev. Stat. {S} 24-219", f"Kan. Stat. Ann. {S} 24-101"]),
    ("no-code", "Section 24-221 requires a statement of facts.", []),
]

BILL = (
    "The General Assembly of North Carolina enacts:\n"
    "SECTION 1. Chapter 17F of the General Statutes is amended by adding a new section to read:\n"
    f'"{S} 17F-15. Limits on assistance.\n'
    "(a) No agency, as defined by {cite}, shall assist.\n"
)

GENERAL_STATUTES: list[tuple[str, str, list[str]]] = [
    ("bill-gs", BILL.format(cite="G.S. 17C-2"), ["G.S. 17F-15", "G.S. 17C-2"]),
    ("bill-ncgs", BILL.format(cite="N.C.G.S. 17C-2"), ["N.C.G.S. 17F-15", "N.C.G.S. 17C-2"]),
    ("running-text", "G.S. 162-62 applies, and section 162-64 of the General Statutes sets the fee.",
     ["G.S. 162-62", "G.S. 162-64"]),
    ("bluebook-form", f"N.C. Gen. Stat. {S} 162-62 applies, and section 162-64 of the General Statutes too.",
     [f"N.C. Gen. Stat. {S} 162-62", f"N.C. Gen. Stat. {S} 162-64"]),
    ("connecticut", "C.G.S. 54-192h applies, and section 54-192 of the General Statutes too.",
     ["C.G.S. 54-192h", "C.G.S. 54-192"]),
    # negatives: no form of the text's own to follow, or two states' forms
    ("bill-alone", BILL.format(cite="section 2 of this act"), [f"Gen. Stat. {S} 17F-15"]),
    ("two-states", "G.S. 162-62 and C.G.S. 54-192h differ; section 54-192 of the General Statutes too.",
     ["G.S. 162-62", "C.G.S. 54-192h", f"Gen. Stat. {S} 54-192"]),
]

CASES = [(f"caps-{n}", t, e) for n, t, e in SMALL_CAPS]
CASES += [(f"chapter-{n}", t, e) for n, t, e in CHAPTER]
CASES += [(f"general-{n}", t, e) for n, t, e in GENERAL_STATUTES]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout24_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


# Indiana's own "IC" is written as cited, like "N.C.G.S."; the words "Indiana Code" and the
# Bluebook "Ind. Code" keep the Bluebook form. In a text naming Indiana, "IC" is the state's code.
INDIANA: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("ic-named", "Indiana's IC 5-2-18.2-3 bars limits on sharing status.", [("IC 5-2-18.2-3", "state_code")]),
    ("ic-abbreviated-state", "See Ind. Code § 5-2-18.2-4 and IC 5-2-18.2-3.",
     [(f"Ind. Code {S} 5-2-18.2-4", "state_code"), ("IC 5-2-18.2-3", "state_code")]),
    ("ic-unnamed", "The act amends IC 35-33-1-1 to allow arrests.", [("IC 35-33-1-1", "local_code")]),
    ("words", "Indiana Code 35-33-1-1 allows arrests.", [(f"Ind. Code {S} 35-33-1-1", "state_code")]),
    # negative: a chapter number ("IC 5-2-18.2") is no section
    ("ic-chapter", "Under IC 5-2-18.2 in Indiana, no unit may limit sharing.", []),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in INDIANA], ids=[c[0] for c in INDIANA])
def test_indiana_ic_as_cited(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.normalized, c.kind) for c in find_citations(text)] == expected
