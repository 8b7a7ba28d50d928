"""Provisions of a policy text, coded on the taxonomy with the passage that establishes each code.

Three steps:

1. Segment: numbered units (sections, subsections, clauses in any of the usual numbering styles)
   are found at line starts and nested with a stack of numbering styles, the way a reader infers
   an outline; unnumbered paragraphs become units of their own. Each unit keeps its own text only
   (up to its first child), so units partition the document.
2. Frame: whether a passage forbids, requires or merely permits something is read from the modal
   structure of its clause ("shall not", "no ... may", "nothing in this section prohibits",
   "shall"), falling back to the lead-in of the enclosing units ("... shall not:" before a list).
3. Code: topic patterns (detainers, release dates, status questions, ...) combined with the frame
   give categories; a prohibition of a topic is a limit, a duty on it is a cooperation mandate.

Findings, whereas clauses, definitions and titles code nothing; purpose statements code only a
savings clause. All rules are general legal-drafting patterns; none is keyed on a known document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from entanglement.core.extract.lazy_regex import LazyRegex, LiteralIndex, letter_first, literal_view
from entanglement.core.extract.lazy_regex import lazy_compile as _lazy
from entanglement.core.models import CategoryEvidence, Provision, Span

__all__ = ["find_provisions", "is_policy_text", "MAX_TEXT_CHARS"]

# Texts beyond this size are not policy texts we can code in bounded time; callers get no provisions.
MAX_TEXT_CHARS = 1_000_000


@lru_cache(maxsize=1)
def _rule_openers() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Every opening literal of the topic rules, and the rules each opens (a rule with no known
    literal is opened by the empty string, which every text contains)."""
    openers: dict[str, list[int]] = {}
    for index, rule in enumerate(_RULES):
        for word in rule.pattern.literals or ("",):
            openers.setdefault(word, []).append(index)
    return tuple(openers), {word: tuple(rules) for word, rules in openers.items()}


def _module_patterns() -> Iterator[LazyRegex]:
    """Every pattern this module holds: its globals, and those inside its tables (rules, tuples)."""
    seen: set[int] = set()
    stack: list[object] = list(globals().values())
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, LazyRegex):
            yield item
        elif isinstance(item, _Rule):
            stack.extend((item.pattern, item.also, item.unless))
        elif isinstance(item, (tuple, list, set, frozenset)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


@lru_cache(maxsize=1)
def _sentence_index() -> LiteralIndex:
    """The literals of every pattern in this module, found in a sentence in one scan.

    A sentence is tested against a hundred rules and each rule's literal sets: a set of the literals
    it holds turns each of those substring tests into a hash lookup (measured: bench/extract_speed.py).
    Every pattern `_cannot_match` or `_lacks_a_required_set` is given a sentence's set for must be in
    this module, where `_module_patterns` finds it (tests/core/test_provisions_literal_index.py).
    """
    words: set[str] = set()
    for pattern in _module_patterns():
        words.update(pattern.literals or ())
        for branch in pattern.literal_sets:
            for alternatives in branch:
                words.update(alternatives)
    return LiteralIndex(words)


def _lacks_a_required_set(pattern: LazyRegex, contains: Callable[[str], bool]) -> bool:
    """True when every alternative of the pattern lacks all strings of one of its required sets."""
    # A rule needs its object as well as its verb ("disclose ... status"): most sentences with the
    # verb lack the object, and a substring test costs far less than the regex's scan. Each
    # alternative is ruled out by any one set of its words being absent.
    # Plain loops: a generator costs a Python frame, and this runs for every rule on every sentence.
    sets = pattern.literal_sets
    for branch in sets:
        for words in branch:
            if not any(map(contains, words)):
                break
        else:
            return False
    return bool(sets)


def _lacks_a_required_set_in(pattern: LazyRegex, present: frozenset[str]) -> bool:
    """`_lacks_a_required_set` against the literals a sentence holds (`_sentence_index`)."""
    sets = pattern.literal_frozensets
    # An alternative is ruled out when one of its sets shares nothing with the sentence's literals:
    # map over isdisjoint tests each set in C.
    isdisjoint = present.isdisjoint
    for branch in sets:
        if not any(map(isdisjoint, branch)):
            return False
    return bool(sets)


def _cannot_match(pattern: LazyRegex, words: str | frozenset[str]) -> bool:
    """True when the text holds none of the strings every match needs. `words` is the text's
    `literal_view`, or the set of this module's literals it holds (`_sentence_index`)."""
    # Substring tests on a whole text: compiling one alternation per pattern costs more at start-up
    # than it saves (measured with bench/policy_quality.py --speed).
    literals = pattern.literals
    # map over the bound method runs the loop in C: a generator costs a Python frame per literal.
    if literals is None:
        return False
    contains = words.__contains__
    if not any(map(contains, literals)):
        return True
    return _lacks_a_required_set(pattern, contains)


# --------------------------------------------------------------------------------------------------
# Is this a policy text?
# --------------------------------------------------------------------------------------------------

# A cue is one pattern or several whose weight counts once (a line-start anchor gets a pattern of its
# own: inside an alternation it makes the engine try every branch at every position).
_POLICY_CUES: tuple[tuple[LazyRegex | tuple[LazyRegex, ...], int], ...] = (
    (
        _lazy(
            r"\bBE IT (?:FURTHER )?(?:ENACTED|ORDAINED|RESOLVED)\b|\bDO(?:ES)? (?:HEREBY )?(?:ENACT|ORDAIN)\b"
            # "The General Assembly of North Carolina enacts:", "The people of the State of X enact:"
            r"|\b(?:General Assembly|Legislature|[Pp]eople) of (?:the State of )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:do )?enacts?:",
            re.I,
        ),
        3,
    ),
    (_lazy(r"\b(?:do|does) hereby (?:order|direct|declare|establish|resolve)\b", re.I), 3),
    # A resolving clause opening its own line ("Resolved: That ...", "RESOLVED, that ..."): the
    # enacting formula of a council resolution printed without "Be it".
    (_lazy(r"^[ \t]*(?:NOW,? THEREFORE,? )?RESOLVED[ \t]*[:,][ \t]*(?:that|That|THAT)\b", re.M | re.I), 3),
    (
        _lazy(
            # a printed bill may number the line ("1 A BILL TO BE ENTITLED")
            r"^\s*(?:\d{1,3}[ \t]+)?(?:AN ACT\b|AN ORDINANCE\b|A RESOLUTION\b|A BILL\b|EXECUTIVE ORDER\b|ADMINISTRATIVE ORDER\b|"
            r"GENERAL ORDER\b|SPECIAL ORDER\b|COMMAND ORDER\b|DIRECTIVE\b|POLICY DIRECTIVE\b|ORDINANCE NO\b|"
            r"STANDARD OPERATING PROCEDURES?\b|OPERATIONS ORDER\b|"
            r"RESOLUTION NO\b|Public Act\b|MEMORANDUM OF (?:AGREEMENT|UNDERSTANDING)\b"
            # a Florida bill's own title lines: "A bill to be entitled / An act relating to ..."
            r"|A bill to be entitled\b|An act relating to\b)",
            re.M,
        ),
        2,
    ),
    # An agreement stating its own terms: "This Memorandum of Agreement (MOA) constitutes an agreement
    # between ...", "The parties agree as follows".
    (
        _lazy(
            r"\bthis\s+(?:memorandum\s+of\s+(?:agreement|understanding)|MOA|MOU|agreement)\s+(?:\(\w+\)\s+)?"
            r"(?:constitutes|is\s+(?:made\s+and\s+)?entered\s+into|sets\s+forth\s+the\s+terms)\b|\bthe\s+parties\s+(?:hereby\s+)?agree\b",
            re.I,
        ),
        2,
    ),
    (
        _lazy(
            letter_first(
                r"is (?:hereby )?(?:amended|added|repealed)|are (?:hereby )?(?:amended|added|repealed)|to read as follows",
                ignore_case=True,
            )
            + r"\b",
            re.I,
            word_start=False,
        ),
        2,
    ),
    # An amendment's own instructions ("Amend House File 12 as follows: By striking ... and
    # inserting", "NEW SECTION"): a cue of its own, so that its rare words gate it.
    (
        _lazy(
            letter_first(
                r"Amend (?:Senate|House|Assembly|SENATE|HOUSE|ASSEMBLY) (?:File|Bill|FILE|BILL)\b"
                r"|AMEND (?:Senate|House|Assembly|SENATE|HOUSE|ASSEMBLY) (?:File|Bill|FILE|BILL)\b"
                r"|by (?:striking|STRIKING)\b[^.;]{0,80}?\b(?:and|AND) (?:inserting|INSERTING)\b"
                r"|By (?:striking|STRIKING)\b[^.;]{0,80}?\b(?:and|AND) (?:inserting|INSERTING)\b"
                r"|BY (?:striking|STRIKING)\b[^.;]{0,80}?\b(?:and|AND) (?:inserting|INSERTING)\b|NEW SECTION\b"
            ),
            word_start=False,
        ),
        2,
    ),
    (_lazy(r"\b(?:shall take|takes) effect\b|\beffective immediately\b", re.I), 1),
    (
        (
            _lazy(r"\bit is (?:the|hereby the) policy of\b|\bpolicies and procedures\b", re.I),
            _lazy(r"^\s*(?:PURPOSE|POLICY|PROCEDURES?)\s*:", re.I | re.M),
        ),
        2,
    ),
    (
        _lazy(
            # "The purpose of this General Order": a department's order names its own kind
            letter_first(
                r"purpose of this (?:(?:general|special|executive|administrative|command|operations|departmental)\s+)?"
                r"(?:chapter|ordinance|act|policy|section|order|directive|article|agreement|MOA|MOU|memorandum)\b"
                r"|shall be (?:known|cited) as\b|may be (?:known|cited) as\b",
                ignore_case=True,
            ),
            re.I,
            word_start=False,
        ),
        2,
    ),
    # A policy naming itself as it opens ("This Federal Immigration Authority Contact Policy is
    # intended to comply with ...", "This Directive applies to all members").
    (
        _lazy(
            r"\bThis[ \t]+(?:[A-Z][\w-]*[ \t]+){0,6}(?:Policy|Ordinance|Directive|Regulation|Procedure|General[ \t]+Order|Protocol)"
            r"[ \t]+(?:is[ \t]+intended|outlines|applies|establishes|sets[ \t]+forth|governs|is[ \t]+adopted)\b"
        ),
        2,
    ),
)

# (pattern, [(minimum occurrences, weight), ...]): the highest tier reached counts. Genre cues
# grow with length so that a long opinion or story quoting a statute still reads as what it is.
_NON_POLICY_CUES: tuple[tuple[LazyRegex, tuple[tuple[int, int], ...]], ...] = (
    # Spelled out in its three cases and without a leading \b, so that the scan skips ahead on the
    # first letters instead of trying every position: the cues below run over whole texts. The
    # lookbehind after each word keeps "aforesaid" out.
    (
        _lazy(
            r"(?:said(?<!\wsaid)|Said(?<!\wSaid)|SAID(?<!\wSAID)|says(?<!\wsays)|Says(?<!\wSays)|SAYS(?<!\wSAYS)"
            r"|told(?<!\wtold)|Told(?<!\wTold)|TOLD(?<!\wTOLD)|according to(?<!\waccording to)|According to(?<!\wAccording to)"
            r"|ACCORDING TO(?<!\wACCORDING TO))\b"
        ),
        ((1, 1), (3, 4), (10, 8)),
    ),
    (_lazy(r"^\s*Dear\b", re.M), ((1, 3),)),
    (_lazy(r"^\s*(?:Sincerely|Respectfully(?: submitted)?|Yours truly|Very truly yours)\b", re.M), ((1, 2),)),
    (_lazy(r"\bI (?:hereby )?certify\b|\bunder penalty of perjury\b", re.I), ((1, 4),)),
    (
        _lazy(
            letter_first(
                r"Plaintiffs?\b|plaintiffs?\b|Defendants?\b|defendants?\b|the Court\b|this Court\b|IT IS SO ORDERED\b"
                r"|MEMORANDUM (?:OPINION|AND ORDER)\b|motion to dismiss\b|preliminary injunction\b|PRELIMINARY INJUNCTION\b"
                r"|Petitioners?\b|petitioners?\b|Appellants?\b|appellants?\b|Appellees?\b|appellees?\b"
            ),
            word_start=False,
        ),
        ((3, 4), (10, 8), (25, 14)),
    ),
    # A court's caption: the court named on a line of its own.
    (
        _lazy(
            r"^[ \t]*(?:IN\s+THE\s+)?(?:UNITED\s+STATES\s+(?:DISTRICT\s+COURT|COURT\s+OF\s+APPEALS|BANKRUPTCY\s+COURT)|SUPREME\s+COURT\s+OF\s+(?:THE\s+)?[A-Z]|"
            r"(?:SUPERIOR|CIRCUIT|DISTRICT|CHANCERY)\s+COURT\s+(?:OF|FOR)\s+[A-Z]|COURT\s+OF\s+APPEALS?\s+(?:OF|FOR)\s+[A-Z])",
            re.M,
        ),
        ((1, 4),),
    ),
    (
        _lazy(
            r"\b(?:we conclude|in our (?:opinion|view)|we recommend|you (?:have )?asked|question presented|"
            # "This Memorandum of Agreement" is an agreement, not a legal memo.
            r"this memorandum(?!\s+of\s+(?:agreement|understanding))|our analysis|in my opinion)\b",
            re.I,
        ),
        ((1, 4),),
    ),
    (
        _lazy(
            r"\b(?:we hold|we affirm|we reverse|reversed and remanded|the panel|Circuit Judge|District Judge)\b",
            re.I,
        ),
        ((1, 3),),
    ),
    # A statute names "the district court" where a petition goes; an opinion keeps coming back to it.
    (_lazy(r"\bthe district court\b", re.I), ((3, 3),)),
    # "\\b\\d{1,4} (?:F.|U.S.|S. Ct.) \\d{1,4}\\b|\\b\\d{4} WL \\d+" opening with its first digit, so the engine
    # skips to digits (see letter_first)
    (
        _lazy(
            r"\d(?<!\w\d)(?:\d{0,3} (?:F\.(?: Supp\.)? ?[234]?d?|U\.S\.|S\. ?Ct\.) \d{1,4}\b|\d{3} WL \d+)", word_start=False
        ),
        ((3, 2),),
    ),
    (_lazy(r"FOR IMMEDIATE RELEASE|^\s*###\s*$|\bMedia Contact\b|\bPress Release\b", re.I | re.M), ((1, 4),)),
    # A story of a lawsuit: who sued, who appealed, which circuit ruled. Statutes name courts, not their
    # numbered circuits, and no law "appealed".
    (
        _lazy(
            r"(?:lawsuits?|Lawsuits?|appealed|Appealed)\b"
            r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.C\.)\s+Circuit\b"
        ),
        ((2, 2), (4, 3)),
    ),
    (_lazy(letter_first("we|our|us", ignore_case=True) + r"\b", re.I, word_start=False), ((6, 2), (20, 4))),
    # News time and attribution: "on Tuesday", "this week", "citing". Laws date themselves by
    # calendar dates, not weekdays.
    (
        _lazy(
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|citing(?<!\wciting)|this week|This week|last week"
            r"|Last week|next week|Next week|this month|This month|last month|Last month)\b"
        ),
        ((1, 1), (3, 3)),
    ),
)

# Records and summaries of policies, as families of cues: (patterns, tiers), the tiers read on the
# sum of the patterns' counts. Each pattern opens with its words in their usual cases (no
# IGNORECASE, no leading assertion), so the regex engine can skip ahead to its first letters: a
# text without them costs a substring test and one fast scan per pattern, where one alternation of
# all the branches made the regex engine try every position.
_RECORD_CUES: tuple[tuple[tuple[LazyRegex, ...], tuple[tuple[int, int], ...]], ...] = (
    # A staff report to a council: its own headings, and staff recommending what the council adopt.
    (
        (
            _lazy(
                r"^[ \t]*(?:RECOMMENDATIONS?|FISCAL\s+IMPACT|BACKGROUND|STAFF\s+REPORT|AGENDA\s+(?:REPORT|ITEM|BILL)|"
                r"ALTERNATIVES|PREVIOUS\s+COUNCIL\s+ACTION|ATTACHMENTS?)[ \t]*:?[ \t]*$",
                re.M,
            ),
            _lazy(r"\b[Ss]taff\s+recommends\b"),
        ),
        ((2, 3), (3, 5)),
    ),
    # A town-meeting warrant article: "To see if the Town will vote to ...", "or take any other action
    # relative thereto", "(Inserted by ... registered voters)".
    (
        (
            _lazy(
                r"(?:see|See|SEE)\s+(?:if|IF)\s+(?:the|THE)\s+(?i:town|city|county|village|district|borough|inhabitants|voters)\b"
                r"[^.;]{0,60}?\b(?i:will)\s+(?i:vote|act|raise|appropriate|authorize|adopt|accept|amend|petition)"
            ),
            _lazy(r"(?:action|Action|ACTION|anything)\s+(?i:relative|related|pertaining)\s+(?i:thereto)\b"),
            _lazy(r"(?:inserted|Inserted|INSERTED)\s+(?i:by)\b[^.;)]{0,80}?\b(?i:registered\s+voters)\b"),
        ),
        ((1, 6),),
    ),
    # Proceedings: called to order, the floor opened on an article, a member recusing, adjourned,
    # minutes headings. An adopted resolution's own vote block ("On motion of ..., seconded by ...;
    # AYES: ...") is no such cue.
    (
        (
            _lazy(r"(?:called|Called|CALLED)\s+(?i:(?:the\s+(?:meeting|session)\s+|this\s+meeting\s+)?to\s+order)\b"),
            _lazy(r"(?:meeting|Meeting|MEETING|session|Session|floor|Floor)\s+(?i:(?:is|was|stands)\s+adjourned|is\s+(?:now\s+)?open)\b"),
            _lazy(r"(?:motion|Motion|MOTION)\s+(?i:to\s+adjourn)\b"),
            _lazy(r"(?:recus|Recus)(?:es|ed|ing)\s+(?:himself|herself|themselves)\b"),
            _lazy(r"(?:minutes|Minutes|MINUTES)\s+(?i:of\s+the\s+(?:\w+\s+){0,3}?meeting)\b"),
            _lazy(
                r"^[ \t]*(?:CALL TO ORDER|Call to Order|ADJOURNMENT|Adjournment|ROLL CALL|Roll Call|APPROVAL OF (?:THE )?MINUTES"
                r"|Approval of (?:the )?Minutes)[ \t]*:?[ \t]*$",
                re.M,
            ),
        ),
        ((1, 4),),
    ),
    # A motion put or counted: "MOTION:", "I move that", "voted 7-2".
    (
        (
            _lazy(r"^[ \t]*(?:MOTION|MOVED|VOTED|Motion|Moved)[ \t]*:", re.M),
            _lazy(r"move(?<=\bI move)\s+(?:that|to)\b"),
            _lazy(r"voted(?<!\wvoted)\s+\d{1,3}\s*[-–]\s*\d{1,3}\b"),
        ),
        ((1, 2),),
    ),
    # The meeting's officers.
    ((_lazy(r"Moderator\b|Meeting\s+Members?\b|TMMs?\b"),), ((1, 2),)),
    # A summary of a bill: "The bill requires ...", "Present Situation", "Effect of Proposed Changes".
    (
        (
            _lazy(
                r"(?:bill|Bill|BILL)(?<!\wbill)(?<!\wBill)(?<!\wBILL)\s+(?:also\s+)?"
                r"(?:requires|prohibits|provides|creates|amends|authorizes|establishes|directs|allows|specifies|defines)\b"
            ),
        ),
        ((1, 2), (3, 4)),
    ),
    ((_lazy(r"Present\s+Situation\b|Effect\s+of\s+Proposed\s+Changes\b"),), ((1, 4),)),
    # A list of other places' policies describes them ("the ordinance prohibits"); a policy calls
    # itself "this ordinance".
    (
        (
            _lazy(
                r"(?:ordinance|Ordinance|resolution|Resolution|directive|Directive|policy|Policy)"
                + "".join(
                    rf"(?<!{det}\s{noun})(?<!\w{noun})"
                    for noun in ("ordinance", "Ordinance", "resolution", "Resolution", "directive", "Directive", "policy", "Policy")
                    for det in ("this", "This", "THIS")
                )
                + r"\s+(?:also\s+)?(?:requires|prohibits|bars|limits|restricts|forbids)\b"
            ),
        ),
        ((2, 2), (4, 4)),
    ),
    # Questions and answers about a policy explain it.
    (
        (
            _lazy(r"(?:Frequently|FREQUENTLY)\s+(?:Asked|ASKED)\s+(?:Questions|QUESTIONS)"),
            _lazy(r"^[ \t]*(?:Q:|Q\.|Question:)[ \t]", re.M),
        ),
        ((1, 2), (3, 4)),
    ),
    # A staff report or agenda item recommends a policy.
    (
        (
            _lazy(
                r"^[ \t]*(?:STAFF\s+REPORT|Staff\s+Report|AGENDA\s+ITEM|Agenda\s+Item|RECOMMENDED\s+ACTION|Recommended\s+Action"
                r"|FISCAL\s+IMPACT|Fiscal\s+Impact|PREVIOUS\s+(?:COUNCIL|BOARD)\s+ACTION|Previous\s+(?:Council|Board)\s+Action)\b",
                re.M,
            ),
        ),
        ((2, 4),),
    ),
)


# Header fields of general orders, manuals and operating procedures. A memo or letter has "Subject:"
# and "Date:" too, so only the fields of a controlled document count.
_ORDER_FIELD = _lazy(
    r"(?:^|[ \t]{2,}|\|)[ \t]*(?P<field>Effective(?:\s+Date)?|Rescinds|Supersedes|Amends|Distribution|Review(?:\s+Date)?|Revision(?:\s+Date)?|"
    r"Approved\s+By|Issuing\s+Authority|(?:General\s+)?Order\s+(?:No\.?|Number)|(?:Policy|Procedure|Directive|SOP)\s+(?:No\.?|Number|#)|"
    r"Accreditation\s+Standards?|Related\s+(?:Policies|Orders)|"
    # a school's or university's policy template: "Policy Administrator:", "Authority:", "Applies to:"
    r"Policy\s+(?:Statement|Administrator|Owner|Custodian|File\s+Number)|Authority|Responsible\s+(?:Office|Officer|Party|Department)|"
    r"Applies\s+To|Applicability|Index\s+Cross-References)[ \t]*:",
    re.I | re.M,
)
# The section headings of a policy template on lines of their own ("I. Purpose", "2. SCOPE",
# "Definitions:"): two different ones mark a policy document.
_TEMPLATE_HEADING = _lazy(
    r"^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?|[A-H])[.)][ \t]+)?"
    r"(?P<heading>Purpose|Scope|Policy(?:\s+Statement)?|Definitions|Procedures?|Responsibilities|Applicability|"
    r"PURPOSE|SCOPE|POLICY(?:\s+STATEMENT)?|DEFINITIONS|PROCEDURES?|RESPONSIBILITIES|APPLICABILITY)[ \t]*:?[ \t]*$",
    re.M,
)
_SECTION_MARK = _lazy(
    r"^[ \t]*(?:SECTION|Section|SEC\.|Sec\.|§+|Art\.|ARTICLE|Article)[ \t]*\d+[A-Za-z]?(?:[.\-]\d+[A-Za-z]?)*\.?",
    re.M,
)
# "\\b(?:shall|must|(?:may|will)\\s+not|will\\s+no\\s+longer|(?:is|are)\\s+prohibited)\\b", written letter first
# (it is counted over whole texts).
_SHALL = _lazy(
    letter_first(r"shall|must|may\s+not|will\s+not|will\s+no\s+longer|is\s+prohibited|are\s+prohibited", ignore_case=True)
    + r"\b",
    re.I,
    word_start=False,
)
_CLAUSE_LINE = _lazy(r"^[ \t]*\((?:\d{1,3}|[a-z]{1,4}|[A-Z])\)[ \t]*(?:\(\w{1,4}\)[ \t]*)*[A-Z]", re.M)
# "a. Limits ..." lines: statutes letter their clauses so, but so does any list, so they weigh less
_LETTER_LINE = _lazy(r"^[ \t]*[a-h]\.[ \t]+[A-Z]", re.M)
_DECIMAL_HEADING = _lazy(r"^[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?[ \t]+[A-Z]", re.M)
_SELF_REFERENCE = _lazy(
    r"\b(?:sub)?(?:section|paragraph|subdivision)\s+\(\w{1,4}\)(?:\(\w{1,4}\))*\s+of\s+this\s+(?:section|chapter|act|part)\b"
    r"|\bAs used in this (?:section|chapter|act|ordinance|policy|article|part)\b"
    # "For purposes of this subsection, the term ... means", "... for purposes of this chapter",
    # "This subsection applies to ...": a statute scoping its own terms and rules.
    r"|\b[Ff]or (?:the )?purposes of this (?:sub)?(?:section|chapter|act|part|article|paragraph)\b"
    r"|\b[Tt]his (?:sub)?(?:section|paragraph) (?:applies|does not apply|shall apply|shall not apply)\b"
)
# Its own pattern: a line-start anchor inside an alternation makes the engine try every branch at
# every position (three times slower over a text).
_NOTWITHSTANDING_LINE = _lazy(r"^[ \t]*(?:\(\w{1,4}\)[ \t]*)?Notwithstanding\b", re.M)
# A definitions section: lines that open with a quoted term and define it ("2. \u201cSanctuary policy\u201d
# means ..."). A story quotes a statute's definition in running text, not line after line.
_DEFINITION_LINE = _lazy(
    r"^[ \t]*(?:\(?\w{1,4}[.)][ \t]+)?[\"\u201c][A-Z][^\"\u201d\n]{1,80}[\"\u201d][ \t]+"
    r"(?:means|shall mean|includes|has the meaning|refers to)\b",
    re.M,
)
_BARE_SECTION_MARK = _lazy(
    r"^[ \t]*(?:\d{3,}[A-Za-z]?(?:\.\d+[A-Za-z]?)*|\d{1,3}[A-Z]?-\d{1,3}(?:\.\d+)?-\d{1,4}(?:\.\d+)?)\.[ \t]", re.M
)
# An official summary states the measure's rules paragraph by paragraph ("The act prohibits a
# probation officer from ..."), or lists them as bare duties under a lead-in ("Officers:" then
# "Cannot ask ...", "May not ..."). A story reports such rules with attributions around them,
# which its own cues count.
_SUMMARY_RULE = _lazy(
    r"^[ \t]*(?:The|This)[ \t]+(?:act|bill|law|ordinance|directive|order|policy|resolution|measure)[ \t]+(?:also[ \t]+)?"
    r"(?:prohibits|requires|allows|authorizes|limits|bars|directs|permits|forbids|restricts|prevents|mandates)\b",
    re.M | re.I,
)
# A legislature's or tracker's bill page: its labelled fields at line starts ("Last Action",
# "Sponsors", "Synopsis:", "Digest of Introduced Bill", "Passed House ..."). The page states the
# bill's provisions as its summary; a story about a bill does not print these fields line by line.
_BILL_PAGE_FIELD = _lazy(
    r"^[ \t\u2022*-]*(?P<field>Last Action|Bill Documents|Bill Request Number|Bill Status|Primary Sponsors?|Sponsors?|"
    r"Co-?Sponsors?|Synopsis|Vote Smart's Synopsis|Digest|DIGEST OF (?:INTRODUCED|ENGROSSED|ENROLLED) BILL|"
    r"Summary of (?:Original|Current|Enrolled) Version|AI Summary|Bill Summary|Official Summary|Abstract|"
    r"Citations Affected|Signed by (?:the )?Governor|Introduced in (?:the )?(?:House|Senate|Assembly)|"
    r"Passed (?:the )?(?:House|Senate|Assembly)|Key Vote|Stage Details|Fiscal (?:Impact|Note)s?(?: Statements?)?)\b",
    re.M,
)
# A rule's lead-in that ends on its modal and opens a list ("Neither officers nor staff shall:"
# then "• Release ..."): drafting, not reporting.
_MODAL_LEAD_IN_LIST = _lazy(
    r"\b(?:shall|must|will|may)(?:\s+not)?\s*:[ \t]*\n\s*(?:[\u2022\-*\u25aa\u25e6]|\(?[a-zA-Z0-9]{1,3}[.)])",
)
# A legislative digest: what the law is now, then what the bill would change ("Under existing law,
# ... This bill would make it a crime ..."). Both halves are needed; either alone is a story's.
_EXISTING_LAW = _lazy(r"^[ \t]*(?:Under[ \t]+existing[ \t]+law|Existing[ \t]+law)\b", re.M)
_THIS_BILL_WOULD = _lazy(r"^[ \t]*This[ \t]+(?:bill|act|measure)[ \t]+(?:also[ \t]+)?would\b", re.M)
_BARE_DUTY_LINE = _lazy(
    r"^[ \t]*(?:[-•*▪◦][ \t]*)?(?:Cannot|Can[ \t]+not|May[ \t]+not|Shall[ \t]+not|Must[ \t]+not|Will[ \t]+not|Must|Shall)[ \t]+[a-z]",
    re.M,
)


def is_policy_text(text: str) -> bool:
    """True when the text reads as an ordinance, statute, executive order or directive.

    News stories, press releases, letters, certifications and court opinions often quote policy
    language; they are told apart by the cues of their own genre (attribution verbs, salutations,
    party names, attestations), which outweigh borrowed "shall"s.
    """
    if not text or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return False
    return _reads_as_policy(text)


# The pipeline asks is_policy_text and then find_provisions, which asks again: the answer for the
# last few texts is kept (a str caches its own hash, so a hit costs one dictionary lookup).
@lru_cache(maxsize=4)
def _reads_as_policy(text: str) -> bool:
    sample = text[:_GENRE_SAMPLE]
    folded = literal_view(sample)
    policy = _policy_score(sample, folded)
    # Most texts are stories and letters with no drafting cues: their other-genre cues need no reading.
    if policy < 2:
        return False
    return _non_policy_score(sample, folded, stop_at=policy) < policy


def _genre_scores(text: str) -> tuple[int, int]:
    """(cues of a policy text, cues of other genres): weighted sums over the first 200,000 characters."""
    sample = text[:_GENRE_SAMPLE]
    folded = literal_view(sample)
    return _policy_score(sample, folded), _non_policy_score(sample, folded)


_GENRE_SAMPLE = 200_000


def _policy_score(sample: str, folded: str) -> int:
    """The weighted cues of a policy text. Each cue is looked for only where the words it needs occur
    (`folded`: the sample's `literal_view`)."""

    def found(pattern: LazyRegex) -> bool:
        return not _cannot_match(pattern, folded) and pattern.search(sample) is not None

    def count(pattern: LazyRegex) -> int:
        return 0 if _cannot_match(pattern, folded) else len(pattern.findall(sample))

    policy = sum(
        weight
        for cue, weight in _POLICY_CUES
        if (any(map(found, cue)) if isinstance(cue, tuple) else found(cue))
    )
    sections = len(_SECTION_MARK.findall(sample)) + len(_BARE_SECTION_MARK.findall(sample))
    policy += 2 if sections >= 2 else (1 if sections == 1 else 0)
    # Drafting structure: clauses numbered at line starts ("(1)", "(a)", "(A)"), an outline of
    # decimal headings ("2.0 DEFINITIONS"), and a text that refers to its own parts ("subsection
    # (1) of this section", "Notwithstanding ..."). Stories and letters rarely show these.
    clauses = len(_CLAUSE_LINE.findall(sample))
    policy += 2 if clauses >= 3 else (1 if clauses >= 1 or count(_LETTER_LINE) >= 3 else 0)
    policy += 2 if len(_DECIMAL_HEADING.findall(sample)) >= 2 else 0
    # A statute refers to its own parts again and again; a story quoting one does so once or twice.
    self_references = count(_SELF_REFERENCE) + count(_NOTWITHSTANDING_LINE)
    policy += 2 if self_references >= 3 else (1 if self_references else 0)
    policy += 2 if count(_DEFINITION_LINE) >= 2 else 0
    policy += 2 if found(_EXISTING_LAW) and found(_THIS_BILL_WOULD) else 0
    policy += 2 if found(_MODAL_LEAD_IN_LIST) else 0
    if not _cannot_match(_BILL_PAGE_FIELD, folded):
        fields = {m.group("field").lower() for m in _BILL_PAGE_FIELD.finditer(sample[:20_000])}
        policy += 3 if len(fields) >= 2 else 0
    if not _cannot_match(_ORDER_FIELD, folded):
        fields = {" ".join(m.group("field").lower().split()) for m in _ORDER_FIELD.finditer(sample[:5000])}
        policy += 3 if len(fields) >= 2 else 0
    if not _cannot_match(_TEMPLATE_HEADING, folded):
        headings = {" ".join(m.group("heading").lower().split()) for m in _TEMPLATE_HEADING.finditer(sample)}
        policy += 2 if len(headings) >= 2 else 0
    words = max(1, len(sample.split()))
    modals = len(_SHALL.findall(sample))
    shall_rate = 1000 * modals / words
    # One "must" in a two-line story is a high rate but no drafting habit: the top tier takes two.
    policy += 2 if shall_rate >= 8 and modals >= 2 else (1 if shall_rate >= 3 else 0)
    policy += 2 if count(_SUMMARY_RULE) >= 2 or count(_BARE_DUTY_LINE) >= 3 else 0
    return policy


