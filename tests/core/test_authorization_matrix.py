"""Every URL pattern × persona → expected outcome, generated from the URLconf.

A URL pattern missing from MATRIX fails `test_every_url_is_in_the_matrix`: each new page must
say who may open it. Outcomes are for GET:
  ok     200, or a redirect that is not to sign-in or two-factor
  404    not found (out of scope, wrong role)
  405    method not allowed (POST-only actions)
  login  redirect to the sign-in page
  2fa    redirect to the two-factor page (or 403 JSON for the API)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.authz import (
    ADMIN_ONLY,
    ADMIN_POST,
    ALL_OK,
    CLIENT_A_RECORD,
    CLIENTS,
    CLINICIANS,
    PERSONAS,
    POST_ONLY,
    SIGNED_IN_OK,
)
from tests.conftest import World

APP_MODULES = [
    "tests.parts.authz",
    "tests.parts.authz_checkin",
    "tests.selfenergy.authz",
    "tests.insight.authz",
]


def _app_modules() -> list[Any]:
    found = []
    for name in APP_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name not in {name, name.rsplit(".", 1)[0]}:
                raise
    return found


CORE_MATRIX: dict[str, dict[str, str]] = {
    "core:home": SIGNED_IN_OK,
    "core:health": ALL_OK,
    "core:crisis": ALL_OK,
    "accounts:login": {**ALL_OK, "unverified_clinician": "2fa"},
    "accounts:logout": {**POST_ONLY, "anonymous": "405", "unverified_clinician": "405"},
    "accounts:keepalive": POST_ONLY,
    "accounts:two_factor_verify": {**SIGNED_IN_OK, "unverified_clinician": "ok"},
    # Someone who already has a device but has not entered its code is sent to verify.
    "accounts:two_factor_setup": SIGNED_IN_OK,
    "accounts:recovery_codes": SIGNED_IN_OK,
    "accounts:regenerate_codes": POST_ONLY,
    "accounts:disable_two_factor": POST_ONLY,
    "accounts:profile": SIGNED_IN_OK,
    "accounts:sign_out_elsewhere": POST_ONLY,
    # An unknown invitation token is a 404 for everyone.
    "accounts:accept": {**dict.fromkeys(PERSONAS, "404"), "unverified_clinician": "2fa"},
    "accounts:people": ADMIN_ONLY,
    "accounts:invitations": ADMIN_ONLY,
    "accounts:practice_settings": ADMIN_ONLY,
    "accounts:member_active": ADMIN_POST,
    "accounts:member_reset": ADMIN_ONLY,
    "accounts:member_unlock": ADMIN_POST,
    # open before two-factor: someone whose phone is gone must still be able to use a link
    "accounts:reset": dict.fromkeys(PERSONAS, "404"),
    "accounts:invitation_revoke": ADMIN_POST,
    "accounts:care_teams": ADMIN_ONLY,
    "accounts:care_team": ADMIN_ONLY,
    "accounts:care_team_remove": ADMIN_POST,
    "care:client_home": CLIENTS,
    "care:clinician_home": CLINICIANS,
    "care:client": CLIENT_A_RECORD,
    "care:break_glass_list": CLINICIANS,
    # Colleagues in the same practice may ask for emergency access; other practices may not.
    "care:break_glass": {**CLINICIANS, "other_practice_clinician": "404"},
    # The interactive docs page is off, so the API root has nothing to show.
    "api:api-root": {**dict.fromkeys(PERSONAS, "404"), "unverified_clinician": "2fa"},
    "api:openapi-json": SIGNED_IN_OK,
    "api:me": SIGNED_IN_OK,
    "api:list_clients": SIGNED_IN_OK,
    "api:client_detail": {**CLIENT_A_RECORD, "client": "ok"},
}

MATRIX: dict[str, dict[str, str]] = dict(CORE_MATRIX)
for _module in _app_modules():
    MATRIX.update(_module.MATRIX)


def url_names() -> Iterator[tuple[str, str]]:
    def walk(patterns: list[Any], namespace: str) -> Iterator[tuple[str, str]]:
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = (
                    f"{namespace}:{p.namespace}"
                    if namespace and p.namespace
                    else (p.namespace or namespace)
                )
                yield from walk(p.url_patterns, ns)
            elif isinstance(p, URLPattern):
                yield (f"{namespace}:{p.name}" if namespace else str(p.name)), str(p.pattern)

    yield from walk(get_resolver().url_patterns, "")


def test_every_url_is_in_the_matrix() -> None:
    names = {name for name, _ in url_names()}
    missing = sorted(names - MATRIX.keys())
    assert not missing, f"add these URLs to the authorization matrix: {missing}"
    stale = sorted(MATRIX.keys() - names)
    assert not stale, f"these matrix entries no longer exist: {stale}"
    for name, expected in MATRIX.items():
        assert set(expected) == set(PERSONAS), name


def build_url(name: str, world: World) -> str:
    from django.utils import timezone

    from selfled.accounts.models import Invitation

    for module in _app_modules():
        if name in module.MATRIX:
            return reverse(name, kwargs=module.url_kwargs(name, world) or {})
    kwargs: dict[str, Any] = {}
    if name in {"accounts:care_team", "care:client", "care:break_glass", "api:client_detail"}:
        kwargs["client_id"] = world.client.pk
    elif name in {"accounts:member_active", "accounts:member_reset", "accounts:member_unlock"}:
        kwargs = {"user_id": world.colleague.pk}
    elif name == "accounts:care_team_remove":
        kwargs = {"client_id": world.client.pk, "user_id": world.clinician.pk}
    elif name == "accounts:invitation_revoke":
        invitation = Invitation.objects.create(
            practice=world.practice,
            email="new@a.test",
            full_name="New",
            role="client",
            token_hash="x" * 64,
            expires_at=timezone.now() + timezone.timedelta(days=1),
        )
        kwargs["pk"] = invitation.pk
    elif name in {"accounts:accept", "accounts:reset"}:
        kwargs["token"] = "not-a-real-token"
    return reverse(name, kwargs=kwargs)


def outcome(response: Any) -> str:
    if response.status_code in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("accounts:login")):
            return "login"
        if "/account/2fa/" in location and "recovery" not in location:
            return "2fa"
        return "ok"
    is_json = response.get("Content-Type", "").startswith("application/json")
    if response.status_code == 401 and is_json:
        return "login"  # the API's "sign in first", in JSON rather than a redirect
    if response.status_code == 403 and is_json:
        return "2fa"
    return {200: "ok", 404: "404", 405: "405"}.get(response.status_code, str(response.status_code))


@pytest.mark.parametrize("persona", PERSONAS)
def test_matrix(persona: str, world: World, http_as: Any) -> None:
    http = http_as(persona)
    failures = []
    for name, _ in url_names():
        url = build_url(name, world)
        got = outcome(http.get(url))
        want = MATRIX[name][persona]
        if name == "accounts:two_factor_verify" and persona in {"client", "other_client"}:
            want = "2fa"  # clients without a device are sent on to the set-up page
        if got != want:
            failures.append(f"{name} ({url}): expected {want}, got {got}")
    assert not failures, "\n".join(failures)
