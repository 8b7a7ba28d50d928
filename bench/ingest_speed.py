"""Speed and memory of `entangle ingest` over a folder of generated documents.

    .venv/bin/python bench/ingest_speed.py [--n 10000] [--seed 2026] [--keep DIR] [--profile]

Writes N documents of its own making (fixed seed): press releases as plain text (2-12 KB), policy
texts with numbered sections, and HTML pages (20-80 KB) that wrap either in navigation, scripts,
styles and footers. Then, each into a fresh $ENTANGLEMENT_HOME (SQLite, migrated, registry and
curated data loaded by `entangle seed`), runs `entangle ingest --workers 1` and `--workers 2` and
prints documents/second, the speed-up (target >= 1.7x) beside the same CPU-bound control loop as
bench/extract_speed.py (what two processes can gain on this machine at that moment: the ceiling),
the peak RSS of the ingest process and of its largest worker, and the time of a re-run over the
same folder, which must report every document unchanged.

`--profile` instead runs `entangle ingest --workers 2` once with cProfile switched on only while the
ingest process writes a batch (tracker.ingest.store_many, the part no worker can take over), and
prints the writer's time per document and the functions it spends it in.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from extract_speed import _parallel_control, print_table  # the same control loop, so the two benches compare

ENTANGLE = str(Path(sys.executable).with_name("entangle"))

# --- the generated corpus ----------------------------------------------------------------------------

# (city, county, state, AP abbreviation): real places, so the gazetteer resolves a realistic share.
PLACES = [
    ("Springfield", "Sangamon County", "Illinois", "Ill."),
    ("Chicago", "Cook County", "Illinois", "Ill."),
    ("Denver", "Denver County", "Colorado", "Colo."),
    ("Aurora", "Arapahoe County", "Colorado", "Colo."),
    ("Portland", "Multnomah County", "Oregon", "Ore."),
    ("Eugene", "Lane County", "Oregon", "Ore."),
    ("Seattle", "King County", "Washington", "Wash."),
    ("Tacoma", "Pierce County", "Washington", "Wash."),
    ("Oakland", "Alameda County", "California", "Calif."),
    ("Fresno", "Fresno County", "California", "Calif."),
    ("Sacramento", "Sacramento County", "California", "Calif."),
    ("Austin", "Travis County", "Texas", "Texas"),
    ("Houston", "Harris County", "Texas", "Texas"),
    ("El Paso", "El Paso County", "Texas", "Texas"),
    ("Miami", "Miami-Dade County", "Florida", "Fla."),
    ("Orlando", "Orange County", "Florida", "Fla."),
    ("Phoenix", "Maricopa County", "Arizona", "Ariz."),
    ("Tucson", "Pima County", "Arizona", "Ariz."),
    ("Newark", "Essex County", "New Jersey", "N.J."),
    ("Trenton", "Mercer County", "New Jersey", "N.J."),
    ("Philadelphia", "Philadelphia County", "Pennsylvania", "Pa."),
    ("Pittsburgh", "Allegheny County", "Pennsylvania", "Pa."),
    ("Boston", "Suffolk County", "Massachusetts", "Mass."),
    ("Minneapolis", "Hennepin County", "Minnesota", "Minn."),
    ("Santa Fe", "Santa Fe County", "New Mexico", "N.M."),
    ("Atlanta", "Fulton County", "Georgia", "Ga."),
    ("Nashville", "Davidson County", "Tennessee", "Tenn."),
    ("Salt Lake City", "Salt Lake County", "Utah", "Utah"),
]
STATUTES = [
    "8 U.S.C. \u00a7 1373",
    "8 U.S.C. \u00a7 1644",
    "8 U.S.C. \u00a7 1357(g)",
    "section 287(g) of the Immigration and Nationality Act",
    "8 C.F.R. \u00a7 287.7",
    "34 U.S.C. \u00a7 10153",
    "the 287(g) program",
]
FIRST = ["Ana", "Marcus", "Grace", "Luis", "Priya", "Daniel", "Teresa", "Omar", "Helen", "Victor",
         "Rosa", "Samuel", "Ines", "Kwame", "Laura", "Wei", "Joan", "Tomas", "Nadia", "Paul"]  # fmt: skip
LAST = ["Alvarez", "Brooks", "Chen", "Delgado", "Ellison", "Foster", "Garza", "Holloway", "Ibarra",
        "Jensen", "Kowalski", "Lindqvist", "Moreno", "Nakamura", "Okafor", "Pruitt", "Quintero",
        "Rasmussen", "Sandoval", "Whitaker"]  # fmt: skip
TITLES = ["Mayor", "Sheriff", "County Executive", "Police Chief", "Attorney General", "Council Member",
          "Commissioner", "Governor", "City Attorney", "Public Defender"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
TOPICS = [
    "detainer requests", "the sharing of release dates", "access to the county jail",
    "questions about immigration status", "the use of local funds for civil enforcement",
    "administrative warrants", "the jail's booking records", "transfers to federal custody",
    "the state's trust act", "a federal grant condition",
]  # fmt: skip
FILLER = [
    "The board will take public comment at its next regular meeting before a final vote.",
    "Staff prepared a memorandum summarizing the fiscal effect of the change for the next budget year.",
    "Residents filled the chamber, and more than forty people signed up to speak during the hearing.",
    "The office said it would publish the number of requests it receives every quarter.",
    "A coalition of community groups had asked for the change for more than two years.",
    "Deputies will receive new training on the policy before it takes effect.",
    "The county's lawyers reviewed the measure and found it consistent with state law.",
    "Opponents argued that the change would strain relations with federal partners.",
    "The department has received fewer requests this year than last, according to its own figures.",
    "Copies of the agenda and the staff report are available from the clerk's office.",
    "The vote followed a series of listening sessions held in libraries and community centers.",
    "Several members asked for a review of the policy after one year in force.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date(rng: random.Random) -> tuple[str, int]:
    year = rng.randint(2017, 2026)
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", year


def _press_sentence(rng: random.Random, place: tuple[str, str, str, str] | None) -> str:
    """A sentence about `place` (now and then about another), or about no place when it is None."""
    if place is None:
        return rng.choice(FILLER)
    city, county, state, _ = place if rng.random() < 0.8 else rng.choice(PLACES)
    roll = rng.random()
    if roll < 0.25:
        return (
            f"\u201cWe will not use {county} resources to carry out {rng.choice(TOPICS)} without a judge's "
            f"order,\u201d said {rng.choice(TITLES)} {_person(rng)}."
        )
    if roll < 0.4:
        return (
            f"The {rng.choice(['city council', 'county board', 'legislature'])} of {city} voted "
            f"{rng.randint(5, 9)} to {rng.randint(0, 4)} on a measure addressing {rng.choice(TOPICS)}, "
            f"citing {rng.choice(STATUTES)}."
        )
    if roll < 0.5:
        return (
            f"Officials in {county}, {state}, said the Department of Justice had questioned whether the "
            f"county complies with {rng.choice(STATUTES)}."
        )
    if roll < 0.58:
        return f"The sheriff of {county} ended the jail's agreement under {rng.choice(STATUTES)} last year."
    return rng.choice(FILLER)


def press_release(rng: random.Random, number: int) -> tuple[str, str]:
    """A dated press release of 2-12 KB; about one in five names no place at all."""
    place = rng.choice(PLACES) if rng.random() < 0.8 else None
    date, _ = _date(rng)
    target = rng.randint(2_000, 12_000)
    if place:
        city, county, state, abbrev = place
        title = f"{county} acts on {rng.choice(TOPICS)}"
        lines = [f"{city.upper()}, {abbrev}, {date} - {_press_sentence(rng, place)}"]
    else:
        title = f"Statement on {rng.choice(TOPICS)}"
        lines = [f"{date} - {rng.choice(FILLER)}"]
    size = len(lines[0])
    while size < target:
        paragraph = " ".join(_press_sentence(rng, place) for _ in range(rng.randint(2, 5)))
        lines.append(paragraph)
        size += len(paragraph) + 2
    lines.append(f"Release no. {number:05d}. Media contact: {_person(rng)}, press office.")
    return title, "\n\n".join(lines) + "\n"


def policy_text(rng: random.Random, number: int) -> tuple[str, str]:
    """An ordinance or resolution with numbered sections, the shape the policy coder reads."""
    city, county, state, _ = rng.choice(PLACES)
    kind = rng.choice(["Ordinance", "Resolution"])
    date, year = _date(rng)
    title = f"{kind} No. {year}-{number:05d} of {county}, {state}"
    body = [
        title.upper(),
        f"Adopted by the board of {county} on {date}.",
        f"WHEREAS the residents of {city} of every background should be able to call the police without "
        f"fear; and WHEREAS {rng.choice(STATUTES)} governs what local officers may share;",
        "NOW, THEREFORE, BE IT ORDAINED:",
    ]
    clauses = [
        "No officer or employee shall inquire into the immigration status of any person, except as "
        "required by state or federal law.",
        "The sheriff shall not hold any person on the basis of an immigration detainer request unless the "
        "request is accompanied by a judicial warrant.",
        "No county funds, facilities or personnel shall be used to assist in the enforcement of federal "
        "civil immigration law.",
        "Federal immigration agents shall not be given access to persons in custody for interviews "
        "without the written consent of the person and notice to counsel.",
        "The county shall not enter into or renew any agreement under section 287(g) of the Immigration "
        "and Nationality Act.",
        f"Nothing in this {kind.lower()} prohibits any officer from sending to or receiving from federal "
        "authorities information regarding citizenship or immigration status, as provided in "
        "8 U.S.C. \u00a7 1373.",
        "The sheriff shall notify federal authorities of the release date of a person convicted of a "
        "serious or violent felony when asked to do so.",
        "The office shall report each year the number of detainer requests received and honored.",
    ]
    rng.shuffle(clauses)
    for n, clause in enumerate(clauses[: rng.randint(3, len(clauses))], start=1):
        body.append(f"Section {n}. {clause} {' '.join(rng.sample(FILLER, rng.randint(1, 4)))}")
    body.append(f"Section {len(body) - 3}. This {kind.lower()} takes effect thirty days after adoption.")
    return title, "\n\n".join(body) + "\n"


_SCRIPT = (
    "(function(w,d){{var q=w.queue{n}=w.queue{n}||[];function track(e,p){{q.push([e,p,Date.now()]);}}"
    "d.addEventListener('click',function(ev){{var t=ev.target.closest('a');if(t){{track('link',"
    "{{href:t.href,id:{n}}});}}}});w.setTimeout(function(){{track('view',{{page:d.title,depth:{n}}});}},"
    "{n}0);}})(window,document);\n"
)
_STYLE = ".nav-{n} a{{color:#1a3d6d;padding:0 {n}px}} .card-{n}{{margin:{n}px 0;border:1px solid #ccd}}\n"


def html_page(rng: random.Random, number: int, title: str, text: str) -> str:
    """A 20-80 KB page: the article is a small part, the rest is chrome a converter must drop."""
    site = rng.choice(["County News Service", "City Hall Newsroom", "Office of the Sheriff", "State Press"])
    target = rng.randint(20_000, 80_000)
    paragraphs = "".join(f"<p>{p}</p>\n" for p in text.strip().split("\n\n"))
    article = f'<article><h1>{title}</h1><div class="byline">By {_person(rng)}</div>\n{paragraphs}</article>'
    nav = "".join(
        f'<li class="nav-{i % 9}"><a href="/section/{i}/{rng.randint(100, 999)}">{rng.choice(TOPICS).title()}'
        f"</a></li>"
        for i in range(rng.randint(30, 80))
    )
    related = "".join(
        f'<li><a href="/news/{rng.randint(10_000, 99_999)}">{rng.choice(FILLER)}</a></li>' for _ in range(12)
    )
    head = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>'
        f'<meta property="og:site_name" content="{site}">'
        f'<meta property="article:published_time" content="{rng.randint(2017, 2026)}-0{rng.randint(1, 9)}-1'
        f'{rng.randint(0, 9)}T09:00:00Z"><style>'
    )
    chrome_size = len(head) + len(article) + len(nav) + len(related) + 600
    styles: list[str] = []
    scripts: list[str] = []
    n = 0
    while chrome_size < target:
        n += 1
        part = _SCRIPT.format(n=n) if n % 3 else _STYLE.format(n=n)
        (scripts if n % 3 else styles).append(part)
        chrome_size += len(part)
    footer = (
        f"<footer><p>{site}, {rng.randint(100, 999)} Main Street. Release {number:05d}.</p>"
        f'<ul class="legal"><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>'
        f'<div id="cookie-banner">This site uses cookies to count visits.</div></footer>'
    )
    return (
        f"{head}{''.join(styles)}</style><script>{''.join(scripts[: len(scripts) // 2])}</script></head>"
        f"<body><header><nav><ul>{nav}</ul></nav></header><main>{article}"
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>{footer}"
        f"<script>{''.join(scripts[len(scripts) // 2 :])}</script></body></html>\n"
    )


def generate(folder: Path, n: int, seed: int) -> tuple[int, int]:
    """Write `n` documents under `folder` (1,000 to a subfolder); returns (count, total bytes)."""
    rng = random.Random(seed)
    total = 0
    for number in range(n):
        title, text = policy_text(rng, number) if rng.random() < 0.2 else press_release(rng, number)
        if rng.random() < 0.4:
            name, content = f"{number:05d}.html", html_page(rng, number, title, text)
        else:
            name, content = f"{number:05d}.txt", text
        path = folder / f"batch-{number // 1000:02d}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return n, total


# --- measuring one run in a fresh parent -------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float  # user + system seconds of the ingest process and its workers
    parent_cpu: float  # ... of the ingest process alone
    tree_peak_kb: int  # largest RSS of any process of the run (from the kernel's accounting)
    parent_peak_kb: int  # VmHWM of the ingest process itself
    worker_peak_kb: int  # largest VmHWM among its worker processes (0: none)
    summary: str


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return found


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (not of its children)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(command: list[str], output: str) -> None:
    """Run `command`; print wall, CPU, peak RSS of the whole tree, of the command and of its workers,
    and the CPU of the command's own process.

    Runs in a fresh process (this file with --measure), because RUSAGE_CHILDREN is a running maximum
    over every child a process ever had. Worker peaks are sampled from /proc (VmHWM is itself a
    high-water mark, so a sample every 50 ms misses only growth in a worker's last 50 ms; the same
    holds for the command's own CPU time)."""
    import resource

    started = time.perf_counter()
    with open(output, "wb") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        peaks: dict[int, int] = {}
        own_cpu = [0.0]
        finished = threading.Event()

        def sample() -> None:
            while not finished.is_set():
                for pid in [child.pid, *_children(child.pid)]:
                    peaks[pid] = max(peaks.get(pid, 0), _hwm_kb(pid))
                own_cpu[0] = max(own_cpu[0], _cpu_seconds(child.pid))
                finished.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = child.wait()
        finished.set()
        sampler.join()
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = [kb for pid, kb in peaks.items() if pid != child.pid]
    print(code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, peaks.get(child.pid, 0),
          max(workers, default=0), own_cpu[0])  # fmt: skip


def run_ingest(home: Path, corpus: Path, workers: int, log: Path) -> Run:
    command = [ENTANGLE, "ingest", "--quiet", "--workers", str(workers), str(corpus)]
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ENTANGLEMENT_GAZETTEER")}
    env["ENTANGLEMENT_HOME"] = str(home)
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(log), "--", *command],
        capture_output=True, env=env, check=True, text=True,
    )  # fmt: skip
    code, wall, cpu, tree, parent, worker, own_cpu = out.stdout.split()
    text = log.read_text(encoding="utf-8", errors="replace")
    found = re.search(r"\d+ new, \d+ unchanged, \d+ failed[^\n]*", text)
    if int(code) != 0 or found is None:
        sys.exit(f"{' '.join(command)} exited with {code}:\n{text[-3000:]}")
    return Run(float(wall), float(cpu), float(own_cpu), int(tree), int(parent), int(worker), found.group(0))


