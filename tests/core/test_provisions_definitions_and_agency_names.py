"""A statute's definitions section read as policy text, and ICE under its first name ("Bureau of
Immigration and Customs Enforcement", 2003-2007), which older statutes keep. Texts written for
these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions, is_policy_text


def codes(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


DEFINITIONS_SECTION = (
    "Local Cooperation Required; Withholding of Grants\n\n"
    "1. As used in this part, the term:\n\n"
    "1. \u201cCovered entity\u201d means a county, municipality or consolidated government of this state.\n\n"
    "2. \u201cSanctuary policy\u201d means a rule or practice of a covered entity that restricts its employees "
    "from exchanging information with federal immigration officers.\n\n"
    "3. \u201cStatus information\u201d means information about a person's citizenship or immigration status.\n"
)
STORY_QUOTING_A_DEFINITION = (
    "Council members argued on Tuesday over the new state law.\n\n"
    "The law says \"sanctuary policy\" means any rule that limits talking to immigration officers, "
    "Councilwoman Ana Ruiz said. \"That covers almost anything we do,\" she told reporters.\n\n"
    "\"Covered entity\" means every county, according to the county attorney.\n"
)


def test_definitions_section_reads_as_policy() -> None:
    assert is_policy_text(DEFINITIONS_SECTION)


def test_story_quoting_definitions_is_no_policy_text() -> None:
    assert not is_policy_text(STORY_QUOTING_A_DEFINITION)


def test_one_definition_line_is_no_cue_alone() -> None:
    one = "Notice to residents\n\n\u201cResident\u201d means a person who lives in the town.\n"
    assert not is_policy_text(one)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency responsible for the prisoner's custody shall notify the United States Bureau of "
            "Immigration and Customs Enforcement within 30 days before release.\n",
            {"cooperation_mandate"},
        ),
        (
            "The sheriff shall not notify the Bureau of Immigration and Customs Enforcement of a person's "
            "release date unless a judicial warrant is presented.\n",
            {"notification_limits"},
        ),
        ("Sanctuary policies are banned in every county of this state.\n", {"cooperation_mandate"}),
        ("Agreements under 8 U.S.C. 1357(g) are hereby barred.\n", {"no_287g"}),
        # "barred from" names whom a bar binds, read by the rules on its object
        ("Officers are barred from asking about immigration status.\n", {"status_inquiry_limits"}),
        # the Bureau of Prisons is no immigration agency
        (
            "The sheriff shall notify the Bureau of Prisons within 30 days before release.\n",
            set(),
        ),
    ],
)
def test_ice_under_its_first_name(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


FLORIDA_STYLE_BILL = (
    "State Senate - 2031                                     SB 77\n\n"
    "By Senator Quill\n\n"
    "    1                        A bill to be entitled\n"
    "    2         An act relating to local immigration enforcement;\n"
    "    3         providing definitions; prohibiting sanctuary policies;\n"
    "    4         requiring local agencies to honor immigration\n"
    "    5         detainers; providing an effective date.\n"
)
BILL_DIGEST = (
    "HB 12 2031 Session\n\nTitle\n\nImmigration; penalties for officials who limit enforcement\n\n"
    "Description\n\n"
    "Under existing law, a county may adopt its own rules on assisting federal immigration officers.\n\n"
    "This bill would make it a crime for a county official to adopt a policy that limits the "
    "enforcement of federal immigration laws, and would provide penalties.\n"
)
STORY_ON_EXISTING_LAW = (
    "Existing law already covers this, Sen. Dana Holt said on Monday. The new bill would add penalties, "
    "she told reporters, and critics said it goes too far.\n"
)


def test_bill_titles_and_digests_read_as_policy() -> None:
    assert is_policy_text(FLORIDA_STYLE_BILL)
    assert "cooperation_mandate" in {c for p in find_provisions(FLORIDA_STYLE_BILL) for c in p.category_codes}
    assert is_policy_text(BILL_DIGEST)
    assert "cooperation_mandate" in {c for p in find_provisions(BILL_DIGEST) for c in p.category_codes}


def test_story_about_existing_law_is_no_digest() -> None:
    assert not is_policy_text(STORY_ON_EXISTING_LAW)
    # "This bill would" alone, without the law it changes, is no digest either
    assert not is_policy_text("Notes from the hearing\n\nThis bill would change how counties hold people.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a permission to refuse is a limit on what it lets one refuse
        (
            "(3) If a county agency gathers information on a person's immigration status, the agency may "
            "decline to disclose that information unless a court orders it.\n",
            {"status_sharing_limits"},
        ),
        ("The jail may decline to honor an immigration detainer.\n", {"detainer_limits"}),
        ("The sheriff can refuse to let ICE agents into the jail's housing units.\n", {"ice_access_limits"}),
        # a bar on refusing stays a mandate
        ("An officer may not refuse to honor a detainer.\n", {"cooperation_mandate"}),
        # a permission to share is no limit
        ("Information about immigration status may be shared with ICE.\n", set()),
    ],
)
def test_permission_to_refuse(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # questions among the barred acts make "to discover the status" a bar on inquiry as well
        (
            "Deputies will not stop, question or arrest a person in order to discover the person's "
            "immigration status.\n",
            {"status_inquiry_limits"},
        ),
        (
            "Officers shall not detain or interrogate anyone to determine whether he or she has lawful "
            "immigration status.\n",
            {"status_inquiry_limits"},
        ),
    ],
)
def test_questions_among_barred_acts(text: str, expected: set[str]) -> None:
    assert expected <= codes(text)


def test_stop_to_determine_status_without_questions_is_no_inquiry_rule() -> None:
    from entanglement.core.extract import provisions

    # the rule on "determine the status" stands aside; only street enforcement is barred
    rule = next(r for r in provisions._RULES if r.unless is not None and "interrogat" in r.unless.pattern)
    assert rule.unless is not None
    assert rule.unless.search("Officers shall not stop or arrest a person to determine the person's status.")
    assert not rule.unless.search("Officers shall not stop or question a person to determine the person's status.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(1) Every sheriff shall communicate with the appropriate federal official regarding the "
            "immigration status of any person arrested for a crime.\n",
            {"cooperation_mandate"},
        ),
        (
            "Police agencies shall cooperate fully with federal authorities in verifying the citizenship of "
            "persons they arrest.\n",
            {"cooperation_mandate"},
        ),
        # a permission framed as construction stays a savings clause
        (
            "Nothing in this section prohibits an officer from communicating with federal officials "
            "regarding the immigration status of any person.\n",
            {"compliance_savings_clause"},
        ),
        # federal officials without status are no immigration subject
        (
            "The sheriff shall cooperate with federal officials during a declared disaster.\n",
            set(),
        ),
    ],
)
def test_duty_to_talk_status_with_federal_officials(text: str, expected: set[str]) -> None:
    assert codes(text) == expected


def test_no_subject_with_a_cited_definition() -> None:
    text = (
        "A. No law-enforcement officer, as defined in § 9.1-101, shall, while investigating a crime, ask "
        "about the immigration status of a person who reports the crime.\n"
    )
    assert codes(text) == {"status_inquiry_limits"}
