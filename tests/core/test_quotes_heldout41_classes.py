"""Quote finder: a numbered district before an official's title ("said District 5 Supervisor Jo
Hart", "said Ward 3 and Finance Chair Jo Hart"), an apposition naming the seat a person holds ("Jo
Hart, Supervisor from District 1, ..."), a participle after a document named as an object ("Hart
denounced the directive, saying, "...""), a characterization with "referred to ... as", and a
translation of a name or slogan, which is no one's words.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

WORDS = "“The whole idea of arresting people who did nothing wrong is a disgrace,”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "district-number-before-title",
        f"The board met Tuesday.\n\n{WORDS} said District 5 Supervisor Omar Vance.",
        [("Omar Vance", "The whole idea of arresting")],
    ),
    (
        "district-number-and-second-office",
        f"The board met Tuesday.\n\n{WORDS} said District 2 and Board Chair Lena Ortiz.",
        [("Lena Ortiz", "The whole idea of arresting")],
    ),
    (
        "ward-number-before-title",
        f"The council met Tuesday.\n\n{WORDS} said Ward 3 Councilman Omar Vance.",
        [("Omar Vance", "The whole idea of arresting")],
    ),
    (
        "precinct-number-before-title-subject-first",
        f"The court met Tuesday.\n\n{WORDS} Precinct 2 Constable Omar Vance said.",
        [("Omar Vance", "The whole idea of arresting")],
    ),
    (
        "district-number-then-no-person",
        f"The board met Tuesday.\n\n{WORDS} said District 5 residents.",
        [],
    ),
    (
        "apposition-seat-from-district",
        "President Tom Hale spoke in June.\n\nDana Kirk, Supervisor from District 1, opposed the "
        "resolution.\n\n“I object to this being described as random and cruel,” she said.",
        [("Dana Kirk", "I object to this being")],
    ),
    (
        "apposition-delegate-from-town",
        "President Tom Hale spoke in June.\n\nDana Kirk, Delegate from Fairfax, voted no.\n\n"
        "“I object to this being described as random and cruel,” she said.",
        [("Dana Kirk", "I object to this being")],
    ),
    (
        "participle-after-denounced-directive",
        "Agency director Omar Vance quickly denounced the directive, saying in a statement, “The "
        "decision to limit our work with local police undermines public safety.”",
        [("Omar Vance", "The decision to limit")],
    ),
    (
        "participle-after-blasted-ordinance",
        "Gov. Omar Vance blasted the new ordinance, saying, “This puts every family in our city at risk.”",
        [("Omar Vance", "This puts every family")],
    ),
    (
        "signed-order-stating-is-the-order",
        "Gov. Omar Vance signed an order, stating that agencies “shall not hold any person on a detainer.”",
        [],
    ),
    (
        "participle-after-object-of-preposition",
        "Gov. Lena Ortiz signed it. Ortiz said the order does not conflict with federal law, saying "
        "that if there is a criminal warrant, “we will honor it.”",
        [("Lena Ortiz", "we will honor it")],
    ),
    (
        "document-as-subject-still-the-document",
        "Mayor Omar Vance signed it. The ordinance says that “no officer may ask about status at any time.”",
        [],
    ),
    (
        "referred-to-as-characterization",
        "Mayor Dana Kirk has referred to the city as a “proud safe city” with “neighbors who make "
        "the city stronger and more prosperous”;",
        [("Dana Kirk", "neighbors who make the city")],
    ),
    (
        "refers-to-as-present",
        "Mayor Dana Kirk refers to the town as “a place where every family can build a life.”",
        [("Dana Kirk", "a place where every family")],
    ),
    (
        "referred-questions-is-no-quote-of-hers",
        "Mayor Dana Kirk referred questions to her spokesman. “We do not discuss pending cases at "
        "all,” the spokesman, Tom Hale, said.",
        [("Tom Hale", "We do not discuss pending")],
    ),
    (
        "gloss-in-spanish-means",
        "-Dana Kirk and Omar Vance, Friends of the Valley\n\nOur groups started a campaign called "
        "Nunca Mas (which in Spanish means “never again for our neighbors here”).",
        [],
    ),
    (
        "gloss-spanish-for",
        "By Dana Kirk, Friends of the Valley\n\nWe started a campaign called Nunca Mas, Spanish for "
        "“never again for our neighbors here.”",
        [],
    ),
    (
        "gloss-translated-as-then-real-quote",
        "Mayor Dana Kirk named the plan Nunca Mas, loosely translated as “never again for our "
        "neighbors here.” She said the ruling in Washington means “we can finally move on with "
        "our work.”",
        [("Dana Kirk", "we can finally move on")],
    ),
    (
        "clause-after-quotation-with-organization-subject",
        "Party Chairwoman Dana Kirk called it “a cruel and hateful bill,” the Civil Liberties Union "
        "(CLU) immediately condemned it as “unfair, unlawful, [and] cruel to all.”",
        [("Dana Kirk", "a cruel and hateful bill")],
    ),
    (
        "clause-after-quotation-while-organization",
        'Dana Kirk called it "a cruel and hateful bill," while the State Bar Association warned it '
        'was "unfair, unlawful and cruel to all."',
        [("Dana Kirk", "a cruel and hateful bill")],
    ),
    (
        "clause-after-quotation-with-person-subject",
        "Party Chairwoman Dana Kirk called it “a cruel and hateful bill,” and Sen. Tom Hale called "
        "it “unfair, unlawful and cruel to all.”",
        [("Dana Kirk", "a cruel and hateful bill"), ("Tom Hale", "unfair, unlawful and cruel")],
    ),
    (
        "same-subject-goes-on-after-quotation",
        "Party Chairwoman Dana Kirk called it “a cruel and hateful bill,” and said it was “unfair, "
        "unlawful and cruel to all.”",
        [("Dana Kirk", "a cruel and hateful bill"), ("Dana Kirk", "unfair, unlawful and cruel")],
    ),
    (
        "pull-quote-en-dash-credit",
        "County signs deal\n\nThe county renewed its deal on Monday, officials said.\n\nThese deals "
        "breed distrust that serves nobody, least of all the families who live here.\n\n– Dana Kirk, "
        "Civil Rights Union of Ohio\n\nThe sheriff did not return calls.",
        [("Dana Kirk", "These deals breed distrust")],
    ),
    (
        "pull-quote-double-hyphen-credit-no-affiliation",
        "County signs deal\n\nThe county renewed its deal on Monday, officials said.\n\nThese deals "
        "breed distrust that serves nobody, least of all the families who live here.\n\n-- Dana Kirk"
        "\n\nThe sheriff did not return calls.",
        [("Dana Kirk", "These deals breed distrust")],
    ),
    (
        "op-ed-sign-off-at-the-end-is-no-pull-quote",
        "Why we must end the deal\n\n-Dana Kirk, Friends of the Valley\n\nThe county renewed its "
        "deal on Monday.\n\nThese deals breed distrust that serves nobody, least of all the families "
        "who live here.\n\n— Dana Kirk, Friends of the Valley",
        [],
    ),
    (
        "pull-quote-repeating-a-quotation-is-no-new-quote",
        "County signs deal\n\n“Our plan is clear. These deals breed distrust that serves nobody at "
        "all,” Mayor Dana Kirk said.\n\nThese deals breed distrust that serves nobody at all.\n\n– "
        "Mayor Dana Kirk\n\nThe sheriff did not return calls.",
        [("Dana Kirk", "Our plan is clear")],
    ),
    (
        "believes-then-quotation",
        "Sheriff Tom Hale spoke Monday. Hale believes the memo’s “purpose” was that, “at some point, "
        "it would be used to force the sheriffs to act.”",
        [("Tom Hale", "at some point, it would")],
    ),
    (
        "believed-then-quotation",
        "Sheriff Tom Hale spoke Monday. Hale believed the plan was, “in the end, a way to force the "
        "sheriffs to act.”",
        [("Tom Hale", "in the end, a way")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
