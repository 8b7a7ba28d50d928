"""Quote finder on forms found in a sweep of unseen news pages, meeting stories and releases.

Each case names an error class rather than a document; every text is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

Q = "“"
E = "”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a nickname in quotation marks after a middle initial is part of the name ---
    (
        "nickname-after-initial",
        f"Dayton Mayor Harold T. {Q}Hal{E} Brenner released a statement on Monday.\n\n"
        f"{Q}Every neighbor in this city deserves to feel safe at home,{E} he said.",
        [("Harold T. Hal Brenner", "Every neighbor in this city")],
    ),
    (
        "nickname-after-first-name-still",
        f"Councilmember Rosa {Q}Rosie{E} Delgado spoke first. "
        f"{Q}We will not hand our records to federal agents,{E} Delgado said.",
        [("Rosa Rosie Delgado", "We will not hand our")],
    ),
    # --- a month before a day number is a date, never a writing's author ---
    (
        "month-before-day-is-no-author",
        "The first is a memo from June 3, while the others are letters from March 25 and April 18 "
        f"that the counties say are {Q}holding our emergency funding hostage for no reason.{E}",
        [],
    ),
    (
        "month-before-day-after-named-memo",
        "One is a memo from Transit Secretary Bo Lund from April 24, while the others are memos from "
        f"March 25 that the states contend are {Q}holding our emergency funding hostage for no reason.{E}",
        [],
    ),
    (
        "month-name-as-author-negative",
        f"A letter from April Dunmore, the county clerk, said {Q}the records will stay sealed until "
        f"a judge orders otherwise.{E}",
        [("April Dunmore", "the records will stay sealed")],
    ),
    # --- a state's postal abbreviation after a place is no person; the name before it speaks ---
    (
        "state-abbreviation-after-place",
        "Republican Sheriff Dale Pruitt in Kern County, Calif. says he is in favor of deporting "
        f"{Q}people who are here illegally and commit crimes,{E} though he says state law limits him.",
        [("Dale Pruitt", "people who are here illegally")],
    ),
    *[
        (
            f"state-abbreviation-{abbr.rstrip('.').lower()}",
            f"Sheriff Dale Pruitt in Pine County, {abbr} says he favors deporting {Q}people who are "
            f"here illegally and commit crimes,{E} though the law limits him.",
            [("Dale Pruitt", "people who are here illegally")],
        )
        for abbr in ("Ill.", "Mass.", "Wash.", "Ore.", "Tenn.", "Fla.")
    ],
    (
        "two-letter-state-after-place-before-verb",
        f"Sheriff Bo Hartley of Pine County, Ga., said {Q}we will not hold anyone past their release "
        f"date.{E}",
        [("Bo Hartley", "we will not hold anyone")],
    ),
    (
        "name-in-place-subject",
        f"Police Chief Nora Blake in Tempe, Ariz., said {Q}our officers do not ask anyone about "
        f"their papers.{E}",
        [("Nora Blake", "our officers do not ask")],
    ),
    # --- an opening participle phrase puts the subject after its verb ---
    (
        "participle-inversion-subject",
        f"{Q}We refuse to let fear run this county,{E} said County Executive Dana Kerr.\n\n"
        "Joining Kerr was Sheriff Luis Ortega, who said his office had stopped honoring detainers. "
        f"{Q}I am here in support of the Constitution and of our residents,{E} he said.",
        [
            ("Dana Kerr", "We refuse to let fear"),
            ("Luis Ortega", "I am here in support"),
        ],
    ),
    (
        "participle-phrase-with-also",
        f"{Q}This order protects every family who lives here,{E} said Mayor Ruth Allard.\n\n"
        "Also standing with Allard were Police Chief Owen Marsh and two pastors. "
        f"{Q}Our officers are not immigration agents and never will be,{E} Marsh said.",
        [
            ("Ruth Allard", "This order protects every family"),
            ("Owen Marsh", "Our officers are not immigration"),
        ],
    ),
    # --- "Resident", "Town Moderator", "Selectman": titles, not part of the name ---
    (
        "resident-as-title",
        f"{Q}I am delighted that the town finally passed it,{E} said Resident Fred Amesbury.",
        [("Fred Amesbury", "I am delighted that the")],
    ),
    (
        "town-moderator-title",
        f"{Q}Let us calm down and listen to each other,{E} said Town Moderator Tom Birchwood.",
        [("Tom Birchwood", "Let us calm down and")],
    ),
    (
        "selectman-title",
        f"Selectman Gail Porter said {Q}the police already follow every part of this article.{E}",
        [("Gail Porter", "the police already follow every")],
    ),
    *[
        (
            f"local-title-{title.lower().replace(' ', '-')}",
            f"{Q}The county will not hold anyone past their release date,{E} said {title} Jo Hartwell.",
            [("Jo Hartwell", "The county will not hold")],
        )
        for title in ("Mayor Pro Tem", "Freeholder", "County Legislator", "Alderperson", "City Councilor")
    ],
    (
        "town-meeting-is-no-person",
        f"Town Meeting voted 120-80 for the article. {Q}The article changes nothing the police "
        f"do today,{E} the moderator said.",
        [],
    ),
    # --- "Mayor of Chicago Lana Voss": the place belongs to the office ---
    (
        "title-of-place-then-name",
        "Mayor of Chicago Lana Voss said in a statement that police will not help.\n\n"
        f"{Q}I reiterated that our police will not cooperate with any raid,{E} Voss said.",
        [("Lana Voss", "I reiterated that our police")],
    ),
    (
        "title-of-place-with-initial",
        "Governor of New York Andrew M. Castell said in a statement that troopers will not help.\n\n"
        f"{Q}Our troopers will never ask a driver for papers,{E} Castell said.",
        [("Andrew M. Castell", "Our troopers will never ask")],
    ),
    # --- "clarified" reports words ---
    (
        "clarified-reports-words",
        "Chief Paula Jory spoke at the forum on Tuesday.\n\n"
        f"But she clarified, {Q}We don't take part in the sweeps at all.{E}",
        [("Paula Jory", "We don't take part in")],
    ),
    # --- a surname with an apposition before its verb is still the clause's subject ---
    (
        "surname-apposition-subject-takes-pronoun",
        f"{Q}Whoever is president, you are our community,{E} Chief Paula Jory told the crowd. "
        f"Analyst Ben Ruiz noted, {Q}The one issue keeping chiefs up at night is immigration.{E}\n\n"
        "At the meeting, Jory, dressed in plain clothes to calm the crowd, acknowledged that her "
        f"officers may help in violent cases. But she clarified, {Q}We don't take part in the sweeps.{E}",
        [
            ("Paula Jory", "Whoever is president, you are"),
            ("Ben Ruiz", "The one issue keeping chiefs"),
            ("Paula Jory", "We don't take part in"),
        ],
    ),
    (
        "surname-apposition-subject-he",
        f"{Q}Our jail will hold no one past their release date,{E} said Sheriff Carl Dunn. "
        f"Commissioner Mark Hale replied, {Q}The board will review that policy next month.{E}\n\n"
        "Dunn, who has led the office since 2015, said the county cannot afford the program. "
        f"{Q}We are not paid to do the federal government's job,{E} he said.",
        [
            ("Carl Dunn", "Our jail will hold no"),
            ("Mark Hale", "The board will review that"),
            ("Carl Dunn", "We are not paid to"),
        ],
    ),
    # --- a sentence saying a named person came forward to speak introduces their words ---
    (
        "appeared-before-committee-then-quote",
        "Former Sheriff Ron Halvorsen from Houston also appeared before the Senate committee. "
        f"{Q}No one should fear being deported for running a red light.{E}",
        [("Ron Halvorsen", "No one should fear being")],
    ),
    (
        "took-podium-long-sentence-next-paragraph",
        "Mayor Tina Valdez took the podium after the Pine County clerk read the measure aloud to the "
        f"crowd.\n\n{Q}This city will not become an arm of federal immigration agents.{E}",
        [("Tina Valdez", "This city will not become")],
    ),
    (
        "appearance-in-subordinate-clause-negative",
        "Residents packed the hall when Sheriff Bo Hartley appeared before the council on Monday "
        f"night.\n\n{Q}This city will not become an arm of federal immigration agents.{E}",
        [],
    ),
    (
        "declined-to-speak-negative",
        "Mayor Tina Valdez declined to speak when Sheriff Bo Hartley appeared before the council.\n\n"
        f"{Q}This city will not become an arm of federal immigration agents.{E}",
        [],
    ),
    (
        "addressed-crowd-with-message-colon",
        "In Santa Fe County, New Mexico, Police Chief Paul Jorgen addressed a full auditorium last "
        f"month with a clear message for residents: {Q}You are our community and we are your "
        f"officers.{E}",
        [("Paul Jorgen", "You are our community and")],
    ),
    (
        "addressed-with-letter-colon-negative",
        "Chief Paul Jorgen addressed the council with a letter from the county: "
        f"{Q}All requests for records must be made in writing to the clerk.{E}",
        [],
    ),
    (
        "release-lead-reacted-to-with-scare-quote",
        "SACRAMENTO – Senator Ted Gable (R-El Dorado) today reacted to Governor Brown signing Senate "
        f"Bill 54, a bill that will turn California into a {Q}sanctuary state.{E}\n\n"
        f"{Q}I want to know what other crimes California is going to ignore?\n\n"
        f"{Q}Ignoring federal law is not federalism, it is plainly criminal.{E}",
        [("Ted Gable", "I want to know what")],
    ),
    (
        "lead-with-scare-quote-no-person-negative",
        f"The governor signed a bill that makes California a {Q}sanctuary state.{E}\n\n"
        f"{Q}Ignoring federal law is not federalism, it is plainly criminal.{E}",
        [],
    ),
    # --- a resolution's text quoted after "a resolution declaring ..." is the document's ---
    (
        "resolution-declaring-text-is-document",
        "A group led by resident Peter Peale asked voters in a petition to adopt a resolution "
        f"declaring Lincoln a safe town {Q}which resolves to make all residents feel safe regardless "
        f"of status{E} and asked selectmen to back the bill.",
        [],
    ),
    (
        "resolution-declaring-then-predicate-negative",
        "Mayor Ann Lowery said a resolution declaring Dayton a welcoming city "
        f"{Q}is the least we can do for our neighbors.{E}",
        [("Ann Lowery", "is the least we can")],
    ),
    # --- a transcript label with a title names a person even when no first name is given ---
    (
        "titled-transcript-label-surname-only",
        "SHERIFF JONAS: Good afternoon, Mr. President. Thank you for inviting me here today.\n\n"
        "THE PRESIDENT: Thank you very much, Sheriff. You are doing a great job out there.",
        [("Jonas", "Good afternoon, Mr. President.")],
    ),
    (
        "titled-label-full-name-given",
        "Sheriff Scott Jonas of Sacramento County joined the roundtable.\n\n"
        "SHERIFF JONAS: Good afternoon, Mr. President. Thank you for inviting me here today.",
        [("Scott Jonas", "Good afternoon, Mr. President.")],
    ),
    (
        "heading-with-modifier-title-negative",
        "GENERAL PROVISIONS: The county shall not enter any agreement with the federal agency.\n\n"
        "STATE LAW: No officer may hold a person solely on a civil immigration detainer.",
        [],
    ),
    # --- "Ald." is an abbreviated title, not a sentence end ---
    (
        "alderman-abbreviation",
        "Ald. Jessie Fuentes (26th) said the change would hurt families.\n\n"
        f"{Q}We cannot live in a city in which families live in fear,{E} Fuentes said.",
        [("Jessie Fuentes", "We cannot live in a")],
    ),
    # --- "today" between the subject and its verb; a party label before an apposition ---
    (
        "today-issued-following-statement",
        "Congressman Bob Gilmore today issued the following statement on the county's report:\n\n"
        f"{Q}I applaud the sheriff for ending a policy that put our neighbors at risk.{E}",
        [("Bob Gilmore", "I applaud the sheriff for")],
    ),
    (
        "party-label-then-apposition-statement",
        "Rep. Bob Gilmore (R-Va.), chairman of the Judiciary Committee, issued the following "
        f"statement:\n\n{Q}I applaud the sheriff for ending a policy that put our neighbors at risk.{E}",
        [("Bob Gilmore", "I applaud the sheriff for")],
    ),
    (
        "following-statement-despite-which-clause",
        "Congressman Bob Gilmore issued the following statement on the report released by the agency, "
        f"which found that counties declined detainers:\n\n{Q}I applaud the sheriff for ending a "
        f"policy that put our neighbors at risk.\n\n{Q}Sanctuary policies should end in every county "
        f"of this state.{E}",
        [("Bob Gilmore", "I applaud the sheriff for")],
    ),
    (
        "which-clause-colon-without-statement-negative",
        "The agency released a report, which found that counties declined detainers:\n\n"
        f"{Q}Jurisdictions that decline detainers endanger their own residents every day.{E}",
        [],
    ),
    (
        "dateline-place-is-no-speaker",
        "Austin, March 20, 2017 | Press Office | comments by Ben Ortiz, the chair, said the county "
        f"must comply: {Q}Every county in this state must honor every detainer it receives.{E}",
        [],
    ),
    # --- "Said X," opens the sentence with the verb ---
    (
        "said-first-inversion",
        f"Sheriff Cal Hayward took office in January. Said Hayward, {Q}If the right procedures are in "
        f"place, we will hold the prisoner.{E}",
        [("Cal Hayward", "If the right procedures are")],
    ),
    (
        "said-first-title-noun-unnamed-negative",
        f"Said the sheriff, {Q}If the right procedures are in place, we will hold the prisoner.{E}",
        [],
    ),
    # --- a lowercase role before a name makes the run a person a later surname can find ---
    (
        "lowercase-role-before-name-full-name",
        "Voters defeated a petition from selectman candidate Linda Alexander.\n\n"
        f"Alexander presented her petition at length.\n\n{Q}This is about greater participation of "
        f"voters,{E} said Alexander.",
        [("Linda Alexander", "This is about greater participation")],
    ),
    # --- an attribution followed by what the words did still ends the sentence ---
    (
        "attribution-then-prompting-clause",
        "Pastor Ken Dorsey spoke against the contract.\n\n"
        f"{Q}Surely we must know that treating human beings as commodities{E} is wrong {Q}and we will "
        f"be judged for it,{E} he said, prompting loud applause.",
        [("Ken Dorsey", "Surely we must know that"), ("Ken Dorsey", "and we will be judged")],
    ),
    (
        "acting-title-after-comma-is-no-participle-clause",
        f"{Q}The agency is doing the job Congress gave it{E} and nothing more, acting director Tom "
        "Hale said.",
        [("Tom Hale", "The agency is doing the")],
    ),
    # --- a partial quotation runs on unquoted; the verb after the comma comes before its subject ---
    (
        "inverted-verb-after-unquoted-continuation",
        f"{Q}In my opinion it is far more humane{E} to keep people here than in Adelanto or "
        "Bakersfield, said Supervisor Shane Nolan.",
        [("Shane Nolan", "In my opinion it is far")],
    ),
    (
        "continuation-then-name-said-negative",
        f"{Q}In my opinion it is far more humane{E} to keep people here, Supervisor Shane Nolan said "
        "Tuesday.",
        [("Shane Nolan", "In my opinion it is far")],
    ),
    (
        "continuation-then-said-weekday",
        f"Supervisor Shane Nolan defended the contract. {Q}It is far more humane to keep them close{E} "
        "to their families, he said Tuesday.",
        [("Shane Nolan", "It is far more humane")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_discovery_cases(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
