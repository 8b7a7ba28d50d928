"""Direct quotations attributed to named people.

The finder works in three passes, each linear in the text length:

1. Quotations: paired quotation marks per paragraph, with the newspaper convention for quotations
   running over several paragraphs (an opening mark on each, a closing mark only at the end), closing
   marks whose opening mark was lost, and statement blocks introduced by "Name:" or "... issued the
   following statement:". A closing mark missing as printed does not swallow the next quotation: an
   attribution inside the open quotation (`"of no use, said Ana Ruiz.`) ends it, and a partial
   quotation opened inside a clause ends with its paragraph.
2. Person mentions near those quotations: runs of capitalized words that read as a person (after
   stripping titles such as "Attorney General" and rejecting organization words), kept with their
   position so that a later surname ("Sessions said"), title ("the judge said") or pronoun ("she
   added") resolves to the full name introduced earlier.
3. Attribution: the speaker is read from the words right after the quotation (`," said X`,
   `," X added`), else from the clause before it in the same sentence (`X said: "`, `X said the
   ruling "`), else from an introducing paragraph ending with a colon, else from the quotation just
   before it (the second half of a split quotation, or a paragraph that goes on quoting the same
   person, also past one paragraph of narrative about them). A partial quotation inside a sentence
   takes the attribution that ends the sentence (`... have "sown distrust" among residents, Roe
   said.`). Words said by several people together go to the one whose office issued them, else to
   the first named: the scorer and the records both want one speaker, and a joint statement names
   its lead author first.

A quotation whose attribution names no person (a spokesperson, "the department", "the lawsuit") is
dropped, as are quotations of fewer than four words (terms and scare quotes) and nested quotations.
So is a document's text quoted inside a person's sentence ("Roe noted a bill that would require
sheriffs to '...'"): a document noun whose verb gives its content claims the words. A named person's
written words ("Judge X wrote", "read a letter from X", a letter signed by X) count as theirs.

A run of capitalized words ending in a title word ("Intake Supervisor", "Field Office Director") is a
job, never a name: the speaker is the name after it, past an office ("Chief of Police Dana Whitfield",
"Department of Homeland Security spokeswoman Tricia Lane") or past a role phrase and a comma ("said
Intake Supervisor at the Pine Jail, Lt. Jane Doe", "said the county's public defender, Jane Doe").
A name followed by where the person works opens a clause as its subject ("Capt. Bo Dean of the
Sheriff's Office said"); a name after a preposition and an article is that preposition's object.

A place is never a person: a run naming a state or opening like a place name ("New Jersey has",
"Los Angeles was") is not a mention a pronoun may take, nor a speaker.

A pronoun goes to the nearest person of compatible gender who is the subject of their sentence; the
nearest person named as an object wins instead when their sentence's subject is no person ("The
council heard from Maria Lopez"). A short sentence naming a person and no speech ("Sheriff Lou Grant
was blunt.") introduces the quotation after it, unless it says they did not speak.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from entanglement.core.models import Quote, Span

__all__ = ["find_quotes"]


class _DeferredPattern:
    """A pattern compiled when first used rather than at import.

    Compiling all of this module's patterns costs ~0.05 s, most of a one-file run's quote finding; a
    short text reaches a fifth of them. On first use the compiled pattern takes this placeholder's
    place in the module's globals (`_name_deferred_patterns` tells each its name), so every later
    use is an ordinary global lookup of a compiled pattern.
    """

    __slots__ = ("flags", "name", "source")

    def __init__(self, source: str, flags: int) -> None:
        self.source, self.flags, self.name = source, flags, ""

    def __getattr__(self, attribute: str) -> Any:
        compiled = re.compile(self.source, self.flags)
        if self.name:
            globals()[self.name] = compiled
        return getattr(compiled, attribute)


def _deferred(source: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _DeferredPattern(source, flags))


def _name_deferred_patterns() -> None:
    for name, value in list(globals().items()):
        if isinstance(value, _DeferredPattern):
            value.name = name


MIN_WORDS = 4
_LOOKBACK = 600  # characters searched back for a sentence start
_PRONOUN_WINDOW = 1500  # how far back a pronoun may find its person
_MENTION_REACH = _PRONOUN_WINDOW + 500  # text before a quotation scanned for person mentions
_FORWARD_WINDOW = 400  # how far ahead "the governor" may find the governor named
_SURNAME_SCAN = 64
_RUN_REACH = 160  # a name with its titles is shorter than this
_APPOSITION_REACH = 400  # a name, its apposition and the verb after it fit in this  # mentions of one surname examined around a position


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UP}]\.){{1,3}}(?!\w)|[{_UP}][\w’'\-]*\.?"
_PARTICLES = _words("de del della la le van von der den da di du dos das pro ten ter st")
_PARTICLE = "|".join(sorted(_PARTICLES))
_RUN = rf"(?:{_WORD})(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*(?:{_WORD}))*"
# Person mentions have at least two words ("President Trump", "Jane Doe").
_MULTIWORD_RUN_RE = _deferred(rf"(?=[{_UP}])(?:{_WORD})(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*(?:{_WORD}))+")
_RUN_END_RE = _deferred(rf"(?:{_RUN})\s*,?\s*$")
_RUN_START_RE = _deferred(rf"\s*({_RUN})")

# Words that, inside a run of capitalized words, are a title or office rather than a name. The name
# is what follows the last of them ("Cook County Sheriff Tom Dart" -> "Tom Dart").
_TITLE_WORDS = _words(
    """
    attorney attorneys general gov governor lt lieutenant mayor sen senator rep reps representative
    congressman congresswoman congressmember president vice judge justice chief sheriff commissioner
    secretary director spokesman spokeswoman spokesperson professor prof dr mr mrs ms miss
    councilmember councilman councilwoman council member supervisor leader speaker majority minority
    whip tempore magistrate assemblymember assemblyman assemblywoman delegate officer supt
    superintendent deputy acting assistant associate former rev reverend sgt sergeant capt captain
    col colonel adm admiral detective trooper agent ambassador minister chairman chairwoman chair
    chairperson ceo counsel solicitor administrator manager alderman alderwoman ald comptroller
    controller treasurer auditor clerk coroner prosecutor inspector commander warden czar chancellor
    dean executive staff senior state's u.s. federal district circuit county city state law police
    legal policy political advocate organizer founder cofounder co-founder head principal pastor
    bishop rabbi father imam ranking rep. sens. gen. sen. jr. msgr commissioners trustee regent
    cmdr det dep atty cpl corporal maj major ofc insp asst undersheriff constable marshal defender
    coordinator liaison investigator specialist spokesperson dispatcher analyst economist strategist
    resident moderator selectman selectwoman selectperson town freeholder legislator alderperson
    councilor councillor councilperson tem sister lawyer activist
    """
)
_TITLE_STRIPPED = frozenset(w.rstrip(".") for w in _TITLE_WORDS)
# Title words that only qualify a title ("U.S. District Judge", "Acting Director"); alone before one
# capitalized word they open an agency's or a document's name, not a person's.
_MODIFIER_TITLES = _words(
    "u.s. federal district circuit county city state law legal policy political senior acting town"
)
# Title words that are also common surnames ("Rep. Dan Bishop", "Howard Dean"): a run may end with
# them and still be a name. Any other title word ends a job title ("Intake Supervisor"), not a name.
_SURNAME_TITLES = _words(
    "dean bishop warden chancellor marshal pastor major judge justice father constable head jr"
)
_TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    # (Virginia's and Maryland's lower houses seat delegates: "Del. Jo Hart".)
    "del": "delegate",
    "reps": "representative",
    "lt": "lieutenant",
    "supt": "superintendent",
    "prof": "professor",
    "atty": "attorney",
    "sgt": "sergeant",
    "capt": "captain",
    "gen": "general",
    "ald": "alderman",
    "cmdr": "commander",
    "det": "detective",
    "dep": "deputy",
    "cpl": "corporal",
    "maj": "major",
    "ofc": "officer",
    "insp": "inspector",
}

# Words that make a capitalized run an organization, place or thing rather than a person. (The last
# line: the abbreviations of states that no name shares, "Riverside County, Calif. says".)
_ORG_WORDS = _words(
    """
    department dept office county city state states court courts university college school union
    association committee administration house police agency council board commission government
    coalition center centre institute foundation project news times post press party senate assembly
    congress legislature republicans democrats republican democrat inc llc corp corporation company
    group network alliance society league services service bureau division ministry ice dhs doj fbi
    aclu cbp uscis usa fund church district circuit act bill law laws order report campaign caucus
    organization federation partnership force team club museum library hospital bank tribunal
    security homeland justice immigration customs enforcement patrol program plan policy policies
    amendment constitution clause code ordinance resolution statute section chapter title article
    america american americans united nation national federal international republic kingdom
    street avenue road island valley river mountain county's city's department's office's
    monday tuesday wednesday thursday friday saturday sunday january february july september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec
    twitter facebook instagram youtube x.com associated reuters date effective purpose findings
    safety affairs corrections health operations relations communications management resources
    transportation education
    watch rights charities research tribune herald gazette chronicle journal magazine sentinel inquirer
    bulletin media radio television
    cities towns villages counties mayors communities families
    definitions intent summary background update updates source sources credit copyright image video
    ala ariz calif colo conn fla ill mass mich minn neb nev okla ore tenn wash wis wyo
    """
)

# Capitalized words that open sentences or clauses and are never part of a name.
_STOP_WORDS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my your in on at of
    for to from by with and or but so yet as if when while after before since because though although
    however meanwhile also then still now today yesterday tonight last next earlier later here there
    what who whom which where why how yes no not mr. according asked speaking during under over about
    both each every all some many most more other another such even only just once again said says
    one
    dear re subject contact phone email tel fax media press by date posted updated photo read see
    note editor's related watch listen click share follow tags
    added continued explained noted wrote replied responded countered concluded
    critics officials advocates opponents supporters residents experts lawmakers leaders members
    activists protesters observers analysts others immigrants authorities prosecutors deputies
    officers parents students workers neighbors voters organizers attorneys lawyers
    joining including representing following standing attending addressing accompanying flanking
    specifically additionally finally similarly importantly notably ultimately essentially accordingly
    consequently moreover furthermore instead separately likewise previously currently originally
    initially unfortunately fortunately thus therefore indeed overall specially particularly
    """
)


_SPEECH_VERBS = _words(
    "said says say told tells added adds stated states wrote writes argued argues noted notes "
    "continued continues explained explains declared declares announced announces warned warns "
    "insisted insists asserted asserts recalled recalls remarked remarks replied replies responded "
    "responds observed emphasized emphasizes stressed stresses concluded concludes acknowledged "
    "admitted claimed claims contended contends maintained maintains testified tweeted posted "
    "found finds ruled rules opined cautioned urged urges predicted promised pledged vowed "
    "countered conceded complained charged alleged asked asks suggested reiterated commented "
    "quipped joked boasted lamented agreed added described describes called calls slammed blasted "
    "criticized praised decried denounced accused characterized labeled dubbed touted hailed "
    # ("has referred to the city as a place with "...": a characterization in the speaker's words.)
    "referred refers "
    # ("Hale believes the memo's purpose was that, "...": a view given in the holder's words.)
    "believes believed "
    "welcomed threatened reasoned reasons determined held clarified clarifies underscored "
    "explaining saying adding noting writing arguing warning stating "
    # ("Mayor Jo Hart affirmed the town's support for its neighbors." over her words: a stance stated.)
    "affirmed affirms reaffirmed reaffirms restated restates voiced expressed "
    # (Words said with heat: "ranted about "..."", "railed against "..."".)
    "ranted railed fumed griped grumbled bemoaned vented mused"
)
# A letter's "you argue" / "you write" to its addressee; elsewhere these base forms have plural
# subjects ("Plaintiffs argue") that name no person.
_SECOND_PERSON_VERBS = _words("argue write contend insist assert claim suggest")
_VERB_ALT = "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True))
# Reporting verbs that are also plural nouns ("the new rules", "his remarks").
_NOUN_LIKE_VERBS = _words("rules states notes claims remarks calls finds charges asks urges warns")
# ("Jo Hart went on to say, "...": the verb's subject is the one who went on.)
_TRAILING_ADVERBS_RE = _deferred(
    r"(?:\s+(?:also|later|then|previously|further|again|once|[a-z]\w*ly|had|has|have|would|will|did|does"
    r"|(?:went|goes|go)\s+on\s+to))+\s*$"
)
_ADVERB = r"(?:(?:also|later|then|previously|further|again|simply|recently|once|had|has|have|would|will|did|does|[a-z]\w*ly)\s+){0,2}"
_VERB_RE = _deferred(rf"(?<![\w-])(?:{_VERB_ALT})\b")
_INTRO_VERB_RE = _deferred(
    rf"(?<![\w-])(?:{_VERB_ALT}|(?<=\byou )(?:{'|'.join(sorted(_SECOND_PERSON_VERBS))})|issued|issues|released|releases|provided|gave|shared|offered|sent|delivered|read|reads"
    r"|calling|describing|labeling|labelling|dubbing|branding|(?<=, )(?:finding|concluding)"
    r"|(?:threatening|vowing|pledging|promising)(?=\s+to\s*(?:[\"“]|$))"
    # ("Holt, who wants to make his county the state's "most ...": an aim in the person's own words.)
    r"|(?:wants|wanted|hopes|hoped|aims|aimed|seeks|sought)(?=\s+to\s+make\b)"
    # ("made clear that X "..."": the idiom reports the subject's words, as "said that" does.)
    r"|(?:made|makes|make)\s+(?:it\s+)?clear(?=\s+that\b)"
    # ("Jo Hart made the following remarks after the ruling.": a press office's lead-in to her words.)
    r"|(?:made|makes)(?=\s+the\s+following\s+(?:\w+\s+)?(?:statement|remarks|comments?)\b)"
    # ("he doubled down: "...", "she shot back: "...": a phrasal verb of retort before a colon.)
    r"|(?:doubled|doubles|shot|shoots|fired|fires|hit|hits|pushed|pushes)\s+(?:down|back)(?=\s*:)"
    r"|(?:chimed|chimes|weighed|weighs)\s+in(?=\s*:))\b"
)
# Participles that quote their subject's words after a comma ("rejected the plan, calling it "...").
# ("signed the order, threatening to "..."": a threat or vow quoted right after "to" is the subject's;
# "ruled for the city, finding its policy "...": a judge's finding quoted is the judge's written words.)
_QUOTING_PARTICIPLES = _words(
    "calling describing labeling labelling dubbing branding threatening vowing pledging promising"
    " finding concluding"
)
# When a person said it: "Jane Roe on Tuesday called ...", "Roe in a statement called ...".
_TRAILING_TIME_RE = _deferred(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|morning|afternoon|evening)"
    r"|\s+(?:today|yesterday|tonight)"
    r"|\s+in\s+(?:a|an|her|his|their)\s+(?:\w+\s+)?(?:statement|interview|letter|post|speech|email|e-mail))+\s*$"
)
# A verb joined to an earlier one ("Roe criticized the label and called it "..."), or a participle
# after a comma, shares the subject that opens the clause: a name followed by its verb.
_JOINED_VERB_BEFORE_RE = _deferred(r"(?:\s+(?:and|but)(?:\s+then)?|\s+then)\s*$")
# What may stand before a clause's subject: a time ("Last week", "On Monday") or a short introductory
# phrase closed by a comma ("Less than a week after the vote,"), or two ("On May 3, the day of the vote,").
_LEADING_PHRASE_RE = _deferred(
    r"\s*(?:(?:(?:On\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:Last|This|Earlier\s+this|Later\s+that)\s+(?:week|month|year|spring|summer|fall|autumn|winter))\b,?"
    r"|(?:[^,;:“”\"\n]{3,80}?,){1,2}"
    # ("In the original order Judge Jo Hart noted ...": a short opening phrase with no comma.)
    r"|(?:In|At|During|Under)\s+(?:the|a|an|his|her|its|their)(?:\s+[a-z][\w-]*){1,3})(?=\s+[A-Z])"
)
# ("Judge Jo Hart of the U.S. District Court issued ...": the court she sits on stands between the
# name and its verb.)
# (A suffix set off by commas, "Jo Hart, Jr., issued", stays with the subject's name.)
_CLAUSE_SUBJECT_RE = _deferred(
    rf"\s*({_RUN})(?:,[ \t]+(?:Jr|Sr)\.,?)?(?:(?:,?\s+(?:of|from|for|on)\s+(?:the\s+)?(?:{_RUN}|(?:[a-z]+\s+)?court)){{1,3}},?)?"
    rf"\s+(?:[a-z]\w*ly\s+)?(?!(?:is|was|has|had|does|and|or)\b)(?:{_VERB_ALT}|[a-z]+(?:ed|s))\b"
)
_LOWER_PRONOUN_SUBJECT_RE = _deferred(
    rf"(?:[^,;:“”\"\n]{{3,80}}?,){{1,2}}\s*(he|she)\s+(?:[a-z]\w*ly\s+)?(?!(?:is|was|has|had|does|and|or)\b)"
    rf"(?:{_VERB_ALT}|[a-z]+(?:ed|s))\b"
)
_STATEMENT_INTRO_RE = _deferred(
    r"\b(?:issued|released|provided|gave|shared|offered|delivered|made)\s+(?:this|the\s+following|a|the)\s+"
    r"(?:\w+\s+)?(?:statement|remarks|comments?|response)\b"
)
# (A bulletin, a campaign mailer or flyer is written and sent out under its author's name too.)
_PRINTED = r"bulletin|mailer|flyer|flier|newsletter|pamphlet|brochure|leaflet"
_WRITINGS = (
    r"(?:letter|statement|opinion|ruling|decision|op-ed|memo|memorandum|post|tweet|message|email|dissent"
    # ("a press release from Rep. Jo Hart": a release is the office's statement, under its name.)
    rf"|response|reply|remarks|answer|(?:press|news|media)\s+release|{_PRINTED})"
)
_AUTHORED_RE = _deferred(
    rf"\b{_WRITINGS}\b[^“”\"]{{0,60}}\b(?:(?:signed|written|authored|sent|issued|posted)\s+by|from)\s+({_RUN})[^“”\"]*$"
    # ("Roe's mailer, which the union paid for, claimed": a relative apposition after the writing.)
    # ("Hart's memo to the jail director read:": the addressee after the writing.)
    rf"|({_RUN})[’']s?\s+(?:\w+\s+)?{_WRITINGS}(?:,\s+(?:which|that)\s[^,;:“”\"]{{1,120}}|\s+to\s+[^,;:“”\"]{{1,80}})?$"
)
# `More from the sheriff's memo:` over the memo's words: the writing of the person holding that title.
_ROLE_WRITING_COLON_RE = _deferred(
    rf"\b[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’']s\s+(?:[a-z][\w-]*\s+)?{_WRITINGS}\s*:?\s*$"
)
_ATTRIBUTE_TO_RE = _deferred(
    r"\battribute\s+(?:(?:the\s+following|this|these|the)\s+(?:\w+\s+)?(?:statement|remarks|comments?|quotes?)"
    # ("Please attribute the following to Jo Hart, Director:": a release leaves the noun out.)
    r"|the\s+following)\s+to\s+"
)
_OPINION_BY_RE = _deferred(
    rf"\b[Ii]n\s+(?:an|the|a|its)\s+(?:[\w-]+\s+){{0,2}}(?:opinion|ruling|decision)\s+(?:(?:written|authored)\s+)?by\s+({_RUN})"
)
# ("the court, in an opinion by Justice Jo Hart, held": the author's phrase may sit after the subject.)
_COURT_SUBJECT_RE = _deferred(
    r"\b(?:the|The)\s+(?:court|panel|majority|judges|justices)(?:,[^,;“”\"]{1,120},)?\s+(?:[a-z]\w*ly\s+)?$"
)
_CONJUNCTION_LEAD_RE = _deferred(
    r"(?<!\S)(?:While|But|And|Although|Though|Yet|Still|However,|Moreover,|Instead,)$"
)
_FOLLOWING_WORDS_RE = _deferred(
    rf"\s*((?:You|He|She|{_RUN}))\s+(?:[a-z]+\s+){{1,2}}(?:with\s+)?the\s+following\s+(?:[a-z]+\s+)?"
    r"(?:definition|statement|words|passage|remarks|comments?|description|explanation)\s*:?\s*$"
)
# "Here is the complete statement the sheriff released Friday:", "Below is the letter Roe sent:": a
# writing presented by the object clause naming who put it out.
_PRESENTED_WRITING_RE = _deferred(
    r"\s*(?:(?:Here|Below)\s+(?:is|are)|(?:The\s+)?[Ff]ollowing\s+(?:is|are)|Read)\s+(?:the|a)\s+"
    r"(?:(?:full|complete|entire|prepared|written)\s+)?(?:text\s+of\s+the\s+)?"
    rf"{_WRITINGS}\s+(?:that\s+)?(?:[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)|([Hh]e|[Ss]he)|({_RUN}))\s+"
    r"(?:(?:has|had)\s+)?(?:released|issued|sent|posted|wrote|gave|shared|delivered|provided|made|signed|"
    r"published|prepared)\b"
)
_WRITING_THAT_RE = _deferred(rf"\b{_WRITINGS}\s+(?:that|which)\s*$")
_WRITING_BY_RE = _deferred(rf"(?:a|an|the)\s+(?:\w+\s+)?{_WRITINGS}\s+(?:from|by|of)\s+({_RUN})")
# ("The Herald quotes Del. Jo Hart as saying", "quoting Jo Hart as saying": the same report.)
_QUOTED_PERSON_RE = _deferred(rf"\bquot(?:ed|es|ing)\s+({_RUN})")
_QUOTED_AS_SAYING_RE = _deferred(
    rf"(?:\b([Hh]e|[Ss]he)\b|({_RUN}))(?:,[^,“”\"]{{1,80}},)?\s+(?:is|was|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b"
)
# "Below is Jo Hart's full statement:", "The text of Hart's letter follows:" over the words, unquoted.
_POSSESSIVE_WRITING_RE = _deferred(
    rf"({_RUN})[’']s\s+(?:(?:full|complete|entire|prepared|written|opening)\s+)?{_WRITINGS}"
    r"(?:\s+(?:below|follows|in\s+full))?\s*$"
)
# "His prepared remarks are as follows:", "Roe's statement follows:" over the words: the owner's.
_OWNED_WRITING_FOLLOWS_RE = _deferred(
    rf"^\s*(?:({_RUN})[’']s|([Hh]is|[Hh]er))\s+(?:(?:full|complete|entire|prepared|written|opening|closing)\s+)?"
    rf"{_WRITINGS}\b[^“”\"\n:]{{0,80}}?\s(?:(?:are|is)\s+as\s+follows|follows?|(?:are|is)\s+below)\b"
    r"[^“”\"\n:]{0,60}:?\s*$"
)
_WHICH_WRITING_RE = _deferred(
    rf"\b({_WRITINGS})(?:\s+[\w-]+){{0,3}},\s+which\s+(?:[a-z]\w*ly\s+)?(?:said|says|read|reads|stated|states)\b"
    r"(?:,?\s+in\s+part)?,?\s*:?\s*$"
)
# A lead-in whose sentence the list after it completes: reported speech ("explained that officers
# may:", "said how the plan will work:") or a colon straight after a modal, "to" or "include".
_REPORTED_LEAD_RE = _deferred(
    rf"(?:(?<![\w-])(?:{_VERB_ALT})\s+(?:that|how|what|why|whether)\s(?![^.!?]*\b(?:statement|remarks|letter)\b)[^.!?]*"
    r"|(?<![\w-])(?:to|can|could|may|might|must|will|would|should|shall|include|includes|including))\s*$"
)

_STATEMENT_NOUN_RE = _deferred(
    r"\b(?:statement|remarks|comments?|response|message|letter|post|tweet)\b", re.I
)

