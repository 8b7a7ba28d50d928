"""Quote finder: a quotation whose marks do not match, as converters and keyboards leave them. An
opening double mark that came out single (`'We ...,” Sheriff X said. 'They ...”`, also ‘ or with a
straight closing mark) opens the quotation at the single mark, after the paragraph's start or a
sentence's end; a double opening mark left open whose closing mark came out single (`“We ...,’ X
said.`) closes there. A phrase in single marks (`the 'safe county' label`), a single mark inside a
sentence and a single quotation nested in a double one are left as they were.

Also: a lowercase modifier before the title of a subject with an apposition ("Meanwhile, former
Senator X, who ..., has pledged to “...”") does not hide the name.

Also: a subject that is an "it" ("X describes itself as “...”", "X said in its statement that") is an
organization, not a person, however its name reads; "herself", "in his statement" keep the person.

Also: a writing owned by a pronoun (`," his statement said.`, `," said her statement.`) is the
writing of the person the pronoun refers to; `," said her husband.` names no one.

Also: a paragraph that is only a quotation, after a sentence whose named subject wrote "in/via/through a
letter, an email, a statement", is that person's writing; a writing from someone else, a passive
subject, no writing and no named subject leave it unnamed.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

HOLD = "We will no longer hold anyone past release on a federal request"
INTRO = "Under the old policy, the jail held people for the agency.\n\n"
APPOSED = (
    ", who appears headed for victory in the race, has pledged to “sharply limit the use of the program.”"
)
WELCOME = "“every family that arrives in the valley is welcome here.”"
STATEMENT = "Sheriff Carl Ostrander spoke on Monday.\n\n“We adopted a policy designed to keep every family safe here,”"
HER = "Mayor Ana Ruiz spoke on Monday.\n\n“We adopted a policy designed to keep every family safe here,”"

PARA = "“Regardless of what happens in the capital, I want to make clear that we support every student.”\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "straight-single-open-double-close",
        f"{INTRO}'{HOLD},” Pine County Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    (
        "two-mismatched-in-a-paragraph",
        "Sheriff Carl Ostrander spoke.\n\n'When they are released, we're going to release them,” Ostrander said."
        " 'If the agency isn't here, they go on their way.”\n",
        [("Carl Ostrander", "When they are released"), ("Carl Ostrander", "If the agency isn't")],
    ),
    (
        "curly-single-open-double-close",
        f"{INTRO}‘{HOLD},” Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    (
        "straight-single-open-straight-double-close",
        f"{INTRO}'{HOLD},\" Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    (
        "after-said-colon",
        f"{INTRO}Sheriff Carl Ostrander said: '{HOLD}.”\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    (
        "double-open-single-close",
        f"{INTRO}“{HOLD},’ Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    (
        "double-open-single-close-full-stop",
        f"{INTRO}“{HOLD}.’ Sheriff Carl Ostrander said so twice.\n",
        [("Carl Ostrander", "We will no longer")],
    ),
    # Negatives: single marks that are not the opening of the quotation.
    (
        "phrase-in-single-marks-lost-opening",
        f"{INTRO}Our deputies reject the 'safe county' label and always will,” Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "Our deputies reject")],
    ),
    (
        "single-mark-inside-sentence",
        f"{INTRO}The so-called 'sanctuary county rule is bad for all of us here,” Sheriff Carl Ostrander said.\n",
        [("Carl Ostrander", "The so-called")],
    ),
    (
        "nested-single-close-not-taken",
        f"{INTRO}“They told us ‘no deal,’ and we keep every inmate until the term ends, Carl Ostrander said.\n",
        [("Carl Ostrander", "They told us ‘no deal,’ and we keep")],
    ),
    # A lowercase modifier opening the title of an apposed subject.
    (
        "former-title-apposed",
        f"Meanwhile, former Senator Carl Ostrander{APPOSED}",
        [("Carl Ostrander", "sharply limit")],
    ),
    (
        "acting-title-apposed",
        "In Pine County, acting Sheriff Dana Whitlock, who took office in May, said “we will not renew the "
        "agreement this year.”",
        [("Dana Whitlock", "we will not renew")],
    ),
    (
        "interim-title-apposed",
        f"On Tuesday, interim Chief Rafael Oyelaran{APPOSED}",
        [("Rafael Oyelaran", "sharply limit")],
    ),
    (
        "modifier-no-name",
        "On Tuesday, the former mayor, who lost, said “we will not renew the agreement this year.”",
        [],
    ),
    # An "it" subject is an organization.
    (
        "described-itself",
        "Casa Verde described itself as providing a place for “area residents to come together and build "
        "community.”",
        [],
    ),
    ("calls-itself", "Casa Verde calls itself “a home for every family that arrives in the valley.”", []),
    ("said-in-its-statement", f"Casa Verde said in its statement that {WELCOME}", []),
    ("wrote-on-its-website", f"Casa Verde wrote on its website that {WELCOME}", []),
    (
        "described-herself",
        "Dana Whitlock described herself as “a sheriff for every family in the valley.”",
        [("Dana Whitlock", "a sheriff for every")],
    ),
    (
        "said-in-interviews",
        f"Dana Whitlock said in interviews that {WELCOME}",
        [("Dana Whitlock", "every family")],
    ),
    (
        "said-in-his-statement",
        f"Carl Ostrander said in his statement that {WELCOME}",
        [("Carl Ostrander", "every")],
    ),
    # A writing owned by a pronoun.
    (
        "his-statement-said",
        f"{STATEMENT} his statement said. “This includes refusing to hold anyone on a request alone.”",
        [("Carl Ostrander", "We adopted a policy"), ("Carl Ostrander", "This includes refusing")],
    ),
    ("her-letter-said", f"{HER} her letter said.", [("Ana Ruiz", "We adopted a policy")]),
    ("said-her-statement", f"{HER} said her statement.", [("Ana Ruiz", "We adopted a policy")]),
    ("read-his-statement", f"{STATEMENT} read his statement.", [("Carl Ostrander", "We adopted a policy")]),
    # A paragraph that is only a quotation, after a sentence whose subject wrote "in/via a letter".
    (
        "via-an-email-after-opening-phrase",
        f"Expecting news this week, College president Carl Ostrander expressed support via an email to campus.\n\n{PARA}",
        [("Carl Ostrander", "Regardless of what")],
    ),
    (
        "via-an-email-after-long-opening-phrase",
        "Expecting news of changes to the Deferred Action for Childhood Arrivals (DACA) policy this week, College "
        f"president Carl Ostrander expressed support via an email to campus.\n\n{PARA}",
        [("Carl Ostrander", "Regardless of what")],
    ),
    (
        "in-a-statement",
        f"Mayor Ana Ruiz answered the lawsuit in a statement on Friday.\n\n{PARA}",
        [("Ana Ruiz", "Regardless of what")],
    ),
    (
        "letter-from-someone-else",
        f"Mayor Ana Ruiz heard about it in a letter from the council.\n\n{PARA}",
        [],
    ),
    ("passive-in-a-letter", f"Mayor Ana Ruiz was criticized in a letter on Friday.\n\n{PARA}", []),
    ("no-writing", f"Mayor Ana Ruiz met the council on Friday.\n\n{PARA}", []),
    (
        "organization-via-email",
        f"Expecting news this week, the college reached out in an email.\n\n{PARA}",
        [],
    ),
    ("said-her-husband", f"{HER} said her husband.", []),
    ("his-lawyer-said", f"{STATEMENT} his lawyer said.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
