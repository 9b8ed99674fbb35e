from __future__ import annotations

import re
from typing import Any

from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from selfled.accounts.models import Invitation, Membership, User
from selfled.audit.models import AuditEvent
from selfled.care.models import CareTeamMember
from tests.conftest import World

GOOD_PASSWORD = "a quiet morning by the pier"


def _invite(http: HttpClient, world: World, email: str = "new.client@a.test") -> str:
    response = http.post(
        reverse("accounts:invitations"),
        {"full_name": "Nia New", "email": email, "role": "client", "clinician": world.clinician.pk},
    )
    assert response.status_code == 302
    match = re.search(r"/invite/([\w-]+)/", mail.outbox[-1].body)
    assert match is not None
    return match.group(1)


def test_admin_invites_a_client_who_joins_the_care_team(world: World, http_as: Any) -> None:
    token = _invite(http_as("admin"), world)
    invitation = Invitation.objects.get(email="new.client@a.test")
    assert invitation.token_hash != token  # only the hash is stored
    visitor = HttpClient()
    page = visitor.get(reverse("accounts:accept", args=[token]))
    assert page.status_code == 200 and b"Welcome to Practice A" in page.content

    short = visitor.post(
        reverse("accounts:accept", args=[token]),
        {"full_name": "Nia N.", "password1": "short", "password2": "short"},
    )
    assert short.status_code == 200
    assert b"too short" in short.content
    assert b'value="Nia N."' in short.content  # what was typed is kept
    assert not User.objects.filter(email="new.client@a.test").exists()
    # a password made of the person's own name is refused too (their name is one field here)
    own_name = visitor.post(
        reverse("accounts:accept", args=[token]),
        {"full_name": "Rowan Ashby", "password1": "rowanashby12", "password2": "rowanashby12"},
    )
    assert b"too similar" in own_name.content
    assert not User.objects.filter(email="new.client@a.test").exists()

    done = visitor.post(
        reverse("accounts:accept", args=[token]),
        {"full_name": "Nia N.", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
    )
    assert done.status_code == 302
    user = User.objects.get(email="new.client@a.test")
    assert user.full_name == "Nia N."
    assert Membership.objects.get(user=user).role == "client"
    assert CareTeamMember.objects.filter(client__user=user, clinician=world.clinician).exists()
    assert AuditEvent.objects.filter(action="invitation.accept").count() == 1
    assert visitor.get(reverse("care:client_home")).status_code == 200
    # Single use.
    again = HttpClient().get(reverse("accounts:accept", args=[token]))
    assert again.status_code == 404


def test_expired_or_revoked_invitation_does_not_work(world: World, http_as: Any) -> None:
    admin = http_as("admin")
    token = _invite(admin, world)
    Invitation.objects.update(expires_at=timezone.now())
    assert HttpClient().get(reverse("accounts:accept", args=[token])).status_code == 404
    token2 = _invite(admin, world, "second@a.test")
    invitation = Invitation.objects.get(email="second@a.test")
    admin.post(reverse("accounts:invitation_revoke", args=[invitation.pk]))
    response = HttpClient().post(
        reverse("accounts:accept", args=[token2]),
        {"full_name": "X", "password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
    )
    assert response.status_code == 404
    assert not User.objects.filter(email="second@a.test").exists()


def test_inviting_an_existing_email_is_refused_and_form_kept(world: World, http_as: Any) -> None:
    response = http_as("admin").post(
        reverse("accounts:invitations"),
        {"full_name": "Dup", "email": "client@a.test", "role": "client"},
    )
    assert response.status_code == 200
    assert b"already has an account" in response.content
    assert b'value="Dup"' in response.content


def test_extra_posted_fields_are_ignored(world: World, http_as: Any) -> None:
    token = _invite(http_as("admin"), world)
    HttpClient().post(
        reverse("accounts:accept", args=[token]),
        {
            "full_name": "Nia",
            "password1": GOOD_PASSWORD,
            "password2": GOOD_PASSWORD,
            "is_staff": "on",
            "is_superuser": "on",
            "role": "admin",
            "email": "evil@a.test",
        },
    )
    user = User.objects.get(email="new.client@a.test")
    assert not user.is_staff and not user.is_superuser
    assert Membership.objects.get(user=user).role == "client"


def test_admin_of_another_practice_cannot_revoke(world: World, http_as: Any) -> None:
    from tests.conftest import make_user, sign_in

    token = _invite(http_as("admin"), world)
    assert token
    other_admin = make_user(world.other_practice, "admin", "admin@b.test", totp=True)
    http = sign_in(HttpClient(), other_admin)
    invitation = Invitation.objects.get()
    assert http.post(reverse("accounts:invitation_revoke", args=[invitation.pk])).status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_a_client_invitation_needs_a_clinician_and_the_role_starts_at_client(
    world: World, http_as: Any
) -> None:
    http = http_as("admin")
    page = http.get(reverse("accounts:invitations")).content.decode()
    assert re.search(r'<option value="client"[^>]*selected', page)
    response = http.post(
        reverse("accounts:invitations"),
        {"full_name": "Nia New", "email": "nia@a.test", "role": "client", "clinician": ""},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Choose the client&#x27;s care-team clinician" in body or "care-team clinician:" in body
    assert 'value="nia@a.test"' in body  # what was typed is kept
    assert not Invitation.objects.filter(email="nia@a.test").exists()


def test_the_last_clinician_cannot_leave_a_clients_care_team(world: World, http_as: Any) -> None:
    team = CareTeamMember.objects.filter(client=world.client)
    assert team.count() == 1
    url = reverse("accounts:care_team_remove", args=[world.client.pk, world.clinician.pk])
    page = http_as("admin").post(url, follow=True).content.decode()
    assert "only active clinician" in page
    assert team.count() == 1


def test_admin_is_told_of_a_safety_alert_nobody_can_see(world: World, http_as: Any) -> None:
    from selfled.insight.services import analyze_text

    CareTeamMember.objects.filter(client=world.client).delete()
    analyze_text(
        client=world.client,
        text="I want to end my life",
        source_type="selfenergy.checkin",
        source_id="1",
        by=world.client_user,
    )
    page = http_as("admin").get(reverse("accounts:people")).content.decode()
    assert "A safety alert has no clinician to see it" in page
    assert world.client_user.full_name in page
    assert "end my life" not in page


def test_care_team_form_offers_only_clinicians_not_yet_on_the_team(
    world: World, http_as: Any
) -> None:
    page = http_as("admin").get(reverse("accounts:care_team", args=[world.client.pk]))
    body = page.content.decode()
    form = body[body.index('name="clinician"') :]
    form = form[: form.index("</select>")]
    assert f'value="{world.clinician.pk}"' not in form  # already on the team
    assert "— choose a clinician —" in form


def test_a_second_open_invitation_to_the_same_email_is_refused(world: World, http_as: Any) -> None:
    http = http_as("admin")
    _invite(http, world, email="ollie@a.test")
    again = http.post(
        reverse("accounts:invitations"),
        {
            "full_name": "Ollie Again",
            "email": "OLLIE@a.test",
            "role": "client",
            "clinician": world.clinician.pk,
        },
    )
    assert again.status_code == 200
    assert "already open" in again.content.decode()
    assert Invitation.objects.filter(email="ollie@a.test").count() == 1


def test_the_invitation_says_until_when_in_the_practices_time_zone(
    world: World, http_as: Any, settings: Any
) -> None:
    from django.utils import timezone

    settings.TIME_ZONE = "Australia/Sydney"
    _invite(http_as("admin"), world, "sydney@a.test")
    invitation = Invitation.objects.get(email="sydney@a.test")
    until = timezone.localtime(invitation.expires_at)

    body = mail.outbox[-1].body
    assert f"until {until.day} {until:%b %Y, %H:%M} {until.tzname()})" in body
    assert until.tzname() in ("AEDT", "AEST") and "UTC" not in body


def test_a_care_team_clinician_chosen_for_a_staff_invitation_is_refused_with_a_reason(
    world: World, http_as: Any
) -> None:
    admin = http_as("admin")
    response = admin.post(
        reverse("accounts:invitations"),
        {
            "full_name": "Dr New",
            "email": "dr.new@a.test",
            "role": "clinician",
            "clinician": world.clinician.pk,
        },
    )
    assert response.status_code == 200
    assert "Only a client has a care team" in response.content.decode()
    assert not Invitation.objects.filter(email="dr.new@a.test").exists()
    fine = admin.post(
        reverse("accounts:invitations"),
        {"full_name": "Dr New", "email": "dr.new@a.test", "role": "clinician", "clinician": ""},
    )
    assert fine.status_code == 302
    assert Invitation.objects.filter(email="dr.new@a.test").exists()
