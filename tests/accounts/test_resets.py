"""Sign-in resets: an admin's single-use link for a forgotten password or a lost phone, and
unlocking an account after wrong passwords (SECURITY.md acceptance checks 4 and 7)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.accounts.models import Role, SignInReset
from selfled.accounts.services import resets
from selfled.audit.models import AuditEvent
from selfled.ops.accounts import reset_link_main
from tests.conftest import PASSWORD, World, make_user, sign_in

NEW_PASSWORD = "a brand new passphrase for the river walk"
LOGIN = "/login/"


def _token(link: str) -> str:
    found = re.search(r"/reset/([^/]+)/$", link)
    assert found is not None, link
    return found.group(1)


def _issue(world: World, *, clear: bool = False) -> str:
    new = resets.issue(admin=world.admin, user=world.clinician, clear_two_factor=clear)
    return _token(new.link)


def _sign_in_with_password(http: HttpClient, email: str, password: str) -> int:
    return int(http.post(LOGIN, {"username": email, "password": password}).status_code)


# --- the domain rules ---------------------------------------------------------------------


def test_a_reset_sets_the_password_once_and_stores_only_a_hash(world: World) -> None:
    token = _issue(world)
    reset = SignInReset.objects.get()
    assert token not in reset.token_hash
    resets.complete(token=token, password=NEW_PASSWORD)
    world.clinician.refresh_from_db()
    assert world.clinician.check_password(NEW_PASSWORD)
    with pytest.raises(resets.ResetError):
        resets.complete(token=token, password="another passphrase entirely")
    world.clinician.refresh_from_db()
    assert world.clinician.check_password(NEW_PASSWORD)


def test_a_new_link_replaces_the_old_one(world: World) -> None:
    first = _issue(world)
    second = _issue(world)
    with pytest.raises(resets.ResetError):
        resets.open_reset(first)
    assert resets.open_reset(second).user == world.clinician


def test_an_expired_link_does_not_work(world: World) -> None:
    token = _issue(world)
    SignInReset.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(resets.ResetError, match="expired"):
        resets.complete(token=token, password=NEW_PASSWORD)
    world.clinician.refresh_from_db()
    assert world.clinician.check_password(PASSWORD)


def test_a_link_for_someone_deactivated_since_does_not_work(world: World) -> None:
    token = _issue(world)
    world.clinician.is_active = False
    world.clinician.save()
    with pytest.raises(resets.ResetError):
        resets.open_reset(token)


def test_no_reset_for_oneself_or_for_a_deactivated_account(world: World) -> None:
    with pytest.raises(resets.ResetError, match="your own account"):
        resets.issue(admin=world.admin, user=world.admin, clear_two_factor=False)
    world.colleague.is_active = False
    world.colleague.save()
    with pytest.raises(resets.ResetError, match="Reactivate"):
        resets.issue(admin=world.admin, user=world.colleague, clear_two_factor=False)
    assert not SignInReset.objects.exists()


def test_the_link_is_emailed_with_its_expiry(world: World) -> None:
    token = _issue(world)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [world.clinician.email]
    assert token in message.body
    assert "works once, until" in message.body


def test_using_a_reset_signs_out_everywhere_and_lifts_a_lockout(world: World) -> None:
    sign_in(HttpClient(), world.clinician)
    AccessAttempt.objects.create(
        username=world.clinician.email,
        ip_address="10.0.0.1",
        user_agent="x",
        failures_since_start=3,
        attempt_time=timezone.now(),
    )
    resets.complete(token=_issue(world), password=NEW_PASSWORD)
    live = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert str(world.clinician.pk) not in live
    assert not AccessAttempt.objects.filter(username=world.clinician.email).exists()


def test_a_password_reset_never_skips_two_factor(world: World) -> None:
    """Check 7: after a reset, clinical pages still wait for the code."""
    resets.complete(token=_issue(world), password=NEW_PASSWORD)
    assert TOTPDevice.objects.filter(user=world.clinician, confirmed=True).exists()
    http = HttpClient()
    assert _sign_in_with_password(http, world.clinician.email, NEW_PASSWORD) == 302
    for name in ("care:clinician_home", "care:break_glass_list"):
        response = http.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("accounts:two_factor_verify")
    assert http.get(f"/api/clients/{world.client.pk}").status_code == 403


def test_a_lost_phone_reset_removes_two_factor_so_it_is_set_up_again(world: World) -> None:
    StaticDevice.objects.create(user=world.clinician, name="backup", confirmed=True)
    resets.complete(token=_issue(world, clear=True), password=NEW_PASSWORD)
    assert not TOTPDevice.objects.filter(user=world.clinician).exists()
    assert not StaticDevice.objects.filter(user=world.clinician).exists()
    http = HttpClient()
    assert _sign_in_with_password(http, world.clinician.email, NEW_PASSWORD) == 302
    response = http.get(reverse("care:clinician_home"))
    assert response["Location"] == reverse("accounts:two_factor_setup")


def test_issuing_and_using_are_audited_without_the_token(world: World) -> None:
    token = _issue(world, clear=True)
    resets.complete(token=token, password=NEW_PASSWORD)
    issued = AuditEvent.objects.get(action="account.reset_issue")
    used = AuditEvent.objects.get(action="account.reset_use")
    assert issued.actor_id == world.admin.pk
    assert used.actor_id == world.clinician.pk
    assert issued.practice_id == used.practice_id == world.practice.pk
    assert token not in issued.detail + used.detail
    assert NEW_PASSWORD not in used.detail


# --- the admin's pages ----------------------------------------------------------------------


def test_admin_asks_for_a_link_that_goes_only_to_the_persons_email(
    world: World, http_as: object
) -> None:
    http = http_as("admin")  # type: ignore[operator]
    url = reverse("accounts:member_reset", args=[world.clinician.pk])
    page = http.get(url)
    assert b"remove their two-factor set-up" in page.content
    response = http.post(url, {"clear_two_factor": "1"})
    assert response.status_code == 302
    people = http.get(response["Location"]).content.decode()
    assert f"A reset link was emailed to {world.clinician.email}" in people
    (message,) = mail.outbox
    assert message.to == [world.clinician.email]
    token = _token(next(line for line in message.body.splitlines() if "/reset/" in line))
    assert SignInReset.objects.get().clear_two_factor
    assert token not in people and token not in http.get(url).content.decode()
    assert resets.open_reset(token).user == world.clinician


def test_when_the_email_cannot_be_sent_no_link_is_left_working(
    world: World, http_as: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise OSError("no mail server")

    monkeypatch.setattr(resets, "send_mail", broken)
    http = http_as("admin")  # type: ignore[operator]
    response = http.post(reverse("accounts:member_reset", args=[world.clinician.pk]), {})
    assert response.status_code == 400
    assert b"could not be sent, so no link was made" in response.content
    assert not [r for r in SignInReset.objects.all() if r.is_open]


def test_the_people_page_offers_a_reset_for_others_but_not_oneself(
    world: World, http_as: object
) -> None:
    page = http_as("admin").get(reverse("accounts:people")).content.decode()  # type: ignore[operator]
    assert reverse("accounts:member_reset", args=[world.clinician.pk]) in page
    assert reverse("accounts:member_reset", args=[world.admin.pk]) not in page


def test_an_admin_cannot_reset_someone_in_another_practice(world: World, http_as: object) -> None:
    http = http_as("admin")  # type: ignore[operator]
    url = reverse("accounts:member_reset", args=[world.other_clinician.pk])
    assert http.get(url).status_code == 404
    assert http.post(url, {}).status_code == 404
    assert not SignInReset.objects.exists()


def test_a_refused_reset_says_why(world: World, http_as: object) -> None:
    world.colleague.is_active = False
    world.colleague.save()
    http = http_as("admin")  # type: ignore[operator]
    response = http.post(reverse("accounts:member_reset", args=[world.colleague.pk]), {})
    assert response.status_code == 400
    assert b"Reactivate" in response.content


def test_locked_out_people_are_marked_and_can_be_unlocked(world: World, http_as: object) -> None:
    """Check 4: three wrong passwords lock the account; the admin's unlock lets it in again."""
    user = world.client_user
    user.set_password(NEW_PASSWORD)
    user.save()
    person = HttpClient()
    for _ in range(3):
        _sign_in_with_password(person, user.email.upper(), "wrong passphrase!")
    assert _sign_in_with_password(person, user.email, NEW_PASSWORD) == 429
    admin = http_as("admin")  # type: ignore[operator]
    page = admin.get(reverse("accounts:people")).content.decode()
    assert "Locked out" in page
    assert reverse("accounts:member_unlock", args=[user.pk]) in page
    admin.post(reverse("accounts:member_unlock", args=[user.pk]))
    assert AuditEvent.objects.filter(action="account.unlock").exists()
    assert "Locked out" not in admin.get(reverse("accounts:people")).content.decode()
    assert _sign_in_with_password(person, user.email, NEW_PASSWORD) == 302


