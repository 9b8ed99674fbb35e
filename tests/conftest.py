"""Personas shared by the whole suite.

Practice A: admin, clinician (on client's team), colleague (same practice, not on the team),
client, another client (on the colleague's team). Practice B: another clinician and a client.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client as HttpClient
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.accounts.models import Membership, Practice, Role, User
from selfled.care.models import CareTeamMember, Client

PASSWORD = "correct horse battery staple"
# One Argon2 hash for every persona keeps the suite fast; login tests hash their own.
_HASH: dict[str, str] = {}


def _hash() -> str:
    if "value" not in _HASH:
        _HASH["value"] = make_password(PASSWORD)
    return _HASH["value"]


def make_user(
    practice: Practice, role: str, email: str, name: str = "", *, totp: bool = False
) -> User:
    user = User.objects.create(
        email=email, full_name=name or email.split("@")[0].title(), password=_hash()
    )
    Membership.objects.create(user=user, practice=practice, role=role)
    if totp:
        TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    return user


@dataclass
class World:
    practice: Practice
    other_practice: Practice
    admin: User
    clinician: User
    colleague: User
    client_user: User
    other_client_user: User
    other_clinician: User
    other_practice_client_user: User
    client: Client
    other_client: Client
    other_practice_client: Client

    def persona(self, name: str) -> User | None:
        return {
            "anonymous": None,
            "client": self.client_user,
            "other_client": self.other_client_user,
            "clinician": self.clinician,
            "unverified_clinician": self.clinician,
            "colleague": self.colleague,
            "other_practice_clinician": self.other_clinician,
            "admin": self.admin,
        }[name]


@pytest.fixture(autouse=True)
def _fresh_sole_practice() -> None:
    """Each test's database starts afresh, and rolling it back sends no signal."""
    from selfled.core.crisis import reset_sole_practice

    reset_sole_practice()


@pytest.fixture(autouse=True)
def _fresh_page_cache() -> None:
    """Pages kept by selfled.core.pagecache belong to one test's database."""
    from selfled.core import pagecache

    pagecache.clear()


@pytest.fixture
def world(db: Any) -> World:
    a = Practice.objects.create(name="Practice A", slug="a")
    b = Practice.objects.create(name="Practice B", slug="b")
    admin = make_user(a, Role.ADMIN, "admin@a.test", "Ada Admin", totp=True)
    clinician = make_user(a, Role.CLINICIAN, "clin@a.test", "Cleo Clinician", totp=True)
    colleague = make_user(a, Role.CLINICIAN, "colleague@a.test", "Cole Colleague", totp=True)
    client_user = make_user(a, Role.CLIENT, "client@a.test", "Casey Client")
    other_client_user = make_user(a, Role.CLIENT, "client2@a.test", "Otto Other")
    other_clinician = make_user(b, Role.CLINICIAN, "clin@b.test", "Bea Elsewhere", totp=True)
    b_client_user = make_user(b, Role.CLIENT, "client@b.test", "Bo Bclient")
    client = Client.objects.create(practice=a, user=client_user)
    other_client = Client.objects.create(practice=a, user=other_client_user)
    b_client = Client.objects.create(practice=b, user=b_client_user)
    CareTeamMember.objects.create(client=client, clinician=clinician)
    CareTeamMember.objects.create(client=other_client, clinician=colleague)
    CareTeamMember.objects.create(client=b_client, clinician=other_clinician)
    return World(
        a,
        b,
        admin,
        clinician,
        colleague,
        client_user,
        other_client_user,
        other_clinician,
        b_client_user,
        client,
        other_client,
        b_client,
    )


def grant_break_glass(world: World) -> Any:
    """An hour of read-only emergency access to the client for the colleague (not on the team)."""
    from datetime import timedelta

    from django.utils import timezone

    from selfled.care.models import BreakGlassGrant

    return BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason="urgent call tonight",
        expires_at=timezone.now() + timedelta(hours=1),
    )


def sign_in(http: HttpClient, user: User, *, verified: bool = True) -> HttpClient:
    """Sign in without the form; staff get their second factor marked done unless told not."""
    http.force_login(user, backend="selfled.accounts.backends.SelfLedBackend")
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    session = http.session
    # As after a real sign-in and first page: the session's clock has started.
    session["selfled_session_started"] = session["selfled_last_seen"] = time.time()
    if verified and device is not None:
        session["otp_device_id"] = device.persistent_id
    session.save()
    return http


@pytest.fixture
def http_as(world: World) -> Any:
    def make(persona: str) -> HttpClient:
        http = HttpClient()
        user = world.persona(persona)
        if user is not None:
            sign_in(http, user, verified=persona != "unverified_clinician")
        return http

    return make
