"""State codes as cited ("Tennessee Code" is "Tenn. Code", "Tennessee Code Annotated" is "Tenn. Code Ann."),
the states cited by their own abbreviation (RCW, ORS, O.C.G.A.), a "§" lost to an encoding, the bare
"§ 1983" of a civil-rights suit and Florida's "s. 908.105" in an excerpt that names no state."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES = [
    # --- "Annotated" is kept only when the text writes it
    ("tenn-words", "Terms used in Tennessee Code 4-12-305 follow.", [f"Tenn. Code {S} 4-12-305"]),
    (
        "tenn-see-words",
        "A county is a local entity. See Tennessee Code 4-12-301",
        [f"Tenn. Code {S} 4-12-301"],
    ),
    (
        "tenn-annotated-words",
        "Under Tennessee Code Annotated 4-12-305, no town may act.",
        [f"Tenn. Code Ann. {S} 4-12-305"],
    ),
    (
        "tenn-prefixed-short",
        "Under Tenn. Code § 4-12-305 the town may not act.",
        [f"Tenn. Code {S} 4-12-305"],
    ),
    (
        "tenn-prefixed-annotated",
        "Under Tenn. Code Ann. § 4-12-305 the town may not act.",
        [f"Tenn. Code Ann. {S} 4-12-305"],
    ),
    ("tenn-chapter-is-no-section", "Tennessee Code 4-12 holds the chapter.", []),
    (
        "miss-words",
        "Under Mississippi Code Section 21-3-44 a city may not bar it.",
        [f"Miss. Code {S} 21-3-44"],
    ),
    ("miss-annotated-words", "Mississippi Code Annotated 21-3-44 governs.", [f"Miss. Code Ann. {S} 21-3-44"]),
    ("ark-words", "Arkansas Code 12-9-118 governs the jail.", [f"Ark. Code {S} 12-9-118"]),
    (
        "ark-annotated-words",
        "Arkansas Code Annotated 12-9-118 governs the jail.",
        [f"Ark. Code Ann. {S} 12-9-118"],
    ),
    (
        "sc-words",
        "Under South Carolina Code Section 17-9-40 the sheriff reports.",
        [f"S.C. Code {S} 17-9-40"],
    ),
    ("wyo-words", "Wyoming Statutes 9-4-201 applies to the board.", [f"Wyo. Stat. {S} 9-4-201"]),
    ("del-words", "Delaware Code Title 9, Section 1402 applies.", [f"Del. Code tit. 9, {S} 1402"]),
    # --- Washington, Oregon and Georgia are cited by their own abbreviations, however the text names them
    ("wash-prefixed", "Agencies follow Wash. Rev. Code § 39.12.210 closely.", ["RCW 39.12.210"]),
    (
        "wash-prefixed-list",
        "See Wash. Rev. Code Ann. §§ 39.12.210, 39.12.215.",
        ["RCW 39.12.210", "RCW 39.12.215"],
    ),
    ("wash-spelled", "Revised Code of Washington 39.12.210 says so.", ["RCW 39.12.210"]),
    ("wash-postal", "The page shows WA Rev Code § 39.12.210 at the top of it.", ["RCW 39.12.210"]),
    ("oregon-prefixed", "The deputy read Or. Rev. Stat. § 133.417 aloud.", ["ORS 133.417"]),
    ("georgia-prefixed", "Officers act under Ga. Code Ann. § 17-4-25 here.", ["O.C.G.A. 17-4-25"]),
    ("tca-kept", "The clerk cited T.C.A. § 4-12-305 in the memo.", ["T.C.A. 4-12-305"]),
    # --- a "§" lost in conversion to another encoding
    (
        "cfr-question-mark",
        "Holds are set out in 8 C.F.R. ?236.2(c). The office agreed.",
        [f"8 C.F.R. {S} 236.2"],
    ),
    ("usc-replacement-char", "The statute, 8 U.S.C. \ufffd1226(a), allows it.", [f"8 U.S.C. {S} 1226"]),
    ("usc-question-ends-sentence", "Is 8 U.S.C. enough? 1226 people asked.", []),
    # --- the civil-rights statute cited bare
    (
        "section-1983-action",
        "Dana Whitlock brought a § 1983 action against the jail.",
        [f"42 U.S.C. {S} 1983"],
    ),
    ("section-1983-claims", "Her Section 1983 claims survived the motion.", [f"42 U.S.C. {S} 1983"]),
    (
        "section-1983-civil-rights",
        "The civil rights suit rests on section 1983 alone.",
        [f"42 U.S.C. {S} 1983"],
    ),
    ("year-1983-is-no-section", "The jail opened in 1983 and sec. 1983 means nothing here.", []),
    # --- "s. 908.105" in a statute excerpt that names no state
    (
        "short-form-unnamed-florida",
        "The court notes in the record under s. 775.087 that the law applies.",
        [f"Fla. Stat. {S} 775.087"],
    ),
    (
        "short-form-unnamed-wisconsin",
        "A record under s. 19.35 (1) of the statutes may be read by law.",
        [f"Wis. Stat. {S} 19.35"],
    ),
    ("short-form-unnamed-memo", "The memo, s. 4.2, covers the law on holds.", []),
    ("short-form-other-state", "In Ohio the law, s. 775.087, is different.", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_as_cited(name: str, text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
