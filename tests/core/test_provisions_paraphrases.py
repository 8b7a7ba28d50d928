"""Categories in drafting the other tables do not use: paraphrases of each category.

Written as a generalisation check: each sentence says what a category covers in words of its own
("will not maintain custody of an inmate solely on the basis of an ICE Form I-247A", "Requests from
ICE to extend an individual's detention will be declined", "shall not create or maintain any
registry of residents based on immigration status"). Every sentence must establish its category and
no other. Near misses follow: the same words where the text sets no such rule. All texts are
written for these tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions


def codes_of(sentence: str) -> set[str]:
    return {c for p in find_provisions(f"Section 2. {sentence}\n", assume_policy=True) for c in p.category_codes}


CASES = [
("detainer_limits","The Sheriff's Office will not maintain custody of an inmate solely on the basis of an ICE Form I-247A."),
("detainer_limits","Inmates who are otherwise eligible for release shall be released, and no inmate shall remain in custody on the basis of an immigration detainer alone."),
("detainer_limits","Requests from ICE to extend an individual's detention will be declined unless supported by a warrant issued by a federal judge."),
("detainer_limits","A civil immigration detainer shall not, by itself, constitute probable cause to hold a person."),
("detainer_limits","Jail staff shall release the inmate upon completion of the local charges regardless of an ICE detainer."),
("detainer_limits","No person shall be kept in jail beyond the time of release for the purpose of transfer to ICE."),
("notification_limits","Staff shall not notify ICE of an inmate's release date unless the inmate has been convicted of a serious or violent felony."),
("notification_limits","No employee shall respond to an ICE request for advance notice of a person's release."),
("notification_limits","The Department will not provide ICE with information about the date, time, or location of a person's release."),
("ice_access_limits","ICE agents shall not be granted access to the secure areas of the jail without a judicial warrant."),
("ice_access_limits","Before any interview by ICE, the inmate shall be given a written consent form explaining the purpose of the interview, that it is voluntary, and that he or she may decline."),
("ice_access_limits","Federal immigration agents will not be allowed to use Department facilities to question detainees."),
("status_inquiry_limits","Officers shall not question victims or witnesses about their immigration status."),
("status_inquiry_limits","No application for city services shall require an applicant to state his or her citizenship or immigration status."),
("status_inquiry_limits","Deputies will refrain from asking about a person's place of birth or immigration status during a traffic stop."),
("status_sharing_limits","No employee shall disclose the immigration status of any person except as required by law."),
("status_sharing_limits","The County shall not create or maintain any registry of residents based on immigration status."),
("status_sharing_limits","Information regarding a person's citizenship or immigration status shall be kept confidential."),
("personal_info_sharing_limits","The City shall not share a resident's address, phone number, or social security number with federal immigration authorities unless required by law."),
("personal_info_sharing_limits","Agencies shall not provide ICE with access to any database maintained by the agency for the purpose of immigration enforcement."),
("resource_limits","No department shall use city money, equipment or employees to assist in the enforcement of federal immigration law."),
("resource_limits","Police officers shall not arrest any person for a civil violation of federal immigration law."),
("resource_limits","The Police Department will not participate in immigration raids conducted by federal agents."),
("resource_limits","City employees shall not act as agents of ICE."),
("no_287g","The County shall not enter into an agreement with the Department of Homeland Security under 8 U.S.C. 1357(g)."),
("no_287g","The Sheriff shall terminate the Memorandum of Agreement with ICE under the 287(g) program."),
("no_287g","No officer shall be deputized to perform the functions of an immigration officer."),
("sensitive_locations","No immigration enforcement shall be permitted on school grounds without a judicial warrant."),
("sensitive_locations","Courthouse personnel shall not assist federal immigration agents in making civil arrests inside the courthouse."),
("transparency","The Sheriff shall report annually to the Board of Supervisors the number of ICE detainers received and the number honored."),
("transparency","All ICE requests for information shall be logged and made available to the public."),
("transparency","The Department shall hold a community forum each year on its interactions with ICE."),
("compliance_savings_clause","Nothing in this ordinance shall be construed to prohibit any city official from sending to, or receiving from, federal immigration authorities information regarding the citizenship or immigration status of any individual, as provided by 8 U.S.C. § 1373."),
("compliance_savings_clause","This policy does not restrict the exchange of information about immigration status with ICE as permitted by 8 U.S.C. 1373 and 1644."),
("cooperation_mandate","A local entity shall comply with, honor, and fulfill any request made in a detainer request issued by ICE."),
("cooperation_mandate","No municipality shall adopt a sanctuary policy."),
("cooperation_mandate","Each county sheriff shall enter into a written agreement with ICE under section 287(g)."),
("cooperation_mandate","Any official who adopts a policy limiting cooperation with federal immigration authorities shall be removed from office."),
("cooperation_mandate","Law enforcement agencies shall use best efforts to support the enforcement of federal immigration law."),
]


# In the voice of sheriffs' policies, resolutions and state laws.
CASES += [
("detainer_limits","It is the policy of the Sheriff's Office that no inmate will be held past his or her release time at the request of ICE."),
("detainer_limits","BE IT FURTHER RESOLVED that the Police Department will not detain individuals for federal immigration authorities without a judicial warrant."),
("detainer_limits","Effective immediately, the jail will no longer accept ICE holds."),
("detainer_limits","The Department of Corrections may honor a detainer only if the person has been convicted of a violent felony."),
("notification_limits","Jail staff will not give ICE advance notice of when an inmate is going to be released."),
("notification_limits","The County shall not respond to requests by ICE for notification of an inmate's release."),
("notification_limits","Deputies shall not inform immigration officers of the scheduled release of any person in custody."),
("ice_access_limits","ICE officers shall not be given access to inmates for the purpose of civil immigration interviews."),
("ice_access_limits","No person in custody shall be interviewed by ICE unless the person has signed a written consent."),
("ice_access_limits","Immigration agents may not enter the jail's booking area."),
("status_inquiry_limits","Officers should not ask a crime victim whether he or she is in the country legally."),
("status_inquiry_limits","A police officer may not inquire into the immigration status of a person who reports a crime."),
("status_inquiry_limits","Employees of the City are prohibited from inquiring about a person's immigration status when providing services."),
("status_sharing_limits","The Town shall not release any information regarding the immigration status of a resident to any federal agency."),
("status_sharing_limits","No officer shall transmit a person's citizenship status to the Department of Homeland Security."),
("personal_info_sharing_limits","Agencies shall not give ICE the home address or workplace of any person for immigration enforcement."),
("personal_info_sharing_limits","The Department will not share personal information, such as a person's date of birth or telephone number, with federal immigration officers."),
("personal_info_sharing_limits","The City shall not provide immigration authorities with access to its license plate reader data."),
("resource_limits","The Sheriff shall not devote personnel or funds to the enforcement of federal civil immigration law."),
("resource_limits","City resources shall not be expended to assist ICE in civil immigration enforcement operations."),
("resource_limits","Officers will not stop, detain or arrest anyone solely because they are suspected of being undocumented."),
("resource_limits","The police department shall not participate in joint operations with ICE whose purpose is immigration enforcement."),
("no_287g","The County will not renew its 287(g) agreement when it expires."),
("no_287g","No county jail may participate in the 287(g) program."),
("sensitive_locations","Immigration agents shall not be allowed to make arrests at public schools, libraries or health clinics operated by the County."),
("sensitive_locations","No person shall be arrested for a civil immigration violation while attending a court proceeding."),
("transparency","The Sheriff shall publish on its website each month the number of ICE detainers it received."),
("transparency","The Police Department shall keep a record of every contact with federal immigration agents and report it to the Council every quarter."),
("transparency","Each year the Sheriff shall hold a public forum on the Department's cooperation with ICE."),
("compliance_savings_clause","Consistent with 8 U.S.C. 1373, nothing in this policy prohibits any employee from communicating with ICE about a person's immigration status."),
("compliance_savings_clause","This ordinance does not prohibit the sending to or receiving from ICE of information about the citizenship or immigration status of any person."),
("cooperation_mandate","A sheriff shall honor every immigration detainer issued by ICE."),
("cooperation_mandate","Local governments may not adopt any policy that prohibits law enforcement from cooperating with ICE."),
("cooperation_mandate","A county that adopts a sanctuary policy shall be ineligible for state grants."),
("cooperation_mandate","Each jail shall notify ICE before releasing any inmate who is subject to an immigration detainer."),
("cooperation_mandate","Officers shall determine the immigration status of every person arrested and report any person not lawfully present to ICE."),
("cooperation_mandate","The governing body of a city shall not prohibit its police from asking about immigration status."),
]


@pytest.mark.parametrize(("code", "sentence"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_paraphrase_sets_its_category_only(code: str, sentence: str) -> None:
    assert codes_of(sentence) == {code}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Keeping a record of a detainer is no hold.
        ("The Sheriff shall keep a copy of every detainer in the inmate's file.", set()),
        # A refusal forbidden is a duty to honor.
        ("Detainer requests from ICE shall not be declined by any jail in the state.", {"cooperation_mandate"}),
        # The text construing itself forbids nothing.
        ("This chapter shall not require any officer to inquire about immigration status.", set()),
        ("This section does not create a private right of action against any officer.", set()),
        # Asked to carry a document is an inquiry; the word "document" is no record-keeping.
        (
            "Officers shall not require a person to produce any document to prove his or her immigration status.",
            {"status_inquiry_limits"},
        ),
        # Acting for ICE as a duty is no limit.
        ("Deputies assigned to the task force shall act as agents of ICE under the agreement.", set()),
        # A list of detainers received is not a registry by status.
        ("The Department shall not maintain a list of employees based on seniority.", set()),
        # Logging forbidden sets no transparency.
        ("ICE requests shall not be logged in the public blotter.", set()),
        # Holding for ICE as a duty.
        ("Deputies shall hold the person for ICE for up to 48 hours.", {"cooperation_mandate"}),
        # Proof of status required is no limit on asking.
        ("Applicants for the program shall be required to provide proof of citizenship.", set()),
    ],
)
def test_near_misses(sentence: str, expected: set[str]) -> None:
    assert codes_of(sentence) == expected


# Whole sets: state laws against limits, definitions and findings (nothing), limits with their
# exceptions, two topics in one sentence, directives.
EXACT: list[tuple[set[str], str]] = [
# anti-sanctuary statutes
({"cooperation_mandate"},"A local entity or campus police department may not adopt, enforce, or endorse a policy under which the entity prohibits or materially limits the enforcement of immigration laws."),
({"cooperation_mandate"},"A law enforcement agency that has custody of a person subject to an immigration detainer request shall comply with, honor, and fulfill any request made in the detainer request."),
({"cooperation_mandate"},"A local governmental entity shall not receive any state-administered funds if it is found to be in violation of this chapter."),
({"cooperation_mandate"},"The attorney general may file suit against any county that fails to comply with an immigration detainer."),
({"cooperation_mandate"},"Each sheriff who operates a county jail shall enter into an agreement with U.S. Immigration and Customs Enforcement under section 287(g) of the Immigration and Nationality Act."),
({"cooperation_mandate"},"An official who votes in favor of a sanctuary policy commits a Class A misdemeanor."),
({"cooperation_mandate"},"No local government shall restrict its officers from sharing information regarding a person's immigration status with federal immigration authorities."),
({"cooperation_mandate"},"Every county jail shall verify the immigration status of each person booked into the jail."),
# definitions and findings: nothing
(set(),"\"Sanctuary policy\" means any order, ordinance, or policy that prohibits a law enforcement officer from inquiring about the immigration status of a person."),
(set(),"WHEREAS, many cities have declined to honor detainer requests from ICE; and"),
(set(),"As used in this section, \"immigration detainer\" means a request from ICE to hold a person for up to 48 hours."),
# limits with exceptions
({"detainer_limits"},"Except when the person has been convicted of a serious or violent felony, the Sheriff shall not hold anyone on a civil immigration detainer."),
({"notification_limits"},"Unless the inmate has been convicted of a felony in the past five years, jail staff shall not notify ICE of the inmate's release."),
({"status_inquiry_limits"},"Except as required by state or federal law, no employee may ask any person about his or her immigration status."),
({"status_sharing_limits","compliance_savings_clause"},"No City employee shall disclose information regarding the immigration status of any person, except as required by 8 U.S.C. 1373."),
# multi-topic
({"detainer_limits","notification_limits"},"The Sheriff shall not honor ICE detainers or respond to ICE requests for notification of release dates."),
({"ice_access_limits","notification_limits"},"ICE agents will not be permitted to interview inmates, and staff will not provide release dates to ICE."),
({"resource_limits","status_inquiry_limits"},"No officer shall use department time or resources to ask about immigration status or to enforce civil immigration law."),
# directive voice
({"status_inquiry_limits"},"Members of the Department are not to ask about the immigration status of victims, witnesses or people who call for help."),
({"detainer_limits"},"Deputies are directed to release any person who would otherwise be held only on an ICE detainer."),
({"resource_limits"},"The Department does not enforce civil immigration law and will not do so."),
({"transparency"},"Any ICE request to access a person in custody shall be documented in writing, and a copy shall be given to the person."),
({"personal_info_sharing_limits"},"Personal information collected by the City, including addresses and phone numbers, shall not be shared with ICE except as required by law."),
]


@pytest.mark.parametrize(("expected", "sentence"), EXACT, ids=[f"exact-{i}" for i in range(len(EXACT))])
def test_paraphrase_sets_exactly(expected: set[str], sentence: str) -> None:
    assert codes_of(sentence) == expected
