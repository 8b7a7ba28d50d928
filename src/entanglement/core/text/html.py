"""HTML: the main text through trafilatura, paragraphs separated by blank lines.

Metadata (title, site name, author, date) comes only from what the page states in its markup; the
date search is restricted to markup (`extensive_search=False`), so no date is guessed from running
text or from the URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .document import EmptyDocument, HostileDocument, Limits
from .normalize import normalize_extracted

_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^<>]*?(/?)>")
# Elements that never nest (void) or whose end tag is optional: counting them would make ordinary,
# sloppy HTML look deep.
_NOT_NESTING = frozenset(
    b"area base br col embed hr img input link meta param source track wbr "
    b"p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp html head body".split()
)

# trafilatura's output tree: these hold blocks, every other element is one block of text.
_CONTAINERS = frozenset({"body", "doc", "main", "list", "div", "quote", "section", "article"})
_ROW = "row"
_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")
_SPACE_AROUND_BREAK = re.compile(r" *\n *")


def check_nesting(data: bytes, limit: int) -> None:
    depth = 0
    for match in _TAG.finditer(data):
        closing, name, self_closing = match.groups()
        if name.lower() in _NOT_NESTING or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > limit:
            raise HostileDocument(f"HTML elements nested more than {limit} deep; refusing to parse")


def html_to_text(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    check_nesting(data, limits.max_html_depth)
    import trafilatura

    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = ""
    meta: dict[str, Any] = {}
    if document is not None and not isinstance(document, dict):
        body = getattr(document, "body", None)
        text = "\n\n".join(_blocks(body)) if body is not None else (document.text or "")
        for key in ("title", "sitename", "date", "author", "description", "url", "hostname", "language"):
            value = getattr(document, key, None)
            if isinstance(value, str) and value.strip():
                meta[key] = value.strip()
    text = normalize_extracted(text)
    if not text.strip():
        # No main content recognised (a bare page, a fragment): fall back to every visible word.
        text = normalize_extracted(trafilatura.html2txt(data) or "")
    if not text.strip():
        raise EmptyDocument("the HTML page has no readable text")
    return text, meta


def _blocks(element: Any) -> Iterator[str]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _CONTAINERS and any(isinstance(child.tag, str) for child in element):
        lead = (element.text or "").strip()
        if lead:
            yield lead
        for child in element:
            if isinstance(child.tag, str):
                yield from _blocks(child)
            tail = (child.tail or "").strip()
            if tail:
                yield tail
        return
    if tag == "table":
        # One line per row, cells separated by tabs: a table stays one block.
        line = "\n".join(filter(None, (_row(r) for r in element.iter(_ROW))))
    elif tag == _ROW:
        line = _row(element)
    else:
        line = _inline(element).strip()
    if line:
        yield line


def _row(element: Any) -> str:
    cells = (_inline(cell).strip() for cell in element if isinstance(cell.tag, str))
    return "\t".join(c for c in cells if c)


def _inline(element: Any) -> str:
    if element.tag == "code":
        return "".join(element.itertext())
    # Source line breaks inside a paragraph are just spaces to a reader; only <br> breaks a line.
    parts = [_spaces(element.text)]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif isinstance(child.tag, str):
            parts.append(_inline(child))
        parts.append(_spaces(child.tail))
    return _SPACE_AROUND_BREAK.sub("\n", "".join(parts))


def _spaces(text: str | None) -> str:
    return _WHITESPACE.sub(" ", text) if text else ""
