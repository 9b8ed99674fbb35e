"""Idle sign-out in a real browser: a warning first, "Stay signed in" works, and once signed
out the page says that what was typed is still there to copy."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.support import LiveServer, Session, signed_in_client

pytestmark = pytest.mark.browser


def client_page_on_a_fake_clock(
    new_session: Callable[[], Session], server: LiveServer, path: str
) -> Page:
    """A signed-in client on `path`, with the page's clock under the test's control."""
    page = signed_in_client(new_session, server, 1)
    page.clock.install()
    page.goto(path)
    return page


def test_a_client_writing_is_warned_before_the_idle_sign_out(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    page = client_page_on_a_fake_clock(new_session, selfled_server, "/parts/new/")
    page.get_by_label("Name").fill("The one who waits")

    page.clock.fast_forward("26:30")
    warning = page.get_by_role("alert").filter(has_text="you will be signed out in 3 minutes")
    expect(warning).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/account/keepalive/")) as kept:
        warning.get_by_role("button", name="Stay signed in").click()
    assert kept.value.status == 204
    expect(warning).to_have_count(0)

    page.clock.fast_forward("29:30")
    expect(page.get_by_role("alert").filter(has_text="You were signed out")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("The one who waits")  # nothing lost


def test_using_the_page_counts_as_activity(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    page = client_page_on_a_fake_clock(new_session, selfled_server, "/parts/")

    page.clock.fast_forward("20:00")
    with page.expect_response(lambda r: r.url.endswith("/account/keepalive/")) as kept:
        page.keyboard.press("Tab")  # any key (arrow keys move parts here) is using the page
    assert kept.value.status == 204
    page.clock.fast_forward("10:00")  # 30 minutes after loading, 10 after the key

    expect(page.get_by_role("alert").filter(has_text="signed out")).to_have_count(0)