def _non_policy_score(sample: str, folded: str, *, stop_at: int | None = None) -> int:
    """The weighted cues of other genres (stories, letters, opinions, records); the sum so far once it
    reaches `stop_at`, which is all a comparison with that score needs."""

    def count(pattern: LazyRegex) -> int:
        return 0 if _cannot_match(pattern, folded) else len(pattern.findall(sample))

    non_policy = 0
    for pattern, tiers in _NON_POLICY_CUES:
        hits = count(pattern)
        non_policy += max((weight for minimum, weight in tiers if hits >= minimum), default=0)
        if stop_at is not None and non_policy >= stop_at:
            return non_policy
    for patterns, tiers in _RECORD_CUES:
        hits = sum(count(pattern) for pattern in patterns)
        non_policy += max((weight for minimum, weight in tiers if hits >= minimum), default=0)
        if stop_at is not None and non_policy >= stop_at:
            return non_policy
    return non_policy


# --------------------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------------------

_NUM = r"\d+[A-Za-z]?(?:[.\-]\d+[A-Za-z]?)*"
# Section-level markers. The number must be followed by punctuation, a capitalized heading or the
# end of the line, so that "Section 1373 of Title 8" wrapped onto a new line is not a section.
_SECTION_RE = _lazy(
    rf"(?P<kw>SECTION|Section|SEC\.?|Sec\.?|§§?|Art\.|ARTICLE|Article|ART\.|Rule|RULE)[ \t]*(?P<num>{_NUM})"
    r"(?P<end>\.(?!\d)|:|[ \t]+[—–-][ \t]+|(?=[ \t]+[A-Z\[(\"“])|(?=[ \t]*$))"
)
# A bare statute section number ("7284.6." or "12H.2."), as codes print them.
_BARE_SECTION_RE = _lazy(
    r"(?P<num>\d{3,}[A-Za-z]?(?:\.\d+[A-Za-z]?)*(?:-\d+)?|\d+[A-Za-z]?\.\d+[A-Za-z]?(?:\.\d+)*)\.(?=[ \t])"
)
# A code section number with a three- or four-digit decimal part ("908.104 Cooperation ..."),
# printed without a final period; decimal outlines of manuals ("2.1 Deputies") stay sub-units.
_CODE_SECTION_RE = _lazy(r"(?P<num>\d{1,4}[A-Za-z]?\.\d{3,4}[A-Za-z]?)(?=[ \t]+[A-Z])")
_CONTAINER_RE = _lazy(
    rf"(?P<kw>CHAPTER|Chapter|PART|Part|DIVISION|Division|TITLE|Subchapter|SUBCHAPTER)[ \t]+(?P<num>{_NUM}|[IVXLC]+)"
    r"(?P<end>\.(?!\d)|:|[ \t]+[—–-][ \t]+|(?=[ \t]+[A-Z])|(?=[ \t]*$))"
)
_ROMAN_SECTION_RE = _lazy(r"(?P<num>[IVX]{1,5})\.(?=[ \t]+[A-Z])")
_PAREN_RE = _lazy(r"\((?P<label>[A-Za-z]{1,4}|\d{1,3})\)(?=[ \t(]|$)")
_DOT_RE = _lazy(r"(?P<label>[A-Za-z]|[ivxIVX]{1,5}|\d{1,3})[.)](?=[ \t]+\S)")
_MEMO_LABEL_RE = _lazy(
    r"(?:To|From|Subject|Re|Date|Cc|Attn|Memo|TO|FROM|SUBJECT|RE|DATE|CC|FILE|TITLE|NO|EFFECTIVE DATE|REVISED|"
    r"AUTHORITY|APPROVED BY|ISSUED BY|DISTRIBUTION|REFERENCES?)[ \t]*:"
)
_LABEL_HEAD_RE = _lazy(
    r"(?P<label>[A-Z][A-Z &/]{2,30}|To|From|Subject|Re|Date|Cc|Attn|Memo)[ \t]*:(?=[ \t]|$)"
)

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int | None:
    s = s.lower()
    if not s or any(ch not in _ROMAN_VALUES for ch in s) or not re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN_VALUES[ch]
        if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > value:
            total -= value
        else:
            total += value
    return total or None


@dataclass
class _Node:
    """A unit under construction: its marker, its own text span, its place in the outline."""

    number: str | None
    label: str | None
    style: str
    start: int
    end: int
    parent: _Node | None
    heading: str | None = None
    body_start: int = 0
    value: int = 0
    children: list[_Node] = field(default_factory=list)

    def path(self) -> str | None:
        parts: list[str] = []
        node: _Node | None = self
        while node is not None:
            if node.label is not None and node.style != "container":
                parts.append(node.label)
                if node.style.startswith("dec"):
                    break  # "3.1.2" already names its whole path
            node = node.parent
        if not parts:
            return None
        parts.reverse()
        out = parts[0]
        for part in parts[1:]:
            out += part if part.startswith("(") else f"({part})"
        return out


_BOUNDARY_END = _lazy(r"""[.:;!?]["'”’)\]]*\s*$|\b(?:and|or)\s*$""")


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _sub_style(kind: str, label: str) -> list[tuple[str, int]]:
    """Candidate (style, ordinal) readings of a sub-marker label; roman and letter readings compete."""
    out: list[tuple[str, int]] = []
    if label.isdigit():
        return [(f"{kind}digit", int(label))]
    if len(label) == 1:
        case = "upper" if label.isupper() else "lower"
        out.append((f"{kind}{case}", ord(label.lower()) - ord("a") + 1))
    if label.isupper() or label.islower():
        value = _roman(label)
        if value:
            case = "upper" if label.isupper() else "lower"
            out.append((f"{kind}roman{case}", value))
    if not out and len(label) == 2 and label[0] == label[1] and label.isalpha():
        # "(aa)" continues a lettered list past (z)
        case = "upper" if label.isupper() else "lower"
        out.append((f"{kind}{case}", 26 + ord(label[0].lower()) - ord("a") + 1))
    return out


