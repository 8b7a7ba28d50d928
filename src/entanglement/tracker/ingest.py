"""Documents in: URLs, files and folders become Sources with their text, and proposals for editors.

Per document: get the bytes (a URL through core.fetch's safe fetcher, a file read within the size
cap); if a Source already holds those bytes, stop — nothing changes; otherwise convert them to text
and run the extraction core (in worker processes with `workers > 1`), keep the original bytes in the
content-addressed blob store, and write the Source and its proposals in ONE transaction. A process
killed at any point therefore leaves each document either fully stored or not at all (a blob
without a Source is harmless: the next run finds it stored and goes on), and a rerun converges.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.utils import timezone

from entanglement.core.blobs import BlobStore
from entanglement.core.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FetchError, FetchPolicy, fetch
from entanglement.core.models import Extraction
from entanglement.core.pipeline import extract_document
from entanglement.core.text import DocumentError, DocumentText, Limits, document_from_bytes
from entanglement.settings.env import entanglement_home, env_bool, env_str

from . import models as m
from .importers import import_extraction

NEW, UNCHANGED, FAILED = "new", "unchanged", "failed"


class IngestError(Exception):
    """One input could not be ingested; the message says why. Nothing of it was stored."""


@dataclass(frozen=True)
class Outcome:
    target: str
    status: str  # NEW | UNCHANGED | FAILED
    detail: str = ""
    source_id: int | None = None
    proposals: int = 0


@dataclass
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    def lines(self) -> list[str]:
        counts = self.counts
        out = [
            f"{counts[NEW]} new, {counts[UNCHANGED]} unchanged, {counts[FAILED]} failed "
            f"({sum(o.proposals for o in self.outcomes)} proposals for review)"
        ]
        out.extend(f"  failed: {o.target}: {o.detail}" for o in self.outcomes if o.status == FAILED)
        return out


def fetch_policy() -> FetchPolicy:
    """The fetch limits from the settings (or the environment); loopback is for tests only."""

    def setting(name: str, default: str) -> str:
        return str(getattr(settings, name, env_str(name, default)))

    allow = getattr(settings, "ENTANGLEMENT_FETCH_ALLOW_LOOPBACK", None)
    return FetchPolicy(
        max_bytes=int(setting("ENTANGLEMENT_FETCH_MAX_BYTES", str(DEFAULT_MAX_BYTES))),
        timeout=float(setting("ENTANGLEMENT_FETCH_TIMEOUT", str(DEFAULT_TIMEOUT))),
        allow_loopback=bool(allow)
        if allow is not None
        else env_bool("ENTANGLEMENT_FETCH_ALLOW_LOOPBACK", False),
    )


def blob_store() -> BlobStore:
    return BlobStore(entanglement_home() / "blobs")


def is_url(target: str) -> bool:
    return "://" in target


def expand_targets(targets: Iterable[str]) -> Iterator[str]:
    """URLs as given, files as given, folders walked (sorted, hidden entries skipped)."""
    for target in targets:
        path = Path(target)
        if is_url(target) or not path.is_dir():
            yield target
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield str(Path(root) / name)


@dataclass(frozen=True)
class _Raw:
    """An input's bytes and what is known of them before conversion."""

    target: str
    data: bytes
    url: str
    media_type: str | None


def read_input(target: str, policy: FetchPolicy) -> _Raw:
    if is_url(target):
        if len(target) > 2000:
            raise IngestError("URL is longer than 2,000 characters")
        try:
            fetched = fetch(target, policy)
        except FetchError as e:
            raise IngestError(str(e)) from e
        return _Raw(target, fetched.data, target, fetched.media_type)
    try:
        with open(target, "rb") as handle:
            data = handle.read(policy.max_bytes + 1)
    except OSError as e:
        raise IngestError(f"cannot read: {e.strerror or e}") from e
    if len(data) > policy.max_bytes:
        raise IngestError(f"file is over the {policy.max_bytes:,}-byte limit")
    return _Raw(target, data, "", None)


