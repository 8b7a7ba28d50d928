"""Documents in: URLs, files and folders become Sources with their text, and proposals for editors.

Per document: get the bytes (a URL through core.fetch's safe fetcher, a file read within the size
cap); if a Source already holds those bytes, stop — nothing changes. Otherwise `prepare` it: convert
the bytes to text, run the extraction core, plan the proposals and keep the original bytes in the
content-addressed blob store — all without the database, in worker processes with `workers > 1`.
The process that started the run only reads inputs and writes: the Sources and proposals of a
batch of documents in ONE transaction. A process killed at any point therefore leaves each document
either fully stored or not at all (a blob without a Source is harmless: the next run finds it stored
and goes on), and a rerun converges.
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

from django.conf import settings
from django.db import IntegrityError, connections
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from entanglement.core.blobs import BlobStore
from entanglement.core.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FetchError, FetchPolicy, fetch
from entanglement.core.pipeline import extract_document
from entanglement.core.text import DocumentError, Limits, document_from_bytes
from entanglement.settings.env import entanglement_home, env_bool, env_str

from . import models as m
from .importers import ProposedFact, References, plan_proposals, write_proposal_sets
from .search.bulk import deferred_index

NEW, UNCHANGED, FAILED = "new", "unchanged", "failed"
# Documents per task sent to a worker: enough to amortize the hand-off, few enough to keep them busy.
CHUNK_SIZE = 4
# Documents written per transaction: the per-transaction and per-insert costs are paid once for them
# all, and a process killed mid-batch loses (and a rerun redoes) at most this many.
WRITE_BATCH = 16
# Inputs whose digests are looked up in one query.
LOOKUP_BATCH = 64
# A batch of either kind is cut short once it holds this many bytes (of input) or characters (of text).
BATCH_CHARS = 8_000_000


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


@dataclass(frozen=True)
class Prepared:
    """A document converted, read and planned: all that is left is to write it (in one transaction)."""

    target: str
    url: str
    title: str
    publisher: str
    sha256: str
    media_type: str
    text: str
    facts: list[ProposedFact]


def prepare(raw: _Raw, max_bytes: int, references: References, kinds: set[str] | None) -> Prepared | str:
    """Bytes to text to findings to planned proposals, and the bytes into the blob store.

    Touches no database, so it runs in worker processes. A string is the reason it failed (nothing
    was stored then). The blob is written before the Source that names it exists: a blob without a
    Source is harmless, the reverse is not."""
    try:
        document = document_from_bytes(
            raw.data,
            filename=None if raw.url else raw.target,
            media_type=raw.media_type if raw.media_type != "application/octet-stream" else None,
            limits=Limits(max_bytes=max_bytes),
        )
        extraction = extract_document(document, raw.target)
        title = (document.title or "")[:500]
        publisher = (document.publisher or "")[:300]
        plan = plan_proposals(
            document.text, extraction, title=title, publisher=publisher, references=references, kinds=kinds
        )
    except DocumentError as e:
        return str(e)
    except Exception as e:  # a finder's bug costs one document, not the run
        return f"internal error: {type(e).__name__}: {e}"
    blob_store().put(raw.data)
    return Prepared(
        raw.target, raw.url, title, publisher, document.sha256, document.media_type, document.text, plan.facts
    )


def store(prepared: Prepared) -> Outcome:
    """Write one document's Source and proposals in one transaction."""
    return store_many([prepared])[0]


def store_many(batch: list[Prepared]) -> list[Outcome]:
    """Write several documents' Sources and proposals in ONE transaction: all of them or none.

    The Sources are inserted together, with their history rows, and indexed for search together
    when the batch is written (the same entries one save at a time would give). If another process
    stored the same bytes meanwhile, the batch is written again one document per transaction, so
    that only that document is left out."""
    try:
        with deferred_index() as index:  # one transaction: the block is atomic
            sources = bulk_create_with_history([_new_source(p) for p in batch], m.Source)
            index.touch(m.Source, (s.pk for s in sources))
            created = write_proposal_sets(
                [(s, p.facts) for s, p in zip(sources, batch, strict=True)], new_sources=True
            )
    except IntegrityError:
        if len(batch) > 1:
            return [outcome for prepared in batch for outcome in store_many([prepared])]
        return [Outcome(batch[0].target, UNCHANGED, "already stored")]
    return [
        Outcome(p.target, NEW, "", s.pk, sum(c.values()))
        for p, s, c in zip(batch, sources, created, strict=True)
    ]


def _new_source(prepared: Prepared) -> m.Source:
    source = m.Source(
        kind=m.Source.Kind.DOCUMENT,
        url=prepared.url,
        title=prepared.title,
        publisher=prepared.publisher,
        retrieved_at=timezone.now(),
        sha256=prepared.sha256,
        media_type=prepared.media_type,
        text=prepared.text,
    )
    source._change_reason = f"ingested from {prepared.target}"  # type: ignore[attr-defined]
    return source


