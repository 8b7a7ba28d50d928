"""Speed and memory of `entangle extract`, measured on the gold texts repeated to at least 5 MB.

    .venv/bin/python bench/extract_speed.py [--gold DIR] [--gazetteer FILE] [--mb 5] [--runs 7] [--start-up-only]

Prints one table: single-process throughput; the full pipeline's time over `eyecite.get_citations`
alone on the same texts (target <= 3x); `--workers 2` over `--workers 1` (target >= 1.7x); the peak
memory of an extract run with the gazetteer (target < 300 MB); and the wall time of `entangle extract`
on one small file, start-up included (target < 1 s), for two files: a short press release without a
reporter citation (the typical case) and the same with one (the worst case: eyecite, which builds all
its reporter patterns at import, must load). Beside them, the floor no change of ours can lower:
Python's own start-up and `import eyecite` alone.

The runs use a cache folder of their own (XDG_CACHE_HOME), so the first run measures a cold cache and
the rest a warm one, whatever the machine's own cache holds. The commands run with bytecode caching on
(as an installed package has its .pyc files), even when PYTHONDONTWRITEBYTECODE is set here.
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
# The worst case: a reporter citation ("888 F.3d 272"), so that every finder, eyecite too, loads.
SMALL_TEXT = (
    "SPRINGFIELD, Ill., March 3, 2025 - The city council voted on Monday to end its agreement under "
    'section 287(g), citing 8 U.S.C. 1373 and 888 F.3d 272. "We will not spend local money on federal '
    'civil enforcement," said Mayor Ann Lee.\n'
)
# The typical case: a short press release citing a statute, no case reporter.
TYPICAL_TEXT = (
    "FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\n"
    "SPRINGFIELD, Ill. - The Sangamon County Board voted 7-2 on Monday to stop honoring immigration "
    "detainers without a judicial warrant, citing 8 U.S.C. 1373 and the Illinois TRUST Act.\n\n"
    '"Our deputies keep the peace here; they are not federal agents," said Sheriff Ann Lee. "This vote '
    'makes that plain."\n\nContact: press office, 217-555-0100\n'
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
    parser.add_argument("--runs", type=int, default=7, help="runs per start-up measure (median reported)")
    parser.add_argument(
        "--start-up-only", action="store_true", help="only the one-small-file rows (seconds, not minutes)"
    )
    args = parser.parse_args()
    gazetteer = None if args.gazetteer == "none" else args.gazetteer

    with tempfile.TemporaryDirectory(prefix="extract-speed-") as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # this run's own, cold at first
        rows: list[tuple[str, str, str]] = []
        if not args.start_up_only:
            rows += _throughput_rows(args.gold, args.mb, gazetteer, Path(tmp))
        rows += _start_up_rows(Path(tmp), gazetteer, args.runs)

    print_table(rows)
    return 0


def print_table(rows: list[tuple[str, str, str]]) -> None:
    """Measure, result and verdict in aligned columns, then the machine's load (shared by the benches)."""
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'result'.ljust(value_width)}  target")
    print(f"{'-' * width}  {'-' * value_width}  ------")
    for name, value, verdict in rows:
        print(f"{name.ljust(width)}  {value.ljust(value_width)}  {verdict}".rstrip())
    print(f"\n(cpus: {os.cpu_count()}, load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())})")


