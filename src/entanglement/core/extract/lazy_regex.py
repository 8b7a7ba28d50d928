"""Regular expressions compiled on first use, and the literals a pattern's matches must start with.

A finder with a hundred large patterns spends a tenth of a second compiling them; a command that
never reaches that finder (a news story is no policy text) should not pay for it. `LazyRegex`
stands in for `re.Pattern`: it compiles on the first call of any method, then hands every later
call straight to the compiled pattern's own bound method.

`leading_literals` reads the start of a pattern ("\\b(?:declin|refus)\\w*...") and returns the
lowercase strings one of which begins every match, or None when the pattern does not open with
literals on every branch. A caller can skip a pattern on a text that contains none of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

__all__ = ["LazyRegex", "lazy_compile", "leading_literals", "literal_view"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyRegex:
    """A compiled-on-demand `re.Pattern[str]` with the same methods and attributes."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self.flags = int(flags)
        self._compiled: re.Pattern[str] | None = None

    @cached_property
    def literals(self) -> tuple[str, ...] | None:
        """Strings one of which opens every match (`leading_literals`), read on first use."""
        return leading_literals(self.pattern, self.flags)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
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
        return f"LazyRegex({self.pattern!r}, {self.flags})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyRegex:
    return LazyRegex(pattern, flags)


# --------------------------------------------------------------------------------------------------
# Leading literals
# --------------------------------------------------------------------------------------------------

_QUANTIFIER = "?*+{"
_ESCAPED_LITERALS = {"-": "-", ".": ".", "(": "(", ")": ")", "'": "'", '"': '"', "/": "/", " ": " "}


def _split_top(pattern: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The top-level alternatives of pattern[start:end], or None when brackets do not balance."""
    out: list[tuple[int, int]] = []
    depth = 0
    in_class = False
    i = branch = start
    while i < end:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if i + 1 < end and pattern[i + 1] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            out.append((branch, i))
            branch = i + 1
        i += 1
    if depth != 0 or in_class:
        return None
    out.append((branch, end))
    return out


def _group_end(pattern: str, open_at: int) -> int | None:
    """Index just past the ")" closing the group opened at `open_at`."""
    depth = 0
    in_class = False
    i = open_at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


def _branch_literals(pattern: str, start: int, end: int, depth: int) -> list[str] | None:
    i = start
    # Zero-width openings ("\b", "^") match no characters.
    while True:
        if pattern.startswith("\\b", i) and i + 2 <= end:
            i += 2
        elif pattern.startswith("^", i) and i < end:
            i += 1
        else:
            break
    if i >= end:
        return None
    if pattern[i] == "(":
        close = _group_end(pattern, i)
        if close is None or close > end or depth > 8:
            return None
        if close < end and pattern[close] in _QUANTIFIER:
            return None  # an optional or repeated group may be skipped
        inner = i + 1
        if pattern.startswith("?:", inner):
            inner += 2
        elif pattern.startswith("?-i:", inner) or pattern.startswith("?i:", inner):
            inner = pattern.index(":", inner) + 1
        elif pattern.startswith("?", inner):
            return None  # lookarounds, named groups and flags: not read
        return _literals_of(pattern, inner, close - 1, depth + 1)
    run: list[str] = []
    while i < end:
        ch = pattern[i]
        if ch == "\\":
            if i + 1 < end and pattern[i + 1] in _ESCAPED_LITERALS:
                literal = _ESCAPED_LITERALS[pattern[i + 1]]
                width = 2
            else:
                break
        elif ch.isalnum() or ch in "-'’&/ ":
            literal = ch
            width = 1
        else:
            break
        if i + width < end and pattern[i + width] in _QUANTIFIER:
            break  # "honou?r": the quantified character may be absent
        run.append(literal)
        i += width
    word = "".join(run).lower()
    return [word] if len(word) >= 2 else None


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


def leading_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lowercase strings one of which opens every match of `pattern`; None when unknown.

    Only patterns that open with literal text on every branch are read; the strings are compared
    with `literal_view` of the text. Verbose patterns are not read.
    """
    if flags & re.VERBOSE:
        return None
    found = _literals_of(pattern, 0, len(pattern), 0)
    if not found:
        return None
    return tuple(dict.fromkeys(found))


# Characters that IGNORECASE matches to an ASCII letter but that case folding leaves apart
# (dotless i; the combining dot that folding leaves after a dotted capital I).
_FOLD_FIXES = str.maketrans({"ı": "i", "\u0307": None})


def literal_view(text: str) -> str:
    """The text as `leading_literals` strings are looked up in: case-folded."""
    return text.casefold().translate(_FOLD_FIXES)
