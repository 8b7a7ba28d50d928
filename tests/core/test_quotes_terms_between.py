"""A term or a show's name in quotation marks between two quotations of one speaker does not end the
speaker's run: the quotation after it is still that speaker's. A full unnamed quotation does.

Every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

Q = "“"
E = "”"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "show-name-after-told",
        f"{Q}Fundamentally, this is a question for the courts,{E} Rosa Delgado, an attorney for the "
        f"sheriffs, told KXYZ 5’s {Q}Morning Report,{E} which airs on Sundays. {Q}When deputies work "
        f"with the agency, they do so under written agreements with it.{E}",
        [
            ("Rosa Delgado", "Fundamentally, this is a question"),
            ("Rosa Delgado", "When deputies work with the"),
        ],
    ),
    (
        "program-name-after-said",
        f"{Q}We have asked the county for its records twice now,{E} said council member Ben Ortiz on "
        f"the podcast {Q}Local Matters.{E} {Q}Nobody has answered either request so far.{E}",
        [
            ("Ben Ortiz", "We have asked the county"),
            ("Ben Ortiz", "Nobody has answered either request"),
        ],
    ),
    (
        "term-of-an-unnamed-source-stays-unnamed",
        f"A spokesperson for the office called the plan {Q}reckless.{E} {Q}We will not comply with any "
        f"of these demands,{E} the statement went on.",
        [],
    ),
    (
        "full-unnamed-quotation-ends-the-run",
        f"{Q}We will keep the policy as written,{E} Mayor Jo Hart said. A spokesperson added, {Q}The "
        f"office has no further comment today.{E} {Q}We expect a ruling by the end of the month.{E}",
        [("Jo Hart", "We will keep the policy")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
