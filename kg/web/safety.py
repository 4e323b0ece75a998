"""What kg may fetch: http(s) URLs of hosts on public addresses.

A URL in a feed or a list is data from someone else. Without `--allow-private` kg refuses
addresses in private, loopback, link-local, shared, reserved and multicast ranges, so a feed
cannot make kg read an internal service. The check runs on every address the host name
resolves to before connecting, and again on the address the socket actually connected to
(a name that resolves differently the second time gains nothing). Redirects go through the
same check, since each hop opens its own connection.
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from kg.errors import KgError

SCHEMES = ("http", "https")
_KINDS = (("loopback", "is_loopback"), ("link-local", "is_link_local"), ("unspecified", "is_unspecified"),
          ("multicast", "is_multicast"), ("private", "is_private"), ("reserved", "is_reserved"))


class Refused(KgError):
    """A URL or address kg will not fetch; the message says why, on one line."""


@dataclass(frozen=True)
class AddressPolicy:
    allow_private: bool = False
    # Networks allowed even so: lets a test allow one loopback address and refuse the rest.
    allowed: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = ()

    def check_url(self, url: str) -> None:
        """Refuse what is not an http(s) URL with a host."""
        try:
            parts = urlsplit(url)
            parts.port   # noqa: B018 - raises ValueError for a port that is not a number
        except ValueError as error:
            raise Refused(f"not a valid URL: {error}") from None
        if parts.scheme.lower() not in SCHEMES:
            raise Refused(f"only http and https URLs are fetched, not {parts.scheme or 'a scheme-less'} URL")
        if not parts.hostname:
            raise Refused("URL without a host")

    def check_host(self, host: str, port: int) -> None:
        """Refuse if any address `host` resolves to is not allowed (unresolvable: left to connect)."""
        try:
            infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return
        for *_, address in infos:
            self.check_address(address[0], host)

    def check_address(self, address: str, host: str) -> None:
        ip = ipaddress.ip_address(address.split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if self.allow_private or any(ip in network for network in self.allowed):
            return
        kind = next((name for name, test in _KINDS if getattr(ip, test)), None)
        if kind is None and not ip.is_global:
            kind = "non-public"
        if kind:
            where = f"{host} is {ip}, a" if host.strip("[]") != str(ip) else f"{ip} is a"
            raise Refused(f"{where} {kind} address (--allow-private fetches it)")


def pool_classes(policy: AddressPolicy) -> dict[str, type[HTTPConnectionPool]]:
    """urllib3 connection pools whose connections check `policy` before and after connecting."""

    class _Checked:
        def _new_conn(self):
            policy.check_host(self._dns_host, self.port)
            sock = super()._new_conn()
            try:
                policy.check_address(sock.getpeername()[0], self.host)
            except Refused:
                sock.close()
                raise
            return sock

    class CheckedHTTPConnection(_Checked, HTTPConnection):
        pass

    class CheckedHTTPSConnection(_Checked, HTTPSConnection):
        pass

    http = type("CheckedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": CheckedHTTPConnection})
    https = type("CheckedHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": CheckedHTTPSConnection})
    return {"http": http, "https": https}
