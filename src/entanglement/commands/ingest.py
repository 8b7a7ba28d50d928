"""`entangle ingest URL|FILE|DIR...`: store documents and propose what they say for review."""

from __future__ import annotations

import argparse
import sys
import time

PROPOSAL_KINDS = (
    "jurisdiction_link",
    "statement",
    "quote",
    "policy",
    "provision",
    "action_link",
    "case_link",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "targets", nargs="+", metavar="URL|FILE|DIR", help="documents to ingest (folders are walked)"
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=PROPOSAL_KINDS,
        help="propose only this kind of fact (repeatable; default: every kind)",
    )
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="convert and extract in N processes"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the summary and failures")


def run(args: argparse.Namespace) -> int:
    from .django_setup import ensure_home, setup_django

    if args.workers < 1:
        print("entangle ingest: --workers must be at least 1", file=sys.stderr)
        return 2
    ensure_home()
    setup_django()
    from django.core.management import call_command

    from entanglement.tracker.ingest import FAILED, Outcome, expand_targets, ingest

    call_command("migrate", interactive=False, verbosity=0)
    started = time.perf_counter()
    kinds = set(args.kind) if args.kind else None
    targets = list(expand_targets(args.targets))
    show_bar = sys.stderr.isatty() and len(targets) > 1 and not args.quiet

    def line(outcome: Outcome) -> None:
        if outcome.status == FAILED:
            print(f"failed     {outcome.target}: {outcome.detail}", file=sys.stderr, flush=True)
        elif not args.quiet:
            extra = (
                f" ({outcome.proposals} proposals)"
                if outcome.proposals
                else f" ({outcome.detail})"
                if outcome.detail
                else ""
            )
            print(f"{outcome.status:<10} {outcome.target}{extra}", flush=True)

    if show_bar:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
        ) as progress:
            task = progress.add_task("ingest", total=len(targets))

            def step(outcome: Outcome) -> None:
                progress.advance(task)
                if outcome.status == FAILED:
                    progress.console.print(f"failed {outcome.target}: {outcome.detail}", markup=False)

            summary = ingest(targets, workers=args.workers, kinds=kinds, on_outcome=step)
    else:
        summary = ingest(targets, workers=args.workers, kinds=kinds, on_outcome=line)
    for text in summary.lines()[:1]:
        print(f"{text} in {time.perf_counter() - started:.1f} s")
    if summary.counts[FAILED] and show_bar:
        for text in summary.lines()[1:]:
            print(text, file=sys.stderr)
    return 1 if summary.counts[FAILED] else 0
