"""Enumerated prohibitions: list items that inherit the prohibition of their lead-in.

Ordinances often state one prohibition and then enumerate what it covers ("The prohibition in
this section shall include, but not be limited to: (a) Detaining ...; (b) Notifying ..."). Each
item is a verbless gerund phrase; whether it is a limit comes from the lead-in alone. The tables
combine lead-ins of prohibition or restriction sense, items of every limit category written as
gerunds, and the usual list markers ((a), (1), i., bullets, items run together with semicolons).
Near misses: lead-ins that introduce exceptions, duties or permissions. All texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

DET, NOTE, ACC = "detainer_limits", "notification_limits", "ice_access_limits"
INQ, STAT, PII = "status_inquiry_limits", "status_sharing_limits", "personal_info_sharing_limits"
RES, COOP = "resource_limits", "cooperation_mandate"
LIMITS = {DET, NOTE, ACC, INQ, STAT, PII, RES, "no_287g", "sensitive_locations"}


def provisions_of(text: str) -> list[tuple[str, set[str]]]:
    return [(p.text, set(p.category_codes)) for p in find_provisions(text, assume_policy=True)]


# Lead-ins whose list items are what they prohibit or restrict.
LEADS = [
    "Sec. 12-4. Prohibited activities. The prohibition in Section 12-3 shall include, but not be limited to, the following:",
    "Section 7. The prohibition on the use of Borough resources set forth above shall include but not be limited to:",
    "Section 7. Township employees are prohibited from the following:",
    "Section 7. The following are prohibited:",
    "Section 7. The following practices shall be prohibited:",
    "Section 7. Prohibited conduct includes:",
    "Section 7. Restrictions. The restrictions imposed by this ordinance include:",
    "Section 7. Such limitations consist of the following:",
    "Section 7. No officer, agent or employee of the Parish may engage in any of the following:",
    "Section 7. Except as required by state law, a department shall refrain from:",
    "4.3 Members will not engage in the following activities:",
]

# (category, gerund item) — one act each, worded as the object of the lead-in.
ITEMS: list[tuple[str, str]] = [
    (DET, "Keeping any inmate in custody beyond the time of release on the basis of an ICE hold request"),
    (NOTE, "Advising immigration agents of the scheduled release of an inmate"),
    (ACC, "Granting requests by immigration officers to interview a person held in the jail"),
    (INQ, "Inquiring into the immigration status of a crime victim or witness"),
    (STAT, "Disclosing information regarding any resident's citizenship status"),
    (PII, "Furnishing ICE with nonpublic records about any resident of the Borough"),
    (RES, "Expending Township funds or staff time to enforce federal civil immigration law"),
]


def _list(items: list[str], style: str) -> str:
    """The items as a list in one of the usual layouts."""
    if style == "letters":
        return "\n\n".join(f"({chr(ord('a') + i)}) {item};" for i, item in enumerate(items))
    if style == "numbers":
        return "\n".join(f"({i + 1}) {item};" for i, item in enumerate(items))
    if style == "roman":
        romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
        return "\n".join(f"{romans[i]}. {item};" for i, item in enumerate(items))
    if style == "bullets":
        return "\n".join(f"• {item};" for item in items)
    if style == "dashes":
        return "\n".join(f"- {item};" for item in items)
    assert style == "inline"
    return " " + "; ".join(item[0].lower() + item[1:] for item in items) + "."


STYLES = ["letters", "numbers", "roman", "bullets", "dashes", "inline"]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("lead", LEADS)
def test_each_item_inherits_the_prohibition_of_its_lead_in(lead: str, style: str) -> None:
    items = [item for _, item in ITEMS]
    separator = "" if style == "inline" else "\n\n"
    text = lead + separator + _list(items, style)
    coded = provisions_of(text)
    found = set().union(*(codes for _, codes in coded))
    for category, _ in ITEMS:
        assert category in found, (category, text)
    assert COOP not in found, text
    if style != "inline":
        # Each item carries its own category, as a provision of its own.
        for category, item in ITEMS:
            holder = [codes for passage, codes in coded if item in passage]
            assert holder and category in holder[0], (category, item, coded)


# Lead-ins whose items are not prohibitions: exceptions, duties, permissions, descriptions.
NOT_PROHIBITIONS: list[tuple[str, set[str]]] = [
    ("Section 8. Exceptions to the prohibition in Section 7 include:", set()),
    ("Section 8. The prohibition in Section 7 does not include:", set()),
    ("Section 8. The limitations of Section 7 shall not apply to:", set()),
    ("Section 8. The duties of the jail commander include:", set()),
    ("Section 8. Deputies may engage in the following:", set()),
    ("Section 8. The Sheriff shall do the following:", {COOP}),
]


@pytest.mark.parametrize("lead,allowed", NOT_PROHIBITIONS)
def test_items_under_exceptions_duties_or_permissions_are_not_limits(lead: str, allowed: set[str]) -> None:
    text = (
        lead
        + "\n\n(1) Honoring civil immigration detainers;\n\n(2) Notifying ICE of the scheduled release of inmates;"
        "\n\n(3) Sharing the home address of any individual with immigration agents."
    )
    found = set().union(*(codes for _, codes in provisions_of(text)))
    assert not (found & LIMITS), (lead, found)
    assert found <= allowed, (lead, found)


# Other shapes of the same class: the items' topics written differently.
ITEM_WORDINGS: list[tuple[str, str]] = [
    (ACC, "Responding to a request from immigration authorities to hold, interview, or transfer an inmate"),
    (ACC, "Making jail interview rooms available for ICE interviews"),
    (ACC, "Facilitating interviews of detainees by federal immigration agents"),
    (ACC, "Allowing ICE officers to question anyone held in the county jail"),
    (PII, "Providing immigration enforcement agents with information on where a resident lives or works"),
    (PII, "Sharing records from City databases with the Department of Homeland Security"),
    (PII, "Making available the place of employment of any individual for immigration enforcement purposes"),
    (PII, "Giving federal authorities non-public information about any person for immigration purposes"),
    (NOTE, "Telling ICE agents when an inmate will be released"),
    (RES, "Arresting or detaining anyone solely on the belief that the person is in the country unlawfully"),
    # noun phrases instead of gerunds
    (ACC, "access by immigration agents to non-public areas of the jail"),
    (ACC, "interviews of inmates by ICE officers"),
    (NOTE, "notification to ICE of any inmate's release date"),
    (INQ, "inquiries into the citizenship status of any person"),
]


@pytest.mark.parametrize("category,item", ITEM_WORDINGS)
def test_other_wordings_of_enumerated_items(category: str, item: str) -> None:
    text = (
        "Section 3. The prohibition established by this chapter shall include, but is not limited to:\n\n"
        f"(a) Honoring any ICE detainer;\n\n(b) {item};\n\n(c) Assisting in immigration raids."
    )
    coded = provisions_of(text)
    holder = [codes for passage, codes in coded if item in passage]
    assert holder and category in holder[0], (category, item, coded)


def test_the_include_idiom_keeps_a_definition_a_definition() -> None:
    text = (
        'Section 2. "Immigration enforcement" includes, but is not limited to, detaining persons on ICE holds '
        "and notifying ICE of release dates."
    )
    assert provisions_of(text)[0][1] == set()
