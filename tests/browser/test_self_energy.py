"""The Self-energy check-in in a real browser: untouched sliders are not saved as 5s."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.support import PHONE, LiveServer, Session, signed_in_client

pytestmark = pytest.mark.browser


def test_untouched_sliders_send_nothing_and_moved_ones_save(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    page = signed_in_client(new_session, selfled_server, 1)
    page.goto("/self-energy/")
    calm = page.get_by_label("Calm", exact=True)
    expect(calm).to_have_attribute("type", "range")

    page.get_by_role("button", name=re.compile("Save")).click()
    expect(page.get_by_text("Nothing has been saved yet.")).to_be_visible()
    expect(page.get_by_text("Please choose a number for calm.")).to_be_visible()
    expect(calm).to_be_focused()  # the keyboard starts at the first field that needs it

    sliders = page.locator("input[data-se-score]").all()
    sliders[0].focus()
    page.keyboard.press(" ")  # the middle, chosen without moving
    expect(page.locator("output.se-value").first).to_have_text("5")
    for slider in sliders[1:]:
        slider.focus()
        page.keyboard.press("ArrowRight")  # 5 -> 6, and now chosen
    page.get_by_role("button", name=re.compile("Save")).click()
    expect(page.get_by_text("Your check-in is saved.")).to_be_visible()


def test_crisis_words_in_a_note_open_the_crisis_page_with_the_keyboard_on_it(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    page = signed_in_client(new_session, selfled_server, 2)
    page.goto("/self-energy/")
    for slider in page.locator("input[data-se-score]").all():
        slider.focus()
        page.keyboard.press("ArrowRight")
    page.get_by_label(re.compile("Anything you'd like to add")).fill(
        "Rough week. wanna unalive tbh"
    )
    page.get_by_role("button", name=re.compile("Save")).click()
    heading = page.get_by_role("heading", name="If you need help right now")
    expect(heading).to_be_visible()
    expect(heading).to_be_focused()  # a screen reader or keyboard starts at the help
    expect(page.get_by_text("What you wrote is saved.")).to_be_visible()


def test_crisis_help_stays_in_view_when_a_client_scrolls_a_long_page_on_a_phone(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    page = signed_in_client(new_session, selfled_server, 1)
    page.set_viewport_size(PHONE)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto("/self-energy/")
    # while the header's own link is in view, the corner one covers nothing
    expect(page.locator(".top a.crisis-link")).to_be_in_viewport()
    expect(page.locator("a.crisis-float")).to_be_hidden()
    page.mouse.wheel(0, 1500)  # the header, with its own link, is out of view now
    # (waited for with a locator: a string predicate would be eval'd, which the CSP forbids)
    expect(page.locator(".top a.crisis-link")).not_to_be_in_viewport()

    help_link = page.locator("a.crisis-float")
    expect(help_link).to_be_in_viewport()
    help_link.click()
    expect(page.get_by_role("heading", name="If you need help right now")).to_be_visible()
    expect(page.locator("a.crisis-float")).to_have_count(0)  # not on the help page itself
    assert not [e for e in errors if "Content Security Policy" in e]