def _known(sha256s: Iterable[str]) -> dict[str, int]:
    """The stored Sources holding any of these SHA-256 digests."""
    return dict(m.Source.objects.filter(sha256__in=list(sha256s)).values_list("sha256", "pk"))


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
    references = References.load()

    def done(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    def unknown(raws: list[tuple[_Raw, str]]) -> Iterator[_Raw]:
        known = _known(digest for _, digest in raws)
        for raw, digest in raws:
            if digest in known:
                done(Outcome(raw.target, UNCHANGED, "the same bytes are already stored", known[digest]))
            else:
                yield raw

    def pending() -> Iterator[_Raw]:
        # Read a few inputs, then ask the database about all of them at once (a rerun is mostly this).
        read: list[tuple[_Raw, str]] = []
        size = 0
        for target in expand_targets(targets):
            try:
                raw = read_input(target, policy)
            except IngestError as e:
                done(Outcome(target, FAILED, str(e)))
                continue
            read.append((raw, hashlib.sha256(raw.data).hexdigest()))
            size += len(raw.data)
            if len(read) >= LOOKUP_BATCH or size >= BATCH_CHARS or raw.url:
                yield from unknown(read)
                read, size = [], 0
        yield from unknown(read)

    batch: list[Prepared] = []
    size = 0
    queued: set[str] = set()  # the same bytes twice in one run are written once
    for raw, result in _prepared(pending(), workers, policy.max_bytes, references, kinds):
        if isinstance(result, str):
            done(Outcome(raw.target, FAILED, result))
            continue
        if result.sha256 in queued:
            done(Outcome(raw.target, UNCHANGED, "the same bytes are already stored"))
            continue
        queued.add(result.sha256)
        batch.append(result)
        size += len(result.text)
        if len(batch) >= WRITE_BATCH or size >= BATCH_CHARS:
            for outcome in store_many(batch):
                done(outcome)
            batch, size = [], 0
    if batch:
        for outcome in store_many(batch):
            done(outcome)
    return summary


def ingest_upload(name: str, data: bytes, *, kinds: set[str] | None = None) -> Outcome:
    """One document an editor uploaded through the review queue's form: the same path as a file."""
    policy = fetch_policy()
    if len(data) > policy.max_bytes:
        return Outcome(name, FAILED, f"file is over the {policy.max_bytes:,}-byte limit")
    known = _known([hashlib.sha256(data).hexdigest()])
    if known:
        return Outcome(name, UNCHANGED, "the same bytes are already stored", *known.values())
    result = prepare(_Raw(name, data, "", None), policy.max_bytes, References.load(), kinds)
    if isinstance(result, str):
        return Outcome(name, FAILED, result)
    return store(result)


# What every worker process needs besides its documents: set once, when the pool starts it.
_worker_setup: tuple[int, References, set[str] | None] | None = None


def _start_worker(max_bytes: int, references: References, kinds: set[str] | None) -> None:
    global _worker_setup
    _worker_setup = (max_bytes, references, kinds)


def _prepare_chunk(raws: list[_Raw]) -> list[Prepared | str]:
    assert _worker_setup is not None, "the pool's initializer sets it"
    return [prepare(raw, *_worker_setup) for raw in raws]


def _chunks(raws: Iterator[_Raw], size: int) -> Iterator[list[_Raw]]:
    chunk: list[_Raw] = []
    for raw in raws:
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepared(
    raws: Iterator[_Raw], workers: int, max_bytes: int, references: References, kinds: set[str] | None
) -> Iterator[tuple[_Raw, Prepared | str]]:
    """Prepare in order, here or in `workers` forked processes (a bounded number of chunks in flight)."""
    if workers <= 1:
        for raw in raws:
            yield raw, prepare(raw, max_bytes, references, kinds)
        return
    # Forked children never touch the database; closing the parent's connections first keeps them from
    # inheriting live sockets (inside a transaction, as in tests, the connection must stay open).
    if not any(c.in_atomic_block for c in connections.all()):
        connections.close_all()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    in_flight: deque[tuple[list[_Raw], Future[list[Prepared | str]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(max_bytes, references, kinds),
    ) as pool:
        for chunk in _chunks(raws, CHUNK_SIZE):
            in_flight.append((chunk, pool.submit(_prepare_chunk, chunk)))
            if len(in_flight) >= workers * 3:
                first, future = in_flight.popleft()
                yield from zip(first, future.result(), strict=True)
        while in_flight:
            first, future = in_flight.popleft()
            yield from zip(first, future.result(), strict=True)
