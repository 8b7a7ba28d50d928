"""Coding general orders, state funding penalties and resolutions, written for these tests.

Three drafting families the earlier tables under-covered:

1. Police and sheriff general orders and procedure manuals, which state rules in the indicative
   ("The Department will not ...", "Members do not enforce ...") rather than with "shall".
2. State laws that cut off state money to a local entity that keeps a sanctuary policy or fails
   to comply, whether or not the same section names the duty.
3. County and city resolutions that direct, request or authorize cooperation in their
   "BE IT RESOLVED" clauses, while their WHEREAS clauses code nothing.

Each row: (text, categories it must be coded with, categories it must not be coded with).
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


DET, NOTE, ACC = "detainer_limits", "notification_limits", "ice_access_limits"
INQ, STAT, PII = "status_inquiry_limits", "status_sharing_limits", "personal_info_sharing_limits"
RES, G287, LOC = "resource_limits", "no_287g", "sensitive_locations"
TRANS, SAVE, COOP = "transparency", "compliance_savings_clause", "cooperation_mandate"
LIMITS = {DET, NOTE, ACC, INQ, STAT, PII, RES, G287, LOC}
ALL = LIMITS | {TRANS, SAVE, COOP}

ORDERS: list[tuple[str, set[str], set[str]]] = [
    # --- 287(g) in the indicative --------------------------------------------------------------
    ("The Sheriff's Office will not enter into or renew an agreement under Section 287(g) of the Immigration and Nationality Act.", {G287}, {COOP}),
    ("The Department no longer participates in the 287(g) program.", {G287}, {COOP}),
    ("The Police Bureau does not participate in any 287(g) agreement with federal immigration authorities.", {G287}, {COOP}),
    ("The Office has no agreement under 8 U.S.C. 1357(g) and will not seek one.", {G287}, {COOP}),
    ("Deputies are not deputized as immigration officers and do not perform the functions of an immigration officer.", {G287}, {COOP}),
    # near misses: a 287(g) office that takes part, and a mere mention
    ("The Sheriff's Office participates in the 287(g) program and will continue to do so.", set(), {G287}),
    ("Questions about the 287(g) program should be directed to the Jail Commander.", set(), ALL),
    # --- Street enforcement in the indicative ----------------------------------------------------
    ("Officers will not stop, question, detain or arrest anyone solely to determine his or her immigration status.", {RES}, {DET, COOP}),
    ("Members do not enforce civil immigration law.", {RES}, {COOP}),
    ("Deputies do not make arrests for civil immigration violations.", {RES}, {COOP}),
    (
        "Enforcement of civil immigration law is the responsibility of federal authorities; officers will not "
        "initiate police action with the objective of discovering a person's immigration status.",
        {RES}, {COOP, DET},
    ),
    ("Enforcement of federal civil immigration law is the responsibility of the federal government, not of this Department.", {RES}, {COOP}),
    ("Officers will not contact, detain or arrest a person solely on the basis that he or she is an undocumented immigrant.", {RES}, {COOP}),
    ("Personnel will not participate in immigration enforcement operations conducted by ICE.", {RES}, {COOP}),
    ("Immigration status alone is not a basis for a stop, detention or arrest.", {RES}, {COOP}),
    ("Officers will not ask a victim or witness about his or her immigration status.", {INQ}, {COOP}),
    ("Members will not hold a person on an immigration detainer unless it is accompanied by a judicial warrant.", {DET}, {COOP}),
    # near misses: criminal matters, and duties to assist
    ("Officers will assist federal agents in the investigation of criminal offenses when requested.", set(), ALL),
    ("Officers will arrest a person for any crime committed in their presence, regardless of immigration status.", set(), LIMITS | {COOP}),
    ("Officers will notify ICE when a foreign national is arrested for a felony.", {COOP}, LIMITS),
]

# A penalty section read in a law about immigration: the definitions section before it names the
# subject and codes nothing itself, so only the penalty can code the mandate.
_DEFINITIONS = (
    'Section 1. Definitions. As used in this act, "sanctuary policy" means a policy of a local entity that limits '
    "the enforcement of federal immigration law.\n\n"
)
_OTHER_LAW = 'Section 1. Definitions. As used in this act, "audit" means a review of the accounts of a local entity.\n\n'

FUNDS: list[tuple[str, set[str], set[str]]] = [
    (_DEFINITIONS + "Section 2. A local entity that violates Section 4 of this act shall be ineligible to receive state funds for the following fiscal year.", {COOP}, LIMITS),
    (
        _DEFINITIONS + "Section 2. The department shall withhold any state grant funds from the municipality until the "
        "municipality comes into compliance with this chapter.",
        {COOP}, LIMITS,
    ),
    (_DEFINITIONS + "Section 2. A political subdivision that adopts a sanctuary policy shall not receive any state-administered grant money.", {COOP}, LIMITS),
    (
        _DEFINITIONS + "Section 2. Any county or municipality that fails to comply with the requirements of this Code section "
        "shall not be eligible for state funding or state-administered grants until the county or municipality is "
        "certified as compliant.",
        {COOP}, LIMITS,
    ),
    (
        _DEFINITIONS + "Section 2. If the attorney general determines that a municipality is in violation of Section 3, the "
        "state treasurer shall withhold state-shared revenue from the municipality until the violation is cured.",
        {COOP}, LIMITS,
    ),
    (_DEFINITIONS + "Section 2. A city that is found in violation of this section forfeits state economic development funds for five years.", {COOP}, LIMITS),
    (_DEFINITIONS + "Section 2. No state funds shall be provided to a local entity that has in effect a sanctuary policy.", {COOP}, LIMITS),
    (_DEFINITIONS + "Section 2. No state grant funds shall be awarded to a county that fails to file its audit.", set(), ALL),
    # near misses: the same penalty in a law about something else; penalties for other failures
    (_OTHER_LAW + "Section 2. A local entity that violates Section 4 of this act shall be ineligible to receive state funds for the following fiscal year.", set(), ALL),
    (_DEFINITIONS + "Section 2. A municipality that fails to file its annual audit shall be ineligible to receive state funds until the audit is filed.", set(), ALL),
    (_DEFINITIONS + "Section 2. The department shall award grants to counties for the construction of new jail beds.", set(), ALL),
    (_DEFINITIONS + "Section 2. Any county that fails to adopt a budget by July 1 shall not receive state-shared revenue until the budget is adopted.", set(), ALL),
]

RESOLUTIONS: list[tuple[str, set[str], set[str]]] = [
    (
        "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners that the Sheriff is directed to cooperate fully "
        "with United States Immigration and Customs Enforcement.",
        {COOP}, LIMITS,
    ),
    ("BE IT FURTHER RESOLVED that the Board hereby requests that the County enter into a 287(g) agreement with ICE.", {COOP}, LIMITS),
    ("BE IT RESOLVED that the Sheriff is requested to apply for participation in the 287(g) program.", {COOP}, LIMITS),
    ("BE IT RESOLVED that the Chief of Police is authorized to cooperate with federal immigration authorities to the full extent permitted by law.", {COOP}, LIMITS),
    (
        "BE IT FURTHER RESOLVED that County officers and employees shall make every effort to verify the immigration status "
        "of persons arrested and report those unlawfully present to ICE.",
        {COOP}, LIMITS,
    ),
    ("BE IT FURTHER RESOLVED that the County supports the enforcement of federal immigration law and will honor all ICE detainers.", {COOP}, LIMITS),
    ("RESOLVED, that the County declares itself a non-sanctuary county and will comply with all federal immigration detainer requests.", {COOP}, LIMITS),
    ("BE IT RESOLVED that the City opposes any sanctuary policy and directs its departments to cooperate with federal immigration officials.", {COOP}, LIMITS),
    # near misses: sanctuary resolutions and WHEREAS clauses
    ("WHEREAS, the Sheriff has cooperated fully with ICE for many years; and", set(), ALL),
    ("WHEREAS, the County has entered into a 287(g) agreement with ICE and wishes to renew it;", set(), ALL),
    ("BE IT RESOLVED that the Council urges Congress to enact comprehensive immigration reform.", set(), ALL),
    ("BE IT RESOLVED that the City of Elmford requests that the Sheriff decline to hold anyone on an ICE detainer without a judicial warrant.", {DET}, {COOP}),
]


@pytest.mark.parametrize(("provision", "must", "must_not"), ORDERS + FUNDS + RESOLUTIONS, ids=[c[0][:60] for c in ORDERS + FUNDS + RESOLUTIONS])
def test_provision_is_coded(provision: str, must: set[str], must_not: set[str]) -> None:
    codes = codes_of(provision)
    assert must <= codes, f"missing {must - codes}"
    assert not (codes & must_not), f"wrongly coded {codes & must_not}"


GENERAL_ORDER = """GENERAL ORDER NO. 4.26

