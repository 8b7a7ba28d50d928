"""Minimal text normalization. Spans index the normalized text, so every step here happens before
any finder runs and nothing after it rewrites the text."""

from __future__ import annotations

import re

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x85]")
# C0/C1 controls other than tab and newline (NUL from PDFs, stray escape codes) carry no text.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
# A non-breaking space (UTF-8 C2 A0) that went through a GBK decoder comes out as U+807D, which
# glues the words around it into one ("California\u807dsigned"). Next to ASCII it is that space;
# inside Chinese text, where it is a real character, its neighbours are not ASCII.
_GBK_NBSP = re.compile(r"(?<=[\x21-\x7e])\u807d|\u807d(?=[\x21-\x7e])")


def normalize_plain(text: str) -> str:
    """Line endings and control characters only: a plain-text file keeps its own layout."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\x0c", "\n")
    if "\u807d" in text:
        text = _GBK_NBSP.sub("\u00a0", text)
    return _CONTROLS.sub(" ", text)


def normalize_extracted(text: str) -> str:
    """For text rebuilt from HTML or PDF: also drop trailing blanks and keep at most one blank line."""
    text = normalize_plain(text)
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")
