"""Table-driven tests for the quote finder; every text here is written for these tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.quotes import find_quotes

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "after-subject-first",
        "“We will not back down from this fight,” Mayor Jane Holloway said.",
        [("Jane Holloway", "We will not back down")],
    ),
    (
        "after-verb-first-with-title",
        "“This policy keeps our neighborhoods safer for everyone,” said Police Chief Rosa Diaz.",
        [("Rosa Diaz", "This policy keeps our neighborhoods")],
    ),
    (
        "after-verb-first-apposition",
        '"The county will defend its residents in every court," said Ana Ruiz, the mayor of Springfield.',
        [("Ana Ruiz", "The county will defend its")],
    ),
    (
        "before-colon",
        "Governor Tom Baxter said: “Our state will keep its promises to every family here.”",
        [("Tom Baxter", "Our state will keep its")],
    ),
    (
        "before-comma",
        "Asked about the vote, Baxter said, “Nobody in this building wanted the cuts to happen.”",
        [("Baxter", "Nobody in this building wanted")],
    ),
    (
        "name-colon-block-quoted",
        "Council Member Dana Whitfield: “We voted today to protect our neighbors and our values.”",
        [("Dana Whitfield", "We voted today to protect")],
    ),
    (
        "name-colon-block-unquoted",
        "Reactions came quickly.\n\nSenator Luis Ortega: The court has confirmed what we said all along about this law.",
        [("Luis Ortega", "The court has confirmed what")],
    ),
    (
        "following-statement-unquoted",
        "Sheriff Carl Jensen issued the following statement:\n\n"
        "Our deputies will continue to follow state law and the constitution in every case.",
        [("Carl Jensen", "Our deputies will continue to")],
    ),
    (
        "following-statement-inline",
        "Sheriff Carl Jensen spoke after the hearing. He released this statement on Monday: "
        "Our deputies will continue to follow state law in every case.",
        [("Carl Jensen", "Our deputies will continue to")],
    ),
    (
        "multi-paragraph-one-quote",
        "Priya Nandakumar, director of the Immigrant Legal Fund, issued the following statement:\n\n"
        "“Families in our state deserve to live without fear of being torn apart.\n\n"
        "“Today’s decision is a step toward that goal, and we will keep working.”",
        [("Priya Nandakumar", "Families in our state deserve")],
    ),
    (
        "split-by-he-said",
        "Senator Mark Ellery spoke on Tuesday.\n\n"
        "“The first half of my answer is right here,” he said. “And the second half follows it now.”",
        [("Mark Ellery", "The first half of my"), ("Mark Ellery", "And the second half follows")],
    ),
    (
        "split-by-said-name",
        "“Cities must follow the law of the land,” said Attorney General Ruth Kessler. "
        "“We will hold every jurisdiction to account for its choices.”",
        [("Ruth Kessler", "Cities must follow the law"), ("Ruth Kessler", "We will hold every jurisdiction")],
    ),
    (
        "surname-resolution",
        "Attorney General Walter Brandt visited Chicago on Friday.\n\n"
        "“Cities must follow the law of the land,” Brandt said.",
        [("Walter Brandt", "Cities must follow the law")],
    ),
    (
        "title-surname-resolution",
        "The bill was negotiated with Governor Helen Marsh over the summer.\n\n"
        '"This bill protects public safety and working families," said Governor Marsh.',
        [("Helen Marsh", "This bill protects public safety")],
    ),
    (
        "pronoun-she",
        "Commissioner Laura Bing voted against the contract.\n\n"
        "“We should not spend county money on federal enforcement,” she said.",
        [("Laura Bing", "We should not spend county")],
    ),
    (
        "pronoun-skips-listed-objects",
        "U.S. District Judge Nora Quill issued a 40-page ruling.\n\n"
        "She found that the plaintiffs could not sue Mayor Tim Rowe, Sheriff Dan Pike and Chief Al Moss "
        "“with respect to the policies in question here.”",
        [("Nora Quill", "with respect to the policies")],
    ),
    (
        "judge-wrote",
        "U.S. District Judge Maria Ortega granted the injunction.\n\n"
        "“The plaintiffs are likely to succeed on the merits of their claims,” Ortega wrote.",
        [("Maria Ortega", "The plaintiffs are likely to")],
    ),
    (
        "partial-quote-in-indirect-speech",
        "Professor Amy Cole said the city is well within its “right to decide how its officers spend their time.”",
        [("Amy Cole", "right to decide how its")],
    ),
    (
        "according-to",
        "“Cooperation builds trust in our communities,” according to Chief Rosa Diaz.",
        [("Rosa Diaz", "Cooperation builds trust in our")],
    ),
    (
        "apposition-before-verb",
        "Mary Chen, the mayor of Lakeview, said “we are not going to change a single policy.”",
        [("Mary Chen", "we are not going to")],
    ),
    (
        "lost-opening-mark",
        "“Our officers are not immigration agents,” said Sheriff Omar Reyes.\n\n"
        "When trust breaks down, everyone in the community is less safe,” he continued.",
        [
            ("Omar Reyes", "Our officers are not immigration"),
            ("Omar Reyes", "When trust breaks down, everyone"),
        ],
    ),
    (
        "read-the-post",
        "Gov. Elena Park praised the ruling in a post on social media.\n\n"
        "“Today the courts stood up for every family in our state,” read the post.",
        [("Elena Park", "Today the courts stood up")],
    ),
    (
        "straight-quotes",
        'Mayor Ted Lund said: "We will keep our promises to immigrant families in this city."',
        [("Ted Lund", "We will keep our promises")],
    ),
    (
        "particle-surname",
        "Senate Leader Rosa de la Cruz released a statement.\n\n"
        "“This law keeps families together and protects our communities,” de la Cruz said.",
        [("Rosa de la Cruz", "This law keeps families together")],
    ),
    (
        "standalone-paragraph-continues-speaker",
        "“We will appeal this ruling immediately,” said Attorney General Ruth Kessler.\n\n"
        "“The law is clear and the department will enforce it.”",
        [("Ruth Kessler", "We will appeal this ruling"), ("Ruth Kessler", "The law is clear and")],
    ),
    (
        "nested-quotation-is-part-of-outer",
        "“He told me ‘we will not comply with that order’ and then he left,” said Jo March.",
        [("Jo March", "He told me ‘we will not")],
    ),
    (
        "party-label-in-parentheses",
        "“We will not comply with these requests at all,” Mayor Jane Roe (D) said.",
        [("Jane Roe", "We will not comply with")],
    ),
    (
        "paragraph-after-reported-speech",
        "Mayor Jane Roe said Tuesday that the city would not comply.\n\n“We will not comply with these requests.”",
        [("Jane Roe", "We will not comply with")],
    ),
    (
        "letter-signed-by-named-official",
        "The letter, signed by Sheriff Bob Hart, said “our deputies will not hold anyone without a warrant.”",
        [("Bob Hart", "our deputies will not hold")],
    ),
    (
        "possessive-letter",
        "Sheriff Bob Hart wrote to the county.\n\n“Our deputies will not hold anyone without a warrant,” Hart’s letter said.",
        [("Bob Hart", "Our deputies will not hold")],
    ),
    (
        "name-colon-block-after-apposition-elsewhere",
        "Luis Ortega, a state senator, praised the vote.\n\nLuis Ortega: The court has confirmed what we said all along.",
        [("Luis Ortega", "The court has confirmed what")],
    ),
    (
        "the-judge-by-title",
        "U.S. District Judge Maria Ortega granted the injunction.\n\n"
        "“The plaintiffs are likely to succeed on the merits,” the judge wrote.",
        [("Maria Ortega", "The plaintiffs are likely to")],
    ),
    (
        "says-present-tense",
        "“Nobody should be afraid to call the police for help,” says Chief Rosa Diaz.",
        [("Rosa Diaz", "Nobody should be afraid to")],
    ),
    (
        "hard-wrapped-lines",
        "Mayor Jane Roe said on Tuesday that the council would meet again next week and that\n"
        'the city "will not comply with any request that lacks a judicial warrant, now or\n'
        'ever," adding that the decision was final.',
        [("Jane Roe", "will not comply with any")],
    ),
    (
        "organization-role-then-name",
        "“The administration cannot rewrite the statute by itself,” said ACLU attorney Lee Gelernt.",
        [("Lee Gelernt", "The administration cannot rewrite the")],
    ),
    (
        "lone-surname-opens-with-apposition",
        "Bondi, in a statement, said “the department will not tolerate these policies any longer.”",
        [("Bondi", "the department will not tolerate")],
    ),
    (
        "court-opinion-quoting-a-justice",
        "In Printz, the Court explained that “the Federal Government may not compel the States.” "
        "Justice Scalia, writing for the Court, added that such commands are “fundamentally "
        "incompatible with our constitutional system.”",
        [("Scalia", "fundamentally incompatible with our constitutional")],
    ),
    (
        "abbreviated-title-subject-after-quote",
        "“We will keep fighting for every family in this state,” Sen. Amy Klobuchar, D-Minn., said in a statement.",
        [("Amy Klobuchar", "We will keep fighting for")],
    ),
    (
        "middle-initial",
        "“We will defend these conditions in court,” said Acting Assistant Attorney General Chad A. Readler.",
        [("Chad A. Readler", "We will defend these conditions")],
    ),
    (
        "the-governor-named-next",
        "“We will keep fighting for every family in this state,” the governor said. Gov. Tim Walz spoke later.",
        [("Tim Walz", "We will keep fighting for")],
    ),
    (
        "the-mayor-among-two-officials",
        "Gov. Tim Walz and Mayor Jacob Frey met.\n\n“We will keep fighting for every family here,” the mayor said.",
        [("Jacob Frey", "We will keep fighting for")],
    ),
    (
        "possessive-response-colon",
        "Mayor Jane Roe’s response: “We will not change a single policy because of threats.”",
        [("Jane Roe", "We will not change a")],
    ),
    (
        "statement-from-named-person-read",
        "The statement from Mayor Jane Roe read: “We will not change a single policy because of threats.”",
        [("Jane Roe", "We will not change a")],
    ),
    (
        "attributed-to-before-colon",
        "The following can be attributed to Omar Haddad, director of the Immigrant Defense Project:\n\n"
        "“Today’s ruling is a victory for every community in the country.”",
        [("Omar Haddad", "Today’s ruling is a victory")],
    ),
    (
        "statement-of-heading-with-colon",
        "Statement of Attorney General Ruth Kessler:\n\n“Today’s ruling is a victory for every community.”",
        [("Ruth Kessler", "Today’s ruling is a victory")],
    ),
    (
        "statement-by-heading-unquoted",
        "Statement by Mayor Jane Roe on the Court Ruling\n\n"
        "Today’s ruling is a victory for every community in the country, and we will keep fighting.",
        [("Jane Roe", "Today’s ruling is a victory")],
    ),
    (
        "pronoun-skips-a-person-of-the-other-gender",
        "U.S. District Judge Nora Quill ruled on Friday.\n\n"
        "Sheriff Tom Dart responded on Monday.\n\n"
        "However, she warned that the ruling “will not be the last word on this question.”",
        [("Nora Quill", "will not be the last")],
    ),
    (
        "pronoun-he-after-two-subjects",
        "Sheriff Tom Dart spoke first.\n\nMayor Mary Chen spoke next.\n\n"
        "“We will keep the jail open to every lawful request,” he said.",
        [("Tom Dart", "We will keep the jail")],
    ),
    (
        "said-adding-colon",
        "Attorney General Walter Brandt spoke.\n\n“Cities must follow the law of the land,” Brandt said, "
        "adding: “We will hold every one of them accountable.”",
        [("Walter Brandt", "Cities must follow the law"), ("Walter Brandt", "We will hold every one")],
    ),
    (
        "dash-apposition",
        "In an interview, Roe — who has served two terms — said “the county will never become an arm of ICE.”",
        [("Roe", "the county will never become")],
    ),
    (
        "introductory-word-then-apposition",
        "Meanwhile, Roe, a Democrat, said “the jail will not honor these requests anymore.”",
        [("Roe", "the jail will not honor")],
    ),
    (
        "reported-speech-sentence-then-quote",
        "Mayor Jane Roe said the ruling was wrong. “This is a disaster for the county and its residents.”",
        [("Jane Roe", "This is a disaster for")],
    ),
    (
        "period-where-a-comma-belongs",
        "Mayor Jane Roe spoke.\n\n“This policy is wrong for the city.” she said.",
        [("Jane Roe", "This policy is wrong for")],
    ),
    (
        "no-comma-before-attribution",
        "“We will win this fight in court” Mayor Jane Roe said.",
        [("Jane Roe", "We will win this fight")],
    ),
    (
        "dash-signatures",
        "What others are saying:\n\n“This law keeps families together and our streets safe.” — Jane Roe, "
        "Mayor of Springfield\n\n“Every officer in the state will benefit from clear rules.” - Sheriff Bob Hart",
        [("Jane Roe", "This law keeps families together"), ("Bob Hart", "Every officer in the state")],
    ),
    (
        "plural-noun-that-looks-like-a-verb",
        "Attorney General Walter Brandt said the new rules would “make our communities safer for every family.”",
        [("Walter Brandt", "make our communities safer for")],
    ),
    (
        "so-called-is-not-a-verb",
        "Brandt said so-called “sanctuary cities are a threat to public safety in America.”",
        [("Brandt", "sanctuary cities are a threat")],
    ),
    (
        "evenly-wrapped-block-name-split-across-lines",
        "Federal officials also cited remarks by Douglas County Commissioner Kevin Van\n"
        "Winkle, who said the state's laws pose “a serious risk to public safety in our\n"
        "county and beyond” and urged the state to change course before the end of the year.",
        [("Kevin Van Winkle", "a serious risk to public")],
    ),
    (
        "headline-line-is-not-joined-to-the-paragraph",
        "Governor Helen Marsh: Statement On Signing The Sanctuary Cities Ban Into Law Today\n"
        "AUSTIN – Governor Helen Marsh issued this statement after signing the bill on Monday:\n"
        "“This law will keep every community in our state safer, starting today.”",
        [("Helen Marsh", "This law will keep every")],
    ),
    (
        "according-to-a-statement-from",
        "“The city will keep every promise it made,” according to a statement from Mayor Jane Roe.",
        [("Jane Roe", "The city will keep every")],
    ),
    # --- nothing to find ---
    (
        "place-before-comma-is-not-a-speaker",
        "In Chicago, officials said “the jail will not honor these requests anymore.”",
        [],
    ),
    (
        "heading-with-colon-is-not-a-block",
        "Effective Date: This ordinance shall take effect thirty days after its adoption by the council.",
        [],
    ),
    (
        "organization-in-a-statement",
        "“The administration cannot rewrite the statute by itself,” said DHS in a statement.",
        [],
    ),
    (
        "statute-quotation",
        "Section 1373 provides that a local government “may not prohibit, or in any way restrict” "
        "the sending of information. The City argues that the conditions are “arbitrary and capricious "
        "in every respect.”",
        [],
    ),
    (
        "letter-read-without-author",
        "The letter read, in part: “We will not change a single policy because of threats.”",
        [],
    ),
    (
        "statement-of-an-agency",
        "Statement of the Department of Justice on the Ruling\n\n"
        "Today’s ruling is a victory for every community in the country, and we will keep fighting.",
        [],
    ),
    (
        "place-then-title-noun-is-unnamed",
        "In Chicago, the mayor said “the jail will not honor these requests anymore.”",
        [],
    ),
    (
        "sentence-before-reports-no-speech",
        "The county sued the state. “This is a disaster for the county and its residents.”",
        [],
    ),
    (
        "dash-signature-of-an-agency",
        "“This law keeps families together and our streets safe.” — Springfield Police Department",
        [],
    ),
    (
        "dash-clause-after-a-phrase",
        "The judge handed down her ruling “without any prejudice to the state” — meaning it could return.",
        [],
    ),
    (
        "reported-words-of-an-organization",
        "Smith said the department argued that “the law was never meant to apply to this case.”",
        [],
    ),
    (
        "title-of-a-work",
        "In 2019 Smith wrote a book titled “How We Fight For Our Lives And Win” about the case.",
        [],
    ),
    (
        "according-to-a-statement-from-an-agency",
        "“The city will keep every promise it made,” according to a statement from the Department of Justice.",
        [],
    ),
    (
        "office-of-a-named-person-is-unnamed",
        "In a statement, Polk’s office declined to comment “on the merits of the lawsuit.”",
        [],
    ),
    ("scare-quotes", "The so-called “sanctuary” cities refused, Mayor Jane Holloway said.", []),
    ("term-under-four-words", "Mayor Jane Holloway called the plan “a total disgrace.”", []),
    (
        "unnamed-spokesperson",
        "“We are reviewing the ruling closely this week,” a spokesperson said.",
        [],
    ),
    (
        "unnamed-mayor-spokesperson",
        "A Holloway spokesperson said the ruling “confirms what we have long known about the ordinance.”",
        [],
    ),
    (
        "unnamed-department",
        "“We will appeal this decision as soon as we can,” the Justice Department said.",
        [],
    ),
    (
        "organization-subject",
        "The Justice Department said, “We will appeal this decision as soon as we can.”",
        [],
    ),
    ("officials", "“The jail will not honor these requests anymore,” officials said.", []),
    (
        "document-quotation-order",
        "The executive order states that “no agency shall share records with federal agents at all.”",
        [],
    ),
    (
        "document-quotation-letter",
        "“Any officer who refuses to comply must be disciplined,” the letter said.",
        [],
    ),
    (
        "document-quotation-lawsuit",
        "“This is a suit to put an end to those disastrous policies,” the lawsuit states.",
        [],
    ),
    (
        "unattributed-title",
        "The order is titled “Protecting American Communities From Criminal Aliens.”",
        [],
    ),
    (
        "headline-is-not-a-block",
        "Governor Helen Marsh: Statement On Signing Senate Bill Four Into Law",
        [],
    ),
    (
        "spokesperson-after-split-is-not-inherited",
        "“We are reviewing the decision this week,” a spokesperson said. “We will respond in court soon.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_find_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_quotes(text)
    got = [(q.speaker, q.text) for q in found]
    assert len(got) == len(expected), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert quoted.startswith(want_start), got


ARTICLE = """\
County sues over immigration funding conditions

