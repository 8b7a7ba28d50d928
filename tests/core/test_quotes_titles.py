"""Speakers introduced by a job title before their name, and other attribution shapes of news copy.

Every text is written for these tests; each case names a class of wording, with negatives.
"""

from __future__ import annotations

import pytest
from quote_cases import check_quotes

Q = "“"
E = "”"

# (id, text, expected [(speaker, first words of the quotation)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- 'said <Title> at/of/for <Org>, <Rank> <Name>': the name after the comma is the speaker ---
    (
        "title-at-org-then-rank-name",
        f"{Q}Most people here have never been inside a jail before,{E} said Intake Supervisor at the "
        "Pine Ridge Detention Center, Lt. Carla Fenn.",
        [("Carla Fenn", "Most people here have never")],
    ),
    (
        "title-of-org-then-rank-name",
        f"{Q}We book every arrest the same way, no matter who it is,{E} said Director of Public Safety "
        "for the city, Chief Ana Ruiz.",
        [("Ana Ruiz", "We book every arrest the")],
    ),
    (
        "title-for-place-with-state-then-rank-name",
        f"{Q}We book every arrest the same way, no matter who it is,{E} said Director of Public Safety "
        "for Pine, Ore., Chief Ana Ruiz.",
        [("Ana Ruiz", "We book every arrest the")],
    ),
    (
        "title-for-place-with-state-and-no-name",
        f"{Q}We book every arrest the same way, no matter who it is,{E} said Director of Public Safety "
        "for Pine, Oregon.",
        [],
    ),
    (
        "title-of-org-then-doctor",
        f"{Q}Clinics saw fewer patients the week the raids began,{E} said Regional Director of "
        "Valley Health Partners, Dr. Lee Park.",
        [("Lee Park", "Clinics saw fewer patients the")],
    ),
    (
        "title-at-org-initial-inside-org",
        f"{Q}The program will start with two trained deputies,{E} said Booking Manager at the "
        "J. T. Marsh Law Enforcement Center, Sgt. Omar Kell.",
        [("Omar Kell", "The program will start with")],
    ),
    (
        "title-comma-rank-name",
        f"{Q}Every detainer is reviewed by a supervisor first,{E} said Jail Administrator, Capt. Rita Moss.",
        [("Rita Moss", "Every detainer is reviewed by")],
    ),
    (
        "title-before-quote-then-surname",
        "Intake Supervisor at the Pine Ridge Detention Center, Lt. Carla Fenn, walked reporters "
        "through the booking room.\n\n"
        f"{Q}There are a lot of rumors about what happens here,{E} said Intake Supervisor at the Pine "
        f"Ridge Detention Center, Lt. Carla Fenn. {Q}We want people to see it.{E}\n\n"
        f"{Q}Nobody is checked for status at the front desk,{E} said Fenn.",
        [
            ("Carla Fenn", "There are a lot of"),
            ("Carla Fenn", "We want people to see"),
            ("Carla Fenn", "Nobody is checked for status"),
        ],
    ),
    (
        "article-then-affiliation-goes-to-person-before",
        "Sen. Ann Cho backed the bill. "
        f"{Q}It is a good bill for the whole state,{E} said the Pine Republican.",
        [("Ann Cho", "It is a good bill")],
    ),
    (
        "article-then-rev",
        f"{Q}It is a good bill for the whole state,{E} said the Rev. Al Green.",
        [("Al Green", "It is a good bill")],
    ),
    (
        "title-and-org-subject-before-verb",
        "Intake Supervisor at the Pine Ridge Detention Center, Lt. Carla Fenn, said "
        f"{Q}the first week went smoother than anyone expected.{E}",
        [("Carla Fenn", "the first week went smoother")],
    ),
    # --- rank abbreviations before the name ---
    (
        "rank-det",
        f"{Q}We never ask a victim where they were born,{E} said Det. Maya Ortiz.",
        [("Maya Ortiz", "We never ask a victim")],
    ),
    (
        "rank-cmdr",
        f"{Q}The unit does not enforce federal civil law,{E} said Cmdr. Paul Reyes of the Metro Police.",
        [("Paul Reyes", "The unit does not enforce")],
    ),
    (
        "rank-dep-then-surname-pronoun",
        "Dep. Tanya Lowe runs the jail's records office.\n\n"
        f"{Q}We send release dates only when a judge signs a warrant,{E} Lowe said. {Q}That is the rule "
        f"in this county.{E}",
        [("Tanya Lowe", "We send release dates only"), ("Tanya Lowe", "That is the rule in")],
    ),
    (
        "rank-atty-gen",
        f"{Q}No county may opt out of state law on detainers,{E} said Atty. Gen. Ruth Cole.",
        [("Ruth Cole", "No county may opt out")],
    ),
    (
        "title-of-dept-then-name-without-comma",
        f"{Q}Our officers will not be used as immigration agents,{E} said Chief of Police Dana Whitfield.",
        [("Dana Whitfield", "Our officers will not be")],
    ),
    (
        "secretary-of-agency-then-name",
        f"{Q}We will remove every criminal alien we can find,{E} said Secretary of Homeland Security "
        "Kay Norris.",
        [("Kay Norris", "We will remove every criminal")],
    ),
    # --- a lowercase role, then the name after a comma ---
    (
        "role-then-comma-name",
        f"{Q}The office has never held anyone past their release date,{E} said the county's public "
        "defender, Jane Alvarado.",
        [("Jane Alvarado", "The office has never held")],
    ),
    (
        "spokesman-then-comma-rank-name",
        f"{Q}Deputies will not ask anyone about status during a traffic stop,{E} said the sheriff's "
        "spokesman, Capt. Tom Leary.",
        [("Tom Leary", "Deputies will not ask anyone")],
    ),
    (
        "group-then-comma-group-name",
        f"{Q}Detention has no place in a county like ours,{E} said the group, Mothers Against Detention.",
        [],
    ),
    (
        "founder-then-comma-name",
        f"{Q}Detention has no place in a county like ours,{E} said the shelter's founder, Maria Lopez.",
        [("Maria Lopez", "Detention has no place in")],
    ),
    # --- a role in lowercase, with no article, before the name ---
    (
        "lowercase-role-then-name",
        f"{Q}Families are afraid to leave their homes now,{E} said immigration attorney Maria Lopez.",
        [("Maria Lopez", "Families are afraid to leave")],
    ),
    (
        "lowercase-modifier-and-role-then-name",
        f"{Q}Families are afraid to leave their homes now,{E} said longtime organizer Maria Lopez.",
        [("Maria Lopez", "Families are afraid to leave")],
    ),
    (
        "lowercase-role-of-org-then-comma-name",
        f"{Q}Families are afraid to leave their homes now,{E} said executive director of the Immigrant "
        "Legal Center, Maria Lopez.",
        [("Maria Lopez", "Families are afraid to leave")],
    ),
    (
        "title-with-org-then-name-before-verb",
        "Organizer with the Pine Valley Alliance Maria Lopez said "
        f"{Q}families are afraid to leave their homes now.{E}",
        [("Maria Lopez", "families are afraid to leave")],
    ),
    (
        "lawyers-for-a-named-person-are-unnamed",
        f"{Q}Our client was held for three days without a warrant,{E} said attorneys for Maria Lopez.",
        [],
    ),
    (
        "lawyers-representing-a-named-person-are-unnamed",
        f"{Q}Our client was held for three days without a warrant,{E} said lawyers representing Maria Lopez.",
        [],
    ),
    # --- a title after the name ---
    (
        "title-after-name",
        f"{Q}Nobody should fear calling 911 in this county,{E} said Jane Alvarado, the county's public "
        "defender.",
        [("Jane Alvarado", "Nobody should fear calling 911")],
    ),
    # --- a title word alone is no person ---
    (
        "surname-that-is-a-title-word",
        f"{Q}Detention has no place in a county like ours,{E} said Rep. Dan Bishop.",
        [("Dan Bishop", "Detention has no place in")],
    ),
    (
        "title-alone-after-quote-is-unnamed",
        f"{Q}The jail will keep its contract with the federal government,{E} said the Intake Supervisor.",
        [],
    ),
    (
        "capitalized-title-alone-is-unnamed",
        f"{Q}The jail will keep its contract with the federal government,{E} said Intake Supervisor "
        "at the Pine Ridge Detention Center.",
        [],
    ),
    (
        "capitalized-title-subject-is-unnamed",
        f"Public Information Officer said {Q}the jail cooperates with every lawful request it gets.{E}",
        [],
    ),
    (
        "spokesperson-for-named-official-is-unnamed",
        f"{Q}The governor will sign the bill as soon as it arrives,{E} said a spokesperson for Gov. "
        "Mark Ellis.",
        [],
    ),
    (
        "unnamed-office-and-agency",
        f"{Q}The agency does not comment on pending litigation at all,{E} said an ICE spokesperson.\n\n"
        f"{Q}We follow every state and federal law that applies,{E} the Sheriff's Office said.",
        [],
    ),
    # --- other attribution shapes ---
    (
        "according-to-name",
        f"{Q}The county has received 41 detainers since January,{E} according to Sheriff Bo Grant.",
        [("Bo Grant", "The county has received 41")],
    ),
    (
        "according-to-before",
        f"According to Commissioner Alma Diaz, {Q}the board never voted on the agreement at all.{E}",
        [("Alma Diaz", "the board never voted on")],
    ),
    (
        "name-told-outlet",
        f"{Q}We are not going to hold anyone without a warrant,{E} Sheriff Ray Tolliver told the "
        "Daily Ledger.",
        [("Ray Tolliver", "We are not going to")],
    ),
    (
        "surname-told-outlet-after-full-name",
        "Sheriff Ray Tolliver ended the program in March.\n\n"
        f"{Q}It cost more than it brought in for the county,{E} Tolliver told KXYZ News on Monday.",
        [("Ray Tolliver", "It cost more than it")],
    ),
    (
        "name-wrote-in-a-letter",
        f"Mayor Lena Park wrote in a letter to the council: {Q}This city will not share its records "
        f"with federal agents without a warrant.{E}",
        [("Lena Park", "This city will not share")],
    ),
    (
        "the-judge-wrote-after-named",
        "U.S. District Judge Helen Marsh blocked the conditions on Friday.\n\n"
        f"{Q}The executive branch cannot attach conditions Congress never approved,{E} the judge wrote.",
        [("Helen Marsh", "The executive branch cannot attach")],
    ),
    (
        "pronoun-woman-introduced-earlier",
        "Councilwoman Rosa Vega voted against the contract. Sheriff Tom Hill defended it.\n\n"
        f"{Q}We promised families that this county would be safe for them,{E} she said.",
        [("Rosa Vega", "We promised families that this")],
    ),
    (
        "pronoun-man-introduced-earlier",
        "Councilwoman Rosa Vega voted against the contract. Sheriff Tom Hill defended it.\n\n"
        f"{Q}The contract pays for four deputies on the night shift,{E} he said.",
        [("Tom Hill", "The contract pays for four")],
    ),
    (
        "two-speakers-one-paragraph",
        f"{Q}The ordinance protects victims who are afraid to call us,{E} said Chief Ana Ruiz, but "
        f"Council Member Dale Price disagreed: {Q}It protects people who should be deported.{E}",
        [("Ana Ruiz", "The ordinance protects victims who"), ("Dale Price", "It protects people who should")],
    ),
    (
        "second-speaker-introduced-by-a-sentence-between",
        f"{Q}The ordinance protects victims who call us,{E} said Chief Ana Ruiz. Council Member Dale "
        f"Price disagreed. {Q}It protects people who should be deported.{E}",
        [("Ana Ruiz", "The ordinance protects victims who"), ("Dale Price", "It protects people who should")],
    ),
    (
        "same-speaker-after-a-sentence-naming-nobody",
        f"{Q}The ordinance protects victims who call us,{E} said Chief Ana Ruiz. The council voted 5-2. "
        f"{Q}It protects people who are afraid of deportation.{E}",
        [("Ana Ruiz", "The ordinance protects victims who"), ("Ana Ruiz", "It protects people who are")],
    ),
    (
        "conjunction-after-quote-starts-another-clause",
        f"Chief Ana Ruiz said the ordinance {Q}protects victims who call us,{E} while Council Member Dale "
        f"Price called it {Q}a shield for people who should be deported.{E}",
        [("Ana Ruiz", "protects victims who call"), ("Dale Price", "a shield for people who")],
    ),
    (
        "two-speakers-split-by-sentences",
        f"Mayor Ann Cho said {Q}the city will keep its policy in place for now.{E} Sheriff Bo Grant "
        f"said {Q}the jail will follow the state law instead of the city.{E}",
        [("Ann Cho", "the city will keep its"), ("Bo Grant", "the jail will follow the")],
    ),
    # --- a name, then where the person works, before the verb ---
    (
        "name-of-org-subject",
        f"Capt. Bo Dean of the Pine County Sheriff's Office said {Q}the jail has honored every "
        f"detainer this year.{E}",
        [("Bo Dean", "the jail has honored every")],
    ),
    (
        "name-with-group-subject",
        f"Lena Ortiz with the Valley Immigrant Alliance said {Q}families stopped coming to the "
        f"clinic in March.{E}",
        [("Lena Ortiz", "families stopped coming to the")],
    ),
    (
        "one-word-before-of-is-an-organization",
        f"Friends of the Valley said {Q}the detention center has no place in our county at all.{E}",
        [],
    ),
    (
        "object-of-preposition-is-no-subject",
        f"A lawyer for Bo Grant of Pine County said {Q}the jail will not renew the contract at all.{E}",
        [],
    ),
    (
        "object-after-determiner-is-no-subject",
        f"Police Chief Ana Ruiz, in an email to the Ledger, wrote: {Q}Our officers do not ask anyone "
        f"about status.{E}",
        [("Ana Ruiz", "Our officers do not ask")],
    ),
    # --- an office's name holding "of", then the title and name ---
    (
        "title-of-office-before-verb",
        f"{Q}We book every arrest the same way here,{E} Director of Public Safety Dana Whitfield said.",
        [("Dana Whitfield", "We book every arrest the")],
    ),
    (
        "title-of-board-then-name",
        f"Chair of the Board of Supervisors Ann Cho said {Q}the county will end the contract in June.{E}",
        [("Ann Cho", "the county will end the")],
    ),
    (
        "us-attorney-for-district-then-name",
        f"{Q}Every case will be charged where the evidence supports it,{E} said U.S. Attorney for the "
        "Northern District of Iowa Tim Cole.",
        [("Tim Cole", "Every case will be charged")],
    ),
    (
        "department-of-then-lowercase-role-then-name",
        f"{Q}The agency will keep arresting criminal aliens everywhere,{E} said Department of Homeland "
        "Security spokeswoman Tricia Lane.",
        [("Tricia Lane", "The agency will keep arresting")],
    ),
    (
        "office-of-then-title-then-name",
        f"{Q}Children in our care are never handed to ICE agents,{E} said Office of Refugee "
        "Resettlement Director Bo Lane.",
        [("Bo Lane", "Children in our care are")],
    ),
    (
        "elect-title",
        f"{Q}We are done with this program for good,{E} said Sheriff-elect Bo Grant.",
        [("Bo Grant", "We are done with this")],
    ),
    # --- offices with no name stay out ---
    (
        "title-of-office-without-name",
        f"{Q}We book every arrest the same way here,{E} said Director of Public Safety.",
        [],
    ),
    (
        "title-of-office-ending-in-capital-words",
        f"{Q}We book every arrest the same way here,{E} said Director of Human Resources Management.",
        [],
    ),
    (
        "department-spokeswoman-without-name",
        f"{Q}The agency will keep arresting criminal aliens everywhere,{E} said Department of Homeland "
        "Security spokeswoman.",
        [],
    ),
    (
        "agency-name-with-and",
        f"{Q}The agency will keep arresting criminal aliens everywhere,{E} said Immigration and "
        "Customs Enforcement.",
        [],
    ),
    (
        "spokesperson-for-the-governor-named-elsewhere",
        "Gov. Mark Ellis did not attend the hearing.\n\n"
        f"{Q}The governor will sign the bill as soon as it arrives,{E} said a spokesperson for the "
        "governor, Mark Ellis.",
        [],
    ),
    (
        "spokesperson-for-the-governor-comma-name",
        f"{Q}The governor will sign the bill as soon as it arrives,{E} said a spokeswoman for the "
        "governor, Lisa Fry.",
        [("Lisa Fry", "The governor will sign the")],
    ),
    # --- more shapes of the title-before-name class ---
    (
        "office-name-with-and-in-role-phrase",
        f"{Q}We screen every person who comes through this door,{E} said Director of Intake and Release "
        "at the county jail, Lt. Jane Doe.",
        [("Jane Doe", "We screen every person who")],
    ),
    (
        "agency-with-and-then-title-comma-name",
        f"{Q}We screen every person who comes through this door,{E} said ICE Enforcement and Removal "
        "Operations Director, Bo Lane.",
        [("Bo Lane", "We screen every person who")],
    ),
    (
        "article-before-capitalized-title",
        f"{Q}We screen every person who comes through this door,{E} said the Intake Supervisor at the "
        "Pine Ridge Detention Center, Lt. Jane Doe.",
        [("Jane Doe", "We screen every person who")],
    ),
    (
        "title-at-org-rank-name-subject-without-comma",
        "Intake Supervisor at the Pine Ridge Detention Center Lt. Jane Doe said "
        f"{Q}we screen every person who comes in.{E}",
        [("Jane Doe", "we screen every person who")],
    ),
    (
        "possessive-org-before-name",
        f"{Q}This law will make every community less safe,{E} the ACLU's Jane Doe said.",
        [("Jane Doe", "This law will make every")],
    ),
    (
        "title-at-org-then-relative-clause",
        f"{Q}We screen every person who comes through this door,{E} said Intake Supervisor at the Pine "
        "Ridge Detention Center, which opened in 2009.",
        [],
    ),
    (
        "according-to-department-then-list-of-places",
        f"According to the Justice Department, Springfield, Ill., and Pine County still have {Q}laws, "
        f"policies or practices that violate{E} federal law.",
        [],
    ),
    (
        "office-of-a-named-person-is-unnamed",
        f"{Q}The jail will not hold anyone on a detainer anymore,{E} Sheriff Kerry Lott's office said.",
        [],
    ),
    (
        "possessive-role-then-name",
        f"{Q}We will follow the law as written and not apologize,{E} said Hill's attorney, Jane Doe.",
        [("Jane Doe", "We will follow the law")],
    ),
    (
        "possessive-role-without-name",
        f"{Q}We will follow the law as written and not apologize,{E} said Hill's attorney.",
        [],
    ),
    (
        "pronoun-after-title-phrase-introduction",
        "Intake Supervisor at the Pine Ridge Detention Center, Lt. Carla Fenn, gave reporters a tour.\n\n"
        f"{Q}There are a lot of rumors about what happens in here,{E} she said.",
        [("Carla Fenn", "There are a lot of")],
    ),
    (
        "pronoun-after-unnamed-title-is-unnamed",
        "The tour was led by the Intake Supervisor.\n\n"
        f"{Q}There are a lot of rumors about what happens in here,{E} she said.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_named_with_titles(text: str, expected: list[tuple[str, str]]) -> None:
    check_quotes(text, expected)
