"""The modal grammar of provisions, class by class, on texts written for these tests.

Every limit category is stated in each of the usual deontic wordings ("shall not", "may not",
"will not", "will refrain from", "is prohibited from", "No ... shall", "It is the policy of ... not
to"); the same topics under a plain duty, a request, a direction or an authorization of the
enacting body are cooperation mandates where the topic is cooperation. Negatives: definitions,
findings, whereas clauses, severability clauses and news sentences code nothing.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

DET, NOTE, ACC = "detainer_limits", "notification_limits", "ice_access_limits"
INQ, STAT, PII = "status_inquiry_limits", "status_sharing_limits", "personal_info_sharing_limits"
RES, G287, LOC = "resource_limits", "no_287g", "sensitive_locations"
COOP = "cooperation_mandate"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


# (category, base form, gerund form) of one limited act.
ACTS: list[tuple[str, str, str]] = [
    (DET, "hold any person on a civil immigration detainer", "holding any person on a civil immigration detainer"),
    (DET, "honor an ICE hold request", "honoring an ICE hold request"),
    (NOTE, "notify ICE of the release date of any inmate", "notifying ICE of the release date of any inmate"),
    (ACC, "give federal immigration agents access to the jail", "giving federal immigration agents access to the jail"),
    (INQ, "ask any person about his or her immigration status", "asking any person about his or her immigration status"),
    (
        STAT,
        "disclose information regarding the citizenship or immigration status of any person",
        "disclosing information regarding the citizenship or immigration status of any person",
    ),
    (
        PII,
        "share the home address of any resident with federal immigration authorities",
        "sharing the home address of any resident with federal immigration authorities",
    ),
    (
        RES,
        "use county funds or personnel to enforce federal civil immigration law",
        "using county funds or personnel to enforce federal civil immigration law",
    ),
    (
        G287,
        "enter into an agreement under Section 287(g) of the Immigration and Nationality Act",
        "entering into an agreement under Section 287(g) of the Immigration and Nationality Act",
    ),
    (
        LOC,
        "assist immigration agents with enforcement actions at schools, hospitals or courthouses",
        "assisting immigration agents with enforcement actions at schools, hospitals or courthouses",
    ),
]

# How a prohibition is worded: each takes the base or the gerund form of the act.
PROHIBITIONS: list[tuple[str, str]] = [
    ("base", "Section 2. Officers shall not {act}."),
    ("base", "Section 2. A deputy may not {act}."),
    ("base", "4.1 Members of the Department will not {act}."),
    ("gerund", "4.1 The Department will refrain from {act}."),
    ("gerund", "Section 2. Employees are prohibited from {act}."),
    ("gerund", "Section 2. Each officer is barred from {act}."),
    ("base", "Section 2. No officer or employee of the County shall {act}."),
    ("base", "POLICY\n\nIt is the policy of the Sheriff's Office not to {act}."),
    ("base", "Section 2. Personnel must not {act} under any circumstances."),
    ("base", "Section 2. It shall be unlawful for any officer or employee of the City to {act}."),
    ("base", "Section 2. Under no circumstances shall an officer {act}."),
    ("base", "Section 2. In no event may a deputy {act}."),
    ("base", "Section 2. Officers are directed not to {act}."),
    ("gerund", "Section 2. Deputies are instructed to refrain from {act}."),
    ("base", "Section 2. The Department does not {act}."),
]


@pytest.mark.parametrize("form,template", PROHIBITIONS, ids=[t for _, t in PROHIBITIONS])
@pytest.mark.parametrize("category,base,gerund", ACTS, ids=[f"{c}:{b[:30]}" for c, b, _ in ACTS])
def test_every_prohibition_wording_codes_the_limit(form: str, template: str, category: str, base: str, gerund: str) -> None:
    text = template.format(act=base if form == "base" else gerund)
    codes = codes_of(text)
    assert category in codes, text
    assert COOP not in codes, text


# Duties, requests, directions and authorizations by the enacting body: cooperation mandates.
MANDATES: list[str] = [
    "Section 3. The Sheriff shall honor every immigration detainer issued by ICE.",
    "Section 3. The jail is required to notify ICE of the release date of any inmate subject to a detainer.",
    "Section 3. The Board of Supervisors hereby requests that the Sheriff honor all ICE detainers.",
    "Section 3. The Board directs the Sheriff to enter into an agreement under Section 287(g).",
    "Section 3. The Board authorizes the Sheriff to enter into a 287(g) agreement with ICE.",
    "Section 3. The Council urges the Sheriff to cooperate fully with federal immigration authorities.",
    "(B) The Board directs county staff as follows:\n\n(1) To request the Sheriff to check the immigration status of "
    "every person booked into the county jail;",
    "(1) To request the Sheriff to verify the immigration status of each person arrested by deputies;",
    "Section 3. The Sheriff shall not terminate the County's 287(g) agreement.",
    "Section 3. A local government may not adopt a policy that prohibits officers from cooperating with ICE.",
    "Section 3. It shall be unlawful for a local government to adopt a sanctuary policy.",
    "Section 3. No official shall direct or require officers not to cooperate with ICE.",
]


@pytest.mark.parametrize("text", MANDATES)
def test_duties_requests_and_authorizations_are_cooperation_mandates(text: str) -> None:
    assert COOP in codes_of(text), text


# A state's funds withheld from a local government that breaks the act: the penalty that enforces
# an anti-sanctuary law, whether or not the penalty section itself names immigration.
FUND_PENALTIES: list[str] = [
    "Section 9. A local entity shall be ineligible to receive any state funds if the local entity intentionally "
    "violates this chapter.",
    "Section 9. A municipality that violates this article shall be ineligible for state grant funds for one year.",
    "Section 9. State funds shall be withheld from any county found to be in violation of this act.",
]


@pytest.mark.parametrize("text", FUND_PENALTIES)
def test_state_funds_denied_to_a_violating_local_government_is_a_mandate(text: str) -> None:
    assert codes_of(text) == {COOP}, text


def test_a_fund_penalty_on_persons_or_without_a_local_government_is_not_a_mandate() -> None:
    assert codes_of("Section 9. A vendor that violates this chapter shall be ineligible for state contracts.") == set()
    assert codes_of("Section 9. A student who violates this chapter may lose state scholarship funds.") == set()


# Ending or refusing 287(g) programs, in several wordings.
NO_287G: list[str] = [
    "Section 4. The Sheriff shall terminate any agreement under 8 U.S.C. 1357(g) within 30 days.",
    "Section 4. The Sheriff's Office will allow its 287(g) agreement to expire and will not renew it.",
    "1. Section 287(g) agreements are voluntary. The Department will refrain from entering into such agreements.",
    "1. Agreements under 8 U.S.C. 1357(g) require local consent. The Office will not enter into these agreements.",
    "Section 4. No officer shall be deputized to perform the functions of an immigration officer.",
]


@pytest.mark.parametrize("text", NO_287G)
def test_ending_or_refusing_287g_is_no_287g(text: str) -> None:
    codes = codes_of(text)
    assert G287 in codes, text
    assert COOP not in codes, text


def test_an_anaphor_takes_its_antecedent_only_from_the_same_unit() -> None:
    text = (
        "Section 1. The Sheriff may participate in a 287(g) program.\n\n"
        "Section 2. Vendor contracts. The County will not enter into such agreements without a public bid."
    )
    assert G287 not in codes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "1. ICE detainers. The Sheriff shall not honor such requests unless a judicial warrant is presented.",
        "Section 5. Immigration detainers are requests to hold a person. Deputies will not comply with these requests.",
    ],
)
def test_such_requests_after_a_detainer_sentence_are_detainers(text: str) -> None:
    assert DET in codes_of(text), text


# Street enforcement: stops and detentions made to find out status bar enforcement, they do not
# limit jail holds on detainers.
@pytest.mark.parametrize(
    "text",
    [
        "Section 3. Officers shall not detain a person solely to determine the person's immigration status.",
        "Section 3. No officer shall stop or detain any person solely on the basis of suspected immigration status.",
        "Section 3. Officers will not undertake any immigration enforcement operation unless a judge has issued a warrant.",
        "Section 3. Officers will not undertake any immigration-related deportation investigation.",
        "Section 3. Deputies shall not conduct raids or sweeps to enforce federal immigration law.",
    ],
)
def test_street_enforcement_bars_are_resource_limits(text: str) -> None:
    codes = codes_of(text)
    assert RES in codes, text
    assert DET not in codes and COOP not in codes, text


@pytest.mark.parametrize(
    "text",
    [
        # definitions
        'Section 1. Definitions. "Immigration detainer" means a request by ICE to a jail to hold a person beyond the '
        "time of release.",
        'Section 1. As used in this chapter, "sanctuary policy" means a policy that prohibits officers from asking about '
        "immigration status.",
        # findings and whereas clauses
        "Section 1. Findings. The Legislature finds that honoring immigration detainers without a warrant erodes trust.",
        "WHEREAS, the County has declined to honor ICE detainers since 2014; and",
        # severability
        "Section 8. Severability. If any provision of this ordinance is held invalid, the remaining provisions shall "
        "not be affected.",
        # a description of the law, not a rule of it
        "Section 2. Section 287(g) agreements are voluntary agreements between ICE and local agencies.",
    ],
)
def test_non_operative_text_codes_nothing(text: str) -> None:
    assert codes_of(text) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "The council ended its 287(g) agreement, citing 8 U.S.C. 1373 and concerns from residents.",
        "The county ended its 287(g) agreement on Tuesday, citing 8 U.S.C. 1373. The sheriff must now notify ICE of "
        "releases, officials said.",
        "The commissioners voted last week to end the county's 287(g) agreement. The sheriff will no longer honor "
        "detainers.",
    ],
)
def test_a_news_sentence_is_not_a_policy_text(text: str) -> None:
    assert not is_policy_text(text)


def test_neither_nor_is_two_prohibitions_and_nor_alone_keeps_a_savings_clause() -> None:
    assert COOP not in codes_of("Section 2. Officers shall neither ask about immigration status nor share it with ICE.")
    savings = (
        "Section 2. Nothing in this section prohibits nor restricts an officer from sending information regarding "
        "immigration status to ICE."
    )
    assert codes_of(savings) == {"compliance_savings_clause"}


def test_ending_a_287g_agreement_in_narrative_is_never_a_mandate() -> None:
    text = "The council ended its 287(g) agreement, citing 8 U.S.C. 1373 and a policy that the county shall not honor detainers."
    assert COOP not in codes_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Section 1. The Sheriff shall not honor an immigration detainer unless it is accompanied by a judicial warrant.",
        "SECTION 2. No person shall be detained on an immigration detainer after the person is eligible for release.",
    ],
)
def test_a_short_policy_excerpt_is_still_a_policy_text(text: str) -> None:
    assert is_policy_text(text)


# Objects and actors named in other words than the tables above use.
OTHER_WORDINGS: list[tuple[str, str]] = [
    ("Section 4. Employees shall not maintain records of any person's citizenship.", STAT),
    ("Section 4. County agencies shall not collect information about a person's immigration status.", STAT),
    ("Section 4. No City database shall be made available to federal immigration authorities for civil immigration "
     "enforcement.", PII),
    ("Section 4. The Department shall not share any person's address, phone number or place of employment with ICE.", PII),
    ("Section 4. The jail shall not accept any individual from ICE for civil immigration detention.", RES),
    ("Section 4. The Sheriff shall not rent jail beds to ICE.", RES),
    ("Section 4. Officers shall not arrest anyone solely for being in the country unlawfully.", RES),
    ("Section 4. The Police Department will not make arrests based on administrative warrants issued by ICE.", RES),
    ("Section 4. Deputies shall not provide advance notice of an inmate's release to federal immigration authorities.", NOTE),
    ("Section 4. The jail will not respond to ICE requests for release information.", NOTE),
    ("Section 4. Federal immigration agents shall not have access to the secure areas of the jail.", ACC),
    ("Section 4. The County shall not provide office space to federal immigration authorities.", ACC),
    ("Section 4. Immigration enforcement actions shall not be conducted at schools, hospitals or places of worship.", LOC),
    ("Section 4. No local government may limit or restrict communication with ICE regarding immigration status.", COOP),
    ("Section 4. A local entity may not restrict cooperation with federal immigration authorities.", COOP),
    ("Section 4. Any local government that adopts a sanctuary policy shall be liable for damages caused by a person "
     "released in violation of a detainer.", COOP),
    ("Section 4. Each county jail shall notify ICE upon booking any person who is not a citizen of the United States.", COOP),
    ("Section 4. The Sheriff is directed to apply for a 287(g) agreement.", COOP),
]


@pytest.mark.parametrize("text,category", OTHER_WORDINGS)
def test_other_wordings_of_objects_and_actors(text: str, category: str) -> None:
    codes = codes_of(text)
    assert category in codes, text
    if category != COOP:
        assert COOP not in codes, text


def test_a_construction_rule_on_communication_stays_a_savings_clause() -> None:
    text = "Section 4. Nothing in this section shall prohibit or restrict communication with ICE regarding immigration status."
    assert codes_of(text) == {"compliance_savings_clause"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 2. The Sheriff shall notify the person of any ICE detainer request.", {"transparency"}),
        ("Section 2. Upon receipt of an ICE hold request, the jail shall inform the individual in writing of the request.",
         {"transparency"}),
        ("Section 2. The Sheriff shall not notify the inmate of any detainer request.", set()),
        ("Section 2. The Sheriff shall notify the victim of the inmate's release.", set()),
    ],
)
def test_notice_to_the_person_about_ice_requests_is_transparency(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected, text


# A limit named inside the definition of a prohibited policy describes what the statute bans.
DEFINED_SANCTUARY = (
    "12.345. 1. As used in this section, the following terms mean:\n\n"
    '(1) "Locality", any county, city or town;\n\n'
    '(2) "Sanctuary policy", any order or ordinance of a locality that:\n\n'
    "(a) Limits or prohibits any official from communicating with federal agencies to verify or report the "
    "immigration status of any alien; or\n\n"
    "(b) Bars officers from honoring immigration detainers.\n\n"
    "2. No locality shall enact or adopt any sanctuary policy. A locality that adopts a sanctuary policy shall be "
    "ineligible for state grants until the policy is repealed.\n"
)


def test_limits_inside_a_definition_of_a_banned_policy_code_only_the_mandate() -> None:
    assert codes_of(DEFINED_SANCTUARY) == {COOP}
    without_lead_in = (
        'Section 1. "Sanctuary policy", any order or ordinance of a locality that:\n\n'
        "(a) Limits or prohibits any official from asking about the immigration status of any person; or\n\n"
        "(b) Bars officers from honoring immigration detainers.\n\n"
        "Section 2. No locality shall enact or adopt any sanctuary policy.\n"
    )
    assert codes_of(without_lead_in) == {COOP}


@pytest.mark.parametrize(
    "text,category",
    [
        # funds and personnel barred from assisting enforcement aimed at people for their status
        ("(1) No county department may use county funds, facilities, equipment, or personnel to investigate, "
         "enforce, or assist in the enforcement of any federal program that targets residents solely on the basis "
         "of their national origin, religion, or immigration status.", RES),
        # arrests on ICE civil warrants
        ("5. Officers will not make an arrest if the person is the subject of an ICE civil warrant.", RES),
        ("5. Deputies shall not arrest anyone on an immigration administrative warrant.", RES),
        # stops and contacts for the sole purpose of checking status
        ("2. Officers will not stop people on the street for the sole purpose of verifying immigration status.", RES),
        # general non-disclosure of what an agency collects, in a law about immigration
        ("Agencies shall ensure that information collected from applicants is not disclosed to federal immigration "
         "authorities except as required by law.", PII),
        # refusing requests for information on persons
        ("No officer shall accept requests by ICE to provide information on persons who may be the subject of "
         "immigration enforcement operations.", PII),
        # a word hyphenated at a line break that a copy turned into a space
        ("Section 2. Officers shall not ask about a person's immigra- tion status.", INQ),
    ],
)
def test_heldout_style_classes(text: str, category: str) -> None:
    codes = codes_of(text)
    assert category in codes, text
    assert COOP not in codes, text


def test_information_about_a_persons_status_is_status_sharing_not_personal_information() -> None:
    text = "Section 2. Officers shall not provide information about a person's immigration status to ICE."
    assert codes_of(text) == {STAT}


def test_a_contact_to_check_status_is_not_a_status_question() -> None:
    text = "2. Officers will not make random contacts with people for the sole purpose of determining immigration status."
    assert codes_of(text) == {RES}


def test_pre_and_post_hyphens_are_not_joined() -> None:
    text = "Section 2. Officers shall not share pre- and post-release information with ICE."
    assert "pre- and" in find_provisions(text, assume_policy=True)[0].text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 2. The Sheriff shall ensure that immigration detainers are not honored without a judicial warrant.", DET),
        ("Section 2. The Sheriff shall ensure that ICE is notified of the release date of every inmate with a detainer.",
         COOP),
    ],
)
def test_shall_ensure_that_takes_the_polarity_of_what_follows(text: str, expected: str) -> None:
    codes = codes_of(text)
    assert expected in codes, text
    assert ({DET, COOP} - {expected}).isdisjoint(codes), text


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Section 2. ICE detainers will only be honored if accompanied by a judicial warrant.", DET, COOP),
        ("Section 2. The Sheriff will only honor detainers when a judge has signed a warrant.", DET, COOP),
        ("Section 2. The Sheriff shall only notify ICE of an inmate's release date if the inmate was convicted of a "
         "serious felony.", NOTE, COOP),
        # an "only" that governs another verb leaves the duty a duty
        ("Section 2. The Sheriff shall honor all detainers and shall only release inmates after ICE is notified.", COOP, DET),
        ("Section 2. Each law enforcement agency shall honor any request from ICE to maintain custody of an alien.", COOP, DET),
        ("Section 2. Correctional officers shall not question inmates about their place of birth.", INQ, COOP),
        ("Section 2. Officers shall not participate in immigration raids.", RES, COOP),
    ],
)
def test_only_conditions_and_other_objects(text: str, expected: str, absent: str) -> None:
    codes = codes_of(text)
    assert expected in codes and absent not in codes, (text, codes)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 2. The Attorney General may bring an action against any local government that adopts a sanctuary "
         "policy.", {COOP}),
        ("Section 2. Any resident may file a civil action to enjoin a municipality from enforcing a sanctuary policy.",
         {COOP}),
        # suits that enforce limits on cooperation are no mandate
        ("Section 2. A person harmed by a violation of this chapter may bring a civil action against the local agency.",
         set()),
    ],
)
def test_suits_against_sanctuary_policies_are_mandates(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected, text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 2. The jail shall not release an inmate subject to a detainer until ICE takes custody.", {COOP}),
        ("Section 2. The Sheriff shall hold the person until ICE assumes custody.", {COOP}),
        ("Section 2. The Sheriff shall not hold any person until ICE takes custody.", {DET}),
    ],
)
def test_holding_until_ice_takes_custody(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # help with benefits is not enforcement
        "Section 2. Immigration. The County shall not use County funds to assist any person in applying for "
        "immigration benefits.",
        # information on persons given to someone other than immigration authorities
        "Section 2. Immigration. The Sheriff shall not provide information on persons in custody to the media.",
    ],
)
def test_near_misses_of_the_new_resource_and_information_rules(text: str) -> None:
    assert codes_of(text) == set(), text