# After a closing mark: `," said X` / `," X said` / `," read the post`. (A question's own verbs,
# `?" she wanted to know.`, `?" wondered Sen. Jo Hart.`, attribute it there only.)
_QUESTION_VERBS = r"(?:wanted|wants)\s+to\s+know|wondered|wonders|demanded|demands"
_AFTER_VERB_FIRST_RE = _deferred(rf"(?:{_VERB_ALT}|{_QUESTION_VERBS})\s+(?:[a-z]\w*ly\s+)?")
# (`," Jo Hart was quoted as saying.`: a report of someone's words at second hand is still theirs.)
_AFTER_SUBJECT_FIRST_RE = _deferred(
    rf"\s*(.{{1,140}}?)\s+{_ADVERB}(?:{_VERB_ALT}|{_QUESTION_VERBS}|(?:is|was)\s+quoted\s+as\s+saying)\b"
)
# `," The Valley Courier quoted Jo Hart.` / `," the station quoted Sheriff Jo Hart as saying.`
_AFTER_OUTLET_QUOTED_RE = _deferred(
    rf"(?:[Tt]he[ \t]+)?(?:[{_UP}\d][\w.&’'-]*[ \t]+){{0,4}}(?:newspaper[ \t]+|paper[ \t]+|station[ \t]+"
    rf"|outlet[ \t]+|website[ \t]+|site[ \t]+)?(?:also[ \t]+)?quoted[ \t]+({_RUN})"
    r"(?=\s*(?:[.;]|,\s|as\s+saying\b|$))"
)
_AFTER_READ_RE = _deferred(r"\s*(?:read|reads|says|said|stated|states)\s+(?:the|a|his|her|their)\s+(\w+)")
_ACCORDING_RE = _deferred(r"according\s+to\s+")
# A document as the subject of a verb that gives its content: what follows is the document's text.
_DOCUMENT_SAYS_RE = _deferred(
    r"\b(?:bill|law|act|order|ordinance|policy|statute|report|resolution|measure|proposal|legislation"
    r"|directive|rule|regulation|agreement|contract|provision|section|subsection|amendment|code|guidance"
    r"|memo|memorandum|complaint|lawsuit|suit|petition|filing|motion|text|language|clause|charter"
    r"|constitution|form|manual|guideline|policies|laws|bills|orders|rules)s?\b"
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:[^;:“”\"]{1,120}?\s)?(?:that|which)\s+)?(?:(?:would|will|also|must|shall|could|only|"
    r"specifically|explicitly|expressly|now|further|currently)\s+)*"
    r"(?:requires?|directs?|mandates?|prohibits?|bars?|bans?|allows?|authorizes?|provides?|defines?"
    r"|states?|says?|reads?|forbids?|permits?|instructs?|orders?|compels?|calls?\s+for|declares?"
    # (Not "limits", "forces", "prevents": those usually characterize a law in the speaker's words.)
    r"|stipulates?|directing"
    # ("maintained a policy that required deputies "to ...": a past rule's text, not the holder's words.)
    r"|required|directed|mandated|prohibited|barred|banned|allowed|authorized|forbade|permitted"
    r"|instructed|compelled|stipulated"
    r"|requiring|prohibiting|barring|banning|allowing|authorizing|stating|saying"
    # ("a resolution declaring the town a safe place "which resolves to ...": the resolution's text.)
    r"|declaring|designating|affirming)\b"
)
# An apposition on a person left open: `Jo Hart, who sponsored the` / `Jo Hart--whose office drafted the`.
_WHO_APPOSITION_OPEN_RE = _deferred(r"(?:,|--|—|–)\s*(?:who|whose)\b[^,;:“”\"—–]*$")
_NOUN_THEN_COMMA_RE = _deferred(r"[\w-]+(?:\s*\([^()]{1,40}\))?,")
_ALONG_WITH_RE = _deferred(r",\s+(?:along\s+with|together\s+with|joined\s+by)\s")
_GLUED_DASH_RE = _deferred(r"(?<=\w)--(?=\w)")
_LOWER_MODIFIERS_RE = _deferred(
    r"(?:(?:state|county|city|federal|former|acting|then|interim|deputy|assistant|associate|chief"
    r"|senior|ranking|longtime|veteran|outgoing|incoming|freshman|retired|local|district|circuit"
    # `," said board Chairman Jo Hart`: the body the title heads, in lowercase, before the title.
    r"|board|council|commission|committee|caucus|union|party|police|school)\s+)+"
    r"(?=[A-Z])"
)
# `," said 35th Ward Alderman Jo Hart`: the number of a ward or district opens the title.
# A speaker who names themself: `said a worker who identified himself as Tomas`, `said one mother, who
# gave her name only as Rosa`, `said another farmhand who goes by Chuy`.
_SELF_NAMED_RE = _deferred(
    r"(?:a|an|one|another|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+who\s+"
    r"(?:identified\s+(?:him|her)self|gave\s+(?:his|her)\s+(?:first\s+)?name|asked\s+to\s+be\s+identified"
    r"|would\s+give\s+(?:his|her)\s+(?:first\s+)?name|(?:goes|went)\s+by)"
    r"(?:\s+only)?(?:\s+(?:as|by))?(?:\s+(?:his|her)\s+first\s+name,?)?\s+"
    rf"([{_UP}][a-z]+(?:[ \t]+[{_UP}][a-z]+)?)\b(?![ \t]+[{_UP}])"
)
# Between a person's name and their organization's: `Lidia Perez of Somos un Pueblo Unido` (a single
# capitalized word and a short lowercase one may open the organization's name).
_OF_AFFILIATION_RE = _deferred(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[{_UP}][\w'’-]*[ \t]+[a-z]{{1,4}}[ \t]+)?")
_ORDINAL_MODIFIER_RE = _deferred(r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?=[A-Z])")
# `," said District 5 Supervisor Jo Hart`, `said Ward 3 and Finance Chair Jo Hart`: a numbered
# district the official serves opens the title (alone, or joined by "and" to a second office).
_NUMBERED_SEAT_RE = _deferred(
    r"(?:District|Ward|Precinct|Division|Zone|Seat|Place|Post|Position|Area)[ \t]+(?:No\.[ \t]*)?\d{1,3}[A-Z]?"
    r"(?:[ \t]+and)?[ \t]+(?=[A-Z])"
)
_FINITE_VERB_START_RE = _deferred(r"\s*(?:is|are|was|were|has|have|had)\b")
_AUTHOR_AFTER_RE = _deferred(
    # (`," read the letter, which was signed by Director Jo Lin`: a relative clause may name the author.)
    r"(?:,?\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)(?:\s+[a-z]\w*ly)?(?=\s+(?:signed|written|sent|authored)\b))?"
    rf"(?:\s+(?:\w+ed|written|sent|signed))?\s+(?:from|by)\s+(?:(?:acting|former|then|interim|deputy)\s+)*({_RUN})"
)

# `Robert "Bob" Smith`: a nickname's marks are not a quotation (replaced by spaces, same length).
_NICKNAME_RE = _deferred(r"[\"“]([A-Z][a-z]{1,12})[\"”](?=\s[A-Z][a-z])")
# (An agency's name may be an acronym: "ACLU of Ohio", "NAACP of Pine County".)
_CAPITALIZED_BEFORE_RE = _deferred(r"(?:[A-Z][a-z]+|[A-Z]{2,6})\s$")
# (`Bernard C. "Jack" Young`: a middle initial may come before the nickname.)
_NAME_BEFORE_NICKNAME_RE = _deferred(r"(?:[A-Z][a-z]+|\b[A-Z]\.)\s$")
_OPEN_MARKS = "“«„"
_CLOSE_MARKS = "”»"
_MARK_RE = _deferred('[“”"«»„]')
_WORD_COUNT_RE = _deferred(r"[^\W_]+(?:['’][^\W_]+)*")
_ABBREVIATIONS = _words(
    """
    mr mrs ms dr gov govs lt sen sens rep reps st jr sr supt gen col capt sgt adm prof rev u.s u.n d.c jan feb
    mar apr jun jul aug sep sept oct nov dec no vs v inc corp co ft mt messrs hon atty dept calif ill
    wash mich fla minn mass conn ariz colo penn tenn okla ore nev wis cmdr det dep cpl maj ofc insp
    asst ald del
    """
)
_SENTENCE_END_RE = _deferred(r"[.!?][”\"’')\]]*\s+")
_TERMINAL = '.!?:;"”’)]…'
_WRAP_WIDTH = 60  # a line this long that stops mid-sentence was wrapped, not ended
_WRAP_MIN, _WRAP_MAX = 40, 100  # widths of hard-wrapped lines


@dataclass
class _Person:
    pos: int
    end: int
    name: str
    title: str | None
    salient: bool


@dataclass
class _Raw:
    start: int  # first character inside the opening mark (or of the block)
    end: int  # last character before the closing mark (or end of the block)
    open_pos: int | None  # position of the opening mark, None when lost or a block
    close_pos: int | None  # position of the closing mark, None when unclosed or a block
    para_start: int
    para_index: int
    speaker_hint: tuple[str, str | None, Span | None] | None = None
    single: bool = False  # delimited by single quotation marks (‘...’ or '...')
    vouched: bool = False  # the speaker hint was checked against a full mention of the person


@dataclass
class _Speaker:
    name: str
    title: str | None
    span: Span | None


class _Unnamed(Exception):
    """An attribution exists but names no person: the quotation must be dropped."""


def find_quotes(text: str) -> list[Quote]:
    """Every direct quotation in `text` attributed to a named person, in order of appearance."""
    if not text:
        return []
    original = text
    paragraphs = _paragraphs(text)
    # Line breaks inside a wrapped paragraph are spaces to every pattern below; the copy has the same
    # length, so its offsets are offsets into the original text.
    text = _unwrap(text, paragraphs)
    text = _NICKNAME_RE.sub(lambda m: _nickname(text, m), text)
    raws = _scan_quotations(text, paragraphs)
    raws += _statement_blocks(text, paragraphs, raws)
    raws += _single_quotations(text, paragraphs, raws)
    if "(@" in text:
        raws += _embedded_posts(text, paragraphs, raws)
    if "\n–" in text or "\n—" in text or "\n-" in text:
        raws += _pull_quotes(text, paragraphs, raws)
    raws.sort(key=lambda r: r.start)
    if not raws:
        return []
    # Terms and scare quotes are never reported, so only the text before real quotations is searched
    # for the people who may have said them.
    statements = [r for r in raws if _word_count(text[r.start : r.end]) >= MIN_WORDS]
    if not statements:
        return []
    people = _PeopleIndex(text, _regions_near(statements, len(text)))
    people.note_quoted(statements)

    found: list[Quote] = []
    last_by_para: dict[int, _Speaker | None] = {}
    for raw in raws:
        try:
            speaker = _attribute(text, raw, paragraphs, people, last_by_para)
        except _Unnamed:
            # A show's or a term's name in quotation marks ("told KXYZ's “Morning Report,” ...") is no
            # one's words: the paragraph's speaker goes on past it.
            if _word_count(text[raw.start : raw.end]) >= MIN_WORDS:
                last_by_para[raw.para_index] = None
            continue
        if speaker is None:
            continue
        last_by_para[raw.para_index] = speaker
        if raw.close_pos is not None and raw.close_pos > paragraphs[raw.para_index][1]:
            # A quotation run on into later paragraphs closes in the last of them: the words quoted
            # after its attribution there (`," she went on. "...`) are that speaker's too.
            closing = _para_index_at(paragraphs, raw.close_pos)
            if closing is not None:
                last_by_para[closing] = speaker
        people.note_speaker(raw.start, speaker)
        quoted = text[raw.start : raw.end].strip()
        if (
            _word_count(quoted) < MIN_WORDS
            or _is_title(quoted)
            or _names_a_thing(text, raw, quoted)
            or _is_gloss(text, raw)
        ):
            continue
        lead = len(text[raw.start : raw.end]) - len(text[raw.start : raw.end].lstrip())
        start = raw.start + lead
        found.append(
            Quote(
                speaker=speaker.name,
                text=original[start : start + len(quoted)],
                span=Span(start, start + len(quoted)),
                speaker_span=speaker.span,
                speaker_title=speaker.title,
            )
        )
    return _drop_repeats(found)


def _quote_words(quoted: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in re.findall(r"\w+", quoted))


def _drop_repeats(found: list[Quote]) -> list[Quote]:
    """A page that repeats its dek or a pull quote in the body quotes the person once: a second
    quotation of the same speaker whose words are, or begin with, another one's is the same quotation
    again. The longer of the two stays: it gives the most of the words. (Words said three times and
    more are a refrain or a transcript's repeated line, said again each time: all stay.)"""
    # Each group: the index of its longest quotation, its words, and every index it stands for.
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[int, tuple[str, ...], list[int]]]] = {}
    for i, quote in enumerate(found):
        words = _quote_words(quote.text)
        # (Two quotations one of which begins the other share their first words: only those are compared.)
        group = groups.setdefault((quote.speaker, words[:3]), [])
        same = next(
            (j for j, (_, w, _) in enumerate(group) if w[: len(words)] == words or words[: len(w)] == w),
            None,
        )
        if same is None:
            group.append((i, words, [i]))
            continue
        best, best_words, members = group[same]
        members.append(i)
        if len(words) > len(best_words):
            group[same] = (i, words, members)
    keep: set[int] = set()
    for group in groups.values():
        for best, _, members in group:
            keep.update([best] if len(members) == 2 else members)
    return [quote for i, quote in enumerate(found) if i in keep]


def _nickname(text: str, m: re.Match[str]) -> str:
    """`Robert "Bob" Smith` -> `Robert  Bob  Smith` (same length) when a first name comes before."""
    if _NAME_BEFORE_NICKNAME_RE.search(text, max(0, m.start() - 20), m.start()) is None:
        return m.group(0)
    return f" {m.group(1)} "


# A short quotation between a determiner and a noun ('the state's "show me your papers" law', 'a "catch
# and release" policy') names a thing; it is no one's statement.
_DETERMINER_END_RE = _deferred(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|so-called)|\w[’']s)\s+$")
_NOUN_AFTER_RE = _deferred(r"[ \t]+([a-z]+)\b(?![’'-])")
_NOT_NOUNS = _words(
    "and or but nor with to of in on for at by as from into than that which who is was are were be been "
    "has have had will would could should can may might must do does did said says he she they it we i "
    "the a an his her their its our this these those not also then so if when while because about after"
    " yesterday today tonight earlier later last next now again too before during since until"
)


def _names_a_thing(text: str, raw: _Raw, quoted: str) -> bool:
    if raw.open_pos is None or raw.close_pos is None or _word_count(quoted) > 6:
        return False
    if any(c in quoted for c in ".,;:!?"):
        return False
    after = _NOUN_AFTER_RE.match(text, _past_close(text, raw.close_pos))
    if after is None or after.group(1) in _NOT_NOUNS or after.group(1).endswith(("ed", "ly")):
        return False
    return _DETERMINER_END_RE.search(text, max(0, raw.open_pos - 30), raw.open_pos) is not None


_LANGUAGES = (
    r"Spanish|English|French|Latin|Arabic|Creole|Portuguese|Chinese|Mandarin|Cantonese|Vietnamese"
    r"|Korean|Somali|Tagalog|Russian|Ukrainian|German|Italian|Hindi|Nahuatl|Quechua|Hmong|Swahili"
)
_GLOSS_RE = _deferred(
    rf"(?:\btranslat\w*|\bliterally|\b(?:in|from)\s+(?:{_LANGUAGES}))(?:\s+\w+){{0,3}}?"
    rf"\s+(?:as|to|into|means?|meaning)\s*[,:]?\s*$|\b(?:{_LANGUAGES})\s+for\s*[,:]?\s*$"
)


def _is_gloss(text: str, raw: _Raw) -> bool:
    """`(which in Spanish means "no more raids")`, `Spanish for "..."`, `translated as "..."`: a
    translation of a name or a slogan is no one's words."""
    if raw.open_pos is None:
        return False
    return _GLOSS_RE.search(text, max(0, raw.open_pos - 60), raw.open_pos) is not None


def _is_title(quoted: str) -> bool:
    """A name in title case ("Protecting American Communities From Criminal Aliens"), not speech."""
    words = _WORD_COUNT_RE.findall(quoted)
    capitalized = sum(1 for w in words if w[:1].isupper() or w.isdigit())
    return capitalized >= 0.75 * len(words) and not quoted.rstrip("”\"'’ ").endswith((".", "!", "?"))


def _word_count(s: str) -> int:
    return len(_WORD_COUNT_RE.findall(s))


# --- paragraphs ---------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end).

    News texts put one paragraph per line. Hard-wrapped text (from a PDF or an e-mail) breaks lines
    inside sentences: a block of lines of even width between blank lines is one paragraph, and a
    line broken mid-sentence is joined to the next one.
    """
    out: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            block.append((pos, end))
        elif block:
            out += _block_paragraphs(text, block)
            block = []
        pos = end + 1
    if block:
        out += _block_paragraphs(text, block)
    return out


def _block_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if _evenly_wrapped(text, lines):
        return [(lines[0][0], lines[-1][1])]
    out = [lines[0]]
    for start, end in lines[1:]:
        if _wrapped(text[out[-1][0] : out[-1][1]], text[start:end]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _evenly_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Lines filled to about the same width, none but the first opening a quotation."""
    if len(lines) < 2:
        return False
    widths = [len(text[s:e].rstrip()) for s, e in lines[:-1]]
    if min(widths) < _WRAP_MIN or max(widths) > _WRAP_MAX or min(widths) < 0.75 * max(widths):
        return False
    return not any(text[s:e].lstrip()[:1] in _OPEN_MARKS + '"' for s, e in lines[1:])


def _wrapped(previous: str, line: str) -> bool:
    tail = previous.rstrip()
    if not tail or tail[-1] in _TERMINAL:
        return False
    head = line.lstrip()
    if head[:1].islower():
        return True
    if len(tail) < _WRAP_WIDTH or head[:1] in _OPEN_MARKS + '"-•*' or head[:1].isdigit():
        return False
    # A headline in title case ends without punctuation too; it is not wrapped into what follows.
    words = tail.split()
    return sum(1 for w in words if w[:1].isupper()) < 0.6 * len(words)


def _unwrap(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """`text` with the line breaks inside paragraphs turned into spaces (same length)."""
    pieces: list[str] = []
    done = 0
    for start, end in paragraphs:
        if "\n" in text[start:end]:
            pieces.append(text[done:start])
            pieces.append(text[start:end].replace("\r\n", "  ").replace("\n", " "))
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# --- quotation marks ----------------------------------------------------------------------------


def _mark_kind(text: str, i: int) -> str:
    ch = text[i]
    if ch in _OPEN_MARKS:
        return "open"
    if ch in _CLOSE_MARKS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]—–-" or not after.isalnum():
        return "close"
    return "either"


# Typewriter and typeset pairs standing for one double mark: ``...'' (TeX), ''...'' (a keyboard's two
# apostrophes), ‘‘...’’ (some wire feeds). Each pair is one mark at its first character.
_DOUBLED_PAIRS = ("''", "``", "‘‘", "’’")
_DOUBLED_RE = _deferred("''|``|‘‘|’’")


def _doubled_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    marks: list[tuple[int, str]] = []
    for m in _DOUBLED_RE.finditer(text, start, end):
        i = m.start()
        pair = m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 2] if i + 2 < end else " "
        if pair in ("``", "‘‘") or (pair == "''" and (before.isspace() or before in "([—–")):
            if after.isalnum() or after in "$.":
                marks.append((i, "open"))
        elif not before.isspace() and (after.isspace() or after in ".,;:!?)]—–"):
            marks.append((i, "close"))
    return marks


def _past_close(text: str, close: int) -> int:
    """Where the words after a closing mark begin: past both characters of a doubled one
    (`city,'' she said`), whose second apostrophe is no word of the attribution."""
    return close + 2 if text[close : close + 2] in ("''", "’’") else close + 1


def _scan_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[_Raw]:
    raws: list[_Raw] = []
    pending: _Raw | None = None  # a quotation left open at the end of a paragraph
    doubled = any(pair in text for pair in _DOUBLED_PAIRS)
    for index, (pstart, pend) in enumerate(paragraphs):
        marks = [(m.start(), _mark_kind(text, m.start())) for m in _MARK_RE.finditer(text, pstart, pend)]
        if doubled:
            marks = sorted(marks + _doubled_marks(text, pstart, pend))
        # `“"We will ...`: a doubled opening mark (a typo, a converter's leftover) opens one quotation;
        # read as two, the second would close an empty one at once.
        marks = [
            mark
            for i, mark in enumerate(marks)
            if not (i and mark[0] == marks[i - 1][0] + 1 and marks[i - 1][1] == "open" and mark[1] != "close")
        ]
        first_nonspace = pstart + (len(text[pstart:pend]) - len(text[pstart:pend].lstrip()))
        if pending is not None:
            close = _first_close(marks[1:])
            if (
                marks
                and marks[0][0] == first_nonspace
                and marks[0][1] in ("open", "either")
                and not _is_fragment(text, pending)
                and not (close is not None and _someone_else_after(text, close, pend, pending))
            ):
                # The quotation goes on: this paragraph reopens it; look for its closing mark.
                if close is None:
                    continue
                pending.end = close
                pending.close_pos = close
                raws.append(pending)
                pending = None
                marks = [m for m in marks if m[0] > close]
            elif (
                marks
                and marks[0][1] == "close"
                and not _is_fragment(text, pending)
                and not _someone_else_after(text, marks[0][0], pend, pending)
            ):
                # `"We are glad ... ¶ There is more to do ... home."`: the writer dropped the mark
                # that reopens a quotation in its next paragraph; the paragraph's first mark closing
                # with none opened before it ends the quotation left open, not one of its own.
                pending.end = pending.close_pos = marks[0][0]
                raws.append(pending)
                pending = None
                marks = marks[1:]
            elif not marks and _closes_later(text, paragraphs, index, pending):
                continue  # a paragraph of the quotation with neither mark; a later one closes it
            else:
                pending.end = _rstrip_pos(text, pending.start, paragraphs[pending.para_index][1])
                raws.append(pending)
                pending = None
        pending = _pair_marks(text, marks, index, (pstart, pend), first_nonspace, raws)
    if pending is not None:
        pending.end = _rstrip_pos(text, pending.start, paragraphs[pending.para_index][1])
        raws.append(pending)
    return raws


_MARKLESS_PARAGRAPHS = 2  # how many paragraphs with no mark a quotation left open may run through


def _closes_later(text: str, paragraphs: list[tuple[int, int]], index: int, pending: _Raw) -> bool:
    """A statement left open (`Hart said: "We ...` or a paragraph opening with its mark) whose next
    marked paragraph, within a few with no marks, opens on a closing mark: a quotation whose
    reopening marks the writer dropped, running on through the paragraphs between."""
    if pending.open_pos is None or _is_fragment(text, pending):
        return False
    if not _opens_statement(text, pending.open_pos, pending.para_start):
        return False
    for pstart, pend in paragraphs[index + 1 : index + 1 + _MARKLESS_PARAGRAPHS]:
        m = _MARK_RE.search(text, pstart, pend)
        if m is None:
            continue
        return _mark_kind(text, m.start()) == "close" and not _someone_else_after(
            text, m.start(), pend, pending
        )
    return False


# Single quotation marks delimit a quotation only where no apostrophe could stand: the opening mark
# after a space (or a paragraph's start, a parenthesis, a dash) and before a letter; the closing mark
# after a word's last character, with punctuation on one side of it ("us all,’ said", "us all’.").
# An apostrophe inside a word ("don’t") or after a plural ("officers’ union") is neither.
_SINGLE_MARK_RE = _deferred("[‘’']")
_ELISION_RE = _deferred(r"\d|(?i:tis|twas|til|till|em|cause|n|round)\b")
_SINGLE_CLOSE_AFTER = ".,;:!?)—–"


def _single_quotations(text: str, paragraphs: list[tuple[int, int]], raws: list[_Raw]) -> list[_Raw]:
    """Quotations in single marks that no double-marked quotation holds (a nested quotation is part
    of the outer one's words, never a quotation of its own)."""
    outer = sorted(
        (r.open_pos if r.open_pos is not None else r.start, r.close_pos if r.close_pos is not None else r.end)
        for r in raws
    )
    starts = [a for a, _ in outer]

    def nested(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return any(outer[k][0] <= pos <= outer[k][1] for k in range(max(0, i - 8), i + 1))

    def opens(i: int, pstart: int, pend: int) -> bool:
        before = text[i - 1] if i > pstart else " "
        after = text[i + 1] if i + 1 < pend else " "
        return (
            text[i] != "’"
            and (before.isspace() or before in "([—–")
            and after.isalpha()
            and not _ELISION_RE.match(text, i + 1)
        )

    found: list[_Raw] = []
    carried: tuple[int, int, int] | None = None  # (opening mark, its paragraph's start, its index)
    for index, (pstart, pend) in enumerate(paragraphs):
        opening: int | None = None
        origin: tuple[int, int] | None = None
        first = pstart + len(text[pstart:pend]) - len(text[pstart:pend].lstrip())
        if carried is not None and first < pend and opens(first, pstart, pend):
            # A quotation running over paragraphs reopens each one with a mark and closes only at its end.
            opening, origin = carried[0], (carried[1], carried[2])
        carried = None
        for m in _SINGLE_MARK_RE.finditer(text, pstart, pend):
            i = m.start()
            before = text[i - 1] if i > pstart else " "
            after = text[i + 1] if i + 1 < pend else " "
            if origin is not None and i == first:
                continue  # the reopening mark of the carried quotation
            if opens(i, pstart, pend):
                # A later opening mark restarts: the earlier one paired with nothing.
                opening, origin = i, None
                continue
            if opening is None or before.isspace():
                continue
            if not (after.isspace() or after in _SINGLE_CLOSE_AFTER):
                continue
            if before not in ".,!?" and after not in _SINGLE_CLOSE_AFTER:
                continue
            if _MARK_RE.search(text, opening, i) is None and not nested(opening):
                para_start, para_index = origin or (pstart, index)
                found.append(_Raw(opening + 1, i, opening, i, para_start, para_index, single=True))
            opening, origin = None, None
        if opening is not None and _opens_statement(text, opening, origin[0] if origin else pstart):
            carried = (opening, *(origin or (pstart, index)))
    return found


def _mismatched_opening(text: str, lo: int, close: int) -> int | None:
    """`'We will hold no one,” Sheriff Ruiz said. 'They go home.”`: a converter that straightened
    (or never curled) an opening double mark left a single one, while the closing mark stayed double.
    The single mark counts as the opening only where it opens a sentence in [lo, close) and no
    single mark closes it before the double one (`the 'safe' label,”` is a phrase in single marks)."""
    if "'" not in text[lo:close] and "‘" not in text[lo:close]:
        return None
    opening: int | None = None
    for m in _SINGLE_MARK_RE.finditer(text, lo, close):
        i = m.start()
        before = text[i - 1] if i > lo else " "
        after = text[i + 1]
        if opening is None:
            if (
                text[i] != "’"
                and (before.isspace() or i == lo)
                and after.isalpha()
                and not _ELISION_RE.match(text, i + 1)
                and (not text[lo:i].strip() or text[lo:i].rstrip().endswith((".", "!", "?", ":")))
            ):
                opening = i
            continue
        if (
            not before.isspace()
            and (after.isspace() or after in _SINGLE_CLOSE_AFTER)
            and (before in ".,!?" or after in _SINGLE_CLOSE_AFTER)
        ):
            return None  # closed by a single mark: a quotation of its own, not this one
    return opening


def _mismatched_closing(text: str, start: int, pend: int) -> int | None:
    """`“We will hold no one,’ Sheriff Ruiz said.`: a double opening mark left open to its paragraph's
    end whose closing mark came out single: a single mark after the sentence's punctuation and before
    a space that no single mark inside opened (`“They said ‘no,’ and left` nests one)."""
    if "’" not in text[start:pend] and "'" not in text[start:pend]:
        return None
    for m in _SINGLE_MARK_RE.finditer(text, start, pend):
        i = m.start()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < pend else " "
        if text[i] != "’" and before.isspace() and after.isalpha():
            return None  # a single quotation nested inside: its closing mark is not this one
        if before in ".,!?" and after.isspace():
            return i
    return None


def _opens_statement(text: str, opening: int, pstart: int) -> bool:
    """A mark left open at a paragraph's end that may go on in the next: it opens the paragraph or a
    sentence (`,' she said. 'We ...`), not a phrase inside one (`the so-called 'sanctuary`)."""
    before = text[pstart:opening].rstrip()
    return not before or before.endswith((".", "!", "?", ":"))


_GLUED_SENTENCES_RE = _deferred(r"[a-z][.!?][A-Z]")


def _pair_marks(
    text: str,
    marks: list[tuple[int, str]],
    index: int,
    paragraph: tuple[int, int],
    first_nonspace: int,
    raws: list[_Raw],
    seen_open: bool = False,
) -> _Raw | None:
    """Pair one paragraph's marks into `raws`; return the quotation left open at its end, if any."""
    pstart, pend = paragraph
    depth = 0
    current: _Raw | None = None
    boundary = pstart  # where the words after the last quotation closed begin
    for pos, kind in marks:
        if depth == 0:
            single = _mismatched_opening(text, boundary, pos) if kind == "close" else None
            if single is not None:
                raws.append(_Raw(single + 1, pos, single, pos, pstart, index))
                seen_open = True
                boundary = pos + 1
                continue
            if (
                kind == "close"
                and text[pos] == "”"
                and text[pos + 1 : pos + 2].isupper()
                and (pos == first_nonspace or text[pos - 1].isspace())
            ):
                # `," Ruiz said. ”We go home."`: a right mark glued to a sentence's first word, after a
                # space, is an opening typed the wrong way round.
                current = _Raw(pos + 1, pos + 1, pos, None, pstart, index)
                depth = 1
                seen_open = True
                continue
            if kind == "close" and not seen_open:
                # A closing mark whose opening mark was lost: the quotation starts the paragraph.
                raws.append(_Raw(first_nonspace, pos, None, pos, pstart, index))
                seen_open = True
                continue
            if kind in ("open", "either"):
                # (past the second mark of a doubled opening one, which the scan dropped)
                begin = (
                    pos + 2
                    if text[pos + 1 : pos + 2] in ('"', "“") or text[pos : pos + 2] in _DOUBLED_PAIRS
                    else pos + 1
                )
                current = _Raw(begin, begin, pos, None, pstart, index)
                depth = 1
                seen_open = True
            continue
        if kind == "open" and text[pos] != '"':
            depth += 1  # a nested double quotation inside the outer one
            continue
        if kind == "open" and depth == 1 and current is not None:
            # `"a recipe for chaos, Sheriff Bo Lang said. "We need ...`: the first quotation was never
            # closed; this mark opens the next one rather than closing it.
            cut = _attribution_inside(text, current.start, pos)
            if cut is not None:
                current.end = current.close_pos = cut
                raws.append(current)
                current = _Raw(pos + 1, pos + 1, pos, None, pstart, index)
                continue
        if kind in ("close", "either") or text[pos] == '"':
            depth -= 1
            if depth == 0 and current is not None:
                current.end = pos
                current.close_pos = pos
                raws.append(current)
                current = None
                boundary = pos + 1
                if (
                    kind == "either"
                    and text[pos - 1] in ".!?"
                    and text[pos + 1 : pos + 2].isupper()
                    and _GLUED_SENTENCES_RE.search(text, pstart, pend) is None
                ):
                    # `... safe."It does not ..." Roe said.`: a mark glued between two sentences, the
                    # space after it lost, closes one quotation and opens the next. (Where the text
                    # drops the space after every sentence, `.The` anywhere, the words after the mark
                    # may as well be narration.)
                    current = _Raw(pos + 1, pos + 1, pos, None, pstart, index)
                    depth = 1
    if depth == 0 or current is None:
        return None
    cut = _mismatched_closing(text, current.start, pend) if depth == 1 else None
    if cut is None:
        cut = _attribution_inside(text, current.start, pend)
    if cut is None:
        return current
    # `The holds are "of no use, said Ana Ruiz.`: the quotation ends where its attribution starts,
    # and the marks after it pair anew.
    current.end = current.close_pos = cut
    raws.append(current)
    rest = [m for m in marks if m[0] > cut]
    return _pair_marks(text, rest, index, paragraph, first_nonspace, raws, seen_open=True)


# The attribution of a quotation whose closing mark is missing: `, said Ana Ruiz`, `, she said`,
# `, Sheriff Bo Lang said`. The comma stands where the closing mark belongs.
# (The verbs that attribute words at the end of a sentence; the full list of speech verbs costs
# several milliseconds more to compile.)
_ATTRIBUTION_VERBS = (
    "said|says|added|adds|told|tells|wrote|writes|stated|noted|argued|explained|warned|insisted"
    "|continued|recalled|acknowledged|asserted|contended|maintained|testified|countered"
)
_INSIDE_ATTRIBUTION_RE = _deferred(
    rf",\s+(?:(?:{_ATTRIBUTION_VERBS}|according\s+to)\s+(?:the\s+)?(?=[{_UP}])"
    rf"|(?:he|she|{_RUN})\s+(?:[a-z]\w*ly\s+)?(?:{_ATTRIBUTION_VERBS})\b)"
)


def _attribution_inside(text: str, start: int, end: int) -> int | None:
    """The comma that opens an attribution inside [start, end), when the words before it are a
    statement of four or more words."""
    for m in _INSIDE_ATTRIBUTION_RE.finditer(text, start, end):
        if _word_count(text[start : m.start()]) >= MIN_WORDS:
            return m.start()
    return None


# A name attributing the words before it: `," said Mayor Jo Park` / `," Jo Park said`.
_NAMED_AFTER_RE = _deferred(
    rf"\s*,?\s*(?:(?:{_ATTRIBUTION_VERBS})\s+(?:the\s+)?({_RUN})|({_RUN})\s+(?:[a-z]\w*ly\s+)?(?:{_ATTRIBUTION_VERBS})\b)"
)


def _someone_else_after(text: str, close: int, pend: int, pending: _Raw) -> bool:
    """A paragraph reopening a quotation left open, whose closing mark is followed by a name that
    the open quotation's own introduction does not hold (`Al Brandt said: "We will not comply.` /
    `"The order is lawful," said Mayor Jo Park.`): two people's words, not one quotation."""
    if pending.open_pos is None:
        return False
    intro = text[pending.para_start : pending.open_pos]
    if not intro.strip() or _VERB_RE.search(intro) is None:
        return False  # nobody introduced the open quotation: the closing paragraph may name them
    m = _NAMED_AFTER_RE.match(text, close + 1, pend)
    if m is None:
        return False
    person = _person_from_run(m.group(1) or m.group(2))
    return person is not None and person[0].split()[-1] not in intro


def _is_fragment(text: str, raw: _Raw) -> bool:
    """A quotation opened inside a clause (`the measure was "a promise ...`): partial quotations
    do not run over paragraphs, so a mark opening the next paragraph starts a new quotation.
    (After a speech verb or "that" a whole statement may open: `said that "...`.)"""
    if raw.open_pos is None:
        return False
    before = text[max(raw.para_start, raw.open_pos - 30) : raw.open_pos].rstrip()
    if not (before[-1:].isalpha() and before[-1].islower()):
        return False
    word = before.rsplit(maxsplit=1)[-1]
    return word != "that" and word not in _SPEECH_VERBS


def _first_close(marks: list[tuple[int, str]]) -> int | None:
    depth = 0
    for pos, kind in marks:
        if kind == "open":
            depth += 1
        elif depth == 0:
            return pos
        else:
            depth -= 1
    return None


def _rstrip_pos(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())


# --- statement blocks ---------------------------------------------------------------------------

_NAME_COLON_RE = _deferred(rf"\s*((?:{_RUN}))(?:\s*\([^()\n]{{1,40}}\))?\s*(?:,[^:\n]{{1,120}})?:\s+(?=\S)")


_RELATIVE_APPOSITION_RE = _deferred(r"(?:\s*\([^()\n]{1,40}\))?\s*,\s*(?:who|whose|which|that)\b")


_KEY_QUOTE_HEADING_RE = _deferred(
    r"\s*(?:(?:KEY|NOTABLE|MEMORABLE)[ \t]+QUOTES?|(?:Key|Notable|Memorable)[ \t]+quotes?)[ \t]*:\s*"
)
_BYLINE_LABEL_RE = _deferred(
    rf"^[ \t]*(?:OPINION|Opinion|WRITTEN|Written|AUTHORED|Authored)[ \t]+(?:BY|by)[ \t]*:[ \t]*({_RUN})[ \t]*$"
    rf"|^[ \t]*(?:AUTHOR|Author)[ \t]*:[ \t]*({_RUN})[ \t]*$",
    re.M,
)


def _byline_author(text: str) -> tuple[str, str | None, Span | None] | None:
    """The person an "OPINION BY: Judge Roe" / "Author: Jane Roe" line credits, if the text has one."""
    m = _BYLINE_LABEL_RE.search(text)
    if m is None:
        return None
    run = m.group(1) or m.group(2)
    person = _person_from_run(run)
    if person is None or (len(person[0].split()) < 2 and person[1] is None):
        return None
    return (person[0], person[1], _run_span(run, m.start(1) if m.group(1) else m.start(2)))


def _statement_blocks(text: str, paragraphs: list[tuple[int, int]], raws: list[_Raw]) -> list[_Raw]:
    """Unquoted text introduced as a statement: "Name: ..." or "... issued this statement: ..."."""
    quoted_starts = sorted(r.open_pos if r.open_pos is not None else r.start for r in raws)
    quoted = sorted((r.start, r.end) for r in raws)
    out: list[_Raw] = []
    labels: dict[str, tuple[str, str | None, Span | None] | None] = {}

    def transcript_speaker(label: str) -> tuple[str, str | None, Span | None] | None:
        if label not in labels:
            labels[label] = _transcript_speaker(text, label)
        return labels[label]

    def inside_quotation(pos: int) -> bool:
        # "we are sending a message: cities cannot ..." inside marks is the quotation's own colon.
        i = bisect.bisect_right(quoted, (pos, len(text)))
        return i > 0 and quoted[i - 1][0] <= pos < quoted[i - 1][1]

    def is_quoted_at(pos: int, limit: int) -> bool:
        i = bisect.bisect_left(quoted_starts, pos)
        return i < len(quoted_starts) and quoted_starts[i] <= limit

    author = _byline_author(text) if ("UOTE" in text or "uote:" in text) else None
    for index, (pstart, pend) in enumerate(paragraphs):
        para = text[pstart:pend]
        # A summary's "KEY QUOTE:" heading over an unquoted passage of the opinion or article its
        # "OPINION BY:" / "Author:" line credits.
        if author is not None and _KEY_QUOTE_HEADING_RE.fullmatch(para) and index + 1 < len(paragraphs):
            nstart, nend = paragraphs[index + 1]
            lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
            if _MARK_RE.match(text, lead) is None and _reads_as_prose(text[lead:nend]):
                out.append(_Raw(lead, nend, None, None, nstart, index + 1, author, vouched=True))
            for raw in raws:
                if raw.open_pos == lead and raw.speaker_hint is None:
                    raw.speaker_hint, raw.vouched = author, True  # the passage in quotation marks
            continue
        # A post reproducing statements under "From Mayor Jane Roe:" lines: each line's person said
        # the unquoted paragraph below it.
        from_line = _FROM_NAME_LINE_RE.fullmatch(para) if para.lstrip().startswith("From ") else None
        if from_line is not None and index + 1 < len(paragraphs):
            person = _person_from_run(from_line.group(1))
            nstart, nend = paragraphs[index + 1]
            lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
            if (
                person is not None
                and (person[1] is not None or len(person[0].split()) > 1)
                and _MARK_RE.match(text, lead) is None
                and not is_quoted_at(nstart, nend)
                and _reads_as_prose(text[lead:nend])
            ):
                span = _run_span(from_line.group(1), pstart + from_line.start(1))
                out.append(_Raw(lead, nend, None, None, nstart, index + 1, (person[0], person[1], span)))
            continue
        # A heading "Statement by Mayor Jane Roe on ..." over an unquoted statement.
        if _STATEMENT_HEADING_RE.match(para) and para.rstrip()[-1:] not in _TERMINAL:
            if index + 1 < len(paragraphs):
                nstart, nend = paragraphs[index + 1]
                lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
                # (A testimony's cover lines, "on behalf of the ACLU of X before the Committee on
                # Y", are no statement: the statement is sentences.)
                if (
                    _MARK_RE.match(text, lead) is None
                    and not is_quoted_at(nstart, nend)
                    and _CAPS_LABEL_RE.match(text, lead, nend) is None
                    and _reads_as_prose(text[lead:nend])
                ):
                    out.append(_Raw(lead, nend, None, None, nstart, index + 1))
            continue
        # A heading in capitals: "STATEMENT BY MAYOR JANE ROE ON THE RULING", "MAYOR JANE ROE STATEMENT ON ...".
        caps = _CAPS_HEADING_RE.match(para) if para[:12].isupper() and "\n" not in para.strip() else None
        if caps is not None and index + 1 < len(paragraphs):
            run = caps.group(1) or caps.group(2)
            person = _person_from_run(run.title())
            hint: tuple[str, str | None, Span | None] | None = None
            if person is not None and len(person[0].split()) > 1:
                hint = (person[0], person[1], None)
            elif person is not None and person[1] is not None:
                # "MAYOR ROE'S STATEMENT": the text names the mayor in full elsewhere.
                hint = transcript_speaker(run) or (person[0], person[1], None)
            nstart, nend = paragraphs[index + 1]
            lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
            if hint is not None and _MARK_RE.match(text, lead) is None and not is_quoted_at(nstart, nend):
                out.append(_Raw(lead, nend, None, None, nstart, index + 1, hint, vouched=True))
                continue
            if hint is not None:
                # The statement in quotation marks: the heading names whose it is.
                for raw in raws:
                    if raw.open_pos == lead and raw.speaker_hint is None:
                        raw.speaker_hint, raw.vouched = hint, True
                continue
        # "Sheriff Jo Hart has issued the following statement regarding the ruling." ending its
        # paragraph over an unquoted one: "the following" points at the words even after a period.
        if "following" in para and para.rstrip().endswith(".") and index + 1 < len(paragraphs):
            last = para.rstrip()
            intros = list(_STATEMENT_INTRO_RE.finditer(last, max(0, len(last) - 300)))
            follow = intros[-1] if intros else None
            nstart, nend = paragraphs[index + 1]
            nxt = text[nstart:nend].strip()
            if (
                follow is not None
                and follow.group(0).split()[1] == "the"
                and "following" in follow.group(0)
                and not inside_quotation(pstart + follow.start())
                and re.search(r"[.!?][\s”\"’')]", last[follow.end() : -1]) is None
                and nxt
                and _MARK_RE.match(nxt) is None
                and not is_quoted_at(nstart, nend)
                and nxt[-1:] in _TERMINAL
                and _reads_as_prose(nxt)
            ):
                lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
                out.append(_Raw(lead, nend, None, None, nstart, index + 1))
        colon = para.find(":")
        if colon < 0:
            continue
        # A transcript's speaker label in capitals: "MS. ROE: ...", "MAYOR ROE: ...".
        label = _CAPS_LABEL_RE.match(para) if para[1:2].isupper() and colon < 40 else None
        if (
            label is not None
            and _MARK_RE.match(para, label.end()) is None
            and _reads_as_prose(para[label.end() :])
        ):
            named = transcript_speaker(label.group(1))
            if named is not None:
                out.append(_Raw(pstart + label.end(), pend, None, None, pstart, index, named, vouched=True))
                continue
        # "Name: statement" at the start of a paragraph.
        m = _NAME_COLON_RE.match(para)
        if (
            m
            and _MARK_RE.match(para, m.end()) is None
            # `Jo Hart, who spoke at the Boston: A City Divided forum, said ...`: a label's apposition is
            # a title; a relative clause makes it a sentence whose colon belongs to a name within it.
            and _RELATIVE_APPOSITION_RE.match(para, m.end(1)) is None
            and _reads_as_prose(para[m.end() :])
            # `Mayor Dunn: 'We will not comply'`: a headline, quoting in single marks, unpunctuated.
            and para[m.end() : m.end() + 1] not in ("'", "‘")
            and para.rstrip()[-1:] in _TERMINAL
        ):
            person = _person_from_run(m.group(1))
            if person is not None and (len(person[0].split()) >= 2 or person[1] is not None):
                start = pstart + m.end()
                span = _run_span(m.group(1), pstart + m.start(1))
                title = person[1] or _role_title(para[m.end(1) : m.end()])
                out.append(_Raw(start, pend, None, None, pstart, index, (person[0], title, span)))
                continue
            # An interview's "Roe: ..." after the text named Jane Roe in full.
            bare = person is not None and " " not in m.group(1) and para[m.end(1) : m.end(1) + 1] == ":"
            named = transcript_speaker(m.group(1)) if bare else None
            if named is not None:
                out.append(_Raw(pstart + m.end(), pend, None, None, pstart, index, named, vouched=True))
                continue
        # "... issued the following statement:" with the statement after the colon or in the next
        # paragraph, unquoted.
        for cm in re.finditer(r":\s*", para):
            if inside_quotation(pstart + cm.start()):
                continue
            intro = para[max(0, cm.start() - _LOOKBACK) : cm.start()]
            if not _STATEMENT_NOUN_RE.search(intro) and para[cm.end() :].strip():
                continue
            if (
                not _INTRO_VERB_RE.search(intro)
                and not _named_source(intro)
                and not ("following" in intro and _follows_words(text, pstart, pstart + cm.start()))
                and not _POSSESSIVE_WRITING_RE.search(intro[-160:])
            ):
                continue
            rest_start = pstart + cm.end()
            if rest_start < pend:
                # ("Joint statement from Gov. Roe and others: states cannot be forced to act" as a
                # headline: words run on to no sentence's end are a title's gist, not the statement.)
                if (
                    _MARK_RE.match(text, rest_start) is None
                    and not is_quoted_at(rest_start, pend)
                    and para.rstrip()[-1:] in _TERMINAL
                ):
                    out.append(_Raw(rest_start, pend, None, None, pstart, index))
            elif index + 1 < len(paragraphs) and not _REPORTED_LEAD_RE.search(intro[-200:]):
                nstart, nend = paragraphs[index + 1]
                lead = nstart + len(text[nstart:nend]) - len(text[nstart:nend].lstrip())
                # ("the court held:" over "- The case was not moot; ..."): a list of points after
                # no statement named is the writer's summary of them, not anyone's words.
                listed = text[lead : lead + 1] in _BULLETS and _BULLET_ITEM_RE.match(text, lead) is not None
                if (
                    _MARK_RE.match(text, lead) is None
                    and not is_quoted_at(nstart, nend)
                    and not (listed and not _STATEMENT_NOUN_RE.search(intro))
                ):
                    out.append(_Raw(lead, nend, None, None, nstart, index + 1))
            break
    return out


# An embedded post's credit line: `— Jane Roe (@janeroe) May 21, 2018` under (or run on after) the
# post's words; a display name may wear decorations (`(((Jane Roe)))`, an emoji).
_POST_CREDIT_RE = _deferred(r"[—–]|--|-(?=[ \t])")
_POST_HANDLE_RE = _deferred(
    r"\(@\w{1,30}\)(?:[ \t]+(?:on[ \t]+)?[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*$"
)
_POST_LINK_END_RE = _deferred(r"(?:[ \t]*(?:https?://|pic\.twitter\.com/)\S+)+[ \t]*$")
_DISPLAY_NAME_NOISE_RE = _deferred(r"[^\w .'’-]+")


def _embedded_posts(text: str, paragraphs: list[tuple[int, int]], raws: list[_Raw]) -> list[_Raw]:
    """A social-media post embedded in a story: its words, then a dash, the author's display name,
    the handle in parentheses and the date. The words are the author's statement."""
    out: list[_Raw] = []
    taken = sorted((r.start, r.end) for r in raws)
    for at in (m.start() for m in re.finditer(r"\(@", text)):
        index = _para_index_at(paragraphs, at)
        if index is None:
            continue
        pstart, pend = paragraphs[index]
        line_end = text.find("\n", at)
        line_end = pend if line_end < 0 or line_end > pend else line_end
        if _POST_HANDLE_RE.match(text, at, line_end) is None:
            continue
        line_start = max(text.rfind("\n", pstart, at) + 1, pstart)
        dash = None
        for d in _POST_CREDIT_RE.finditer(text, max(line_start, at - 90), at):
            dash = d
        if dash is None or not text[dash.end() : at].strip():
            continue
        name = " ".join(_DISPLAY_NAME_NOISE_RE.sub(" ", text[dash.end() : at]).split())
        person = _person_from_run(name) if name else None
        if person is None or len(person[0].split()) < 2:
            continue
        # The post's words: before the dash on its line, else the lines (or paragraph) above it.
        if text[line_start : dash.start()].strip():
            start, end = line_start, dash.start()
        elif line_start > pstart:
            start, end = pstart, line_start
        elif index > 0:
            start, end = paragraphs[index - 1]
        else:
            continue
        end = _rstrip_pos(text, start, end)
        link = _POST_LINK_END_RE.search(text, start, end)
        if link is not None:
            end = link.start()
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        if lead >= end or _MARK_RE.match(text, lead) is not None:
            continue  # a post in quotation marks: its marks and the dash signature after them serve
        if any(lo < end and lead < hi for lo, hi in taken):
            continue
        name_at = text.find(person[0].split()[0], dash.end(), at)
        span = Span(name_at, name_at + len(person[0])) if name_at >= 0 else None
        para_index = index if start >= pstart else index - 1
        out.append(
            _Raw(
                lead,
                end,
                None,
                None,
                paragraphs[para_index][0],
                para_index,
                (person[0], person[1], span),
                vouched=True,
            )
        )
    return out


# A pull quote's credit, a paragraph of its own under the words: `– Jane Roe, ACLU of Nebraska`.
_PULL_CREDIT_RE = _deferred(rf"(?:[—–]|--?)[ \t]*({_RUN})(?:,[ \t]*[^\n,]{{1,80}})?[ \t]*$")
_PULL_QUOTE_WORDS = 60  # a pull quote is a sentence or two


def _pull_quotes(text: str, paragraphs: list[tuple[int, int]], raws: list[_Raw]) -> list[_Raw]:
    """A pull quote set off in a story: a short paragraph with no quotation marks, then a paragraph
    that is only a dash and the speaker's name. The story goes on after it (a dash and a name at the
    end, or at the head, sign an op-ed or give its byline)."""
    out: list[_Raw] = []
    taken = sorted((r.start, r.end) for r in raws)
    for index in range(2, len(paragraphs) - 1):
        cstart, cend = paragraphs[index]
        if text[cstart] not in "–—-" or cend - cstart > 120:
            continue
        m = _PULL_CREDIT_RE.match(text, cstart, cend)
        person = _person_from_run(m.group(1)) if m is not None else None
        if m is None or person is None or len(person[0].split()) < 2:
            continue
        start, end = paragraphs[index - 1]
        words = text[start:end]
        if (
            _MARK_RE.search(words) is not None
            or not MIN_WORDS * 2 <= _word_count(words) <= _PULL_QUOTE_WORDS
            or not words.rstrip().endswith((".", "!", "?"))
            or any(lo < end and start < hi for lo, hi in taken)
        ):
            continue
        if text.count(words[:40]) > 1:
            continue  # the story's own quotation, pulled out again: counted where it is quoted
        name_at = text.find(person[0].split()[0], m.start(1), cend)
        span = Span(name_at, name_at + len(person[0])) if name_at >= 0 else None
        end = _rstrip_pos(text, start, end)
        out.append(_Raw(start, end, None, None, start, index - 1, (person[0], person[1], span), vouched=True))
    return out


def _para_index_at(paragraphs: list[tuple[int, int]], pos: int) -> int | None:
    i = bisect.bisect_right(paragraphs, pos, key=lambda p: p[0]) - 1
    if i >= 0 and paragraphs[i][0] <= pos < paragraphs[i][1]:
        return i
    return None


_BULLETS = frozenset("-•*–—·▪(0123456789")
_BULLET_ITEM_RE = _deferred(r"(?:[-•*–—·▪]|\d{1,2}[.)]|\(\w{1,3}\))[ \t]+\S")


def _transcript_speaker(text: str, label: str) -> tuple[str, str | None, Span | None] | None:
    """The person a transcript's label ("MS. ROE", "Roe") stands for: the first mention of that
    surname in ordinary case with a first name before it ("Press Secretary Jane Roe").

    A label of one word ("PRESENT:", "Background:") is a person's only when that mention is plainly
    a person's: a title before it or a common first name."""
    words = label.split()
    surname = words[-1].strip(".").title()
    if len(surname) < 3 or surname.lower() in _TITLE_STRIPPED:
        return None
    honorific = len(words) > 1 and all(w.lower().rstrip(".") in _TITLE_STRIPPED for w in words[:-1])
    at = text.find(surname)
    while at >= 0:
        if not text[at + len(surname) : at + len(surname) + 1].isalpha():
            head = text[max(0, at - _RUN_REACH) : at + len(surname)]
            m = _RUN_END_RE.search(head)
            person = _person_from_run(m.group(0).strip().rstrip(",").strip()) if m is not None else None
            if (
                person is not None
                and person[0].split()[-1] == surname
                and len(person[0].split()) > 1
                and (honorific or person[1] is not None or _name_gender(person[0]) is not None)
            ):
                return person[0], person[1], None
        at = text.find(surname, at + 1)
    # "SHERIFF JONES:" in a transcript that never gives the first name: the title makes the label a
    # person's, named by the surname alone (a modifier such as "GENERAL" or "STATE" opens a heading).
    titles = [w.lower().rstrip(".") for w in words[:-1]]
    if (
        honorific
        and _MODIFIER_TITLES.isdisjoint(titles)
        and "general" not in titles
        and _looks_like_name([surname])
        and surname.lower() not in _PARTICLES
    ):
        return surname, " ".join(w.title() for w in words[:-1]), None
    return None


def _follows_words(text: str, pstart: int, colon: int) -> bool:
    """The sentence ending at `colon` is `You start with the following definition`."""
    sstart = _sentence_start(text, colon, pstart)
    return _FOLLOWING_WORDS_RE.match(text[sstart : colon + 1]) is not None


def _role_title(apposition: str) -> str | None:
    """`, President, Springfield Immigrant Council:` -> the role, when it holds a title word."""
    role = apposition.strip(" ,:")
    if _TITLE_STRIPPED.isdisjoint(w.lower().strip(".,") for w in role.split()):
        return None
    return role or None


def _reads_as_prose(s: str) -> bool:
    """Sentences rather than a headline: mostly lowercase words, or closing punctuation."""
    words = s.split()
    if len(words) < MIN_WORDS:
        return False
    capitalized = sum(1 for w in words if w[:1].isupper())
    return capitalized / len(words) < 0.5


# --- people ------------------------------------------------------------------------------------


def _is_abbrev(tok: str) -> bool:
    low = tok.lower().rstrip(".")
    return len(low) == 1 or low in _ABBREVIATIONS or "." in low


@lru_cache(maxsize=8192)
def _person_from_run(run: str) -> tuple[str, str | None] | None:
    """(name, title) when a run of capitalized words names a person, else None."""
    tokens = run.split()
    # A sentence-final period inside the run ends it ("... Sessions. The ...").
    for i, tok in enumerate(tokens[:-1]):
        if tok.endswith(".") and not _is_abbrev(tok):
            tokens = tokens[: i + 1]
            break
    while tokens and tokens[0].lower().rstrip(",") in _STOP_WORDS:
        tokens = tokens[1:]
    # "the ACLU's Jane Doe", "Pine County's Sheriff Bo Grant": the possessive names where they work.
    owner = max((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))), default=-1)
    tokens = tokens[owner + 1 :]
    if not tokens or tokens[0][1:2] == "-" and tokens[0][:1] in "DRI":
        return None  # "R-Oak Ridge": a party label and a legislator's home town
    # "Republican Jo Hart told ...", "Democrat Al Lin said": a party label stands before a name as a
    # title does (with a name of two words or more after it; alone it names the party's people).
    last_title = 0 if len(tokens) > 2 and tokens[0].lower() in _PARTY_LABELS else -1
    for i, tok in enumerate(tokens):
        # "Sheriff-elect", "Councilmember-designate": a title still.
        low = re.sub(r"-(?:elect|designate|nominee)$", "", tok.lower().rstrip("."))
        # ("Del. Jo Hart" is a delegate; "Ana del Toro" keeps the particle, so only "Del." is a title.)
        if (low in _TITLE_STRIPPED or tok == "Del.") and (i + 1 < len(tokens)):
            last_title = i
    # "Senate Leader de León": the particle belongs to the name, not the title.
    title = " ".join(tokens[: last_title + 1]) or None
    name_tokens = tokens[last_title + 1 :]
    if (
        name_tokens
        and name_tokens[-1].endswith(".")
        and not _is_initial(name_tokens[-1])
        and name_tokens[-1].lower() not in ("jr.", "sr.")
    ):
        name_tokens[-1] = name_tokens[-1].rstrip(".")
    if not _looks_like_name(name_tokens):
        return _name_after_body(name_tokens)
    office = [w for w in title.lower().split() if w.rstrip(".") in _TITLE_STRIPPED] if title else []
    if len(name_tokens) == 1 and office and _MODIFIER_TITLES.issuperset(office):
        # "U.S. Citizenship and ...": a modifier alone is no title, the run an agency's name; after a
        # place's own name too ("Pine County Set to End ...": a headline's next word is no surname).
        return None
    if title is None and _is_place_name(name_tokens):
        return None  # "New Jersey has ...", "Los Angeles was ...": a place as a subject, no person
    return " ".join(name_tokens), title


