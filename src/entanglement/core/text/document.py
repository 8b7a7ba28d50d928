"""The value a document becomes, the limits applied on the way, and the ways it can fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps that keep one hostile or oversized input from stalling a whole run."""

    max_bytes: int = 25 * MEGABYTE
    max_pdf_pages: int = 2000
    # Wall-clock cap on converting one document (see deadline.py for where it is enforced).
    max_seconds: float = 120.0
    # Element nesting beyond this is refused before any parser sees the markup.
    max_html_depth: int = 400


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class DocumentText:
    """A document's readable text and what it says about itself.

    `text` is the text every finding's span refers to. `date` is only a date the document states in
    its own metadata (never one guessed from running text or from the file); `metadata` holds further
    stated facts (author, description, page count, the text encoding used, ...).
    """

    text: str
    media_type: str
    sha256: str
    size: int
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type,
            "sha256": self.sha256,
            "size": self.size,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "metadata": dict(self.metadata),
            "text_length": len(self.text),
        }


class DocumentError(Exception):
    """A document that cannot be turned into text; the message says why, for the person who sent it."""


class DocumentTooLarge(DocumentError):
    """Over the byte cap or the PDF page cap."""


class DocumentTimeout(DocumentError):
    """Took longer than the time cap to convert."""


class EmptyDocument(DocumentError):
    """No bytes, or no readable text in them."""


class UnsupportedMediaType(DocumentError):
    """Binary data or a format we do not read (images, archives, office files, ...)."""


class UndecodableText(DocumentError):
    """Plain text in an encoding we cannot decode without guessing."""


class EncryptedDocument(DocumentError):
    """A password-protected PDF."""


class BrokenDocument(DocumentError):
    """A file that claims a format but cannot be parsed as it."""


class HostileDocument(DocumentError):
    """Markup built to exhaust parsers (e.g. elements nested thousands deep)."""
