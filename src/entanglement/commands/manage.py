"""`entangle manage ...`: any Django management command, with our settings."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="the management command and its arguments")


def run(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    from .django_setup import ensure_home, setup_django

    ensure_home()
    setup_django()
    execute_from_command_line(["entangle manage", *args.rest])
    return 0
