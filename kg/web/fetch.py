"""Fetch a URL politely and safely, with urllib3.

Every request, robots.txt and each redirect hop included: the URL and its addresses pass the
`safety` policy, the host's robots.txt allows it, the host was not asked within the pacing
delay, and a User-Agent names kg. A response must start within `timeout`, arrive whole within
`deadline` and stay under `max_bytes`. Connection failures, 429 and 5xx answers are tried again
with exponential backoff (or the server's Retry-After); a slow answer is not, it would only be
slow again. Failures raise `FetchError` with a one-line reason.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (ConnectTimeoutError, HTTPError, NameResolutionError, NewConnectionError,
                                ReadTimeoutError, SSLError)

from kg.errors import KgError
from kg.web import safety
from kg.web.options import AGENT, WebOptions
from kg.web.politeness import HostPacer, RobotsRules, RobotsUnreadable

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 60.0          # seconds: a longer Retry-After is waited only this long
ROBOTS_MAX_BYTES = 500 * 1024   # RFC 9309: parse at least 500 KiB
_CHUNK = 64 * 1024
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")

# content type → None to read the body, or the reason it is refused (before reading it)
Acceptor = Callable[[str], str | None]


class FetchError(KgError):
    """A URL that could not be fetched; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status
        self.transient = transient    # may work on a later try (follow tries it again next poll)


@dataclass(frozen=True)
class Response:
    url: str              # as asked for
    final_url: str        # after redirects
    status: int
    content_type: str     # the Content-Type header ("" if none)
    body: bytes
    fetched: str          # when, ISO 8601 UTC
    etag: str | None = None
    last_modified: str | None = None


class Fetcher:
    """One run's fetching: pacing and robots.txt rules are remembered per host."""

    def __init__(self, options: WebOptions, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.options = options
        self._clock, self._sleep = clock, sleep
        self._pacer = HostPacer(options.delay, clock, sleep)
        self._robots = RobotsRules(AGENT, self._robots_txt) if options.robots else None
        self._http = urllib3.PoolManager(
            headers={"User-Agent": options.user_agent, "Accept": ACCEPT},
            timeout=urllib3.Timeout(connect=options.timeout, read=options.timeout), retries=False)
        self._http.pool_classes_by_scheme = safety.pool_classes(options.policy)

    def get(self, url: str, accept: Acceptor | None = None, headers: Mapping[str, str] | None = None) -> Response:
        """The response at the end of `url`'s redirects (a 304 to a conditional request included)."""
        return self._follow(url, accept, headers, check_robots=True, max_bytes=self.options.max_bytes)

    def _follow(self, url: str, accept: Acceptor | None, headers: Mapping[str, str] | None, *,
                check_robots: bool, max_bytes: int) -> Response:
        current = url
        for _ in range(self.options.max_redirects + 1):
            self.options.policy.check_url(current)
            if check_robots:
                self._obey_robots(current)
            response = self._with_retries(current, accept, headers, max_bytes)
            if isinstance(response, str):      # a redirect: the next hop
                current = urljoin(current, response)
                continue
            return Response(url, current, *response)
        raise FetchError(f"more than {self.options.max_redirects} redirects")

    def _obey_robots(self, url: str) -> None:
        if self._robots is None:
            return
        refusal = self._robots.refusal(url)
        if refusal:
            reason, may_pass = refusal
            raise FetchError(reason, transient=may_pass)
        delay = self._robots.crawl_delay(url)
        if delay:
            self._pacer.slow_down(urlsplit(url).hostname or "", delay)

    def _with_retries(self, url, accept, headers, max_bytes):
        for attempt in range(self.options.retries + 1):
            last = attempt == self.options.retries
            self._pacer.wait(urlsplit(url).hostname or "")
            try:
                raw = self._http.request("GET", url, headers=headers, redirect=False, preload_content=False)
            except (ConnectTimeoutError, NewConnectionError) as error:   # nothing reached the server
                if last:
                    raise FetchError(describe(error, self.options), transient=True) from None
                self._sleep(self._backoff(attempt))
                continue
            except HTTPError as error:
                raise FetchError(describe(error, self.options), transient=True) from None
            try:
                if raw.status in RETRY_STATUSES and not last:
                    self._sleep(self._retry_after(raw) or self._backoff(attempt))
                    continue
                return self._answer(raw, accept, max_bytes)
            finally:
                # Closed, not kept alive: a refused body may be unread, and pacing makes reuse rare.
                raw.close()
                raw.release_conn()
                self._pacer.done(urlsplit(url).hostname or "")
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _answer(self, raw, accept: Acceptor | None, max_bytes: int) -> str | tuple:
        """A redirect's Location (a str), or the fields of a `Response` after its URLs."""
        location = raw.headers.get("Location")
        if raw.status in REDIRECT_STATUSES and location:
            return location
        if raw.status >= 400 or raw.status in REDIRECT_STATUSES:
            raise FetchError(f"HTTP {raw.status} {raw.reason or ''}".rstrip(), status=raw.status,
                             transient=raw.status in RETRY_STATUSES)
        content_type = raw.headers.get("Content-Type", "")
        refusal = accept(content_type) if accept and raw.status != 304 else None
        if refusal:
            raise FetchError(refusal, status=raw.status)
        body = self._read_body(raw, max_bytes) if raw.status != 304 else b""
        fetched = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        return raw.status, content_type, body, fetched, raw.headers.get("ETag"), raw.headers.get("Last-Modified")

    def _read_body(self, raw, max_bytes: int) -> bytes:
        declared = raw.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(f"too large: {int(declared)} bytes, over the {max_bytes}-byte limit (--max-size)")
        started, chunks, size = self._clock(), [], 0
        try:
            while chunk := raw.read1(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"too large: over the {max_bytes}-byte limit (--max-size)")
                if self._clock() - started > self.options.deadline:
                    raise FetchError(f"too slow: not complete after {self.options.deadline:g} s", transient=True)
                chunks.append(chunk)
        except HTTPError as error:
            raise FetchError(describe(error, self.options), transient=True) from None
        return b"".join(chunks)

    def _backoff(self, attempt: int) -> float:
        return self.options.backoff * 2 ** attempt

    @staticmethod
    def _retry_after(raw) -> float | None:
        value = raw.headers.get("Retry-After")
        if not value:
            return None
        try:
            return min(urllib3.util.Retry(0).parse_retry_after(value), MAX_RETRY_AFTER)
        except HTTPError:
            return None

    def _robots_txt(self, robots_url: str) -> tuple[int, str]:
        try:
            response = self._follow(robots_url, None, None, check_robots=False, max_bytes=ROBOTS_MAX_BYTES)
        except FetchError as error:
            if error.status is None:
                raise RobotsUnreadable(str(error)) from None
            return error.status, ""
        return response.status, response.body.decode("utf-8", errors="replace")


def describe(error: HTTPError, options: WebOptions) -> str:
    """urllib3's exception → a short reason for the user."""
    if isinstance(error, NameResolutionError):
        return f"cannot resolve host {error.conn.host if error.conn else ''}".rstrip()
    if isinstance(error, NewConnectionError):
        cause = error.__cause__
        return f"cannot connect: {(getattr(cause, 'strerror', None) or 'connection failed').lower()}"
    if isinstance(error, ConnectTimeoutError):
        return f"timed out connecting (--timeout {options.timeout:g})"
    if isinstance(error, ReadTimeoutError):
        return f"timed out: no data for {options.timeout:g} s (--timeout)"
    if isinstance(error, SSLError):
        return f"TLS error: {error}".splitlines()[0]
    return f"connection failed: {type(error).__name__}"
