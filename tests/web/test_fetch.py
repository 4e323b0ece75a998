"""The fetcher against the loopback site: redirects, limits, retries, robots.txt, pacing, headers."""
from __future__ import annotations

import time

import pytest
from newssite import AGENCY, FORBIDDEN, Route, Site, news_routes

from kg.errors import KgError
from kg.web import Fetcher, FetchError, USER_AGENT
from kg.web.politeness import HostPacer


def test_redirect_chain_is_followed_hop_by_hop(site, options):
    response = Fetcher(options()).get(site.url("/r/1"))
    assert response.final_url == site.url(AGENCY)
    assert response.url == site.url("/r/1")
    assert "Кулубаев" in response.body.decode()
    assert site.paths() == ["/robots.txt", "/r/1", "/r/2", "/r/3", AGENCY]


@pytest.mark.parametrize(("path", "reason", "requests"), [
    ("/loop", "more than 5 redirects", 6),
    ("/to-ftp", "only http and https URLs are fetched, not ftp URL", 1),
    ("/slow", "timed out: no data for 0.5 s (--timeout)", 1),
    ("/trickle", "too slow: not complete after 1 s", 1),
    ("/huge-declared", "too large: 52428800 bytes, over the 262144-byte limit (--max-size)", 1),
    ("/huge-streamed", "too large: over the 262144-byte limit (--max-size)", 1),
    ("/gone", "HTTP 404 Not Found", 1),
])
def test_refusals_have_one_line_reasons(site, options, path, reason, requests):
    started = time.monotonic()
    with pytest.raises(KgError) as error:     # FetchError, or safety.Refused for a bad scheme
        Fetcher(options()).get(site.url(path))
    assert str(error.value) == reason
    assert site.paths()[1:] == [path] * requests     # after robots.txt; slow pages are not tried again
    assert time.monotonic() - started < 2.5


def test_content_type_is_refused_before_the_body_is_read(site, options):
    site.routes["/big.png"] = Route(b"\x89PNG" + b"\x00" * 2**20, headers={"Content-Type": "image/png"})
    with pytest.raises(FetchError, match="^not HTML but image/png$"):
        Fetcher(options()).get(site.url("/big.png"), accept=lambda kind: None if "html" in kind else
                               f"not HTML but {kind}")


def test_busy_server_is_tried_again_after_retry_after(site, options):
    response = Fetcher(options()).get(site.url("/flaky"))
    assert response.status == 200
    assert site.paths() == ["/robots.txt", "/flaky", "/flaky"]


def test_retries_are_bounded(site, options):
    site.routes["/down"] = Route(b"down", 503, {"Retry-After": "0"})
    with pytest.raises(FetchError, match="^HTTP 503") as error:
        Fetcher(options(retries=2)).get(site.url("/down"))
    assert error.value.transient
    assert site.paths().count("/down") == 3


def test_connection_refused_is_a_transient_failure(options):
    with Site({}) as closed:
        url = closed.url("/article.html")
    with pytest.raises(FetchError, match="^cannot connect: connection refused$") as error:
        Fetcher(options(robots=False)).get(url)
    assert error.value.transient