class _Outline:
    """Builds the tree of units from markers found line by line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.root = _Node(None, None, "root", 0, len(text), None)
        self.container: _Node = self.root
        self.stack: list[_Node] = []  # section and deeper, innermost last
        self.nodes: list[_Node] = []

    def _current(self) -> _Node:
        return self.stack[-1] if self.stack else self.container

    def _open(self, node: _Node) -> None:
        if self.nodes:
            last = self.nodes[-1]
            last.end = min(last.end, node.start)
        if node.parent is not None:
            node.parent.children.append(node)
        self.nodes.append(node)

    def add_container(self, start: int, label: str, body: int) -> None:
        node = _Node(label, label, "container", start, len(self.text), self.root, body_start=body)
        self._open(node)
        self.container = node
        self.stack = []

    def add_section(self, start: int, label: str, body: int, style: str = "section") -> None:
        node = _Node(label, label, style, start, len(self.text), self.container, body_start=body)
        self._open(node)
        self.stack = [node]

    def try_sub(self, start: int, kind: str, label: str, body: int) -> bool:
        readings = _sub_style(kind, label)
        if not readings:
            return False
        styles = [n.style for n in self.stack]
        chosen: tuple[str, int] | None = None
        # A reading continues a list already open (the next ordinal), or starts a new list at 1.
        for style, value in readings:
            if style in styles:
                prior = next(n for n in reversed(self.stack) if n.style == style)
                if value == prior.value + 1:
                    chosen = (style, value)
                    break
        if chosen is None:
            for style, value in readings:
                if style not in styles and value == 1:
                    chosen = (style, value)
                    break
        if chosen is None:
            for style, value in readings:
                if style in styles:
                    prior = next(n for n in reversed(self.stack) if n.style == style)
                    if value > prior.value:
                        chosen = (style, value)
                        break
        if chosen is None:
            # An out-of-sequence label is more often wrapped text than a new list item, unless no
            # list is open yet (an excerpt may start mid-list).
            if any(n.style not in ("section", "romansection", "para", "label") for n in self.stack):
                return False
            chosen = readings[0]
        style, value = chosen
        if self.nodes:
            self.nodes[-1].end = min(self.nodes[-1].end, start)
        while self.stack and self.stack[-1].style != style and style in [n.style for n in self.stack]:
            self.stack.pop()
        if self.stack and self.stack[-1].style == style:
            self.stack.pop()
        # A lettered list is not a child of a paragraph unless that paragraph leads into it.
        while self.stack and self.stack[-1].style == "para" and not self._leads_in(self.stack[-1]):
            self.stack.pop()
        parent = self._current()
        display = f"({label})" if kind == "paren" else label
        node = _Node(display, display, style, start, len(self.text), parent, body_start=body, value=value)
        self._open(node)
        self.stack.append(node)
        return True

    def _leads_in(self, node: _Node) -> bool:
        own = self.text[node.body_start : node.end if node.end < len(self.text) else len(self.text)]
        return own.rstrip().endswith(":") or own.rstrip().endswith("—")

    def add_bullet(self, start: int, body: int) -> None:
        """A bulleted item: the next item of the open bullet list, or the first of a new one."""
        if self.nodes:
            self.nodes[-1].end = min(self.nodes[-1].end, start)
        if any(n.style == "bullet" for n in self.stack):
            while self.stack[-1].style != "bullet":
                self.stack.pop()
            self.stack.pop()
        else:
            while self.stack and self.stack[-1].style == "para" and not self._leads_in(self.stack[-1]):
                self.stack.pop()
        # Bullets carry no number: an item is cited by the unit its list belongs to.
        node = _Node(None, None, "bullet", start, len(self.text), self._current(), body_start=body)
        self._open(node)
        self.stack.append(node)

    def add_paragraph(self, start: int) -> None:
        # Close the running unit here so that the leads-in test sees only its own text.
        if self.nodes:
            self.nodes[-1].end = min(self.nodes[-1].end, start)
        while self.stack and self.stack[-1].style == "para" and not self._leads_in(self.stack[-1]):
            self.stack.pop()
        current = self._current()
        if current is self.root or current is self.container:
            parent = self.container
        elif self._leads_in(current) or current.style in ("section", "romansection"):
            # A paragraph after a section's own text is more of that section.
            parent = current
        else:
            parent = current.parent or self.container
            self.stack.pop()
        node = _Node(None, None, "para", start, len(self.text), parent, body_start=start)
        self._open(node)
        self.stack.append(node)


def _segment(text: str) -> list[_Node]:
    outline = _Outline(text)
    prev_text = ""
    prev_blank = True
    header_lines_left = 0  # a memo header ("To:", "Subject:") holds its value line, then ends
    bare_marker = False
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        stripped = line.strip()
        if not stripped:
            prev_blank = True
            continue
        indent = len(line) - len(line.lstrip())
        pos = line_start + indent
        if header_lines_left:
            header_lines_left -= 1
            if header_lines_left == 0:
                prev_blank = True
        # A short line without final punctuation is a heading ("IV. PROCEDURES"), not wrapped prose.
        short_heading = len(prev_text) < 40 and not prev_text.endswith((",", "-", "—"))
        at_boundary = prev_blank or not prev_text or short_heading or bool(_BOUNDARY_END.search(prev_text))
        consumed = _parse_markers(outline, text, pos, line_end, at_boundary)
        if not consumed and prev_blank and _standalone_caps_heading(text, stripped, line_end):
            # "POLICY", "DEFINITIONS", "PROCEDURES" alone between blank lines: the body sections of a
            # general order. Each opens a unit of its own, so a header field above ("Title:") does
            # not swallow the order's body.
            outline.add_section(pos, stripped, line_end)
            node = outline.nodes[-1]
            node.heading = stripped
            node.label = node.number = None
            consumed = True
        header = _MEMO_LABEL_RE.match(line[indent:]) if consumed else None
        if header:
            header_lines_left = 1 if line[indent + header.end() :].strip() else 2
        # A marker printed alone on its line ("(1)" then the text below it, as web pages lay out
        # statutes) takes the next paragraph as its own text.
        if (not consumed and prev_blank or not consumed and not outline.nodes) and not bare_marker:
            outline.add_paragraph(pos)
        bare_marker = (
            consumed and outline.nodes[-1].style != "label" and outline.nodes[-1].body_start >= line_end
        )
        if bare_marker and outline.nodes[-1].body_start > line_end:
            bare_marker = False
        prev_text = stripped
        prev_blank = False
    nodes = outline.nodes
    for node in nodes:
        if node.end > len(text):
            node.end = len(text)
    return nodes


_STANDALONE_CAPS = _lazy(r"[A-Z][A-Z&/,'’\- ]{2,40}:?")
_BLANK_NEXT = _lazy(r"\n[ \t]*(?:\n|$)|$")


def _standalone_caps_heading(text: str, stripped: str, line_end: int) -> bool:
    return (
        len(stripped.split()) <= 5
        and _STANDALONE_CAPS.fullmatch(stripped) is not None
        and not _HEADING_BAD.search(stripped)
        and _BLANK_NEXT.match(text, line_end) is not None
    )


_HEADING_BAD = _lazy(
    r"\b(?:shall|must|may|is|are|was|were|means|will|has|have|does|do|the following|includes?)\b"
    r"|\b(?:don|doesn|won|can|isn|aren|shouldn|mustn)['\u2019]t\b",
    re.I,
)


_CAPS_LINE = _lazy(r"[ \t]*[A-Z][A-Z0-9 ,;:'’&/()\-.]*$")
_LINE_MARKER = _lazy(r"[ \t]*(?:\(?[A-Za-z0-9]{1,4}[.)]|§|SEC|Sec)[ \t]")


def _caps_heading(text: str, pos: int) -> tuple[str, int] | None:
    """An all-caps heading: ends at its period, or at the end of a short line; a long line may wrap.

    An all-caps body ("A LAW ENFORCEMENT AGENCY SHALL NOT ...") is told apart by its modal verb.
    """
    end = pos
    collected = ""
    while True:
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end]
        period = re.search(r"\.(?=\s|$)", line)
        if period:
            collected += line[: period.start()]
            end += period.end()
            break
        collected += line + " "
        if len(line.strip()) < 50 or line_end >= len(text):
            end = line_end
            break
        following_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : len(text) if following_end < 0 else following_end]
        if not _CAPS_LINE.match(following) or _LINE_MARKER.match(following):
            end = line_end
            break
        end = line_end + 1
    heading = " ".join(collected.split())
    if not heading or heading.upper() != heading or _HEADING_BAD.search(heading) or len(heading.split()) > 45:
        return None
    return heading, end


def _heading_at(text: str, pos: int, end_of_line: int, *, section: bool) -> tuple[str | None, int]:
    """A run-in heading right after a marker ("Sec. 5. Legislative purpose. Recognizing ...")."""
    line = text[pos:end_of_line]
    caps_m = re.match(r"[ \t]*([A-Z][A-Z0-9 ,;'’&/()\-]*[A-Z)])\.?(?=[ \t]|$)", line)
    if caps_m:
        heading = _caps_heading(text, pos)
        if heading is not None:
            return heading
    # "Definitions.—As used in ..." (code compilations run the heading into the text with a dash)
    m = re.match(
        r"[ \t]*([A-Z][^.:;\n]{1,80}?)[.:](?:[—–]|-{1,2}(?=[A-Z]))?(?=[ \t]|$|(?<=[—–-])[A-Z\"“(])", line
    )
    if m:
        words = m.group(1).split()
        capitalized = sum(1 for w in words if w[:1].isupper() or len(w) <= 3)
        title_case = capitalized >= max(1, int(0.8 * len(words)))
        short_sentence_case = section and len(words) <= 6
        has_rest = bool(line[m.end() :].strip()) or section
        if (
            len(words) <= 12
            and (title_case or short_sentence_case)
            and has_rest
            and not _HEADING_BAD.search(m.group(1))
        ):
            return m.group(1).strip(), pos + m.end()
    return None, pos


def _parse_markers(outline: _Outline, text: str, pos: int, line_end: int, at_boundary: bool) -> bool:
    line = text[pos:line_end]
    m = _CONTAINER_RE.match(line)
    if m and at_boundary:
        heading, body = _heading_at(text, pos + m.end(), line_end, section=True)
        outline.add_container(pos, f"{m.group('kw').rstrip('.')} {m.group('num')}", body)
        outline.nodes[-1].heading = heading
        return True
    m = _SECTION_RE.match(line)
    bare = None if m else (_BARE_SECTION_RE.match(line) or _CODE_SECTION_RE.match(line))
    roman = None if (m or bare) else _ROMAN_SECTION_RE.match(line)
    # "Sec. 5. Heading" is unambiguous even after a line without final punctuation.
    explicit = bool(m and m.group("end") == "." and re.match(r"[ \t]+[A-Z(\"“]|[ \t]*$", line[m.end() :]))
    if (m or bare or roman) and (at_boundary or explicit):
        match = m or bare or roman
        assert match is not None
        after = pos + match.end()
        heading, body = _heading_at(text, after, line_end, section=True)
        label = match.group("num")
        if m is not None:
            # A bill's own sections ("SEC. 4.") stand outside any code chapter the bill adds.
            outline.container = outline.root
            kw = m.group("kw")
            prefix = "Art." if kw.lower().startswith("art") else ("§" if kw.startswith("§") else "Sec.")
            label = f"{prefix} {label}"
        outline.add_section(pos, label, body, "romansection" if roman else "section")
        outline.nodes[-1].heading = heading
        _parse_subs(outline, text, body, line_end, True)
        return True
    if at_boundary:
        m = _LABEL_HEAD_RE.match(line)
        if m and not _PAREN_RE.match(line):
            style = "label" if _MEMO_LABEL_RE.match(line) else "section"
            outline.add_section(pos, m.group("label").strip().title(), pos + m.end(), style)
            node = outline.nodes[-1]
            node.heading = m.group("label").strip().title()
            node.label = None
            node.number = None
            return True
    bullet = _BULLET_RE.match(line)
    # A bullet glyph opens an item wherever it stands; a hyphen or asterisk only after a boundary.
    if bullet and (at_boundary or bullet.group("glyph") is not None):
        outline.add_bullet(pos, pos + bullet.end())
        return True
    if at_boundary:
        m = _DECIMAL_RE.match(line)
        if m:
            return _parse_decimal(outline, text, pos, line_end, m)
        return _parse_subs(outline, text, pos, line_end, False)
    return False


_BULLET_RE = _lazy(r"(?:(?P<glyph>[•·▪◦●‣○■□➢►❖])|[-*–](?=[ \t]))[ \t]*(?=\S)")


_DECIMAL_RE = _lazy(r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=[ \t]+[A-Z])")


def _parse_decimal(outline: _Outline, text: str, pos: int, line_end: int, m: re.Match[str]) -> bool:
    """Outline numbers of directives and manuals: "2.0 POLICY", "2.1 Deputies shall ..."."""
    parts = m.group("num").split(".")
    while len(parts) > 1 and parts[-1] == "0":
        parts.pop()
    body = pos + m.end()
    heading, body2 = _heading_at(text, body, line_end, section=len(parts) == 1)
    if len(parts) == 1:
        outline.add_section(pos, m.group("num"), body2 if heading else body)
        outline.nodes[-1].heading = heading
        return True
    if not outline.try_sub(pos, f"dec{len(parts)}", parts[-1], body2 if heading else body):
        return False
    node = outline.nodes[-1]
    node.label = node.number = ".".join(parts)
    node.heading = heading
    return True


def _parse_subs(outline: _Outline, text: str, pos: int, line_end: int, after_section: bool) -> bool:
    """Sub-markers at `pos`, possibly chained: "(c) (1) If ..." or "(a)(1)(A) ..."."""
    found = False
    while True:
        while pos < line_end and text[pos] in " \t":
            pos += 1
        line = text[pos:line_end]
        m = _PAREN_RE.match(line)
        kind = "paren"
        if not m and not found:
            dot = _DOT_RE.match(line)
            # Right after a section number only a list's first item counts ("67.307. 1. As used in
            # this section ..."), so that "2." below it is its sibling.
            if dot and (not after_section or dot.group("label") == "1"):
                m = dot
                kind = "dot"
            if m and m.group("label").isdigit() and int(m.group("label")) > 200:
                m = None
        if not m:
            return found
        body = pos + m.end()
        if not outline.try_sub(pos, kind, m.group("label"), body):
            return found
        found = True
        heading, body2 = _heading_at(text, body, line_end, section=False)
        node = outline.nodes[-1]
        if heading and not _PAREN_RE.match(text[body:line_end].lstrip()):
            node.heading = heading
            node.body_start = body2
        pos = body
        if kind == "dot":
            return True


# --------------------------------------------------------------------------------------------------
# Normalized views: hyphenated line breaks joined, whitespace collapsed, offsets kept
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _View:
    text: str
    # `text` is made of runs copied character for character (a word, or the one space that stands
    # for a run of whitespace): where each run starts in `text`, and where it came from. A table of
    # every character's offset cost more to build than all the lookups it served.
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    def _origin(self, index: int) -> int:
        run = bisect_right(self.starts, index) - 1
        return self.origins[run] + index - self.starts[run]

    def span(self, start: int, end: int) -> Span:
        if not self.text:
            return Span(0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return Span(self._origin(start), self._origin(end - 1) + 1)


# A word split at a line end ("immigra-\ntion"), or where a copy turned that break into a space
# ("immigra- tion"; not "pre- and post-trial").
# The hyphen comes first and the letters before it are looked behind from after it, so the engine
# finds each hyphen by a literal scan instead of trying every position (see lazy_regex.letter_first).
_WRAP_HYPHEN = _lazy(
    r"-(?:(?<=[A-Za-z]-)[ \t]*\n[ \t]*(?=[A-Za-z])|(?<=[a-z]{2}-) (?!(?:and|or|nor|to|as|through|versus|vs)\b)(?=[a-z]{2}))",
    word_start=False,
)
_SPACE = _lazy(r"\s+")


# Whitespace that is not one plain space.
# Written to open with one whitespace character, so the engine skips to whitespace instead of trying
# every position ("\\s{2,}|[^\\S ]" matched the same).
_COLLAPSE = _lazy(r"\s(?:\s+|(?<=[^\S ]))", word_start=False)
# Curly apostrophes and quotes read as straight ones for the patterns.
_STRAIGHT_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# OCR's "?" for an apostrophe it could not read ("person?s", "don?t"): a question mark never sits
# between a word and its contraction's letters, so it is read as the apostrophe it replaced.
_OCR_APOSTROPHE = _lazy(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")


def _view(text: str, start: int, end: int) -> _View:
    # Both rewrites keep the text's length, so its characters still map one to one.
    raw = text[start:end]
    # translate() maps every character through a dict: only a text with curly quotes needs it.
    if "’" in raw or "‘" in raw or "“" in raw or "”" in raw:
        raw = raw.translate(_STRAIGHT_QUOTES)
    if "?" in raw:
        raw = _OCR_APOSTROPHE.sub("'", raw)
    first = len(raw) - len(raw.lstrip())
    last = len(raw.rstrip())
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    length = 0

    def copy(a: int, b: int) -> None:
        nonlocal length
        if a < b:
            pieces.append(raw[a:b])
            starts.append(length)
            origins.append(start + a)
            length += b - a

    # A hyphen that wraps a word over a line break joins its halves (segments meet with no space);
    # inside a segment each run of whitespace becomes one space. A single space is that already and
    # is copied with its words, so only the other runs (line breaks, tabs, doubled spaces) cut the
    # text into runs: a few per paragraph, not one per word.
    segments: list[tuple[int, int]] = []
    pos = first
    for m in _WRAP_HYPHEN.finditer(raw, first, last):
        segments.append((pos, m.start()))
        pos = m.end()
    segments.append((pos, last))
    for seg_start, seg_end in segments:
        pos = seg_start
        for m in _COLLAPSE.finditer(raw, seg_start, seg_end):
            copy(pos, m.start())
            pieces.append(" ")
            starts.append(length)
            origins.append(start + m.end() - 1)
            length += 1
            pos = m.end()
        copy(pos, seg_end)
    return _View("".join(pieces), tuple(starts), tuple(origins))


_ABBREV = _lazy(
    r"(?:\b(?:U\.S\.C|U\.S|C\.F\.R|Sec|Secs|No|Nos|Art|Stat|Stats|v|vs|e\.g|i\.e|Inc|Co|Corp|Dept|Gov|Govt|Civ|Proc|"
    r"Pen|Ann|Cal|Tex|Ill|Wash|Or|Mr|Mrs|Ms|Dr|St|Ch|Div|Subd|Para|cf|al|etc|approx|s|ss|subs|par|[A-Z])|\d"
    # A list marker run into its lead-in ("shall require a warrant prior to a. Detaining ...; b. ...").
    r"|(?<=\s)[a-z])$"
)


# A definition's sentence, then a sentence that rules with a negated modal and defines nothing.
_RULE_AFTER_DEFINITION = _lazy(
    r"\.[\"'\u201d]?\s+(?=[A-Z])(?![^.]*\b(?:means|has\s+the\s+meaning|includes|refers\s+to)\b)"
    r"[^.]{0,200}?\b(?:shall|may|must)\s+not\b",
    word_start=False,
)

_ABBREV_REACH = 10


def _sentences(view: _View) -> list[tuple[int, int]]:
    """Sentence ranges in a normalized view; legal abbreviations and citations do not end sentences."""
    out: list[tuple[int, int]] = []
    text = view.text
    start = 0
    for m in re.finditer(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9§])", text):
        # An abbreviation ends the text before the stop ("$" at endpos); the longest is six characters,
        # so only the last few are searched (the characters before them still count for "\\b").
        if _ABBREV.search(text, max(start, m.start() - _ABBREV_REACH), m.start()) and not re.search(
            r"\b[A-Z]{2,}$", text[start : m.start()]
        ):
            continue
        if m.start() - start < 3:
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return _split_at_clause_openers(text, out)


# A resolution's clauses run together when printed single-spaced or in one paragraph, joined by
# "; and": each WHEREAS and each RESOLVED opens a clause of its own, whatever the punctuation.
_CLAUSE_OPENER = _lazy(
    r"(?<=\s)(?:WHEREAS\b|NOW,?\s+THEREFORE\b|(?<!THEREFORE,\s)(?<!THEREFORE\s)BE\s+IT\s+(?:FURTHER\s+)?(?:RESOLVED|ORDAINED|ENACTED)\b"
    r"|(?<!IT\s)(?<!FURTHER\s)RESOLVED,?\s+(?:that|That|THAT)\b)"
)


def _split_at_clause_openers(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        cuts = [m.start() for m in _CLAUSE_OPENER.finditer(text, start, end) if m.start() > start]
        for cut in cuts:
            if text[start:cut].strip():
                out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


# --------------------------------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------------------------------

# Headings name a role only as a whole ("Legislative findings", "Definitions"); a heading that merely
# contains such a word ("Use of funds for immigration purposes", "Access to facilities") does not.
_ROLE_HEADINGS: tuple[tuple[LazyRegex, str], ...] = (
    (
        _lazy(
            r"^(?:legislative\s+|general\s+)?(?:findings?|declarations?|recitals?|whereas|background)"
            r"(?:\s+(?:and|&)\s+(?:declarations?|purposes?|intent|findings?))?(?:\s+of\s+(?:fact|the\s+\w+))?\W*$",
            re.I,
        ),
        "findings",
    ),
    (
        _lazy(r"^(?:definitions?|terms\s+defined|meaning\s+of\s+terms|interpretation)\W*$", re.I),
        "definitions",
    ),
    (
        _lazy(
            r"^(?:legislative\s+|statement\s+of\s+|declaration\s+of\s+)?(?:purposes?|intent)"
            r"(?:\s+(?:and|&)\s+(?:intent|purposes?|findings?|scope))?\W*$",
            re.I,
        ),
        "purpose",
    ),
    (
        _lazy(
            r"^(?:short\s+title|title|citation|name\s+of\s+act|subject|file|references?|authority|to|from|re|date|"
            r"effective\s+date|revised|approved\s+by|cc|attn|memo)\W*$",
            re.I,
        ),
        "title",
    ),
)
_ROLE_TEXT: tuple[tuple[LazyRegex, str], ...] = (
    (
        # Findings are made by a body ("The Council finds that"), not by an officer applying a rule
        # ("If the Sheriff finds that a warrant exists, ...").
        _lazy(
            # A resolved clause that declares a status ("RESOLVED, that the County declares itself
            # ...") is operative.
            r"^\s*WHEREAS\b|^(?!\W*(?:NOW,?\s+THEREFORE,?\s+)?(?:BE\s+IT\s+(?:FURTHER\s+)?)?RESOLVED\b)(?=.*\b(?:legislature|council|board|assembly|congress|commission|people|city|county|state|mayor|governor)"
            r"\s+(?:hereby\s+|further\s+|also\s+)?(?:finds?|declares?)\b)|\bmakes the following findings\b",
            re.I,
        ),
        "findings",
    ),
    (
        _lazy(
            r"^\s*(?:For (?:the )?purposes of this|As used in this|In this (?:Section|Act|Chapter|Article|Ordinance|Order|Policy)\s*[,:])"
            r"|^\s*\W?[\"“][^\"”]{2,80}[\"”]\s*(?:means|shall mean|includes|refers to|has the (?:same )?meaning)"
            # '"Sanctuary policy", any order or ordinance that: ...' (a defined term set off by a comma)
            r"|^\s*\W?[\"“][^\"”]{2,80}[,\"”]{1,2}\s*(?:any|a|an|the|each|every|all)\s",
            re.I,
        ),
        "definitions",
    ),
    (
        _lazy(
            r"\b(?:the|its) purpose of this (?:[A-Z][a-z]+ )?(?:chapter|ordinance|act|policy|section|order|directive|article|resolution) is\b|"
            r"^\s*(?:It is|This is) the (?:intent|purpose) of\b|\bit is the intent of the\b"
            # a paragraph labeled as the instrument's purpose ("Purpose: The University adopts this policy ...")
            r"|^\s*(?:Purpose|PURPOSE|Statement of Purpose)\s*:",
            re.I,
        ),
        "purpose",
    ),
    (
        _lazy(
            r"\b(?:may|shall) be (?:known|cited) as\b|^\s*(?:AN ACT|AN ORDINANCE|A BILL|A RESOLUTION)\b|^\s*relating to\b",
            re.I,
        ),
        "title",
    ),
)


_FLATTENED_RULES = _lazy(
    r"(?:^|\s)(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.\s+[A-Z][A-Za-z ]{2,40}[.:]\s+[^.]{0,200}?"
    r"\b(?:shall|must|may)\s+not\b"
)


def _role_of_heading(heading: str | None) -> str | None:
    if not heading:
        return None
    heading = " ".join(heading.split())
    for pattern, role in _ROLE_HEADINGS:
        if pattern.match(heading):
            return role
    return None


def _role_of_text(sentence: str) -> str | None:
    folded = literal_view(sentence)
    for pattern, role in _ROLE_TEXT:
        if not _cannot_match(pattern, folded) and pattern.search(sentence):
            return role
    return None


_PREAMBLE_MODAL = _lazy(r"\b(?:shall|must|will|may\s+not|will\s+no\s+longer)\b", re.I)
_PREAMBLE_TITLE = _lazy(
    r"\s*(?:AN ACT|AN ORDINANCE|A BILL|A RESOLUTION|relating to|BE IT|THE PEOPLE|Introduced|WHEREAS)\b", re.I
)
_RESOLVED_CLAUSE = _lazy(
    r"\bBE\s+IT\s+(?:FURTHER\s+)?(?:RESOLVED|ORDAINED|ENACTED)\b|\bRESOLVED,?\s+(?:that|That|THAT)\b"
)
_PREAMBLE_OPERATIVE = _lazy(
    r"^\s*(?:NOW,? THEREFORE,? )?(?:BE IT (?:FURTHER )?)?(?:RESOLVED|ORDERED|ORDAINED),? (?:that|THAT)\b"
)


# --------------------------------------------------------------------------------------------------
# Frames: what the modal structure of a clause does to its topic
# --------------------------------------------------------------------------------------------------

_VERBS_LIMIT = r"(?:prevent|prohibit|restrict|preclude|limit|bar|impair|interfere with)"
NEG, POS, PERM, EXC, NONE = "neg", "pos", "perm", "exc", "none"
SKIP, DIR = "skip", "dir"
_DESCRIPTIVE_NEG = _lazy(r"(?:is|are)\s+not\b|(?:has|have)\s+no\b|lacks?\b|no\s+longer\b|declin\w*|refus\w*", re.I)
# A subordinate clause opened since the last clause break: its negation describes, it does not rule.
_SUBORDINATE = _lazy(
    r"\b(?:who|whom|whose|that|which|if|when|whenever|where|unless|whether|until|because|while)\b[^,;:]*$",
    re.I,
)
# "that" after a policy, order or directive opens its content, not a description.
_CONTENT_THAT = _lazy(
    r"\b(?:polic(?:y|ies)|order\w*|resolved|direct\w*|request\w*|declar\w*|requir\w*|provided|ensure)\b[^,;:]{0,60}$",
    re.I,
)


def _is_subordinate(before: str) -> bool:
    m = _SUBORDINATE.search(before)
    if m is None:
        return False
    return not (m.group(0).lower().startswith("that") and _CONTENT_THAT.search(before[: m.start()]))


# "A local entity may not prohibit an officer from ...": a ban on limits, i.e. a duty to allow.
BAN = "ban"
_BAN_CUE = _lazy(
    rf"^(?:(?:may|shall|must)\s+not|requiring\s+that\s+(?:[\w,]+\s+){{0,6}}?not)\s+(?:\w+\s+){{0,2}}?{_VERBS_LIMIT}", re.I
)
_CONSTRUCTION_SUBJECT = _lazy(
    r"\b(?:this|these|such|the)\s+(?:(?:general|special|executive|administrative|departmental)\s+)?(?:act|section|chapter|ordinance|policy|order|subsection|subdivision|article|title|"
    r"resolution|directive|part|code|paragraph|provisions?|procedure|manual|regulation)\b|\bnothing\b|\bherein\b",
    re.I,
)

_CUE_RE = _lazy(
    r"(?P<perm>"
    rf"\b(?:does|do|shall|will|may|should|is|are)\s+not\s+(?:be\s+(?:construed|interpreted|deemed)\s+(?:to|as)\s+)?(?:\w+\s+){{0,2}}?{_VERBS_LIMIT}\w*(?:\s*(?:,|or|and)\s*{_VERBS_LIMIT}\w*)*"
    rf"|\bnothing\s+(?:in|contained\s+in|herein)\b[^.;]{{0,120}}?\b(?:shall|may|will|should|is\s+intended\s+to|prohibits?|prevents?|precludes?|restricts?|limits?|bars?|requires?)\b(?:\s+(?:be\s+(?:construed|interpreted|deemed)\s+(?:to|as)\s+)?(?:\w+\s+){{0,2}}?{_VERBS_LIMIT}\w*(?:\s*(?:,|or|and)\s*{_VERBS_LIMIT}\w*)*)?"
    r"|\b(?:shall|will|should)\s+not\s+be\s+(?:construed|interpreted|deemed)\b"
    rf"|\bno\s+(?:provision|part|section)\s+of\s+this\s+(?:(?:general|special|executive|administrative|departmental)\s+)?(?:act|chapter|section|ordinance|policy|article|code|order|resolution|directive|procedure|manual|regulation|rule)\b[^.;]{{0,40}}?\b(?:shall|may|will|restricts?|prohibits?|prevents?|precludes?|limits?|bars?)\b(?:\s+(?:be\s+(?:construed|interpreted|deemed)\s+(?:to|as)\s+)?(?:\w+\s+){{0,2}}?{_VERBS_LIMIT}\w*)?"
    # a bill title's ban on limits: "requiring that entities not prohibit the enforcement of ..."
    rf"|\brequiring\s+that\s+(?:[\w,]+\s+){{0,6}}?not\s+(?:\w+\s+){{0,2}}?{_VERBS_LIMIT}\w*"
    r"|\b(?:remains?|are|is)\s+free\s+to\b"
    r"|\b(?:does|do|shall|will)\s+not\s+(?:authorize|create|confer|expand|apply|require|affect|supersede|ratify|diminish)\b"
    r"|\b(?:is|are|be)\s+not\s+(?:prohibited|precluded|restricted|barred|limited)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:permitted|allowed|authorized)\s+to\b|\bare\s+permitted\b|\bis\s+permitted\b"
    # "employees shall be permitted to: ... inquire about status for bail": what they may do
    r"|\b(?:shall|will|may)\s+(?:also\s+)?be\s+(?:permitted|allowed|authorized)\s+to\b"
    r"|\bmay,?\s+but\s+(?:is|are|shall)\s+not\s+(?:be\s+)?required\s+to\b|\bnot\s+required\s+to\b|\bnever\s+required\b"
    r")"
    r"|(?P<neg>"
    r"\b(?:shall|may|must|will|should|can|does|do)\s+not\b|\bcannot\b|\bno\s+longer\b(?!\s+than)"
    # a plain-language manual's contraction: "Don't ask about immigration status."
    r"|\b(?:[Dd]on|[Dd]oesn|[Ww]on|[Ss]houldn|[Mm]ustn|[Cc]an)['\u2019]t\b"
    # "Under no circumstances shall ...", "It shall be unlawful for ... to", "shall neither ... nor",
    # "are directed not to": prohibitions that put the negation away from the modal.
    r"|\b(?:under\s+no\s+circumstances?|in\s+no\s+(?:event|case)|at\s+no\s+time)\s*,?\s*(?:(?:shall|may|will|must|should|can|is|are|does|do)\b)?"
    r"|\b(?:(?:shall|will)\s+be|is|are)\s+unlawful\s+for\b|\bunlawful\s+for\b"
    r"|\b(?:shall|may|will|must|should)\s+neither\b"
    r"|\b(?:shall|may|will)\s+be\s+(?:disclosed|shared|released|given|provided|sent|shown)\s+to\s+no\s+(?:one|person|entity|agency)\b"
    # "No person shall be held ..., nor shall notice of release be given": after "nor" the modal
    # comes before its subject and the negation carries over to it.
    r"|\bnor\s+(?:shall|may|will|must|should|can)\b|\bnor\b"
    r"|\b(?:directed|instructed|ordered|requested|urged|required|told|asked|advised)\s+not\s+to\b|\b(?:directs?|instructs?|orders?|urges?|requests?|asks?|encourages?)\s+(?:\w+\s+){1,5}?not\s+to\b"
    # Manuals state bars as facts of authority: "Deputies have no authority to enforce ..."
    r"|\b(?:is|are)\s+not\s+(?:a\s+)?(?:part(?:y|ies)|participants?|signator(?:y|ies))\s+(?:to|in)\b"
    r"|\b(?:has|have)\s+no\s+(?:legal\s+|statutory\s+)?(?:authority|jurisdiction)\b|\blacks?\s+(?:the\s+)?(?:legal\s+|statutory\s+)?authority\b"
    # "Deputies are not to ask ...", "It is the policy of the Office not to honor ..."
    r"|\b(?:is|are)\s+not\s+to\b|\bpolicy\s+(?:of\s+(?:the\s+|this\s+)?[\w'’\s]{1,40}?\s+)?(?:is\s+)?not\s+to\b"
    # "No officer ... shall" opens a clause ("No officer, as defined in § 9.1-101, shall"); "a jail
    # that has no 287(g) agreement shall" does not.
    r"|(?:(?-i:\bNo|\bNO)|(?:^|(?<=[;:,()])|(?<=[;:,()]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bbut\s))no)\s+(?!later\b|more\b|less\b|fewer\b|sooner\b|earlier\b)(?:[\w'’\-.§]+[\s,]+){0,25}?(?:shall|may|will|must|should|(?:is|are)\s+(?:authorized|permitted|allowed)\s+to)\b"
    # Resolutions speak in the subjunctive: "directs that no City funds be used", "requests that
    # the Sheriff not honor detainers".
    # Manuals state bars in the passive indicative: "ICE detainers are not honored by this Office".
    r"|\b(?:is|are)\s+not\s+(?=(?:honou?red|complied|accepted|recognized|enforced|executed|processed|shared|disclosed|provided|released|"
    r"used|notified|informed|asked|questioned|held|detained|given|granted|admitted|collected|recorded|maintained)\b)"
    r"|\bthat\s+no\b(?=(?:\s+(?!(?:shall|may|will|must|should|can)\b)[\w'’\-,]+){1,12}?\s+be\b)"
    # "shall ensure that no member arrests ...": the duty is to see that none does
    r"|\b(?:ensur|insur)\w*\s+that(?=\s+no\b)"
    r"|\bnot\s+(?:to\s+)?(?=(?:honou?r|hold|detain|comply|share|disclose|provide|use|expend|spend|assist|participate|enter|renew|inquire|ask|enforce|seek|sign|execute|join|negotiate|"
    r"cooperate|respond|notify|allow|permit|grant|transfer|continue)\b)"
    r"|\bnever\b|\bprohibit(?:s|ed|ing)?\b|\bprohibitions?\b(?:(?!\bnot\b)[^.;:]){0,80}?\b(?:shall\s+)?(?:includes?|apply|applies)\b"
    # A list introduced as the restrictions it sets: "Such limitations include the following:". A
    # "not" in between ("the limitations do not include") or "without limitation" is no such list.
    r"|(?<!without\s)\b(?:restrictions?|limitations?)\b(?:(?!\bnot\b)[^.;:]){0,80}?\b(?:includes?|(?:is|are)\s+as\s+follows|consists?\s+of)\b"
    r"|\bforbid\w*|\bbar(?:s|red)?\s+from\b|\brefrain\w*|\bdeclin\w*\s+to\b|\brefus\w*\s+to\b"
    # a bar in the passive without a modal: "Sanctuary policies are banned in this state"
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:barred|banned)\b(?!\s+from)"
    # "The University will discourage collaboration with immigration agencies": a bar softened
    r"|\bdiscourag(?:e|es|ed|ing)\b"
    r"|\bnot\s+(?:be\s+)?(?:permitted|authorized|allowed)\b|\blimit(?:s|ing)?\b|(?<!certain\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bvery\s)\blimited\b|\brestrict(?:s|ing|ed)?\b|\bprevent(?:s|ing)?\b"
    r")"
    r"|(?P<pos>"
    # A permission to refuse reads as a duty to refuse ("the public body may decline to disclose the
    # information", "may refuse to honor a detainer"): the refusal is the limit either way, and the
    # refusal's own cue follows.
    r"\b(?:may|can)(?=\s+(?:\w+\s+)?(?:decline|refuse)\s+to\b)|"
    r"\b(?:shall|must|will)\b|\b(?:is|are)\s+(?:hereby\s+)?required\s+to\b|\bshall\s+be\s+required\s+to\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:(?:authorized\s+and\s+)?directed|requested|urged|instructed|encouraged|called\s+upon)\s+to\b"
    r"|\b(?:directs?|instructs?)\s+(?:all\s+|its\s+|the\s+|each\s+|every\s+)?(?:\w+\s+){0,7}?to\s+(?!the\b|a\b|an\b|any\b|all\b|its\b|their\b|his\b|her\b|not\b|never\b)[a-z]+\b"
    # a summary's duty: "The bill ... requires agencies to report annually", "This bill would
    # require county jails to honor ...", a bill title's "requiring local entities to cooperate"
    # a summary's imperative list: "Prohibit local jails from ...; require each jail to report ..."
    r"|(?:(?<=;\s)|(?<=:\s)|^)(?-i:[Rr]equire)\s+(?:all\s+|the\s+|each\s+|every\s+)?(?:[\w,]+\s+){0,6}?to\s+(?!the\b|a\b|an\b|any\b|all\b|its\b|their\b|his\b|her\b|not\b|never\b)[a-z]+\b"
    r"|\b(?:requires|requiring|(?:would|will)\s+(?:also\s+)?require|so\s+as\s+to\s+require)\s+(?:all\s+|the\s+|each\s+|every\s+|state\s+|local\s+)?(?:[\w,]+\s+){0,8}?to\s+(?!the\b|a\b|an\b|any\b|all\b|its\b|their\b|his\b|her\b|not\b|never\b)[a-z]+\b"
    r")"
    # The enacting body speaking: "the Board hereby requests that the County enter into ...". What
    # it asks for may itself be a refusal ("directs that detainers are not honored").
    r"|(?P<dir>(?-i:\b(?:Board|Council|Commission|Commissioners|Court|Legislature|Assembly|Mayor|County|City|Town|Village|Parish|Supervisors))"
    # A modal or a negation between them makes the words a rule ("City employees may not request
    # documents ..."), not the body speaking.
    r"\s+(?:(?!(?:shall|may|must|will|should|can|cannot|not|no|never)\b)\w+\s+){0,3}?(?:hereby\s+)?(?:further\s+)?(?:requests?|directs?|urges?|instructs?|encourages?|authorizes?|calls\s+(?:up)?on)\b"
    # A resolution's list of instructions in the infinitive: "(4) To request the Sheriff to ...".
    r"|^\W*(?-i:To)\s+(?:request|direct|instruct|authorize|allow|permit|urge|require|ask)\s+(?:the\s+|all\s+|its\s+|each\s+|every\s+|any\s+)?(?:\w+\s+){0,3}?to\b)"
    r"|(?P<may>\bmay\b|\bcan\b)",
    re.I,
    # Every cue starts a word: at "\\b", after "no"'s lookbehinds (a space or punctuation before a
    # letter), or at the text's start. `begins_at_word` cannot read the lookbehind branches, so this
    # says it; tests/core/test_lazy_regex.py checks the gated pattern against the plain one.
    word_start=True,
)
_IDIOMS = _lazy(
    r"\b(?:shall\s+)?(?P<include>includes?|including),?\s+(?:but\s+)?(?:shall\s+)?(?:is\s+|are\s+)?not\s+(?:be\s+)?limited\s+to\b|\bbut\s+not\s+limited\s+to\b"
    r"|\b(?:as|is|are|be|unless)\s+(?:otherwise\s+|specifically\s+|expressly\s+)?provided\s+(?:in|by|under|for|herein)\b"
    # A quoted title is a name ("a policy entitled \"Limiting Access ... by Officers Engaged in
    # Immigration Enforcement\""): its words set nothing.
    r"|\b(?:entitled|titled|captioned)\s+[\"\u201c][^\"\u201d]{3,300}[\"\u201d]",
    re.I,
)
_EXCEPTION_BOUNDARY = _lazy(
    # Each boundary starts a word or at a comma: the lookarounds in front turn away every other
    # position before the branches are tried one by one (measured: a third less time).
    r"(?=[\w,])(?:(?<!\w)|(?=,))(?:"
    r"\bunless\b|\bexcept\b|\bin which (?:event|case)\b|\bprovided,?\s+(?:however,?\s+)?that\b|,\s*however\b|\bhowever,|,\s*but\b|\bother than\b"
    r")",
    re.I,
)
_ONLY_AFTER = _lazy(
    r"\bonly\s+(?:be\s+[\w-]+\s+)?(?:if|when|where|upon|with|after|pursuant|in\s+accordance|to\s+the\s+extent"
    r"|as\s+(?:\w+\s+){0,2}?(?:requires?|required|permits?|permitted|allows?|allowed|authorized))\b"
    r"|\bonly\s+(?:for|as\s+to)\s+(?:\w+\s+){0,2}?(?:individuals|persons|people|inmates|those|cases|offenses)\b|\bunless\b[^.;]{0,200}?\bjudicial\b|\bexcept\s+(?:as|when|where|upon|pursuant)\b[^.;]{0,100}\b(?:judicial|judge|court)\b",
    re.I,
)


_ONLY_CONDITION = _lazy(
    r"\s*(?:[\w'-]+\s+){0,6}?(?:if|when|where|upon|with|after|pursuant\s+to|in\s+accordance\s+with)\b", re.I
)


_INTRO_PHRASE = _lazy(
    r"^\s*(?:\(\w{1,4}\)\s*)*(?:except|unless|notwithstanding|subject\s+to|to\s+the\s+extent|as\s+otherwise)\b[^,:;]{0,200},",
    re.I,
)
# A lead-in that opens a list of exceptions ("... unless:", "except:"): its items carve out cases
# from the rule, they do not state rules of their own.
_EXCEPTION_LEAD = _lazy(
    r"\b(?:unless|except(?:\s+(?:as\s+follows|when|where|that|for|in\s+the\s+following\s+\w+))?|other\s+than|provided\s+that|"
    r"(?:does|do|shall)\s+not\s+(?:apply|include|extend|cover)(?:\s+(?:to\s+|when\s+|if\s+)?[^:;.]{0,60})?"
    # "Exceptions to the prohibition in Section 4 include:"
    r"|exceptions?\b[^:;.]{0,80}?\b(?:includes?|are|is|as\s+follows)\b[^:;.]{0,40})\s*[:—]\s*$",
    re.I,
)


_CITE_DOTS = _lazy(
    r"\b(?:U\.S\.C|C\.F\.R|U\.S|Stat|Ann|Sec|Secs|Gov't|Govt|Code|s|ss)\.(?=\s*(?:§|\d|Sec|Section))|\bU\.S\.C\.|\bC\.F\.R\."
    # "a request by U.S. Immigration officers for records": inside a sentence the
    # country's abbreviation before a name ends nothing.
    r"|\bU\.\s?S\.(?=\s+[A-Z])"
)


_LOST_APOSTROPHE = _lazy(r"(?<=[a-z])\?(?=s\b)")
_LOST_LIGATURE = _lazy(r"(?<=[A-Za-z])\?(?=[a-z])|(?<![\w?])\?(?=[a-z]{2})")


def _mask_idioms(s: str) -> str:
    # Most sentences hold neither a citation's dots nor an idiom: their literals say so for the cost
    # of one case fold, and the substitutions are skipped.
    folded = literal_view(s)
    if not _cannot_match(_CITE_DOTS, folded):
        # Citation abbreviations ("8 U.S.C. § 1357(g)") keep their length but lose the dots that the
        # topic patterns read as sentence ends.
        masked = _CITE_DOTS.sub(lambda m: m.group(0).replace(".", " "), s)
        if masked != s:
            s, folded = masked, literal_view(masked)
    if "?" in s:
        # Characters a conversion turned into "?", one for one: a possessive's apostrophe ("the
        # city?s detention facilities"), a ligature inside a word ("of?cial"), which must stay a word.
        s = _LOST_LIGATURE.sub("f", _LOST_APOSTROPHE.sub("'", s))
        folded = literal_view(s)
    if " o f " in s:
        # A scan's text layer splits the commonest word ("This Memorandum o f Agreement", "functions
        # o f an immigration officer"); rejoined in place, spans keep.
        s = s.replace(" o f ", " of  ")
        folded = literal_view(s)
    if _cannot_match(_IDIOMS, folded):
        return s
    return _IDIOMS.sub(_blank_idiom, s)


def _blank_idiom(m: re.Match[str]) -> str:
    # "shall include, but not be limited to" keeps its "include": a lead-in such as "The
    # prohibition ... shall include, but not be limited to:" still says what its list items are.
    # The modal and the "not" go, so neither reads as a rule of its own.
    keep = m.group("include") or ""
    return keep + " " * (len(m.group(0)) - len(keep))


def _cues(s: str) -> list[str]:
    found = [(m, _cue_kind(m, s)) for m in _CUE_RE.finditer(s)]
    found = [(m, kind) for m, kind in found if kind != SKIP]
    kinds = [POS if kind == DIR else kind for _, kind in found]
    # A duty to refrain is a prohibition: "shall refrain from the following:", "shall ensure that
    # officers do not:", "The following shall be prohibited:" put the negation a word or two after
    # the modal.
    if len(found) >= 2 and kinds[0] == POS and kinds[1] == NEG and found[1][0].start() - found[0][0].end() <= 25:
        kinds[0] = NEG
    return kinds


@lru_cache(maxsize=256)
def _lead_cue(lead: str) -> str | None:
    """The governing modal of a lead-in: the first one of its last sentence ("... shall not:")."""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead) if x.strip()]
    for sentence in reversed(sentences):
        # "Except as prohibited by federal law, X may not ...": the opening phrase carves out an
        # exception; the clause's own modal follows it.
        cues = _cues(_INTRO_PHRASE.sub("", sentence, count=1).lstrip())
        if cues:
            return cues[0]
    return None


_NEGATION_WORD = _lazy(r"\b(?:not|no|never)\b|n['\u2019]t\b", re.I)


# Several topics of one sentence usually share their clause, and list items share their lead-ins:
# the cues of a clause are read once.
@lru_cache(maxsize=512)
def _clause_cues(clause: str) -> tuple[tuple[int, str, bool], ...]:
    """(offset, kind, whether the cue is a negation) of every modal cue in a clause."""
    return tuple(
        (m.start(), _cue_kind(m, clause), _NEGATION_WORD.search(m.group(0)) is not None)
        for m in _CUE_RE.finditer(clause)
    )


# Every rule that matches a sentence asks for its frame: the exception boundaries are found once.
@lru_cache(maxsize=256)
def _boundaries(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((b.start(), b.end()) for b in _EXCEPTION_BOUNDARY.finditer(sentence))


def _frame(
    sentence: str, at: int, end: int, context: list[str], *, modal_before: bool = False, refusal: bool = False
) -> str:
    """The frame governing the topic matched at sentence[at:end]; `refusal` as in _Rule."""
    every = _boundaries(sentence)
    boundaries = [b for b in every if b[1] <= at]
    start = boundaries[-1][1] if boundaries else 0
    # After "however," the clause opens at its first word: a cue that must open its clause ("; however,
    # no officer may") is read there. A proviso's "no" is left alone ("provided that no alien may be held
    # in excess of ..." bounds the duty before it; measured on the Virginia golds).
    opener = sentence[boundaries[-1][0] : start].lower() if boundaries else ""
    if "however" in opener and "provided" not in opener:
        while start < at and sentence[start].isspace():
            start += 1
    following = next((b for b in every if b[0] >= end), None)
    clause_end = following[0] if following else len(sentence)
    clause_cues = _clause_cues(sentence[start:clause_end])
    all_cues = [(pos + start, kind) for pos, kind, _ in clause_cues]
    negations = {pos + start for pos, _, negative in clause_cues if negative}
    if any(kind == SKIP and at - 30 <= pos <= end + 40 for pos, kind in all_cues):
        return NONE  # the topic sits in a negated description ("inmates who are not held on a detainer")
    cues = [(pos, kind) for pos, kind in all_cues if kind != SKIP and not (refusal and at <= pos < end)]
    # The modal governing a topic is the last one opened before it ("No funds ... shall be used").
    before = [(pos, kind) for pos, kind in cues if pos < at]
    cue: str | None = before[-1][1] if before else None
    cue_at = before[-1][0] if before else -1
    if cue == DIR:
        # Only a plain negation reverses the request; "requests that the Sheriff decline to hold ..."
        # asks for a refusal, which the topic rules read themselves.
        after_neg = [
            kind
            for pos, kind in cues
            if pos >= at and kind == NEG and pos in negations and not re.search(r"[;:]", sentence[end:pos])
        ]
        cue = NEG if after_neg else POS
    if cue is None and not modal_before:
        # Subject first: "Such information shall not be disclosed" puts the modal after the topic,
        # or inside a long match ("Employees shall not spend ... on immigration enforcement").
        # A permission to refuse ("... may decline to disclose it") leaves the word to the refusal.
        after = [
            (pos, kind)
            for pos, kind in cues
            if pos >= at
            and not re.search(r"[;:]", sentence[end:pos])
            and not (kind == POS and _MAY_REFUSE.match(sentence, pos))
        ]
        cue = after[0][1] if after else None
        cue_at = after[0][0] if after else -1
    if cue is None:
        if boundaries:
            return EXC
        # A list item falls under the modal of the nearest lead-in ("... shall not:").
        for lead in context:
            cue = _lead_cue(lead)
            if cue is not None:
                break
    if cue is None:
        return NONE
    if cue in (POS, PERM) and not refusal:
        # "shall/may ... only if ..." is a restriction.
        # The condition is the topic's own: it stops where the next clause's modal opens ("shall keep
        # a record of each visit, and no officer shall be admitted unless a warrant ...").
        later = [pos for pos, _ in cues if pos >= end and pos > cue_at]
        tail = re.split(r"[;.]", sentence[at : min(later[0], end + 300) if later else end + 300], maxsplit=1)[0]
        if _ONLY_AFTER.search(tail):
            return NEG
        # "will only honor detainers when ...": the "only" stands just before the topic's verb and
        # its condition right after the topic.
        if re.search(r"\bonly\s+$", sentence[max(0, at - 12) : at]) and _ONLY_CONDITION.match(sentence, end):
            return NEG
    return cue


_MAY_REFUSE = re.compile(r"(?:may|can)\b", re.I)
_ENSURE_THAT = _lazy(r"\s+(?:\w+\s+){0,2}?(?:ensure|insure)\s+that\b", re.I)


_INSTRUMENT_SUBJECT = _lazy(
    r"\b(?:this|the|such)\s+(?:agreement|memorandum|MOA|MOU|contract|law|statute|bill|rule|regulation|plan|program)\b", re.I
)
# A modal ban whose verb is paired with a second one just before a cue ("may not prohibit or in any
# way restrict"); anchored at the cue's start by the search's end.
_BAN_PAIR = _lazy(
    r"\b(?:may|shall|will|must|can)\s+not\s+(?:prohibit|restrict|limit|prevent|bar)\w*\s*,?\s+(?:or|and)\s+(?:in\s+any\s+(?:way|manner)\s+|\w+ly\s+)?$",
    re.I,
)
_ACTOR_VERB_CUE = _lazy(r"(?:does|do|shall|will)\s+not\s+(?:create|require|authorize)\b", re.I)


def _cue_kind(m: re.Match[str], text: str) -> str:
    kind = str(m.lastgroup)
    if kind == "perm" and _ACTOR_VERB_CUE.match(m.group(0)):
        # "This act shall not create a right of action" construes the text; "The County shall not
        # create a registry" or "The City shall not require applicants to ..." forbids an act.
        head = re.split(r"[.;:]", text[max(0, m.start() - 100) : m.start()])[-1]
        if re.search(r"[A-Za-z]{3,}", head) and not (
            _CONSTRUCTION_SUBJECT.search(head) or _INSTRUMENT_SUBJECT.search(head)
        ):
            return NEG
    if kind == "neg":
        pair = _BAN_PAIR.search(text, max(0, m.start() - 80), m.start())
        first = _CUE_RE.match(text, pair.start()) if pair else None
        if first is not None and first.lastgroup == "perm":
            # "may not prohibit or in any way restrict ...": the second verb shares the first's frame.
            return _cue_kind(first, text)
    if kind == "may":
        return PERM
    if (
        kind == "neg"
        and _DESCRIPTIVE_NEG.match(m.group(0))
        and _is_subordinate(text[max(0, m.start() - 120) : m.start()])
    ):
        # "Inmates who are not held on a detainer", "If the Sheriff is not a party to ...": a
        # negated description of the subject, not the rule's own prohibition.
        return SKIP
    if kind == "pos" and _ENSURE_THAT.match(text, m.end()):
        # "shall ensure that information is not disclosed": the duty is to bring about what follows,
        # which may be a refusal; read like a request of the enacting body.
        return DIR
    if (
        kind == "neg"
        and m.group(0).lower() == "nor"
        and not re.search(r"\bneither\b", text[: m.start()], re.I)
        # "shall not question ..., nor telephone ICE" carries the prohibition on
        and re.search(r"\b(?:prohibit|restrict|limit|prevent|preclude|bar)\w*\s*,?\s*$", text[max(0, m.start() - 40) : m.start()], re.I)
    ):
        return SKIP  # "prohibits nor restricts" in a construction rule is no second prohibition
    # "requiring that entities not prohibit ..." names its own subject after the cue
    if (
        kind == "perm"
        and _BAN_CUE.match(m.group(0))
        and (m.group(0).lower().startswith("requiring") or not _CONSTRUCTION_SUBJECT.search(text[: m.start()]))
    ):
        return BAN
    return kind


# --------------------------------------------------------------------------------------------------
# Topics
# --------------------------------------------------------------------------------------------------

_IMM = r"(?:\bimmigration|\b(?-i:ICE|DHS|INS)\b|\bI\.C\.E\.|\bHomeland Security|\bdeportation|\bremoval proceedings|\baliens?\b|\bnoncitizens?\b|\bundocumented|\bdetainers?\b|\b287\s*\(g\)|\bhold\s+requests?\b)"
# _IMM for the searches that only ask whether a text names immigration at all, written letter first (see
# lazy_regex.letter_first): one class of every opening character, then each letter's words.
_IMM_RE = _lazy(
    r"(?-i:[IiİıDdHhNnUuAaRr2])(?<!\w.)(?:"
    r"(?<=(?-i:[Iiİı]))(?:mmigration|\.C\.E\.)|(?<=(?-i:I))(?-i:CE|NS)\b"
    r"|(?<=(?-i:D))(?-i:HS)\b|(?<=(?-i:[Dd]))(?:eportation|etainers?\b)"
    r"|(?<=(?-i:[Hh]))(?:omeland Security|old\s+requests?\b)"
    r"|(?<=(?-i:[Rr]))emoval proceedings|(?<=(?-i:[Aa]))liens?\b|(?<=(?-i:[Nn]))oncitizens?\b"
    r"|(?<=(?-i:[Uu]))ndocumented|(?<=2)87\s*\(g\))",
    re.I,
    word_start=False,
)
# Every name starts at a word ("nonimmigration officials" names no agency), which also lets the
# patterns built on it skip the positions inside words (`begins_at_word`).
_ICE = (
    r"(?:\b(?-i:ICE)\b|\bI\.C\.E\.|\b(?:the\s+)?(?:U\.?\s?S\.?|United\s+States)\s+(?:Bureau\s+of\s+)?Immigration\s+and\s+Customs\s+Enforcement|\b(?:Bureau\s+of\s+)?Immigration\s+and\s+Customs\s+Enforcement|"
    r"\b(?:federal\s+)?immigration\s+(?:authorit\w+|officials?|officers?|agents?|agenc\w+|enforcement\s+(?:agents?|officers?|officials?|agenc\w+))|"
    r"\b(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+)?Department\s+of\s+Homeland\s+Security|\b(?-i:DHS|INS)\b|\bImmigration\s+and\s+Naturalization\s+Service)"
)
_DETAINER_WORDS = r"(?:immigration\s+detainers?|detainers?|detainer\s+requests?|hold\s+requests?|immigration\s+holds?|ICE\s+holds?|civil\s+immigration\s+holds?|I-247(?![Nn]\b)\w*|requests?\s+(?:[\w.]+\s+){0,5}?to\s+(?:hold|detain|maintain\s+custody|retain\s+custody|keep\s+(?:\w+\s+)?in\s+custody|extend\s+(?:[\w']+\s+){0,2}?(?:detention|custody|incarceration)))"
_NOTIFICATION_REQUESTS = r"(?:notification\s+requests?|requests?\s+for\s+(?:advance\s+|release\s+)?notification|I-247N)\b"
_STATUS = r"(?:immigration|citizenship|legal|residency|alien|alienage|nationality)(?:\s+or\s+(?:immigration|citizenship))?\s+status|status\s+as\s+an?\s+(?:alien|immigrant|noncitizen)|citizenship|nationality"

# Places where enforcement is commonly limited (schools, clinics, worship, courts, shelters).
_PLACES = (
    r"(?:courthouses?|court\s+facilit\w+|court\s+proceedings?|courtrooms?|schools?|school\s+district|colleges?|universit\w+|"
    r"institutions?\s+of\s+higher\s+(?:education|learning)|campus\w*|hospitals?|health\s+(?:care\s+)?facilit\w+|"
    r"facilit\w+\s+providing\s+health|medical\s+(?:facilit\w+|offices?|centers?)|clinics?|places?\s+of\s+(?:religious\s+)?worship|"
    r"houses?\s+of\s+worship|churches|synagogues|mosques|temples|religious\s+(?:institutions?|organizations?|ceremon\w+)|"
    r"shelters?|librar\w+|polling\s+places?|sensitive\s+locations?|protected\s+areas?|child\s*care|day\s*care|"
    r"domestic\s+violence|victim\s+services?|patient[\s-]+care\s+areas?|exam(?:ination)?\s+rooms?|patient\s+rooms?|treatment\s+areas?|classrooms?|health\s+cent(?:er|re)s?|recreation\s+cent(?:er|re)s?|community\s+cent(?:er|re)s?)"
)
_PLACES_RE = _lazy(_PLACES, re.I)
_WAIT_OUTSIDE = _lazy(
    r"\b(?:wait|remain|stay)\s+(?:\w+\s+){0,2}?(?:in|at|outside(?:\s+of)?|within)\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}?"
    r"(?:vestibule|lobby|front\s+office|main\s+office|entrance|reception(?:\s+area)?|waiting\s+area|building)\b",
    re.I,
)
_AGENT = _lazy(r"\b(?:officers?|agents?|officials?)\b", re.I)
# A lead-in that stops before its object ("... arrest a person based solely on any of the following:",
# "... inquire about:"): its items complete it.
_OPEN_STEM = _lazy(
    r"\b(?:on|of|about|into|for|to|from|with|regarding|concerning|because|following|basis|upon|under|by)\s*[:—]?\s*$", re.I
)
_PLACE_LIST_LEAD = _lazy(r"\b(?:following|these|listed)\s+(?:\w+\s+)?(?:places|locations|facilities|sites|premises)\b", re.I)

I = re.I  # noqa: E741 - short alias keeps the pattern table readable


@dataclass(frozen=True)
class _Rule:
    """A topic pattern and the category it yields under each frame."""

    pattern: LazyRegex
    on_neg: str | None = None
    on_pos: str | None = None
    on_none: str | None = None  # topics that code on their own, whatever the modal
    needs_immigration: bool = False
    also: LazyRegex | None = None  # the sentence must also say this
    modal_before: bool = False  # a duty of this kind is stated "shall <verb>", never subject-first
    unless: LazyRegex | None = None  # a more specific reading of the same words wins
    # A bar on the topic is its opposite, so on_none does not reach it: "shall not disclose ... data"
    # is confidentiality, not a record kept for the public.
    on_none_negated: bool = True
    # The topic is itself a refusal ("decline detainers"): its own verb is no negation of it, and a
    # condition on it ("decline ... unless a judge signs") narrows the refusal, never makes it a duty.
    refusal: bool = False


def _rx(p: str) -> LazyRegex:
    return _lazy(p, I)


_CUSTODY_HANDOFF_HOLD = (
    r"\b(?:hold|held|holding|detain(?:s|ed|ing)?|keep|kept|keeping)\b[^.;]{0,120}?"
    r"\b(?:(?:assum\w*|tak(?:e|es|ing))\s+(?:\w+\s+)?custody|pending\s+(?:(?-i:ICE|DHS)|immigration|federal)\s+(?:\w+\s+)?"
    r"(?:assumption|transfer|pick-?up|take-?over)\b)"
)
_HANDOFF_CONTEXT = _rx(r"\b(?-i:ICE|DHS)\b|\bimmigration\b|\bHomeland\s+Security\b")
_REFUSE_DETAINER = _rx(rf"\b(?:declin|refus|reject|disregard|ignor)\w*\b[^.;]{{0,80}}?\b{_DETAINER_WORDS}")
# "may not ... fail to comply with a detainer" is a duty to comply; a failure named without a
# prohibition ("if a jail fails to honor a detainer, ...") establishes nothing.
_FAIL_DETAINER = _rx(
    rf"\bfail(?:s|ed|ing|ure)?\s+(?:\w+\s+){{0,2}}?to\s+(?:comply\s+with|honou?r|fulfill?|respond\s+to|act\s+on)\b[^.;]{{0,60}}?\b{_DETAINER_WORDS}"
)
_REFUSER = rf"\b(?:who|that|which)\s+(?:\w+\s+){{0,2}}?(?:refus|declin|fail)\w*\b[^.;]{{0,80}}?\b{_DETAINER_WORDS}"
_PUNISHED_REFUSAL = _rx(
    rf"{_REFUSER}(?=[^.;]{{0,120}}?\b(?:shall|will|must|may)\s+(?:\w+\s+){{0,2}}?(?:subject\s+to|liable|guilty|removed|fined|suspended|disciplined|ineligible|denied|forfeit))"
    rf"|\b(?:funds?|grants?|appropriat\w*|monies|moneys|money)\b[^.;]{{0,80}}?\b(?:to|for)\s+(?:\w+\s+){{0,5}}?{_REFUSER}"
)
_END_287G = _rx(
    r"\b(?:terminat\w*|end(?:s|ed|ing)?|withdraw\w*|rescind\w*|cancel\w*|discontinu\w*|exit\w*"
    # "Motion to deny the Sheriff's request to renew the 287(g) agreement"
    r"|(?:den(?:y|ies|ied|ying)|reject\w*|disapprov\w*)\b[^.;]{0,40}?\b(?:renew|extend|continu)\w*)\b[^.;]{0,140}?\b(?:287\s*\(\s*g\s*\)|1357\s*\(\s*g\s*\)"
    # a statute's own name for such agreements: "shall exercise the termination provision contained in the
    # immigration enforcement agreement"
    r"|immigration\s+enforcement\s+agreements?)"
)
# The agreement named before the ending: "give ICE the notice required by the 287(g) Memorandum of
# Agreement to terminate the agreement". The match opens at the ending so that a modal or permission
# between them governs it ("either party is free to terminate the agreement").
_TO_END_AGREEMENT = r"\bto\s+(?:terminat|rescind|cancel|end)\w*\s+(?:the|this|that|such|its|our)\s+(?:agreement|MOA|MOU|memorandum|program|partnership)\b"
_TO_END_287G = _rx(_TO_END_AGREEMENT)
_287G_THEN_END = _rx(rf"\b(?:287\s*\(\s*g\s*\)|1357\s*\(\s*g\s*\))[^.;]{{0,80}}?{_TO_END_AGREEMENT}")

# What makes a mention of an immigration officer's functions a matter of agreement or deputation.
_DEPUTATION = (
    r"(?:287\s*\(\s*g|1357\s*\(\s*g|agreements?|memorand\w*|MOAs?|MOUs?|contracts?|programs?|deputiz\w*|deputi[sz]ation|"
    r"designat\w*|delegat\w*|certif\w*|task\s+forces?|special\s+federal|supervision)"
)

_LAPSE_287G = _rx(
    r"\b(?:allow|let|permit)\w*\s+(?:\w+\s+){0,4}?(?:287\s*\(\s*g\s*\)|1357\s*\(\s*g\s*\))\s+(?:\w+\s+){0,3}?to\s+(?:expire|lapse|terminate)"
)

# Money or help for people applying for benefits, relief or legal services is no enforcement.
_BENEFITS = _rx(r"\b(?:applying|apply|applications?)\s+for\b|\bimmigration\s+(?:benefits|services|relief|legal)|\bnaturaliz\w*|\blegal\s+(?:services|representation|counsel)")

_PURPOSE_RECORDS = _lazy(
    r"\b(?:introduc|establish|creat|implement)\w*\s+(?:the\s+|a\s+|an\s+|new\s+)*(?:[\w/\-]+\s+){0,4}?"
    r"(?:reporting\s+requirements?|logs?|reports?|public\s+reports?)\b",
    I,
)

_RULES: tuple[_Rule, ...] = (
    # Detainers. Refusing a detainer is a limit whatever the modal ("will decline all detainers").
    _Rule(
        _REFUSE_DETAINER,
        on_neg="cooperation_mandate",
        on_pos="detainer_limits",
        on_none="detainer_limits",
        unless=_rx(f"{_FAIL_DETAINER.pattern}|{_PUNISHED_REFUSAL.pattern}"),
        refusal=True,
    ),
    _Rule(_FAIL_DETAINER, on_neg="cooperation_mandate"),
    # "An officer who refuses to comply with a detainer shall be subject to discipline", "shall not
    # appropriate funds to any office that declines to honor detainers": the refusal is what is punished.
    _Rule(_PUNISHED_REFUSAL, on_pos="cooperation_mandate", on_none="cooperation_mandate", on_neg="cooperation_mandate", refusal=True),
    # Released on the usual terms though a detainer came: "the inmate shall be released at the time he or she
    # would otherwise be released".
    _Rule(
        _rx(
            r"\breleas\w*\b[^.;]{0,60}?\b(?:at\s+the\s+(?:same\s+)?time|when|as\s+soon\s+as)\b[^.;]{0,40}?\bwould\s+otherwise\s+be\s+released\b"
            r"|\breleas\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?at\s+the\s+(?:normal|usual|regular|scheduled)\s+(?:release\s+)?time\b"
        ),
        on_pos="detainer_limits",
        on_none="detainer_limits",
        also=_rx(r"\bdetainers?\b|\bI-247|\bhold\s+requests?\b|\b(?-i:ICE)\b"),
    ),
    # A duty to answer ICE's requests: "requiring all County departments to comply with any lawful request
    # from the Department of Homeland Security for information ...".
    _Rule(
        _rx(
            rf"\bcompl(?:y|ies|ying|iance)\s+with\s+(?:any|all|every|each)?\s*(?:lawful\s+|valid\s+)?requests?\s+(?:from|by|of|made\s+by)\s+(?:the\s+)?"
            rf"(?:{_ICE}|(?:(?:U\.?\s?S\.?|United\s+States)\s+)?Department\s+of\s+Homeland\s+Security|(?-i:DHS)\b|federal\s+immigration\s+(?:authorit\w+|officials?|officers?|agents?|agenc\w+))"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
    ),
    # "The Department shall grant ICE read-only access to the jail management system": opening the jail or
    # its records to ICE is cooperation the text requires.
    _Rule(
        _rx(rf"\b(?:grant|give|gives|giving|provide|provides|providing|afford|allow|allows)\s+(?:the\s+)?{_ICE}\s+(?:[\w-]+\s+){{0,2}}?access\b"),
        on_pos="cooperation_mandate",
        modal_before=True,
    ),
    # The detainer named, then referred back to: "Every detainer request ... shall be forwarded to counsel,
    # and the Sheriff shall not honor the request unless ...".
    _Rule(
        _rx(r"\b(?:honou?r|compl(?:y|ies)\s+with|act\s+on|accept)\w*\s+(?:the|such|that|this|each|any)\s+(?:such\s+)?requests?\b"),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
        also=_rx(r"\bdetainers?\b|\bI-247\b|\bhold\s+requests?\b"),
        unless=_rx(r"\bnotification\s+requests?\b|\brequests?\s+for\s+(?:advance\s+|release\s+)?notification"),
    ),
    # A hold for ICE to take the person over, named without the word "detainer": "the inmate shall be
    # held for up to 48 hours to allow ICE to assume custody" is the detainer's duty; barred, its limit.
    _Rule(
        _rx(_CUSTODY_HANDOFF_HOLD),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
        also=_HANDOFF_CONTEXT,
    ),
    # An agreement's own promise ("The LEA agrees to ... hold aliens for up to 48 hours pending ICE
    # assumption of custody") binds as a "shall" would.
    _Rule(
        _rx(rf"\bagree(?:s|d)?\s+to\b[^.;]{{0,160}}?(?:{_CUSTODY_HANDOFF_HOLD})"),
        on_none="cooperation_mandate",
        on_pos="cooperation_mandate",
        on_neg="detainer_limits",
        also=_HANDOFF_CONTEXT,
    ),
    _Rule(
        _rx(
            rf"\b(?:detain(?:s|ed|ing)?|detention\s+of|arrest(?:s|ed|ing)?|hold(?:s|ing)?|held|(?:keep(?:s|ing)?|kept)\s+(?:\w+\s+){{0,3}}?in\s+(?:custody|jail)|remain(?:s|ed|ing)?\s+in\s+(?:custody|jail)|(?:maintain|retain)(?:s|ed|ing)?\s+(?:\w+\s+){{0,3}}?custody|honou?r(?:s|ed|ing)?|compl(?:y|ies|ied|ying|iance)\s+with|respond(?:s|ed|ing)?\s+to|accept(?:s|ed|ing)?|act(?:s|ed|ing)?\s+on|fulfill?(?:s|ed|ing)?|transfer(?:s|red|ring)?|enforc(?:e|es|ed|ing)|execut(?:e|es|ed|ing)|recogniz(?:e|es|ed|ing)|giv(?:e|es|ing)\s+effect\s+to)\b[^.;]{{0,140}}?\b{_DETAINER_WORDS}"
        ),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
        # "release anyone who would otherwise be held only on a detainer" describes the person released.
        unless=_rx(
            f"{_REFUSE_DETAINER.pattern}|{_FAIL_DETAINER.pattern}|\\bwould\\s+otherwise\\s+(?:be\\s+)?(?:held|detained|kept)\\b"
            # "If the Sheriff honors a detainer, the Sheriff shall record it": the honoring is a condition
            r"|\b(?:if|when|whenever|where)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:honou?rs|complies\s+with|accepts)\b"
            f"|\\breleas\\w*\\b[^.;]{{0,80}}?\\b(?:notwithstanding|regardless\\s+of|despite|without\\s+regard\\s+to|even\\s+(?:if|though|when))\\s+(?:\\w+\\s+){{0,3}}?{_DETAINER_WORDS}"
            # "requests for notification of release, whether made on Form I-247A or otherwise": the form
            # carries the notification request, and no hold is named
            r"|^(?![\s\S]*\b(?:detainers?|holds?|hold\s+requests?|detain\w*)\b)"
            r"(?=[\s\S]*\b(?:requests?\s+for\s+(?:advance\s+|release\s+)?notification|notification\s+requests?))"
        ),
    ),
    _Rule(
        _rx(
            rf"\b{_DETAINER_WORDS}(?=[^.;]{{0,60}}?\b(?:be|are|is)\s+(?:not\s+)?(?:honou?red|complied\s+with|accepted|followed|executed|recognized|enforced|given\s+effect|processed))"
        ),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
    ),
    # A detainer named with a judicial-warrant exception is the hallmark of a detainer limit, also as
    # a bare list item under "shall not ... arrest a person based on any of the following:".
    _Rule(
        _rx(
            rf"\b{_DETAINER_WORDS}[^.;]{{0,120}}?\bunless\s+(?:\w+\s+){{0,4}}?(?:accompanied|supported|issued|signed|approved)\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+){{0,2}}?(?:judicial|judge|court|magistrate|criminal\s+warrant)"
        ),
        on_neg="detainer_limits",
    ),
    # "Requests from ICE to extend a person's detention will be declined": the refusal after the topic.
    _Rule(
        _rx(rf"\b{_DETAINER_WORDS}(?=[^.;]{{0,80}}?\b(?:be|are|is)\s+(?:declined|refused|rejected|disregarded|denied)\b)"),
        on_pos="detainer_limits",
        on_none="detainer_limits",
        on_neg="cooperation_mandate",
        refusal=True,
    ),
    # Requests for release notification refused: "shall decline all detainer and release-notification
    # requests", "Notification requests (Form I-247N) shall be declined".
    _Rule(
        _rx(
            rf"\b(?:declin|refus|reject|disregard|ignor)\w*\b[^.;]{{0,80}}?\b{_NOTIFICATION_REQUESTS}"
            rf"|\b{_NOTIFICATION_REQUESTS}(?=[^.;]{{0,80}}?\b(?:be|are|is)\s+(?:declined|refused|rejected|disregarded|denied)\b)"
        ),
        on_pos="notification_limits",
        on_none="notification_limits",
        on_neg="cooperation_mandate",
        refusal=True,
    ),
    # "A detainer shall not, by itself, constitute probable cause to hold a person."
    _Rule(
        _rx(
            rf"\b{_DETAINER_WORDS}[^.;]{{0,60}}?\b(?:constitut\w*|establish\w*|provid\w*|be|is|are)\s+(?:a\s+|an\s+|the\s+)?(?:sufficient\s+|adequate\s+|independent\s+|legal\s+)?"
            r"(?:probable\s+cause|basis|grounds?|authority|cause)\b"
        ),
        on_neg="detainer_limits",
    ),
    # "will not detain individuals for federal immigration authorities", "hold people at the request of
    # ICE": holding someone for ICE is acting on its request, with or without the word "detainer".
    _Rule(
        _rx(
            rf"\b(?:(?:detain|hold|held|keep|kept)\w*|extend\w*\s+(?:the\s+)?(?:\w+\s+)?(?:confinement|detention|custody|incarceration))\s+(?:[\w']+\s+){{0,4}}?(?:for|on\s+behalf\s+of|at\s+the\s+(?:request|behest)\s+of)\s+(?:the\s+)?(?:federal\s+)?{_ICE}"
        ),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
    ),
    # "No person shall be arrested for a civil immigration violation while attending a court proceeding"
    _Rule(
        _rx(
            r"\b(?:arrest|detain|apprehend|question|stop)\w*\b[^.;]{0,100}?\b(?:while|when)\s+(?:\w+\s+){0,2}?(?:attending|going\s+to|appearing\s+(?:in|at|before)|traveling\s+to|seeking|receiving|visiting|at|in)\s+"
            r"(?:an?\s+|the\s+|any\s+)?(?:\w+\s+){0,2}?(?:court\w*|schools?|hospitals?|church\w*|clinics?|proceedings?|hearings?|places?\s+of\s+worship|medical\s+care|shelters?)\b"
        ),
        on_neg="sensitive_locations",
        needs_immigration=True,
    ),
    # "shall release any person who would otherwise be held only on an ICE detainer"
    _Rule(
        _rx(
            rf"\breleas\w*\b[^.;]{{0,80}}?\b(?:would\s+otherwise\s+be|(?:is|are)\s+(?:being\s+)?)\s*(?:held|detained|kept)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:on|under|pursuant\s+to|because\s+of|based\s+(?:solely\s+)?on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_DETAINER_WORDS}"
        ),
        on_pos="detainer_limits",
        on_none="detainer_limits",
    ),
    # "Any official shall require a judicial warrant prior to detaining an individual at the request of
    # ICE": the warrant made a condition of the hold.
    _Rule(
        _rx(
            r"\brequir\w*\s+(?:an?\s+)?(?:judicial|criminal|court|judge's)\s+(?:warrant|order)\s+(?:prior\s+to|before)\b(?:\s+\(?[a-z0-9]{1,2}[.)])?[^.;]{0,200}?"
            r"\b(?:detain\w*|hold\w*|prolong\w*|arrest\w*|transfer\w*|transport\w*)"
        ),
        on_pos="detainer_limits",
        on_none="detainer_limits",
        needs_immigration=True,
    ),
    # "will not rent or make available County jail beds for the civil detention of immigrants"
    _Rule(
        _rx(
            r"\b(?:rent|leas|mak\w*\s+(?:\w+\s+){0,2}?available|provid|contract|sell)\w*\s+(?:\w+\s+){0,4}?(?:beds?|bed\s+space|cells?)\b"
            rf"[^.;]{{0,80}}?(?:\bimmigra\w+|{_ICE}|\bcivil\s+detention)"
        ),
        on_neg="resource_limits",
    ),
    # "will not delay release to permit ICE agents to arrive": a hold by another name
    _Rule(
        _rx(rf"\bdelay\w*\s+(?:the\s+|an?\s+|any\s+)?(?:\w+\s+){{0,2}}?releas\w*\b[^.;]{{0,80}}?\b(?:{_ICE}|agents?\s+to\s+arrive|immigration)"),
        on_neg="detainer_limits",
    ),
    # "released notwithstanding any immigration detainer", "shall be released even if a detainer has been lodged"
    _Rule(
        _rx(
            rf"\breleas\w*\b[^.;]{{0,80}}?\b(?:notwithstanding|regardless\s+of|despite|without\s+regard\s+to|even\s+(?:if|though|when))\s+(?:\w+\s+){{0,3}}?{_DETAINER_WORDS}"
        ),
        on_pos="detainer_limits",
        on_none="detainer_limits",
    ),
    _Rule(
        _rx(
            r"\b(?:detain|hold|held|holding|keep|kept|(?:maintain|retain)\w*\s+(?:\w+\s+){0,3}?custody|remain\w*\s+in\s+(?:custody|jail))\w*\b[^.;]{0,200}?\b(?:solely|only|exclusively|sole|merely)\b[^.;]{0,80}?\b(?:immigration|detainer|citizenship|alienage|I-247|(?-i:ICE)\b)"
        ),
        on_neg="detainer_limits",
        # "stop, arrest or detain ... solely for immigration status" bars street enforcement (a
        # resource limit), not jail holds.
        unless=_rx(
            r"\b(?:stop|arrest|search|apprehend|question)\w*\s*,?\s+(?:\w+\s*,\s+)*(?:or\s+|and\s+|nor\s+)?(?:detain|hold)|\b(?:detain|hold)\w*\s*,?\s+(?:\w+\s*,\s+)*(?:or\s+|and\s+|nor\s+)?(?:arrest|stop|search)"
            # "detain a person solely to determine immigration status", with no detainer in sight: a
            # street detention made to find out status, not a jail hold for ICE.
            r"|^(?!.*\b(?:detainers?|holds?|hold\s+requests?)\b)(?=.*\bdetain\w*\b[^.;]{0,200}?\b(?:solely|only|exclusively|sole|merely)\b[^.;]{0,80}?"
            r"\b(?:to\s+(?:determine|verify|ascertain|investigate|inquire|check|establish|discover)"
            r"|(?:purpose|intent|aim)\s+of\s+(?:determin|verif|ascertain|investigat|inquir|check|establish|discover)\w*"
            r"|(?:suspected|perceived|actual|apparent)\s+(?:immigration|citizenship)))"
        ),
    ),
    _Rule(
        _rx(
            r"\b(?:detain|hold|held|holding|keep|kept)\w*\b[^.;]{0,120}?\b(?:eligible\s+for\s+release|(?:past|beyond)\s+(?:the|their|his\s+or\s+her|its|an?)\s+(?:\w+\s+)?(?:time|date)|after\s+(?:the\s+)?(?:time|date)\s+(?:on\s+which|when|that)|longer\s+than|otherwise\s+(?:cause\s+\w+\s+to\s+)?be\s+released|would\s+otherwise\s+be\s+released|posts?\s+bail|after\s+(?:release|the\s+person\s+is\s+eligible))"
        ),
        on_neg="detainer_limits",
        needs_immigration=True,
    ),
    # Holding someone for ICE to collect: "shall hold the person until ICE takes custody" is a duty to
    # honor the request; "shall not release the person until ICE takes custody" is the same duty.
    _Rule(
        _rx(
            rf"\b(?:hold|holds|holding|held|detain|detains|detaining|detained|keep|keeps|kept|maintain\s+custody\s+of)\b[^.;]{{0,80}}?\buntil\s+(?:the\s+)?{_ICE}\s+"
            r"(?:\w+\s+){0,2}?(?:takes?|assumes?|obtains?)\s+(?:physical\s+)?custody"
        ),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
    ),
    _Rule(
        _rx(
            rf"\breleas\w*\b[^.;]{{0,80}}?\buntil\s+(?:the\s+)?{_ICE}\s+(?:\w+\s+){{0,2}}?(?:takes?|assumes?|obtains?)\s+(?:physical\s+)?custody"
        ),
        on_neg="cooperation_mandate",
    ),
    _Rule(
        _rx(
            rf"\btransfer\w*\b[^.;]{{0,80}}?\bto\s+(?:the\s+)?{_ICE}[^.;]{{0,80}}?\bunless\b[^.;]{{0,80}}?\bjudicial"
        ),
        on_neg="detainer_limits",
    ),
    _Rule(
        _rx(
            rf"\btransfer\w*\b[^.;]{{0,80}}?\b(?:to|into)\s+(?:the\s+|an?\s+|any\s+)?(?:custody\s+of\s+)?{_ICE}"
        ),
        on_neg="detainer_limits",
        on_pos="cooperation_mandate",
        # "Upon transfer ... to the custody of federal immigration authorities, the term shall run
        # concurrently": the transfer is the condition of another rule, not its duty.
        unless=_rx(r"\bnumbers?\s+of\b|\bstatistics\b|^\W*(?:Upon|After|Following)\s+(?:the\s+|a\s+|an\s+|any\s+)?transfer\w*\b[^,;]{0,160},"),
    ),
    # "If ICE asks to be notified of a person's release, the Jail shall decline the request"
    _Rule(
        _rx(r"\b(?:declin|refus|reject|deny|denies|disregard)\w*\s+(?:the|such|that|this|any|all|these|those|every)\s+(?:\w+\s+)?requests?\b"),
        on_pos="notification_limits",
        on_none="notification_limits",
        on_neg="cooperation_mandate",
        needs_immigration=True,
        also=_rx(r"\b(?:notif\w+|advance\s+notice|informed|told)\b[^.;]{0,80}?\brelease"),
    ),
    # Release notification
    _Rule(
        _rx(
            r"\b(?:provid|respond|answer|reply|compl|honou?r|disclos|shar|giv|disseminat|communicat|send|transmit|notif|inform|advis|releas|request(?=ing|ed)|fulfil|tell)\w*\b[^.;]{0,120}?(?:\brelease\s+(?:dates?|times?|status|information|details)\b|\b(?:when|whether)\s+(?:\w+\s+){1,3}?(?:will\s+be|(?:is|are)\s+(?:to\s+be|scheduled\s+to\s+be|about\s+to\s+be|going\s+to\s+be)|was)\s+released\b|\badvance\s+(?:notice|notification)\s+of\s+(?:\w+\s+){0,3}?(?:release|transfer)|\b(?:date|time)s?(?:\s*,\s*(?:date|time|place|location)s?)*,?\s+(?:and|or)\s+(?:time|date|place|location)s?\s+of\s+(?:[\w']+\s+){0,3}?(?:release|discharge)|\b(?:scheduled|anticipated|upcoming|pending|impending|imminent|expected|projected|planned)\s+release\b|\bnotification\s+requests?\b|\brequests?\s+for\s+notification\b|\bI-247N\b)"
        ),
        on_neg="notification_limits",
        needs_immigration=True,
        # "does not honor requests to hold people beyond their release date" limits holds only.
        unless=_rx(
            r"^(?!.*\b(?:notif|inform|advis|disclos|shar|provid|giv|communicat|send|transmit)\w*)"
            r"(?=.*\b(?:hold|detain|keep|held)\w*\b[^.;]{0,80}?\b(?:beyond|past|after|longer\s+than)\b[^.;]{0,30}?\brelease\s+(?:dates?|times?))"
        ),
    ),
    _Rule(
        _rx(
            r"\b(?:notice|notification|information)\s+(?:of|regarding|about|concerning)\s+(?:\w+'?s?\s+){0,4}?(?:release|discharge)\b"
        ),
        on_neg="notification_limits",
        needs_immigration=True,
    ),
    # The release date as the subject: "Release dates, home addresses and other personal information ...
    # may not be provided to federal immigration authorities".
    _Rule(
        _rx(
            r"\brelease\s+(?:dates?|times?|information|status)\b[^.;]{0,200}?\b(?:provided|disclosed|shared|given|communicated|sent|transmitted|made\s+available)\s+to\b"
        ),
        on_neg="notification_limits",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            # "give ICE notice", "provide notice to ICE of ... release"
            rf"\b(?:notif\w+|inform\w*|advis\w+|alert\w*|(?:provid|giv|send)\w*\s+(?:advance\s+|prior\s+|written\s+)?notice\s+to)\s+(?:the\s+)?{_ICE}[^.;]{{0,100}}?\b(?:release|discharge|transfer|parole)"
        ),
        on_neg="notification_limits",
        on_pos="cooperation_mandate",
    ),
    # "notify federal authorities about the release of any individual for immigration purposes": the
    # authorities are unnamed, the sentence says what the notice is for.
    _Rule(
        _rx(
            r"\b(?:notif\w+|inform\w*|advis\w+|alert\w*)\s+(?:the\s+)?federal\s+(?:law\s+enforcement\s+)?(?:authorit\w+|agen\w+|officials?|officers?)\s+"
            r"(?:of|about|regarding|concerning|as\s+to)\s+(?:\w+\s+){0,3}?(?:release|discharge)\b"
        ),
        on_neg="notification_limits",
        needs_immigration=True,
        also=_IMM_RE,
    ),
    # "ICE will be notified of the release of any inmate with a detainer"
    _Rule(
        _rx(
            rf"{_ICE}\s+(?:\w+\s+){{0,3}}?(?:notified|informed|advised|alerted)\b[^.;]{{0,100}}?\b(?:release|discharge|transfer|parole)"
        ),
        on_neg="notification_limits",
        on_pos="cooperation_mandate",
        needs_immigration=True,
        # "If ICE asks to be notified ..., the Jail shall decline the request": ICE's wish, refused.
        unless=_rx(r"\b(?:asks?|asked|requests?|requested|wants?|seeks?)\s+to\s+be\s+(?:notified|informed|advised|alerted)\b"),
    ),
    # Mandated reporting to immigration authorities (a limit on this is coded by the topics above)
    _Rule(
        _rx(
            rf"\b(?:notif(?:y|ies|ying)|inform\w*|advis\w+|alert\w*|contact\w*|call\w*)\s+(?:the\s+)?{_ICE}|\b(?:provid|furnish|suppl)\w*\s+(?:the\s+)?{_ICE}\s+with\b|\b(?:forward|send|transmit|report|provide|submit|refer|notify|deliver)\w*\b(?:(?!\b(?:number|numbers|statistics|data|transferred|released|surrendered|turned)\b)[^.;]){{0,160}}?\bto\s+(?:the\s+)?{_ICE}|\b(?:shar|exchang)\w*\b[^.;]{{0,120}}?\bwith\s+(?:the\s+)?{_ICE}"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
        # "shall inform ICE that the County does not honor such requests" tells ICE no.
        unless=_rx(
            r"\b(?:does|do|will|shall)\s+not\s+(?:honou?r|comply|respond|provide|hold)|\bdeclin\w*|\brefus\w*"
            # "a report describing every instance in which a department provided assistance to ICE"
            r"|\b(?:describ|list|summariz|detail|identify|identifi)\w*\s+(?:every|each|all|any)\s+(?:instances?|cases?|occasions?|requests?|times?)\b"
            # parity, not a mandate: "information that we would otherwise share with other law enforcement
            # agencies or that is publicly available"
            r"|\b(?:otherwise\s+)?(?:share|provide|give)\w*\s+(?:\w+\s+){0,2}?with\s+(?:any\s+|all\s+)?other\s+(?:law\s+enforcement\s+|criminal\s+justice\s+)?agenc\w+"
            r"|\bpublicly\s+available\b|\bavailable\s+to\s+(?:the\s+)?(?:general\s+)?public\b"
            # "provide written notice to ICE terminating the 287(g) agreement": the notice ends cooperation
            r"|\bnotice\b[^.;]{0,60}?\b(?:terminat|withdraw|cancel|rescind|end)(?:s|ed|ing)?\b"
        ),
    ),
    # "may not deny ICE officers access to a jail": a ban on refusing access is a duty to give it.
    _Rule(
        _rx(
            r"\b(?:deny|denies|denied|denying|refus\w*|restrict\w*|limit\w*|bar|bars|barred|barring)\s+(?:[\w.]+\s+){0,4}?access\s+to\s+(?:\w+\s+){0,6}?"
            r"(?:jails?(?!\s+(?:management|records?|information|data)\b)|facilit\w+|detention|custody|inmates?|prisoners?|detainees?|(?:individuals?|persons?|people)\s+(?:\w+\s+){0,2}?(?:in|detained|held|incarcerated|confined)\b)"
        ),
        on_neg="cooperation_mandate",
        on_pos="ice_access_limits",
        needs_immigration=True,
    ),
    # Access to jails and people in custody
    _Rule(
        _rx(
            r"\baccess(?:,[^,.;]{0,40},|\s+by(?:\s+[\w.]+){1,4}?)?\s+to\s+(?:[\w'\u2019]+,?\s+){0,8}?(?:jails?(?!\s+(?:\w+\s+)?(?:management|records?|information|data|logs?|files?|photo\w*|systems?)\b)|facilit\w+|detention|custody|inmates?|prisoners?|detainees?|(?:individuals?|persons?|people)\s+(?:\w+\s+){0,2}?(?:in|detained|held|incarcerated|confined)\b|detained\s+(?:individuals?|persons?|people)|non-?public|secure\s+areas?|booking(?!\s+(?:photo\w*|records?|information|data|sheets?|numbers?|logs?))|housing\s+units?|interview\w*)|\baccess\s+(?:the\s+|any\s+)?(?:non-?public|secure)\s+areas?|\b(?:enter|entry\s+(?:of\s+(?:[\w.]+\s+){1,4}?)?(?:in)?to)\s+(?:\w+\s+){0,4}?(?:jails?(?!\s+(?:management|records?|information|data)\b)|facilit\w+|non-?public\s+areas?|treatment\s+areas?|patient\s+(?:rooms?|care\s+areas?)|staff-only\s+areas?|exam(?:ination)?\s+rooms?)|\binterview\w*\b[^.;]{0,80}?\b(?:inmates?|detainees?|individuals?|persons?|prisoners?|people)\b[^.;]{0,80}?\b(?:custody|jail|detention|detained|incarcerated)|\buse\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:facilit\w+|offices?|rooms?|space)\b[^.;]{0,40}?\b(?:interview|question|interrogat)"
            # letting agents into a place: "will not allow immigration agents into treatment areas", "shall not
            # be admitted to non-public areas"
            r"|\b(?:allow|admit|let|permit)\w*\s+(?:\w+\s+){0,3}?(?:agents?|officers?|officials?|(?-i:ICE)|personnel)\s+(?:in)?to\s+"
            r"(?:the\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:areas?|rooms?|facilit\w+|premises|buildings?|jails?|classrooms?|grounds|cells?)\b"
            r"|\badmitted\s+(?:in)?to\s+(?:the\s+|any\s+|an?\s+)?(?:non-?public|secure|restricted|private|staff-only)\b"
            # "the Sheriff shall not provide ICE access absent written consent"
            r"|\b(?:provid|grant|giv|allow)\w*\s+(?-i:ICE)\s+access\b(?!\s+to\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:records?|data|databases?|systems?|files?)\b)"
        ),
        on_neg="ice_access_limits",
        needs_immigration=True,
        unless=_rx(r"\b(?:deny|denies|denied|denying|refus\w*)\s+(?:[\w.]+\s+){0,4}?access\s+to\b"),
    ),
    # Interviews asked for or held by immigration agents: "requests to interview an individual" (also
    # "a request to hold, interview or transfer"), "interviews of detainees", "rooms made available
    # for ICE interviews". The topic is the word "interview"; the sentence says whose interview.
    _Rule(
        _rx(r"\binterview(?:s|ed|ing)?\b"),
        on_neg="ice_access_limits",
        needs_immigration=True,
        also=_rx(
            r"\binterview(?:s|ing)?\s+(?:of\s+|with\s+)?(?:\w+\s+){0,2}?(?:inmates?|detainees?|prisoners?)\b"
            r"|\b(?:requests?|requested|requesting)\s+(?:\w+\s+){0,6}?to\s+(?:\w+,?\s+(?:or\s+|and\s+)?){0,3}?interview\b"
            r"|\b(?:facilit\w+|offices?|rooms?|space)\s+(?:\w+\s+){0,3}?(?:for|to\s+(?:conduct|hold))\s+(?:\w+\s+){0,2}?interviews?\b"
            r"|\b(?:facilit\w+|jails?|offices?|rooms?|premises)\b[^.;]{0,100}?\bmade\s+available\b[^.;]{0,80}?\binterviews?\b"
            rf"|\binterviews?\s+(?:\w+\s+){{0,4}}?(?:by|with)\s+(?:the\s+)?{_ICE}|(?<![\w-]){_ICE}\s+interviews?\b"
            rf"|(?<![\w-]){_ICE}\s+(?:\w+\s+){{0,3}}?to\s+interview\b"
        ),
    ),
    # "allowing ICE officers to question anyone held in the jail"
    _Rule(
        _rx(
            r"\b(?:question|interrogate)\s+(?:\w+\s+){0,3}?(?:inmates?|detainees?|prisoners?|(?:persons?|individuals?|people|anyone)\s+(?:\w+\s+){0,2}?(?:in|held|detained|incarcerated|confined)\b)"
        ),
        on_neg="ice_access_limits",
        needs_immigration=True,
        also=_rx(rf"(?<![\w-]){_ICE}\s+(?:\w+\s+){{0,3}}?to\s+(?:question|interrogate)\b"),
    ),
    _Rule(
        _rx(
            r"\b(?:grant|give|provid|allow|permit|afford)\w*\s+(?:(?!information\b)[\w'.]+\s+){0,5}?access\s+to\s+(?:\w+\s+){0,6}?(?:jails?(?!\s+(?:management|records?|information|data)\b)|facilit\w+|detention|custody|inmates?|prisoners?|detainees?|individuals?\s+in|persons?\s+in|people\s+in|non-?public|booking|interview)"
        ),
        on_pos="cooperation_mandate",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            r"\b(?:allowed|permitted|admitted|let|(?:allow|permit|admit|let)\w*\s+(?:\w+\s+){1,4}?)\s*(?:in|into|inside|within|to\s+enter)\s+(?:the\s+|any\s+)?(?:\w+\s+){0,3}?(?:jails?(?!\s+(?:management|records?|information|data)\b)|facilit\w+|secure\s+areas?|non-?public\s+areas?|booking|housing\s+units?|detention)"
        ),
        on_neg="ice_access_limits",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            r"\boffice\s+space\b|\boffices?\s+or\s+quarters\b|\bstationed\s+(?:in|at|inside)\b|\b(?:regular|permanent|continuous|routine)\s+presence\b|\b(?:maintain|establish|have|use|occupy)\s+(?:an?\s+)?(?:office|offices|quarters|desk|workspace)\b"
        ),
        on_neg="ice_access_limits",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            r"\binterview\w*\b[^.;]{0,200}?\b(?:consent\w*|voluntary|decline|refuse|attorney|counsel|right\s+to\s+remain\s+silent)\b|\b(?:written\s+)?consent\s+forms?\b[^.;]{0,200}?\binterview"
            # An advisement listed as the person's rights: "the right to decline the interview".
            r"|\bright\s+to\s+(?:decline|refuse)\s+(?:the\s+|an?\s+|any\s+)?(?:\w+\s+){0,2}?interview"
            # the consent named before the interview: "obtain written consent before any ICE interview"
            r"|\bconsent\b[^.;]{0,60}?\b(?:before|prior\s+to)\s+(?:\w+\s+){0,3}?interview"
        ),
        on_neg="ice_access_limits",
        on_pos="ice_access_limits",
        on_none="ice_access_limits",
        needs_immigration=True,
    ),
    # Status inquiries
    _Rule(
        _rx(
            # "seek out people because of their immigration status" targets people, asks nothing
            rf"\b(?:inquir\w*|enquir\w*|ask\w*|question\w*|interrogat\w*|solicit\w*|elicit\w*|investigat\w*|(?:seek(?:s|ing)?|sought)(?!\s+out\b)|demand\w*|request\w*|find(?:s|ing)?\s+out)\b,?\s+(?:[\w'\-]+,?\s+){{0,10}}?(?:{_STATUS}|place\s+of\s+birth|birthplace|country\s+of\s+(?:birth|origin|citizenship)|(?:legally|illegally|lawfully|unlawfully)\s+(?:in|present|residing)\b|in\s+(?:the\s+)?(?:country|United\s+States|U\.\s?S\.)\s+(?:legally|illegally|lawfully|unlawfully)|whether\s+(?:\w+\s+){{0,3}}?(?:is|are)\s+(?:an?\s+)?(?:U\.?\s?S\.?\s+)?citizens?\b|have\s+papers\b)(?![^.;]{{0,60}}\bfrom\s+(?:the\s+)?{_ICE})|\b(?:{_STATUS})\s+(?:\w+\s+){{0,3}}(?:inquir|question)\w*"
        ),
        on_neg="status_inquiry_limits",
    ),
    _Rule(
        _rx(
            rf"\b(?:determine|verify|ascertain|check|inquire(?:,[^,.;]{{0,40}},)?\s+(?:into|about|as\s+to|regarding)|request\w*\s+information\s+regarding)\b[^.;]{{0,80}}?\b(?:{_STATUS}|country\s+(?:in\s+which|of|where)\s+(?:the\s+person|he|she|they)?\s*(?:was|were)?\s*born|place\s+of\s+birth|country\s+of\s+(?:birth|citizenship)|(?:a\s+)?(?:legal|lawful)\s+(?:permanent\s+)?residents?\s+of\s+the\s+United\s+States|lawfully\s+present|born\s+in\s+(?:a|another)\s+country|citizen\s+of\s+(?:a|another)\s+country)|\bSecure\s+Communities\b|\bPriority\s+Enforcement\s+Program\b"
        ),
        on_pos="cooperation_mandate",
        # "shall only inquire about status when the law requires it" is a limit on asking
        unless=_rx(r"\b(?:shall|may|will)\s+only\b|\bonly\s+(?:when|if|where|to\s+the\s+extent)\b"),
    ),
    # "Status checks shall cover everyone booked into the jail": inquiries made a duty for every
    # arrestee, with the inquiry as the subject and whom it reaches after the modal.
    _Rule(
        _rx(
            r"\b(?:immigration|citizenship)\s+(?:status\s+)?(?:inquir(?:y|ies)|checks?|screenings?|verifications?)\b[^.;]{0,60}?"
            r"\b(?:shall|must|will)\s+(?:encompass|include|cover|extend\s+to|apply\s+to|reach|be\s+(?:made|conducted|performed|run|done)\s+(?:for|on|of))\b"
            r"[^.;]{0,160}?\b(?:arrest\w*|booked|booking|custod\w*)\b"
        ),
        on_pos="cooperation_mandate",
    ),
    # "shall have the person's immigration status determined before the person is released"
    _Rule(
        _rx(rf"\b(?:{_STATUS})\s+(?:\w+\s+){{0,2}}?(?:determined|verified|ascertained|checked|confirmed)\b"),
        on_pos="cooperation_mandate",
        modal_before=True,
    ),
    # "A person's immigration status shall not be the subject of any question"
    _Rule(
        # the status may open a long subject ("An applicant's citizenship, whether the applicant is seeking
        # housing or a license, shall not be the subject of any question")
        _rx(rf"\b(?:{_STATUS})\b[^.;]{{0,160}}?\b(?:subject|topic)\s+of\s+(?:any\s+|a\s+|an\s+)?(?:questions?|questioning|inquir\w+|interrogat\w+)"),
        on_neg="status_inquiry_limits",
    ),
    # "No application shall require an applicant to state his or her immigration status", "shall not
    # require proof of citizenship": asking by way of a form or a condition.
    _Rule(
        _rx(
            rf"\brequir\w*\s+(?:[\w']+\s+){{0,4}}?to\s+(?:state|disclose|provide|prove|show|present|declare|reveal|produce|furnish|document)\s+(?:[\w'\-]+\s+){{0,8}}?(?:{_STATUS})"
            rf"|\brequir\w*\s+(?:[\w']+\s+){{0,4}}?(?:proof|evidence|documentation|documents)\s+(?:of|showing|establishing)\s+(?:[\w']+\s+){{0,3}}?(?:{_STATUS}|lawful\s+presence)"
            rf"|\bdemand\w*\s+(?:[\w']+\s+){{0,12}}?(?:proof|evidence|documentation|documents|papers)\s+(?:of|showing|establishing)\s+(?:[\w']+\s+){{0,3}}?(?:{_STATUS}|(?:lawful|legal)\s+presence)"
        ),
        on_neg="status_inquiry_limits",
    ),
    # "shall not attempt to verify or determine a person's immigration status" (not "stop or arrest
    # someone to determine status", which bars street enforcement; but "contact, detain, question or
    # arrest ... to discover the immigration status" bars the questions too)
    _Rule(
        _rx(rf"\b(?:determin|verif|ascertain|discover|establish)\w*\b[^.;]{{0,60}}?\b(?:{_STATUS})"),
        on_neg="status_inquiry_limits",
        unless=_lazy(
            r"^(?!.*\b(?:question|interrogat|inquir|enquir)\w*\b).*?\b(?:stop|arrest|detain|apprehend|search|contacts?)\w*\b",
            I | re.S,
        ),
    ),
    # Status information: collecting, keeping, sharing
    _Rule(
        _rx(
            rf"\b(?:shar|disclos|disseminat|divulg|provid|send|transmit|report|communicat|releas|giv|collect|gather|maintain|record|keep|exchang|retain|document|compil|register|stor)\w*\b[^.;]{{0,100}}?\binformation\b[^.;]{{0,60}}?\b(?:{_STATUS})|\b(?:immigration|citizenship)\s+status\s+information\b|\b(?:shar|disclos|disseminat|divulg|send|transmit|communicat|reveal)\w*\s+(?:(?:any|a|an|the|each|every)\s+)?(?:(?:person|individual|resident|inmate|client|patient|student|detainee|applicant|employee|victim|witness|arrestee)(?:'s|'|s)?\s+|(?:his\s+or\s+her|their|his|her)\s+)?(?:{_STATUS})|\b(?:shar|disclos|disseminat|divulg|send|transmit|reveal)\w*\s+such\s+status\b|\b(?:collect|gather|record|maintain|document(?!s?\s+(?:to|that|which|prov\w*|show\w*|establish\w*)\b)|register|stor|retain|keep)\w*,?\s+(?:[\w'\u2019]+\s+){{0,6}}?(?:immigration|citizenship)\s+status\b"
            # "shall not maintain records of any person's citizenship"
            rf"|\b(?:collect|gather|record|maintain|document|register|stor|retain|keep|compil|creat)\w*\s+(?:\w+\s+){{0,2}}?(?:records?|information|data|files?|lists?|databases?)\s+(?:of|on|about|regarding|concerning|as\s+to),?\s+(?:[\w']+\s+){{0,4}}?(?:{_STATUS})"
        ),
        on_neg="status_sharing_limits",
    ),
    # "shall not create or maintain any registry of residents based on immigration status"
    _Rule(
        _rx(
            rf"\b(?:creat|maintain|compil|establish|build|keep|develop|assist\w*\s+(?:in|with))\w*\s+(?:[\w']+\s+){{0,3}}?(?:registry|registries|databases?|lists?)\b[^.;]{{0,60}}?"
            rf"\b(?:based\s+(?:up)?on|by|of|according\s+to|on\s+the\s+basis\s+of)\s+(?:[\w',]+\s+){{0,3}}?(?:{_STATUS})"
        ),
        on_neg="status_sharing_limits",
    ),
    # Data minimization in a text about immigration: "information collected from individuals is
    # limited to the minimum necessary" limits what is gathered, status included.
    _Rule(
        _rx(
            r"\binformation\s+(?:collected|gathered|obtained|requested)\s+(?:from|about|on)\s+(?:individuals|persons|people|residents|applicants|clients|members\s+of\s+the\s+public)\b"
            r"[^.;]{0,60}?\b(?:limited|restricted|minimi[sz]ed|minimum\s+necessary)\b"
        ),
        on_pos="status_sharing_limits",
        on_none="status_sharing_limits",
        on_neg="status_sharing_limits",
        needs_immigration=True,
    ),
    # "where such information is volunteered, shall not record it"
    _Rule(
        _rx(r"\b(?:record|document|note|enter|keep|retain|maintain|write\s+down)\w*\s+(?:it|such\s+information|that\s+information|this\s+information|the\s+information)\b"),
        on_neg="status_sharing_limits",
        also=_rx(rf"\b(?:{_STATUS})"),
    ),
    # "State agencies shall not provide a person's Social Security number, immigration status or place of
    # employment": status as an item of a list of what is shared.
    _Rule(
        _rx(
            rf"\b(?:shar|disclos|disseminat|divulg|provid|send|transmit|communicat|reveal|releas|giv|furnish)\w*\s+(?:[\w'\u2019]+\s+){{1,6}}?[\w\u2019']+,\s+(?:[\w'\u2019]+\s+){{0,3}}?(?:(?:or|and)\s+)?(?:(?:a|the|his|her|their|your)\s+)?(?:{_STATUS})"
        ),
        on_neg="status_sharing_limits",
    ),
    # "Information about a person's immigration status will not be shared with ICE"
    _Rule(
        _rx(
            rf"\binformation\b[^.;]{{0,80}}?\b(?:{_STATUS})\b[^.;]{{0,60}}?\b(?:be|is|are)\s+(?:not\s+)?(?:shared|disclosed|released|provided|given|sent|transmitted|communicated|disseminated|collected|recorded|maintained|kept)\b"
        ),
        on_neg="status_sharing_limits",
    ),
    # Status written into a record: "shall not write down or keep any note of a student's immigration
    # status", "no student's immigration status shall be recorded in any District record".
    _Rule(
        _rx(
            r"\b(?:record(?:s|ed|ing)?|enter(?:s|ed|ing)?|log(?:s|ged|ging)?|writ(?:e|es|ing)\s+down|note(?:s|d)?|notat\w+|"
            r"keep(?:s|ing)?\s+(?:\w+\s+){0,2}?(?:notes?|records?|notations?)\s+of)\b[^.;,]{0,60}?\b(?:" + _STATUS + r")\b"
        ),
        on_neg="status_sharing_limits",
        modal_before=True,
        unless=_rx(r"\bnote\s+that\b|\bentered\s+(?:the\s+)?United\s+States\b|\benter(?:s|ed|ing)?\s+(?:the\s+)?(?:country|building|premises)\b"),
    ),
    _Rule(
        _rx(
            r"\b(?:" + _STATUS + r")\b[^.;]{0,120}?\b(?:be|is|are)\s+(?:not\s+)?(?:recorded|entered|noted|written|logged|stored|retained|kept)\s+(?:in|on|into)\b"
        ),
        on_neg="status_sharing_limits",
    ),
    # Confidentiality duties restrict sharing whatever the modal ("shall be kept confidential").
    _Rule(
        _rx(
            rf"\b(?:{_STATUS})\b[^.;]{{0,120}}?\bconfidential\w*|\bconfidential\w*\b[^.;]{{0,120}}?\b(?:{_STATUS})"
        ),
        on_pos="status_sharing_limits",
        on_none="status_sharing_limits",
    ),
    _Rule(
        _rx(
            r"\b(?:personal|personally\s+identif\w+)\s+information\b[^.;]{0,120}?\bconfidential\w*|\bconfidential\w*\b[^.;]{0,120}?\b(?:personal|personally\s+identif\w+)\s+information"
        ),
        on_pos="personal_info_sharing_limits",
        on_none="personal_info_sharing_limits",
        needs_immigration=True,
    ),
    # Other personal information
    _Rule(
        _rx(
            r"(?:\b(?:shar|disclos|disseminat|divulg|provid|furnish|send|transmit|releas|giv|exchang|request)\w*\b|\bmak(?:e|es|ing)\s+available\b|\bpass\w*\s+(?:on|along)\b)[^.;]{0,200}?\b(?:personal\s+(?:identifying\s+|identification\s+)?information|whereabouts|non-?public\s+(?:personal\s+)?(?:information|records|data)|personally\s+identif\w+|home\s+address\w*|work\s+address\w*|residential\s+address\w*|addresses|contact\s+information|(?:individual|person|resident)'?s?\s+(?:home\s+|work\s+|residential\s+)?address|workplace|hours\s+of\s+work|(?:tele)?phone\s+numbers?|e-?mail\s+address\w*|social\s+security|dates?\s+of\s+birth|release\s+status|confidential\s+information|information\s+(?:about|regarding|concerning)\s+(?:a|an|any)\s+(?:individual|person)'?s?\s+(?:whereabouts|location|address)"
            r"|places?\s+of\s+(?:employment|residence|work)|(?:student|user|patron|borrower|library|client|patient|medical|education(?:al)?|application|applicant|enrollment)\s+(?:directory\s+)?(?:information|records?|data|files?)|(?:patient|student|client|person|individual|inmate)['\u2019]s\s+(?:name|location|room\s+number|schedule|class\s+schedule)|supervision\s+schedules?|(?:ALPR|LPR|license[\s-]plate(?:\s+reader)?|body[\s-]?camera|surveillance\s+camera)\s+(?:data|records?|footage|images?|reads?)|directory\s+information|driver'?s?\s+licen[sc]e\s+(?:and\s+[\w\s]{0,30}?)?(?:records?|files?|data|information)|vehicle\s+registration\s+(?:records?|files?|data)|information\s+(?:about|regarding|concerning|on)\s+where\s+(?:\w+\s+){1,3}?(?:lives?|resides?|works?|is\s+located|can\s+be\s+found)"
            r"|(?:information|records?|data)\s+(?:\w+\s+){0,2}?(?:from|in|contained\s+in)\s+(?:\w+\s+){0,3}?databases?)"
        ),
        on_neg="personal_info_sharing_limits",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            r"\b(?:limit|restrict)\w*\s+(?:the\s+)?(?:availability|access|sharing|disclosure|use)\s+(?:of|to)\s+(?:\w+\s+){0,3}?(?:information|data|databases?|records)"
        ),
        on_neg="personal_info_sharing_limits",
        on_pos="personal_info_sharing_limits",
        on_none="personal_info_sharing_limits",
        needs_immigration=True,
    ),
    _Rule(
        _rx(
            r"\b(?:access|availability)\b[^.;]{0,80}?\b(?:databases?|data\b|(?:records|information|case|jail)\s+management\s+systems?"
            r"|(?:student|education|educational|school|medical|health|patient|client|personnel|user|patron|borrower|library)\s+(?:education\s+)?records)|\bdatabases?\b[^.;]{0,120}?\b(?:limits?|restricts?)\b[^.;]{0,60}?\b(?:availability|access)"
            # "No City database shall be made available to immigration authorities"
            r"|\bdatabases?\b[^.;]{0,80}?\b(?:made\s+available|available|accessible|shared|disclosed|opened)\b"
        ),
        on_neg="personal_info_sharing_limits",
        needs_immigration=True,
    ),
    # "Personal information collected by the City, including addresses, shall not be shared with ICE"
    # The match is the verb, so that its own modal frames it ("... shall be confidential and shall not be
    # made available").
    _Rule(
        _rx(r"\b(?:be|is|are)\s+(?:not\s+)?(?:shared|disclosed|released|provided|given|sent|transmitted|made\s+available|disseminated)\b"),
        on_neg="personal_info_sharing_limits",
        needs_immigration=True,
        also=_rx(
            r"\b(?:personal\s+(?:identifying\s+)?information|personally\s+identif\w+\s+information|home\s+addresses|addresses|(?:tele)?phone\s+numbers|contact\s+information|"
            r"driver'?s?\s+licen[sc]e\s+(?:and\s+[\w\s]{0,30}?)?(?:records?|files?|data)|vehicle\s+registration\s+(?:records?|files?|data)|(?:student|user|patron|borrower|library|client|patient|medical|education(?:al)?|application|applicant|enrollment)\s+(?:directory\s+)?(?:information|records?|data|files?)|directory\s+information|"
            r"(?:information|records|data)\s+(?:collected|obtained|gathered|held|maintained|kept)\s+by"
            r"|(?:ALPR|LPR|license[\s-]plate(?:\s+reader)?|body[\s-]?camera|surveillance\s+camera)\s+(?:data|records?|footage|images?|reads?))\b"
            r"[^.;]{0,200}?\b(?:be|is|are)\s+(?:not\s+)?(?:shared|disclosed|released|provided|given|sent|transmitted|made\s+available|disseminated)\b"
        ),
    ),
    # Local resources for civil immigration enforcement
    _Rule(
        _rx(
            rf"\b(?:use|using|expend|spend|utiliz|dedicat|devot|commit|allocat|appropriat)\w*\b[^.;]{{0,100}}?\b(?:funds?|moneys?|monies|money|resources|personnel|time|staff|equipment|facilities|property|employees|buildings?|premises|grounds|garages?|parking\s+(?:lots?|ramps?|areas?)|(?:city|county|town|village|state)[\s-]+(?:owned|controlled))\b[^.;]{{0,160}}?\b{_IMM}"
        ),
        on_neg="resource_limits",
        unless=_BENEFITS,
    ),
    _Rule(
        _rx(
            rf"\b(?:funds?|moneys?|monies|resources|personnel|equipment|facilities|property)\b[^.;]{{0,80}}?\b(?:be\s+)?(?:used|expended|utilized|spent|dedicated|devoted|pay|paid|pays|financ\w*|made\s+available)\b[^.;]{{0,120}}?{_IMM}"
        ),
        on_neg="resource_limits",
        # "resources shall not be used to compile a registry based on immigration status": a registry rule
        unless=_rx(r"\b(?:compil|creat|build|develop|maintain)\w*\s+(?:an?\s+|any\s+)?(?:lists?|registr\w+|databases?)\b"),
    ),
    _Rule(
        _rx(
            r"\b(?:arrest|apprehend|stop)\w*\b[^.;]{0,100}?\b(?:solely|only|based|basis)\b[^.;]{0,60}?\b(?:(?:immigration|citizenship)\s+status|undocumented|unlawful(?:ly)?\s+present|(?:lack\s+of\s+)?(?:legal|lawful)\s+(?:immigration\s+)?status|(?:suspected\s+)?(?:civil\s+)?immigration\s+violations?"
            # "solely for being in the country unlawfully"
            r"|(?:in|within)\s+the\s+(?:country|United\s+States|U\.\s?S\.)\s+(?:unlawfully|illegally|without\s+(?:legal\s+|lawful\s+)?(?:status|authorization|permission|documentation))"
            r"|(?:unlawful|illegal)\s+(?:presence|entry)|(?:illegally|unlawfully)\s+(?:present|entered)|lack\s+of\s+(?:immigration\s+)?(?:documents|documentation|papers)"
            # "solely based on the belief that the person is not present legally in the United States"
            r"|not\s+(?:(?:legally|lawfully)\s+present|present\s+(?:legally|lawfully)))"
        ),
        on_neg="resource_limits",
    ),
    # "Enforcement shall never be initiated based solely on a person's immigration status": the same
    # bar, with the action as the subject.
    _Rule(
        _rx(
            r"\b(?:initiat|undertak|commenc|begun|begin)\w*\b[^.;]{0,30}?\b(?:solely|only|exclusively)\b[^.;]{0,40}?\b(?:immigration|citizenship)\s+status"
        ),
        on_neg="resource_limits",
    ),
    # "Officers have no authority to enforce civil violations of federal immigration law": a policy's
    # statement that enforcement is outside its officers' role.
    _Rule(
        _rx(
            r"\b(?:no\s+|not\s+have\s+(?:the\s+)?|lack\s+(?:the\s+)?|without\s+(?:the\s+)?)(?:\w+\s+){0,2}?(?:authority|power|jurisdiction)\s+to\s+enforce\s+"
            r"(?:\w+\s+){0,2}?civil\b[^.;]{0,40}?\bimmigration"
        ),
        on_neg="resource_limits",
        on_none="resource_limits",
    ),
    # "... suspected of being undocumented shall not be the sole basis for contact, detention or arrest"
    _Rule(
        _rx(
            r"\b(?:sole|only|exclusive)\s+(?:basis|reason|grounds?|factor|justification)\s+for\s+(?:\w+\s+){0,2}?(?:contacts?|stops?|detentions?|arrests?|questioning|detaining|arresting|stopping)\b"
        ),
        on_neg="resource_limits",
        needs_immigration=True,
    ),
    # "Immigration status alone is not a basis for a stop, detention or arrest."
    _Rule(
        _rx(
            r"\b(?:immigration|citizenship|alienage)\s+status\b[^.;]{0,40}?\b(?:alone|by\s+itself|itself)\b[^.;]{0,20}?\b(?:is|shall|will|may|does)\s+not\b[^.;]{0,40}?\b(?:basis|grounds?|reason|cause|justif\w+)\b[^.;]{0,40}?\b(?:stops?|detentions?|arrests?|contacts?|detain|arrest|stop)"
        ),
        on_none="resource_limits",
    ),
    # General orders: "Enforcement of civil immigration law is the responsibility of federal
    # authorities, not of this Department." Only an exclusive allocation bars local enforcement;
    # "primarily the responsibility" leaves room for it.
    _Rule(
        _rx(
            r"\benforc\w*\s+(?:of\s+)?(?:\w+\s+){0,3}?immigration\s+laws?\s+(?:is|are|remains?|shall\s+be)\s+(?:\w+\s+){0,2}?responsibilit\w+\s+of\s+(?:the\s+)?federal\b"
        ),
        on_none="resource_limits",
        also=_rx(
            r"\bsole(?:ly)?\b|\bexclusive(?:ly)?\b|\bnot\s+(?:of\s+|the\s+responsibility\s+of\s+|a\s+responsibility\s+of\s+)?(?:this|the|local|any|our)\s+(?:\w+\s+)?(?:department|office|agency|police|sheriff|county|city|members?|officers?|deputies)\b"
        ),
    ),
    # "shall not stop or detain anyone solely to determine immigration status"
    _Rule(
        _rx(
            rf"\b(?:stop|detain|arrest|question|apprehend)\w*\b[^.;]{{0,100}}?\b(?:solely|only|exclusively|merely)\b[^.;]{{0,40}}?\bto\s+(?:determine|verify|ascertain|investigate|check|discover|establish)\b[^.;]{{0,60}}?\b(?:{_STATUS})"
        ),
        on_neg="resource_limits",
    ),
    # Operations, investigations, raids: "will not undertake any immigration-related investigation",
    # "shall not conduct sweeps to enforce immigration law".
    _Rule(
        _rx(
            r"\b(?:undertak|conduct|initiat|perform|carry(?:ing)?\s+out|carried\s+out|launch|pursu|organiz)\w*\s+(?:any\s+|an?\s+)?(?:[\w\-]+[\s,]+){0,5}?"
            r"(?:immigration|deportation)[\w\-]*\s+(?:[\w\-]+\s+){0,3}?(?:investigations?|operations?|raids?|sweeps?|actions?|activit\w+|checkpoints?|patrols?|enforcement)\b"
            r"|\b(?:undertak|conduct|initiat|perform|carry(?:ing)?\s+out|launch)\w*\s+(?:[\w\-]+[\s,]+){0,4}?(?:raids?|sweeps?|operations?|investigations?|checkpoints?|patrols?)\b"
            r"[^.;]{0,40}?\bto\s+enforce\s+(?:\w+\s+){0,3}?immigration"
        ),
        on_neg="resource_limits",
        # the work named as an agreement's terms ("a contract ... under which deputies perform immigration
        # enforcement functions") is the agreement's bar, read by the agreement rules
        unless=_rx(r"\b(?:agreements?|contracts?|MOUs?|MOAs?|memorand\w*)\b[^.;]{0,80}?\bunder\s+which\b"),
    ),
    # "Enforcement of civil immigration law is a federal responsibility and we will not engage in
    # such enforcement": the topic named once, the bar on it by reference.
    _Rule(
        _rx(
            r"\benforcement\s+of\s+(?:the\s+)?(?:federal\s+)?(?:civil\s+)?immigration\s+laws?\b[^.;]{0,160}?\b(?:engag|participat|assist|involv)\w*\s+(?:\w+\s+)?in\s+(?:such|that|this)\s+enforcement\b"
        ),
        on_neg="resource_limits",
    ),
    # "officers will not initiate police action with the objective of discovering immigration status"
    _Rule(
        _rx(
            r"\binitiat\w*\s+(?:any\s+)?(?:police|law\s+enforcement|enforcement|investigative)\s+(?:action|activity|contact)\b[^.;]{0,100}?\b(?:immigration|alien|citizenship|undocumented)"
        ),
        on_neg="resource_limits",
    ),
    _Rule(
        _rx(
            r"\b(?:arrest|apprehend|stop|detect|investigat|interrogat|detain(?!ers?\b))\w*\b[^.;]{0,100}?\b(?:civil\s+(?:violations?\s+of\s+(?:federal\s+)?)?immigration(?!\s+(?:detainers?|holds?|hold\s+requests?)\b)|administrative\s+(?:immigration\s+)?warrants?|(?:ICE|immigration|DHS)\s+(?:civil|administrative)\s+warrants?|civil\s+immigration\s+warrants?|immigration\s+enforcement\s+purposes|(?:alleged\s+)?violations?\s+of\s+(?:the\s+)?(?:civil\s+provisions\s+of\s+)?(?:federal\s+)?(?:civil\s+)?immigration"
            # "will not stop, question, or detain anyone for the purpose of finding out whether the person is lawfully present"
            r"|(?:for\s+the\s+(?:sole\s+)?purpose\s+of|in\s+order\s+to)\s+(?:determin|find\w*\s+out|ascertain|verify|check|establish)\w*\s+(?:\w+\s+){0,5}?(?:(?:lawfully|legally|unlawfully|illegally)\s+present|(?:lawful|legal|unlawful|illegal)\s+presence|immigration\s+status))"
        ),
        on_neg="resource_limits",
    ),
    _Rule(
        _rx(
            rf"\b(?:assist|cooperat|participat|aid|help|engag|collaborat|facilitat|tak(?:e|es|ing)\s+part|took\s+part)\w*\b[^.;]{{0,120}}?\b(?:immigration\s+(?:enforcement|authorit\w+|officials?|officers?|agents?|law|laws|raids?|sweeps?|operations?|task\s+forces?)|enforcement\s+of\s+(?:the\s+)?(?:federal\s+)?(?:civil\s+)?immigration|{_ICE}|1357\s*\(a\))"
        ),
        on_neg="resource_limits",
        # taking part in the 287(g) program is the agreement, coded by its own rule
        unless=_rx(r"\bparticipat\w*\s+in\s+(?:the\s+|any\s+)?(?:federal\s+)?287\s*\(\s*g\s*\)"),
    ),
    _Rule(
        # The bar must fall on the enforcing itself: "shall not enforce immigration law", not
        # "shall not consider race while enforcing immigration laws".
        _rx(
            r"\b(?:not|no\s+\w+(?:\s+\w+)?\s+(?:shall|may|will)|no\s+(?:legal\s+)?authority\s+to)\s+(?:\w+\s+){0,3}?(?:enforce|administer)\s+(?:\w+\s+){0,3}?(?:federal\s+)?(?:civil\s+)?immigration\s+(?:law|laws)\b"
        ),
        on_neg="resource_limits",
    ),
    _Rule(
        _rx(
            rf"\bcooperat\w*\s+with\s+(?:\w+\s+){{0,3}}?{_ICE}\s+(?:only\s+)?to\s+the\s+extent\s+(?:that\s+)?(?:doing\s+so\s+|such\s+cooperation\s+)?(?:does\s+not|is\s+(?:permitted|consistent|allowed|required)|permitted|consistent|allowed|required)"
        ),
        on_neg="resource_limits",
        on_pos="resource_limits",
        on_none="resource_limits",
    ),
    _Rule(_rx(rf"\b(?:use|utiliz)\w*\s+{_ICE}\s+(?:as|for)\s+interpret"), on_neg="resource_limits"),
    # "detecting or apprehending persons whose only violation of law is ... immigration law"
    _Rule(
        _rx(
            r"\b(?:detect|apprehend|arrest|stop|investigat|locat|identify|question)\w*\b[^.;]{0,60}?\b(?:persons?|people|individuals?|anyone|aliens?|noncitizens?)\s+(?:\w+\s+){0,2}?whose\s+(?:only|sole)\s+(?:violation|offen[cs]e|crime|wrongdoing)"
        ),
        on_neg="resource_limits",
        needs_immigration=True,
    ),
    # "no agency may use agency funds, facilities or personnel to investigate, enforce, cooperate with,
    # or assist in the enforcement of ... laws that target residents on the basis of immigration status"
    _Rule(
        _rx(
            r"\b(?:use|using|expend|spend|utiliz|dedicat|devot|commit|allocat)\w*\b[^.;]{0,100}?\b(?:funds?|moneys?|monies|resources|personnel|staff|"
            r"equipment|facilities|property|employees)\b[^.;]{0,40}?\bto\s+(?:\w+,?\s+){0,3}?(?:investigat|enforc|cooperat|assist|aid|help|detect|apprehend|locat)\w*"
        ),
        on_neg="resource_limits",
        also=_rx(r"\bimmigration\b|\bcitizenship\s+status|\bdeportation|\baliens?\b|\bundocumented"),
        # Money spent helping people apply for benefits is no enforcement.
        unless=_BENEFITS,
    ),
    # A duty to spend local means on finding and arresting people for immigration violations: "shall
    # employ all lawful means, including funds and personnel, to detect and apprehend persons residing
    # here in violation of federal immigration laws". Only enforcement verbs: money "to help" or "to
    # assist" people with their immigration cases is no cooperation.
    _Rule(
        _rx(
            r"\b(?:use|using|employ|expend|spend|utiliz|dedicat|devot|commit|allocat)\w*\s+(?:\w+\s+){0,3}?(?:funds?|moneys?|monies|resources|personnel|staff|"
            r"equipment|means|officers)\b[^.;]{0,120}?\bto\s+(?:(?:\w+,?\s+){1,3}?(?:or|and)\s+)?(?:enforc|detect|apprehend|arrest|locat|identify)\w*\b"
            r"[^.;]{0,160}?\b(?:immigration\s+laws?|(?:unlawful(?:ly)?|illegal(?:ly)?)\s+(?:present|presence|in\s+the\s+United\s+States))"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
        unless=_BENEFITS,
    ),
    # Stops and contacts made to find out status: "will not make random contacts with people for the
    # sole purpose of determining immigration status".
    _Rule(
        _rx(
            rf"\b(?:contacts?|stops?|encounters?|detentions?|arrests?)\b[^.;]{{0,60}}?\b(?:sole|only|exclusive|primary)\s+(?:purpose|reason|basis|objective|intent)\s+of\s+"
            rf"(?:determining|verifying|ascertaining|discovering|checking|investigating|establishing|enforcing)\b[^.;]{{0,40}}?\b(?:{_STATUS}|immigration)"
        ),
        on_neg="resource_limits",
    ),
    # "requests to provide information on persons who may be the subject of immigration enforcement"
    # (what the information says about their status is a status-sharing rule, read elsewhere)
    _Rule(
        _rx(
            r"\b(?:shar|disclos|disseminat|divulg|provid|send|transmit|releas|giv|exchang|request)\w*\b[^.;]{0,100}?"
            r"\binformation\s+(?:on|about|regarding|concerning)\s+(?:any\s+|a\s+|an\s+|the\s+)?(?:persons?|individuals?|people|residents?|inmates?)\b"
            r"(?!'|[^.;]{0,60}\b(?:immigration|citizenship)\s+status)"
        ),
        on_neg="personal_info_sharing_limits",
        also=_rx(rf"{_ICE}|\bimmigration\s+(?:enforcement|authorit\w+|agents?|officials?|purposes?)"),
    ),
    # "Information collected from individuals is not disclosed except as necessary ...": in a law about
    # immigration, a general bar on disclosing what the agency holds about people.
    _Rule(
        _rx(
            r"\binformation\s+(?:collected|obtained|gathered|received|held|maintained)\s+(?:from|about|on)\s+(?:\w+\s+){0,2}?(?:individuals?|persons?|people|residents?|clients?|applicants?)\b"
            r"[^.;]{0,60}?\b(?:disclosed|shared|released|provided|disseminated|made\s+available)\b"
        ),
        on_neg="personal_info_sharing_limits",
        needs_immigration=True,
    ),
    _Rule(
        # Detention contracts: "an agreement under which the county houses individuals in the custody
        # of a federal immigration authority".
        _rx(
            rf"\b(?<!287\(g\)\s)(?<!287\s\(g\)\s)(?:contract|agreement|arrangement|memorand\w+\s+of\s+(?:understanding|agreement))\w*\b[^.;]{{0,160}}?\b(?:hous(?:e|es|ed|ing)|detain(?:s|ed|ing)?|detention|hold(?:s|ing)?)\b[^.;]{{0,100}}?(?:{_IMM}|\bfederal\s+detainees)|\b(?:intergovernmental\s+service\s+agreements?|IGSA)\b|\b(?:rent|leas|sell|provid)\w*\s+(?:\w+\s+){{0,2}}?(?:jail|detention)\s+(?:beds?|space)\b|\bimmigration\s+detention\s+(?:contracts?|agreements?|facilit\w+)"
            # "shall not accept any individual from ICE for civil immigration detention"
            r"|\b(?:accept|hous|admit|book|tak)\w*\b[^.;]{0,80}?\b(?:(?:civil\s+)?immigration\s+(?:detention|detainees?)|immigration\s+custody|federal\s+immigration\s+detainees?)\b"
        ),
        on_neg="resource_limits",
        # A ban on private operators regulates a business, not the use of local resources.
        unless=_rx(
            r"^\W*(?:an?|no)\s+(?:person|private\s+(?:entity|company|corporation)|company|corporation|business)\b[^.;]{0,60}?\b(?:operat|own|manag|run)\w*"
        ),
    ),
    _Rule(
        _rx(
            r"\b(?:support|assist|comply\s+with|cooperate\s+with|aid)\b[^.;]{0,60}?\benforcement\s+of\s+(?:the\s+)?(?:federal\s+)?immigration\s+laws?"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
    ),
    # "directs its departments to cooperate with federal immigration officials"; cooperation kept to
    # criminal matters, warrants or "the extent required by law" is a limit read elsewhere.
    _Rule(
        _rx(rf"\b(?:cooperat\w*|collaborat\w*)\s+with\s+(?:\w+\s+){{0,3}}?{_ICE}"),
        on_pos="cooperation_mandate",
        modal_before=True,
        unless=_rx(
            r"\bcriminal\b|\bcrimes?\b|\bwarrants?\b|\bjudicial\b|\bto\s+the\s+extent\b|\bonly\b|\bexcept\b|\bunless\b|\bsolely\b|\bnot\b|\bno\b"
            # cooperation as what a report or forum is about: "a public forum on the County's cooperation with ICE"
            r"|\b(?:on|about|regarding|concerning|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w']+\s+){0,2}?(?:cooperation|collaboration)\b"
            r"|\b(?:as|when|where)\s+(?:required|permitted|authorized)\b|\b(?:required|permitted)\s+by\b|\bconsistent\s+with\b|\bin\s+accordance\s+with\b"
        ),
    ),
    # 287(g) and deputization
    # Only a modal before the verb governs it: "shall not terminate" is a duty to keep the agreement,
    # while "ended its 287(g) agreement, citing a policy that ... shall not ..." reports an ending.
    _Rule(_END_287G, on_neg="cooperation_mandate", on_pos="no_287g", on_none="no_287g", modal_before=True),
    _Rule(
        _TO_END_287G,
        on_neg="cooperation_mandate",
        on_pos="no_287g",
        on_none="no_287g",
        modal_before=True,
        also=_287G_THEN_END,
    ),
    # "Only the Governor is authorized to enter into an agreement pursuant to 8 U.S.C. 1357(g)": every
    # other agency is barred from one. The authorization inside the match is no permission of its own.
    _Rule(
        _rx(
            r"\bonly\s+(?:the\s+)?[A-Z][^.;]{0,100}?\b(?:is|are|shall\s+be|may\s+be)\s+(?:authorized|permitted|allowed|empowered)\s+to\s+"
            r"(?:enter\s+into|sign|execute|negotiate|approve|renew|extend)\b[^.;]{0,120}?(?:\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\))"
        ),
        on_pos="no_287g",
        on_none="no_287g",
        refusal=True,
    ),
    # "will allow the current 287(g) agreement to expire"; "shall not allow it to lapse" is a duty to keep it
    _Rule(_LAPSE_287G, on_neg="cooperation_mandate", on_pos="no_287g", on_none="no_287g", modal_before=True),
    _Rule(
        _rx(
            r"\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)|\bfunctions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?|\bspecial\s+federal\s+(?:officers?|deputies)|\bunder\s+the\s+(?:direct\s+)?supervision\s+of\s+(?:a\s+)?(?:federal|ICE|immigration)|\bunder\s+(?:the\s+)?(?:ICE|federal|immigration)\s+(?:\w+\s+)?supervision|\bdeputiz\w+\b[^.;]{0,80}?\b(?:immigration|federal)|\bcross-?designat\w+|\bdesignat\w*\s+(?:\w+\s+){0,2}?(?:as\s+)?(?:an?\s+)?(?:immigration\s+officers?|federal\s+immigration\s+(?:officers?|agents?))"
            # "an agreement under which ICE delegates immigration enforcement functions to deputies"
            r"|\bdelegat\w*\b[^.;]{0,120}?\b(?:immigration\s+(?:officer|enforcement)\s+(?:functions|authority|powers)|authority\s+to\s+(?:perform|exercise|serve|execute)\s+(?:\w+\s+){0,3}?immigration"
            r"|(?:functions|powers|duties|authority)\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?)"
            r"|\bwarrant\s+service\s+officers?\b|\bjail\s+enforcement\s+model\b|\btask\s+force\s+model\b"
        ),
        on_neg="no_287g",
        # "No employee shall perform the functions of an immigration officer" with no agreement,
        # program or deputation in sight bars the work itself (a resource rule), not an agreement.
        unless=_rx(
            f"{_END_287G.pattern}|{_LAPSE_287G.pattern}"
            rf"|^(?![\s\S]*\b{_DEPUTATION})"
            r"(?=[\s\S]*\bfunctions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?)"
        ),
    ),
    # ... which bars the work itself: acting as an immigration officer is enforcing immigration law.
    _Rule(
        _rx(r"\b(?:perform|exercis|carry\w*\s+out|act)\w*\s+(?:\w+\s+){0,3}?(?:functions|duties|powers)\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?"),
        on_neg="resource_limits",
        unless=_rx(rf"\b{_DEPUTATION}"),
    ),
    # A duty to take part: "shall enter into / request / participate in" such an agreement. A duty
    # that only mentions one ("shall report on its 287(g) agreement") mandates nothing.
    _Rule(
        _rx(
            r"\b(?:enter\w*\s+into|sign\w*|participat\w*|tak(?:e|es|ing)\s+part|request\w*|apply\w*\s+for|maintain\w*|seek\w*|negotiat\w*|join\w*|execut\w*|perform\w*|renew\w*|continu\w*)\b[^.;]{0,160}?(?:\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)|\bfunctions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?|\bimmigration\s+enforcement\s+(?:agreement|program|partnership)"
            # an agreement named by its subject: "negotiate a memorandum of understanding with the
            # Department of Homeland Security concerning the enforcement of federal immigration laws"
            r"|\b(?:agreements?|memorand(?:um|a)\s+of\s+(?:understanding|agreement)|MOUs?|MOAs?)\b[^.;]{0,200}?\b(?:concerning|regarding|for|on|relating\s+to|to\s+provide\s+for)\s+(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration)"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
        unless=_END_287G,
    ),
    # "A law enforcement agency may not enter into a formal or informal agreement with a federal
    # immigration authority": a bar on the agreements 287(g) programs are made of, whatever they concern.
    _Rule(
        _rx(
            r"\b(?:enter\w*\s+into|sign\w*|negotiat\w*|execut\w*|renew\w*|participat\w*\s+in)\s+(?:\w+\s+){0,5}?"
            r"(?:agreements?|memorand(?:um|a)\s+of\s+(?:understanding|agreement)|MOUs?|MOAs?)\b[^.;]{0,40}?\bwith\s+(?:a\s+|the\s+|any\s+)?"
            r"(?:federal\s+immigration\s+(?:authorit\w+|agenc\w+|officials?|enforcement)|(?:U\.?\s?S\.?\s+)?Immigration\s+and\s+Customs\s+Enforcement"
            r"|(?-i:ICE|DHS)\b|(?:U\.?\s?S\.?\s+)?Department\s+of\s+Homeland\s+Security|immigration\s+authorit\w+)"
            # "may not enter into an immigration enforcement agreement", "... an immigration collaboration
            # agreement" (a bill's defined name for the 287(g) kind)
            r"|\b(?:enter\w*\s+into|sign\w*|negotiat\w*|execut\w*|renew\w*|participat\w*\s+in)\s+(?:\w+\s+){0,3}?immigration\s+(?:enforcement|collaboration|cooperation)\s+agreements?\b"
            # "a contract with the federal government under which deputies perform immigration enforcement functions"
            r"|\b(?:enter\w*\s+into|sign\w*|negotiat\w*|execut\w*|renew\w*)\s*,?\s+(?:[\w,]+\s+){0,8}?(?:agreements?|contracts?|memorand(?:um|a)\s+of\s+(?:understanding|agreement)|MOUs?|MOAs?)\b"
            r"[^.;]{0,80}?\bunder\s+which\b[^.;]{0,60}?\bimmigration\s+(?:enforcement|officer)\s+(?:functions|duties|powers|authority)"
            # "entering into agreements to perform federal immigration functions"
            r"|\b(?:enter\w*\s+into|sign\w*|negotiat\w*|execut\w*|renew\w*)\s+(?:\w+\s+){0,5}?(?:agreements?|contracts?|MOUs?|MOAs?)\s+to\s+"
            r"(?:perform|carry\s+out|exercise)\s+(?:\w+\s+){0,2}?(?:federal\s+)?immigration\s+(?:\w+\s+)?(?:functions|duties|powers|authority)"
        ),
        on_neg="no_287g",
        modal_before=True,
        # a contract to house detainees (an intergovernmental service agreement) is a jail's resources
        unless=_rx(r"\bintergovernmental\s+service|\bIGSAs?\b|\b(?:to\s+)?hous(?:e|es|ing)\b|\bbeds?\b|\bbed\s+space"),
    ),
    # "A person who is subject to an immigration detainer shall not be held after the person's release
    # date": the detainer named in the subject, the bar on the holding verb.
    _Rule(
        _rx(r"\b(?:held|detained|kept|hold|detain|keep)\b[^.;]{0,40}?\b(?:after|past|beyond)\b[^.;]{0,30}?\breleas\w*"),
        on_neg="detainer_limits",
        also=_rx(_DETAINER_WORDS),
    ),
    # A directive stating what it brings in: "introduces reporting requirements", "establishes the
    # Immigration Detainer Log".
    _Rule(_PURPOSE_RECORDS, on_pos="transparency", on_none="transparency", needs_immigration=True),
    # "may not enforce any provision of Title 8 of the United States Code"
    _Rule(_rx(r"\benforc\w*\b[^.;]{0,60}?\bTitle\s+8\b"), on_neg="resource_limits"),
    # "Any memorandum of agreement ... under which officers perform the functions of immigration officers
    # is hereby terminated"
    _Rule(
        _rx(
            r"\b(?:agreements?|memorand(?:um|a)|MOAs?|MOUs?|contracts?)\b[^.;]{0,200}?\b(?:is|are)\s+(?:hereby\s+)?(?:terminated|rescinded|cancell?ed|revoked|withdrawn|ended|void)\b"
        ),
        on_pos="no_287g",
        on_none="no_287g",
        also=_rx(
            r"\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)|\bfunctions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?"
            # "the memorandum of agreement between the County and ICE is hereby terminated": a memorandum
            # of agreement with ICE is the 287(g) instrument (detention contracts are service agreements)
            r"|\b(?:memorand(?:um|a)\s+of\s+(?:agreement|understanding)|MOA|MOU)\b[^.;]{0,80}?\b(?:ICE|Immigration\s+and\s+Customs\s+Enforcement)\b"
        ),
    ),
    # "City employees shall not act as agents of ICE"
    _Rule(
        _rx(
            rf"\b(?:act|serve|function)\w*\s+as\s+(?:an?\s+)?(?:agents?|arms?|extensions?|deputies|officers?|proxies)\s+of\s+(?:the\s+)?{_ICE}"
            r"|\b(?:act|serve|function)\w*\s+as\s+(?:an?\s+)?(?:federal\s+)?immigration\s+(?:agents?|officers?|officials?|enforcers?)"
        ),
        on_neg="resource_limits",
        # "shall be cross-designated or deputized to act as an immigration officer" is the deputation
        unless=_rx(r"\bdeputiz\w*|\bcross-?designat\w*|\b287\s*\(\s*g\s*\)"),
    ),
    # "will not seek out and prosecute people because of their immigration status": enforcement
    # aimed at status.
    _Rule(
        _rx(
            r"\b(?:seek\w*\s+out|target\w*|single\w*\s+out)\b[^.;]{0,60}?\b(?:because\s+of|based\s+(?:solely\s+)?(?:up)?on|on\s+the\s+basis\s+of)\s+"
            r"(?:\w+\s+){0,2}?(?:immigration|citizenship)\s+status"
        ),
        on_neg="resource_limits",
    ),
    # "shall not undertake any law enforcement action for the purpose of detecting the presence of
    # undocumented persons": a bar on searching people out for their status.
    _Rule(
        _rx(
            r"\b(?:detect|apprehend|identify|discover|locat|find|seek)\w*\s+(?:out\s+)?(?:the\s+)?(?:presence\s+of\s+)?"
            r"(?:undocumented|illegal|unauthorized)\s+(?:persons?|people|individuals?|immigrants?|aliens?|residents?|workers?)\b"
        ),
        on_neg="resource_limits",
    ),
    # Joint street operations: "will not take part in immigration sweeps or raids".
    _Rule(
        _rx(
            r"\b(?:take|takes|taking)\s+part\s+in\b[^.;]{0,40}?\b(?:sweeps?|raids?|round-?ups?)\b"
            r"|\b(?:participat|engag|join|assist)\w*\s+(?:in\s+|with\s+)?[^.;]{0,40}?\b(?:sweeps?|raids?|round-?ups?)\b"
        ),
        on_neg="resource_limits",
        needs_immigration=True,
    ),
    # "shall not release a person who is the subject of an immigration detainer before ...": a duty
    # to hold on the detainer.
    _Rule(
        # The negation governs "release" itself: "shall not delay the release of ..." or "shall not
        # hold ... past release" are the opposite.
        _rx(
            r"\bnot\s+(?:\w+ly\s+)?releas\w*\s+(?:\w+\s+){0,4}?(?:(?:who|that)\s+(?:is|are)\s+)?(?:the\s+)?"
            rf"subject\s+(?:of|to)\s+(?:an?\s+|the\s+|any\s+)?(?:federal\s+)?{_DETAINER_WORDS}"
        ),
        on_neg="cooperation_mandate",
    ),
    # Sensitive locations
    _Rule(
        _rx(
            # "within 100 feet of any courthouse": a buffer around the place is the place's rule
            rf"\b(?:at|in|on|near|within(?:\s+\d[\d,]*\s*-?\s*(?:feet|foot|yards?|miles?|meters?)\s+of)?|around|inside|outside|enter|entering|entry\s+(?:in)?to|admitted\s+(?:in)?to|admission\s+(?:in)?to|into|leaving|from|property\s+of|premises\s+of|grounds\s+of|vicinity\s+of)\s+(?:the\s+|a\s+|an\s+|any\s+|all\s+|public\s+|its\s+|their\s+)*"
            # "in any area of a hospital", "in any part of the courthouse"
            # "into classrooms or other non-public areas of a school"
            r"(?:(?:[\w-]+\s+){0,4}?(?:areas?|parts?|portions?|sections?|floors?|rooms?|buildings?)\s+of\s+(?:the\s+|a\s+|an\s+|any\s+)?)?"
            rf"(?:[\w-]+\s+)?{_PLACES}"
            # "access to patient rooms or other non-public areas of the hospital", whatever the preposition
            rf"|\b(?:non-?public|private|restricted|secure)\s+(?:areas?|parts?|portions?|rooms?)\s+of\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+)?(?:[\w-]+\s+)?{_PLACES}"
        ),
        on_neg="sensitive_locations",
        needs_immigration=True,
        also=_rx(
            r"\benforc\w*|\barrest\w*|\b(?-i:ICE)\b|\bagents?\b|\bimmigration\s+(?:authorit\w+|officers?|officials?)|\bapprehen\w*|\braids?\b|\bassist\w*|\bcooperat\w*"
        ),
        # "notice of the inmate's discharge from a hospital ward": the person's movement, not the place
        unless=_rx(r"\b(?:discharg|releas|transfer)\w*\s+from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:hospital|clinic|shelter)"),
    ),
    _Rule(
        _rx(r"\bsensitive\s+locations?\b|\bprotected\s+areas?\b|\bsafe\s+and\s+accessible\b|\bsafe\s+(?:spaces?|zones?|havens?)\b"),
        on_neg="sensitive_locations",
        on_pos="sensitive_locations",
        needs_immigration=True,
    ),
    # A school's or clinic's visitor procedure for immigration agents: "ask the officer to wait in the
    # vestibule (or outside the building) while counsel reviews the papers" keeps them out of the
    # non-public areas, and at a protected place it limits enforcement there.
    _Rule(_WAIT_OUTSIDE, on_pos="ice_access_limits", on_none="ice_access_limits", needs_immigration=True, also=_AGENT),
    _Rule(_WAIT_OUTSIDE, on_pos="sensitive_locations", on_none="sensitive_locations", needs_immigration=True, also=_PLACES_RE),
    # The place as the subject: "Libraries and health clinics shall be free from immigration enforcement";
    # an institution's own rules: "Shelters shall adopt policies limiting access by immigration officers".
    _Rule(
        _rx(
            rf"\b{_PLACES}[^.;]{{0,120}}?\b(?:be|remain)\s+(?:free\s+(?:from|of)|off[\s-]+limits\s+(?:to|for)|closed\s+to)\b"
            rf"|\b{_PLACES}[^.;]{{0,80}}?\b(?:shall|will|must|may)\s+not\s+(?:permit|allow|tolerate|host)\s+(?:\w+\s+){{0,3}}?(?:immigration\s+)?(?:enforcement|arrests?)\b"
            # "Parks and libraries shall not be made available to federal immigration authorities as staging areas"
            rf"|\b{_PLACES}[^.;]{{0,80}}?\b(?:shall|will|must|may)\s+not\s+be\s+(?:made\s+available|used|offered|opened)\s+(?:to|by|for)\b"
            r"|\b(?:polic(?:y|ies)|procedures?|protocols?|rules)\s+(?:\w+\s+){0,3}?(?:limit|restrict|prohibit|bar|govern)\w*\s+(?:\w+\s+){0,3}?(?:access|entry|arrests?|enforcement)\b"
        ),
        on_pos="sensitive_locations",
        on_none="sensitive_locations",
        needs_immigration=True,
        also=_PLACES_RE,
    ),
    # "Civil immigration enforcement activities shall not be undertaken by any officer": the work barred
    # in the passive.
    _Rule(
        _rx(
            r"\b(?:civil\s+|federal\s+)?immigration\s+enforcement\s+(?:activit\w+|actions?|operations?|functions|duties)\b[^.;]{0,40}?"
            r"\b(?:be|is|are)\s+(?:not\s+)?(?:undertaken|conducted|performed|carried\s+out|engaged\s+in)\b"
        ),
        on_neg="resource_limits",
    ),
    # "ICE officers who ask to enter the booking area ... the Watch Commander shall not grant such entry
    # without a judicial warrant": entry to a custody area refused.
    _Rule(
        _rx(r"\b(?:grant|allow|permit|give|provid)\w*\s+(?:such\s+|that\s+|the\s+|them\s+|him\s+|her\s+)?(?:entry|entrance|access|admission)\b"),
        on_neg="ice_access_limits",
        modal_before=True,
        # access to a records system is an information limit
        unless=_rx(r"\baccess\s+to\s+(?:[\w'\u2019-]+\s+){0,4}?(?:systems?|databases?|records?|data|information|files?)\b"),
        also=_rx(
            r"(?=[\s\S]*\b(?:(?-i:ICE)|immigration\s+(?:officers?|agents?|officials?|authorities)|federal\s+immigration))"
            r"(?=[\s\S]*\b(?:booking|jail|housing\s+(?:units?|pods?|areas?)|pods?|cells?|secure\s+areas?|non-?public\s+areas?|detention\s+(?:center|facility)|inmates?))"
        ),
    ),
    # "No field for citizenship or immigration status shall be added to the records system": nothing to collect.
    _Rule(
        _rx(rf"\b(?:fields?|boxe?s?|questions?|entr(?:y|ies))\s+(?:for|of|asking\s+(?:about|for))\s+(?:[\w,]+\s+){{0,3}}?(?:{_STATUS}|country\s+of\s+(?:birth|origin))"),
        on_neg="status_sharing_limits",
    ),
    # Courthouse arrest bars protect people coming to court whatever the warrant says.
    _Rule(_rx(r"\bcivil\s+arrests?\b[^.;]{0,120}?\bcourt"), on_neg="sensitive_locations"),
    # The status named once and then referred back to: "shall not inquire into the immigration status of
    # any person or collect or disclose information regarding such status", "disclosure of status
    # information so obtained".
    _Rule(
        _rx(
            r"\b(?:shar|disclos|disseminat|divulg|provid|send|transmit|communicat|releas|giv|collect|gather|maintain|record"
            r"|keep|exchang|retain|compil|stor)\w*\b[^.;]{0,100}?\b(?:information\s+(?:regarding|about|concerning|on|of|as\s+to)\s+"
            r"(?:such|that|this|the|said|his\s+or\s+her|their)\s+status|status\s+information)\b"
            r"|\b(?:record|enter|log|note|collect|keep|retain|stor)\w*\s+(?:such|that|said)\s+status\b"
        ),
        on_neg="status_sharing_limits",
        also=_rx(r"\b(?:immigration|citizenship)\b"),
    ),
    # "... inquire about any person's immigration status, and no employee shall disclose any such
    # information": the information is the status named before it.
    _Rule(
        _rx(r"\b(?:shar|disclos|disseminat|divulg|provid|send|transmit|communicat|releas|giv|reveal)\w*\s+(?:any\s+|all\s+)?(?:such|said)\s+information\b"),
        on_neg="status_sharing_limits",
        also=_rx(r"\b(?:immigration|citizenship)\s+status\b[^.]{0,200}?\b(?:such|said)\s+information\b"),
    ),
    # Transparency
    _Rule(
        _rx(
            r"\b(?:shall|will|are|is)\s+(?:be\s+)?(?:deemed\s+)?(?:a\s+)?public\s+records?\b|\bsubject\s+to\s+(?:disclosure\s+under\s+)?(?:the\s+)?[\w\s]{0,30}?Public\s+Records\s+Act|\bpublic\s+(?:forums?|hearings?|community\s+meetings?|meetings?)\b|\b(?:report|publish|post|disclose|submit|present|make\s+(?:\w+\s+)?available|compile|track|log|maintain|keep)\w*\b[^.;]{0,160}?\b(?:number|numbers|data|statistics|reports?|records?|lists?|logs?|summary|summaries|demographic\w*|findings|results|audits?)\b|\b(?:copy|copies)\s+of\s+(?:the|any|each|such)\s+(?:\w+\s+){0,3}?(?:request|detainer|notice|form)|\bprovid\w*\s+(?:the|each|any)\s+(?:person|individual|inmate|detainee)\b[^.;]{0,60}?\bwith\s+(?:an?\s+)?cop(?:y|ies)\b|\bprovid\w*\s+(?:the\s+)?(?:students?|famil\w+|parents?|guardians?|patients?|clients?)\s+(?:and\s+(?:their\s+)?(?:famil\w+|parents?|guardians?)\s+)?with\s+(?:\w+\s+){0,2}?(?:notice|notification|cop(?:y|ies))\b|\b(?:document|log|record)\w*\s+(?:any|each|every|all|the)\s+(?:such\s+)?(?:requests?|contacts?|visits?|entr(?:y|ies))\b|\bdashboards?\b|\bpublic\s+inspection\b|\blogs?\s+(?:listing|showing|recording|of)\s+(?:each|every|all|any)\b|\binform\w*\s+(?:him|her|them|the\s+(?:individual|person|inmate|detainee))\s+(?:\w+\s+){0,4}?whether\b|\b(?:written\s+)?(?:notice|notification)\s+(?:\w+\s+){0,3}?to\s+the\s+(?:individual|person|inmate|detainee)|\b(?:annual|quarterly|monthly|semi-?annual|biannual|periodic|written)\s+reports?\b|\bcommunity\s+forums?\b|\breport\w*\s+(?:[\w,]+\s+){0,12}?(?:on|regarding|about|concerning)\s+(?:\w+\s+){0,4}?(?:requests?|detainers?|contacts?|communications?|interactions?|instances?|occasions?)\b"
        ),
        on_pos="transparency",
        on_none="transparency",
        on_none_negated=False,
        needs_immigration=True,
        # The record or report must be about immigration requests or dealings, not any hearing.
        also=_rx(
            rf"{_IMM}|\brequests?\b|\btransfers?\b|\btask\s+forces?\b|\bhold\s+requests?\b|\bnotifications?\b|\binterviews?\b|\baccess\b"
        ),
        # Reporting to ICE is cooperation, not transparency; confidentiality is the opposite of it.
        unless=_rx(
            rf"\bconfidential|\bprivacy\b|\bnot\s+be\s+disclosed\b|\b(?:report|forward|send|submit|transmit)\w*\b(?:(?!\b(?:numbers?|statistics|data|transferred|released)\b)[^.;]){{0,100}}?\bto\s+(?:the\s+)?{_ICE}"
        ),
    ),
    # Reports and notices to the governing body about immigration dealings: "directing the Mayor to
    # provide a report to the Board ... on practices that relate to immigration", "to notify the Board if
    # the County is asked to enter into a 287(g) agreement".
    _Rule(
        _rx(
            r"\b(?:provid|submit|prepar|deliver|present|furnish|issu)\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?reports?\s+to\s+(?:the\s+)?(?:Board|Council|Commission|Legislature|Mayor|public|committee)\b"
            r"|\bnotif\w*\s+(?:the\s+)?(?:Board|Council|Commission|Legislature|public)\b[^.;]{0,120}?\b(?:asked|requested|requests?|agreements?|detainers?)\b"
            # "will notify the campus community ... whenever immigration enforcement activity is confirmed"
            r"|\b(?:notif\w*|inform\w*|alert\w*)\s+(?:the\s+|all\s+)?(?:campus\s+|school\s+|university\s+|college\s+|local\s+)?(?:community|public|students|families|parents|residents)\b"
            r"[^.;]{0,160}?\b(?:immigration\s+enforcement|immigration\s+(?:officers?|agents?|activit\w+|operations?)|(?-i:ICE)\s+(?:activit\w+|presence|operations?|agents?|officers?))"
            # "report annually to the Legislature each request they receive"
            r"|\breport\w*\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:Board|Council|Commission|Legislature|Mayor|public)\s+(?:[\w-]+\s+){0,6}?(?:each|every|all|any|the\s+number\s+of)\s+(?:such\s+)?(?:[\w-]+\s+)?(?:requests?|detainers?|contacts?|instances?|occasions?)\b"
            # "shall report each request received, and its disposition, to the Board monthly"
            r"|\breport\w*\s+(?:each|every|all|any)\s+(?:such\s+)?(?:[\w-]+\s+)?(?:requests?|detainers?|contacts?)\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
            r"(?-i:Board|Council|Commission|Legislature|Mayor|Officer|Chief|Director|Administrator|Manager|Sheriff|Attorney\s+General|public)\b"
            # "shall complete a contact report whenever contacted by ICE"
            r"|\b(?:complet|fill\w*\s+out|submit|prepar|fil)\w*\s+(?:an?\s+|the\s+)?[^.;]{0,60}?\b(?:reports?|forms?|logs?)\b[^.;]{0,60}?\b(?:whenever|each\s+time|every\s+time)\b[^.;]{0,40}?\b(?:contact\w*|request\w*|approach\w*)"
        ),
        on_pos="transparency",
        on_none="transparency",
        on_none_negated=False,
        needs_immigration=True,
        also=_rx(_IMM),
    ),
    # "All such use of city personnel under (a)(3) shall be documented": each instance of help recorded.
    _Rule(
        _rx(
            r"\b(?:use|uses|assistance|cooperation|participation)\s+of\s+(?:[\w'\u2019-]+\s+){0,5}?(?:personnel|employees|officers|staff|resources)\b"
            r"(?:[^.;]|\.(?=\d)){0,120}?\b(?:shall|must|will)\s+be\s+(?:documented|logged|recorded|reported)\b"
        ),
        on_pos="transparency",
        on_none="transparency",
        on_none_negated=False,
        needs_immigration=True,
    ),
    # "All ICE requests for information shall be logged", "requests from ICE are documented".
    _Rule(
        _rx(
            rf"(?:(?<![\w-]){_ICE}\s+(?:[\w-]+\s+){{0,2}}?(?:requests?|detainers?|contacts?|communications?|interactions?|inquiries)|\b(?:requests?|detainers?|contacts?|communications?|inquiries)\s+(?:from|by|with)\s+(?:the\s+)?{_ICE})"
            r"[^.;]{0,60}?\b(?:be|are|is)\s+(?:\w+\s+){0,2}?(?:logged|recorded|documented|tracked|published|posted|made\s+(?:\w+\s+)?available)\b"
        ),
        on_pos="transparency",
        on_none="transparency",
        on_none_negated=False,
    ),
    # Notice to the person concerned: "shall notify the person of any ICE detainer request" (not "inform
    # the person that the person is held on a detainer", a step of honoring it).
    _Rule(
        _rx(
            r"\b(?:notif(?:y|ies|ying)|inform\w*|advis\w+)\s+(?:the\s+|each\s+|any\s+)?(?:individual|person|inmate|detainee|him|her|them)\s+"
            r"(?:\w+\s+){0,3}?(?:of|about|regarding|concerning)\s+(?:\w+\s+){0,4}?(?:requests?|detainers?|holds?|interviews?)\b"
        ),
        on_pos="transparency",
        needs_immigration=True,
        unless=_rx(r"\bconfidential|\bprivacy\b"),
    ),
    # A duty to talk status with "the appropriate federal official" (the 8 U.S.C. 1357(g)(10) wording):
    # the status names the subject, so the official is an immigration one.
    _Rule(
        _rx(
            rf"\b(?:communicat|cooperat|shar|exchang|report)\w*\s+(?:\w+\s+){{0,3}}?with\s+(?:the\s+|any\s+)?(?:appropriate\s+|relevant\s+)?"
            rf"federal\s+(?:officials?|officers?|authorit\w+|agenc\w+|government)\b[^.;]{{0,80}}?\b(?:{_STATUS})"
        ),
        on_pos="cooperation_mandate",
        modal_before=True,
    ),
)

_SAVINGS_OBJECT = _lazy(
    rf"\b(?:send|receiv|exchang|maintain|shar|communicat|provid|request)\w*\b[^.;]{{0,200}}?\b(?:{_STATUS})|\b(?:{_STATUS})\b[^.;]{{0,200}}?\b(?:1373(?!\s*\(\s*c\s*\))|1644)\b",
    I,
)
# "... except to the extent required by federal, state or local law, including for example 8 U.S.C.
# 1373 ..." names the statute after a general list, so the reach is a long clause, not a phrase.
_SAVINGS_EXCEPTION = _lazy(
    r"\b(?:except|unless|other\s+than|as\s+(?:required|permitted|allowed)\s+by)\b[^.;]{0,160}?\b(?:1373(?!\s*\(\s*c\s*\))|1644)\b",
    I,
)
# A permission to exchange status information is a savings clause only when it is framed as one:
# a construction rule ("nothing in this section prohibits") or a deference to federal law. A bare
# "may exchange information with ICE to verify status" is a narrow exception inside a limit.
_SAVINGS_FRAMING = _lazy(
    r"\bnothing\b|\bno\s+(?:provision|part)\s+of\s+this\b|\bnot\s+(?:be\s+)?(?:construed|interpreted|deemed|prohibit|restrict|prevent|preclude|limit|bar)\w*"
    r"|\b(?:is|are)\s+not\s+(?:prohibited|restricted|precluded|barred)|\bfederal\s+law\b|\b1373\b|\b1644\b"
    r"|\b(?:state\s+or\s+federal|applicable|federal\s+or\s+state)\s+laws?\b|\bpermitted\s+by\s+law\b",
    I,
)

# Prohibitions of local limits on cooperation: mandates, however many "not"s they take. Each
# needs a prohibiting frame (or a clause voiding such rules) around it.
_BAN_ON_LIMITS = _lazy(
    r"\b(?:adopt|enact|enforce|endorse|maintain|implement|have|issue|promulgate|establish)\w*\b[^.;]{0,80}?\b(?:polic(?:y|ies)|rules?|ordinances?|regulations?|orders?|directives?|resolutions?|practices?)\b[^.;]{0,100}?\b(?:prohibit|limit|restrict|discourag|prevent|imped|obstruct)\w*\b[^.;]{0,160}?\b(?:enforc\w*|cooperat\w*|assist\w*|compl\w*|communicat\w*|detainers?|immigration)"
    r"|\bsanctuary\s+(?:polic(?:y|ies)|jurisdictions?|cit(?:y|ies)|counties|county|ordinances?|status)"
    # "No local government may limit or restrict communication with ICE": the limit banned directly.
    r"|\b(?:limit|restrict|prohibit|prevent|imped|obstruct)\w*\b(?:\s*,?\s*(?:or|and)?\s*(?:limit|restrict|prohibit|prevent|imped|obstruct|bar)\w*)*\s+(?:\w+\s+){0,3}?"
    r"(?:communicat\w*|cooperat\w*|compliance|assistance|information[\s-]sharing|(?:exchange|sharing)\s+of\s+information)\b[^.;]{0,100}?\bwith\s+(?:the\s+)?(?:federal\s+)?"
    r"(?:immigration|(?-i:ICE)|I\.C\.E\.|U\.\s?S\.\s+Immigration|United\s+States\s+Immigration|(?:United\s+States\s+|U\.\s?S\.\s+)?Department\s+of\s+Homeland)",
    I,
)
# "No local entity shall prohibit or restrict an officer from sending ... immigration status": a ban
# on limits to the 8 U.S.C. 1373 exchange. Under a construction subject ("Nothing in this ordinance
# shall prohibit ...") the same words are a savings clause. A passive "shall not be prohibited from"
# is left to the topic rules.
_STATUS_LIMIT_BANNED = _lazy(
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bhereby\s)\b(?:prohibit|restrict|limit|prevent|bar|imped|obstruct)\w*\b"
    r"(?:\s*,?\s*(?:or|and)\s+(?:in\s+any\s+(?:way|manner)\s+|\w+ly\s+)?(?:prohibit|restrict|limit|prevent|bar|imped|obstruct)\w*\s*,?)*"
    r"\s+(?:[\w'\u2019]+\s+){0,6}?from\s+(?:\w+\s+){0,3}?(?:send|receiv|maintain|exchang|shar|communicat|request|provid|inquir|ask|question|investigat)\w*\b"
    rf"[^.;]{{0,200}}?\b(?:{_STATUS})",
    I,
)
# A ban on limits needs a ban: "No county shall prohibit ...", "Policies that limit ... are prohibited",
# "are prohibited from adopting policies that limit ...". Where the only prohibitions in the sentence are
# active limiting verbs ("The bill would prohibit agencies from asking about status", "The Department
# prohibits its members from ...", "Agencies should restrict cooperation with ICE to ..."), the verb is
# the limit the text sets, not a ban on one; unless a penalty follows whoever adopts such a policy.
_ACTIVE_LIMIT_CUE = re.compile(r"(?:prohibit|restrict|limit|prevent|bar|imped|obstruct|discourag)\w*(?<!ed)(?<!ing)", re.I)
_BAN_PENALTY = _lazy(
    r"\b(?:remov(?:al|ed)\s+from\s+office|penalt(?:y|ies)|fines?|crimes?|misdemeanors?|felon(?:y|ies)|guilty|liable|unlawful"
    r"|forfeit\w*\s+(?:\w+\s+){0,2}?office)\b",
    re.I,
)
# "prohibits officials from imposing limits on sending ...": a limit on limits, however active its verb.
_LIMITS_ON_LIMITS = _lazy(r"\bfrom\s+(?:\w+\s+){0,3}?(?:limit|restrict|prohibit|bar|prevent|imped|obstruct)\w*", re.I)


def _ban_frame(sentence: str, ban: re.Match[str], context: list[str]) -> str:
    frame = _frame(sentence, ban.start(), ban.end(), context)
    if frame != NEG or _BAN_PENALTY.search(sentence) or _LIMITS_ON_LIMITS.search(sentence, ban.start(), ban.end()):
        return frame
    prohibitions = [c for c in _CUE_RE.finditer(sentence) if _cue_kind(c, sentence) in (NEG, BAN)]
    if (
        prohibitions
        and all(_ACTIVE_LIMIT_CUE.fullmatch(c.group(0)) for c in prohibitions)
        # a list item opening on its verb ("(A) Limits or prohibits any official from ...") goes on its
        # lead-in's subject, often the banned policy's definition: the frame stays
        and re.search(r"[A-Za-z]{3,}", sentence[: prohibitions[0].start()])
    ):
        return POS
    return frame


@lru_cache(maxsize=256)
def _bans_limits(lead: str) -> bool:
    """Whether a lead-in forbids policies that limit cooperation ("shall not adopt or maintain a
    policy which prohibits or restricts ... assisting in the enforcement of immigration laws")."""
    folded = literal_view(lead)
    if _cannot_match(_BAN_ON_LIMITS, folded):
        return False
    return any(
        _frame(lead, ban.start(), ban.end(), []) in (NEG, BAN) or _NO_ADOPTER.search(lead[: ban.end()])
        for ban in _BAN_ON_LIMITS.finditer(lead)
    )


# The enacting body's own units ("No City department shall prohibit ... as 8 U.S.C. 1373 requires"):
# a limiting policy restating its duty under federal law, not a state's command to localities.
_OWN_UNIT = _lazy(r"(?-i:\b(?:City|County|Town|Village|Borough|Department|Office)\b)")
_FEDERAL_DEFERENCE = _lazy(r"\b(?:1373|1644)\b|\b(?:required|permitted|allowed)\s+by\s+(?:federal|applicable)\s+law\b", I)
_NO_ADOPTER = _lazy(
    r"(?-i:\bNo|\bNO)\b[^.]{0,400}?\b(?:shall|may|must)\s+(?:\w+\s+)?(?:adopt|enact|implement|maintain|have|issue|promulgate|establish|endorse)\w*\b",
    I,
)
# "No official shall direct officers not to cooperate with ICE": a ban on such directions, read only
# from a modal before it ("Officers are directed not to honor detainers" is itself the limit).
_BAN_ON_DIRECTIONS = _lazy(
    r"\b(?:direct\w*|instruct\w*|order\w*|requir\w*)\b[^.;]{0,160}?\b(?:to\s+not|not\s+to)\s+(?:assist|cooperate|comply|communicate|share|honou?r)",
    I,
)
# Duties to cooperate and penalties for limiting cooperation: mandates under a plain "shall".
_CUSTODY_WORDS = _lazy(
    r"\b(?:jails?|custody|detention|inmates?|detainees?|prisoners?|booking|non-?public|interviews?|vestibule|lobby|waiting\s+area"
    r"|(?:private|restricted|secure)\s+areas?)\b",
    I,
)
_LAW_AS_SUBJECT = _lazy(r"\b(?:federal|state)\s+(?:(?:and|or)\s+(?:federal|state)\s+)?laws?\s*$", I)
_SAVING_CLAUSE_START = _lazy(r"\bprovided,?\s+(?:however|further|that)\b|\bnothing\b|\bno\s+(?:provision|part)\s+of\s+this\b", I)
_ENFORCEMENT_POWER = _lazy(r"(?:file|bring|injunctive|equitable|civil\s+penalt|removal|forfeit|suspen)", I)
_COOPERATION_DUTY = _lazy(
    r"\b(?:civil\s+penalt\w+|removal\s+from\s+office|official\s+misconduct|forfeit\w*|file\s+(?:a\s+)?(?:suit|(?:civil\s+)?action|complaint)|bring\s+(?:an?\s+)?(?:civil\s+)?(?:action|suit)|(?:injunctive|equitable)\s+relief|ineligible\s+(?:for|to\s+receive)|(?:class\s+\w\s+)?felony|(?:class\s+\w\s+)?misdemeanor|suspen\w+\s+from\s+office)\b[^.;]{0,200}?\b(?:fail\w*\s+to\s+(?:comply|honou?r|cooperate)|refus\w*\s+to\s+(?:comply|honou?r|cooperate)|sanctuary|limit\w*\s+cooperation|prohibit\w*\b[^.;]{0,40}\benforcement)"
    r"|\b(?:sanctuary\s+(?:polic(?:y|ies)|jurisdictions?|cit(?:y|ies)|count(?:y|ies))|limit\w*\s+cooperation|limit\w*\s+(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration|fail\w*\s+to\s+(?:comply\s+with|honou?r)\s+(?:an?\s+|any\s+)?(?:immigration\s+)?detainers?)\b[^.;]{0,200}?\b(?:civil\s+penalt\w+|fines?|removal\s+from\s+office|official\s+misconduct|forfeit\w*|ineligible|denied\s+(?:state\s+)?(?:funds|grants)|felony|misdemeanor|criminal\s+offen[cs]e|suspen\w+|liab(?:le|ility)|damages|enjoin\w*|injunct\w+)"
    r"|\b(?:cooperate|comply)\s+(?:fully\s+)?with\s+(?:\w+\s+){0,3}?(?:federal\s+)?immigration\s+(?:authorit\w+|officials?|enforcement|laws?)\b[^.;]{0,40}?\bto\s+the\s+(?:fullest|maximum|full)\s+extent"
    # "will cooperate fully with federal immigration authorities" (not "... in criminal matters")
    rf"|\b(?:cooperat\w*\s+fully|fully\s+cooperat\w*|cooperat\w*\s+in\s+all\s+respects)\s+with\s+(?:the\s+)?(?:federal\s+)?(?:immigration\s+(?:authorit\w+|officials?|officers?|agents?|agenc\w+|enforcement)|{_ICE}|U\.?S\.?\s+Immigration)(?![^.;]{{0,60}}\b(?:criminal|crimes?)\b)"
    r"|\bbest\s+efforts\s+to\s+(?:support|assist)\s+(?:the\s+)?enforcement\s+of\s+(?:federal\s+)?immigration"
    # "may not limit the enforcement of immigration laws to less than the full extent permitted"
    r"|\b(?:limit|restrict)\w*\b[^.;]{0,80}?\b(?:enforcement\s+of\s+(?:federal\s+)?immigration\s+laws?|cooperat\w*\s+with\s+(?:federal\s+)?immigration)\b[^.;]{0,40}?\bless\s+than\s+the\s+full\s+extent",
    I,
)
# State money withheld from places that limit cooperation: "may not receive state grant funds if
# it has a policy that limits cooperation with ICE".
_FUNDS_FOR_COOPERATION = _lazy(
    r"\b(?:receive|eligible\s+for|award\w*|disburs\w*|withh[oe]ld\w*|den(?:y|ied))\b[^.;]{0,60}?\b(?:funds?|grants?|moneys?|monies|appropriations?)\b"
    r"[^.;]{0,160}?\b(?:limits?|restricts?|prohibits?|impedes?|obstructs?|limiting|restricting|prohibiting)\s+(?:\w+\s+){0,4}?"
    r"(?:cooperat\w*|enforcement\s+of\s+(?:federal\s+)?immigration|compl\w+\s+with\s+(?:\w+\s+){0,2}?detainers?|communicat\w*\s+with\s+(?:federal\s+)?immigration)",
    I,
)
_AUTHORIZED = _lazy(
    r"\b(?:is|are)\s+(?:hereby\s+)?authorized\s+(?:and\s+directed\s+)?to\s+(?:\w+\s+){0,2}$|\bauthoriz\w*\b(?=[^.;]*$)",
    I,
)
# State money cut off from a local entity that breaks the act: in a law about immigration, the
# penalty enforces its cooperation duties even where the penalty section does not restate them
# ("A local entity that violates Section 4 shall be ineligible to receive state funds").
# "shall withhold state-shared revenue from any municipality found to have adopted a policy that
# limits cooperation with federal immigration authorities": the penalty enforces cooperation, and the
# limit it names is the one it punishes.
_FUNDS_WITHHELD_FOR_LIMITS = _lazy(
    r"\b(?:withh[oe]ld\w*|den(?:y|ies|ied)|cut\w*\s+off|forfeit\w*|ineligible)\b[^.;]{0,80}?\b(?:funds?|revenues?|grants?|monies|moneys|money|appropriations?|aid)\b"
    r"[^.;]{0,200}?\b(?:polic(?:y|ies)|ordinances?|rules?|practices?)\b[^.;]{0,40}?\b(?:limits?|prohibits?|restricts?|impedes?|hinders?|bars?)\b"
    r"[^.;]{0,80}?\b(?:cooperat|compl|communicat|assist)\w*",
    I,
)
# Money kept from a local government found out of compliance ("shall not disburse state funds to
# a political subdivision that has not been certified as compliant"): in a law about immigration,
# the compliance is with its cooperation duties.
_FUNDS_FOR_NONCOMPLIANCE = _lazy(
    r"\b(?:funds?|funding|grants?|moneys?|monies|revenues?|appropriations?)\b[^.;]{0,120}?\b(?:"
    r"(?:not|never)\s+(?:been\s+)?(?:certified|found|determined|deemed)\s+(?:as\s+|to\s+be\s+)?(?:in\s+)?complian\w*"
    r"|non-?complian\w*|not\s+in\s+compliance)\b",
    I,
)
_AIMED_AT = _lazy(r"\b(?:against|targeting|threats?\s+to|attacks?\s+on|crackdowns?\s+on)\s+(?:the\s+|our\s+|all\s+|so-called\s+)?$", I)
_FUNDS_PENALTY = _lazy(
    r"\b(?:ineligible|not\s+(?:be\s+)?eligible|(?:shall|may|will|must)\s+not\s+receive|withh[oe]ld\w*|den(?:y|ies|ied)|forfeit\w*|los(?:e|es|t)|"
    r"discontinu\w*|terminat\w*|suspend\w*|cut\s+off)\b[^.;]{0,100}?\b(?:funds?|funding|grants?|moneys?|monies|money|revenues?|appropriations?|aid)\b"
    r"|\bno\s+(?:\w+\s+){0,3}?(?:funds?|funding|grants?|moneys?|monies|revenues?|appropriations?)\b[^.;]{0,60}?\b(?:provided|awarded|disbursed|paid|distributed|allocated|given|granted)\s+to\b"
    # "State funds shall be withheld from ...": the money first, the penalty in the passive.
    r"|\b(?:funds?|funding|grants?|moneys?|monies|revenues?|appropriations?)\s+(?:shall|may|will|must)\s+(?:\w+\s+){0,2}?be\s+"
    r"(?:withh[oe]ld|denied|discontinued|terminated|suspended|forfeited|cut\s+off)\b",
    I,
)
# the money stopped: a penalty's words, or a bar on paying it ("prohibit ... from disbursing funds")
_FUNDS_PENALTY_OR_BAR = _lazy(
    r"\b(?:ineligible|not\s+(?:be\s+)?eligible|withh[oe]ld\w*|den(?:y|ies|ied)|forfeit\w*|los(?:e|es|t)|discontinu\w*|"
    r"terminat\w*|suspend\w*|cut\s+off)\b|\b(?:shall|may|will|must)\s+not\s+(?:disburse|distribute|pay|award|receive|allocate)|"
    r"\bprohibit\w*\s+(?:\w+\s+){0,4}?from\s+(?:disbursing|distributing|paying|awarding|allocating)\b",
    I,
)
# The breach the penalty punishes is of the act itself ("violates this chapter"). A state that cuts
# its money to local governments for breaking the act is enforcing duties it puts on them, so the
# penalty is read as a mandate even in an excerpt that never names immigration (a chapter's penalty
# section printed alone).
_BREACH_OF_ACT = _lazy(
    r"\b(?:violat\w*|in\s+violation\s+of|fail\w*\s+to\s+comply\s+with)\s+(?:any\s+(?:provision|requirement)s?\s+of\s+)?"
    r"(?:this|the\s+provisions\s+of\s+this)\s+(?:chapter|act|article|subchapter|part|title|section)\b",
    I,
)
_FUNDS_STATE = _lazy(r"\bstate(?:-\w+)?\b|\bdiscretionary\b|\bgrants?\b", I)
_FUNDS_BREACH = _lazy(
    r"\b(?:violat\w*|in\s+violation|fail\w*\s+to\s+comply|(?:is|are|be|not)\s+(?:\w+\s+)?in\s+compliance|non-?complian\w*|comes?\s+into\s+compliance|"
    r"(?:certified|found|determined)\s+(?:as\s+|to\s+be\s+)?(?:non-?)?complian\w*|sanctuary|(?:adopts?|enacts?|maintains?|has)\s+(?:\w+\s+){0,3}?polic(?:y|ies)\s+(?:that|which)\s+(?:limits?|restricts?|prohibits?))\b",
    I,
)
_LOCAL_ENTITY = _lazy(
    r"\b(?:local\s+(?:entit\w+|government\w*|agenc\w+|units?)|political\s+subdivisions?|municipal\w*|count(?:y|ies)|cit(?:y|ies)|towns?|villages?|"
    r"parish\w*|boroughs?|jurisdictions?|law\s+enforcement\s+agenc\w+|sheriffs?|entit(?:y|ies))\b",
    I,
)
# "may not limit ... the enforcement of immigration laws to less than the full extent permitted by
# federal law": the drafting formula of anti-sanctuary statutes, a mandate under any modal.
# "Under no circumstances will this provision limit ... to less than the full extent": the text says
# what it does not do, a rule of its own reading; the mandate binds officials or agencies, never the text.
_SELF_NON_LIMITATION = _lazy(
    r"\b(?:this|these)\s+(?:provisions?|polic(?:y|ies)|orders?|sections?|chapters?|directives?|procedures?|"
    r"rules?|guidelines?)\s+(?:(?:will|shall|does|do|is|are|be|to|not|construed|interpreted)\s+){0,4}(?:limit|restrict)",
    I,
)
_LESS_THAN_FULL = _lazy(
    r"\b(?:limit|restrict)\w*\b[^.;]{0,100}?\b(?:enforcement\s+of\s+(?:\w+\s+){0,2}?immigration\s+laws?|cooperat\w*\s+with\s+(?:\w+\s+){0,3}?immigration)\b"
    r"[^.;]{0,40}?\bless\s+than\s+the\s+full\s+extent",
    I,
)
# In a law about immigration, an official or entity that breaks the act loses office or pays a civil
# penalty: "An official who fails to comply with this section is guilty of official misconduct."
# Crimes of persons ("a person who violates this section is guilty of a misdemeanor") are not this.
_OFFICIAL_PENALTY = _lazy(
    r"\b(?:officials?|officers?\s+or\s+employees?|entit(?:y|ies)|agenc(?:y|ies)|municipalit(?:y|ies)|political\s+subdivisions?|governing\s+bod(?:y|ies)|sheriffs?|"
    r"jailers?|keepers?\s+of\s+(?:a|the)\s+jail|jail\s+administrators?|governments?)\s+"
    r"(?:that|who|which)\s+(?:(?:\w+\s+){0,2}?(?:violat\w*|fail\w*\s+to\s+comply\s+with)\s+(?:the\s+requirements\s+of\s+)?|[^.;]{0,80}?\bin\s+violation\s+of\s+)(?:this|section|subsection)\b"
    r"[^.;]{0,160}?\b(?:official\s+misconduct|removal\s+from\s+office|removed\s+from\s+office|forfeit\w*\s+(?:the\s+|his\s+or\s+her\s+)?office|civil\s+penalt\w+|suspen\w+\s+from\s+office"
    r"|guilty\s+of\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:misdemeanor|felony)|(?:waive\w*|lose|loses|loss\s+of)\s+(?:\w+\s+){0,2}?(?:sovereign|governmental)\s+immunity)",
    I,
)
# "The attorney general may bring an action against a local government that adopts a sanctuary
# policy": a suit that enforces the ban. Only a named sanctuary policy makes it one; suits that
# enforce limits on cooperation exist too ("a person harmed may bring an action against the agency").
_ENFORCEMENT_ACTION = _lazy(
    r"\b(?:bring|brings|file|files|commence|commences|institute|institutes|maintain|maintains)\s+(?:an?\s+)?(?:civil\s+)?(?:action|suit|lawsuit|proceeding|complaint)s?\b"
    r"|\bwrit\s+of\s+mandamus\b|\b(?:injunctive|declaratory)\s+relief\b|\benjoin\w*",
    I,
)
_SANCTUARY_POLICY = _lazy(r"\bsanctuary\s+(?:polic(?:y|ies)|jurisdictions?|cit(?:y|ies)|count(?:y|ies)|ordinances?|status)\b", I)
_VOID = _lazy(r"\b(?:invalid|null\s+and\s+void|void|unenforceable|of\s+no\s+(?:force|effect))\b", I)

# A 287(g) agreement speaking of itself ("This Memorandum of Agreement constitutes an agreement
# between ICE and the Sheriff, pursuant to which ICE delegates to trained personnel ...") or an
# enacting body approving one establishes joining 287(g). A text that only mentions such an
# agreement, bars it or ends it does not.
_AGREEMENT_ITSELF = _lazy(
    r"\b(?:this|the\s+present)\s+(?:memorand(?:um|a)\s+of\s+(?:agreement|understanding)|MOA|MOU|agreement)\b"
    r"|\bhereby\s+(?:approv|authoriz|ratif|adopt|accept|enter)\w*\b[^.;]{0,120}?\b(?:memorand(?:um|a)\s+of\s+(?:agreement|understanding)|MOA|MOU|agreement)\b"
    # a board's motion: "Commissioner X moved, seconded by Y, to approve the Memorandum of Agreement ..."
    r"|\b(?:moved|motion)\b[^.;]{0,80}?\bto\s+(?:approv|authoriz|ratif|adopt|accept|enter)\w*\b[^.;]{0,120}?\b(?:memorand(?:um|a)\s+of\s+(?:agreement|understanding)|MOA|MOU|agreement)\b",
    I,
)
_DELEGATED_FUNCTIONS = _lazy(
    r"\bdelegat\w*\b[^.;]{0,200}?\b(?:immigration\s+(?:officer|enforcement)\s+(?:functions|authority|powers|duties)|functions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?|authority\s+to\s+(?:perform|exercise)\s+(?:\w+\s+){0,3}?immigration)"
    r"|\b(?:perform|exercise|carry\s+out)\w*\s+(?:\w+\s+){0,3}?(?:functions\s+of\s+(?:an?\s+)?(?:federal\s+)?immigration\s+officers?|immigration\s+(?:officer|enforcement)\s+functions)"
    r"|\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)"
    # the program's models, named without the section number
    r"|\b(?:warrant\s+service\s+officers?|jail\s+enforcement\s+model|task\s+force\s+model)\b",
    I,
)
_AGREEMENT_ENDS = _lazy(
    r"\b(?:terminat|withdr[ae]w|rescind|rescission|cancel|discontinu|expir|suspend|revok|revoc|lapse)\w*|\bends?\b|\bended\b",
    I,
)


_CERTIFIES_NONE = _lazy(r"\bcertif\w*\b[^.;]{0,200}?\b(?:has|have|does|do|is|are|shall|will)\s+not\s*$", I)
_MOTION_LOST = _lazy(r"\bmotion\s+(?:failed|died|was\s+(?:defeated|withdrawn|tabled))\b|\bfailed\s+(?:for\s+lack|\d)", I)


def _joins_287g(sentence: str, present: frozenset[str], context: list[str]) -> bool:
    if _cannot_match(_AGREEMENT_ITSELF, present) or _cannot_match(_DELEGATED_FUNCTIONS, present):
        return False
    itself = _AGREEMENT_ITSELF.search(sentence)
    if itself is None or _DELEGATED_FUNCTIONS.search(sentence) is None or _AGREEMENT_ENDS.search(sentence):
        return False
    if _MOTION_LOST.search(sentence):
        return False  # "... moved to approve the 287(g) agreement. Motion failed 2-3."
    frame = _frame(sentence, itself.start(), itself.end(), context)
    # "is hereby authorized to enter into a 287(g) agreement": the enacting body's own approval.
    return frame in (NONE, POS) or (frame == PERM and itself.group(0).lower().startswith("hereby"))


# "seek reimbursement for the costs of detaining people on detainers": a claim for money names the
# acts it would pay for; it neither requires nor limits them.
_REIMBURSEMENT = _lazy(r"\breimburs\w*|\bcompensat\w*\s+for\b", I)
_UNEQUAL_TREATMENT = _lazy(
    r"\b(?:den(?:y|ies|ied|ying)|restrict\w*\s+access\s+to|condition\w*|consider\w*|discriminat\w*|exclud\w*|"
    r"(?:services|benefits|privileges|opportunit\w+|programm?(?:s|ing)?|classification)\b)[^.;]{0,240}?"
    r"(?P<basis>\b(?:on\s+the\s+(?:sole\s+)?basis\s+of|based\s+(?:solely\s+)?(?:up)?on|because\s+of|as\s+a\s+factor)\b)",
    I,
)


def _clause_end(s: str, at: int) -> int:
    m = re.search(r"[;.]", s[at:])
    return at + m.start() if m else len(s)


# Backoff: a prohibition whose clause names a category's act and its object in words the rules
# above do not order ("a person's immigration status shall not be the subject of ..." with a new
# verb). Read only where no rule coded the sentence, and only under a prohibition (or a ban on
# limits), so that it adds recall on unseen drafting without reading descriptions.
_STATUS_WORDS = (
    r"\b(?:immigration|citizenship|legal|residency|alien|alienage|nationality)\s+status|\bcitizenship\b|\blawful(?:ly)?\s+presen\w+"
    r"|\bnationality\b|\bundocumented\b|\b(?:in|present\s+in)\s+the\s+(?:country|United\s+States)\s+(?:il)?legally"
)
_SHARE_VERBS = r"\b(?:shar|disclos|divulg|provid|send|sent|transmit|report|releas|exchang|furnish|giv|pass\w*\s+(?:on|along)|mak\w*\s+available|forward|hand\w*\s+over)\w*"
_BACKOFF: tuple[tuple[str, LazyRegex, LazyRegex, bool], ...] = (
    (
        "detainer_limits",
        _lazy(r"\b(?:detain|hold|held|keep|kept|custody|confine|incarcerat|honou?r|compl[yi]|accept|extend|prolong|lodg)\w*", I),
        _lazy(r"\bdetainers?\b|\bI-247\w*|\b(?:immigration|ICE|civil)\s+holds?\b|\bhold\s+requests?\b|\brequests?\s+to\s+(?:hold|detain)\b", I),
        False,
    ),
    (
        "notification_limits",
        _lazy(r"\b(?:notif|inform|advis|notice|tell|told|alert|communicat|provid|shar|disclos|giv|send|transmit)\w*", I),
        _lazy(r"\brelease\s+(?:date|time|day|hour|information|schedule)s?\b|\b(?:date|time|day|hour)s?\s+(?:\w+\s+){0,3}?(?:release|discharge)|\b(?:will|is\s+to|are\s+to)\s+be\s+(?:released|discharged|let\s+out)\b|\bleave[s]?\s+custody\b", I),
        True,
    ),
    (
        "ice_access_limits",
        _lazy(r"\b(?:access|enter|entry|admit|visit|interview|question|interrogat|meet\w*\s+with|presence|station|roam|walk)\w*", I),
        # "the jail management system" is a database, read as personal information
        _lazy(r"\b(?:jails?(?!\s+(?:management|records?|information|data)\b)|custody|inmates?|detainees?|prisoners?|booking|holding\s+cells?|correctional|detention\s+(?:facilit\w+|cent(?:er|re)s?)|(?:persons?|people|individuals?)\s+(?:held|detained|incarcerated|confined))\b", I),
        True,
    ),
    (
        "status_inquiry_limits",
        _lazy(r"\b(?:ask|inquir|enquir|question|solicit|elicit|investigat|determin|verif|ascertain|demand|probe|query|queries|interrogat)\w*", I),
        _lazy(_STATUS_WORDS, I),
        False,
    ),
    (
        "status_sharing_limits",
        _lazy(_SHARE_VERBS + r"|\b(?:record|collect|maintain|retain|registr|register|databases?|compil|catalog|track)\w*", I),
        _lazy(_STATUS_WORDS, I),
        False,
    ),
    (
        "personal_info_sharing_limits",
        _lazy(_SHARE_VERBS + r"|\baccess\w*", I),
        _lazy(
            r"\b(?:home|work|residential|mailing)\s+address\w*|\baddresses\b|\b(?:tele)?phone\s+numbers?\b|\bdates?\s+of\s+birth\b|\bsocial\s+security\b"
            r"|\bpersonal(?:ly)?\s+(?:identif\w+\s+)?information\b|\bwhereabouts\b|\bplaces?\s+of\s+(?:employment|residence|work)\b|\bworkplaces?\b"
            r"|\bdatabases?\b|\blicense\s+plate\b|\butility\s+records\b|\bbiometric\b",
            I,
        ),
        True,
    ),
    (
        "resource_limits",
        _lazy(
            r"\b(?:funds?|moneys?|monies|resources|personnel|staff|employees|equipment|facilities|property|vehicles|(?:staff|employee|work|officer)\s+time|budget|assets)\b"
            r"|\b(?:arrest|stop|apprehend|cite|patrol|raid|sweep|round\s+up|participat|assist|aid|help|join|support|cooperat)\w*",
            I,
        ),
        _lazy(
            r"\bcivil\s+immigration\b|\bimmigration\s+(?:law|laws|enforcement|violations?|offen[cs]es?|operations?|raids?|sweeps?|actions?|arrests?)\b"
            r"|\benforc\w*\s+(?:of\s+)?(?:federal\s+)?(?:civil\s+)?immigration\b|\bunlawful\s+presence\b|\bdeportations?\b|\bremovals?\b",
            I,
        ),
        False,
    ),
)
_DEFINITIONS_START = _lazy(
    r"\bAs\s+used\s+in\s+this\s+(?:section|chapter|act|article|part|subchapter|title|ordinance|policy),?\s+(?:the\s+following|unless)", re.I
)
# A bill's title describes what it does ("TO AMEND ... TO PROVIDE THAT IT IS UNLAWFUL ..."): no rule of
# its own for the backoff to read.
_BILL_TITLE = _lazy(r"\W*(?:(?:AN\s+ACT|A\s+BILL)\b[^.;]{0,40}?\bTO\s+|TO\s+)(?:AMEND|ENACT|CREATE|REPEAL|PROVIDE|ADD|REVISE)\b")
# A title names its instrument or what it relates to; a letter's opening paragraph does neither.
_TITLE_LIKE = _lazy(r"^\W*(?:AN\s+ACT|A\s+BILL|AN\s+ORDINANCE|A\s+RESOLUTION)\b|\brelating\s+to\b", I)
_BASIS = _lazy(r"\bbas(?:ed|is)\b|\bbecause\b|\bsolely\b|\bdue\s+to\b|\bperceived\b|\bsuspected\b", I)
_PRESCRIPTIVE = _lazy(
    r"\b(?:shall|may|must|will|should|can)\s+not\b|\bcannot\b|\bno\s+(?:\w+\s+){0,10}?(?:shall|may|will|must)\b|\bprohibit\w*"
    r"|\bforbid\w*|\bnot\s+to\b|\brefrain\w*|\bnever\b|\bunlawful\b|\bbarred\b",
    I,
)


def _backoff_codes(
    masked: str, present: frozenset[str], context: list[str], basis: list[tuple[int, int]]
) -> list[str]:
    """Categories a prohibition sets in words no rule orders (see _BACKOFF)."""
    found: list[str] = []
    lead_prescribes = any(_PRESCRIPTIVE.search(c) for c in context[:1])
    if basis or (not lead_prescribes and not _PRESCRIPTIVE.search(masked)):
        # A rule against unequal treatment ("denied access to programs because of a detainer") is
        # about the person's treatment, whatever its words.
        return found
    for code, verbs, objects, needs_agency in _BACKOFF:
        if _cannot_match(objects, present) or _cannot_match(verbs, present):
            continue
        if needs_agency and not _IMM_RE.search(masked):
            continue
        for obj in objects.finditer(masked):
            start, end = _clause_bounds(masked, obj.start())
            # The act and its object close together: a verb of another clause ("as determined by
            # the Chief, ... shall not act against undocumented persons") is not the act.
            verb = next(
                (
                    v
                    for v in verbs.finditer(masked, max(start, obj.start() - 100), min(end, obj.end() + 100))
                    if v.end() <= obj.start() or v.start() >= obj.end()
                ),
                None,
            )
            if verb is None:
                continue
            between = masked[min(verb.end(), obj.end()) : max(verb.start(), obj.start())]
            if code == "status_inquiry_limits" and _BASIS.search(between):
                continue  # "arrest ... based upon perceived immigration status" asks nothing
            at = min(verb.start(), obj.start())
            frame = _frame(masked, at, max(verb.end(), obj.end()), context)
            if frame == POS and verb.start() > obj.end():
                # "data ... shall forbid the vendor to share": the act's own frame, after its object
                frame = _frame(masked, verb.start(), verb.end(), context)
            # A rule, not a description: "the city does not operate its programs for ..." states a
            # practice.
            if frame in (NEG, BAN) and not (lead_prescribes or _PRESCRIPTIVE.search(masked, start, end)):
                continue
            if frame == NEG:
                found.append(code)
                break
            if frame == BAN:
                found.append("cooperation_mandate")
                break
    return list(dict.fromkeys(found))


def _clause_bounds(s: str, at: int) -> tuple[int, int]:
    """The clause around a position: from the last ';' or '.' before it to the next one."""
    before = max(s.rfind(";", 0, at), s.rfind(". ", 0, at))
    return before + 1, _clause_end(s, at)


_LIMIT_CODES = frozenset(
    {
        "detainer_limits",
        "notification_limits",
        "ice_access_limits",
        "status_inquiry_limits",
        "status_sharing_limits",
        "personal_info_sharing_limits",
        "resource_limits",
        "no_287g",
        "sensitive_locations",
    }
)


_REPORTED_BY = _lazy(
    # A modal or a passive is a rule's, not a report's ("..., the inmate's attorney shall be told of it.").
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:shall|must|will|may|be|been|is|are|was|were)\s)[\w.'\u2019-]+\s+){1,5}?"
    r"(?:told|said|says|explained|noted|argued|warned)\b[^,;:\"\u201c]{0,80}[.!]?\s*$"
)


