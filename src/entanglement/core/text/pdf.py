"""PDF: the text layer through pypdf, pdfplumber when pypdf cannot read a file.

Pages are joined by blank lines. Password-protected files are refused unless they open with the
empty user password (owner-password-only "protection" that every viewer ignores). The creation date
in the PDF's info dictionary records when the file was made, not when the document was issued, so
it goes into the metadata and never becomes `date`.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Any

from .document import (
    BrokenDocument,
    DocumentTimeout,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    Limits,
)
from .normalize import normalize_extracted


def pdf_to_text(data: bytes, limits: Limits) -> tuple[str, dict[str, Any]]:
    started = time.monotonic()
    try:
        pages, meta = _with_pypdf(data, limits, started)
    except (EncryptedDocument, DocumentTooLarge, DocumentTimeout):
        raise
    except Exception as pypdf_error:  # pypdf raises many types on damaged files; try the other reader.
        try:
            pages, meta = _with_pdfplumber(data, limits, started)
        except (EncryptedDocument, DocumentTooLarge, DocumentTimeout):
            raise
        except Exception as plumber_error:
            raise BrokenDocument(f"cannot read the PDF: {_describe(pypdf_error)}") from plumber_error
        meta["reader"] = "pdfplumber"
    else:
        if not any(p.strip() for p in pages):
            # Some text layers pypdf cannot decode are readable by pdfminer.
            try:
                fallback, _ = _with_pdfplumber(data, limits, started)
            except (DocumentTooLarge, DocumentTimeout):
                raise
            except Exception:
                fallback = []
            if any(p.strip() for p in fallback):
                pages, meta["reader"] = fallback, "pdfplumber"
    text = normalize_extracted("\n\n".join(p.strip("\n") for p in pages))
    if not text.strip():
        raise EmptyDocument("the PDF has no text layer (a scanned image?); OCR it first")
    return text, meta


def _with_pypdf(data: bytes, limits: Limits, started: float) -> tuple[list[str], dict[str, Any]]:
    from pypdf import PasswordType, PdfReader

    # pypdf logs every recoverable defect; the caller only needs text or one clear error.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except Exception as e:
            raise EncryptedDocument(f"the PDF is encrypted and cannot be opened: {_describe(e)}") from e
        if opened == PasswordType.NOT_DECRYPTED:
            raise EncryptedDocument("the PDF is password-protected; supply an unprotected copy")
    count = len(reader.pages)
    _check_pages(count, limits)
    pages = []
    for page in reader.pages:
        _check_time(started, limits)
        pages.append(page.extract_text() or "")
    meta: dict[str, Any] = {"page_count": count, "reader": "pypdf"}
    info = reader.metadata
    if info is not None:
        for key, name in (("/Title", "title"), ("/Author", "author"), ("/Subject", "description")):
            value = info.get(key)
            if isinstance(value, str) and value.strip():
                meta[name] = value.strip()
        created = info.get("/CreationDate")
        if isinstance(created, str) and created.strip():
            meta["pdf_creation_date"] = created.strip()
    return pages, meta


def _with_pdfplumber(data: bytes, limits: Limits, started: float) -> tuple[list[str], dict[str, Any]]:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        if "password" in type(e).__name__.lower() or "encrypt" in str(e).lower():
            raise EncryptedDocument("the PDF is password-protected; supply an unprotected copy") from e
        raise
    with pdf:
        _check_pages(len(pdf.pages), limits)
        pages = []
        for page in pdf.pages:
            _check_time(started, limits)
            pages.append(page.extract_text() or "")
        meta: dict[str, Any] = {"page_count": len(pdf.pages)}
        title = (pdf.metadata or {}).get("Title")
        if isinstance(title, str) and title.strip():
            meta["title"] = title.strip()
    return pages, meta


def _check_pages(count: int, limits: Limits) -> None:
    if count > limits.max_pdf_pages:
        raise DocumentTooLarge(f"the PDF has {count} pages; the limit is {limits.max_pdf_pages}")


def _check_time(started: float, limits: Limits) -> None:
    if time.monotonic() - started > limits.max_seconds:
        raise DocumentTimeout(f"reading the PDF took longer than {limits.max_seconds:g} s")


def _describe(error: BaseException) -> str:
    message = str(error).strip() or type(error).__name__
    return message if len(message) < 200 else message[:197] + "..."
