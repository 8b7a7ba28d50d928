"""Bytes -> DocumentText: each media type, each limit, each way a document can be refused."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from entanglement.core.text import (
    HTML,
    PDF,
    PLAIN,
    BrokenDocument,
    DocumentError,
    DocumentTimeout,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    HostileDocument,
    Limits,
    UndecodableText,
    UnsupportedMediaType,
    document_from_bytes,
    read_document,
    sniff_media_type,
)

# --- a minimal PDF writer, so the tests control exactly what the file holds ---------------------


def _pdf_string(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A valid PDF whose pages show the given lines in Helvetica (Latin-1 text only)."""
    page_ids = [4 + 2 * i for i in range(len(pages))]
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, lines in zip(page_ids, pages, strict=True):
        ops = [
            "BT",
            "/F1 12 Tf",
            "14 TL",
            "72 720 Td",
            *(f"({_pdf_string(line)}) Tj T*" for line in lines),
            "ET",
        ]
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {page_id + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = ""
    if title is not None:
        objects.append(f"<< /Title ({_pdf_string(title)}) >>".encode("latin-1"))
        info = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def encrypted(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- plain text ---------------------------------------------------------------------------------

PLAIN_CASES = [
    pytest.param(
        b"Council adopts policy.\n\nIt takes effect today.",
        "Council adopts policy.\n\nIt takes effect today.",
        "utf-8",
        id="utf8",
    ),
    pytest.param(codecs.BOM_UTF8 + "Caf\u00e9 hours".encode(), "Caf\u00e9 hours", "utf-8", id="utf8-bom"),
    pytest.param(
        codecs.BOM_UTF16_LE + "Se\u00f1or L\u00f3pez said".encode("utf-16-le"),
        "Se\u00f1or L\u00f3pez said",
        "utf-16",
        id="utf16le-bom",
    ),
    pytest.param(
        codecs.BOM_UTF16_BE + "\u201cquoted\u201d words".encode("utf-16-be"),
        "\u201cquoted\u201d words",
        "utf-16",
        id="utf16be-bom",
    ),
    pytest.param(b"line one\r\nline two\rline three", "line one\nline two\nline three", "utf-8", id="crlf"),
    pytest.param(
        b"\x93Smart quotes\x94 \x96 from a 1990s word processor",
        "\u201cSmart quotes\u201d \u2013 from a 1990s word processor",
        "cp1252",
        id="cp1252-fallback",
    ),
    pytest.param(
        b"an escape code \x1b in a long enough line of ordinary words here",
        "an escape code   in a long enough line of ordinary words here",
        "utf-8",
        id="control-replaced",
    ),
]


@pytest.mark.parametrize(("data", "text", "encoding"), PLAIN_CASES)
def test_plain_text_decodes(data: bytes, text: str, encoding: str) -> None:
    document = document_from_bytes(data, filename="notice.txt")
    assert document.text == text
    assert document.media_type == PLAIN
    assert document.metadata["encoding"] == encoding
    assert document.size == len(data)
    assert len(document.sha256) == 64


def test_invalid_utf8_that_is_not_clean_cp1252_is_refused() -> None:
    # 0x81 and 0x8d are undefined in Windows-1252, so no lossless decoding exists.
    with pytest.raises(UndecodableText, match="not valid UTF-8"):
        document_from_bytes(b"Resolution \x81\x8d adopted", filename="r.txt")


def test_invalid_utf8_with_control_bytes_is_refused() -> None:
    with pytest.raises(UndecodableText, match="offset 4"):
        document_from_bytes(b"abc \xff\x01\x02 def", filename="r.txt")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(UnsupportedMediaType, match="NUL"):
        document_from_bytes(b"looks like text\x00but is not", filename="t.txt")


def test_binary_data_is_refused() -> None:
    with pytest.raises(UnsupportedMediaType, match="binary"):
        document_from_bytes(bytes(range(256)) * 4, filename="blob.txt")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "executable"),
    ],
)
def test_known_binary_formats_are_named(data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedMediaType, match=what):
        document_from_bytes(data, filename="upload.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_documents_are_refused(data: bytes) -> None:
    with pytest.raises(EmptyDocument):
        document_from_bytes(data, filename="empty.txt")


def test_unknown_declared_media_type_is_refused() -> None:
    with pytest.raises(UnsupportedMediaType, match="image/png"):
        document_from_bytes(b"some words", media_type="image/png")


# --- sniffing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "declared", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", None, None, HTML),
        (b"  <html lang=en><p>x</p>", "page", None, HTML),
        (b"plain words, <b> here", None, None, PLAIN),
        (b"<p>fragment</p>", "page.htm", None, HTML),
        (b"<html><p>declared as text</p>", "page.txt", None, PLAIN),
        (b"%PDF-1.7\n...", "no-extension", None, PDF),
        (b"words", None, "text/plain; charset=utf-8", PLAIN),
        (b"<p>x</p>", None, "application/xhtml+xml", HTML),
        (b"<html><p>x</p>", None, "application/octet-stream", HTML),
    ],
)
def test_sniffing(data: bytes, filename: str | None, declared: str | None, expected: str) -> None:
    assert sniff_media_type(data, filename=filename, declared=declared) == expected


