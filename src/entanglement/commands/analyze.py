"""`entangle analyze PATH`: code a policy text's provisions and review it against 8 U.S.C. § 1373."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# Plain text is read here; HTML and PDF go through core.text, which applies its own caps.
_MAX_PLAIN_BYTES = 8 * 1024 * 1024
_PLAIN_SUFFIXES = {".txt", ".text", ".md", ""}


class InputError(Exception):
    """A file that cannot be analyzed; the message says why."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the policy text: .txt, .html or .pdf")
    parser.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default="text",
        help="report format (html is one self-contained, printable page)",
    )
    parser.add_argument("--output", "-o", type=Path, help="write the report here instead of standard output")


def read_text(path: Path) -> str:
    """The document's text, or an InputError saying why it cannot be had."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if path.suffix.lower() in _PLAIN_SUFFIXES:
        size = path.stat().st_size
        if size > _MAX_PLAIN_BYTES:
            raise InputError(f"{path}: {size / 1048576:.1f} MB is over the {_MAX_PLAIN_BYTES // 1048576} MB limit for text")
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise InputError(f"{path}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None
        if "\x00" in text:
            raise InputError(f"{path}: binary data, not text")
    else:
        try:
            from entanglement.core.text import DocumentError, read_document
        except ImportError:  # pragma: no cover - core.text ships with the package
            raise InputError(f"{path}: only plain text can be read in this installation") from None
        try:
            text = read_document(path).text
        except DocumentError as e:
            raise InputError(f"{path}: {e}") from None
    if not text.strip():
        raise InputError(f"{path}: the file has no text")
    return text


def run(args: argparse.Namespace) -> int:
    from entanglement.core.analysis import TextTooLarge, analyze_text, render_html, render_text

    try:
        text = read_text(args.path)
        analysis = analyze_text(text, source=str(args.path))
    except (InputError, TextTooLarge, OSError) as e:
        print(f"entangle analyze: {e}", file=sys.stderr)
        return 1
    if args.format == "json":
        report = json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "html":
        report = render_html(analysis)
    else:
        report = render_text(analysis)
    if args.output:
        try:
            args.output.write_text(report, encoding="utf-8")
        except OSError as e:
            print(f"entangle analyze: cannot write {args.output}: {e}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(report)
    return 0