def profile_writer(output: str, argv: list[str]) -> None:
    """In this process: `entangle ARGV` with the batch writer under cProfile, its stats into `output`."""
    import cProfile

    from entanglement import cli
    from entanglement.commands.django_setup import ensure_home, setup_django

    ensure_home()
    setup_django()  # before the tracker is imported; the command's own call then does nothing
    from entanglement.tracker import ingest

    profiler = cProfile.Profile()
    write = ingest.store_many

    def profiled(batch: list[ingest.Prepared]) -> list[ingest.Outcome]:
        profiler.enable()
        try:
            return write(batch)
        finally:
            profiler.disable()

    ingest.store_many = profiled  # type: ignore[assignment]  # ingest() looks it up on each batch
    code = cli.main(argv)
    profiler.dump_stats(output)
    if code:
        sys.exit(code)


def writer_profile(work: Path, n: int, seed: int, top: int = 18) -> list[tuple[str, str, str]]:
    import pstats

    corpus = work / "corpus"
    _progress(f"generating {n} documents")
    count, _ = generate(corpus, n, seed)
    home = work / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ENTANGLEMENT_GAZETTEER")}
    env["ENTANGLEMENT_HOME"] = str(home)
    _progress("seeding a fresh home")
    subprocess.run([ENTANGLE, "seed", "--quiet"], env=env, check=True)
    _progress("entangle ingest --workers 2, the batch writer under cProfile")
    stats_file = work / "writer.prof"
    command = ["ingest", "--quiet", "--workers", "2", str(corpus)]
    subprocess.run([sys.executable, __file__, "--profile-writer", str(stats_file), "--", *command],
                   env=env, check=True)  # fmt: skip
    stats = pstats.Stats(str(stats_file))
    entries = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}
    total = sum(tt for _, _, tt, _, _ in entries.values())
    rows = [("batch writer (profiled)", f"{1000 * total / count:.2f} ms a document, {count} documents", "")]

    def label(key: tuple[str, int, str]) -> str:
        path, line, name = key
        short = "/".join(Path(path).parts[-2:]) if path != "~" else ""
        return f"{short}:{line}({name})" if short else name

    by_cumulative = sorted(entries.items(), key=lambda item: -item[1][3])
    for key, (_, calls, _, cumulative, _) in by_cumulative[:top]:
        rows.append(
            (
                f"  cumulative  {label(key)}",
                f"{1000 * cumulative / count:.2f} ms a document",
                f"{calls} calls",
            )
        )
    by_own = sorted(entries.items(), key=lambda item: -item[1][2])
    for key, (_, calls, own, _, _) in by_own[:top]:
        rows.append(
            (f"  own time    {label(key)}", f"{1000 * own / count:.2f} ms a document", f"{calls} calls")
        )
    return rows


