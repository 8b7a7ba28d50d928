"""find_citations: INA and C.F.R. references whose small words ("of") a PDF's text extraction lost,
"Title 8, U.S.C 1357" without a sign, a range's end written without its chapter ("ORS 181A.820 to
829"), and public-domain case citations ("2024 COA 68"), which are no reporter page. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- INA sections, "of" present or lost, through the INA-to-U.S.C. table
    (
        "ina-section-of-the-ina",
        "Section 241 of the INA governs removal.",
        ["8 U.S.C. \u00a7 1231"],
    ),
    (
        "ina-list-of-lost",
        "Officers arrest aliens pursuant sections 235, 236 and 287 the INA.",
        ["8 U.S.C. \u00a7 1225", "8 U.S.C. \u00a7 1226", "8 U.S.C. \u00a7 1357"],
    ),
    (
        "ina-spelled-out-of-lost",
        "The Secretary acts under section 103(a)(3) the Immigration and Nationality Act (INA).",
        ["8 U.S.C. \u00a7 1103"],
    ),
    (
        "ina-unknown-section-not-mapped",
        "Section 999 of the INA is not in the table.",
        [],
    ),
    # --- C.F.R. section of a title, small words or the title's number lost
    (
        "cfr-title-lost-words",
        "Detainers rest on section 287.7 title 8 the Code Federal Regulations.",
        ["8 C.F.R. \u00a7 287.7"],
    ),
    (
        "cfr-title-number-lost-immigration",
        "The immigration detainer rule is section 287.7 title the Code Federal Regulations (C.F.R.).",
        ["8 C.F.R. \u00a7 287.7"],
    ),
    (
        "cfr-title-number-lost-not-immigration",
        "The parking rule is section 12.4 title the Code Federal Regulations.",
        [],
    ),
    (
        "cfr-title-whole-form-once",
        "Detainers rest on section 287.7 of title 8 of the Code of Federal Regulations.",
        ["8 C.F.R. \u00a7 287.7"],
    ),
    (
        "usc-title-lost-words",
        "Reporting is covered by section 1373 title 8 the United States Code.",
        ["8 U.S.C. \u00a7 1373"],
    ),
    # --- "Title 8, U.S.C 1357(d)": an abbreviated code name needs no sign before its section
    (
        "title-first-abbreviation-no-sign",
        "References:\n- Title 8, U.S.C 1357(d) Powers of officers\n- Title 8, U.S.C. 1373(a)-(b) Sharing",
        ["8 U.S.C. \u00a7 1357", "8 U.S.C. \u00a7 1373"],
    ),
    (
        "title-first-spelled-out-needs-sign",
        "Copies of Title 8 United States Code 2018 edition are in the library.",
        [],
    ),
    (
        "title-first-cfr-read-once",
        "Title 8 C.F.R. 287.7 applies to detainers.",
        ["8 C.F.R. \u00a7 287.7"],
    ),
    # --- a range's end without its chapter shares the start's
    (
        "ors-range-short-end",
        "Oregon law, in ORS 180.805 and 181A.820 to 829, limits such help.",
        ["ORS 180.805", "ORS 181A.820", "ORS 181A.829"],
    ),
    (
        "rcw-range-short-end-through",
        "See RCW 10.93.160 through 170 for the rules.",
        ["RCW 10.93.160", "RCW 10.93.170"],
    ),
    (
        "short-end-must-be-larger-and-same-width",
        "ORS 181A.820 to 50 officers were trained.",
        ["ORS 181A.820"],
    ),
    # --- case cites: reporter pages and Westlaw numbers count, public-domain cites do not
    (
        "neutral-citation-dropped",
        "In Dunmore v. Pell, 2023 COA 12, the court ruled for the county.",
        [],
    ),
    (
        "neutral-with-parallel-reporter",
        "In Dunmore v. Pell, 2023 COA 12, 530 P.3d 101, the court ruled.",
        ["530 P.3d 101"],
    ),
    (
        "westlaw-kept",
        "In Dunmore v. Pell, 2019 WL 1234567 (D. Colo. 2019), the court ruled.",
        ["2019 WL 1234567"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lost_words_ranges_and_neutral_cites(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
