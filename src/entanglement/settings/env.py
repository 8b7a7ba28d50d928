"""Where the settings read the environment: one place, so every switch is documented together."""

from __future__ import annotations

import os
from pathlib import Path


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def entanglement_home() -> Path:
    """The folder holding the embedded database and stored documents (default ./var/)."""
    return Path(os.environ.get("ENTANGLEMENT_HOME", "var")).resolve()
