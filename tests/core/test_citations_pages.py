"""find_citations on statute web pages and plural code names: a page's own section is a
citation only where the page names it with its code; "Penal Codes 821 and 822" cites two sections of one code. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- a plural code name over a list of bare section numbers
    ("plural-penal-codes", "The deputies acted under California Penal Codes 821 and 822 that night.",
     ["Cal. Penal Code § 821", "Cal. Penal Code § 822"]),
    ("plural-government-codes-text-state", "California cities follow Government Codes 7282 and 7283.",
     ["Cal. Gov. Code § 7282", "Cal. Gov. Code § 7283"]),
    ("plural-codes-texas", "Texas Government Codes 752.053 and 752.056 apply to sheriffs.",
     ["Tex. Gov't Code § 752.053", "Tex. Gov't Code § 752.056"]),
    ("plural-codes-with-sections-word", "In Texas, Government Codes Sections 752.053 and 752.056 apply.",
     ["Tex. Gov't Code § 752.053", "Tex. Gov't Code § 752.056"]),
    ("double-section-sign-list", "In California, Penal Code §§ 821, 822 apply.", ["Cal. Penal Code § 821", "Cal. Penal Code § 822"]),
    ("plural-codes-three", "Under California Vehicle Codes 12500, 12801 and 14602.6 the car was held.",
     ["Cal. Veh. Code § 12500", "Cal. Veh. Code § 12801", "Cal. Veh. Code § 14602.6"]),
    # --- a sentence's capitalized first word is no part of the code's name
    ("leading-under", "Under Penal Code section 834c, deputies may not act.", ["Cal. Penal Code \u00a7 834c"]),
    ("leading-per", "Per Government Code 7284.6, police in California may not ask.", ["Cal. Gov. Code \u00a7 7284.6"]),
    ("leading-see", "See Health and Safety Code Section 11369 in California.", ["Cal. Health & Safety Code \u00a7 11369"]),
    ("leading-under-state", "Under California Vehicle Code 12500 the car was held.", ["Cal. Veh. Code \u00a7 12500"]),
    # --- names ending in "Code" that are no law
    ("zip-code", "Residents of ZIP Code 94110 spoke at the hearing.", []),
    ("area-code", "Callers from Area Code 415 jammed the lines.", []),
    ("zip-codes-plural", "Raids hit ZIP Codes 94110 and 94112 in California.", []),
    # --- a statute page's own section is a citation when the page names it with its code; a bare
    # heading ("§ 153A-145.5", "Sec. 752.053.") only labels the page
    ("bare-sign-under-title", "Carolina Statutes Online\n\u00a7 153A-145.5\n(a) No county shall adopt a policy. See G.S. 162-62.",
     ["G.S. 162-62"]),
    ("bare-sign-blank-lines", "State Legal Code\n\n\u00a7 153a-145-5\n\n(a) No county shall adopt a policy.", []),
    ("prefixed-then-section-line", "Colo. Rev. Stat. \u00a7 24-76.6-101\nSection 24-76.6-101 - Definitions\n"
     "As used in this part, see C.R.S. 24-76.6-102.",
     ["Colo. Rev. Stat. \u00a7 24-76.6-101", "C.R.S. 24-76.6-102"]),
    ("title-then-prefixed-then-section-line", "Colorado Revised Statutes\nColo. Rev. Stat. \u00a7 24-76.6-102\n"
     "Section 24-76.6-102 - Prohibitions\n(1) A peace officer shall not arrest. C.R.S. 24-76.6-101 defines terms.",
     ["Colo. Rev. Stat. \u00a7 24-76.6-102", "C.R.S. 24-76.6-101"]),
    ("sec-heading-then-subsection", "Texas Government Code\nSec. 752.053. POLICIES PROHIBITED.\n(a) A local entity may not act.", []),
    ("prefixed-then-subsection", "Cal. Gov. Code \u00a7 7284.6\n(a) Law enforcement agencies shall not use money.",
     ["Cal. Gov. Code \u00a7 7284.6"]),
    ("own-section-repeated-in-body", "Iowa Code \u00a7 27A.8\n1. A local entity shall comply. Nothing in Iowa Code \u00a7 27A.8 "
     "limits Iowa Code \u00a7 27A.4.", ["Iowa Code \u00a7 27A.8", "Iowa Code \u00a7 27A.8", "Iowa Code \u00a7 27A.4"]),
    ("numbered-subsection-body", "Section 1373\n(a) In general. A government entity may not prohibit ...", []),
    # --- a municipal code section's history note names prior codes and ordinances, never citations
    ("note-prior-code", "Sec. 2-14. Cooperation.\n(a) No officer shall ask about immigration status.\n"
     "(Prior code \u00a7 2-14; Ord. 12-3 \u00a7 1, 2012)", []),
    ("note-ordinance-sections", "Sec. 2-14. Cooperation.\n(a) No officer shall ask about immigration status.\n"
     "(Ord. 2019-14 \u00a7 2, passed 3-5-2019; Ord. 2020-1 \u00a7\u00a7 3, 4, passed 1-2-2020)", []),
    ("note-municode", "Sec. 2-14.\n(a) No officer.\n(Code 1985, \u00a7 2-14; Ord. No. 12-3, \u00a7 1, 6-5-2012)", []),
    ("plural-statutes-named", "Florida Statutes 908.103 and 908.104 apply.", ["Fla. Stat. \u00a7 908.103", "Fla. Stat. \u00a7 908.104"]),
    # --- a statute page cites other sections of its code by bare number (shaped like its own): in
    # the page's code when its heading names it, else as cited
    ("page-neighbour-bare", "Utah Code\nSection 76-9-1003\n(1) A person may not act. See Section 76-9-1004.",
     ["Utah Code \u00a7 76-9-1003", "Utah Code \u00a7 76-9-1004"]),
    ("page-neighbour-dotted", "Cal. Pen. Code \u00a7 422.55\n(a) Hate crime means a crime. See Section 422.6.",
     ["Cal. Pen. Code \u00a7 422.55", "Cal. Pen. Code \u00a7 422.6"]),
    ("page-other-chapter-same-code", "Utah Code\nSection 76-9-1003\n(1) A person may not act. See Section 53-13-104.",
     ["Utah Code \u00a7 76-9-1003", "Utah Code \u00a7 53-13-104"]),
    ("page-other-shape-not-guessed", "Utah Code\nSection 76-9-1003\n(1) A person may not act. See Section 1004.",
     ["Utah Code \u00a7 76-9-1003"]),
    ("page-neighbour-colorado", "Colo. Rev. Stat. \u00a7 24-76.6-102\nSection 24-76.6-102 - Prohibitions\n"
     "(1) A peace officer shall not arrest. Section 24-76.6-101 defines terms.",
     ["Colo. Rev. Stat. \u00a7 24-76.6-102", "Colo. Rev. Stat. \u00a7 24-76.6-101"]),
    ("no-page-no-guess", "The county said Section 76-9-1004 applies to the jail.", []),
    # --- a headline's section is the law the story is about
    ("headline-violates-section", "DOJ says city violates Section 1373\n\nThe department said immigration law was broken.",
     ["8 U.S.C. \u00a7 1373"]),
    ("headline-opens-with-section", "Section 1373 Fight Heats Up\n\nThe department said immigration law was broken.",
     ["8 U.S.C. \u00a7 1373"]),
    ("headline-then-sentence-repeats", "Section 1373 Ruling\nThe judge held that Section 1373 binds immigration officers.",
     ["8 U.S.C. \u00a7 1373", "8 U.S.C. \u00a7 1373"]),
    ("code-citation-opening-a-sentence", "ORS 181A.820 bars the use of agency moneys.", ["ORS 181A.820"]),
    ("long-line-before", "The county board met on Tuesday and talked for three hours about budgets, roads, parks and "
     "the jail before it voted.\nRCW 10.93.160\n(1) The officer may not act.", ["RCW 10.93.160"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_citations(text: str, expected: list[str]) -> None:
    found = find_citations(text)
    assert [c.normalized for c in found] == expected
    for c in found:
        assert c.span.slice(text) == c.mention
