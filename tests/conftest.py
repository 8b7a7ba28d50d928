"""Fixtures shared by every test folder: ../shared, the database vendor guard, headless Chromium."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

REPO_ROOT = Path(__file__).resolve().parent.parent

# Flags Chromium needs on a machine without a sandbox, a GPU or outside network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


_CACHE_HOME = Path(tempfile.mkdtemp(prefix="entanglement-test-cache-"))


def pytest_configure(config: pytest.Config) -> None:
    """Keep the registry caches of a run in a temporary folder (not the user's ~/.cache), and when
    scripts/test says which database this run is for, make sure it is that one."""
    os.environ["XDG_CACHE_HOME"] = str(_CACHE_HOME)
    expected = os.environ.get("ENTANGLEMENT_TEST_DB")
    if not expected:
        return
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"]
    if expected not in engine:
        raise pytest.UsageError(f"ENTANGLEMENT_TEST_DB={expected} but the database engine is {engine}")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder (reference data, eval sets); tests needing it skip without it."""
    path = Path(os.environ.get("ENTANGLEMENT_SHARED", REPO_ROOT.parent / "shared"))
    if not path.is_dir():
        pytest.skip(f"{path} is absent (it is not part of the repository)")
    return path


def chromium_path() -> str | None:
    configured = os.environ.get("ENTANGLEMENT_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser_context() -> Iterator[BrowserContext]:
    """Debian's Chromium driven by Playwright, with a fresh profile; no browser download."""
    executable = chromium_path()
    if executable is None:
        reason = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("ENTANGLEMENT_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the ORM calls made by the test itself
    # (loading data before the page opens) are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with tempfile.TemporaryDirectory(prefix="entanglement-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(live_server: Any, browser_context: BrowserContext) -> Iterator[Page]:
    """A new tab against the live server; the test fails if the page asks any other origin for anything.

    The live server is requested first so that it is stopped last: Chromium keeps connections to it
    open until the browser closes.
    """
    browser_context.clear_cookies()
    tab = browser_context.new_page()
    tab.set_default_timeout(15_000)
    own_origin = urlsplit(live_server.url).netloc
    foreign: list[str] = []

    def check(request: Any) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != own_origin:
            foreign.append(request.url)

    tab.on("request", check)
    try:
        yield tab
    finally:
        tab.close()
    assert not foreign, f"the page made external requests: {foreign}"
