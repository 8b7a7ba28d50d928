"""Fetch a document from a URL without letting the URL reach inside our network.

A URL an editor pastes, or one a fetched page redirects to, could point at the machine itself, the
private network, or a cloud metadata service. So every host is resolved before connecting, every
address it resolves to must be public, the connection goes to the address that was checked (a second
DNS answer cannot swap it), and the same check runs again on each redirect. Size, time, redirect count
and media type are capped. Only tests turn on `allow_loopback`, to talk to servers they start on
127.0.0.1 — private, link-local and metadata addresses stay refused even then.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 5
ALLOWED_MEDIA_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "application/pdf", "text/plain", "application/octet-stream"}
)
USER_AGENT = "Entanglement/0.1 (+document fetcher for a public-interest tracker)"
_CHUNK = 64 * 1024

# Ranges no fetch may reach even though `ipaddress` does not flag them all as private.
_ALWAYS_REFUSED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT (RFC 6598)
        "169.254.0.0/16",  # link-local, including 169.254.169.254 cloud metadata
        "192.0.0.0/24",
        "198.18.0.0/15",
        "fd00:ec2::/32",  # AWS metadata over IPv6 (inside ULA, listed for clarity)
        "64:ff9b::/96",  # NAT64: embeds an IPv4 address we would not otherwise check
    )
)


class FetchError(Exception):
    """The URL was not fetched; the message says why. Nothing was stored."""


class UnsafeURLError(FetchError):
    """The URL (or a redirect) points somewhere we never connect to."""


@dataclass(frozen=True)
class FetchedDocument:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    media_type: str
    charset: str | None
    data: bytes
    sha256: str
    redirects: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    allowed_media_types: frozenset[str] = ALLOWED_MEDIA_TYPES
    allow_loopback: bool = False  # for tests that serve on 127.0.0.1 only


def check_address(address: str, *, allow_loopback: bool = False) -> None:
    """Raise UnsafeURLError unless `address` is a public unicast address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        # ::ffff:127.0.0.1 reaches 127.0.0.1: judge the address it carries.
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        if allow_loopback:
            return
        raise UnsafeURLError(f"refused: {address} is a loopback address")
    if any(ip in net for net in _ALWAYS_REFUSED if net.version == ip.version):
        raise UnsafeURLError(f"refused: {address} is in a reserved, link-local or metadata range")
    if ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified:
        raise UnsafeURLError(f"refused: {address} is a private or non-public address")
    if not ip.is_global:
        raise UnsafeURLError(f"refused: {address} is not a public address")


def resolve_public(host: str, port: int, *, allow_loopback: bool = False) -> str:
    """Resolve `host` and return one checked address; refuse if ANY answer is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise FetchError(f"cannot resolve host {host!r}: {e}") from e
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(f"host {host!r} has no addresses")
    for address in addresses:
        check_address(address, allow_loopback=allow_loopback)
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address we checked, whatever DNS would say now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        # SNI and certificate checks use the host name, not the pinned address.
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def _split(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise UnsafeURLError(f"refused: malformed URL {url!r}: {e}") from e
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise UnsafeURLError(f"refused: only http and https URLs are fetched, not {scheme or 'no scheme'!r}")
    if parts.username or parts.password:
        raise UnsafeURLError("refused: URLs with user names or passwords are not fetched")
    host = parts.hostname
    if not host:
        raise UnsafeURLError(f"refused: URL {url!r} has no host")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return scheme, host, port or (443 if scheme == "https" else 80), path


def fetch(url: str, policy: FetchPolicy | None = None) -> FetchedDocument:
    """GET `url` within the policy's limits, following at most `max_redirects` checked redirects."""
    policy = policy or FetchPolicy()
    deadline = time.monotonic() + policy.timeout
    current = url
    redirects: list[str] = []
    while True:
        scheme, host, port, path = _split(current)
        address = resolve_public(host, port, allow_loopback=policy.allow_loopback)
        remaining = max(0.1, deadline - time.monotonic())
        conn_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
        conn = conn_class(host, port, address, remaining)
        try:
            try:
                conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
                response = conn.getresponse()
            except (OSError, http.client.HTTPException) as e:
                raise FetchError(f"cannot fetch {current}: {e}") from e
            if response.status in {301, 302, 303, 307, 308}:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{current}: redirect without a Location header")
                if len(redirects) >= policy.max_redirects:
                    raise FetchError(f"{url}: more than {policy.max_redirects} redirects")
                current = urljoin(current, location)
                redirects.append(current)
                continue
            if response.status != 200:
                raise FetchError(f"{current}: HTTP {response.status} {response.reason}")
            media_type, charset = _content_type(response.getheader("Content-Type"))
            if media_type not in policy.allowed_media_types:
                raise FetchError(f"{current}: media type {media_type!r} is not one we ingest")
            declared = response.getheader("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(f"{current}: {declared} bytes is over the {policy.max_bytes}-byte limit")
            data = _read_capped(response, policy.max_bytes, deadline, current)
        finally:
            conn.close()
        return FetchedDocument(
            url=url,
            final_url=current,
            status=200,
            media_type=media_type,
            charset=charset,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            redirects=tuple(redirects),
        )


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "application/octet-stream", None
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    return media_type.strip().lower(), charset


def _read_capped(response: http.client.HTTPResponse, max_bytes: int, deadline: float, url: str) -> bytes:
    """Read the body, stopping at the size cap or the deadline (a server may drip bytes forever)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: took longer than the time limit")
        try:
            chunk = response.read1(_CHUNK)
        except (OSError, http.client.HTTPException) as e:
            raise FetchError(f"{url}: connection failed while reading: {e}") from e
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"{url}: response is over the {max_bytes}-byte limit")
        chunks.append(chunk)