# "Under Texas law, sheriffs must honor detainers": what another body's law requires, stated as
# background; the text's own rules say "this Act/section".
_UNDER_OTHER_LAW = _lazy(
    r"[\s(]*Under\s+(?:(?:current|existing|present|federal)\s+law|(?!State\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+law)\b"
    # "Under 8 U.S.C. § 1373, a local government may not ...": the federal statute's rule, restated
    # (the citation's dots are blanked by then)
    r"|[\s(]*Under\s+8\s+U\W?\s?S\W?\s?C\W?\s+(?:§+\s*|(?i:sec(?:tion)?)\W?\s*)?(?:1373|1644)(?:\s*\(\w+\))*\s*,"
)


def _code_sentence(
    sentence: str,
    context: list[str],
    immigration_context: bool,
    role: str,
    *,
    immigration_document: bool = False,
) -> list[str]:
    """Category codes established by one sentence (in document order of first evidence)."""
    codes: dict[str, None] = {}
    masked = _mask_idioms(sentence)
    if _UNDER_OTHER_LAW.match(masked):
        return []
    if masked.rstrip(" \t\n\"'\u201d)").endswith("?"):
        return []  # an FAQ's question ("Q: Will the City share my information with ICE?") asks; its answer rules
    if _REPORTED_BY.search(masked):
        return []  # "..., the county attorney told commissioners on Monday.": a report of what someone said
    present = _sentence_index().present(literal_view(masked))

    def search(pattern: LazyRegex) -> re.Match[str] | None:
        return None if _cannot_match(pattern, present) else pattern.search(masked)

    def scan(pattern: LazyRegex) -> Iterator[re.Match[str]]:
        return iter(()) if _cannot_match(pattern, present) else pattern.finditer(masked)

    # An exception inside a limit ("shall not disclose status ... except as 8 U.S.C. 1373 requires")
    # both sets the limit and saves the federal exchange; a construction rule or a permission
    # ("Nothing in this section prohibits sending ...") saves it and limits nothing.
    saved = search(_SAVINGS_EXCEPTION)
    savings = saved is not None
    exception = saved is not None and not saved.group(0).lower().startswith("as")
    # 1373(c) is ICE's duty to answer status inquiries: a verification step, not a saved exchange.
    federal = re.search(r"\b(?:1373(?!\s*\(\s*c\s*\))|1644)\b", masked)
    if not savings and federal and _frame(masked, federal.start(), federal.end(), context) == PERM:
        savings = True
    if not savings and search(_SAVINGS_OBJECT):
        for m in _SAVINGS_OBJECT.finditer(masked):
            if _frame(masked, m.start(), m.end(), context) == PERM and (
                _SAVINGS_FRAMING.search(masked) or any(_SAVINGS_FRAMING.search(c) for c in context[:1])
            ):
                savings = True
                break
    for ban in scan(_STATUS_LIMIT_BANNED):
        head = masked[: ban.start()]
        frame = _ban_frame(masked, ban, context)
        if frame not in (NEG, BAN, PERM):
            continue
        if frame == PERM and not _SAVINGS_FRAMING.search(masked):
            continue  # "The Sheriff may prohibit employees from sharing ...": a limit the text allows
        if (
            frame == PERM
            or _CONSTRUCTION_SUBJECT.search(head)
            or (_OWN_UNIT.search(head) and _FEDERAL_DEFERENCE.search(masked))
            # "Under 8 U.S.C. 1373 ..., state and federal law prohibits town officials from imposing
            # limits on exchanging status": the text acknowledging the law, not a rule of its own.
            or _LAW_AS_SUBJECT.search(head)
        ):
            savings = True
            continue
        codes.pop("compliance_savings_clause", None)
        codes["cooperation_mandate"] = None
        return list(codes)
    if savings:
        codes["compliance_savings_clause"] = None
    if _joins_287g(masked, present, context):
        # The agreement's own purpose clause says what it establishes, so this reading comes before
        # the purpose rule below.
        codes["cooperation_mandate"] = None
        return list(codes)
    if role == "purpose":
        # A directive's purpose list names the records it brings in ("This directive: ...
        # introduces reporting requirements", "... introduces the Detainer Log"): those it sets.
        if (immigration_context or immigration_document) and search(_PURPOSE_RECORDS):
            codes["transparency"] = None
        return list(codes)

    for ban in scan(_BAN_ON_LIMITS):
        if _CERTIFIES_NONE.search(masked, 0, ban.start()):
            # "shall certify ... that it has not adopted any policy that restricts cooperation": a
            # condition of compliance with the ban, which enforces it
            codes["cooperation_mandate"] = None
            return list(codes)
        if _AIMED_AT.search(masked, max(0, ban.start() - 40), ban.start()):
            continue  # "no matter the threats made against sanctuary cities, the City will not ...": aimed at, not barred
        # "No agency; county, ...; or officer shall adopt a policy that limits ...": the list of
        # banned adopters can run past the reach of the clause frame, and what follows the ban is
        # the banned policy's definition, not a limit the text sets.
        if (
            _ban_frame(masked, ban, context) in (NEG, BAN)
            or _VOID.search(masked)
            or _NO_ADOPTER.search(masked[: ban.end()])
        ):
            codes["cooperation_mandate"] = None
            return list(codes)
    for ban in scan(_BAN_ON_DIRECTIONS):
        before = [kind for pos, kind, _ in _clause_cues(masked) if pos < ban.start()]
        if before and before[-1] == DIR:
            continue  # "The Board directs County employees not to comply ...": the body's own direction
        if _frame(masked, ban.start(), ban.end(), context, modal_before=True) == NEG or _VOID.search(masked):
            codes["cooperation_mandate"] = None
            return list(codes)
    if search(_FUNDS_FOR_COOPERATION) or search(_FUNDS_WITHHELD_FOR_LIMITS) or (
        immigration_document and search(_FUNDS_FOR_NONCOMPLIANCE) and search(_FUNDS_PENALTY_OR_BAR)
    ) or (
        (immigration_document or _BREACH_OF_ACT.search(masked))
        and search(_FUNDS_PENALTY)
        and _FUNDS_STATE.search(masked)
        and _FUNDS_BREACH.search(masked)
        and _LOCAL_ENTITY.search(masked)
    ):
        codes["cooperation_mandate"] = None
        return list(codes)
    less_than_full = search(_LESS_THAN_FULL) and not _SELF_NON_LIMITATION.search(masked)
    if less_than_full or (immigration_document and search(_OFFICIAL_PENALTY)) or (
        search(_ENFORCEMENT_ACTION) and search(_SANCTUARY_POLICY)
    ):
        codes["cooperation_mandate"] = None
        return list(codes)
    for duty in scan(_COOPERATION_DUTY):
        frame = _frame(masked, duty.start(), duty.end(), context)
        # A resolution "authorizes" the sheriff to cooperate fully: the body's instruction, not a
        # construction rule ("nothing prohibits ...", which stays a permission).
        if frame == PERM and _AUTHORIZED.search(masked[: duty.start()]):
            frame = POS
        # "The attorney general may file suit against a county that fails to comply with a detainer":
        # a power to enforce the duty, which a permission grants.
        if frame == PERM and _ENFORCEMENT_POWER.match(duty.group(0)):
            frame = POS
        if frame in (POS, NONE, BAN):
            codes["cooperation_mandate"] = None
            return list(codes)

    # "deny services ... on the basis of ... a detainer": a rule against unequal treatment, whatever
    # immigration words follow its "basis of".
    basis = [(m.start("basis"), _clause_end(masked, m.end())) for m in scan(_UNEQUAL_TREATMENT)]
    basis += [(m.start(), _clause_end(masked, m.end())) for m in scan(_REIMBURSEMENT)]
    found: list[str] = []
    resource_at: list[int] = []
    # A topic pattern can only match where one of its opening words is: each opening word is looked
    # for once per sentence (many rules share one), and only the rules it opens are tried.
    _, opens = _rule_openers()
    opened: set[int] = set(opens.get("", ()))
    for word in present:
        rules = opens.get(word)
        if rules is not None:
            opened.update(rules)
    for index in sorted(opened):
        rule = _RULES[index]
        if rule.needs_immigration and not immigration_context:
            continue
        if _lacks_a_required_set_in(rule.pattern, present):
            continue
        matches = list(rule.pattern.finditer(masked))
        # The topic first: most sentences have none, and then neither test is needed.
        if not matches:
            continue
        if rule.unless is not None and rule.unless.search(masked):
            continue
        if rule.also is not None and not rule.also.search(masked):
            continue
        for m in matches:
            if any(b_start <= m.start() < b_end for b_start, b_end in basis):
                continue
            frame = _frame(
                masked, m.start(), m.end(), context, modal_before=rule.modal_before, refusal=rule.refusal
            )
            code = {NEG: rule.on_neg, POS: rule.on_pos}.get(frame) if frame in (NEG, POS) else None
            if frame == BAN and rule.on_neg in _LIMIT_CODES:
                code = "cooperation_mandate"
            if code is None and frame in (NONE, NEG, POS) and rule.on_none and (frame != NEG or rule.on_none_negated):
                code = rule.on_none
            if code is not None and savings and not exception and code == "status_sharing_limits":
                # "shall not keep records of status ...; provided, however, that nothing prohibits
                # sending status to ICE": the limit stands before the clause that saves the exchange.
                saving_clause = _SAVING_CLAUSE_START.search(masked)
                if saving_clause is None or m.end() > saving_clause.start():
                    code = None
            if code == "resource_limits":
                resource_at.append(m.start())
            if code is not None and code not in found:
                found.append(code)
    if (
        not found
        and not codes
        and (immigration_context or immigration_document)
        and role == "operative"
        and not _BILL_TITLE.match(masked)
    ):
        found = _backoff_codes(masked, present, context, basis)
    # A rule confined to listed places is a sensitive-locations rule, not a general resource bar; a
    # clause of its own that names no place ("...; and (b) no employee shall arrest anyone for a civil
    # immigration violation") is one.
    if "sensitive_locations" in found and not any(_placeless_clause(masked, at) for at in resource_at):
        found = [c for c in found if c != "resource_limits"]
        # Entry to a school or clinic is a protected place, not ICE's access to people in custody.
        if "ice_access_limits" in found and not _CUSTODY_WORDS.search(masked):
            found = [c for c in found if c != "ice_access_limits"]
    for code in found:
        codes[code] = None
    return list(codes)


