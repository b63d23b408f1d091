"""Fetching article and feed URLs: http(s) only, public hosts only, bounded in time, size and redirects.

Input: a URL (an article or feed given on the command line, or a feed entry's teaser link,
which comes from the feed's author and is never trusted). Output: a `FetchedPage`, or a
`FetchError` whose message is the reason recorded in the failures table. Used by
`tessera.ingest.readers` (`read_url`, `read_feed`).

What is refused, and why:

- Schemes other than http and https (`file:`, `ftp:`, `javascript:` ...), on every hop.
- Hosts that resolve to an address that is not public (server-side request forgery: a
  feed must not make Tessera fetch, store and serve `http://127.0.0.1:8000/admin`, the
  cloud metadata service at 169.254.169.254 or a machine on the operator's network):
  loopback, private (RFC 1918, fc00::/7), link-local, multicast, reserved, unspecified,
  shared (100.64.0.0/10) and the like, in IPv4 and IPv6, including IPv4 addresses carried
  inside IPv6 (IPv4-mapped `::ffff:127.0.0.1`, NAT64, 6to4, Teredo). Every address the
  name resolves to must pass, and the check is made again on every redirect hop
  (redirects are followed by hand). `allow_private_hosts=True` (`tessera ingest
  --allow-private-hosts`) lets an operator fetch from any address; `allowed_networks`
  (e.g. `["10.20.0.0/16"]`) opens only the networks named.
- DNS rebinding: the connection is made to the very address that was checked (the
  fetcher's own network backend connects to the pinned address), while the URL, the Host
  header and the TLS server name (SNI and certificate check) stay the host's name.
- Slow servers: `deadline` (30 s by default) bounds the whole fetch, across name
  resolution, connecting, TLS, every redirect and every body read, as well as `timeout`
  (15 s) for any single network operation. A server dripping a byte a second is cut at
  the deadline ("deadline of 30 s exceeded ...").
- Large bodies: more than `max_bytes` (5 MB) after decompression is refused.

Proxies from the environment (HTTP_PROXY ...) are not used: a proxy would resolve and
connect on its own, out of reach of the address check.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
DEFAULT_DEADLINE = 30.0

# (host, port) -> the addresses it resolves to, as strings (IPv6 without brackets).
Resolver = Callable[[str, int], Sequence[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A URL could not be fetched; the message is the reason recorded in failures."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the URL asked for
    final_url: str  # after redirects
    content_type: str
    body: bytes


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"refused URL scheme {parts.scheme!r}: only http and https are fetched")
    if not parts.netloc:
        raise FetchError(f"URL has no host: {url}")


# --- which addresses may be fetched -------------------------------------------------


def address_refusal(address: str | IPAddress) -> str | None:
    """Why `address` is not a public address to fetch from (e.g. "loopback"), or None if it is.

    IPv4 addresses inside IPv6 ones (IPv4-mapped, NAT64, 6to4, Teredo) are judged as the
    IPv4 address they reach. Anything that is not globally routable is refused.
    """
    ip = address if not isinstance(address, str) else ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        reason = address_refusal(ip.ipv4_mapped)  # ::ffff:a.b.c.d is the IPv4 address itself
        return None if reason is None else f"{reason} ({ip.ipv4_mapped} inside {ip})"
    if isinstance(ip, ipaddress.IPv6Address):
        for inner in _embedded_ipv4(ip):
            reason = address_refusal(inner)
            if reason is not None:
                return f"{reason} ({inner} inside {ip})"
    checks = (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("not globally routable", not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> Iterator[ipaddress.IPv4Address]:
    if ip in NAT64:
        yield ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        yield ip.sixtofour
    if ip.teredo is not None:
        yield from ip.teredo  # (server, client)


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives `host` (an IP literal gives itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _resolve_within(resolver: Resolver, host: str, port: int, seconds: float) -> Sequence[str]:
    """`resolver(host, port)`, given up after `seconds` (getaddrinfo itself has no timeout)."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(resolver(host, port))
        except BaseException as exc:  # noqa: BLE001 - handed over to the caller's thread
            outcome.append(exc)

    thread = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
    thread.start()
    thread.join(max(seconds, 0.0))
    if not outcome:
        raise TimeoutError(f"resolving {host} took more than {seconds:.1f} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


# --- the transport: connect only to checked addresses, within the deadline ------------------


class _Deadline:
    """The current fetch's deadline (time.monotonic()), shared by every stream of a fetcher."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.hit = False  # a network operation was cut short by the deadline

    def left(self, error: type[Exception]) -> float | None:
        """Seconds left (None: no deadline); raise `error` when none are."""
        if self.at is None:
            return None
        left = self.at - time.monotonic()
        if left <= 0:
            self.hit = True
            raise error("fetch deadline exceeded")
        return left

    def bound(self, timeout: float | None, error: type[Exception]) -> float | None:
        """An operation's timeout, shortened to the time left before the deadline."""
        left = self.left(error)
        if left is not None and (timeout is None or left < timeout):
            self.hit = True  # if this operation times out, the deadline is why
            return left
        return timeout


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = self._deadline.bound(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded), self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to the addresses the fetcher checked for that host and port."""

    def __init__(self, deadline: _Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline
        self.pins: dict[tuple[str, int], Sequence[str]] = {}

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get((host.lower(), port))
        if not addresses:
            raise httpcore.ConnectError(f"{host}:{port} was not checked before connecting")
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self._deadline.bound(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:  # the next address of the name may answer
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert error is not None
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _Stream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class _httpx_errors:  # noqa: N801 - used as a context manager
    """httpcore's exceptions as the httpx ones that `HttpFetcher.fetch` handles."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _tb: object) -> None:
        if error is None or not isinstance(error, Exception) or isinstance(error, httpx.HTTPError):
            return
        if isinstance(error, httpcore.TimeoutException):
            raise httpx.TimeoutException(str(error) or type(error).__name__) from error
        if type(error).__module__.startswith("httpcore"):
            raise httpx.TransportError(f"{type(error).__name__}: {error}") from error


class _PinnedTransport(httpx.BaseTransport):
    """httpx's transport, over a connection pool whose only way out is `_PinnedBackend`."""

    def __init__(self, backend: _PinnedBackend) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=10,
            max_keepalive_connections=5,
            network_backend=backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Stream(response.stream),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


# --- the fetcher ----------------------------------------------------------------------


class HttpFetcher:
    """Fetch one URL within a deadline, a size limit and at most `max_redirects` redirects.

    Redirects are followed by hand so that each hop's scheme and host addresses are
    checked too (an http page must not be able to send us to file://, ftp:// or
    http://169.254.169.254/). See the module docstring for what is refused.

    `allow_private_hosts` lifts the address check; `allowed_networks` (CIDR strings)
    admits addresses in those networks only, whatever their kind. `resolver(host, port)
    -> addresses` is the system's by default; give another one to resolve names otherwise
    (tests map made-up names to a local server).
    """

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        deadline: float = DEFAULT_DEADLINE,
        max_bytes: int = 5_000_000,
        max_redirects: int = 3,
        allow_private_hosts: bool = False,
        allowed_networks: Iterable[str] = (),
        resolver: Resolver = system_resolver,
    ) -> None:
        if deadline <= 0:
            raise ValueError(f"deadline must be positive, got {deadline}")
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.allow_private_hosts = allow_private_hosts
        self.allowed_networks = tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks)
        self.resolver = resolver
        self._clock = _Deadline()
        self._backend = _PinnedBackend(self._clock)
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            transport=_PinnedTransport(self._backend),
            trust_env=False,
            headers={"User-Agent": "tessera-ingest/0.1 (+https://github.com/tessera)"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        self._clock.at = time.monotonic() + self.deadline
        self._clock.hit = False
        try:
            return self._fetch(url)
        finally:
            self._clock.at = None

    def _fetch(self, url: str) -> FetchedPage:
        current = url
        for _hop in range(self.max_redirects + 1):
            check_url(current)
            try:
                self._pin(current)
                with self._client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"redirect without a Location header from {current}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} for {current}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise FetchError(f"page too large: {declared} bytes (limit {self.max_bytes})")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise FetchError(f"page too large: over {self.max_bytes} bytes")
                        chunks.append(chunk)
                        self._clock.left(httpx.ReadTimeout)  # a steady trickle of small chunks too
                    return FetchedPage(
                        url=url,
                        final_url=current,
                        content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                        body=b"".join(chunks),
                    )
            except (httpx.TimeoutException, TimeoutError) as exc:
                if self._clock.hit:
                    raise FetchError(f"deadline of {self.deadline:g} s exceeded fetching {current}") from exc
                raise FetchError(f"timed out fetching {current} ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch {current}: {exc}") from exc
        raise FetchError(f"too many redirects (more than {self.max_redirects}) from {url}")

    def _pin(self, url: str) -> None:
        """Resolve the URL's host, check every address, and pin them for the connection."""
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii").lower()
        port = parsed.port or DEFAULT_PORTS[parsed.scheme]
        left = self._clock.left(TimeoutError)
        try:
            addresses = _resolve_within(self.resolver, host, port, self.deadline if left is None else left)
        except TimeoutError:
            self._clock.hit = True  # resolvers have no timeout of their own: the deadline stopped it
            raise
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host!r}: {exc}") from exc
        if not addresses:
            raise FetchError(f"cannot resolve host {host!r}: no addresses")
        if not self.allow_private_hosts:
            for address in addresses:
                reason = self._refusal(address)
                if reason is not None:
                    raise FetchError(
                        f"refused host {host!r}: its address {address} is not public ({reason}); only public "
                        "hosts are fetched unless the operator allows others (--allow-private-hosts)"
                    )
        self._backend.pins[(host, port)] = list(addresses)

    def _refusal(self, address: str) -> str | None:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip.version == network.version and ip in network for network in self.allowed_networks):
            return None
        return address_refusal(ip)
