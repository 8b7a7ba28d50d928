"""Quote finder: a judge's written words introduced by a participle with no comma before it ("issued
an order writing that ..."), past the court she sits on between her name and the verb ("Judge X of
the U.S. District Court issued ...") and a case name's "et al." (a period before a lower-case word ends
no sentence).

Near-misses (a writing by someone else named before the participle, a subject that is no person)
must stay right. Each case names an error class rather than a document; every text is written for
these tests.

Also: a sentence opening on a person's possessive ("Brisk’s statement comes as he sent a letter to
Dan Price, where he argued ...") keeps the possessor as the "he" past the object named in it, and a
writing the text says someone "sent" or "wrote" ("he sent a letter to ...") is that person's when
"the letter adds" its words; and a person's aim quoted after "wants/hopes/aims/seeks to make" ("Holt,
who wants to make his county the state's “most ...”") is in that person's words.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

WORDS = "“had no authority to make such an arrest.”"
GOV = "Governor Walt Brisk spoke first. “We will not allow any city to ignore our laws,” Brisk said.\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "court-tail-and-bare-participle",
        "On Monday, Judge Mara Quinlan of the U.S. District Court issued a 40-page order in the case "
        "of Lane v. Pine County et al. writing that the plaintiff, Tom Lane, “has plausibly alleged "
        "that his rights were violated when the county held him.”",
        [("Mara Quinlan", "has plausibly alleged")],
    ),
    (
        "bare-participle-no-tail",
        f"Judge Mara Quinlan issued an order writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "stating-after-opinion",
        f"Judge Mara Quinlan issued an opinion stating that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "court-tail-commas",
        f"Judge Mara Quinlan, of the U.S. District Court, issued a ruling writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "lower-case-court-tail",
        f"Judge Mara Quinlan of the district court issued a ruling, writing that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    (
        "district-tail-and-time",
        "Judge Mara Quinlan from the Western District of Texas issued a short order Friday writing "
        f"that the county {WORDS}",
        [("Mara Quinlan", "had no authority")],
    ),
    # A sentence that opens on a person's possessive ("Brisk’s statement comes as he ...") keeps that
    # person as the "he" past an object named later in it; a writing the subject "sent" is theirs.
    (
        "possessive-opener-and-sent-letter",
        GOV + "Brisk’s statement comes as he sent a letter to state Attorney General Dan Price, where he "
        "argued that the measure is “clearly designed to obstruct federal law enforcement.”\n\n"
        "“The law was written specifically to prevent this kind of defiance,” the letter adds. “I ask "
        "that the department investigate the resolution in full.”",
        [
            ("Walt Brisk", "We will not allow"),
            ("Walt Brisk", "clearly designed"),
            ("Walt Brisk", "The law was written"),
            ("Walt Brisk", "I ask that"),
        ],
    ),
    (
        "possessive-remarks-not-a-verb",
        GOV + "Brisk’s remarks came after he met with Sheriff Dan Price, where he said the county was "
        "“clearly designed to obstruct federal law enforcement.”",
        [("Walt Brisk", "We will not allow"), ("Walt Brisk", "clearly designed")],
    ),
    (
        "name-sent-letter",
        "Mayor Ada Pell sent a letter to Attorney General Dan Price on Monday. “The law was written "
        "specifically to prevent this kind of defiance,” the letter says.",
        [("Ada Pell", "The law was written")],
    ),
    (
        "pronoun-wrote-memo",
        GOV + "He then wrote a memo to Sheriff Dan Price. “The law was written specifically to "
        "prevent this kind of defiance,” the memo says.",
        [("Walt Brisk", "We will not allow"), ("Walt Brisk", "The law was written")],
    ),
    # A person's aim quoted after "wants/hopes/aims/seeks to make": the aim is in their own words.
    (
        "relative-clause-wants-to-make",
        "The board passed a resolution Thursday, said board President Ray Holt, who wants to make his "
        "county Ohio’s “most hostile to reckless spending.”",
        [("Ray Holt", "most hostile to reckless")],
    ),
    (
        "hopes-to-make-then-said",
        "Mayor Ray Holt hopes to make the county “the safest place in the whole state,” he said Monday.",
        [("Ray Holt", "the safest place")],
    ),
    (
        "relative-clause-hopes-mid-sentence",
        "Mayor Ray Holt, who hopes to make Dayton “the safest city in the whole state,” spoke first.",
        [("Ray Holt", "the safest city")],
    ),
    (
        "aim-no-person",
        "The ordinance wants to make the county “a place where every family feels safe.”",
        [],
    ),
    (
        "aim-then-a-statute-calls",
        "Mayor Ray Holt wants to make the county follow what the new statute calls “full and immediate "
        "cooperation with federal agents.”",
        [],
    ),
    (
        "aim-of-critics",
        "Critics of Mayor Ray Holt want to make the county “a place where every family feels safe.”",
        [],
    ),
    # Negatives.
    (
        "possessive-of-a-person-noun",
        GOV + "Brisk’s lawyer, Sheriff Dan Price, met the council on Monday, where he said the county "
        "was “clearly designed to obstruct federal law enforcement.”",
        [("Walt Brisk", "We will not allow"), ("Dan Price", "clearly designed")],
    ),
    (
        "possessor-of-the-other-gender",
        "Mayor Maria Pell spoke first.\n\nPell’s office sent a letter to Sheriff Dan Price, where he "
        "said the county was “clearly designed to obstruct federal law enforcement.”",
        [("Dan Price", "clearly designed")],
    ),
    (
        "possessive-of-a-place",
        "Texas’s new law reached Sheriff Dan Price on Monday, and he said the county was “clearly "
        "designed to obstruct federal law enforcement.”",
        [("Dan Price", "clearly designed")],
    ),
    (
        "letter-from-someone-else",
        "Governor Walt Brisk spoke first.\n\nBrisk read aloud a letter from Mayor Ada Pell at the "
        "meeting. “The law was written specifically to prevent this kind of defiance,” the letter says.",
        [("Ada Pell", "The law was written")],
    ),
    (
        "writing-by-someone-else",
        "Sheriff Al Roe cited a letter from Mayor Jo Hart stating that deputies “must not hold anyone "
        "past their release date.”",
        [("Jo Hart", "must not hold anyone")],
    ),
    (
        "someone-named-before-participle",
        "Judge Mara Quinlan issued a ruling citing testimony from Deputy Sam Ortiz stating that the "
        f"county {WORDS}",
        [],
    ),
    ("no-person-subject", f"The county issued a memo writing that officers {WORDS}", []),
    (
        "lawyers-for-someone",
        f"Lawyers for Tom Lane filed a brief writing that the county {WORDS}",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
