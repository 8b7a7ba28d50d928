"""Find every U.S. state, county and municipality a text names, resolved to Census GEOIDs.

Find, then resolve. The finder scans capitalized word runs against the registry's name index (longest
match first), reads what surrounds each match — a kind word ("County", "counties"), a state qualifier
(", Ill.", " in Nevada"), a title or given name (a person), a newspaper or organization word — and
decides what the match names. Names that stay ambiguous ("Portland") are resolved last, from the states
the whole document talks about — named, qualifying other places, or implied by a state's code cited
("RCW", "Cal. Gov. Code") — then from the sense the text already gave the name, and by population (ZIP
codes for counties) only when one namesake far outweighs every other.

Conventions follow ../shared/eval/SPEC.md: a state that only qualifies a place is part of that place's
name; a dateline "WASHINGTON —" is the District of Columbia; places inside agency and court names count,
places inside newspaper and private organization names do not; "Washington" meaning the federal
government and persons named like places are not mentions.

Where SPEC leaves a call open, one reading is kept everywhere: a part of a city names the city ("Midtown
Kingston", "North Minneapolis"), a region of a state names no state ("Northwest Indiana", "central
Oregon") though it tells where the text is; a federal office named by its city names the city ("the
DEA's Seattle office"); "Washington, D.C." as what the federal government sends ("threats coming out
of Washington, D.C.") is the federal government, as bare "Washington" is; a sheriff's or police
station named for its city ("Lancaster Station", in a text about policing) names the city. A legislator's home town
("R-Columbia", "Rep. Ann Lee of Columbia") is named, and lies in the state the text names most. A
state's own dateline ("GEORGIA –") is the state, not a same-named town. A county named in a text that
names no state at all is the namesake with the most ZIP codes, since gold then lists every namesake.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from entanglement.core.extract.lazy_regex import letter_first
from entanglement.core.gazetteer import Gazetteer, Jurisdiction
from entanglement.core.gazetteer.county_weight import zip_count
from entanglement.core.gazetteer.names import fold_token, state_names
from entanglement.core.gazetteer.registry import FLAG_COUNTY, FLAG_COUSUB, FLAG_PLACE, FLAG_STATE
from entanglement.core.gazetteer.state_codes import FIRST_WORDS as CODE_FIRST_WORDS
from entanglement.core.gazetteer.state_codes import state_code_citations
from entanglement.core.gazetteer.vocabulary import (
    BARE_NEVER,
    BROADCASTERS,
    DETERMINERS,
    ENUMERATED_PARTS,
    FEATURE_WORDS,
    FOREIGN_CITIES,
    FUNCTION_WORDS,
    GOVERNMENT_WORDS,
    LOCAL_GOVERNMENT_WORDS,
    NOT_GIVEN_NAMES,
    ORGANIZATION_BEFORE_OF,
    ORGANIZATION_KINDS,
    ORGANIZATION_WORDS,
    PERSON_NOUNS,
    REGION_WORDS,
    SPEECH_VERBS,
    STATE_PEOPLE_NOUNS,
    TITLES,
)
from entanglement.core.models import JurisdictionRef, Span

# A bare, unqualified city name is read as a place only when the place is this populous, or lies in
# a state the document names and is at least MIN_IN_STATE_POPULATION.
MIN_BARE_POPULATION = 50_000
MIN_IN_STATE_POPULATION = 5_000
# ... or is the one place of its name, of two words or more, followed by its own local government.
MIN_UNIQUE_POPULATION = 10_000
OVERSHADOW_POPULATION = 200_000
GIVEN_NAME_MAX_POPULATION = 500_000
MAJOR_CITY_POPULATION = 100_000
OVERSHADOW_RATIO = 20
# The same inside a list of places that are all in other states than the small namesake's.
LISTED_OVERSHADOW_RATIO = 4
# With no evidence in the text, the most populous namesake is taken when it is this many times larger
# than the next: a guess right more often than not raises F1 (dev + held-out: 1.5 beat 2, 3, 5 and 10).
DOMINANCE_RATIO = 1.5
# The same for an ambiguous county, by ZIP-code counts. A far wider margin: a text that names a county
# and never its state is most often a local paper's, about a small county ("Clark County" of Wisconsin,
# not of Nevada at 3.8 times the ZIP codes); only a namesake like Harris County, Texas (17 times) wins.
COUNTY_DOMINANCE = 10

_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’](?=[^\W\d_]))*", re.UNICODE)
_CONNECTORS = frozenset(
    {"of", "de", "del", "la", "las", "los", "du", "the", "and", "in", "on", "upon", "au", "le"}
)
_ABBREVIATED = frozenset({"st", "ste", "ft", "mt"})
# A lower-case word after a place that makes the place name a private group's local unit ("the
# Texas chapter of the ACLU", "its Houston chapter"); not a chapter of law ("Florida chapter 2019-1",
# "Texas chapter laws"). "The Delaware affiliate" stays the state: an affiliate is also a station's.
_CHAPTER_WORDS = frozenset({"chapter", "chapters"})
_CHAPTER_OF_LAW = re.compile(r"[ \t]+(?:\d|laws?\b)")
_CIVIL_LIBERTIES_AFFILIATE = re.compile(
    r"(?:\bCivil Liberties Union|\bACLU)[ \t]*(?:,|[-–])[ \t]*(?:of[ \t]+)?$"
)
# Street kinds written clipped, which FEATURE_WORDS leaves out because "St." and "Dr." also open
# a saint's town or a name; read as a street only by `_street_address_at`.
_STREET_ABBREVIATIONS = frozenset({"st", "dr", "pl", "ct", "ln", "hwy", "pkwy", "ter", "cir"})
_HOUSE_NUMBER_BEFORE = re.compile(r"\b\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?$")
# after the clipped kind: a comma, a line's end, or a period and a lowercase word or a number
_STREET_KIND_ENDS = re.compile(r"\.?(?:[ \t]*(?:,|$)|[ \t]+(?:[a-z]|\d))", re.M)

COUNTY_WORDS = {
    "county": "County",
    "parish": "Parish",
    "borough": "Borough",
    "counties": "County",
    "parishes": "Parish",
    "boroughs": "Borough",
}
PLURAL_COUNTY_WORDS = frozenset({"counties", "parishes", "boroughs"})

# Words before "of X" that make X a kind of government.
_PLACE_PREFIX = {
    "city": "place",
    "town": "town",
    "village": "place",
    "township": "township",
    "borough": "place",
}
_COUNTY_PREFIX = frozenset({"county", "parish"})
_KIND_BEFORE_OF = frozenset({*_PLACE_PREFIX, *_COUNTY_PREFIX, "borough"})
# Words PDF extraction most often glues to the name before them ("City of Elmwoodshall").
_GLUED_FUNCTION_WORDS = ("shall", "will", "must", "may", "and", "has", "is", "was", "to", "the", "for")
_PLURAL_KINDS = {
    "cities": "listed-place",
    "towns": "listed-town",
    "villages": "listed-place",
    "townships": "listed-township",
}
_PLURAL_KIND_HEAD = re.compile(
    r"\b(cities|towns|villages|townships)\s+(?:of|such as|including|like)\s+$", re.I
)

# A dateline: an all-capital city, perhaps a state or region, perhaps "(AP)", then a dash. At the start
# of a line; or inside a line (a flattened page header) when a capitalized sentence follows the dash.
_DATELINE = re.compile(
    # The city opens a line or follows a space: written letter first ("a capital with no other
    # character than a space before it"), so the engine skips to capitals (see letter_first).
    # A name may carry an Ñ after its first letter ("CAÑON CITY", "ESPAÑOLA").
    r"(?P<city>[A-Z](?<![^\s][A-Z])[A-ZÑ.'’]*(?:[ -][A-Z][A-ZÑ.'’]*){0,3})"
    # "LINCOLN Neb. –": some wire copy leaves out the comma before a state in title case
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})"
    r"|[ \t]+(?P<bare_region>[A-Z](?=[a-z])[A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2}))?"
    r"[ \t]*(?:\((?:[^)\n]{1,40}\))?[ \t]*)?(?:—|–|--|-)(?P<after>[ \t]+[A-Z])?"
)
# A local paper's dateline on a line of its own: the town in capitals, no dash, between the byline and
# the story ("By JO LEE\n\nLAKEVIEW\n\nThe board voted ..."). Read near the top only: further down an
# all-capital line is a heading.
# A landmark opening a story in a dateline's place ("STATE HOUSE —", "THE WHITE HOUSE —"): its last
# word may be a small town's name ("House", N.M.; "Hill", N.H.), yet the dateline names no town.
_DATELINE_LANDMARKS = (
    *("state house", "white house", "capitol hill"),
    *("city hall", "town hall", "state capitol"),
)
_LINE_DATELINE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,2})[ \t]*$")
_LINE_DATELINE_CHARS = 400
# A title-case dateline opening the text: a city of one to three capitalized words, perhaps its state,
# a spaced dash, then a sentence (a capitalized word and at least a few more words on the line).
_TITLE_CASE_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?))?"
    r"[ \t]+(?:—|–|--)[ \t]+[A-Z\u201c\"][\w'’]*(?:[ \t]+[\w'’,]+){4}"
)
_TITLE_CASE_DATELINE_CHARS = 200
_STORY_SENTENCE = re.compile(
    r"[ \t]*\n[ \t]*\n\s*[A-Z\u201c\"][^\n]*?\b[a-z]{3,}\b[^\n]*[.!?\u201d\"][ \t]*(?:\n|$)"
)
_COURT_ABBREVIATION = re.compile(
    # "\b(?:[NSEWMC]\.\s?D\.|D\.)" written letter first (see letter_first)
    r"[NSEWMCD](?<!\w[NSEWMCD])(?:(?<=[NSEWMC])\.\s?D\.|(?<=D)\.)\s?(?P<abbr>[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z]\.[A-Z]\.|Idaho|Iowa|Ohio|Utah|Alaska)"
)
# "(R-Ga.)", "D-CA", and "(D-Mass)", "R-Tenn," with the abbreviation's period left out
_PARTY_LABEL = re.compile(
    r"[DRI](?<!\w[DRI])[-–](?P<abbr>[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b|[A-Z][a-z]{1,4}(?=[),]))"
)
_PARTY_HOMETOWN = re.compile(
    r"(?:\(|,[ \t])(?:[DRI]|Dem|Rep)[-–]"
    r"(?P<town>(?:(?:St|Mt|Ft)\.[ ])?[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]+){0,2})"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][a-z.]+)?))?"
    r"(?=[),;]|\.(?:\s|$))"
)
# A capitalized word after a name that is no part of it: "Rep. Jo Park of Lebanon Tuesday said".
_CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)
# A state legislator and the home town the press gives: "Rep. Jo Park of Lebanon", "State Sen. Al
# Diaz of Mt. Juliet". Members of Congress are given their states ("Sen. Ted Cruz of Texas").
_LEGISLATOR_OF_TOWN = re.compile(
    letter_first(r"Rep\.|Sen\.|Representative|Senator|Assembly(?:man|woman|member)|Delegate")
    + r"(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'’-]+|Jr\.|Sr\.|III|II)){1,4},?[ \t]+of[ \t]+"
    r"(?P<town>(?:(?:St|Mt|Ft)\.[ ])?[A-Z][a-z]{2,}(?:[ ](?!" + _CALENDAR_WORD + r")[A-Z][a-z]+){0,2})"
)
_COUNTY_WORD_AFTER = re.compile(r"[ \t]+(?:County|Parish|Borough|Township)\b")
_DOTTED_CITIES = {
    "L.A.": ("los angeles", "CA"),
    "S.F.": ("san francisco", "CA"),
    "N.Y.C.": ("new york city", "NY"),
}
# "S.F. 2340", "S.F. No. 12", a bill not yet numbered ("S.F. ____"), "Senate File (S.F.) 481"
_BILL_NUMBER_AFTER = re.compile(r"\)?\s*(?:No\.\s*)?(?:\d|_{2,})")
_DOTTED_CITY = re.compile(
    "(?P<abbr>" + letter_first(r"L\.\s?A\.|S\.\s?F\.|N\.Y\.C\.", not_before=r"[\w.]") + r")(?P<county>\s+County)?"
)
# Cities clipped to a capitalized stem and a period, as legal citations and news copy write them
# ("Phila. Exec. Order", "City of Phila.", "Balt. City Police", "Mpls. police"). Only stems no other
# word or name shares: not "Pitt." (a university, Pitt County), "Chi." or "Hous." (a letter, housing),
# "Dall." (the Dallas reporter of early Supreme Court cases) or "Bos.".
_CLIPPED_CITIES = {
    "Phila.": ("philadelphia", "PA"),
    "Balt.": ("baltimore", "MD"),
    "Mpls.": ("minneapolis", "MN"),
}
_CLIPPED_CITY = re.compile(
    "(?P<abbr>" + letter_first(r"Phila\.|Balt\.|Mpls\.", not_before=r"[\w.]") + r")(?P<county>[ \t]+(?:County|Cnty\.|Co\.))?"
)
# A law school or its journal ("U. Balt. L. Rev.", "Univ. of Balt."): an organization, not the city.
_PROFESSIONAL_SCHOOL = re.compile(r"[ \t]+(?:Law|Medical|Business|Divinity|Dental|Nursing)[ \t]+School\b")
# A law practice named for a partner or its town ("Hale, Williams Law Firm", "Boise Law Group",
# "Ortega Law, PLLC"): a private firm, not the place.
_LAW_PRACTICE = re.compile(
    r"[ \t]+Law(?:[ \t]+(?:Firm|Group|Offices?|Partners|Practice)\b"
    r"|,?[ \t]+(?:P\.?L\.?L\.?C|L\.?L\.?[CP]|P\.?[CA])\b\.?)"
)
# A state court's abbreviated name ("Colo. Ct. App.", "Mass. App. Ct.", "N.Y. App. Div.", "Pa. Super.
# Ct.", "Tex. Crim. App.", "(Colo. App. 2010)"): the state's abbreviation before the court's words.
# A bare "App." only before a year closing a parenthetical, so a reporter ("Cal. App. 4th") stays out.
_STATE_COURT_WORDS = re.compile(
    r"[ \t](?:Ct\.[ \t]?(?:Spec\.[ \t]?)?App\.|App\.[ \t]?(?:Ct\.|Div\.)|(?:Sup|Super|Commw|Cir|Dist)\.[ \t]?Ct\."
    r"|Crim\.[ \t]?App\.|App\.(?=[ \t]+(?:[A-Z][a-z]{2}\.?[ \t]+\d{1,2},[ \t]+)?\d{4}\)))"
)
_STATE_BEFORE_COURT = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[ ]?[A-Z]\.|Iowa|Ohio|Utah|Idaho|Alaska)$")
# A state's court: "District of Nebraska", "Supreme Court of Ohio", "Iowa Court of Appeals".
_STATE_COURT_BEFORE = re.compile(
    r"(?i:\b(?:district|supreme[ \t]+court|court[ \t]+of[ \t]+appeals?)[ \t]+(?:of|for)[ \t]+)$"
)
_STATE_COURT_AFTER = re.compile(
    r"(?i:[ \t]+(?:(?:supreme|superior|district|circuit)[ \t]+court|court[ \t]+of[ \t]+appeals?)\b)"
)
# After "Lincoln, NE.": the text's or line's end, or the next sentence, so the period is the
# sentence's and the capitals a postal code.
_CODE_ENDS_SENTENCE = re.compile(r"[ \t]*$|[ \t]+[\"“']?[A-Z]", re.M)
# Text whose spaces were lost in extraction: "oftheStateofVermont", "CommonwealthofMassachusetts",
# "theCityofBurlington". Only this fused form is read (a city only when one of its name lies in a
# state the text names); a name glued elsewhere ("theVermontAttorney") is left alone.
_GLUED_STATE_OF = re.compile(
    r"(?P<kind>State|Commonwealth|City|Town|Village)of(?P<name>[A-Z][a-z]+(?P<second>[A-Z][a-z]+)?)"
)
_UNIVERSITY_BEFORE = re.compile(r"(?:\bU\.|\bUniv\.|\bUniversity(?:[ \t]+of)?)[ \t]*$")
# "University of California, Los Angeles", "University of Texas at Austin", "University of
# Wisconsin-Madison": a campus named after its university's state is part of the university's name.
_CAMPUS_BEFORE = re.compile(
    r"\bUniversity[ \t]+of[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+(?:,[ \t]*|[ \t]+at[ \t]+|[-–])$"
)
# "UC Davis", "CU Boulder", "UW-Madison", "UMass Amherst": a university system's initials before a
# campus's city name the campus, not the city.
_CAMPUS_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.&/-])(?:UC|CU|UT|UW|UNC|SUNY|CSU|UMass|UMASS)(?: |-|–)$")
# A federal district named right before a court division's seat: "District of Oregon", "N.D. Ga.,".
_COURT_DISTRICT_BEFORE = re.compile(
    r"(?i:\bdistrict[ \t]+of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?|\b[nsemcw]\.[ \t]?d\.[ \t]?[a-z]+\.|\bd\.[ \t]?[a-z]+\.)"
    r"[ \t]*[,\n]?[ \t]*$"
)
_DISTRICT_OF_BEFORE = re.compile(r"(?i:\bdistrict[ \t]+of[ \t]+)$")
# OCR's period for a comma in an address: "Watkinsville. GA 30677".
_PERIOD_POSTAL_ZIP = re.compile(r"\.[ \t]+(?P<code>[A-Z]{2})[ \t]+\d{5}(?:-\d{4})?\b")
_JOURNAL_AFTER = re.compile(r"[ \t]+(?:L\.|J\.|Rev\.|Bus\.[ \t]+J\.)")
_POSTAL_CODE = re.compile(
    letter_first(
        "CA|NY|TX|IL|NJ|FL|AZ|NV|MN|WI|TN|KY|WV|NH|VT|RI|WY|NM|NC|ND|KS|AK|WA|MT|IA", not_before=r"[\w.\-/&]"
    )
    + r"(?![\w\-/&]|\.\w)"
)
# An AP or Bluebook state abbreviation standing alone for its state before a lower-case word ("Calif.
# sheriff defies ...", "the N.Y. law", "N.Y.'s governor"): a legal citation's abbreviation is followed
# by a capitalized word or a number ("Fla. Stat.", "45 Ga. 123"), a title's ("Del. Jo Lee") by a name.
# The state's own legislature or legislator ("the N.C. House voted", "S.C. Rep. Jo Lee") is the state
# too: no citation or title abbreviation is followed by a chamber's name or a legislator's title.
# No lookbehind before the name: the pattern then opens on a literal the engine skips to (3x faster);
# the character before is checked in code. A headline sets its words in capitals ("Nev. Sheriff
# Rejects ..."): there, at a line's start only, an office's capitalized word after it is the state's too.
_STANDALONE_ABBREVIATION = re.compile(
    r"(?P<abbr>Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|W\.[ ]?Va|N\.[HJMYCD]|R\.I|S\.[CD])\."
    r"(?=(?:['’]s)?[ \t]+(?!(?:and|the|for|with|from|that|this|was|were|are|has|had|his|her|its|rel)\b)[a-z]{3}"
    r"|[ \t]+(?:House[ \t]+(?:of[ \t]+Representatives|of[ \t]+Delegates|Bill|votes?|voted|passed)\b|Senate\b"
    r"|General[ \t]+Assembly\b|Legislature\b|(?:Rep|Sen|Del)\.[ \t]+[A-Z])"
    r"|(?P<titled>[ \t]+(?:Sheriffs?|Governor|Mayors?|Count(?:y|ies)|Cit(?:y|ies)|Towns?|Lawmakers|Legislators"
    r"|Judges?|Police|Officials|Attorney[ \t]+General|Jails?)\b))"
)
# A case name's party abbreviated after its office: "v. Governor of Ga., 691 F.3d", "v. State of Fla.)",
# "People of Cal.,". Opens on the literal "of"; the office before it is checked in code.
_OFFICE_OF_ABBREVIATION = re.compile(
    r"of[ \t]+(?P<abbr>Ala|Ariz|Ark|Cal|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Or|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|W\.[ ]?Va|N\.[HJMYCD]|R\.I|S\.[CD])\.(?=[ \t]*[,;)])"
)
_ABBREVIATED_OFFICE_BEFORE = re.compile(r"\b(?:Governor|Gov\.|State|Commonwealth|People|Legislature)[ \t]+$")
_SPACED_POSTAL = re.compile(r"[ \t]([A-Z]{2})(?=[ \t]*(?:$|[\n;,.)]|\d{5}))", re.M)
# A web address from its "www" or scheme, or an e-mail address. OCR may set a space before a dot
# ("WWW .CO .LAKE .OH.US"), never after one: a period and a space end a sentence.
_WEB_ADDRESS = re.compile(r"(?i:\b(?:https?://[\w-]+|www\b)(?:[ \t]?[./:][\w-]+)+)")
# An address's local part is tried from its first character only, and taken whole: tried from every
# character of every word, the pattern cost a third of the finder's time on texts with no "@".
_EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])(?>[\w.+-]+)[ \t]?@[ \t]?[\w-]+(?:[ \t]?\.[\w-]+)+")
# A postal code before a name, at a line's start or after a space or an opening mark.
_POSTAL_PREFIX = re.compile(r"(?:^|(?<=[\s(\[]))(?P<code>[A-Z]{2})[ \t]+$", re.M)
# A county's own agency after its name ("El Paso County Sheriff's Office", "Harris County Jail").
_COUNTY_AGENCY_AFTER = re.compile(
    r"[ \t]+(?:Sheriff|Sheriff['\u2019]s|Jail|Detention|Corrections|Correctional|Police|Board|Commission|"
    r"Commissioners|Court|District[ \t]+Attorney|Attorney|Prosecutor['\u2019]?s?|Clerk|Government|Department|"
    r"Office|Probation|Constable['\u2019]?s?|Marshal['\u2019]?s?)\b"
)
# A facility's kind after a name, two words: "... Detention Center", "... Justice Complex".
_NAMED_FACILITY_WORDS = frozenset({"detention", "justice", "correctional", "corrections", "judicial"})
_FACILITY_KINDS = frozenset({"center", "centre", "facility", "complex", "building", "institution"})
_OWN_POLICE_DEPARTMENT = re.compile(r"[ \t](?i:police[ \t]+(?:department|dept\.))")
_LABELED_COUNTY = re.compile(r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}(?:County|Parish)")
_GLUED_COUNTY = re.compile(r"([A-Z][a-z]+)(?:County|Parish)")  # OCR's "ElmwoodCounty"
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}(?:-\d{4})?(?![\d,])")
# Not "D.C. Cir." (the court) nor "D.C. No. 2:18-cv-00490" (a court of appeals' label for the district
# court's docket number).
_DC = re.compile(letter_first(r"D\.\s?C\.(?!\s?Cir)(?![ \t]+(?:Docket[ \t]+)?Nos?\.[ \t]*\d)|DC\b"))


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    capitalized: bool


@dataclass
class _Match:
    """A run of tokens whose folded form is a name in the registry."""

    first: int  # token indexes, inclusive-exclusive
    last: int
    key: str
    flags: int
    start: int
    end: int
    role: str = ""  # decided role: "state" | "county" | "place" | "skip" | "" (undecided)
    candidates: list[Jurisdiction] = field(default_factory=list)
    qualifier_state: str | None = None
    bare: bool = False  # unqualified place name: resolved from document context
    shouted: bool = False  # bare, in all-capital text, with no local government word after it
    common_word: bool = False  # a name that is also a common word or a foreign place ("Mobile")
    foreign: bool = False  # a well-known foreign city's name ("Medina"): its U.S. namesakes are small
    office_of: str = ""  # "Boulder City Council": the shorter name whose council it may be ("boulder")
    headline: bool = False  # bare, in a title-case headline, with no place cue before or after it


@dataclass
class _Mention:
    jurisdiction: Jurisdiction
    span: Span


def find_jurisdictions(text: str, gazetteer: Gazetteer | None = None) -> list[JurisdictionRef]:
    """Every jurisdiction `text` names, one per government, in order of first mention."""
    if not text:
        return []
    finder = _Finder(text, gazetteer if gazetteer is not None else Gazetteer.default())
    return finder.run()


def resolve_jurisdiction(name: str, gazetteer: Gazetteer | None = None) -> Jurisdiction | None:
    """The one jurisdiction a written name denotes ("Cook County, Illinois", "Portland, Maine"), if any.

    For importers and editors matching a name from a record or a form: the same rules as the finder,
    applied to the name alone, and only an unambiguous answer is returned.
    """
    g = gazetteer if gazetteer is not None else Gazetteer.default()
    refs = find_jurisdictions(name.strip(), g)
    return g.get(refs[0].geoid) if len(refs) == 1 else None


class _Finder:
    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.g = gazetteer
        self.tokens = _Tokens(text)
        self.mentions: list[_Mention] = []
        self.covered: set[int] = set()  # character offsets already read as (part of) a mention
        self.doc_states: dict[str, int] = {}
        self._code_states: set[str] = set()  # states whose code the text cites ("RCW 10.93")
        self.state_positions: dict[str, list[int]] = {}
        self.surnames: set[str] = set()
        self.pending_datelines: list[tuple[list[Jurisdiction], int, int]] = []
        self.pending_line_datelines: list[tuple[list[Jurisdiction], int, int]] = []
        self.pending_town_datelines: list[tuple[list[Jurisdiction], int, int]] = []
        # Party labels' home towns: candidates, span, and whether the name is also a common word.
        self.pending_hometowns: list[tuple[list[Jurisdiction], int, int, bool]] = []
        self._title_lines: dict[int, bool] = {}
        self.matches: list[_Match] = []
        self.seen_geoids: set[str] = set()
        self._match_at: dict[int, int] = {}  # a match's start offset -> its index in `matches`
        self._has_town_cue: bool | None = None
        self._town_bodies: set[int] = set()  # starts of names tied to a town's own government
        self._judicial_offices: bool | None = None  # does the text name a judge's office anywhere?
        self._policing: bool | None = None  # does the text speak of police, sheriffs or jails?
        self._guessed_states: dict[str, int] = {}  # states noted only by guessed stateless counties
        self._hint_states: set[str] | None = None
        self._code_row: set[str] | None = None  # states of a line of postal codes (a table's column)
        self._washington_guesses: list[int] = []  # indexes of mentions: "in Washington" read as D.C.
        self._court_fips: str | None | bool = False  # the first-named state court's state; False: unread

    # -- driver ------------------------------------------------------------------------------------

    def run(self) -> list[JurisdictionRef]:
        # A state's code cited ("RCW 10.93", "Cal. Gov. Code") names no place but says where we are.
        words, starts = self.tokens.words, self.tokens.starts
        code_starts = [starts[k] for k, w in enumerate(words) if w in CODE_FIRST_WORDS]
        for fips, pos in state_code_citations(self.text, code_starts):
            self._note_state(fips, pos)
            self._code_states.add(fips)
        self._web_addresses()
        self._datelines()
        self._line_dateline()
        self._court_and_party_abbreviations()
        self._dotted_city_abbreviations()
        self._clipped_city_abbreviations()
        self._party_hometowns()
        self._roll_calls()
        self._sponsor_lists()
        matches = self._scan()
        self.matches = matches
        self._match_at = {m.start: k for k, m in enumerate(matches)}
        self._mark_list_qualifiers(matches)
        for m in matches:
            if not m.flags & FLAG_PLACE:
                continue
            # A name once used for a person is that person everywhere in the text — when the evidence
            # is a title, or the name is no major city's (one stray "Enforcement Chicago" must not
            # silence every "Chicago").
            strong = self._person_by_title(m) or self._judge_signature(m)
            weak = self._person_by_prefix(m) or (not m.flags & FLAG_STATE and self._given_name(m))
            if strong or (weak and not _is_major(self.g.places_named(m.key))):
                self.surnames.add(m.key)
        self._mark_county_lists(matches)
        for m in matches:
            self._classify(m)
        self._postal_codes()
        self._bill_postal_codes()
        self._standalone_abbreviations()
        self._misspelled_states()
        self._glued_states()
        self._glued_counties()
        self._resolve_bare(matches)
        self._resolve_line_datelines()
        self._washington_state_story()
        return self._collect()

    # -- scanning ----------------------------------------------------------------------------------

    def _is_covered(self, start: int, end: int) -> bool:
        return any(i in self.covered for i in range(start, end))

    def _cover(self, start: int, end: int) -> None:
        self.covered.update(range(start, end))

    def _gap_ok(self, k: int) -> bool:
        """May tokens k and k+1 belong to one name? Only a space, a hyphen or an abbreviation's period."""
        # The parallel lists, not `_Token`s: this runs for every pair of capitalized words.
        toks = self.tokens
        gap = self.text[toks.ends[k] : toks.starts[k + 1]]
        if gap in (" ", "-", "\u00a0"):
            return not toks.words[k].endswith(("'s", "’s"))
        return gap in (". ", ".") and _token_key(toks.words[k]) in _ABBREVIATED

    def _scan(self) -> list[_Match]:
        toks, g = self.tokens, self.g
        caps, words, ends = toks.capitalized, toks.words, toks.ends
        count = len(words)
        out: list[_Match] = []
        i = 0
        while i < count:
            if not caps[i]:
                i += 1
                continue
            tok = toks[i]
            best: _Match | None = None
            key = ""
            for j in range(i, min(count, i + g.max_words + 2)):
                word_key = _token_key(words[j])
                if j > i:
                    if not self._gap_ok(j - 1):
                        break
                    if not caps[j] and word_key not in _CONNECTORS:
                        break
                if j > i and words[j].endswith(("'s", "’s")):
                    # "Prince George's County" is its own name, not a possessive of "Prince George".
                    whole = f"{key} {fold_token(words[j])}"
                    if g.flags(whole) & FLAG_COUNTY:
                        best = _Match(i, j + 1, whole, g.flags(whole), tok.start, ends[j])
                        break
                key = f"{key} {word_key}" if key else word_key
                flags = g.flags(key)
                if flags and caps[j]:
                    end = _possessive_end(toks[j])
                    best = _Match(i, j + 1, key, flags, tok.start, end)
                if not g.is_prefix(key):
                    break
            if tok.text.endswith(("'s", "’s")) and g.is_prefix(fold_token(tok.text)):
                best = self._possessive_name(i) or best
            if (
                best is None
                and i >= 2
                and words[i - 1] == "of"
                and _token_key(words[i - 2]) in _KIND_BEFORE_OF
            ):
                best = self._glued_name(i)
            if best is not None:
                best = self._kind_of_reading(self._city_office_reading(best))
            if best is not None and self._hyphenated_surname(best, out):
                i = best.last
            elif best is not None and not self._is_covered(best.start, best.end):
                out.append(best)
                i = best.last
            else:
                i += 1
        return out

    def _glued_name(self, i: int) -> _Match | None:
        """ "the City of Elmwoodshall not": PDF extraction that drops a space glues the next word to a
        government's name; after "City of" the name is the word less a glued function word."""
        tok = self.tokens[i]
        for suffix in _GLUED_FUNCTION_WORDS:
            if not tok.text.endswith(suffix) or len(tok.text) < len(suffix) + 4:
                continue
            key = fold_token(tok.text[: -len(suffix)])
            flags = self.g.flags(key) & (FLAG_PLACE | FLAG_COUNTY | FLAG_COUSUB)
            if flags:
                return _Match(i, i + 1, key, flags, tok.start, tok.end - len(suffix))
        return None

    def _possessive_name(self, i: int) -> _Match | None:
        """ "Lee's Summit", "Sullivan's Island": a name whose first word is a possessive."""
        toks, g = self.tokens, self.g
        key = fold_token(toks[i].text)
        found: _Match | None = None
        for j in range(i + 1, min(len(toks), i + g.max_words + 1)):
            gap = self.text[toks[j - 1].end : toks[j].start]
            if not (gap == " " if j == i + 1 else self._gap_ok(j - 1)) or not toks[j].capitalized:
                break  # after the possessive itself only a space: `_gap_ok` stops at any possessive
            key = f"{key} {toks[j].key}"
            if g.flags(key):
                found = _Match(i, j + 1, key, g.flags(key), toks[i].start, _possessive_end(toks[j]))
            if not g.is_prefix(key):
                break
        return found

    def _city_office_reading(self, m: _Match) -> _Match:
        """ "Dallas City Council" is Dallas's council, not a council of Dallas City, Illinois: a name
        ending in "City" before a city office reads as the shorter name when that is a major city that
        dwarfs the "City" namesake ("Carson City Council", "Culver City Council" keep their name)."""
        if m.last - m.first < 2 or m.last >= len(self.tokens) or self.tokens[m.last - 1].key != "city":
            return m
        office = self.tokens[m.last]
        if not office.capitalized or office.key not in _CITY_OFFICES or not self._gap_ok(m.last - 1):
            return m
        shorter = m.key.rsplit(" ", 1)[0]
        flags = self.g.flags(shorter)
        if not flags & FLAG_PLACE or flags & FLAG_STATE:
            return m
        big = max(((c.population or 0) for c in self.g.places_named(shorter)), default=0)
        longer = max(((c.population or 0) for c in self.g.places_named(m.key)), default=0)
        if big < MAJOR_CITY_POPULATION or big < OVERSHADOW_RATIO * max(longer, MIN_IN_STATE_POPULATION):
            m.office_of = shorter  # decided once the text's states are known (see `_office_of_shorter`)
            return m
        last = self.tokens[m.last - 2]
        return _Match(m.first, m.last - 1, shorter, flags, m.start, last.end)

    def _kind_of_reading(self, m: _Match) -> _Match:
        """ "City of Orange, California" is the city of Orange in California, not New Jersey's "City of
        Orange" township: a name that begins with a kind word and "of" reads as that prefix and the
        shorter name when the state written after it holds the shorter name, not the whole one."""
        toks = self.tokens
        if m.last - m.first < 3 or toks[m.first].key not in _PLACE_PREFIX or toks[m.first + 1].key != "of":
            return m
        q = self._qualifier(m.end)
        if q is None:
            return m
        whole = [*self.g.places_named(m.key), *self.g.cousubs_named(m.key), *self.g.counties_named(m.key)]
        if any(c.state_fips == q[0] for c in whole):
            return m
        shorter = m.key.split(" ", 2)[2]
        namesakes = [*self.g.places_named(shorter), *self.g.cousubs_named(shorter)]
        if not any(c.state_fips == q[0] for c in namesakes):
            return m
        return _Match(m.first + 2, m.last, shorter, self.g.flags(shorter), toks[m.first + 2].start, m.end)

    def _hyphenated_surname(self, m: _Match, before: list[_Match]) -> bool:
        """Is the name the second half of a hyphenated name ("Ana Ruiz-Martinez", "Ruiz-Martinez said")?

        A whole hyphenated place ("Winston-Salem") is matched from its first half and never gets here;
        a pair of places ("Dallas-Fort Worth", "Louisville-Jefferson County") has a place, and a
        region ("Northeast-Ohio") a region word, before the hyphen. Any other capitalized word glued on
        makes the name a surname, and the same surname is that person's elsewhere in the text."""
        if m.first == 0 or self.text[self.tokens[m.first - 1].end : m.start] != "-":
            return False
        prev = self.tokens[m.first - 1]
        if not prev.capitalized or len(prev.text) < 2 or prev.text.isupper():
            return False  # "U.S.-Mexico", "NY-Boston": an abbreviation, not a family name
        if (before and before[-1].end == prev.end) or self._is_covered(prev.start, prev.end):
            return False
        if prev.key in REGION_WORDS or prev.key in _REGION_PREFIXES or self.g.flags(prev.key):
            return False
        if not _is_major(self.g.places_named(m.key)):
            self.surnames.add(m.key)
        return True

    # -- context readers ---------------------------------------------------------------------------

    def _street_address_at(self, m: _Match, kind: _Token) -> bool:
        """ "123 Madison St.", "40 N. Lincoln Dr", "on Denver Pl., suite 4": a clipped street kind
        after the name is a street's only after a house number, or when no name follows it ("St.
        Louis", "Dr. Ruiz" read the word as a saint or a title)."""
        if _HOUSE_NUMBER_BEFORE.search(self.text, max(0, m.start - 16), m.start) is not None:
            return True
        return _STREET_KIND_ENDS.match(self.text, kind.end) is not None

    def _next_word(self, m: _Match) -> tuple[_Token | None, str]:
        """The token after a match and the text between them."""
        if m.last >= len(self.tokens):
            return None, self.text[m.end :]
        nxt = self.tokens[m.last]
        return nxt, self.text[self.tokens[m.last - 1].end : nxt.start]

    def _prev_word(self, m: _Match, back: int = 1) -> tuple[_Token | None, str]:
        k = m.first - back
        if k < 0:
            return None, self.text[: self.tokens[m.first].start]
        after = self.tokens[k + 1] if k + 1 < m.first else self.tokens[m.first]
        return self.tokens[k], self.text[self.tokens[k].end : after.start]

    def _qualifier(self, pos: int) -> tuple[str, int] | None:
        """A state written right after a place: ", Ill.", ", Illinois", " in Nevada", " (CA)"."""
        text = self.text
        m = re.match(r",[ \t]*|[ \t]+in[ \t]+|[ \t]*\([ \t]*", text[pos : pos + 8])
        if not m:
            return (
                self._shouted_period_qualifier(pos)
                or self._line_end_qualifier(pos)
                or self._spaced_state_after_county(pos)
                or self._spaced_state_after_place(pos)
                or self._spaced_postal_qualifier(pos)
                or self._period_postal_qualifier(pos)
            )
        at = pos + m.end()
        in_form = "in" in m.group()
        # State abbreviations: exact case, longest first, and not the start of a longer word.
        if not in_form:
            for length in (7, 6, 5, 4, 3, 2):
                cand = text[at : at + length]
                fips = self.g.state_for_abbreviation(cand)
                if fips is None:
                    continue
                nxt = text[at + length : at + length + 1]
                if cand.endswith(".") or not (nxt.isalnum()):
                    if len(cand) == 2 and nxt == "." and not _CODE_ENDS_SENTENCE.match(text, at + 3):
                        continue
                    return fips, at + length
        # Full state names, token by token.
        k = self._token_at(at)
        if k is None:
            return None
        key = ""
        best: tuple[str, int] | None = None
        for j in range(k, min(len(self.tokens), k + 4)):
            if j > k and self.text[self.tokens[j - 1].end : self.tokens[j].start] != " ":
                break
            if not self.tokens[j].capitalized:
                break
            key = f"{key} {self.tokens[j].key}" if key else self.tokens[j].key
            st = self.g.state_named(key)
            if st is not None:
                best = (st.geoid, _possessive_end(self.tokens[j]))
                # "Norfolk, Virginia Beach and ...": the state's name begins the next item of a list.
                # ("Kansas City, Missouri City Council" is still the qualifier: a government word follows.)
                if j + 1 < len(self.tokens) and self.tokens[j + 1].capitalized and self._gap_ok(j):
                    longer = f"{key} {self.tokens[j + 1].key}"
                    after = self.tokens[j + 2] if j + 2 < len(self.tokens) else None
                    if (
                        self.g.flags(longer) & (FLAG_PLACE | FLAG_COUNTY) or self.g.is_prefix(longer)
                    ) and not (after is not None and after.capitalized and after.key in GOVERNMENT_WORDS):
                        return None
        if best is not None and best[0] == "11" and in_form:
            return None
        return best

    def _spaced_postal_qualifier(self, pos: int) -> tuple[str, int] | None:
        """ "Reno NV 89501", a table's "Clark County NV": a postal code after one space, ending its line
        or list item or before a ZIP code, qualifies the place before it."""
        found = _SPACED_POSTAL.match(self.text, pos)
        fips = self.g.state_for_abbreviation(found.group(1)) if found else None
        return (fips, found.end(1)) if found and fips else None

    def _period_postal_qualifier(self, pos: int) -> tuple[str, int] | None:
        """ "Watkinsville. GA 30677": a scanned letterhead's address whose comma OCR read as a period; the
        ZIP code after the postal code shows it is an address, not a sentence's end."""
        if self.text[pos : pos + 1] != ".":
            return None
        found = _PERIOD_POSTAL_ZIP.match(self.text, pos)
        fips = self.g.state_for_abbreviation(found.group("code")) if found else None
        return (fips, found.end("code")) if found and fips else None

    def _line_end_qualifier(self, pos: int) -> tuple[str, int] | None:
        """ "The Borough of Media Pennsylvania" ending a letterhead's line: a state's full name after a
        place with no comma qualifies it when nothing follows on the line, so it names no street or
        institution ("Pennsylvania Avenue", "Ohio State")."""
        found = re.match(r"[ \t]+", self.text[pos : pos + 4])
        k = self._token_at(pos + found.end()) if found else None
        if found is None or k is None:
            return None
        for _, tok, st in self._spaced_state_names(k):
            if re.match(r"[ \t]*(?:\n|$)", self.text[tok.end : tok.end + 4]):
                return st.geoid, tok.end
        return None

    def _spaced_state_names(self, k: int) -> Iterator[tuple[int, _Token, Jurisdiction]]:
        """The states (not D.C.) named by one to three capitalized words from token k, one space apart:
        "Ohio", then "New", "New York". Stops at the first word that breaks the run."""
        key = ""
        for j in range(k, min(len(self.tokens), k + 3)):
            tok = self.tokens[j]
            if not tok.capitalized or (j > k and self.text[self.tokens[j - 1].end : tok.start] != " "):
                return
            key = f"{key} {tok.key}" if key else tok.key
            st = self.g.state_named(key)
            if st is not None and st.geoid != "11":
                yield j, tok, st

    def _spaced_state_after_county(self, pos: int) -> tuple[str, int] | None:
        """ "the Sheriff of Elmwood County Ohio and ...": a state's full name one space after a county's
        word, with no comma, qualifies it as ", Ohio" would, when the state has a county of that name
        and no capitalized word follows it ("Marion County Indiana Chapter" is a name of its own)."""
        if self.text[pos - 6 : pos] not in _COUNTY_WORD_FORMS or self.text[pos : pos + 1] != " ":
            return None
        k = self._token_at(pos + 1)
        if k is None or k < 2:
            return None
        for j, tok, st in self._spaced_state_names(k):
            after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            if self.text[tok.end : tok.end + 1] in ("'", "’") or (
                after is not None and after.capitalized and self.text[tok.end : after.start] == " "
            ):
                return None
            county = fold_words(self.text[self.tokens[k - 2].start : self.tokens[k - 2].end])
            if not any(c.state_fips == st.geoid for c in self.g.counties_named(county)):
                return None
            return st.geoid, tok.end
        return None

    def _spaced_state_after_place(self, pos: int) -> tuple[str, int] | None:
        """ "the Kansas City Missouri Police Department", "in Salem Oregon, where": a state's full name
        one space after a city of that state, with no comma, qualifies it as ", Missouri" would. Only
        before an agency's word, punctuation, a line's end or a lower-case word: "Portland Maine
        Medical Center", "Columbus Ohio State" are names of their own."""
        if self.text[pos : pos + 1] != " ":
            return None
        k = self._token_at(pos + 1)
        if k is None or k < 1 or self.tokens[k - 1].end != pos:
            return None
        for j, tok, st in self._spaced_state_names(k):
            nxt = self.text[tok.end : tok.end + 2]
            after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
            if after is not None and after.capitalized and self.text[tok.end : after.start] == " ":
                if after.key not in _AGENCY_AFTER_SPACED_STATE:
                    continue
            elif not (nxt[:1] in ("", "\n", ",", ".", ";", ":", ")", "'", "’") or nxt[:1] == " "):
                continue
            for n in (1, 2, 3):
                if k - n < 0 or (n > 1 and self.text[self.tokens[k - n].end : self.tokens[k - n + 1].start] != " "):
                    break
                name = fold_words(self.text[self.tokens[k - n].start : pos])
                # A one-word name before a state may be a person's ("George Washington said"): only a
                # major city's is read so.
                floor = 0 if n > 1 else MAJOR_CITY_POPULATION
                if any(
                    c.state_fips == st.geoid and (c.population or 0) >= floor for c in self.g.places_named(name)
                ):
                    return st.geoid, _possessive_end(tok)
            return None
        return None

    def _shouted_period_qualifier(self, pos: int) -> tuple[str, int] | None:
        """ "ELMWOOD COUNTY. OHIO": in a heading set in capitals, OCR reads the comma before the state
        as a period. Only a state's full name in capitals after a name in capitals is read so."""
        found = re.match(r"\.[ \t]+", self.text[pos : pos + 4])
        k = self._token_at(pos + found.end()) if found else None
        if found is None or k is None or k == 0 or self.tokens[k - 1].end != pos:
            return None
        if len(self.tokens[k - 1].text) < 2 or not self.tokens[k - 1].text.isupper():
            return None
        key = ""
        best: tuple[str, int] | None = None
        for j in range(k, min(len(self.tokens), k + 3)):
            tok = self.tokens[j]
            if not tok.text.isupper() or (j > k and self.text[self.tokens[j - 1].end : tok.start] != " "):
                break
            key = f"{key} {tok.key}" if key else tok.key
            st = self.g.state_named(key)
            if st is not None and st.geoid != "11":
                best = (st.geoid, tok.end)
            elif best is not None and (
                self.g.flags(key) & (FLAG_PLACE | FLAG_COUNTY) or self.g.is_prefix(key)
            ):
                return None  # "KINGS COUNTY. NEW YORK CITY ...": the state's name begins a longer name
        return best

    def _token_at(self, pos: int) -> int | None:
        lo = bisect.bisect_left(self.tokens.starts, pos)
        if lo < len(self.tokens) and self.tokens.starts[lo] == pos:
            return lo
        return None

    def _person_by_title(self, m: _Match) -> bool:
        """ "Gov. Greg Abbott", "Sen. Warren": a title within the two words before the name."""
        if self._follower_kind(m) == "gov" and not self._title_then_hall_surname(m):
            return False  # "Former Chicago Mayor ...": the title belongs to an office of the place
        prev, _ = self._prev_word(m)
        if prev is not None and prev.text.endswith(("'s", "’s")):
            return False  # "Gov. Abbott's Austin office": the title is the owner's
        if _ADDRESS_AFTER.match(self.text, m.end):
            return False  # "Lt. Governor TRENTON, NJ 08625": a letterhead's address after an office
        for back in (1, 2):
            prev, gap = self._prev_word(m, back)
            if prev is None or not prev.capitalized or "," in gap:
                # "Department of Justice, Washington, DC": a title word ending a name before a comma
                # is an office's, and what follows is its address.
                return False
            if prev.key in TITLES or prev.key in _MORE_TITLES:
                return True
            if "\n\n" in gap or any(ch in gap for ch in "!?") or ("." in gap and len(prev.text) > 1):
                # "... Mr. Smith!\n\nSeattle, are you ready?": a title before a sentence's end is
                # another sentence's; only an initial's period ("Gov. J. Smith") stays inside a name
                return False
        return False

    def _title_then_hall_surname(self, m: _Match) -> bool:
        """ "Sheriff Tyler Hall", "the Sheriff Perry Hall Detention Center": right after a title, "Hall"
        is a surname (a common one), not the place's city hall; no one puts a title before "Perry City
        Hall", whose own word "City" comes first."""
        nxt, gap = self._next_word(m)
        if nxt is None or gap != " " or nxt.text != "Hall":
            return False
        prev, _ = self._prev_word(m)
        return prev is not None and prev.capitalized and prev.key in TITLES

    def _judge_signature(self, m: _Match) -> bool:
        """A judge named by surname and office, as opinions name them: "TYLER, J.", "AUSTIN, Chief
        Judge", "Before: WARREN, LINCOLN and CLINTON, Circuit Judges." (the office after a list is
        every item's)."""
        if self._judicial_offices is None:
            self._judicial_offices = _JUDICIAL_OFFICE_WORD.search(self.text) is not None
        return self._judicial_offices and any(
            _JUDICIAL_OFFICE_AFTER.match(self.text, end) is not None
            for end in (m.end, self._list_items(m)[-1].end)
        )

    def _person_by_prefix(self, m: _Match) -> bool:
        """A title or a given name right before the name: "Gov. Greg Abbott", "Andrew Jackson"."""
        if self._in_byline(m):
            return True
        if _ADDRESS_AFTER.match(self.text, m.end):
            return False  # "Lt. Governor TRENTON, NJ 08625": an address, whatever title precedes it
        prev, gap = self._prev_word(m)
        if prev is None or gap not in (" ", ". ") or not prev.capitalized:
            return False
        if self._after_given_name_and_initial(m):
            return True  # "Ann B. Lincoln Chairman": a title after a full name is the person's office
        if self._follower_kind(m) == "gov":
            return False  # "Former Chicago Mayor", "Deputy Chicago Police Chief"
        if prev.key in TITLES:
            return True
        if prev.text.endswith(("'s", "’s")):
            return False  # "the DEA's Seattle office": an owner, never a given name before a surname
        if gap == ". ":
            return len(prev.text) == 1 and not self._enumeration_label(m)  # an initial: "A. Jackson"
        if prev.key.endswith(("ing", "ed", "ly")) and len(prev.key) > 5:
            return False  # "Joining Chicago were ...": a verb or adverb opening the sentence
        cell = self._name_cell(prev.start, m.end)
        if self._in_title_case_line(m.start) and not cell:
            return False  # a headline ("Trump Targets Chicago") capitalizes every word
        if prev.key in NOT_GIVEN_NAMES and self._listed_full_name(m, prev):
            return True
        return (
            prev.key not in NOT_GIVEN_NAMES
            and prev.key not in _COUNT_WORDS  # "Six Georgia counties": a count opening the sentence
            and (not prev.text.isupper() or (cell and len(prev.text) > 2))  # "Prepared by: ANN ALLEN"
            and len(prev.text) > 1
            and not self.g.flags(prev.key) & FLAG_STATE
        )

    def _listed_full_name(self, m: _Match, middle: _Token) -> bool:
        """ "..., Joyce White Vance, Birmingham, AL": a three-word name set between commas in a list of
        people, whose middle name is a common word ("White", "May"); a given name opens it."""
        if self.text[m.end : m.end + 1] != "," or not middle.text[1:].islower():
            return False
        if middle.key in COUNTY_WORDS or middle.key in GOVERNMENT_WORDS or middle.key in _PLACE_PREFIX:
            return False  # "Lake County Painesville, OH": a county's name before its seat
        given, gap = self._prev_word(m, 2)
        before, gap0 = self._prev_word(m, 3)
        if given is None:
            return False
        k = self._match_at.get(given.start)
        if k is not None and self.matches[k].end > given.end:
            return False  # the two words before name a place of their own
        return (
            gap == " "
            and given.capitalized
            and given.text[1:].islower()
            and len(given.text) > 2
            and given.key not in NOT_GIVEN_NAMES
            and given.key not in TITLES
            and given.key not in GOVERNMENT_WORDS
            and given.key not in ORGANIZATION_WORDS
            and not self.g.flags(given.key) & FLAG_STATE
            and before is not None
            and gap0.strip() in (",", ";")
        )

    def _after_given_name_and_initial(self, m: _Match) -> bool:
        """Does a given name and a middle initial come right before the name ("Ann B. Lincoln")? Then
        it is a surname, whatever office word follows it; no place's name is set after an initial."""
        prev, gap = self._prev_word(m)
        if prev is None or gap != ". " or len(prev.text) != 1 or not prev.text.isupper():
            return False
        given, gap2 = self._prev_word(m, 2)
        return (
            given is not None
            and gap2 == " "
            and len(given.text) > 1
            and given.capitalized
            and given.key not in NOT_GIVEN_NAMES
            and given.key not in TITLES
            and not self.g.flags(given.key) & FLAG_STATE
            and not self._enumeration_label(m)
        )

    def _in_byline(self, m: _Match) -> bool:
        """Is the name part of a byline's names ("By JOHN AUSTIN and MARY DALLAS")? In capitals a
        given name cannot be told from a place by its case; the line's opening "By" tells."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        found = _BYLINE_NAMES.match(self.text, line_start)
        if found is None or not found.start("names") <= m.start < found.end("names"):
            return False
        words = found.group("names").replace("&", " ").split()
        names = [w for w in words if w != "and"]
        return len(names) >= 2 and not any(fold_token(w) in _NOT_IN_NAMES for w in names)

    def _enumeration_label(self, m: _Match) -> bool:
        """Is the letter before a name the label of an appendix or a list item, not an initial?

        "APPENDIX E. Gilbert, Ariz. General Order": a letter after a word that numbers a part of a
        document; or a letter opening a line, before a name its state qualifies ("C. Mesa, Ariz.")."""
        label = self.tokens[m.first - 1]
        before, _ = self._prev_word(m, 2)
        if (
            before is not None
            and before.key in ENUMERATED_PARTS
            and self.text[before.end : label.start] == " "
        ):
            return True
        line_start = self.text.rfind("\n", 0, label.start) + 1
        opens_line = not self.text[line_start : label.start].strip(" \t(•*-")
        q = self._qualifier(m.end) if opens_line else None
        return q is not None and any(c.state_fips == q[0] for c in self.g.places_named(m.key))

    def _name_cell(self, start: int, end: int) -> bool:
        """Do two words stand alone in a cell of a header or signature line ("Approved by: Ann Allen",
        "N/A  Ann Allen")? A headline runs its words together with single spaces; a table-like line
        sets its cells apart with a colon, a tab or a run of spaces, and a cell of two capitalized
        words, the second a place's name, is a person's name."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        after = self.text[end : end + 3]
        # "N/A" is a form's empty cell: what follows it on the line starts the next cell.
        opens = not before.strip() or bool(re.search(r"(?::|\t| {2,}|\b[Nn]/[Aa])[ \t]*$", before))
        closes = after[:1] in ("", "\n", "\r", ",") or after[:2] in ("  ", " \t") or after[:1] == "\t"
        return opens and closes

    def _in_title_case_line(self, pos: int) -> bool:
        start = self.text.rfind("\n", 0, pos) + 1
        cached = self._title_lines.get(start)
        if cached is None:
            end = self.text.find("\n", pos)
            words = [
                w for w in re.findall(r"[^\W\d_]{4,}", self.text[start : end if end >= 0 else len(self.text)])
            ]
            capitalized = sum(1 for w in words if w[0].isupper())
            line = self.text[start : end if end >= 0 else len(self.text)].strip()
            # A headline: short, most words capitalized, and no sentence punctuation at its end.
            cached = (
                len(line) <= 160
                and not line.endswith((".", ":", ";", "!", "?", '"', "”"))
                and len(words) >= 4
                and capitalized >= 0.7 * len(words)
            )
            self._title_lines[start] = cached
        return cached

    def _looks_like_person(self, m: _Match) -> bool:
        if self._person_by_prefix(m):
            return True
        nxt, gap = self._next_word(m)
        prev, _ = self._prev_word(m)
        after_preposition = prev is not None and prev.key in _LOCATIVE
        if nxt is not None and gap == " " and nxt.key in SPEECH_VERBS and m.last - m.first == 1:
            return not after_preposition
        if m.last - m.first == 1 and not after_preposition:
            # "Lincoln, a retired deputy, said": an appositive that describes a person.
            role = _PERSON_APPOSITIVE.match(self.text, m.end)
            if role is not None and any(w in PERSON_NOUNS for w in role.group("words").split()):
                return True
            if re.match(r",[ \t]+who[ \t]", self.text[m.end : m.end + 6]):
                return True  # "Jackson, who was elected sheriff": a place would take "which"
            if self.text[m.end : m.end + 1] == "," and self._sued_as_person(m, prev):
                return True
        return m.key in self.surnames

    def _federal_prison_before(self, m: _Match) -> bool:
        """ "FCI Sheridan", "USP Atwater": the Bureau of Prisons names a prison by its kind's code and
        its town."""
        prev, gap = self._prev_word(m)
        return prev is not None and gap == " " and prev.text in _FEDERAL_PRISON_CODES

    def _sued_as_person(self, m: _Match, given: _Token | None) -> bool:
        """ "RANDALL NORMAN, Individually and in his Official Capacity": a caption's party sued in his
        own or his office's capacity is a person, however its capitals hide the given name before it;
        a city or county is sued "in its official capacity"."""
        if given is None or not given.capitalized or len(given.text) < 3 or given.key in FUNCTION_WORDS:
            return False
        if self.text[given.end : m.start] != " " or given.key in _KIND_BEFORE_OF or given.key in TITLES:
            return False
        return _PERSONAL_CAPACITY.match(self.text, m.end) is not None

    def _follower_kind(self, m: _Match) -> str:
        """What the word after a match makes of it: "gov", "org", "name" (unknown capitalized), or ""."""
        nxt, gap = self._next_word(m)
        if nxt is None or gap not in (" ", "-") or self.text[m.end : m.end + 2] in ("'s", "’s"):
            return ""
        if nxt.key in _TERM_OF_OFFICE and not m.flags & FLAG_STATE and not self._prefix_kind(m):
            return "org"  # "the Jackson Administration": an officeholder's surname, not the city
        if gap == "-" and nxt.key in ("appointed", "nominated", "era") and not m.flags & FLAG_STATE:
            return "org"  # "an Obama-appointed judge", "Clinton-era rules": a president's surname, not a city
        if not nxt.capitalized:
            if nxt.key in _CHAPTER_WORDS and not _CHAPTER_OF_LAW.match(self.text, nxt.end):
                return "org"  # "the Ohio chapter of the Sierra Club": a private group's local unit
            return ""
        word = nxt.text.lower().replace("’", "'")
        if gap == "-":
            word = f"{self.tokens[m.last - 1].text.lower()}-{word}"
            if word.split("-", 1)[1] in ORGANIZATION_WORDS or word in ORGANIZATION_WORDS:
                return "org"
            return ""
        if nxt.key in _NATIONAL_GROUPS and nxt.text.isupper():
            return "org"  # "the Indiana ACLU": a national group's state affiliate, as its "chapter" is
        if nxt.key in FEATURE_WORDS:
            return "org"  # a street, river or landmark named after the place, not the place
        if nxt.key in _STREET_ABBREVIATIONS and self._street_address_at(m, nxt):
            return "org"
        if self._state_demonym_at(m.last):
            return "org"  # "the Santa Fe New Mexican", "the Bakersfield Californian": a newspaper
        if self._state_broadcaster(m, nxt):
            return "org"
        if nxt.key in ("public", "capital", "capitol") and m.last + 1 < len(self.tokens):
            # "Texas Public Radio", "Iowa Capital Dispatch", "Arizona Capitol Times": a newsroom
            after = self.tokens[m.last + 1]
            newsroom = after.key in _NEWSROOM_WORDS or (
                nxt.key != "public" and after.key in ORGANIZATION_WORDS
            )
            if newsroom and after.capitalized and self.text[nxt.end : after.start] in (" ", "-"):
                return "org"
        if (
            nxt.key == "division" and _COURT_DISTRICT_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        ) or (m.flags & FLAG_STATE and _DISTRICT_OF_BEFORE.search(self.text, max(0, m.start - 15), m.start)):
            # "NORTHERN DISTRICT OF GEORGIA ATLANTA DIVISION GEORGIA LATINO ALLIANCE": a caption flattened
            # onto one line; the district's state and the division's seat name the court, and the
            # party's name (an organization's) starts after them.
            return "gov"
        if self._run_names_organization(m.last):
            return "org"  # "Texas Public Policy Foundation": the kind word ends the name
        if nxt.key in _COMMUNITY_ADJECTIVES and self._community_body_at(m.last + 1):
            return "org"
        if _PROFESSIONAL_SCHOOL.match(self.text, m.end):
            return "org"  # "Harvard Law School": a university's school, its "Law" no government's
        if nxt.key == "law" and _LAW_PRACTICE.match(self.text, m.end):
            return "org"
        if word in GOVERNMENT_WORDS or nxt.key in GOVERNMENT_WORDS or nxt.key in _SHARED_GOVERNMENT_PLURALS:
            return "gov"  # "the Ohio or Iowa Constitutions": one government word shared by two states
        if nxt.key in _PARTY_MEMBERS and not self._capitalized_after(m.last + 1):
            return ""  # "top Ohio Republicans", "a Georgia Democrat": the party's members there
        if word in ORGANIZATION_WORDS or nxt.key in ORGANIZATION_WORDS:
            return "org"
        if nxt.key in TITLES:
            return "gov"
        if nxt.key in _CAPTION_VERSUS and self._caption_versus_follows(m, nxt):
            return ""  # "City of Laredo V. Texas": a caption's other party, not the place's surname
        if self._surname_follows(m):
            return "name"
        if nxt.key in NOT_GIVEN_NAMES or nxt.key in _PLACE_PEOPLE or self.g.flags(nxt.key) & FLAG_STATE:
            return ""  # "the Salem Community is young": the town's people, no person named Salem
        if nxt.key in _POLICE_POSTS and self._policing_text():
            return "gov"  # "deputies of Lancaster Station": a sheriff's station named for its city
        if self._run_names_government(m.last):
            return "gov"  # "Georgia Peace Officer Standards and Training Council"
        if nxt.text.endswith("SD") and self._school_district_follows(m):
            return "gov"  # "Kerman USD", "Issaquah SD 411": a school district's short name
        return "name"

    def _capitalized_after(self, k: int) -> bool:
        """Whether a capitalized word follows token `k` after one space ("Ohio Democrats Club")."""
        if k + 1 >= len(self.tokens):
            return False
        after = self.tokens[k + 1]
        return after.capitalized and self.text[self.tokens[k].end : after.start] == " "

    def _state_broadcaster(self, m: _Match, nxt: _Token) -> bool:
        """ "Maine Public | By ...", "Vermont Public's reporter": a state's public broadcaster goes by
        the two words alone; a state body's name runs on ("Maine Public Utilities Commission")."""
        if nxt.text not in ("Public", "Public's", "Public’s") or not m.flags & FLAG_STATE:
            return False
        after = self.tokens[m.last + 1] if m.last + 1 < len(self.tokens) else None
        return (
            nxt.text != "Public"
            or after is None
            or not after.capitalized
            or after.key == "by"
            or bool(self.text[nxt.end : after.start].strip())
        )

    def _state_demonym_at(self, k: int) -> bool:
        """Is token k (with the next one) a state's singular demonym: "Californian", "New Mexican"?"""
        for n in (1, 2):
            if k + n > len(self.tokens):
                return False
            toks = [self.tokens[j] for j in range(k, k + n)]
            if not all(t.capitalized for t in toks) or any(
                self.text[a.end : b.start] != " " for a, b in zip(toks, toks[1:], strict=False)
            ):
                return False
            word = " ".join(t.key for t in toks)
            if not word.endswith("n"):
                continue
            for cut in ("ian", "an", "n"):
                if not word.endswith(cut):
                    continue
                stem = word[: -len(cut)]
                if any(self.g.state_named(stem + add) is not None for add in ("", "a", "o", "s")):
                    return True
        return False

    def _policing_text(self) -> bool:
        if self._policing is None:
            self._policing = _POLICING.search(self.text) is not None
        return self._policing

    def _run_names_government(self, k: int) -> bool:
        """Does the capitalized run starting at token k end a government body's name ("... Peace Officer
        Standards and Training Council", "... Regional Adult Detention Center")? A person's name
        runs into no such word, save across "the" ("Ann Smith and the Board"), which ends the run."""
        for j in range(k, min(len(self.tokens), k + 8)):
            tok = self.tokens[j]
            if j > k and self.text[self.tokens[j - 1].end : tok.start] not in (" ", "-"):
                return False
            if tok.key == "the" or not (tok.capitalized or tok.key in _CONNECTORS):
                return False
            if j > k and tok.key in _SOME_ONE:
                return False  # capitals' "... PERSON CONFINED IN A JAIL": an article opens a new phrase
            if tok.key in _GOVERNMENT_BODIES and j > k:
                return True
            if tok.key in ORGANIZATION_KINDS and not (j > k and self.tokens[j - 1].key in _CUSTODY_WORDS):
                return False
        return False

    def _surname_follows(self, m: _Match) -> bool:
        """Does the one-word name open a person's name: a middle initial ("Virginia A. Gibson") or a
        saint's surname ("Anthony St. Joseph") before a capitalized surname?

        Both words look like words that follow a place ("A", "St") until the surname after them is read.
        A surname is not an abbreviation ("S. Ct.", "Ga. App.") and not a second initial ("D. C.")."""
        if m.last - m.first != 1 or m.last + 1 >= len(self.tokens):
            return False
        nxt, surname = self.tokens[m.last], self.tokens[m.last + 1]
        initial = len(nxt.text) == 1 and nxt.text.isupper()
        if not (initial or nxt.key in _SAINT_PREFIXES):
            return False
        if self.text[nxt.end : surname.start] not in (". ", " "):
            return False
        if self.text[nxt.end : nxt.end + 1] != "." and not (
            nxt.key in _SAINT_PREFIXES and nxt.text.isalpha()
        ):
            return False
        word = surname.text
        # "R. Civ. P.", "S. Ct.": a chain of abbreviations after the name is a legal citation's.
        abbreviation = self.text[surname.end : surname.end + 1] == "." and (
            len(word) < 4 or _ABBREVIATION_CHAIN.match(self.text, surname.end) is not None
        )
        if abbreviation or len(word) < 2 or not word[0].isupper():
            return False
        if (
            surname.key in NOT_GIVEN_NAMES
            or surname.key in GOVERNMENT_WORDS
            or surname.key in ORGANIZATION_WORDS
        ):
            return False  # an outline flattened into one line: "... in Texas A. All officers shall"
        if word[1:].islower():
            return True
        # A counsel list set in capitals: "VIRGINIA A. GIBSON, ALEXANDER B. ..."
        shouted = self.text[m.start : m.end].isupper() and word.isupper() and len(word) >= 3
        return shouted and self.text[surname.end : surname.end + 1] == ","

    def _names_newspaper(self, pos: int) -> bool:
        """Does a capitalized organization word (not a government's) follow `pos`: "... County Star"?"""
        k = self._token_at(pos + 1)
        if k is None or self.text[pos : pos + 1] != " ":
            return False
        tok = self.tokens[k]
        return tok.capitalized and tok.key in ORGANIZATION_WORDS and tok.key not in GOVERNMENT_WORDS

    def _run_names_organization(self, k: int) -> bool:
        """Does the capitalized run starting at token k end in a private organization's kind word?"""
        for j in range(k, min(len(self.tokens), k + 6)):
            tok = self.tokens[j]
            if j > k and self.text[self.tokens[j - 1].end : tok.start] not in (" ", "-") and not (
                # "the Utah Sheriffs' Association": a plural's possessive inside the name
                self.text[self.tokens[j - 1].end : tok.start] in ("' ", "’ ")
                and self.tokens[j - 1].text.endswith("s")
            ):
                return False
            if not tok.capitalized and tok.key not in _CONNECTORS:
                return False
            if tok.key in _PAPER_KINDS and j > k and self.tokens[j - 1].key not in _POLICY_PAPERS:
                return True  # "Washington City Paper", "Twin Cities Pages": a weekly, its "City" no council's
            if tok.key in ORGANIZATION_KINDS:
                # "Regional Adult Detention Center" is a jail, no private center
                return not (j > k and tok.key == "center" and self.tokens[j - 1].key in _CUSTODY_WORDS)
        return False

    def _community_body_at(self, k: int) -> bool:
        """Does the capitalized run from token k reach a body's kind word ("Council", "Federation")?
        "the Baltimore Jewish community" (lower case) and "Jewish Leaders" name no body."""
        for j in range(k, min(len(self.tokens), k + 4)):
            tok = self.tokens[j]
            if self.text[self.tokens[j - 1].end : tok.start] != " " or not tok.capitalized:
                return False
            if tok.key in _GOVERNMENT_BODIES or tok.key in ORGANIZATION_KINDS or tok.key in _COMMUNITY_BODIES:
                return True
        return False

    def _ends_organization_name(self, m: _Match) -> bool:
        """Is a bare one-word name that is also an organization's kind word ("Alliance", "Globe",
        "Post") the last word of a longer capitalized name ("National Fair Housing Alliance")?"""
        if m.last - m.first != 1 or m.key not in ORGANIZATION_KINDS:
            return False
        prev, gap = self._prev_word(m)
        return (
            prev is not None
            and gap == " "
            and prev.capitalized
            and prev.key not in FUNCTION_WORDS
            and prev.key not in DETERMINERS
            and prev.key not in _LOCATIVE
            and prev.key != "the"
        )

    def _org_before_of(self, m: _Match) -> bool:
        if (
            m.flags & FLAG_STATE
            and self.g.state_named(m.key) is not None
            and _CIVIL_LIBERTIES_AFFILIATE.search(self.text, max(0, m.start - 40), m.start)
        ):
            # "American Civil Liberties Union, Nevada", "ACLU-Idaho": a private group's state chapter
            # ("ACLU, New York City" in a counsel's address is still the city)
            return True
        prev, gap = self._prev_word(m)
        if prev is None or prev.key != "of":
            # "ACLU of Northern California": allow one direction word between.
            if prev is not None and prev.key in {"northern", "southern", "eastern", "western", "central"}:
                prev2, _ = self._prev_word(m, 2)
                if prev2 is not None and prev2.key == "of":
                    prev3, _ = self._prev_word(m, 3)
                    return prev3 is not None and _is_org_word(prev3, self.text[m.start : m.end].isupper())
            return False
        prev2, _ = self._prev_word(m, 2)
        return prev2 is not None and _is_org_word(prev2, self.text[m.start : m.end].isupper())

    def _names_state_law(self, m: _Match) -> bool:
        """Is the state named as the owner of a body of law ("a chapter of Florida Statutes", "a
        section of Ohio law")? Then a word before "of" that can head an organization's name
        ("chapter", "section") is a part of the law, and the state is named as a government."""
        if not m.flags & FLAG_STATE or self.g.state_named(m.key) is None:
            return False
        owner, _ = self._prev_word(m, 2)
        if owner is not None and owner.key in ("university", "college"):
            return False  # "University of Florida law school"
        return bool(_STATE_CODE_TITLE.match(self.text, m.end) or _STATE_LAW_AFTER.match(self.text, m.end))

    def _state_just_before(self, pos: int) -> Jurisdiction | None:
        """The state named by the one or two words right before `pos` ("Oregon counties", "New York's")."""
        words = re.findall(r"[A-Z][a-z]+", self.text[max(0, pos - 30) : pos])
        tail = self.text[max(0, pos - 30) : pos].rstrip()
        if not words or not re.search(r"[A-Za-z](?:['’]s)?$", tail):
            return None
        for n in (2, 1):
            if len(words) >= n:
                st = self.g.state_named(fold_words(" ".join(words[-n:])))
                if st is not None:
                    return st
        return None

    def _county_only_name(self, m: _Match, prefix: str, nxt: _Token | None) -> bool:
        """A name only a county bears, without its kind word: "Miami-Dade Mayor", "Multnomah Sheriff"."""
        if not m.flags & FLAG_COUNTY or m.flags & (FLAG_PLACE | FLAG_STATE) or prefix:
            return False
        if nxt is not None and nxt.key == "of":  # "Western District of Texas" is a court
            return False
        if all(c.state_fips >= "60" for c in self.g.counties_named(m.key)):  # territories' districts
            return False
        prev, gap = self._prev_word(m)
        if (
            prev is not None
            and gap == " "
            and prev.key in _SOME_ONE
            and self.text[m.start : m.end].isupper()
            and not (nxt is not None and (nxt.key in GOVERNMENT_WORDS or nxt.key in TITLES))
        ):
            return False  # capitals' "ANY PERSON HELD IN JAIL": a noun after its article, not a county
        if self._named_for_person(m, prev, gap, nxt):
            return False
        # "the Gwinnett sheriff", "Gwinnett jail": a county's own office in lower case
        county_office = nxt is not None and not nxt.capitalized and nxt.key in _COUNTY_OFFICES
        follower = self._follower_kind(m)
        return (
            (m.last - m.first > 1 and follower != "org") or county_office or follower == "gov"
        ) and not self._looks_like_person(m)

    def _named_for_person(self, m: _Match, prev: _Token | None, gap: str, nxt: _Token | None) -> bool:
        """ "the Hal Dawson Detention Center": a jail or courthouse named for a person has the person's
        full name before its kind; a county's own facility puts "County" there ("Dawson County Jail")."""
        if nxt is None or nxt.key not in _NAMED_FACILITY_WORDS or prev is None or gap != " ":
            return False
        after = self.tokens[m.last + 1] if m.last + 1 < len(self.tokens) else None
        if after is None or after.key not in _FACILITY_KINDS:
            return False
        return (
            prev.capitalized
            and not prev.text.isupper()
            and len(prev.text) > 1
            and prev.key not in TITLES
            and prev.key not in NOT_GIVEN_NAMES
            and prev.key not in _COUNT_WORDS
            and not prev.text.endswith(("'s", "’s"))
            and not self.g.flags(prev.key) & (FLAG_STATE | FLAG_COUNTY)  # a given name may be a town's
            and not self._in_title_case_line(m.start)
        )

    def _given_name(self, m: _Match) -> bool:
        """ "Gary Smith said": a smaller city's name used as a given name, so later "Gary's" is him too.

        Big cities are exempt: "Chicago Cubs" must not silence every later "Chicago"."""
        if m.last - m.first != 1 or self._follower_kind(m) != "name":
            return False
        if any(
            c.is_consolidated or (c.population or 0) >= GIVEN_NAME_MAX_POPULATION
            for c in self.g.places_named(m.key)
        ):
            return False
        nxt = self.tokens[m.last]
        after = self.tokens[m.last + 1] if m.last + 1 < len(self.tokens) else None
        return after is None or not after.capitalized or self.text[nxt.end : after.start] != " "

    def _after_broadcaster(self, m: _Match) -> bool:
        """ "NBC New York", "Fox Chicago": a station's name, not the place."""
        prev, gap = self._prev_word(m)
        if prev is None:
            return False
        if gap != " ":
            # a channel's number between them: "FOX 46 Charlotte", "KIRO 7 Seattle", "Channel 4 Houston"
            if _CHANNEL_NUMBER_GAP.fullmatch(gap) is None:
                return False
            if prev.key == "channel" and prev.capitalized:
                return True
        # a station's call letters ("WBEZ Chicago", "KQED San Francisco")
        call_letters = re.fullmatch(r"[KW][A-Z]{2,3}", prev.text) is not None
        return prev.key in BROADCASTERS or call_letters

    def _in_case_caption(self, m: _Match) -> bool:
        """A bare name beside "v." is a party to a case, most often a person ("Ochoa v. Campbell")."""
        return bool(re.search(r"\b[vV][sS]?\.\s*$", self.text[max(0, m.start - 6) : m.start])) or bool(
            re.match(r"\s+[vV][sS]?\.\s", self.text[m.end : m.end + 6])
        )

    def _caption_versus_follows(self, m: _Match, nxt: _Token) -> bool:
        """Is the capitalized "V."/"Vs." after the name a caption's "versus" ("City of El Paso V. Texas",
        "Denver VS. Sessions"), not a middle initial before a surname ("Austin V. Gibson")?

        "Vs." is never an initial. "V." is read as "versus" when the name cannot be a given name (it
        follows "City of", it has two words) or the party after it is a government ("V. Texas",
        "V. United States", "V. State of Ohio", "V. City of Dallas")."""
        after = _CAPTION_PARTY.match(self.text, nxt.end)
        if after is None:
            return False
        if nxt.key != "v":
            return True
        if m.last - m.first > 1 or self._prefix_kind(m):
            return True
        party = fold_token(after.group("party"))
        return bool(self.g.flags(party) & FLAG_STATE) or party in _CAPTION_GOVERNMENTS

    def _prefix_kind(self, m: _Match) -> str:
        """ "City of X" -> "place", "County of X" -> "county", "City and County of X" -> "place"."""
        prev, gap = self._prev_word(m)
        if prev is None or prev.key != "of" or gap != " ":
            # "the towns of Amherst and Northampton": a plural kind word before the list's first item.
            items = self._list_items(m)
            if items[0].start > m.start:
                return ""
            head = _PLURAL_KIND_HEAD.search(self.text, max(0, items[0].start - 20), items[0].start)
            return _PLURAL_KINDS[head.group(1).lower()] if head else ""
        kind_tok, _ = self._prev_word(m, 2)
        if kind_tok is None:
            return ""
        if kind_tok.key in _COUNTY_PREFIX:
            and_tok, _ = self._prev_word(m, 3)
            city_tok, _ = self._prev_word(m, 4)
            if (
                and_tok is not None
                and and_tok.key == "and"
                and city_tok is not None
                and city_tok.key == "city"
            ):
                return "place"  # "City and County of Denver"; "the sheriff and County of Elmwood" is a county
            return "county"
        if kind_tok.key in ("state", "commonwealth"):
            return "state"
        return _PLACE_PREFIX.get(kind_tok.key, "") or _PLURAL_KINDS.get(kind_tok.key, "")

    def _note_state(self, fips: str, pos: int) -> None:
        self.doc_states[fips] = self.doc_states.get(fips, 0) + 1
        self.state_positions.setdefault(fips, []).append(pos)

    def _distance_to_state(self, fips: str, pos: int) -> int:
        return min((abs(p - pos) for p in self.state_positions.get(fips, ())), default=len(self.text))

    def _add(self, j: Jurisdiction, start: int, end: int) -> None:
        self.mentions.append(_Mention(j, Span(start, end)))
        self.seen_geoids.add(j.geoid)
        self._note_state(j.state_fips, start)

    def _list_items(self, m: _Match) -> list[_Match]:
        """The run of names joined by commas and "and"/"or" that `m` stands in ("Chicago, Boston and X")."""
        k = self._match_at.get(m.start)
        if k is None:
            return [m]
        first = last = k
        while first > 0 and _LIST_SEPARATOR.fullmatch(
            self.text[self.matches[first - 1].end : self.matches[first].start]
        ):
            first -= 1
        while last + 1 < len(self.matches) and _LIST_SEPARATOR.fullmatch(
            self.text[self.matches[last].end : self.matches[last + 1].start]
        ):
            last += 1
        return self.matches[first : last + 1]

    def _mark_list_qualifiers(self, matches: list[_Match]) -> None:
        """ "Hoboken, Union City and Newark, New Jersey": a list-final state qualifies every item.

        The walk back stops at a state name, which is the qualifier of an earlier item of its own
        ("Austin, Texas, Portland and Salem, Oregon")."""
        for idx, m in enumerate(matches):
            if not m.flags & FLAG_PLACE or m.flags & FLAG_STATE:
                continue
            q = self._qualifier(m.end)
            if q is None:
                continue
            k = idx - 1
            while k >= 0 and _LIST_SEPARATOR.fullmatch(self.text[matches[k].end : matches[k + 1].start]):
                item = matches[k]
                if item.flags & FLAG_STATE or self._qualifier(item.end) is not None:
                    break
                if item.qualifier_state is None:
                    item.qualifier_state = q[0]
                k -= 1

    def _in_city_list(self, m: _Match) -> bool:
        """Is `m` an item of a list of cities ("Chicago, New Orleans, New York and Philadelphia")?

        A list introduced as cities, or one whose other items include a place that is no state's name
        and none that is only a state's."""
        items = self._list_items(m)
        head = self.text[max(0, items[0].start - 40) : items[0].start]
        if _CITY_LIST_HEAD.search(head):
            return True
        others = [x for x in items if x is not m]
        if not others:
            return False
        cities = [x for x in others if x.flags & FLAG_PLACE and not x.flags & FLAG_STATE]
        states = [x for x in others if x.flags & FLAG_STATE and not x.flags & FLAG_PLACE]
        return bool(cities) and not states

    def _in_state_list(self, m: _Match, q_end: int) -> bool:
        """ "Louisiana, Missouri, Texas": a name followed by a state in a list of states is a state."""
        items = self._list_items(m)
        k = next((i for i, x in enumerate(items) if x is m), 0)
        if k > 0 and items[k - 1].flags & FLAG_STATE and items[k - 1].role != "county-list":
            return True
        nxt = re.match(_LIST_SEPARATOR.pattern, self.text[q_end : q_end + 8])
        if nxt is None or nxt.end() == 0:
            return False
        k2 = self._match_at.get(q_end + nxt.end())
        return (
            k2 is not None
            and bool(self.matches[k2].flags & FLAG_STATE)
            and (
                self.g.state_named(self.matches[k2].key) is not None
                and self._qualifier(self.matches[k2].end) is None
            )
        )

    def _mark_county_lists(self, matches: list[_Match]) -> None:
        """ "Monterey, Sonoma and Sacramento counties": every item of the list is a county."""
        for idx, m in enumerate(matches):
            nxt, gap = self._next_word(m)
            if nxt is None or gap != " ":
                continue
            # "Maricopa and Pima county sheriffs": a lower-case singular after a list counts as plural.
            joined = idx > 0 and re.fullmatch(
                r",?\s+(?:and|or|&)\s+", self.text[matches[idx - 1].end : m.start]
            )
            if nxt.key in ("township", "townships", "boroughs") and self._municipal_list(matches, idx, nxt):
                continue
            if nxt.key not in PLURAL_COUNTY_WORDS and not (nxt.text in ("county", "parish") and joined):
                if joined and nxt.text in ("County", "Parish"):
                    for item in self._shared_county_word(matches, idx):
                        item.role = "county-list"
                continue
            before = self.text[matches[idx - 1].end : m.start] if idx else ""
            in_list = idx > 0 and re.fullmatch(r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", before)
            if m.flags & FLAG_STATE and not in_list:
                m.role = "state"  # "three Oregon counties": the state, naming whose counties follow
                continue
            items = [m]
            k = idx - 1
            while k >= 0:
                between = self.text[matches[k].end : matches[k + 1].start]
                if not re.fullmatch(r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", between):
                    break
                items.append(matches[k])
                k -= 1
            # "California and Texas counties" are the counties of two states.
            role = "state" if all(item.flags & FLAG_STATE for item in items) else "county-list"
            for item in items:
                item.role = role
        self._lists_ending_unknown(matches)
        self._listed_counties_of_a_state(matches)
        # "three Oregon counties — Multnomah, Clackamas, and Washington"
        starts = [match.start for match in matches]
        # "the Counties of Dallas and Travis", a formal text's capitalized plural, is looked for only in
        # a text that has one: a pattern opening on a literal is scanned faster.
        capitalized = "Counties" in self.text or "Parishes" in self.text
        for found in (_COUNTY_LIST_ANY_CASE if capitalized else _COUNTY_LIST).finditer(self.text):
            pos = found.end()
            list_state = self._state_just_before(found.start())
            first = bisect.bisect_left(starts, pos)
            strayed = False
            for listed, match in enumerate(matches[first:]):
                if match.start != pos:
                    # "including Adams, Banner, Lupe, Perkins and Wells": one word no county bears (a
                    # garbled name) inside a list already long does not end it
                    stray = _LIST_STRAY_WORD.match(self.text, pos)
                    if strayed or listed < 2 or stray is None or stray.end() != match.start:
                        break
                    strayed = True
                if found.group().rstrip().endswith(",") and self.g.state_named(match.key) is not None:
                    break  # "Collier and Lee counties, Florida": the state qualifies the list
                match.role = "county-list"
                if list_state is not None:
                    match.qualifier_state = list_state.geoid
                tail = re.match(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", self.text[match.end :])
                if not tail:
                    break
                pos = match.end + tail.end()
        self._county_office_lists(matches, starts)
        self._introduced_county_lists(matches)
        if "County" in self.text and ("|" in self.text or "\t" in self.text):
            self._county_columns(matches)

    def _county_columns(self, matches: list[_Match]) -> None:
        """A table's "County" column ("Agency | City | County", then "... | Kent | King"): its cells are
        counties of the state the text names, when most of them are — "King" and "Pierce" too, not a
        person or a town elsewhere. A column of other names is left alone."""
        named = self._states_named(matches)
        if not named:
            return
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in self.text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        for k, (_, header) in enumerate(lines):
            sep = "|" if "|" in header else "\t" if "\t" in header else ""
            if not sep or "County" not in header:
                continue
            heads = [cell.strip() for cell in header.split(sep)]
            if "County" not in heads:
                continue
            col = heads.index("County")
            cells: list[tuple[int, int]] = []
            for start, line in lines[k + 1 :]:
                if sep not in line:
                    break
                parts = line.split(sep)
                if len(parts) != len(heads):
                    continue
                cell_start = start + sum(len(part) + 1 for part in parts[:col])
                cell = parts[col]
                stripped = cell.strip()
                if stripped:
                    lead = len(cell) - len(cell.lstrip())
                    cells.append((cell_start + lead, cell_start + lead + len(stripped)))
            by_span = {(m.start, m.end): m for m in matches}
            items = [by_span[span] for span in cells if span in by_span]
            for fips in sorted(named):
                counties = [m for m in items if any(c.state_fips == fips for c in self.g.counties_named(m.key))]
                if len(counties) >= 2 and 5 * len(counties) >= 4 * len(cells):
                    for m in counties:
                        if not m.role:
                            m.role, m.qualifier_state = "county-list", fips
                    break

    def _introduced_county_lists(self, matches: list[_Match]) -> None:
        """ "The counties that stopped honoring holds are Adams, Benton, ... and Yuma", "The participating
        agencies are: Lee, Polk, ..." after a sentence naming sheriffs' offices: a list of four or more
        bare names, introduced by "are", "include" or a colon in a sentence that speaks of counties,
        sheriffs or jails (or of agencies, after a sentence that does), whose names are nearly all
        counties of one state the text names, is that state's counties — its "Florence" and "Dillon"
        too, not the cities. A sentence that speaks of cities or police keeps its list a list of
        towns; a list of people's full names, or of few counties, is not read."""
        if not any(word in self.text for word in _COUNTY_CUE_WORDS):
            return
        named = self._states_named(matches)
        if not named:
            return
        k = 0
        while k < len(matches):
            run, strays, j = [matches[k]], 0, k
            while j + 1 < len(matches):
                between = self.text[matches[j].end : matches[j + 1].start]
                if not _LIST_GAP.fullmatch(between):
                    # one name no county bears ("a misspelled one") does not end the list
                    if strays or not _LIST_GAP_STRAY.fullmatch(between):
                        break
                    strays += 1
                run.append(matches[j + 1])
                j += 1
            k = j + 1
            if len(run) < _MIN_LISTED_COUNTIES or any(item.role for item in run):
                continue
            fips = self._introducing_state(run, strays, named)
            if fips is None:
                continue
            for item in run:
                if any(c.state_fips == fips for c in self.g.counties_named(item.key)):
                    item.role, item.qualifier_state = "county-list", fips

    def _states_named(self, matches: list[_Match]) -> set[str]:
        """The states noted so far and those the text's names spell out."""
        named = set(self.doc_states)
        for match in matches:
            if match.flags & FLAG_STATE:
                state = self.g.state_named(match.key)
                if state is not None:
                    named.add(state.state_fips)
        return named

    def _introducing_state(self, run: list[_Match], strays: int, named: set[str]) -> str | None:
        """The named state whose counties nearly all of `run` are, when the sentence introducing it
        speaks of counties (see _introduced_county_lists); None otherwise."""
        start = run[0].start
        if not _LIST_INTRO_END.search(self.text, max(0, start - 30), start):
            return None
        if _COUNTY_WORD_AFTER.match(self.text, run[-1].end):
            return None  # "Lee, Polk, Pasco and Hardee County": the shared-word lists' own
        intro_end = start
        while intro_end > 0 and self.text[intro_end - 1].isspace():
            intro_end -= 1  # a column's first name, on the line after its colon
        sentence_start = self._sentence_start(intro_end)
        sentence = self.text[sentence_start:intro_end]
        if _CITY_LIST_CUE.search(sentence):
            return None
        if not _COUNTY_CUE.search(sentence):
            previous = self.text[self._sentence_start(sentence_start - 2) : sentence_start]
            if not (_GENERIC_AGENCIES.search(sentence) and _COUNTY_CUE.search(previous)):
                return None
        total = len(run) + strays
        for fips in sorted(named):
            counties = sum(any(c.state_fips == fips for c in self.g.counties_named(item.key)) for item in run)
            if 5 * counties >= 4 * total:
                return fips
        return None

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` begins, looked for up to 400 characters back."""
        floor = max(0, pos - 400)
        ends = [self.text.rfind(mark, floor, pos) for mark in (". ", "? ", "! ", "\n")]
        best = max(ends)
        return floor if best < 0 else best + 1 if self.text[best] == "\n" else best + 2

    def _county_office_lists(self, matches: list[_Match], starts: list[int]) -> None:
        """ "county sheriffs include Lee, Polk and Pasco", "the counties are Lee, Polk and Pasco": a list
        of two or more bare names after a county office's plural, or after "counties" and a verb, is a
        list of counties when every item names one. Looked for only where a literal opening it is found."""
        found_lists: list[tuple[re.Match[str], int]] = []
        if any(word in self.text for word in _COUNTY_OFFICE_LIST_WORDS):
            found_lists += [(found, 2) for found in _COUNTY_OFFICE_LIST.finditer(self.text)]
        if "ounties" in self.text:
            # "counties like Wake and Durham", "counties, notably Lee": examples of the plural, one or more
            found_lists += [(found, 1) for found in _COUNTIES_LIKE.finditer(self.text)]
        for found, fewest in found_lists:
            pos = found.end()
            items: list[_Match] = []
            strayed = False
            for match in matches[bisect.bisect_left(starts, pos) :]:
                if self.g.state_named(match.key):
                    break
                if match.start != pos or not match.flags & FLAG_COUNTY:
                    # one name no county bears inside a list already long ("Logan, Lupe, Thomas")
                    stray = _LIST_STRAY_WORD.match(self.text, pos)
                    if strayed or len(items) < 2 or stray is None:
                        break
                    strayed = True
                    if match.start != pos and stray.end() != match.start:
                        break
                    if match.start == pos:  # the stray is a town's name, not a county's: skip it
                        pos = stray.end()
                        continue
                    if not match.flags & FLAG_COUNTY:
                        break
                items.append(match)
                tail = re.match(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", self.text[match.end :])
                if not tail:
                    break
                pos = match.end + tail.end()
            if len(items) < fewest:
                continue
            list_state = self._state_just_before(found.start())
            for match in items:
                match.role = "county-list"
                if list_state is not None:
                    match.qualifier_state = list_state.geoid

    def _municipal_list(self, matches: list[_Match], idx: int, word: _Token) -> bool:
        """ "Conoy and Pequea townships", "Hanover, Lemon, Oxford and Ross Township", "Glen Rock and
        Hanover boroughs": every item of a list before a township's or a borough's word is one.

        A singular "Township" is shared only by a list whose names are all townships of one county and
        of no other, so "Salem and Perry Township" (a pair many counties have) stays a city and a
        township; a plural is every item's, narrowed to the one county that has them all. Boroughs
        that are counties (Alaska's) are left to the county lists."""
        items = [matches[idx]]
        k = idx - 1
        while k >= 0 and re.fullmatch(
            r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", self.text[matches[k].end : matches[k + 1].start]
        ):
            if matches[k].flags & FLAG_STATE:
                break
            items.append(matches[k])
            k -= 1
        if len(items) < 2:
            return False
        if word.key == "boroughs":
            if any(
                c.state_fips == "02" or "Borough" in self.g.county_kind(c)
                for item in items
                for c in self.g.counties_named(item.key)
            ):
                return False
            for item in items:
                item.role = "borough-list"
            return True
        towns = [[c for c in self.g.cousubs_named(item.key) if "township" in c.kind] for item in items]
        if not all(towns):
            return False
        counties = set.intersection(*({c.geoid[:5] for c in cands} for cands in towns))
        if len(counties) != 1:
            counties = set()  # names common to townships in many counties tell none of them
        if word.key == "township":
            if not counties:
                return False
            items = items[1:]  # the last item has the word of its own
            towns = towns[1:]
        for item, cands in zip(items, towns, strict=True):
            item.role = "township-list"
            item.candidates = [c for c in cands if c.geoid[:5] in counties] or cands
        return True

    def _lists_ending_unknown(self, matches: list[_Match]) -> None:
        """ "Arapahoe and Adam's counties": a last item that names no county (misspelled, or a stray
        possessive) still ends a list of counties, so the counties before it are read as counties."""
        ends = {match.end: k for k, match in enumerate(matches)}
        for plural in (" counties", " parishes"):
            pos = self.text.find(plural)
            while pos >= 0:
                last = _UNKNOWN_LAST_ITEM.search(self.text, max(0, pos - 60), pos)
                pos = self.text.find(plural, pos + 1)
                if last is None or last.start("last") in self._match_at:
                    continue
                k = ends.get(last.start())
                while k is not None and matches[k].flags & FLAG_COUNTY and not matches[k].flags & FLAG_STATE:
                    matches[k].role = "county-list"
                    between = self.text[matches[k - 1].end : matches[k].start] if k else ""
                    if not re.fullmatch(r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", between):
                        break
                    k -= 1

    def _listed_counties_of_a_state(self, matches: list[_Match]) -> None:
        """A numbered or bulleted column of bare names ("1. Adams", "2. Boulder", ...) most of which are
        counties of a state the text names, many of them only counties there (no town of the state
        bears the name), is that state's counties: its "Mesa" and "Yuma" too, not Arizona's cities.
        A column of a state's cities ("Austin", "Dallas", "Houston") has towns of every name, and
        stays a column of cities."""
        if "\n" not in self.text:
            return
        rows = [(row.start("name"), row.end("name")) for row in _BULLETED_NAME.finditer(self.text)]
        if len(rows) < _MIN_LISTED_COUNTIES:
            return
        listed = set(rows)
        named = set(self.doc_states)  # the states named so far, and those the text's names spell out
        for match in matches:
            if match.flags & FLAG_STATE and (match.start, match.end) not in listed:
                state = self.g.state_named(match.key)
                if state is not None:
                    named.add(state.state_fips)
        runs: list[list[tuple[int, int]]] = [[rows[0]]]
        for row in rows[1:]:
            if self.text[runs[-1][-1][1] : row[0]].count("\n") <= 2:
                runs[-1].append(row)
            else:
                runs.append([row])
        for run in runs:
            if len(run) < _MIN_LISTED_COUNTIES:
                continue
            keys = [fold_words(self.text[a:b]) for a, b in run]
            for fips in sorted(named):
                counties = [k for k in keys if any(c.state_fips == fips for c in self.g.counties_named(k))]
                only = [k for k in counties if not any(c.state_fips == fips for c in self.g.places_named(k))]
                if 5 * len(counties) < 3 * len(keys) or 5 * len(only) < 2 * len(keys):
                    continue
                spans = set(run)
                for match in matches:
                    if (match.start, match.end) in spans and any(
                        c.state_fips == fips for c in self.g.counties_named(match.key)
                    ):
                        match.role, match.qualifier_state = "county-list", fips
                break

    def _shared_county_word(self, matches: list[_Match], idx: int) -> list[_Match]:
        """The names before "Multnomah" in "Washington, Clackamas and Multnomah County sheriffs": a
        list whose last item's "County" is every item's, when every earlier name is a county of the
        last one's state and no town of that state bears it ("Salem and Marion County" stays a city)."""
        states = {c.state_fips for c in self.g.counties_named(matches[idx].key)}
        items: list[_Match] = []
        k = idx - 1
        while k >= 0:
            between = self.text[matches[k].end : matches[k + 1].start]
            if not re.fullmatch(r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", between):
                break
            item = matches[k]
            nxt, gap = self._next_word(item)
            if nxt is not None and gap == " " and nxt.key in COUNTY_WORDS:
                break  # "Lane County, Clackamas and Multnomah County": the item has its own word
            shared = {c.state_fips for c in self.g.counties_named(item.key)} & states
            towns = {
                c.state_fips
                for c in self.g.places_named(item.key)
                if (c.population or 0) >= MIN_IN_STATE_POPULATION or c.is_consolidated
            }
            if not shared or shared <= towns:
                return []
            states = shared
            items.append(item)
            k -= 1
        return items

    def _classify(self, m: _Match) -> None:
        if m.role == "county-list":
            self._county(m, m.end, plural=True)
            return
        if m.role == "township-list":
            m.role = "town"
            if len(m.candidates) == 1:
                self._add(m.candidates[0], m.start, m.end)
            else:
                m.bare = True
            return
        if m.role == "borough-list":
            if not self._borough_place(m, m.end):
                m.role = ""
            return
        if m.role == "state":
            self._state(m, explicit=False)
            return
        if self._is_covered(m.start, m.end):
            return
        if m.key in _STATE_NICKNAMES and _STATE_WORD_AFTER.match(self.text, m.end):
            return  # "the Peach State governor", "the Bay State's courts": a state's nickname, no county
        if self.text[m.start - 1 : m.start] in (" ", "-") and (
            _CAMPUS_BEFORE.search(self.text, max(0, m.start - 50), m.start)
            or _CAMPUS_ABBREVIATION_BEFORE.search(self.text, max(0, m.start - 8), m.start)
        ):
            return
        nxt, gap = self._next_word(m)
        county_word = nxt.key if nxt is not None and gap == " " and nxt.key in COUNTY_WORDS else None
        if (
            nxt is not None
            and gap == " "
            and nxt.text in ("Co", "Cnty", "Cty")
            and self.text[nxt.end : nxt.end + 1] == "."
        ):
            county_word = "county"  # "Santa Clara Co." in a headline, "Marion Cnty." in a case name
            nxt = nxt._replace(end=nxt.end + 1)
        if (
            county_word == "borough"
            and nxt is not None
            and nxt.capitalized
            and self._borough_place(m, nxt.end)
        ):
            return  # "Princeton Borough", "Lansdowne Borough, Pa.": a borough of New Jersey or Pennsylvania
        if county_word is not None and nxt is not None and self._state_counties(m, nxt):
            county_word = None
        if county_word is not None and nxt is not None and m.flags & FLAG_COUNTY:
            if self._names_newspaper(nxt.end):
                return  # "Ventura County Star", "Orange County Register"
            if m.flags & FLAG_STATE and self._state_county_officials_body(nxt):
                return  # "Iowa County Attorneys Association": the state's county attorneys, a private body
            if county_word in PLURAL_COUNTY_WORDS:
                self._county(m, m.end, plural=True)
            else:
                self._county(m, nxt.end, kind=COUNTY_WORDS[county_word])
            return
        if m.flags & FLAG_COUNTY and not m.flags & FLAG_STATE and nxt is not None and nxt.text in ("Superior", "Circuit"):
            court = _COUNTY_COURT_AFTER.match(self.text, m.end)
            if court is not None:
                # "Lake Superior Court", "Marion Superior Court", "Fairfax Circuit Court": a superior
                # or circuit court is a county's trial court, named for its county without the county word
                self._cover(m.end, court.end())
                self._county(m, m.end, prefix_form=True)
                return
        if (
            m.flags & FLAG_COUNTY
            and (
                self._qualifier(m.end) is not None or re.match(r",[ \t]+[a-z]", self.text[m.end : m.end + 4])
            )
            and _COUNTY_APPOSITION.search(self.text, max(0, m.start - 40), m.start)
        ):
            self._county(m, m.end, prefix_form=True)  # "his county, Butler, is ...": the county
            return
        if self._org_before_of(m) and not self._names_state_law(m):
            if m.flags & FLAG_STATE and (st := self.g.state_named(m.key)) is not None:
                self._note_state(
                    st.geoid, m.start
                )  # "ACLU of Delaware" is not a mention, but tells where we are
            return
        prefix = self._prefix_kind(m)
        if prefix == "county" and m.flags & FLAG_COUNTY:
            self._county(m, m.end, prefix_form=True)
            return
        if prefix in _PLURAL_KINDS.values() and m.flags & (FLAG_PLACE | FLAG_COUSUB):
            # An item of "the cities of A, B and C": a place, but resolved as a bare name would be —
            # a list names the well-known namesakes, not a hamlet in whatever state the text names.
            self._place(m, explicit=prefix.removeprefix("listed-"), listed=True)
            return
        if prefix in ("place", "town", "township") and m.flags & (FLAG_PLACE | FLAG_COUSUB):
            self._place(m, explicit=prefix)
            return
        if m.flags & FLAG_STATE and prefix != "place":
            self._state(m, prefix == "state")
            return
        if self._county_only_name(m, prefix, nxt):
            self._county(m, m.end, prefix_form=True)
            return
        if m.flags & (FLAG_PLACE | FLAG_COUSUB):
            if nxt is not None and gap == " " and nxt.key == "township" and m.flags & FLAG_COUSUB:
                self._township(m, nxt.end)
                return
            if (
                nxt is not None
                and gap == " "
                and nxt.text in ("Twp", "Twsp")
                and self.text[nxt.end : nxt.end + 1] == "."
                and m.flags & FLAG_COUSUB
            ):
                self._township(m, nxt.end + 1)  # "West Chester Twp.", a township's usual short form
                return
            self._place(m)

    def _state_counties(self, m: _Match, county: _Token) -> bool:
        """Is a state's name before a lower-case "county" the state, and the county any of its counties
        ("22 Iowa county jails", "an Ohio county sheriff"): a plural noun after it, or a number or "a",
        "each", ... before the state, makes it any county. Else it is the county of the state's name,
        as "Iowa County" in capitals always is."""
        if (
            not m.flags & FLAG_STATE
            or _strip_possessive(county.text) != "county"  # "an Idaho county's officials"
            or self.g.state_named(m.key) is None
        ):
            return False
        if _PLURAL_NOUN_AFTER.match(self.text, county.end):
            return True
        prev, gap = self._prev_word(m)
        return (prev is not None and gap == " " and prev.key in _SOME_ONE) or bool(
            re.search(r"\d[ \t]+$", self.text[max(0, m.start - 8) : m.start])
        )

    def _county(
        self, m: _Match, end: int, *, kind: str = "", plural: bool = False, prefix_form: bool = False
    ) -> None:
        cands = self.g.counties_named(m.key)
        if not cands or _COUNTIES_GROUP_AFTER.match(self.text, end):
            return
        if kind:
            typed = [c for c in cands if self.g.county_kind(c) == kind]
            if not typed and kind == "Borough":
                return
            cands = typed or cands
        elif not prefix_form:
            typed = [c for c in cands if self.g.county_kind(c) in ("County", "Parish", "Borough")]
            cands = typed or cands
        q = self._qualifier(end)
        if q is None and plural:
            q = self._list_qualifier(m)
        if q is None and m.qualifier_state is not None:
            q = (m.qualifier_state, end)
        prefix = self._postal_prefix(m, end) if q is None and not plural else None
        if prefix is not None and any(c.state_fips == prefix[0] for c in cands):
            # "CO El Paso County Sheriff's Office": the code labels the agency's state; it is part
            # of the county's name, no mention of its own
            q = (prefix[0], end)
            self._cover(prefix[1], m.start)
        if q is not None:
            in_state = [c for c in cands if c.state_fips == q[0]]
            if in_state:
                cands = in_state
                self._note_state(q[0], q[1])
                self._cover(end, q[1])
        m.role = "county"
        m.candidates = cands
        m.end = end
        if len(cands) == 1:
            self._add(cands[0], m.start, end)
        else:
            m.bare = True

    def _postal_prefix(self, m: _Match, end: int) -> tuple[str, int] | None:
        """A state's two-letter postal code set right before a county agency's name, as a list of
        agencies labels each by state ("TX Harris County Sheriff's Office"): the state's FIPS code and
        where the code starts. Only before "X County <agency>", where the capitals are no acronym."""
        pre = _POSTAL_PREFIX.search(self.text, max(0, m.start - 4), m.start)
        if pre is None or not _COUNTY_AGENCY_AFTER.match(self.text, end):
            return None
        fips = self.g.state_for_abbreviation(pre.group("code"))
        return (fips, pre.start("code")) if fips is not None else None

    def _borough_place(self, m: _Match, end: int) -> bool:
        """ "X Borough" where no county-level borough is named X: the municipality whose Census kind is
        borough (Pennsylvania, New Jersey, Connecticut), resolved like a township."""
        if any(self.g.county_kind(c) == "Borough" for c in self.g.counties_named(m.key)):
            return False
        cands = [c for c in self.g.places_named(m.key) if c.kind == "borough"]
        if not cands:
            return False
        q = self._qualifier(end)
        if q is not None:
            cands = [c for c in cands if c.state_fips == q[0]]
            self._cover(end, q[1])
            self._note_state(q[0], q[1])
        m.role, m.candidates, m.end = "town", cands, end
        if len(cands) == 1:
            self._add(cands[0], m.start, end)
        elif cands:
            m.bare = True
        return True

    def _list_qualifier(self, m: _Match) -> tuple[str, int] | None:
        """ "... and Sacramento counties in California": find the qualifier after the plural word."""
        after = re.match(r"\s*(?:counties|parishes|boroughs)", self.text[m.end :], re.I)
        if after is None:
            return None
        return self._qualifier(m.end + after.end())

    def _township(self, m: _Match, end: int) -> None:
        cands = [c for c in self.g.cousubs_named(m.key) if "township" in c.kind]
        q = self._qualifier(end)
        if q is not None:
            cands = [c for c in cands if c.state_fips == q[0]]
            self._cover(end, q[1])
        # Many states have a township of one name: only one in a state the text names is taken.
        m.role, m.candidates, m.end = "town", cands, end
        if len(cands) == 1:
            self._add(cands[0], m.start, end)
        elif cands:
            m.bare = True

    def _state(self, m: _Match, explicit: bool) -> None:
        state = self.g.state_named(m.key)
        if state is None:
            return
        if not explicit and (self._qualifies_agency(m, state.geoid) or self._address_state(m)):
            self._note_state(state.geoid, m.start)
            return
        if (
            self.text.endswith(" of ", 0, m.start)
            and _LOCAL_GOVERNMENT_OF_THEN_STATE.search(self.text, max(0, m.start - 90), m.start)
        ):
            # "the County of Elmwood, Commonwealth of Pennsylvania": a caption's state qualifies the
            # local government, as "Elmwood, Pa." would
            self._note_state(state.geoid, m.start)
            return
        q = self._qualifier(m.end)
        # "New York, N.Y.", "Washington, D.C.": the name is the city, qualified.
        if q is not None and m.flags & FLAG_PLACE and not explicit and not self._in_state_list(m, q[1]):
            places = [p for p in self.g.places_named(m.key) if q[0] in (p.state_fips, p.geoid)]
            if places and m.key == "washington" and self._federal_metonymy(m):
                self._cover(m.end, q[1])
                return  # "threats coming out of Washington, D.C.": the federal government
            if places:
                self._cover(m.end, q[1])
                self._note_state(q[0], q[1])
                self._add(places[0], m.start, m.end)
                return
        if not explicit and self._qualifies_own_county(m, state.geoid):
            self._note_state(state.geoid, m.start)
            return
        if not explicit and self._region_of_state(m):
            # "Northwest Indiana police departments", "central Oregon": a region, not the state
            # itself; it still tells which state the text is in.
            self._note_state(state.geoid, m.start)
            return
        nxt, gap = self._next_word(m)
        mayor = nxt is not None and gap == " " and nxt.capitalized and nxt.key in _MAYORAL_WORDS
        if mayor and not explicit and m.key != "new york":
            # A state has no mayor: "Washington Mayor Ann Lee" is the capital's, "Delaware Mayor" the
            # city's of that name in a state the text has named. ("Texas mayors" are the state's: a
            # plural or lower-case title is read as a state's people; a headline's "Virginia Mayor
            # Resigns" before any state is named stays the state.)
            named = [
                c
                for c in self.g.places_named(m.key)
                if c.state_fips in self.doc_states and c.state_fips != "11"
            ]
            if named or m.key == "washington":
                self._add(_best(named) if named else self.g.state("11"), m.start, m.end)
                return
        if _STATE_CODE_TITLE.match(self.text, m.end):
            # "North Carolina Legal Code", "Texas Statutes": the state's own body of law.
            self._add(state, m.start, m.end)
            return
        follower = self._follower_kind(m)
        if (follower == "org" and not self._part_follows(m)) or self._after_broadcaster(m):
            nxt_word, nxt_gap = self._next_word(m)
            if follower == "org" and nxt_word is not None and nxt_gap == " " and self._state_broadcaster(m, nxt_word):
                # a station's story lies in its state: its bare towns are that state's, unlisted
                self._note_state(state.geoid, m.start)
            return
        if (
            follower == "name"
            and not explicit
            and not self._after_state_of_word(m)
            and (m.key in _GIVEN_NAME_STATES or self._surname_follows(m))
        ):
            return  # "Virginia Foxx"; "Texas J. Smith", whose middle initial makes any state a given name
        if m.key == "washington" and not explicit:
            self._washington(m)
            return
        city_cue = nxt is not None and gap == " " and nxt.key in _CITY_CUES
        if m.key == "new york" and not explicit and _CITY_ZIP_AFTER.match(self.text, m.end):
            prev, pgap = self._prev_word(m)
            # "125 Broad Street\nNew York, 10004": an address's city with its state left out; the
            # state's "New York" stands after the city's ("New York, New York 10004")
            city_cue = prev is None or prev.key != "york" or pgap.strip() != ","
        if m.key == "new york" and not explicit and (city_cue or self._in_city_list(m)):
            city = self.g.places_named("new york city")
            if city:
                self._add(city[0], m.start, m.end)
            return
        if not explicit and m.key in _GIVEN_NAME_STATES and self._person_by_prefix(m):
            return  # "Sen. Virginia Foxx"; other state names are not people's names
        self._add(state, m.start, m.end)

    def _qualifies_own_county(self, m: _Match, fips: str) -> bool:
        """ "Pennsylvania's Franklin County": a possessive state before one of its own counties only
        says which Franklin County is meant, as "Franklin County, Pennsylvania" would."""
        if self.text[m.end : m.end + 2] not in ("'s", "’s"):
            return False
        county = _COUNTY_AFTER_POSSESSIVE.match(self.text, m.end + 2)
        return county is not None and any(
            c.state_fips == fips for c in self.g.counties_named(fold_words(county["name"]))
        )

    def _qualifies_agency(self, m: _Match, fips: str) -> bool:
        """Does the state, after a comma, qualify a local agency's name ("Elmwood County Sheriff's
        Office, Ohio", OCR's "Office of ElmwoodCounty, Ohio")? It is then part of that name, unless
        it opens a name of its own ("..., Ohio State Patrol")."""
        if m.first == 0:
            return False
        before = self.text[self.tokens[m.first - 1].end : m.start]
        # "Elmwood Sheriff's Office (Ohio)": the state in parentheses after the name qualifies it too
        in_parens = re.fullmatch(r"[ \t]*\([ \t]*", before) is not None and self.text[m.end : m.end + 1] == ")"
        if not in_parens and not re.fullmatch(r",[ \t]*", before):
            return False
        nxt, gap = self._next_word(m)
        if (nxt is not None and gap == " " and nxt.capitalized) or self.text[m.end : m.end + 1] in ("'", "’"):
            return False  # "..., Texas' largest jail": the state owns what follows
        last = self.tokens[m.first - 1]
        glued = _GLUED_COUNTY.fullmatch(last.text)
        if glued is not None:
            return any(c.state_fips == fips for c in self.g.counties_named(fold_words(glued.group(1))))
        if _strip_possessive(last.key) not in GOVERNMENT_WORDS:
            return False
        for k in range(m.first - 2, max(-1, m.first - 8), -1):
            tok = self.tokens[k]
            if self.text[tok.end : self.tokens[k + 1].start] != " " or not (
                tok.capitalized or tok.key in _CONNECTORS
            ):
                return False
            found = self._match_at.get(tok.start)
            if found is not None:
                key = self.matches[found].key
                namesakes = [*self.g.counties_named(key), *self.g.places_named(key)]
                return any(c.state_fips == fips for c in namesakes)
        return False

    def _address_state(self, m: _Match) -> bool:
        """Is the state an address's, before its ZIP code ("Elmwood, OHIO 44077", OCR's garbled town
        "ELMWQQD, OHIO 44077")? A state that is also a city's name ("New York 10007") is left alone."""
        if not _ZIP_AFTER.match(self.text, m.end) or _is_major(self.g.places_named(m.key)):
            return False
        line_start = self.text.rfind("\n", 0, m.start) + 1
        return bool(self.text[line_start : m.start].strip())

    def _washington(self, m: _Match) -> None:
        nxt, gap = self._next_word(m)
        if nxt is not None and gap in (" ", "-") and nxt.key == "state":
            self._add(self.g.state("53"), m.start, nxt.end)
            return
        if nxt is not None and nxt.key in _STATE_PREDICATE_WORDS and _STATE_PREDICATE_AFTER.match(self.text, m.end):
            # "sets up Washington as a sanctuary state", "Washington became the first state": what the
            # sentence calls a state is the state; the capital is no state
            self._add(self.g.state("53"), m.start, m.end)
            return
        prev, pgap = self._prev_word(m)
        if prev is not None and prev.key == "of":
            prev2, _ = self._prev_word(m, 2)
            if prev2 is not None and prev2.key == "university":
                return
            if prev2 is not None and prev2.key in _STATE_OF_WORDS:  # "District of", "Laws of Washington"
                self._add(self.g.state("53"), m.start, m.end)
                return
        if self._looks_like_person(m):
            return
        if _DC_ZIP_AFTER.match(self.text, m.end) or (
            self.text[m.start - 1 : m.start].isspace()
            and _DC_QUADRANT_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        ):
            # "1700 K Street, N.W.\nWashington, 20006": an address in the District, its "D.C." lost
            self._add(self.g.state("11"), m.start, m.end)
            return
        if nxt is not None and gap == " " and nxt.text in STATE_PEOPLE_NOUNS:
            # "Washington residents", "Washington's sheriffs": the state's people and institutions.
            # The federal government has officials and lawmakers, so those words are not read here.
            dc_only = "11" in self.doc_states and "53" not in self.doc_states
            self._add(self.g.state("11" if dc_only else "53"), m.start, m.end)
            return
        if (
            nxt is not None
            and gap == " "
            and nxt.key == "bureau"
            and not re.match(r"[ \t]+of\b", self.text[nxt.end :])
        ):
            return  # "the Tennessean Washington Bureau": a newsroom's office, no state agency
        follower = self._follower_kind(m)
        if follower == "gov":  # "Washington Legislature", "Washington State Patrol"
            self._add(self.g.state("53"), m.start, m.end)
            return
        if self._washington_in_state_list(m):
            self._add(self.g.state("53"), m.start, m.end)
            return
        if prev is not None and prev.key in ("in", "across", "throughout") and pgap == " ":
            prev2, gap2 = self._prev_word(m, 2)
            if prev2 is not None and gap2 == " " and prev2.key in _STATE_LOCAL_PLURALS:
                self._add(self.g.state("53"), m.start, m.end)
                return
        if prev is not None and prev.key in _TO_THE_CITY and not self._federal_metonymy(m):
            self._washington_guesses.append(len(self.mentions))
            self._add(self.g.state("11"), m.start, m.end)
            return
        if "53" in self._code_states and "11" not in self.doc_states and follower != "org":
            # "improve Washington's ability", "keep Washington working" in a text citing the RCW: the
            # state's own law speaks of the state; the capital would be written "D.C." somewhere
            self._add(self.g.state("53"), m.start, m.end)

    def _part_follows(self, m: _Match) -> bool:
        """Is the word after the name a numbered part of a text ("Laws of Montana Chapter 5"), not an
        organization's kind ("the Montana Chapter of the ACLU")?"""
        nxt, gap = self._next_word(m)
        return (
            nxt is not None
            and gap == " "
            and nxt.key in ENUMERATED_PARTS
            and _PART_NUMBER.match(self.text, nxt.end) is not None
        )

    def _after_state_of_word(self, m: _Match) -> bool:
        """ "the Official Code of Georgia Annotated", "the Laws of Montana Chapter 5", "the Governor of
        Indiana Eric Holcomb": after a state's body of law or office and "of", the name is the state's,
        whatever capitalized word follows it."""
        prev, gap = self._prev_word(m)
        if prev is None or prev.key != "of" or gap != " ":
            return False
        owner, _ = self._prev_word(m, 2)
        return owner is not None and owner.key in _STATE_OF_WORDS

    def _region_of_state(self, m: _Match) -> bool:
        prev, gap = self._prev_word(m)
        return prev is not None and gap == " " and prev.key in REGION_WORDS

    def _federal_metonymy(self, m: _Match) -> bool:
        """Is "Washington" what the federal government sends: "threats coming out of Washington",
        "pressure from Washington"? A place people go to or come from is not read so."""
        window = max(0, m.start - 80)
        return (
            _FEDERAL_OUTPUT_FROM.search(self.text, window, m.start) is not None
            or _FEDERAL_ADDRESSEE_TO.search(self.text, window, m.start) is not None
            or _FEDERAL_SEAT_IN.search(self.text, window, m.start) is not None
        )

    def _alone_in_state_list(self, m: _Match) -> bool:
        """Is the name alone on a list line ("• Washington") next to a line that names a state?"""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        line_end = self.text.find("\n", m.end)
        line_end = len(self.text) if line_end < 0 else line_end
        bullet = r"\s*(?:[•*·▪‣◦-]|\d+[.)]|\(?[a-z]\))?\s*"
        if not re.fullmatch(bullet, self.text[line_start : m.start]) or self.text[m.end : line_end].strip(
            " ,;."
        ):
            return False
        for neighbour in self._neighbour_lines(line_start, line_end):
            item = re.sub("^" + bullet, "", neighbour).strip(" ,;.")
            st = self.g.state_named(fold_words(item)) if item else None
            if st is not None and st.geoid != "53":
                return True
        return False

    def _neighbour_lines(self, line_start: int, line_end: int) -> list[str]:
        """The two non-blank lines before and the two after a line (read locally, not by splitting)."""
        found: list[str] = []
        pos = line_start - 1
        for _ in range(2):
            if pos <= 0:
                break
            start = self.text.rfind("\n", 0, pos) + 1
            found.append(self.text[start:pos])
            pos = start - 1
        pos = line_end + 1
        for _ in range(2):
            if pos >= len(self.text):
                break
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            found.append(self.text[pos:end])
            pos = end + 1
        return [line for line in found if line.strip()]

    def _washington_in_state_list(self, m: _Match) -> bool:
        if self._alone_in_state_list(m):
            return True
        before = self.text[max(0, m.start - 40) : m.start]
        after = self.text[m.end : m.end + 40]
        item = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
        prev = re.search(item + r",?\s*(?:and\s+|or\s+|&\s+)?$", before)
        nxt = re.match(r",\s*(?:and\s+|or\s+)?" + item, after)
        for found in (prev, nxt):
            if found is not None:
                st = self.g.state_named(fold_words(found.group(1)))
                if st is not None and st.geoid != "53":
                    return True
        # "Washington and Oregon passed laws"; but "Washington and Virginia" is as often the capital's
        # region as two states, and "Washington and New York" two cities.
        joined = re.match(r"[ \t]+(?:and|or|&)[ \t]+" + item, after)
        if joined is not None:
            st = self.g.state_named(fold_words(joined.group(1)))
            return st is not None and st.geoid not in ("53", "11", "24", "51", "36")
        return False

    def _place(self, m: _Match, explicit: str = "", *, listed: bool = False) -> None:
        cands = list(self.g.places_named(m.key))
        if m.key.endswith(" county") and not explicit:
            # Georgia's "Webster County unified government" is a place; Iowa's Webster County is not:
            # the name is read as the counties that bear it, that place among them.
            cands += [c for c in self.g.counties_named(m.key[: -len(" county")]) if c not in cands]
            q = self._qualifier(m.end)
            in_state = [c for c in cands if q is not None and c.state_fips == q[0]]
            if q is not None and in_state:
                cands = in_state
                self._cover(m.end, q[1])
                self._note_state(q[0], q[1])
            m.role, m.candidates = "county", cands
            if len(cands) == 1:
                self._add(cands[0], m.start, m.end)
            else:
                m.bare = True
            return
        town = not explicit and self._town_context(m)
        if explicit in ("town", "township") or town:
            cands += [c for c in self.g.cousubs_named(m.key) if c not in cands]
        if explicit in ("town", "township") and not listed:
            # "the town of Chester, New York" is the town, not the village of Chester inside it.
            cands = [c for c in cands if explicit in c.kind.split()] or cands
        if not cands and not explicit:
            # "Irondequoit, New York": a town that is only a county subdivision, named with its state.
            cands = self._qualified_cousub(m)
        if not cands:
            return
        if not explicit and self._person_by_prefix(m):
            return
        if town and not self._looks_like_person(m):
            # "the Chester Select Board", "residents of Ludlow" in a text about a town government:
            # the town of the text's state, however small; resolved once the states are known.
            m.role, m.candidates, m.bare = "town", cands, True
            return
        q = self._qualifier(m.end)
        if q is not None:
            in_state = [c for c in cands if c.state_fips == q[0]]
            if not in_state and not explicit:
                # "Middlesex, New Jersey" named the county when no place of that name is there.
                in_state = [c for c in self.g.counties_named(m.key) if c.state_fips == q[0]]
            if in_state:
                self._cover(m.end, q[1])
                self._note_state(q[0], q[1])
                county = None if explicit else self._county_meant(m, q[0], in_state)
                self._add(county or _best(in_state), m.start, m.end)
                return
        if q is None and m.qualifier_state is not None:
            in_state = [c for c in cands if c.state_fips == m.qualifier_state]
            if in_state and not _overshadowed(_best(in_state), cands):
                self._add(_best(in_state), m.start, m.end)
                return
        if self._org_before_of(m):
            return
        follower = self._follower_kind(m)
        if follower == "name" and self._federal_prison_before(m):
            follower = ""  # "FCI Sheridan Medium Security Prison": the prison's town, then its kind
        if follower in ("org", "name") or self._after_broadcaster(m):
            return
        if not explicit and self._looks_like_person(m):
            return
        if not explicit and self._ends_organization_name(m):
            return
        common_word = not explicit and m.key in BARE_NEVER
        if common_word and not self._common_word_as_place(m):
            return
        if not explicit and m.key in ENUMERATED_PARTS and _PART_NUMBER.match(self.text, m.end):
            return  # "Page 3 of the report"
        if not explicit and self._after_determiner(m):
            return  # "(Continued on Next Page)"
        if not explicit and self._in_case_caption(m) and not _is_major(cands):
            return
        m.role, m.candidates, m.bare = "place", cands, True
        m.shouted = not explicit and self._shouted(m)
        m.headline = not explicit and self._headline_word(m)
        m.common_word = common_word
        m.foreign = not explicit and m.key in FOREIGN_CITIES and not self._local_government_follows(m)
        if explicit and not listed:
            m.role = "explicit-place"
        elif listed and explicit in ("town", "township"):
            m.role = "listed-town"  # "the Vermont towns of A and B": the towns of a state the text names

    def _county_meant(self, m: _Match, fips: str, places: list[Jurisdiction]) -> Jurisdiction | None:
        """The county a place's name, qualified by its state, stands for: "his county, Butler, Ohio" (an
        apposition to "county"), or a name whose county the text names ("Lake County ... in Lake,
        Ohio") when the state's place of that name is a village (under MIN_IN_STATE_POPULATION).

        Many counties share their name with their seat, a city the text may well mean; a village
        of that name is seldom what a text about the county speaks of."""
        county = next((c for c in self.g.counties_named(m.key) if c.state_fips == fips), None)
        if county is None or any(c.level == "county" for c in places):
            return None
        if _COUNTY_APPOSITION.search(self.text, max(0, m.start - 40), m.start):
            return county
        if any((c.population or 0) >= MIN_IN_STATE_POPULATION or c.curated for c in places):
            return None
        if county.geoid in self.seen_geoids:
            return county
        written = re.escape(self.text[m.start : m.end])
        return county if re.search(rf"\b{written}[ \t]+(?:County|Parish)\b", self.text) else None

    def _shouted(self, m: _Match) -> bool:
        """Is the name written in capitals among capitals ("CONTINUED ON NEXT PAGE"), where capitals
        no longer mark a proper noun, and not followed by a local government's word ("PAGE POLICE")?"""
        if not self.text[m.start : m.end].isupper():
            return False
        nxt, gap = self._next_word(m)
        if nxt is not None and gap == " " and nxt.key in LOCAL_GOVERNMENT_WORDS:
            return False
        if (
            nxt is not None
            and nxt.key == "division"
            and _COURT_DISTRICT_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        ):
            return False  # "DISTRICT OF GEORGIA, STATESBORO DIVISION": a caption's seat, in capitals as captions are
        line_start = self.text.rfind("\n", 0, m.start) + 1
        line_end = self.text.find("\n", m.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        if not any(ch.islower() for ch in line):
            return True
        prev, _ = self._prev_word(m)
        return any(
            tok is not None
            and len(tok.text) > 1
            and tok.text.isupper()
            and line_start <= tok.start
            and (line_end < 0 or tok.end <= line_end)
            for tok in (prev, nxt)
        )

    def _headline_word(self, m: _Match) -> bool:
        """Is a one-word name capitalized only because its headline capitalizes every word ("Police
        Grants Restored"), with neither a local government word after it nor "in", "from", ... before it?"""
        if (
            m.last - m.first != 1
            or not self._in_title_case_line(m.start)
            or self._local_government_follows(m)
        ):
            return False
        prev, pgap = self._prev_word(m)
        return not (prev is not None and pgap == " " and prev.key in _LOCATIVE)

    def _own_police_department(self, m: _Match) -> bool:
        """ "the Avalon Police Department": only a municipality keeps a police department named for
        it, so a town of the state the text names is meant however small (a policy's letterhead)."""
        found = _OWN_POLICE_DEPARTMENT.match(self.text, m.end)
        return found is not None and found.group(0)[1:].istitle() == self.text[m.start : m.end].istitle()

    def _local_government_follows(self, m: _Match) -> bool:
        """ "Medina police", "the Medina City Council": the name's own local government follows it."""
        nxt, gap = self._next_word(m)
        return nxt is not None and gap == " " and nxt.key in LOCAL_GOVERNMENT_WORDS

    def _common_word_as_place(self, m: _Match) -> bool:
        """May a name that is also a common word or a foreign place ("Mobile", "Cambridge") be the
        place here? Only where a place stands — after "in", "from", ... or before its police, mayor or
        city — and, once resolved, only as a city of a state the text names (see `_choose`)."""
        if self.text[m.start : m.end].isupper():
            return False
        # An item of a list of places stands where its list does: "in Pharr, Mission and Edinburg".
        items = self._list_items(m)
        first, last = items[0], items[-1]
        nxt, gap = self._next_word(last)
        if nxt is not None and gap == " " and nxt.key in LOCAL_GOVERNMENT_WORDS and nxt.key != "council":
            return True
        prev, pgap = self._prev_word(first)
        return prev is not None and pgap == " " and not prev.capitalized and prev.key in _LOCATIVE

    def _state_county_officials_body(self, county: _Token) -> bool:
        """Is "<state> County" followed by a plural office and an organization's kind word ("Ohio
        County Commissioners Association")? The county officials are the state's, their body private."""
        k = self._token_at(county.end + 1)
        if k is None or k + 1 >= len(self.tokens) or self.text[county.end : county.end + 1] != " ":
            return False
        officials = self.tokens[k]
        return (
            officials.capitalized
            and officials.text.endswith("s")
            and officials.key.removesuffix("s") in TITLES | _COUNTY_OFFICERS
            and self._run_names_organization(k + 1)
        )

    def _after_locative(self, m: _Match) -> bool:
        prev, gap = self._prev_word(m)
        return prev is not None and gap == " " and not prev.capitalized and prev.key in _LOCATIVE

    def _after_determiner(self, m: _Match) -> bool:
        """Does a determiner make the name a common noun ("on Next Page", "each Page")? Not when the
        name modifies a noun after it ("every Chicago police officer", "each Phoenix resident")."""
        prev, gap = self._prev_word(m)
        if prev is None or gap != " " or prev.key not in DETERMINERS:
            return False
        if self.text[m.end : m.end + 1] in ("'", "’"):
            return False  # "each Chicago's ...": a place that owns something
        noun = re.match(r"[ \t]+([a-z]+)", self.text[m.end : m.end + 20])
        return noun is None or noun.group(1) in FUNCTION_WORDS

    def _used_as_word(self, key: str) -> bool:
        """Does the text write the name in lower case, as a common word ("the next page")?"""
        return re.search(rf"(?<![\w.]){re.escape(key)}(?![\w])", self.text) is not None

    def _qualified_cousub(self, m: _Match) -> list[Jurisdiction]:
        """The one county subdivision of the name in the state written after it, if just one."""
        q = self._qualifier(m.end)
        if q is None:
            return []
        found = [c for c in self.g.cousubs_named(m.key) if c.state_fips == q[0]]
        return found if len(found) == 1 else []

    def _town_context(self, m: _Match) -> bool:
        """Is a bare name a town's: the text speaks of town government, and the name stands where a
        place does ("in X", "residents of X", "X Select Board", "X residents")?"""
        if self._has_town_cue is None:
            self._has_town_cue = bool(_TOWN_CUE.search(self.text))
        if not self._has_town_cue or m.key in self.surnames:
            return False
        prev, pgap = self._prev_word(m)
        if (
            prev is not None
            and pgap == " "
            and prev.key in _LOCATIVE
            and (not prev.capitalized or self._opens_sentence(prev.start))  # "In Barnegat, the ..."
        ):
            if _TOWN_BODY_BEFORE.search(self.text, max(0, m.start - 40), m.start):
                self._town_bodies.add(m.start)  # "the Select Board of Durham"
            return True
        nxt, gap = self._next_word(m)
        if nxt is None or gap != " ":
            return False
        if nxt.key in _TOWN_FOLLOWERS:  # "Chester Town Manager", "Ludlow residents"
            if nxt.key in _TOWN_BODY_WORDS:
                self._town_bodies.add(m.start)
            return True
        possessive = self.text[m.end : m.end + 2] in ("'s", "’s")  # "Ludlow's Select Board"
        return (
            nxt.capitalized
            and nxt.key in GOVERNMENT_WORDS
            and (possessive or self._follower_kind(m) == "gov")
        )

    def _opens_sentence(self, pos: int) -> bool:
        """Does a sentence or a line begin at `pos` (not a word inside a title-case headline)?"""
        before = self.text[max(0, pos - 3) : pos]
        stripped = before.rstrip(" \t")
        return pos == 0 or stripped.endswith(("\n", ".", "!", "?")) or (not stripped and pos < 3)

    # -- resolution --------------------------------------------------------------------------------

    def _resolve_bare(self, matches: list[_Match]) -> None:
        if self.doc_states:
            top = max(self.doc_states.values())
            home = [f for f, n in self.doc_states.items() if n == top]
            for cands, start, end in self.pending_town_datelines:
                in_home = [c for c in cands if c.state_fips in home]
                if len({c.state_fips for c in in_home}) == 1:
                    self._add(_best(in_home), start, end)
        for cands, start, end in self.pending_datelines:
            m = _Match(0, 0, "", FLAG_PLACE, start, end, "explicit-place", cands)
            chosen = self._choose(m)
            if chosen is not None:
                self._add(chosen, start, end)
        for cands, start, end, common_word in self.pending_hometowns:
            chosen = self._choose_hometown(cands, start, end, common_word)
            if chosen is not None:
                self._add(chosen, start, end)
        # Places first: a resolved city tells which state an ambiguous county name is in. Then a
        # second round, for names that the first round's choices have placed.
        pending = [m for m in matches if m.bare and m.candidates]
        for round_ in range(2):
            for m in sorted(pending, key=lambda x: x.role == "county"):
                if m.role == "county" and round_ == 0 and any(x.role != "county" for x in pending):
                    continue
                chosen = self._choose(m)
                if chosen is not None:
                    self._add(chosen, m.start, m.end)
                    m.bare = False
            pending = [m for m in pending if m.bare]

    def _choose(self, m: _Match) -> Jurisdiction | None:
        cands = m.candidates
        # A name the text has already tied to one place keeps that sense ("Clark County in Nevada ...
        # Clark County officials").
        earlier = [c for c in cands if c.geoid in self.seen_geoids]
        if m.role == "place" and (sheriffs := self._sheriffs_county(m)) is not None:
            return sheriffs
        if earlier:
            return _best(earlier)
        in_doc = [c for c in cands if c.state_fips in self.doc_states]
        if m.role in ("place", "explicit-place") and len({c.state_fips for c in in_doc}) > 1:
            court = self._court_state()
            if court is not None and any(c.state_fips == court for c in in_doc):
                # A court of Nebraska hears a "City of Fremont" of Nebraska, though counsel's
                # addresses name California too: a court's own state outweighs the others named.
                in_doc = [c for c in in_doc if c.state_fips == court]
        # A state has many townships of one name ("Butler Township"): the one in a county the text
        # names is meant (a county subdivision's code opens with its county's), the others not.
        subdivisions = [c for c in in_doc if len(c.geoid) == 10]
        named = self._county_codes() if len(subdivisions) > 1 else set()
        in_county = [c for c in subdivisions if c.geoid[:5] in named]
        if in_county:
            in_doc = [c for c in in_doc if len(c.geoid) != 10] + in_county
        if m.role == "place" and (
            self._county_namesake_meant(m, in_doc or cands) or self._county_by_company(m, in_doc or cands)
        ):
            # resolved with the counties, as the county the text names ("Wayne County ... Wayne sheriff")
            m.role, m.candidates = "county", list(self.g.counties_named(m.key))
            return None
        if m.role == "place" and not in_doc and (county := self._county_row(m)) is not None:
            return county
        if m.role == "place" and not in_doc and (county := self._county_officers_county(m)) is not None:
            return county
        if m.office_of and not in_doc and (shorter := self._office_of_shorter(m)) is not None:
            return shorter
        if m.role == "town" or (m.role == "listed-town" and in_doc):
            if not in_doc:
                return None
            nearest = min(in_doc, key=lambda c: self._distance_to_state(c.state_fips, m.start))
            local = _best([c for c in in_doc if c.state_fips == nearest.state_fips])
            if m.start in self._town_bodies or not _overshadowed(local, cands):
                return local
            m.role = "place"  # "residents of Cleveland" in a Texas town's story are still Ohio's
        if m.role == "county":
            if in_doc:  # the county of the state named nearest to it ("Marion County ... (S.D. Ind.)")
                return min(in_doc, key=lambda c: self._distance_to_state(c.state_fips, m.start))
            in_row = {c.state_fips for c in cands} & self._code_row_states()
            if len(in_row) == 1:
                # a flattened table: its column of state codes stands apart from the agencies'
                # names it labels ("AL AZ CO ..." above "El Paso County Sheriff's Office")
                return _best([c for c in cands if c.state_fips in in_row])
            in_washington = [c for c in cands if c.state_fips == "53"]
            if in_washington and self._washington_guesses:
                # "In Washington, the Pierce County sheriff ...": the state, whose county it is
                self._washington_is_the_state()
                return in_washington[0]
            hinted = {c.state_fips for c in cands} & self._unlisted_city_states()
            if len(hinted) == 1:
                # "a case in Butler County in which a chaplain at Cincinnati Children's Hospital ...":
                # the big city inside a hospital's name is no mention, but tells which state's county
                return _best([c for c in cands if c.state_fips in hinted])
            # No state of its namesakes: only one far larger than every other ("Harris County"). A
            # text that names no state at all (a sheriff's form: "Plymouth County Sheriff's
            # Department") is no local story about a small namesake in a state it names; SPEC's gold
            # then lists every namesake, so the likeliest one is taken, unless two are equally likely.
            weights = sorted(((zip_count(c.geoid), c) for c in cands), key=lambda x: -x[0])
            top, runner_up = weights[0][0], (weights[1][0] if len(weights) > 1 else 0)
            stateless = all(n <= self._guessed_states.get(f, 0) for f, n in self.doc_states.items())
            if not top or not (top > runner_up if stateless else top >= COUNTY_DOMINANCE * runner_up):
                return None
            if stateless:  # the guess's state is no evidence for the next county ("Jackson ... Orange")
                fips = weights[0][1].state_fips
                self._guessed_states[fips] = self._guessed_states.get(fips, 0) + 1
            return weights[0][1]
        if not in_doc and m.role != "explicit-place" and (county := self._bare_county_named_elsewhere(m)):
            return county
        explicit = m.role == "explicit-place"
        best = _best(cands)
        pop = best.population or 0
        min_local = MIN_IN_STATE_POPULATION
        if m.common_word or m.foreign:
            # A word like "Mobile" or "Cambridge" is a city only in a state the text names, and only a
            # city big enough that the state's readers would take the word for it — or one whose own
            # police or mayor follow it ("Florence police" in an Alabama story).
            own_government = self._local_government_follows(m) and m.key not in _COUNTRY_NAMES
            least = MIN_IN_STATE_POPULATION if own_government else MIN_BARE_POPULATION
            big = [c for c in in_doc if (c.population or 0) >= least]
            return _best(big) if big else None
        if m.headline and self._used_as_word(m.key):
            return None  # a headline's "Grants" that the story writes as a common word ("federal grants")
        if m.shouted:
            # In capitals a common word looks like a name: "PAGE" needs to be a city read without
            # evidence from the text, and not a word the text also uses in lower case.
            if self._used_as_word(m.key):
                return None
            min_local = MIN_BARE_POPULATION
        if (
            not in_doc
            and self._washington_guesses
            and best.state_fips == "53"
            and MIN_IN_STATE_POPULATION <= pop < MAJOR_CITY_POPULATION
        ):
            # "In Washington, Puyallup police ...": a town only Washington has (or has largest), too
            # small to be named from the capital, makes "Washington" the state
            self._washington_is_the_state()
            return best
        if len({c.state_fips for c in in_doc}) > 1:
            # "including Greenville and Anderson" in a story of South Carolina that names North
            # Carolina once: the namesake of the state the text dwells on, not the larger one
            counts = sorted(((self.doc_states.get(f, 0), f) for f in {c.state_fips for c in in_doc}), reverse=True)
            if counts[0][0] >= 2 * max(counts[1][0], 1):
                in_doc = [c for c in in_doc if c.state_fips == counts[0][1]]
        if in_doc:
            local = _best(in_doc)
            local_pop = local.population or 0
            # A far larger namesake elsewhere outweighs a small town in a state the text names
            # (a Texas story's "Cleveland" is still Ohio's).
            overshadowed = (
                pop >= OVERSHADOW_POPULATION
                and pop >= OVERSHADOW_RATIO * max(local_pop, 1)
                and not self._own_agency_in_sole_state(m, local)
                and not self._in_sole_state_sentence(m, local)
            ) or (
                # "New York City, Cook County, Illinois, Newark and the State of California": a list
                # of places none of which lies in the local namesake's state names the famous one.
                pop >= MAJOR_CITY_POPULATION
                and pop >= LISTED_OVERSHADOW_RATIO * max(local_pop, 1)
                and best.state_fips != local.state_fips
                and self._list_mates_elsewhere(m, local.state_fips)
            )
            if not overshadowed and (
                explicit
                or local_pop >= min_local
                or local.is_consolidated
                or local.curated
                # A New England town governed as a city ("Agawam Town city") carries no population in
                # the gazetteer; the Census gives that form only to towns well above the floor.
                or (local.population is None and local.census_name.endswith(" Town city"))
                or (len({c.state_fips for c in in_doc}) == 1 and self._own_police_department(m))
            ):
                return local
            if not overshadowed and len(cands) == 1 and m.last - m.first > 1 and self._after_locative(m):
                # "a raid in Bean Station": a name of two words that only one town bears, standing
                # where a place does, in the state the text names, is that town however small
                return local
            if not overshadowed and self._small_town_of_sole_state(m, in_doc):
                return local
        others = sorted(((c.population or 0) for c in cands if c is not best), reverse=True)
        dominant = not others or others[0] * DOMINANCE_RATIO <= pop
        consolidated = [c for c in cands if c.is_consolidated]
        if consolidated and not (pop >= MIN_BARE_POPULATION and dominant):
            # a city-county or independent city, unless a far larger namesake outweighs it: bare
            # "Columbus" is Ohio's, not Georgia's city-county; "Salem" Oregon's, not Virginia's city
            return _best(consolidated)
        if (explicit or best.curated) and (dominant or len(cands) == 1):
            return best
        if pop >= MIN_BARE_POPULATION and dominant and (in_doc or not self._elsewhere_local(pop, cands)):
            return best
        if (
            len(cands) == 1
            and m.last - m.first > 1
            and pop >= MIN_UNIQUE_POPULATION
            and (m.last - m.first > 2 or self._local_government_follows(m))
        ):
            # "Atlantic City police": a name of two words or more that only one town bears; one of
            # three words or more ("St. Louis Park") is no phrase a text would use for anything else
            return best
        if len(cands) == 1 and pop >= MIN_UNIQUE_POPULATION and self._school_district_follows(m):
            # "Kerman Unified School District": a district is named for the town it serves, and a
            # word only one town bears names that town even in a policy that never names its state
            return best
        return None

    def _unlisted_city_states(self) -> set[str]:
        """States of the major cities named in the text only inside an organization's name (not a
        newspaper's: a national paper is read anywhere), each a city one state's namesake dwarfs."""
        if self._hint_states is not None:
            return self._hint_states
        listed = {x.span.start for x in self.mentions}
        found: set[str] = set()
        for m in self.matches:
            if m.start in listed or m.flags & (FLAG_STATE | FLAG_COUNTY) or not m.flags & FLAG_PLACE:
                continue
            if m.key in self.surnames or self._names_newspaper(m.end):
                continue
            cands = [c for c in self.g.places_named(m.key) if c.level == "place"]
            if not cands:
                continue
            best = _best(cands)
            others = [c.population or 0 for c in cands if c is not best]
            if (best.population or 0) >= MAJOR_CITY_POPULATION and all(
                n * OVERSHADOW_RATIO <= (best.population or 0) for n in others
            ):
                found.add(best.state_fips)
        self._hint_states = found
        return found

    def _small_town_of_sole_state(self, m: _Match, in_doc: list[Jurisdiction]) -> bool:
        """ "detained workers in Newport" in a story that names Vermont and no other state: a town too
        small for the population table (it carries none), standing where a place does, is the
        state's own town; a namesake elsewhere would be named with its state."""
        states = {c.state_fips for c in in_doc}
        if len(states) != 1 or any(c.population is not None for c in in_doc):
            return False
        named = {f for f, n in self.doc_states.items() if n > self._guessed_states.get(f, 0)}
        prev, gap = self._prev_word(m)
        return named == states and prev is not None and gap == " " and prev.text in _AT_A_PLACE

    def _elsewhere_local(self, pop: int, cands: list[Jurisdiction]) -> bool:
        """Is a bare city of another state than the one the text stays in too small to be meant from
        afar? A Maryland story's "Wheaton", a name many towns share, is its own unincorporated
        suburb, which the gazetteer lacks, not the Illinois city; a far larger one ("Aurora") is
        named from anywhere, a name only one town bears is that town, and a story that names several
        states ("the cities of Portland, Santa Fe and Seattle") roams. D.C. is no state a national
        story stays in."""
        if pop >= MAJOR_CITY_POPULATION or len(cands) < 2:
            return False
        named = [f for f, n in self.doc_states.items() if f != "11" and n > self._guessed_states.get(f, 0)]
        return len(named) == 1

    def _court_state(self) -> str | None:
        """The state of the first state or district court the text names ("District of Nebraska")."""
        if self._court_fips is False:
            self._court_fips = None
            for m in self.matches:
                state = self.g.state_named(m.key) if m.flags & FLAG_STATE else None
                if state is None:
                    continue
                if _STATE_COURT_BEFORE.search(self.text, max(0, m.start - 40), m.start) or (
                    _STATE_COURT_AFTER.match(self.text, m.end)
                ):
                    self._court_fips = state.geoid
                    break
        return self._court_fips if isinstance(self._court_fips, str) else None

    def _school_district_follows(self, m: _Match) -> bool:
        if self.text[m.end : m.end + 1] not in (" ", "\t"):
            return False
        return _SCHOOL_DISTRICT_AFTER.match(self.text, m.end) is not None

    def _county_codes(self) -> set[str]:
        """The codes of the counties the text names, resolved or still open ("Montgomery County")."""
        codes = {g for g in self.seen_geoids if len(g) == 5}
        for match in self.matches:
            if match.role == "county" and match.bare:
                codes.update(c.geoid for c in match.candidates)
        return codes

    def _code_row_states(self) -> set[str]:
        """The states of every line made of four or more state postal codes and nothing else."""
        if self._code_row is None:
            self._code_row = set()
            for row in _CODE_ROW.finditer(self.text):
                codes = [self.g.state_for_abbreviation(code) for code in row.group().split()]
                if all(codes):
                    self._code_row.update(c for c in codes if c is not None)
        return self._code_row

    def _list_mates_elsewhere(self, m: _Match, fips: str) -> bool:
        """Are the other places (no states) of the list `m` stands in already resolved, none in `fips`?"""
        items = [x for x in self._list_items(m) if x is not m]
        if not items:
            return False
        found = {x.span.start: x.jurisdiction for x in self.mentions}
        states = {j.state_fips for x in items if (j := found.get(x.start)) is not None and j.level != "state"}
        return bool(states) and fips not in states

    def _washington_state_story(self) -> None:
        """ "in Washington" guessed as the capital, in a story that names Washington the state and one
        of its towns or counties but never the capital by its full name ("D.C.", "District of
        Columbia", a "WASHINGTON —" dateline), is the state: "one in seven people in Washington"
        in a story from Olympia about a state law."""
        if not self._washington_guesses:
            return
        guessed = {self.mentions[k].span for k in self._washington_guesses}
        others = [x for x in self.mentions if x.span not in guessed]
        if not any(x.jurisdiction.geoid == "53" for x in others):
            return
        if any(x.jurisdiction.state_fips == "11" for x in others):
            return
        if not any(x.jurisdiction.level != "state" and x.jurisdiction.state_fips == "53" for x in others) and not all(
            self._sentence_names_the_state(self.mentions[k].span.start) for k in self._washington_guesses
        ):
            return
        # where people live or what the state owns; a trip "to Washington" is still to the capital
        for k in self._washington_guesses:
            span = self.mentions[k].span
            at_home = re.search(r"(?i:\bin)[ \t]+$", self.text[max(0, span.start - 4) : span.start])
            if not at_home and self.text[span.end : span.end + 2] not in ("'s", "’s"):
                return
        self._washington_is_the_state()

    def _sentence_names_the_state(self, pos: int) -> bool:
        """Does the sentence around `pos` speak of a single state ("workers in Washington ... across
        the state", "in Washington, the state's jails")? The capital's sentences speak of Congress,
        of agencies, of states in the plural, or of another state ("the state of Texas")."""
        start = self._sentence_start(pos)
        stop = self.text.find(". ", pos)
        line_end = self.text.find("\n", pos)
        ends = [e for e in (stop, line_end) if e != -1]
        sentence = self.text[start : min(ends) if ends else len(self.text)]
        return "state" in sentence and _ONE_STATE_WORDS.search(sentence) is not None

    def _washington_is_the_state(self) -> None:
        state = self.g.state("53")
        for k in self._washington_guesses:
            span = self.mentions[k].span
            self.mentions[k] = _Mention(state, span)
            self.doc_states["11"] -= 1
            self._note_state("53", span.start)
        self.doc_states = {f: n for f, n in self.doc_states.items() if n > 0}
        self.seen_geoids = {x.jurisdiction.geoid for x in self.mentions}
        self._washington_guesses = []

    def _own_agency_in_sole_state(self, m: _Match, local: Jurisdiction) -> bool:
        """ "Lincoln Police Department" in a text whose one state is Alabama: a town's own agency, in
        the only state the text names, is that state's town however large a namesake elsewhere. A
        bare mention ("residents of Cleveland" in a Texas story) still means the famous city."""
        if m.last <= m.first or not self._local_government_follows(m):
            return False
        named = [f for f, n in self.doc_states.items() if n > self._guessed_states.get(f, 0)]
        return named == [local.state_fips]

    def _in_sole_state_sentence(self, m: _Match, local: Jurisdiction) -> bool:
        """ "Arrests rose in Ohio after agents raided a plant in Lima": an event "in" a town, told in a
        sentence that names the only state the text names, is that state's town, however large a
        namesake elsewhere; a bare mention without the state beside it still means the famous city."""
        prev, gap = self._prev_word(m)
        if prev is None or prev.key != "in" or gap != " ":
            return False
        named = [f for f, n in self.doc_states.items() if n > self._guessed_states.get(f, 0)]
        if named != [local.state_fips]:
            return False
        start = max(self.text.rfind(". ", 0, m.start), self.text.rfind("\n", 0, m.start))
        ends = [e for e in (self.text.find(". ", m.end), self.text.find("\n", m.end)) if e >= 0]
        end = min(ends) if ends else len(self.text)
        return any(start < p < end for p in self.state_positions.get(local.state_fips, ()))

    def _county_row(self, m: _Match) -> Jurisdiction | None:
        """A name opening a row of a list of the state's towns, one a line ("Kent *", "Auburn Resolution
        12"), that no town of the state bears but one of its counties does, is that county: lists of
        local governments set counties among the cities without the word "County". A row beside it
        must open with a town or county of the state."""
        # "in Washington" guessed as the capital may yet be the state: not a second state
        guesses = len(self._washington_guesses)
        states = [f for f, n in self.doc_states.items() if not (f == "11" and n <= guesses)]
        if len(states) != 1:
            return None
        fips = states[0]
        counties = [c for c in self.g.counties_named(m.key) if c.state_fips == fips]
        line_start = self.text.rfind("\n", 0, m.start) + 1
        if len(counties) != 1 or self.text[line_start : m.start].strip():
            return None
        towns = 0
        for pos in (self.text.rfind("\n", 0, max(0, line_start - 1)) + 1, self.text.find("\n", m.end) + 1):
            if pos <= 0 or pos == line_start:
                continue
            k = self._match_at.get(pos)
            key = self.matches[k].key if k is not None else ""
            if key and any(
                c.state_fips == fips for c in (*self.g.places_named(key), *self.g.counties_named(key))
            ):
                towns += 1
        return counties[0] if towns else None

    def _county_namesake_meant(self, m: _Match, places: list[Jurisdiction]) -> bool:
        """Is a bare name the county the text names in full ("Elmore County" ... "Elmore had three
        detainers", "the Elmore sheriff") rather than a small town of that name? Only where every town
        it could be is small and the text never writes the name as a town's ("City of Elmore", "Elmore
        police", "Elmore's mayor"). A big city keeps its name ("Sacramento County ... Sacramento")."""
        if not places or any((c.population or 0) >= MIN_BARE_POPULATION or c.curated for c in places):
            return False
        if not any(c.state_fips in {p.state_fips for p in places} for c in self.g.counties_named(m.key)):
            return False
        name = re.escape(self.text[m.start : m.end])
        if not re.search(rf"\b{name}[ \t]+(?:County|Parish)\b", self.text):
            return False
        city_cue = (
            rf"\b(?i:city|town|village|borough)[ \t]+of[ \t]+{name}\b"
            rf"|\b{name}(?:['\u2019]s)?[ \t]+(?i:city|town|village|police|mayor|council|PD)\b"
        )
        return re.search(city_cue, self.text) is None

    def _county_by_company(self, m: _Match, places: list[Jurisdiction]) -> bool:
        """Is a bare name that is also a mid-sized city the county the text names in full, because the
        sentence sets it among counties: "Frederick is one of several Maryland counties", "in both
        Frederick and Harford", beside a name that is only a county of that state? A big city keeps
        its name, and so does a name the text writes as a town's ("Frederick police")."""
        if not places or any((c.population or 0) >= MAJOR_CITY_POPULATION or c.curated for c in places):
            return False
        states = {p.state_fips for p in places}
        if not any(c.state_fips in states for c in self.g.counties_named(m.key)):
            return False
        name = re.escape(self.text[m.start : m.end])
        # the sentence's own "is one of ... counties" says so even where the text never adds "County"
        among = _AMONG_COUNTIES_AFTER.match(self.text, m.end) is not None
        if not among and not re.search(rf"\b{name}[ \t]+(?:County|Parish)\b", self.text):
            return False
        city_cue = (
            rf"\b(?i:city|town|village|borough)[ \t]+of[ \t]+{name}\b"
            rf"|\b{name}(?:['\u2019]s)?[ \t]+(?i:city|town|village|police|mayor|council|PD)\b"
        )
        if re.search(city_cue, self.text):
            return False
        if among or re.search(rf"\b{name}(?:['\u2019]s)?[ \t]+[Ss]heriff", self.text):
            # a sheriff is the county's officer: "Frederick's Sheriff" makes the text's bare name the
            # county it names in full, wherever else it stands alone
            return True
        idx = self._match_at.get(m.start)
        if idx is None:
            return False
        for k in (idx - 1, idx + 1):
            if not 0 <= k < len(self.matches):
                continue
            other = self.matches[k]
            lo, hi = (other, m) if k < idx else (m, other)
            if not re.fullmatch(r",\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or|&)\s+", self.text[lo.end : hi.start]):
                continue
            # the neighbour is only a county in that state: no town of the state bears its name
            if any(c.state_fips in states for c in self.g.counties_named(other.key)) and not any(
                c.state_fips in states for c in self.g.places_named(other.key)
            ):
                return True
        return False

    def _sheriffs_county(self, m: _Match) -> Jurisdiction | None:
        """ "Boulder Sheriff" where the text names Boulder County: a sheriff is the county's officer,
        so the name is that county, not the city the county is named for."""
        if not _SHERIFF_AFTER.match(self.text, m.end):
            return None
        seen = [c for c in self.g.counties_named(m.key) if c.geoid in self.seen_geoids]
        return seen[0] if len(seen) == 1 else None

    def _county_officers_county(self, m: _Match) -> Jurisdiction | None:
        """ "Suffolk prosecutors", "the Bristol DA" in a story of a state with no town of that name but
        a county: a prosecutor, sheriff or jail is the county's, so the name is that county, not a
        namesake city of a state the text never names."""
        if not _COUNTY_OFFICERS_AFTER.match(self.text, m.end):
            return None
        counties = [c for c in self.g.counties_named(m.key) if c.state_fips in self.doc_states]
        if len({c.state_fips for c in counties}) != 1:
            return None
        return counties[0]

    def _bare_county_named_elsewhere(self, m: _Match) -> Jurisdiction | None:
        """A bare name the text also gives as a county of a state it names ("Suffolk." heading a
        Massachusetts court's opinion that says "the county of Suffolk") is that county, not a namesake
        city of a state the text never names."""
        name = re.escape(self.text[m.start : m.end])
        if not re.search(
            rf"\b{name}[ \t]+(?:County|Parish)\b|\b(?:[Cc]ounty|[Pp]arish)[ \t]+of[ \t]+{name}\b", self.text
        ):
            return None
        counties = [c for c in self.g.counties_named(m.key) if c.state_fips in self.doc_states]
        if not counties:
            return None
        return min(counties, key=lambda c: self._distance_to_state(c.state_fips, m.start))

    def _office_of_shorter(self, m: _Match) -> Jurisdiction | None:
        """ "Boulder City Council" in a Colorado text is Boulder's council: the shorter name's city in
        a state the text names, when the "City" namesake lies in none."""
        cands = self.g.places_named(m.office_of)
        earlier = [c for c in cands if c.geoid in self.seen_geoids]
        if earlier:
            return _best(earlier)
        in_doc = [c for c in cands if c.state_fips in self.doc_states]
        local = _best(in_doc) if in_doc else None
        if local is None or ((local.population or 0) < MIN_IN_STATE_POPULATION and not local.curated):
            return None
        return local

    def _choose_hometown(
        self, cands: list[Jurisdiction], start: int, end: int, common_word: bool
    ) -> Jurisdiction | None:
        """The home town of a legislator's label ("Rep. Ann Lee (R-Columbia)").

        A legislator's town lies in the state whose legislature the text is about: of the states the
        text names, the one it names most (a Tennessee story's passing "a Texas law" does not move
        Columbia to Texas), however small the town. Without such a state the label is read as a
        dateline would be; a name that is also a common word or a foreign place needs the state."""
        places = [c for c in cands if c.level != "county"]
        in_doc = [c for c in places if c.state_fips in self.doc_states]
        if not in_doc and self.doc_states:
            top = max(self.doc_states.values())
            # no town of the name in the text's states: the label names a county of its main state
            in_doc = [c for c in cands if c.level == "county" and self.doc_states.get(c.state_fips) == top]
        cands = places
        if not cands and not in_doc:
            return None
        if not in_doc and self.doc_states and _LOCAL_OFFICE_BEFORE.search(self.text, max(0, start - 90), start):
            # "Supervisor Dalia Lee (D-Providence)" in a Virginia story: a local board member's label names
            # her district there, not a city elsewhere (a congressman's "D-San Jose" is his home city)
            return None
        if in_doc:
            home = max(
                in_doc,
                key=lambda c: (self.doc_states[c.state_fips], -self._distance_to_state(c.state_fips, start)),
            )
            return _best([c for c in in_doc if c.state_fips == home.state_fips])
        if common_word:
            return None
        return self._choose(_Match(0, 0, "", FLAG_PLACE, start, end, "explicit-place", cands))

    def _collect(self) -> list[JurisdictionRef]:
        by_geoid: dict[str, list[_Mention]] = {}
        for mention in sorted(self.mentions, key=lambda x: x.span.start):
            by_geoid.setdefault(mention.jurisdiction.geoid, []).append(mention)
        out: list[JurisdictionRef] = []
        for mentions in by_geoid.values():
            j = mentions[0].jurisdiction
            spans = tuple(sorted({x.span for x in mentions}))
            out.append(
                JurisdictionRef(
                    geoid=j.geoid,
                    geoids=j.geoids,
                    name=j.display_name,
                    level=j.level,
                    mention=spans[0].slice(self.text),
                    spans=spans,
                    ocd_id=j.ocd_id,
                )
            )
        return out

    # -- special forms -----------------------------------------------------------------------------

    def _datelines(self) -> None:
        for m in _DATELINE.finditer(self.text):
            city = m.group("city")
            if len(city) < 3 or not any(ch.isalpha() for ch in city):
                continue
            line_start = (
                m.start() == 0
                or self.text[m.start() - 1] == "\n"
                or not self.text[self.text.rfind("\n", 0, m.start("city")) + 1 : m.start("city")].strip()
            )
            if not line_start and not m.group("after"):
                continue
            if self.text[m.end() - 1] == "-" and self.text[m.end() : m.end() + 1].isdigit():
                continue  # "NO. ORD-17-02", "RES-2019-4": a hyphen into a number joins a record's code
            region_group = "bare_region" if m.group("bare_region") else "region"
            region, region_end = m.group(region_group), m.end(region_group)
            if region and re.match(r"-[A-Za-z]", self.text[region_end : region_end + 2]):
                continue  # "CAMDEN, Defendant-Appellee", "ELMWOOD, Ohio-based": a hyphenated word, no dash
            if (
                region_group == "bare_region"
                and not self.g.state_for_abbreviation(region)
                and self.g.state_named(fold_words(region)) is None
            ):
                continue  # "CITY Hall —": without a comma only a state follows the city
            # In a flattened header ("FOR RELEASE FRIDAY WASHINGTON –") the city is the last words.
            start, end = m.start("city"), m.end("city")
            key = fold_words(city)
            if any(key == lm or key.endswith(" " + lm) for lm in _DATELINE_LANDMARKS) and not (
                region and (self.g.state_for_abbreviation(region) or self.g.state_named(fold_words(region)))
            ):
                continue  # "WHITE HOUSE, Tenn. —" is the town: a state names it
            words = city.split()
            for w, word in enumerate(re.finditer(r"\S+", city)):
                tail = fold_words(city[word.start() :])
                if (
                    tail in ("washington", "new york")
                    or self.g.state_named(tail) is not None
                    or self.g.places_named(tail)
                    # "CHERRY HILL –": a whole township's name, not its last word's town
                    or (w == 0 and w + 1 < len(words) and self.g.cousubs_named(tail))
                ):
                    if (
                        w >= 2
                        and fold_token(words[w - 1]) == "of"
                        and fold_token(words[w - 2]) in _KIND_BEFORE_OF
                    ):
                        # "COUNTY OF CAPE MAY, Plaintiff": a caption party's name, read by the scanner
                        key = ""
                        break
                    if w >= 2 and not self.g.state_named(tail) and self._place_run_before(words[:w]):
                        # "CAPE MAY COURT HOUSE —": a known place's name opens the run, so the run
                        # is a longer name (a village the gazetteer lacks), not a header then a city
                        key = ""
                        break
                    key, start = tail, m.start("city") + word.start()
                    break
            if not key:
                continue
            self._dateline(key, region, start, end, region_end)
        # A dateline in title case ("Washington — The department said ..."), as some wire copy and
        # reposted stories open: read only on the text's first line, where no heading or table row
        # ("Washington — 12 detainers") stands before the story.
        first = _TITLE_CASE_DATELINE.match(self.text, 0, _TITLE_CASE_DATELINE_CHARS)
        if first is not None and not self._is_covered(first.start("city"), first.end("city")):
            start, end = first.span("city")
            self._dateline(fold_words(first["city"]), first["region"], start, end, first.end("region"))

    def _place_run_before(self, words: list[str]) -> bool:
        """Do two or more of `words` in a row name a place?"""
        return any(
            self.g.places_named(fold_words(" ".join(words[i:j])))
            for i in range(len(words))
            for j in range(i + 2, len(words) + 1)
        )

    def _dateline(self, key: str, region: str | None, start: int, end: int, region_end: int) -> None:
        """Resolve a dateline's city `key` (at start..end), with the state or region written after it."""
        fips: str | None = None
        if region:
            fips = self.g.state_for_abbreviation(region) or (
                st.geoid if (st := self.g.state_named(fold_words(region))) else None
            )
        if key == "washington" and fips in (None, "11"):
            self._dateline_hit(self.g.state("11"), start, region_end if region and fips else end)
            return
        if key == "new york" and fips in (None, "36"):
            city_j = self.g.places_named("new york city")
            if city_j:
                self._dateline_hit(city_j[0], start, region_end if region and fips else end)
            return
        state = self.g.state_named(key)
        if state is not None and fips is None:
            # "GEORGIA – Governor ...": a state's own dateline. A same-named town ("Georgia", Vt.)
            # is meant only when the dateline qualifies it.
            self._dateline_hit(state, start, end)
            return
        cands = self.g.places_named(key)
        if fips is not None:
            # "GREECE, N.Y. (AP) —": a town that is only a county subdivision is still a dateline's.
            cands = [c for c in cands if c.state_fips == fips] or [
                c for c in self.g.cousubs_named(key) if c.state_fips == fips
            ]
            if not cands:
                # "LARGO, MD –": a namesake the gazetteer lacks in the state written (an unincorporated
                # place); another state's town of that name is not meant
                self._cover(start, region_end)
                return
            self._dateline_hit(_best(cands), start, end)
            self._cover(end, region_end)
            return
        # A region that is not a state ("SAN JUAN, RGV"): resolved later from the document's states.
        if cands:
            self._pending_dateline(cands, start, end)
        elif region is None and (towns := self.g.cousubs_named(key)):
            # "TOMS RIVER –" with no state: a township the gazetteer lists only as a county subdivision,
            # taken only in a state the story names (see `_resolve_bare`)
            self._cover(start, end)
            self.pending_town_datelines.append((list(towns), start, end))

    def _line_dateline(self) -> None:
        for m in _LINE_DATELINE.finditer(self.text, 0, _LINE_DATELINE_CHARS):
            start, end = m.span("city")
            if len(m["city"]) < 3 or self._is_covered(start, end):
                continue
            if self.text[: m.start()].strip() and not re.search(r"\n[ \t]*\n[ \t]*$", self.text[: m.start()]):
                continue  # the last line of a paragraph (a heading block), not a line of its own
            if re.search(r"[a-z]{2}[.!?][\u201d\"]?\s", self.text[: m.start()]):
                return  # the story has begun: a line in capitals now is a heading
            if _STORY_SENTENCE.match(self.text, m.end()) is None:
                continue  # no story follows: a heading or a label
            key = fold_words(m["city"])
            if key in ("washington", "new york") or self.g.state_named(key) is not None:
                continue  # a state in capitals alone on its line is more often a heading
            cands = self.g.places_named(key)
            if not cands or self._used_as_word(key):
                continue
            self._cover(start, end)
            self.pending_line_datelines.append((cands, start, end))
            return

    def _resolve_line_datelines(self) -> None:
        """A dateline line gives no state: the town is the namesake in the state the story's places lie
        in (its county, its agencies), or one that needs no state to be known."""
        for cands, start, end in self.pending_line_datelines:
            in_doc = [c for c in cands if c.state_fips in self.doc_states]
            if in_doc:
                home = max(in_doc, key=lambda c: self.doc_states[c.state_fips])
                chosen: Jurisdiction | None = _best([c for c in in_doc if c.state_fips == home.state_fips])
            else:
                chosen = self._choose(_Match(0, 0, "", FLAG_PLACE, start, end, "explicit-place", cands))
            if chosen is not None:
                self._add(chosen, start, end)

    def _roll_calls(self) -> None:
        """The names a vote or a roll call lists ("AYES: Berman, Jackson, Long.", "Absent: Hudson") are
        members' surnames, not towns; they are set aside before the names are read."""
        text = self.text
        if ":" not in text or not any(word in text for word in _ROLL_CALL_WORDS):
            return
        for label in _ROLL_CALL_LABEL.finditer(text):
            names = _ROLL_CALL_NAMES.match(text, label.end())
            if names is not None:
                self._cover(names.start(), names.end())

    def _sponsor_lists(self) -> None:
        """The surnames a bill's sponsor line lists ("By: Representatives Hale, Moore", "Sponsors: Sens.
        Ortiz and Norman") are legislators, not towns; they are set aside before the names are read.
        "House of Representatives" is a chamber, never such a label."""
        text = self.text
        if not any(word in text for word in _SPONSOR_WORDS):
            return
        for label in _SPONSOR_LABEL.finditer(text):
            if text[max(0, label.start() - 3) : label.start()].lower() == "of ":
                continue
            names = _ROLL_CALL_NAMES.match(text, label.end())
            if names is None:
                continue
            # "Sponsors: Moore Police Department": a sponsoring body, whose place stays read
            words = {fold_token(w) for w in _TOKEN.findall(names.group())}
            if words & GOVERNMENT_WORDS or words & ORGANIZATION_WORDS:
                continue
            self._cover(names.start(), names.end())

    def _web_addresses(self) -> None:
        """Words of a web or e-mail address ("www.co.lake.oh.us", OCR's "WWW .CO .LAKE .OH.US") name a
        host, not a place; they are set aside before anything else is read."""
        text = self.text
        # Each pattern runs only where its one required string is: most texts have neither.
        if "@" in text:
            for m in _EMAIL_ADDRESS.finditer(text):
                self._cover(m.start(), m.end())
        lowered = text.lower()
        if "www" in lowered or "http" in lowered:
            for m in _WEB_ADDRESS.finditer(text):
                self._cover(m.start(), m.end())

    def _dateline_hit(self, j: Jurisdiction, start: int, end: int) -> None:
        self._add(j, start, end)
        self._cover(start, end)

    def _pending_dateline(self, cands: list[Jurisdiction], start: int, end: int) -> None:
        self._cover(start, end)
        self.pending_datelines.append((cands, start, end))

    def _dotted_city_abbreviations(self) -> None:
        """ "L.A.", "S.F.", "N.Y.C." — and "L.A. County" for the county."""
        for m in _DOTTED_CITY.finditer(self.text):
            key, state = _DOTTED_CITIES[m.group("abbr").replace(" ", "")]
            start, end = m.start("abbr"), m.end("abbr")
            if self._is_covered(start, end):
                continue
            county = m.group("county")
            if not county and key == "san francisco" and _BILL_NUMBER_AFTER.match(self.text, end):
                continue  # "S.F. 2340", "S.F. No. 12": a Senate File, a bill of Iowa's or Minnesota's
            pool = self.g.counties_named(key) if county else self.g.places_named(key)
            found = [j for j in pool if j.state_abbr == state]
            if found:
                self._add(found[0], start, m.end("county") if county else end)
                self._cover(start, m.end())

    def _clipped_city_abbreviations(self) -> None:
        """ "Phila.", "Balt.", "Mpls." — and "Balt. County" / "Balt. Co." for the county."""
        for m in _CLIPPED_CITY.finditer(self.text):
            start, end = m.span("abbr")
            if self._is_covered(start, end):
                continue
            if _UNIVERSITY_BEFORE.search(self.text, max(0, start - 16), start) or _JOURNAL_AFTER.match(
                self.text, end
            ):
                continue
            county = m.group("county")
            if county is None and self._names_newspaper(end):
                continue  # "Phila. Inquirer", "Balt. Sun"
            key, state = _CLIPPED_CITIES[m.group("abbr")]
            if county:  # Baltimore County, not the independent city that is its own county-equivalent
                pool = [c for c in self.g.counties_named(key) if self.g.county_kind(c) == "County"]
            else:
                pool = self.g.places_named(key)
            found = [j for j in pool if j.state_abbr == state]
            if found:
                self._add(_best(found), start, m.end("county") if county else end)
                self._cover(start, m.end())

    def _misspelled_states(self) -> None:
        """A state's name one letter off ("Rhodes Island", "Pennsylvannia"), in names of 8+ letters.

        Not a demonym ("Virginian", "Oklahomans" add letters at the end) and not a word the registry
        knows as some other name."""
        toks = self.tokens
        for i, word in enumerate(toks.words):
            if not toks.capitalized[i] or len(word) < 4:
                continue
            for name, fips in _STATES_BY_PREFIX.get(word[:3].lower(), ()):
                if fips == "53":
                    # even spelled right, a bare "Washington" is mostly the capital or the federal
                    # government (see _washington): a garbled one ("WASIINGTON") is no evidence of the state
                    continue
                n = name.count(" ") + 1
                if i + n > len(toks) or not all(toks.capitalized[i : i + n]):
                    continue
                start, end = toks.starts[i], toks.ends[i + n - 1]
                written = self.text[start:end]
                if n > 1 and written.count(" ") != n - 1:
                    continue
                key = fold_words(written)
                if key == name or key.startswith(name) or self.g.flags(key) or self._is_covered(start, end):
                    continue
                if _one_edit_apart(key, name):
                    self._add(self.g.state(fips), start, end)
                    self._cover(start, end)

    def _glued_counties(self) -> None:
        """ "as ClaytonCounty Attorney": a PDF's text layer that joins the words at a line's end glues a
        county's name to its kind; before the county's own office it is the county of a state the
        text names (the only one of that name there)."""
        text = self.text
        at = text.find("County")
        while at > 0:
            if text[at - 1].islower() and not self._is_covered(at, at + 6):
                start = at - 1
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                glued = _GLUED_COUNTY.fullmatch(text, start, at + 6)
                if glued is not None and _COUNTY_AGENCY_AFTER.match(text, at + 6):
                    named = self.g.counties_named(fold_token(glued.group(1)))
                    in_doc = [c for c in named if c.state_fips in self.doc_states]
                    if len(in_doc) == 1:
                        self._add(in_doc[0], start, at + 6)
                        self._cover(start, at + 6)
            at = text.find("County", at + 6)

    def _glued_states(self) -> None:
        """A state, or a city of a state the text names, after a fused "Stateof" or "Cityof"."""
        text = self.text
        if (
            "Stateof" not in text
            and "Commonwealthof" not in text
            and "Cityof" not in text
            and "Townof" not in text
            and "Villageof" not in text
        ):
            return
        fused = list(_GLUED_STATE_OF.finditer(text))
        # the states first, so that a city before its state's name finds it among the text's states
        fused.sort(key=lambda f: f.group("kind") not in ("State", "Commonwealth"))
        for found in fused:
            start = found.start("name")
            spans = [found.end("name")] + ([found.start("second")] if found.group("second") else [])
            for end in spans:  # "StateofNewHampshire", then "StateofVermontTransit"'s first word
                if text[end : end + 1].islower():
                    continue
                key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text[start:end]).lower()
                if self._is_covered(start, end):
                    break
                if found.group("kind") in ("State", "Commonwealth"):
                    state = self.g.state_named(key)
                    if state is None:
                        continue
                    self._add(state, start, end)
                else:
                    places = [p for p in self.g.places_named(key) if p.state_fips in self.doc_states]
                    if len(places) != 1:
                        continue
                    self._add(places[0], start, end)
                self._cover(start, end)
                break

    def _postal_codes(self) -> None:
        """A postal code standing alone for its state ("the CA Values Act", "NY lawmakers").

        Only codes that are not also common words or acronyms (never IN, OR, ME, VA, GA, SC, MD ...),
        not in all-capital text, and not in an address (after "City," or before a ZIP code)."""
        for m in _POSTAL_CODE.finditer(self.text):
            start, end = m.span()
            if self._is_covered(start, end):
                continue
            before = self.text[max(0, start - 30) : start]
            after = self.text[end : end + 30]
            if re.search(r"[A-Za-z],\s*$", before) or re.match(r"\s*\d", after):
                continue  # an address: "Smallville, IL 62701"
            if re.search(r"\d[ \t]*$", before):
                continue  # a unit after a number: "12 NM" (nautical miles), "3 MT" (metric tons)
            label = _LABELED_COUNTY.match(self.text, end)
            if label is not None and _COUNTY_AGENCY_AFTER.match(self.text, label.end()):
                continue  # a list's label on a county agency ("NC Elmwood County Sheriff's Office"), read there
            neighbours = re.findall(r"[A-Za-z]{2,}", before)[-1:] + re.findall(r"[A-Za-z]{2,}", after)[:1]
            # a table's column of codes labels a row that opens with the same code ("AZ AZ Department
            # of Corrections"): the repeated label is no sign of all-capital text
            if any(w.isupper() and w != m.group() for w in neighbours):
                continue  # all-capital text, where two capitals are as likely an acronym
            nxt = re.match(r"\s+([A-Za-z][\w-]*)", after)
            if nxt and nxt.group(1).lower() in ORGANIZATION_WORDS:
                continue  # "NY Times"
            self._add(self.g.state(self.g.abbreviations[m.group()]), start, end)
            self._cover(start, end)

    def _bill_postal_codes(self) -> None:
        """ "Bill Text: CT HB07039", "NM SB 4": a postal code before a bill's number is its state's,
        even a code that is also a word (OR, IN, ME) or an acronym, unless capitals surround it."""
        t = self.text
        if not any(f" {kind}" in t for kind in ("HB", "SB", "AB", "HF", "SF", "LB", "LD", "HJR", "SJR")):
            return
        for m in _BILL_AFTER_CODE.finditer(t):
            start, end = m.span("code")
            if self._is_covered(start, end):
                continue
            fips = self.g.abbreviations.get(m.group("code"))
            if fips is None:
                continue
            prev = re.search(r"([A-Za-z]+)[^A-Za-z\n]*$", t[max(0, start - 20) : start])
            if prev is not None and prev.group(1).isupper() and len(prev.group(1)) > 1:
                continue  # "PASSED IN HB 12": all-capital prose, where "IN" is a word
            self._add(self.g.state(fips), start, end)
            self._cover(start, end)

    def _standalone_abbreviations(self) -> None:
        for m in _STANDALONE_ABBREVIATION.finditer(self.text):
            start, end = m.span()
            before = self.text[start - 1 : start] if start else ""
            if before.isalnum() or before in (".", "_") or self._is_covered(start, end):
                continue
            if m.group("titled") and self.text[max(0, start - 8) : start].strip(" \t")[-1:] not in ("", "\n"):
                continue
            fips = self.g.state_for_abbreviation(m.group()) or self.g.state_for_abbreviation(
                m.group().replace(" ", "")
            )
            if fips is not None:
                self._add(self.g.state(fips), start, end)
                self._cover(start, end)
        for m in _OFFICE_OF_ABBREVIATION.finditer(self.text):
            start, end = m.start("abbr"), m.end("abbr") + 1
            if not _ABBREVIATED_OFFICE_BEFORE.search(self.text, max(0, m.start() - 16), m.start()):
                continue
            if self.text[m.start() - 1 : m.start()] not in (" ", "\t") or self._is_covered(start, end):
                continue
            abbr = m.group("abbr") + "."
            fips = self.g.state_for_abbreviation(abbr) or self.g.state_for_abbreviation(abbr.replace(" ", ""))
            if fips is not None:
                self._add(self.g.state(fips), start, end)
                self._cover(start, end)

    def _party_hometowns(self) -> None:
        """ "Rep. Karen Smith (R-Elmwood)", "Sen. Ann Lee of Elmwood": a legislator's home town.

        Resolved in the legislator's state (see `_choose_hometown`), or in the state written after it
        ("R-Elmwood, Tenn."), which then only qualifies the town."""
        for m in _PARTY_HOMETOWN.finditer(self.text):
            self._hometown(m.start("town"), m.group("town"), party_label=True)
        for m in _LEGISLATOR_OF_TOWN.finditer(self.text):
            self._hometown(m.start("town"), m.group("town"), party_label=False)

    def _hometown(self, start: int, name: str, party_label: bool) -> None:
        # The whole capitalized run must be a place's name: "of Tea Party fame" is not Tea, S.D.
        key = fold_words(name)
        cands = list(self.g.places_named(key))
        end = start + len(name)
        if self._is_covered(start, end) or self.g.state_named(key) is not None:
            return
        if party_label:
            # "(R-Caldwell)": a district named for its county, where the state has no town of that name
            cands += [c for c in self.g.counties_named(key) if c.level == "county"]
        if not cands:
            return
        if _COUNTY_WORD_AFTER.match(self.text, end):
            return  # "Sen. Ann Lee of Elmwood County": the county, read by the scanner
        q = self._qualifier(end)
        if q is not None:
            # "(R-Springfield, Tenn.)": the label's state qualifies the town, as in a dateline.
            in_state = [c for c in cands if c.state_fips == q[0] and c.level != "county"] or [
                c for c in cands if c.state_fips == q[0]
            ]
            if in_state:
                self._dateline_hit(_best(in_state), start, end)
                self._cover(end, q[1])
            return
        self._cover(start, end)
        self.pending_hometowns.append((cands, start, end, key in BARE_NEVER))

    def _court_and_party_abbreviations(self) -> None:
        for regex in (_COURT_ABBREVIATION, _PARTY_LABEL):
            for m in regex.finditer(self.text):
                abbr = m.group("abbr")
                fips = (
                    self.g.state_for_abbreviation(abbr)
                    or self.g.state_for_abbreviation(abbr.replace(" ", ""))
                    or (self.g.state_for_abbreviation(abbr + ".") if abbr[-1].islower() else None)
                )
                if fips is None and "." in abbr[:-1]:
                    # "(N.D. Cal. Jan. 2, 2018)": a date's month after a one-part abbreviation
                    abbr = abbr[: abbr.index(".") + 1]
                    fips = self.g.state_for_abbreviation(abbr)
                if fips is None:
                    continue
                start, end = m.start("abbr"), m.start("abbr") + len(abbr)
                self._add(self.g.state(fips), start, end)
                self._cover(start, end)
        if "Ct." in self.text or "App." in self.text:
            for m in _STATE_COURT_WORDS.finditer(self.text):
                st = _STATE_BEFORE_COURT.search(self.text, max(0, m.start() - 8), m.start())
                if st is None:
                    continue
                fips = self.g.state_for_abbreviation(st.group()) or self.g.state_for_abbreviation(
                    st.group().replace(" ", "")
                )
                if fips is None or self._is_covered(st.start(), st.end()):
                    continue
                self._add(self.g.state(fips), st.start(), st.end())
                self._cover(st.start(), st.end())
        for m in _DC.finditer(self.text):
            if self._is_covered(m.start(), m.end()):
                continue
            before = self.text[max(0, m.start() - 14) : m.start()]
            if re.search(r"Washington,?\s*$", before):
                continue  # part of "Washington, D.C.", read with its city
            self._add(self.g.state("11"), m.start(), m.end())
            self._cover(m.start(), m.end())


# Words before a bare "Washington" that make it the city, a place one is in or goes to.
_NATIONAL_GROUPS = frozenset({"aclu", "naacp", "lulac"})
_CHANNEL_NUMBER_GAP = re.compile(r" \d{1,2} ")
_COUNTY_WORD_FORMS = frozenset({"County", "Parish", "COUNTY", "PARISH"})
# Capitalized words that may follow "<City> <State>" written without a comma, as the city's agency's.
_AGENCY_AFTER_SPACED_STATE = frozenset(
    {"police", "sheriff", "sheriff's", "mayor", "mayor's", "city", "fire", "municipal", "department", "council"}
)
# "counties in Washington", "sheriffs in Washington": the federal district has no counties, towns or
# sheriffs of its own, so the local units "in Washington" are the state's.
_STATE_LOCAL_PLURALS = frozenset(
    {"counties", "cities", "towns", "townships", "municipalities", "sheriffs", "jails", "localities"}
)
# "Washington as a sanctuary state", "Washington is the only state", "makes Washington a haven state".
_STATE_PREDICATE_WORDS = frozenset({"as", "is", "was", "becomes", "became", "remains", "a", "an", "the"})
_STATE_PREDICATE_AFTER = re.compile(
    r"[ \t]+(?:(?:as|is|was|becomes|became|remains)[ \t]+)?(?:a|an|the)[ \t]+[\"“]?"
    r"(?:[\w-]+[ \t]+){0,2}state\b(?![’'])"
)
_TO_THE_CITY = frozenset({"in", "to", "from", "at", "into", "near", "visit", "visited", "visiting"})

# What the federal government sends "from Washington": its words, demands, pressure and politics.
# A county's name after a possessive: "('s) Franklin County".
_COUNTY_AFTER_POSSESSIVE = re.compile(
    r"[ \t]+(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+(?:County|Parish)\b"
)
# A state's postal code and a ZIP code after a name and its comma: a mailing address.
_ADDRESS_AFTER = re.compile(r",[ \t]*[A-Z]{2}[ \t]+\d{5}\b")
_FEDERAL_OUTPUT_FROM = re.compile(
    r"(?i:\b(?:statements?|threats?|rhetoric|pressure|orders?|directives?|demands?|mandates?|edicts?|"
    r"dictates?|messages?|messaging|signals?|interference|overreach|politics|attacks?|noise|"
    r"policies|policy|guidance|crackdowns?|changes|shifts|decisions|cuts))"
    r"(?:[ \t]+(?:changes|shifts|decisions|updates|reversals))?"  # "the policy changes coming from"
    r"(?:[ \t]+of[ \t]+[a-z]+)?"  # "the politics of fear coming from Washington"
    r"(?:,?[ \t]+(?:and|or)[ \t]+[a-z]+)?"
    r"(?:[ \t]+(?:coming|emanating|issued|handed[ \t]+down))?"
    r"[ \t]+(?:out[ \t]+of|from)[ \t]+$"
)
# What is sent "to Washington" as to the federal government: "a strong message back to Washington",
# "a wake-up call to Washington". A trip, a letter or a flight "to Washington" goes to the capital.
_FEDERAL_ADDRESSEE_TO = re.compile(
    r"(?i:\b(?:messages?|signals?|warnings?|wake-up[ \t]+calls?)(?:[ \t]+(?:back|right))?[ \t]+to[ \t]+$)"
)
# Who governs "in Washington" as the federal government: "the administration in Washington",
# "politicians in Washington". Officials or agents "in Washington" are people at a place.
_FEDERAL_SEAT_IN = re.compile(
    r"(?:(?i:\b(?:administration|politicians|bureaucrats|bureaucracy|establishment|elites|insiders|"
    r"gridlock|dysfunction|powers[ \t]+that[ \t]+be|"
    # what the government does there: "the administration's actions in Washington", "decisions
    # made in Washington"; events or meetings there are at a place
    r"(?:actions|activities|decisions|developments|happenings|goings-on)"
    r"(?:[ \t]+(?:and|or)[ \t]+[a-z]+)?(?:[ \t]+(?:undertaken|taken|made|happening|occurring))?"
    r"))"
    # a federal agency's seat: "a director at ICE in Washington", "DHS officials in Washington"
    r"|\b(?:ICE|DHS|CBP|USCIS|FBI|DOJ|ERO)(?:[ \t]+(?i:headquarters|leadership|officials))?)[ \t]+in[ \t]+$"
)

# The office after a judge's surname in an opinion: "J.", "C.J.", "JJ.", "P.J.", "Circuit Judge(s)"; an
# office that ends its phrase ("In Houston, Judge Hanen ruled" names a place, then a judge).
_JUDICIAL_OFFICE_AFTER = re.compile(
    r",[ \t]*(?:(?:C\.[ \t]?|P\.[ \t]?|A\.[ \t]?)?JJ?\."
    r"|(?=[A-Z])(?i:(?:(?:chief|senior|presiding|associate|circuit|district|magistrate|bankruptcy|u\.s\.)[ \t]+)*"
    r"(?:judges?|justices?)))"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+[a-z])"
)

# A caption's "versus" in capitals ("V.", "Vs.", "VS.") and the capitalized party it opens.
_CAPTION_VERSUS = frozenset({"v", "vs"})
# An officeholder's term named by surname ("the Harlan Administration", "the Moore presidency").
_TERM_OF_OFFICE = frozenset({"administration", "administrations", "presidency", "governorship", "appointee", "appointees", "nominee", "nominees"})
# Titles the shared list lacks: "Dear Chairperson Allen", "Councilor Reyes".
_MORE_TITLES = frozenset({"chairperson", "councilor", "councillor", "selectman", "selectwoman", "alderperson"})
# A town's people as a body after its name ("the Salem Community", "Salem Residents"), in title case.
_LOCAL_GOVERNMENT_OF_THEN_STATE = re.compile(
    r"\b(?:County|City|Town|Township|Village|Borough|Parish)[ \t]+of[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
    r",[ \t]*(?:the[ \t]+)?(?:State|Commonwealth)[ \t]+of[ \t]+$"
)
_PARTY_MEMBERS = frozenset({"republicans", "democrats", "republican", "democrat"})
_PLACE_PEOPLE = frozenset({"community", "communities", "residents", "families", "neighbors", "neighborhoods"})
_CAPTION_PARTY = re.compile(r"\.[ \t]+(?P<party>[A-Z][\w'’]*)")
_CAPTION_GOVERNMENTS = frozenset(
    {"united", "state", "commonwealth", "people", "city", "county", "town", "village", "township"}
)

# "Page 3", "Page: 1 of 46" (a court filing's header), "Page No. 2", "Page #4"
_PART_NUMBER = re.compile(r"(?::[ \t]*|[ \t]+)(?:(?:No\.|#)[ \t]*)?\d|[ \t]+(?:[IVXLC]+\b|[A-Z]\b)")

# A byline's names: "By" at a line's start, then capitalized words, initials and "and", up to a comma.
_BYLINE_NAMES = re.compile(
    r"[ \t]*(?:By|BY)[ \t]+(?P<names>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&))*)"
)
# Words that make a "By ..." line something other than a byline ("BY THE CITY OF AUSTIN").
_NOT_IN_NAMES = frozenset(
    {"the", "of", "city", "county", "town", "village", "state", "order", "department", "office"}
)

_JUDICIAL_OFFICE_WORD = re.compile(r"JJ?\.|(?i:\bjudges?\b|\bjustices?\b)")

_ABBREVIATION_CHAIN = re.compile(r"\.[ \t]?[A-Z][a-z]{0,4}\.")

# "St. Joseph", "Ste. Marie", "Saint Clair": surnames that begin like a saint's name.
_SAINT_PREFIXES = frozenset({"st", "ste"})
# "his county, Butler, Ohio": a name in apposition to "county" (an owner or article before it, so
# that a list "the city, the county, Butler and Warren" is not read so).
_CODE_ROW = re.compile(r"(?m)^[ \t]*(?:[A-Z]{2}[ \t]+){3,}[A-Z]{2}[ \t]*$")
_COUNTY_COURT_AFTER = re.compile(r"[ \t]+(?:Superior|Circuit)[ \t]+Court\b")
_COUNTY_APPOSITION = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Oo]ur|[Mm]y|[Tt]hat|[Tt]his|[Tt]he[ \t]+state['’]s|[A-Z][a-z]+['’]s)"
    r"[ \t]+(?:(?:own|home|neighboring|neighbouring|native|adopted|"
    # "the state's largest county, Dane, has ...", "Ohio's most populous county, Franklin, is ..."
    r"(?:second[- ]|third[- ])?(?:largest|biggest|smallest)|most[ \t]+populous|least[ \t]+populous)[ \t]+)?"
    r"county,[ \t]*$"
)
# Offices written after "X City" that belong to the city's government: "Dallas City Council".
_CITY_OFFICES = frozenset(
    [
        "council",
        "councilmember",
        "councilman",
        "councilwoman",
        "hall",
        "manager",
        "attorney",
        "clerk",
        "commission",
        "commissioners",
        "administrator",
        "auditor",
        "controller",
        "treasurer",
        "charter",
    ]
)
# Words that may be glued to a place by a hyphen and leave it a place: "Greater-Boston", "Metro-Atlanta".
_REGION_PREFIXES = frozenset({"greater", "metro", "mid", "upper", "lower", "inner", "outer", "downtown"})

_GIVEN_NAME_STATES = frozenset({"virginia", "georgia", "montana", "dakota", "carolina", "indiana", "nevada"})
# Counts that open a sentence capitalized ("Three Virginia sheriffs"): never a given name before a surname.
# fmt: off
_COUNT_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "dozens", "hundreds", "several",
    "few",
})
# fmt: on

_PERSON_APPOSITIVE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?P<words>(?:[a-z-]+[ \t]+){0,2}[a-z]+)\b")
_LIST_SEPARATOR = re.compile(r",[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
_CITY_LIST_HEAD = re.compile(
    r"\b(?:cities|municipalities|towns|localities|city governments|mayors)\s+(?:of|like|such as|including|in)\s*$"
    r"|\b(?:cities|municipalities|localities)\s*(?:—|–|:|\()\s*$",
    re.I,
)

_LOCATIVE = frozenset({"in", "at", "from", "of", "to", "near", "across", "outside", "inside", "throughout"})

# Words before "of Washington" that make it the state.
_STATE_OF_WORDS = frozenset(
    {
        "district",
        "state",
        "laws",
        "code",
        "legislature",
        "governor",
        "constitution",
        "statutes",
        "people",
        "commonwealth",
        "court",
        "senate",
        "general",
    }
)

# What follows a state's name in the title of its body of law: "Iowa Code", "North Carolina Legal Code".
_STATE_CODE_TITLE = re.compile(
    r"(?:['’]s)?(?:[ \t]+(?:Legal|General|Revised|Annotated|Compiled|Consolidated|Administrative|Penal|"
    r"Civil|Criminal|Government|Municipal|Unofficial|Official))*[ \t]+(?:Code|Codes|Statutes|Constitution)\b"
)

# A state's law in lower case after its name: "Florida law", "Ohio's statutes".
# Not "Texas law enforcement" or "Ohio law firms", whose owner is some organization's membership.
_STATE_LAW_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:law|laws|statutes|statute)\b"
    r"(?![ \t]+(?:enforcement|firms?|schools?|students?|professors?|clinics?|reviews?|journals?)\b)"
)

# Words that show a text is about a town's government (New England, New York, the townships of the
# Midwest and Mid-Atlantic), where a bare name is a county subdivision however small.
_TOWN_CUE = re.compile(
    r"\b(?:select[ -]?board|selectm[ae]n|selectwom[ae]n|board of selectmen|town (?:manager|meeting|"
    r"administrator|clerk|moderator|council|board|supervisor|government|officials|office)|"
    r"township (?:trustees|board|supervisors?|committee|manager|officials))\b",
    re.I,
)
_TOWN_BODY_WORDS = frozenset({"town", "township", "select", "selectboard"})
_TOWN_BODY_BEFORE = re.compile(
    r"(?:select[ -]?board|selectmen|town (?:manager|council|board|clerk|meeting)|township (?:board|supervisors?))"
    r"\s+(?:of|in)\s+$",
    re.I,
)
_TOWN_FOLLOWERS = frozenset(
    {
        "residents",
        "resident",
        "town",
        "township",
        "officials",
        "police",
        "voters",
        "taxpayers",
        "select",
        "selectboard",
    }
)

# Words after "New York" that make it the city.
# Plurals of a government's own parts, shared by the names before them ("the Iowa and Ohio
# Constitutions"). Not every plural: "Chiefs", "Generals" and "Senators" also name sports teams.
# After "<State> county": a lower-case plural noun ("jails", "officials") makes the county any of the state's.
_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:was|has|does|this|its|his|is|as|us)\b)[a-z]+[^s\W]s\b")
_SOME_ONE = frozenset({"a", "an", "each", "every", "any", "another", "one", "some", "several", "many"})
# The last word of a government body's name; a name opening such a run ("Georgia Peace Officer
# Standards and Training Council") is that government's, though the next word alone looks like a surname.
# A faith or people whose community bodies take a city's name: "the Baltimore Jewish Council", "the
# Tucson Catholic Diocese", "the Omaha Somali Association" are private bodies, not the city's.
_COMMUNITY_ADJECTIVES = frozenset(
    {
        "jewish", "catholic", "muslim", "islamic", "christian", "lutheran", "methodist", "baptist",
        "episcopal", "presbyterian", "interfaith", "hindu", "sikh", "buddhist", "latino", "latina",
        "latinx", "hispanic", "arab", "asian", "korean", "chinese", "vietnamese", "filipino",
        "somali", "haitian", "ethiopian", "hmong",
    }
)  # fmt: skip
# ... once the run after the word reaches a body's kind word
_COMMUNITY_BODIES = frozenset(
    {"federation", "diocese", "archdiocese", "congregation", "charities", "relations", "services"}
)
_GOVERNMENT_BODIES = frozenset(
    {
        "council",
        "commission",
        "department",
        "board",
        "bureau",
        "agency",
        "office",
        "division",
        "authority",
        "legislature",
        "assembly",
        "jail",
        "detention",
    }
)
# A caption party's capacity, in which only a person is sued: "Individually", "in his official capacity".
_PERSONAL_CAPACITY = re.compile(
    r",[ \t]+(?i:(?:sued[ \t]+)?individually\b|(?:sued[ \t]+)?in[ \t]+(?:his|her)[ \t]+"
    r"(?:official|individual|personal)[ \t]+(?:and[ \t]+(?:official|individual|personal)[ \t]+)?capacit)"
)
# A Manhattan ZIP code right after "New York" (OCR or a form that lost the state's code).
_CITY_ZIP_AFTER = re.compile(r",?[ \t]+1[01]\d{3}(?:-\d{4})?\b")
# The District's ZIP codes, and a street's quadrant ("K Street, N.W."), before or after "Washington".
_DC_ZIP_AFTER = re.compile(r",?[ \t]+20[0-5]\d{2}(?:-\d{4})?\b")
_DC_QUADRANT_BEFORE = re.compile(
    r"(?:\b(?:Street|St\.|Avenue|Ave\.|Place|Pl\.|Road|Rd\.|Drive|Dr\.|Court|Ct\.|Terrace|Square|Way)|\d)"
    r"[ \t]*,?[ \t]*\b[NS]\.?[ \t]?[EW]\.?[ \t]*,?[ \t]*\n?[ \t]*$"
)
# A state's postal code before one of its bills ("CT HB07039", "NM SB 4", "MN HF 1").
_BILL_AFTER_CODE = re.compile(
    r"(?<![\w.&/-])(?P<code>[A-Z]{2})[ \t]+(?:[HSA]B|[HS]F|[HS]JR|LB|LD)[ \t]?\d{1,5}\b(?![.,]\d)"
)
# The Bureau of Prisons' codes for its kinds of prison.
_FEDERAL_PRISON_CODES = frozenset({"FCI", "USP", "FDC", "FMC", "FPC", "FCC", "MDC", "MCC"})
# A public school district's name after its town: "Unified School District", "ISD", "Public Schools".
_SCHOOL_DISTRICT_AFTER = re.compile(
    r"[ \t]+(?i:(?:(?:unified|union|joint|consolidated|independent|elementary|high|community|city|area|"
    r"regional|central|county)[ \t]+){0,3}(?:school[ \t]+(?:district|board)\b|public[ \t]+schools\b))"
    r"|[ \t]+(?:[UIC]SD\b|SD[ \t]+(?:No\.[ \t]*)?\d{1,4}\b)"  # South Dakota's "SD" takes a ZIP
)
# Words before "Center" that make it a jail ("Detention Center", "Correctional Center").
_CUSTODY_WORDS = frozenset({"detention", "correctional", "corrections", "justice", "juvenile"})
# A police or sheriff's post named after its city ("Lancaster Station", "Midtown Precinct"), read so
# only in a text about policing: elsewhere "Station" is a railway's.
_POLICE_POSTS = frozenset({"station", "substation", "precinct"})
_POLICING = re.compile(r"(?i:sheriff|police|deput(?:y|ies)|jails?\b|inmate|custody|law enforcement)")
_SHARED_GOVERNMENT_PLURALS = frozenset(
    {"constitutions", "charters", "legislatures", "governments", "councils", "departments", "commissions"}
)
# Countries that U.S. towns are named for: "Mexico police" in a text about immigration is Mexico's.
_COUNTRY_NAMES = frozenset(
    {"mexico", "cuba", "china", "peru", "poland", "russia", "panama", "canada", "jamaica", "honduras"}
)
_MAYORAL_WORDS = frozenset({"mayor", "alderman", "alderwoman"})
# "neighboring counties in the task force (Jackson, Calhoun)": a few lower-case words may stand between
# the plural and the parenthesized list.
# The last item of a list before "counties", joined to the item before it: "Arapahoe and Adam's".
_UNKNOWN_LAST_ITEM = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)(?P<last>[A-Z][a-z]+(?:['’]s)?)$"
)
# A line that is a list item's bare name: "  1. Adams", "• San Miguel".
_BULLETED_NAME = re.compile(
    r"(?m)^[ \t]*(?:[•*·▪‣◦-]|\d{1,3}[.)])[ \t]+(?P<name>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})[ \t]*$"
)
_MIN_LISTED_COUNTIES = 4
# Words that say a list is of counties (see _introduced_county_lists); their literals gate it.
_COUNTY_CUE_WORDS = ("ounties", "OUNTIES", "arishes", "heriff", "HERIFF", "jails", "Jails")
_COUNTY_CUE = re.compile(r"(?i:\b(?:counties|parishes|sheriff|sheriffs|sheriff['’]s|sheriffs['’]|jails)\b)")
_GENERIC_AGENCIES = re.compile(r"(?i:\b(?:agencies|offices|departments)\b)")
_CITY_LIST_CUE = re.compile(
    r"(?i:\b(?:city|cities|towns?|townships|municipalities|villages|police|mayors?|people|persons)\b)"
)
# What introduces the list: a verb, a colon, or a county office's plural and a preposition ("Sheriffs
# in Lee, Polk, ..."); items may stand one to a line after a colon.
_LIST_INTRO_END = re.compile(
    r"(?:\b(?:are|were|include|includes|included|including)|:|(?i:\b(?:sheriffs|jails|offices)[ \t]+"
    r"(?:in|of|from)))\s*$"
)
_LIST_GAP = re.compile(r"[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[,;]?[ \t]*\n[ \t]*")
_LIST_GAP_STRAY = re.compile(
    r"[,;][ \t]*[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
)
# "Frederick is one of several Maryland counties": the bare name set among counties.
# A county's officers after its bare name: "Suffolk prosecutors", "the Bristol DA's office", "Essex
# District Attorney Jo Lee", "Plymouth sheriff's deputies", "Hampden jail".
_COUNTY_OFFICERS_AFTER = re.compile(
    r"[ \t]+(?:[Pp]rosecutors?\b|[Dd]istrict[ \t]+[Aa]ttorney|DA\b|D\.A\.|[Ss]heriff|[Jj]ail\b|"
    r"[Cc]ounty[ \t]+(?:[Pp]rosecutors?|[Cc]ommissioners)\b)"
)
# "Boulder Sheriff", "Boulder's sheriff", "Boulder sheriffs"
_SHERIFF_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+[Ss]heriffs?\b")
_AMONG_COUNTIES_AFTER = re.compile(
    r"[ \t]+(?:is|was|remains|became)[ \t]+(?:one[ \t]+of|among)[ \t]+(?:[\w-]+[ \t]+){0,3}counties\b"
)
# "counties (", "parishes —", "counties including": the word written letter first (see letter_first),
# its two continuations tried in their order.
_COUNTY_LIST_REST = (
    # "counties - Lee, Polk": a typed dash, a hyphen between spaces; "counties, namely Lee and Polk"
    r"(?:(?:[ \t]+[a-z][\w-]*){0,6}[ \t]*\(\s*|\s*(?:—|–|--|-(?=[ \t])|:|,|\(|including|such as|of)\s*"
    r"(?:(?:namely|specifically|i\.e\.,?)[ \t]+)?)"
)
_LIST_STRAY_WORD = re.compile(r"[A-Z][a-z]+(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)")
_COUNTY_LIST = re.compile(r"[cp](?<!\w[cp])(?:(?<=c)ounties|(?<=p)arishes)" + _COUNTY_LIST_REST)
_COUNTY_LIST_ANY_CASE = re.compile(r"[CcPp](?<!\w[CcPp])(?:(?<=[Cc])ounties|(?<=[Pp])arishes)" + _COUNTY_LIST_REST)
# The literals that open a list of counties named by their offices ("county sheriffs include ...") or by
# a verb after the plural ("the counties are ..."); the pattern runs only on a text holding one.
_COUNTY_OFFICE_LIST_WORDS = (
    *("county sheriffs", "county jails", "county commissions", "county governments", "county officials"),
    *("County sheriffs", "County jails", "counties include", "counties are", "counties were"),
    *("parishes include", "parishes are", "County Sheriffs", "ounties that", "Counties include"),
)
_COUNTY_OFFICE_LIST = re.compile(
    r"\b(?:[Cc]ounty[ \t]+(?:[Ss]heriffs|jails|commissions|governments|officials)"
    # "county sheriffs' offices—Lee, Polk": the offices of the sheriffs; a dash may touch the first name
    r"(?:['’]?[ \t]+(?:[Oo]ffices|[Dd]epartments))?"
    r"(?:[ \t]+(?:that|who|which)[ \t]+(?:have[ \t]+)?[a-z]+)?[ \t]*(?:(?:—|–|--|:|\()[ \t]*|(?:include|included|"
    r"including|such[ \t]+as|are|were|in|of|from)[ \t]+)"
    r"|\b(?:[Cc]ounties|parishes)(?:[ \t]+(?:that|which)[ \t]+(?:have[ \t]+)?[a-z]+)?[ \t]+"
    r"(?:include|included|includes|are|were)[ \t]+)"
)
# Examples after the plural: "counties like Wake and Durham", "counties, notably Lee and Polk". Opened on
# the literal "ounties" so the engine skips to it.
_COUNTIES_LIKE = re.compile(
    r"ounties(?<=[Cc]ounties),?[ \t]+(?:like|notably|especially|particularly|among[ \t]+them|"
    # "counties, such as Lee", "counties, including Lee", "counties, for example, Lee"
    r"such[ \t]+as|including|for[ \t]+(?:example|instance),?|e\.g\.,?)[ \t]+"
)
# "Major County Sheriffs of America", "Large County Sheriffs' Association": a national group of many
# counties' sheriffs, whose first word is an adjective that a county bears as its name, names no county.
# The first words of states' nicknames that are also names of places ("the Peach State", "the
# Keystone State"): before "State" they name the state, already named or not, and no town or county.
_STATE_NICKNAMES = frozenset(
    {
        *("peach", "golden", "bay", "keystone", "buckeye", "evergreen", "lone star", "beaver", "granite"),
        *("palmetto", "magnolia", "gem", "sunshine", "empire", "garden", "volunteer", "hoosier", "sooner"),
        *("badger", "green mountain", "silver", "centennial", "pelican", "treasure", "bluegrass", "old line"),
        *("mountain", "tar heel", "cornhusker", "aloha", "beehive", "ocean", "constitution", "first"),
        *("hawkeye", "sunflower", "prairie", "grand canyon", "pine tree", "natural", "equality", "diamond"),
        *("mount rushmore", "peace garden", "last frontier", "land of lincoln", "north star", "wolverine"),
    }
)
_STATE_WORD_AFTER = re.compile(r"[ \t]+State\b(?![ \t]+(?:of|University|College|Park|Forest|Prison)\b)")
_COUNTIES_GROUP_AFTER = re.compile(
    r"[ \t]+Sheriffs(?:['’][ \t]*|[ \t]+)(?:of[ \t]+America|of[ \t]+the[ \t]+United[ \t]+States|Association)\b"
)
_NEWSROOM_WORDS = frozenset({"radio", "media", "broadcasting", "television", "tv"})
# Where something happens ("a raid in", "a site near"); "residents of" may name a neighbour's town
_AT_A_PLACE = frozenset({"in", "at", "near", "outside"})
# "across the state", "this state's", "statewide": a sentence about one state, not the nation's capital
_ONE_STATE_WORDS = re.compile(r"(?i:\b(?:the|this|our|that)[ \t]+state\b(?![ \t]+of\b)|\bstate(?:wide|['’]s)\b)")
# A newspaper's last word that the shared kind list lacks, and the policy papers a government issues.
_PAPER_KINDS = frozenset({"paper", "pages", "newspaper"})
_POLICY_PAPERS = frozenset({"white", "green", "position", "discussion", "working", "issue", "concept"})
# Offices every county of a state has, whose holders form statewide associations.
# A vote's or a roll call's label, and the members' names it lists: capitalized words (a full name,
# an initial) joined by commas, "and" or a space, up to the first other word or stop.
_ROLL_CALL_WORDS = (
    "AYES",
    "NAYS",
    "YEAS",
    "Ayes",
    "Nays",
    "Yeas",
    "PRESENT",
    "Present",
    "ABSENT",
    "Absent",
    "EXCUSED",
    "Excused",
    "ABSTAIN",
    "Abstain",
)
_ROLL_CALL_LABEL = re.compile(
    r"\b(?:AYES|NAYS|YEAS|Ayes|Nays|Yeas|PRESENT|Present|ABSENT|Absent|EXCUSED|Excused|ABSTAIN(?:ED|ING)?|"
    r"Abstain(?:ed|ing)?)(?:[ \t]+[A-Z][A-Za-z]*){0,3}[ \t]*:[ \t]*"
)
_ROLL_CALL_NAMES = re.compile(
    r"[A-Z](?:[\w'’-]+|\.)(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+)[A-Z](?:[\w'’-]+|\.)){0,60}"
)
# A bill's sponsor line: a "Sponsors:" label (an office title may follow it) or a plural legislator
# title; the names after it are read as a roll call's. Its opening words gate the pattern.
_SPONSOR_WORDS = (
    *("ponsor", "PONSOR", "Representatives", "REPRESENTATIVES", "Senators", "SENATORS"),
    *("Delegates", "DELEGATES", "Reps.", "Sens.", "Dels.", "REPS.", "SENS.", "(s)", "(S)"),
)
_SPONSOR_TITLE = (
    r"(?:Representatives|REPRESENTATIVES|Senators|SENATORS|Delegates|DELEGATES|"
    r"(?:Reps|Sens|Dels|REPS|SENS|DELS)\.|(?:Representative|Senator|Delegate)\(s\)|"
    r"(?:REPRESENTATIVE|SENATOR|DELEGATE)\(S\))"
)
_SPONSOR_LABEL = re.compile(
    r"(?:\b(?:Co-?|CO-?)?(?:[Ss]ponsor|SPONSOR)(?:s|S|\(s\)|\(S\))?[ \t]*:[ \t]*"
    r"(?:(?:Representatives?|Senators?|Delegates?|Reps?\.|Sens?\.|Dels?\.|"
    r"REPRESENTATIVES?|SENATORS?|DELEGATES?|REPS?\.|SENS?\.)[ \t]+)?"
    rf"|\b{_SPONSOR_TITLE}[ \t]*:?[ \t]+)"
)
_COUNTY_OFFICERS = frozenset(
    {"attorney", "commissioner", "supervisor", "sheriff", "clerk", "auditor", "treasurer", "assessor"}
    | {"recorder", "engineer", "judge", "official", "executive", "administrator", "coroner"}
)
_COUNTY_OFFICES = frozenset({"sheriff", "sheriffs", "jail", "jails", "commissioners", "supervisors"})
_CITY_CUES = frozenset({"police", "mayor", "mayors", "city", "nypd"})


def _states_by_prefix() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for name, fips in state_names().items():
        if len(name) >= 8:
            out.setdefault(name[:3], []).append((name, fips))
    return out


_STATES_BY_PREFIX = _states_by_prefix()


def _one_edit_apart(a: str, b: str) -> bool:
    """Are `a` and `b` one insertion, deletion or substitution apart?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) < len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    return a[k + 1 :] == b[k + 1 :] if len(a) == len(b) else a[k + 1 :] == b[k:]


def _best(cands: list[Jurisdiction]) -> Jurisdiction:
    """Most populous; places before county subdivisions; consolidated governments first among equals."""
    return max(
        cands,
        key=lambda c: (c.population or 0, c.is_consolidated, c.level == "place", c.curated),
    )


def _overshadowed(local: Jurisdiction, cands: list[Jurisdiction]) -> bool:
    """Is a far larger namesake elsewhere what the name means, whatever state the text is in?"""
    pop = max((c.population or 0) for c in cands)
    return pop >= OVERSHADOW_POPULATION and pop >= OVERSHADOW_RATIO * max(local.population or 0, 1)


def _is_major(cands: list[Jurisdiction]) -> bool:
    """A namesake big enough that a case caption naming it means the city ("San Francisco v. Trump")."""
    return any(c.is_consolidated or (c.population or 0) >= MAJOR_CITY_POPULATION for c in cands)


def _is_org_word(tok: _Token, all_caps_context: bool) -> bool:
    if tok.key in ORGANIZATION_BEFORE_OF:
        return True
    if tok.key == "union" and tok.capitalized:
        return True  # "American Civil Liberties Union of Maryland", "Credit Union of Texas"
    # An acronym before "of" ("ACLU of Illinois"); in all-capital text ("STATE OF TEXAS") every word
    # looks like one, so there it proves nothing.
    return not all_caps_context and tok.text.isupper() and 3 <= len(tok.text) <= 6


_LOCAL_OFFICE_BEFORE = re.compile(
    r"\b(?:Supervisors?|Council\s*(?:members?|wom[ae]n|m[ae]n)|Councilors?|Commissioners?|Aldermen|Alderman|Alderwoman"
    r"|Selectm[ae]n|Trustees?|Board\s+members?)\b[^()\n]{0,60}(?:\([^()\n]{0,6})?$"
)
_ELIDED_CAPITAL = re.compile(r"\b[a-z]['\u2019][A-Z]")


class _Tokens:
    """The words of a text, as parallel lists; a `_Token` is built only for the words a rule looks at.

    Most words are lower case and never examined, so building an object for each would dominate the
    finder's time."""

    def __init__(self, text: str) -> None:
        found = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in found]
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.capitalized = [w[0].isupper() for w in self.words]
        if _ELIDED_CAPITAL.search(text):
            # "Coeur d'Alene": an elided particle before a capital is part of a name
            self.capitalized = [
                c or (w[1:2] in ("'", "\u2019") and w[2:3].isupper()) for c, w in zip(self.capitalized, self.words, strict=True)
            ]
        self._built: dict[int, _Token] = {}

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Token:
        tok = self._built.get(i)
        if tok is None:
            if i < 0:
                raise IndexError(i)
            word = self.words[i]
            tok = _Token(self.starts[i], self.ends[i], word, _token_key(word), self.capitalized[i])
            self._built[i] = tok
        return tok


@functools.lru_cache(maxsize=65536)
def _token_key(word: str) -> str:
    return fold_token(_strip_possessive(word))


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _possessive_end(tok: _Token) -> int:
    return tok.end - 2 if tok.text.endswith(("'s", "’s")) else tok.end


def fold_words(text: str) -> str:
    return " ".join(fold_token(w) for w in re.split(r"[\s\-]+", text.replace(".", ". ")) if w.strip(". "))
