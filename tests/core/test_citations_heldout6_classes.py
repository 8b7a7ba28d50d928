"""find_citations on a program named for a section in an agreement's heading ("287(g) ..."), which
is no statute page's own section, on a year in parentheses after a subsection, and on a statute
page's history note naming the section's former number. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

USC = "8 U.S.C. \u00a7 1357"
AGREEMENT = (
    "MEMORANDUM OF AGREEMENT\n\n287(g) Task Force Model\n\nI. PARTIES\n\nThis agreement is made between the "
    "federal agency and the Pine County Sheriff's Office, which agree to its terms.\n\nII. AUTHORITY\n\n"
)
PAGE = "Public Safety\n\nORS 182B.410\nLimits on local enforcement\n\n(1) No agency may use its funds to {body}\n"

CASES: list[tuple[str, str, list[str]]] = [
    # --- a program named for a section heads an agreement: its citations stay (the heading's own
    # "287(g)" names the program's section as any mention of it does)
    ("agreement-usc-with-year", AGREEMENT + "Section 287(g) of the Act, 8 U.S.C. \u00a7 1357(g) (1996), as "
     "amended, lets the agency enter such agreements.", [USC, USC, USC]),
    ("agreement-usc-plain", AGREEMENT + "The law, 8 U.S.C. \u00a7 1357(g), lets the agency enter such "
     "agreements.", [USC, USC]),
    # --- a year in parentheses after a subsection keeps the citation
    ("year-after-subsection", "Agencies act under 8 U.S.C. \u00a7 1357(g) (1996) in these agreements.", [USC]),
    ("year-after-section", "Agencies share data under 8 U.S.C. \u00a7 1373 (1996) and other laws.",
     ["8 U.S.C. \u00a7 1373"]),
    # --- a statute page whose code is known: "Formerly N" is section N of that code
    ("formerly-history-note", PAGE.format(body="hold people. [Formerly 182.330; 2020 c.5 \u00a74]"),
     ["ORS 182B.410", "ORS 182.330"]),
    ("formerly-and-cite", PAGE.format(body="act as in ORS 131.605. [Formerly 182.330; 2020 c.5 \u00a74]"),
     ["ORS 182B.410", "ORS 131.605", "ORS 182.330"]),
    # a page's own number is never a former number of itself; a session law stays out
    ("formerly-own-number", PAGE.format(body="hold people. [Formerly 182B.410]"), ["ORS 182B.410"]),
    ("session-law-only", PAGE.format(body="hold people. [2020 c.5 \u00a74]"), ["ORS 182B.410"]),
    # no statute page: nothing tells which code "Formerly" means
    ("formerly-no-page", "The rule, formerly 182.330, was renumbered by the board last year.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout6_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


def test_former_number_span() -> None:
    text = PAGE.format(body="hold people. [Formerly 182.330; 2020 c.5 \u00a74]")
    _own, found = find_citations(text)
    assert text[found.span.start : found.span.end] == found.mention == "182.330"


def test_statute_page_own_section_named_with_its_code_counts() -> None:
    text = "Public Safety\n\nORS 182B.410\nLimits on local enforcement\n\n(1) ORS 182B.410 bars holds.\n"
    assert [c.normalized for c in find_citations(text)] == ["ORS 182B.410", "ORS 182B.410"]
