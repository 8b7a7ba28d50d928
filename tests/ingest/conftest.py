"""Ingest tests: a private $ENTANGLEMENT_HOME per test (blobs), documents written by the tests."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("ENTANGLEMENT_HOME", str(folder))
    return folder


class Served:
    """Pages a test serves on 127.0.0.1, and every path that was asked for."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.requests: list[str] = []
        self.url = ""

    def add(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> str:
        self.pages[path] = (200, content_type, body, {})
        return self.url + path

    def redirect(self, path: str, location: str) -> str:
        self.pages[path] = (302, "text/plain", b"", {"Location": location})
        return self.url + path


@pytest.fixture
def served() -> Iterator[Served]:
    state = Served()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append(self.path)
            status, content_type, body, headers = state.pages.get(self.path, (404, "text/plain", b"no", {}))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
