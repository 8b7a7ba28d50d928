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
        # Proof of status required is no limit on asking.
        ("Applicants for the program shall be required to provide proof of citizenship.", set()),
    ],
)
def test_near_misses(sentence: str, expected: set[str]) -> None:
    assert codes_of(sentence) == expected
