"""`entangle extract`: dates, jurisdictions, citations, courts, quotes and policy categories from files.

Starts without Django, and without trafilatura or pypdf until an HTML or PDF input needs them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

GAZETTEER_ENV = "ENTANGLEMENT_GAZETTEER"
SUFFIXES = (".txt", ".html", ".htm", ".pdf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.txt .html .htm .pdf), folders (walked), or - for stdin",
    )
    parser.add_argument(
        "--format", choices=("jsonl", "json", "table"), default="jsonl", help="output format (default: jsonl)"
    )
    parser.add_argument(
        "--gazetteer",
        metavar="FILE",
        default=os.environ.get(GAZETTEER_ENV) or None,
        help=f"a Census-style place list to resolve places with (default: ${GAZETTEER_ENV}, else the registry)",
    )
    parallel = parser.add_mutually_exclusive_group()
    parallel.add_argument(
        "--workers", type=_positive_int, default=1, metavar="N", help="local worker processes"
    )
    parallel.add_argument(
        "--dask", metavar="ADDRESS", help="run on a dask.distributed scheduler (tcp://host:8786)"
    )
    parser.add_argument(
        "--max-mb",
        type=float,
        default=25.0,
        metavar="MB",
        help="refuse documents larger than this (default: 25)",
    )


def run(args: argparse.Namespace) -> int:
    if args.workers > 1 or args.dask:
        return _run(args)
    # Start-up (the finders' imports, eyecite's reporter tables, the registry, the first document's
    # patterns) makes hundreds of thousands of lasting objects and few cycles: the cyclic collector
    # would rescan the growing heap many times over, ~0.1 s of a one-file run. It is paused until the
    # first result is out. Worker processes are forked from this one, so runs with workers keep it on.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(args, resume_collector=enabled)
    finally:
        if enabled:
            gc.enable()


def _run(args: argparse.Namespace, *, resume_collector: bool = False) -> int:
    from entanglement.core.pipeline import extract_many, load_gazetteer
    from entanglement.core.text import Limits

    limits = Limits(max_bytes=int(args.max_mb * 1024 * 1024))
    if args.gazetteer and not Path(args.gazetteer).is_file():
        print(f"entangle extract: gazetteer file {args.gazetteer} does not exist", file=sys.stderr)
        return 2
    if args.gazetteer and args.workers == 1 and not args.dask:
        # Loaded here (and cached for the run) so a malformed list is one clear error, not one per file.
        try:
            load_gazetteer(args.gazetteer)
        except Exception as e:
            print(f"entangle extract: cannot load gazetteer {args.gazetteer}: {e}", file=sys.stderr)
            return 2
    items = list(_inputs(args.paths, limits.max_bytes))
    if not items:
        print("entangle extract: no .txt, .html, .htm or .pdf files found", file=sys.stderr)
        return 1
    results = extract_many(
        items, workers=args.workers, dask_address=args.dask, gazetteer_path=args.gazetteer, limits=limits
    )
    if resume_collector:
        results = _collector_on_after_first(results)
    try:
        failed = _write(results, args.format, sys.stdout)
    except OSError as e:
        # Per-file read errors never get here; this is the executor itself (an unreachable scheduler).
        where = f"the Dask scheduler at {args.dask}" if args.dask else "the worker processes"
        print(f"entangle extract: cannot run on {where}: {e}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _collector_on_after_first(results: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for n, result in enumerate(results):
        if n == 0:
            # What start-up made lives as long as the run: frozen, the collector never scans it (else
            # its first pass after the pause would scan it all at once). Reference counting still
            # frees what is dropped.
            gc.freeze()
            gc.enable()
        yield result


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _inputs(paths: Iterable[str], max_bytes: int) -> Iterator[tuple[str, str | bytes]]:
    for name in paths:
        if name == "-":
            # Read one byte past the cap so an oversized stream is refused, not silently truncated.
            yield "-", sys.stdin.buffer.read(max_bytes + 1)
        elif Path(name).is_dir():
            found = [p for p in sorted(Path(name).rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file()]
            if not found:
                print(f"entangle extract: no .txt, .html, .htm or .pdf files under {name}", file=sys.stderr)
            for path in found:
                yield str(path), str(path)
        else:
            yield name, name  # a missing file becomes a per-file error downstream


def _write(results: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    failed = 0
    collected: list[dict[str, Any]] = []
    try:
        for result in results:
            failed += "error" in result
            if fmt == "jsonl":
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                out.flush()
            else:
                collected.append(result)
        if fmt == "json":
            json.dump(collected, out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif fmt == "table":
            out.write(_table(collected))
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other Unix tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's exit flush quiet
    return failed


def _table(results: list[dict[str, Any]]) -> str:
    header = ("source", "date", "jurisdictions", "citations", "quotes", "categories")
    rows = [header]
    for r in results:
        if "error" in r:
            rows.append((r["source"], "ERROR", "", "", "", r["error"]))
            continue
        rows.append(
            (
                r["source"],
                r.get("document_date") or "-",
                " ".join(j["geoid"] for j in r.get("jurisdictions", [])) or "-",
                str(len(r.get("citations", []))),
                str(len(r.get("quotes", []))),
                " ".join(r.get("categories", [])) or "-",
            )
        )
    # Only the list of codes is cut to fit; sources and error messages (last column) are shown whole.
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    widths[2] = min(widths[2], 60)
    lines = []
    for row in rows:
        cells = [_fit(cell, width).ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * len(header[-1]))
    return "\n".join(lines) + "\n"


def _fit(cell: str, width: int) -> str:
    return cell if len(cell) <= width else cell[: width - 1] + "\u2026"
