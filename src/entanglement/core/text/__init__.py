"""Document text: bytes in (plain text, HTML, PDF), `DocumentText` out, or a `DocumentError` that
says why not. Heavy readers (trafilatura, pypdf) load only when such a document arrives."""

from .document import (
    DEFAULT_LIMITS,
    BrokenDocument,
    DocumentError,
    DocumentText,
    DocumentTimeout,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    HostileDocument,
    Limits,
    UndecodableText,
    UnsupportedMediaType,
)
from .reader import CONVERTERS, document_from_bytes, read_document
from .sniff import HTML, PDF, PLAIN, sniff_media_type

__all__ = [
    "CONVERTERS",
    "DEFAULT_LIMITS",
    "HTML",
    "PDF",
    "PLAIN",
    "BrokenDocument",
    "DocumentError",
    "DocumentText",
    "DocumentTimeout",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "HostileDocument",
    "Limits",
    "UndecodableText",
    "UnsupportedMediaType",
    "document_from_bytes",
    "read_document",
    "sniff_media_type",
]
