"""Quote finder: a quotation in single marks that runs over paragraphs (a mark reopening each one,
closed only at its end) and a single-marked sentence after one attributed in the same paragraph; a
legislator named again by hometown and party ("The Pine Grove Republican warned"); a letter's words
quoted after "the letter states" whose author the sentence opening "In a ... letter to ..." names;
"made clear that" with a participle after a determiner ("any claimed benefits") that is no verb; a
reply quoting "Your letter ... states that" in a scanned letter whose salutation was garbled, so the
inside address ("The Honorable ...") names the addressee.

Near-misses (scare quotes, unnamed speakers, documents' words) must stay out. Each case names an
error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

SCAN_HEAD = (
    "U.S. Department of Public Works Office of the Director ‘Ofc ofthe Dirctr Rivrton WY 820% April 9, 2019 "
    "‘The Honorable Ana M. Ruiz Chairwoman Committee on Public Safety State Senate Riverton, WY 82001 "
    "ear Chairwoman Ruiz: ‘Thank you for your letter dated March 1,2019, regarding the repair of state roads, "
)

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "single-marks-over-paragraphs",
        "'We opened our doors to every family who needed help this winter,' said Councilmember Dana Ortiz.\n\n"
        "'My neighbors came here with nothing,' she explained. 'They are not criminals, they are nurses!\n\n"
        "'Riverton, will you stand with them today?'\n\nThe crowd stood and cheered.\n",
        [
            ("Dana Ortiz", "We opened our doors"),
            ("Dana Ortiz", "My neighbors came here"),
            ("Dana Ortiz", "They are not criminals"),
        ],
    ),
    # a scare quote left open mid-sentence does not run on into the next paragraph
    (
        "single-scare-quote-open-mid-sentence",
        "The council passed what it calls a 'welcoming city measure for all of its residents.\n\n"
        "'Riverton, will you stand with them today?' a banner read.\n",
        [],
    ),
    # a single-marked sentence with no attributed quotation before it in the paragraph stays out
    (
        "single-sentence-no-attribution",
        "The mayor spoke at noon. 'We will not comply with these requests at all,' read a sign outside.\n",
        [],
    ),
    (
        "party-epithet-hometown",
        "Rep. Dana Pruitt, the floor manager for the bill, said last week the measure was needed because "
        "Pine City is “in open defiance of the state law.” The Millbrook Republican warned there is a "
        "“real danger of a Portland right here in Ohio.”\n",
        [("Dana Pruitt", "in open defiance"), ("Dana Pruitt", "real danger of a Portland")],
    ),
    # no elected official introduced: the party label names no one
    (
        "party-epithet-no-official",
        "Residents packed the hall on Monday night. The Millbrook Democrat warned there is a “real danger of "
        "a Portland right here in Ohio.”\n",
        [],
    ),
    (
        "in-a-letter-to-then-the-letter-states",
        "In a June 3 letter to county Sheriff Tom Vickers, the state treasurer’s Audit Division Director "
        "Marisol Quintero said the county failed to file its reports.\n\n“At no time during this review did "
        "you or anyone in your office contact the treasurer about the audit,” the letter states.\n",
        [("Marisol Quintero", "At no time during this review")],
    ),
    # the sentence opening on the letter has no named subject
    (
        "in-a-letter-unnamed-subject",
        "In a June 3 letter to county Sheriff Tom Vickers, the treasurer's office said the county failed to "
        "file its reports.\n\n“At no time during this review did you or anyone in your office contact the "
        "treasurer about the audit,” the letter states.\n",
        [],
    ),
    (
        "made-clear-that-and-determiner-participle",
        "PINE CITY – Attorney General Ana Whitfield today issued a new order.\n\nIn issuing the order, "
        "Attorney General Whitfield made clear that the old contracts “damage public trust without making "
        "anyone safer,” and that any claimed benefits of the contracts “are already being met by the "
        "existing rules.”\n",
        [("Ana Whitfield", "damage public trust"), ("Ana Whitfield", "are already being met")],
    ),
    # "made clear" with no one named as its subject
    (
        "made-clear-unnamed",
        "The ruling made clear that the old contracts “damage public trust without making anyone safer.”\n",
        [],
    ),
    (
        "your-letter-states-scanned",
        SCAN_HEAD
        + "‘Your letter corecty states that “[a condition of the road grant is for towns to certify "
        'that they follow ‘applicable state rules," and goes onto ask that we “apply the same test tothe Bridge '
        "Repair Fund and the Rural Transit Program.” We can advise that all towns already certify this.\n",
        [("Ana M. Ruiz", "[a condition of the road grant"), ("Ana M. Ruiz", "apply the same test")],
    ),
    # no inside address or salutation: "your letter" names no one
    (
        "your-letter-no-addressee",
        "Thank you for your letter about the roads. Your letter states that “a condition of the road grant "
        "is for towns to certify their rules.”\n",
        [],
    ),
    # two honorable addressees: not one known person
    (
        "your-letter-two-addressees",
        "The Honorable Ana Ruiz and The Honorable Tom Ng State Senate Riverton, WY 82001 Your letter states "
        "that “a condition of the road grant is for towns to certify their rules.”\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
