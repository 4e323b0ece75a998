"""The options `kg build` and `kg follow` share for reading the web, and their value types."""
from __future__ import annotations

import re
from pathlib import Path

import click

from kg.web import AddressPolicy, WebOptions

_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class Size(click.ParamType):
    """Bytes: "5000000", "500K", "5M"."""
    name = "SIZE"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", str(value), re.IGNORECASE)
        if not match or float(match[1]) <= 0:
            self.fail(f"{value!r} is not a size such as 500K or 5M", param, ctx)
        return int(float(match[1]) * _UNITS[match[2].lower()])


class Duration(click.ParamType):
    """Seconds: "90", "30s", "15m", "1h"."""
    name = "DURATION"

    def convert(self, value, param, ctx) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value), re.IGNORECASE)
        if not match:
            self.fail(f"{value!r} is not a duration such as 30s, 15m or 1h", param, ctx)
        return float(match[1]) * _SECONDS[match[2].lower()]


def web_options(command):
    """Add the fetching options to a click command (they arrive as keyword arguments)."""
    options = [
        click.option("--allow-private", is_flag=True, default=False,
                     help="Fetch from private, loopback and link-local addresses too (refused by default, "
                          "so a feed cannot point kg at an internal service)."),
        click.option("--ignore-robots", is_flag=True, default=False, help="Do not obey robots.txt."),
        click.option("--delay", type=Duration(), default="1s", show_default=True,
                     help="Pause between two requests to one host (a longer robots.txt Crawl-delay wins)."),
        click.option("--timeout", type=Duration(), default="10s", show_default=True,
                     help="Longest wait to connect, and between two reads of a response."),
        click.option("--max-size", type=Size(), default="5M", show_default=True,
                     help="Largest page or feed read; a bigger one is skipped with a reason."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_web_options(raw_dir: Path | None, *, offline: bool = False, allow_private: bool, ignore_robots: bool,
                     delay: float, timeout: float, max_size: int) -> WebOptions:
    return WebOptions(raw_dir=raw_dir, offline=offline, policy=AddressPolicy(allow_private=allow_private),
                      robots=not ignore_robots, delay=delay, timeout=timeout, max_bytes=max_size)
