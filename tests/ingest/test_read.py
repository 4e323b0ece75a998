"""`kg.ingest.read` over files and directories: encodings, formats and every kind of bad input."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_checks import mismatched_words

from kg import ingest
from kg.errors import InputError
from kg.ingest.decode import decode
from kg.types import Article, Skipped

SEED_LINES = ("Президент Токаев призвал усилить сотрудничество для обеспечения безопасности в рамках ШОС\n\n"
              "  • 3 апр. 2024 г.\n\n"
              "Глава государства провел встречу с секретарями cоветов безопасности государств – членов "
              "Шанхайской организации сотрудничества, сообщает пресс-служба Акорды.\n")


def read_one(path: Path) -> Article | Skipped:
    (item,) = ingest.read([path])
    return item


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),
    lambda text: text.encode("utf-8-sig"),
    lambda text: text.encode("cp1251"),
    lambda text: text.encode("utf-16"),
    lambda text: text.replace("\n", "\r\n").encode("cp1251"),
], ids=["utf-8", "utf-8-bom", "cp1251", "utf-16-bom", "cp1251-crlf"])
def test_encodings_read_alike(tmp_path, encode):
    path = tmp_path / "article.txt"
    path.write_bytes(encode(SEED_LINES))
    article = read_one(path)
    assert isinstance(article, Article), article
    assert article.id == ingest.from_text(SEED_LINES).id
    assert article.published == dt.date(2024, 4, 3)
    assert "секретарями советов безопасности" in article.text
    assert mismatched_words(article) == []


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"),
    (b" \n\r\n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (contains NUL bytes)"),
    (bytes(range(1, 9)) * 40 + "Токаев".encode(), "binary file (too many control characters)"),
    ("Le président a déclaré à Astana".encode("latin-1"), "undecodable bytes: not UTF-8"),
    ("Смотреть все\n\xa0\nbottom of page".encode(), "no article text (only blank lines or page chrome)"),
    (b"<html><body><script>var x = 1;</script><nav>Menu</nav></body></html>", "no article text"),
])
def test_bad_file_is_skipped(tmp_path, content, reason):
    suffix = ".html" if content.startswith(b"<html") else ".txt"
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    item = read_one(path)
    assert isinstance(item, Skipped)
    assert item.source == str(path)
    assert item.reason.startswith(reason)
    assert "\n" not in item.reason


@pytest.mark.parametrize(("name", "reason"), [
    ("nowhere.txt", "cannot read: no such file or directory"),
    ("article.txt/inner.txt", "cannot read: not a directory"),
])
def test_unreachable_path_is_skipped(tmp_path, name, reason):
    (tmp_path / "article.txt").write_text(SEED_LINES, encoding="utf-8")
    assert read_one(tmp_path / name) == Skipped(str(tmp_path / name), reason)


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    # chmod 0 cannot stop root (CI runs as root), so the refusal comes from the file system call
    path = tmp_path / "secret.txt"
    path.write_text(SEED_LINES, encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    assert read_one(path) == Skipped(str(path), "cannot read: permission denied")


def test_directory_walk_sorted_and_filtered(tmp_path, ingest_data, demo_article_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "deep" / "seed.TXT").write_bytes(demo_article_path.read_bytes())
    (tmp_path / "a.htm").write_bytes((ingest_data / "sco-security-council.html").read_bytes())
    (tmp_path / "notes.md").write_text("# не статья", encoding="utf-8")
    (tmp_path / "b" / "empty.txt").write_bytes(b"")
    sources = [item.source for item in ingest.read([tmp_path])]
    assert sources == [str(tmp_path / "a.htm"), str(tmp_path / "b" / "deep" / "seed.TXT"),
                       str(tmp_path / "b" / "empty.txt")]


def test_explicit_unknown_suffix_is_text(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(SEED_LINES, encoding="utf-8")
    assert read_one(path).id == ingest.from_text(SEED_LINES).id


def test_one_bad_input_does_not_stop_the_rest(tmp_path, demo_article_path):
    kinds = [type(item).__name__ for item in ingest.read([tmp_path / "missing.txt", demo_article_path])]
    assert kinds == ["Skipped", "Article"]


def test_from_text_refuses_chrome_only():
    with pytest.raises(InputError, match="no article text"):
        ingest.from_text("top of page\n\nСмотреть все\nbottom of page")


@pytest.mark.parametrize(("source", "recorded"), [
    (None, None),                                        # a text from nowhere names no source («None» would)
    ("feeds/tass.jsonl#12", "feeds/tass.jsonl#12"),
    (Path("corpus") / "article.txt", "corpus/article.txt"),   # a path is recorded as its text
])
def test_from_text_records_the_source_it_is_given(source, recorded):
    assert ingest.from_text(SEED_LINES, source=source).source == recorded


def test_only_the_five_cyrillic_code_pages_are_weighed():
    """Serbian letters in a Windows-1251 file: Kazakh code pages (kz1048, ptcp154) would read the
    same bytes almost as well as other letters, and a file would be refused as ambiguous; kg
    weighs only the five code pages it names (kg.ingest.decode), so the file reads."""
    text = "Сербская газета «Политика» назвала министра «Ђорђе Ђурић» и город «Љубљана»."
    assert decode(text.encode("cp1251")) == text
