"""`kg follow`: feeds into a store, idempotent across runs, retries what may pass, stops on SIGTERM."""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner
from newssite import AGENCY, CP1251, FORBIDDEN, IMAGE, OFFICIAL, Route, Site, news_routes, page

from kg.cli import main
from kg.follow import Follower
from kg.pipeline import Pipeline
from kg.store import Store
from kg.store.lock import StoreLock

FLAGS = ["--allow-private", "--delay", "0.05", "--timeout", "2s", "--once"]
PAGES = (AGENCY, OFFICIAL, "/world/2023/11/23/odkb-minsk", CP1251)


def follow(store, *feeds: str):
    return CliRunner().invoke(main, ["follow", *feeds, "--store", str(store), *FLAGS])


def feed_of(*paths: str) -> Route:
    """An RSS feed whose items link to `paths` of the site."""
    items = "".join(f"<item><link>{{base}}{path}</link></item>" for path in paths)
    return Route(f'<rss version="2.0"><channel><title>Лента</title>{items}</channel></rss>'.encode(),
                 headers={"Content-Type": "application/rss+xml"})


def stored_articles(store) -> list[str]:
    with Store.open(store, read_only=True) as opened:
        return opened.articles()


def test_follow_once_twice_adds_each_article_once(tmp_path):
    store = tmp_path / "store"
    with Site(news_routes()) as site:
        first = follow(store, site.url("/rss.xml"), site.url("/world/atom.xml"))
        between = len(site.requests)
        second = follow(store, site.url("/rss.xml"), site.url("/world/atom.xml"))
        second_paths = [request.path for request in site.requests[between:]]
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert sorted(line.split()[1].removeprefix(site.base) for line in lines if line.startswith("added")) == \
           sorted(f"{path}:" for path in PAGES)
    assert f"skip   {site.url(FORBIDDEN)}: forbidden by {site.base}/robots.txt (--ignore-robots reads it)" in lines
    assert f"skip   {site.url(IMAGE)}: not HTML but image/png" in lines
    assert lines[-1] == "poll: 2 feeds, 6 new, 4 added, 2 skipped"
    assert len(stored_articles(store)) == 4

    assert second.exit_code == 0, second.output
    assert second.stdout.splitlines() == ["poll: 2 feeds, 0 new, 0 added, 0 skipped"]
    assert second_paths == ["/robots.txt", "/rss.xml", "/world/atom.xml"]     # no page fetched again
    assert len(stored_articles(store)) == 4
    state = json.loads((store / "follow.json").read_text(encoding="utf-8"))
    assert {record["outcome"] for record in state["seen"].values()} == {"added", "skipped"}
    assert len(list((store / "raw").glob("*.html"))) == 4


def test_same_article_under_a_new_url_is_not_added_again(tmp_path, options):
    routes = news_routes() | {"/copy/kulubaev.html": page("agency.html"),
                              "/two.xml": feed_of(AGENCY, "/copy/kulubaev.html")}
    lines: list[str] = []
    with Site(routes) as site:
        follower = Follower([site.url("/two.xml")], tmp_path, options(), Pipeline().process, lines.append,
                            threading.Event())
        follower.poll()
    assert lines[0].startswith(f"added  {site.url(AGENCY)}: article ")
    assert lines[1] == f"same   {site.url('/copy/kulubaev.html')}: the article of {site.url(AGENCY)}"
    assert len(stored_articles(tmp_path)) == 1


def test_a_failure_that_may_pass_is_tried_again_next_poll(tmp_path, options):
    routes = news_routes() | {AGENCY: Route(b"busy", 503, {"Content-Type": "text/plain"}, then=page("agency.html")),
                              "/one.xml": feed_of(AGENCY)}
    lines: list[str] = []
    with Site(routes) as site:
        follower = Follower([site.url("/one.xml")], tmp_path, options(retries=0), Pipeline().process, lines.append,
                            threading.Event())
        follower.poll()
        follower.poll()
    assert f"skip   {site.url(AGENCY)}: HTTP 503 Service Unavailable (tried again next poll)" in lines
    assert sum(line.startswith(f"added  {site.url(AGENCY)}") for line in lines) == 1
    assert lines[-1] == "poll: 1 feeds, 1 new, 1 added, 0 skipped"


