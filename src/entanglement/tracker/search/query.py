"""User query text -> a small, safe structure that each backend turns into its own syntax.

Accepted: words (all must match), "quoted phrases", and word* for a prefix. Everything else the
engines would read as syntax (NEAR, AND/OR/NOT, column:, ^, parentheses, stray quotes) is reduced to
plain words, so no input can reach the database as an operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 1000
MAX_TERMS = 24
MIN_PREFIX_CHARS = 2

WORD = re.compile(r"[^\W_]+")
UNSAFE = re.compile(r'["\x00-\x1f\x7f]+')
# A quoted phrase (closed or running to the end: an unbalanced quote still means a phrase), or a
# run of other characters. An engine's column filter ("title:") is dropped: every column is searched.
TOKEN = re.compile(r'"([^"]*)"?|[^\W\d_]+:(?=\S)|([^\s"]+)')


@dataclass(frozen=True)
class Term:
    """Words that must appear next to each other in this order (one word for a plain term)."""

    words: tuple[str, ...]
    prefix: bool = False
    # The user's characters for this term, minus quotes and control characters: PostgreSQL reads
    # them with the parser that indexed the documents, so "E.D.N.Y." or "1:25-cv-04084" is cut
    # into the same lexemes on both sides.
    text: str = field(default="", compare=False)

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)


def parse_query(text: str) -> ParsedQuery:
    terms: list[Term] = []
    for match in TOKEN.finditer(text[:MAX_QUERY_CHARS]):
        phrase, bare = match.group(1), match.group(2)
        if phrase is None and bare is None:
            continue
        words = tuple(w.lower() for w in WORD.findall(phrase if phrase is not None else bare))
        if not words:
            continue
        # Only a bare token can be a prefix, and only when its last word is long enough to be
        # selective: "a*" would expand to most of the vocabulary.
        # ASCII only: the PostgreSQL backend hands prefix words to to_tsquery's own parser.
        prefix = (
            phrase is None
            and bare.endswith("*")
            and len(words[-1]) >= MIN_PREFIX_CHARS
            and all(w.isascii() for w in words)
        )
        raw = phrase if phrase is not None else bare.rstrip("*").lstrip("-")
        terms.append(Term(words, prefix, UNSAFE.sub(" ", raw).strip()))
        if len(terms) == MAX_TERMS:
            break
    return ParsedQuery(tuple(terms))


def fts5_term(term: Term) -> str:
    """One term for FTS5: a quoted string (words only, so no quote inside), starred for a prefix."""
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def fts5_match(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression: every term required."""
    return " ".join(map(fts5_term, query.terms))


def websearch_text(query: ParsedQuery) -> str:
    """The non-prefix terms in websearch_to_tsquery syntax (words and double-quoted phrases)."""
    parts = []
    for term in query.terms:
        if term.prefix:
            continue
        # Every term is quoted, so "or" and a leading "-" are words here, as they are for FTS5.
        parts.append('"' + (term.text or " ".join(term.words)) + '"')
    return " ".join(parts)


def prefix_tsquery(query: ParsedQuery) -> str:
    """The prefix terms as to_tsquery text: word:* joined with &, a multi-word token as a phrase."""
    parts = []
    for term in query.terms:
        if term.prefix:
            parts.append(" <-> ".join(term.words) + ":*")
    return " & ".join(parts)
