"""Adjacent word pairs as index tokens (SQLite), so a phrase is first a match of rare tokens.

A phrase query on FTS5 reads the position lists of its words in every entry holding them all; for
frequent words that is most of the index. Each pair of adjacent words (as the FTS5 tokenizer cuts
and stems them) is also indexed as one token in a column of its own, so "sanctuary city policy"
first becomes the entries holding the pairs (sanctuari citi) and (citi polici) - short posting lists
- and FTS5 checks the positions of the real phrase on those alone. Results stay exact: every entry
holding the phrase holds its pairs; an entry holding the pairs elsewhere fails the phrase check.

The tokens must be those of the FTS5 tokenizer itself, on both sides. Words are cut here the way
unicode61 cuts them (proven against FTS5 for every ASCII character and the common punctuation
below, in the tests); any other text is cut by FTS5 itself, in a private in-memory table. Stems
always come from FTS5's porter stemmer (cached per word).

A pair token is the first stem's length in two digits, then both stems, then a digit: 0 for a pair
anywhere, 1 for a pair in the title, which is indexed both ways ("06immigrlaw0", "06immigrlaw1"). Letters
and digits only, so the tokenizer keeps it whole; ending in a digit, so that the porter stemmer, which
the index applies to every column, leaves it as it is (it would cut "04citigener" to "04citigen",
making the pair of "city general" that of "city gen"). Two pairs give one token only when a first
stem has 100 characters or more, which the search never reads as a pair alone. The title pairs let
a two-word phrase's title matches - for ranking - be read as a list of their own.

Migration 0005 indexed pairs without the final digit (`legacy_entry_pairs`, kept for going back to
it); migration 0006 rebuilt the index with these. Django-free: the bench's bulk loader calls it too.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable

TOKENIZE = "porter unicode61 remove_diacritics 2"
# unicode61's token characters are letters, digits and private-use characters; these common
# non-ASCII marks are separators to it, so text holding only them and ASCII is cut here.
SEPARATORS = "\u00a0\u00a7\u00b6\u00b7\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201c\u201d\u2022\u2026\u202f"
_TO_SPACE = str.maketrans({c: " " for c in SEPARATORS})
ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
PAIR = "{:02d}{}{}0"
TITLE_PAIR = "{:02d}{}{}1"
LEGACY_PAIR = "{:02d}{}{}"
# Stems known, per process; cleared when this large (a vocabulary of real text fits easily).
STEM_CACHE_SIZE = 500_000


class _Scratch(threading.local):
    """One in-memory FTS5 table per thread with the index's tokenizer, and its token list."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE scratch USING fts5(text, content='', tokenize='{TOKENIZE}')")
        self.db.execute("CREATE VIRTUAL TABLE scratch_tokens USING fts5vocab(scratch, 'instance')")

    def tokens(self, text: str) -> list[str]:
        """The stems of `text` in order, as the FTS5 tokenizer produces them."""
        with self.db:
            self.db.execute("INSERT INTO scratch(rowid, text) VALUES (1, ?)", (text,))
            rows = self.db.execute("SELECT \"offset\", term FROM scratch_tokens").fetchall()
            self.db.execute("INSERT INTO scratch(scratch) VALUES ('delete-all')")
        rows.sort()
        return [term for _, term in rows]


_scratch = _Scratch()
_stems: dict[str, str] = {}
_stems_lock = threading.Lock()


def _stems_of(words: list[str]) -> list[str]:
    with _stems_lock:  # one thread's clear() must not empty the cache under another's lookups
        unknown = sorted(set(words).difference(_stems))
        if unknown:
            if len(_stems) + len(unknown) > STEM_CACHE_SIZE:
                _stems.clear()
                unknown = sorted(set(words))
            # Lowercase ASCII letters and digits separated by spaces: one token per word, in order.
            stems = _scratch.tokens(" ".join(unknown))
            if len(stems) != len(unknown):  # cannot happen for such words; never guess
                raise RuntimeError("the FTS5 tokenizer cut ASCII words unexpectedly")
            _stems.update(zip(unknown, stems, strict=True))
        return list(map(_stems.__getitem__, words))


def tokens(text: str) -> list[str]:
    """The FTS5 tokens (stems) of one column's text, in order."""
    plain = text if text.isascii() else text.translate(_TO_SPACE)
    if not plain.isascii():
        return _scratch.tokens(text)
    return _stems_of(ASCII_WORD.findall(plain.lower()))


def pair_tokens(stems: list[str], form: str = PAIR) -> list[str]:
    """The pair tokens of consecutive stems, in order (repeats kept)."""
    return list(map(form.format, map(len, stems), stems, stems[1:]))


def entry_pairs(title: str | None, body: str | None) -> str:
    """The pairs column of one index entry: the distinct pairs of each text column (none across
    columns), and the title's again as title pairs."""
    found: dict[str, None] = {}
    if title:
        stems = tokens(title)
        found.update(dict.fromkeys(pair_tokens(stems)))
        found.update(dict.fromkeys(pair_tokens(stems, TITLE_PAIR)))
    if body:
        found.update(dict.fromkeys(pair_tokens(tokens(body))))
    return " ".join(found)


def legacy_entry_pairs(title: str | None, body: str | None) -> str:
    """The pairs column as migration 0005 wrote it (no final digit, no title pairs)."""
    found: dict[str, None] = {}
    for text in (title, body):
        if text:
            found.update(dict.fromkeys(pair_tokens(tokens(text), LEGACY_PAIR)))
    return " ".join(found)


def phrase_pairs(words: Iterable[str]) -> list[str]:
    """The distinct pair tokens every entry holding this phrase holds."""
    return list(dict.fromkeys(pair_tokens(tokens(" ".join(words)))))


def register(connection: sqlite3.Connection) -> None:
    """Make the pairs functions the index triggers call callable in SQL on this connection:
    `search_pair_tokens(title, body)`, and `search_pairs(title, body)` of migration 0005."""
    connection.create_function("search_pair_tokens", 2, entry_pairs, deterministic=True)
    connection.create_function("search_pairs", 2, legacy_entry_pairs, deterministic=True)