def test_pdf_extension_without_pdf_bytes_is_broken() -> None:
    with pytest.raises(BrokenDocument, match="%PDF"):
        document_from_bytes(b"this is not a pdf at all", filename="order.pdf")


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Council limits detainers | Town of Example</title>
<meta property="og:site_name" content="Town of Example">
<meta property="article:published_time" content="2024-05-06T09:00:00-05:00">
<meta name="author" content="Pat Writer">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></nav>
<main><article>
<h1>Council limits detainers</h1>
<p>EXAMPLETOWN &mdash; The town council voted on Monday to stop holding people on civil detainer requests
without a judicial warrant, after months of public hearings on the question.</p>
<p>&ldquo;Our officers should spend their time on public safety,&rdquo; said Council Member Ana Ruiz.<br>She
added that the change would take effect in thirty days.</p>
<p>The ordinance also requires a yearly public report on every request the town receives from federal agencies.</p>
</article></main>
<footer>Copyright Town of Example. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_paragraphs_and_stated_metadata() -> None:
    document = document_from_bytes(PAGE.encode(), filename="story.html")
    assert document.media_type == HTML
    paragraphs = document.text.split("\n\n")
    assert any(p.startswith("EXAMPLETOWN \u2014 The town council voted") for p in paragraphs)
    assert any(p.startswith("\u201cOur officers") and "\nShe\nadded" not in p for p in paragraphs)
    assert "said Council Member Ana Ruiz.\nShe" in document.text  # <br> is a line break, not a paragraph
    assert "Contact us" not in document.text  # navigation is boilerplate
    assert "All rights reserved" not in document.text
    assert document.title == "Council limits detainers"
    assert document.publisher == "Town of Example"
    assert document.date == "2024-05-06"
    assert document.metadata.get("author") == "Pat Writer"


def test_html_date_is_not_guessed_from_running_text() -> None:
    page = (
        "<html><head><title>Notice</title></head><body><article>"
        "<p>On March 3, 2021 the board met, and on April 9, 2022 it met again to review the policy on detainers.</p>"
        "<p>Copyright 2023. The board meets every month in the town hall, and the public may attend.</p>"
        "</article></body></html>"
    )
    document = document_from_bytes(page.encode(), filename="n.html")
    assert document.date is None
    assert "March 3, 2021" in document.text


def test_html_without_main_content_falls_back_to_visible_text() -> None:
    document = document_from_bytes(b"<html><body><span>Short note.</span></body></html>", filename="x.html")
    assert "Short note." in document.text


def test_html_with_no_text_is_empty() -> None:
    with pytest.raises(EmptyDocument):
        document_from_bytes(
            b"<html><head><script>var a = 1;</script></head><body></body></html>", filename="x.html"
        )


def test_deeply_nested_html_is_refused() -> None:
    hostile = b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>"
    with pytest.raises(HostileDocument, match="nested"):
        document_from_bytes(hostile, filename="deep.html")


def test_sloppy_but_ordinary_html_is_not_called_hostile() -> None:
    # Thousands of unclosed <p> and <li> are ordinary old HTML, not nesting.
    page = (
        b"<html><body><ul>"
        + b"<li>item words here" * 3000
        + b"</ul>"
        + b"<p>para text" * 3000
        + b"</body></html>"
    )
    assert "item words here" in document_from_bytes(page, filename="old.html").text


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_pages_become_paragraphs() -> None:
    pdf = make_pdf(
        [["ORDINANCE NO. 12", "Section 1. Purpose."], ["Section 2. Detainers."]], title="Ordinance 12"
    )
    document = document_from_bytes(pdf, filename="ordinance.pdf")
    assert document.media_type == PDF
    assert document.text == "ORDINANCE NO. 12\nSection 1. Purpose.\n\nSection 2. Detainers."
    assert document.title == "Ordinance 12"
    assert document.metadata["page_count"] == 2
    assert document.date is None


def test_pdf_is_recognised_without_extension() -> None:
    assert document_from_bytes(make_pdf([["Hello there"]])).media_type == PDF


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedDocument, match="password"):
        document_from_bytes(
            encrypted(make_pdf([["secret words"]]), user_password="letmein"), filename="s.pdf"
        )