def convert(raw: _Raw, max_bytes: int) -> tuple[DocumentText, Extraction] | str:
    """Bytes to text to findings (pure: runs in worker processes). A string is the reason it failed."""
    try:
        document = document_from_bytes(
            raw.data,
            filename=None if raw.url else raw.target,
            media_type=raw.media_type if raw.media_type != "application/octet-stream" else None,
            limits=Limits(max_bytes=max_bytes),
        )
        return document, extract_document(document, raw.target)
    except DocumentError as e:
        return str(e)
    except Exception as e:  # a finder's bug costs one document, not the run
        return f"internal error: {type(e).__name__}: {e}"


def store(raw: _Raw, document: DocumentText, extraction: Extraction, kinds: set[str] | None) -> Outcome:
    """Keep the bytes, then write the Source and its proposals in one transaction."""
    blob_store().put(raw.data)
    try:
        with transaction.atomic():
            source = m.Source(
                kind=m.Source.Kind.DOCUMENT,
                url=raw.url,
                title=(document.title or "")[:500],
                publisher=(document.publisher or "")[:300],
                retrieved_at=timezone.now(),
                sha256=document.sha256,
                media_type=document.media_type,
                text=document.text,
            )
            source._change_reason = f"ingested from {raw.target}"  # type: ignore[attr-defined]
            source.save()
            report = import_extraction(source, extraction, kinds=kinds)
    except IntegrityError:
        # Another process stored the same bytes between our check and our write.
        return Outcome(raw.target, UNCHANGED, "already stored")
    return Outcome(raw.target, NEW, "", source.pk, report.total)


def _known(sha256: str) -> int | None:
    return m.Source.objects.filter(sha256=sha256).values_list("pk", flat=True).first()


def ingest(
    targets: Iterable[str],
    *,
    workers: int = 1,
    kinds: set[str] | None = None,
    policy: FetchPolicy | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Ingest every target; one bad input is a failed outcome, never an exception for the batch."""
    policy = policy or fetch_policy()
    summary = IngestSummary()

    def done(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def pending() -> Iterator[_Raw]:
        for target in expand_targets(targets):
            try:
                raw = read_input(target, policy)
            except IngestError as e:
                done(Outcome(target, FAILED, str(e)))
                continue
            known = _known(hashlib.sha256(raw.data).hexdigest())
            if known is not None:
                done(Outcome(target, UNCHANGED, "the same bytes are already stored", known))
                continue
            yield raw

    for raw, result in _converted(pending(), workers, policy.max_bytes):
        if isinstance(result, str):
            done(Outcome(raw.target, FAILED, result))
            continue
        if _known(result[0].sha256) is not None:  # the same bytes twice in one batch
            done(Outcome(raw.target, UNCHANGED, "the same bytes are already stored"))
            continue
        done(store(raw, result[0], result[1], kinds))
    return summary


def ingest_upload(name: str, data: bytes, *, kinds: set[str] | None = None) -> Outcome:
    """One document an editor uploaded through the review queue's form: the same path as a file."""
    policy = fetch_policy()
    if len(data) > policy.max_bytes:
        return Outcome(name, FAILED, f"file is over the {policy.max_bytes:,}-byte limit")
    known = _known(hashlib.sha256(data).hexdigest())
    if known is not None:
        return Outcome(name, UNCHANGED, "the same bytes are already stored", known)
    raw = _Raw(name, data, "", None)
    result = convert(raw, policy.max_bytes)
    if isinstance(result, str):
        return Outcome(name, FAILED, result)
    return store(raw, result[0], result[1], kinds)


def _converted(
    raws: Iterator[_Raw], workers: int, max_bytes: int
) -> Iterator[tuple[_Raw, tuple[DocumentText, Extraction] | str]]:
    """Convert in order, here or in `workers` forked processes (a bounded number in flight)."""
    if workers <= 1:
        for raw in raws:
            yield raw, convert(raw, max_bytes)
        return
    # Forked children never touch the database; closing the parent's connections first keeps them from
    # inheriting live sockets (inside a transaction, as in tests, the connection must stay open).
    if not any(c.in_atomic_block for c in connections.all()):
        connections.close_all()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    in_flight: deque[tuple[_Raw, Future[Any]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for raw in raws:
            in_flight.append((raw, pool.submit(convert, raw, max_bytes)))
            if len(in_flight) >= workers * 3:
                first, future = in_flight.popleft()
                yield first, future.result()
        while in_flight:
            first, future = in_flight.popleft()
            yield first, future.result()
