"""Coding provisions drafted in the styles of many kinds of policy texts, written for these tests.

Each row: (provision text, categories it must be coded with, categories it must not be coded
with). Rows cover sanctuary limits (ordinances, sheriff directives, state statutes, attorney-general
directives, executive orders) and anti-sanctuary mandates in the drafting styles of several states,
with near misses next to the positives. The `must_not` sets guard precision: a false claim that a
county limits detainers is worse than a miss.
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

CASES: list[tuple[str, set[str], set[str]]] = [
    # --- Anti-sanctuary mandates in several states' drafting styles -----------------------------
    (
        "A county or municipal police department may not adopt, enforce, or endorse a policy under which "
        "the county or department prohibits or materially limits the enforcement of immigration laws.",
        {COOP}, LIMITS,
    ),
    (
        "A jail that has custody of a person subject to an immigration detainer request shall comply with, "
        "honor, and fulfill any request made in the detainer request.",
        {COOP}, LIMITS,
    ),
    (
        "A local entity may not prohibit or materially limit a peace officer from doing any of the following:\n\n"
        "(1) inquiring into the immigration status of a person under a lawful detention or under arrest;\n\n"
        "(2) sending information regarding the immigration status of a person to United States Immigration "
        "and Customs Enforcement;\n\n"
        "(3) assisting or cooperating with a federal immigration officer as reasonably necessary.",
        {COOP}, LIMITS | {SAVE},
    ),
    (
        "(2) Except as required by state law, a county may not prohibit or restrict an officer from doing any "
        "of the following with respect to information about a person's immigration status:\n\n"
        "(a) sending the information to a federal immigration agency;\n\n"
        "(b) using the information to comply with an immigration detainer.",
        {COOP}, LIMITS | {SAVE},
    ),
    ("A sanctuary policy is prohibited. A local governmental entity may not adopt or have in effect a sanctuary policy.", {COOP}, LIMITS),
    (
        "Each county correctional facility shall enter into an agreement with United States Immigration and "
        "Customs Enforcement under section 287(g) of the Immigration and Nationality Act.",
        {COOP}, LIMITS,
    ),
    ("No local governmental entity shall adopt any sanctuary policy.", {COOP}, LIMITS),
    (
        "Each sheriff shall make a reasonable effort to determine the nationality of any person confined in "
        "the county jail who is charged with a felony.",
        {COOP}, LIMITS,
    ),
    ("A local entity shall not prohibit a law enforcement officer from assisting or cooperating with a federal immigration officer.", {COOP}, LIMITS),
    (
        "No local governmental entity or official shall adopt or enact any ordinance, policy or procedure that "
        "prohibits or in any way restricts a law enforcement officer from communicating or cooperating with "
        "federal officials with regard to the immigration status of any person.",
        {COOP}, LIMITS | {SAVE},
    ),
    (
        "No city may have in effect any policy, ordinance, or procedure that limits or restricts the enforcement "
        "of federal immigration laws to less than the full extent permitted by federal law.",
        {COOP}, LIMITS,
    ),
    (
        "No county or municipality shall enact an ordinance or policy that limits or prohibits a law enforcement "
        "officer from communicating with a federal agency regarding the immigration status of any person.",
        {COOP}, LIMITS | {SAVE},
    ),
    ("A governmental body may not limit or restrict the enforcement of federal immigration laws to less than the full extent permitted by federal law.", {COOP}, LIMITS),
    ("No municipality shall enact any policy which limits cooperation with federal immigration authorities.", {COOP}, LIMITS),
    ("A county that fails to comply with an immigration detainer is subject to a civil penalty of not less than $1,000 for each day of the violation.", {COOP}, LIMITS),
    ("An official who votes in favor of a sanctuary policy commits a Class E felony.", {COOP}, LIMITS),
    (
        "The sheriff of each county that operates a jail shall request and enter into an agreement with United "
        "States Immigration and Customs Enforcement under 8 U.S.C. Section 1357(g).",
        {COOP}, LIMITS,
    ),
    ("A sheriff may not terminate a 287(g) agreement without the approval of the state board.", {COOP}, LIMITS),
    ("The Sheriff shall maintain the existing 287(g) agreement with ICE.", {COOP}, LIMITS),
    # --- Detainers ---------------------------------------------------------------------------------
    (
        "The Department shall not detain any individual on the basis of a civil immigration detainer unless the "
        "detainer is accompanied by a judicial warrant.",
        {DET}, {COOP},
    ),
    ("A person shall not be held solely on the basis of his or her immigration status.", {DET}, {COOP}),
    ("Inmates shall not be kept in custody past their release time on account of an ICE hold.", {DET}, {COOP}),
    ("The Corrections Division will honor immigration hold requests only for persons convicted of a violent felony.", {DET}, {COOP}),
    ("The Sheriff shall keep a log of each immigration detainer received.", set(), {DET, COOP}),
    # --- Arrests, resources, joint operations --------------------------------------------------------
    (
        "Deputies will not stop, detain, or arrest any person solely to determine his or her immigration status.",
        {RES}, {DET, COOP},
    ),
    (
        "No state, county, or local law enforcement officer shall stop, arrest, search, or detain any individual "
        "based solely on actual or suspected citizenship or immigration status.",
        {RES}, {DET, COOP},
    ),
    (
        "No agency funds, facilities, property, equipment, or personnel shall be used to investigate, enforce, or "
        "assist in the investigation or enforcement of any criminal, civil, or administrative violation of federal "
        "immigration law.",
        {RES}, {COOP},
    ),
    (
        "A county may not expend public funds or use county employees to identify or apprehend individuals whose "
        "sole violation of law is unlawful presence under federal immigration law.",
        {RES}, {COOP},
    ),
    (
        "A police agency shall not use agency money, equipment or officers for the purpose of locating or "
        "apprehending persons whose only offense is presence in the country in violation of federal immigration "
        "laws.",
        {RES}, {COOP},
    ),
    ("Executive agencies shall not use their resources to enforce federal civil immigration law, except as required by federal law.", {RES}, {COOP}),
    ("The Sheriff's Office will not participate in joint operations with ICE whose purpose is civil immigration enforcement.", {RES}, {COOP}),
    ("The County shall use its funds to provide legal representation to immigrants facing removal proceedings.", set(), {RES, COOP}),
    ("This policy does not prohibit deputies from cooperating with federal authorities in the investigation of criminal activity.", set(), {RES, COOP}),
    # --- Status inquiries and status information ---------------------------------------------------
    (
        "No law enforcement officer shall inquire about the immigration status of a crime victim, witness, or "
        "person who calls or approaches the police seeking assistance.",
        {INQ}, {COOP},
    ),
    (
        "No City officer or employee shall request information about or otherwise investigate the citizenship or "
        "immigration status of any person unless such inquiry is required by law.",
        {INQ}, {COOP},
    ),
    (
        "(1) A public body may not:\n\n"
        "(a) Ask any person about the person's citizenship or immigration status, except as state law requires; or\n\n"
        "(b) Record information about a person's immigration status in any agency file.",
        {INQ, STAT}, {COOP},
    ),
    ("City employees shall not disclose information regarding the immigration status of any person unless required by law.", {STAT}, {COOP}),
    ("City agencies shall not condition the provision of City services on the immigration status of any person.", set(), {INQ, STAT, COOP}),
    # --- Savings clauses and near misses ---------------------------------------------------------------
    (
        "Nothing in this order shall prohibit any City officer from sending to, or receiving from, federal "
        "immigration authorities information regarding the citizenship or immigration status of any individual, "
        "as provided in 8 U.S.C. § 1373.",
        {SAVE}, {STAT, COOP},
    ),
    (
        "This section does not prohibit any agency from sending to, or receiving from, ICE information regarding "
        "the citizenship or immigration status of an individual.",
        {SAVE}, {STAT, COOP},
    ),
    (
        "Officers may exchange information with ICE in order to verify the immigration status of a person arrested "
        "for a felony.",
        set(), {SAVE, STAT},
    ),
    # --- Notification, access, personal information ----------------------------------------------------
    (
        "Jail staff shall not notify federal immigration authorities of an inmate's release date unless the "
        "inmate has been convicted of a serious or violent felony.",
        {NOTE}, {COOP},
    ),
    (
        "Immigration officers may interview a person in county custody only after the person has signed a "
        "consent form in a language the person understands.",
        {ACC}, {COOP},
    ),
    (
        "No agency shall provide federal immigration authorities with an individual's home address, workplace, or "
        "telephone number for immigration enforcement purposes.",
        {PII}, {COOP},
    ),
    ("Agencies shall limit the availability of information in their databases for immigration enforcement purposes.", {PII}, {COOP}),
    ("Deputies shall ask every arrested person for a home address and telephone number.", set(), {PII, INQ}),
    # --- 287(g) ------------------------------------------------------------------------------------
    (
        "No county sheriff shall enter into, renew, or extend any agreement under 8 U.S.C. § 1357(g) with the "
        "Department of Homeland Security.",
        {G287}, {COOP},
    ),
    ("The Sheriff shall terminate the agreement entered into with ICE pursuant to 8 U.S.C. § 1357(g).", {G287}, {COOP}),
    # --- Sensitive locations ------------------------------------------------------------------------
    (
        "No person shall be arrested for a civil immigration violation while at, going to, or returning from a "
        "courthouse.",
        {LOC}, {COOP},
    ),
    (
        "Federal immigration agents shall not be permitted to enter any public school, child care center, or "
        "shelter without a judicial warrant.",
        {LOC}, {COOP},
    ),
    (
        "A county may prohibit its employees from assisting federal immigration officers on the premises of a "
        "hospital or a place of worship.",
        {LOC}, {RES, COOP},
    ),
    (
        "(c) A city may prohibit its officers from cooperating with federal immigration officers:\n\n"
        "(1) at a place of worship;\n\n"
        "(2) at a college or other institution of higher education; or\n\n"
        "(3) at a clinic or other facility providing health care services.",
        {LOC}, {RES, COOP},
    ),
    ("School resource officers shall enforce the school district's code of conduct.", set(), {LOC}),
    # --- Transparency --------------------------------------------------------------------------------
    (
        "The Sheriff shall report quarterly to the Board of Supervisors the number of detainer requests received "
        "from ICE and the number honored.",
        {TRANS}, {COOP},
    ),
    (
        "Upon receiving an ICE request, the Office shall provide the individual a copy of the request and inform "
        "the individual whether the Office intends to comply.",
        {TRANS}, {COOP},
    ),
    ("The Sheriff shall report to ICE the name of every foreign-born inmate booked into the jail.", {COOP}, {TRANS}),
    # --- List stems with the modal in the lead-in and the verb in each item ----------------------------
    (
        "(1) Except as provided in subsection (2) of this section, state and local law enforcement agencies may not:\n\n"
        "(a) Inquire into or collect information about an individual's immigration or citizenship status, or "
        "place of birth, unless there is a connection between such information and an investigation into a "
        "violation of state or local criminal law; or\n\n"
        "(b) Provide information pursuant to notification requests from federal immigration authorities for the "
        "purposes of civil immigration enforcement, except as required by law.",
        {INQ, STAT, NOTE}, {COOP, SAVE},
    ),
    (
        "A law enforcement agency shall not:\n\n"
        "(a) Provide nonpublic personal information about an individual to federal immigration authorities in a "
        "noncriminal matter, except as required by state or federal law;\n\n"
        "(b) Give federal immigration authorities access to interview individuals about a noncriminal matter "
        "while they are in custody, except as required by a court order;\n\n"
        "(c) Enter into or renew an agreement under 8 U.S.C. Sec. 1357(g).",
        {PII, ACC, G287}, {COOP},
    ),
    (
        "A governmental body may not enact or implement a policy that prohibits or in any way restricts another "
        "governmental body from taking the following actions with regard to information of the citizenship or "
        "immigration status of an individual:\n\n"
        "(1) Communicating or cooperating with federal officials.\n\n"
        "(2) Sending to or receiving information from the United States Department of Homeland Security.\n\n"
        "(3) Maintaining information.\n\n"
        "(4) Exchanging information with another federal, state, or local government entity.",
        {COOP}, LIMITS | {SAVE},
    ),
    (
        "A local entity may not prohibit or materially limit a peace officer from:\n\n"
        "(1) with respect to information relating to the immigration status of any person under arrest:\n\n"
        "(A) sending the information to or requesting or receiving the information from United States Immigration "
        "and Customs Enforcement;\n\n"
        "(B) maintaining the information; or\n\n"
        "(2) assisting or cooperating with a federal immigration officer as reasonably necessary.",
        {COOP}, LIMITS | {SAVE},
    ),
    (
        "A law enforcement agency that has custody of a person subject to an immigration detainer request shall:\n\n"
        "(1) comply with, honor, and fulfill any request made in the detainer request; and\n\n"
        "(2) inform the person that the person is being held pursuant to an immigration detainer request.",
        {COOP}, LIMITS | {TRANS},
    ),
    # --- More detainer wording --------------------------------------------------------------------
    ("A law enforcement officer shall not arrest or detain an individual on the basis of a civil immigration detainer.", {DET}, {COOP}),
    (
        "A law enforcement official shall not detain or continue to detain any individual solely on the basis of "
        "any immigration detainer or civil immigration warrant.",
        {DET}, {COOP},
    ),
    ("The County shall not enforce any civil immigration detainer that is not accompanied by a judicial warrant.", {DET}, {COOP}),
    (
        "The City shall not comply with detainer requests unless the person is being released after conviction "
        "for a violent felony and the detainer is supported by a judicial warrant.",
        {DET}, {COOP},
    ),
    ("No person in custody shall be denied access to programs because of an immigration detainer.", set(), {DET, ACC, COOP}),
    (
        "Members may respond to ICE notification requests by providing an inmate's scheduled release date where "
        "consistent with state law.",
        set(), {NOTE, COOP},
    ),
    ("Inmates will be provided with a copy of any ICE detainer or notification request received by the jail.", {TRANS}, {COOP}),
    # --- More mandates ------------------------------------------------------------------------------
    ("Each law enforcement agency shall fully comply with and support the enforcement of federal immigration law.", {COOP}, LIMITS),
    (
        "The administrator of a county jail shall attempt to determine whether a person charged with a felony is "
        "a legal resident of the United States.",
        {COOP}, LIMITS,
    ),
    (
        "Any local governmental entity that adopts a sanctuary policy shall be ineligible for state economic "
        "development funds.",
        {COOP}, LIMITS,
    ),
    (
        "No local official shall act to adopt, enforce, or act pursuant to any policy that limits or prohibits a "
        "local official from communicating or cooperating with federal officials with regard to reporting "
        "immigration status information.",
        {COOP}, LIMITS | {SAVE},
    ),
    # --- Near misses without an immigration topic -----------------------------------------------------
    ("Deputies shall cooperate with federal law enforcement agencies in the investigation of criminal offenses.", set(), LIMITS | {COOP}),
    ("The Sheriff shall honor criminal warrants issued by federal courts.", set(), LIMITS | {COOP}),
    # --- Directive and resolution phrasings ------------------------------------------------------------
    ("It is the policy of the Sheriff's Office not to honor immigration detainers absent a judicial warrant.", {DET}, {COOP}),
    ("Deputies are not to ask victims or witnesses about their immigration status.", {INQ}, {COOP}),
    ("Immigration detainers will not be honored unless signed by a judge.", {DET}, {COOP}),
    ("The Sheriff's Office does not notify ICE of the release dates of inmates.", {NOTE}, {COOP}),
    (
        "BE IT FURTHER RESOLVED, that the Board urges Congress to enact comprehensive immigration reform and "
        "to fund immigration courts.",
        set(), LIMITS | {COOP},
    ),
    (
        "NOW, THEREFORE, BE IT RESOLVED that the County shall not enter into any agreement under Section 287(g) "
        "of the Immigration and Nationality Act.",
        {G287}, {COOP},
    ),
    # --- Equal-treatment rules mention detainers and status without limiting cooperation --------------
    (
        "The department shall not restrict access to any educational programming on the sole basis of "
        "immigration status, including whether immigration authorities have issued a hold request or a "
        "notification request against the individual.",
        set(), LIMITS | {COOP},
    ),
    (
        "A public body may not deny services or benefits to an individual in custody on the basis of an immigration "
        "detainer, notification request or civil immigration warrant.",
        set(), LIMITS | {COOP},
    ),
    ("The Sheriff shall not consider a person's immigration status as a factor in setting bail.", set(), LIMITS | {COOP}),
    (
        "A county jail shall not keep a person otherwise eligible for release from custody on the basis of an "
        "immigration detainer.",
        {DET}, {COOP},
    ),
    # --- Anti-sanctuary statutes whose lists repeat limit vocabulary ------------------------------------
    (
        "A local entity or campus police department may not:\n\n"
        "(1) adopt, enforce, or endorse a policy under which the entity prohibits or materially limits the "
        "enforcement of immigration laws;\n\n"
        "(2) as demonstrated by pattern or practice, prohibit or materially limit the enforcement of immigration "
        "laws; or\n\n"
        "(3) for an entity that operates a jail, as demonstrated by pattern or practice, intentionally fail to "
        "comply with an immigration detainer request.",
        {COOP}, LIMITS,
    ),
    (
        "A local governmental entity may not receive state grant funds if it has in effect a policy that limits "
        "cooperation with federal immigration authorities.",
        {COOP}, LIMITS,
    ),
    (
        "A resident of this state may file a complaint with the attorney general alleging that a local entity has "
        "adopted a policy that limits the enforcement of immigration laws.",
        set(), LIMITS,
    ),
    ("A person may not operate a private immigration detention facility within this state.", set(), LIMITS | {COOP}),
    (
        "A county may not enter into a contract with the federal government to house or detain persons in federal "
        "immigration custody in a county jail.",
        {RES}, {COOP},
    ),
    (
        "A law enforcement agency may not renew any arrangement under which the agency holds individuals who are in "
        "the custody of a federal immigration authority.",
        {RES}, {COOP},
    ),
    (
        "The County shall enter into an intergovernmental agreement to house federal detainees at the county jail.",
        set(), LIMITS,
    ),
    # --- Discretion "only if", conditions and notices to the person ----------------------------------
    (
        "A law enforcement official shall have discretion to cooperate with federal immigration officials by "
        "detaining an individual on the basis of an immigration hold after that individual becomes eligible for "
        "release from custody only if the individual has been convicted of a serious or violent felony.",
        {DET}, {COOP},
    ),
    (
        "If a local law enforcement agency provides ICE with notification that an individual will be released on a "
        "certain date, the agency shall promptly provide the same notification in writing to the individual and to "
        "his or her attorney.",
        {TRANS}, {COOP, NOTE},
    ),
    (
        "The records relating to ICE access provided by local law enforcement agencies, including all communication "
        "with ICE, shall be public records for purposes of the state public records act.",
        {TRANS}, {COOP},
    ),
    (
        "State and local law enforcement agencies may not grant federal immigration authorities access to interview "
        "individuals about a noncriminal matter while they are in custody, except as required by state or federal "
        "law or a court order.",
        {ACC}, {COOP},
    ),
    (
        "Nothing in this section prohibits the collection, use, or disclosure of information that is required to "
        "comply with state or federal law.",
        set(), LIMITS | {COOP, SAVE},
    ),
    # --- Manual-style policies ("should not", "members", present tense) -----------------------------
    (
        "An officer should not detain any individual, for any length of time, for a civil violation of federal "
        "immigration laws or a related civil warrant.",
        {RES}, {DET, COOP},
    ),
    (
        "No individual should be held based solely on a federal immigration detainer under 8 CFR 287.7 unless the "
        "person has been charged with a federal crime or the detainer is accompanied by a warrant.",
        {DET}, {COOP},
    ),
    ("To encourage crimes to be reported, members should not ask about the immigration status of victims or witnesses.", {INQ}, {COOP}),
    (
        "Requests by ICE for assistance should be directed to a supervisor. The Office may provide available support "
        "services, such as traffic control or peacekeeping efforts.",
        set(), LIMITS | {COOP},
    ),
    (
        "It is the policy of this office that all members make commitments to equal enforcement of the law and equal "
        "service to the public, regardless of national origin or immigration status.",
        set(), LIMITS | {COOP},
    ),
    # --- More wordings of notification, access and transparency ------------------------------------------
    ("The jail shall not provide advance notice of an inmate's release to immigration officers.", {NOTE}, {COOP}),
    ("Staff will not respond to Form I-247N requests from ICE.", {NOTE}, {COOP}),
    ("ICE officers shall not be allowed in the secure areas of the detention facility.", {ACC}, {COOP}),
    (
        "Immigration agents may not use county jail facilities or interview rooms to conduct interviews of persons "
        "in custody.",
        {ACC}, {COOP},
    ),
    (
        "The Sheriff shall hold at least one community forum each year to receive public comment on the Sheriff's "
        "dealings with federal immigration authorities.",
        {TRANS}, {COOP},
    ),
    (
        "The Office shall maintain a record of every request for information it receives from immigration "
        "authorities and shall publish an annual summary of those requests.",
        {TRANS}, {COOP},
    ),
    ("The Sheriff shall publish an annual report on jail population and staffing.", set(), {TRANS}),
    # --- Plain promises to cooperate ----------------------------------------------------------------
    ("RESOLVED, that the County will cooperate fully with federal immigration authorities.", {COOP}, LIMITS),
    ("The Sheriff's Office will continue to cooperate with ICE in the investigation of serious crimes.", set(), LIMITS | {COOP}),
    ("The Sheriff shall cooperate with ICE only to the extent required by federal law.", {RES}, {COOP}),
    # --- Further wordings of status sharing and detainers -------------------------------------------
    ("Employees shall not share any person's immigration status with federal immigration authorities.", {STAT}, {COOP}),
    ("No agency shall maintain records of the citizenship status of any person it serves.", {STAT}, {COOP}),
    ("ICE detainers will not be recognized by the Corrections Division.", {DET}, {COOP}),
    (
        "Persons eligible for release shall be released from custody notwithstanding any immigration detainer.",
        {DET}, {COOP},
    ),
    ("Booking staff shall record each person's citizenship status and share it with ICE.", {COOP}, {STAT}),
    ("Officers shall not attempt to verify or determine the immigration status of crime victims.", {INQ}, {COOP}),
    ("Initiating police action with the objective of discovering the alien status of a person is prohibited.", {INQ}, {COOP}),
    (
        "Each sheriff shall report to the state board on the status of the sheriff's 287(g) agreement by January 1 "
        "of each year.",
        set(), LIMITS | {TRANS},
    ),
    (
        "Pursuant to state law, the Office will provide a copy of any ICE hold or notification request to the "
        "individual named in it.",
        {TRANS}, {COOP},
    ),
    (
        "Members shall not use immigration status as a basis for denying any person a service to which the person "
        "is entitled.",
        set(), LIMITS | {COOP},
    ),
    ("Any 287(g) agreement shall be presented to the Board of Supervisors at a public meeting.", set(), {COOP, G287}),
    # --- The federal 48-hour cap is no local limit -----------------------------------------------------
    (
        "The Sheriff shall honor all immigration detainers, but no person shall be held more than 48 hours beyond "
        "the time of release on a detainer.",
        {COOP}, {DET},
    ),
    ("Immigration detainers shall be honored for no longer than 48 hours, excluding weekends and holidays.", {COOP}, {DET}),
    # --- Directive with dotted numbers under a lead-in that opens with an exception ----------------------
    (
        "B. Except as provided in Section C, no state or local law enforcement officer shall provide the following "
        "kinds of assistance to federal immigration authorities when the only purpose of that assistance is to "
        "enforce federal civil immigration law:\n\n"
        "1. Taking part in civil immigration enforcement operations.\n\n"
        "2. Providing any non-public personally identifying information about any person.\n\n"
        "3. Providing access to a detained person for an interview, unless the person signs a written consent form.\n\n"
        "4. Providing notice of a detained person's upcoming release from custody.\n\n"
        "5. Continuing to hold a detained person past the time he or she would otherwise be released based only on "
        "a civil immigration detainer request.",
        {RES, PII, ACC, NOTE, DET}, {COOP, SAVE},
    ),
    (
        "Nothing in this chapter shall be construed to prohibit any City agency from cooperating with federal "
        "authorities in criminal investigations.",
        set(), LIMITS | {COOP, SAVE},
    ),
    (
        "This chapter does not prohibit the Sheriff from honoring a detainer that is accompanied by a judicial warrant.",
        set(), {COOP},
    ),
    # --- Roles that code nothing -------------------------------------------------------------------
    ('"Immigration detainer" means a request by ICE to hold a person beyond the time of release.', set(), LIMITS | {COOP}),
    ("The Board finds that entanglement with ICE undermines community trust and that honoring detainers is costly.", set(), LIMITS | {COOP}),
    ("WHEREAS, the County shall not honor detainers;", set(), LIMITS | {COOP}),
    ("The Sheriff shall not release any information about juveniles to the press.", set(), LIMITS | {COOP}),
]


@pytest.mark.parametrize(("provision", "must", "must_not"), CASES, ids=[c[0][:60] for c in CASES])
def test_provision_is_coded(provision: str, must: set[str], must_not: set[str]) -> None:
    codes = codes_of(provision)
    assert must <= codes, f"missing {sorted(must - codes)}; got {sorted(codes)}"
    assert not codes & must_not, f"wrongly coded {sorted(codes & must_not)}"
    if not must:
        assert not codes & (LIMITS | {COOP}), f"coded {sorted(codes)}"


# --- Policy-text detection for short excerpts without an enacting clause ------------------------

STATUTE_EXCERPT = (
    "Example Revised Statutes 12.345\n\n"
    "12.345 Prohibited uses of agency resources.\n\n"
    "(1) A public body may not:\n\n"
    "(a) Use public moneys to detect persons whose only violation of law is a civil immigration violation; or\n\n"
    "(b) Ask about a person's citizenship status unless:\n\n"
    "(A) The information is needed for a criminal investigation; or\n\n"
    "(B) A court orders it.\n\n"
    "(2) Notwithstanding subsection (1) of this section, an agency may comply with a court order.\n"
)
DIRECTIVE_OUTLINE = (
    "ASSISTANCE TO FEDERAL AGENCIES\n\n"
    "1.0 POLICY STATEMENT\n\n"
    "The Office serves all residents equally. No person shall be held solely on the basis of his or her "
    "immigration status.\n\n"
    "2.0 PROCEDURE\n\n"
    "Deputies will document every request from federal immigration officers.\n"
)
NEWS_WITH_A_LIST = (
    "The county board voted 4-1 on Tuesday, officials said. The measure would do three things, according to "
    "the sponsor: (1) end the jail's agreement, (2) publish data, and (3) hold forums. \"We listened,\" the "
    "chair told reporters. Critics said the vote was rushed, and the sheriff said he would comply.\n"
)


def test_short_statute_excerpt_is_a_policy_text() -> None:
    assert is_policy_text(STATUTE_EXCERPT)
    codes = {c for p in find_provisions(STATUTE_EXCERPT) for c in p.category_codes}
    assert codes == {RES, INQ}


def test_exception_items_code_nothing_of_their_own() -> None:
    provisions = find_provisions(STATUTE_EXCERPT)
    items = [p for p in provisions if p.number and p.number.endswith(("(A)", "(B)"))]
    assert items and all(not p.categories for p in items)


def test_directive_with_decimal_outline_is_a_policy_text() -> None:
    assert is_policy_text(DIRECTIVE_OUTLINE)
    codes = {c for p in find_provisions(DIRECTIVE_OUTLINE) for c in p.category_codes}
    # documenting every request from immigration officers is a record of ICE requests
    assert codes == {DET, "transparency"}


def test_news_story_with_an_inline_list_is_not_policy() -> None:
    assert not is_policy_text(NEWS_WITH_A_LIST)


# --- Whole documents in the shapes real excerpts take ----------------------------------------------

DEFINITIONS_ONLY = (
    "§ 4-12 Definitions.\n\n"
    "As used in this chapter:\n\n"
    '(a) "Civil immigration warrant" means any warrant for a violation of federal civil immigration law.\n\n'
    '(b) "Immigration detainer" means a request by Immigration and Customs Enforcement to a local law '
    "enforcement agency to maintain custody of an individual beyond the time he or she would otherwise be "
    "released, or to notify ICE of the individual's release date.\n\n"
    '(c) "Law enforcement official" means any officer who may arrest or detain a person.\n'
)
MANUAL_DEFINITIONS = (
    "Policy 512\n\nFederal Immigration Enforcement\n\n"
    "512.1 PURPOSE AND SCOPE\n\n"
    "The purpose of this policy is to provide guidance to members about their dealings with federal immigration "
    "officials and about immigration detainers and notification requests.\n\n"
    "512.1.1 DEFINITIONS\n\n"
    "Definitions related to this policy include:\n\n"
    "Immigration detainer - A request by ICE that the Office hold a person beyond the time of release.\n\n"
    "Notification request - A request by ICE that the Office inform ICE of a person's release date.\n"
)
PREAMBLE_ONLY = (
    "OFFICE OF THE ATTORNEY GENERAL\n\n"
    "LAW ENFORCEMENT DIRECTIVE NO. 2030-1\n\n"
    "TO: All Law Enforcement Chief Executives\n\n"
    "FROM: The Attorney General\n\n"
    "SUBJECT: Directive on Community Trust\n\n"
    "Federal authorities have asked local police to hold people on detainers and to share release dates. "
    "Residents are less likely to report crimes when they fear that officers will turn them over to "
    "immigration authorities, which makes every community less safe.\n\n"
    "Local officers enforce state criminal law; the enforcement of civil immigration law is a federal "
    "responsibility.\n"
)
OPINION_QUOTING_A_STATUTE = (
    "MEMORANDUM OPINION AND ORDER\n\n"
    "Plaintiffs challenge a statute that provides in relevant part:\n\n"
    "(1) A local entity may not adopt a sanctuary policy.\n\n"
    "(2) A jail shall comply with any immigration detainer.\n\n"
    "(3) An official who violates this section is subject to removal from office.\n\n"
    "The Court has considered the motion to dismiss filed by Defendants. Defendants argue that Plaintiffs lack "
    "standing. The Court disagrees, and the motion to dismiss is DENIED. IT IS SO ORDERED.\n"
)
WEB_STATUTE_EXCERPT = (
    "Example Compiled Statutes 44.210 - Limits on immigration enforcement\n\n"
    "(1) It is the policy of this state that state resources are not to be used for federal civil immigration "
    "enforcement.\n\n"
    "(2) A law enforcement agency may not use agency moneys, equipment or personnel to apprehend persons whose "
    "only violation of law is being present in the United States in violation of federal immigration laws.\n\n"
    "(3) Notwithstanding subsection (2) of this section, an agency may exchange information with federal "
    "immigration authorities in order to verify the identity of a person arrested for a crime.\n\n"
    "Terms Used In Example Compiled Statutes 44.210\n\n"
    "Arrest: Taking physical custody of a person to answer for a crime.\n\n"
    "[2031 c.12 §4]\n"
)


def doc_codes(text: str) -> set[str]:
    return {c for p in find_provisions(text) for c in p.category_codes}


@pytest.mark.parametrize("text", [DEFINITIONS_ONLY, MANUAL_DEFINITIONS, PREAMBLE_ONLY], ids=["definitions", "manual", "preamble"])
def test_definitions_purpose_and_preambles_code_nothing(text: str) -> None:
    assert doc_codes(text) == set()


def test_opinion_quoting_a_statute_is_not_policy() -> None:
    assert not is_policy_text(OPINION_QUOTING_A_STATUTE)
    assert doc_codes(OPINION_QUOTING_A_STATUTE) == set()


def test_web_statute_excerpt_codes_only_its_limit() -> None:
    assert is_policy_text(WEB_STATUTE_EXCERPT)
    assert doc_codes(WEB_STATUTE_EXCERPT) == {RES}


BARE_MARKERS = (
    "12.340 Limits on inquiries.\n\n"
    "(1)\n\nA public body may not:\n\n"
    "(a)\n\nAsk any person about the person's immigration status; or\n\n"
    "(b)\n\nShare information about a person's citizenship status with federal immigration authorities.\n\n"
    "(2)\n\nNotwithstanding subsection (1) of this section, nothing in this section prohibits sending to federal "
    "immigration authorities information regarding the citizenship status of a person as permitted by 8 U.S.C. 1373.\n"
)


def test_markers_printed_alone_on_their_line_number_the_text_below() -> None:
    coded = {p.number: set(p.category_codes) for p in find_provisions(BARE_MARKERS, assume_policy=True)}
    assert coded.get("12.340(1)(a)") == {INQ}
    assert coded.get("12.340(1)(b)") == {STAT}
    assert coded.get("12.340(2)") == {SAVE}


def test_code_compilation_sections_with_dash_headings() -> None:
    provisions = find_provisions(ANTI_SANCTUARY_WITH_DEFINITIONS)
    sections = [(p.number, p.heading) for p in provisions if p.number and "(" not in p.number]
    assert sections == [
        ("77.101", "Definitions"),
        ("77.102", "Sanctuary policies prohibited"),
        ("77.103", "Duties related to immigration detainers"),
    ]


ANTI_SANCTUARY_WITH_DEFINITIONS = (
    "77.101 Definitions.—As used in this chapter, the term:\n\n"
    '(1) "Immigration detainer" means a facially sufficient written or electronic request issued by a federal '
    "immigration agency asking a law enforcement agency to hold a person beyond release.\n\n"
    '(2) "Sanctuary policy" means a law, policy, practice, procedure, or custom adopted by a local governmental '
    "entity which:\n\n"
    "(a) Limits or prohibits a law enforcement officer from asking about the immigration status of a person;\n\n"
    "(b) Prohibits an agency from honoring an immigration detainer; or\n\n"
    "(c) Bars an agency from sharing information about a person's immigration status with federal immigration "
    "agencies.\n\n"
    "77.102 Sanctuary policies prohibited.—A local governmental entity may not adopt or have in effect a "
    "sanctuary policy.\n\n"
    "77.103 Duties related to immigration detainers.—A law enforcement agency that has custody of a person "
    "subject to an immigration detainer shall hold the person for the period stated in the detainer.\n"
)
ORDINANCE_WITH_FINDINGS = (
    "ORDINANCE NO. 31-07\n\n"
    "AN ORDINANCE relating to civil immigration enforcement.\n\n"
    "BE IT ORDAINED BY THE COUNCIL OF EXAMPLE CITY:\n\n"
    "Section 1. Findings. The Council finds that honoring immigration detainers without a judicial warrant "
    "exposes the City to liability, and that residents fear contacting police.\n\n"
    "Section 2. Civil immigration detainers. The Police Department shall not detain any person on the basis of a "
    "civil immigration detainer unless a judicial warrant is presented.\n\n"
    "Section 3. Information. Nothing in this ordinance prohibits any City employee from sending to, or receiving "
    "from, federal immigration authorities information regarding the citizenship or immigration status of any "
    "individual, as provided by 8 U.S.C. 1373.\n\n"
    "Section 4. Severability. If any part of this ordinance is held invalid, the remainder shall not be affected.\n\n"
    "Section 5. Effective date. This ordinance shall take effect thirty days after its passage.\n"
)


def test_anti_sanctuary_definitions_code_nothing_and_duties_are_mandates() -> None:
    assert is_policy_text(ANTI_SANCTUARY_WITH_DEFINITIONS)
    assert doc_codes(ANTI_SANCTUARY_WITH_DEFINITIONS) == {COOP}


def test_ordinance_findings_severability_and_effective_date_code_nothing() -> None:
    assert is_policy_text(ORDINANCE_WITH_FINDINGS)
    coded = {p.number: set(p.category_codes) for p in find_provisions(ORDINANCE_WITH_FINDINGS) if p.categories}
    assert coded == {"Sec. 2": {DET}, "Sec. 3": {SAVE}}


MAYORAL_ORDER = (
    "Mayoral Executive Order No. 2030-05\n\n"
    "Protecting Residents Regardless of Immigration Status\n\n"
    "By virtue of the authority vested in me as Mayor, I hereby order as follows:\n\n"
    "1. City employees shall not inquire about the immigration status of any person seeking City services.\n\n"
    "2. City resources shall not be used to enforce federal civil immigration law.\n"
)


def test_executive_order_without_a_caps_title_is_a_policy_text() -> None:
    assert is_policy_text(MAYORAL_ORDER)
    assert doc_codes(MAYORAL_ORDER) == {INQ, RES}