_CLAUSE_BREAK = re.compile(r";|(?:,?\s+(?:and|or)\s+)?\(\w{1,3}\)\s")


def _placeless_clause(sentence: str, at: int) -> bool:
    """Whether the clause around `at` (between semicolons or lettered items) names no protected place."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(sentence)]
    start = max((m.end() for m in breaks if m.end() <= at), default=0)
    end = min((m.start() for m in breaks if m.start() > at), default=len(sentence))
    return start > 0 or end < len(sentence) if not _PLACES_RE.search(sentence, start, end) else False


# --------------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    node: _Node
    role: str
    view: _View
    coded: list[tuple[tuple[int, int], list[str]]]  # sentence range in view -> codes


def _lead_in(text: str, node: _Node) -> str:
    end = node.children[0].start if node.children else node.end
    return " ".join(text[node.body_start : max(node.body_start, end)].split())


# A printed bill numbers its lines ("... shall fully 33 comply with ..."), and a text taken from it
# keeps the numbers between words. They are found as a run: at least eight small numbers, each one
# more than the last (or a new page starting again at 1), a line's length apart.
# A page may glue each number to its line's last word ("... governmental2\nentities"): read there too.
_LINE_NUMBER = re.compile(r"(?<=\s)\d{1,2}(?=\s)|(?<=[A-Za-z;,.:)\"\u201d])\d{1,2}(?=\n)")
# Lines 2, 3 and 4 numbered in a row; or, where a bill's first numbered lines are blank ("1\n2\n3\n
# ... 7 LONG TITLE"), any three lines in a row that open with a small number and carry text.
_LINE_NUMBER_PROBE = re.compile(
    r"\s2\s[^\n]{10,160}?\s3\s[^\n]{10,160}?\s4\s|\n2\s.{10,160}?\n3\s.{10,160}?\n4\s"
    r"|\n\d{1,2}[ \t]+\S[^\n]{8,160}\n\d{1,2}[ \t]+\S[^\n]{8,160}\n\d{1,2}[ \t]+\S"
    r"|[A-Za-z;,]\d{1,2}\n[^\n]{10,160}?[A-Za-z;,]\d{1,2}\n[^\n]{10,160}?[A-Za-z;,]\d{1,2}\n",
    re.S,
)
_MIN_LINE_RUN = 8


def blank_line_numbers(text: str) -> str:
    """The text with a printed bill's line numbers replaced by spaces (its length is kept)."""
    if not _LINE_NUMBER_PROBE.search(text, 0, 20_000):
        return text
    runs: list[list[re.Match[str]]] = []
    open_runs: dict[int, list[re.Match[str]]] = {}  # next expected number -> its run
    for m in _LINE_NUMBER.finditer(text):
        value = int(m.group())
        run = open_runs.get(value)
        if run is not None and (
            not 10 <= m.start() - run[-1].end() <= 200
            # a run of numbers glued to their lines' ends goes on only at a line's end: "Chapter 4" in
            # mid-line is the chapter's
            or (len(run) >= 2 and all(_glued(text, n) for n in run[-2:]) and not _glued(text, m))
        ):
            run = None
        elif run is not None:
            del open_runs[value]
        if run is None and value == 1:
            # A new page: the run that ended on the last page goes on.
            ends = [r for r in open_runs.values() if 10 <= m.start() - r[-1].end() <= 200 and len(r) >= 5]
            run = ends[0] if ends else None
            if run is not None:
                open_runs = {k: r for k, r in open_runs.items() if r is not run}
        if run is None:
            run = []
            runs.append(run)
        run.append(m)
        # "Article 1 of Chapter 4" inside a numbered line starts a run of its own: the longer run waiting
        # for the same next number keeps its place.
        waiting = open_runs.get(value + 1)
        if waiting is None or len(waiting) <= len(run):
            open_runs[value + 1] = run
    spans = [(m.start(), m.end()) for run in runs if len(run) >= _MIN_LINE_RUN for m in run]
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for a, b in spans if len(spans) < 2 else sorted(spans):
        out.append(text[pos:a])
        # Where the page ran its lines together ("... the 2 Section 1. Intent 3 The legislature"), the
        # number before a section or lettered item is the break the layout lost: it becomes one.
        brk = "\n" if text[a - 1] != "\n" and _NUMBERED_LINE_OPENS.match(text, b) else " "
        out.append(brk + " " * (b - a - 1))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _glued(text: str, m: re.Match[str]) -> bool:
    return text[m.start() - 1] not in " \t\n" and text.startswith("\n", m.end())


