"""A page's date when only a `<time datetime>` gives it, and which source wins when a meta tag gives
one too (the meta tag: the `<time>` of a page may be any date its text mentions)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.html_text import extract

META = '<head><meta property="article:published_time" content="2024-05-21T09:00:00+03:00"></head>'


@pytest.mark.parametrize("head, time, published", [
    ("", '<time datetime="2024-04-03T10:00">3 апреля</time>', dt.date(2024, 4, 3)),
    ("", '<time datetime="2024-04-03">3 апреля</time><time datetime="2023-01-01">2023</time>', dt.date(2024, 4, 3)),
    ("", '<time>3 апреля</time>', None),                      # no datetime attribute: no date
    ("", "", None),
    (META, '<time datetime="2024-04-03T10:00">3 апреля</time>', dt.date(2024, 5, 21)),
])
def test_a_pages_date_from_its_time_element(head, time, published):
    page = extract(f"<html>{head}<body><article>{time}<p>Текст статьи о ШОС.</p></article></body></html>")
    assert page.metadata.published == published
