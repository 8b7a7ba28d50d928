"""Quote finder: a judge's opinion quoted in a sentence opened by a conjunction or introduced by "in an
opinion by", a participle "stating that" after a sentence opened by two introductory phrases, a
title-holder's writing introduced by "More from the sheriff's memo:", a block after "You begin with
the following definition:", "he added" after words that
name someone else, and statements introduced by "Please attribute the following statement to" or by
"issued the following statement after ..." ending with a period.

Near-misses (scare quotes, unnamed spokespeople, documents, other speakers) must stay out. Each case
names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

JUDGE = (
    "The groups “did not show any real evidence that the law harms their members in any way,” "
    "Chief U.S. Circuit Judge Harold P. Winslow wrote. "
)
MAYOR = "“We will appeal this ruling as soon as we possibly can,” Mayor Ada Fenn said. "
SHERIFF = (
    "Brookfield County Sheriff Odell Tremaine told his deputies in a memo dated May 3 to stop holding "
    "inmates for immigration agents without a signed court order.\n\n"
)
RELEASE = "DENVER – The appeals court today upheld the state law in full.\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "conjunction-opens-unbalanced-continuation",
        JUDGE + "While “the file is full of guesses about future harm, it “does not show that any deputy "
        "stopped anyone because of the law.”",
        [
            ("Harold P. Winslow", "did not show any real"),
            ("Harold P. Winslow", "the file is full of guesses"),
        ],
    ),
    (
        "conjunction-opens-continuation",
        JUDGE + "But “nothing in the record shows a single stop made because of the statute.”",
        [
            ("Harold P. Winslow", "did not show any real"),
            ("Harold P. Winslow", "nothing in the record shows"),
        ],
    ),
    (
        "conjunction-opens-own-attribution-unrecognized",
        MAYOR + "But “the city is not going anywhere at all,” residents chanted outside.",
        [("Ada Fenn", "We will appeal this ruling")],
    ),
    (
        "conjunction-opens-scare-quote",
        MAYOR + "But the “sanctuary” label fits nobody here.",
        [("Ada Fenn", "We will appeal this ruling")],
    ),
    (
        "sentence-subject-after-conjunction-is-not-continuation",
        MAYOR + "Still, the council called the plan “a slap in the face to working families.”",
        [("Ada Fenn", "We will appeal this ruling")],
    ),
    (
        "in-an-opinion-by-judge",
        "In an opinion by Judge Harold Winslow, the panel said the city “had every right to decline the "
        "detainer requests it received.”",
        [("Harold Winslow", "had every right to decline")],
    ),
    (
        "in-a-ruling-written-by-judge",
        "In a ruling written by Judge Harold Winslow, the court found that “nothing in the statute lets a "
        "county hold someone past release.”",
        [("Harold Winslow", "nothing in the statute lets")],
    ),
    (
        "in-an-opinion-by-but-the-city-argued",
        "In an opinion by Judge Harold Winslow, the panel rejected the city’s argument that “the law leaves "
        "every sheriff free to choose.”",
        [],
    ),
    (
        "wrote-judge-for-the-panel",
        "“The plaintiffs have not shown any injury that this court can fix today,” wrote Chief Judge "
        "Harold Winslow for the panel.",
        [("Harold Winslow", "The plaintiffs have not shown")],
    ),
    (
        "stating-that-after-two-leading-phrases",
        "On May 3, the day of Fairview’s hearing, U.S. Attorney Dana Whitcombe issued a warning to local "
        "officials, stating that “I will not allow anyone to block federal agents doing their jobs.”",
        [("Dana Whitcombe", "I will not allow anyone")],
    ),
    (
        "stating-that-document",
        "The county issued a directive to jail staff, stating that “no inmate shall be held past release "
        "on a detainer alone.”",
        [],
    ),
    (
        "stating-that-unnamed-office",
        "The sheriff’s office released a memo stating that “deputies will not honor any civil detainer "
        "from now on.”",
        [],
    ),
    (
        "role-possessive-writing-colon",
        SHERIFF
        + "More from the sheriff’s memo:\n\n“Court rulings have raised serious questions about holding "
        "people on detainers alone. Deputies shall not honor a detainer without a warrant.",
        [("Odell Tremaine", "Court rulings have raised serious")],
    ),
    (
        "spokesman-possessive-writing-colon",
        "The county jail changed its rules last spring.\n\nMore from the spokesman’s email:\n\n"
        "“We are reviewing every detainer request on a case by case basis.”",
        [],
    ),
    (
        "policy-possessive-text-colon",
        SHERIFF
        + "Here is the policy’s text:\n\n“No deputy shall hold any person on a detainer request alone.”",
        [],
    ),
    (
        "he-added-after-words-naming-someone-else",
        "“Anyone at City Hall who read the file would know the county already follows every federal rule,” "
        "Tom Kessling, the mayor of Fairhaven, said in a statement.\n\n"
        "“This is one more case of the capital acting before reading. Our deputies will not become "
        "Governor Albright’s enforcement arm no matter how often he asks,” he added.",
        [("Tom Kessling", "Anyone at City Hall who"), ("Tom Kessling", "This is one more case")],
    ),
    (
        "attribute-the-following-statement-to",
        RELEASE + "Please attribute the following statement to Rosalind M. Achterberg, president and general "
        "counsel of the Frontier Rights Project (FRP):\n\n“The court’s decision shows once more that the state "
        "may decline to help with federal deportations.”",
        [("Rosalind M. Achterberg", "The court’s decision shows once")],
    ),
    (
        "attribute-the-following-statement-to-spokesperson",
        RELEASE + "Please attribute the following statement to a spokesperson for the county:\n\n"
        "“The county will keep reviewing every detainer request on a case by case basis.”",
        [],
    ),
    (
        "issued-the-following-statement-period",
        "DENVER – Colorado Attorney General Martin Oyelaran issued the following statement after the "
        "federal court in Denver blocked the grant conditions, which would cut funding for cities.\n\n"
        "“As Colorado keeps following the Constitution, one more court has rejected this overreach.”",
        [("Martin Oyelaran", "As Colorado keeps following the")],
    ),
    (
        "office-issued-the-following-statement-period",
        "DENVER – The attorney general’s office issued the following statement after the federal court "
        "in Denver blocked the grant conditions.\n\n"
        "“As Colorado keeps following the Constitution, one more court has rejected this overreach.”",
        [],
    ),
    (
        "role-possessive-writing-colon-closed",
        "Sheriff Odell Tremaine of Brookfield County has changed course.\n\n"
        "The county jail changed its rules last spring.\n\nMore from the sheriff’s memo:\n\n"
        "“Court rulings have raised serious questions about holding people on detainers alone.”",
        [("Odell Tremaine", "Court rulings have raised serious")],
    ),
    (
        "letter-you-begin-with-the-following-definition",
        "May 4, 2021\n\nSheriff Lena Ostrow\nPine County Sheriff's Office\n\nDear Sheriff Ostrow:\n\n"
        "Last month the Daily Star printed your column on county policy. You begin with the following "
        "definition:\n\nSanctuary counties are those places that adopt rules which keep local officers "
        "from asking about a person's status.",
        [("Lena Ostrow", "Sanctuary counties are those places")],
    ),
    (
        "named-person-began-with-the-following-definition",
        "The county adopted its ordinance in March. Commissioner Ray Dunmore began with the following "
        "definition:\n\nSanctuary counties are those places that adopt rules which keep local officers "
        "from asking about a person's status.",
        [("Ray Dunmore", "Sanctuary counties are those places")],
    ),
    (
        "document-uses-the-following-definition",
        "The county adopted its ordinance in March. The ordinance uses the following definition:\n\n"
        "Sanctuary counties are those places that adopt rules which keep local officers from asking about "
        "a person's status.",
        [],
    ),
    (
        "issued-a-statement-period-then-title-in-marks",
        "DENVER – Colorado Attorney General Martin Oyelaran issued a statement after the ruling.\n\n"
        "“Keeping Colorado Safe for All Residents”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