def seeded_home(template: Path, target: Path) -> Path:
    """A fresh home holding a copy of the seeded database (seeding once, copying for every run)."""
    target.mkdir(parents=True)
    shutil.copy2(template / "entanglement.sqlite3", target / "entanglement.sqlite3")
    return target


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        measure(sys.argv[4:], sys.argv[2])
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--profile-writer":
        profile_writer(sys.argv[2], sys.argv[4:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents to generate (default 10,000)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generator")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it afterwards")
    parser.add_argument(
        "--profile", action="store_true", help="profile the batch writer of one --workers 2 run instead"
    )
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="ingest-speed-"))
    work.mkdir(parents=True, exist_ok=args.keep is None)
    try:
        rows = writer_profile(work, args.n, args.seed) if args.profile else bench(work, args.n, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print_table(rows)
    return 0


def bench(work: Path, n: int, seed: int) -> list[tuple[str, str, str]]:
    corpus = work / "corpus"
    _progress(f"generating {n} documents")
    count, size = generate(corpus, n, seed)
    html = sum(1 for _ in corpus.rglob("*.html"))
    rows = [("corpus", f"{count} documents ({html} HTML), {size / 2**20:.1f} MB", "")]

    _progress("seeding a fresh home (migrate, registry, curated data)")
    template = work / "seeded"
    template.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    subprocess.run([ENTANGLE, "seed", "--quiet"], env={**env, "ENTANGLEMENT_HOME": str(template)}, check=True)

    runs: dict[int, Run] = {}
    controls: list[float] = []
    for workers in (1, 2):
        controls.append(_control())
        _progress(f"entangle ingest --workers {workers}")
        home = seeded_home(template, work / f"home-{workers}")
        runs[workers] = run_ingest(home, corpus, workers, work / f"ingest-{workers}.log")
    controls.append(_control())
    for workers, run in runs.items():
        rows.append((f"--workers {workers}", _rate(count, run), ""))
        rows.append(
            ("  its summary line", run.summary, _expect(run.summary, f"{count} new, 0 unchanged, 0 failed"))
        )
    speedup = runs[1].wall / runs[2].wall
    control = statistics.median(controls)
    ceiling = min(1.7, control * 0.95)
    rows.append(("--workers 2 speed-up, wall", f"{speedup:.2f}x", _verdict(speedup >= 1.7, ">= 1.7x")))
    rows.append(
        ("  control: what 2 processes gain on this machine now",
         f"{control:.2f}x (median of {', '.join(f'{c:.2f}x' for c in controls)}: before, between, after)",
         _verdict(speedup >= ceiling, f">= {ceiling:.2f}x (the control, less 5%)")),
    )  # fmt: skip
    for workers, run in runs.items():
        worker = f", largest worker {run.worker_peak_kb / 1024:.0f} MB" if run.worker_peak_kb else ""
        rows.append(
            (f"peak RSS, --workers {workers}", f"ingest process {run.parent_peak_kb / 1024:.0f} MB{worker} "
             f"(largest of the tree: {run.tree_peak_kb / 1024:.0f} MB)", "")
        )  # fmt: skip

    _progress("re-run --workers 2 over the same folder")
    again = run_ingest(work / "home-2", corpus, 2, work / "rerun.log")
    rows.append(("re-run of --workers 2 over the same folder", _rate(count, again), ""))
    rows.append(
        ("  its summary line", again.summary, _expect(again.summary, f"0 new, {count} unchanged, 0 failed"))
    )
    rows.append(("  re-run time / first run time", f"{again.wall / runs[2].wall:.3f}", ""))
    return rows


def _control() -> float:
    _progress("control: the same CPU-bound loop in 1 and 2 processes")
    return _parallel_control()


def _rate(count: int, run: Run) -> str:
    per_doc = 1000 * run.cpu / count
    parent = 1000 * run.parent_cpu / count
    return (
        f"{count / run.wall:.1f} docs/s ({run.wall:.1f} s wall; CPU {per_doc:.1f} ms a document, "
        f"{parent:.1f} ms of it in the ingest process)"
    )


def _expect(summary: str, start: str) -> str:
    return "ok" if summary.startswith(start) else f"MISSED (expected {start})"


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def _verdict(ok: bool, target: str) -> str:
    return f"{target} {'ok' if ok else 'MISSED'}"


if __name__ == "__main__":
    sys.exit(main())
