"""Decide a document's media type from its bytes first, then its declared type and file name."""

from __future__ import annotations

import re
from pathlib import PurePath

from .document import BrokenDocument, UnsupportedMediaType

PDF = "application/pdf"
HTML = "text/html"
PLAIN = "text/plain"

# Signatures of formats people send by mistake; naming them makes the refusal useful.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/ODF document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_EXTENSIONS = {
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".txt": PLAIN,
    ".text": PLAIN,
    ".pdf": PDF,
}

_DECLARED = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "text/plain": PLAIN,
    "application/pdf": PDF,
    "application/x-pdf": PDF,
}

# Types servers send when they do not know: the bytes decide instead.
_UNINFORMATIVE = {"application/octet-stream", "binary/octet-stream", "application/unknown", ""}

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head)\b[^>]*>", re.I)


def sniff_media_type(data: bytes, *, filename: str | None = None, declared: str | None = None) -> str:
    """Return PDF, HTML or PLAIN, or raise UnsupportedMediaType/BrokenDocument."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise UnsupportedMediaType(f"this is {what}, not a text, HTML or PDF document")
    claimed = _claimed_type(filename, declared)
    if claimed == PDF:
        raise BrokenDocument("not a PDF: the file has no %PDF- header")
    if not data.startswith(_TEXT_BOMS) and b"\x00" in data[:8192]:
        raise UnsupportedMediaType("binary data (NUL bytes), not a text, HTML or PDF document")
    if claimed is not None:
        return claimed
    body = head.removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(body) or _HTML_ANYWHERE.search(body):
        return HTML
    return PLAIN


def _claimed_type(filename: str | None, declared: str | None) -> str | None:
    if declared:
        base = declared.split(";", 1)[0].strip().lower()
        if base in _DECLARED:
            return _DECLARED[base]
        if base.startswith("text/"):
            return PLAIN
        if base not in _UNINFORMATIVE:
            raise UnsupportedMediaType(f"media type {base!r} is not one we read (text, HTML or PDF)")
    if filename:
        return _EXTENSIONS.get(PurePath(filename).suffix.lower())
    return None
