"""`tracker.ingest`: files, folders and URLs in; Sources, blobs and proposals out; bad input stores nothing."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from entanglement.core.fetch import FetchPolicy
from entanglement.tracker import models as m
from entanglement.tracker.importers import References
from entanglement.tracker.ingest import (
    FAILED,
    NEW,
    UNCHANGED,
    blob_store,
    ingest,
    prepare,
    read_input,
    store,
    store_many,
)
from entanglement.tracker.registry import load_us_registry

from .conftest import Served

pytestmark = pytest.mark.django_db

LOOPBACK = FetchPolicy(allow_loopback=True, max_bytes=2_000_000, timeout=10)

NEWS = (
    "SPRINGFIELD, Ill., May 4, 2025 - \u201cOur deputies will not hold anyone for ICE without a judge's "
    "warrant,\u201d said Sheriff Dana Whitfield of Sangamon County. Illinois law already limits such "
    "holds, and the county board agreed on Tuesday.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def nothing_stored() -> bool:
    return not m.Source.objects.filter(kind="document").exists() and not m.Proposal.objects.exists()


@pytest.fixture
def registry() -> None:
    load_us_registry()


def test_a_file_becomes_a_source_with_its_blob_and_proposals(tmp_path: Path, registry: None) -> None:
    path = write(tmp_path, "news.txt", NEWS)

    summary = ingest([str(path)], policy=LOOPBACK)

    assert [o.status for o in summary.outcomes] == [NEW]
    source = m.Source.objects.get(kind="document")
    digest = hashlib.sha256(NEWS.encode()).hexdigest()
    assert source.sha256 == digest and source.text.startswith("SPRINGFIELD")
    assert blob_store().get(digest) == NEWS.encode()
    kinds = set(m.Proposal.objects.filter(source=source).values_list("kind", flat=True))
    assert {"jurisdiction_link", "statement"} <= kinds
    link = m.Proposal.objects.get(source=source, kind="jurisdiction_link", key="17167")
    assert link.status == "pending" and link.jurisdiction is not None
    assert link.evidence is not None and "Sangamon County" in link.evidence.text
    assert source.text[link.evidence.start : link.evidence.end] == link.evidence.text
    statement = m.Proposal.objects.get(source=source, kind="statement")
    assert statement.payload["quotes"][0]["speaker"] == "Dana Whitfield"
    assert statement.payload["date"] == "2025-05-04"
    assert summary.outcomes[0].proposals == m.Proposal.objects.count()


def test_reingesting_the_same_bytes_changes_nothing_and_says_so(tmp_path: Path, registry: None) -> None:
    first = write(tmp_path, "a.txt", NEWS)
    copy = write(tmp_path, "copy/b.txt", NEWS)
    ingest([str(first)], policy=LOOPBACK)
    counts = (m.Source.objects.count(), m.Proposal.objects.count(), m.Passage.objects.count(),
              m.Proposal.history.count())  # fmt: skip

    summary = ingest([str(first), str(copy)], policy=LOOPBACK)

    assert [o.status for o in summary.outcomes] == [UNCHANGED, UNCHANGED]
    assert "already stored" in summary.outcomes[0].detail
    assert "0 new, 2 unchanged, 0 failed" in summary.lines()[0]
    after = (m.Source.objects.count(), m.Proposal.objects.count(), m.Passage.objects.count(),
             m.Proposal.history.count())  # fmt: skip
    assert after == counts


def test_a_folder_is_walked_and_duplicates_within_it_are_stored_once(tmp_path: Path) -> None:
    write(tmp_path, "docs/one.txt", "The council met on Monday.\n")
    write(tmp_path, "docs/sub/two.txt", "The board met on Tuesday.\n")
    write(tmp_path, "docs/sub/same.txt", "The council met on Monday.\n")
    write(tmp_path, "docs/.hidden.txt", "Not ingested.\n")

    summary = ingest([str(tmp_path / "docs")], policy=LOOPBACK)

    assert sorted((Path(o.target).name, o.status) for o in summary.outcomes) == [
        ("one.txt", NEW), ("same.txt", UNCHANGED), ("two.txt", NEW),
    ]  # fmt: skip
    assert m.Source.objects.count() == 2


def test_two_workers_store_what_one_worker_stores(tmp_path: Path, registry: None) -> None:
    for i in range(5):
        write(tmp_path, f"docs/{i}.txt", NEWS.replace("May 4", f"May {i + 5}"))
    summary = ingest([str(tmp_path / "docs")], workers=2, policy=LOOPBACK)
    assert [o.status for o in summary.outcomes] == [NEW] * 5
    per_source = sorted(m.Proposal.objects.filter(kind="statement").values_list("payload__date", flat=True))
    assert per_source == [f"2025-05-{d:02d}" for d in range(5, 10)]


def test_a_url_is_fetched_once_and_reingesting_it_changes_nothing(served: Served, registry: None) -> None:
    page = (
        b"<html><head><title>County limits detainers</title></head><body><article><p>"
        + (NEWS.encode() * 3)
        + b"</p></article></body></html>"
    )
    url = served.add("/news.html", page)

    first = ingest([url], policy=LOOPBACK)
    second = ingest([url], policy=LOOPBACK)

    assert [o.status for o in first.outcomes] == [NEW]
    assert [o.status for o in second.outcomes] == [UNCHANGED]
    source = m.Source.objects.get(kind="document")
    assert source.url == url and source.media_type == "text/html"
    assert "Sangamon County" in source.text and "<p>" not in source.text


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/news.html",
        "http://10.0.0.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/news.html",
        "http://[::ffff:127.0.0.1]:{port}/news.html",
        "http://2130706433:{port}/news.html",
        "file:///etc/passwd",
    ],
)
def test_private_network_urls_are_refused_before_connecting(url: str, served: Served) -> None:
    served.add("/news.html", NEWS.encode())
    port = served.url.rsplit(":", 1)[1]

    summary = ingest([url.format(port=port)], policy=FetchPolicy(timeout=5))

    assert [o.status for o in summary.outcomes] == [FAILED]
    assert "refused" in summary.outcomes[0].detail
    assert served.requests == []
    assert nothing_stored()


def test_a_redirect_to_a_private_address_is_refused(served: Served) -> None:
    url = served.redirect("/go", "http://10.1.2.3/internal")
    summary = ingest([url], policy=LOOPBACK)
    assert summary.outcomes[0].status == FAILED and "10.1.2.3" in summary.outcomes[0].detail
    assert served.requests == ["/go"]
    assert nothing_stored()


def hostile_nesting() -> bytes:
    return b"<html><body>" + b"<div>" * 10_000 + b"deep" + b"</div>" * 10_000 + b"</body></html>"


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="letmein", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("deep.html", hostile_nesting(), "nest"),
        ("big.html", b"<html><body>" + b"<p>padding words</p>" * 1_100_000 + b"</body></html>", "limit"),
        ("scripts.html", b"<html><body><script>document.write('x')</script></body></html>", "text"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref", ""),
        ("locked.pdf", encrypted_pdf(), "password"),
        ("latin.txt", b"Resolution \x81\x8d adopted", "UTF-8"),
        ("empty.txt", b"  \n", "empty"),
    ],
)
def test_bad_input_is_a_clear_error_and_stores_nothing(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = write(tmp_path, name, content)

    summary = ingest([str(path)], policy=LOOPBACK)

    outcome = summary.outcomes[0]
    assert outcome.status == FAILED, outcome
    assert reason.lower() in outcome.detail.lower()
    assert "internal error" not in outcome.detail
    assert nothing_stored()
    assert not any((Path(str(blob_store().root))).rglob("*")) if blob_store().root.exists() else True


def test_script_text_never_reaches_the_stored_text(tmp_path: Path) -> None:
    page = (
        b"<html><head><title>Board notice</title><script>var secret = 'script words';</script></head>"
        b"<body><article><p>"
        + b"The county board adopted a resolution on detainers. " * 5
        + b"</p><script>alert('script words')</script></article></body></html>"
    )
    ingest([str(write(tmp_path, "notice.html", page))], policy=LOOPBACK)
    source = m.Source.objects.get(kind="document")
    assert "adopted a resolution" in source.text
    assert "script words" not in source.text and "<" not in source.text


def test_a_missing_file_fails_alone_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "The council met on Monday.\n")
    summary = ingest([str(tmp_path / "missing.txt"), str(good)], policy=LOOPBACK)
    assert [o.status for o in summary.outcomes] == [FAILED, NEW]
    assert "cannot read" in summary.outcomes[0].detail


def test_a_batch_clashing_with_another_writer_stores_the_rest_and_each_document_once(
    tmp_path: Path, registry: None
) -> None:
    paths = [write(tmp_path, f"{n}.txt", NEWS.replace("May 4", f"May {n + 5}")) for n in range(3)]
    references = References.load()
    prepared = [prepare(read_input(str(p), LOOPBACK), LOOPBACK.max_bytes, references, None) for p in paths]
    assert all(not isinstance(p, str) for p in prepared)
    ready = [p for p in prepared if not isinstance(p, str)]
    # Another process wrote the middle document after this one checked the digests.
    assert store(ready[1]).status == NEW
    proposals_of_the_middle = m.Proposal.objects.count()

    outcomes = store_many(ready)

    assert [(o.status, o.detail) for o in outcomes] == [(NEW, ""), (UNCHANGED, "already stored"), (NEW, "")]
    assert m.Source.objects.filter(kind="document").count() == 3
    assert m.Proposal.objects.count() == 3 * proposals_of_the_middle
    assert outcomes[0].proposals == outcomes[2].proposals == proposals_of_the_middle