_PARTY_LABELS = _words("republican democrat democratic gop libertarian")


def _name_after_body(tokens: list[str]) -> tuple[str, str] | None:
    """`President of the Utah Sheriffs' Association Ron Alder`: a body's name ending in an
    organization word, then a common first name and a surname, is that person and their title."""
    body = max((i for i, t in enumerate(tokens) if t.lower().rstrip(".,") in _ORG_WORDS), default=-1)
    name = tokens[body + 1 :]
    if body < 0 or not 2 <= len(name) <= 3 or _name_gender(name[0]) is None or not _looks_like_name(name):
        return None
    return " ".join(name), " ".join(tokens[: body + 1])


# First words of place names ("New Jersey", "San Mateo", "Fort Worth") that no person's name opens.
_PLACE_FIRST_WORDS = _words(
    "new north south east west los las san santa fort ft. port mount mt. lake el saint st."
)


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """Lowercased names of the states, D.C. and the territories."""
    import us  # only texts that name a place-like subject need it

    return frozenset(s.name.lower() for s in (*us.states.STATES_AND_TERRITORIES, us.states.DC))


def _is_place_name(tokens: list[str]) -> bool:
    """A run of two or more words that names a state or opens like a place name.

    (A one-word state name may be a surname, "Rep. Carl Washington": see `_resolve_name`.)
    """
    if len(tokens) < 2:
        return False
    return tokens[0].lower() in _PLACE_FIRST_WORDS or " ".join(tokens).lower() in _state_names()


def _is_initial(tok: str) -> bool:
    return len(tok) == 2 and tok[1] == "." and tok[0].isupper()


def _looks_like_name(tokens: list[str]) -> bool:
    if not tokens or len(tokens) > 5:
        return False
    if tokens[0].lower() in _PARTICLES and len(tokens) == 1:
        return False
    if not tokens[-1][:1].isupper():
        return False
    caps = [t for t in tokens if t.lower() not in _PARTICLES]
    if all(t.isupper() and len(t) > 2 for t in caps):
        return False  # AUSTIN, WASHINGTON: datelines and headings
    for i, tok in enumerate(tokens):
        if _is_initial(tok):
            continue
        low = tok.lower().rstrip(".").replace("’", "'")
        if i == 0 and len(tokens) > 1 and (low in _MASCULINE_NAMES or low in _FEMININE_NAMES):
            continue  # "Bill Ortiz", "Grace Lee": a first name that is also a common noun
        if low in _ORG_WORDS or low in _STOP_WORDS or any(c.isdigit() for c in tok):
            return False
        if low.endswith("'s") or low.endswith("s'"):
            return False
        if low in _TITLE_STRIPPED and (
            len(tokens) == 1 or i == len(tokens) - 1 and low not in _SURNAME_TITLES
        ):
            return False  # "Intake Supervisor", "Public Information Officer": a job, not a name
    return not (len(caps) > 1 and all(t.isupper() for t in caps) and any(len(t) > 3 for t in caps))


