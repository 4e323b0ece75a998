"""Fixtures of the web tests: the loopback news site, and fetch options that keep tests fast."""
from __future__ import annotations

import dataclasses

import pytest
from newssite import Site, news_routes

from kg.web import AddressPolicy, WebOptions

# Short limits so that every slow or huge route is refused within a second or two.
FAST = WebOptions(policy=AddressPolicy(allow_private=True), delay=0.01, timeout=0.5, deadline=1.0,
                  max_bytes=256 * 1024, retries=1, backoff=0.01)


@pytest.fixture
def site():
    with Site(news_routes()) as running:
        yield running


@pytest.fixture
def options():
    """FAST, with any field changed: options(delay=0.3)."""
    return lambda **changes: dataclasses.replace(FAST, **changes)
