"""Provision classes from the eighth blind set, on texts written for these tests.

- A ban on local limits to the exchange of immigration-status information ("No local entity shall
  prohibit or restrict an officer from sending ... immigration status") is a cooperation mandate; the
  same words under a construction subject ("Nothing in this ordinance shall prohibit ...", "No
  provision of this ordinance ...") or from the enacting body's own units restating 8 U.S.C. 1373 are
  a savings clause.
- OCR's "?" for an apostrophe ("person?s immigration status") reads as the apostrophe.
"""

from __future__ import annotations

import pytest

from entanglement.core.extract.provisions import find_provisions

INQ, NOTE = "status_inquiry_limits", "notification_limits"
STAT, COOP, SAVE = "status_sharing_limits", "cooperation_mandate", "compliance_savings_clause"

SENDING = "an officer from sending information regarding the immigration status of any person to federal immigration authorities"


def codes_of(text: str) -> set[str]:
    return {c for p in find_provisions(text, assume_policy=True) for c in p.category_codes}


STATUS_LIMIT_BANS: list[tuple[str, str, set[str]]] = [
    ("no-local-entity", f"Section 3. No local entity shall prohibit or restrict {SENDING}.", {COOP}),
    (
        "no-local-entity-with-1373",
        f"Section 3. No local entity shall prohibit or restrict {SENDING}, as 8 U.S.C. 1373 provides.",
        {COOP},
    ),
    (
        "no-city-or-county",
        "Section 3. No city, county or law enforcement official shall prohibit or in any way "
        "restrict a deputy from sending, receiving, or maintaining information regarding the citizenship or "
        "immigration status of any person.",
        {COOP},
    ),
    (
        "shall-not-comma-chain",
        "Section 3. A political subdivision shall not prohibit, or in any way restrict, any "
        "officer from exchanging information regarding the immigration status of any person with federal "
        "authorities.",
        {COOP},
    ),
    ("may-not", f"Section 3. A local entity may not restrict {SENDING}.", {COOP}),
    # construction rules: savings clauses
    (
        "nothing-in-this",
        "Section 4. Nothing in this ordinance shall prohibit or restrict any officer from sending to "
        "or receiving from federal immigration authorities information regarding the citizenship or immigration "
        "status of any individual, as 8 U.S.C. 1373 allows.",
        {SAVE},
    ),
    ("no-provision-of-this", f"Section 4. No provision of this ordinance shall prohibit {SENDING}.", {SAVE}),
    ("this-ordinance-shall-not", f"Section 4. This ordinance shall not prohibit {SENDING}.", {SAVE}),
    (
        "shall-not-be-construed",
        f"Section 4. This chapter shall not be construed to prohibit {SENDING}.",
        {SAVE},
    ),
    # the body's own units restating the federal duty in a limiting policy
    (
        "own-department-federal",
        "Section 4. No City department shall prohibit or restrict any employee from sending "
        "to federal immigration authorities information regarding the immigration status of any individual, as "
        "required by 8 U.S.C. 1373.",
        {SAVE},
    ),
    # limits on sharing stay limits
    (
        "officers-shall-not-share",
        "Section 5. Officers shall not share information regarding the immigration status "
        "of any person with federal immigration authorities.",
        {STAT},
    ),
    (
        "sheriff-may-prohibit",
        "Section 5. The Sheriff may prohibit deputies from sharing information regarding the "
        "immigration status of any person with federal immigration authorities.",
        {STAT},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in STATUS_LIMIT_BANS], ids=[c[0] for c in STATUS_LIMIT_BANS]
)
def test_ban_on_status_sharing_limits(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


OCR_APOSTROPHES: list[tuple[str, str, set[str]]] = [
    ("possessive", "Section 2. Officers shall not inquire about a person?s immigration status.", {INQ}),
    ("possessive-citizenship", "Section 2. Officers shall not ask about any person?s citizenship.", {INQ}),
    (
        "curly-unchanged",
        "Section 2. Officers shall not inquire about a person\u2019s immigration status.",
        {INQ},
    ),
    ("release-date", "Section 2. No officer shall notify ICE of an inmate?s release date.", {NOTE}),
    # a real question mark, followed by a space, still ends its sentence
    ("real-question", "Section 2. Why? Officers shall not inquire about immigration status.", {INQ}),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in OCR_APOSTROPHES], ids=[c[0] for c in OCR_APOSTROPHES]
)
def test_ocr_question_mark_apostrophe(text: str, expected: set[str]) -> None:
    assert codes_of(text) == expected


def test_ocr_apostrophe_keeps_offsets() -> None:
    text = "Section 2. Officers shall not inquire about a person?s immigration status."
    (prov,) = [p for p in find_provisions(text, assume_policy=True) if p.category_codes]
    assert text[prov.span.start : prov.span.end] == prov.text
