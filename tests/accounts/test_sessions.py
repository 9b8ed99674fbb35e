from __future__ import annotations

import time
from typing import Any
from unittest import mock

from django.contrib.sessions.models import Session
from django.test import Client as HttpClient
from django.urls import reverse

from tests.conftest import PASSWORD, World, sign_in

HOME = "care:client_home"


def _later(seconds: float) -> Any:
    real = time.time()
    return mock.patch("selfled.accounts.middleware.time.time", return_value=real + seconds)


def test_idle_for_31_minutes_signs_out(world: World) -> None:
    http = sign_in(HttpClient(), world.client_user)
    assert http.get(reverse(HOME)).status_code == 200
    with _later(31 * 60):
        response = http.get(reverse(HOME))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert http.get(reverse(HOME)).status_code == 302


def test_activity_every_20_minutes_keeps_session_until_12_hours(world: World) -> None:
    http = sign_in(HttpClient(), world.client_user)
    http.get(reverse(HOME))
    minute = 0
    while minute < 11 * 60:
        minute += 20
        with _later(minute * 60):
            assert http.get(reverse(HOME)).status_code == 200, minute
    with _later(12 * 3600 + 60):
        response = http.get(reverse(HOME))
    assert response.status_code == 302


def test_new_session_key_at_login_and_logout_kills_the_session(world: World) -> None:
    http = HttpClient()
    http.get(reverse("accounts:login"))
    http.cookies["sessionid"] = "made-up-before-login"
    response = http.post(
        reverse("accounts:login"), {"username": world.client_user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    key = http.cookies["sessionid"].value
    assert key != "made-up-before-login"
    assert Session.objects.filter(session_key=key).exists()
    http.post(reverse("accounts:logout"))
    assert not Session.objects.filter(session_key=key).exists()
    replay = HttpClient()
    replay.cookies["sessionid"] = key
    assert replay.get(reverse(HOME)).status_code == 302


def test_deactivated_user_is_signed_out_on_next_request(world: World) -> None:
    http = sign_in(HttpClient(), world.client_user)
    world.client_user.is_active = False
    world.client_user.save()
    assert http.get(reverse(HOME)).status_code == 302


def test_password_change_elsewhere_ends_other_sessions(world: World) -> None:
    other = sign_in(HttpClient(), world.client_user)
    mine = sign_in(HttpClient(), world.client_user)
    response = mine.post(
        reverse("accounts:profile"),
        {
            "old_password": PASSWORD,
            "new_password1": "a brand new passphrase 42",
            "new_password2": "a brand new passphrase 42",
        },
    )
    assert response.status_code == 302
    assert mine.get(reverse(HOME)).status_code == 200
    assert other.get(reverse(HOME)).status_code == 302


def test_the_only_active_clinician_of_a_client_is_not_deactivated(world: World) -> None:
    admin = sign_in(HttpClient(), world.admin)
    refused = admin.post(
        reverse("accounts:member_active", args=[world.clinician.pk]), {"active": "0"}, follow=True
    ).content.decode()
    assert "is the only active clinician for" in refused
    assert world.client.user.full_name in refused
    world.clinician.refresh_from_db()
    assert world.clinician.is_active


def test_admin_deactivates_a_clinician_whose_session_then_ends(world: World) -> None:
    from selfled.audit.models import AuditEvent
    from selfled.care.models import CareTeamMember

    CareTeamMember.objects.create(client=world.client, clinician=world.colleague)
    clinician = sign_in(HttpClient(), world.clinician)
    assert clinician.get(reverse("care:clinician_home")).status_code == 200
    admin = sign_in(HttpClient(), world.admin)
    admin.post(reverse("accounts:member_active", args=[world.clinician.pk]), {"active": "0"})
    world.clinician.refresh_from_db()
    assert not world.clinician.is_active
    assert clinician.get(reverse("care:clinician_home")).status_code == 302
    assert not any(  # signed out everywhere: the session itself is gone
        s.get_decoded().get("_auth_user_id") == str(world.clinician.pk)
        for s in Session.objects.all()
    )
    assert AuditEvent.objects.filter(action="account.deactivate").count() == 1
    own = admin.post(
        reverse("accounts:member_active", args=[world.admin.pk]), {"active": "0"}, follow=True
    )
    assert b"cannot deactivate your own account" in own.content
    other_admin_target = admin.post(
        reverse("accounts:member_active", args=[world.other_clinician.pk]), {"active": "0"}
    )
    assert other_admin_target.status_code == 404
    admin.post(reverse("accounts:member_active", args=[world.clinician.pk]), {"active": "1"})
    world.clinician.refresh_from_db()
    assert world.clinician.is_active
    assert clinician.get(reverse("care:clinician_home")).status_code == 302  # old cookie stays dead


def test_people_page_names_each_action_and_keeps_the_list_as_it_was(world: World) -> None:
    from selfled.care.models import CareTeamMember

    CareTeamMember.objects.create(client=world.client, clinician=world.colleague)
    admin = sign_in(HttpClient(), world.admin)
    page = admin.post(reverse("accounts:people"), {"q": "Cleo", "role": "clinician"}, follow=True)
    text = page.content.decode()
    assert page.redirect_chain[-1][0] == reverse("accounts:people") + "?role=clinician"
    assert "Deactivate Cleo Clinician" in text  # the button says whom it affects
    assert "signed out everywhere" in text  # and what happens, before it is pressed
    assert "Only people whose name or email holds “Cleo” are shown" in text  # it is kept
    response = admin.post(
        reverse("accounts:member_active", args=[world.clinician.pk]),
        {"active": "0", "role": "clinician", "page": "11"},
    )
    # the search stays in the session, never in the address
    assert response["Location"] == reverse("accounts:people") + "?role=clinician&page=11"
    after = admin.get(response["Location"]).content.decode()
    assert 'aria-label="Reactivate Cleo Clinician"' in after
    odd = admin.post(
        reverse("accounts:member_active", args=[world.clinician.pk]),
        {"active": "1", "role": "<script>", "page": "2x"},
    )
    assert odd["Location"] == reverse("accounts:people")


def test_a_session_past_its_expiry_date_is_not_loaded(world: World) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from selfled.accounts.sessions import SessionStore

    http = sign_in(HttpClient(), world.client_user)
    key = http.cookies["sessionid"].value
    assert SessionStore(key).load()["_auth_user_id"] == str(world.client_user.pk)
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(1))
    store = SessionStore(key)
    assert store.load() == {}
    assert store.session_key is None
    assert http.get(reverse(HOME)).status_code == 302


def test_an_unknown_session_key_loads_nothing(db: Any) -> None:
    from selfled.accounts.sessions import SessionStore

    store = SessionStore("x" * 32)
    assert store.load() == {}
    assert store.session_key is None


def test_typing_on_a_page_keeps_the_session_and_a_signed_out_page_learns_it(
    world: World,
) -> None:
    http = sign_in(HttpClient(), world.client_user)
    page = http.get(reverse(HOME)).content.decode()
    assert f'data-idle-seconds="{30 * 60}"' in page  # session.js warns before signing out
    assert f'data-keepalive="{reverse("accounts:keepalive")}"' in page
    with _later(25 * 60):  # session.js pings while someone types
        assert http.post(reverse("accounts:keepalive")).status_code == 204
    with _later(50 * 60):  # 25 minutes after the ping: still signed in
        assert http.get(reverse(HOME)).status_code == 200
    with _later(90 * 60):
        gone = http.post(reverse("accounts:keepalive"))
    assert gone.status_code == 302 and gone["Location"].startswith(reverse("accounts:login"))
    assert "data-keepalive" not in HttpClient().get(reverse("accounts:login")).content.decode()


def test_the_care_team_search_is_kept_out_of_the_address(world: World) -> None:
    admin = sign_in(HttpClient(), world.admin)
    found = admin.post(reverse("accounts:care_teams"), {"q": "Casey"}, follow=True)
    assert found.redirect_chain[-1][0] == reverse("accounts:care_teams")
    names = [c.user.full_name for c in found.context["clients"]]
    assert names and all("Casey" in n for n in names)
    again = admin.get(reverse("accounts:care_teams"))  # paging or coming back keeps it
    assert [c.user.full_name for c in again.context["clients"]] == names


def test_signing_out_in_a_tab_already_signed_out_goes_to_sign_in_not_back_to_logout(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    http.post(reverse("accounts:logout"))  # another tab signed out first
    response = http.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")  # no ?next=/logout/
    page = http.get(response["Location"]).content.decode()
    assert "You are signed out." in page
