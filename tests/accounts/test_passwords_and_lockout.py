from __future__ import annotations

from typing import Any

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse

from selfled.accounts.models import User
from selfled.audit.models import AuditEvent
from tests.conftest import World

LOGIN = "/login/"


def _set_password(user: User, password: str) -> None:
    user.set_password(password)
    user.save()


def test_new_passwords_are_hashed_with_argon2(world: World) -> None:
    _set_password(world.client_user, "a long enough passphrase")
    world.client_user.refresh_from_db()
    assert world.client_user.password.startswith("argon2")


def test_legacy_pbkdf2_hash_is_upgraded_at_next_login(world: World) -> None:
    user = world.client_user
    user.password = make_password("legacy passphrase here", hasher="pbkdf2_sha256")
    user.save()
    response = HttpClient().post(
        LOGIN, {"username": user.email, "password": "legacy passphrase here"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2")


@pytest.mark.parametrize("password", ["password1234", "elevenchars", "123456789012"])
def test_weak_or_short_passwords_are_rejected(password: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(password, User(email="someone@x.test", full_name="Some One"))


def test_long_passphrase_with_spaces_and_emoji_is_accepted_and_logs_in(world: World) -> None:
    phrase = "the heron waits 🌊 by the cold river at dawn while the kettle sings " * 1
    assert len(phrase) >= 64
    validate_password(phrase, world.client_user)
    _set_password(world.client_user, phrase)
    response = HttpClient().post(LOGIN, {"username": world.client_user.email, "password": phrase})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:home")


def test_three_failures_lock_out_the_username_from_that_address(world: World) -> None:
    user = world.client_user
    _set_password(user, "the right passphrase")
    http = HttpClient()
    for _ in range(3):
        http.post(LOGIN, {"username": user.email, "password": "wrong passphrase!"})
    response = http.post(LOGIN, {"username": user.email, "password": "the right passphrase"})
    assert response.status_code == 429
    assert b"Too many sign-in attempts" in response.content
    assert b"email you a link to choose a new one" in response.content
    assert "_auth_user_id" not in http.session
    assert AuditEvent.objects.filter(action="auth.login_failed").count() >= 3
    assert AccessAttempt.objects.filter(username=user.email).exists()
    # Another address is not locked out by this one (lockout keyed on username + IP).
    other = HttpClient(REMOTE_ADDR="10.9.9.9")
    response = other.post(LOGIN, {"username": user.email, "password": "the right passphrase"})
    assert response.status_code == 302
    # After an admin unlocks it, the right password works again.
    AccessAttempt.objects.all().delete()
    response = http.post(LOGIN, {"username": user.email, "password": "the right passphrase"})
    assert response.status_code == 302


def test_cool_off_escalates_after_repeated_lockouts(world: World, rf: Any) -> None:
    from axes.models import AccessFailureLog
    from django.utils import timezone

    from selfled.accounts.lockout import FIRST_COOL_OFF, LONG_COOL_OFF, cool_off

    request = rf.post(LOGIN, {"username": "client@a.test"}, REMOTE_ADDR="127.0.0.1")
    assert cool_off(request) == FIRST_COOL_OFF
    for _ in range(6):
        AccessFailureLog.objects.create(
            username="client@a.test",
            ip_address="127.0.0.1",
            user_agent="t",
            path_info=LOGIN,
            attempt_time=timezone.now(),
        )
    assert cool_off(request) == LONG_COOL_OFF


def test_username_with_line_breaks_is_one_escaped_audit_line(world: World) -> None:
    HttpClient().post(
        LOGIN, {"username": "evil@x.test\r\nFAKE ENTRY", "password": "nope nope nope"}
    )
    event = AuditEvent.objects.filter(action="auth.login_failed").last()
    assert event is not None
    assert "\n" not in event.detail and "\r" not in event.detail


def test_one_address_spraying_many_usernames_is_slowed_down(world: World) -> None:
    from axes.models import AccessFailureLog
    from django.utils import timezone

    _set_password(world.client_user, "the right passphrase")
    for i in range(30):
        AccessFailureLog.objects.create(
            username=f"guess{i}@x.test",
            ip_address="10.1.2.3",
            user_agent="t",
            path_info=LOGIN,
            attempt_time=timezone.now(),
        )
    sprayer = HttpClient(REMOTE_ADDR="10.1.2.3")
    response = sprayer.post(
        LOGIN, {"username": world.client_user.email, "password": "the right passphrase"}
    )
    assert response.status_code == 429
    elsewhere = HttpClient(REMOTE_ADDR="10.9.9.8")
    assert (
        elsewhere.post(
            LOGIN, {"username": world.client_user.email, "password": "the right passphrase"}
        ).status_code
        == 302
    )