def test_a_different_capitalisation_counts_against_the_same_lockout(world: World) -> None:
    user = world.client_user
    http = HttpClient()
    for email in (user.email, user.email.upper(), user.email.title()):
        _sign_in_with_password(http, email, "wrong passphrase!")
    assert _sign_in_with_password(http, user.email, PASSWORD) == 429


# --- the person's page ----------------------------------------------------------------------


def test_the_person_chooses_a_new_password_and_signs_in(world: World) -> None:
    token = _issue(world)
    http = HttpClient()
    url = reverse("accounts:reset", args=[token])
    page = http.get(url)
    assert page.status_code == 200
    assert world.clinician.email.encode() in page.content
    response = http.post(url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    follow = http.get(response["Location"])
    assert b"Your new password is set" in follow.content
    assert _sign_in_with_password(http, world.clinician.email, NEW_PASSWORD) == 302


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (NEW_PASSWORD, NEW_PASSWORD + "x", b"The two passwords do not match."),
        ("password1234", "password1234", b"too common"),
        ("", "", b"This field is required."),
    ],
)
def test_a_bad_new_password_is_explained_and_the_link_still_works(
    world: World, first: str, second: str, message: bytes
) -> None:
    token = _issue(world)
    response = HttpClient().post(
        reverse("accounts:reset", args=[token]), {"password1": first, "password2": second}
    )
    assert response.status_code == 200
    assert message in response.content
    assert resets.open_reset(token).used_at is None


