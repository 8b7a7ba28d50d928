"""The `entangle` command.

Each subcommand lives in its own module under `entanglement.commands` and is imported only when it
runs, so that `entangle extract` starts without loading Django.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> (module, one-line help). A module provides add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("entanglement.commands.serve", "serve the site with gunicorn (migrates and seeds first with --setup)"),
    "seed": ("entanglement.commands.seed", "create/migrate the database and load the registry and curated data"),
    "gazetteer": ("entanglement.commands.gazetteer", "load a Census-style place list into the registry"),
    "ingest": ("entanglement.commands.ingest", "store documents (URLs, files, folders) and propose their facts for review"),
    "extract": ("entanglement.commands.extract", "extract dates, jurisdictions, citations, courts, quotes"),
    "analyze": ("entanglement.commands.analyze", "code a policy text's provisions and review it against 8 U.S.C. 1373"),
    "manage": ("entanglement.commands.manage", "run a Django management command (migrate, createsuperuser, ...)"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser_for(args_list)
    args = parser.parse_args(args_list)
    if args.version:
        from entanglement import __version__

        print(__version__)
        return 0
    if not args.command:
        parser.print_help()
        return 2
    module = importlib.import_module(args._module)
    return int(module.run(args) or 0)


def build_parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """A parser whose only fully built subcommand is the one being run (imports stay lazy)."""
    parser = argparse.ArgumentParser(
        prog="entangle",
        description="Entanglement: a sourced record of local limits on immigration enforcement.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = next((a for a in argv if not a.startswith("-")), None)
    for name, (module_name, help_text) in COMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        sub_parser.set_defaults(_module=module_name)
        if name == wanted:
            importlib.import_module(module_name).add_arguments(sub_parser)
    return parser


if __name__ == "__main__":
    sys.exit(main())
