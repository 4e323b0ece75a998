"""Assemble an `Article`: clean the text, read its metadata, map offsets to the original."""
from __future__ import annotations

from collections.abc import Sequence

from kg.errors import InputError
from kg.ingest import metadata, positions as shared_positions
from kg.ingest.clean import clean
from kg.ingest.ident import article_id
from kg.types import Article

# Longer texts are refused (kg build --max-article-chars raises it): 2 million characters is
# about 4 MB of Russian UTF-8, some 1,000 news articles glued together.
MAX_ARTICLE_CHARS = 2_000_000
BYTES_PER_CHAR = 4        # the most any encoding kg reads spends on one character (UTF-8)


def build_article(visible: str, given: metadata.Metadata, *, source: str | None = None,
                  original: str | None = None, positions: Sequence[int] | None = None,
                  max_chars: int = MAX_ARTICLE_CHARS) -> Article:
    """An Article from `visible` text; metadata in `given` wins over what the page says.

    For plain text `visible` is the original. A reader that extracts `visible` from markup
    (HTML) passes the markup as `original` and `positions[i]` = index in it of `visible[i]`,
    so the article's offsets point into the file as it was read.
    """
    check_length(len(visible), max_chars)
    cleaned = clean(visible)
    if not cleaned.text:
        raise InputError("no article text (only blank lines or page chrome)")
    meta = given.or_else(metadata.from_page(cleaned))
    offsets = cleaned.offsets if positions is None else _compose(cleaned.offsets, positions)
    return Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        original=visible if original is None else original,
        offsets=shared_positions.shared(offsets),
        title=meta.title,
        published=meta.published,
        publisher=meta.publisher,
        author=meta.author,
        url=meta.url,
        lang=meta.lang or "ru",
        source=source,
    )


def check_length(length: int, max_chars: int, unit: str = "characters") -> None:
    """InputError if a text of `length` is past the per-article limit."""
    if length > max_chars:
        raise InputError(f"article of {length:,} {unit} is longer than the limit of {max_chars:,} characters "
                         "(raise it with --max-article-chars)")


def check_size(size: int, max_chars: int) -> None:
    """InputError if `size` bytes hold more characters than the limit, however they are encoded:
    checked before a file is read or a page is parsed."""
    check_length(size // BYTES_PER_CHAR, max_chars, unit="characters at least")


def _compose(offsets: tuple[int, ...], positions: Sequence[int]) -> tuple[int, ...]:
    # The last offset is an end position (one past the last character), not a character index.
    mapped = tuple(positions[offset] for offset in offsets[:-1])
    return mapped + ((mapped[-1] + 1,) if mapped else (0,))
