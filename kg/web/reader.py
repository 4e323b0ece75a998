"""URLs and feeds → articles: fetch (or, offline, load the saved copy), save, read with kg.ingest."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import ingest
from kg.errors import KgError
from kg.ingest.metadata import Metadata
from kg.ingest.readers import read_html
from kg.types import Article, Skipped
from kg.web import feeds
from kg.web.fetch import Fetcher, FetchError, Response
from kg.web.options import WebOptions
from kg.web.raw import RawCopies

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@dataclass(frozen=True)
class Feed:
    """An input read as a feed whatever its response looks like (`--feed URL`)."""
    url: str


def is_url(text: str | Path) -> bool:
    """"scheme://…": fetched (and refused unless http or https), never read as a path."""
    return isinstance(text, str) and bool(_URL.match(text))


def _page_only(content_type: str) -> str | None:
    kind = feeds.media_type(content_type)
    return None if kind in feeds.HTML_TYPES | {""} else f"not HTML but {kind}"


def _page_or_feed(content_type: str) -> str | None:
    kind = feeds.media_type(content_type)
    known = feeds.HTML_TYPES | feeds.FEED_TYPES | feeds.XML_TYPES | {""}
    return None if kind in known else f"neither HTML nor a feed but {kind}"


def _feed_only(content_type: str) -> str | None:
    kind = feeds.media_type(content_type)
    return None if kind in feeds.FEED_TYPES | feeds.XML_TYPES | {""} else f"not a feed but {kind}"


class WebReader:
    """Reads URLs, feeds and (through `kg.ingest`) paths; one per run, it paces each host."""

    def __init__(self, options: WebOptions, max_article_chars: int = ingest.MAX_ARTICLE_CHARS):
        if options.offline and options.raw_dir is None:
            raise KgError("--offline reads saved copies: give the directory they are in (--raw DIR)")
        self.options = options
        self.max_article_chars = max_article_chars   # as for files: a longer page is skipped
        self.raw = RawCopies(options.raw_dir) if options.raw_dir else None
        self._fetcher = None if options.offline else Fetcher(options)

    def read(self, inputs: Iterable[str | Path | Feed]) -> Iterator[Article | Skipped]:
        """Every article of every input, in order; failures are `Skipped` with a reason."""
        for item in inputs:
            if isinstance(item, Feed):
                yield from self._read_url(item.url, as_feed=True)
            elif is_url(item):
                yield from self._read_url(item, as_feed=False)
            else:
                yield from ingest.read([item], max_article_chars=self.max_article_chars)

    def feed_items(self, url: str, headers: dict[str, str] | None = None) -> tuple[Response, list[feeds.FeedItem]]:
        """The feed's response and items (none for a 304); raises KgError."""
        response, saved = self._get(url, _feed_only, headers)
        if response.status == 304:
            return response, []
        self._save(response, saved, ".xml")
        return response, feeds.items(response.body, response.final_url, response.content_type)

    def page(self, url: str, hints: Metadata = Metadata()) -> Article:
        """One page; `hints` (a feed item's title and date) fill what the page does not say.
        Raises `FetchError` (or another KgError for a page with no article text)."""
        response, saved = self._get(url, _page_only)
        return self._article(response, self._save(response, saved, ".html"), hints)

    def read_page(self, url: str, hints: Metadata = Metadata()) -> Article | Skipped:
        try:
            return self.page(url, hints)
        except KgError as error:
            return Skipped(url, str(error))

    def _read_url(self, url: str, *, as_feed: bool) -> Iterator[Article | Skipped]:
        """A page, or each page of a feed (only a feed if `as_feed`)."""
        try:
            response, saved = self._get(url, _feed_only if as_feed else _page_or_feed)
            if not as_feed and not feeds.is_feed(response.content_type, response.body):
                yield self._article(response, self._save(response, saved, ".html"), Metadata())
                return
            self._save(response, saved, ".xml")
            entries = feeds.items(response.body, response.final_url, response.content_type)
        except KgError as error:
            yield Skipped(url, str(error))
            return
        for entry in entries:
            yield self.read_page(entry.url, Metadata(title=entry.title, published=entry.published))

    def _get(self, url: str, accept, headers=None) -> tuple[Response, Path | None]:
        """The response and, offline, the path of its saved body."""
        if self._fetcher is not None:
            return self._fetcher.get(url, accept, headers), None
        loaded = self.raw.load(url)
        if loaded is None:
            raise FetchError(f"no saved copy in {self.raw.directory} (--offline fetches nothing)")
        response, path = loaded
        refusal = accept(response.content_type)
        if refusal:
            raise FetchError(refusal)
        return response, path

    def _save(self, response: Response, saved: Path | None, suffix: str) -> Path | None:
        if saved is not None or self.raw is None:
            return saved
        return self.raw.save(response, suffix)

    def _article(self, response: Response, saved: Path | None, hints: Metadata) -> Article:
        (article,) = read_html(response.body, str(saved or response.final_url), content_type=response.content_type,
                               given=Metadata(url=response.final_url), fallback=hints,
                               max_chars=self.max_article_chars)
        return article