By Maria Gonzalez

SPRINGFIELD — Lake County on Monday sued the federal government over new grant conditions, the latest salvo in a fight over "sanctuary" policies.

County Executive Robert Chan, a Democrat, said the conditions were "unconstitutional on their face and an attack on local control." He added that the county would "not be bullied into doing the federal government's job."

"We have followed the law at every step," Chan said at a news conference. "The administration has not."

The Department of Justice did not respond to a request for comment. A DOJ spokesperson said last week that the department "will enforce every condition attached to these grants."

Sheriff Dana Whitfield, whose office runs the county jail, struck a more cautious tone.

"I understand the frustration on both sides of this issue," Whitfield said. "But my deputies need clear rules, and right now we do not have them."

The lawsuit argues that the conditions "exceed the authority Congress gave the executive branch." It asks the court to block them.

Legal experts said the county has a strong case. "Courts have rejected nearly identical conditions several times already," said Ilya Somin, a law professor at George Mason University.

Trump has repeatedly slammed such jurisdictions. In a post on Truth Social on Sunday, he wrote that sanctuary cities are "a haven for criminals and a disgrace to the nation."

Homeland Security Secretary Kristi Noem echoed that message. "If you harbor criminals, we will find you," she said in a statement.

Advocates welcomed the lawsuit. "This is about whether our neighbors can call 911 without fear," said Ana Ruiz of the Lake County Immigrant Coalition.

