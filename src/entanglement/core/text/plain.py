"""Plain text: decoded without guessing.

UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a byte-order mark are read as such.
Anything else that is not valid UTF-8 is read as Windows-1252 only when every byte is defined there
and no control characters appear -- that decoding is then lossless and is recorded in the metadata as
`encoding`; otherwise the file is refused rather than turned into mojibake.
"""

from __future__ import annotations

import codecs
import re

from .document import UndecodableText, UnsupportedMediaType
from .normalize import normalize_plain

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Text with more than this share of control characters is binary that happened to decode.
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as e:
                raise UndecodableText(
                    f"invalid {encoding.removesuffix('-sig').upper()} at byte {e.start}"
                ) from e
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UndecodableText(
                f"not valid UTF-8 (first bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
                "and not clean Windows-1252; convert the file to UTF-8"
            ) from utf8_error
        if _CONTROL.search(text):
            raise UndecodableText(
                f"not valid UTF-8 (first bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}); "
                "convert the file to UTF-8"
            ) from utf8_error
        return text, "cp1252"
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, _MAX_CONTROL_SHARE * min(len(text), 65536)):
        raise UnsupportedMediaType("binary data (control characters), not a text document")
    return text, "utf-8"


def plain_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    text, encoding = decode_text(data)
    return normalize_plain(text), {"encoding": encoding}
