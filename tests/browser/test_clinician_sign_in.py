"""A clinician signs in with password and authenticator code and reaches their caseload."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    VERIFY_PATH,
    LiveServer,
    Session,
    capture_layouts,
    sign_in_with_password,
    totp_code,
)

pytestmark = pytest.mark.browser


def test_clinician_signs_in_with_two_factor_and_sees_caseload(
    new_session: Callable[[], Session], selfled_server: LiveServer, screenshot_dir: Path
) -> None:
    clinician = selfled_server.by_role("clinician")[0]
    assert clinician.totp_secret
    client_names = {x.name for x in selfled_server.by_role("client")}
    session = new_session()
    page = session.page

    sign_in_with_password(page, clinician.email, clinician.password)
    expect(page).to_have_url(VERIFY_PATH)
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()

    page.get_by_label("Code").fill(totp_code(clinician.totp_secret))
    with page.expect_response(
        lambda r: r.url.endswith("/clinician/") and r.request.resource_type == "document"
    ) as caseload_response:
        page.get_by_role("button", name="Continue").click()

    expect(page).to_have_url(re.compile(r"/clinician/$"))
    expect(page.get_by_role("heading", name="Your caseload", level=1)).to_be_visible()
    headers = caseload_response.value.all_headers()
    assert caseload_response.value.status == 200
    assert "default-src 'self'" in headers.get("content-security-policy", ""), headers
    assert headers.get("cache-control") == "no-store", headers

    client_links = page.get_by_role("table").get_by_role("link")
    expect(client_links.first).to_be_visible()
    shown = [name.strip() for name in client_links.all_inner_texts()]
    assert shown, "the caseload lists no clients"
    assert set(shown) <= client_names, f"caseload shows people who are not demo clients: {shown}"

    capture_layouts(page, screenshot_dir, "caseload")

    # A client on the caseload opens to their page.
    first = shown[0]
    page.get_by_role("link", name=first, exact=True).click()
    expect(page.get_by_role("heading", name=first, level=1)).to_be_visible()
    expect(page.get_by_text("Care team: ")).to_contain_text(clinician.name)

    assert not session.problems.csp_violations(), session.problems.messages
    session.problems.assert_clean()