Subject: Immigration Status and Enforcement
Effective Date: March 1, 2025
Rescinds: General Order 4.26 (2019)
Distribution: All Sworn Personnel

I. PURPOSE

To establish guidelines for members regarding immigration status.

II. POLICY

Enforcement of civil immigration law is the responsibility of federal authorities. Members will not stop, detain or arrest any person solely to determine immigration status.

III. PROCEDURE

A. Members do not inquire about the immigration status of crime victims or witnesses.

B. The Department will not enter into an agreement under Section 287(g).
"""

RESOLUTION = """RESOLUTION NO. 2025-14

A RESOLUTION OF THE BOARD OF COMMISSIONERS OF ELM COUNTY SUPPORTING FEDERAL IMMIGRATION ENFORCEMENT

WHEREAS, the Board recognizes the importance of public safety; and

WHEREAS, the Sheriff has cooperated with ICE for many years and has never limited detainers;

NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Elm County:

1. The Sheriff is directed to cooperate fully with Immigration and Customs Enforcement.

2. The Board requests that the Sheriff enter into an agreement under Section 287(g) of the Immigration and Nationality Act.

ADOPTED this 4th day of June, 2025.
"""


def test_general_order_with_header_fields_is_policy_and_coded() -> None:
    assert is_policy_text(GENERAL_ORDER)
    codes = {c for p in find_provisions(GENERAL_ORDER) for c in p.category_codes}
    assert codes == {RES, INQ, G287}


def test_resolution_codes_its_resolved_clauses_not_its_whereas() -> None:
    assert is_policy_text(RESOLUTION)
    provisions = find_provisions(RESOLUTION)
    codes = {c for p in provisions for c in p.category_codes}
    assert codes == {COOP}
    for p in provisions:
        if p.text.lstrip().startswith("WHEREAS"):
            assert not p.category_codes


ORDER_HEADER_ONLY = """Elm City Police Department
General Order No. 4.26
Subject: Immigration Status
Effective Date: March 1, 2025
Rescinds: General Order 4.26 dated June 2019
Distribution: All Personnel