_SURNAME_SUBJECT_RE = _deferred(
    # Only where a clause starts: after a line break, punctuation and a space, or a conjunction.
    rf"(?=[{_UP}])(?:(?<=\n)|(?<=[.!?:;,—–“”\"(] )|(?<=but )|(?<=and )|(?<=while )|(?<=as )|(?<=when ))"
    # ("Joye, dressed in plain clothes, acknowledged ...": an apposition may stand before the verb.)
    rf"([{_UP}][\w’'\-]+)(?:,[^,.;:“”\"\n]{{1,120}},)?\s+{_ADVERB}(?:({_VERB_ALT})|has|had|is|was|will|would|\w+ed)\b"
)
_SUBJECT_CONJUNCTION_RE = _deferred(r",\s+(?:but|while|whereas|although|though|yet)\b")
_CONJUNCTION_START_RE = _deferred(r"(?:while|whereas|but|although|though|yet|because|since|if|unless)\b")
_CONJUNCTION_END_RE = _deferred(r"\b(?:but|and|while|as|when|then|because|though)$")
_LIST_GOES_ON_RE = _deferred(rf"\s*(?:,\s*[{_UP}]|and\b|or\b)")
_CLAUSE_GOES_ON_RE = _deferred(r"\s*(?:,|\(|[a-z])")
_WORD_BEFORE_STOP_RE = _deferred(r"([\w.]+)[.!?][”\"’')\]]*\s+$")
# ("Rep. Jo Hart (R-Va.), chair of ..., said": a party label may come before the apposition.)
_WORD_TOUCHING_STOP_RE = _deferred(r"([\w.]+)[.!?]$")
_APPOSED_SUBJECT_RE = _deferred(
    # ("Meanwhile, former Gov. Jo Hart, who ..., said": a lowercase modifier may open the title.)
    rf"(?:^|[.;:]\s*|\b(?:but|and|while|as)\s+|[,—–]\s+)(?:(?:former|acting|interim|then|retired|outgoing)\s+)?"
    rf"({_RUN})(?:\s*\([^()\n]{{1,40}}\))?(?:\s+(?:of|from)\s+{_RUN})?"
    rf"\s*(?:[,—–]|--)\s+[^“”\"]{{2,200}}$"
)
_TITLE_BEFORE_RE = _deferred(rf"\b(?:{'|'.join(sorted(_TITLE_ABBREVIATIONS))}|Mr|Mrs|Ms|Dr)\.\s*$", re.I)
_TAIL_ROLE_RE = _deferred(r",\s+the\s+((?:[a-z][\w-]*\s+)?([a-z][\w-]*))$")
_DATELINE_AFTER_RE = _deferred(
    r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)
_APPOSITION_START_RE = _deferred(rf"\s*(?:[,—–]|--)\s*(?:who|whose|a|an|the|his|her|[{_UP}])")
_MISPUNCTUATED_ATTRIBUTION_RE = _deferred(r"\s+(?:he|she|said|says|added|adds|told|wrote)\b")
# `...Washington." Mayor Bo Park said Monday.`: a sentence that is nothing but the attribution.
_ATTRIBUTION_SENTENCE_RE = _deferred(
    rf"\s+{_RUN}\s+(?:said|says|added|adds|wrote|stated|told\s+\w+)(?:\s+[\w.]+){{0,3}}[.!?](?:\s|$)"
)
_NAME_VERB_RE = _deferred(rf"\s+{_RUN}\s+(?:said|says|added|adds|told|wrote|stated)\b")
_DASH_SIGNATURE_RE = _deferred(rf"[ \t]*(?:—|–|--?)[ \t]*({_RUN})[ \t]*(?:,|\(|$)", re.M)
# The words before a verb after a quotation name a speaker (`" Roe said`, `" the group said`), not
# a continuation of the sentence (`" and urged ...`).
_NAMES_SOMEONE_RE = _deferred(
    rf"(?:.*[{_UP}]|(?:he|she|they|we|i|the|a|an|his|her|their|its|one|two|several|many|some|officials|"
    r"advocates|critics|experts|lawmakers|police|prosecutors)\b)"
)
_WHO_SUBJECT_RE = _deferred(rf"({_RUN}),?\s+who$")
_ANY_RUN_RE = _deferred(rf"(?<![\w.’'-])({_RUN})")
# A name right after a preposition is a place or an object ("Day of Elmwood", "east of Capitol City").
# ("by X, who said" and "according to X, who" keep X: the preposition there introduces a person.)
_PLACE_GOVERNED_RE = _deferred(r"\b(?:of|at|in|from|near|outside)\s+$")
# ("ACLU of Ohio Legal Director Jo Hart: "...": the name may follow the group it speaks for.)
_NAME_COLON_CLAUSE_RE = _deferred(
    rf"\s*(?:{_RUN}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?=[{_UP}]))?"
    rf"({_RUN})(?:\s*\([^()\n]{{1,40}}\))?(?:,[^:“”\"]{{1,140}})?:\s*$"
)
# `Council Member Ada Kim disagreed:` / `Roe put it this way:` — a short clause led by the name.
_NAME_VERB_COLON_RE = _deferred(rf"\s*({_RUN})\s+(?:[a-z]\w*ly\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,5}}:\s*$")
# `..., said Chief Ana Ruiz, but Council Member Dale Price disagreed: "`: a second person opens the
# clause that the colon ends.
_LATE_NAME_COLON_RE = _deferred(
    rf"(?:[,;—–]\s*|\b(?:but|and|while|whereas)\s+)({_RUN})\s+(?:[a-z]\w*ly\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,5}}:\s*$"
)
_POSSESSIVE_END_RE = _deferred(r"(?<=[a-z])(?:['’]s?)$")
# (An article may open the agency's name: "the ACLU of Ohio Legal Director Jo Lin said".)
_AGENCY_NAME_RE = _deferred(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'&-]*\s+(?:(?:of|and|for|the)\s+)*)+")
_PUT_IT_RE = _deferred(rf"(?<![\w.])({_RUN}|he|she)\s+(?:[a-z]\w*ly\s+)?put\s+it(?:\s+\w+){{0,2}}\s*[,:]\s*$")
_LEAD_IN_WORDS = 6  # "So is the number:" — a lead-in longer than this says something of its own
_WRITING_REACH = 800  # how far back a writing's introduction ("a letter from X") is searched
_SENT_WRITING_REACH = 2000  # how far back "X sent a letter" is searched: a story's opening subject
# A clause whose subject is a writing: "The letter also asked", "That memo".
# (A judge's "ruling" or "decision" is the judge's writing as much as an "opinion" is.)
_SUBJECT_WRITINGS = rf"letter|memo|memorandum|op-ed|email|opinion|ruling|decision|{_PRINTED}"
_WRITING_SUBJECT_RE = _deferred(
    rf"\s*([Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\s+({_SUBJECT_WRITINGS})\b"
    r"(?![\s,]+(?:from|by|of|to|signed|sent|written)\b)"
    # ("The letter, obtained by the Herald, said": how the paper came by it is no new subject.)
    r"(?:,\s+(?:obtained|seen|reviewed|first\s+reported)\s+by\s+[^,;“”\"\n]{1,60},)?"
)
# ("The memo goes on to say ...": going on is no new speaker, only more of the writing.)
_ADVERBS_ONLY_RE = _deferred(r"\s*(?:(?:also|then|later|further|[a-z]\w*ly)\s+)*(?:(?:goes|went)\s+on\s+to\s+)?")
# `," the memo said.`: a writing as the subject of the attribution after a quotation.
_IT_GOES_ON_RE = _deferred(r"\s*It\s+(?:also\s+)?(?:goes|went)\s+on\s+to\s+(?:say|state|note|add)\b")
# (A writing opening its sentence: `The memo states`, `Her letter also said`.)
_WRITING_AS_SUBJECT_RE = _deferred(
    rf"(?:^|(?<=[.!?”\"]\s))(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+({_SUBJECT_WRITINGS})\s+{_ADVERB}(?:{_VERB_ALT})\b",
    re.M,
)
_WRITING_SAID_RE = _deferred(
    rf"\s*(?:[Tt]he|[Tt]hat|[Tt]his)\s+({_SUBJECT_WRITINGS})\s+"
    rf"{_ADVERB}(?:said|says|stated|states|added|adds|continued|continues|noted|notes|read|reads)\b"
)
# A header line naming a person, perhaps after their place: "Denver, CO Mayor Ana Ruiz". Not a byline.
_NAME_HEADER_RE = _deferred(
    rf"[ \t]*(?!By\b|BY\b)(?:[{_UP}][\w.’' -]{{0,40}},[ \t]*(?:[A-Z]{{2}}|[A-Z][a-z]+\.?)[ \t]+)?({_RUN})[ \t]*"
)
_ORG_NAME_GOES_ON_RE = _deferred(rf"[ \t]+(?:for|of|against)[ \t]+(?:the[ \t]+|a[ \t]+)?[{_UP}]")
_LOWER_NOUNS_AFTER_RE = _deferred(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?([a-z][\w-]*)(?![ \t]+[A-Z])\b")
_GROUP_NOUNS = _words(
    "officials police authorities leaders officers staff employees residents advocates lawyers attorneys"
    " activists organizers protesters supporters critics members lawmakers deputies prosecutors"
)
_ROLE_THEN_NAME_RE = _deferred(rf"\s+((?:[a-z][\w-]*\s+){{1,3}})({_RUN})")
_FUNCTION_WORDS = _words("of in the a an and or to for on at that who which with by from as is was has had")
# `said Intake Supervisor at the Pine Detention Center, Lt. Jane Doe` / `said the county's public
# defender, Jane Doe`: a role phrase, a comma, then the name the role belongs to.
_ROLE_PHRASE_NAME_RE = _deferred(rf"([^,;:“”\"\n]{{1,120}}?),\s+({_RUN})")
# The same from inside the phrase (group 1 is empty), past a state that qualifies a place.
_ROLE_PHRASE_AFTER_RE = _deferred(rf"()[^,;:“”\"\n]{{1,40}}?,\s+({_RUN})")
# A state after a place ("Pine, Ore.,", "Pine, Oregon,"): one or two capitalized words or an
# abbreviation, closed by a comma.
_PLACE_QUALIFIER_RE = _deferred(
    r"(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,"
)
_CLAUSE_WORDS_RE = _deferred(rf"\b(?:who|whose|which|that|but|is|was|has|had|are|were|{_VERB_ALT})\b")
# Nouns for a person's role: what a role phrase needs for the name after it to be a person's.
# "Gov. Walt Brisk’s statement ...": the possessor's surname and the noun it owns.
_POSSESSIVE_OPENER_RE = _deferred(
    rf"[ \t“\"]*(?:[{_UP}][\w.-]*[ \t]+){{0,3}}?([{_UP}][\w-]+)[’']s[ \t]+([a-z]+)"
)
_PERSON_NOUNS = _TITLE_STRIPPED | _words(
    """
    official lawyer defender member resident activist worker owner student mother father son daughter
    wife husband brother sister friend neighbor volunteer immigrant citizen employee teacher nurse
    doctor physician priest researcher analyst expert economist scholar journalist reporter lawmaker
    legislator candidate challenger opponent supporter critic plaintiff defendant detainee victim
    witness partner colleague aide adviser advisor consultant strategist historian author writer
    editor host organizer spokesman spokeswoman spokesperson
    """
)
_PREPOSITION_RE = _deferred(r"\b(?:of|for|at|with|to|from|in|on)\b")
# `said Chief of Police Dana Whitfield`, `said Chair of the Board of Supervisors Ann Cho`: the
# office may itself hold "of", "and", "the"; its last run ends with the name.
_TITLE_OF_ORG_NAME_RE = _deferred(
    rf"\s+(?:of|for|at|with)\s+(?:the\s+)?(?:(?:{_RUN})\s+(?:of|for|and|on)\s+(?:the\s+)?)*({_RUN})"
)
# `said executive director Maria Lopez`, `said immigration attorney Maria Lopez`: a role in lowercase.
_LOWER_ROLE_NAME_RE = _deferred(rf"((?:[a-z][\w-]*\s+){{1,3}})({_RUN})")
_OFFICE_TAIL_RE = _deferred(rf"(?:\s+(?:of|for|and|on)\s+(?:the\s+)?({_RUN}))*")
# A name right after a preposition, or after one and a determiner ("in an email to the Ledger"), is
# the preposition's object, not the subject.
# ("in a statement last May, said": a time word before a capitalized word makes it a month.)
_GOVERNED_RE = _deferred(
    r"\b(?:of|for|at|in|from|with|on|to|by|and|last|next|early|late|since|until)\s+((?:the|a|an|his|her|their|its)\s+)?$"
)
# `Capt. Bo Dean of the Pine County Sheriff's Office said`: the name opens the clause and the
# phrase after it says where they work. (`Sheriff Bo Dean in Kern County, Calif., says`: or where
# they serve, its state after a comma.)
_NAME_OF_ORG_SUBJECT_RE = _deferred(
    rf"(?:^|[.;:]\s+|\b(?:but|and|while|as)\s+|[,—–]\s+)({_RUN})\s+(?:of|from|with|at|for|in)\s+"
    rf"(?:the\s+)?[^,;:“”\"]{{1,100}}(?:,\s+[{_UP}][\w.]*(?:\s+[{_UP}][\w.]*)?,?)?$"
)
_PARTY_LABEL_END_RE = _deferred(r"(?:\s*\([^()\n]{1,40}\)|,\s*[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?[\s,]*$")
# Phrases after which the person whose words follow is named: "according to X", "the following can
# be attributed to X", "Statement by X"; "In the words of X", "To quote X" (a pattern of its own,
# searched only where its literal words stand).
_NAMED_SOURCE_RE = _deferred(
    r"\b(?:[Aa]ccording|[Aa]ttributed|[Aa]ttributable)\s+to\s+"
    r"|\b(?:[Ss]tatement|[Cc]omments?|[Qq]uote|[Rr]emarks|[Rr]esponse)\s+(?:by|of|from)\s+"
)
# `according to Jo Hart's analysis` / `according to Hart’s written opinion`: the owner of the writing.
_SOURCE_WRITING_OWNER_RE = _deferred(
    rf"({_RUN})[’']s\s+(?:(?:new|latest|written|formal|legal|own)\s+)?(?:{_WRITINGS}|analysis|testimony)\b"
)
_WORDS_OF_RE = _deferred(
    r"\b(?:[Ii]n\s+the\s+(?:\w+\s+)?words\s+of|[Tt]o\s+quote|[Tt]o\s+borrow\s+the\s+words\s+of)\s+"
)


def _named_source(clause: str) -> re.Match[str] | None:
    m = _NAMED_SOURCE_RE.search(clause)
    if m is None and ("words of" in clause or "o quote" in clause):
        m = _WORDS_OF_RE.search(clause)
    return m


# "MS. ROE:", "SECRETARY ROE:", "MAYOR JANE ROE:" opening a transcript's paragraph ("Q:" is one letter).
_CAPS_LABEL_RE = _deferred(r"\s*((?:[A-Z][A-Z.’'-]+[ \t]+){0,3}[A-Z][A-Z’'-]{2,}):[ \t]+(?=\S)")
_CAPS_NAME = r"((?:[A-Z][A-Z.’'-]*[ \t]+){1,5}?[A-Z][A-Z’'-]+?)"
_CAPS_HEADING_RE = _deferred(
    rf"\s*(?:(?:STATEMENT|REMARKS|COMMENTS?)[ \t]+(?:BY|OF|FROM)[ \t]+{_CAPS_NAME}"
    rf"|{_CAPS_NAME}(?:[’']S)?[ \t]+(?:STATEMENT|REMARKS|COMMENTS?))"
    r"(?:[ \t]+(?:ON|REGARDING|ABOUT|AFTER|FOLLOWING|IN|AT)\b[^a-z\n]*)?[ \t]*$"
)
_STATEMENT_HEADING_RE = _deferred(r"\s*(?:Statement|Remarks|Comments?)\s+(?:by|of|from)\s+")
_FROM_NAME_LINE_RE = _deferred(rf"\s*From[ \t]+(?:the[ \t]+)?({_RUN})[ \t]*:\s*")
_PERSON_PREV_RE = _deferred(
    r"\b(?:said|says|told|by|according to|attorney|lawyer|director|chief|sheriff|judge|mayor|governor"
    r"|senator|representative|spokesman|spokeswoman|activist|advocate|organizer|professor|pastor"
    r"|commissioner|supervisor|councilman|councilwoman|superintendent|president|secretary|officer"
    r"|resident|owner|chairman|chairwoman|leader|founder|executive|deputy|acting|interim"
    # ("a petition from selectman candidate Linda Alexson": a role in lowercase before the name.)
    r"|candidate|challenger|member|moderator|trustee|minister|rabbi|commenter|lawmaker|legislator"
    r"|councilor|selectman|selectwoman|student|teacher|parent|mother|father|wife|husband|daughter|son"
    r"|immigrant|detainee|plaintiff|defendant|victim|neighbor)\s*$"
)
_PERSON_NEXT_RE = _deferred(
    rf"\s*(?:,\s*(?:[a-z]|the\b|a\b|an\b|[{_UP}][a-z]+\s+(?:of|for|at|from)\b)|{_ADVERB}(?:{_VERB_ALT}|is|was|has|had|who|handed|signed)\b)"
    # `Ana Ruiz with the Tenant Rights Project says ...`: where they work, then the speech verb.
    rf"|[ \t]+(?:with|of|from|at)[ \t]+the[ \t]+(?:[{_UP}][\w’'&.-]*[ \t]+){{1,7}}{_ADVERB}(?:{_VERB_ALT})\b"
)


_ACTION_NEXT_RE = _deferred(
    r"\s*,\s*\d{1,3}\s*,|\s+(?:[a-z]\w*ly\s+)?(?:[a-z]{2,}ed|spoke|met|went|came|took|gave|made|led|ran|won|lost|sent"
    r"|wrote|told|sued|began|became|sat|stood|left|held|brought|fought|sought|chose|grew|knew|saw|heard|kept)\b"
)


class _PeopleIndex:
    """Person mentions in document order, for surname, title and pronoun resolution.

    Lookups walk back from a position and stop at a window, so resolving every quotation of a long
    text stays linear.
    """

    def __init__(self, text: str, regions: list[tuple[int, int]]) -> None:
        self.text = text
        self.people: list[_Person] = []
        self.by_surname: dict[str, list[_Person]] = {}
        for m in (m for lo, hi in regions for m in _MULTIWORD_RUN_RE.finditer(text, lo, hi)):
            run = m.group(0)
            if run.endswith(("'s", "’s")):
                run = run[:-2]  # "Sheriff Tom Kane's deputies": the person is still named
            # Without a title, only a context that only people have (a speech verb, an apposition)
            # makes a run of capitalized words a person.
            if _TITLE_STRIPPED.isdisjoint(w.lower().rstrip(".") for w in run.split()) and not (
                _PERSON_NEXT_RE.match(text, m.end(), m.end() + 80)
                or _PERSON_PREV_RE.search(text, max(0, m.start() - 30), m.start())
                # "Maria Lopez met with ...", "Tom Hart, 54, ...": a common first name and a verb
                # or an age after the run.
                or (
                    (_name_gender(run) is not None or _name_after_body(run.split()) is not None)
                    and _ACTION_NEXT_RE.match(text, m.end(), m.end() + 40)
                )
            ):
                continue
            person = _person_from_run(run)
            if (person is None or person[1] is None) and run.count(" ") > 1:
                person = _name_after_place_office(text, m.start(), run) or person
            if person is None:
                continue
            name, title = person
            if title is None and len(name.split()) < 2:
                continue
            if (
                title is None
                and self.people
                and " of " in text[self.people[-1].end : m.start()]
                and _OF_AFFILIATION_RE.fullmatch(text, self.people[-1].end, m.start())
            ):
                # `member Lidia Perez of Casa Unida, a nonprofit`: the body a person is of is no person.
                continue
            self._add(_Person(m.start(), m.end(), name, title, _is_salient(text, m.start(), m.end())))
        self._add_surname_subjects(text, regions)
        self.positions = [p.pos for p in self.people]
        # Speakers found while attributing, in increasing position (quotations are resolved in order).
        self.speakers: list[_Person] = []
        self.gender: dict[str, str] = {}  # name -> "he" | "she", learned from resolved pronouns
        self.speaker_positions: list[int] = []
        self.quoted: list[tuple[int, int]] = []  # (opening mark, closing mark) of each statement

    def note_quoted(self, raws: list[_Raw]) -> None:
        self.quoted = sorted(
            (
                r.open_pos if r.open_pos is not None else r.start,
                r.close_pos if r.close_pos is not None else r.end,
            )
            for r in raws
        )

    def _inside_quotation(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, len(self.text))) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def _add_surname_subjects(self, text: str, regions: list[tuple[int, int]]) -> None:
        """Lone surnames that open a clause as its subject ("Trump has repeatedly said ...").

        They count when a speech verb follows or the text names the same person in full, so that a
        later "he" finds them rather than someone quoted earlier.
        """
        extra: list[_Person] = []
        named_in_full = {k for k, same in self.by_surname.items() if any(" " in p.name for p in same)}
        for m in (m for lo, hi in regions for m in _SURNAME_SUBJECT_RE.finditer(text, lo, hi)):
            word = m.group(1)
            low = word.lower().replace("’", "'")
            if low.endswith("'s"):
                continue  # ("Brisk’s remarks came ...": a possessive is no subject, whatever noun follows)
            if low in _STOP_WORDS or low in _ORG_WORDS or low in _TITLE_STRIPPED or word.isupper():
                continue
            if not _is_salient(text, m.start(1), m.end(1)):
                continue
            if word.lower() not in named_in_full and (m.group(2) is None or low in _state_names()):
                continue  # ("Texas argued ...": a state as a subject, no person)
            extra.append(_Person(m.start(1), m.end(1), word, None, True))
        if extra:
            self.people = sorted(self.people + extra, key=lambda p: p.pos)
            for person in extra:
                self.by_surname.setdefault(person.name.lower(), []).append(person)
            for same in self.by_surname.values():
                same.sort(key=lambda p: p.pos)

    def _add(self, person: _Person) -> None:
        self.people.append(person)
        self.by_surname.setdefault(person.name.split()[-1].lower(), []).append(person)

    def note_speaker(self, pos: int, speaker: _Speaker) -> None:
        """A resolved speaker becomes a salient mention where their words are."""
        if self.speaker_positions and pos < self.speaker_positions[-1]:
            return
        self.speakers.append(_Person(pos, pos, speaker.name, speaker.title, True))
        self.speaker_positions.append(pos)

    def full_name(self, surname: str, pos: int) -> tuple[str, str | None]:
        """The full name of the latest person before `pos` whose name ends with `surname`, else the
        first one after it."""
        key = surname.lower().split()
        same = self.by_surname.get(key[-1], [])

        def fits(p: _Person) -> bool:
            words = p.name.lower().split()
            return len(words) > len(key) and words[-len(key) :] == key

        i = _bisect_pos(same, pos)
        best = next((p for p in reversed(same[max(0, i - _SURNAME_SCAN) : i]) if fits(p)), None)
        if best is None:
            best = next((p for p in same[i : i + _SURNAME_SCAN] if fits(p)), None)
        if best is None and len(key) == 1 and not any(" " in p.name or p.title for p in same):
            # (The word may already stand as a lone subject, `Abel said`: that names no one else.)
            best = self._by_first_name(key[0]) or self._by_misspelled_surname(key[0])
        if best is None:
            return surname, None
        return best.name, best.title

    def _by_first_name(self, word: str) -> _Person | None:
        """`"...," Gurpreet wrote`, after `Attorney General Gurpreet Sandhu`: a lone word that is no
        one's surname but the first name of exactly one person named in full is that person."""
        found: _Person | None = None
        for p in self.people:
            words = p.name.split()
            if len(words) > 1 and words[0].lower() == word:
                if found is not None and found.name != p.name:
                    return None
                found = p
        return found

    def _by_misspelled_surname(self, word: str) -> _Person | None:
        """`says Russel` after `Councilman Jon Russell`: a lone word no one is named by, one letter
        short of (or over) the surname of exactly one person named in full, is that person's name
        misspelled. Short words are left alone: one letter turns one short name into another."""
        if len(word) < 5:
            return None
        found: _Person | None = None
        for p in self.people:
            words = p.name.split()
            if len(words) < 2:
                continue
            last = words[-1].lower()
            if abs(len(last) - len(word)) != 1 or last[0] != word[0]:
                continue
            longer, shorter = (last, word) if len(last) > len(word) else (word, last)
            if not any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))):
                continue
            if found is not None and found.name != p.name:
                return None
            found = p
        return found

    def compound_surname(self, name: str, pos: int) -> tuple[str, str | None] | None:
        """A double surname written once with a hyphen and once with a space ("Ana Ruiz-Cole" ...
        "said Ruiz Cole", or the other way round) is the one person named in full elsewhere."""
        words = name.split()
        if len(words) == 2 and all(w[:1].isupper() for w in words):
            joined = "-".join(words)
            if joined.lower() not in self.by_surname:
                return None
            full, title = self.full_name(joined, pos)
        elif len(words) == 1 and name.count("-") == 1 and name.split("-")[1][:1].isupper():
            spaced = name.replace("-", " ")
            if name.split("-")[1].lower() not in self.by_surname:
                return None
            full, title = self.full_name(spaced, pos)
            if full == spaced:
                return None
        else:
            return None
        return (full, title) if full.lower() != name.lower() else None

    def known(self, name: str, pos: int) -> bool:
        """Whether the text elsewhere names this person (in full, or with a title)."""
        for p in self.by_surname.get(name.split()[-1].lower(), []):
            if p.name.lower().endswith(name.lower()) and (
                p.title or len(p.name.split()) > 1 and p.pos != pos
            ):
                return True
        return False

    def by_title(self, title_word: str, pos: int) -> _Person | None:
        """The person introduced nearest before `pos` (else just after it) with this title."""
        title_word = _TITLE_ABBREVIATIONS.get(title_word, title_word)

        def has_title(person: _Person) -> bool:
            if not person.title:
                return False
            previous = ""
            for word in person.title.lower().split():
                word = word.rstrip(".,")
                word = _TITLE_ABBREVIATIONS.get(word, word)
                # ("Lt. Gov. Al Day", "Deputy Mayor Al Day": the office below the one "the governor" names.)
                if word == title_word and previous not in _SUBORDINATE_RANKS:
                    return True
                previous = word
            return False

        for person in self.before(pos, _PRONOUN_WINDOW * 2):
            if has_title(person):
                return person
        # "the governor said" before the text names the governor a sentence or two later.
        i = bisect.bisect_left(self.positions, pos)
        while i < len(self.people) and self.people[i].pos - pos < _FORWARD_WINDOW:
            person = self.people[i]
            if has_title(person):
                return person
            i += 1
        return None

    def pronoun(self, pos: int, form: str) -> _Person | None:
        """The person a "he" or "she" at `pos` refers to: the nearest subject before it whose
        gender, as far as earlier pronouns and titles tell, does not contradict the pronoun."""
        fallback: _Person | None = None
        boundary = -1  # start of the sentence naming the fallback, when its subject is no person
        for person in self.before(pos, _PRONOUN_WINDOW):
            if person.pos < boundary:
                break  # "The council heard from Maria Lopez. ... she said": the object is the referent
            if person.end > person.pos and self._inside_quotation(person.pos):
                # `"... President Lee's plan," he added.`: a name in someone's words is not who "he" is
                # (a resolved speaker, noted with no extent, is).
                continue
            known = self.gender.get(person.name) or _title_gender(person.title) or _name_gender(person.name)
            if known is not None and known != form:
                continue
            if person.salient:
                return self._remember(self._expand(person), form)
            if fallback is None:
                owner = self._possessive_opener(person.pos, pos, form)
                if owner is not None:
                    return self._remember(owner, form)
                fallback = person
                boundary = self._impersonal_sentence_start(person.pos)
        return self._remember(self._expand(fallback), form) if fallback else None

    def _possessive_opener(self, mention: int, pos: int, form: str) -> _Person | None:
        """`Brisk’s statement comes as he sent a letter to Dan Price, where he argued`: in a sentence
        that opens on a named person's possessive (of a thing, not of a person), a pronoun after an
        object named in it stands for the possessor."""
        floor = self.text.rfind("\n", max(0, pos - _LOOKBACK), pos) + 1
        start = _sentence_start(self.text, pos, floor)
        if start > mention:
            return None
        m = _POSSESSIVE_OPENER_RE.match(self.text, start, mention)
        if m is None or m.group(2) in _PERSON_NOUNS:
            return None
        name, title = self.full_name(m.group(1), start)
        if name == m.group(1) and title is None:
            return None  # a surname the text never names in full: a place or a body, not a person
        known = self.gender.get(name) or _title_gender(title) or _name_gender(name)
        if known is not None and known != form:
            return None
        return _Person(m.start(1), m.end(1), name, title, True)

    def _impersonal_sentence_start(self, pos: int) -> int:
        """The start of the sentence around `pos` when its subject is not a pronoun ("He criticized
        Gov. Lee" continues an earlier person, so it gives no boundary), else -1."""
        floor = self.text.rfind("\n", max(0, pos - _LOOKBACK), pos) + 1
        start = _sentence_start(self.text, pos, floor)
        first = self.text[start : start + 12].lstrip(' “"').split(" ", 1)[0].lower()
        if first in ("he", "she", "i", "we", "they"):
            return -1
        return start

    def _remember(self, person: _Person, form: str) -> _Person:
        self.gender.setdefault(person.name, form)
        return person

    def _expand(self, person: _Person) -> _Person:
        if len(person.name.split()) == 1:
            name, title = self.full_name(person.name, person.pos)
            return _Person(person.pos, person.end, name, title or person.title, person.salient)
        return person

    def before(self, pos: int, window: int) -> Iterator[_Person]:
        """Mentions and speakers before `pos`, nearest first, within `window` characters."""
        i = bisect.bisect_left(self.positions, pos) - 1
        j = bisect.bisect_left(self.speaker_positions, pos) - 1
        while i >= 0 or j >= 0:
            if j < 0 or (i >= 0 and self.people[i].pos >= self.speakers[j].pos):
                person = self.people[i]
                i -= 1
            else:
                person = self.speakers[j]
                j -= 1
            if pos - person.pos > window:
                return
            yield person


