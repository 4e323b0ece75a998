"""`kg follow`: keep a corpus store current from RSS/Atom feeds."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from pathlib import Path

import click

from kg.cli.common import max_article_chars_option, split_names, user_errors
from kg.cli.web_options import Duration, make_web_options, web_options


@click.command("follow")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@click.option("--store", "store_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The corpus store to keep current (created if missing); follow.json in it is the state.")
@click.option("--interval", type=Duration(), default="15m", show_default=True,
              help="Time between two polls of the feeds (30s, 15m, 1h…).")
@click.option("--once", is_flag=True, default=False, help="Poll once and exit (for cron).")
@click.option("--extractors", "-e", default=None, metavar="NAME,…",
              help="Only these extractors (see `kg extractors`); default: all.")
@max_article_chars_option
@web_options
def follow_command(feeds: tuple[str, ...], store_dir: Path, interval: float, once: bool, extractors: str | None,
                   max_article_chars: int, **fetching) -> None:
    """Poll RSS/Atom feeds and add their new articles to a corpus store.

    Each new item's page is fetched politely (robots.txt, a pause between requests to a host),
    saved in STORE/raw, read and added to the store: one line per article. Items already seen
    (by URL, or by content under another URL) are not read again, across restarts. Runs until
    SIGTERM or Ctrl-C, which end it cleanly after the current article; --once polls once.
    """
    from kg.follow import Follower
    from kg.pipeline import Pipeline

    options = make_web_options(store_dir / "raw", **fetching)
    with user_errors():
        pipeline = _LazyPipeline(Pipeline, split_names(extractors))
        stop = threading.Event()
        follower = Follower(feeds, store_dir, options, pipeline.process, lambda line: click.echo(line), stop,
                            max_article_chars=max_article_chars)
        with _stopped_by_signals(stop):
            follower.run(interval, once=once)
    if stop.is_set():
        click.echo("kg follow: stopped", err=True)


class _LazyPipeline:
    """Loads the models on the first new article, not at start: a poll with nothing new stays light."""

    def __init__(self, factory, extractors):
        from kg import extract

        if extractors:
            extract.check_names(extractors)   # a bad name fails at once, not at the first article
        self._factory, self._extractors, self._pipeline = factory, extractors, None

    def process(self, article):
        if self._pipeline is None:
            self._pipeline = self._factory(self._extractors)
        return self._pipeline.process(article)


@contextmanager
def _stopped_by_signals(stop: threading.Event):
    """SIGTERM and SIGINT set `stop`: the follower finishes its article, saves its state, exits 0."""
    previous = {number: signal.signal(number, lambda *_: stop.set()) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
