"""Signing out on every other device from the account page."""

from __future__ import annotations

from django.test import Client as HttpClient
from django.urls import reverse

from selfled.audit.models import AuditEvent
from tests.conftest import World, sign_in


def test_signing_out_elsewhere_ends_the_other_sessions_and_keeps_this_one(world: World) -> None:
    here = sign_in(HttpClient(), world.client_user)
    phone = sign_in(HttpClient(), world.client_user)
    someone_else = sign_in(HttpClient(), world.clinician)
    home = reverse("care:client_home")
    assert phone.get(home).status_code == 200

    page = here.post(reverse("accounts:sign_out_elsewhere"), follow=True).content.decode()

    assert "Signed out on 1 other device. You are still signed in here." in page
    assert here.get(home).status_code == 200
    assert phone.get(home).status_code == 302  # back to the sign-in page
    assert someone_else.get(reverse("care:clinician_home")).status_code == 200  # not theirs
    event = AuditEvent.objects.filter(action="auth.sessions_ended").get()
    assert event.actor_id == world.client_user.pk and event.detail == "1 other"
    again = here.post(reverse("accounts:sign_out_elsewhere"), follow=True).content.decode()
    assert "You were not signed in anywhere else" in again


def test_the_account_page_offers_it(world: World) -> None:
    page = sign_in(HttpClient(), world.client_user).get(reverse("accounts:profile"))
    assert reverse("accounts:sign_out_elsewhere") in page.content.decode()