def _regions_near(raws: list[_Raw], length: int) -> list[tuple[int, int]]:
    """Merged stretches of text around the quotations: only there can a mention resolve a speaker."""
    regions: list[tuple[int, int]] = []
    for raw in raws:
        lo, hi = max(0, raw.start - _MENTION_REACH), min(length, raw.end + 400)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


# Common first names whose bearers are overwhelmingly of one gender, so that "she said" does not
# land on a Tom nor "he said" on a Mary. Names in doubt (Kim, Lindsay, Jordan) are left out.
_MASCULINE_NAMES = _words(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven stephen paul andrew joshua josh kenneth kevin brian george timothy ronald
    edward jason jeffrey jeff ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
    samuel gregory greg alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
    henry douglas doug zachary peter kyle ethan walter noah jeremy keith roger gerald harold sean carl
    arthur lawrence bryan billy joe bruce gabriel albert willie alan juan wayne randy roy vincent ralph
    eugene russell bobby philip phil louis tom tim mike bill bob jim dan ted chad todd rick ron ken
    chuck pete steve andy tony luis carlos jorge miguel pedro omar ali mohammed ahmed barack gavin ned
    rahm kirk mitch marco rand mitt edwin martin howard greg glenn tom jared kash merrick chris
    """
)
_FEMININE_NAMES = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela pam nicole emma samantha
    katherine kathy kate christine debra rachel catherine carolyn janet ruth maria heather diane
    virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith judy megan cheryl
    andrea hannah martha jacqueline frances gloria ann anne teresa kathryn sara janice jean alice
    doris abigail julia grace denise amber marilyn beverly danielle theresa sophia marie diana natalie
    isabella charlotte rose hillary kamala kristi letitia gretchen lori muriel toni tricia karoline
    ilhan alexandria dianne kirsten elena sonia lorella lourdes gina maura tina ana rosa carmen lucia
    sofia nikki sheila priya mayra kristen
    """
)
_FEMININE_TITLES = _words(
    "mrs mrs. ms ms. miss spokeswoman congresswoman councilwoman assemblywoman chairwoman alderwoman"
)
_MASCULINE_TITLES = _words("mr mr. spokesman congressman councilman assemblyman chairman alderman")


def _name_gender(name: str) -> str | None:
    first = name.split()[0].lower()
    if first in _MASCULINE_NAMES:
        return "he"
    if first in _FEMININE_NAMES:
        return "she"
    return None


def _title_gender(title: str | None) -> str | None:
    if not title:
        return None
    words = set(title.lower().split())
    if words & _FEMININE_TITLES:
        return "she"
    if words & _MASCULINE_TITLES:
        return "he"
    return None


def _bisect_pos(people: list[_Person], pos: int) -> int:
    lo, hi = 0, len(people)
    while lo < hi:
        mid = (lo + hi) // 2
        if people[mid].pos < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


_MODIFIER_LEADIN_RE = _deferred(r"(?:^|\n|[.:;—–(“\"]\s)\s*((?:[\w’'.-]+\s+){1,5})$")
_LEADIN_BLOCKERS = _words(
    "of in to for on at with by from as and or but that who which is was are were has had have said "
    "says told tells called asked met joined thanked praised criticized named appointed when while after "
    "before since if because than"
)


_INVERTED_LEADIN_RE = _deferred(
    r"(?:^|\n|[.!?][”\"’]?\s)\s*(?:[A-Z][a-z]+ing|Also\s+[a-z]+ing)\b[^.;:“”\"\n]{1,80}\s(?:was|were)\s+$"
)


_TITLE_OF_BEFORE_RE = _deferred(r"\b([A-Z][a-z]+)\s+of\s+$")


def _name_after_place_office(text: str, start: int, run: str) -> tuple[str, str] | None:
    """`Mayor of Chicago Lori Lightfoot`: after "Title of", a run of three or more words is the
    office's place and then the name, its last two words (three with a middle initial)."""
    m = _TITLE_OF_BEFORE_RE.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() not in _TITLE_STRIPPED:
        return None
    tokens = run.split()
    keep = 3 if len(tokens) > 3 and _is_initial(tokens[-2]) else 2
    person = _person_from_run(" ".join(tokens[-keep:]))
    if person is None or person[1] is not None:
        return None
    return person[0], f"{m.group(1)} of {' '.join(tokens[:-keep])}"


def _is_salient(text: str, start: int, end: int) -> bool:
    """A mention in subject position: it opens its clause and a verb (not a list) follows."""
    raw_before = text[max(0, start - 40) : start]
    before = raw_before.rstrip()
    prev = before[-1:] if before else ""
    opens_clause = (
        not before
        or "\n" in raw_before[len(before) :]
        or prev in '.:;—–(“"'
        or before.endswith(",")
        or (_CONJUNCTION_END_RE.search(before) is not None)
    )
    if before.endswith(","):
        # ", Chicago Mayor X," in a list of names is an object, not a subject.
        follows = text[end : end + 40]
        if _LIST_GOES_ON_RE.match(follows):
            return False
    if not opens_clause and before.endswith((" was", " were")):
        # "Joining Ryan was Sheriff Juan Ortiz, who ...": after an opening participle phrase the
        # subject follows its verb.
        return _INVERTED_LEADIN_RE.search(text, max(0, start - 100), start) is not None
    if not opens_clause:
        # "The county's longtime sheriff Bob Marks said": only modifiers stand between the clause
        # start and the name, so the name is still the subject.
        m = _MODIFIER_LEADIN_RE.search(raw_before)
        if m is None or not _LEADIN_BLOCKERS.isdisjoint(w.lower() for w in m.group(1).split()):
            return False
    follows = text[end : end + 60]
    return _CLAUSE_GOES_ON_RE.match(follows) is not None


# --- attribution ------------------------------------------------------------------------------


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence containing `pos`, not before `floor` (its paragraph start)."""
    lo = max(floor, pos - _LOOKBACK)
    best = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        word = _WORD_BEFORE_STOP_RE.search(text, max(lo, m.start() - 20), m.end())
        if word and _is_abbrev(word.group(1) + "."):
            continue
        if text[m.start()] == "." and text[m.end() : m.end() + 1].islower():
            continue  # ("Roe v. Hart et al. writing that": a sentence never goes on in lower case)
        # A period inside an open quotation does not end the outer sentence before the quote.
        best = m.end()
    return best


def _attribute(
    text: str,
    raw: _Raw,
    paragraphs: list[tuple[int, int]],
    people: _PeopleIndex,
    last_by_para: dict[int, _Speaker | None],
) -> _Speaker | None:
    if raw.speaker_hint is not None:
        name, title, span = raw.speaker_hint
        # "Effective Date: ..." is a heading; a person is titled or named as a person elsewhere.
        if title is None and not raw.vouched and not people.known(name, raw.start):
            return None
        return _Speaker(name, title, span)
    pstart, pend = paragraphs[raw.para_index]

    # A partial quotation of a document's words (`The ordinance bars officers from "inquiring into
    # ..." of anyone, Chief Rob Tate said.`) is the document's, whoever reports it.
    def documents() -> bool:
        return _is_fragment(text, raw) and _quotes_a_document(text, raw, pstart)

    # 1. After the closing mark: `," said X.` / `," X added.`
    if raw.close_pos is not None and _ends_open_clause(text, raw):
        close_end_para = _para_end_for(paragraphs, raw.close_pos)
        segment_end = close_end_para
        nxt = _MARK_RE.search(text, _past_close(text, raw.close_pos), close_end_para)
        if nxt is not None:
            segment_end = nxt.start()
        speaker = _after_attribution(text, _past_close(text, raw.close_pos), segment_end, people)
        if speaker is not None and not documents():
            return speaker
    # 1b. A signature after the quotation: `" — Jane Roe, Mayor of Springfield`.
    if raw.close_pos is not None:
        past = _past_close(text, raw.close_pos)
        m = _DASH_SIGNATURE_RE.match(text, past, _para_end_for(paragraphs, raw.close_pos))
        if m is not None:
            person = _person_from_run(m.group(1))
            if person is not None:
                title = person[1] or _apposition_title(text, m.end(1))
                return _resolve_name(person[0], title, _run_span(m.group(1), m.start(1)), people)
    # 1c. `Calling it "a long road," Chief Ana Ruiz thanked ...`: the quotation inside a participle
    # phrase that opens the sentence, or sets off its subject, is the words of that subject.
    if raw.close_pos is not None and raw.open_pos is not None:
        speaker = _participle_phrase_subject(text, raw, pstart, pend, people)
        if speaker is not None and not documents():
            return speaker
    # 2. Earlier in the same sentence: `X said: "` / `X said the ruling "`.
    if raw.open_pos is not None:
        sstart = _sentence_start(text, raw.open_pos, pstart)
        if sstart < raw.open_pos and text[raw.open_pos - 1] in ".!?":
            # `... of the Network."We are glad ...`: a period touching the opening mark ends the
            # sentence before it (unless it ends an abbreviation).
            word = _WORD_TOUCHING_STOP_RE.search(text, max(sstart, raw.open_pos - 20), raw.open_pos)
            if word is None or not _is_abbrev(word.group(1) + "."):
                sstart = raw.open_pos
        clause = _clause_after_quotation(text, sstart, raw.open_pos)
        if clause is not None and _before_attribution(text, clause, raw.open_pos, people) is None:
            # `Hart called it "...," the Civil Liberties Union condemned it as "..."`: a clause after
            # an earlier quotation has a subject of its own, and it names no person.
            raise _Unnamed
        if sstart < raw.open_pos:
            speaker = _before_attribution(text, sstart, raw.open_pos, people)
            if speaker is not None:
                return speaker
    elif raw.close_pos is None and raw.para_start < raw.start:
        # An inline statement block: its introduction is the text before it in the paragraph.
        speaker = _before_attribution(text, pstart, raw.start, people)
        if speaker is not None:
            return speaker
    # 3. The quotation is the second half of a split one: same paragraph, same speaker.
    # (Single marks count as a quotation only with an attribution of their own, in the sentence, or
    # as a sentence after one so attributed: `,' she said. 'We ...`.)
    if (
        raw.para_index in last_by_para
        and (_opens_sentence(text, raw, pstart) or _conjunction_opens(text, raw, pstart))
        and (
            not raw.single
            or (last_by_para[raw.para_index] is not None and _opens_sentence(text, raw, pstart))
        )
    ):
        # `," said Ruiz. Price disagreed. "...`: a sentence between them introduces someone else.
        between = _sentence_before(text, raw, pstart)
        if between is not None:
            speaker = _paragraph_speaker(text, between, raw.open_pos or raw.start, people)
            if speaker is not None:
                return speaker
        inherited = last_by_para[raw.para_index]
        if inherited is None:
            raise _Unnamed
        return inherited
    # 3b. "Smith said the ruling was wrong. "This is a disaster ..."": the sentence just before, in
    # the same paragraph, reports the person speaking.
    if (
        raw.open_pos is not None
        and raw.open_pos > pstart
        and _opens_sentence(text, raw, pstart)
        and not raw.single
    ):
        before_end = text[pstart : raw.open_pos].rstrip()
        if before_end.endswith(":"):
            # `..., he says, is long. So is the number: "..."`: a short clause naming no one hands the
            # quotation to the sentence before it.
            before_end = _narrated_lead_in(text, pstart, pstart + len(before_end))
        if before_end.endswith((".", "!", "?")) and _MARK_RE.search(before_end) is None:
            speaker = _paragraph_speaker(text, pstart, pstart + len(before_end), people)
            if speaker is not None:
                return speaker
    # 3c. `The policy has "cultivated a culture of fear" among residents, Chief Rosa Delgado said.`:
    # a partial quotation whose sentence ends with its attribution, past any later quotation.
    if raw.close_pos is not None and _is_embedded(text, raw):
        tail = _trailing_attribution(text, _past_close(text, raw.close_pos), pend)
        if tail is not None and not documents():
            speaker = _after_attribution(text, tail[0], tail[1], people)
            if speaker is not None:
                return speaker
    if raw.single:
        return None
    # 4. An introducing paragraph ending with a colon.
    if raw.start - pstart <= 1 and raw.para_index > 0:
        ppstart, ppend = paragraphs[raw.para_index - 1]
        prev = text[ppstart:ppend].rstrip()
        if prev.endswith(":"):
            colon = ppstart + len(prev) - 1
            sstart = _sentence_start(text, colon, ppstart)
            # ("Below is Hart's full statement:": the colon itself marks a writing's words as its owner's.)
            unnamed: _Unnamed | None = None
            try:
                speaker = _before_attribution(text, sstart, colon, people) or _before_attribution(
                    text, sstart, colon + 1, people
                )
            except _Unnamed as e:
                # "X issued the following statement on the report, which found that ...:": a verb in a
                # clause about the report is not what introduces the statement.
                speaker, unnamed = None, e
            if speaker is not None:
                return speaker
            # "X issued this statement after ... . It was ... :": the statement sentence comes earlier.
            for m in _STATEMENT_INTRO_RE.finditer(text, ppstart, colon):
                sstart = _sentence_start(text, m.start(), ppstart)
                speaker = _before_attribution(text, sstart, m.end(), people)
                if speaker is not None:
                    return speaker
            if unnamed is not None:
                raise unnamed
        elif "following" in prev:
            # "X issued the following statement after the ruling." over a paragraph of X's words: "the
            # following" points at them even where the sentence ends with a period.
            for m in _STATEMENT_INTRO_RE.finditer(text, ppstart, ppend):
                if m.group(0).split()[1] != "the" or "following" not in m.group(0):
                    continue
                sstart = _sentence_start(text, m.start(), ppstart)
                speaker = _before_attribution(text, sstart, m.end(), people)
                if speaker is not None:
                    return speaker
        heading = _STATEMENT_HEADING_RE.match(prev)
        if heading is not None and prev[-1:] not in _TERMINAL:
            return _speaker_after(text, ppstart + heading.end(), people, required=False)
        header = _header_speaker(text, ppstart, ppstart + len(prev), people)
        if header is not None:
            return header
        # A paragraph that is one quotation, right after a paragraph quoting a named person, goes on
        # quoting that person. (So does one whose opening mark is never closed: a quotation running
        # on to where the text was cut off.)
        unclosed = raw.close_pos is None and raw.open_pos is not None
        if (unclosed or (raw.close_pos is not None and _para_is_quote(text, raw, pend))) and not (
            _READS_AS_DOCUMENT_RE.match(text, raw.start)
        ):
            previous = last_by_para.get(raw.para_index - 1)
            if previous is not None:
                return previous
            # "Mayor Jane Roe said Tuesday that ..." and then her words in a paragraph of their own.
            if raw.para_index - 1 not in last_by_para:
                speaker = _paragraph_speaker(text, ppstart, ppend, people)
                if speaker is not None:
                    return speaker
                speaker = _speaker_past_narrative(
                    text, (ppstart, ppend), last_by_para.get(raw.para_index - 2)
                )
                if speaker is not None:
                    return speaker
    # 5. A statement block: a paragraph that is one quotation (after a wire dateline at most), signed
    # by the next paragraph or introduced by a "Statement by ..." heading above it.
    if (
        raw.close_pos is not None
        and raw.open_pos is not None
        and _para_is_quote(text, raw, pend)
        and _DATELINE_ONLY_RE.fullmatch(text, pstart, raw.open_pos)
    ):
        return _statement_signer(text, raw.para_index, paragraphs, people)
    return None


_PHRASE_PARTICIPLE = r"(?:[Cc]alling|[Dd]escribing|[Ll]abell?ing|[Dd]ubbing|[Bb]randing|[Tt]erming)"
# `Calling it ` / `After describing the vote as ` before the opening mark, from the sentence start.
_OPENING_PARTICIPLE_RE = _deferred(
    rf"\s*(?:(?:After|While|Before|In)\s+)?{_PHRASE_PARTICIPLE}\s[^“”\"\n.;:,]{{0,60}}$"
)
# `Jo Hart, calling it ` before the opening mark: the subject, then the phrase set off by a comma.
_SUBJECT_PARTICIPLE_RE = _deferred(rf"\s*({_RUN}),\s+{_PHRASE_PARTICIPLE}\s[^“”\"\n.;:,]{{0,60}}$")
# What reads as the subject's verb after the phrase ("has", "will" and an adverb may come first).
_PHRASE_VERB = (
    r"\s+(?:(?:has|had|will|would|also|then|[a-z]\w*ly)\s+){0,2}"
    r"(?!(?:is|was|and|or|who|which)\b)(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|made|took|gave|sent|led)\b"
)
# After the closing mark: the subject, perhaps with an apposition set off by commas, then its verb.
_SUBJECT_AFTER_PHRASE_RE = _deferred(rf"[,\s]*({_RUN})(?:,[^,;:“”\"\n]{{3,140}},)?(?={_PHRASE_VERB})")
_VERB_AFTER_PHRASE_RE = _deferred(rf"[,\s]*(?={_PHRASE_VERB})")


# A clause of its own after a quotation's closing mark: a capitalized subject, then a verb.
_CLAUSE_AFTER_CLOSE_RE = _deferred(
    r",?\s+(?:(?:and|but|while|whereas)\s+)?(?P<subject>)(?=(?:the\s+)?[A-Z])"
    r"(?:(?:the|[A-Z][\w.’'&-]*|\([A-Z]{2,8}\)|of|for|on)\s+){1,8}?(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|said|says)\b"
)


def _clause_after_quotation(text: str, sstart: int, open_pos: int) -> int | None:
    """Where a clause with its own subject starts after an earlier quotation closed in the sentence."""
    close = text.rfind("”", sstart, open_pos)
    if close < 0:
        close = text.rfind(',"', sstart, open_pos)
        close = close + 1 if close >= 0 else -1
    if close < 0:
        return None
    m = _CLAUSE_AFTER_CLOSE_RE.match(text, close + 1, open_pos)
    return m.start("subject") if m is not None else None


def _participle_phrase_subject(
    text: str, raw: _Raw, pstart: int, pend: int, people: _PeopleIndex
) -> _Speaker | None:
    assert raw.open_pos is not None and raw.close_pos is not None
    sstart = _sentence_start(text, raw.open_pos, pstart)
    if "ing" not in text[sstart : raw.open_pos]:
        return None
    if _OPENING_PARTICIPLE_RE.match(text, sstart, raw.open_pos) is not None:
        m = _SUBJECT_AFTER_PHRASE_RE.match(text, _past_close(text, raw.close_pos), pend)
        run, at = (m.group(1), m.start(1)) if m is not None else (None, 0)
    else:
        m = _SUBJECT_PARTICIPLE_RE.match(text, sstart, raw.open_pos)
        if m is None or _VERB_AFTER_PHRASE_RE.match(text, _past_close(text, raw.close_pos), pend) is None:
            return None
        run, at = m.group(1), m.start(1)
    person = _person_from_run(run) if run is not None else None
    # (One capitalized word, "Texas lawmakers", is no named subject unless a title makes it one.)
    if run is None or person is None or (len(person[0].split()) < 2 and person[1] is None):
        return None
    return _resolve_name(person[0], person[1], _run_span(run, at), people)


def _statement_signer(
    text: str, index: int, paragraphs: list[tuple[int, int]], people: _PeopleIndex
) -> _Speaker | None:
    """The person who signs the statement paragraph at `index`: a line after it that only names them
    ("Springfield City Attorney Jane Roe", "Jane Roe, Mayor of Springfield"), or else a "Statement by
    Mayor Jane Roe" heading right above it."""
    if index + 1 < len(paragraphs):
        nstart, nend = paragraphs[index + 1]
        signer = _header_speaker(text, nstart, nend, people)
        m = None if signer is not None else _SIGNATURE_LINE_RE.fullmatch(text, nstart, nend)
        if m is not None:
            person = _person_from_run(m.group(1))
            title = _role_title(m.group(2)) if person is not None else None
            # the office must hold a title word: "Salem, Oregon" under a statement signs nothing
            if person is not None and title is not None and len(person[0].split()) >= 2:
                signer = _resolve_name(
                    person[0], person[1] or title, _run_span(m.group(1), m.start(1)), people
                )
        if signer is not None:
            return signer
    if index > 0:
        hstart, hend = paragraphs[index - 1]
        heading = _STATEMENT_HEADING_RE.match(text, hstart, hend)
        if heading is not None and text[hstart:hend].rstrip()[-1:] not in _TERMINAL:
            return _speaker_after(text, heading.end(), people, required=False)
        return _titled_statement(text, index, paragraphs, people)
    return None


_HEADER_REACH = 12  # paragraphs of a release's header (date, office, contacts, links) above its statement
_HEADER_LINE = 120  # a header line is short: longer ones are prose
# `Mayor Jo Hart Statement on ...`, `Governor Al Day’s Statement Regarding ...`, `Jo Hart Issues
# Statement on ...`: a release titled by whose statement it is, the name first.
_NAME_STATEMENT_TITLE_RE = _deferred(
    rf"[ \t]*({_RUN})[ \t]+(?:Issues[ \t]+|Releases[ \t]+)?(?:Statement|Remarks)"
    r"(?:[ \t]+(?:on|regarding|about|after|following|in|upon|concerning)\b|[ \t]*$)"
)

# A title's topic opening with a capitalized preposition ("... Regarding the Ruling").
_TITLE_TOPIC_RE = _deferred(r"[ \t]+(?:Regarding|Concerning|On|About|After|Following|Upon|In)\b")


def _titled_statement(
    text: str, index: int, paragraphs: list[tuple[int, int]], people: _PeopleIndex
) -> _Speaker | None:
    """A release titled "Statement of Attorney General Jo Hart on ..." (or "Jo Hart Statement on
    ...") whose only body is the statement paragraph at `index`, with header lines between (a date,
    an office, contacts, links): the statement is the titled person's. Any prose or quotation between
    leaves it unnamed."""
    for back in range(index - 1, max(-1, index - 1 - _HEADER_REACH), -1):
        hstart, hend = paragraphs[back]
        line = text[hstart:hend].strip()
        if not line:
            continue
        if len(line) > _HEADER_LINE * 2 or _MARK_RE.search(line) is not None:
            return None
        # ("For Further Information:", "Media Contact:": a label's colon ends no sentence.)
        if line[-1:] in _TERMINAL and not (line[-1] == ":" and _word_count(line) <= 4):
            return None
        if "tatement" in line or "emarks" in line:
            heading = _STATEMENT_HEADING_RE.match(text, hstart, hend)
            if heading is not None:
                m = _RUN_START_RE.match(text, heading.end(), hend)
                tail = _TITLE_TOPIC_RE.search(m.group(1)) if m is not None else None
                if m is not None and tail is not None:
                    # `Statement from Governor Al Day Regarding ...`: the topic's capitalized
                    # preposition ends the name.
                    run = m.group(1)[: tail.start()]
                    person = _person_from_run(run)
                    if person is not None:
                        return _resolve_name(person[0], person[1], _run_span(run, m.start(1)), people)
                return _speaker_after(text, heading.end(), people, required=False)
            m = _NAME_STATEMENT_TITLE_RE.match(text, hstart, hend)
            if m is not None:
                run = _POSSESSIVE_END_RE.sub("", m.group(1)).removesuffix(" Issues").removesuffix(" Releases")
                person = _person_from_run(run)
                # ("Joint Statement on ...", "Press Statement": one untitled word names no one.)
                if person is not None and (person[1] is not None or " " in person[0]):
                    return _resolve_name(person[0], person[1], _run_span(run, m.start(1)), people)
        if len(line) > _HEADER_LINE:
            return None
    return None


# What may stand before a signed statement in its paragraph: nothing, or a dateline ending in a dash
# ("AUSTIN, Texas, June 2, 2020 /Wire/ --"), never words that could introduce someone.
_DATELINE_ONLY_RE = _deferred(r"\s*(?:[^\n“”\"]{1,160}?[ \t](?:--|—|–)[ \t]*)?")
# A signature line: a full name, a comma and the signer's office ("Jane Roe, Mayor of Springfield").
_SIGNATURE_LINE_RE = _deferred(
    rf"[ \t]*(?:(?:—|–|--?)[ \t]*)?({_RUN}),[ \t]*([{_UP}][^\n,;:“”\"]{{1,100}}?)[ \t.]*"
)


# What may stand before a signed statement in its paragraph: nothing, or a dateline ending in a dash
# ("AUSTIN, Texas, June 2, 2020 /Wire/ --"), never words that could introduce someone.
_DATELINE_ONLY_RE = _deferred(r"\s*(?:[^\n“”\"]{1,160}?[ \t](?:--|—|–)[ \t]*)?")


# A document's own voice ("The purpose of this policy is ...", "This order shall ..."): a paragraph
# quoting it, with no one's attribution of its own, quotes the document, not the person named before.
_DOCUMENT_NOUNS = (
    "policy|order|directive|ordinance|section|chapter|article|act|resolution|procedure|memorandum"
    "|agreement|rule|regulation|guideline|protocol"
)
_READS_AS_DOCUMENT_RE = _deferred(
    rf"\s*(?:The\s+(?:purpose|intent|goal|scope|objective)\s+of\s+this\s+(?:[\w-]+\s+)?(?:{_DOCUMENT_NOUNS})\b"
    rf"|This\s+(?:[\w-]+\s+)?(?:{_DOCUMENT_NOUNS})\s+"
    r"(?:shall|applies|establishes|sets\s+forth|is\s+intended|governs|supersedes)\b"
    r"|It\s+is\s+(?:hereby\s+)?the\s+policy\s+of\b)"
)


def _narrated_lead_in(text: str, pstart: int, colon_end: int) -> str:
    """The paragraph before a short lead-in that ends with a colon and names no one ("So is the
    number:", "The reason:"); "" when the lead-in is longer, names someone or reports speech."""
    sstart = _sentence_start(text, colon_end - 1, pstart)
    lead = text[sstart:colon_end]
    words = lead.split()
    if sstart <= pstart or len(words) > _LEAD_IN_WORDS or _INTRO_VERB_RE.search(lead):
        return ""
    if any(w[:1].isupper() for w in words[1:]):
        return ""
    return text[pstart:sstart].rstrip()


