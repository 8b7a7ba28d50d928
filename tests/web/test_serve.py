"""`entangle serve` really runs gunicorn: our pages, our 404 page and the collected static files."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_serve_answers_with_gunicorn_static_files_and_a_404_page(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["ENTANGLEMENT_HOME"] = str(tmp_path)
    server = subprocess.Popen(
        [sys.executable, "-m", "entanglement.cli", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, headers, body = fetch(f"{base}/static/web/site.css")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.communicate()[0].decode(errors="replace")
                assert time.monotonic() < deadline, "entangle serve did not answer within 60 s"
                time.sleep(0.3)
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert b".site-header" in body
        assert headers["Server"] == "gunicorn"
        assert (tmp_path / "static" / "web" / "site.css").is_file()

        status, headers, body = fetch(f"{base}/no/such/page/")
        assert status == 404
        assert b"Not found" in body
        assert "default-src 'self'" in headers["Content-Security-Policy"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