def test_user_agent_names_kg(site, options):
    Fetcher(options()).get(site.url(AGENCY))
    assert {request.headers["User-Agent"] for request in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("kg/")


def test_robots_txt_forbids_a_path_and_is_read_once(site, options):
    fetcher = Fetcher(options())
    with pytest.raises(FetchError, match=r"^forbidden by http://127\.0\.0\.1:\d+/robots\.txt") as error:
        fetcher.get(site.url(FORBIDDEN))
    assert not error.value.transient
    fetcher.get(site.url(AGENCY))
    assert site.paths() == ["/robots.txt", AGENCY]


def test_robots_txt_can_be_ignored(site, options):
    Fetcher(options(robots=False)).get(site.url(FORBIDDEN))
    assert site.paths() == [FORBIDDEN]


@pytest.mark.parametrize(("robots", "refusal"), [
    (Route(b"nothing here", 404), None),           # no robots.txt: everything allowed (RFC 9309)
    (Route(b"oops", 500), "/robots.txt answers HTTP 500, so nothing of the site is fetched"),
    (Route(b"User-agent: kg\nDisallow: /\n\nUser-agent: *\nAllow: /\n"), "forbidden by"),   # kg by name
    (Route(b"User-agent: otherbot\nDisallow: /\n"), None),
])
def test_robots_txt_outcomes(options, robots, refusal):
    routes = news_routes() | {"/robots.txt": robots}
    with Site(routes) as site:
        fetcher = Fetcher(options(retries=0))
        if refusal is None:
            fetcher.get(site.url(AGENCY))
        else:
            with pytest.raises(FetchError, match=refusal):
                fetcher.get(site.url(AGENCY))
        assert (AGENCY in site.paths()) == (refusal is None)


def test_unreachable_robots_txt_forbids_the_site_with_its_reason(options):
    with Site({}) as closed:
        url = closed.url(AGENCY)
    with pytest.raises(FetchError) as error:
        Fetcher(options(retries=0)).get(url)
    assert str(error.value) == (f"cannot read {closed.base}/robots.txt (cannot connect: connection refused), "
                                "so nothing of the site is fetched")
    assert error.value.transient       # `kg follow` tries the page again next poll


def test_no_second_request_to_a_host_inside_the_delay(site, options):
    delay = 0.3
    fetcher = Fetcher(options(delay=delay))
    for path in ("/r/1", "/press/news/nurtleu-smid-shos"):
        fetcher.get(site.url(path))
    times = [request.at for request in site.requests]
    assert len(times) == 6            # robots.txt, three redirects, two pages
    assert min(later - earlier for earlier, later in zip(times, times[1:])) >= delay * 0.9


def test_crawl_delay_of_robots_txt_slows_the_host_down(options):
    routes = news_routes() | {"/robots.txt": Route(b"User-agent: *\nCrawl-delay: 1\n")}   # whole seconds only
    with Site(routes) as site:
        Fetcher(options(delay=0.01)).get(site.url(AGENCY))
        robots, article = [request.at for request in site.requests]
        assert article - robots >= 0.95


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.mark.parametrize(("requests", "slept"), [
    ([("a", 0.0), ("a", 0.0)], [1.0]),                 # the same host at once: wait the whole delay
    ([("a", 0.0), ("a", 0.4)], [0.6]),                 # part of it already passed
    ([("a", 0.0), ("a", 1.5)], []),                    # the delay is over
    ([("a", 0.0), ("b", 0.0), ("a", 0.0)], [1.0]),     # hosts are paced apart
])
def test_pacer_waits_per_host(requests, slept):
    clock = FakeClock()
    pacer = HostPacer(1.0, clock, clock.sleep)
    for host, elapsed in requests:
        clock.now += elapsed
        pacer.wait(host)
    assert clock.slept == slept


@pytest.mark.parametrize(("answer_seconds", "slept"), [(0.0, [1.0]), (0.7, [1.0]), (5.0, [1.0])])
def test_pause_counts_from_the_end_of_the_previous_answer(answer_seconds, slept):
    clock = FakeClock()
    pacer = HostPacer(1.0, clock, clock.sleep)
    pacer.wait("a")
    clock.now += answer_seconds        # a slow answer does not eat into the pause
    pacer.done("a")
    pacer.wait("a")
    assert clock.slept == slept


@pytest.mark.parametrize(("crawl_delay", "pause"), [(0.2, 1.0), (5.0, 5.0), (3600.0, 60.0)])
def test_crawl_delay_lengthens_never_shortens_and_is_capped(crawl_delay, pause):
    clock = FakeClock()
    pacer = HostPacer(1.0, clock, clock.sleep)
    pacer.slow_down("a", crawl_delay)
    pacer.wait("a")
    pacer.wait("a")
    assert clock.slept == [pause]
