from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from entanglement.core.blobs import BlobError, BlobStore


def test_put_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    first = store.put(b"An ordinance on detainers.")
    again = store.put(b"An ordinance on detainers.")
    assert first.created and not again.created
    assert first.sha256 == hashlib.sha256(b"An ordinance on detainers.").hexdigest()
    assert first.path == again.path
    assert store.get(first.sha256) == b"An ordinance on detainers."
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [first.sha256]


def test_corruption_is_detected(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    stored = store.put(b"original")
    stored.path.write_bytes(b"tampered")
    with pytest.raises(BlobError, match="corrupt"):
        store.get(stored.sha256)


def test_a_half_written_file_is_replaced(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    digest = hashlib.sha256(b"complete bytes").hexdigest()
    path = store.path_for(digest)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"compl")
    assert store.put(b"complete bytes").created
    assert store.get(digest) == b"complete bytes"


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "A" * 64, "0" * 63])
def test_names_must_be_digests(tmp_path: Path, bad: str) -> None:
    with pytest.raises(BlobError):
        BlobStore(tmp_path).path_for(bad)


def test_missing_blob(tmp_path: Path) -> None:
    with pytest.raises(BlobError, match="no stored document"):
        BlobStore(tmp_path).get("0" * 64)
