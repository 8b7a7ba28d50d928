"""287(g) agreements that establish joining the program, and texts that are no policy text.

Two classes, each with texts written for these tests:

1. A 287(g) memorandum of agreement (ICE delegates immigration-officer functions to nominated,
   trained local personnel) establishes joining 287(g): a cooperation mandate (SPEC: "join
   287(g)"). So does an enacting body approving one. A text that mentions such an agreement, bars
   it, ends it or disclaims it does not.
2. Records of meetings (town-meeting warrant articles, minutes, a blog post on a motion),
   summaries of bills, staff reports, FAQs and lists of other places' policies are not policy texts,
   even when they quote a resolution with "BE IT RESOLVED" and "shall"s; the policies
   themselves, vote blocks and all, still are.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

COOP, G287 = "cooperation_mandate", "no_287g"


def codes_of(text: str, *, assume_policy: bool | None = True) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=assume_policy) for c in p.category_codes}


AGREEMENTS = [
    (
        "MEMORANDUM OF AGREEMENT\n\n"
        "I. PARTIES\n\nThis Memorandum of Agreement (MOA) constitutes an agreement between U.S. Immigration and "
        "Customs Enforcement (ICE) and the Marlow County Sheriff's Office (the Agency), pursuant to which ICE "
        "delegates to nominated and certified Agency personnel the authority to perform certain immigration "
        "enforcement functions as specified herein.\n\n"
        "II. PURPOSE\n\nThe purpose of this MOA is to set forth the terms under which selected deputies will be "
        "trained and approved by ICE to perform certain limited functions of an immigration officer in the jail."
    ),
    (
        "MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into by the Department of "
        "Homeland Security and the Town of Easton Police Department under Section 287(g) of the Immigration and "
        "Nationality Act. The parties agree as follows.\n\n1. The Department shall nominate officers for training."
    ),
    (
        "AGREEMENT\n\nThis agreement sets forth the terms under which ICE delegates to certified corrections "
        "officers of the City the authority to perform immigration officer functions at the City jail."
    ),
    (
        "RESOLUTION NO. 21-30\n\nBE IT RESOLVED that the Board of Commissioners of Alder County hereby approves "
        "the Memorandum of Agreement between the Sheriff and U.S. Immigration and Customs Enforcement under 8 "
        "U.S.C. 1357(g)."
    ),
    (
        "MEMORANDUM OF AGREEMENT\n\nThis MOA sets forth the terms under which ICE delegates to trained Warrant "
        "Service Officers of the Pine County Jail the authority to serve administrative warrants on inmates."
    ),
    (
        "SECTION 4. PURPOSE\n\nThe purpose of this agreement is to establish the procedures under which "
        "designated detention officers will exercise the functions of an immigration officer under 287(g)."
    ),
]


@pytest.mark.parametrize("text", AGREEMENTS, ids=[t.split("\n")[0] for t in AGREEMENTS])
def test_a_287g_agreement_establishes_joining_287g(text: str) -> None:
    assert is_policy_text(text)
    found = codes_of(text, assume_policy=None)
    assert COOP in found
    assert G287 not in found


NOT_JOINING: list[tuple[str, set[str]]] = [
    # bars such agreements
    (
        "Section 1. The County shall not enter into any agreement under which ICE delegates the authority to "
        "perform immigration enforcement functions to County employees.",
        {G287, "resource_limits"},
    ),
    # ends or disclaims one
    ("Section 1. This agreement, entered into under Section 287(g), is hereby terminated effective June 30.", {G287}),
    ("Section 2. This agreement does not authorize deputies to perform the functions of an immigration officer.", set()),
    ("Section 3. Nothing in this agreement shall be construed to delegate immigration officer functions to City personnel.", set()),
    # mentions one
    ("Section 4. The Sheriff's 287(g) agreement expired in 2019. This ordinance governs inmate property.", set()),
    ("Section 5. This memorandum of understanding with the school district governs the shared use of the gym.", set()),
]


@pytest.mark.parametrize("text,allowed", NOT_JOINING)
def test_mentioning_barring_or_ending_an_agreement_is_not_joining(text: str, allowed: set[str]) -> None:
    found = codes_of(text)
    assert COOP not in found, text
    assert found <= allowed, (text, found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 1. The Sheriff is hereby authorized to enter into a 287(g) agreement with ICE.", {COOP}),
        ("Section 1. The County Commission hereby ratifies the 287(g) agreement signed by the Sheriff.", {COOP}),
        # a bare permission decides nothing
        ("Section 1. The Sheriff may enter into an agreement under 8 U.S.C. 1357(g).", set()),
    ],
)
def test_an_enacting_body_approving_an_agreement_joins_287g(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


def test_certain_limited_functions_is_no_limit() -> None:
    # "limited" before a noun is an adjective, not a restriction on what follows.
    text = "Section 2. Certified deputies will perform certain limited functions of an immigration officer."
    assert G287 not in codes_of(text)


MEETING_RECORDS = [
    # a warrant article quoting the resolution it proposes
    (
        "ARTICLE 12\n\nTo see if the Town will vote to adopt the following resolution, or take any other action "
        "relative thereto:\n\nBE IT RESOLVED that the Police Department shall not honor civil immigration "
        "detainers and shall not ask any person about immigration status.\n\n(Inserted by petition of 10 "
        "registered voters)"
    ),
    # minutes with a motion
    (
        "The Chair called the meeting to order at 7:02 p.m.\n\nMOTION: Resolved, that the City shall not use "
        "City funds to assist federal immigration enforcement. Ms. Ortiz recused herself. The motion carried "
        "6-1.\n\nThe meeting was adjourned at 9:15 p.m."
    ),
    # a blog post on a town-meeting motion
    (
        "Town Meeting Members debated Article 8 for an hour. The Moderator recognized the sponsor.\n\n"
        "MOTION: BE IT RESOLVED that the Select Board shall request quarterly reports from the Police "
        "Department on all contacts with ICE.\n\nThe article passed by a wide margin."
    ),
    # a summary of a bill
    (
        "Present Situation\n\nCurrent law does not address detainers.\n\nEffect of Proposed Changes\n\nThe bill "
        "requires each county jail to honor immigration detainers. The bill prohibits sanctuary policies and "
        "provides that a local official who violates the act shall be suspended from office."
    ),
    # a list summarizing other places' policies
    (
        "Local policies on ICE cooperation\n\nMarlow County: The ordinance prohibits the jail from holding anyone "
        "on an ICE detainer without a judicial warrant. Deputies shall not ask about status.\n\nEaston: The policy "
        "bars officers from asking about immigration status. The Chief shall report annually.\n\nAlder County: Its "
        "executive order restricts sharing release dates with ICE. Officers must not notify ICE.\n\nOther counties "
        "that have adopted similar policies include Pine and Cedar."
    ),
    # a staff report recommending an ordinance
    (
        "AGENDA ITEM 7\n\nSTAFF REPORT\n\nRECOMMENDED ACTION: That the City Council adopt Ordinance No. 1234, "
        "which provides that the Police Department shall not honor civil immigration detainers and that no City "
        "funds shall be used to enforce federal immigration law.\n\nFISCAL IMPACT: None. The Department must "
        "update its manual."
    ),
    # questions and answers about a policy
    (
        "Frequently Asked Questions: the County Trust Policy\n\nQ: Will deputies ask about my immigration "
        "status?\nA: No. Deputies shall not ask about immigration status.\n\nQ: Does the jail honor ICE "
        "detainers?\nA: The jail will not hold anyone on an ICE detainer without a judicial warrant.\n\nQ: Will "
        "the County share my address with ICE?\nA: No. Staff must not share home addresses with immigration agents."
    ),
]


@pytest.mark.parametrize("text", MEETING_RECORDS, ids=["warrant", "minutes", "blog", "bill summary", "list of policies", "staff report", "faq"])
def test_meeting_records_and_bill_summaries_are_not_policy_texts(text: str) -> None:
    assert not is_policy_text(text)
    assert codes_of(text, assume_policy=None) == set()


POLICIES_WITH_VOTES = [
    # an adopted resolution with its vote block
    (
        "RESOLUTION NO. 2017-88\n\nBE IT RESOLVED by the Board of Supervisors that the Sheriff shall not "
        "honor civil immigration detainers unless accompanied by a judicial warrant.\n\nOn motion of "
        "Supervisor Lee, seconded by Supervisor Park, the foregoing resolution was passed and adopted by the "
        "following vote:\n\nAYES: Lee, Park, Diaz\nNOES: None\nABSENT: None"
    ),
    # a town bylaw that names the town meeting that adopted it
    (
        "CHAPTER 40. TRUST POLICY\n\nSection 40-1. No officer of the Town shall ask any person about his or "
        "her immigration status.\n\nSection 40-2. The Police Department shall not use Town funds to enforce "
        "federal civil immigration law.\n\nAdopted by vote of the Annual Town Meeting, Article 21, May 2, 2018."
    ),
    # a council ordinance whose findings recall earlier votes
    (
        "ORDINANCE NO. 5512\n\nWHEREAS, the City Council voted in 2016 to study the effects of ICE holds; "
        "and\n\nNOW, THEREFORE, THE CITY COUNCIL DOES ORDAIN:\n\nSection 1. The Chief of Police shall not "
        "hold any person on an immigration detainer after the person is eligible for release."
    ),
]


@pytest.mark.parametrize("text", POLICIES_WITH_VOTES, ids=["vote block", "town bylaw", "findings"])
def test_policies_that_record_their_own_votes_are_still_policy_texts(text: str) -> None:
    assert is_policy_text(text)
    assert codes_of(text, assume_policy=None)
