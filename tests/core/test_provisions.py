"""Provision segmentation and coding, on short policy texts written for these tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.provisions import MAX_TEXT_CHARS, find_provisions, is_policy_text
from entanglement.core.taxonomy import CATEGORIES


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


def ordinance(*sections: str) -> str:
    """A small ordinance around the given section bodies, so that it reads as a policy text."""
    body = "\n\n".join(f"Section {i}. {s}" for i, s in enumerate(sections, 2))
    return (
        "AN ORDINANCE concerning cooperation with federal immigration authorities.\n\n"
        "BE IT ORDAINED BY THE BOARD OF SUPERVISORS OF EXAMPLE COUNTY:\n\n"
        "Section 1. Short title. This ordinance may be cited as the Example Trust Ordinance.\n\n"
        f"{body}\n"
    )


# (provision text, expected categories). Positive cases, negatives and near misses side by side.
CASES: list[tuple[str, set[str]]] = [
    # detainer_limits vs cooperation_mandate
    ("The Sheriff shall not hold any person solely on the basis of an immigration detainer.", {"detainer_limits"}),
    ("No person shall be detained on an ICE hold request after the person is eligible for release.", {"detainer_limits"}),
    ("Immigration detainers shall be honored only when accompanied by a warrant signed by a judge.", {"detainer_limits"}),
    ("The jail will decline all requests from ICE to detain individuals beyond their release.", {"detainer_limits"}),
    ("The Sheriff shall honor all immigration detainers issued by federal authorities.", {"cooperation_mandate"}),
    ("Each agency shall comply with any request made in a detainer issued by ICE.", {"cooperation_mandate"}),
    ("The Sheriff shall keep a copy of every detainer in the inmate's file.", set()),
    ("If the Sheriff finds that no judicial warrant exists, the Sheriff shall not honor the detainer.", {"detainer_limits"}),
    ("An officer shall not arrest or detain anyone on the basis of a civil immigration detainer request.", {"detainer_limits"}),
    ("An agency shall not transfer any person into an immigration agent's custody.", {"detainer_limits"}),
    # notification_limits
    ("County officers shall not provide ICE with the release date or time of any person in custody.", {"notification_limits"}),
    ("Staff may not respond to ICE notification requests unless the person was convicted of a serious felony.", {"notification_limits"}),
    ("The jail shall notify ICE of the release of any noncitizen at least five days before release.", {"cooperation_mandate"}),
    ("The Sheriff shall post release dates of all inmates on the public website.", set()),
    ("Notice of pending release shall not be provided to ICE unless a judicial warrant is presented.", {"notification_limits"}),
    ("The Sheriff may accept immigration detainers only for individuals convicted of a violent felony.", {"detainer_limits"}),
    # ice_access_limits
    ("ICE agents shall not be given access to the county jail without a judicial warrant.", {"ice_access_limits"}),
    ("Jail staff shall not permit immigration agents to interview inmates in custody without written consent.", {"ice_access_limits"}),
    ("Before any interview with ICE, the jail shall give the detained person a written consent form stating that the interview is voluntary.", {"ice_access_limits"}),
    ("The County shall not provide office space to immigration authorities in any county facility.", {"ice_access_limits"}),
    ("An agency shall not give any immigration agent access, including by telephone, to anyone in its custody.", {"ice_access_limits"}),
    ("The Sheriff shall grant ICE officers access to the jail and to all inmates in custody.", {"cooperation_mandate"}),
    # status_inquiry_limits
    ("No officer shall inquire about a person's immigration status.", {"status_inquiry_limits"}),
    ("City employees shall not ask any individual about his or her citizenship or immigration status.", {"status_inquiry_limits"}),
    ("The booking officer shall determine the immigration status of each arrested person.", {"cooperation_mandate"}),
    ("Officers shall ask every witness for a telephone number.", set()),
    # status_sharing_limits vs compliance_savings_clause
    ("No department shall disclose information regarding the immigration status of any person.", {"status_sharing_limits"}),
    ("Agencies shall not collect or maintain information about the citizenship status of residents.", {"status_sharing_limits"}),
    (
        "Nothing in this ordinance prohibits any employee from sending to, or receiving from, federal immigration "
        "authorities information regarding the citizenship or immigration status of any individual, as 8 U.S.C. § 1373 provides.",
        {"compliance_savings_clause"},
    ),
    (
        "This chapter shall not be construed to restrict any official from exchanging immigration status "
        "information with any federal agency.",
        {"compliance_savings_clause"},
    ),
    # personal_info_sharing_limits
    ("No agency shall provide ICE with any person's home address or work address.", {"personal_info_sharing_limits"}),
    ("Employees shall not share personal information about residents with federal immigration authorities.", {"personal_info_sharing_limits"}),
    ("Employees shall protect the personal information of library patrons.", set()),
    # resource_limits
    ("No County funds, personnel or facilities shall be used to enforce federal civil immigration law.", {"resource_limits"}),
    ("Officers shall not arrest any person solely for a civil immigration violation.", {"resource_limits"}),
    ("County employees shall not assist federal immigration authorities in civil immigration enforcement.", {"resource_limits"}),
    ("County funds shall be used to maintain the courthouse roof.", set()),
    ("County officers shall not enforce federal civil immigration law.", {"resource_limits"}),
    ("An officer may not consider race or national origin while enforcing immigration laws.", set()),
    (
        "Nothing in this ordinance shall be construed to authorize any officer to enforce federal civil immigration law.",
        set(),
    ),
    # no_287g
    ("The County shall not enter into any agreement under Section 287(g) of the Immigration and Nationality Act.", {"no_287g"}),
    ("The Sheriff shall terminate the existing 287(g) agreement within thirty days.", {"no_287g"}),
    # With no agreement or deputation in sight, the bar is on the work itself.
    ("No officer may perform the functions of an immigration officer.", {"resource_limits"}),
    ("Every county jail shall enter into a 287(g) agreement with ICE.", {"cooperation_mandate"}),
    ("A jail that has no 287(g) agreement shall honor all immigration detainers.", {"cooperation_mandate"}),
    # sensitive_locations
    ("Immigration enforcement actions shall not be conducted at any public school, hospital or courthouse.", {"sensitive_locations"}),
    ("No civil immigration arrest shall be made in or around a courthouse.", {"sensitive_locations"}),
    ("The County shall repaint every public school by 2030.", set()),
    # transparency
    ("The Sheriff shall report quarterly to the Board the number of immigration detainers received.", {"transparency"}),
    ("The County shall hold a public forum each year on ICE access to the jail.", {"transparency"}),
    ("Upon receiving a detainer, the jail shall give a copy of the detainer to the individual.", {"transparency"}),
    ("The attorney general shall publish a model policy for immigration enforcement at hospitals.", set()),
    ("Immigration.\n(a) No officer shall honor ICE detainers.\n(b) The Board shall hold a public hearing before amending this section.", {"detainer_limits"}),
    # cooperation_mandate: bans on local limits and penalties
    (
        "A local entity may not adopt, enforce, or endorse a policy under which the entity prohibits or "
        "materially limits the enforcement of immigration laws.",
        {"cooperation_mandate"},
    ),
    ("Any official who adopts a sanctuary policy shall be subject to a civil penalty.", {"cooperation_mandate"}),
    ("All officers shall cooperate with federal immigration authorities to the fullest extent permitted by law.", {"cooperation_mandate"}),
    ("Any rule directing officers not to cooperate with federal immigration authorities is void.", {"cooperation_mandate"}),
    # near misses around construction clauses, reports, confidentiality and 287(g) renewals
    ("This chapter does not authorize any officer to enforce federal immigration law.", set()),
    ("The Sheriff shall report quarterly the number of individuals transferred to ICE.", {"transparency"}),
    ("Students in public schools shall not be asked about their immigration status.", {"status_inquiry_limits"}),
    ("Employees shall keep all information about a person's immigration status confidential.", {"status_sharing_limits"}),
    ("The County shall not renew its 287(g) agreement.", {"no_287g"}),
    ("Before contacting ICE about any inmate, deputies shall obtain approval from a supervisor.", set()),
    ("The department shall not permit ICE to maintain an office or quarters on county land.", {"ice_access_limits"}),
    ("No official shall enter into any contract for the detention of people in federal immigration custody.", {"resource_limits"}),
]

# Longer provisions in the shapes state laws, county ordinances and sheriff directives take: lists
# under a lead-in, exceptions, bans on local limits, subject-first rules.
LIST_CASES: list[tuple[str, set[str]]] = [
 ("(a) A local entity may not:\n(1) adopt, enforce, or endorse a policy under which the entity prohibits or materially limits the enforcement of immigration laws.\n(b) A local entity may not prohibit or materially limit an officer from:\n(1) inquiring into the immigration status of a person under arrest;\n(2) sending information regarding the immigration status of a person to ICE;\n(3) permitting a federal immigration officer to enter and conduct enforcement activities at a jail.", {"cooperation_mandate"}),
 ("A sanctuary policy is prohibited. Local governmental entities shall not adopt or have in effect a sanctuary policy.", {"cooperation_mandate"}),
 ("A law enforcement agency shall use best efforts to support the enforcement of federal immigration law.", {"cooperation_mandate"}),
 ("(a) Except as provided in subsection (c), no law enforcement agency or official shall:\n(1) Ask the immigration status of any individual, except when relevant to the investigation of a serious offense;\n(2) Participate in civil immigration enforcement operations;\n(3) Provide any non-public personally identifying information regarding any individual to federal immigration authorities;\n(4) Provide access to a detained individual for an interview, unless the detained individual signs a written consent form;\n(5) Provide notice of a detained individual's upcoming release from custody;\n(6) Continue the detention of a detained individual past the time he or she would otherwise be eligible for release from custody based solely on a civil immigration detainer request.",
  {"status_inquiry_limits","resource_limits","personal_info_sharing_limits","ice_access_limits","notification_limits","detainer_limits"}),
 ("(a) The Sheriff shall decline ICE detainer requests unless there is a criminal warrant issued by a judge.\n(b) Unless ICE agents have a criminal warrant, ICE agents shall not be given access to individuals or allowed to use County facilities for investigative interviews, and County personnel shall not expend their time responding to ICE inquiries or communicating with ICE regarding individuals' incarceration status or release dates while on duty.",
  {"detainer_limits","ice_access_limits","resource_limits","notification_limits"}),
 ("School resource officers may not inquire into or collect information about an individual's immigration or citizenship status, or place of birth.", {"status_inquiry_limits","status_sharing_limits"}),
 ("Agencies may not provide information pursuant to a notification request from federal immigration authorities for the purposes of civil immigration enforcement, except as required by law.", {"notification_limits"}),
 ("Agencies may not give federal immigration authorities access to interview individuals about a noncriminal matter while they are in custody, except as required by state or federal law.", {"ice_access_limits"}),
 ("Nothing in this section prohibits the collection, use, or disclosure of information that is necessary to comply with 8 U.S.C. Sec. 1373.", {"compliance_savings_clause"}),
 ("No law enforcement agency shall use agency moneys, equipment or personnel for the purpose of detecting or apprehending persons whose only violation of law is that they are present in the United States in violation of federal immigration laws.", {"resource_limits"}),
 ("If a local law enforcement agency provides ICE with notification that an individual will be released on a certain date, the agency shall promptly provide the same notification in writing to the individual and to his or her attorney.", {"transparency"}),
 ("The local governing body shall hold at least one community forum during each year that is open to the public to provide information about ICE's access to individuals in custody.", {"transparency"}),
 ("No agency or agent shall:\n(1) arrest, detain or continue to detain a person solely on the belief that the person has committed a civil immigration violation;\n(2) permit ICE agents access to a person being detained by the agency;\n(3) permit ICE agents use of agency facilities for investigative interviews;\n(4) while on duty, expend their time responding to ICE inquiries or communicating with ICE regarding a person's custody status or release date.",
  {"resource_limits","ice_access_limits","notification_limits"}),
 ("Except as otherwise provided under applicable federal law, no agent or agency shall disclose information regarding the citizenship or immigration status of any person.", {"status_sharing_limits"}),
 ("Except as otherwise provided under applicable federal law, no agent or agency shall request information about or otherwise investigate the citizenship or immigration status of any person.", {"status_inquiry_limits"}),
 ("A law enforcement agency that has custody of a person subject to an immigration detainer shall:\n(a) Provide to the judge notice that the person is subject to an immigration detainer.\n(b) Record in the person's case file that the person is subject to an immigration detainer.\n(c) Comply with the requests made in the immigration detainer.", {"cooperation_mandate"}),
 ("The board of county commissioners of each county shall ensure that the sheriff enters into an agreement with ICE under 8 U.S.C. s. 1357(g).", {"cooperation_mandate"}),
 ("No state or local agency shall enter into or renew an intergovernmental service agreement with ICE to house immigration detainees.", {"resource_limits"}),
 ("Deputies shall not detain any person on an ICE detainer (Form I-247A) unless it is accompanied by a judicial warrant.", {"detainer_limits"}),
 ("Officers shall not stop, question, interrogate, investigate, or arrest an individual based solely on actual or suspected immigration status.", {"resource_limits", "status_inquiry_limits"}),
 ("No person shall be subject to civil arrest while going to, remaining at, or returning from a court proceeding.", {"sensitive_locations"}),
 ("Any official who fails to comply with an immigration detainer shall be subject to a civil penalty of not less than $1,000.", {"cooperation_mandate"}),
 ("The Sheriff may, but is not required to, notify ICE of the release of an inmate convicted of a serious felony.", set()),
 ("The Police Department shall not enter into any agreement to deputize its officers as immigration agents.", {"no_287g"}),
 ("The City shall prepare an annual report listing all requests received from ICE and the responses given.", {"transparency"}),
 ("City agencies shall not condition the provision of services upon immigration status.", set()),
    # items that complete their lead-in, duties to support enforcement, permissive lists
 ("(1) A public body may not:\n(a) Deny services on the basis of immigration status;\n(b) Disclose, for the purpose of civil immigration enforcement:\n(A) An individual's address;\n(B) An individual's workplace or hours of work;", {"personal_info_sharing_limits"}),
 ("Each law enforcement agency shall fully comply with and, to the full extent permitted by law, support the enforcement of federal immigration law.", {"cooperation_mandate"}),
 ("A local entity shall not prohibit or discourage an officer from doing any of the following:\n(a) Inquiring about the immigration status of a person under arrest.\n(b) Sending information regarding immigration status to ICE.", {"cooperation_mandate"}),
 ("(a) California law enforcement agencies shall not:\n(1) Use agency moneys or personnel for immigration enforcement, including any of the following:\n(A) Inquiring into an individual's immigration status.\n(B) Placing officers under ICE supervision.", {"resource_limits","status_inquiry_limits","no_287g"}),
 ("(b) This section does not prevent any agency from doing any of the following:\n(1) Responding to a request from immigration authorities for criminal history information.\n(2) Giving immigration authorities access to interview a person in custody.", set()),
 ("Officers shall not assist in the enforcement of federal immigration law.", {"resource_limits"}),
]


@pytest.mark.parametrize(("provision", "expected"), LIST_CASES, ids=[c[0][:50] for c in LIST_CASES])
def test_list_provision_is_coded(provision: str, expected: set[str]) -> None:
    assert codes_of(ordinance(provision)) == expected


@pytest.mark.parametrize(("provision", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_provision_is_coded(provision: str, expected: set[str]) -> None:
    assert codes_of(ordinance(provision)) == expected


def test_every_category_has_a_positive_and_a_negative_case() -> None:
    positives = {c for _, expected in CASES for c in expected}
    assert positives == set(CATEGORIES)
    assert any(not expected for _, expected in CASES)


def test_evidence_points_at_the_rule() -> None:
    text = ordinance(
        "Findings. The Board finds that trust between immigrants and the police is essential.",
        "Detainers. The Sheriff shall not hold any person solely on the basis of an immigration detainer.",
    )
    provisions = find_provisions(text, assume_policy=True)
    coded = [p for p in provisions if p.categories]
    assert len(coded) == 1
    evidence = coded[0].categories[0]
    assert evidence.category == "detainer_limits"
    assert evidence.span.slice(text) == evidence.passage
    assert evidence.passage.startswith("The Sheriff shall not hold")
    assert coded[0].number == "Sec. 3"
    assert coded[0].heading == "Detainers"


@pytest.mark.parametrize(
    "text",
    [
        "WHEREAS, the County shall not honor immigration detainers under current practice; and",
        "Section 2. Findings. The Legislature finds that officers shall not be asked to inquire into immigration status.",
        'Section 2. Definitions. "Immigration detainer" means a request that an agency hold a person for ICE.',
        "Section 2. Purpose. The purpose of this chapter is to ensure that no county funds are used for immigration enforcement.",
    ],
)
def test_findings_definitions_and_purpose_code_nothing(text: str) -> None:
    assert codes_of("AN ORDINANCE on immigration.\n\n" + text + "\n") == set()


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Findings", "findings"),
        ("Legislative findings and intent", "findings"),
        ("Definitions", "definitions"),
        ("Purpose and intent", "purpose"),
        ("Short title", "title"),
        ("Access to city facilities", "operative"),
        ("Use of funds for immigration purposes", "operative"),
    ],
)
def test_a_heading_names_a_role_only_as_a_whole(heading: str, role: str) -> None:
    text = f"AN ORDINANCE on immigration.\n\nSection 2. {heading}. Officers shall not honor ICE detainers.\n"
    section = next(p for p in find_provisions(text, assume_policy=True) if p.number == "Sec. 2")
    assert section.heading == heading
    assert section.role == role
    assert bool(section.categories) == (role == "operative")


def test_purpose_section_still_carries_a_savings_clause() -> None:
    text = ordinance(
        "Purpose. It is the intent of the Board to build trust. Nothing in this ordinance prohibits any employee "
        "from sending to or receiving from ICE information regarding the citizenship or immigration status of any individual."
    )
    assert codes_of(text) == {"compliance_savings_clause"}


def test_one_sentence_two_frames() -> None:
    text = ordinance(
        "An agency may not detain a person under an immigration detainer after the person posts bail, unless the "
        "person is charged with a violent felony, in which event the agency shall detain the person in accordance "
        "with the immigration detainer."
    )
    assert codes_of(text) == {"detainer_limits", "cooperation_mandate"}


def test_list_items_inherit_the_lead_in() -> None:
    text = (
        "AN ACT relating to immigration.\n\n"
        "Sec. 7. (a) State and local agencies shall not:\n"
        "(1) Use agency moneys or personnel for immigration enforcement purposes, including:\n"
        "(A) Inquiring into an individual's immigration status.\n"
        "(B) Detaining an individual on the basis of a hold request.\n"
        "(b) This section does not prevent any agency from doing any of the following:\n"
        "(1) Giving immigration authorities access to interview an individual in custody.\n"
        "(2) Detaining an individual on the basis of a hold request when a judge has signed a warrant.\n"
    )
    provisions = find_provisions(text, assume_policy=True)
    by_number = {p.number: set(p.category_codes) for p in provisions}
    assert by_number["Sec. 7(a)(1)(A)"] == {"status_inquiry_limits"}
    assert by_number["Sec. 7(a)(1)(B)"] == {"detainer_limits"}
    assert by_number["Sec. 7(b)(1)"] == set()
    assert by_number["Sec. 7(b)(2)"] == set()


# ---------------------------------------------------------------------------------------------
# Segmentation
# ---------------------------------------------------------------------------------------------


def numbers(text: str) -> list[str | None]:
    return [p.number for p in find_provisions(text, assume_policy=True)]


def test_section_sign_and_sec_styles() -> None:
    text = "AN ACT on jails.\n\n§ 1. The jail shall be clean.\n\nSec. 2. The jail shall be safe.\n\nSECTION 3. Effective date.\n"
    assert numbers(text)[1:] == ["§ 1", "Sec. 2", "Sec. 3"]


def test_nested_parenthesized_clauses() -> None:
    text = (
        "Section 12H.2. Duties.\n"
        "(a) The Department shall:\n"
        "(1) keep records;\n"
        "(A) in writing; and\n"
        "(B) for five years; and\n"
        "(2) report annually.\n"
        "(b) The Department shall not charge fees.\n"
    )
    assert numbers(text) == [
        "Sec. 12H.2",
        "Sec. 12H.2(a)",
        "Sec. 12H.2(a)(1)",
        "Sec. 12H.2(a)(1)(A)",
        "Sec. 12H.2(a)(1)(B)",
        "Sec. 12H.2(a)(2)",
        "Sec. 12H.2(b)",
    ]


def test_run_in_chain_of_markers() -> None:
    text = "Sec. 4. (a)(1)(A) The first rule.\n(B) The second rule.\n(2) The third rule.\n"
    assert numbers(text) == ["Sec. 4", "Sec. 4(a)", "Sec. 4(a)(1)", "Sec. 4(a)(1)(A)", "Sec. 4(a)(1)(B)", "Sec. 4(a)(2)"]


def test_roman_numerals_and_letters_are_told_apart() -> None:
    text = (
        "Sec. 9. Rules.\n(h) Rule eight.\n(i) Rule nine, which has parts:\n(i) part one;\n(ii) part two.\n(j) Rule ten.\n"
    )
    assert numbers(text) == ["Sec. 9", "Sec. 9(h)", "Sec. 9(i)", "Sec. 9(i)(i)", "Sec. 9(i)(ii)", "Sec. 9(j)"]


def test_roman_section_headings() -> None:
    text = "I. PURPOSE\nTo set rules.\n\nII. POLICY\nDeputies shall not ask about immigration status.\n"
    provisions = find_provisions(text, assume_policy=True)
    assert [p.number for p in provisions] == ["I", "II"]
    assert provisions[1].category_codes == ("status_inquiry_limits",)


def test_run_in_headings_are_kept_apart_from_the_text() -> None:
    text = "Sec. 5. Legislative purpose. The purpose of this Act is to build trust.\n\nSec. 6. Severability. Parts are severable.\n"
    provisions = find_provisions(text, assume_policy=True)
    assert [p.heading for p in provisions] == ["Legislative purpose", "Severability"]
    assert provisions[0].role == "purpose"


def test_directive_with_memo_header_roman_sections_and_lettered_procedures() -> None:
    text = (
        "GENERAL ORDER 12\nTo: All Deputies\nFrom:\nThe Sheriff\nSubject: Immigration\n"
        "Effective at once, deputies will no longer hold inmates solely on ICE detainers.\n\n"
        "I. PURPOSE\nTo guide deputies.\n\n"
        "II. PROCEDURES\nA. Interviews\n"
        "1. ICE agents may interview an inmate only after the inmate signs a consent form.\n"
        "2. Deputies shall log every ICE request, and the log shall be a public record.\n"
        "B. Release\n1. Deputies will not provide release dates to ICE.\n"
    )
    provisions = find_provisions(text, assume_policy=True)
    coded = {p.number: p.category_codes for p in provisions if p.categories}
    assert coded == {
        None: ("detainer_limits",),
        "II(A)(1)": ("ice_access_limits",),
        "II(A)(2)": ("transparency",),
        "II(B)(1)": ("notification_limits",),
    }
    headers = [p for p in provisions if p.heading in ("To", "From", "Subject")]
    assert [p.role for p in headers] == ["title", "title", "title"]


def test_decimal_outline_numbers() -> None:
    text = (
        "JAIL POLICY 5-3\n\n1.0 PURPOSE\nTo set rules.\n\n2.0 POLICY\n2.1 Deputies shall not:\n"
        "2.1.1 Honor immigration detainers without a judicial warrant.\n2.1.2 Ask any person about immigration status.\n"
        "2.2 If ICE requests notification, deputies shall inform ICE that the County does not honor such requests.\n"
    )
    provisions = find_provisions(text, assume_policy=True)
    assert [p.number for p in provisions] == [None, "1.0", "2.0", "2.1", "2.1.1", "2.1.2", "2.2"]
    coded = {p.number: p.category_codes for p in provisions if p.categories}
    assert coded == {"2.1.1": ("detainer_limits",), "2.1.2": ("status_inquiry_limits",)}


def test_dotted_letters_under_a_section() -> None:
    text = "SECTION 2. Rules:\n\nA. The first rule.\n\nB. The second rule.\n"
    assert numbers(text) == ["Sec. 2", "Sec. 2(A)", "Sec. 2(B)"]


def test_wrapped_line_starting_with_a_number_is_not_a_clause() -> None:
    text = (
        "§ 5. A PERSON SHALL NOT BE HELD UNLESS CONVICTED OF AN OFFENSE DEFINED IN SECTION\n"
        "70.02 OF THE PENAL LAW OR ANY OF THE FOLLOWING:\n"
        "(a) assault;\n(b) robbery.\n"
    )
    assert numbers(text) == ["§ 5", "§ 5(a)", "§ 5(b)"]


def test_several_rules_in_one_section_become_sentence_provisions() -> None:
    text = ordinance(
        "Employees shall not spend county moneys or other resources on civil immigration enforcement. However, "
        "nothing in this section prohibits any employee from sending to ICE information regarding the immigration "
        "status of a person."
    )
    coded = [p for p in find_provisions(text, assume_policy=True) if p.categories]
    assert [(p.number, p.category_codes) for p in coded] == [
        ("Sec. 2, sentence 1", ("resource_limits",)),
        ("Sec. 2, sentence 2", ("compliance_savings_clause",)),
    ]


def test_spans_partition_the_text_in_order() -> None:
    text = ordinance("The Sheriff shall not honor detainers.", "(a) One.\n(b) Two.")
    provisions = find_provisions(text, assume_policy=True)
    ends = [p.span.end for p in provisions]
    starts = [p.span.start for p in provisions]
    assert starts == sorted(starts)
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))
    for p in provisions:
        assert p.span.slice(text) == p.text


def test_hyphenated_line_breaks_are_read_as_words() -> None:
    text = ordinance("The commissioner shall notify the United States Immi-\n  gration and Customs Enforcement agency of the release of any noncitizen.")
    assert codes_of(text) == {"cooperation_mandate"}


# ---------------------------------------------------------------------------------------------
# Policy or not
# ---------------------------------------------------------------------------------------------

NEWS = (
    "County ends ICE holds\n\nMarch 3, 2015\n\nThe county will no longer honor immigration detainers, Sheriff Ann "
    "Roe said Tuesday. \"We will not hold anyone for ICE without a warrant,\" Roe said. Advocates said the change was "
    "overdue, according to a statement. The jail shall not hold people, the new rule says, she told reporters."
)
LETTER = (
    "Dear Mayor Doe:\n\nWe write to ask whether your city complies with 8 U.S.C. § 1373. Our office shall review "
    "your response. Your policy that officers shall not share immigration status information may violate federal "
    "law. We ask that you reply by June 30.\n\nSincerely,\n\nJohn Roe\nAssistant Attorney General\n"
)
OPINION = (
    "MEMORANDUM OPINION AND ORDER\n\nPlaintiffs challenge the County's policy. The Court has reviewed the motion to "
    "dismiss. Defendants argue that the ordinance, which provides that the Sheriff shall not honor detainers, is "
    "preempted. The Court disagrees. For these reasons the motion is denied.\n\nIT IS SO ORDERED.\n"
)


@pytest.mark.parametrize("text", [NEWS, LETTER, OPINION, "", "   \n", "Just some prose about the weather today."])
def test_non_policy_texts_get_no_categories(text: str) -> None:
    assert not is_policy_text(text)
    assert all(not p.categories for p in find_provisions(text))


def test_policy_texts_are_recognized() -> None:
    assert is_policy_text(ordinance("The Sheriff shall not honor detainers."))
    directive = (
        "GENERAL ORDER 17-02\nSUBJECT: Immigration\n\nPOLICY:\nIt is the policy of this Department that "
        "deputies shall not inquire about immigration status.\n"
    )
    assert is_policy_text(directive)
    assert {c for p in find_provisions(directive) for c in p.category_codes} == {"status_inquiry_limits"}


# ---------------------------------------------------------------------------------------------
# Bad input and speed
# ---------------------------------------------------------------------------------------------


def test_empty_and_whitespace() -> None:
    assert find_provisions("") == []
    assert find_provisions(" \n\t ") == []


def test_text_too_large_gives_no_provisions_not_a_crash() -> None:
    huge = "x" * (MAX_TEXT_CHARS + 1)
    assert find_provisions(huge) == []
    assert not is_policy_text(huge)


def test_hundred_provision_ordinance_under_a_second() -> None:
    rules = [
        "The Sheriff shall not hold any person solely on the basis of an immigration detainer.",
        "No officer shall inquire about a person's immigration status.",
        "The County shall report annually the number of ICE requests received.",
        "Nothing in this section prohibits sending immigration status information to ICE under 8 U.S.C. § 1373.",
    ]
    text = ordinance(*(f"Rule {i}.\n(a) {rules[i % 4]}\n(b) Employees shall keep this rule." for i in range(50)))
    start = time.process_time()
    provisions = find_provisions(text)
    elapsed = time.process_time() - start
    assert len(provisions) >= 100
    assert elapsed < 1.0
    assert {c for p in provisions for c in p.category_codes} == {
        "detainer_limits",
        "status_inquiry_limits",
        "transparency",
        "compliance_savings_clause",
    }


def test_deterministic() -> None:
    text = ordinance("The Sheriff shall not honor detainers.", "No officer shall ask about immigration status.")
    assert find_provisions(text) == find_provisions(text)


# ---------------------------------------------------------------------------------------------
# Any text at all
# ---------------------------------------------------------------------------------------------

_PIECES = [
    "Section 1.", "Sec. 2.", "§ 3.", "(a)", "(1)", "(A)", "(i)", "(ii)", "I.", "A.", "1.", "2.1", "\n", "\n\n",
    "shall not", "may", "no officer shall", "unless", "except", "ICE", "detainer", "immigration status",
    "Nothing in this section prohibits", "release date", "287(g)", ":", ";", ".", "—", "-\n", "WHEREAS", " ",
]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=60))
@settings(max_examples=150, deadline=None)
def test_any_text_segments_without_error(pieces: list[str]) -> None:
    text = " ".join(pieces)
    provisions = find_provisions(text, assume_policy=True)
    for p in provisions:
        assert 0 <= p.span.start <= p.span.end <= len(text)
        for e in p.categories:
            assert e.span.slice(text) == e.passage
            assert e.category in CATEGORIES
