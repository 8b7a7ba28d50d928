"""State code citations as evidence of a document's state: each form, found where the tokenizer starts it."""

from __future__ import annotations

import re

import pytest

from entanglement.core.gazetteer.state_codes import FIRST_WORDS, state_code_citations

# The finder's word pattern: citations are tried at the starts of words in FIRST_WORDS.
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’](?=[^\W\d_]))*")


def found(text: str) -> list[str]:
    starts = [m.start() for m in _WORD.finditer(text) if m.group() in FIRST_WORDS]
    return [fips for fips, _ in state_code_citations(text, starts)]


@pytest.mark.parametrize(
    ("text", "fips"),
    [
        ("under RCW 10.93.160", "53"),
        ("ORS 181A.820(1)", "41"),
        ("5 ILCS 805/15", "17"),
        ("Cal. Gov. Code § 7284.6", "06"),
        ("Calif. Penal Code section 422", "06"),
        ("Tex. Gov't Code § 752.053", "48"),
        ("Fla. Stat. § 908.104", "12"),
        ("N.J.S.A. 2A:162-15", "34"),
        ("A.R.S. § 11-1051", "04"),
        ("Colo. Rev. Stat. § 24-76.6-102", "08"),
        ("Minn. Stat. § 299A.01", "27"),
        ("Mass. Gen. Laws ch. 276", "25"),
        ("N.Y. Correct. Law § 500", "36"),
        ("Wis. Stat. § 59.27", "55"),
        ("O.C.G.A. § 42-4-14", "13"),
        ("MCL 28.6", "26"),
        ("Va. Code § 53.1-218", "51"),
        ("N.C. Gen. Stat. § 162-62", "37"),
        ("KRS 61.315", "21"),
        ("NRS 179A.070", "32"),
        ("Utah Code § 67-5-1", "49"),
        ("Tenn. Code § 7-68-103", "47"),
        ("Ohio Rev. Code 9.63", "39"),
        ("La. R.S. 15:1301", "22"),
        ("Md. Code, Pub. Safety", "24"),
        ("Conn. Gen. Stat. § 54-192h", "09"),
        ("Iowa Code § 27A.4", "19"),
        ("K.S.A. 22-2401", "20"),
        ("RSMo 544.470", "29"),
        ("Okla. Stat. tit. 22", "40"),
        ("S.C. Code § 17-13-170", "45"),
        ("Ala. Code § 31-13-5", "01"),
        ("Miss. Code § 25-1-119", "28"),
        ("Ark. Code § 14-1-103", "05"),
        ("Neb. Rev. Stat. § 29-216", "31"),
        ("Idaho Code § 67-8101", "16"),
        ("Mont. Code § 44-1-1101", "30"),
        ("NMSA 1978, § 29-1-1", "35"),
        ("HRS § 353-1", "15"),
        ("42 Pa.C.S. § 8951", "42"),
        ("R.I. Gen. Laws § 42-28", "44"),
        ("20 V.S.A. § 2366", "50"),
        ("25 M.R.S. § 2803", "23"),
        ("RSA 594:2", "33"),
        ("Del. Code tit. 11", "10"),
        ("W. Va. Code § 15-2-12", "54"),
        ("N.D. Cent. Code § 12-60", "38"),
        ("SDCL 23A-3-2", "46"),
        ("Wyo. Stat. § 7-3-101", "56"),
        ("D.C. Code § 24-211.07", "11"),
    ],
)
def test_each_state_form(text: str, fips: str) -> None:
    assert found(f"As provided in {text}, the sheriff may act.") == [fips]


@pytest.mark.parametrize(
    "text",
    [
        "Ordinary words: Calendar, Texas, Oregon, California Code of Regulations? no abbreviation.",
        "The ORSA group and the ILCSX file are not citations.",
        "Mr. Smith, Md., and Dr. Ray met in Pa. on Monday.",
    ],
)
def test_lookalikes_are_not_citations(text: str) -> None:
    assert found(text) == []
