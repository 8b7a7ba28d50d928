"""`entangle gazetteer load FILE`: add a Census-style place list to the jurisdiction registry."""

from __future__ import annotations

import argparse
import sys
import time


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = sub.add_parser(
        "load",
        help="load a place list (Census Gazetteer TSV or Open Civic Data us_census_places.csv)",
        description="Load a Census-style place list into the registry, in one transaction. Loading the same "
        "file again changes nothing. A file with wrong columns, a bad GEOID or broken encoding is refused "
        "whole, with the line that broke it.",
    )
    load.add_argument("file", metavar="FILE", help="path to the place list")


def run(args: argparse.Namespace) -> int:
    from .django_setup import ensure_home, setup_django

    ensure_home()
    setup_django()
    from django.core.management import call_command

    from entanglement.core.gazetteer.places_file import PlacesFileError
    from entanglement.tracker.registry import RegistryError, load_gazetteer_file

    call_command("migrate", interactive=False, verbosity=0)
    started = time.perf_counter()
    try:
        stats = load_gazetteer_file(args.file)
    except (PlacesFileError, RegistryError) as e:
        print(f"entangle gazetteer load: {e}; nothing was loaded", file=sys.stderr)
        return 1
    for line in stats.details[:20]:
        print(f"note: {line}", file=sys.stderr)
    if len(stats.details) > 20:
        print(f"note: ... and {len(stats.details) - 20} more", file=sys.stderr)
    print(f"{args.file}: {stats.summary()} in {time.perf_counter() - started:.1f} s")
    return 0
