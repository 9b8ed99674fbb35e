"""A clinician who typed only the password cannot reach anything but the two-factor page."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    VERIFY_PATH,
    LiveServer,
    Session,
    sign_in_staff,
    sign_in_with_password,
)

pytestmark = pytest.mark.browser


def test_password_only_session_is_sent_to_two_factor(
    new_session: Callable[[], Session], selfled_server: LiveServer
) -> None:
    clinician = selfled_server.by_role("clinician")[-1]

    # The address of a real client page, seen by the same clinician fully signed in elsewhere.
    verified = new_session()
    sign_in_staff(verified.page, clinician)
    expect(verified.page.get_by_role("heading", name="Your caseload")).to_be_visible()
    link = verified.page.get_by_role("table").get_by_role("link").first
    client_name = link.inner_text().strip()
    client_path = link.get_attribute("href")
    assert client_path and re.fullmatch(r"/clients/[0-9a-f-]{36}/", client_path), client_path

    half = new_session()
    page = half.page
    sign_in_with_password(page, clinician.email, clinician.password)
    expect(page).to_have_url(VERIFY_PATH)

    for path in ("/clinician/", client_path):
        page.goto(path)
        expect(page).to_have_url(VERIFY_PATH)
        expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
        expect(page.get_by_text(client_name)).to_have_count(0)

    verified.problems.assert_clean()
    half.problems.assert_clean()