_NUMBERED_LINE_OPENS = re.compile(r"[ \t]+(?:Sec(?:tion|\.)[ \t]+\d|[A-Z]\.[ \t]+[A-Z]|\d{1,3}-\d{2,5}(?:\.\d+)?\.[ \t]+[A-Z])")


# An instrument of a school system or college names itself so near its top ("Board Policy 5145",
# "Issaquah School District", "University Policy") and keeps speaking of students and schools.
_SCHOOL_BODY = _lazy(
    r"\b(?:school\s+(?:district|board|committee|policy|personnel|staff|employees)|board\s+of\s+(?:education|trustees|regents)|unified\s+school|"
    r"(?:public|charter|high|elementary|middle)\s+schools?|universit(?:y|ies)|colleges?|campus(?:es)?|academy)\b",
    I,
)
_SCHOOL_WORDS = _lazy(r"\b(?:students?|schools?|campus(?:es)?|pupils?|universit(?:y|ies)|colleges?)\b", I)


def _school_instrument(text: str) -> bool:
    if not _SCHOOL_BODY.search(text, 0, 1500):
        return False
    return len(_SCHOOL_WORDS.findall(text, 0, 60_000)) >= 5


# A lettered or numbered item that rules ("A. It is the policy of the City that ...", "B. City
# resources shall not be used:"), and the words that make an item a definition instead.
_RULE_NOT_DEFINITION = _lazy(
    r"\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s+)?[^\n]{0,300}?(?:\b(?:shall|must|may\s+not|will\s+not|cannot)\b|\bit\s+is\s+the\s+policy\b)",
    I,
)
_DEFINES = _lazy(
    r"\b(?:means?|refers?\s+to|shall\s+have\s+the\s+meanings?|has\s+the\s+meaning|is\s+defined|shall\s+include|includes)\b", I
)


