"""Regular expressions compiled on first use, and the literals a pattern's matches must start with.

A finder with a hundred large patterns spends a tenth of a second compiling them; a command that
never reaches that finder (a news story is no policy text) should not pay for it. `LazyRegex`
stands in for `re.Pattern`: it compiles on the first call of any method, then hands every later
call straight to the compiled pattern's own bound method.

`required_literals` reads a pattern ("\\b(?:declin|refus)\\w*...") and returns strings one of which
every text it matches in contains, or None when it cannot tell. A caller can skip a pattern on a
text that contains none of them. Where a hundred patterns are tested on one short text,
`LiteralIndex` finds which of all their strings occur in one scan, and the tests become set lookups.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache
from typing import Any

__all__ = [
    "LazyRegex",
    "LiteralIndex",
    "letter_first",
    "begins_at_word",
    "lazy_compile",
    "literal_view",
    "required_literal_sets",
    "required_literals",
]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyRegex:
    """A compiled-on-demand `re.Pattern[str]` with the same methods and attributes."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0, *, word_start: bool | None = None) -> None:
        self.pattern = pattern
        self.flags = int(flags)
        # None: read from the pattern (`begins_at_word`); True: the caller vouches for a word's start
        # or `^`; False: no gate.
        self._word_start = word_start
        self._compiled: re.Pattern[str] | None = None

    @cached_property
    def literals(self) -> tuple[str, ...] | None:
        """Strings one of which every matching text contains (`required_literals`), read on first use."""
        return required_literals(self.pattern, self.flags)

    @cached_property
    def literal_sets(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Per top-level alternative, every literal set a match through it needs (`required_literal_sets`)."""
        return required_literal_sets(self.pattern, self.flags)

    @cached_property
    def literal_frozensets(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """`literal_sets` as frozensets, for tests against a `LiteralIndex.present` set."""
        return tuple(tuple(frozenset(words) for words in branch) for branch in self.literal_sets)

    @cached_property
    def word_start(self) -> bool:
        """Whether the compiled pattern is gated: every match begins at a word's first character (read
        from the pattern), or there or where `^` matches (the caller's word)."""
        if self._word_start is not None:
            return self._word_start
        # A pattern that opens with one "\\b" outside any alternation already turns away the same
        # positions as cheaply (measured: gating it costs a little); the gate pays where the test sits
        # inside each branch of an alternation ("\\bshall ...|\\bnothing ...|...").
        branches = _split_top(self.pattern, 0, len(self.pattern))
        if branches is not None and len(branches) == 1 and self.pattern.startswith("\\b"):
            return False
        return begins_at_word(self.pattern, self.flags)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            # The engine tries every alternative of a big alternation at every position of the text.
            # A pattern whose matches all begin where a word begins (or at the very start) is told so
            # up front: one cheap test turns away the positions inside words and between them.
            source = self.pattern
            if self._word_start:
                source = _WORD_OR_TEXT_START_GATE + f"(?:{source})"
            elif self.word_start:
                source = _WORD_START_GATE + f"(?:{source})"
            self._compiled = re.compile(source, self.flags)
            # Instance attributes shadow the methods below: later calls cost no Python frame.
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        gate = ", word_start=True" if self.word_start else ""
        return f"LazyRegex({self.pattern!r}, {self.flags}{gate})"


# The lookahead first: measured faster than "\\b(?=\\w)" and than "\\b" alone, which also stops at
# word ends.
_WORD_START_GATE = r"(?=\w)\b"
_WORD_OR_TEXT_START_GATE = r"(?:(?=\w)\b|^)"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0, *, word_start: bool | None = None) -> LazyRegex:
    """A LazyRegex. The compiled pattern skips every position where no match can begin: by default
    the pattern is read for matches that all begin at a word's first character (`begins_at_word`);
    `word_start=True` is the caller's promise that they begin there or where `^` matches."""
    return LazyRegex(pattern, flags, word_start=word_start)


# --------------------------------------------------------------------------------------------------
# Required literals
# --------------------------------------------------------------------------------------------------

_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIER_START = set("*+?{")
_BOUND = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


