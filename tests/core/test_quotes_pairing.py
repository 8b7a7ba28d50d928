"""Quote finder: places read as people, partial quotations, broken pairing, statements and joint
attributions, follow-on paragraphs.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

from entanglement.core.extract.quotes import find_quotes

Q = "“"
E = "”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a pronoun resolves to a person, never to a place used as a subject ---
    (
        "pronoun-skips-two-word-state-subject",
        f"{Q}We will not hold anyone without a warrant signed by a judge,{E} said Attorney General "
        "Maya Ortiz.\n\n"
        "New Jersey has one of the largest immigrant populations in the country, census data show.\n\n"
        f"{Q}Families should be able to call the police without fear,{E} she said.",
        [("Maya Ortiz", "We will not hold anyone"), ("Maya Ortiz", "Families should be able to")],
    ),
    (
        "pronoun-skips-state-that-was-first",
        "Gov. Paul Whitaker signed the order on Friday.\n\n"
        "North Dakota was the first state to adopt such a rule, and others followed within weeks.\n\n"
        f"{Q}This is about keeping every community safe,{E} he said.",
        [("Paul Whitaker", "This is about keeping every")],
    ),
    (
        "pronoun-skips-one-word-state-with-speech-verb",
        "Sheriff Dana Cole testified before the committee on Monday.\n\n"
        "Texas argued in its brief that the rule conflicts with federal law.\n\n"
        f"{Q}Our deputies have better things to do than enforce civil law,{E} she said.",
        [("Dana Cole", "Our deputies have better things")],
    ),
    (
        "pronoun-skips-city-with-place-prefix",
        "Mayor Luis Ferrer spoke after the council vote.\n\n"
        "Los Angeles has long refused to honor detainers without a warrant.\n\n"
        '"We will keep our promise to immigrant families in this city," he said.',
        [("Luis Ferrer", "We will keep our promise")],
    ),
    (
        "pronoun-skips-organization-subject",
        "Attorney Carla Mendes filed the suit for the families on Monday.\n\n"
        "Catholic Charities has documented similar detentions in four other states.\n\n"
        f"{Q}These families were held for days without any charge at all,{E} she said.",
        [("Carla Mendes", "These families were held for")],
    ),
    (
        "state-is-no-speaker",
        f"{Q}The program will continue exactly as it has for ten years,{E} New Mexico said in a filing.",
        [],
    ),
    (
        "titled-surname-like-a-state-is-a-person",
        f"{Q}Nobody in my district wants deputies doing federal work,{E} said Rep. Carl Washington.\n\n"
        f"{Q}We have real crimes to solve in this county,{E} Washington added.",
        [("Carl Washington", "Nobody in my district wants"), ("Carl Washington", "We have real crimes")],
    ),
    # --- a partial quotation of four or more words, attributed at the end of its sentence ---
    (
        "partial-quote-attribution-ends-the-sentence",
        f"The policy has {Q}cultivated a climate of suspicion{E} among residents who fear the police, "
        "Chief Rosa Delgado said.",
        [("Rosa Delgado", "cultivated a climate of suspicion")],
    ),
    (
        "two-partial-quotes-one-attribution",
        'Mayor Ana Brandt spoke on Tuesday. The orders have "sown distrust in our neighborhoods" and '
        'left "too many families afraid to call for help," Brandt said.',
        [("Ana Brandt", "sown distrust in our neighborhoods"), ("Ana Brandt", "too many families afraid")],
    ),
    (
        "partial-quote-pronoun-at-sentence-end",
        "Commissioner Hal Pruitt voted against the contract.\n\n"
        f"The county {Q}will not be bullied by Washington{E} on this issue or any other, he added.",
        [("Hal Pruitt", "will not be bullied by")],
    ),
    (
        "partial-quote-said-name-inverted",
        f"Detainers without a warrant are {Q}a constitutional dead end for counties{E} in this state, "
        "said Professor Lena Marsh of Pine Law School.",
        [("Lena Marsh", "a constitutional dead end for")],
    ),
    (
        "partial-quote-attribution-then-participle-clause",
        f"The rule has {Q}made our jobs harder every single day{E} since January, Chief Ana Ruiz said, "
        "adding that morale is low.",
        [("Ana Ruiz", "made our jobs harder every")],
    ),
    (
        "partial-quote-of-a-document-stays-out",
        f"The ordinance bars officers from {Q}inquiring into the immigration status{E} of anyone they "
        "stop, Chief Rob Tate said.",
        [],
    ),
    (
        "partial-quote-then-clause-about-someone-else",
        f"Critics call it a {Q}show me your papers{E} law, but Sen. Lee Grant said the bill protects "
        "residents.",
        [],
    ),
    (
        "three-word-partial-quote-is-a-term",
        f"The rule is {Q}simply bad policy{E} for the county, Sheriff Ben Ruiz said.",
        [],
    ),
    # --- an opening mark never closed does not swallow the next quotation ---
    (
        "unclosed-mark-attribution-inside-next-paragraph-quote",
        'The holds are "a clear overreach by the state, said Ana Ruiz, a law professor at Pine '
        "University.\n\n"
        '"No court has upheld a detainer like this without a warrant," Ruiz said.',
        [("Ana Ruiz", "a clear overreach by the"), ("Ana Ruiz", "No court has upheld a")],
    ),
    (
        "unclosed-curly-mark-same-paragraph",
        f"Officials called the list {Q}an act of political theater, said Mayor Tom Reese. "
        f"{Q}We have honored every lawful request we received,{E} Reese said.",
        [("Tom Reese", "an act of political theater"), ("Tom Reese", "We have honored every lawful")],
    ),
    (
        "unclosed-straight-mark-same-paragraph",
        'The rule is "a recipe for chaos in our jails, Sheriff Bo Lang said. "We need clear '
        'guidance from the state before the summer," Lang said.',
        [("Bo Lang", "a recipe for chaos in"), ("Bo Lang", "We need clear guidance from")],
    ),
    (
        "unclosed-fragment-no-attribution-next-quote-separate",
        'Councilwoman Jo Park said the measure was "a promise to every family in this city.\n\n'
        '"We will not back down now, not after all this work," said Sheriff Al Brandt.',
        [("Jo Park", "a promise to every family"), ("Al Brandt", "We will not back down")],
    ),
    (
        "unclosed-he-said-inside",
        "Chief Nia Flores met reporters on Monday.\n\n"
        'The new rule is "the wrong answer to a real problem, she said, adding that officers had '
        "not been consulted.\n\n"
        '"We learned about it from the newspaper like everybody else," Flores said.',
        [("Nia Flores", "the wrong answer to a"), ("Nia Flores", "We learned about it from")],
    ),
    (
        "unclosed-mark-next-paragraph-names-someone-else",
        'Sheriff Al Brandt said: "We will not comply with this order at all.\n\n'
        '"The order is lawful and binding on every county," said Mayor Jo Park.',
        [("Al Brandt", "We will not comply with"), ("Jo Park", "The order is lawful and")],
    ),
    (
        "continued-quotation-naming-the-same-speaker-again",
        'Sheriff Al Brandt said: "We will not comply with this order at all.\n\n'
        '"The order is unlawful and we will say so in court," Brandt said.',
        [("Al Brandt", "We will not comply with")],
    ),
    (
        "continued-quotation-named-only-at-its-end",
        '"We will not comply with this order at all.\n\n'
        '"The order is unlawful and we will say so in court," said Sheriff Al Brandt.',
        [("Al Brandt", "We will not comply with")],
    ),
    (
        "paragraphs-of-one-quotation-still-one",
        'Mayor Jo Park said: "We will not back down, whatever the cost to the city.\n\n'
        '"Our city made a promise to its residents and we keep our promises."',
        [("Jo Park", "We will not back down")],
    ),
    (
        "quote-continued-after-he-said-still-carries-over",
        f"{Q}We will sue,{E} said Gov. Amy Lott, {Q}and we will win in every court in the land.\n\n"
        f"{Q}Nobody should doubt that this state means what it says.{E}",
        [("Amy Lott", "and we will win in")],
    ),
    (
        "said-that-whole-statement-still-carries-over",
        'Sheriff Al Brandt said that "the county will never comply with these requests.\n\n'
        '"Not now, not ever, not under any sheriff of this county."',
        [("Al Brandt", "the county will never comply")],
    ),
    # --- a statement introduced by a colon, in the layouts of organizations' releases ---
    (
        "possessive-org-title-of-office-issued-statement",
        "In response to the vote, the Center’s Vice President of Research and Policy Dana Wills "
        "issued the following statement:\n\n"
        f"{Q}The Pine Policy Center is disappointed by the council’s vote. The measure will cost "
        f"counties money they do not have.{E}",
        [("Dana Wills", "The Pine Policy Center is disappointed")],
    ),
    (
        "title-of-office-released-statement-unquoted",
        "After the ruling, Director of Communications and Outreach Leo Marsh released this statement:\n\n"
        "We are grateful to the court for protecting the rights of every resident of our county.",
        [("Leo Marsh", "We are grateful to the court")],
    ),
    (
        "title-of-office-issued-statement-same-paragraph",
        "Pine County Director of Public Safety Kim Nolan issued the following statement: "
        f"{Q}Our officers will follow state law and nothing more than state law.{E}",
        [("Kim Nolan", "Our officers will follow state")],
    ),
    (
        "joint-statement-colon-then-unquoted-paragraph",
        f"{Q}We oppose this ordinance and we will work to overturn it in the next session,{E} State Sen. "
        "Ray Ortiz (R-Elm) and State Sen. Lou Park (R-Oak) said in a statement released Monday from "
        "Ortiz’s office:\n\n"
        "The ordinance would keep police from asking anyone about immigration status.",
        [
            ("Ray Ortiz", "We oppose this ordinance and"),
            ("Ray Ortiz", "The ordinance would keep police"),
        ],
    ),
    # --- several named people in one attribution: the office that issued it, else the first ---
    (
        "joint-statement-title-then-list",
        f"{Q}This bill puts every family in our districts at risk,{E} said Reps. Ann Lowe, Tim Burke and "
        "Joe Kirk in a joint statement.",
        [("Ann Lowe", "This bill puts every family")],
    ),
    (
        "joint-statement-party-labels",
        f"{Q}The county has no business running a federal program,{E} State Sen. Ray Ortiz (D-Pine) and "
        "State Rep. Lisa Chen (D-Elm) said in a joint statement.",
        [("Ray Ortiz", "The county has no business")],
    ),
    (
        "joint-statement-from-one-office",
        f"{Q}We will not stand by while the council ignores state law,{E} Rep. Ann Lowe, Rep. Tim Burke "
        "and Rep. Joe Kirk said in a statement from Burke’s office.",
        [("Tim Burke", "We will not stand by")],
    ),
    (
        "joint-statement-before-the-quote",
        "Mayor Jo Hart and Sheriff Tim Noll said in a joint statement: "
        f"{Q}Our deputies will not ask anyone about their immigration status.{E}",
        [("Jo Hart", "Our deputies will not ask")],
    ),
    (
        "joint-statement-comma-list-party-labels-before-said",
        f"{Q}Tennessee families deserve a government that follows the law,{E} Rep. Sam Lee (R-Ash), Rep. "
        "Bo Day (R-Elm), and Rep. Mia Fox (R-Oak) said.",
        [("Sam Lee", "Tennessee families deserve a government")],
    ),
    # --- a quotation paragraph with no attribution of its own ---
    (
        "follow-on-paragraph-directly-after",
        f"{Q}We have no choice but to release people the federal government wants,{E} said Sheriff Ned "
        "Cole.\n\n"
        f"{Q}Last month we released a man wanted on a warrant in two other states.{E}",
        [("Ned Cole", "We have no choice but"), ("Ned Cole", "Last month we released a")],
    ),
    (
        "follow-on-paragraph-after-narrative-about-the-speaker",
        f"{Q}We have no choice but to release people the federal government wants,{E} said Sheriff Joe "
        "Marsh.\n\n"
        "In March the legislature rejected a repeal. Sheriff Marsh and Sheriff Ann Yu of Elm County "
        "led the fight for it at the capitol.\n\n"
        f"{Q}Unfortunately, we had to release a man wanted in two states because of this law.{E}",
        [("Joe Marsh", "We have no choice but"), ("Joe Marsh", "Unfortunately, we had to release")],
    ),
    (
        "follow-on-paragraph-after-narrative-surname-only",
        f"{Q}Our deputies cannot call federal agents about anyone in our jail,{E} Undersheriff Rita "
        "Gomez said Monday.\n\n"
        "Gomez took office in 2021 after two decades with the department. The county has 40 jail beds.\n\n"
        f"{Q}We are asking the court to let us do the job the voters gave us.{E}",
        [("Rita Gomez", "Our deputies cannot call federal"), ("Rita Gomez", "We are asking the court")],
    ),
    (
        "follow-on-paragraph-narrative-names-another-first",
        f"{Q}Our deputies cannot call federal agents about anyone in our jail,{E} Undersheriff Rita "
        "Gomez said Monday.\n\n"
        "Commissioner Dale Vance, who opposed Gomez in the last election, voted against the suit.\n\n"
        f"{Q}We are asking the court to let us do the job the voters gave us.{E}",
        [("Rita Gomez", "Our deputies cannot call federal")],
    ),
    (
        "follow-on-paragraph-after-narrative-about-someone-else",
        f"{Q}We have no choice but to release people the federal government wants,{E} said Sheriff Joe "
        "Marsh.\n\n"
        "Commissioner Ann Yu voted against the resolution, as did two of her colleagues.\n\n"
        f"{Q}We cannot spend county money on a lawsuit that we will lose.{E}",
        [("Joe Marsh", "We have no choice but")],
    ),
    (
        "follow-on-paragraph-too-far",
        f"{Q}We have no choice but to release people the federal government wants,{E} said Sheriff Joe "
        "Marsh.\n\n"
        "Sheriff Marsh has led the office since 2019.\n\n"
        "The county board meets again in June.\n\n"
        f"{Q}Every county in the state should adopt the same rule this year.{E}",
        [("Joe Marsh", "We have no choice but")],
    ),
    # --- the same classes in other wordings ---
    (
        "partial-quote-according-to-at-sentence-end",
        f"The raids have {Q}spread fear through every school{E} in town, according to Principal Dora Vance.",
        [("Dora Vance", "spread fear through every school")],
    ),
    (
        "partial-quote-told-reporters",
        f"Deputies will {Q}keep doing their jobs the same way{E} as before, Chief Omar Haddad told reporters.",
        [("Omar Haddad", "keep doing their jobs")],
    ),
    (
        "partial-quote-the-sheriff-said",
        "Sheriff Eli Stone spoke Monday. The rule will "
        f"{Q}make every county less safe than before{E} in his view, the sheriff said.",
        [("Eli Stone", "make every county less")],
    ),
    (
        "unclosed-mark-according-to-inside",
        'The order is "a direct attack on local control, according to Mayor Rita Hale.\n\n'
        '"We will fight it in court," Hale said.',
        [("Rita Hale", "a direct attack on local"), ("Rita Hale", "We will fight it")],
    ),
    (
        "org-of-place-possessive-title-issued-statement",
        "The ACLU of Pine’s Executive Director Jo Lin issued the following statement:\n\n"
        f"{Q}Today’s ruling protects every resident of this state from unlawful detention.{E}",
        [("Jo Lin", "Today’s ruling protects every")],
    ),
    (
        "said-in-a-statement-colon-unquoted",
        "Mayor Rita Hale said in a statement Tuesday:\n\n"
        "The city will not use its police to enforce federal civil immigration law.",
        [("Rita Hale", "The city will not use")],
    ),
    (
        "joint-plural-title-two-names",
        f"{Q}This bill puts every family in our state at risk,{E} Sens. Ann Lowe and Tim Burke said.",
        [("Ann Lowe", "This bill puts every family")],
    ),
    (
        "joint-surnames-named-before",
        "Sen. Ann Lowe and Sen. Tim Burke filed the bill in March.\n\n"
        f"{Q}This bill protects every family in our state from fear,{E} Lowe and Burke said in a joint "
        "statement.",
        [("Ann Lowe", "This bill protects every family")],
    ),
    (
        "joint-verb-first-from-one-office",
        f"{Q}We will not stand by while the council ignores state law,{E} said Rep. Ann Lowe, Rep. Tim "
        "Burke and Rep. Joe Kirk in a statement from Burke’s office.",
        [("Tim Burke", "We will not stand by")],
    ),
    (
        "lawyers-for-two-named-people-unnamed",
        f"{Q}Our clients were held for nine days without any warrant,{E} lawyers for Juan Perez and "
        "Maria Soto said.",
        [],
    ),
    (
        "follow-on-two-paragraphs-after-narrative",
        f"{Q}We have no choice but to release people the federal government wants,{E} said Sheriff Joe "
        "Marsh.\n\n"
        "Sheriff Marsh has asked the county for a lawyer.\n\n"
        f"{Q}Last month we released a man wanted in two states.{E}\n\n"
        f"{Q}That is what this law does to our county every week.{E}",
        [
            ("Joe Marsh", "We have no choice but"),
            ("Joe Marsh", "Last month we released a"),
            ("Joe Marsh", "That is what this law"),
        ],
    ),
    (
        "pronoun-skips-foreign-place",
        "Gov. Paul Whitaker met the consul on Friday.\n\n"
        "El Salvador has asked for the return of its citizens.\n\n"
        f"{Q}We will work with every government that respects our laws,{E} he said.",
        [("Paul Whitaker", "We will work with every")],
    ),
    (
        "pronoun-skips-territory",
        "Gov. Paul Whitaker met the delegation on Friday.\n\n"
        "Puerto Rico was hit hard by the storm last year.\n\n"
        f"{Q}We will work with every government that respects our laws,{E} he said.",
        [("Paul Whitaker", "We will work with every")],
    ),
    (
        "partial-quote-attribution-mid-sentence",
        "The policies, Attorney General Ray Cole said, have "
        f"{Q}cultivated a culture of fear{E} among immigrants.",
        [("Ray Cole", "cultivated a culture of fear")],
    ),
    (
        "released-a-statement-that-read",
        "Mayor Rita Hale released a statement that read, in part: "
        f"{Q}The city will not use its police to enforce civil immigration law.{E}",
        [("Rita Hale", "The city will not use")],
    ),
    (
        "in-a-joint-statement-comma-list-colon",
        "In a joint statement, Mayor Jo Hart and Sheriff Tim Noll said: "
        f"{Q}Our deputies will not ask anyone about immigration status.{E}",
        [("Jo Hart", "Our deputies will not ask")],
    ),
    (
        "joint-verb-first-apposition-after-list",
        f"{Q}This bill puts every family in our state at risk,{E} said Sen. Ann Lowe and Rep. Tim Burke, "
        "both Democrats.",
        [("Ann Lowe", "This bill puts every family")],
    ),
    (
        "issued-statement-over-two-paragraphs",
        "Sheriff Joe Marsh issued the following statement:\n\n"
        f"{Q}We will follow the law as written by the legislature.\n\n"
        f"{Q}We will not go beyond it in any way.{E}",
        [("Joe Marsh", "We will follow the law")],
    ),
    (
        "title-of-office-unquoted-block-after-possessive",
        "In response to the vote, the Center’s Vice President of Research and Policy Dana Wills issued "
        "the following statement:\n\n"
        "The Pine Policy Center is disappointed by the council’s vote today.",
        [("Dana Wills", "The Pine Policy Center is")],
    ),
    (
        "analyst-is-a-title-after-dateline",
        "ATLANTA — Following the signing, Senior Policy Analyst Ben Cho of the Pine Institute issued this "
        f"statement:\n\n{Q}This law will cost counties millions of dollars they do not have.{E}",
        [("Ben Cho", "This law will cost counties")],
    ),
    (
        "joint-list-statement-from-office-then-unquoted-block",
        f"{Q}We oppose this ordinance and will work to overturn it next year,{E} Rep. Al Day (R-Elm), Rep. "
        "Bo Lee (R-Oak), and Rep. Cy Ray (R-Ash) said in a statement from Lee’s office:\n\n"
        "The ordinance would bar police from asking anyone about their status.\n\n"
        "In essence, the ordinance would:\n\n"
        "1) Prohibit city employees from asking about status.",
        [("Bo Lee", "We oppose this ordinance and"), ("Bo Lee", "The ordinance would bar police")],
    ),
    (
        "said-in-a-statement-from-her-office-colon",
        "Mayor Rita Hale said in a statement from her office: "
        f"{Q}The city will not use its police to enforce civil immigration law.{E}",
        [("Rita Hale", "The city will not use")],
    ),
    (
        # SPEC leaves out words of an office; only people named as the speakers ("A and B said in a
        # statement from B's office") make the office's holder one of them.
        "statement-from-a-named-office-holder-is-the-office",
        f"{Q}The senator will keep fighting this bill until the session ends,{E} according to a statement "
        "from Sen. Bo Lee’s office.",
        [],
    ),
    (
        "statement-from-an-unnamed-office",
        f"{Q}The office will keep fighting this bill until the session ends,{E} according to a statement "
        "from the sheriff’s office.",
        [],
    ),
    # --- features that already worked stay working ---
    (
        "split-by-he-said-is-two",
        f"{Q}We will comply with the law,{E} said Sheriff Ted Hume. {Q}But we will not go one step "
        f"further than the law requires,{E} he said.",
        [("Ted Hume", "We will comply with the"), ("Ted Hume", "But we will not go")],
    ),
    (
        "judge-wrote-inverted",
        f"{Q}The conditions exceed the authority that Congress gave the department,{E} wrote Judge "
        "Mara Pell for the panel.",
        [("Mara Pell", "The conditions exceed the authority")],
    ),
    (
        "unnamed-spokesperson-left-out",
        f"{Q}The agency will keep enforcing the law in every county of this state,{E} an agency "
        "spokeswoman said.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_find_quotes_classes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)


def test_unclosed_quotation_ends_before_its_attribution() -> None:
    text = 'The holds are "a clear overreach by the state, said Ana Ruiz, a law professor.'
    (quote,) = find_quotes(text)
    assert quote.text == "a clear overreach by the state"
    assert text[quote.span.start : quote.span.end] == quote.text
