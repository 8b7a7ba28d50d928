"""find_citations: a court's slip-opinion number is no reporter citation, New York's CPLR cited by its
initials and a bare number, and case reporters printed without their dots. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- a slip-opinion number is the court's own label of the opinion, not a reporter page
    (
        "slip-op-beside-reporter",
        "2019 NY Slip Op 04512 [171 AD3d 88]\n\nDecided May 2, 2019.",
        ["171 A.D.3d 88"],
    ),
    ("slip-op-unreported", "Matter of Quillan v Harrow, 2016 NY Slip Op 31234(U) (Sup Ct 2016).", []),
    ("slip-op-dotted", "See Perrin v. Dorsey, 2020 N.Y. Slip Op. 01234 (1st Dep't 2020).", []),
    (
        "slip-op-with-reporter-after",
        "Abbot v. Lyle, 2017 NY Slip Op 05511, 152 AD3d 700 (2d Dept 2017)",
        ["152 A.D.3d 700"],
    ),
    # --- New York's Civil Practice Law and Rules by its initials
    (
        "cplr-section-sign",
        "The petition is brought under CPLR \u00a7 3001 for a declaration.",
        ["N.Y. C.P.L.R. \u00a7 3001"],
    ),
    ("cplr-bare-number", "Respondent moves to dismiss under CPLR 3211(a)(7).", ["N.Y. C.P.L.R. \u00a7 3211"]),
    ("cplr-spaced-subsections", "The motion rests on CPLR 3211 (a) (7).", ["N.Y. C.P.L.R. \u00a7 3211"]),
    ("cplr-rule-word", "Summary judgment is sought under CPLR rule 3212.", ["N.Y. C.P.L.R. \u00a7 3212"]),
    ("cplr-state-prefix", "Venue lies under NY CPLR 503.", ["N.Y. C.P.L.R. \u00a7 503"]),
    ("cplr-dotted", "Appeal lies as of right under C.P.L.R. 5501.", ["N.Y. C.P.L.R. \u00a7 5501"]),
    (
        "cplr-list",
        "The court applied CPLR \u00a7\u00a7 7803, 7804 and 7806 to the petition.",
        ["N.Y. C.P.L.R. \u00a7 7803", "N.Y. C.P.L.R. \u00a7 7804", "N.Y. C.P.L.R. \u00a7 7806"],
    ),
    ("cplr-lettered-section", "The claim is timely under CPLR 214-a.", ["N.Y. C.P.L.R. \u00a7 214-a"]),
    (
        "cplr-article-is-no-section",
        "Petitioners proceed under CPLR Article 78 and CPLR Articles 63 and 70.",
        [],
    ),
    ("cplr-article-number-alone", "She filed a CPLR 78 proceeding in Albany.", []),
    (
        "cplr-articles-then-section",
        "Petitioners move under CPLR Articles 63 and 78 and CPLR \u00a7 3001 for an order.",
        ["N.Y. C.P.L.R. \u00a7 3001"],
    ),
    # --- a reporter printed without its dots, read as a case's cite
    (
        "dotless-state-reporter",
        "Under Commonwealth v. Pellow, 477 Mass 517 (2017), officers may not hold anyone on a detainer.",
        ["477 Mass. 517"],
    ),
    ("dotless-pin-cite", "Commonwealth v. Pellow, 477 Mass 517, 523 n.4.", ["477 Mass. 517"]),
    ("dotless-series", "People v. Arbogast, 35 Cal 4th 100, 112 (2005).", ["35 Cal. 4th 100"]),
    ("dotless-california-year-first", "People v. Arbogast (2005) 35 Cal 4th 100, 112.", ["35 Cal. 4th 100"]),
    ("dotless-appellate", "Poe v. Caddell, 12 Ill App 3d 45 (2d Dist 1990).", ["12 Ill. App. 3d 45"]),
    ("dotless-matter-of", "Matter of Quinlan, 150 Ill 2d 1 (1992).", ["150 Ill. 2d 1"]),
    ("dotless-federal", "Doe v. Renner, 100 F Supp 3d 200 (SDNY 2015).", ["100 F. Supp. 3d 200"]),
    ("dotless-regional", "Poe v. State, 200 So 3d 10 (Fla 2016).", ["200 So. 3d 10"]),
    ("dotless-three-words", "Doe v. Roe, 97 Mass App Ct 517 (2020).", ["97 Mass. App. Ct. 517"]),
    (
        "dotless-two-in-a-row",
        "See Roe v. Dunmore, 477 Mass 517; Poe v. Caddell, 460 Mass 12.",
        ["477 Mass. 517", "460 Mass. 12"],
    ),
    ("dotted-unchanged", "Commonwealth v. Pellow, 477 Mass. 517 (2017).", ["477 Mass. 517"]),
    # negatives: the same shape as a count, an address or a measure
    ("dotless-count-no-case", "In 2017 Mass 517 people attended the forum (2018 survey).", []),
    ("dotless-count-after-case-name", "Under Poe v. Caddell, the board counted 460 Mass 12 times.", []),
    ("dotless-address", "The office at 120 Main 400 opened in 2017.", []),
    ("dotless-decimal", "Doe v. Roe, 12 Mass 517.5 acres were deeded.", []),
    ("dotless-unknown-word", "Doe v. Roe, 12 Ford 300 (2001).", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout16_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