def _quantifier(pattern: str, at: int, end: int) -> tuple[int, bool] | None:
    """(index after the quantifier at `at`, whether it allows zero repetitions); None if malformed."""
    if at >= end or pattern[at] not in _QUANTIFIER_START:
        return at, False
    ch = pattern[at]
    if ch == "{":
        m = _BOUND.match(pattern, at, end)
        if m is None or (not m.group(1) and not m.group(2)):
            return None  # a literal brace: not read
        optional = not m.group(1) or int(m.group(1)) == 0
        after = m.end()
    else:
        optional = ch in "*?"
        after = at + 1
    if after < end and pattern[after] in "?+":
        after += 1  # lazy or possessive
    return after, optional


def _split_top(pattern: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The top-level alternatives of pattern[start:end], or None when brackets do not balance."""
    out: list[tuple[int, int]] = []
    depth = 0
    i = branch = start
    while i < end:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = _class_end(pattern, i, end)
            if close is None:
                return None
            i = close
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            out.append((branch, i))
            branch = i + 1
        i += 1
    if depth != 0:
        return None
    out.append((branch, end))
    return out


def _class_end(pattern: str, open_at: int, end: int) -> int | None:
    """Index just past the "]" closing the character class opened at `open_at`."""
    i = open_at + 1
    if i < end and pattern[i] == "^":
        i += 1
    if i < end and pattern[i] == "]":
        i += 1  # a leading "]" is a member
    while i < end:
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    return None


def _group_end(pattern: str, open_at: int, end: int) -> int | None:
    """Index just past the ")" closing the group opened at `open_at`."""
    depth = 0
    i = open_at
    while i < end:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = _class_end(pattern, i, end)
            if close is None:
                return None
            i = close
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _group_body(pattern: str, open_at: int) -> int | None:
    """Where a group's content starts; None for a group whose content is not required text."""
    rest = pattern[open_at + 1 : open_at + 5]
    if not rest.startswith("?"):
        return open_at + 1
    if rest.startswith(("?:", "?=")):
        return open_at + 3
    if rest.startswith("?<="):
        return open_at + 4
    if rest.startswith("?P<"):
        close = pattern.find(">", open_at)
        return None if close < 0 else close + 1
    m = re.match(r"\?[aiLmsux]*(?:-[imsx]+)?:", pattern[open_at + 1 :])
    if m and m.group() != "?:":
        return open_at + 1 + m.end()  # scoped flags, "(?-i:ICE)"
    return None  # negative lookarounds, conditionals, comments, global flags


def _branch_literals(pattern: str, start: int, end: int, depth: int) -> list[str] | None:
    """Literals of the first required element of a sequence that has any; None if none has."""
    found = _branch_requirements(pattern, start, end, depth)
    return found[0] if found else None


def _literals_of(pattern: str, start: int, end: int, depth: int) -> list[str] | None:
    branches = _split_top(pattern, start, end)
    if branches is None:
        return None
    out: list[str] = []
    for b_start, b_end in branches:
        found = _branch_literals(pattern, b_start, b_end, depth)
        if found is None:
            return None
        out.extend(found)
    return out


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings (case-folded) one of which every text the pattern matches in contains; None if unknown.

    Each alternative contributes the first run of two or more literal characters that it cannot
    match without (inside groups and lookaheads too; optional parts and negative lookarounds are
    skipped). Compare them with `literal_view` of the text. Verbose patterns are not read.
    """
    if flags & re.VERBOSE:
        return None
    found = _literals_of(pattern, 0, len(pattern), 0)
    if not found:
        return None
    return tuple(dict.fromkeys(literal_view(word) for word in found))


def required_literal_sets(pattern: str, flags: int = 0) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each top-level alternative, the literal sets a match through it needs, in pattern order.

    `required_literals` reads only the first element of each alternative a match cannot do without;
    a rule such as "\\b(?:disclos|shar)\\w*[^.;]{0,80}?\\b(?:status|citizenship)" needs a second word
    as well. Each set holds strings (case-folded) one of which every text matched through that
    alternative contains: a text that lacks all the strings of some set of every alternative cannot
    match. Empty when the pattern is verbose or not read, or when an alternative has no set.
    """
    if flags & re.VERBOSE:
        return ()
    branches = _split_top(pattern, 0, len(pattern))
    if branches is None:
        return ()
    out: list[tuple[tuple[str, ...], ...]] = []
    for b_start, b_end in branches:
        found = _branch_requirements(pattern, b_start, b_end, 0)
        if not found:
            return ()
        sets = [tuple(dict.fromkeys(literal_view(word) for word in words)) for words in found]
        out.append(tuple(dict.fromkeys(sets)))
    return tuple(out)


def _branch_requirements(pattern: str, start: int, end: int, depth: int) -> list[list[str]]:
    """Every required element of a sequence that has literals, in order: each list holds strings
    one of which a match contains. Reading stops at the first construct it cannot read; what was
    read before it is still required."""
    reqs: list[list[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2:
            reqs.append(["".join(run)])
        run.clear()

    i = start
    while i < end:
        ch = pattern[i]
        escaped = pattern[i + 1 : i + 2] if ch == "\\" else ""
        if escaped and (escaped in "uxUN" or escaped.isdigit()):
            break
        if ch in "([.^$" or escaped.isalnum():
            flush()
            if ch == "(":
                close = _group_end(pattern, i, end)
            elif ch == "[":
                close = _class_end(pattern, i, end)
            else:
                close = i + (2 if ch == "\\" else 1)
            if close is None:
                break
            quantified = _quantifier(pattern, close, end)
            if quantified is None:
                break
            after, optional = quantified
            if ch == "(" and not optional and depth < 8:
                body = _group_body(pattern, i)
                if body is not None:
                    inner = _split_top(pattern, body, close - 1)
                    if inner is not None and len(inner) == 1:
                        reqs.extend(_branch_requirements(pattern, body, close - 1, depth + 1))
                    else:
                        found = _literals_of(pattern, body, close - 1, depth + 1)
                        if found:
                            reqs.append(found)
            i = after
            continue
        if ch == "\\":
            if not escaped:
                break
            literal, width = escaped, 2
        elif ch in _SPECIAL:
            break
        else:
            literal, width = ch, 1
        quantified = _quantifier(pattern, i + width, end)
        if quantified is None:
            break
        after, optional = quantified
        if after != i + width:
            flush()
            i = after
            continue
        run.append(literal)
        i += width
    flush()
    return reqs


# Characters that IGNORECASE matches to an ASCII letter but that case folding leaves apart
# (dotless i; the combining dot that folding leaves after a dotted capital I).
_FOLD_FIXES = str.maketrans({"ı": "i", "\u0307": None})


def literal_view(text: str) -> str:
    """The text as `required_literals` strings are looked up in: case-folded."""
    folded = text.casefold()
    # translate() maps every character through a Python dict (measured: ten times the fold itself);
    # two substring scans show when it has anything to do.
    if "ı" in folded or "\u0307" in folded:
        return folded.translate(_FOLD_FIXES)
    return folded


class LiteralIndex:
    """Which strings of a fixed vocabulary occur in a (`literal_view`) text, found in one scan.

    Testing each of a thousand strings with `in` scans the text a thousand times. Here a string of
    word characters only can occur only inside one run of them, so the text is split into its words
    and each distinct word is looked up once in a table (sentences share most of their words); the
    few strings with spaces or punctuation are tested on the text, each only when the longest run of
    word characters it holds was found among the words. A word not yet in the table is
    read with one pattern shaped like a trie ("dis(?:clos(?:ure)?|semin)"), tried inside a lookahead
    at every position: it reports the longest string starting there, and every shorter one starting
    there is a prefix of it. The result is exact: `present(text) == {w for w in vocabulary if w in text}`.
    """

    _TABLE_LIMIT = 100_000  # words remembered; the table starts again when it is full

    def __init__(self, words: Iterable[str]) -> None:
        self.vocabulary = frozenset(w for w in words if w)
        words_only = frozenset(w for w in self.vocabulary if _WORD_RUN.fullmatch(w))
        phrases = sorted(self.vocabulary - words_only)
        # A phrase's longest run of word characters ("bill" in "a bill") is looked for among the words
        # as well: no run found, no test of the phrase.
        keys = {phrase: max(_WORD_RUN.findall(phrase), key=len, default="") for phrase in phrases}
        self._always = tuple(p for p in phrases if len(keys[p]) < 2)
        self._keyed: dict[str, tuple[str, ...]] = {}
        for phrase in phrases:
            if len(keys[phrase]) >= 2:
                self._keyed[keys[phrase]] = (*self._keyed.get(keys[phrase], ()), phrase)
        self._word_strings = words_only | frozenset(self._keyed)
        self._pattern: re.Pattern[str] | None = None
        self._prefixes: dict[str, frozenset[str]] = {}
        self._by_word: dict[str, frozenset[str]] = {}

    def present(self, folded: str) -> frozenset[str]:
        contains = folded.__contains__
        found = set(filter(contains, self._always))
        table = self._by_word
        runs: set[str] = set()
        for word in set(_WORD_RUN.findall(folded)):
            hits = table.get(word)
            if hits is None:
                hits = self._read_word(word)
            if hits:
                runs.update(hits)
        keyed = self._keyed
        for run in runs:
            phrases = keyed.get(run)
            if phrases is not None:
                found.update(filter(contains, phrases))
        found.update(runs & self.vocabulary)
        return frozenset(found)

    def _read_word(self, word: str) -> frozenset[str]:
        pattern = self._pattern or self._compile()
        prefixes = self._prefixes
        hits: set[str] = set()
        for longest in pattern.findall(word):
            hits.update(prefixes[longest])
        if len(self._by_word) >= self._TABLE_LIMIT:
            self._by_word.clear()
        self._by_word[word] = result = frozenset(hits)
        return result

    def _compile(self) -> re.Pattern[str]:
        trie: dict[str, Any] = {}
        for word in self._word_strings:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = True  # a string ends here
        self._prefixes = {
            word: frozenset(word[:n] for n in range(1, len(word) + 1) if word[:n] in self._word_strings)
            for word in self._word_strings
        }
        # A lookahead matches empty, so findall tries every position, overlapping strings included;
        # an empty vocabulary matches nothing.
        body = _trie_pattern(trie)
        self._pattern = re.compile(f"(?=({body}))" if body else "(?!)")
        return self._pattern


_WORD_RUN = re.compile(r"\w+")


def letter_first(alternatives: str, not_before: str = r"\w", *, ignore_case: bool = False) -> str:
    """`(?<!not_before)(?:alternatives)` for alternatives that each open with a plain letter, written so
    that the engine can skip ahead to the letters they open with.

    A pattern whose first element is a word boundary or a lookbehind makes the engine try a match at
    every position of the text; one whose alternatives open with plain letters lets it jump to the next
    of those letters first (measured: a quarter of the time on running text). The test moves behind
    each letter: "A(?<!\\wA)(?:la|rk)" matches where "\\b(?:Ala|Ark)" does, for `not_before` a class of
    one character. Order within one opening letter is kept; at one position only the alternatives of
    the letter found there can match, so the first that matches is the same.

    With `ignore_case` (for a pattern compiled with re.IGNORECASE) each opening letter becomes the class
    of every character IGNORECASE matches it to ("[Ssſ]"), matched case-sensitively so that the engine
    can still skip to it; the rest of each alternative keeps the pattern's flags.
    """
    branches = _split_top(alternatives, 0, len(alternatives))
    if branches is None:
        raise ValueError(f"cannot read {alternatives!r}")
    by_letter: dict[str, list[str]] = {}
    for start, end in branches:
        letter = alternatives[start : start + 1]
        if not letter.isalpha() or not letter.isascii():
            raise ValueError(f"alternative {alternatives[start:end]!r} opens with no plain letter")
        key = letter.lower() if ignore_case else letter
        by_letter.setdefault(key, []).append(alternatives[start + 1 : end])
    if not ignore_case:
        return "(?:" + "|".join(f"{letter}(?<!{not_before}.)(?:{'|'.join(rests)})" for letter, rests in by_letter.items()) + ")"
    # One class of every opening character, then the alternatives of the one found (the engine skips
    # ahead only on a pattern's first class or on alternatives that open with plain characters).
    classes = {letter: _case_class(letter) for letter in by_letter}
    opening = "(?-i:[" + "".join(c[1:-1] for c in classes.values()) + "])"
    dispatch = "|".join(f"(?<=(?-i:{classes[letter]}))(?:{'|'.join(rests)})" for letter, rests in by_letter.items())
    return f"{opening}(?<!{not_before}.)(?:{dispatch})"


# The only characters beyond ASCII that re.IGNORECASE matches to an ASCII letter: dotted capital I,
# dotless i, long s, Kelvin sign (tests/core/test_lazy_regex_letter_first.py checks every letter against
# a scan of the whole plane, which costs a third of a second: too much to pay at import).
_FOLDED_ONTO_ASCII = "\u0130\u0131\u017f\u212a"


@lru_cache(maxsize=64)
def _case_class(letter: str) -> str:
    """The characters re.IGNORECASE matches to an ASCII `letter`, as a class ("[Kk\u212a]")."""
    pool = dict.fromkeys(letter.upper() + letter.lower() + _FOLDED_ONTO_ASCII)
    matches = [c for c in pool if re.fullmatch(letter, c, re.IGNORECASE)]
    return "[" + "".join(re.escape(c) for c in matches) + "]"


def _trie_pattern(node: dict[str, Any]) -> str:
    """The alternation of a trie node's continuations; optional where a word may end at the node."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: the engine tries the longer word first, so the match is the longest word at the position.
    return f"(?:{body})?" if "" in node else body


# --------------------------------------------------------------------------------------------------
# Matches that begin at a word
# --------------------------------------------------------------------------------------------------

_LOOKAROUND_OPENERS = ("(?<=", "(?<!", "(?=", "(?!")


def begins_at_word(pattern: str, flags: int = 0) -> bool:
    """True when the pattern proves that each match starts at a word's first character.

    Each top-level alternative must open (after any lookarounds, which consume nothing) with `\\b`
    followed by a required word character: a letter, digit or underscore, `\\w`, `\\d`, or
    a required group each of whose alternatives opens so. Anything else (an optional first element,
    a character class, a space) answers False: the reading is conservative, never a guess.
    """
    if flags & (re.VERBOSE | re.ASCII):
        return False  # ASCII: a non-ASCII letter after `\\b` would begin no word
    return _alternatives_begin(pattern, 0, len(pattern), boundary=False, depth=0)


def _alternatives_begin(pattern: str, start: int, end: int, *, boundary: bool, depth: int) -> bool:
    branches = _split_top(pattern, start, end)
    if branches is None or depth > 8:
        return False
    return all(_branch_begins(pattern, b_start, b_end, boundary, depth) for b_start, b_end in branches)


def _branch_begins(pattern: str, start: int, end: int, boundary: bool, depth: int) -> bool:
    i = start
    while i < end:
        ch = pattern[i]
        if pattern.startswith(_LOOKAROUND_OPENERS, i):
            close = _group_end(pattern, i, end)
            if close is None:
                return False
            i = close
            continue
        if pattern.startswith("\\b", i):
            boundary = True
            i += 2
            continue
        if ch == "(":
            close = _group_end(pattern, i, end)
            body = _group_body(pattern, i)
            quantified = _quantifier(pattern, close, end) if close is not None else None
            if close is None or body is None or quantified is None:
                return False
            if not _alternatives_begin(pattern, body, close - 1, boundary=boundary, depth=depth + 1):
                return False
            if not quantified[1]:
                return True
            # "\\b(?:written\\s+)?notice": a match that skips the optional group starts with what
            # follows it, which must begin at a word too.
            i = quantified[0]
            continue
        if ch == "\\":
            escaped = pattern[i + 1 : i + 2]
            width = 2
            word_char = escaped in ("w", "d")
        else:
            width = 1
            word_char = ch.isalnum() or ch == "_"
        quantified = _quantifier(pattern, i + width, end)
        if quantified is None or not (boundary and word_char):
            return False
        if not quantified[1]:
            return True
        i = quantified[0]
    return False
