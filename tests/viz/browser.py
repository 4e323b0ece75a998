"""Open a local HTML file in Debian's chromium (never a downloaded browser), recording every
request that leaves the file and every console error: the page must be self-contained.

One browser serves the whole session (`chromium` in tests/viz/conftest.py): launching chromium
costs seconds, a fresh context per visit costs milliseconds and shares nothing with the last visit
(no cookies, storage, cache or routes), so each visit still sees the page as a first visitor does."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost"]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


@dataclass
class Visit:
    page: object
    blocked: list[str] = field(default_factory=list)         # requests the page tried to make
    console_errors: list[str] = field(default_factory=list)


@contextmanager
def launched():
    """Debian's chromium, headless, driven by playwright; closed when the block ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def visit(browser, path: Path):
    """`path` opened in a new, empty context of `browser` (closed when the block ends)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        record = Visit(page)

        def guard(route):
            if route.request.url.startswith(LOCAL_SCHEMES):
                route.continue_()
            else:
                record.blocked.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page.on("console", lambda message: message.type == "error" and record.console_errors.append(message.text))
        page.on("pageerror", lambda error: record.console_errors.append(str(error)))
        page.goto(path.resolve().as_uri(), wait_until="load")
        yield record
    finally:
        context.close()
