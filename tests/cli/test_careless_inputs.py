"""What a careless user or a hostile file does to kg: every case ends in a one-line reason and the
rest of the batch still runs; nothing blocks, reads without end, or prints a traceback."""
import json
import os
import time

import pytest
from click.testing import CliRunner

import kg
from kg import ingest
from kg.store import Store
from kg.types import Article, Skipped

SEED = "examples/ru/sco-security-council-2024-04-03.txt"


def read_kinds(paths, **limits) -> list[tuple[str, str]]:
    return [(type(item).__name__, getattr(item, "reason", "")) for item in ingest.read(paths, **limits)]


def test_fifo_and_device_are_skipped_unread(tmp_path, demo_article_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    kinds = read_kinds([fifo, "/dev/zero", demo_article_path])
    assert kinds == [("Skipped", "not a regular file but a FIFO"),
                     ("Skipped", "not a regular file but a character device"), ("Article", "")]
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("limit, kind", [(1_000, "Skipped"), (10_000, "Article")])
def test_article_size_limit(demo_article_path, limit, kind):
    (item,) = ingest.read([demo_article_path], max_article_chars=limit)
    assert type(item).__name__ == kind
    if kind == "Skipped":
        assert item.reason.startswith("article of ") and "(raise it with --max-article-chars)" in item.reason


def front_matter(text: str) -> str:
    return f"---\nurl: https://www.akorda.kz/ru/sco\ndate: 2024-04-03\n---\n{text}"


def html(text: str) -> str:
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n") if part.strip())
    return f"<html lang=ru><body><article>{paragraphs}</article></body></html>"


def jsonl(text: str) -> str:
    return json.dumps({"text": text}, ensure_ascii=False) + "\n"


# The seed article is 4,083 characters (7,474 bytes: under every limit below before it is read),
# so the limit is checked on the text each reader finds: after the header, inside the markup, in
# the JSON field.
@pytest.mark.parametrize("name, write", [("plain.txt", str), ("front.txt", front_matter), ("page.html", html),
                                         ("lines.jsonl", jsonl)])
@pytest.mark.parametrize("limit, kind", [(3_000, "Skipped"), (5_000, "Article")])
def test_every_file_reader_applies_the_size_limit(tmp_path, demo_article_path, name, write, limit, kind):
    path = tmp_path / name
    path.write_text(write(demo_article_path.read_text(encoding="utf-8")), encoding="utf-8")
    (item,) = ingest.read([path], max_article_chars=limit)
    assert type(item).__name__ == kind
    assert kind == "Article" or item.reason.startswith("article of 4,0")   # the text, not the file


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as sparse:   # 20 MB without writing them
        sparse.truncate(20_000_000)

    def never(self):
        raise AssertionError("read a file that could only be refused")

    monkeypatch.setattr(type(huge), "read_bytes", never)
    (item,) = ingest.read([huge])
    assert isinstance(item, Skipped) and item.reason.startswith("article of 5,000,000 characters at least")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "iso8859_5"])
def test_legacy_cyrillic_code_pages_are_told_apart(tmp_path, demo_article_path, encoding):
    text = demo_article_path.read_text(encoding="utf-8")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    (article,) = ingest.read([path])
    assert isinstance(article, Article)
    assert "Шанхайской организации сотрудничества" in article.text


@pytest.mark.parametrize("data, reason", [
    ("Привет".encode("iso8859_5"), "cannot tell the encoding: cp1251 and iso8859_5"),
    ("Le président a déclaré à Astana".encode("latin-1"), "undecodable bytes: not UTF-8"),
])
def test_undecidable_or_foreign_bytes_are_reported(tmp_path, data, reason):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    (item,) = ingest.read([path])
    assert isinstance(item, Skipped) and item.reason.startswith(reason)


SHORT = "Президент Казахстана Касым-Жомарт Токаев подписал Декларацию ШОС."