Ruiz added: "Every family in this county deserves to feel safe."

Asked whether the county would negotiate, Chan said: "Our door is open, but our principles are not for sale."
"""

ARTICLE_QUOTES = [
    ("Robert Chan", "unconstitutional on their face and"),
    ("Robert Chan", "not be bullied into doing"),
    ("Robert Chan", "We have followed the law"),
    ("Robert Chan", "The administration has not."),
    ("Dana Whitfield", "I understand the frustration on"),
    ("Dana Whitfield", "But my deputies need clear"),
    ("Ilya Somin", "Courts have rejected nearly identical"),
    ("Trump", "a haven for criminals and"),
    ("Kristi Noem", "If you harbor criminals, we"),
    ("Ana Ruiz", "This is about whether our"),
    ("Ana Ruiz", "Every family in this county"),
    ("Robert Chan", "Our door is open, but"),
]


def test_a_whole_article() -> None:
    """Spokespeople, the department and the lawsuit are left out; pronouns find the latest subject."""
    got = [(q.speaker, q.text) for q in find_quotes(ARTICLE)]
    assert len(got) == len(ARTICLE_QUOTES), got
    for (speaker, quoted), (want_speaker, want_start) in zip(got, ARTICLE_QUOTES, strict=True):
        assert (speaker, quoted[: len(want_start)]) == (want_speaker, want_start)


def test_spans_point_at_the_quoted_words_and_the_speaker() -> None:
    text = "“We will not back down from this fight,” said Attorney General Jane Holloway."
    (quote,) = find_quotes(text)
    assert quote.span.slice(text) == quote.text == "We will not back down from this fight,"
    assert quote.speaker_span is not None
    assert quote.speaker_span.slice(text) == "Attorney General Jane Holloway"
    assert quote.speaker_title == "Attorney General"


def test_empty_and_markless_text() -> None:
    assert find_quotes("") == []
    assert find_quotes("No quotations in this sentence at all.") == []


def test_unbalanced_marks_do_not_raise() -> None:
    text = '“Open without close, said Mayor Jane Holloway\n\n” stray close\n\n"""\n“'
    for quote in find_quotes(text):
        assert 0 <= quote.span.start <= quote.span.end <= len(text)


@pytest.mark.slow
def test_linear_time_on_a_long_text() -> None:
    unit = (
        "Attorney General Walter Brandt visited the city on Friday.\n\n"
        "“Cities must follow the law of the land,” Brandt said. “We will hold them to account.”\n\n"
        "The so-called “sanctuary” policy was debated, and officials said “nothing will change here.”\n\n"
    )
    text = unit * (1_000_000 // len(unit))
    # CPU time, not wall time: other work on a shared runner stretches the wall clock, not the cost
    started = time.process_time()
    found = find_quotes(text)
    elapsed = time.process_time() - started
    assert len(found) == 2 * (1_000_000 // len(unit))
    assert elapsed < 20, elapsed  # linear: a few seconds; quadratic work takes minutes


_QUOTE_ALPHABET = st.sampled_from(
    list('“”"‘’«»:,. \n\nAaBbJSsaid he she Mayor Jane Roe said: ') + ["said", "Mayor Jane Roe"]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(_QUOTE_ALPHABET, max_size=80).map("".join)))
def test_any_text_yields_valid_spans(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert quote.span.slice(text) == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start <= quote.speaker_span.end <= len(text)
        assert quote.speaker.strip()