def _throughput_rows(gold: Path, mb: float, gazetteer: str | None, tmp: Path) -> list[tuple[str, str, str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(gold.rglob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files under {gold}")
    corpus = _repeat(texts, int(mb * 1024 * 1024))
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

    folder = tmp / "corpus"
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
    rows.append(("  control: what 2 processes gain on this machine now", f"{_parallel_control():.2f}x", ""))
    peak = one.peak_kb / 1024
    rows.append(("peak RSS, --workers 1 over the corpus", f"{peak:.0f} MB", _verdict(peak < 300, "< 300 MB")))
    return rows


def _start_up_rows(tmp: Path, gazetteer: str | None, runs: int) -> list[tuple[str, str, str]]:
    """`entangle extract` on one small file, start-up included: what a user waits for."""
    rows: list[tuple[str, str, str]] = []
    worst = tmp / "small-with-reporter.txt"
    worst.write_text(SMALL_TEXT, encoding="utf-8")
    typical = tmp / "small-press-release.txt"
    typical.write_text(TYPICAL_TEXT, encoding="utf-8")

    _progress("one small file, cold cache")
    cold = _run_cli([str(typical)])  # builds and stores the default registry: once per install or upgrade
    rows.append(
        ("one small file, first run (cold cache)", f"{cold.wall:.2f} s wall, {cold.cpu:.2f} s CPU", "")
    )
    for label, path in (
        ("typical: a small press release", typical),
        ("worst case: a small file with a reporter citation", worst),
    ):
        _progress(f"one small file: {label}")
        measured = [_run_cli([str(path)]) for _ in range(runs)]
        wall = statistics.median(r.wall for r in measured)
        cpu = statistics.median(r.cpu for r in measured)
        loads = "loads eyecite" if _loads_eyecite(path) else "eyecite not loaded"
        rows.append(
            (
                f"{label} ({loads})",
                f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of {runs})",
                _verdict(wall < 1.0, "< 1 s"),
            )
        )
    if gazetteer:
        _progress("one small file, with --gazetteer")
        _run_cli(["--gazetteer", gazetteer, str(typical)])  # stores the built list (cold)
        measured = [_run_cli(["--gazetteer", gazetteer, str(typical)]) for _ in range(max(3, runs // 2))]
        wall = statistics.median(r.wall for r in measured)
        cpu = statistics.median(r.cpu for r in measured)
        rows.append(
            (
                "typical, with --gazetteer (national place list)",
                f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of {len(measured)})",
                _verdict(wall < 1.0, "< 1 s"),
            )
        )
    _progress("the floor: Python start-up, import eyecite")
    for label, code in (
        ("  floor: python -c pass", "pass"),
        ("  floor: python -c 'import eyecite'", "import eyecite"),
    ):
        measured = [_run([sys.executable, "-c", code]) for _ in range(runs)]
        wall = statistics.median(r.wall for r in measured)
        cpu = statistics.median(r.cpu for r in measured)
        rows.append((label, f"{wall:.2f} s wall, {cpu:.2f} s CPU (median of {runs})", ""))
    return rows


def _loads_eyecite(path: Path) -> bool:
    """Whether extracting this file imports eyecite (the label of its start-up row says which case it is)."""
    code = (
        "import sys; from entanglement.core.pipeline import extract_path; "
        f"extract_path({str(path)!r}); print('eyecite' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def _repeat(texts: list[str], min_bytes: int) -> list[str]:
    corpus: list[str] = []
    total = 0
    for text in itertools.cycle(texts):
        corpus.append(text)
        total += len(text.encode())
        if total >= min_bytes:
            return corpus
    raise AssertionError("unreachable")


_BLOCKS = 8


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
    # The two run in alternating blocks of the corpus, not one whole loop after the other: on a shared
    # machine the load of its neighbours drifts over a minute, and alternating gives both sides the
    # same share of it. Each block is still a loop of its own: eyecite is timed alone, as the target
    # says, not between two pipeline calls.
    pipe_wall = pipe_cpu = eye_wall = eye_cpu = 0.0
    step = max(1, len(corpus) // _BLOCKS)
    for first in range(0, len(corpus), step):
        block = corpus[first : first + step]
        wall, cpu = time.perf_counter(), time.process_time()
        for n, text in enumerate(block, start=first):
            extract(text, f"doc{n}", gazetteer=gazetteer)
        mid_wall, mid_cpu = time.perf_counter(), time.process_time()
        for text in block:
            eyecite.get_citations(text)
        end_wall, end_cpu = time.perf_counter(), time.process_time()
        pipe_wall += mid_wall - wall
        pipe_cpu += mid_cpu - cpu
        eye_wall += end_wall - mid_wall
        eye_cpu += end_cpu - mid_cpu
    return (pipe_wall, pipe_cpu), (eye_wall, eye_cpu)


def _per_finder(texts: list[str], gazetteer_path: str | None) -> list[tuple[str, float]]:
    """CPU seconds of each finder over the texts once: where the pipeline's time goes."""
    from entanglement.core.extract.citations import find_citations
    from entanglement.core.extract.courts import find_courts
    from entanglement.core.extract.dates import find_document_date
    from entanglement.core.extract.jurisdictions import find_jurisdictions
    from entanglement.core.extract.provisions import find_provisions, is_policy_text
    from entanglement.core.extract.quotes import find_quotes
    from entanglement.core.pipeline import load_gazetteer

    gazetteer = load_gazetteer(gazetteer_path)
    finders: list[tuple[str, Callable[[str], object]]] = [
        ("find_document_date", find_document_date),
        ("find_jurisdictions", lambda t: find_jurisdictions(t, gazetteer)),
        ("find_citations", find_citations),
        ("find_courts", find_courts),
        ("find_quotes", find_quotes),
        ("is_policy_text", is_policy_text),
        ("find_provisions (policy texts)", lambda t: find_provisions(t) if is_policy_text(t) else None),
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
    return _run([ENTANGLE, "extract", "--format", "jsonl", *arguments])


def _run(command: list[str]) -> _Run:
    drop = ("ENTANGLEMENT_GAZETTEER", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
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
