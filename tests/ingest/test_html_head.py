"""What a page's <head> and <html> tags give the article's metadata when the page is odd: a
language other than the default, meta tags without a value (mutation survivors of session 8)."""
from __future__ import annotations

import pytest

from kg.ingest.html_text import extract

BODY = "<body><article><p>Министры иностранных дел государств – членов ШОС провели заседание.</p></article></body>"


@pytest.mark.parametrize(("html", "field", "expected"), [
    # the page's language, its region dropped (every other test page is Russian, the default)
    ('<html lang="kk-KZ"><head><title>Жаңалықтар</title></head>', "lang", "kk"),
    ('<html lang="ru"><head><title>Новости</title></head>', "lang", "ru"),
    # a meta tag with a name but no value is skipped, not read (nor a reason to fail the page) ...
    ('<html><head><title>Новости</title><meta name="keywords"><meta property="og:title" content="">'
     '<meta property="og:title" content="Министры ШОС собрались"></head>', "title", "Министры ШОС собрались"),
    # ... and its twin with a value is read
    ('<html><head><title>Новости</title><meta property="og:title" content="Министры ШОС собрались"></head>',
     "title", "Министры ШОС собрались"),
], ids=["lang-with-region", "lang-ru", "meta-without-value", "meta-with-value"])
def test_head_gives_the_metadata(html, field, expected):
    assert getattr(extract(html + BODY + "</html>").metadata, field) == expected
