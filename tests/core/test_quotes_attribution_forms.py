"""Quote finder coverage of the attribution forms reporters use: speech verbs beyond "said", tense,
trailing circumstances ("in a statement", "Tuesday", "at a news conference"), appositions, titles
before the name (capitalized or not), pronoun and surname resolution across paragraphs, two people in
one paragraph, colon introductions, quotation-mark styles, and the near-misses that must stay out
(scare quotes, titles of laws, unnamed officials, documents, short terms).

Every sentence and every name is invented for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

Q = "We will not hand our deputies over to federal agents"  # a statement of more than four words
Q2 = "This policy keeps every family in this county safer"
A = "We will not hand our deputies over to federal agents, and I have said so from day one."
B = "The city has no plans to change the policy, and the council agrees with me on that."
INTRO = "Marisol Quenby, the county executive, spoke to the board on Monday night.\n\n"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- verbs after the quotation -----------------------------------------------------------
    *[
        (f"verb-{verb}", f"“{Q},” Marisol Quenby {verb}.", [("Marisol Quenby", Q)])
        for verb in (
            "said",
            "says",
            "added",
            "noted",
            "explained",
            "argued",
            "warned",
            "wrote",
            "asked",
            "insisted",
            "stressed",
            "countered",
            "replied",
            "tweeted",
            "posted",
            "declared",
            "acknowledged",
        )
    ],
    *[
        (f"verb-before-name-{verb}", f"“{Q},” {verb} Marisol Quenby.", [("Marisol Quenby", Q)])
        for verb in ("said", "says", "added", "noted", "explained", "argued", "wrote", "asked", "replied")
    ],
    ("told-reporters", f"“{Q},” Marisol Quenby told reporters.", [("Marisol Quenby", Q)]),
    ("told-the-ap", f"“{Q},” Marisol Quenby told The Associated Press.", [("Marisol Quenby", Q)]),
    (
        "told-the-ap-on-monday",
        f"“{Q},” Marisol Quenby told The Associated Press on Monday.",
        [("Marisol Quenby", Q)],
    ),
    ("according-to", f"“{Q},” according to Marisol Quenby.", [("Marisol Quenby", Q)]),
    ("according-to-title", f"“{Q},” according to Sheriff Marisol Quenby.", [("Marisol Quenby", Q)]),
    ("said-tuesday", f"“{Q},” Marisol Quenby said Tuesday.", [("Marisol Quenby", Q)]),
    ("said-on-tuesday", f"“{Q},” Marisol Quenby said on Tuesday.", [("Marisol Quenby", Q)]),
    ("said-in-a-statement", f"“{Q},” Marisol Quenby said in a statement.", [("Marisol Quenby", Q)]),
    ("said-in-an-interview", f"“{Q},” Marisol Quenby said in an interview.", [("Marisol Quenby", Q)]),
    ("said-in-a-news-release", f"“{Q},” Marisol Quenby said in a news release.", [("Marisol Quenby", Q)]),
    ("said-in-an-email", f"“{Q},” Marisol Quenby said in an email.", [("Marisol Quenby", Q)]),
    ("said-in-a-tweet", f"“{Q},” Marisol Quenby said in a tweet.", [("Marisol Quenby", Q)]),
    (
        "said-at-a-news-conference",
        f"“{Q},” Marisol Quenby said at a news conference.",
        [("Marisol Quenby", Q)],
    ),
    (
        "wrote-in-the-opinion",
        f"“{Q},” Judge Marisol Quenby wrote in the opinion.",
        [("Marisol Quenby", Q)],
    ),
    ("wrote-in-a-letter", f"“{Q},” Marisol Quenby wrote in a letter.", [("Marisol Quenby", Q)]),
    ("wrote-in-the-ruling", f"“{Q},” Marisol Quenby wrote in the ruling.", [("Marisol Quenby", Q)]),
    (
        "apposition-party",
        f"“{Q},” Marisol Quenby, a Democrat from Tucson, said.",
        [("Marisol Quenby", Q)],
    ),
    (
        "apposition-party-abbrev",
        f"“{Q},” said Marisol Quenby, D-Tucson.",
        [("Marisol Quenby", Q)],
    ),
    (
        "said-name-who-chairs",
        f"“{Q},” said Marisol Quenby, who chairs the judiciary committee.",
        [("Marisol Quenby", Q)],
    ),
    (
        "said-name-a-republican",
        INTRO + f"“{Q},” said Quenby, a Republican.",
        [("Marisol Quenby", Q)],
    ),
    # --- titles ------------------------------------------------------------------------------
    *[
        (f"title-{title}", f"“{Q},” said {title} Marisol Quenby.", [("Marisol Quenby", Q)])
        for title in (
            "Gov.",
            "Lt. Gov.",
            "Sen.",
            "Rep.",
            "Atty. Gen.",
            "Attorney General",
            "Mayor",
            "Sheriff",
            "Police Chief",
            "Chief",
            "Judge",
            "Justice",
            "U.S. District Judge",
            "Commissioner",
            "Councilmember",
            "Supervisor",
            "Secretary",
            "Acting Director",
            "President",
            "Press Secretary",
            "White House Press Secretary",
            "Homeland Security Secretary",
            "state Sen.",
        )
    ],
    *[
        (f"title-subject-{title}", f"“{Q},” {title} Marisol Quenby said.", [("Marisol Quenby", Q)])
        for title in ("Gov.", "Lt. Gov.", "Atty. Gen.", "U.S. District Judge", "Acting Director")
    ],
    *[
        (f"lower-title-{title}", f"“{Q},” {title} Marisol Quenby said.", [("Marisol Quenby", Q)])
        for title in (
            "police chief",
            "county sheriff",
            "city council member",
            "state senator",
            "county commissioner",
        )
    ],
    (
        "lower-title-after-verb",
        f"“{Q},” said police chief Marisol Quenby.",
        [("Marisol Quenby", Q)],
    ),
    (
        "role-comma-name",
        f"“{Q},” said the county’s top prosecutor, Marisol Quenby.",
        [("Marisol Quenby", Q)],
    ),
    # --- the attribution before the quotation --------------------------------------------------
    ("name-said-colon", f"Marisol Quenby said: “{Q}.”", [("Marisol Quenby", Q)]),
    ("name-said-comma", f"Marisol Quenby said, “{Q}.”", [("Marisol Quenby", Q)]),
    ("in-a-statement-name-said", f"In a statement, Marisol Quenby said: “{Q}.”", [("Marisol Quenby", Q)]),
    ("name-put-it-bluntly", f"Marisol Quenby put it bluntly: “{Q}.”", [("Marisol Quenby", Q)]),
    (
        "surname-put-it-bluntly",
        INTRO + f"Quenby put it bluntly: “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    ("statement-read", INTRO + f"Quenby’s statement read: “{Q}.”", [("Marisol Quenby", Q)]),
    (
        "name-told-reporters-that",
        f"Marisol Quenby told reporters that “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    (
        "name-said-that",
        f"Marisol Quenby said the county “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    (
        "issued-following-statement",
        f"Marisol Quenby issued the following statement:\n\n“{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    (
        "name-colon-block",
        INTRO + f"Marisol Quenby: {Q}, and we will say so in court.",
        [("Marisol Quenby", Q)],
    ),
    # A heading line alone does not make "Name:" a person's label: the name must be a person's elsewhere.
    ("name-colon-block-unknown-untitled", f"Marisol Quenby: {Q}, and we will say so in court.", []),
    # --- pronouns and surnames across paragraphs ---------------------------------------------
    ("pronoun-she-said", INTRO + f"“{Q},” she said.", [("Marisol Quenby", Q)]),
    ("pronoun-he-added", INTRO + f"“{Q},” he added.", [("Marisol Quenby", Q)]),
    ("surname-said", INTRO + f"“{Q},” Quenby said.", [("Marisol Quenby", Q)]),
    ("surname-added-sentence", INTRO + f"“{Q}.” Quenby added.", [("Marisol Quenby", Q)]),
    (
        "attribution-next-sentence",
        INTRO + f"“{Q}. {Q2},” she said.",
        [("Marisol Quenby", Q)],
    ),
    (
        "pronoun-two-paragraphs-later",
        INTRO + f"“{Q},” Quenby said.\n\nThe board voted 4-1 to approve the measure.\n\n“{Q2},” she said.",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "two-people-nearest-by-clause",
        f"Marisol Quenby, who backs the plan, spoke first. “{Q},” said Tobias Wrenfield, who opposes it.",
        [("Tobias Wrenfield", Q)],
    ),
    (
        "two-people-each-their-own",
        f"“{Q},” said Marisol Quenby. But Tobias Wrenfield disagreed: “{Q2}.”",
        [("Marisol Quenby", Q), ("Tobias Wrenfield", Q2)],
    ),
    (
        "pronoun-after-second-speaker",
        f"“{Q},” said Marisol Quenby.\n\nTobias Wrenfield, the sheriff, said he disagreed.\n\n“{Q2},” he said.",
        [("Marisol Quenby", Q), ("Tobias Wrenfield", Q2)],
    ),
    # --- quotation marks -----------------------------------------------------------------------
    ("straight-quotes", f'"{Q}," Marisol Quenby said.', [("Marisol Quenby", Q)]),
    (
        "single-inside-double",
        "“The deputies told me, ‘We have no choice,’ and I believe them,” Marisol Quenby said.",
        [("Marisol Quenby", "The deputies told me")],
    ),
    (
        "he-said-split",
        f"“{Q},” Marisol Quenby said. “{Q2}.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "he-said-split-mid-sentence",
        f"“{Q},” Marisol Quenby said, “and {Q2.lower()}.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", "and " + Q2.lower())],
    ),
    (
        "em-dash-interruption",
        f"“{Q} — not now, not ever — and we will say so in court,” Marisol Quenby said.",
        [("Marisol Quenby", Q)],
    ),
    (
        "question-before-attribution",
        "“Why would we hand our deputies over to them?” Marisol Quenby asked.",
        [("Marisol Quenby", "Why would we hand")],
    ),
    (
        "exclamation-before-attribution",
        "“We will never hand our deputies over!” Marisol Quenby said.",
        [("Marisol Quenby", "We will never hand")],
    ),
    (
        "question-said-name",
        "“Why would we hand our deputies over to them?” said Marisol Quenby.",
        [("Marisol Quenby", "Why would we hand")],
    ),
    (
        "multi-paragraph-quote",
        f"Marisol Quenby said:\n\n“{Q}.\n\n“{Q2}.”",
        [("Marisol Quenby", Q)],
    ),
    (
        "multi-paragraph-quote-after-said",
        f"“{Q},” Marisol Quenby said.\n\n“{Q2}.\n\n“And we will keep saying it until the courts agree.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    # --- more circumstances, appositions and names -------------------------------------------
    *[
        (case_id, f"“{Q},” Marisol Quenby {tail}.", [("Marisol Quenby", Q)])
        for case_id, tail in (
            ("said-of", "said of the ruling"),
            ("said-adding", "said, adding that the county would appeal"),
            ("phone-interview", "said in a phone interview Tuesday with The Associated Press"),
            ("during-news-conference", "said during a Tuesday news conference"),
            ("told-council", "told the Tucson City Council on Tuesday night"),
            ("facebook-post", "said in a Facebook post"),
            ("wrote-on-twitter", "wrote on Twitter"),
            ("posted-on-x", "posted on X"),
            ("written-statement-released", "said in a written statement released by her office"),
            ("voice-breaking", "said, her voice breaking"),
            ("in-response-to-question-from", "said in response to a question from Tobias Wrenfield"),
            ("said-of-other", "said of Tobias Wrenfield"),
            ("radio-interview", "said in a radio interview with KJZZ"),
        )
    ],
    ("age-apposition", f"“{Q},” Marisol Quenby, 54, said.", [("Marisol Quenby", Q)]),
    (
        "exec-director-of",
        f"“{Q},” Marisol Quenby, executive director of the Tucson Immigrant Rights Coalition, said.",
        [("Marisol Quenby", Q)],
    ),
    ("state-rep-party", f"“{Q},” state Rep. Marisol Quenby, D-Tucson, said.", [("Marisol Quenby", Q)]),
    ("rep-paren-party", f"“{Q},” said Rep. Marisol Quenby (D-Ariz.).", [("Marisol Quenby", Q)]),
    ("middle-initial", f"“{Q},” said Marisol T. Quenby.", [("Marisol T. Quenby", Q)]),
    ("suffix-jr", f"“{Q},” said Tobias Wrenfield Jr.", [("Tobias Wrenfield Jr.", Q)]),
    ("hyphenated", f"“{Q},” said Marisol Quenby-Ortiz.", [("Marisol Quenby-Ortiz", Q)]),
    ("apostrophe-name", f"“{Q},” said Tobias O’Dwyer.", [("Tobias O’Dwyer", Q)]),
    ("accented-name", f"“{Q},” said José Ñúñez.", [("José Ñúñez", Q)]),
    (
        "named-spokesman-for",
        f"“{Q},” said Tobias Wrenfield, a spokesman for Gov. Marisol Quenby.",
        [("Tobias Wrenfield", Q)],
    ),
    (
        "possessive-spokesman-named",
        f"“{Q},” Quenby’s spokesman, Tobias Wrenfield, said.",
        [("Tobias Wrenfield", Q)],
    ),
    ("spokesman-compound", f"“{Q},” Quenby spokesman Tobias Wrenfield said.", [("Tobias Wrenfield", Q)]),
    (
        "agency-spokeswoman",
        f"“{Q},” ICE spokeswoman Marisol Quenby said in an email.",
        [("Marisol Quenby", Q)],
    ),
    *[
        (f"agency-with-and-{i}", f"“{Q},” {agency} Director Marisol Quenby said.", [("Marisol Quenby", Q)])
        for i, agency in enumerate(
            (
                "U.S. Immigration and Customs Enforcement",
                "U.S. Citizenship and Immigration Services",
                "Department of Health and Human Services",
            )
        )
    ],
    (
        "said-agency-with-and",
        f"“{Q},” said U.S. Citizenship and Immigration Services Director Marisol Quenby.",
        [("Marisol Quenby", Q)],
    ),
    ("joint-subject-first-named", f"“{Q},” Mayor Jo Hart and Sheriff Bo Lin said.", [("Jo Hart", Q)]),
    (
        "letter-to-addressee",
        f"In a letter to Homeland Security Secretary Tobias Wrenfield, Marisol Quenby wrote: “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    ("as-name-put-it", f"As Marisol Quenby put it, “{Q}.”", [("Marisol Quenby", Q)]),
    (
        "as-title-name-put-it-when",
        f"As Sheriff Marisol Quenby put it in May, “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    ("as-she-put-it", INTRO + f"As she put it, “{Q}.”", [("Marisol Quenby", Q)]),
    ("as-unnamed-put-it", f"The county, as one deputy put it, “{Q.lower()}.”", []),
    (
        "writing-for-majority",
        f"Writing for the majority, Justice Marisol Quenby said the law “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    (
        "op-ed-published",
        f"“{Q},” Marisol Quenby wrote in an op-ed published Sunday in the Tucson Sentinel.",
        [("Marisol Quenby", Q)],
    ),
    (
        "continuation-paragraph",
        INTRO + f"“{Q},” Quenby said.\n\n“{Q2}.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "following-statement-unquoted",
        f"Mayor Marisol Quenby issued the following statement:\n\n{Q}. {Q2}.",
        [("Marisol Quenby", Q)],
    ),
    (
        "statement-heading",
        f"Statement from Mayor Marisol Quenby on the Ruling\n\n{Q}. {Q2}.",
        [("Marisol Quenby", Q)],
    ),
    ("letter-body-is-no-quote", f"Dear Sheriff Wrenfield:\n\n{Q}. {Q2}.\n\nSincerely,\n\nMarisol Quenby", []),
    *[
        (case_id, f"“{Q},” {attribution}.", [("Marisol Quenby", Q)])
        for case_id, attribution in (
            ("board-chair-subject", "Board of Supervisors Chair Marisol Quenby said"),
            ("board-chair-after-verb", "said Board of Supervisors Chair Marisol Quenby"),
            ("county-attorney", "Pima County Attorney Marisol Quenby said"),
            ("us-attorney", "U.S. Attorney Marisol Quenby said"),
            ("state-attorney-general", "said Arizona Attorney General Marisol Quenby"),
            ("state-ag-possessive", "said Arizona’s attorney general, Marisol Quenby"),
            ("house-speaker", "House Speaker Marisol Quenby said"),
            ("senate-majority-leader", "said Senate Majority Leader Marisol Quenby"),
            ("interim-police-chief", "said Interim Police Chief Marisol Quenby"),
            ("captain-of-department", "said Capt. Marisol Quenby of the Pima County Sheriff’s Department"),
            ("lower-role-attorney", "said immigration attorney Marisol Quenby"),
            ("former-acting-director", "said former acting ICE Director Marisol Quenby"),
            ("lower-press-secretary", "White House press secretary Marisol Quenby told reporters"),
            ("president-and-ceo", "said Marisol Quenby, President and CEO of the Tucson Chamber"),
            ("said-through-spokesperson", "Marisol Quenby said through a spokesperson"),
            ("said-at-the-time", "Marisol Quenby said at the time"),
            ("said-late-tuesday", "Marisol Quenby said late Tuesday"),
            ("told-via-email", "Marisol Quenby told the Star via email"),
            ("says-who-runs", "says Marisol Quenby, who runs a shelter in Tucson"),
        )
    ],
    ("spokesman-for-board-chair", f"“{Q},” a spokesman for Board of Supervisors Chair Jo Lin said.", []),
    ("mayor-of-place", f"“{Q},” the mayor of Lakeview said.", []),
    ("inverted-said-colon", INTRO + f"Said Quenby: “{Q}.”", [("Marisol Quenby", Q)]),
    ("inverted-added-colon", INTRO + f"Added Quenby: “{Q}.”", [("Marisol Quenby", Q)]),
    ("inverted-wrote-colon", INTRO + f"Wrote Quenby: “{Q}.”", [("Marisol Quenby", Q)]),
    (
        "said-adding-second-quote",
        f"“{Q},” said Marisol Quenby, adding, “{Q2}.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "wrapped-attribution",
        "The board met on Monday night in the old courthouse downtown and heard from\n"
        f"residents for three hours. “{Q},” Marisol\nQuenby said. The vote was set for the\n"
        "following week, officials said at the meeting.",
        [("Marisol Quenby", Q)],
    ),
    (
        "multi-paragraph-after-split",
        f"“{Q},” Marisol Quenby said. “{Q2}.\n\n“And we will keep saying it until the courts agree.”",
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "straight-multi-paragraph",
        f'"{Q}," Marisol Quenby said.\n\n"{Q2}.\n\n"And we will keep saying it until the courts agree."',
        [("Marisol Quenby", Q), ("Marisol Quenby", Q2)],
    ),
    (
        "judge-named-then-the-judge-wrote",
        "U.S. District Judge Marisol Quenby ruled Tuesday that the county may keep its policy.\n\n"
        f"The judge wrote: “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    (
        "letter-signed-by-says",
        INTRO + f"The letter, signed by Quenby, says “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    ("unnamed-agency-statement-that", f"ICE said in a statement that “{Q.lower()}.”", []),
    (
        "document-bill-text",
        INTRO + "Quenby’s bill would make it a crime to “knowingly harbor or transport an undocumented "
        "immigrant,” according to the text.",
        [],
    ),
    (
        "document-law-which-says",
        INTRO + "Quenby cited the law, which says that “no officer shall inquire into the immigration "
        "status of any person.”",
        [],
    ),
    ("report-title-case", "The report, titled “Immigration Enforcement in Pima County,” found gaps.", []),
    (
        "court-with-author-phrase-after-subject",
        "In Roe v. Pima County, the court, in an opinion by Justice Marisol Quenby, held that "
        f"“{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    (
        "court-with-author-phrase-sentence-start",
        f"The court, in an opinion by Justice Marisol Quenby, held that “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    ("court-held-no-author", f"The Supreme Court held in Roe v. Pima County that “{Q.lower()}.”", []),
    ("court-phrase-with-month", f"The court, in a ruling last May, held that “{Q.lower()}.”", []),
    ("month-is-no-speaker", f"The county, in a statement last May, said that “{Q.lower()}.”", []),
    (
        "named-subject-phrase-with-month",
        f"Marisol Quenby, in a statement last May, said that “{Q.lower()}.”",
        [("Marisol Quenby", Q.lower())],
    ),
    ("surname-that-is-a-month", f"Sen. Tobias May spoke.\n\n“{Q},” May said.", [("Tobias May", Q)]),
    (
        "judge-explained-in-case",
        f"As Judge Marisol Quenby explained in Roe v. Pima County, “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    ("said-colon-unquoted-block", INTRO + f"Quenby said:\n\n{Q}. {Q2}.", [("Marisol Quenby", Q)]),
    (
        "city-as-subject",
        f"The suit was filed in Chicago on Monday.\n\n“{Q},” Chicago said in a court filing.",
        [],
    ),
    (
        "surname-also-spoken-in-place",
        f"Sessions spoke in Boston.\n\n“{Q},” Sessions said.",
        [("Sessions", Q)],
    ),
    *[
        (f"unnamed-organization-{i}", f"“{Q},” {attribution}.", [])
        for i, attribution in enumerate(
            (
                "Tucson police said",
                "Pima County said in a statement",
                "the ACLU of Arizona said",
                "Fox News reported",
                "Monday’s statement said",
                "California argued in its brief",
                "Immigration and Customs Enforcement said",
                "said U.S. Immigration and Customs Enforcement",
                "the Department of Homeland Security said",
                "said the mayor’s spokesman",
                "Senate Democrats said in a statement",
                "the editorial board wrote",
            )
        )
    ],
    # A short quotation between a determiner and a noun names a thing; one before a time or a
    # participle is the person's words.
    ("quoted-modifier-of-noun", "Marisol Quenby criticized the state’s “show me your papers” law.", []),
    (
        "quoted-modifier-of-noun-article",
        "Marisol Quenby said the county would never adopt a “we know better than you” attitude.",
        [],
    ),
    (
        "partial-quote-before-time",
        "Marisol Quenby called it a “deeply cynical political stunt” yesterday.",
        [("Marisol Quenby", "deeply cynical political stunt")],
    ),
    (
        "partial-quote-before-participle",
        "Marisol Quenby called it a “deeply cynical political stunt” designed to scare people.",
        [("Marisol Quenby", "deeply cynical political stunt")],
    ),
    (
        "partial-quote-before-preposition",
        "Marisol Quenby called the order a “direct attack on our values” in a statement.",
        [("Marisol Quenby", "direct attack on our values")],
    ),
    ("law-title-signed", "Marisol Quenby signed the “Keep Families Together and Safe Act” into law.", []),
    ("rally-name", "Marisol Quenby spoke at the “Families Belong Together” rally in Tucson.", []),
    ("sign-read", "Marisol Quenby walked past a sign that read “No ICE in our schools.”", []),
    (
        "order-signed-by-named",
        "Under the order, signed by Gov. Marisol Quenby, agencies “shall not use state funds to enforce "
        "federal immigration law.”",
        [],
    ),
    # A person introduced with no title or apposition ("Maria Quenby met with ...") is found by a later "she".
    (
        "pronoun-after-plain-introduction",
        f"Maria Quenby met with Sheriff Thomas Wrenfield on Tuesday.\n\n“{Q},” she said after the meeting.",
        [("Maria Quenby", Q)],
    ),
    (
        "pronoun-colon-after-plain-introduction",
        f"Maria Quenby spoke to the board on Monday night.\n\nShe told them: “{Q}.”",
        [("Maria Quenby", Q)],
    ),
    (
        "pronoun-after-age-introduction",
        f"Thomas Wrenfield, 61, has farmed near Yuma for decades.\n\n“{Q},” he said.",
        [("Thomas Wrenfield", Q)],
    ),
    (
        "gender-alternating",
        f"Mayor Maria Quenby and Sheriff Thomas Wrenfield clashed on Tuesday.\n\n“{Q},” Wrenfield said."
        f"\n\n“{Q2},” she said.",
        [("Thomas Wrenfield", Q), ("Maria Quenby", Q2)],
    ),
    # A possessive writing before a colon introduces its owner's words, quoted or not, in the same
    # paragraph or the next.
    *[
        (case_id, "Mayor Marisol Quenby spoke after the ruling. " + intro, [("Marisol Quenby", Q)])
        for case_id, intro in (
            ("below-is-statement-unquoted-next", f"Below is Quenby’s full statement:\n\n{Q}. {Q2}."),
            ("read-statement-below-unquoted-next", f"Read Quenby’s full statement below:\n\n{Q}. {Q2}."),
            ("possessive-statement-label-next", f"Quenby’s full statement:\n\n{Q}. {Q2}."),
            ("here-is-statement-quoted-next", f"Here is Quenby’s statement:\n\n“{Q}.”"),
            ("here-is-statement-unquoted-same", f"Here is Quenby’s statement: {Q}."),
        )
    ],
    ("organization-statement-unquoted", f"Here is the county’s statement:\n\n{Q}.", []),
    ("organization-full-statement", f"Below is the ACLU’s full statement:\n\n{Q}.", []),
    (
        "statement-which-said-in-part",
        f"Mayor Marisol Quenby issued a statement Tuesday, which said in part: “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    (
        "letter-which-read",
        f"Mayor Marisol Quenby posted a letter on Facebook, which read: “{Q}.”",
        [("Marisol Quenby", Q)],
    ),
    (
        "organization-statement-which-said",
        f"The county issued a statement Tuesday, which said in part: “{Q}.”",
        [],
    ),
    ("order-which-says", f"Mayor Marisol Quenby signed the order, which says that “{Q.lower()}.”", []),
    # A statement's heading in capitals names whose words follow, quoted or not.
    *[
        (f"caps-heading-{i}", f"{heading}\n\n{body}", [(speaker, Q)])
        for i, (heading, speaker) in enumerate(
            (
                ("MAYOR MARISOL QUENBY STATEMENT ON RULING", "Marisol Quenby"),
                ("STATEMENT BY MAYOR MARISOL QUENBY ON THE RULING", "Marisol Quenby"),
                ("STATEMENT FROM MARISOL QUENBY", "Marisol Quenby"),
                ("SHERIFF QUENBY’S STATEMENT ON THE RULING", "Quenby"),
            )
        )
        for body in (f"{Q}. {Q2}.", f"“{Q}. {Q2}.”")
    ],
    (
        "caps-heading-surname-named-in-full-later",
        f"SHERIFF QUENBY STATEMENT\n\n{Q}. {Q2}.\n\nSheriff Marisol Quenby has led the department since 2019.",
        [("Marisol Quenby", Q)],
    ),
    *[
        (f"caps-heading-organization-{i}", f"{heading}\n\n{Q}. {Q2}.", [])
        for i, heading in enumerate(
            (
                "STATEMENT BY THE CITY OF TUCSON",
                "PIMA COUNTY STATEMENT ON RULING",
                "ACLU OF ARIZONA STATEMENT",
            )
        )
    ],
    ("place-modifies-role", f"“{Q},” says Pima sheriff.", []),
    ("place-modifies-group", f"“{Q},” said Tucson police officials.", []),
    ("place-modifies-plural-role", f"“{Q},” said Phoenix lawyers.", []),
    ("one-word-name-with-role-apposition", f"“{Q},” said Tobias, a sheriff’s deputy.", [("Tobias", Q)]),
    # --- transcripts: a speaker label opens each answer --------------------------------------
    (
        "transcript-caps-title-label",
        f"Remarks by Secretary Marisol Quenby at a Press Briefing\n\nSECRETARY QUENBY: {A}\n\n"
        f"Q: Will the city change its policy on detainers now?\n\nSECRETARY QUENBY: {B}",
        [("Marisol Quenby", A), ("Marisol Quenby", B)],
    ),
    (
        "transcript-caps-honorific-label",
        f"Press Briefing by Press Secretary Marisol Quenby\n\nMS. QUENBY: {A}\n\nQ: Will you comply?\n\n"
        f"MS. QUENBY: {B}",
        [("Marisol Quenby", A), ("Marisol Quenby", B)],
    ),
    (
        "transcript-caps-surname-label",
        f"Transcript of the call with Mayor Marisol Quenby.\n\nQUENBY: {A}",
        [("Marisol Quenby", A)],
    ),
    (
        "interview-surname-labels",
        f"Thomas Wrenfield interviewed Mayor Marisol Quenby on Friday.\n\n"
        f"Wrenfield: Will the city change its policy on detainers now?\n\nQuenby: {A}",
        [("Thomas Wrenfield", "Will the city change"), ("Marisol Quenby", A)],
    ),
    ("caps-label-not-a-person", f"The Council Present and voting.\n\nPRESENT: {A}", []),
    ("caps-label-no-full-name", f"The board met on Monday.\n\nQUENBY: {A}", []),
    ("word-label-not-a-person", f"Members Absent.\n\nAbsent: {A}", []),
    ("caps-heading-label", f"SECTION 1. PURPOSE: {A}", []),
    # --- near-misses -----------------------------------------------------------------------------
    ("scare-quote", "Marisol Quenby said the “sanctuary” cities were safer than most.", []),
    ("so-called-scare-quote", "The so-called “welcoming” policy passed, Marisol Quenby said.", []),
    (
        "law-title",
        "Marisol Quenby sponsored the “Protect Our Communities Act of 2019” in the Senate last year.",
        [],
    ),
    ("unnamed-spokesperson-for-named", f"“{Q},” a spokesperson for Gov. Marisol Quenby said.", []),
    ("unnamed-office-of-named", f"“{Q},” Gov. Marisol Quenby’s office said in a statement.", []),
    ("unnamed-one-resident", f"“{Q},” one resident said.", []),
    ("unnamed-anonymous", f"“{Q},” said a woman who asked that her name not be used.", []),
    ("document-memo-reads", f"“{Q},” the memo reads.", []),
    ("document-according-to-lawsuit", f"“{Q},” according to the lawsuit.", []),
    ("unnamed-spokesperson", f"“{Q},” a DHS spokesperson said.", []),
    ("unnamed-officials", f"“{Q},” officials said.", []),
    ("unnamed-department", f"“{Q},” the department said in a statement.", []),
    ("unnamed-spokesman-for-name", f"“{Q},” a spokesman for Marisol Quenby said.", []),
    ("document-order-states", f"The order states that “{Q.lower()}.”", []),
    ("document-complaint-says", f"“{Q},” the complaint says.", []),
    ("short-term", "Marisol Quenby called it “a disgrace.”", []),
    (
        "unnamed-after-named",
        f"“{Q},” Marisol Quenby said.\n\n“{Q2},” a county spokeswoman said.",
        [("Marisol Quenby", Q)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