def find_provisions(text: str, *, assume_policy: bool | None = None) -> list[Provision]:
    """Split a policy text into provisions and code each operative one on the taxonomy.

    Categories are assigned only when the text is a policy text (`is_policy_text`), unless
    `assume_policy` says otherwise; provisions are returned either way. Deterministic.
    """
    if not text or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return []
    policy = is_policy_text(text) if assume_policy is None else assume_policy
    # Passages quote the text as given; the rules read it without a printed bill's line numbers.
    source, text = text, blank_line_numbers(text)
    # The clause caches serve one document: nothing read from one text carries over to the next.
    _clause_cues.cache_clear()
    _lead_cue.cache_clear()
    nodes = _segment(text)
    if not nodes:
        return []
    first_section = next(
        (n.start for n in nodes if n.style in ("section", "romansection") and n.number), None
    )

    section_has_immigration = _sections_with_immigration(text, nodes)
    imm_document = bool(_IMM_RE.search(text, 0, 200_000) or re.search(r"\bsanctuary\b", text[:200_000], I))
    roles: dict[int, str] = {}
    lead_ins: dict[int, str] = {}
    # Whether a lead-in's closing clause sets a category by itself.
    stem_codes: dict[str, bool] = {}
    lost = _lost_negated_head(text, nodes)
    if lost is not None:
        # The continued clause and its list read as if the head were still there.
        lost_head, head = lost
        lead_ins[id(lost_head)] = _mask_idioms(f"{head} {_lead_in(text, lost_head)}")
    units: list[_Unit] = []
    # A bill's title block lists its provisions ("requiring local entities to cooperate with ...;
    # prohibiting sanctuary policies"); read only when nothing else in the text rules, as in a bill
    # page that keeps the title and breaks off before the sections.
    title_sentences: list[tuple[list[tuple[tuple[int, int], list[str]]], int, str, list[str], bool]] = []
    for node in nodes:
        own_end = node.children[0].start if node.children else node.end
        own_end = max(own_end, node.body_start)
        view = _view(text, node.body_start, own_end)
        parent_role = roles.get(id(node.parent)) if node.parent else None
        role = parent_role if parent_role and parent_role != "operative" else None
        if (
            role == "definitions"
            and node.number is not None
            and _RULE_NOT_DEFINITION.match(view.text[:400])
            and not _DEFINES.search(view.text[:400])
        ):
            # "As used in this article: TERM ... A. It is the policy of the City that ... shall not":
            # after the defined terms, the article's lettered rules sit under the same lead-in.
            role = None
        if role is None:
            role = _role_of_heading(node.heading)
        if role is None and first_section is not None and node.start < first_section and node.style == "para":
            # Before the first section: a bill's title block, unless the paragraph itself rules.
            rules = _PREAMBLE_OPERATIVE.search(view.text) or (
                _PREAMBLE_MODAL.search(view.text) and not _PREAMBLE_TITLE.match(view.text)
            )
            role = "operative" if rules else "title"
        if role is None:
            first = view.text[:400]
            role = _role_of_text(first) or "operative"
            if role == "title" and not re.match(
                r"\s*(?:AN ACT|AN ORDINANCE|A BILL|A RESOLUTION|relating to)\b", first, I
            ):
                role = "operative"  # a naming sentence inside a section does not make the section a title
            if role in ("title", "findings") and _RESOLVED_CLAUSE.search(view.text):
                # Title, recitals and resolved clauses in one paragraph: each sentence takes its own role.
                role = "operative"
            if role == "definitions" and _RULE_AFTER_DEFINITION.search(view.text):
                # "As used in this section, "personal information" has the meaning given in Section 3. An
                # agency shall not disclose personal information ...": a term scoped, then the rule that
                # uses it. Each sentence takes its own role; the definition still sets nothing.
                role = "operative"
            if role == "purpose" and _FLATTENED_RULES.search(view.text):
                # An order flattened into one paragraph opens with its purpose and goes on with its
                # numbered rules ("II. ... A. ...: Members shall not ..."): each sentence takes its own role.
                role = "operative"
        roles[id(node)] = role
        context: list[str] = []
        ancestor = node.parent
        while ancestor is not None and ancestor.style != "root":
            if id(ancestor) not in lead_ins:
                lead_ins[id(ancestor)] = _mask_idioms(_lead_in(text, ancestor))
            context.append(lead_ins[id(ancestor)])
            ancestor = ancestor.parent
        imm_context = bool(_IMM_RE.search(view.text)) or any(_IMM_RE.search(c) for c in context)
        if not imm_context:
            # Items of one list share its subject: "(4) Provide access to a detained individual" is
            # about immigration authorities when item (3) of the same section names them.
            imm_context = section_has_immigration[id(node)]
        coded: list[tuple[tuple[int, int], list[str]]] = []
        earlier = node.heading or ""
        for s_index, (s_start, s_end) in enumerate(_sentences(view)):
            sentence = view.text[s_start:s_end]
            codes: list[str] = []
            if lost is not None and node is lost[0] and s_index == 0:
                # Only the continued sentence lost its head; the next one starts afresh.
                sentence = f"{lost[1]} {sentence}"
            if policy and role in ("operative", "purpose") and not _BILL_TITLE.match(sentence):
                sentence_role = _role_of_text(sentence)
                definitions = _DEFINITIONS_START.search(sentence, 1)
                if definitions is not None:
                    # "Section 67.307 is repealed and one new section enacted ...: 67.307. 1. As used in
                    # this section, the following terms mean: ...": what follows defines, sets nothing.
                    sentence = sentence[: definitions.start()]
                sentence, earlier = _resolve_anaphora(sentence, earlier), f"{earlier} {sentence}"
                if sentence_role in ("findings", "definitions"):
                    codes = []
                else:
                    effective = "purpose" if role == "purpose" or sentence_role == "purpose" else "operative"
                    codes = _code_sentence(
                        sentence, context, imm_context, effective, immigration_document=imm_document
                    )
                    # A bar on cooperating "at the following places:" is about the places listed.
                    if (
                        "resource_limits" in codes
                        and node.children
                        and sentence.rstrip().endswith((":", "—"))
                        and _PLACES_RE.search(_items_text(text, node))
                    ):
                        codes = [c for c in codes if c != "resource_limits"]
                        if "sensitive_locations" not in codes:
                            codes.append("sensitive_locations")
                    stem = _list_stem(context[0]) if context and len(sentence) < 200 else None
                    if stem:
                        # A bare list item ("(A) an individual's address;") completes its lead-in
                        # ("Disclose for immigration enforcement:"); read them together. An item
                        # with a topic of its own ("a civil immigration detainer unless ...") may
                        # take another from a lead-in that has none by itself ("shall not arrest
                        # ... based solely on:"), but never the opposite direction: the item read
                        # under its lead-in's frame knows whether the text limits cooperation or
                        # bans limits.
                        extra: list[str] = []
                        # A lead-in that names its own object ("shall not share the following records:")
                        # only lists cases of it: a coded item takes nothing more from it.
                        takes_more = bool(codes) and _OPEN_STEM.search(stem) is not None
                        if takes_more and stem not in stem_codes:
                            stem_codes[stem] = bool(
                                _code_sentence(stem, context[1:], imm_context, effective, immigration_document=imm_document)
                            )
                        if not codes or (takes_more and not stem_codes[stem]):
                            joined = _code_sentence(
                                f"{stem.rstrip(':— ')} {sentence}",
                                context[1:],
                                imm_context,
                                effective,
                                immigration_document=imm_document,
                            )
                            mandate = "cooperation_mandate" in codes
                            extra = [
                                c
                                for c in joined
                                if c not in codes and (not codes or (c == "cooperation_mandate") == mandate)
                            ]
                        codes = codes + extra
                        if "resource_limits" in codes and _PLACES_RE.search(sentence) and _PLACE_LIST_LEAD.search(stem):
                            # "... shall not enforce immigration law at the following places: (a)
                            # schools ...": each listed place is a sensitive location.
                            codes = [c for c in codes if c != "resource_limits"]
                            if "sensitive_locations" not in codes:
                                codes.append("sensitive_locations")
                    if context and codes and any(_bans_limits(c) for c in context):
                        # "No agency shall adopt a policy that restricts ... This includes
                        # restrictions on: (a) inquiries into immigration status; ...": each item
                        # names a limit the text forbids, so it is a duty to cooperate.
                        codes = (
                            ["cooperation_mandate"]
                            if any(c in _LIMIT_CODES or c == "cooperation_mandate" for c in codes)
                            else codes
                        )
                    # The items of "Except when: 1. ... 2. ...;" carve out cases; an unnumbered paragraph
                    # after them ("County resources shall not be used ...") is the rule they qualify.
                    if context and _EXCEPTION_LEAD.search(context[0]) and node.number is not None:
                        codes = [c for c in codes if c == "compliance_savings_clause"]
            elif policy and (role == "title" or _BILL_TITLE.match(sentence)) and _TITLE_LIKE.search(sentence):
                title_sentences.append((coded, len(coded), sentence, context, imm_context))
            coded.append(((s_start, s_end), codes))
        units.append(_Unit(node, role, view, coded))
        if node.children and id(node) not in lead_ins:
            bar = _prohibited_by_reference(node, view.text, units)
            if bar:
                # "(2) Actions with a purpose described in subsection (1) include: (a) ...": the
                # items are what subsection (1) forbids, so they read under its negation.
                lead_ins[id(node)] = _mask_idioms(f"shall not: {_lead_in(text, node)}")

    if policy and _school_instrument(text):
        # A school's or college's own policy that bars cooperation or access limits enforcement at
        # its schools: the setting is the instrument's, so each such rule is also a sensitive-location rule.
        for unit in units:
            for index, (span, unit_codes) in enumerate(unit.coded):
                if "sensitive_locations" not in unit_codes and (
                    "resource_limits" in unit_codes or "ice_access_limits" in unit_codes
                ):
                    unit.coded[index] = (span, [*unit_codes, "sensitive_locations"])
    if title_sentences and not any(codes for unit in units for _, codes in unit.coded):
        for unit_coded, index, sentence, context, imm_context in title_sentences:
            span = unit_coded[index][0]
            title_codes = _code_sentence(
                sentence, context, imm_context, "operative", immigration_document=imm_document
            )
            unit_coded[index] = (span, title_codes)
    return [p for unit in units for p in _provisions_of(source, unit)]


