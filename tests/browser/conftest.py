"""Fixtures for the Playwright tests: Debian's Chromium, one live SelfLed server per session.

The server is a real `selfled serve` (gunicorn) on loopback over plain HTTP, with demo data
in a throwaway database: a fresh SQLite file, or a fresh PostgreSQL database on the server
SELFLED_DATABASE_URL names (dropped afterwards). Nothing here touches the `db` fixture.

Without /usr/bin/chromium the tests are skipped, unless SELFLED_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Playwright, expect, sync_playwright

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS, DESKTOP, LiveServer, Session
from tests.browser.support import live_server as start_live_server

expect.set_options(timeout=15_000)


def _browser_required() -> bool:
    return os.environ.get("SELFLED_REQUIRE_BROWSER", "").strip() == "1"


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    if not os.path.exists(CHROMIUM):
        reason = (
            f"{CHROMIUM} is missing (apt-get install chromium); "
            "browser tests need Debian's Chromium"
        )
        if _browser_required():
            pytest.fail(f"SELFLED_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright_driver(chromium_executable: str) -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright, chromium_executable: str) -> Iterator[Browser]:
    launched = playwright_driver.chromium.launch(
        executable_path=chromium_executable, args=CHROMIUM_ARGS
    )
    yield launched
    launched.close()


@pytest.fixture(scope="session")
def selfled_server(chromium_executable: str) -> Iterator[LiveServer]:
    with start_live_server(workers=2) as server:
        yield server


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """SELFLED_SCREENSHOT_DIR if set, else a new temporary folder."""
    given = os.environ.get("SELFLED_SCREENSHOT_DIR", "").strip()
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="selfled-screens-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def new_session(browser: Browser, selfled_server: LiveServer) -> Iterator[Callable[[], Session]]:
    """Make a fresh browser context (like a different person on a different device)."""
    contexts: list[BrowserContext] = []

    def make() -> Session:
        context = browser.new_context(base_url=selfled_server.url, viewport=DESKTOP)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return Session(context)

    yield make
    for context in contexts:
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A failing browser test shows the end of the server's log under its traceback."""
    report = yield
    if report.failed and call.when == "call":
        server = getattr(item, "funcargs", {}).get("selfled_server")
        if isinstance(server, LiveServer):
            report.sections.append(("selfled server log (tail)", server.log_tail()))
    return report
