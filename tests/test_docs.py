"""Docs that cannot drift: every command, setting and taxonomy category must be in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from entanglement.cli import COMMANDS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    first_block = README.split("```", 2)[1]
    assert "bash scripts/run" in first_block
    assert "bash scripts/test" in first_block


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\s*(exec\s+)?bash scripts/test\s*$", ci, re.M), ci


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert f"`entangle {command}" in README


def _settings_read_from_environment() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "entanglement").rglob("*.py"):
        names.update(re.findall(r"\b(ENTANGLEMENT_[A-Z_]+|DATABASE_URL)\b", path.read_text(encoding="utf-8")))
    return names


def test_settings_are_found() -> None:
    assert {"ENTANGLEMENT_HOME", "DATABASE_URL"} <= _settings_read_from_environment()


@pytest.mark.parametrize("name", sorted(_settings_read_from_environment()))
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in README
