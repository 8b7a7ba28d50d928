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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ENTANGLE = str(Path(sys.executable).with_name("entangle"))
SMALL_TEXT = (
    "SPRINGFIELD, Ill. (March 3, 2025) - The city council voted on Monday to end its agreement under "
    'section 287(g). "We will not spend local money on federal civil enforcement," said Mayor Ann Lee.\n'
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

    pipeline_s, eyecite_s = _in_process(corpus, gazetteer)
    rows.append(
        ("1 process, in-process pipeline", f"{size_mb / pipeline_s:.2f} MB/s ({pipeline_s:.2f} s)", "")
    )
    rows.append(("eyecite.get_citations alone", f"{size_mb / eyecite_s:.2f} MB/s ({eyecite_s:.2f} s)", ""))
    ratio = pipeline_s / eyecite_s
    rows.append(("pipeline / eyecite time", f"{ratio:.2f}x", _verdict(ratio <= 3.0, "<= 3x")))

    with tempfile.TemporaryDirectory(prefix="extract-speed-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for n, text in enumerate(corpus):
            (folder / f"doc{n:05d}.txt").write_text(text, encoding="utf-8")
        gazetteer_args = ["--gazetteer", gazetteer] if gazetteer else []
        one, _ = _timed_cli([*gazetteer_args, "--workers", "1", str(folder)])
        two, _ = _timed_cli([*gazetteer_args, "--workers", "2", str(folder)])
        rows.append(("entangle extract --workers 1 (CLI)", f"{size_mb / one:.2f} MB/s ({one:.2f} s)", ""))
        rows.append(("entangle extract --workers 2 (CLI)", f"{size_mb / two:.2f} MB/s ({two:.2f} s)", ""))
        rows.append(("--workers 2 speed-up", f"{one / two:.2f}x", _verdict(one / two >= 1.7, ">= 1.7x")))

        small = Path(tmp) / "small.txt"
        small.write_text(SMALL_TEXT, encoding="utf-8")
        walls = [_timed_cli([str(small)])[0] for _ in range(5)]
        wall = statistics.median(walls)
        rows.append(
            ("one small file, registry only", f"{wall:.2f} s median of 5", _verdict(wall < 1.0, "< 1 s"))
        )
        if gazetteer:
            walls = [_timed_cli([*gazetteer_args, str(small)])[0] for _ in range(3)]
            rows.append(("one small file, --gazetteer", f"{statistics.median(walls):.2f} s median of 3", ""))

        _, peak_kb = _timed_cli([*gazetteer_args, str(folder)], rss=True)
        peak = peak_kb / 1024
        rows.append(("peak RSS, extract over the corpus", f"{peak:.0f} MB", _verdict(peak < 300, "< 300 MB")))

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


def _in_process(corpus: list[str], gazetteer_path: str | None) -> tuple[float, float]:
    import eyecite

    from entanglement.core.pipeline import extract, load_gazetteer

    gazetteer = load_gazetteer(gazetteer_path)
    for text in corpus[:3]:  # warm caches (lazy regex compilation) outside the timed loop
        extract(text, "warm-up", gazetteer=gazetteer)
        eyecite.get_citations(text)
    started = time.perf_counter()
    for n, text in enumerate(corpus):
        extract(text, f"doc{n}", gazetteer=gazetteer)
    pipeline_s = time.perf_counter() - started
    started = time.perf_counter()
    for text in corpus:
        eyecite.get_citations(text)
    return pipeline_s, time.perf_counter() - started


_PEAK_OF_CHILD = (
    "import resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _timed_cli(arguments: list[str], *, rss: bool = False) -> tuple[float, int]:
    """Wall time of one `entangle extract` run, and its peak RSS in KB when asked.

    The peak is read in a fresh parent process, because RUSAGE_CHILDREN is a running maximum over
    every child a process has had.
    """
    command = [ENTANGLE, "extract", "--format", "jsonl", *arguments]
    env = {k: v for k, v in os.environ.items() if k != "ENTANGLEMENT_GAZETTEER"}
    if rss:
        out = subprocess.run(
            [sys.executable, "-c", _PEAK_OF_CHILD, *command], capture_output=True, env=env, check=True
        )
        code, peak = (int(x) for x in out.stdout.split())
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} failed")
        return 0.0, peak
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr.decode(errors='replace')}")
    return wall, 0


def _verdict(ok: bool, target: str) -> str:
    return f"{target} {'ok' if ok else 'MISSED'}"


if __name__ == "__main__":
    sys.exit(main())
