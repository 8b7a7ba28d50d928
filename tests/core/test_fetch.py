"""Safe fetching against real HTTP servers on loopback: limits, redirects, refused addresses.

No test sends a packet anywhere but 127.0.0.1: refused addresses are refused before connecting.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from entanglement.core.fetch import (
    FetchError,
    FetchPolicy,
    UnsafeURLError,
    check_address,
    fetch,
)

LOOPBACK = FetchPolicy(allow_loopback=True, timeout=5.0)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        routes = {
            "/page": lambda: self._send(200, b"<html><body><p>Resolution on detainers.</p></body></html>"),
            "/text": lambda: self._send(200, b"plain words", "text/plain"),
            "/image": lambda: self._send(200, b"\x89PNG....", "image/png"),
            "/missing": lambda: self._send(404, b"no"),
            "/big": lambda: self._send(200, b"x" * 5000),
        }
        if self.path in routes:
            routes[self.path]()
        elif self.path.startswith("/hop/"):
            n = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n - 1}" if n > 0 else "/page")
            self.end_headers()
        elif self.path.startswith("/to?"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.end_headers()
        elif self.path == "/big-undeclared":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"y" * 5000)
            self.close_connection = True
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"z")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
        else:
            self._send(404, b"unknown")
        del port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_a_page(server: str) -> None:
    doc = fetch(f"{server}/page", LOOPBACK)
    assert doc.status == 200
    assert doc.media_type == "text/html"
    assert doc.charset == "utf-8"
    assert b"detainers" in doc.data
    assert len(doc.sha256) == 64


def test_follows_redirects_within_the_limit(server: str) -> None:
    doc = fetch(f"{server}/hop/4", LOOPBACK)
    assert doc.final_url.endswith("/page")
    assert len(doc.redirects) == 5


def test_too_many_redirects(server: str) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{server}/hop/5", LOOPBACK)


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://[fd00::1]/",
        "file:///etc/passwd",
    ],
)
def test_redirect_to_private_address_is_refused(server: str, target: str) -> None:
    with pytest.raises(UnsafeURLError, match="refused"):
        fetch(f"{server}/to?{target}", LOOPBACK)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://169.254.169.254/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://2130706433/",  # 127.0.0.1 written as one decimal number
        "http://0x7f000001/",
        "http://0/",
        "http://100.100.100.200/",  # CGNAT; also a cloud metadata address
        "ftp://example.org/file",
        "javascript:alert(1)",
        "http://user:pw@example.org/",
        "http:///nohost",
    ],
)
def test_unsafe_urls_are_refused_by_default(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        fetch(url, FetchPolicy(timeout=2.0))


def test_allow_loopback_still_refuses_private_ranges() -> None:
    check_address("127.0.0.1", allow_loopback=True)
    check_address("::1", allow_loopback=True)
    for address in ("10.1.2.3", "172.16.0.1", "169.254.169.254", "fe80::1"):
        with pytest.raises(UnsafeURLError):
            check_address(address, allow_loopback=True)


def test_public_addresses_pass_the_check() -> None:
    check_address("93.184.216.34")
    check_address("2606:4700::1111")


def test_declared_oversize_is_cut_off(server: str) -> None:
    with pytest.raises(FetchError, match="over the 1000-byte limit"):
        fetch(f"{server}/big", FetchPolicy(allow_loopback=True, max_bytes=1000))


def test_undeclared_oversize_is_cut_off_while_reading(server: str) -> None:
    with pytest.raises(FetchError, match="over the 1000-byte limit"):
        fetch(f"{server}/big-undeclared", FetchPolicy(allow_loopback=True, max_bytes=1000))


def test_slow_response_is_cut_off(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="time limit|timed out"):
        fetch(f"{server}/slow", FetchPolicy(allow_loopback=True, timeout=1.0))
    assert time.monotonic() - started < 3.0


def test_media_type_outside_the_allow_list(server: str) -> None:
    with pytest.raises(FetchError, match="image/png"):
        fetch(f"{server}/image", LOOPBACK)


def test_http_error_status(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", LOOPBACK)


def test_connection_refused_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/", FetchPolicy(allow_loopback=True, timeout=2.0))
