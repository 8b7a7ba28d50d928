"""find_citations: capitalized words before a state's name and one of its codes are the sentence's,
undotted abbreviations of state compilations ("ARS"), and the sections a bill prints under an article
it adds to a named code. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- words before "<State> <Code>" are no part of the code's name
    (
        "heading-words-before-state-code",
        "Words Defined In Texas Penal Code 12.345\n\nThe terms below apply.",
        ["Tex. Penal Code \u00a7 12.345"],
    ),
    (
        "sentence-end-before-see",
        "A county includes a parish of Louisiana. See Texas Government Code 311.099 on terms.",
        ["Tex. Gov't Code \u00a7 311.099"],
    ),
    (
        "california-code-after-heading-words",
        "Notes For Readers Of California Penal Code 834.9 appear below.",
        ["Cal. Penal Code \u00a7 834.9"],
    ),
    (
        "state-at-start-unchanged",
        "Texas Government Code 752.099 bars such rules.",
        ["Tex. Gov't Code \u00a7 752.099"],
    ),
    # --- undotted abbreviations of state compilations
    (
        "ars-undotted-with-sign",
        "B. Scope (ARS \u00a711-1099)\n\n1. Deputies follow state law.",
        ["ARS 11-1099"],
    ),
    ("ocga-undotted", "Sheriffs must report under OCGA 42-4-99 each year.", ["OCGA 42-4-99"]),
    ("ocga-chapter-is-no-section", "Read OCGA 42-4 for the rules.", []),
    ("dotted-unchanged", "Officers follow A.R.S. 11-1099 here.", ["A.R.S. 11-1099"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout11_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


BILL = (
    "AN ACT relating to county jails; amending title 13, chapter 9, Arizona Revised Statutes, by adding "
    "article 5; relating to holds.\n\n"
    "Sec. 4. Title 13, chapter 9, Arizona Revised Statutes, is amended by adding a new article 5, to read:\n\n"
    "ARTICLE 5. LOCAL HOLDS\n\n"
    "13-4301. Definitions\n\n"
    "In this article, a hold is a request to keep a person in jail.\n\n"
    "13-4302. Holds limited\n\n"
    "A county may not keep a person on a hold for more than two days.\n\n"
    "Sec. 5. Effective date\n\n"
    "12-3. This act takes effect in ninety days.\n"
)


def test_sections_under_an_added_article_take_its_code() -> None:
    assert [c.normalized for c in find_citations(BILL)] == [
        "Ariz. Rev. Stat. \u00a7 13-4301",
        "Ariz. Rev. Stat. \u00a7 13-4302",
    ]


def test_numbered_lines_without_an_added_unit_are_no_sections() -> None:
    text = "The board met on Tuesday.\n\n13-4301. Definitions\n\nThe terms below apply.\n"
    assert find_citations(text) == []
