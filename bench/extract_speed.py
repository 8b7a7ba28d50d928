"""Speed and memory of `entangle extract`, measured on the gold texts repeated to at least 5 MB.

    .venv/bin/python bench/extract_speed.py [--gold DIR] [--gazetteer FILE] [--mb 5]

Prints one table: single-process throughput; the full pipeline's time over `eyecite.get_citations`
alone on the same texts (target <= 3x); `--workers 2` over `--workers 1` (target >= 1.7x); the wall
time of `entangle extract` on one small file, start-up included (target < 1 s); the peak memory of an
extract run with the gazetteer (target < 300 MB).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ENTANGLE = str(Path(sys.executable).with_name("entangle"))
# Holds a reporter-shaped citation on purpose, so that every finder (eyecite too) loads: the worst case.
SMALL_TEXT = (
    "SPRINGFIELD, Ill., March 3, 2025 - The city council voted on Monday to end its agreement under "
    'section 287(g), citing 8 U.S.C. 1373 and 888 F.3d 272. "We will not spend local money on federal '
    'civil enforcement," said Mayor Ann Lee.\n'
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--gold", type=Path, default=SHARED / "eval" / "dev", help="folder of gold .txt files"
    )
    parser.add_argument(
        "--gazetteer",
        default=str(SHARED / "reference" / "gazetteer" / "us_census_places.csv"),
        help="place list for the runs (default: the shared Census list); 'none' for the built-in registry",
    )
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size to build by repetition (MB)")
    args = parser.parse_args()
    gazetteer = None if args.gazetteer == "none" else args.gazetteer

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.gold.rglob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files under {args.gold}")
    corpus = _repeat(texts, int(args.mb * 1024 * 1024))
    size_mb = sum(len(t.encode()) for t in corpus) / (1024 * 1024)
    rows: list[tuple[str, str, str]] = [("corpus", f"{len(corpus)} documents, {size_mb:.2f} MB", "")]

    _progress(f"in-process pipeline and eyecite over {size_mb:.2f} MB")
    (pipe_wall, pipe_cpu), (eye_wall, eye_cpu) = _in_process(corpus, gazetteer)
    rows.append(("1 process, in-process pipeline", _rate(size_mb, pipe_wall, pipe_cpu), ""))
    rows.append(("eyecite.get_citations alone", _rate(size_mb, eye_wall, eye_cpu), ""))
    ratio = pipe_cpu / eye_cpu
    rows.append(
        (
            "pipeline / eyecite, CPU time",
            f"{ratio:.2f}x (wall {pipe_wall / eye_wall:.2f}x)",
            _verdict(ratio <= 3.0, "<= 3x"),
        )
    )
    for name, cpu in _per_finder(texts, gazetteer):
        rows.append((f"  {name}, one pass over the gold texts", f"{cpu:.3f} s CPU", ""))

    with tempfile.TemporaryDirectory(prefix="extract-speed-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for n, text in enumerate(corpus):
            (folder / f"doc{n:05d}.txt").write_text(text, encoding="utf-8")
        gazetteer_args = ["--gazetteer", gazetteer] if gazetteer else []
        _progress("entangle extract --workers 1")
        one = _run_cli([*gazetteer_args, "--workers", "1", str(folder)])
        _progress("entangle extract --workers 2")
        two = _run_cli([*gazetteer_args, "--workers", "2", str(folder)])
        rows.append(("entangle extract --workers 1", _rate(size_mb, one.wall, one.cpu), ""))
        rows.append(("entangle extract --workers 2", _rate(size_mb, two.wall, two.cpu), ""))
        speedup = one.wall / two.wall
        rows.append(("--workers 2 speed-up, wall", f"{speedup:.2f}x", _verdict(speedup >= 1.7, ">= 1.7x")))
        _progress("control: the same CPU-bound loop in 1 and 2 processes")
        rows.append(
            ("  control: what 2 processes gain on this machine now", f"{_parallel_control():.2f}x", "")
        )
        peak = one.peak_kb / 1024
        rows.append(
            ("peak RSS, --workers 1 over the corpus", f"{peak:.0f} MB", _verdict(peak < 300, "< 300 MB"))
        )

        small = Path(tmp) / "small.txt"
        small.write_text(SMALL_TEXT, encoding="utf-8")
        _progress("one small file")
        runs = [_run_cli([str(small)]) for _ in range(5)]
        wall = statistics.median(r.wall for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        rows.append(
            (
                "one small file, start-up included",
                f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of 5)",
                _verdict(wall < 1.0, "< 1 s"),
            )
        )
        if gazetteer:
            runs = [_run_cli([*gazetteer_args, str(small)]) for _ in range(3)]
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            rows.append(
                ("one small file, with --gazetteer", f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of 3)", "")
            )

    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'result'.ljust(value_width)}  target")
    print(f"{'-' * width}  {'-' * value_width}  ------")
    for name, value, verdict in rows:
        print(f"{name.ljust(width)}  {value.ljust(value_width)}  {verdict}".rstrip())
    print(f"\n(cpus: {os.cpu_count()}, load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
    return 0


def _repeat(texts: list[str], min_bytes: int) -> list[str]:
    corpus: list[str] = []
    total = 0
    for text in itertools.cycle(texts):
        corpus.append(text)
        total += len(text.encode())
        if total >= min_bytes:
            return corpus
    raise AssertionError("unreachable")


def _in_process(
    corpus: list[str], gazetteer_path: str | None
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall, CPU) seconds of the pipeline, then of eyecite alone, over the same texts."""
    import eyecite

    from entanglement.core.pipeline import extract, load_gazetteer

    gazetteer = load_gazetteer(gazetteer_path)
    for text in corpus[:3]:  # warm caches (lazy regex compilation) outside the timed loop
        extract(text, "warm-up", gazetteer=gazetteer)
        eyecite.get_citations(text)
    wall, cpu = time.perf_counter(), time.process_time()
    for n, text in enumerate(corpus):
        extract(text, f"doc{n}", gazetteer=gazetteer)
    pipeline = (time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    for text in corpus:
        eyecite.get_citations(text)
    return pipeline, (time.perf_counter() - wall, time.process_time() - cpu)


def _per_finder(texts: list[str], gazetteer_path: str | None) -> list[tuple[str, float]]:
    """CPU seconds of each finder over the texts once: where the pipeline's time goes."""
    from entanglement.core import pipeline

    gazetteer = pipeline.load_gazetteer(gazetteer_path)
    finders: list[tuple[str, Callable[[str], object]]] = [
        ("find_document_date", pipeline.find_document_date),
        ("find_jurisdictions", lambda t: pipeline.find_jurisdictions(t, gazetteer)),
        ("find_citations", pipeline.find_citations),
        ("find_courts", pipeline.find_courts),
        ("find_quotes", pipeline.find_quotes),
        ("is_policy_text", pipeline.is_policy_text),
        (
            "find_provisions (policy texts)",
            lambda t: pipeline.find_provisions(t) if pipeline.is_policy_text(t) else None,
        ),
    ]
    out = []
    for name, finder in finders:
        started = time.process_time()
        for text in texts:
            finder(text)
        out.append((name, time.process_time() - started))
    return out


@dataclass(frozen=True)
class _Run:
    wall: float
    cpu: float  # user + system seconds of the command and its worker processes
    peak_kb: int


# Run in a fresh parent, because RUSAGE_CHILDREN is a running maximum over every child a process had.
_MEASURE_CHILD = (
    "import resource, subprocess, sys, time; "
    "t = time.perf_counter(); "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "wall = time.perf_counter() - t; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(code, wall, u.ru_utime + u.ru_stime, u.ru_maxrss)"
)


def _run_cli(arguments: list[str]) -> _Run:
    """One `entangle extract` run: wall time, CPU time and peak RSS (KB) of the largest process."""
    command = [ENTANGLE, "extract", "--format", "jsonl", *arguments]
    env = {k: v for k, v in os.environ.items() if k != "ENTANGLEMENT_GAZETTEER"}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE_CHILD, *command], capture_output=True, env=env, check=True
    )
    code, wall, cpu, peak = out.stdout.split()
    if int(code) not in (0, 1):
        sys.exit(f"{' '.join(command)} failed with exit code {code.decode()}")
    return _Run(float(wall), float(cpu), int(peak))


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def _parallel_control(n: int = 5_000_000) -> float:
    """Speed-up of a pure-Python loop split over two processes: on a shared or throttled machine this
    is the ceiling for --workers 2, whatever the pipeline does."""
    import multiprocessing

    started = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - started
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_burn, [n, n])
    return serial / (time.perf_counter() - started)


def _rate(size_mb: float, wall: float, cpu: float) -> str:
    return f"{size_mb / wall:.3f} MB/s wall ({wall:.1f} s), {size_mb / cpu:.3f} MB/s CPU ({cpu:.1f} s)"


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def _verdict(ok: bool, target: str) -> str:
    return f"{target} {'ok' if ok else 'MISSED'}"


if __name__ == "__main__":
    sys.exit(main())
