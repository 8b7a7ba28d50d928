"""Text in, `Extraction` out: every finder run over one document, and many documents run in order.

`extract` is pure and deterministic: the same text gives the same Extraction in the CLI, in the web
process and on a Dask worker. `extract_many` keeps results in input order whichever executor runs
them: in this process, in a local process pool (`workers`), or on a dask.distributed cluster
(`dask_address`). Each worker process loads the gazetteer once and reuses it for every document.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.util
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from entanglement.core.extract.citations import find_citations
from entanglement.core.extract.courts import find_courts
from entanglement.core.extract.dates import find_document_date
from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.extract.provisions import find_provisions, is_policy_text
from entanglement.core.extract.quotes import find_quotes
from entanglement.core.models import DocumentDate, Extraction, Span
from entanglement.core.text import (
    DEFAULT_LIMITS,
    DocumentError,
    DocumentText,
    Limits,
    document_from_bytes,
    read_document,
)

if TYPE_CHECKING:
    from entanglement.core.gazetteer import Gazetteer

__all__ = [
    "WorkItem",
    "extract",
    "extract_document",
    "extract_item",
    "extract_many",
    "extract_path",
    "load_gazetteer",
]

# One input: (source as the user named it, a path to read or the bytes themselves, e.g. stdin).
WorkItem = tuple[str, "str | bytes"]

# Documents per task sent to a worker: large enough to amortize the hand-off, small enough that a
# slow document does not hold back many others behind it.
CHUNK_SIZE = 4


def extract(
    text: str,
    source: str,
    *,
    gazetteer: Gazetteer | None = None,
    title: str | None = None,
    metadata: dict[str, Any] | None = None,
    stated_date: str | None = None,
) -> Extraction:
    """Run every finder over `text`. Spans in the result index `text`.

    `stated_date` is a date the document's own metadata gives (an HTML page's published date); it is
    used only when the text states none itself.
    """
    document_date = find_document_date(text)
    if document_date is None and stated_date:
        document_date = DocumentDate(date=stated_date, mention="", span=Span(0, 0), basis="metadata")
    is_policy = is_policy_text(text)
    return Extraction(
        source=source,
        text_length=len(text),
        document_date=document_date,
        jurisdictions=tuple(find_jurisdictions(text, gazetteer)),
        citations=tuple(find_citations(text)),
        courts=tuple(find_courts(text)),
        quotes=tuple(find_quotes(text)),
        provisions=tuple(find_provisions(text)) if is_policy else (),
        is_policy=is_policy,
        title=title,
        metadata=dict(metadata or {}),
    )


def extract_document(
    document: DocumentText, source: str, *, gazetteer: Gazetteer | None = None
) -> Extraction:
    """Extract from a converted document, carrying its own metadata into the result."""
    metadata: dict[str, Any] = {
        "media_type": document.media_type,
        "sha256": document.sha256,
        "size": document.size,
    }
    if document.publisher:
        metadata["publisher"] = document.publisher
    if document.date:
        metadata["stated_date"] = document.date
    metadata.update(document.metadata)
    return extract(
        document.text,
        source,
        gazetteer=gazetteer,
        title=document.title,
        metadata=metadata,
        stated_date=document.date,
    )


def extract_path(
    path: str | os.PathLike[str], gazetteer: Gazetteer | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """One file to one JSON-ready result; a failure becomes {"source": path, "error": "..."}."""
    source = os.fspath(path)
    return _extract_one(source, source, gazetteer, limits)


def extract_item(
    item: WorkItem, gazetteer_path: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> dict[str, Any]:
    """The unit of work a worker runs: pure, picklable arguments, the gazetteer loaded once per process."""
    source, content = item
    return _extract_one(source, content, load_gazetteer(gazetteer_path), limits)


def extract_chunk(
    items: list[WorkItem], gazetteer_path: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> list[dict[str, Any]]:
    return [extract_item(item, gazetteer_path, limits) for item in items]


def extract_many(
    inputs: Iterable[WorkItem | str | os.PathLike[str]],
    workers: int = 1,
    dask_address: str | None = None,
    gazetteer_path: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[dict[str, Any]]:
    """Yield one result per input, in input order.

    Paths are read where the work runs: with `dask_address`, every Dask worker must see the same
    files at the same absolute paths (a shared filesystem); bytes inputs travel with the task.
    """
    items = (_as_item(i, absolute=dask_address is not None) for i in inputs)
    if dask_address:
        yield from _on_dask(items, dask_address, gazetteer_path, limits)
    elif workers > 1:
        yield from _on_processes(items, workers, gazetteer_path, limits)
    else:
        for item in items:
            yield extract_item(item, gazetteer_path, limits)


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: str | None) -> Gazetteer:
    """The gazetteer for a place-list file, or the default registry for None, built once per process.

    Building takes a tenth of a second for the default registry and over a second for a national place
    list, paid again by every process that starts (most of the start-up of a one-file `entangle
    extract`); the built registry is therefore kept as a pickle in the user's cache folder, keyed by the
    list's bytes and by the code and data that build it, so a change to any of them builds it afresh.
    A cache file that cannot be read is ignored and replaced.
    """
    from entanglement.core.gazetteer import Gazetteer

    cached = _gazetteer_cache_file(path)
    if cached is not None:
        with contextlib.suppress(Exception):  # missing, truncated, corrupt, from another version: rebuild
            data = cached.read_bytes()
            with _collector_paused():
                loaded = pickle.loads(data)
            if isinstance(loaded, Gazetteer):
                return loaded
    with _collector_paused():
        gazetteer = Gazetteer.default() if path is None else Gazetteer.with_places_file(path)
    if cached is not None:
        _write_cache(cached, gazetteer)
    return gazetteer


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a registry is made.

    A registry is tens of thousands of small tuples, lists and dicts, none of them garbage; made with
    the collector on, it is scanned again and again as it grows, which costs a third of loading a
    national place list. The objects are freed by reference counting as usual meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_cache(cached: Path, gazetteer: Gazetteer) -> None:
    # Unique per process and thread: Dask workers may run two first tasks at once.
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(pickle.dumps(gazetteer, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cached)  # atomic: a concurrent reader sees the old file or the new one
        _prune(cached.parent, keep=4)
    except (OSError, pickle.PicklingError):
        # A read-only or full cache folder costs speed, never the run.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _prune(folder: Path, keep: int) -> None:
    """Drop all but the most recently written cached gazetteers (old lists, old code)."""
    entries = sorted(folder.glob("gazetteer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[keep:]:
        stale.unlink(missing_ok=True)


def _gazetteer_cache_file(places_path: str | None) -> Path | None:
    """Where the registry built from `places_path` (None: the default registry) is cached."""
    digest = hashlib.sha256(b"default" if places_path is None else b"places")
    if places_path is not None:
        try:
            digest.update(Path(places_path).read_bytes())
        except OSError:
            return None  # let the builder raise its own clear error
    package = Path(__file__).resolve().parent.parent
    inputs = sorted((package / "core" / "gazetteer").rglob("*"))
    inputs.append(package / "seed" / "places.yaml")
    # The registry's states and counties come from the `us` package, whose data lives in its modules;
    # found without importing it, so that a cache hit need not load it.
    us = importlib.util.find_spec("us")
    if us is not None and us.origin:
        inputs.extend(sorted(Path(us.origin).resolve().parent.glob("*.py")))
    digest.update(sys.version.encode())
    for source in inputs:
        if "__pycache__" in source.parts:
            continue
        try:
            content = source.read_bytes()
        except (IsADirectoryError, FileNotFoundError):
            continue
        except OSError:
            return None  # an input we cannot read: no key we could trust
        digest.update(str(source.relative_to(source.anchor)).encode())
        digest.update(len(content).to_bytes(8, "big"))
        digest.update(content)
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(home) / "entanglement" / f"gazetteer-{digest.hexdigest()[:32]}.pickle"


def _extract_one(
    source: str, content: str | bytes, gazetteer: Gazetteer | None, limits: Limits
) -> dict[str, Any]:
    try:
        if isinstance(content, bytes):
            document = document_from_bytes(content, filename=None if source == "-" else source, limits=limits)
        else:
            document = read_document(content, limits=limits)
        return extract_document(document, source, gazetteer=gazetteer).to_dict()
    except DocumentError as e:
        return _failure(source, str(e), e)
    except OSError as e:
        return _failure(source, f"cannot read: {e.strerror or e}", e)
    except Exception as e:  # a finder's bug must cost one document, not the whole run
        return _failure(source, f"internal error: {type(e).__name__}: {e}", e)


def _failure(source: str, message: str, error: BaseException) -> dict[str, Any]:
    return {"source": source, "error": message, "error_type": type(error).__name__}


def _as_item(value: WorkItem | str | os.PathLike[str], *, absolute: bool) -> WorkItem:
    if isinstance(value, tuple):
        source, content = value
    else:
        source = content = os.fspath(value)
    if absolute and isinstance(content, str):
        content = os.path.abspath(content)
    return source, content


class _Pending(Protocol):
    """A submitted chunk: a concurrent.futures.Future or a distributed.Future."""

    def result(self) -> list[dict[str, Any]]: ...


def _chunks(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    chunk: list[WorkItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(
    submit: Callable[[list[WorkItem]], _Pending],
    items: Iterable[WorkItem],
    window: int,
) -> Iterator[dict[str, Any]]:
    """Keep `window` chunks in flight and yield their results in submission order (bounded memory)."""
    pending: deque[_Pending] = deque()
    for chunk in _chunks(items, CHUNK_SIZE):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


# Run once before forking workers so that lazily built state (the default gazetteer, compiled
# patterns) is built once in the parent and shared copy-on-write, instead of once per worker.
_WARM_UP_TEXT = (
    "SPRINGFIELD, Ill., March 1, 2024 - \u201cThis is a sentence that warms every finder,\u201d said "
    "Jane Roe of Cook County, citing 8 U.S.C. 1373 and the Seventh Circuit.\n\n"
    "Section 1. No officer shall inquire into immigration status."
)


def _warm_worker(gazetteer_path: str | None) -> None:
    # A failure here would break the whole pool; left to the first document, it becomes its error.
    with contextlib.suppress(Exception):
        extract(_WARM_UP_TEXT, "warm-up", gazetteer=load_gazetteer(gazetteer_path))


def _on_processes(
    items: Iterable[WorkItem], workers: int, gazetteer_path: str | None, limits: Limits
) -> Iterator[dict[str, Any]]:
    # Imported here: a run in one process (the common one-file case) should not pay for them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        # Forked workers inherit the parent's loaded gazetteer and imported finders: the per-worker
        # initializer then finds everything cached and costs nothing.
        _warm_worker(gazetteer_path)
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_warm_worker, initargs=(gazetteer_path,)
    ) as pool:
        yield from _in_order(
            lambda chunk: pool.submit(extract_chunk, chunk, gazetteer_path, limits), items, window=workers * 3
        )


def _on_dask(
    items: Iterable[WorkItem], address: str, gazetteer_path: str | None, limits: Limits
) -> Iterator[dict[str, Any]]:
    from distributed import Client

    with Client(address) as client:  # type: ignore[no-untyped-call]
        window = max(2, 3 * sum(client.nthreads().values()))

        def submit(chunk: list[WorkItem]) -> _Pending:
            future: _Pending = client.submit(extract_chunk, chunk, gazetteer_path, limits, pure=False)
            return future

        yield from _in_order(submit, items, window=window)
