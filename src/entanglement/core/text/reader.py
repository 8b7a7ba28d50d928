"""Bytes to DocumentText, through a converter picked from a table keyed by media type."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .deadline import time_limit
from .document import DEFAULT_LIMITS, DocumentText, DocumentTooLarge, EmptyDocument, Limits
from .sniff import HTML, PDF, PLAIN, sniff_media_type

Converter = Callable[[bytes, Limits], tuple[str, dict[str, Any]]]


def _plain(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    from .plain import plain_to_text

    text, meta = plain_to_text(data)
    return text, dict(meta)


def _html(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    # Imported on first use: trafilatura and pypdf cost more start-up time than a small text file.
    from .html import html_to_text

    return html_to_text(data, limits)


def _pdf(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    from .pdf import pdf_to_text

    return pdf_to_text(data, limits)


CONVERTERS: dict[str, Converter] = {PLAIN: _plain, HTML: _html, PDF: _pdf}
_NAMES = {PLAIN: "text", HTML: "HTML page", PDF: "PDF"}


def document_from_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    media_type: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> DocumentText:
    """Turn a document's bytes into text; raise a DocumentError subclass saying why not."""
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(f"{_mb(len(data))} is over the {_mb(limits.max_bytes)} limit")
    if not data.strip():
        raise EmptyDocument("the document is empty")
    kind = sniff_media_type(data, filename=filename, declared=media_type)
    with time_limit(limits.max_seconds, _NAMES[kind]):
        text, meta = CONVERTERS[kind](data, limits)
    if not text.strip():
        raise EmptyDocument("the document has no readable text")
    title = meta.pop("title", None)
    publisher = meta.pop("sitename", None)
    date = meta.pop("date", None)
    return DocumentText(
        text=text,
        media_type=kind,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        title=title,
        publisher=publisher,
        date=date,
        metadata=meta,
    )


def read_document(path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> DocumentText:
    """Read a file (checking its size before reading it) and convert it."""
    file = Path(path)
    size = file.stat().st_size
    if size > limits.max_bytes:
        raise DocumentTooLarge(f"{_mb(size)} is over the {_mb(limits.max_bytes)} limit")
    with file.open("rb") as handle:
        # A file that grows while we read it is still held to the cap.
        data = handle.read(limits.max_bytes + 1)
    return document_from_bytes(data, filename=file.name, limits=limits)


def _mb(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.1f} MB" if megabytes >= 1 else f"{size:,} bytes"
