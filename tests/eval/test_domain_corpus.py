"""The domain corpus keeps its own rules (corpora/ru/README.md, GUIDE.md): every article file is named
`<org>-<date>-<slug>` and sits in the split its name hashes to, starts with a front matter that names
its source, and the dev gold reads without an error. Only file names of the test split are looked
at (its texts and gold are never read while writing rules)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from kg.eval.facts import read_gold
from kg.eval.facts.scheme import load_scheme

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "ru"
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
YEAR = re.compile(r"-(\d{4})(?:-|$)")
REQUIRED_FIELDS = ("url", "publisher", "date")


def split_of(name: str) -> str:
    return "test" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def names(split: str) -> list[str]:
    return sorted(path.stem for path in (CORPUS / split).glob("*.txt"))


def front_matter(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "---", f"{path.name}: no front matter"
    end = lines.index("---", 1)
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines[1:end])}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_article_sits_in_the_split_its_name_hashes_to(split):
    found = names(split)
    assert found, f"no articles in {split}"
    assert [name for name in found if not NAME.match(name)] == []
    assert [name for name in found if split_of(name) != split] == []


@pytest.mark.parametrize("name", names("dev"))
def test_a_dev_article_names_its_source_and_date(name):
    fields = front_matter(CORPUS / "dev" / f"{name}.txt")
    assert all(fields.get(field) for field in REQUIRED_FIELDS), fields
    assert fields["url"].startswith(("http://", "https://"))
    assert DATE.match(fields["date"])
    assert YEAR.search(name).group(1) == fields["date"][:4]      # the name's date is the publication's


def test_the_dev_gold_reads_and_names_only_dev_articles():
    facts = read_gold(CORPUS / "dev" / "gold.tsv", set(names("dev")), load_scheme())
    assert len(facts) > 1000
    assert {fact.article for fact in facts} <= set(names("dev"))


@pytest.mark.parametrize(("name", "split"), [
    ("sco-2025-10-22-roscongress-memorandum", "dev"),       # a name of the corpus
    ("sco-2021-09-17-dushanbe-thirty-documents", "test"),   # a name set aside for the test split
])
def test_the_split_rule_sends_names_both_ways(name, split):
    assert split_of(name) == split


def source_urls(split: str) -> dict[str, str]:
    """Each article's source URL, read from its front matter only (never the text)."""
    return {name: front_matter(CORPUS / split / f"{name}.txt")["url"].rstrip("/") for name in names(split)}


def test_no_story_is_in_both_splits_under_one_url():
    # a dev article tuned on whose source is also a test article would leak the test split
    test_urls = set(source_urls("test").values())
    assert sorted(name for name, url in source_urls("dev").items() if url in test_urls) == []
