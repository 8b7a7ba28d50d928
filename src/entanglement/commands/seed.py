"""`entangle seed`: create and migrate the database if needed, then load the registry and curated data."""

from __future__ import annotations

import argparse
import sys
import time


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--path",
        metavar="DIR",
        default=None,
        help="load the seed files of this folder instead of the curated data shipped with the package",
    )
    parser.add_argument("--check", action="store_true", help="only check the seed files; write nothing")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only errors")


def run(args: argparse.Namespace) -> int:
    from .django_setup import ensure_home, setup_django

    if args.check:
        # Checking needs no database: GEOIDs come from the `us` registry and the seed's own places.
        setup_django()
        from entanglement.tracker.seed_validation import SeedError, read_seed

        try:
            read_seed(args.path)
        except SeedError as e:
            return _report_errors(e.problems)
        print("seed: no problems found")
        return 0

    ensure_home()
    setup_django()
    from django.core.management import call_command

    from entanglement.tracker.seed_loader import load_seed
    from entanglement.tracker.seed_validation import SeedError

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    try:
        report = load_seed(args.path)
    except SeedError as e:
        return _report_errors(e.problems)
    # The loader writes in bulk, which sends no save signals: rebuild the search index when the
    # records changed (or it was never built), so what the seed loaded is searchable at once.
    from entanglement.tracker.search.documents import rebuild_index
    from entanglement.tracker.search.models import SearchEntry

    if report.changed or not SearchEntry.objects.exists():
        indexed = rebuild_index()
        if not args.quiet:
            print(f"search index: {indexed} entries")
    if not args.quiet:
        for line in report.lines():
            print(line)
        state = "loaded" if report.changed else "already up to date: nothing changed"
        print(f"seed {state} in {time.perf_counter() - started:.1f} s")
    return 0


def _report_errors(problems: list[str]) -> int:
    for line in problems:
        print(line, file=sys.stderr)
    print(f"entangle seed: {len(problems)} problem(s); nothing was loaded", file=sys.stderr)
    return 1
