"""Provision readings for classes a blind set showed: policy templates of schools and universities
(section headings, template fields), a softened bar ("discourage"), limits on access to personal
information, and bars on agreements with immigration authorities. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


SCHOOL_POLICY = (
    "Board Policy on Visits by Immigration Officers\n\n"
    "I. Purpose\n\n"
    "This policy sets out how staff respond when federal officers ask to enter a school.\n\n"
    "II. Scope\n\n"
    "This policy applies to all employees of the Riverton Unified School District.\n\n"
    "III. Procedures\n\n"
    "Staff should ask the officer for identification and contact the principal.\n"
)
UNIVERSITY_POLICY = (
    "Immigration Enforcement on Campus\n\n"
    "Policy Owner: Office of the Provost\n"
    "Authority: State Education Code Section 100\n"
    "Effective Date: March 1, 2020\n\n"
    "Policy Statement:\n\n"
    "The University will:\n"
    "• limit access to personal information about students and staff as far as the law allows;\n"
    "• refer requests from immigration agents to the General Counsel.\n"
)
NEWS_WITH_HEADINGS = (
    "Board weighs visits by immigration officers\n\n"
    "Background\n\n"
    "The board met on Tuesday, the superintendent said, and talked about immigration agents at schools.\n\n"
    "Scope\n\n"
    "\"We want clear rules,\" said trustee Mara Ellis.\n"
)


def test_policy_templates_read_as_policy() -> None:
    assert is_policy_text(SCHOOL_POLICY)
    assert is_policy_text(UNIVERSITY_POLICY)
    # one heading in a story is no template
    assert not is_policy_text(NEWS_WITH_HEADINGS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. The University will limit access to personal information about students, as the law allows, "
         "when immigration agents ask for it.\n", {"personal_info_sharing_limits"}),
        ("1. The district shall restrict access to student records by immigration officers.\n", {"personal_info_sharing_limits"}),
        # "discourage" bars softly: collaboration is not mandated
        ("1. The College will discourage collaboration with immigration agencies on civil enforcement.\n", {"resource_limits"}),
        ("2. A law enforcement agency may not enter into a formal or informal agreement with a federal "
         "immigration authority relating to the detention of any person.\n", {"no_287g"}),
        ("2. No county shall sign a memorandum of understanding with U.S. Immigration and Customs Enforcement.\n", {"no_287g"}),
        # an agreement with another body, or one reported, bars nothing
        ("2. A law enforcement agency may not enter into an agreement with a private vendor for body cameras.\n", set()),
    ],
)
def test_reading(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_a_bar_on_contracts_to_house_detainees_is_no_287g_bar() -> None:
    text = "1. The County shall not renew its intergovernmental service agreement with ICE to house detainees.\n"
    assert "no_287g" not in codes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # status written into a record
        ("1. Intake staff shall not write down any note of a client's immigration status in the shelter file.\n", {"status_sharing_limits"}),
        ("1. No patient's citizenship shall be entered in the billing system.\n", {"status_sharing_limits"}),
        ("1. Deputies shall record each person's immigration status in the booking log.\n", set()),
        # a savings clause in a department's own order
        ("1. No provision of this General Order shall restrict any officer from sending information regarding the "
         "immigration status of any person to ICE.\n", {"compliance_savings_clause"}),
        # the work barred in the passive
        ("1. Civil immigration enforcement operations shall not be conducted by members of the Office.\n", {"resource_limits"}),
        # entry to custody areas refused to immigration agents
        ("1. Immigration agents seeking to enter the booking area shall be met in the lobby, and the supervisor shall "
         "not grant them entry without a judicial warrant.\n", {"ice_access_limits"}),
        # access to a records system is an information limit, not entry
        ("1. Immigration agents shall not be given access to the jail management system.\n", {"personal_info_sharing_limits"}),
        # notices to the community and reports to the legislature
        ("1. The College will notify students promptly whenever immigration agents are confirmed on campus.\n", {"transparency"}),
        ("1. The bill requires each county to report annually to the Legislature every request it receives from ICE.\n", {"transparency"}),
        # an agreement known by its terms
        ("1. No sheriff shall enter into a contract with the federal government under which deputies perform "
         "immigration enforcement functions.\n", {"no_287g"}),
        # asking whether someone is a citizen, finding out whether someone is lawfully present
        ("1. Clerks shall not ask applicants whether they are U.S. citizens.\n", {"status_inquiry_limits"}),
        ("1. Officers will not stop anyone for the purpose of finding out whether the person is lawfully present.\n",
         {"status_inquiry_limits", "resource_limits"}),
    ],
)
def test_reading_from_the_blind_table(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_a_rule_after_a_scoped_definition_is_read() -> None:
    text = (
        'Sec. 4. As used in this section, "home address" has the meaning given in Section 2 of this chapter. An agency shall not '
        "disclose a home address to a federal immigration agency for civil immigration enforcement.\n"
    )
    assert codes(text) == {"personal_info_sharing_limits"}
    # a definitions section stays uncoded
    only_definitions = (
        'Sec. 4. As used in this section, "home address" means the place where a person lives. "Agency" means '
        "any department of the City.\n"
    )
    assert codes(only_definitions) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parity with other agencies is no mandate to cooperate
        ("1. If ICE asks for information that the Office would otherwise share with other law enforcement agencies, "
         "the Office shall share that information with ICE.\n", set()),
        ("1. The Office shall share booking information with ICE on request.\n", {"cooperation_mandate"}),
        # the request recorded
        ("1. Upon any request from immigration officers for student records, staff shall record the request and "
         "notify the principal.\n", {"transparency"}),
    ],
)
def test_parity_and_recorded_requests(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statute's own name for 287(g)-type agreements, barred and ended
        ("(B) THE STATE OR A UNIT OF LOCAL GOVERNMENT MAY NOT ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT.\n", {"no_287g"}),
        ("2. A county with an existing immigration enforcement agreement shall exercise the termination provision of the "
         "agreement and end the immigration enforcement agreement.\n", {"no_287g"}),
        # a transfer as the condition of another rule
        ("3. Upon transfer of a person to the custody of federal immigration authorities, the person's sentence "
         "shall run concurrently.\n", set()),
        ("3. The Sheriff shall transfer the inmate to ICE custody upon request.\n", {"cooperation_mandate"}),
    ],
)
def test_agreements_by_statutory_name_and_transfers_as_conditions(text: str, expected: set[str]) -> None:
    assert codes(text) == expected
