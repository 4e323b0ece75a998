"""`kg follow`: poll feeds and add their new articles to a store, one article at a time.

Idempotent by URL and by content: an item URL seen before is not fetched again, and a new URL
whose text is an article already taken (same article id, a hash of the cleaned text) is not
processed again; the store itself ignores a graph it already holds. The state lives in the
store directory (`follow.json`: each item URL with the article id it gave or why it was skipped,
and each feed's ETag and Last-Modified for conditional requests). It is rewritten atomically
after every article, so a restart, SIGTERM or crash loses nothing and adds nothing twice.
A failure that may pass (timeout, 5xx, busy store) is not recorded: the next poll tries again.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ValidationError
from kg.ingest import MAX_ARTICLE_CHARS
from kg.ingest.metadata import Metadata
from kg.knowledge_graph import KnowledgeGraph
from kg.store import Store, StoreError
from kg.store.lock import StoreLock, StoreLockedError
from kg.types import Article
from kg.web import FetchError, WebOptions, WebReader
from kg.web.feeds import FeedItem

STATE_FILE = "follow.json"
LOCK_FILE = "follow.lock"


@dataclass
class FollowState:
    path: Path
    seen: dict[str, dict] = field(default_factory=dict)    # item URL → {"article", "outcome", "at"}
    feeds: dict[str, dict] = field(default_factory=dict)   # feed URL → {"etag", "last_modified"}

    @classmethod
    def load(cls, path: Path) -> FollowState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as error:
            raise KgError(f"cannot read the follow state {path}: {error}") from None
        return cls(path, dict(data.get("seen", {})), dict(data.get("feeds", {})))

    def save(self) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps({"seen": self.seen, "feeds": self.feeds}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
        os.replace(temporary, self.path)

    def article_url(self, article_id: str) -> str | None:
        """The URL an article with this id was first taken from, if any."""
        return next((url for url, record in self.seen.items() if record.get("article") == article_id), None)

    def record(self, url: str, outcome: str, article: str | None = None) -> None:
        self.seen[url] = {"article": article, "outcome": outcome,
                          "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        self.save()


@dataclass(frozen=True)
class PollCounts:
    new: int = 0
    added: int = 0
    skipped: int = 0


class Follower:
    """Follows `feeds` into the store in `store_dir`; `log` gets one line per article."""

    def __init__(self, feeds: Sequence[str], store_dir: Path, options: WebOptions, process: Callable,
                 log: Callable[[str], None], stop: threading.Event, *, max_article_chars: int = MAX_ARTICLE_CHARS):
        self.feeds, self.store_dir = list(feeds), Path(store_dir)
        self.options, self.max_article_chars = options, max_article_chars
        self.reader = self._new_reader()
        self.process = process       # Article → ArticleFacts (a `kg.pipeline.Pipeline().process`)
        self.log, self.stop = log, stop
        self.store_dir.mkdir(parents=True, exist_ok=True)
        self.state = FollowState.load(self.store_dir / STATE_FILE)

    def _new_reader(self) -> WebReader:
        return WebReader(self.options, max_article_chars=self.max_article_chars)

    def run(self, interval: float, once: bool = False) -> None:
        """Poll every `interval` seconds until `stop` is set (after one poll if `once`)."""
        lock = StoreLock(self.store_dir, name=LOCK_FILE)   # one follower per store; others may still read
        try:
            lock.acquire()
        except StoreLockedError:
            raise KgError(f"{self.store_dir} is already followed by another kg follow") from None
        try:
            while True:
                self.poll()
                if once or self.stop.wait(interval):
                    return
        finally:
            lock.release()

    def poll(self) -> PollCounts:
        self.reader = self._new_reader()    # robots.txt read afresh each poll, as if a new run
        outcomes = []
        for feed in self.feeds:
            for item in self._new_items(feed) if not self.stop.is_set() else []:
                if self.stop.is_set():
                    break
                outcomes.append(self._take(item))
        counts = PollCounts(len(outcomes), outcomes.count(True), outcomes.count(False))
        self.log(f"poll: {len(self.feeds)} feeds, {counts.new} new, {counts.added} added, {counts.skipped} skipped")
        return counts

    def _new_items(self, feed: str) -> list[FeedItem]:
        known = self.state.feeds.get(feed, {})
        headers = {name: value for name, value in (("If-None-Match", known.get("etag")),
                                                    ("If-Modified-Since", known.get("last_modified"))) if value}
        try:
            response, items = self.reader.feed_items(feed, headers)
        except KgError as error:
            self.log(f"feed {feed}: {error}")
            return []
        if response.status != 304:
            self.state.feeds[feed] = {"etag": response.etag, "last_modified": response.last_modified}
            self.state.save()
        return [item for item in items if item.url not in self.state.seen]

    def _take(self, item: FeedItem) -> bool | None:
        """Read, process and store one item: True if added, False if skipped, None if to retry.

        The store is locked first, as `kg build --store` locks it: while another kg process
        writes (or serves) it, the item is neither fetched nor analysed, only tried next poll."""
        try:
            store = Store.open(self.store_dir)
        except (StoreError, StoreLockedError) as error:
            return self._skip(item.url, str(error), permanent=False)
        with store:
            return self._read_and_store(item, store)

    def _read_and_store(self, item: FeedItem, store: Store) -> bool | None:
        try:
            article = self.reader.page(item.url, Metadata(title=item.title, published=item.published))
        except FetchError as error:
            return self._skip(item.url, str(error), permanent=not error.transient)
        except KgError as error:
            return self._skip(item.url, str(error), permanent=True)
        earlier = self.state.article_url(article.id)
        if earlier:
            self.state.record(item.url, "duplicate", article.id)
            self.log(f"same   {item.url}: the article of {earlier}")
            return False
        return self._store(item.url, article, store)

    def _store(self, url: str, article: Article, store: Store) -> bool | None:
        try:
            result = self.process(article)
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the follower
            return self._skip(url, f"processing failed: {type(error).__name__}: {error}", permanent=True)
        knowledge = KnowledgeGraph(results=[result])
        try:
            knowledge.validate()
            report = store.add(knowledge.quads)
        except ValidationError as error:
            return self._skip(url, str(error).splitlines()[0], permanent=True)
        outcome = "added" if report.added else "replaced" if report.replaced else "unchanged"
        self.state.record(url, outcome, article.id)
        self.log(f"{outcome:<6} {url}: article {article.id}, {knowledge.fact_count} facts"
                 + (f", «{article.title}»" if article.title else ""))
        return True

    def _skip(self, url: str, reason: str, *, permanent: bool) -> bool | None:
        if permanent:
            self.state.record(url, "skipped")
        self.log(f"skip   {url}: {reason}" + ("" if permanent else " (tried again next poll)"))
        return False if permanent else None