The Department will not enter into or renew a 287(g) agreement.

Members do not enforce civil immigration law.
"""

JAIL_SOP = """ELM COUNTY DETENTION CENTER
STANDARD OPERATING PROCEDURE
Procedure Number: 5-12
Title: Foreign Nationals
Effective Date: 01/15/2024
Review Date: 01/15/2025

PROCEDURE
1. Booking staff will notify ICE of each foreign-born arrestee.
2. Staff will honor all ICE detainers.
"""

OFFICE_MEMO = """To: All staff
From: Director
Date: May 4, 2024
Subject: Holiday schedule

Dear colleagues, we will close the office on Friday. Please let us know if you have any questions.
"""


def test_order_header_fields_make_a_policy_text() -> None:
    assert is_policy_text(ORDER_HEADER_ONLY)
    assert {c for p in find_provisions(ORDER_HEADER_ONLY) for c in p.category_codes} == {G287, RES}
    assert is_policy_text(JAIL_SOP)
    assert {c for p in find_provisions(JAIL_SOP) for c in p.category_codes} == {COOP}


def test_memo_header_alone_is_not_a_policy_text() -> None:
    assert not is_policy_text(OFFICE_MEMO)


# Neighbouring styles: state anti-sanctuary statutes, manuals, jail procedures, council resolutions.
NEIGHBOURS: list[tuple[str, set[str], set[str]]] = [
    ("Any person who is arrested shall have the person's immigration status determined before the person is released.", {COOP}, LIMITS),
    (
        "No official or agency of this state or a county may limit or restrict the enforcement of federal immigration "
        "laws to less than the full extent permitted by federal law.",
        {COOP}, LIMITS,
    ),
    (
        "When a person charged with a felony is confined in the county jail, the jailer shall make a reasonable effort to "
        "determine whether the person is lawfully present in the United States.",
        {COOP}, LIMITS,
    ),
    (
        "A municipality that enacts a sanctuary policy shall be ineligible for any moneys provided through grants "
        "administered by a state agency until the policy is repealed.",
        {COOP}, LIMITS,
    ),
    (
        "Upon the discharge from imprisonment of an alien who is unlawfully present, the sheriff shall immediately notify "
        "United States Immigration and Customs Enforcement.",
        {COOP}, LIMITS,
    ),
    (
        _DEFINITIONS + "Section 2. An official who knowingly fails to comply with this section is guilty of official "
        "misconduct and may be removed from office.",
        {COOP}, LIMITS,
    ),
    (
        _DEFINITIONS + "Section 2. A sheriff who knowingly fails to comply with this Code section shall be guilty of a "
        "misdemeanor of a high and aggravated nature.",
        {COOP}, LIMITS,
    ),
    (_DEFINITIONS + "Section 2. Any local government that violates this Code section shall waive its sovereign immunity.", {COOP}, LIMITS),
    # near misses: a crime of persons in an immigration law is not a duty of officials; officials'
    # penalties in a law about something else
    (_DEFINITIONS + "Section 2. A person who violates this section is guilty of a class 1 misdemeanor.", set(), ALL),
    (_OTHER_LAW + "Section 2. An official who knowingly fails to comply with this section is guilty of official misconduct.", set(), ALL),
    (
        "The fact that an individual is suspected of being an undocumented alien shall not be the sole basis for contact, "
        "detention or arrest.",
        {RES}, {COOP, DET},
    ),
    ("Deputies have no authority to enforce civil immigration law.", {RES}, {COOP}),
    ("Members will not provide release dates or times to immigration authorities.", {NOTE}, {COOP}),
    ("ICE agents will not be given access to inmates for interviews unless the inmate consents in writing.", {ACC}, {COOP}),
    (
        "BE IT RESOLVED that the City Council directs that no City funds or personnel be used to assist federal "
        "immigration enforcement.",
        {RES}, {COOP},
    ),
    (
        "BE IT FURTHER RESOLVED that the Council requests that the Sheriff not honor ICE detainer requests absent a "
        "judicial warrant.",
        {DET}, {COOP},
    ),
    ("BE IT RESOLVED that the Board of Supervisors directs the Sheriff to end the County's 287(g) agreement.", {G287}, {COOP}),
    # near misses: directions about other things, and findings
    ("BE IT RESOLVED that the City Council requests that the Governor declare a state of emergency.", set(), ALL),
    ("The County directs all inquiries about immigration to the Office of Immigrant Affairs.", set(), ALL),
    (
        "WHEREAS, the federal government is responsible for enforcing immigration law, and the Sheriff must cooperate "
        "with ICE;",
        set(), ALL,
    ),
    ("It is the policy of the Jail Division that no person shall be held solely on the basis of a civil immigration detainer.", {DET}, {COOP}),
    ("Enforcement of civil immigration law is primarily the responsibility of the federal government.", set(), ALL),
]


@pytest.mark.parametrize(("provision", "must", "must_not"), NEIGHBOURS, ids=[c[0][:60] for c in NEIGHBOURS])
def test_neighbouring_styles(provision: str, must: set[str], must_not: set[str]) -> None:
    codes = codes_of(provision)
    assert must <= codes, f"missing {must - codes}"
    assert not (codes & must_not), f"wrongly coded {codes & must_not}"


# Jail procedures and manuals in the passive indicative.
PASSIVE: list[tuple[str, set[str], set[str]]] = [
    ("Immigration and Customs Enforcement will be notified of the release of any inmate with a detainer.", {COOP}, LIMITS),
    ("ICE will not be notified of the release date of any inmate.", {NOTE}, {COOP}),
    ("Information about an inmate's immigration status will not be shared with ICE.", {STAT}, {COOP}),
    ("ICE will not be permitted to use jail facilities for interviews.", {ACC}, {COOP}),
    ("The Sheriff will not allow ICE agents into the non-public areas of the jail without a judicial warrant.", {ACC}, {COOP}),
    ("ICE detainers are not honored by this Office.", {DET}, {COOP}),
    ("Detainers will be honored for a period not to exceed 48 hours.", {COOP}, LIMITS),
    # a hold past the release date is a detainer limit, not a notification limit
    ("The Department does not honor requests from ICE to hold individuals beyond their release date.", {DET}, {NOTE, COOP}),
    ("Inmates will not be asked about their immigration status at booking.", {INQ}, {COOP}),
    ("It is the policy of the Office that ICE detainers are not honored without a judicial warrant.", {DET}, {COOP}),
    ("The Board directs that ICE detainers are not honored.", {DET}, {COOP}),
    # near misses: negated descriptions of the subject are not prohibitions
    ("Inmates who are not held on an ICE detainer will be released at the end of their sentence.", set(), ALL),
    ("An inmate whose detainer is not honored within 48 hours shall be released.", set(), ALL),
    ("If the Sheriff is not a party to a 287(g) agreement, the Sheriff shall notify ICE of the release of a foreign national.", {COOP}, LIMITS),
    # near misses: cooperation in criminal matters, and facts about who may enter
    ("Deputies will continue to cooperate with ICE in criminal investigations.", set(), ALL),
    ("Visitors are not admitted into the jail after 8 p.m.", set(), ALL),
    ("Records of immigration status information are kept in the booking file.", set(), ALL),
]


@pytest.mark.parametrize(("provision", "must", "must_not"), PASSIVE, ids=[c[0][:60] for c in PASSIVE])
def test_passive_indicative(provision: str, must: set[str], must_not: set[str]) -> None:
    codes = codes_of(provision)
    assert must <= codes, f"missing {must - codes}"
    assert not (codes & must_not), f"wrongly coded {codes & must_not}"


RUN_IN_RESOLUTION = """A RESOLUTION SUPPORTING ENFORCEMENT
WHEREAS, the County values public safety; and WHEREAS, the Sheriff has long worked with federal partners; NOW, THEREFORE, BE IT RESOLVED that the Sheriff is directed to honor all ICE detainers.
"""

SINGLE_SPACED_RECITALS_ONLY = """RESOLUTION 2025-8
WHEREAS, the County has entered into a 287(g) agreement with ICE; and
WHEREAS, the Sheriff shall honor all detainers under state law;
NOW, THEREFORE, BE IT RESOLVED that the Board thanks the Sheriff for his service.
"""

SINGLE_SPACED_SANCTUARY = """RESOLUTION 2025-9
WHEREAS, the City welcomes immigrants; and
WHEREAS, the City has cooperated with ICE in the past;
NOW, THEREFORE, BE IT RESOLVED that no City funds or personnel shall be used to assist federal civil immigration enforcement.
"""


def test_resolved_clause_run_into_title_and_recitals_is_coded() -> None:
    assert {c for p in find_provisions(RUN_IN_RESOLUTION) for c in p.category_codes} == {COOP}


def test_single_spaced_recitals_code_nothing() -> None:
    assert is_policy_text(SINGLE_SPACED_RECITALS_ONLY)
    assert not {c for p in find_provisions(SINGLE_SPACED_RECITALS_ONLY) for c in p.category_codes}
    assert {c for p in find_provisions(SINGLE_SPACED_SANCTUARY) for c in p.category_codes} == {RES}


MORE: list[tuple[str, set[str], set[str]]] = [
    ("No member will be designated as an immigration officer.", {G287}, {COOP}),
    ("The Sheriff's Office is not a party to any agreement under Section 287(g).", {G287}, {COOP}),
    ("The Sheriff will not accept new 287(g) designations and will allow the current agreement to expire.", {G287}, {COOP}),
    ("The County does not rent jail beds to ICE.", {RES}, {COOP}),
    ("The Sheriff will allow the current 287(g) agreement to expire on its own terms.", {G287}, {COOP}),
    ("The Sheriff shall not allow the 287(g) agreement to lapse.", {COOP}, {G287}),
    ("The 287(g) agreement expires on June 30, 2026.", set(), ALL),
    (
        "BE IT RESOLVED that the County Manager is directed to take all steps necessary to ensure compliance with federal "
        "immigration detainers.",
        {COOP}, LIMITS,
    ),
    ("BE IT FURTHER RESOLVED that the County Commission urges the Sheriff to continue participating in the 287(g) program.", {COOP}, LIMITS),
    ("BE IT RESOLVED that the Sheriff is authorized to cooperate fully with ICE.", {COOP}, LIMITS),
    ("The Governor may withhold state funds from any city that adopts a sanctuary policy.", {COOP}, LIMITS),
    ("The jail will provide ICE with a daily list of foreign-born inmates.", {COOP}, LIMITS),
    ("Staff will contact ICE when an inmate is identified as foreign born.", {COOP}, LIMITS),
    ("The Office will not use its personnel to assist ICE with civil immigration enforcement.", {RES}, {COOP}),
    # near misses
    ("The Department will cooperate with ICE as required by law.", set(), ALL),
    ("Officers may assist ICE in a criminal investigation when a judicial warrant has been issued.", set(), ALL),
    ("The jail will provide inmates with a copy of this order.", set(), ALL),
    ("Compliance with immigration detainers is voluntary under federal law.", set(), ALL),
    ("The Sheriff is a party to a mutual aid agreement with neighbouring counties.", set(), ALL),
    ("The County rents office space to the state probation department.", set(), ALL),
    ("Officers designated as field training officers will review this order with new recruits.", set(), ALL),
]


@pytest.mark.parametrize(("provision", "must", "must_not"), MORE, ids=[c[0][:60] for c in MORE])
def test_more_neighbouring_styles(provision: str, must: set[str], must_not: set[str]) -> None:
    codes = codes_of(provision)
    assert must <= codes, f"missing {must - codes}"
    assert not (codes & must_not), f"wrongly coded {codes & must_not}"


def test_header_fields_side_by_side_count() -> None:
    order = (
        "ELM CITY POLICE DEPARTMENT\n"
        "Subject: Immigration      Number: 4.26\n"
        "Effective Date: 3/1/2025    Rescinds: 6/1/2019\n\n"
        "Members do not enforce civil immigration law and do not ask crime victims about their immigration status.\n"
    )
    assert is_policy_text(order)
    assert {c for p in find_provisions(order) for c in p.category_codes} == {RES, INQ}
