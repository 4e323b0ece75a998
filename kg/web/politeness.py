"""Politeness towards the sites kg reads: a pause between requests to a host, and robots.txt."""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from kg.errors import KgError

MAX_CRAWL_DELAY = 60.0   # seconds; a robots.txt asking for more is obeyed only this far


class RobotsUnreadable(KgError):
    """robots.txt could not be fetched at all (no HTTP answer); the message says why."""


class HostPacer:
    """Leaves at least `delay` seconds between the end of one request to a host name and the start
    of the next (counted from the end, the host sees the pause even when the answer was slow)."""

    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.delay = delay
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def wait(self, host: str) -> None:
        """Sleep until `host` may be asked again, and count this request."""
        last = self._last.get(host)
        if last is not None:
            pause = last + self._delays.get(host, self.delay) - self._clock()
            if pause > 0:
                self._sleep(pause)
        self._last[host] = self._clock()

    def done(self, host: str) -> None:
        """The request to `host` is over: the pause counts from now."""
        self._last[host] = self._clock()

    def slow_down(self, host: str, delay: float) -> None:
        """A longer pause for `host` (its robots.txt Crawl-delay), never shorter than the default."""
        self._delays[host] = min(max(delay, self.delay), MAX_CRAWL_DELAY)


class RobotsRules:
    """Each site's robots.txt, read once, through the caller's fetcher (so it is paced and checked).

    As RFC 9309 says: a robots.txt that does not exist (4xx) allows everything; one that cannot
    be read (5xx, network failure) forbids everything for this run.
    """

    def __init__(self, agent: str, fetch: Callable[[str], tuple[int, str]]):
        self._agent = agent
        self._fetch = fetch     # robots.txt URL → (status, text); raises RobotsUnreadable
        self._sites: dict[str, tuple[urllib.robotparser.RobotFileParser, str | None]] = {}

    def refusal(self, url: str) -> tuple[str, bool] | None:
        """None if `url` may be fetched, else why not and whether that may pass (robots.txt unreadable)."""
        parser, unreadable = self._site(url)
        if unreadable:
            return unreadable, True
        if not parser.can_fetch(self._agent, url):
            return f"forbidden by {parser.url} (--ignore-robots reads it)", False
        return None

    def crawl_delay(self, url: str) -> float | None:
        delay = self._site(url)[0].crawl_delay(self._agent)
        return float(delay) if delay is not None else None

    def _site(self, url: str) -> tuple[urllib.robotparser.RobotFileParser, str | None]:
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
        if site not in self._sites:
            self._sites[site] = self._read(site + "/robots.txt")
        return self._sites[site]

    def _read(self, robots_url: str) -> tuple[urllib.robotparser.RobotFileParser, str | None]:
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            status, text = self._fetch(robots_url)
        except RobotsUnreadable as error:
            parser.disallow_all = True
            return parser, f"cannot read {robots_url} ({error}), so nothing of the site is fetched"
        if status >= 500:
            parser.disallow_all = True
            return parser, f"{robots_url} answers HTTP {status}, so nothing of the site is fetched"
        if status >= 400:
            parser.allow_all = True
        else:
            parser.parse(text.splitlines())
        return parser, None
