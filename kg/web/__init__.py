"""Reading the web: article pages, URL lists and RSS/Atom feeds, fetched politely and safely.

    reader = kg.web.WebReader(kg.web.WebOptions(raw_dir=Path("out/raw")))
    for item in reader.read(["https://example.org/news/1.html", kg.web.Feed("https://example.org/rss")]):
        ...   # Article or Skipped, like kg.ingest.read

Modules: `safety` (which URLs and addresses may be fetched), `politeness` (per-host pacing,
robots.txt), `fetch` (urllib3 with limits, redirects and retries), `feeds` (feedparser),
`raw` (saved copies for offline rebuilds), `reader` (all of it → `kg.ingest` articles).
Pages are read by `kg.ingest.readers.read_html` like HTML files.
"""
from kg.web.fetch import Fetcher, FetchError, Response
from kg.web.options import USER_AGENT, WebOptions
from kg.web.reader import Feed, WebReader, is_url
from kg.web.safety import AddressPolicy, Refused

__all__ = ["AddressPolicy", "Feed", "Fetcher", "FetchError", "Refused", "Response", "USER_AGENT", "WebOptions",
           "WebReader", "is_url"]