def test_a_spent_link_shows_a_plain_page(world: World) -> None:
    token = _issue(world)
    resets.complete(token=token, password=NEW_PASSWORD)
    response = HttpClient().get(reverse("accounts:reset", args=[token]))
    assert response.status_code == 404
    assert b"ask your practice for a new one" in response.content


def test_the_sign_in_page_says_where_to_turn(world: World) -> None:
    page = HttpClient().get(LOGIN).content
    assert b"Forgot your password, or lost your phone?" in page


# --- the command line -------------------------------------------------------------------------


def test_the_command_line_makes_a_link_for_the_only_admin(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert reset_link_main(world.admin.email.upper(), clear_two_factor=True) == 0
    out = capsys.readouterr().out
    link = next(line for line in out.splitlines() if "/reset/" in line)
    reset = resets.open_reset(_token(link.strip()))
    assert reset.user == world.admin
    assert reset.clear_two_factor
    assert reset.issued_by is None
    assert reset_link_main("nobody@x.test", clear_two_factor=False) == 1


def test_a_client_can_be_reset_too(world: World) -> None:
    client = make_user(world.practice, Role.CLIENT, "new-client@a.test", "Nia New")
    token = _token(resets.issue(admin=world.admin, user=client, clear_two_factor=False).link)
    resets.complete(token=token, password=NEW_PASSWORD)
    client.refresh_from_db()
    assert client.check_password(NEW_PASSWORD)


def test_the_person_is_told_when_the_link_was_used(world: World) -> None:
    resets.complete(token=_issue(world, clear=True), password=NEW_PASSWORD)
    notice = mail.outbox[-1]
    assert notice.to == [world.clinician.email]
    assert "password was just changed" in notice.body
    assert "two-factor set-up was removed" in notice.body


def test_deactivating_someone_or_a_new_password_cancels_their_open_link(
    world: World, http_as: object
) -> None:
    from selfled.accounts.services.practice import set_active

    newcomer = make_user(world.practice, Role.CLINICIAN, "new-clin@a.test", "Nell New", totp=True)
    first = resets.issue(admin=world.admin, user=newcomer, clear_two_factor=False)
    set_active(admin=world.admin, user=newcomer, active=False)
    set_active(admin=world.admin, user=newcomer, active=True)
    with pytest.raises(resets.ResetError):
        resets.open_reset(_token(first.link))
    token = _issue(world)
    http = http_as("clinician")  # type: ignore[operator]
    http.post(
        reverse("accounts:profile"),
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    world.clinician.refresh_from_db()
    assert world.clinician.check_password(NEW_PASSWORD)
    with pytest.raises(resets.ResetError):
        resets.open_reset(token)


def test_a_link_replaced_while_it_was_being_used_does_not_work(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = _issue(world)
    stale = resets.open_reset(token)  # read just before a newer link replaces it
    _issue(world)
    monkeypatch.setattr(resets, "open_reset", lambda _token: stale)
    with pytest.raises(resets.ResetError, match="already been used"):
        resets.complete(token=token, password=NEW_PASSWORD)
    world.clinician.refresh_from_db()
    assert world.clinician.check_password(PASSWORD)


def test_the_link_works_in_a_browser_still_waiting_for_the_lost_phones_code(
    world: World,
) -> None:
    token = _issue(world, clear=True)
    http = sign_in(HttpClient(), world.clinician, verified=False)
    assert http.get(reverse("care:clinician_home"))["Location"] == reverse(
        "accounts:two_factor_verify"
    )
    page = http.get(reverse("accounts:reset", args=[token]))
    assert page.status_code == 200 and b"Choose a new password" in page.content


def test_tokens_in_link_paths_never_reach_the_log() -> None:
    import logging

    from selfled.core.logfilters import RedactTokens

    record = logging.LogRecord(
        "django.request",
        logging.WARNING,
        __file__,
        1,
        "Not Found: %s",
        ("/reset/abc123XYZ/",),
        None,
    )
    assert RedactTokens().filter(record)
    assert record.getMessage() == "Not Found: /reset/[token]/"
    other = logging.LogRecord("x", logging.INFO, __file__, 1, "GET /parts/%s/", ("42",), None)
    RedactTokens().filter(other)
    assert other.getMessage() == "GET /parts/42/"


def test_a_short_lockout_that_has_ended_is_not_shown(world: World) -> None:
    email = world.client_user.email
    AccessAttempt.objects.create(
        username=email, ip_address="10.0.0.1", user_agent="x", failures_since_start=3
    )
    assert resets.locked_out([email]) == {email}
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=20))
    assert resets.locked_out([email]) == set()
    AccessAttempt.objects.filter(username=email).update(failures_since_start=6)
    assert resets.locked_out([email]) == {email}