def test_pdf_with_only_an_owner_password_is_read() -> None:
    document = document_from_bytes(encrypted(make_pdf([["open words"]]), user_password=""), filename="o.pdf")
    assert document.text == "open words"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.4\n1 0 obj << /Type /Catalog", id="truncated-header"),
        pytest.param(make_pdf([["cut short by a bad download"]])[:180], id="truncated-body"),
        pytest.param(b"%PDF-1.4\n" + bytes(range(256)) * 20, id="garbage"),
    ],
)
def test_broken_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(DocumentError) as caught:
        document_from_bytes(data, filename="broken.pdf")
    assert isinstance(caught.value, BrokenDocument | EmptyDocument)
    assert str(caught.value)


def test_pdf_without_text_layer_is_empty() -> None:
    with pytest.raises(EmptyDocument, match="no text layer"):
        document_from_bytes(make_pdf([[]]), filename="scan.pdf")


def test_pdf_page_cap() -> None:
    pdf = make_pdf([["page one"], ["page two"], ["page three"]])
    with pytest.raises(DocumentTooLarge, match="3 pages"):
        document_from_bytes(pdf, filename="long.pdf", limits=Limits(max_pdf_pages=2))


def test_pdf_time_cap() -> None:
    with pytest.raises(DocumentTimeout, match="longer than"):
        document_from_bytes(make_pdf([["page one"]]), filename="slow.pdf", limits=Limits(max_seconds=-1))


# --- size cap -----------------------------------------------------------------------------------


def test_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB
    with pytest.raises(DocumentTooLarge, match="50.0 MB is over the 25.0 MB limit"):
        read_document(big)


def test_the_cap_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(DocumentTooLarge):
        read_document(path, limits=Limits(max_bytes=1000))
    assert read_document(path, limits=Limits(max_bytes=5000)).size == 2000


def test_bytes_over_the_cap_are_refused() -> None:
    with pytest.raises(DocumentTooLarge):
        document_from_bytes(b"y" * 101, limits=Limits(max_bytes=100))


def test_read_document_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_document(path).media_type == HTML


def test_html_table_rows_are_lines_of_one_block() -> None:
    page = (
        b"<html><body><article><p>The roll call on the detainer ordinance was taken at the end of the meeting.</p>"
        b"<table><tr><th>Member</th><th>Vote</th></tr><tr><td>Ana Ruiz</td><td>Yes</td></tr>"
        b"<tr><td>Bo Diaz</td><td>No</td></tr></table></article></body></html>"
    )
    text = document_from_bytes(page, filename="votes.html").text
    assert "Member\tVote\nAna Ruiz\tYes\nBo Diaz\tNo" in text


def test_html_time_cap() -> None:
    body = b"".join(
        b"<p>Paragraph %d: the county will not hold anyone on a detainer alone.</p>" % i for i in range(8000)
    )
    page = b"<html><body><article>" + body + b"</article></body></html>"
    with pytest.raises(DocumentTimeout, match="HTML page took longer than 0.05 s"):
        document_from_bytes(page, filename="huge.html", limits=Limits(max_seconds=0.05))
    # The timer is gone afterwards: a normal conversion is not interrupted later.
    assert document_from_bytes(PAGE.encode(), filename="ok.html").title == "Council limits detainers"


def test_the_time_cap_puts_back_an_outer_timer() -> None:
    import signal

    handler = signal.getsignal(signal.SIGALRM)
    outer = signal.setitimer(signal.ITIMER_REAL, 500)
    try:
        with pytest.raises(DocumentTimeout):
            document_from_bytes(
                b"<p>many small paragraphs</p>" * 20000, filename="h.html", limits=Limits(max_seconds=0.01)
            )
        delay, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 400 < delay <= 500
        assert signal.getsignal(signal.SIGALRM) is handler
    finally:
        signal.setitimer(signal.ITIMER_REAL, *outer)


def test_gbk_mojibake_of_a_non_breaking_space_is_that_space() -> None:
    from entanglement.core.text.normalize import normalize_plain

    # UTF-8 C2 A0 read as GBK gives U+807D, gluing "California" to the next word
    glued = "\u00c2\u00a0".encode("latin-1").decode("gbk")
    assert glued == "\u807d"
    text = f"The governor of California{glued}signed it in Cook County{glued}."
    out = normalize_plain(text)
    assert out == "The governor of California\u00a0signed it in Cook County\u00a0."
    assert len(out) == len(text)
    # inside Chinese text the character is a word of its own and stays
    assert normalize_plain("\u6211\u807d\u5230\u4e86") == "\u6211\u807d\u5230\u4e86"