def _header_speaker(text: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """A line that only names a person over their statement, as a release lists several ("Denver,
    CO Mayor Ana Ruiz" and her words below it): the person, when titled or named in full."""
    m = _NAME_HEADER_RE.fullmatch(text, start, end)
    if m is None:
        return None
    person = _person_from_run(m.group(1))
    if person is None or (person[1] is None and len(person[0].split()) < 2):
        return None
    return _resolve_name(person[0], person[1], _run_span(m.group(1), m.start(1)), people)


def _speaker_past_narrative(text: str, between: tuple[int, int], speaker: _Speaker | None) -> _Speaker | None:
    """A paragraph that is one unattributed quotation, one paragraph of narrative after a quotation
    of `speaker`: when the narrative is about that speaker (the first person it names), the story
    goes on quoting them, as news and press-release style does."""
    if speaker is None or _MARK_RE.search(text, between[0], between[1]) is not None:
        return None
    surname = speaker.name.split()[-1]
    for m in _ANY_RUN_RE.finditer(text, between[0], between[1]):
        person = _person_from_run(m.group(1))
        if person is None:
            continue
        if person[0].split()[-1] == surname and (person[0] == surname or person[0] == speaker.name):
            return speaker
        if person[1] is not None or len(person[0].split()) > 1:
            return None  # someone else is named first: whose words follow is unclear
    return None


_MEMO_WORD_RE = _deferred(r"\b(?:memo|memorandum|e-?mail)\b", re.I)
_AUTHOR_POSSESSIVE_RE = _deferred(rf"({_RUN})[’']s\s+(?:[\w-]+\s+)?$")
_MEMO_RE = _deferred(r"(?:memo|memorandum)s?\b")


def _last_document_says(clause: str) -> re.Match[str] | None:
    """The last place the clause makes a document the subject of a verb giving its content."""
    doc = max(_DOCUMENT_SAYS_RE.finditer(clause), key=lambda d: d.start(), default=None)
    if doc is not None and _AUTHOR_POSSESSIVE_RE.search(clause, 0, doc.start()) and _MEMO_RE.match(doc.group(0)):
        # `Hart's memo to the jail director read:`: a writing under its author's name is the author's words.
        return None
    if (
        doc is not None
        and "who" in clause
        and _NOUN_THEN_COMMA_RE.match(doc.group(0))
        and _WHO_APPOSITION_OPEN_RE.search(clause, 0, doc.start())
    ):
        # `Jo Hart, who wrote the ordinance, says the law "...`: the document closes a relative
        # apposition on the person, so the verb after its comma is the person's, not the document's.
        return None
    if (
        doc is not None
        and doc.group(0).endswith("saying")
        and _COMMA_SAYING_RE.search(doc.group(0)) is not None
        and (
            _ISSUED_OBJECT_RE.search(clause, 0, doc.start()) is not None
            or _VERB_BEFORE_OBJECT_RE.search(clause, 0, doc.start()) is not None
        )
    ):
        # `Jo Hart issued her own guidance, saying the rules are "...`, `Hart denounced the directive,
        # saying in a statement, "...`, `Hart said it obeys federal law, saying that "...`: a
        # participle after the comma closing a verb's object speaks for the verb's subject, not for
        # the object.
        return None
    return doc


_ISSUED_OBJECT_RE = _deferred(
    r"\b(?:issued|released|filed|sent|wrote|published|posted|signed|drafted|unveiled)"
    r"(?:\s+(?:a|an|the|his|her|their|own|new|latest|formal|written))*\s*$"
)
_COMMA_SAYING_RE = _deferred(r"^\w+(?:\s+\w+){0,3},\s+saying$")
# A finite verb before the document noun: the noun is an object, not the clause's subject.
_VERB_BEFORE_OBJECT_RE = _deferred(
    r"\b(?:[a-z]{2,}ed|said|says|told|wrote|sent|took|hit|fought|does|did|is|was|has|had|slammed)\b"
)


def _quotes_a_document(text: str, raw: _Raw, pstart: int) -> bool:
    """The clause before the opening mark makes a document the subject of a verb giving its content."""
    assert raw.open_pos is not None
    clause = text[_sentence_start(text, raw.open_pos, pstart) : raw.open_pos]
    doc = _last_document_says(clause)
    return doc is not None and not any(v.start() >= doc.end() for v in _VERB_RE.finditer(clause))


def _is_embedded(text: str, raw: _Raw) -> bool:
    """The sentence goes on after the closing mark: the quotation ends no sentence of its own."""
    assert raw.close_pos is not None
    inner = text[raw.start : raw.close_pos].rstrip()
    after = text[_past_close(text, raw.close_pos) : raw.close_pos + 40].lstrip()
    return not inner.endswith((".", "!", "?")) and after[:1] not in (".", "!", "?", "")


# The last clause of a sentence when it is an attribution: `, Chief Rosa Delgado said`, `, he
# added Tuesday`, `, the attorney general said`, `, said Professor Lena Marsh of Pine Law School`.
_TRAILING_ATTRIBUTION_RE = _deferred(
    rf"(?:^|,)\s+(?:(?:{_ATTRIBUTION_VERBS}|according\s+to)\s+\S.{{0,150}}"
    rf"|(?:he|she|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?|{_RUN}(?:\s*\([^()]{{1,40}}\))?)"
    rf"\s+(?:[a-z]\w*ly\s+)?(?:{_ATTRIBUTION_VERBS})(?:\s+[\w’'.-]+){{0,4}})$"
)


# (`..., he said, prompting loud applause.`, `..., she said, drawing cheers.`: what the words did or
# how they were said. Not "acting" or "presiding": those open a title before a name.)
_PARTICIPLE_CLAUSE_RE = _deferred(
    r",\s+(?:adding|noting|explaining|saying|arguing|warning|citing|pointing|calling|referring"
    r"|prompting|drawing|eliciting|earning|sparking|triggering|receiving|getting|gesturing|pausing"
    r"|smiling|laughing|shaking|nodding|choking|fighting|holding|wiping|waving|echoing)\b[^,]*$"
)


def _trailing_attribution(text: str, pos: int, pend: int) -> tuple[int, int] | None:
    """(start, end) of the attribution ending the sentence that goes on at `pos`, passing over
    quotations in it, when its last clause is one. (A sentence is shorter than `_LOOKBACK`; the
    bound keeps a paragraph without stops from being walked once per quotation.)"""
    pend = min(pend, pos + _LOOKBACK)
    clause_start = pos
    while True:
        mark = _MARK_RE.search(text, clause_start, pend)
        stop = _sentence_stop(text, clause_start, mark.start() if mark else pend)
        if stop is not None:
            break
        if mark is None:
            stop = pend
            break
        close = _MARK_RE.search(text, mark.end(), pend)
        if close is None:
            return None
        clause_start = close.end()
    clause = text[clause_start:stop].rstrip().rstrip(".!?")
    # `..., Chief Ana Ruiz said, adding that morale is low.`: a participle clause after the
    # attribution adds to it.
    participle = _PARTICIPLE_CLAUSE_RE.search(clause)
    if participle is not None:
        clause = clause[: participle.start()]
    m = _TRAILING_ATTRIBUTION_RE.search(clause)
    if m is None:
        return None
    return clause_start + m.start() + (clause[m.start()] == ","), clause_start + len(clause)


def _sentence_stop(text: str, start: int, end: int) -> int | None:
    """The first sentence end in [start, end) that is no abbreviation's period."""
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        word = _WORD_BEFORE_STOP_RE.search(text, max(start, m.start() - 20), m.end())
        if word and _is_abbrev(word.group(1) + "."):
            continue
        return m.start() + 1
    return None


def _sentence_before(text: str, raw: _Raw, pstart: int) -> int | None:
    """The start of the sentence right before the quotation, when it holds no quotation mark."""
    pos = raw.open_pos if raw.open_pos is not None else raw.start
    before = text[pstart:pos].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    start = _sentence_start(text, pstart + len(before) - 1, pstart)
    return None if _MARK_RE.search(text, start, pstart + len(before)) else start


def _only_terms_quoted(body: str) -> bool:
    """Every quotation mark in `body` pairs into a term of fewer than `MIN_WORDS` words (a "sanctuary
    state" in the lead of a release): such a paragraph still introduces the statement after it."""
    spans = list(_QUOTED_SPAN_RE.finditer(body))
    if any(_word_count(m.group(0)) >= MIN_WORDS for m in spans):
        return False
    return _MARK_RE.search(_QUOTED_SPAN_RE.sub("", body)) is None


def _paragraph_speaker(text: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """The person the last sentence of a paragraph reports as speaking, if any."""
    body = text[start:end].rstrip()
    if _MARK_RE.search(body) is not None and not _only_terms_quoted(body):
        return None
    last = _sentence_start(text, start + max(0, len(body) - 2), start)
    try:
        speaker = _before_attribution(text, last, start + len(body), people)
    except _Unnamed:
        return None
    return (
        speaker
        or _short_subject_sentence(text, last, start + len(body), people)
        or _sent_writing_subject(text, last, start + len(body), people)
    )


# `President Jo Hart expressed support for students via an email to campus.` over a paragraph that is
# only a quotation: the words are the writing the subject sent. (Not `in a letter from the council`
# nor a passive `was criticized in a letter`: the writing there is someone else's.)
_SENT_WRITING_RE = _deferred(
    r"\b(?:in|via|through)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:email|e-mail|letter|message|memo|statement)\b(?!\s+(?:from|by|signed)\b)"
)


_LOWER_TITLE_LEAD_RE = _deferred(rf"\s*(?:[{_UP}][\w.&’'-]*\s+){{1,3}}([a-z]+)\s+(?=[{_UP}])")


def _sent_writing_subject(text: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    sentence = text[start:end]
    writing = _SENT_WRITING_RE.search(sentence)
    if writing is None or _PASSIVE_RE.search(sentence) is not None:
        return None
    # The subject opens the sentence or follows an opening phrase closed by a comma ("Expecting news
    # of changes this week, President Jo Hart wrote in a letter").
    commas = [start + i + 1 for i, ch in enumerate(sentence[: writing.start()]) if ch == ","]
    for begin in [start, *commas[:3]]:
        # ("Pine College president Jo Hart ...": an institution and a lowercase title before the name.)
        lead = _LOWER_TITLE_LEAD_RE.match(text, begin, end)
        if lead is not None and lead.group(1) in _TITLE_STRIPPED:
            begin = lead.end()
        m = _CLAUSE_SUBJECT_RE.match(text, begin, end)
        person = _person_from_run(m.group(1)) if m is not None else None
        # (A lone capitalized word opening the sentence, "Expecting news ...", is no name.)
        if m is not None and person is not None and len(person[0].split()) > 1:
            return _resolve_name(person[0], person[1], _run_span(m.group(1), m.start(1)), people)
    return None


_SHORT_SENTENCE_WORDS = 8
# Sentences saying the person did not speak: a quotation after them is someone else's.
_SILENT_RE = _deferred(
    r"\b(?:declined|refused|did\s+not|didn't|could\s+not|couldn't|not\s+be\s+reached|no\s+comment"
    r"|did\s+not\s+respond|was\s+not\s+available|unavailable)\b"
)
_PASSIVE_RE = _deferred(r"\b(?:was|were|is|are|been|being|got)\s+(?:[a-z]\w*ly\s+)?\w+(?:ed|en)\b")
# Verbs of answering someone: the subject answers, so a name after the verb is whom they answer
# ("Mayor Jo Hart rejected Roe's letter."), and the quotation after the sentence is the answer.
_ANSWER_VERB = (
    r"(?:rejected|dismissed|responded|replied|countered|disputed|rebuffed|disagreed|objected"
    r"|(?:pushed|fired|hit|shot)\s+back)"
)
_ANSWER_AFTER_RE = _deferred(rf"\s+(?:[a-z]\w*ly\s+)?{_ANSWER_VERB}\b")
# `The Pine County sheriff disagreed.`: a title noun, perhaps after its place, as the subject.
_TITLE_NOUN_ANSWERS_RE = _deferred(
    rf"[Tt]he\s+(?:[{_UP}][\w.’'-]*\s+){{0,3}}([a-z][\w-]*)(?=\s+(?:[a-z]\w*ly\s+)?{_ANSWER_VERB}\b)"
)


# `Sheriff Ron Hale of Harris County also appeared before the committee.`: the subject comes forward
# to speak, so the quotation after the sentence is theirs however long the sentence and whatever else
# it names.
_APPEARANCE_AFTER = (
    rf"(?:\s*\([^()\n]{{1,40}}\))?(?:\s+(?:of|from)\s+(?:the\s+)?[{_UP}][\w.’'-]*(?:\s+[{_UP}][\w.’'-]*){{0,3}})?"
    r"\s+(?:also\s+|then\s+|later\s+|today\s+|yesterday\s+|[a-z]\w*ly\s+)?(?:appeared\s+(?:before|at)|(?:spoke|talked)\s+(?:before|at|to|with)"
    r"|addressed|took\s+the\s+(?:podium|stand|floor|microphone|mic|lectern)|stepped\s+(?:up|forward)\s+to"
    r"|reacted\s+to)\b"
)
_APPEARANCE_AFTER_RE = _deferred(_APPEARANCE_AFTER)


# What a speaker may hold up and read from: the words after a colon are then the paper's.
_PAPER_RE = _deferred(
    r"\b(?:letter|report|memo|email|e-mail|post|tweet|petition|statute|law|bill|policy"
    r"|order|directive|ordinance|resolution|agreement|rule|regulation)s?\b"
)
_APPEARING_COLON_RE = _deferred(rf"(?:^\s*|,\s+)({_RUN})(?={_APPEARANCE_AFTER})[^“”\".;]*:\s*$")


def _short_subject_sentence(text: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """`Sheriff Lou Grant was blunt.` right before a quotation: a short sentence whose subject is a
    named person and which says nothing but how they spoke introduces that person's words."""
    sentence = text[start:end].strip()
    if not sentence.rstrip('”"').endswith("."):
        return None
    if len(sentence.split()) > _SHORT_SENTENCE_WORDS:
        return _appearing_subject(text, start, sentence, people)
    if _PASSIVE_RE.search(sentence) or re.search(r"\d", sentence) or _SILENT_RE.search(sentence):
        return None  # `Tom Brandt was arrested Friday.`: something happened to them; they did not speak
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    titled = _TITLE_NOUN_ANSWERS_RE.match(sentence) if sentence[:3] in ("The", "the") else None
    if titled is not None:
        try:
            return _resolve_title_noun(titled.group(1), start + lead, people)
        except _Unnamed:
            return None
    m = _RUN_START_RE.match(sentence)
    if m is None or not re.match(r"\s+(?:[a-z]\w*ly\s+)?[a-z]", sentence[m.end(1) :]):
        return None
    rest = sentence[m.end(1) :].split()
    if _ANY_RUN_RE.search(" ".join(rest)) is not None and not _ANSWER_AFTER_RE.match(sentence, m.end(1)):
        return None  # another name in the sentence: whose words follow is unclear
    person = _person_from_run(m.group(1))
    if person is None or (
        len(person[0].split()) < 2 and person[1] is None and not people.known(person[0], start)
    ):
        return None
    span = _run_span(m.group(1), start + lead + m.start(1))
    return _resolve_name(person[0], person[1], span, people)


_TIME_OPENER_RE = _deferred(r"(?:After|Before|At)\s[^,;:“”\"]{1,60},\s+")
_APPEARANCE_MAX_WORDS = 40  # a release's lead: who, what they reacted to, and what that does
_CAPS_DATELINE_RE = _deferred(r"[A-Z][A-Z.,’' ]{2,40}[ \t]*(?:—|–|--?)[ \t]*(?=[A-Z][a-z])")


def _appearing_subject(text: str, start: int, sentence: str, people: _PeopleIndex) -> _Speaker | None:
    """The named subject of a sentence saying they came forward to speak (`_APPEARANCE_AFTER_RE`)."""
    if len(sentence.split()) > _APPEARANCE_MAX_WORDS or _SILENT_RE.search(sentence):
        return None
    # (`SACRAMENTO – Senator Ted Gable ...`: a release's dateline comes before the subject.)
    dateline = _CAPS_DATELINE_RE.match(sentence)
    at = dateline.end() if dateline is not None else 0
    # (`After signing the bill, Jo Hart spoke with reporters.`: a time clause may come first.)
    opener = _TIME_OPENER_RE.match(sentence, at) if sentence[at : at + 1] in "AB" else None
    at = opener.end() if opener is not None else at
    m = _RUN_START_RE.match(sentence, at)
    if m is None or _APPEARANCE_AFTER_RE.match(sentence, m.end(1)) is None:
        return None
    person = _person_from_run(m.group(1))
    if person is None or (len(person[0].split()) < 2 and not people.known(person[0], start)):
        return None
    lead = len(text[start:]) - len(text[start:].lstrip())
    return _resolve_name(person[0], person[1], _run_span(m.group(1), start + lead + m.start(1)), people)


def _para_is_quote(text: str, raw: _Raw, pend: int) -> bool:
    assert raw.close_pos is not None
    return not text[_past_close(text, raw.close_pos) : pend].strip()


def _para_end_for(paragraphs: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        if paragraphs[mid][0] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return paragraphs[max(lo - 1, 0)][1]


_INNER_END = frozenset(",?!.…")


def _ends_open_clause(text: str, raw: _Raw) -> bool:
    """True when the words after the closing mark continue the sentence (`," she said`)."""
    assert raw.close_pos is not None
    inner = text[raw.start : raw.close_pos].rstrip()
    if inner.endswith(("'", "’")) and inner[-2:-1] in _INNER_END:
        # `... we asked, 'who will run it?'" Roe asked.`: a quotation nested at the end keeps the
        # punctuation that ends the outer one inside its own mark.
        inner = inner[:-1]
    past = _past_close(text, raw.close_pos)
    after = text[past : past + 2]
    if inner.endswith((",", "?", "!", "—", "–", "-", "…")) or after.startswith(","):
        return True
    follows = text[past : past + 119]
    if inner.endswith("."):
        # `...wrong." she said.`: a period where a comma belongs, then the attribution.
        return (
            _MISPUNCTUATED_ATTRIBUTION_RE.match(follows) is not None
            or _ATTRIBUTION_SENTENCE_RE.match(follows) is not None
        )
    return re.match(r"\s+[a-z]", follows) is not None or _NAME_VERB_RE.match(follows) is not None


def _opens_sentence(text: str, raw: _Raw, pstart: int) -> bool:
    pos = raw.open_pos if raw.open_pos is not None else raw.start
    before = text[pstart:pos].rstrip()
    return not before or before.endswith((".", "?", "!", ":", "”", '"', ";"))


def _conjunction_opens(text: str, raw: _Raw, pstart: int) -> bool:
    """`... Judge Roe wrote. While "the record ...`: a sentence whose only word before the quotation
    is a conjunction goes on quoting, with no subject of its own to say someone else speaks."""
    if raw.open_pos is None:
        return False
    before = text[max(pstart, raw.open_pos - 40) : raw.open_pos].rstrip()
    m = _CONJUNCTION_LEAD_RE.search(before)
    if m is None or not before[: m.start()].rstrip().endswith((".", "?", "!", '"', "”")):
        return False
    # (`But "we stay," residents chanted.`: words closed by a comma have an attribution of their own.)
    return raw.close_pos is None or not text[raw.start : raw.close_pos].rstrip().endswith(",")


def _after_attribution(text: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """The speaker named in the words right after a closing mark, up to the next mark."""
    segment = text[start:end]
    stripped = segment.lstrip(", ")
    offset = start + len(segment) - len(stripped)
    m = _AFTER_READ_RE.match(stripped) if stripped[:12].count("h") else None
    owner = stripped[m.start(1) - 4 : m.start(1) - 1].lower() if m is not None else ""
    if m is not None and owner in ("his", "her") and m.group(1).lower() in _WRITING_ENDS:
        # `," said her statement.`: the writing of the person the pronoun refers to.
        return _resolve_pronoun(offset + m.start(1) - 4, "he" if owner == "his" else "she", people)
    m = _AFTER_READ_RE.match(stripped) if stripped[:1] in "rsR" else None
    if m is not None and m.group(1).lower() in _WRITING_ENDS:
        # `," stated the letter signed by Mayor Jo Hart and Chief Bo Lin.`: the writing's first signer
        # wrote it; the verb's object is no speaker.
        author = _AUTHOR_AFTER_RE.match(stripped, m.end())
        person = _person_from_run(author.group(1)) if author is not None else None
        if author is not None and person is not None:
            span = _run_span(author.group(1), offset + author.start(1))
            return _resolve_name(person[0], person[1], span, people)
    # `," said Attorney General Jeff Sessions.` / `," said the mayor.` / `," according to X.`
    m = _AFTER_VERB_FIRST_RE.match(stripped) or _ACCORDING_RE.match(stripped)
    if m is not None:
        return _speaker_after(text, offset + m.end(), people, required=True)
    m = _AFTER_READ_RE.match(stripped)
    if m is not None:
        # `," read a letter sent from Deputy Attorney General Bo Lin to ...`: the author follows.
        author = _AUTHOR_AFTER_RE.match(stripped, m.end())
        if author is not None:
            person = _person_from_run(author.group(1))
            if person is not None:
                span = _run_span(author.group(1), offset + author.start(1))
                return _resolve_name(person[0], person[1], span, people)
        return _speaker_of_document(text, offset, m.group(1), people)
    if _CONJUNCTION_START_RE.match(stripped):
        return None  # `," while Council Member Dale Price called it "...`: a new clause about someone else
    m = _WRITING_SAID_RE.match(stripped)
    if m is not None:
        # The writing's words are its author's where the text introduced it with one ("a May 2 memo
        # from Sheriff Jo Hart"); a writing of no named author stays unnamed below.
        writer = _author_of_writing(text, offset, m.group(1).lower(), people)
        if writer is not None:
            return writer
    m = _AFTER_OUTLET_QUOTED_RE.match(stripped) if "quoted" in stripped[:90] else None
    person = _person_from_run(m.group(1)) if m is not None else None
    if m is not None and person is not None:
        # `," the Daily Star quoted Jo Hart.`: the outlet relays the words of the one it quoted.
        span = _run_span(m.group(1), offset + m.start(1))
        return _resolve_name(person[0], person[1], span, people)
    m = _AFTER_SUBJECT_FIRST_RE.match(stripped)
    if m is not None and re.match(rf"and\s+(?:[{_UP}]|(?:the|a|an)\s)", m.group(1)):
        return None  # `," and Mayor Jo Hart said he ...`: a new clause about someone else
    if m is not None and _SUBJECT_CONJUNCTION_RE.search(m.group(1)):
        return None  # `" law, but Sen. Lee Grant said the bill ...`: a new clause about someone else
    if (
        m is not None
        and m.group(1).endswith(",")
        and _within_sentence(m.group(1))
        and re.match(rf"\s+(?:the\s+)?[{_UP}]", stripped[m.end() :])
        # `," Jo Hart, who wrote the bill, told WXYZ.`: the name after "told" is the listener.
        and not stripped[m.end() - 5 : m.end()].lower().endswith(("told", "tells"))
    ):
        # `" to keep them here than in Adelanto, said Supervisor Jo Hart.`: a verb after the comma
        # closing the quotation's unquoted end comes before its subject; the words before it are no
        # subject.
        inverted = _speaker_after(text, offset + m.end(), people, required=False)
        if inverted is not None:
            return inverted
    if m is not None and _within_sentence(m.group(1)) and _NAMES_SOMEONE_RE.match(m.group(1)):
        subject_end = m.end(1)
        if "who" in m.group(1):
            # `," Jo Hart, who introduced the bill, told WXYZ.`: the relative clause between the
            # subject and its verb names no speaker; the subject ends before it.
            clause = _RELATIVE_CLAUSE_END_RE.search(m.group(1))
            if clause is not None:
                subject_end = m.start(1) + clause.start()
        return _speaker_before(text, offset + m.start(1), offset + subject_end, people, required=True)
    return None


_RELATIVE_CLAUSE_END_RE = _deferred(r",\s+who(?:se)?\s[^,]{1,80},$")


def _within_sentence(words: str) -> bool:
    """No sentence boundary inside: periods only in abbreviations and initials ("Gov.", "D-Minn.")."""
    if re.search(r"[!?;:“”\"]", words):
        return False
    return all(_is_abbrev(tok.split("-")[-1]) for tok in words.split() if tok.rstrip(",").endswith("."))


def _speaker_of_document(text: str, pos: int, noun: str, people: _PeopleIndex) -> _Speaker | None:
    """`," read the post.`: the person named where the text introduced that post or statement."""
    lo = max(0, pos - 800)
    window = text[lo:pos]
    for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", window, re.I))):
        sstart = _sentence_start(text, lo + m.start(), lo)
        sentence_end = text.find("\n", lo + m.start())
        sentence_end = pos if sentence_end < 0 else min(sentence_end, pos)
        for person in people.before(sentence_end, 1000):
            if person.pos < sstart:
                break
            return _Speaker(person.name, person.title, Span(person.pos, person.end))
    raise _Unnamed


def _author_of_writing(text: str, pos: int, noun: str, people: _PeopleIndex) -> _Speaker | None:
    """`The letter also asked for "..."`: the author named where the text introduced that writing
    ("a May 2 letter from Director Jo Lin to ...", "Lin's memo"), if the text names one."""
    lo = max(0, pos - _WRITING_REACH)
    window = text[lo:pos]
    written = re.escape(noun)
    found = [
        (m.start(1), m.group(1))
        for pattern in (
            rf"\b{written}s?\b(?:\s+(?:sent|signed|written|issued|dated|posted))?\s+(?:from|by)\s+"
            rf"(?:(?:acting|former|then|interim|deputy)\s+)*({_RUN})",
            rf"({_RUN})[’']s?\s+(?:[\w.-]+\s+){{0,3}}{written}\b",
        )
        for m in re.finditer(pattern, window)
    ]
    if "signed" in window:
        # ("the letter, signed by staff attorney Jo Lin and ...", "The letter was signed by Jo Lin": a
        # signer named after an apposition's comma or a passive, perhaps after a role in lowercase,
        # wrote it; the first signer leads.)
        for m in re.finditer(
            rf"\b{written}s?\b(?:,|\s+(?:was|is))\s+signed\s+by\s+((?:[a-z][\w-]*\s+){{0,3}}?)({_RUN})",
            window,
        ):
            role = m.group(1).split()
            if not role or role[-1] in _PERSON_NOUNS:
                found.append((m.start(2), m.group(2)))
    # ("Brisk sent a letter to ...", "he wrote a memo to ...": the subject who sent it wrote it; so
    # does one who "stated in her bulletin" or "said in a memo". "Rep. Jo Lin (OR-4) has sent a
    # letter ..." opening a story is its subject however long the story quotes the letter.)
    wide_lo = max(0, pos - _SENT_WRITING_REACH)
    for m in re.compile(
        rf"(?:({_RUN})(?:\s+\([^()\n]{{1,24}}\))?|\b([Hh]e|[Ss]he))\s+{_ADVERB}(?:(?:sent|wrote|signed|penned|mailed|delivered)\s+"
        rf"(?:a|an|the|his|her)|(?:{_VERB_ALT})\s+in\s+(?:a|an|the|his|her)"
        # ("Hart shared the change in a letter to ...": what the letter carried comes between.)
        r"|(?:shared|announced|explained|outlined|described|detailed|confirmed)\s+(?:the|his|her|its|their)"
        r"\s+(?:[\w’'-]+\s+){0,3}?in\s+(?:a|an|the|his|her))"
        rf"\s+(?:[\w.,’'-]+\s+){{0,3}}?{written}\b"
    ).finditer(text, wide_lo, pos):
        found.append((m.start(1) - lo, m.group(1)) if m.group(1) else (m.start(2) - lo, m.group(2)))
    for at, run in sorted(found, reverse=True):
        if run.lower() in ("he", "she"):
            return _resolve_pronoun(lo + at, run.lower(), people)
        person = _person_from_run(run)
        if person is not None:
            return _resolve_name(person[0], person[1], _run_span(run, lo + at), people)
    # `In a May 2 letter to Sheriff Al Nolan, Director Jo Lin said ...`: the subject of the sentence that
    # opens on the writing wrote it.
    for m in reversed(
        list(
            re.finditer(
                rf"\b[Ii]n\s+(?:a|an|the|his|her|their)\s+(?:[\w.,’'-]+\s+){{0,3}}?{written}\b", window
            )
        )
    ):
        comma = window.find(", ", m.end(), m.end() + _RUN_REACH)
        if comma < 0 or _SENTENCE_END_RE.search(window, m.end(), comma) is not None:
            continue
        verb = _AFTER_SUBJECT_FIRST_RE.match(window, comma + 1)
        if verb is None or not _within_sentence(verb.group(1)):
            continue
        try:
            return _speaker_before(text, lo + verb.start(1), lo + verb.end(1), people, required=False)
        except _Unnamed:
            return None
    return None


def _speaker_after(text: str, pos: int, people: _PeopleIndex, *, required: bool) -> _Speaker | None:
    """The speaker named right after a verb: `said Mayor Jane Doe, ...`."""
    rest = text[pos : pos + 200].lstrip()
    pos += len(text[pos : pos + 200]) - len(rest)
    pronoun = re.match(r"(?:he|she)\b", rest)
    if pronoun is not None:
        return _resolve_pronoun(pos, pronoun.group(0), people)
    if " who " in rest[:90]:
        m = _SELF_NAMED_RE.match(rest)
        if m is not None:
            # `said a worker who identified himself as Tomas`: the name the speaker gave is theirs.
            return _Speaker(m.group(1), None, _run_span(m.group(1), pos + m.start(1)))
    m = _WRITING_BY_RE.match(rest)
    if m is not None:
        # `according to a statement from Mayor Jane Roe`: the author of the writing.
        person = _person_from_run(m.group(1))
        if person is not None:
            return _resolve_name(person[0], person[1], _run_span(m.group(1), pos + m.start(1)), people)
    m = re.match(
        r"(?:the|a|an|one|two|several|many|some|his|her|their|its)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", rest
    )
    if m is not None:
        named = _name_after_role(rest, pos, people)
        if named is not None:
            return named
        return _resolve_title_noun(m.group(1), pos, people)
    lower = (
        _LOWER_MODIFIERS_RE.match(rest)
        or (_ORDINAL_MODIFIER_RE.match(rest) if rest[:1].isdigit() else None)
        or (_NUMBERED_SEAT_RE.match(rest) if rest[:1] in "DWPZSA" else None)
    )
    if lower is not None and _RUN_START_RE.match(rest, lower.end()) is not None:
        # `," said state Sen. Jane Diaz`: lowercase modifiers of the title come first.
        return _speaker_after(text, pos + lower.end(), people, required=required)
    article = re.match(r"the\s+(?=[A-Z])", rest)
    role = _CAPITAL_ROLE_AFTER_RE.match(rest) if article is not None else None
    if role is not None and _capital_role(role.group(1)):
        # `," said the Governor.`: the office stands for the person the text introduced with it.
        try:
            return _resolve_title_noun(role.group(1).lower(), pos, people)
        except _Unnamed:
            pass
    if article is not None:
        # `," said the Intake Supervisor at the Pine Jail, Lt. Jane Doe.`, `said the Rev. Al Green`.
        # Nothing named there ("said the Pine Republican") leaves the speaker to the text around.
        return _speaker_after(text, pos + article.end(), people, required=False)
    if rest[:1].islower():
        role = _LOWER_ROLE_NAME_RE.match(rest)
        words = role.group(1).split() if role is not None else []
        if role is not None and words[-1] in _PERSON_NOUNS and _FUNCTION_WORDS.isdisjoint(words):
            person = _person_from_run(role.group(2))
            if person is not None:
                span = _run_span(role.group(2), pos + role.start(2))
                return _resolve_name(person[0], person[1] or role.group(1).strip(), span, people)
        named = _name_after_role(rest, pos, people)
        if named is not None:
            return named  # `said executive director of the X Center, Maria Lopez`
        return None  # `," adding that ...`: the sentence goes on; no speaker is named here
    m = _RUN_START_RE.match(rest)
    if m is None:
        if required:
            raise _Unnamed
        return None
    person = _person_from_run(m.group(1))
    if person is not None and person[1] is None:
        # `says Safe Streets leader Jo Hart`: an organization's name read as a person's, then a role
        # in lowercase and the person's name.
        role = _ROLE_THEN_NAME_RE.match(rest, m.end(1))
        words = role.group(1).split() if role is not None else []
        if role is not None and words[-1] in _PERSON_NOUNS and _FUNCTION_WORDS.isdisjoint(words):
            found = _person_from_run(role.group(2))
            if found is not None:
                span = _run_span(role.group(2), pos + role.start(2))
                title = f"{m.group(1)} {role.group(1).strip()}"
                return _resolve_name(found[0], found[1] or title, span, people)
        # `says Pima sheriff`, `said Tucson police officials`: a place or an organization modifies a
        # role in lowercase, and no one is named.
        noun = _LOWER_NOUNS_AFTER_RE.match(rest, m.end(1)) if " " not in person[0] else None
        if (
            noun is not None
            and noun.group(1) in _PERSON_NOUNS | _GROUP_NOUNS
            and not people.known(person[0], -1)
        ):
            if required:
                raise _Unnamed
            return None
    office = _OFFICE_TAIL_RE.match(rest, m.end(1))
    if person is None and (
        _is_job_title(m.group(1))
        or (office is not None and office.group(1) and _is_job_title(office.group(1)))
    ):
        # A job title in capitals is no name; the name comes after it.
        named = _name_after_role(rest, pos, people) or _name_after_title_of(rest, m.end(1), pos, people)
        if named is not None:
            return named
    if person is None and m.group(1).endswith(("'s", "’s")):
        # `said Hill's attorney, Jane Doe`: the possessive names whose role the name holds.
        named = _name_after_role(rest, pos, people)
        if named is not None:
            return named
    if person is None:
        # `said ACLU attorney Lee Gelernt`: an organization, a role in lowercase, then the name.
        # The organization's name may hold "of" (`said Department of Homeland Security spokeswoman
        # Tricia Lane`), and its last run may end with a title and the name (`said Office of Refugee
        # Resettlement Director Bo Lane`).
        if office is not None and office.end() > m.end(1):
            found = _person_from_run(office.group(1))  # the group holds the office's last run
            if found is not None and found[1] is not None:
                name_at = office.start(1) + office.group(1).rfind(found[0].split()[0])
                span = _run_span(found[0], pos + name_at)
                return _resolve_name(found[0], rest[:name_at].strip(), span, people)
        role = _ROLE_THEN_NAME_RE.match(rest, office.end() if office is not None else m.end(1))
        if role is not None and _FUNCTION_WORDS.isdisjoint(role.group(1).split()):
            person = _person_from_run(role.group(2))
            if person is not None:
                span = _run_span(role.group(2), pos + role.start(2))
                title = f"{m.group(1)} {role.group(1).strip()}"
                return _resolve_name(person[0], title, span, people)
        if required:
            raise _Unnamed
        return None
    if (
        person[1] is None
        and " " not in person[0]
        and _ORG_NAME_GOES_ON_RE.match(rest, m.end(1))
        and not people.known(person[0], pos)
    ):
        # `attributed to Cities for Action`, `according to Friends of the Park`: one word that goes on
        # with "for"/"of" and capitals names an organization, not a person the text knows.
        if required:
            raise _Unnamed
        return None
    joint = _JOINT_LIST_RE.match(rest, m.start(1)) if _LIST_FOLLOWS_RE.match(rest, m.end(1)) else None
    if joint is not None:
        # `said Rep. Ann Lowe, Rep. Tim Burke and Rep. Joe Kirk in a statement from Burke's office`
        chosen = _one_of_joint(text, joint.group(0), pos + joint.start(), pos + joint.end(), people)
        if chosen is not None:
            return chosen
    span = _run_span(m.group(1), pos + m.start(1))
    title_after = _apposition_title(text, pos + m.end(1))
    return _resolve_name(person[0], person[1] or title_after, span, people)


def _name_after_role(rest: str, pos: int, people: _PeopleIndex) -> _Speaker | None:
    """`Intake Supervisor at the Pine Detention Center, Lt. Jane Doe`: the name after the role phrase.

    When the phrase ends in a preposition's object that is a person's title ("a spokesperson for the
    governor, Mark Ellis"), news style names the spokesperson there; but when the text gives the name
    that title elsewhere ("Gov. Mark Ellis"), the name is the object's and the speaker is unnamed.
    """
    m = _ROLE_PHRASE_NAME_RE.match(rest)
    # `Director of Public Safety for Pine, Ore., Chief Ana Ruiz`: a place's state sits between commas.
    for _ in range(2):
        if m is None or not _PLACE_QUALIFIER_RE.match(rest, m.start(2)):
            break
        m = _ROLE_PHRASE_AFTER_RE.match(rest, m.start(2))
    if m is None:
        return None
    phrase = rest[: m.start(2)].rstrip(" ,")
    if _CLAUSE_WORDS_RE.search(phrase):
        return None  # `said the mayor, who ...`: the sentence goes on; the comma closes no role
    words = [w.lower().replace("’", "'").removesuffix("'s").rstrip(".,") for w in phrase.split()]
    if not words or (
        _PERSON_NOUNS.isdisjoint(words) and _PERSON_NOUNS.isdisjoint(w.removesuffix("s") for w in words)
    ):
        return None  # `said the group, Mothers Against Detention`: the name is the group's
    last = words[-1]
    person = _person_from_run(m.group(2))
    if person is None or (person[1] is None and len(person[0].split()) < 2):
        return None  # `the Justice Department, Chicago, ...`: a list, not a role and its holder
    if _PREPOSITION_RE.search(phrase) and last in _TITLE_STRIPPED and last not in _ORG_WORDS:
        titled = people.by_title(last, pos)
        if titled is not None and titled.name.split()[-1] == person[0].split()[-1]:
            return None
    title = person[1] or phrase.strip()
    return _resolve_name(person[0], title, _run_span(m.group(2), pos + m.start(2)), people)


def _name_after_title_of(
    rest: str, title_end: int, pos: int, people: _PeopleIndex, *, before_verb: bool = False
) -> _Speaker | None:
    """`Chief of Police Dana Whitfield`: the name closing the run that names the title's office.

    `before_verb`: the run ends right before the speech verb, so it must end with the speaker's name.
    """
    m = _TITLE_OF_ORG_NAME_RE.match(rest, title_end)
    if m is None:
        return None
    tokens = m.group(1).split()
    if len(tokens) < 3:
        return None  # `Director of Public Safety`: an office, no name after it
    found = _person_from_run(m.group(1))
    if found is None or len(found[0].split()) == len(tokens):
        # No title word separates office and name: the name is the last two words, when the word
        # before them belongs to an office ("Homeland Security Kay Norris") or the verb follows.
        if not before_verb and not _is_office_word(tokens[-3]) and _name_gender(tokens[-2]) is None:
            return None
        found = _person_from_run(" ".join(tokens[-2:]))
        if found is None:
            return None
    name = found[0]
    start = pos + m.start(1) + m.group(1).rfind(name.split()[0])
    title = f"{rest[: m.start(1)].strip()} {m.group(1)[: m.group(1).rfind(name.split()[0])].strip()}"
    return _resolve_name(name, title, _run_span(name, start), people)


def _title_of_office_subject(subject: str, start: int, people: _PeopleIndex) -> _Speaker | None:
    """`..., GBPI’s Vice President of Research and Policy Dana Wills` before the verb: a job title,
    the office it belongs to, and the name ending the subject."""
    for m in _ANY_RUN_RE.finditer(subject, max(0, len(subject) - _RUN_REACH)):
        run = m.group(1)
        if _person_from_run(run) is not None or not _is_job_title(run):
            continue
        office = _TITLE_OF_ORG_NAME_RE.match(subject, m.end(1))
        if office is None or office.end() != len(subject):
            continue
        return _name_after_title_of(
            subject[m.start(1) :], len(run), start + m.start(1), people, before_verb=True
        )
    return None


# A list of two or more people as one subject: `Mayor Jo Hart and Sheriff Tim Noll`, `State Rep. Al
# Day (R-Elm), State Rep. Bo Lee (R-Oak), and State Rep. Cy Ray (R-Ash)`.
# (Capitalized words without name particles: the full name pattern three times over costs ~8 ms to
# compile; each listed name is checked with `_person_from_run` afterwards.)
_CAPS = rf"[{_UP}][\w’'.\-]*(?:[ \t]+[{_UP}][\w’'.\-]*)*"
_LIST_ITEM = (
    rf"{_CAPS}(?:\s*\([^()\n]{{1,40}}\)|,\s*[DRI]-[A-Z][\w.]*)?(?:\s+(?:of|from)\s+(?:the\s+)?{_CAPS})?"
)
_JOINT_LIST = rf"{_LIST_ITEM}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_LIST_ITEM})+"
_JOINT_SUBJECT_RE = _deferred(rf"{_JOINT_LIST}\s*,?$")
_JOINT_LIST_RE = _deferred(_JOINT_LIST)
# After a name: another name follows in a list (`, Rep. Tim Burke`, ` (D-Elm) and Sen. ...`).
_LIST_FOLLOWS_RE = _deferred(r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)[A-Z]")
_OFFICE_RE = _deferred(r"(?:his|her|their|(?:the\s+)?(?:[\w.’'-]+\s+){0,3}[\w.-]+[’']s)\s+office\b")
_PARENTHESES_RE = _deferred(r"\([^()\n]*\)")
_OFFICE_OF_RE = _deferred(rf"\b(?:from|of|by)\s+(?:the\s+)?(?:{_RUN}\s+)?([{_UP}][\w’'-]+)[’']s\s+office\b")


def _joint_speaker(text: str, subject: str, start: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """The speaker when the subject before the verb at `end` is a list of people ("A, B and C
    said in a joint statement")."""
    lo = max(0, len(subject) - 2 * _RUN_REACH)
    if subject.find(" and ", lo) < 0 and subject.find(" & ", lo) < 0:
        return None
    m = _JOINT_SUBJECT_RE.search(subject, lo)
    if m is None:
        return None
    before = subject[: m.start()].rstrip()
    if before and before[-1] not in ',;:—–”"“(' and _CONJUNCTION_END_RE.search(before) is None:
        return None  # `lawyers for Jo Hart and Tim Noll said`: the names are not the subject
    return _one_of_joint(text, m.group(0), start + m.start(), end, people)


def _one_of_joint(text: str, listed: str, offset: int, after: int, people: _PeopleIndex) -> _Speaker | None:
    """Of words said by the people listed together (at `offset`), the speaker: the one whose office
    issued them ("in a statement from B's office", looked for in the sentence from `after`), else
    the first named, as a joint statement names its lead author first. None when fewer than two
    people are listed."""
    if " and " not in listed and " & " not in listed:
        return None  # `In Pine County, Sheriff Bo Lee`: commas alone make no list of people
    listed = _PARENTHESES_RE.sub(lambda p: " " * len(p.group(0)), listed)
    names: list[tuple[tuple[str, str | None], Span]] = []
    for run in _ANY_RUN_RE.finditer(listed):
        person = _person_from_run(run.group(1))
        if person is None:
            continue
        span = _run_span(run.group(1), offset + run.start(1))
        if person[1] is not None or len(person[0].split()) > 1 or people.known(person[0], span.start):
            names.append((person, span))
    if len(names) < 2:
        return None
    sentence_end = re.search(r"[:\n]|\.\s", text[after : after + 240])
    office = _OFFICE_OF_RE.search(text[after : after + (sentence_end.start() if sentence_end else 240)])
    chosen = names[0]
    if office is not None:
        chosen = next((n for n in names if n[0][0].split()[-1] == office.group(1)), chosen)
    (name, title), span = chosen
    return _resolve_name(name, title, span, people)


def _is_job_title(run: str) -> bool:
    """`Intake Supervisor`, `Field Office Director`: a run ending in a title word (`Justice
    Department` ends in an office, not a job)."""
    last = run.split()[-1].lower().rstrip(".")
    return last in _TITLE_STRIPPED and last not in _ORG_WORDS


def _is_office_word(token: str) -> bool:
    """A word of an office's name ("Police", "Security", "Supervisors"), never of a person's."""
    low = token.lower().rstrip(".").replace("’", "'").removesuffix("'s")
    return any(w in _ORG_WORDS or w in _TITLE_STRIPPED for w in (low, low.removesuffix("s")))


def _run_span(run: str, start: int) -> Span:
    """The span of a name run, without a sentence-final period."""
    last = run.split()[-1]
    if last.endswith(".") and not _is_abbrev(last):
        run = run[:-1]
    return Span(start, start + len(run))


def _apposition_title(text: str, pos: int) -> str | None:
    """`Jane Doe, the mayor of Springfield, said`: the words after the comma, when they read as a role."""
    m = re.match(r",\s+([^,.;:\n“”\"]{3,140})", text[pos : pos + 160])
    if m is None:
        return None
    role = m.group(1)
    verb = _VERB_RE.search(role)
    if verb is not None:
        role = role[: verb.start()]
    role = role.strip(" ,")
    first = role.split()[0] if role.split() else ""
    if not (first[:1].isupper() or first in ("the", "a", "an") or first.rstrip(".") in _TITLE_STRIPPED):
        return None
    if len(role) < 3 or re.search(r"\b(?:is|was|has|had|will|would|are|were)\b", role):
        return None
    return role


_PRONOUN_WRITING_RE = _deferred(
    rf"(?:^|[\s,(])(his|her)\s+(?:(?:written|prepared|full|new|latest|own)\s+)?{_WRITINGS}$"
)
_WRITING_ENDS = ("letter", "statement", "memo", "memorandum", "post", "tweet", "message", "email", "remarks")


def _speaker_before(
    text: str, start: int, end: int, people: _PeopleIndex, *, required: bool
) -> _Speaker | None:
    """The speaker named by the words [start, end) that stand before a speech verb."""
    subject = text[start:end].rstrip()
    if "--" in subject:
        # ("Jo Hart--who chairs the board, says": plain text glues a dash to the words beside it; the
        # name would swallow it, so it reads as the comma it stands for, the same length.)
        subject = _GLUED_DASH_RE.sub(", ", subject)
    along = _ALONG_WITH_RE.search(subject) if " with " in subject or " by " in subject else None
    if along is not None and along.start() > 0:
        # ("Jo Hart, along with the attorneys general of Ohio, Iowa and Utah today issued": the
        # people joining the subject, however the list ends, are no subject of their own.)
        try:
            joined = _speaker_before(text, start, start + along.start(), people, required=False)
        except _Unnamed:
            joined = None
        if joined is not None:
            return joined
    # "Jane Roe, who leads the office, said": the apposition is closed before the verb.
    # (Plain text types a dash as "--".)
    closed = subject.endswith((",", "—", "–", "--"))
    # "Jane Roe (D-Ohio) said", "Jane Roe, D-Ohio, said"
    subject = _PARTY_LABEL_END_RE.sub("", subject).rstrip(" ,—–")
    while subject.endswith("--"):
        subject = subject[:-2].rstrip(" ,—–")
    low = subject.lower()
    m = _AUTHORED_RE.search(subject)
    if m is not None and m.group(1) and re.match(r"\s+\d", subject[m.end(1) :]):
        m = None  # "memos from March 25": a word before a day number is a month, no author
    if m is not None:
        # "The letter, signed by Sheriff Bob Hart, said" / "Hart's letter said": the author's words.
        run = m.group(1) or m.group(2)
        person = _person_from_run(run)
        if person is not None:
            rstart = start + (m.start(1) if m.group(1) else m.start(2))
            return _resolve_name(person[0], person[1], _run_span(run, rstart), people)
    m = _ROLE_WRITING_COLON_RE.search(subject) if "s " in subject else None
    if m is not None:
        # `," the mayor's statement continued.`: the writing of the person holding that title.
        return _resolve_title_noun(m.group(1), start + m.start(), people)
    m = re.search(r"(?:^|[\s,(])(he|she)$", low)
    if m is not None:
        return _resolve_pronoun(start + m.start(1), m.group(1), people)
    m = _PRONOUN_WRITING_RE.search(low, max(0, len(low) - 40)) if low.endswith(_WRITING_ENDS) else None
    if m is not None:
        # `," his statement said.`: the writing of the person "his" refers to.
        return _resolve_pronoun(start + m.start(1), "he" if m.group(1) == "his" else "she", people)
    if re.search(r"(?:^|[\s,(])you$", low):
        # A letter's "you argue": the person its salutation addresses.
        addressee = _addressee(text, start, people)
        if addressee is None and required:
            raise _Unnamed
        return addressee
    joint = _joint_speaker(text, subject, start, end, people)
    if joint is not None:
        return joint
    m = _RUN_END_RE.search(subject, max(0, len(subject) - _RUN_REACH))
    if m is not None:
        run = m.group(0).strip().rstrip(",").strip()
        # ("Sheriff Bo Hart of Pine County, Ga., said": one abbreviated word ending the subject is a
        # state after its place, never the speaker.)
        # "Jo Hart, director of the Open Door Project, Oregon, said": a state's full name after a
        # comma is the place of the group before it, so too.
        after_comma = subject[: m.start() + len(m.group(0)) - len(m.group(0).lstrip())].rstrip().endswith(",")
        stated = after_comma and run.lower() in _state_names()
        person = None if (run.endswith(".") and " " not in run) or stated else _person_from_run(run)
        # "the mayor of Lakeview said": a name inside a prepositional phrase is not the subject.
        governed = _GOVERNED_RE.search(subject, max(0, m.start() - 24), m.start())
        # `," and Mayor Jo Hart said`: "and" after a comma or a closing mark opens a new clause whose
        # subject is the name, not a second object of a preposition.
        if (
            governed is not None
            and re.match(r"and\b", governed.group(0))
            and re.search(r"[,;”\"]\s*$", subject[: governed.start()])
        ):
            governed = None
        # `U.S. Immigration and Customs Enforcement Director Jo Lin said`, `Board of Supervisors Chair
        # Jo Lin said`: the "and" or "of" joins words of an agency's name, which runs on into the
        # title before the name; the whole subject is that name.
        if (
            governed is not None
            and person is not None
            and person[1]
            and governed.group(1) is None
            and governed.group(0).startswith(("and", "of", "for"))
            and person[1].split()[0].lower().rstrip(".") not in _TITLE_STRIPPED
            and _CAPITALIZED_BEFORE_RE.search(subject, 0, governed.start())
            and _AGENCY_NAME_RE.fullmatch(subject, 0, governed.start())
        ):
            governed = None
        # ("at the Pine Jail Lt. Jane Doe said": a rank makes the run a person of its own, and so
        # does a possessive before it: "the ACLU of Pine's Executive Director Jo Lin said".)
        if (
            governed is not None
            and person is not None
            and person[1]
            and (governed.group(1) or re.search(r"[’']s\s", run))
        ):
            governed = None
        if person is not None and governed is None:
            rstart = start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            span = _run_span(run, rstart)
            title = person[1] or _apposition_title(text, rstart + len(run))
            return _resolve_name(person[0], title, span, people)
    m = _NAME_OF_ORG_SUBJECT_RE.search(subject)
    if m is not None and not _CLAUSE_WORDS_RE.search(subject, m.end(1)):
        person = _person_from_run(m.group(1))
        # ("Friends of the Earth said": one bare word before "of" is an organization's name.)
        if person is not None and (person[1] or len(person[0].split()) > 1 or people.known(person[0], -1)):
            rstart = start + m.start(1)
            return _resolve_name(person[0], person[1], _run_span(m.group(1), rstart), people)
    # `Director of Public Safety Ana Ruiz said`: a job title in capitals, its office, then the name.
    m = _RUN_START_RE.match(subject)
    if m is not None and _person_from_run(m.group(1)) is None and _is_job_title(m.group(1)):
        named = _name_after_title_of(subject, m.end(1), start, people) or _name_after_role(
            subject + ",", start, people
        )
        if named is not None:
            return named
    named = _title_of_office_subject(subject, start, people)
    if named is not None:
        return named
    # `Jane Doe, director of X at the Y Union, said`: the name opens the clause, an apposition follows.
    m = _WHO_SUBJECT_RE.search(subject)
    if m is not None and _PLACE_GOVERNED_RE.search(subject, max(0, m.start(1) - 12), m.start(1)):
        m = _who_antecedent(subject)
    if m is not None:
        # "... by Commissioner Kevin Van Winkle, who said": the relative pronoun is the named person.
        person = _person_from_run(m.group(1))
        if person is not None:
            rstart = start + m.start(1)
            return _resolve_name(person[0], person[1], _run_span(m.group(1), rstart), people)
    tail = None if closed or "the " not in subject[-40:] else _TAIL_ROLE_RE.search(subject)
    if tail is not None and tail.group(2) in _TITLE_STRIPPED | _ROLE_NOUNS.keys():
        # "In a letter to Speaker Jo Lin, R-Elm, the governor said": the role noun after the last
        # comma is the subject; the names before it are objects of the opening phrase.
        try:
            return _resolve_title_noun(tail.group(1), start + tail.start(), people)
        except _Unnamed:
            pass
    search_from = max(0, len(subject) - _APPOSITION_REACH)
    while (m := _APPOSED_SUBJECT_RE.search(subject, search_from)) is not None:
        search_from = m.start(1) + 1
        dot = m.start(1) - len(subject[: m.start(1)].rstrip())
        if subject[m.start(1) - dot - 1 : m.start(1) - dot] == "." and _TITLE_BEFORE_RE.search(
            subject, max(0, m.start(1) - 12), m.start(1)
        ):
            continue  # "to Lt. Gov. Al Day": the period ends a title's abbreviation, not a sentence
        person = _person_from_run(m.group(1))
        if person is None or _DATELINE_AFTER_RE.match(subject, m.end(1)):
            continue  # "Meanwhile, Roe, a Democrat, said": try the next name ("Washington, March 20,": a dateline)
        rstart = start + m.start(1)
        opens = m.start(1) == 0 and m.group(1).split()[0].lower() not in _STOP_WORDS
        apposed = closed and _APPOSITION_START_RE.match(subject, m.end(1)) is not None
        if len(person[0].split()) > 1 or opens or apposed or people.known(person[0], rstart):
            # A lone word ("In Chicago, officials said") is a person only if it opens the sentence,
            # carries a closed apposition ("Roe, who ..., said") or the text names them in full.
            title = person[1] or _apposition_title(text, rstart + len(m.group(1)))
            return _resolve_name(person[0], title, Span(rstart, rstart + len(m.group(1))), people)
        break
    if "who" in subject:
        # `The Republican, whose district takes in Pine County, also said`: the relative clause after
        # an epithet names no speaker; the epithet before it is the subject.
        clause = _TRAILING_RELATIVE_RE.search(subject)
        if clause is not None:
            subject = subject[: clause.start()]
    m = re.search(r"\b[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", subject)
    if m is not None:
        return _resolve_title_noun(m.group(1), start + m.start(), people)
    m = _CAPITAL_ROLE_END_RE.search(subject, max(0, len(subject) - 40)) if "he " in subject[-40:] else None
    if m is not None and _capital_role(m.group(1)):
        # `The Attorney General found that "...`: an office capitalized, as releases write it,
        # still stands for the person the text introduced with it; no such person leaves it unnamed.
        try:
            return _resolve_title_noun(m.group(1).lower(), start + m.start(), people)
        except _Unnamed:
            pass
    m = _PARTY_EPITHET_RE.fullmatch(subject) if "Republican" in subject or "Democrat" in subject else None
    if m is not None:
        return _party_member(start, people, required=required)
    if required:
        raise _Unnamed
    return None


_TRAILING_RELATIVE_RE = _deferred(r",\s+who(?:se)?\s[^,;:“”\"]{1,100}$")


# "The Governor", "the Attorney General", "the Police Chief": an office with capitals, no name after it.
_CAPITAL_ROLE_END_RE = _deferred(r"\b[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
_CAPITAL_ROLE_AFTER_RE = _deferred(r"the\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*(?:[,.;:)]|$)|\s+[a-z])")


def _capital_role(phrase: str) -> bool:
    """Every word of `phrase` is a title word, the last one an office held by a person alone
    ("Governor", "Attorney General"), not a modifier that opens an agency ("State", "County")."""
    words = phrase.lower().split()
    last = words[-1]
    # ("the Lieutenant Governor": a rank below the office names someone else than its holder.)
    return (
        words[0] not in _SUBORDINATE_RANKS
        and all(w in _TITLE_STRIPPED or w in _ROLE_NOUNS for w in words)
        and last not in _MODIFIER_TITLES
        and last not in _ORG_WORDS
        and last not in ("staff", "spokesman", "spokeswoman", "spokesperson", "former", "acting")
    )


# `The Pine Grove Republican warned`, `the first-term Democrat said`: a story names an elected official
# by hometown or seniority and party once it has introduced them; no one else is meant.
_PARTY_EPITHET_RE = _deferred(r"\s*(?:[Tt]he)\s+(?:[\w.’'-]+\s+){0,3}(?:Republican|Democrat)")


def _party_member(pos: int, people: _PeopleIndex, *, required: bool) -> _Speaker | None:
    """The elected official introduced last before `pos`, when the sentence names them by party."""
    for person in people.before(pos, _PRONOUN_WINDOW):
        words = (w.lower().rstrip(".,") for w in (person.title or "").split())
        if any(_TITLE_ABBREVIATIONS.get(w, w) in _ELECTED_TITLES for w in words):
            return _Speaker(person.name, person.title, Span(person.pos, person.end))
    if required:
        raise _Unnamed
    return None


# A letter's reply quoting the letter it answers: `Your letter correctly states that "...", and goes on
# to ask that we "..."`. (A scan's OCR may garble the adverb: any one word may stand there.)
_YOUR_WRITING_RE = _deferred(
    rf"\b[Yy]our\s+{_WRITINGS}s?\s+(?:[a-z]+\s+)?(?:{_VERB_ALT}|asks|asked|requests|requested)\b"
    # ("by your statement to the families that "...": the words the writing held, just before them.)
    rf"|\b[Yy]our\s+(?:[a-z]+\s+)?{_WRITINGS}s?\b(?=[^“”\".!?;:]{{0,120}}\bthat\s*$)"
)
_QUOTED_SPAN_RE = _deferred(r"[“\"][^“”\"]*[”\"]")


_IN_PLACE_RE = _deferred(
    rf"\b(?:in|across|throughout)\s+(?:the\s+)?[{_UP}][\w.’'-]*(?:[ \t]+[{_UP}][\w.’'-]*){{0,3}}"
)


def _your_writing(text: str, sstart: int, pos: int, people: _PeopleIndex) -> _Speaker | None:
    """The addressee of a letter, when the clause before a quotation quotes the addressee's writing
    and nothing outside quotation marks after it names anyone else or ends the sentence."""
    found = max(_YOUR_WRITING_RE.finditer(text, sstart, pos), key=lambda m: m.start(), default=None)
    if found is None:
        return None
    tail = _QUOTED_SPAN_RE.sub(" ", text[found.end() : pos])
    if _VERB_RE.search(tail):
        return None  # "your letter came after the chief warned that "...": the chief's words
    # ("your statement to the families in Ohio that "...": a place the words were addressed to.)
    tail = _IN_PLACE_RE.sub(" ", tail)
    if re.search(r"[.!?:;]\s|[A-Z]", tail):
        return None
    return _addressee(text, found.start(), people)


_DETERMINER_BEFORE_RE = _deferred(r"\b(?:the|a|an|any|its|his|her|their|these|those|such|our|every|some)\s+$")
# ("an order by the chief that was announced in May": a passive speech verb reports no one speaking.)
_PASSIVE_AUX_BEFORE_RE = _deferred(r"\b(?:was|were|been|being)\s+(?:(?:first|also|later|then|[a-z]\w*ly)\s+)?$")


_SAID_FIRST_RE = _deferred(
    r"\s*(?:Said|Says|Added|Adds|Wrote)\s+"
    rf"(?=(?:[^,:;.“”\"]|\.(?=\S)|\.\s(?=[{_UP}][a-z])){{1,80}}[,:]\s*$)"
)


def _before_attribution(text: str, sstart: int, pos: int, people: _PeopleIndex) -> _Speaker | None:
    """Attribution in the clause before a quotation: the last speech verb and its subject."""
    clause = text[sstart:pos]
    if "--" in clause:
        # ("Jo Hart--the bill's sponsor--says": a glued dash hides the verb after it; read as a comma.)
        clause = _GLUED_DASH_RE.sub(", ", clause)
    m = _SAID_FIRST_RE.match(clause) if clause[:12].lstrip()[:1] in ("S", "A", "W") else None
    if m is not None:
        # `Said Hayden, "...`: the verb opens the sentence and its subject follows.
        return _speaker_after(text, sstart + m.end(), people, required=True)
    m = _PRESENTED_WRITING_RE.match(clause) if clause.lstrip()[:1] in ("H", "B", "F", "T", "R") else None
    if m is not None:
        if m.group(1) is not None:
            return _resolve_title_noun(m.group(1), sstart + m.start(1), people)
        if m.group(2) is not None:
            return _resolve_pronoun(sstart + m.start(2), m.group(2).lower(), people)
        person = _person_from_run(m.group(3))
        if person is not None:
            return _resolve_name(person[0], person[1], _run_span(m.group(3), sstart + m.start(3)), people)
    m = _OWNED_WRITING_FOLLOWS_RE.match(clause) if "follow" in clause or "below" in clause else None
    if m is not None:
        if m.group(2) is not None:
            return _resolve_pronoun(
                sstart + m.start(2), "he" if m.group(2).lower() == "his" else "she", people
            )
        person = _person_from_run(m.group(1))
        if person is not None:
            return _resolve_name(person[0], person[1], _run_span(m.group(1), sstart + m.start(1)), people)
    m = _WHICH_WRITING_RE.search(clause) if "which" in clause else None
    if m is not None:
        # "Hart issued a statement Tuesday, which said in part:": the words are the issuer's.
        issuer = _before_attribution(text, sstart, sstart + m.end(1), people)
        if issuer is not None:
            return issuer
    # ("any asserted benefits", "its stated aim": a participle after a determiner modifies a noun.)
    every_verb = [
        v
        for v in _INTRO_VERB_RE.finditer(clause)
        if not (
            v.group(0).endswith("ed")
            and (
                _DETERMINER_BEFORE_RE.search(clause[max(0, v.start() - 12) : v.start()])
                or _PASSIVE_AUX_BEFORE_RE.search(clause[max(0, v.start() - 20) : v.start()])
            )
        )
    ]
    # ("Holt wants to make the county follow what the statute calls "...": an aim owns the quotation
    # only as the clause's last verb.)
    every_verb = [
        v for i, v in enumerate(every_verb) if v.group(0) not in _AIM_VERBS or i == len(every_verb) - 1
    ]
    # "Sessions said, adding: "...": a participle shares the subject of the verb before it.
    verbs = [v for v in every_verb if not v.group(0).endswith("ing")] or every_verb
    # "Judge Roe issued a ruling, writing that "...": after a verb that reports no words of its own,
    # a participle opening a clause after a comma quotes the sentence's subject.
    participles = [
        v
        for v in every_verb
        if v.group(0).endswith("ing")
        and (
            clause[: v.start()].rstrip().endswith(",")
            or _bare_writing_participle(clause, v, verbs, sstart, people)
        )
    ]
    # `According to X, "..."`
    acc = _named_source(clause)
    writing = _WRITING_SUBJECT_RE.match(clause)
    # ("The memo says inmates may be released to agents "...": a later verb that reports no words, inside
    # what the writing says, leaves the writing the speaker.)
    if writing is not None and (
        not verbs
        or (
            _ADVERBS_ONLY_RE.fullmatch(clause, writing.end(), verbs[0].start())
            and not any(v.group(0) in _SPEECH_VERBS for v in verbs[1:])
        )
    ):
        # `The letter also asked for "..."`: the writing's words are its author's.
        author = _author_of_writing(text, sstart, writing.group(2).lower(), people)
        if author is not None:
            return author
        owner = writing.group(1).lower()
        if owner in ("his", "her"):
            return _resolve_pronoun(sstart + writing.start(1), "he" if owner == "his" else "she", people)
    going_on = _IT_GOES_ON_RE.match(clause) if " on to " in clause[:24] else None
    if going_on is not None:
        # `The memo says X. It goes on to say Y "...`: "it" goes on with the writing the sentences
        # before made their subject, so the words are that writing's author's.
        subjects = list(_WRITING_AS_SUBJECT_RE.finditer(text, max(0, sstart - _WRITING_REACH), sstart))
        if subjects:
            author = _author_of_writing(text, subjects[-1].start(), subjects[-1].group(1).lower(), people)
            if author is not None:
                return author
    yours = _your_writing(text, sstart, pos, people) if "our " in clause else None
    if yours is not None:
        return yours
    if "attribute" in clause:
        # "Please attribute the following statement to Jo Hart, president of ...:"
        m = _ATTRIBUTE_TO_RE.search(clause)
        if m is not None:
            return _speaker_after(text, sstart + m.end(), people, required=False)
    if not verbs and acc is None and not _QUOTED_PERSON_RE.search(clause):
        m = _NAME_COLON_CLAUSE_RE.match(clause) or _NAME_VERB_COLON_RE.match(clause)
        if m is not None:
            # `Sheriff Roe's: "..."`: the possessive labels the words as the person's.
            person = _person_from_run(_POSSESSIVE_END_RE.sub("", m.group(1)))
            if person is not None:
                span = Span(sstart + m.start(1), sstart + m.end(1))
                return _resolve_name(person[0], person[1], span, people)
        # "Mayor Jane Roe's response: "..."
        m = _AUTHORED_RE.search(clause.rstrip().rstrip(":").rstrip())
        if m is not None and clause.rstrip().endswith(":"):
            return _speaker_before(
                text, sstart, sstart + len(clause.rstrip().rstrip(":").rstrip()), people, required=False
            )
        m = _FOLLOWING_WORDS_RE.match(clause) if "following" in clause else None
        if m is not None:
            # `You start with the following definition:` over words of the subject's own.
            try:
                return _speaker_before(text, sstart, sstart + m.end(1), people, required=False)
            except _Unnamed:
                return None
        m = _APPEARING_COLON_RE.search(clause) if clause.rstrip().endswith(":") else None
        if m is not None and _PAPER_RE.search(clause, m.end(1)) is None:
            # `In Pine County, Chief Jo Hart addressed the crowd with a clear message: "`
            person = _person_from_run(m.group(1))
            if person is not None:
                span = _run_span(m.group(1), sstart + m.start(1))
                return _resolve_name(person[0], person[1], span, people)
        m = _PUT_IT_RE.search(clause) if "put it" in clause else None
        if m is not None:
            # `As Jo Hart put it, "...`: the idiom reports the subject's words with no speech verb.
            try:
                return _speaker_before(text, sstart + m.start(1), sstart + m.end(1), people, required=False)
            except _Unnamed:
                return None
        m = _ROLE_WRITING_COLON_RE.search(clause) if "s " in clause else None
        if m is not None:
            try:
                return _resolve_title_noun(m.group(1), sstart + m.start(), people)
            except _Unnamed:
                return None
        return None
    late = _LATE_NAME_COLON_RE.search(clause) if clause.rstrip().endswith(":") else None
    if late is not None and verbs and late.start(1) > verbs[-1].end():
        person = _person_from_run(late.group(1))
        if person is not None:
            span = _run_span(late.group(1), sstart + late.start(1))
            return _resolve_name(person[0], person[1], span, people)
    doc = _last_document_says(clause)
    # `ruled that the ban on policies that limit enforcement "is vague`: a quotation opening with a
    # finite verb is the predicate of the sentence's subject, not the document's content.
    predicate = _FINITE_VERB_START_RE.match(text, pos + 1) is not None
    if predicate and doc is not None and any(c in clause[doc.end() :] for c in ':”"'):
        # `a policy that required deputies "to call" if the arrestee: (1) "was born abroad"`: items
        # listed after the document's first quoted words are more of its text.
        predicate = False
    if doc is not None and not predicate and not any(v.start() >= doc.end() for v in verbs):
        # `Kim noted a bill that would require sheriffs to "...`: the words are the document's.
        raise _Unnamed
    # (`A and B said in a statement from B's office:`: the office only says which of the people
    # named before the verb issued it.)
    owner = _SOURCE_WRITING_OWNER_RE.match(text, sstart + acc.end(), pos) if acc is not None else None
    person = _person_from_run(owner.group(1)) if owner is not None else None
    if (
        owner is not None
        and person is not None
        # (A later speech verb with a subject of its own speaks instead; "continued" straight after
        # the comma, "continued detention", is an adjective.)
        and not any(
            v.start() > owner.start() - sstart
            and v.group(0) in _SPEECH_VERBS
            and not clause[: v.start()].rstrip().endswith(",")
            for v in verbs
        )
    ):
        # `According to Jo Hart's analysis, ... "...`: the writing's words are its owner's.
        return _resolve_name(person[0], person[1], _run_span(owner.group(1), owner.start(1)), people)
    if (
        acc is not None
        and (not verbs or acc.start() > verbs[-1].start())
        and not (verbs and _OFFICE_RE.match(clause, acc.end()))
    ):
        return _speaker_after(text, sstart + acc.end(), people, required=True)
    passive = _QUOTED_AS_SAYING_RE.search(clause) if "quoted as" in clause else None
    if passive is not None and (not verbs or passive.end() >= verbs[-1].end()):
        # `Mayor Jo Hart was quoted as saying, "...`: the one quoted is the subject of the passive.
        if passive.group(1) is not None:
            return _resolve_pronoun(sstart + passive.start(1), passive.group(1).lower(), people)
        person = _person_from_run(passive.group(2))
        if person is not None:
            span = _run_span(passive.group(2), sstart + passive.start(2))
            return _resolve_name(person[0], person[1], span, people)
    quoted = list(_QUOTED_PERSON_RE.finditer(clause))
    # ("quoted Mayor Jo Hart as saying "...": "saying" reports the quoted person's words.)
    if quoted and (
        not verbs
        or quoted[-1].start() > verbs[-1].start()
        or clause[quoted[-1].end() : verbs[-1].start()].strip() == "as"
    ):
        # `Officials quoted Commissioner Jane Doe as saying "...`: the quoted person is the speaker.
        person = _person_from_run(quoted[-1].group(1))
        if person is not None:
            span = Span(sstart + quoted[-1].start(1), sstart + quoted[-1].end(1))
            return _resolve_name(person[0], person[1], span, people)
    unnamed = True
    for verb in reversed(verbs):
        try:
            speaker = _speaker_of_verb(text, sstart, pos, clause, verb, people)
        except _Unnamed:
            # "In an opinion by Judge Jo Hart, the panel said "...": the court speaks in its author's words.
            opinion = _OPINION_BY_RE.search(clause) if "by" in clause else None
            if opinion is not None and _COURT_SUBJECT_RE.search(clause, 0, verb.start()):
                person = _person_from_run(opinion.group(1))
                if person is not None:
                    span = _run_span(opinion.group(1), sstart + opinion.start(1))
                    return _resolve_name(person[0], person[1], span, people)
            # "said the new rules": a word that is also a plural noun may not be the verb at all.
            if verb.group(0) not in _NOUN_LIKE_VERBS:
                raise
            continue
        if speaker is not None or _reports_words(verb.group(0)):
            return speaker
        # `said in a statement released Monday from her office:`: "released" reports no words of its
        # own there; the verb before it may.
        unnamed = False
    if verbs is not every_verb:
        for participle in reversed(participles):
            opener = _clause_subject(text, sstart, sstart + participle.start(), people)
            if opener is not None:
                return opener
    if unnamed:
        raise _Unnamed
    return None


# Participles that report the subject's own words even with no comma before them ("issued an order
# writing that ..."): a document the subject issued does not write or state anything by itself.
_BARE_PARTICIPLES = _words("writing stating")


def _bare_writing_participle(
    clause: str, participle: re.Match[str], verbs: list[re.Match[str]], sstart: int, people: _PeopleIndex
) -> bool:
    """`Judge Jo Hart issued an order writing that "...`: a participle right after the object of a
    verb that reports no words, with no person named between them, goes with the verb's subject."""
    if participle.group(0) not in _BARE_PARTICIPLES:
        return False
    before = [v for v in verbs if v.end() <= participle.start()]
    if not before or _reports_words(before[-1].group(0)):
        return False
    lo = sstart + before[-1].end()
    return not any(p.pos >= lo for p in people.before(sstart + participle.start(), participle.start()))


_AIM_VERBS = _words("wants wanted hopes hoped aims aimed seeks sought")


def _reports_words(verb: str) -> bool:
    """A speech verb, the idiom "made clear" (matched only before "that"), or an aim ("wants", matched
    only before "to make")."""
    return verb in _SPEECH_VERBS or verb.endswith(("clear", " down", " back", " in")) or verb in _AIM_VERBS


_ITS_OWN_RE = _deferred(r"\s+(?:itself\b|(?:in|on)\s+its\s)")


def _speaker_of_verb(
    text: str, sstart: int, pos: int, clause: str, verb: re.Match[str], people: _PeopleIndex
) -> _Speaker | None:
    """The speaker of one reporting verb in the clause [sstart, pos) before a quotation."""
    if verb.group(0) in ("read", "reads"):
        if not _STATEMENT_NOUN_RE.search(clause) and not _MEMO_WORD_RE.search(clause):
            return None  # "read" reports words only of a statement, letter, post or memo
        if _WRITING_THAT_RE.search(clause, 0, verb.start()):
            return None  # `released a statement that read:`: the verb before names who released it
    if _ITS_OWN_RE.match(text, sstart + verb.end()) is not None:
        raise _Unnamed  # `Casa Verde describes itself as "...`: a subject that is an "it" is no person
    subject_end = sstart + verb.start()
    joined = _JOINED_VERB_BEFORE_RE.search(text, sstart, subject_end) is not None
    participle = verb.group(0) in _QUOTING_PARTICIPLES
    # ("Judge Jo Hart rejected that, writing in her order, "...": a speech participle after a comma
    # quotes the subject that opens the clause, whatever its first verb was.)
    speaking = verb.group(0).endswith("ing") and verb.group(0) in _SPEECH_VERBS
    if joined or ((participle or speaking) and text[sstart:subject_end].rstrip().endswith(",")):
        opener = _clause_subject(text, sstart, subject_end, people)
        if opener is not None or participle:
            return opener
    if (
        not _reports_words(verb.group(0))
        and verb.group(0) not in _SECOND_PERSON_VERBS
        and verb.group(0) not in ("read", "reads")
        and not _STATEMENT_NOUN_RE.search(clause[verb.end() :])
    ):
        return None  # "issued", "released": only when what was issued is a statement
    # Inverted: `said Mayor Jane Doe: "` (nothing that names a person before the verb).
    before = text[sstart:subject_end]
    if not before.strip():
        return _speaker_after(text, sstart + verb.end() + 1, people, required=False)
    adverb = _TRAILING_ADVERBS_RE.search(before)
    if adverb is not None:
        subject_end = sstart + adverb.start()
    when = _TRAILING_TIME_RE.search(text, sstart, subject_end)
    if when is not None and when.start() > sstart:
        subject_end = when.start()
    try:
        return _speaker_before(text, sstart, subject_end, people, required=True)
    except _Unnamed:
        # A person may still be named after the verb: `said Mayor Jane Doe: "`.
        after = text[sstart + verb.end() : pos]
        # `Rules do nothing for safety, says group leader Jo Hart, whose ...`: a verb after a comma
        # closing a paraphrase names its speaker after it, however the sentence goes on.
        inverted = before.rstrip().endswith(",")
        if re.match(r"\s+(?:the|a|an)?\s*[A-Z]", after) and (inverted or after.rstrip().endswith((":", ","))):
            return _speaker_after(text, sstart + verb.end() + 1, people, required=True)
        raise


_SALUTATION_RE = _deferred(rf"^[ \t]*Dear[ \t]+({_RUN})[ \t]*[:,][ \t]*$", re.M)


# A letter's inside address, where OCR garbled the salutation or ran the lines together:
# "The Honorable Ana M. Ruiz Chairwoman Committee on ..." (the name ends where a title word starts).
_HONORABLE_RE = _deferred(rf"\b(?:The[ \t]+)?Honorable[ \t]+({_RUN})")


def _addressee(text: str, pos: int, people: _PeopleIndex) -> _Speaker | None:
    """The named person a letter's "Dear ...:" line addresses, when one opens the letter before `pos`
    (else the one "The Honorable ..." its inside address names)."""
    salutations = list(_SALUTATION_RE.finditer(text, 0, pos))
    if len(salutations) > 1:
        return None  # several letters: "you" is not one known person
    if salutations:
        m = salutations[0]
        person = _person_from_run(m.group(1))
        if person is None:
            return None
        return _resolve_name(person[0], person[1], _run_span(m.group(1), m.start(1)), people)
    if "Honorable" not in text[:pos]:
        return None
    named: dict[str, tuple[str, str | None, Span]] = {}
    for m in _HONORABLE_RE.finditer(text, 0, pos):
        tokens = m.group(1).split()
        cut = next(
            (i for i, tok in enumerate(tokens) if i and tok.lower().rstrip(".,") in _TITLE_STRIPPED), None
        )
        run = " ".join(tokens[:cut])
        person = _person_from_run(run)
        if person is not None:
            named.setdefault(person[0], (person[0], person[1], _run_span(run, m.start(1))))
    if len(named) != 1:
        return None
    name, title, span = next(iter(named.values()))
    return _resolve_name(name, title, span, people)


def _clause_subject(text: str, sstart: int, end: int, people: _PeopleIndex) -> _Speaker | None:
    """The person whose name opens the clause [sstart, end) as the subject of its first verb."""
    lead = _LEADING_PHRASE_RE.match(text, sstart, end)
    m = _CLAUSE_SUBJECT_RE.match(text, lead.end(), end) if lead is not None else None
    if m is not None and m.group(1) in ("Jr.", "Sr."):
        m = None  # ("Jo Hart, Jr. issued": the comma set off a suffix, not an opening phrase)
    m = m or _CLAUSE_SUBJECT_RE.match(text, sstart, end)
    if m is None:
        # ("On Friday, she toured the jail and said, "...": a pronoun after the opening phrase.)
        pm = _LOWER_PRONOUN_SUBJECT_RE.match(text, sstart, end)
        return _resolve_pronoun(pm.start(1), pm.group(1), people) if pm is not None else None
    if m is None or m.group(1).endswith(("'s", "’s")):
        return None  # ("Roe's lawyers said": the possessive's noun is the subject)
    if m.group(1) in ("He", "She"):
        # ("He faulted the board and claimed, "...": a pronoun opening the clause is its subject.)
        return _resolve_pronoun(m.start(1), m.group(1).lower(), people)
    person = _person_from_run(m.group(1))
    if person is None:
        return None
    span = _run_span(m.group(1), m.start(1))
    return _resolve_name(person[0], person[1] or _apposition_title(text, m.end(1)), span, people)


def _resolve_name(name: str, title: str | None, span: Span | None, people: _PeopleIndex) -> _Speaker:
    compound = people.compound_surname(name, span.start if span else 0)
    if compound is not None:
        return _Speaker(compound[0], title or compound[1], span)
    if len(name.split()) == 1 or (name.split()[0].lower() in _PARTICLES):
        pos = span.start if span else 0
        full, full_title = people.full_name(name, pos)
        if full == name and title is None and full_title is None and len(name.split()) == 1:
            # ("a mailer for Tim Roe" ... "Roe's mailer": a full name in no context that marks a
            # person is still one where a common first name precedes the surname.)
            first = _first_name_before(people.text, name, pos)
            if first is not None:
                return _Speaker(f"{first} {name}", None, span)
        if full == name and title is None and full_title is None:
            if name.lower() in _state_names():
                raise _Unnamed  # `," Texas argued`: a state, unless the text names a person so
            if _named_as_place(people.text, name):
                raise _Unnamed  # `," Chicago argued in its brief` where the text speaks of "in Chicago"
        return _Speaker(full, title or full_title, span)
    return _Speaker(name, title, span)


_FIRST_NAME_END_RE = _deferred(r"(?<![\w.’'-])([A-Z][a-z]+)[ \t]+$")
_FIRST_NAME_SCAN = 20  # earlier mentions of a surname examined for a first name


def _first_name_before(text: str, surname: str, pos: int) -> str | None:
    """A common first name right before an earlier mention of this surname ("Tim Roe")."""
    if not surname[:1].isupper() or not surname.isalpha():
        return None
    end = pos
    for _ in range(_FIRST_NAME_SCAN):
        at = text.rfind(surname, 0, end)
        if at <= 0:
            return None
        end = at
        after = text[at + len(surname) : at + len(surname) + 1]
        if after.isalpha():
            continue
        m = _FIRST_NAME_END_RE.search(text, max(0, at - 16), at)
        if m is not None and _name_gender(m.group(1)) is not None:
            return m.group(1)
    return None


def _named_as_place(text: str, word: str) -> bool:
    """The text puts this one capitalized word where a place goes ("in Chicago", "the city of Chicago")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    place = rf"\b(?:in|near|outside|throughout|[Cc]ity\s+of|[Tt]own\s+of|[Cc]ounty\s+of)\s+{word}\b"
    return re.search(place, text) is not None


def _resolve_pronoun(pos: int, form: str, people: _PeopleIndex) -> _Speaker:
    person = people.pronoun(pos, form)
    if person is None:
        raise _Unnamed
    return _Speaker(
        person.name, person.title, Span(person.pos, person.end) if person.end > person.pos else None
    )


def _resolve_title_noun(noun: str, pos: int, people: _PeopleIndex) -> _Speaker:
    """`the judge said`: the latest person introduced with that title, else no named speaker."""
    words = noun.split()
    for word in (words[-1], words[0]):
        if word in _ROLE_NOUNS or (
            word in _TITLE_STRIPPED and word not in ("spokesman", "spokeswoman", "spokesperson", "staff")
        ):
            for title in _ROLE_NOUNS.get(word, (word,)):
                person = people.by_title(title, pos)
                if person is not None:
                    return _Speaker(person.name, person.title, Span(person.pos, person.end))
    raise _Unnamed


_LEGISLATOR_TITLES = (
    "representative",
    "senator",
    "assemblymember",
    "assemblyman",
    "assemblywoman",
    "delegate",
    "congressman",
    "congresswoman",
    "congressmember",
)
# Ranks that name an office below the title they precede: a "Lt. Gov." is not "the governor".
_SUBORDINATE_RANKS = frozenset(("lieutenant", "vice", "deputy", "assistant", "under"))
# Role nouns a story uses for someone it introduced by a formal title ("Rep. Dan Cole ... the
# lawmaker said"): the titles each may stand for.
_ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "lawmaker": _LEGISLATOR_TITLES,
    "legislator": _LEGISLATOR_TITLES,
    "congressman": ("congressman", "representative"),
    "congresswoman": ("congresswoman", "representative"),
    "prosecutor": ("prosecutor", "attorney"),
    "lawyer": ("attorney", "counsel"),
}
# The offices a party label ("the Pine Grove Republican") may stand for.
_ELECTED_TITLES = frozenset(
    (*_LEGISLATOR_TITLES, "governor", "mayor", "councilmember", "councilman", "councilwoman", "alderman")
)


def _who_antecedent(subject: str) -> re.Match[str] | None:
    """`Rep. Al Day of Elmwood, 90 miles north of Capitol City, who`: the person the relative
    pronoun stands for is the last name run that parses as a person and follows no preposition."""
    for m in reversed(list(_ANY_RUN_RE.finditer(subject))):
        if _PLACE_GOVERNED_RE.search(subject, max(0, m.start(1) - 12), m.start(1)):
            continue
        person = _person_from_run(m.group(1))
        if person is not None and (len(person[0].split()) > 1 or person[1] is not None):
            return m
    return None


_name_deferred_patterns()
