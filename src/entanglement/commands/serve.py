"""`entangle serve`: the site under gunicorn, static files served by WhiteNoise from the collected folder."""

from __future__ import annotations

import argparse
import os
from typing import Any

from gunicorn.app.base import BaseApplication


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1); "
                        "another host name must also be in ENTANGLEMENT_ALLOWED_HOSTS")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="gunicorn worker processes (default: %(default)s, from the CPU count)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds before a stuck worker is restarted")
    parser.add_argument("--setup", action="store_true",
                        help="run `entangle seed` first (create/migrate the database, load the curated data)")
    parser.add_argument("--no-collectstatic", action="store_true",
                        help="skip copying static files into $ENTANGLEMENT_HOME/static first")


def default_workers() -> int:
    # Two per core, capped: the site is small and SQLite readers are cheap, but memory is not free.
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise SystemExit(f"entangle serve: --port must be between 1 and 65535, got {args.port}")
    if args.workers < 1:
        raise SystemExit(f"entangle serve: --workers must be at least 1, got {args.workers}")

    if args.setup:
        from entanglement.cli import main as entangle

        status = entangle(["seed"])
        if status:
            return status

    from .django_setup import ensure_home, setup_django

    ensure_home()
    setup_django()
    if not args.no_collectstatic:
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)

    options = {
        "bind": f"{bracket_ipv6(args.host)}:{args.port}",
        "workers": args.workers,
        "timeout": args.timeout,
        "accesslog": "-",
        "errorlog": "-",
        # Workers are forked after the app is loaded, so a broken setting fails here, once, loudly.
        "preload_app": True,
        # The runtime control socket has one fixed path per user: two sites on one machine would clash.
        "control_socket_disable": True,
    }
    print(f"Serving Entanglement on http://{bracket_ipv6(args.host)}:{args.port}/ ({args.workers} workers)",
          flush=True)
    SiteServer(build_application, options).run()
    return 0


def bracket_ipv6(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def build_application() -> Any:
    from django.conf import settings
    from whitenoise import WhiteNoise

    from entanglement.wsgi import application

    # Collected files carry no content hash in their names, so browsers must revalidate them.
    return WhiteNoise(application, root=str(settings.STATIC_ROOT), prefix=settings.STATIC_URL, max_age=600)


class SiteServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    """Gunicorn configured in code, so `entangle serve` needs no config file."""

    def __init__(self, factory: Any, options: dict[str, Any]) -> None:
        self._factory = factory
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self._factory()
