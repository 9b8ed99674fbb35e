from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.audit.models import AuditEvent
from tests.conftest import World, sign_in

CLINICAL_URLS = ["care:clinician_home", "care:break_glass_list"]


def code_for(device: TOTPDevice) -> str:
    return str(totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)).zfill(6)


@pytest.mark.parametrize("name", CLINICAL_URLS)
def test_password_only_clinician_never_gets_clinical_pages(world: World, name: str) -> None:
    http = sign_in(HttpClient(), world.clinician, verified=False)
    response = http.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:two_factor_verify")
    response = http.get(reverse("care:client", args=[world.client.pk]))
    assert response.status_code == 302
    response = http.get(f"/api/clients/{world.client.pk}")
    assert response.status_code == 403


def test_staff_without_a_device_must_enrol_first(world: World) -> None:
    TOTPDevice.objects.filter(user=world.clinician).delete()
    http = sign_in(HttpClient(), world.clinician, verified=False)
    response = http.get(reverse("care:clinician_home"))
    assert response["Location"] == reverse("accounts:two_factor_setup")
    page = http.get(reverse("accounts:two_factor_setup"))
    assert page.status_code == 200
    # no recovery codes exist yet, so the set-up page does not mention them for the code
    assert b"The 6-digit code your authenticator app shows now." in page.content
    device = TOTPDevice.objects.get(user=world.clinician, confirmed=False)
    assert b"data:image/svg+xml" in page.content
    response = http.post(reverse("accounts:two_factor_setup"), {"token": code_for(device)})
    assert response["Location"] == reverse("accounts:recovery_codes")
    codes_page = http.get(reverse("accounts:recovery_codes"))
    codes = codes_page.context["codes"]
    assert len(codes) == 10
    # Shown once only.
    assert http.get(reverse("accounts:recovery_codes")).status_code == 302
    assert http.get(reverse("care:clinician_home")).status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_enrolment_says_to_wait_after_a_wrong_code(world: World) -> None:
    TOTPDevice.objects.filter(user=world.clinician).delete()
    http = sign_in(HttpClient(), world.clinician, verified=False)
    http.get(reverse("accounts:two_factor_setup"))
    device = TOTPDevice.objects.get(user=world.clinician, confirmed=False)
    wrong = str((int(code_for(device)) + 1) % 1_000_000).zfill(6)
    http.post(reverse("accounts:two_factor_setup"), {"token": wrong})
    # the right code, at once: django-otp holds it back for a moment after a failure
    page = http.post(reverse("accounts:two_factor_setup"), {"token": code_for(device)})
    assert "please wait" in page.content.decode()
    assert "Check the time on your phone" not in page.content.decode()


def test_totp_code_is_single_use(world: World) -> None:
    device = TOTPDevice.objects.get(user=world.clinician)
    code = code_for(device)
    first = sign_in(HttpClient(), world.clinician, verified=False)
    assert first.post(reverse("accounts:two_factor_verify"), {"token": code}).status_code == 302
    assert first.get(reverse("care:clinician_home")).status_code == 200
    second = sign_in(HttpClient(), world.clinician, verified=False)
    response = second.post(reverse("accounts:two_factor_verify"), {"token": code})
    assert response.status_code == 200
    assert b"already used once" in response.content
    assert second.get(reverse("care:clinician_home")).status_code == 302
    assert AuditEvent.objects.filter(action="auth.2fa_failed").count() == 1


def test_recovery_code_works_once(world: World) -> None:
    device = StaticDevice.objects.create(user=world.clinician, name="Recovery codes")
    device.token_set.create(token="abcd-ef01-2345")
    http = sign_in(HttpClient(), world.clinician, verified=False)
    response = http.post(reverse("accounts:two_factor_verify"), {"token": "abcd-ef01-2345"})
    assert response.status_code == 302
    again = sign_in(HttpClient(), world.clinician, verified=False)
    response = again.post(reverse("accounts:two_factor_verify"), {"token": "abcd-ef01-2345"})
    assert response.status_code == 200


def test_staff_cannot_turn_two_factor_off(world: World, http_as: Any) -> None:
    http = http_as("clinician")
    http.post(reverse("accounts:disable_two_factor"))
    assert TOTPDevice.objects.filter(user=world.clinician, confirmed=True).exists()


def test_client_with_two_factor_must_verify(world: World) -> None:
    TOTPDevice.objects.create(user=world.client_user, name="app", confirmed=True)
    http = sign_in(HttpClient(), world.client_user, verified=False)
    assert http.get(reverse("care:client_home"))["Location"] == reverse(
        "accounts:two_factor_verify"
    )


def test_client_without_two_factor_goes_straight_in(world: World, http_as: Any) -> None:
    response = http_as("client").get(reverse("care:client_home"))
    assert response.status_code == 200
    assert b"Hello, Casey Client" in response.content


def test_a_wrong_code_says_how_long_to_wait(world: World) -> None:
    http = sign_in(HttpClient(), world.clinician, verified=False)
    response = http.post(reverse("accounts:two_factor_verify"), {"token": "000000"})
    body = response.content.decode()
    assert "did not work" in body and "please wait" in body


def test_the_code_page_offers_no_menu_until_the_code_is_given(world: World) -> None:
    http = sign_in(HttpClient(), world.clinician, verified=False)
    page = http.get(reverse("accounts:two_factor_verify")).content.decode()
    assert reverse("care:clinician_home") not in page
    assert reverse("accounts:profile") not in page
    assert reverse("accounts:logout") in page and reverse("core:crisis") in page
    assert f'href="{reverse("core:home")}"' not in page  # the brand is not a link back here

    verified = sign_in(HttpClient(), world.clinician)
    page = verified.get(reverse("care:clinician_home")).content.decode()
    assert reverse("care:break_glass_list") in page
    assert reverse("accounts:profile") in page
