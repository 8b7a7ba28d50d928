"""Content-addressed storage of original document bytes.

Files are named by their SHA-256, so storing the same bytes twice is a no-op and a stored file can be
checked against its name at any time. Writes go to a temporary file in the same folder, are flushed
to disk, and are renamed into place: a process killed mid-write leaves no half file under a real name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobError(Exception):
    pass


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    path: Path
    size: int
    created: bool  # False when identical bytes were already stored


class BlobStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise BlobError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> StoredBlob:
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if path.exists() and path.stat().st_size == len(data):
            return StoredBlob(digest, path, len(data), created=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(data)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return StoredBlob(digest, path, len(data), created=True)

    def get(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as e:
            raise BlobError(f"no stored document with SHA-256 {sha256}") from e
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobError(f"stored document {sha256} is corrupt: its bytes no longer match its name")
        return data

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
