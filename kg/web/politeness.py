"""Politeness towards the sites kg reads: a pause between requests to a host, and robots.txt."""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

MAX_CRAWL_DELAY = 60.0   # seconds; a robots.txt asking for more is obeyed only this far


class HostPacer:
    """Leaves at least `delay` seconds between the starts of two requests to one host name."""

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

    def slow_down(self, host: str, delay: float) -> None:
        """A longer pause for `host` (its robots.txt Crawl-delay), never shorter than the default."""
        self._delays[host] = min(max(delay, self.delay), MAX_CRAWL_DELAY)


class RobotsRules:
    """Each site's robots.txt, read once, through the caller's fetcher (so it is paced and checked).

    As RFC 9309 says: a robots.txt that does not exist (4xx) allows everything; one that cannot
    be read (5xx, network failure) forbids everything for this run.
    """

    def __init__(self, agent: str, fetch: Callable[[str], tuple[int, str] | None]):
        self._agent = agent
        self._fetch = fetch     # robots.txt URL → (status, text), or None when unreachable
        self._parsers: dict[str, urllib.robotparser.RobotFileParser] = {}

    def allowed(self, url: str) -> bool:
        return self._parser(url).can_fetch(self._agent, url)

    def crawl_delay(self, url: str) -> float | None:
        delay = self._parser(url).crawl_delay(self._agent)
        return float(delay) if delay is not None else None

    def _parser(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        site = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
        if site not in self._parsers:
            self._parsers[site] = self._read(site + "/robots.txt")
        return self._parsers[site]

    def _read(self, robots_url: str) -> urllib.robotparser.RobotFileParser:
        parser = urllib.robotparser.RobotFileParser(robots_url)
        answer = self._fetch(robots_url)
        if answer is None or answer[0] >= 500:
            parser.disallow_all = True
        elif answer[0] >= 400:
            parser.allow_all = True
        else:
            parser.parse(answer[1].splitlines())
        return parser
