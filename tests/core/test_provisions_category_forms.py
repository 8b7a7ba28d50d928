"""One written rule per category for each way drafters commonly state it, plus near-misses: every
case is a sentence written for this test. A category's sentence must yield that category alone."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text

CASES = [
("detainer_limits", "Section 3. The Sheriff shall decline all requests from federal immigration authorities to hold a person past release unless the request is accompanied by a warrant signed by a judge."),
("detainer_limits", "Section 3. Detainer requests from ICE will be honored only when the person has been convicted of a violent felony."),
("detainer_limits", "Section 3. No person shall be kept in custody beyond the time of release solely because of an immigration detainer."),
("detainer_limits", "Section 3. County jail staff may not hold an inmate on an I-247A form."),
("detainer_limits", "Section 3. The Department shall not comply with civil immigration hold requests."),
("notification_limits", "Section 4. Jail staff shall not notify Immigration and Customs Enforcement of the release date or time of any inmate."),
("notification_limits", "Section 4. The County shall not respond to requests from ICE for notice of an inmate's release."),
("notification_limits", "Section 4. Deputies shall not give federal immigration agents advance notice of when a detainee will be released or transferred."),
("ice_access_limits", "Section 5. ICE agents shall not be given access to the jail or to any person in custody without a judicial warrant."),
("ice_access_limits", "Section 5. No City department shall provide office space in a City building to federal immigration agents."),
("ice_access_limits", "Section 5. Before an ICE interview, the inmate shall be given a written consent form that explains the purpose of the interview and that the interview is voluntary."),
("ice_access_limits", "Section 5. Immigration officers may not interview persons in county custody unless the person consents in writing."),
("status_inquiry_limits", "Section 6. No officer shall inquire into the immigration status of a victim, a witness or a person who calls for help."),
("status_inquiry_limits", "Section 6. City employees may not request documents to verify the citizenship of any applicant for city services."),
("status_sharing_limits", "Section 7. No employee shall disclose information about a person's citizenship or immigration status to any federal agency."),
("status_sharing_limits", "Section 7. The agency shall not collect or record information about the immigration status of any person."),
("personal_info_sharing_limits", "Section 8. No employee shall share a person's home address, work address or telephone number with federal immigration authorities."),
("personal_info_sharing_limits", "Section 8. ICE shall not be given access to the county's criminal justice databases for civil immigration enforcement."),
("resource_limits", "Section 9. No county funds, personnel or equipment shall be used to assist in the enforcement of federal civil immigration law."),
("resource_limits", "Section 9. Officers shall not arrest any person for a civil violation of federal immigration law."),
("resource_limits", "Section 9. The police department shall not participate in joint operations with ICE whose purpose is civil immigration enforcement."),
("no_287g", "Section 10. The County shall not enter into an agreement under section 287(g) of the Immigration and Nationality Act."),
("no_287g", "Section 10. The Sheriff shall terminate the existing 287(g) agreement with Immigration and Customs Enforcement."),
("sensitive_locations", "Section 11. No immigration enforcement action shall be permitted at any public school, library or health clinic operated by the city, unless a judicial warrant is presented."),
("sensitive_locations", "Section 11. Court security staff shall not allow civil immigration arrests inside the county courthouse without a judicial warrant."),
("transparency", "Section 12. The Sheriff shall publish a quarterly report stating the number of ICE detainer requests received and how each was answered."),
("transparency", "Section 12. The Department shall hold an annual public forum on its communications with Immigration and Customs Enforcement."),
("compliance_savings_clause", "Section 13. Nothing in this ordinance shall prohibit any city employee from sending to or receiving from federal immigration authorities information about the citizenship or immigration status of any person."),
("compliance_savings_clause", "Section 13. This chapter does not restrict the exchange of information about immigration status that 8 U.S.C. 1373 protects."),
("cooperation_mandate", "Section 14. A law enforcement agency shall comply with, honor and fulfill any request made in a detainer issued by federal immigration authorities."),
("cooperation_mandate", "Section 14. No local government shall adopt a sanctuary policy."),
("cooperation_mandate", "Section 14. Each county sheriff who operates a jail shall enter into a written agreement with ICE under 8 U.S.C. 1357(g)."),
("cooperation_mandate", "Section 14. A local entity may not prohibit its officers from assisting federal immigration officers."),
("cooperation_mandate", "Section 14. Any official who votes for a sanctuary policy is subject to removal from office and a civil penalty of up to $25,000."),
    # state laws against limits, police manuals, resolutions
("cooperation_mandate", "Sec. 752.053. A local entity may not adopt, enforce, or endorse a policy under which the entity prohibits or materially limits the enforcement of immigration laws."),
("cooperation_mandate", "Section 908.104. A law enforcement agency shall use best efforts to support the enforcement of federal immigration law."),
("cooperation_mandate", "Section 4. A local governmental entity shall not release a person who is the subject of an immigration detainer before the time stated in the detainer."),
("cooperation_mandate", "Section 2. Each sheriff shall notify ICE when a person subject to a detainer is scheduled for release."),
("detainer_limits", "C. Members will not detain any person solely on the basis of an ICE detainer."),
("detainer_limits", "C. It is the policy of this Department not to honor immigration detainers absent a judicial warrant."),
("detainer_limits", "RESOLVED, that the Board of Supervisors urges the Sheriff not to honor civil immigration detainer requests."),
("status_inquiry_limits", "B. Deputies are not to ask about a person's immigration status during a traffic stop."),
("status_inquiry_limits", "B. Officers will not question victims or witnesses about their immigration status."),
("resource_limits", "A. Members shall not stop, detain or arrest any person based on a suspected civil immigration violation."),
("resource_limits", "A. Department personnel will not take part in immigration sweeps or raids conducted by ICE."),
("resource_limits", "Section 2. No department, agency, commission, officer or employee of the City shall use any City funds or resources to assist in the enforcement of federal immigration law."),
("ice_access_limits", "D. ICE officers will not be permitted in the secure area of the jail without a judicial warrant."),
("notification_limits", "E. Staff will not provide ICE with the release date of any inmate unless a judge has signed a warrant."),
("personal_info_sharing_limits", "Section 3. The City shall not provide personal information, including addresses and dates of birth, to ICE for the purpose of civil immigration enforcement."),
("no_287g", "Section 6. The County will not renew its 287(g) agreement when it expires."),
("sensitive_locations", "Section 7. Immigration agents shall not be allowed to conduct enforcement in any area of a hospital or clinic without a judicial warrant."),
("transparency", "Section 8. Each agency shall post on its website, every six months, the number of requests it received from ICE."),
("compliance_savings_clause", "Section 9. This policy shall not be construed to prohibit any officer from communicating with federal authorities about a person's immigration status, as 8 U.S.C. 1373 provides."),
]


def _categories(text: str) -> set[str]:
    return {c.category for p in find_provisions(text, assume_policy=True) for c in p.categories}


@pytest.mark.parametrize(("expected", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_category_in_its_common_forms(expected: str, text: str) -> None:
    assert _categories(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enacting body speaking is still a directive of its own
        (
            "Section 2. The City Council hereby requests that the Sheriff decline ICE detainer requests that "
            "lack a judicial warrant.",
            {"detainer_limits"},
        ),
        # a modal between the body's name and "request" makes a rule: a bar on asking for papers
        (
            "Section 6. County clerks shall not request proof of immigration status from any person who "
            "applies for a marriage license.",
            {"status_inquiry_limits"},
        ),
        # the release itself barred is a duty to hold; a bar on delaying release is a limit on holding
        (
            "Section 3. The jail shall not delay the release of a person who is the subject of an immigration "
            "detainer.",
            {"detainer_limits"},
        ),
        (
            "Section 3. A person who is subject to an immigration detainer shall not be held after the "
            "person's release date.",
            {"detainer_limits"},
        ),
        (
            "Section 3. A person who is subject to an immigration detainer shall be released on the date the "
            "court orders.",
            set(),
        ),
        ("Section 4. The police shall not take part in drug raids with the state police.", set()),
        # a statute scoping its own terms is policy text even where it speaks of "the defendant"
        # (checked in test_a_statute_about_sentencing_reads_as_policy below)
        # notice of release to ICE limited to listed cases is a notification limit; unlimited, a duty
        (
            "SECTION 2. On request of ICE, the City shall provide notice to ICE of a person's impending release "
            "from custody only when the person has a conviction for a violent felony.",
            {"notification_limits"},
        ),
        ("SECTION 2. The City shall provide notice to ICE of a person's release from custody.", {"cooperation_mandate"}),
        # targeting people for their status is enforcement, not an inquiry
        (
            "B. Officers will not seek out and prosecute people because of their immigration status.",
            {"resource_limits"},
        ),
        ("B. Officers shall not seek information about a person's immigration status.", {"status_inquiry_limits"}),
        # asking only when the law requires it limits asking; it mandates nothing
        (
            "Sec. 3. City staff shall only inquire about immigration status when a law or program rule "
            "requires it.",
            {"status_inquiry_limits"},
        ),
        ("Sec. 3. Jail staff shall verify the immigration status of every person booked.", {"cooperation_mandate"}),
        # a directive bringing in records of its ICE dealings
        ("C. This directive introduces the Immigration Detainer Log.", {"transparency"}),
        ("C. The Department shall create reports on burglary trends.", set()),
        # searching people out for their status is barred enforcement
        (
            "1. The Riverton Police Department shall not undertake any law enforcement action for the purpose "
            "of detecting the presence of undocumented persons.",
            {"resource_limits"},
        ),
        ("1. The task force shall help find undocumented workers who are owed back wages.", set()),
        # a request to hold, named several words away from its verb
        (
            "Section 3. The jail shall refuse requests made by federal immigration officers to detain a person "
            "after the person's release date.",
            {"detainer_limits"},
        ),
    ],
)
def test_near_misses(text: str, expected: set[str]) -> None:
    assert _categories(text) == expected


STATUTE_ABOUT_SENTENCING = (
    "(1) A police agency shall use its best efforts to support the enforcement of federal immigration law. "
    "This subsection applies to an employee of the agency only when acting within the scope of employment.\n\n"
    "(2) For purposes of this subsection, the term \"covered case\" means a criminal case in which:\n\n"
    "(a) The judgment requires the defendant to be confined; and\n\n"
    "(b) The judge notes in the record that the defendant is subject to an immigration detainer.\n\n"
    "(3) In a covered case, the agency shall transfer the defendant to federal custody for purposes of this "
    "chapter.\n"
)


def test_a_statute_about_sentencing_reads_as_policy() -> None:
    # "the defendant" three times is a court's word, but a text that keeps scoping its own terms
    # ("for purposes of this subsection", "this subsection applies") is drafting
    assert is_policy_text(STATUTE_ABOUT_SENTENCING)
    assert "cooperation_mandate" in {c.category for p in find_provisions(STATUTE_ABOUT_SENTENCING) for c in p.categories}


BAN_ON_LIMITS_WITH_LIST = (
    "Sec. 5-2-1. Prohibited policies.\n\n"
    "A local entity shall not adopt or maintain a policy, formal or informal, which prohibits or restricts "
    "the entity from assisting in the enforcement of immigration laws. This includes prohibitions or "
    "restrictions on:\n\n"
    "(a) Inquiries into the immigration status of any person;\n\n"
    "(b) Sending information about immigration status to a federal immigration agency;\n\n"
    "(c) Providing a federal immigration agency with an inmate's release date.\n"
)

LIMITS_WITH_LIST = (
    "Sec. 5-2-1. Limits on assistance.\n\n"
    "City employees shall not do any of the following:\n\n"
    "(a) Inquire into the immigration status of any person;\n\n"
    "(b) Provide federal immigration agents with an inmate's release date.\n"
)


def test_items_of_a_ban_on_limiting_policies_are_duties_to_cooperate() -> None:
    # the items name the limits the text forbids: each is part of the mandate, none a limit
    assert {c.category for p in find_provisions(BAN_ON_LIMITS_WITH_LIST) for c in p.categories} == {
        "cooperation_mandate"
    }
    # the same items under a plain prohibition are the limits themselves
    assert {c.category for p in find_provisions(LIMITS_WITH_LIST) for c in p.categories} == {
        "status_inquiry_limits",
        "notification_limits",
    }


PROHIBITED_BY_REFERENCE = (
    "(1) County money, equipment or staff may not be used to detect, arrest or hold people for immigration "
    "enforcement.\n\n"
    "(2) Actions with a purpose described in subsection (1) of this section include, but are not limited "
    "to, the following:\n\n"
    "(a) Giving a federal immigration agency access to a part of a county jail that is closed to the public;\n\n"
    "(b) Giving federal immigration agents a person's home address or release date.\n"
)

DUTY_BY_REFERENCE = (
    "(1) Each sheriff shall assist federal immigration officers in the enforcement of immigration law.\n\n"
    "(2) Actions described in subsection (1) of this section include the following:\n\n"
    "(a) Giving a federal immigration agency access to a part of a county jail that is closed to the public;\n\n"
    "(b) Giving federal immigration agents a person's release date.\n"
)


def test_a_list_of_what_a_sibling_forbids_reads_under_its_negation() -> None:
    found = {c.category for p in find_provisions(PROHIBITED_BY_REFERENCE) for c in p.categories}
    assert {"resource_limits", "ice_access_limits", "notification_limits"} <= found
    assert "cooperation_mandate" not in found
    # the same list after a duty to assist is no limit
    duty = {c.category for p in find_provisions(DUTY_BY_REFERENCE) for c in p.categories}
    assert not duty & {"ice_access_limits", "notification_limits", "personal_info_sharing_limits"}
