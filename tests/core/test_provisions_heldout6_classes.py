"""Provision classes from the sixth blind set, on texts written for these tests.

- A page that opens mid-sentence: the modal that governs its list sits on the lost page. A
  continuation opening with "nor", or with "any" before local funds, staff or facilities, continues
  a prohibition; its list items are coded as limits.
- A bar on disclosing data or records is confidentiality, not transparency; a complaint procedure
  is no record or report about ICE requests.
- Notice to unnamed "federal authorities" about a release, in a sentence about immigration.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

DET, NOTE, ACC = "detainer_limits", "notification_limits", "ice_access_limits"
INQ, STAT, PII = "status_inquiry_limits", "status_sharing_limits", "personal_info_sharing_limits"
RES, TRANS, COOP = "resource_limits", "transparency", "cooperation_mandate"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


# --- Continuation pages ------------------------------------------------------------------------

CONTINUED_RESOURCES = """any County funds, staff, vehicles or facilities, except where a
grant agreement requires otherwise, for any of the following:

(1) Civil immigration enforcement, including:

- Stopping, questioning or arresting any person solely because of a suspected civil
immigration violation;

- Complying with an immigration detainer, or with a request to interview or hold an inmate or
to notify federal authorities about the release date of an inmate, for immigration purposes; and

- Giving federal agents non-public records about any resident for immigration purposes.

(2) Nothing in this part prevents the County from executing a judicial warrant.
"""


def test_continued_resource_bar_codes_its_list() -> None:
    assert codes_of(CONTINUED_RESOURCES) == {RES, DET, ACC, NOTE, PII}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a wrapped continuation whose own clause names the topic
        ("any Town money or personnel to assist federal agents with civil\nimmigration enforcement.\n", {RES}),
        # "nor" continues a negation begun on the earlier page
        (
            "nor shall any deputy:\n\n(a) Hold an inmate on an immigration detainer;\n\n"
            "(b) Allow ICE agents access to the jail's housing units.\n",
            {DET, ACC},
        ),
    ],
)
def test_continuations_of_prohibitions(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "any" before something other than local resources: the lost head may be a duty
        "any request from ICE to hold an inmate, including the following:\n\n(a) Holds past the release date;\n",
        # a continuation whose verb survives and is a duty
        "any detainer request received from ICE shall be honored within 48 hours.\n",
        # a page that starts mid-sentence with another word
        "the County funds, staff, vehicles or facilities for the following:\n\n(1) Civil immigration enforcement;\n",
    ],
)
def test_other_continuations_are_not_read_as_prohibitions(text: str) -> None:
    codes = codes_of(text)
    assert not codes & {RES, DET, ACC, NOTE, PII}, (text, codes)


def test_only_the_continued_sentence_takes_the_lost_head() -> None:
    text = (
        "any City money or staff for the following purpose. The Sheriff reports "
        "each immigration detainer to the Board.\n"
    )
    assert DET not in codes_of(text)


def test_a_page_that_opens_with_a_full_sentence_is_unchanged() -> None:
    text = "Section 4. The City shall use its funds for the following:\n\n(a) Civil immigration enforcement.\n"
    assert RES not in codes_of(text)


# --- Transparency -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "(e) Department staff shall not disclose any resident's personal information to federal immigration agents, "
            "whether directly or through a shared data system or any private vendor.",
            {PII},
        ),
        ("(c) Officers shall not publish records of inmates to ICE for immigration purposes.", set()),
        (
            "(d) A resident who believes this section was broken may submit a complaint in writing to "
            "the Inspector General, who shall look into it.",
            set(),
        ),
    ],
)
def test_bars_on_disclosure_and_complaints_are_not_transparency(text: str, expected: set[str]) -> None:
    codes = codes_of(text)
    assert TRANS not in codes, text
    assert expected <= codes, text


@pytest.mark.parametrize(
    "text",
    [
        "Section 5. The Sheriff shall publish a quarterly report of the number of ICE detainer requests received.",
        "Section 5. Records of every ICE request shall be public records.",
        "Section 5. The Department will maintain records of all communications with ICE.",
    ],
)
def test_transparency_duties_still_code(text: str) -> None:
    assert TRANS in codes_of(text), text


# --- Release notice to unnamed federal authorities ----------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Section 3. Jail staff shall not notify federal authorities of the release of any inmate for immigration purposes.", {NOTE}),
        ("Section 3. No officer shall inform federal agents about the upcoming release of a person sought for immigration enforcement.", {NOTE}),
        # no immigration purpose: a routine notice between police agencies
        ("Section 3. Jail staff shall not notify federal authorities of the release of any inmate before noon.", set()),
    ],
)
def test_release_notice_to_federal_authorities(text: str, expected: set[str]) -> None:
    codes = codes_of(text)
    assert NOTE in codes if expected else NOTE not in codes, text
    assert COOP not in codes, text
