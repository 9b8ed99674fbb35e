"""The admin invites a client; the client accepts, signs out and back in; the link is spent."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    LiveServer,
    Session,
    capture_layouts,
    main_nav,
    sign_in_staff,
    sign_in_with_password,
)

pytestmark = pytest.mark.browser


def test_admin_invites_client_who_accepts_and_signs_in_again(
    new_session: Callable[[], Session], selfled_server: LiveServer, screenshot_dir: Path
) -> None:
    clinician = selfled_server.by_role("clinician")[0]
    invited_name = "Robin Newcomer"
    chosen_name = "Robin Q. Newcomer"
    email = f"robin.{secrets.token_hex(3)}@example.net"
    password = "quiet-harbour-lantern-58"

    # The admin sends the invitation.
    admin = new_session()
    page = admin.page
    sign_in_staff(page, selfled_server.admin)
    expect(page.get_by_role("heading", name=re.compile(r"^People in "))).to_be_visible()
    main_nav(page).get_by_role("link", name="Invitations").click()
    expect(page.get_by_role("heading", name="Invite someone")).to_be_visible()
    page.get_by_label("Name", exact=True).fill(invited_name)
    page.get_by_label("Email", exact=True).fill(email)
    page.get_by_label("Role").select_option(label="Client")
    page.get_by_label("Care-team clinician").select_option(label=clinician.name)
    page.get_by_role("button", name="Send invitation").click()
    expect(page.get_by_text(f"Invitation sent to {email}.")).to_be_visible()
    link_box = page.locator("#invite-link")
    expect(link_box).to_be_visible()
    link = link_box.inner_text().strip()
    assert link.startswith(f"{selfled_server.url}/invite/"), link
    expect(page.get_by_role("row", name=re.compile(re.escape(email)))).to_contain_text("Open")
    admin.problems.assert_clean()

    # The client, on their own device, opens the link.
    client = new_session()
    page = client.page
    page.goto(link)
    expect(page.get_by_role("heading", name=re.compile(r"^Welcome to "))).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value(invited_name)

    # Too short first: an inline error, and the name typed is kept.
    page.get_by_label("Your name").fill(chosen_name)
    page.get_by_label("Choose a password").fill("short-pw")
    page.get_by_label("Type it again").fill("short-pw")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("alert").filter(has_text="too short")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value(chosen_name)
    expect(page).to_have_url(link)

    page.get_by_label("Choose a password").fill(password)
    page.get_by_label("Type it again").fill(password)
    page.get_by_role("button", name="Create my account").click()
    expect(page).to_have_url(re.compile(r"/me/$"))
    expect(page.get_by_role("heading", name=f"Hello, {chosen_name}")).to_be_visible()
    expect(page.get_by_text("Your care team:")).to_contain_text(clinician.name)

    capture_layouts(page, screenshot_dir, "client-home")

    # Sign out, then back in with the password alone (clients have no second factor yet).
    main_nav(page).get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
    sign_in_with_password(page, email, password)
    expect(page).to_have_url(re.compile(r"/me/$"))
    expect(page.get_by_role("heading", name=f"Hello, {chosen_name}")).to_be_visible()
    client.problems.assert_clean()

    # The link works once.
    stranger = new_session()
    stranger.problems.allow_failed_load(link)
    response = stranger.page.goto(link)
    assert response is not None and response.status == 404
    expect(stranger.page.get_by_role("heading", name="This link does not work")).to_be_visible()
    expect(stranger.page.get_by_role("button", name="Create my account")).to_have_count(0)
    stranger.problems.assert_clean()
