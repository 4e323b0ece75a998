"""`kg build` on URLs and feeds of the loopback site: articles, metadata, politeness, raw copies,
offsets into them, the offline rebuild, and refusals."""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from newssite import AGENCY, CP1251, FORBIDDEN, IMAGE, Request, Site, news_routes
from rdflib import Dataset

from kg.cli import main
from kg.graph import query
from kg.ingest.html_decode import decode_html

DELAY = 0.1
FLAGS = ["--allow-private", "--delay", str(DELAY), "--timeout", "2s", "--workers", "1", "--no-picture"]


@dataclass
class Run:
    site: Site
    out: Path
    output: str
    stderr: str
    exit_code: int
    requests: list[Request]


def build(site: Site, out: Path, *args: str) -> Run:
    before = len(site.requests)
    result = CliRunner().invoke(main, ["build", *args, "-o", str(out), *FLAGS])
    return Run(site, out, result.stdout, result.stderr, result.exit_code, site.requests[before:])


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The RSS feed, the Atom feed (forced with --feed) and a dead link; then the same offline."""
    with Site(news_routes()) as site:
        inputs = [site.url("/rss.xml"), "--feed", site.url("/world/atom.xml"), site.url("/gone")]
        online = build(site, tmp_path_factory.mktemp("online"), *inputs)
        offline = build(site, tmp_path_factory.mktemp("offline"), *inputs, "--offline",
                        "--raw", str(online.out / "raw"))
        yield online, offline


def test_every_feed_item_becomes_an_article_or_a_reason(runs):
    online, _ = runs
    assert online.exit_code == 1, online.output          # some inputs were skipped
    assert "articles: 4" in online.output
    base = online.site.base
    for line in (f"kg: skipped {base}/gone: HTTP 404 Not Found",
                 f"kg: skipped {base}{FORBIDDEN}: forbidden by {base}/robots.txt (--ignore-robots reads it)",
                 f"kg: skipped {base}{IMAGE}: not HTML but image/png"):
        assert line in online.stderr.splitlines()
    assert "Traceback" not in online.output + online.stderr


def test_robots_txt_read_once_and_obeyed(runs):
    online, _ = runs
    paths = [request.path for request in online.requests]
    assert paths.count("/robots.txt") == 1
    assert FORBIDDEN not in paths


def test_no_second_request_to_the_host_inside_the_delay(runs):
    online, _ = runs
    times = [request.at for request in online.requests]
    assert len(times) == 9
    assert min(later - earlier for earlier, later in zip(times, times[1:])) >= DELAY * 0.9


ARTICLES = """SELECT ?url ?title ?published ?publisher ?author WHERE {
    ?article a kg:Article ; schema:url ?url ; schema:headline ?title ; schema:datePublished ?published .
    OPTIONAL { ?article schema:publisher ?publisher } OPTIONAL { ?article schema:author ?author } }"""


def test_page_metadata_reaches_the_graph(runs):
    online, _ = runs
    dataset = Dataset()
    dataset.parse(online.out / "graph.trig", format="trig")
    rows = {str(row.url).removeprefix(online.site.base): row for row in query(dataset, ARTICLES)}
    assert set(rows) == {AGENCY, "/press/news/nurtleu-smid-shos", "/world/2023/11/23/odkb-minsk", CP1251}
    newspaper = rows["/world/2023/11/23/odkb-minsk"]
    assert (str(newspaper.publisher), str(newspaper.author), str(newspaper.published)) == \
           ("Вечерний курьер", "Ольга Миронова", "2023-11-23")
    assert str(rows[CP1251].title) == "ВЕЭС начинает переговоры о свободной торговле с Индонезией"


EVIDENCE = """SELECT ?url ?sentence ?start ?end WHERE {
    ?fact a kg:Fact ; kg:sentence ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ;
          prov:wasDerivedFrom ?article . ?article schema:url ?url }"""


def test_offsets_index_the_saved_raw_page(runs):
    online, _ = runs
    raw = online.out / "raw"
    pages = {}
    for record_path in raw.glob("*.json"):
        record = json.loads(record_path.read_text(encoding="utf-8"))
        pages[record["final_url"]] = decode_html((raw / record["file"]).read_bytes(), record["content_type"])
    dataset = Dataset()
    dataset.parse(online.out / "graph.trig", format="trig")
    rows = list(query(dataset, EVIDENCE))
    assert len(rows) >= 10
    for row in rows:
        evidence = pages[str(row.url)][int(row.start):int(row.end)]
        readable = " ".join(html.unescape(re.sub(r"<[^>]*>", "", evidence)).split())
        assert readable and readable in " ".join(str(row.sentence).split()), (readable, str(row.sentence))


def test_raw_copies_record_what_was_fetched(runs):
    online, _ = runs
    records = [json.loads(path.read_text(encoding="utf-8")) for path in (online.out / "raw").glob("*.json")]
    kinds = sorted(Path(record["file"]).suffix for record in records)
    assert kinds == [".html"] * 4 + [".xml"] * 2
    cp1251 = next(record for record in records if record["final_url"].endswith(CP1251))
    assert cp1251["content_type"] == "text/html" and cp1251["status"] == 200


def test_offline_rebuild_fetches_nothing_and_builds_the_same_graph(runs):
    online, offline = runs
    assert offline.requests == []
    assert "articles: 4" in offline.output
    assert (offline.out / "facts.tsv").read_text(encoding="utf-8") == (online.out / "facts.tsv").read_text(encoding="utf-8")
    assert "(--offline fetches nothing)" in offline.stderr      # the dead link was never saved


def test_url_list_file(tmp_path):
    with Site(news_routes()) as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"# agency and old site\n\n{site.url(AGENCY)}\n  {site.url(CP1251)}  \n", encoding="utf-8")
        run = build(site, tmp_path / "out", "--urls", str(urls))
    assert run.exit_code == 0, run.output + run.stderr
    assert "articles: 2" in run.output
    assert [request.path for request in run.requests] == ["/robots.txt", AGENCY, CP1251]


def test_loopback_refused_without_allow_private(tmp_path):
    with Site(news_routes()) as site:
        result = CliRunner().invoke(main, ["build", site.url(AGENCY), "-o", str(tmp_path), "--no-picture", "-w", "1"])
        assert site.requests == []
    assert result.exit_code == 1
    assert f"kg: skipped {site.url(AGENCY)}: 127.0.0.1 is a loopback address (--allow-private fetches it)" \
           in result.stderr.splitlines()


@pytest.mark.parametrize(("args", "message"), [
    (["--max-size", "lots"], "'lots' is not a size such as 500K or 5M"),
    (["--delay", "-1"], "'-1' is not a duration such as 30s, 15m or 1h"),
    (["--urls", "missing.txt"], "File 'missing.txt' does not exist"),
])
def test_bad_options_are_one_line_errors(tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", "http://127.0.0.1:9/", "-o", str(tmp_path), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_no_input_at_all_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "give INPUTS, --urls FILE or --feed URL" in result.output
