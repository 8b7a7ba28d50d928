"""find_citations on section numbers that hold a letter ("2A.060", "299A.82", "153A-145.5",
"54-192h", "105:13-b") in every statute matcher, and title-first compilations (Pennsylvania's
"18 Pa.C.S.", Delaware's "11 Del. C."). Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- Texas's Code of Criminal Procedure cites articles; chapters may hold a letter ("2A", "42A")
    ("ccp-comma-no-state", "A department may not knowingly violate Article 2A.060, Code of Criminal Procedure.",
     ["Tex. Code Crim. Proc. art. 2A.060"]),
    ("ccp-three-digit-chapter-letter", "Probation rules in Article 42A.001, Code of Criminal Procedure, apply to him.",
     ["Tex. Code Crim. Proc. art. 42A.001"]),
    ("ccp-name-first", "Jailers follow the Code of Criminal Procedure article 2A.060 when they hold a person.",
     ["Tex. Code Crim. Proc. art. 2A.060"]),
    ("ccp-of-the", "Deputies act under Article 2B.0051 of the Code of Criminal Procedure in the county.",
     ["Tex. Code Crim. Proc. art. 2B.0051"]),
    ("ccp-two-digit-article", "Arrests follow Article 14.03, Code of Criminal Procedure, as amended.",
     ["Tex. Code Crim. Proc. art. 14.03"]),
    ("ccp-state-named", "In Texas, jails obey Article 2A.060, Code of Criminal Procedure, as amended.",
     ["Tex. Code Crim. Proc. art. 2A.060"]),
    ("ccp-prefixed", "See Tex. Code Crim. Proc. art. 42A.001 and Tex. Code Crim. Proc. art. 2B.0051 for terms.",
     ["Tex. Code Crim. Proc. art. 42A.001", "Tex. Code Crim. Proc. art. 2B.0051"]),
    ("ccp-bill-adds-article", "SECTION 3. Chapter 2A, Code of Criminal Procedure, is amended by adding Article 2A.075 "
     "to read as follows:", ["Tex. Code Crim. Proc. art. 2A.075"]),
    ("govt-code-bill-adds-section", "SECTION 2. Subchapter C, Chapter 752, Government Code, is amended by adding Section "
     "752.0565 to read as follows:", ["Tex. Gov't Code § 752.0565"]),
    # Louisiana's code of that name numbers its articles plainly: not Texas's, and no state to give it
    ("ccp-plain-article-is-not-texas", "The arrest followed Article 230.1 of the Code of Criminal Procedure.", []),
    # --- a letter in prefixed and spelled-out state codes
    ("minn-letter", "Deputies report under Minn. Stat. § 299A.82 and Minn. Stat. § 15A.0815 each year.",
     ["Minn. Stat. § 299A.82", "Minn. Stat. § 15A.0815"]),
    ("iowa-spelled-letter", "The county pointed to Code of Iowa section 27A.4 in its reply.", ["Iowa Code § 27A.4"]),
    ("idaho-letter-suffix", "The sheriff cited Idaho Code § 67-8003A in the memo.", ["Idaho Code § 67-8003A"]),
    ("wv-letter-middle", "The state police act under W. Va. Code § 15-2D-3 when asked.", ["W. Va. Code § 15-2D-3"]),
    ("nc-spelled-letter", "Counties are bound by N.C. Gen. Stat. § 153A-145.5 since 2015.", ["N.C. Gen. Stat. § 153A-145.5"]),
    ("cal-letter-suffix", "California law, Cal. Gov. Code § 7284.6A, is cited in the brief.", ["Cal. Gov. Code § 7284.6A"]),
    # --- a letter in abbreviated codes' sections
    ("ors-letter-list", "Oregon's ORS 181A.820 and 181A.823 limit the use of agency money.", ["ORS 181A.820", "ORS 181A.823"]),
    ("rcw-letter-middle", "Sentences under RCW 9.94A.701 and RCW 9A.76.020 differ.", ["RCW 9.94A.701", "RCW 9A.76.020"]),
    ("sdcl-letter", "South Dakota's SDCL 23A-3-2 governs arrests.", ["SDCL 23A-3-2"]),
    ("conn-cgs-lowercase-letter", "Connecticut's C.G.S. § 54-192h limits holds; N.C.G.S. § 162-62 differs.",
     ["C.G.S. 54-192h", "N.C.G.S. 162-62"]),
    ("nh-rsa-colon-letter", "New Hampshire's RSA 105:13-b and RSA 594:2 govern local police.", ["RSA 105:13-b", "RSA 594:2"]),
    ("nd-dotted-title", "North Dakota's NDCC 12.1-01-01 and NDCC 29-06-15 apply.", ["NDCC 12.1-01-01", "NDCC 29-06-15"]),
    ("nj-letter-title", "Under N.J.S.A. 2A:162-15 and N.J.S.A. 52:17B-98, release is the rule.",
     ["N.J.S.A. 2A:162-15", "N.J.S.A. 52:17B-98"]),
    # a bare section shaped like a state code's, with its chapter's letter, is cited as written
    ("bare-dotted-letter", "Deputies report holds under section 299A.82 of the Minnesota law on immigration.",
     ["§ 299A.82"]),
    ("bare-manual-number", "Deputies follow section 428.3 of this manual on immigration holds.", []),
    # --- title-first compilations
    ("pa-consolidated", "Pennsylvania police act under 42 Pa.C.S. § 8953 and 18 Pa. C.S. § 9121.",
     ["42 Pa.C.S. § 8953", "18 Pa.C.S. § 9121"]),
    ("pa-annotated", "The township relied on 53 Pa.C.S.A. § 2962 in its reply.", ["53 Pa.C.S.A. § 2962"]),
    ("del-code", "Delaware's 11 Del. C. § 2101 sets the rule.", ["11 Del.C. § 2101"]),
    # --- letters never make these citations
    ("dc-zip-phone", "Write to Washington, D.C. 20001 or call 555-123-4567 about ICE.", []),
    ("standard-number", "The jail meets CALEA 1.2.4A and NIBRS 3.1.2 standards for ICE holds.", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_citations(text: str, expected: list[str]) -> None:
    found = find_citations(text)
    assert [c.normalized for c in found] == expected
    for c in found:
        assert c.span.slice(text) == c.mention
