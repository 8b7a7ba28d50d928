"""find_citations beyond the dev set: citation styles of many states, case citations with pin and
parallel cites, short forms, and what is never a citation. Texts written for these tests.

Expected forms are the Bluebook abbreviation or the form as cited; what counts as equal is what the
scorer's normalizer makes equal (case, spaces, dots, '§', 'sec'/'section' and subsections dropped),
checked in test_normal_forms_compare_as_the_scorer_does."""

from __future__ import annotations

import re
import unicodedata

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- state codes, Bluebook style and the states' own abbreviations
    ("ga-annotated", "Georgia law, Ga. Code Ann. § 36-80-23, bans sanctuary policies.", ["O.C.G.A. 36-80-23"]),
    ("ga-ocga", "Under O.C.G.A. § 36-80-23(b), no local government may adopt one.", ["O.C.G.A. 36-80-23"]),
    ("ga-ocga-list", "Georgia's O.C.G.A. §§ 36-80-23 and 42-4-14 require jailers to check status.",
     ["O.C.G.A. 36-80-23", "O.C.G.A. 42-4-14"]),
    ("iowa", "The county relied on Iowa Code § 27A.8 when it honored the detainer.", ["Iowa Code § 27A.8"]),
    ("iowa-section-word", "The ban is in Iowa Code section 27A.8 and Iowa Code ch. 27A.", ["Iowa Code § 27A.8"]),
    ("tenn-annotated", "Tennessee's Tenn. Code Ann. § 7-68-103 forbids sanctuary policies.", ["Tenn. Code Ann. § 7-68-103"]),
    ("tenn-tca", "Tennessee law, T.C.A. § 7-68-103, bars sanctuary policies.", ["T.C.A. 7-68-103"]),
    ("nc-gen-stat", "North Carolina passed N.C. Gen. Stat. § 153A-145.5 to bar such ordinances.",
     ["N.C. Gen. Stat. § 153A-145.5"]),
    ("nc-gs", "North Carolina's G.S. 153A-145.5 forbids such ordinances.", ["G.S. 153A-145.5"]),
    ("nc-ncgs", "Under N.C.G.S. § 162-62, jailers must query status.", ["N.C.G.S. 162-62"]),
    ("ala-code", "Alabama enacted Ala. Code § 31-13-5 in 2011.", ["Ala. Code § 31-13-5"]),
    ("ala-edition-year", "Alabama Code Section 31-13-5 applies, as does Ala. Code 1975 § 31-13-12.",
     ["Ala. Code § 31-13-5", "Ala. Code § 31-13-12"]),
    ("ind-code", "Indiana sheriffs cite Ind. Code § 5-2-18.2-3 when they share status.", ["Ind. Code § 5-2-18.2-3"]),
    ("ind-ic", "Indiana's IC 5-2-18.2-3 bars limits on communication.", ["IC 5-2-18.2-3"]),
    ("okla-title", "Oklahoma's Okla. Stat. tit. 74, § 20j lets the state deputize officers.", ["Okla. Stat. tit. 74, § 20j"]),
    ("okla-os", "The sheriff relied on 74 O.S. § 20j and 22 O.S. § 171.", ["74 O.S. § 20j", "22 O.S. § 171"]),
    ("colo-rev-stat", "Colorado repealed parts of Colo. Rev. Stat. § 24-76.6-102 in 2019.", ["Colo. Rev. Stat. § 24-76.6-102"]),
    ("colo-crs", "Colorado's C.R.S. § 24-76.6-102 and C.R.S. 24-76.6-103 apply.",
     ["C.R.S. 24-76.6-102", "C.R.S. 24-76.6-103"]),
    ("colo-crs-after", "The sheriff cited section 24-76.6-102, C.R.S., in the memo.", ["C.R.S. 24-76.6-102"]),
    ("wash", "The act appears at RCW 10.93.160 and Wash. Rev. Code § 43.10.315.",
     ["RCW 10.93.160", "RCW 43.10.315"]),
    ("minn-list", "Minnesota law: Minn. Stat. §§ 299A.82 and 626.8451.", ["Minn. Stat. § 299A.82", "Minn. Stat. § 626.8451"]),
    ("minn-spelled", "Minnesota Statutes section 299A.82 requires reporting.", ["Minn. Stat. § 299A.82"]),
    ("nj-njsa", "Under N.J.S.A. 2C:1-1 and N.J.S.A. 52:17B-98, the directive issues.",
     ["N.J.S.A. 2C:1-1", "N.J.S.A. 52:17B-98"]),
    ("nj-annotated", "New Jersey's N.J. Stat. Ann. § 2A:162-15 governs pretrial release.", ["N.J. Stat. Ann. § 2A:162-15"]),
    ("mass-chapter", "Massachusetts courts read Mass. Gen. Laws ch. 276, § 20B narrowly.", ["Mass. Gen. Laws ch. 276, § 20B"]),
    ("mass-mgl", "Under M.G.L. c. 276, § 20B, a court may issue a warrant.", ["M.G.L. c. 276, § 20B"]),
    ("va-code", "Virginia's Va. Code § 53.1-219 lets jails check immigration status.", ["Va. Code § 53.1-219"]),
    ("va-annotated", "Virginia's Va. Code Ann. § 53.1-219 lets jails check status.", ["Va. Code Ann. § 53.1-219"]),
    ("va-spelled", "Code of Virginia § 19.2-81.6 allows arrests.", ["Va. Code § 19.2-81.6"]),
    ("conn-list", "Connecticut's Conn. Gen. Stat. §§ 54-192h and 54-192k apply.",
     ["Conn. Gen. Stat. § 54-192h", "Conn. Gen. Stat. § 54-192k"]),
    ("conn-spelled", "Connecticut General Statutes Section 54-192h limits detainers.", ["Conn. Gen. Stat. § 54-192h"]),
    ("ariz", "Ariz. Rev. Stat. § 11-1051 (SB 1070) requires checks, and A.R.S. § 11-1051(B) too.",
     ["Ariz. Rev. Stat. § 11-1051", "A.R.S. 11-1051"]),
    ("nev", "Under Nev. Rev. Stat. § 171.1223, officers may act; NRS 228.208 too.",
     ["Nev. Rev. Stat. § 171.1223", "NRS 228.208"]),
    ("mo", "Mo. Rev. Stat. § 67.307 bans sanctuary policies; see also RSMo 67.307.", ["Mo. Rev. Stat. § 67.307", "Mo. Rev. Stat. § 67.307"]),
    ("la", "La. Rev. Stat. § 15:828.1 and La. R.S. 15:828.1 apply.", ["La. Rev. Stat. § 15:828.1", "La. R.S. 15:828.1"]),
    ("ky", "Ky. Rev. Stat. Ann. § 61.930 applies; KRS 61.930 too.", ["Ky. Rev. Stat. Ann. § 61.930", "KRS 61.930"]),
    ("md-subject", "Md. Code Ann., Crim. Proc. § 5-101 applies.", ["Md. Code Ann. Crim. Proc. § 5-101"]),
    ("vt-title", "Vt. Stat. Ann. tit. 20, § 4651 applies.", ["Vt. Stat. Ann. tit. 20, § 4651"]),
    ("miss-spelled", "Mississippi Code Section 25-1-119 bans sanctuary policies.", ["Miss. Code § 25-1-119"]),
    ("fla-range", "Fla. Stat. § 908.104 and Fla. Stat. §§ 908.101-908.109 apply.",
     ["Fla. Stat. § 908.104", "Fla. Stat. § 908.101", "Fla. Stat. § 908.109"]),
    # --- states' own drafting forms: Massachusetts chapters of the General Laws, Connecticut's general statutes
    ("mass-section-of-chapter", "SECTION 2. Section 20B of chapter 276 of the General Laws is hereby amended by adding "
     "a paragraph.", ["Mass. Gen. Laws ch. 276, § 20B"]),
    ("mass-lettered-chapter", "Section 2 of chapter 6A of the General Laws, as appearing in the 2020 Official "
     "Edition, is amended.", ["Mass. Gen. Laws ch. 6A, § 2"]),
    ("mass-chapter-of-acts", "Section 3 of chapter 126 of the acts of 2009 is repealed.", []),
    ("conn-general-statutes", "Sec. 1. Section 54-192h of the general statutes is repealed and the following is "
     "substituted in lieu thereof.", ["Conn. Gen. Stat. § 54-192h"]),
    ("conn-supplement-list", "Sections 54-192h and 54-192k of the 2024 supplement to the general statutes are amended.",
     ["Conn. Gen. Stat. § 54-192h", "Conn. Gen. Stat. § 54-192k"]),
    ("ga-bill-code-section", "Code Section 36-80-23 of the Official Code of Georgia Annotated, relating to sanctuary "
     "policies, is amended by revising subsection (b). Jailers act as required by Code Section 42-4-14.",
     ["O.C.G.A. § 36-80-23", "O.C.G.A. § 42-4-14"]),
    # --- federal forms seen in news and policy texts
    ("title-8-without-code", "Sections 1373 and 1644 of title 8 prohibit restrictions on immigration information.",
     ["8 U.S.C. § 1373", "8 U.S.C. § 1644"]),
    ("title-of-local-code", "Section 12 of title 8 of the county code covers immigration.", []),
    ("us-code-then-number", "Under 8 U.S. Code 1373, cities may not restrict sharing with ICE.", ["8 U.S.C. § 1373"]),
    ("usca-and-sec", "The memo cites 8 USC §1357(g), 8 U.S.C.A. § 1373 and 8 U.S.C. Sec. 1644.",
     ["8 U.S.C. § 1357", "8 U.S.C. § 1373", "8 U.S.C. § 1644"]),
    ("ampersand-code-no-state", "Jail policy\nWelfare & Institutions Code § 827 limits sharing records with ICE.",
     ["Cal. Welf. & Inst. Code § 827"]),
    ("penal-code-no-state", "Jail policy\nPenal Code § 834c requires notice before an ICE interview.", ["Cal. Penal Code § 834c"]),
    # --- California's and Texas's own short code names, New York law names, prefixes without '§'
    ("cal-official-style", "California law (Gov. Code, § 7284.6, subd. (a)) limits holds; see also Pen. Code, § 834c.",
     ["Cal. Gov. Code § 7284.6", "Cal. Penal Code § 834c"]),
    ("cal-official-welf", "In California, Welf. & Inst. Code, § 827 protects juvenile records.", ["Cal. Welf. & Inst. Code § 827"]),
    ("texas-spelled-govt", "Texas Gov't Code § 752.053 and Texas Government Code Section 752.056 apply.",
     ["Tex. Gov't Code § 752.053", "Tex. Gov't Code § 752.056"]),
    ("texas-chapter-only", "Chapter 752 of the Texas Government Code was added by SB 4.", []),
    ("ny-law-name-before-sign", "New York Executive Law § 844 and N.Y. Correct. Law § 147 apply.",
     ["N.Y. Exec. Law § 844", "N.Y. Correct. Law § 147"]),
    ("prefixed-without-sign", "Oregon's law, ORS 181A.820, dates to 1987; Or. Rev. Stat. 181A.823 came in 2021.",
     ["ORS 181A.820", "ORS 181A.823"]),
    ("prefixed-year-is-no-section", "The Fla. Stat. 2019 edition and Minn. Stat. 2020 were consulted.", []),
    # --- policy manuals' parenthesized forms
    ("section-then-prefixed-code", "Deputies shall comply with detainers (§ 908.104, Fla. Stat.) and (s. 908.105, Fla. Stat.).",
     ["Fla. Stat. § 908.104", "Fla. Stat. § 908.105"]),
    ("range-with-lettered-chapter", "Officers comply with Iowa Code chapter 27A and Iowa Code §§ 27A.1-27A.9 on immigration.",
     ["Iowa Code § 27A.1", "Iowa Code § 27A.9"]),
    ("manual-parenthesized-list", "Members shall comply (Government Code § 7284.6; Penal Code § 834c) and 8 CFR 287.7 for ICE.",
     ["Cal. Gov. Code § 7284.6", "Cal. Penal Code § 834c", "8 C.F.R. § 287.7"]),
    ("minn-no-sign-and-comma", "Deputies may honor detainers under Minn. Stat. 629.34 and Minnesota Statutes, section 299A.82.",
     ["Minn. Stat. § 629.34", "Minn. Stat. § 299A.82"]),
    # --- a code name without its state: the section's shape decides, a heading above is no part of the name
    ("shape-neither-state", "Section 11-501 of the Vehicle Code bars it.", ["Vehicle Code § 11-501"]),
    ("heading-above-code-name", "Jail Rules\nThe Code of Criminal Procedure 2.251 applies.", ["Tex. Code Crim. Proc. art. 2.251"]),
    ("wrapped-code-name", "In California, Health and\nSafety Code Section 11369 applies.", ["Cal. Health & Safety Code § 11369"]),
    ("relative-range-end", "Tenn. Code Ann. §§ 7-68-101 to -105 form the chapter; C.R.S. §§ 24-76.6-101 to -103 too.",
     ["Tenn. Code Ann. § 7-68-101", "Tenn. Code Ann. § 7-68-105", "C.R.S. 24-76.6-101", "C.R.S. 24-76.6-103"]),
    ("headline-bare-sections", "287(g) Deals Grow\n\nSection 1373 Fight Heats Up\n\nICE signed more deals.",
     ["8 U.S.C. § 1357", "8 U.S.C. § 1373"]),
    ("nyc-admin-code-spelled", "The suit targets New York City Administrative Code sections 9-131 and 14-154.",
     ["N.Y.C. Admin. Code § 9-131", "N.Y.C. Admin. Code § 14-154"]),
    # --- cases: pin cites and parallel cites give each reporter once; short forms give nothing new
    ("parallel-state", "In Lunn v. Commonwealth, 477 Mass. 517, 78 N.E.3d 1143 (2017), the court held it.",
     ["477 Mass. 517", "78 N.E.3d 1143"]),
    ("pin-and-wl", "See Galarza v. Szalczyk, 745 F.3d 634, 643 (3d Cir. 2014); Miranda-Olivares v. Clackamas Cnty., "
     "2014 WL 1414305, at *11 (D. Or. Apr. 11, 2014).", ["745 F.3d 634", "2014 WL 1414305"]),
    ("three-parallel", "Arizona v. United States, 567 U.S. 387, 132 S. Ct. 2492, 183 L. Ed. 2d 351 (2012).",
     ["567 U.S. 387", "132 S. Ct. 2492", "183 L. Ed. 2d 351"]),
    ("ny-appellate", "People ex rel. Wells v. DeMarco, 168 A.D.3d 31, 88 N.Y.S.3d 518 (2d Dep't 2018).",
     ["168 A.D.3d 31", "88 N.Y.S.3d 518"]),
    ("subsequent-history", "United States v. California, 921 F.3d 865, 887-88 (9th Cir. 2019), cert. denied, "
     "141 S. Ct. 124 (2020).", ["921 F.3d 865", "141 S. Ct. 124"]),
    ("short-forms", "Id. at 643. Galarza, 745 F.3d at 645. Arizona, supra, at 410.", []),
    # --- never citations
    ("bills", "H.B. 2012, S.B. 1070, House Bill 4105, A.B. 450, LD 1 and S.F. 2481 passed.", []),
    ("public-law-statutes-at-large", "Pub. L. No. 104-208, § 642, 110 Stat. 3009-707 (1996) and Public Law 115-141.", []),
    ("eo-fed-reg-ordinance", "Executive Order No. 13768, 82 Fed. Reg. 8799 (Jan. 25, 2017), and Ordinance No. 2017-45.", []),
    ("resolutions", "Resolution No. 2019-12, Council Bill 19-0012 and Local Law No. 1 of 2020 passed.", []),
    ("amendments-and-clauses", "The Tenth Amendment and U.S. Const. art. VI, cl. 2, were invoked.", []),
    ("session-laws", "Chapter 2017-45, Laws of Florida, and 2019 Fla. Laws ch. 102 passed.", []),
    ("edition-year-alone", "The Code of Alabama 1975 and the 2024 Florida Statutes were consulted.", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_citations(text: str, expected: list[str]) -> None:
    found = find_citations(text)
    assert [c.normalized for c in found] == expected
    for c in found:
        assert c.span.slice(text) == c.mention


def _scorer_norm(c: str) -> str:
    """The comparison eval/SPEC.md describes: case, spaces, dots, '§', 'sec'/'section' and subsections dropped."""
    c = unicodedata.normalize("NFKC", c).lower()
    c = re.sub(r"\b(sections?|secs?\.?|§+)", " ", c)
    c = re.sub(r"\([a-z0-9]+\)", "", c)
    return re.sub(r"[^a-z0-9]+", "", c)


@pytest.mark.parametrize(
    ("ours", "written"),
    [
        ("O.C.G.A. 36-80-23", "O.C.G.A. § 36-80-23"),
        ("Okla. Stat. tit. 74, § 20j", "Okla. Stat. tit. 74 § 20j"),
        ("Mass. Gen. Laws ch. 276, § 20B", "Mass. Gen. Laws ch. 276 § 20B"),
        ("C.R.S. 24-76.6-102", "C.R.S. § 24-76.6-102"),
        ("Md. Code Ann. Crim. Proc. § 5-101", "Md. Code Ann., Crim. Proc. § 5-101"),
        ("RCW 10.93.160", "RCW § 10.93.160"),
        ("Tex. Gov't Code § 752.053", "Tex. Gov't Code section 752.053(a)"),
    ],
)
def test_normal_forms_compare_as_the_scorer_does(ours: str, written: str) -> None:
    assert _scorer_norm(ours) == _scorer_norm(written)
