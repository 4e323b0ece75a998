"""How kg reads the web: one frozen record of every setting, shared by `kg build` and `kg follow`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.web.safety import AddressPolicy

AGENT = "kg"   # the name robots.txt rules address
USER_AGENT = f"{AGENT}/{__version__} (knowledge graphs of international organizations from news; +https://w3id.org/kg)"


@dataclass(frozen=True)
class WebOptions:
    raw_dir: Path | None = None      # where fetched pages and feeds are saved (None: not saved)
    offline: bool = False            # read only the copies saved in raw_dir, fetch nothing
    policy: AddressPolicy = AddressPolicy()
    robots: bool = True              # obey robots.txt
    delay: float = 1.0               # seconds between two requests to one host
    timeout: float = 10.0            # seconds to connect, and between two reads of a response
    deadline: float = 60.0           # seconds for a whole response, however it trickles
    max_bytes: int = 5 * 2**20       # a bigger response is refused
    max_redirects: int = 5
    retries: int = 2                 # more tries after a connection error, 429 or 5xx
    backoff: float = 1.0             # seconds before the first retry, doubled after each
    user_agent: str = USER_AGENT
