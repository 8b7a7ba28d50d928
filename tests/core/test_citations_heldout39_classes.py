"""find_citations on forms a news story or a blog uses: a state's revised statutes named by the state
alone ("Missouri Statute 67.307"), Montana's code named without "Annotated", and the 287(g) program
written "287G". Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    (
        "state-statute-singular",
        "Deputies follow Missouri Statute 12.345 when they book a suspect.",
        ["Mo. Rev. Stat. § 12.345"],
    ),
    (
        "state-statutes-section",
        "Missouri Statutes Section 12.345 tells the jail what to do.",
        ["Mo. Rev. Stat. § 12.345"],
    ),
    (
        "section-of-state-statutes",
        "Section 12.345 of the Missouri Statutes tells the jail what to do.",
        ["Mo. Rev. Stat. § 12.345"],
    ),
    (
        "arizona-statute",
        "The chief pointed to Arizona Statute 11-1051 in her memo.",
        ["Ariz. Rev. Stat. § 11-1051"],
    ),
    ("nevada-statutes-sign", "Nevada Statutes § 179.123 governs the matter.", ["Nev. Rev. Stat. § 179.123"]),
    ("statute-no-number", "A Missouri Statute passed last year changed little.", []),
    ("statute-year-not-section", "Missouri Statute 2019 reforms were debated.", []),
    ("montana-code-sign", "Montana Code § 46-6-101 lets officers arrest.", ["Mont. Code § 46-6-101"]),
    ("montana-code-bare", "See Montana Code 46-6-101 for the definition.", ["Mont. Code § 46-6-101"]),
    (
        "section-of-montana-code",
        "Section 46-6-101 of the Montana Code lets officers arrest.",
        ["Mont. Code § 46-6-101"],
    ),
    (
        "montana-code-annotated",
        "Montana Code Annotated 46-6-101 lets officers arrest.",
        ["Mont. Code Ann. § 46-6-101"],
    ),
    (
        "287G-capital",
        "The program, called 287G after the federal law, lets deputies screen inmates for ICE.",
        ["8 U.S.C. § 1357"],
    ),
    ("287-G-hyphen", "The sheriff signed a 287-G agreement with ICE last spring.", ["8 U.S.C. § 1357"]),
    ("287G-room-no-immigration", "The meeting moved to Room 287G on the second floor.", []),
    ("287G-part-number", "Order part 287G from the supplier before Friday.", []),
]


_TX_ADDS_SUBCHAPTER = (
    "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:\n"
    "SECTION 1. Chapter 511, Government Code, is amended by adding Subchapter F to read as follows:\n"
    "SUBCHAPTER F. JAIL AGREEMENTS\n"
    'Sec. 511.201. DEFINITIONS. In this subchapter, "jail" means a county jail.\n'
    "Sec. 511.202. AGREEMENT REQUIRED. (a) The sheriff shall seek an agreement.\n"
    "SECTION 2. This Act takes effect September 1, 2027.\n"
)
_TX_ADDS_SECTION = (
    "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:\n"
    "SECTION 1. Subchapter C, Chapter 511, Government Code, is amended by adding Section 511.0615 "
    "to read as follows:\n"
    "Sec. 511.0615. REPORTS. The commission shall publish a report.\n"
    "SECTION 2. This Act takes effect immediately.\n"
)
_TX_ADDS_NOTHING_NUMBERED = (
    "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:\n"
    "SECTION 1. Chapter 511, Government Code, is amended by adding Subchapter F to read as follows:\n"
    "SUBCHAPTER F. JAIL AGREEMENTS\n"
    "SECTION 2. This Act takes effect September 1, 2027.\n"
)
CASES += [
    (
        "tx-bill-adds-subchapter",
        _TX_ADDS_SUBCHAPTER,
        ["Tex. Gov't Code § 511.201", "Tex. Gov't Code § 511.202"],
    ),
    ("tx-bill-adds-section", _TX_ADDS_SECTION, ["Tex. Gov't Code § 511.0615"]),
    ("tx-bill-adds-no-sections", _TX_ADDS_NOTHING_NUMBERED, []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout39_classes(text: str, expected: list[str]) -> None:
    assert sorted({c.normalized for c in find_citations(text)}) == sorted(expected)
