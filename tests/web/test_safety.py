"""Refusals: schemes, and private, loopback, link-local… addresses, also behind names and redirects."""
from __future__ import annotations

import ipaddress
import socket

import pytest
from newssite import AGENCY, Route, Site, news_routes

from kg.web import AddressPolicy, Fetcher, Refused

REFUSED = AddressPolicy()


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("::ffff:127.0.0.1", "loopback"),                  # IPv4 inside IPv6 is still loopback
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fc00::1", "private"),
    ("169.254.169.254", "link-local"),                 # the cloud metadata service
    ("fe80::1", "link-local"), ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"),
    ("100.64.0.1", "non-public"),                      # carrier-grade NAT
    ("192.0.2.1", "private"),                          # documentation range
])
def test_non_public_addresses_are_refused(address, kind):
    with pytest.raises(Refused, match=f"^{address} is .*a {kind} address \\(--allow-private fetches it\\)$"):
        REFUSED.check_address(address, address)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2a00:1450:4010:c05::65", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    REFUSED.check_address(address, "example.org")


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254"])
def test_allow_private_lets_them_through(address):
    AddressPolicy(allow_private=True).check_address(address, address)


@pytest.mark.parametrize(("url", "reason"), [
    ("ftp://example.org/a.html", "only http and https URLs are fetched, not ftp URL"),
    ("file:///etc/passwd", "only http and https URLs are fetched, not file URL"),
    ("javascript:alert(1)", "only http and https URLs are fetched, not javascript URL"),
    ("gopher://127.0.0.1:6379/_FLUSHALL", "only http and https URLs are fetched, not gopher URL"),
    ("http:///path", "URL without a host"),
    ("http://[::1/", "not a valid URL: Invalid IPv6 URL"),
    ("http://example.org:port/", "not a valid URL: Port could not be cast to integer value as 'port'"),
])
def test_urls_kg_will_not_fetch(url, reason):
    with pytest.raises(Refused) as error:
        REFUSED.check_url(url)
    assert str(error.value) == reason


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]"])
def test_loopback_is_refused_however_it_is_written(site, options, host):
    url = site.url(AGENCY).replace("127.0.0.1", host)
    with pytest.raises(Refused, match="loopback address"):
        Fetcher(options(policy=REFUSED)).get(url)
    assert site.requests == []         # not even robots.txt was asked for


def test_every_redirect_hop_is_checked(options):
    # Only 127.0.0.1 is allowed: a redirect to 127.0.0.2, another loopback address, is refused.
    with Site({"/secret": Route(b"internal")}, host="127.0.0.2") as internal:
        routes = news_routes() | {"/to-internal": Route(b"", 302, {"Location": internal.url("/secret")})}
        with Site(routes) as site:
            policy = AddressPolicy(allowed=(ipaddress.ip_network("127.0.0.1/32"),))
            with pytest.raises(Refused, match="^127.0.0.2 is a loopback address"):
                Fetcher(options(policy=policy, robots=False)).get(site.url("/to-internal"))
            assert site.paths() == ["/to-internal"]
        assert internal.requests == []


def test_connected_address_is_checked_too(site, options, monkeypatch):
    # DNS rebinding: the name resolves to a public address when checked, to loopback when connecting.
    real = socket.getaddrinfo
    public = [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80))]
    lookups = []

    def rebinding(host, *args, **kwargs):
        lookups.append(host)
        if host != "news.example":
            return real(host, *args, **kwargs)
        return public if len(lookups) == 1 else real("127.0.0.1", *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = site.url(AGENCY).replace("127.0.0.1", "news.example")
    with pytest.raises(Refused, match="^news.example is 127.0.0.1, a loopback address"):
        Fetcher(options(policy=REFUSED, robots=False)).get(url)
    assert lookups == ["news.example", "news.example"]     # checked, then connected
    assert site.requests == []
