"""Statute, regulation and case citations, normalized as eval/SPEC.md says.

eyecite finds reporter citations (cases, Westlaw, Lexis) and some law citations; it misses most of
how policy texts cite statutes ("8 USC 1373", "Sections 1373 and 1644 of Title 8 of the United
States Code", "287(g)", "Penal Code Section 834c", "section 70.15 of the penal law", bare
"Section 7283" inside a bill that amends the Government Code). Our matchers cover those, in a
fixed priority order; a lower-priority match that overlaps a higher one is dropped.

Normal forms: `TITLE CODE § SECTION` without subsections (`8 U.S.C. § 1357`), state codes with the
state's abbreviation (`Cal. Gov. Code § 7284.6`, `N.Y. Exec. Law § 844`, `Tex. Code Crim. Proc.
art. 2.251`) or as cited when we do not know the state's form, cases as `VOLUME REPORTER PAGE`.
Bill numbers, session laws, Statutes at Large, public laws, ordinance and executive-order numbers
and constitutional clauses are never citations.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from entanglement.core.models import Citation, Span

__all__ = ["find_citations"]

# ---------------------------------------------------------------------------------------------
# Shared pieces

# A section number: 1373, 1229a, 7284.6, 12H.2, 834c, 500-c, 4-a, 24-76.6-102, 2.15.020.
_SEC = r"\d+[A-Za-z]{0,2}(?:[.:\-]\d+[A-Za-z]{0,2})*(?:-[a-z](?![a-z]))?"
_SUBS = r"(?:\s?\([0-9A-Za-z]{1,5}\))*"
# More sections after the first: "§§ 1373 and 1644", "Sections 6254, 7282, and 7284.6",
# "1101(a)(15)(T) or 1101(a)(15)(U)", "§§ 1324-1325", "1226 through 1231". A continuation is never
# followed by a capitalized word or a digit, which would make it the start of another citation.
_MORE = (
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|through|to)\s+|\s*[-\u2013]\s*)(?:§§?\s*)?"
    rf"{_SEC}{_SUBS}(?-i:(?!\s*[A-Z0-9]|[\w\-]|\.\d)))*"
)
_LIST = rf"{_SEC}{_SUBS}{_MORE}"
_LIST_SPLIT = re.compile(rf"({_SEC}){_SUBS}")
_RANGE_SEP = re.compile(r"^\s*(?:[-\u2013]|through|to)\s*(?:§§?\s*)?$")

_USC = re.compile(
    r"\b(?P<title>\d{1,2})\s*U\.?\s?S\.?\s?(?:C\.?(?:\s?A\.?)?|Code)(?![A-Za-z])"
    r"\s*(?:§§?|[Ss]ec(?:tions?|s?\.)|SECTIONS?)?\s*"
    rf"(?P<list>{_LIST})"
)
_CFR = re.compile(
    r"\b(?P<title>\d{1,2})\s*C\.?\s?F\.?\s?R\.?(?![A-Za-z])\s*(?:§§?|[Ss]ec(?:tions?|s?\.)|[Pp]arts?)?\s*"
    rf"(?P<list>\d+(?:\.\d+[a-z]?)?{_SUBS}{_MORE})"
)
# "Sections 1373 and 1644 of Title 8 of the United States Code", "section 287.7 of title 8, Code of
# Federal Regulations".
_OF_TITLE = re.compile(
    rf"(?:\b[Ss]ections?|\bSECTIONS?|§§?)\s*(?P<list>{_LIST})\s*,?\s+(?:of|OF)\s+(?:[Tt]itle|TITLE)\s+"
    r"(?P<title>\d{1,2})\s*(?:,|of|OF)?\s*(?:the\s+|THE\s+)?"
    r"(?P<code>United\s+States\s+Code|UNITED\s+STATES\s+CODE|U\.?S\.?C\.?|Code\s+of\s+Federal\s+Regulations|C\.?F\.?R\.?)"
)
# "Title 8, United States Code, Section 1357", "Title 8 of the U.S. Code, section 1373".
_TITLE_FIRST = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2})\s*,?\s*(?:of\s+the\s+)?(?P<code>United\s+States\s+Code|U\.\s?S\.\s?Code|"
    r"Code\s+of\s+Federal\s+Regulations)\s*,?\s*(?:[Ss]ections?|§§?)\s*"
    rf"(?P<list>{_LIST})"
)
_INA_287G = re.compile(r"\b287\s?\(g\)|\b287g\b")
_INA_SECTION = re.compile(
    rf"\b(?:INA|Immigration\s+and\s+Nationality\s+Act)\s*,?\s*(?:§|[Ss]ection|[Ss]ec\.)\s*(?P<list>{_LIST})"
    rf"|(?:\b[Ss]ections?|§§?)\s*(?P<list2>{_LIST})\s+of\s+the\s+(?:INA|Immigration\s+and\s+Nationality\s+Act)\b"
)
_OTHER_ACT_SECTION = re.compile(
    r"(?:\b[Ss]ection|§)\s*(?P<num>642|434)(?:\([a-z]\))*\s+of\s+(?:the\s+)?(?P<act>IIRIRA|PRWORA|"
    r"Illegal\s+Immigration\s+Reform\s+and\s+Immigrant\s+Responsibility\s+Act|"
    r"Personal\s+Responsibility\s+and\s+Work\s+Opportunity\s+Reconciliation\s+Act)"
)
# INA sections and the 8 U.S.C. sections they were codified as.
_INA_TO_USC = {
    "101": "1101", "103": "1103", "212": "1182", "235": "1225", "236": "1226", "237": "1227",
    "238": "1228", "239": "1229", "240": "1229a", "241": "1231", "264": "1304", "274": "1324",
    "275": "1325", "276": "1326", "287": "1357",
}
_ACT_TO_USC = {"642": "1373", "434": "1644"}

_STATE_ABBR = (
    r"Ala|Alaska|Ariz|Ark|Cal|Calif|Colo|Conn|Del|D\.C|Fla|Ga|Haw|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Me|Md|"
    r"Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Ohio|Okla|Or|"
    r"Pa|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Tex|Utah|Vt|Va|Wash|W\.\s?Va|Wis|Wyo"
)
# "Cal. Gov. Code § 7284.6", "Tex. Gov't Code Ann. § 752.053", "N.Y. Exec. Law § 844",
# "Minn. Stat. § 299A.82", "Tex. Code Crim. Proc. art. 2.251".
_PREFIXED_STATE = re.compile(
    rf"\b(?P<code>(?P<st>{_STATE_ABBR})\.?\s+(?:(?:[A-Z][\w'\u2019]*\.?|&|and)\s+){{0,5}}?"
    r"(?:Code|Law|Laws|Stat\.?|Statutes|Proc\.|Act)(?:\s+Ann\.)?)"
    r"\s*,?\s*(?P<mark>§§?|[Ss]ec(?:tions?|s?\.)|[Aa]rts?\.|[Aa]rticles?)\s*"
    rf"(?P<list>{_LIST})"
)
# "5 ILCS 805/15"
_ILCS = re.compile(r"\b(?P<ch>\d{1,3})\s+ILCS\s+(?P<act>\d+)\s*/\s*(?P<sec>\d+(?:[.\-]\d+)*[a-z]?)")
# "RCW 10.70.140", "ORS 181A.820", "K.C.C. 2.15.020", "MCC 2-173-005", "A.R.S. § 11-1051".
_ABBR_CODE = re.compile(
    r"\b(?P<abbr>RCW|ORS|NRS|KRS|MCL|CRS|C\.R\.S\.|A\.R\.S\.|O\.C\.G\.A\.|N\.J\.S\.A\.|(?:[A-Z]\.){2,5}|[A-Z]{2,5})"
    r"\s*(?:§\s*)?(?P<sec>\d+[A-Z]?(?:\.\d+[A-Za-z]?)+|\d{1,3}-\d{1,4}(?:\.\d+)?-\d{1,3}[A-Za-z]?|\d{1,3}-\d{1,4}(?:\.\d+)?[A-Za-z]?)"
    r"(?![\d\-]|\.\d)"
)
# Abbreviations whose sections have a single separator ("ORS 181A.820", "A.R.S. 11-1051"); any
# other abbreviation needs a longer section ("K.C.C. 2.15.020") to count as a code citation.
_KNOWN_ABBR = {"RCW", "ORS", "NRS", "KRS", "MCL", "CRS", "C.R.S.", "A.R.S.", "O.C.G.A.", "N.J.S.A."}
_NOT_CODE_ABBR = {"USA", "FY", "NO", "NOS", "PO", "TTY", "RE", "HB", "SB", "AB", "HF", "SF", "LB", "EO", "PL", "ID",
                  "US", "U.S.", "P.A.", "WWW", "AM", "PM", "A.M.", "P.M.", "ICE", "DHS", "DOJ", "FBI", "CBP"}

# A named code in running text. Either "<Capitalized words> Code|Statutes" ("Health and Safety
# Code", "Statute on Statutes", "Code of Criminal Procedure") or, in New York, "<name> law".
_CODE_NAME = (
    r"(?:[A-Z][\w'\u2019.]*\s+(?:(?:[A-Z][\w'\u2019.]*|and|on|&)\s+){0,4}?)?(?:Code|Statutes)"
    r"(?:\s+Annotated)?(?:\s+of\s+(?:Civil\s+Procedure|Criminal\s+Procedure|Ordinances|Iowa|Virginia|Alabama|"
    r"Washington|Georgia(?:\s+Annotated)?|North\s+Carolina|Missouri))?(?![\w'\u2019])"
    r"|Code\s+of\s+(?:Civil|Criminal)\s+Procedure"
)
_CODE_NAME_RE = re.compile(rf"\b(?:{_CODE_NAME})")
_NY_LAWS = {
    "executive": "Exec.", "penal": "Penal", "criminal procedure": "Crim. Proc.", "correction": "Correct.",
    "civil rights": "Civ. Rights", "judiciary": "Jud.", "education": "Educ.", "social services": "Soc. Serv.",
    "public health": "Pub. Health", "general municipal": "Gen. Mun.", "public officers": "Pub. Off.",
    "vehicle and traffic": "Veh. & Traf.", "labor": "Lab.", "county": "County",
    "municipal home rule": "Mun. Home Rule", "mental hygiene": "Mental Hyg.", "general business": "Gen. Bus.",
    "state finance": "State Fin.", "domestic relations": "Dom. Rel.", "election": "Elec.",
    "real property": "Real Prop.", "environmental conservation": "Envtl. Conserv.",
    "agriculture and markets": "Agric. & Mkts.", "insurance": "Ins.", "tax": "Tax",
}
_NY_LAW_RE = re.compile(
    r"\b(?P<name>" + "|".join(sorted((k.replace(" ", r"\s+") for k in _NY_LAWS), key=len, reverse=True))
    + r")\s+law\b(?!\s+of\s+\d)",
    re.IGNORECASE,
)
_NY_SIGNAL = re.compile(r"\b(?:executive|criminal\s+procedure|correction|civil\s+rights|judiciary)\s+law\b", re.I)

_CAL_CODES = {
    "government": "Gov.", "civil": "Civ.", "penal": "Penal", "health and safety": "Health & Safety",
    "welfare and institutions": "Welf. & Inst.", "vehicle": "Veh.", "education": "Educ.", "labor": "Lab.",
    "family": "Fam.", "evidence": "Evid.", "business and professions": "Bus. & Prof.",
    "code of civil procedure": "Civ. Proc.", "elections": "Elec.", "probate": "Prob.", "insurance": "Ins.",
    "public contract": "Pub. Cont.", "revenue and taxation": "Rev. & Tax.", "corporations": "Corp.",
    "unemployment insurance": "Unemp. Ins.", "military and veterans": "Mil. & Vet.", "financial": "Fin.",
    "public resources": "Pub. Res.", "public utilities": "Pub. Util.", "streets and highways": "Sts. & High.",
    "water": "Water", "commercial": "Com.", "harbors and navigation": "Harb. & Nav.",
    "food and agricultural": "Food & Agric.", "fish and game": "Fish & G.",
}
_TEX_CODES = {
    "government": "Gov't Code", "local government": "Loc. Gov't Code", "penal": "Penal Code",
    "health and safety": "Health & Safety Code", "education": "Educ. Code", "family": "Fam. Code",
    "transportation": "Transp. Code", "labor": "Lab. Code", "code of criminal procedure": "Code Crim. Proc.",
    "civil practice and remedies": "Civ. Prac. & Rem. Code", "election": "Elec. Code",
    "human resources": "Hum. Res. Code", "occupations": "Occ. Code", "property": "Prop. Code",
    "business and commerce": "Bus. & Com. Code", "water": "Water Code", "tax": "Tax Code",
    "insurance": "Ins. Code", "utilities": "Util. Code", "alcoholic beverage": "Alco. Bev. Code",
}
# Statute compilations cited by their full names, and their Bluebook forms.
_NAMED_STATUTES = {
    "florida statutes": "Fla. Stat.", "minnesota statutes": "Minn. Stat.", "oregon revised statutes": "Or. Rev. Stat.",
    "colorado revised statutes": "Colo. Rev. Stat.", "nevada revised statutes": "Nev. Rev. Stat.",
    "kentucky revised statutes": "Ky. Rev. Stat.", "missouri revised statutes": "Mo. Rev. Stat.",
    "revised statutes of missouri": "Mo. Rev. Stat.", "north carolina general statutes": "N.C. Gen. Stat.",
    "general statutes of north carolina": "N.C. Gen. Stat.", "connecticut general statutes": "Conn. Gen. Stat.",
    "general statutes": "Gen. Stat.", "wisconsin statutes": "Wis. Stat.", "arizona revised statutes": "Ariz. Rev. Stat.",
    "iowa code": "Iowa Code", "code of iowa": "Iowa Code", "code of virginia": "Va. Code",
    "code of alabama": "Ala. Code", "tennessee code annotated": "Tenn. Code Ann.", "utah code": "Utah Code",
    "official code of georgia annotated": "Ga. Code Ann.", "revised code of washington": "RCW",
}
_STATE_NAMES = {"california": "CA", "texas": "TX", "new york": "NY"}
_STATE_SIGNAL = re.compile(r"\b(California|Texas|New\s+York|CALIFORNIA|TEXAS|NEW\s+YORK)\b")

# "Section 7283", "Sections 6254, 7282, and 7284.6", "§ 1373", "Article 42.12", "adding a new
# section 844": a section reference whose code is read from its surroundings.
_SECTION_REF = re.compile(
    rf"(?P<kw>\b(?:sections?|secs?\.|arts?\.|articles?)|§§?)\s*(?P<list>{_LIST})", re.IGNORECASE
)
# What may stand between a section number and the code it belongs to: a closing parenthesis and
# a chain of larger units ("(commencing with Section 7284) to Division 7 of Title 1 of, the").
_UNITS = r"(?:\s*\))*(?:\s*,?\s*(?:of|to)\s+(?:Division|Part|Title|Chapter|Article|Subchapter)\s+[\dA-Za-z.]+(?:\s*\))*)*"
_CHAIN = re.compile(rf"(?i:{_UNITS})\s*,?\s*(?:of|OF)\s*,?\s+(?:the\s+|THE\s+)?")
# An owner we cannot read: "section 1 of part OO of chapter 55 of the laws of 2019", "of the Act".
_OF_UNKNOWN = re.compile(rf"(?>{_UNITS})\s*,?\s*of\b", re.IGNORECASE)
_OF_UNIT = re.compile(r"\s*,?\s*of\s+(?:Division|Part|Title|Chapter|Article|Subchapter)\b", re.IGNORECASE)
_OF_THIS = re.compile(r"\s*,?\s*of\s+this\s+(?P<unit>\w+)", re.IGNORECASE)
_OF_COMMA = re.compile(r"\s*of\s*,", re.IGNORECASE)
_COMMA_CODE = re.compile(rf"\s*,\s*(?P<code>{_CODE_NAME})")
_AMENDS = re.compile(r"\b(?:amend(?:ed|s|ing)?|add(?:ed|ing)?|repeal(?:ed|s|ing)?|to\s+read)\b", re.IGNORECASE)
_IMMIGRATION = re.compile(r"immigra|\baliens?\b|\bICE\b|U\.\s?S\.\s?C", re.IGNORECASE)
_HEADING_AFTER = re.compile(r"\.?\s+[A-Z]|\.\s*$|\s*$")
_DOTTED_SECTION = re.compile(r"^\d{2,}\.\d{2,}")
_INTERNAL_UNITS = {"chapter", "article", "code", "title", "division", "part", "subchapter", "law"}
_WELL_KNOWN_8USC = {"1373", "1644"}


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    normalized: str
    kind: str


@dataclass(frozen=True)
class _CodeMention:
    start: int
    end: int
    prefix: str  # normalized code name, e.g. "Cal. Gov. Code"
    amending: bool  # named in a sentence that amends, adds or repeals sections of it


# ---------------------------------------------------------------------------------------------


def find_citations(text: str) -> list[Citation]:
    """Every statute, regulation and case citation in `text`, in order of position."""
    if not text:
        return []
    state = _document_state(text)
    immigration = bool(_IMMIGRATION.search(text))
    codes = _code_mentions(text, state)
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []

    def accept(found: Iterator[_Hit]) -> None:
        # Earlier matchers win; within one matcher, several sections may share a span.
        batch = [h for h in found if not any(h.start < e and s < h.end for s, e in taken)]
        hits.extend(batch)
        taken.extend((h.start, h.end) for h in batch)

    cases, laws = _eyecite(text)
    accept(iter(cases))
    accept(_federal(text))
    accept(_prefixed_state(text))
    accept(_abbreviated_codes(text))
    accept(_ina(text))
    accept(_ina_287g(text))
    explicit = {h.normalized.rsplit(" ", 1)[-1]: h.normalized for h in hits if h.kind != "case"}
    accept(_section_refs(text, state, codes, explicit, immigration))
    accept(iter(laws))
    hits.sort(key=lambda h: h.start)
    return [Citation(h.normalized, h.kind, text[h.start : h.end], Span(h.start, h.end)) for h in hits]


# ---------------------------------------------------------------------------------------------
# eyecite


@lru_cache(maxsize=1)
def _tokenizer() -> object:
    from eyecite.tokenizers import default_tokenizer

    return default_tokenizer


def _eyecite(text: str) -> tuple[list[_Hit], list[_Hit]]:
    """One eyecite pass: full case citations, and law citations we keep as a fallback."""
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, FullLawCitation

    cases: list[_Hit] = []
    laws: list[_Hit] = []
    for c in get_citations(text, tokenizer=_tokenizer()):  # type: ignore[arg-type]
        if isinstance(c, FullCaseCitation):
            g = c.groups
            if not (g.get("volume") and g.get("page") and g.get("reporter")) or not str(g["page"]).isdigit():
                continue
            start, end = c.span()  # type: ignore[no-untyped-call]
            reporter = c.corrected_reporter() or g["reporter"]  # type: ignore[no-untyped-call]
            cases.append(_Hit(start, end, f"{g['volume']} {reporter} {g['page']}", "case"))
        elif isinstance(c, FullLawCitation):
            g = c.groups
            reporter = str(g.get("reporter") or "")
            section = g.get("section")
            if not section or reporter in {"Pub. L.", "Stat."} or "Const" in reporter:
                continue
            start, end = c.span()  # type: ignore[no-untyped-call]
            if "subject" in g and g.get("subject") and g["subject"] not in reporter:
                reporter = f"{reporter} {g['subject']}"
            lead = g.get("title") or g.get("chapter")
            name = f"{lead} {reporter}" if lead else reporter
            kind = "regulation" if "C.F.R" in reporter else "statute" if "U.S.C" in reporter else "state_code"
            laws.append(_Hit(start, end, f"{_clean_code(name)} § {_strip_sub(str(section))}", kind))
    return cases, laws


# ---------------------------------------------------------------------------------------------
# Federal statutes and regulations


def _federal(text: str) -> Iterator[_Hit]:
    for m in _OF_TITLE.finditer(text):
        code = re.sub(r"[\s.]", "", m["code"].lower())
        reg = code in {"cfr", "codeoffederalregulations"}
        name = f"{m['title']} C.F.R." if reg else f"{m['title']} U.S.C."
        for _s, _e, sec in _sections(m, "list"):
            # the whole phrase is one mention, so that its parts are not read again as bare sections
            yield _Hit(m.start(), m.end(), f"{name} § {sec}", "regulation" if reg else "statute")
    for m in _TITLE_FIRST.finditer(text):
        reg = "Regulations" in m["code"]
        name = f"{m['title']} C.F.R." if reg else f"{m['title']} U.S.C."
        for s, e, sec in _sections(m, "list", first_start=m.start()):
            yield _Hit(s, e, f"{name} § {sec}", "regulation" if reg else "statute")
    for m in _USC.finditer(text):
        for s, e, sec in _sections(m, "list", first_start=m.start()):
            yield _Hit(s, e, f"{m['title']} U.S.C. § {sec}", "statute")
    for m in _CFR.finditer(text):
        for s, e, sec in _sections(m, "list", first_start=m.start()):
            yield _Hit(s, e, f"{m['title']} C.F.R. § {sec}", "regulation")


def _ina(text: str) -> Iterator[_Hit]:
    for m in _INA_SECTION.finditer(text):
        group = "list" if m["list"] else "list2"
        for s, e, sec in _sections(m, group, first_start=m.start()):
            usc = _INA_TO_USC.get(sec)
            if usc:
                yield _Hit(s, e, f"8 U.S.C. § {usc}", "statute")
    for m in _OTHER_ACT_SECTION.finditer(text):
        yield _Hit(m.start(), m.end(), f"8 U.S.C. § {_ACT_TO_USC[m['num']]}", "statute")


def _ina_287g(text: str) -> Iterator[_Hit]:
    for m in _INA_287G.finditer(text):
        yield _Hit(m.start(), m.end(), "8 U.S.C. § 1357", "statute")


# ---------------------------------------------------------------------------------------------
# State and local codes


def _prefixed_state(text: str) -> Iterator[_Hit]:
    for m in _PREFIXED_STATE.finditer(text):
        name = _clean_code(m["code"])
        name = re.sub(r"\s+Ann\.$", "", name)
        article = m["mark"].lower().startswith("art")
        for s, e, sec in _sections(m, "list", first_start=m.start()):
            yield _Hit(s, e, f"{name} art. {sec}" if article else f"{name} § {sec}", "state_code")


def _abbreviated_codes(text: str) -> Iterator[_Hit]:
    for m in _ILCS.finditer(text):
        if _is_header_label(text, m.start(), m.end()):
            continue
        yield _Hit(m.start(), m.end(), f"{m['ch']} ILCS {m['act']}/{m['sec']}", "state_code")
    for m in _ABBR_CODE.finditer(text):
        abbr, sec = m["abbr"], m["sec"]
        if abbr.upper() in _NOT_CODE_ABBR or abbr in _NOT_CODE_ABBR:
            continue
        separators = len(re.findall(r"[.\-]", sec))
        if abbr not in _KNOWN_ABBR and separators < 2:
            continue
        if re.fullmatch(r"\d{3}-\d{3}-\d{4}", sec):  # a telephone number
            continue
        kind = "state_code" if abbr in _KNOWN_ABBR else "local_code"
        yield _Hit(m.start(), m.end(), f"{abbr} {sec}", kind)


def _is_header_label(text: str, start: int, end: int) -> bool:
    """A citation alone on its line in parentheses labels the section that follows ("(5 ILCS 805/5)")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line.startswith("(") and line.endswith(")") and len(line) <= end - start + 4


