"""List items that carry a topic of their own and take another from their lead-in.

"Deputies shall not stop, question or arrest a person based solely on any of the following: ...
(b) a civil immigration detainer, unless accompanied by a judicial order." The item names a detainer
with a judicial-warrant exception (a detainer limit) and, under its lead-in, an arrest on a civil
immigration basis (a resource limit). Both count. The lead-in never turns an item's reading around:
an item listed under a ban on limiting cooperation stays a mandate. All texts are written for these
tests.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

DET, RES, COOP = "detainer_limits", "resource_limits", "cooperation_mandate"
INQ = "status_inquiry_limits"


def categories(text: str) -> set[str]:
    return {code for p in find_provisions(text, assume_policy=True) for code in p.category_codes}


ARREST_LEADS = [
    "A. No deputy of the Sheriff's Office shall stop, question, investigate or arrest an individual based solely on any of the following:",
    "(2) Officers of the Department shall not arrest or cite any person on the basis of:",
    "B. Town police officers may not initiate an arrest of a person solely because of the following:",
]

DETAINER_ITEMS = [
    "A civil immigration detainer, whether or not it names a specific person, unless accompanied by a judicial order.",
    "an immigration detainer or administrative warrant, unless it is supported by a warrant signed by a judge;",
    "Any ICE hold request unless the request is accompanied by a criminal warrant.",
]


MARKERS = [("a.", "b."), ("(i)", "(ii)"), ("1.", "2.")]


@pytest.mark.parametrize("lead", ARREST_LEADS)
@pytest.mark.parametrize("item", DETAINER_ITEMS)
@pytest.mark.parametrize("markers", MARKERS)
def test_detainer_item_with_judicial_exception_under_an_arrest_ban(
    lead: str, item: str, markers: tuple[str, str]
) -> None:
    first, second = markers
    text = f"{lead}\n\n{first} A person's actual or suspected immigration status; or\n\n{second} {item}\n"
    found = categories(text)
    assert DET in found
    assert RES in found


@pytest.mark.parametrize(
    "text",
    [
        # A plain sentence, no list: the exception still marks the limit.
        "The Sheriff shall not hold any person on an immigration detainer unless it is accompanied by a judicial warrant.",
        # Arresting on a detainer is executing it.
        "Officers shall not arrest a person on the basis of an ICE detainer.",
    ],
)
def test_detainer_limits_in_running_sentences(text: str) -> None:
    assert DET in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # A duty: arresting on a detainer is what the text requires.
        "Officers shall arrest any person named in an immigration detainer and hold the person for ICE.",
        # A ban on limits: the listed act stays a duty to cooperate, not a detainer limit.
        "A county or city may not prohibit or restrict a law enforcement agency from taking the following actions with respect to a person's immigration status:\n\n(a) Sending the information to a federal immigration agency.\n\n(b) Using the information to comply with an immigration detainer.\n",
        # A description, with no rule of its own.
        "An immigration detainer is a request that a jail hold a person for up to 48 hours; it is not issued by a judge or accompanied by a judicial warrant.",
    ],
)
def test_no_detainer_limit_where_the_text_sets_none(text: str) -> None:
    assert DET not in categories(text)


def test_item_under_inquiry_lead_keeps_both_topics() -> None:
    text = (
        "Sec. 4. No employee of the City shall inquire about or request documents on any of the following:\n\n"
        "(a) a person's immigration status;\n\n"
        "(b) a person's citizenship or immigration detainer history, unless a judicial warrant requires it.\n"
    )
    found = categories(text)
    assert INQ in found
    assert COOP not in found


# Lead-ins ending in a verb or preposition, completed by noun-phrase items: the colon between them
# does not cut the reading.
NOUN_ITEMS = [
    ("No County employee shall inquire about:", "a person's immigration or citizenship status", INQ),
    ("City personnel shall not ask any person about:", "his or her immigration status", INQ),
    ("No officer shall disclose to federal immigration authorities:", "a person's home or work address", "personal_info_sharing_limits"),
    ("The Sheriff shall not provide ICE with:", "the release date or time of any inmate", "notification_limits"),
    ("The Department shall not share with ICE any of the following information:", "a person's citizenship or immigration status", "status_sharing_limits"),
    ("No County funds, facilities or personnel shall be used for:", "the investigation or arrest of persons for civil immigration violations", RES),
    ("The jail shall not honor:", "civil immigration detainers", DET),
    ("The Sheriff shall not permit ICE agents:", "access to any person in custody for an interview", "ice_access_limits"),
    ("The City shall not enter into:", "any agreement under section 287(g) of the Immigration and Nationality Act", "no_287g"),
    ("No agency shall collect or maintain:", "information about a person's immigration status", "status_sharing_limits"),
    ("The Sheriff shall publish quarterly:", "the number of immigration detainers received and honored", "transparency"),
    ("Deputies may not:", "hold a person on an immigration detainer past release", DET),
]


@pytest.mark.parametrize(("lead", "item", "code"), NOUN_ITEMS)
@pytest.mark.parametrize("style", ["(a) {item};\n\n(b) any other record.", "1. {item}.\n\n2. any other record."])
def test_noun_phrase_items_complete_their_lead_in(lead: str, item: str, code: str, style: str) -> None:
    text = f"Sec. 3. {lead}\n\n" + style.format(item=item) + "\n"
    assert code in categories(text)


@pytest.mark.parametrize(
    "lead",
    [
        "Sec. 3. Officers shall not enforce immigration law at the following places:",
        "Sec. 3. Immigration enforcement actions shall not be carried out at the following sensitive locations:",
    ],
)
def test_places_listed_under_an_enforcement_bar_are_sensitive_locations(lead: str) -> None:
    text = f"{lead}\n\n(1) public schools and universities;\n\n(2) hospitals and health clinics.\n"
    provisions = find_provisions(text, assume_policy=True)
    items = [set(p.category_codes) for p in provisions if p.number and p.number.endswith(("(1)", "(2)"))]
    assert items == [{"sensitive_locations"}, {"sensitive_locations"}]