def test_unreadable_named_input_does_not_stop_the_batch(cli, tmp_path, monkeypatch):
    readable = tmp_path / "short.txt"
    readable.write_text(SHORT, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("Текст.", encoding="utf-8")
    real_access, real_read = os.access, type(secret).read_bytes

    def access(path, mode, *args, **kwargs):   # root reads everything: say no the way a user hears it
        return False if str(path) == str(secret) else real_access(path, mode, *args, **kwargs)

    def read_bytes(self):
        if str(self) == str(secret):
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(type(secret), "read_bytes", read_bytes)
    result = CliRunner().invoke(cli, ["parse", str(secret), str(readable), "--format", "json"])
    assert result.exit_code == 1
    assert f"kg: skipped {secret}: cannot read: permission denied" in result.output
    assert '"sentences"' in result.output


def test_second_writer_fails_before_any_work(cli, tmp_path, demo_article_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("processed articles while the store was locked")

    monkeypatch.setattr(kg, "build", never)
    with Store.open(tmp_path / "store"):
        result = CliRunner().invoke(cli, ["build", str(demo_article_path), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.output == f"Error: store {tmp_path / 'store'} is locked by kg process {os.getpid()}\n"


@pytest.mark.parametrize("args, message", [
    (["remove", "{store}", "a>b", "x y"], "not in store: a>b\nnot in store: x y\n"),
    (["query", "{store}", "--named", "about-entity", "--param", "entity=<not an iri>"], "Error: 'not an iri' is not a valid IRI"),
    (["query", "{store}", "--named", "about-entity", "--param", "entity=http://a b"], "Error: 'http://a b' is not a valid IRI"),
    (["export", "{store}", "--format", "nt", "-o", "/dev/full"], "Error: No space left on device"),
])
def test_bad_arguments_end_in_one_line(cli, store_dir, args, message):
    result = CliRunner().invoke(cli, [arg.format(store=store_dir) for arg in args])
    assert result.exit_code == 1 and result.output.startswith(message), result.output
    assert "Traceback" not in result.output


def test_from_picks_graphs_in_kg_query(cli, store_dir):
    article = "https://w3id.org/kg/article/59db0caa3494ba20"
    counts = [CliRunner().invoke(cli, ["query", str(store_dir), query, "--format", "csv"]).output.split()[1]
              for query in (f"SELECT (COUNT(*) AS ?n) FROM <{article}> WHERE {{ ?s ?p ?o }}",
                            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")]
    assert 0 < int(counts[0]) < int(counts[1])


def test_stats_of_a_merged_graph_counts_its_articles(cli, corpus_path, tmp_path):
    merged = tmp_path / "graph.ttl"
    assert CliRunner().invoke(cli, ["export", str(corpus_path), "--format", "turtle", "-o", str(merged)]).exit_code == 0
    assert CliRunner().invoke(cli, ["stats", str(merged)]).output.startswith("articles: 2\n")


def test_removing_the_last_article_leaves_no_entities(cli, store_dir):
    for article in ("59db0caa3494ba20", "7f3e21c0d9a4b811"):
        assert CliRunner().invoke(cli, ["remove", str(store_dir), article]).exit_code == 0
    output = CliRunner().invoke(cli, ["stats", str(store_dir)]).output
    assert output.startswith("articles: 0\n") and "entities: 0\n" in output


def test_knowledge_graph_prints_as_a_summary():
    knowledge = kg.KnowledgeGraph()
    assert repr(knowledge) == "KnowledgeGraph(articles=0, entities=0, facts=0, skipped=0)"


def test_a_build_without_picture_removes_the_stale_one(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.png").write_bytes(b"\x89PNG of an earlier build")
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "short.txt"), "-o", str(out), "--no-picture", "-w", "1"])
    assert result.exit_code == 0, result.output
    assert not (out / "graph.png").exists() and f"removed stale {out / 'graph.png'}" in result.output
