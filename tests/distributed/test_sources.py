"""Article sources: JSONL cut into byte ranges reads every line once; globs, folders, keys, hashes."""
from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

from kg import ingest
from kg.distributed.sources import FileSource, JsonlRange, content_hash, jsonl_ranges, list_sources, read_source
from kg.distributed.tasks import BuildOptions
from kg.types import Article, Skipped

LINES = [
    {"text": "Казахстан председательствует в ШОС.", "title": "ШОС"},
    {"text": "Армения заморозила участие в ОДКБ — «ёлки» и длинные слова: " + "сотрудничество " * 30},
    {"text": "Иран стал членом ШОС.", "date": "2024-07-04", "url": "https://example.org/1"},
    {"text": "Финляндия стала членом НАТО в апреле 2023 года.", "lang": "ru"},
]


@pytest.fixture
def jsonl(tmp_path):
    """Four articles, a blank line, a line that is not JSON, CRLF endings and a UTF-8 BOM."""
    rows = [json.dumps(LINES[0], ensure_ascii=False), json.dumps(LINES[1], ensure_ascii=False), "",
            "{not json", json.dumps(LINES[2], ensure_ascii=False) + "\r", json.dumps(LINES[3], ensure_ascii=False)]
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(rows).encode("utf-8"))   # no newline after the last line
    return path


def read_all(sources, settings="s"):
    return [read for source in sources for read in read_source(source, settings)]


@pytest.mark.parametrize("range_bytes", [1, 7, 100, 333, 10**6])
def test_byte_ranges_read_every_line_once_as_one_reader_does(jsonl, range_bytes):
    sources = jsonl_ranges(jsonl, range_bytes)
    assert len(sources) == -(-jsonl.stat().st_size // range_bytes)
    reads = read_all(sources)
    whole = list(ingest.read([jsonl]))
    assert [r.item.id for r in reads if isinstance(r.item, Article)] == [a.id for a in whole if isinstance(a, Article)]
    assert [r.item.title for r in reads if isinstance(r.item, Article)] == ["ШОС", None, None, None]
    [bad] = [r for r in reads if isinstance(r.item, Skipped)]
    assert "invalid JSON" in bad.item.reason


@pytest.mark.parametrize("range_bytes", [1, 50, 10**6])
def test_a_line_key_is_the_byte_offset_where_the_line_starts(jsonl, range_bytes):
    data = jsonl.read_bytes()
    for read in read_all(jsonl_ranges(jsonl, range_bytes)):
        path, _, offset = read.key.rpartition("@")
        assert path == str(jsonl) and (int(offset) == 0 or data[int(offset) - 1:int(offset)] == b"\n")
        assert read.item.source == read.key


def test_utf16_jsonl_is_refused_line_by_line_not_garbled(tmp_path):
    path = tmp_path / "utf16.jsonl"
    path.write_bytes(json.dumps(LINES[0], ensure_ascii=False).encode("utf-16"))
    reads = read_all(list_sources([path], 10))
    assert reads and all(isinstance(r.item, Skipped) for r in reads)
    assert "UTF-16" in reads[0].item.reason


@pytest.mark.parametrize("lines, ranges", [(1, 6), (2, 3), (3, 2), (6, 1), (100, 1)])
def test_a_jsonl_file_is_cut_into_ranges_of_about_n_lines(tmp_path, lines, ranges):
    path = tmp_path / "even.jsonl"
    path.write_text("".join(json.dumps({"text": f"Статья номер {i:03d}."}) + "\n" for i in range(6)), encoding="utf-8")
    sources = list_sources([path], lines)
    assert len(sources) == ranges
    assert sum(1 for read in read_all(sources) if isinstance(read.item, Article)) == 6


def test_folders_are_walked_and_globs_expanded_each_file_once(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("a/1.txt", "a/2.html", "a/skip.pdf", "b.txt"):
        (tmp_path / name).write_text("Иран стал членом ШОС.", encoding="utf-8")
    sources = list_sources([tmp_path / "a", str(tmp_path / "*.txt"), str(tmp_path / "a" / "*.txt")], 100)
    assert sources == [FileSource(os.path.abspath(tmp_path / p)) for p in ("a/1.txt", "a/2.html", "b.txt")]


@pytest.mark.parametrize("given, reason", [("missing.txt", "cannot read"), ("nothing-*.txt", "cannot read"),
                                           ("empty.jsonl", "empty")])
def test_what_cannot_be_read_is_a_skipped_item_with_its_reason(tmp_path, given, reason):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    [read] = read_all(list_sources([str(tmp_path / given)], 100))
    assert isinstance(read.item, Skipped) and reason in read.item.reason and read.digest == ""


def test_a_file_source_holds_its_path_and_a_range_the_offsets_inside_it():
    assert FileSource("/c/a.txt").holds("/c/a.txt") and not FileSource("/c/a.txt").holds("/c/a.txt@0")
    part = JsonlRange("/c/n.jsonl", 100, 200)
    assert [part.holds(f"/c/n.jsonl@{o}") for o in (99, 100, 199, 200)] == [False, True, True, False]
    assert not part.holds("/c/other.jsonl@150")


def test_the_content_hash_changes_with_text_metadata_and_settings():
    article = ingest.from_text("Иран стал членом ШОС.", source="a")
    base = content_hash(article, "kg 1")
    assert content_hash(replace(article, source="elsewhere"), "kg 1") == base   # where it was read is the key
    assert len({base, content_hash(article, "kg 2"), content_hash(replace(article, title="T"), "kg 1"),
                content_hash(ingest.from_text("Иран стал членом ОДКБ.", source="a"), "kg 1")}) == 4


@pytest.mark.parametrize("changed", [
    {"extractors": ("membership",)}, {"learned": False}, {"models": "/shared/models"}, {"min_confidence": 0.5},
    {"max_article_chars": 1000},
])
def test_every_build_option_that_changes_a_graph_is_in_the_settings(changed):
    assert BuildOptions(**changed).settings() != BuildOptions().settings()
    assert BuildOptions(**changed).settings() == BuildOptions(**changed).settings()


def test_an_article_past_the_size_limit_is_bad_in_a_range_and_in_a_file(tmp_path):
    long = "Иран стал членом ШОС. " * 10
    (tmp_path / "n.jsonl").write_text(json.dumps({"text": long}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(long, encoding="utf-8")
    reads = [read for source in list_sources([str(tmp_path)], 10) for read in read_source(source, "s", 50)]
    assert len(reads) == 2 and all(isinstance(read.item, Skipped) for read in reads)
    fits = [read for source in list_sources([str(tmp_path)], 10) for read in read_source(source, "s", 1000)]
    assert len(fits) == 2 and all(isinstance(read.item, Article) for read in fits)