def _document_state(text: str) -> str | None:
    """The state whose codes unqualified code names ("Government Code") belong to."""
    counts: dict[str, int] = {}
    for m in _STATE_SIGNAL.finditer(text):
        st = _STATE_NAMES[re.sub(r"\s+", " ", m.group(1).lower())]
        counts[st] = counts.get(st, 0) + 1
    ny = len(_NY_SIGNAL.findall(text))
    if ny:
        counts["NY"] = counts.get("NY", 0) + ny
    for m in re.finditer(r"\b(Cal|Tex|N\.Y)\.\s+[A-Z]", text):
        st = {"Cal": "CA", "Tex": "TX", "N.Y": "NY"}[m.group(1)]
        counts[st] = counts.get(st, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


def _canonical_code(name: str, state: str | None) -> str | None:
    """The citation prefix for a code named in running text, or None when it is not a code."""
    raw = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip()
    if raw.lower().startswith("the "):
        raw = raw[4:]
    words = raw.split(" ")
    for st_name, st in _STATE_NAMES.items():  # "California Government Code"
        n = len(st_name.split(" "))
        if " ".join(words[:n]).lower() == st_name and len(words) > n:
            state, raw = st, " ".join(words[n:])
            break
    low = raw.lower()
    if low in _NAMED_STATUTES:
        return _NAMED_STATUTES[low]
    if low.endswith(" law"):
        key = re.sub(r"\s+", " ", low[:-4])
        if key in _NY_LAWS and state == "NY":
            return f"N.Y. {_NY_LAWS[key]} Law"
        return None
    key = low[:-5] if low.endswith(" code") else low
    if state == "CA" and key in _CAL_CODES:
        return f"Cal. {_CAL_CODES[key]} Code"
    if state == "TX" and key in _TEX_CODES:
        return f"Tex. {_TEX_CODES[key]}"
    if low in {"code", "statutes", "the code"}:
        return None
    return raw


def _code_mentions(text: str, state: str | None) -> list[_CodeMention]:
    found: list[tuple[int, int, str]] = []
    for m in _CODE_NAME_RE.finditer(text):
        canon = _canonical_code(m.group(0), state)
        if canon:
            found.append((m.start(), m.end(), canon))
    if state == "NY":
        for m in _NY_LAW_RE.finditer(text):
            canon = _canonical_code(m.group(0), state)
            if canon:
                found.append((m.start(), m.end(), canon))
    found.sort()
    out = []
    for s, e, canon in found:
        a, b = _sentence_bounds(text, s)
        out.append(_CodeMention(s, e, canon, bool(_AMENDS.search(text, a, b))))
    return out


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: from the previous '. ' / ':' / blank line to the next."""
    a = max(text.rfind(". ", 0, pos), text.rfind(":", 0, pos), text.rfind("\n\n", 0, pos), text.rfind(";", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find(":", pos), text.find("\n\n", pos), text.find(";", pos)) if i >= 0]
    return a + 1, min(ends) if ends else len(text)


def _section_refs(
    text: str, state: str | None, codes: list[_CodeMention], explicit: dict[str, str], immigration: bool
) -> Iterator[_Hit]:
    starts = [c.start for c in codes]
    for m in _SECTION_REF.finditer(text):
        article = m["kw"].lower().startswith("art")
        end = m.end()
        prefix = _code_before(text, m.start(), state)
        if prefix is None:
            prefix = _code_after(text, end, state)
        if prefix is None:
            if _is_heading(text, m.start(), end):
                continue
            this = _OF_THIS.match(text, end)
            if this:
                if this["unit"].lower() not in _INTERNAL_UNITS:
                    continue  # "section five of this act"
                prefix = _current_code(codes, starts, m.start())
                if prefix is None:
                    continue
            elif (_OF_UNKNOWN.match(text, end) or _OF_UNIT.match(text, end)) and not _OF_COMMA.match(text, end):
                # "section 1 of part OO of chapter 55 of the laws of 2019", "of the Act"; but a
                # section numbered like a code section ("752.053 of the Texas law") is one, as cited.
                if not _DOTTED_SECTION.match(m["list"]):
                    continue
                prefix = ""
        for s, e, sec in _sections(m, "list", first_start=m.start()):
            canon = prefix
            if canon is None:
                canon = _bare_section(text, m.start(), sec, codes, starts, explicit, immigration)
            if canon is None:
                continue
            if " § " in canon or " art. " in canon:  # complete: the section was seen with its code
                yield _Hit(s, e, canon, _kind_of(canon))
                continue
            # Codes organized in articles (Texas's Code of Criminal Procedure) cite articles; a
            # "Section" inside them is a part of an article, and an "Article" elsewhere is no code.
            if article != _is_article_code(canon):
                continue
            if article:
                yield _Hit(s, e, f"{canon} art. {sec}", "state_code")
            elif canon == "":
                yield _Hit(s, e, f"§ {sec}", "statute")
            else:
                yield _Hit(s, e, f"{canon} § {sec}", _kind_of(canon))


def _is_article_code(canon: str) -> bool:
    return canon.startswith("Tex.") and canon.endswith("Crim. Proc.")


def _kind_of(canon: str) -> str:
    if "U.S.C" in canon:
        return "statute"
    if "C.F.R" in canon:
        return "regulation"
    return "state_code" if canon.startswith(("Cal.", "Tex.", "N.Y.")) else "local_code"


def _code_before(text: str, pos: int, state: str | None) -> str | None:
    """'Penal Code Section 834c', 'Government Code Sections 6254, ...'."""
    window = text[max(0, pos - 80) : pos]
    m = re.search(rf"(?:{_CODE_NAME})\s*,?\s*$", window)
    if m:
        return _canonical_code(m.group(0).rstrip(" ,"), state)
    return None


def _code_after(text: str, pos: int, state: str | None) -> str | None:
    """'Section 1250 of the Health and Safety Code', 'Section 752.053, Government Code',
    'section 70.02 of the penal law', '(commencing with Section 7284) to Division 7 of Title 1 of, the
    Government Code'."""
    chain = _CHAIN.match(text, pos)
    if chain:
        at = chain.end()
        m = _CODE_NAME_RE.match(text, at)
        if m:
            return _canonical_code(m.group(0), state)
        if state == "NY":
            m = _NY_LAW_RE.match(text, at)
            if m:
                return _canonical_code(m.group(0), state)
    m = _COMMA_CODE.match(text, pos)
    if m:
        return _canonical_code(m["code"], state)
    if _OF_COMMA.match(text, pos):  # "Sections 7282 and 7282.5 of, and to add ..., the Government Code"
        a, b = _sentence_bounds(text, pos)
        m = _CODE_NAME_RE.search(text, pos, b)
        if m:
            return _canonical_code(m.group(0), state)
    return None


def _current_code(codes: list[_CodeMention], starts: list[int], pos: int) -> str | None:
    """The code the text at pos belongs to: the last code an earlier sentence amended or added to."""
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0:
        if codes[i].amending:
            return codes[i].prefix
        i -= 1
    return None


def _bare_section(
    text: str,
    pos: int,
    sec: str,
    codes: list[_CodeMention],
    starts: list[int],
    explicit: dict[str, str],
    immigration: bool,
) -> str | None:
    """The code of a section cited without one; '' means 'as cited' (§ N); None drops it."""
    if sec in explicit:
        return explicit[sec]
    if immigration and sec in _WELL_KNOWN_8USC:
        return f"8 U.S.C. § {sec}"
    a, b = _sentence_bounds(text, pos)
    if _AMENDS.search(text, a, b):  # "The executive law is amended by adding a new section 844"
        same = [c for c in codes if a <= c.start < b]
        if same:
            before = [c for c in same if c.start < pos]
            return (before[-1] if before else same[0]).prefix
    current = _current_code(codes, starts, pos)
    if current:
        return current
    if _DOTTED_SECTION.match(sec):
        return ""
    return None


def _is_heading(text: str, start: int, end: int) -> bool:
    """'SEC. 3.', 'Sec. 12H.1.', '§ 844. DETAINMENT', 'Section 5. Public safety.' at a line start."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return bool(_HEADING_AFTER.match(text, end))


# ---------------------------------------------------------------------------------------------
# Helpers


def _sections(m: re.Match[str], group: str, first_start: int | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, section) for each section in a list group; subsections dropped; a range of
    plain numbers ("1324-1325") gives both ends."""
    base = m.start(group)
    chunk = m[group]
    prev_end = 0
    for i, sm in enumerate(_LIST_SPLIT.finditer(chunk)):
        sep = chunk[prev_end : sm.start()]
        prev_end = sm.end()
        raw = sm.group(1)
        start = base + sm.start() if i or first_start is None else first_start
        end = base + sm.end()
        parts = re.fullmatch(r"(\d{3,})[-\u2013](\d{3,})", raw)
        if parts and len(parts[1]) == len(parts[2]) and int(parts[2]) > int(parts[1]):
            yield start, end, parts[1]
            yield start, end, parts[2]
            continue
        if i and not _RANGE_SEP.match(sep) and not re.search(r"\d", raw):
            continue
        yield start, end, raw


def _strip_sub(section: str) -> str:
    return re.sub(r"\(.*$", "", section).strip()


def _clean_code(name: str) -> str:
    name = name.replace("\u2019", "'")
    return re.sub(r"\s+", " ", name).strip()