def test_a_busy_store_costs_no_fetch_and_the_item_is_taken_next_poll(tmp_path, options):
    lines: list[str] = []
    with Site(news_routes() | {"/one.xml": feed_of(AGENCY)}) as site:
        follower = Follower([site.url("/one.xml")], tmp_path, options(), Pipeline().process, lines.append,
                            threading.Event())
        with Store.open(tmp_path):     # another kg process writes the store: locked before any work
            follower.poll()
        fetched_while_busy = site.paths()
        follower.poll()
    assert lines[0] == (f"skip   {site.url(AGENCY)}: store {tmp_path} is locked by kg process {os.getpid()} "
                        "(tried again next poll)")
    assert AGENCY not in fetched_while_busy
    assert lines[-2].startswith(f"added  {site.url(AGENCY)}: article ")
    assert stored_articles(tmp_path) and lines[-1] == "poll: 1 feeds, 1 new, 1 added, 0 skipped"


def test_unchanged_feed_is_asked_for_conditionally(tmp_path, options):
    routes = news_routes() | {"/images.xml": dataclasses.replace(feed_of(IMAGE), etag='"v1"')}
    lines: list[str] = []
    with Site(routes) as site:
        follower = Follower([site.url("/images.xml")], tmp_path, options(), Pipeline().process, lines.append,
                            threading.Event())
        follower.poll()
        follower.poll()
        feed_requests = [request for request in site.requests if request.path == "/images.xml"]
    assert [request.headers.get("If-None-Match") for request in feed_requests] == [None, '"v1"']
    assert lines[-1] == "poll: 1 feeds, 0 new, 0 added, 0 skipped"      # the 304 brought nothing


def test_a_second_follower_of_the_same_store_is_refused(tmp_path):
    lock = StoreLock(tmp_path, name="follow.lock")
    lock.acquire()
    try:
        result = CliRunner().invoke(main, ["follow", "http://127.0.0.1:9/rss.xml", "--store", str(tmp_path), *FLAGS])
    finally:
        lock.release()
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path} is already followed by another kg follow"


def test_unreachable_feed_is_logged_and_the_poll_goes_on(tmp_path, options):
    with Site({}) as closed:
        dead = closed.url("/rss.xml")
    lines: list[str] = []
    with Site(news_routes() | {"/images.xml": feed_of(IMAGE)}) as site:
        follower = Follower([dead, site.url("/images.xml")], tmp_path, options(retries=0), Pipeline().process,
                            lines.append, threading.Event())
        follower.poll()
    assert lines[0].startswith(f"feed {dead}: cannot read {dead.removesuffix('/rss.xml')}/robots.txt (cannot connect")
    assert lines[1] == f"skip   {site.url(IMAGE)}: not HTML but image/png"      # the next feed was read
    assert lines[-1] == "poll: 2 feeds, 1 new, 0 added, 1 skipped"


@pytest.mark.parametrize(("args", "message"), [
    (["--interval", "soon"], "'soon' is not a duration such as 30s, 15m or 1h"),
    ([], "Missing option '--store'"),
    (["--store", "s", "-e", "nonsense"], "nonsense"),
])
def test_bad_follow_arguments_are_one_line_errors(args, message):
    result = CliRunner().invoke(main, ["follow", "http://127.0.0.1:9/rss.xml", *args])
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output


def test_sigterm_ends_follow_cleanly(tmp_path):
    empty = '<rss version="2.0"><channel><title>Пусто</title></channel></rss>'.encode()
    with Site({"/rss.xml": Route(empty, headers={"Content-Type": "application/rss+xml"})}) as site:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "follow", site.url("/rss.xml"), "--store", str(tmp_path / "store"),
             "--interval", "1h", "--allow-private", "--ignore-robots"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ | {"PYTHONUNBUFFERED": "1"})
        try:
            first_line = process.stdout.readline()      # the first poll is done: now it waits an hour
            started = time.monotonic()
            process.send_signal(signal.SIGTERM)
            stdout, stderr = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert first_line.strip() == "poll: 1 feeds, 0 new, 0 added, 0 skipped"
    assert process.returncode == 0, stderr
    assert time.monotonic() - started < 5
    assert stderr.strip() == "kg follow: stopped"
    assert "Traceback" not in stdout + stderr
