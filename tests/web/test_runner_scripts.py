"""The README's two commands: shell syntax, and what they do about missing Debian packages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ["scripts/test", "scripts/run", "scripts/bootstrap.sh", ".ci/run"]


def bootstrap(snippet: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"set -euo pipefail; source scripts/bootstrap.sh; {snippet}"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_parse(script: str) -> None:
    result = subprocess.run(["bash", "-n", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_user_who_is_not_root_is_told_exactly_what_to_install() -> None:
    # `id -u` answers as an ordinary user would; nothing may be installed.
    result = bootstrap("id() { echo 1000; }; apt-get() { echo CALLED; }; install_debian_packages postgresql chromium")
    assert result.returncode == 1
    assert "apt-get update && apt-get install -y postgresql chromium" in result.stderr
    assert "CALLED" not in result.stdout


def test_root_updates_once_then_installs_what_is_missing() -> None:
    result = bootstrap(
        "id() { echo 0; }; apt-get() { echo \"apt-get $*\"; }; "
        "install_debian_packages chromium; install_debian_packages postgresql"
    )
    assert result.returncode == 0, result.stderr
    calls = [line for line in result.stdout.splitlines() if line.startswith("apt-get ")]
    assert calls == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends chromium",
        "apt-get install -y -qq --no-install-recommends postgresql",
    ]


def test_nothing_missing_means_no_apt_at_all() -> None:
    result = bootstrap("apt-get() { echo CALLED; }; install_debian_packages")
    assert result.returncode == 0 and "CALLED" not in result.stdout


def test_the_install_is_redone_when_the_pins_change(tmp_path: Path) -> None:
    for name in ("pyproject.toml", "constraints.txt"):
        (tmp_path / name).write_text("a\n")
    first = bootstrap(f"ROOT={tmp_path}; install_stamp").stdout
    (tmp_path / "constraints.txt").write_text("b\n")
    second = bootstrap(f"ROOT={tmp_path}; install_stamp").stdout
    assert first.strip() and second.strip() and first != second