_BY_REFERENCE = _lazy(
    r"\b(?:actions?|activities|acts|conduct|uses?|practices)\b[^.;:]{0,60}?\b(?:described|set\s+forth|referred\s+to|prohibited)\s+"
    r"in\s+(?:sub)?(?:section|paragraph)\s+(?P<ref>\(\w{1,4}\))\s+of\s+this\s+(?:section|chapter|act)\b[^.;]{0,60}?\binclude",
    I,
)


def _prohibited_by_reference(node: _Node, own: str, units: list[_Unit]) -> bool:
    """Whether a unit's lead-in names its list as the acts a sibling unit forbids (one that set a limit)."""
    m = _BY_REFERENCE.search(own)
    if m is None:
        return False
    ref = m.group("ref")
    for unit in units:
        if unit.node.parent is node.parent and unit.node.label == ref:
            return any(code in _LIMIT_CODES for _, codes in unit.coded for code in codes)
    return False


# A page that opens mid-sentence has lost the clause head, and with it the modal that governs its
# list. A continuation that opens with "nor", or with "any" before local funds, staff or facilities
# ("... any County funds, personnel or equipment for the following:"), continues a prohibition: that
# is where "any" and "nor" stand in drafting, while a duty to spend local resources is not written so.
_LOST_NEGATED_HEAD = _lazy(
    r"[ \t\r\n]*(?:(?P<nor>nor|neither)\b|(?:any|either)\b[^.;:]{0,160}?\b(?:funds?|moneys?|monies|resources|personnel|staff|"
    r"employees|equipment|facilities|property|assets)\b)"
)


# A page that opens with a word in lower case, up to the end of its first sentence.
_LOST_HEAD_SENTENCE = _lazy(r"[ \t\r\n]*[a-z][^.;]{0,600}")
_REQUIRED_BY_LAW_EXCEPTION = _lazy(
    r"\b(?:unless|except\s+(?:as|where|when))\b[^.;]{0,80}?\b(?:required|mandated|compelled)\s+by\s+"
    r"(?:(?:federal|state|applicable)\s+(?:or\s+(?:federal|state)\s+)?)?law\b"
)


def _lost_negated_head(text: str, nodes: list[_Node]) -> tuple[_Node, str] | None:
    """The first unit and the head it lost, when the text continues a prohibition begun on an earlier page."""
    first = nodes[0]
    m = _LOST_NEGATED_HEAD.match(text)
    if first.style != "para" or text[: first.body_start].strip():
        return None
    if m is None:
        # "... law or to gather information on anyone's status, unless required by federal law.": an
        # exception for what the law requires excepts from a prohibition, never from a duty.
        opening = _LOST_HEAD_SENTENCE.match(text)
        if opening is None or not _REQUIRED_BY_LAW_EXCEPTION.search(opening.group(0)):
            return None
        return first, "shall not"
    # Resources are what a bar on use names: "shall not use any City funds for ...".
    return first, ("shall not" if m.group("nor") else "shall not use")


# "Section 287(g) agreements are voluntary. The Department will refrain from entering into such
# agreements.": a demonstrative noun phrase takes the topic its unit named before it. Only "such",
# "these", "those", "said" and a singular "this"/"that" point back; "the request" may be any request.
_ANAPHORA: tuple[tuple[LazyRegex, LazyRegex, str], ...] = (
    (
        _lazy(
            r"\b(?:such|these|those|said|this|that)\s+(?:agreements?|programs?|partnerships?|arrangements?|"
            r"memorand(?:um|a)(?:\s+of\s+(?:understanding|agreement))?|MOAs?|MOUs?)\b",
            I,
        ),
        _lazy(r"\b287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)", I),
        "287(g) agreements",
    ),
    (
        _lazy(r"\b(?:such|these|those|said)\s+(?:requests?|holds?)\b", I),
        _lazy(r"\bdetainers?\b|\bhold\s+requests?\b|\bimmigration\s+holds?\b|\bI-247", I),
        "detainer requests",
    ),
)


def _resolve_anaphora(sentence: str, earlier: str) -> str:
    for anaphor, antecedent, replacement in _ANAPHORA:
        if antecedent.search(earlier) and not antecedent.search(sentence) and anaphor.search(sentence):
            sentence = anaphor.sub(replacement, sentence)
    return sentence


def _items_text(text: str, node: _Node) -> str:
    """The text of a unit's list items (its whole subtree below its own lead-in), capped."""
    last = node
    while last.children:
        last = last.children[-1]
    start = node.children[0].start
    return text[start : min(max(last.end, start), start + 5000)]


def _list_stem(lead: str) -> str | None:
    """The clause a lead-in ends with when it opens a list ("... shall not: (1) Disclose for X:")."""
    lead = lead.rstrip()
    if not lead.endswith((":", "—")):
        return None
    clause = re.split(r"(?<=[.;])\s+", lead)[-1]
    # A lead-in that only carries a modal ("Agencies shall not:") adds no topic to its items.
    if len(clause.split()) < 3 or not re.search(r"[a-z]{4,}", clause.rstrip(":—")):
        return None
    return clause


def _sections_with_immigration(text: str, nodes: list[_Node]) -> dict[int, bool]:
    """For each unit: does the top-level unit it belongs to (its whole subtree) speak of immigration?"""

    def top(node: _Node) -> _Node:
        while node.parent is not None and node.parent.style not in ("root", "container"):
            node = node.parent
        return node

    tops = [n for n in nodes if n.parent is None or n.parent.style in ("root", "container")]
    ends: dict[int, int] = {}
    for i, node in enumerate(tops):
        ends[id(node)] = tops[i + 1].start if i + 1 < len(tops) else len(text)
    found: dict[int, bool] = {}
    for node in tops:
        found[id(node)] = bool(_IMM_RE.search(text[node.start : ends[id(node)]]))
    return {id(n): found.get(id(top(n)), False) for n in nodes}


def _provisions_of(text: str, unit: _Unit) -> list[Provision]:
    node = unit.node
    own_end = node.children[0].start if node.children else node.end
    span = Span(node.start, max(node.start, own_end))
    while span.end > span.start and text[span.end - 1].isspace():
        span = Span(span.start, span.end - 1)
    rule_sentences = [(rng, codes) for rng, codes in unit.coded if codes]
    number = node.path()
    role = (
        unit.role
        if unit.role in ("operative", "findings", "definitions", "purpose", "title")
        else "operative"
    )
    distinct = {tuple(codes) for _, codes in rule_sentences}
    if len(rule_sentences) >= 2 and len(distinct) >= 2:
        # Several rules in one unit: one provision per sentence, so each rule has its own number.
        out: list[Provision] = []
        for i, (rng, codes) in enumerate(unit.coded, 1):
            s_span = unit.view.span(*rng)
            if i == 1:
                s_span = Span(span.start, s_span.end)
            evidence = tuple(
                CategoryEvidence(c, unit.view.span(*rng), unit.view.span(*rng).slice(text)) for c in codes
            )
            label = f"{number}, sentence {i}" if number else f"sentence {i}"
            out.append(
                Provision(
                    number=label,
                    heading=node.heading if i == 1 else None,
                    span=s_span,
                    text=s_span.slice(text),
                    categories=evidence,
                    role=role,
                )
            )
        return out
    evidence_list: list[CategoryEvidence] = []
    seen: set[str] = set()
    for rng, codes in rule_sentences:
        passage_span = unit.view.span(*rng)
        for code in codes:
            if code in seen:
                continue
            seen.add(code)
            evidence_list.append(CategoryEvidence(code, passage_span, passage_span.slice(text)))
    return [
        Provision(
            number=number,
            heading=node.heading,
            span=span,
            text=span.slice(text),
            categories=tuple(evidence_list),
            role=role,
        )
    ]
