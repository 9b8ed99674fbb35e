"""A clinician loses their phone: the admin makes a reset link, the clinician chooses a new
password with it and must set two-factor up again before reaching anything clinical."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.support import (
    LiveServer,
    Session,
    main_nav,
    sign_in_staff,
    sign_in_with_password,
    totp_code,
)

pytestmark = pytest.mark.browser

SETUP_PATH = re.compile(r"/account/2fa/setup/$")


def _emailed_link(server: LiveServer, email: str) -> str:
    """The reset link in the newest email to `email` (the demo server writes mail to files)."""
    letters = sorted((server.home / "outbox").glob("*"), key=lambda p: p.stat().st_mtime)
    for letter in reversed(letters):
        text = letter.read_text(encoding="utf-8", errors="replace")
        if email in text and "/reset/" in text:
            found = re.search(r"(http\S+/reset/\S+/)", text)
            assert found is not None, text
            return found.group(1)
    raise AssertionError(f"no reset email to {email} in {server.home / 'outbox'}")


def _set_up_two_factor(page: Page) -> None:
    expect(page).to_have_url(SETUP_PATH)
    shown = page.locator("#totp-secret").inner_text().strip()
    secret = shown.replace(" ", "")  # shown in groups of four, as apps accept it
    assert shown.count(" ") == (len(secret) - 1) // 4
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Turn on").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()


def test_a_clinician_who_lost_their_phone_gets_back_in_with_an_admins_link(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    name = "Sam Resetting"
    email = f"sam.{secrets.token_hex(3)}@example.net"
    first_password = "amber-lighthouse-window-31"
    new_password = "green-orchard-bicycle-77"

    # A new clinician joins (invitation) and sets up two-factor.
    admin = new_session()
    page = admin.page
    sign_in_staff(page, selfled_server.admin)
    main_nav(page).get_by_role("link", name="Invitations").click()
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Email", exact=True).fill(email)
    page.get_by_label("Role").select_option(label="Clinician")
    page.get_by_role("button", name="Send invitation").click()
    invite = page.locator("#invite-link").inner_text().strip()

    clinician = new_session()
    mine = clinician.page
    mine.goto(invite)
    mine.get_by_label("Choose a password").fill(first_password)
    mine.get_by_label("Type it again").fill(first_password)
    mine.get_by_role("button", name="Create my account").click()
    mine.goto("/clinician/")
    _set_up_two_factor(mine)

    # The phone is lost. The sign-in page says where to turn; the admin makes a link.
    lost = new_session()
    lost.page.goto("/login/")
    expect(lost.page.get_by_text("Forgot your password, or lost your phone?")).to_be_visible()
    sign_in_with_password(lost.page, email, first_password)
    expect(lost.page.get_by_role("heading", name="Enter your code")).to_be_visible()

    main_nav(page).get_by_role("link", name="People").click()
    page.get_by_label("Name or email").fill(email)
    page.get_by_role("button", name="Show").click()
    page.get_by_role("link", name=f"Reset sign-in for {name}").click()
    expect(page.get_by_role("heading", name=f"Reset sign-in for {name}")).to_be_visible()
    page.get_by_label("They lost their phone or authenticator app").check()
    page.get_by_role("button", name="Email a reset link").click()
    expect(page.get_by_text(f"A reset link was emailed to {email}")).to_be_visible()
    link = _emailed_link(selfled_server, email)
    assert link.startswith(f"{selfled_server.url}/reset/"), link
    expect(page.locator("body")).not_to_contain_text(link.rsplit("/", 2)[-2])  # not shown
    admin.problems.assert_clean()

    # The clinician uses it: a mismatch is explained, then the new password is set.
    fresh = new_session()
    reset_page = fresh.page
    reset_page.goto(link)
    expect(reset_page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    reset_page.get_by_label("Choose a password").fill(new_password)
    reset_page.get_by_label("Type it again").fill(new_password + "x")
    reset_page.get_by_role("button", name="Save my new password").click()
    expect(reset_page.get_by_text("The two passwords do not match.")).to_be_visible()
    reset_page.get_by_label("Choose a password").fill(new_password)
    reset_page.get_by_label("Type it again").fill(new_password)
    reset_page.get_by_role("button", name="Save my new password").click()
    expect(reset_page.get_by_text("Your new password is set.")).to_be_visible()

    # The old session is gone; the old password fails; the new one leads to two-factor set-up.
    mine.goto("/clinician/")
    expect(mine).to_have_url(re.compile(r"/login/"))
    sign_in_with_password(reset_page, email, first_password)
    expect(reset_page.get_by_role("heading", name="Sign in")).to_be_visible()
    sign_in_with_password(reset_page, email, new_password)
    reset_page.goto("/clinician/")
    _set_up_two_factor(reset_page)
    reset_page.goto("/clinician/")
    expect(reset_page.get_by_role("heading", name="Your caseload")).to_be_visible()
    fresh.problems.assert_clean()

    # The link works once.
    again = new_session()
    again.problems.allow_failed_load(link)
    response = again.page.goto(link)
    assert response is not None and response.status == 404
    expect(again.page.get_by_role("heading", name="This link does not work")).to_be_visible()
    again.problems.assert_clean()
