from __future__ import annotations

from typing import Any

import pytest
from django.http import Http404
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.care import services
from selfled.care.models import BreakGlassGrant, Client
from selfled.care.scoping import get_client, visible_clients, writable_clients
from tests.conftest import World, sign_in


def test_each_persona_sees_exactly_its_clients(world: World) -> None:
    assert list(visible_clients(world.clinician)) == [world.client]
    assert list(visible_clients(world.colleague)) == [world.other_client]
    assert list(visible_clients(world.client_user)) == [world.client]
    assert list(visible_clients(world.other_clinician)) == [world.other_practice_client]
    assert list(visible_clients(world.admin)) == []


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "admin", "other_client"]
)
def test_out_of_scope_client_is_404(world: World, persona: str) -> None:
    with pytest.raises(Http404):
        get_client(world.persona(persona), world.client.pk)


def test_client_page_read_is_audited_once(world: World, http_as: Any) -> None:
    before = AuditEvent.objects.filter(action="client.view").count()
    response = http_as("clinician").get(reverse("care:client", args=[world.client.pk]))
    assert response.status_code == 200
    assert b"Casey Client" in response.content
    # a way to reach the client, next to their safety alerts
    mailto = f'<a href="mailto:{world.client_user.email}">'
    assert mailto in response.content.decode()
    insight = http_as("clinician").get(reverse("insight:client_insight", args=[world.client.pk]))
    assert mailto in insight.content.decode()
    events = AuditEvent.objects.filter(action="client.view")
    assert events.count() == before + 1
    event = events.last()
    assert event is not None
    assert event.actor_id == world.clinician.pk and event.object_id == str(world.client.pk)


def test_break_glass_needs_a_reason_and_expires(world: World, http_as: Any, rf: Any) -> None:
    http = http_as("colleague")
    url = reverse("care:break_glass", args=[world.client.pk])
    response = http.post(url, {"reason": "short"})
    assert response.status_code == 200
    assert b"at least 15 characters" in response.content
    assert b"short" in response.content  # what was typed is kept
    assert not BreakGlassGrant.objects.exists()

    reason = "Client called the on-call line in distress; care team unreachable."
    response = http.post(url, {"reason": reason})
    assert response.status_code == 302
    grant = BreakGlassGrant.objects.get()
    assert grant.reason == reason
    assert (
        AuditEvent.objects.filter(action="break_glass.open", object_id=str(world.client.pk)).count()
        == 1
    )
    assert http.get(reverse("care:client", args=[world.client.pk])).status_code == 200
    # Read-only: no write scope through break-glass.
    assert world.client not in writable_clients(world.colleague)
    # The care team sees that it happened.
    team_home = http_as("clinician").get(reverse("care:clinician_home"))
    assert b"Emergency access to your clients" in team_home.content
    assert "the on-call line in distress" in team_home.content.decode()  # and why
    # After expiry: 404.
    BreakGlassGrant.objects.filter(pk=grant.pk).update(expires_at=timezone.now())
    assert http.get(reverse("care:client", args=[world.client.pk])).status_code == 404


def test_other_practice_cannot_break_glass(world: World) -> None:
    with pytest.raises(services.CareError):
        services.break_glass(
            clinician=world.other_clinician,
            client=world.client,
            reason="a long enough reason for access",
            request=None,
        )  # type: ignore[arg-type]


def test_clinician_home_lists_caseload_with_constant_queries(
    world: World, django_assert_max_num_queries: Any
) -> None:
    from selfled.care.models import CareTeamMember, Client
    from tests.conftest import make_user

    http = sign_in(HttpClient(), world.clinician)
    http.get(reverse("care:clinician_home"))
    with django_assert_max_num_queries(30) as one:
        http.get(reverse("care:clinician_home"))
    for i in range(2):
        user = make_user(world.practice, "client", f"extra{i}@a.test")
        extra = Client.objects.create(practice=world.practice, user=user)
        CareTeamMember.objects.create(client=extra, clinician=world.clinician)
    with django_assert_max_num_queries(30) as three:
        response = http.get(reverse("care:clinician_home"))
    assert len(response.context["caseload"]) == 3
    assert len(three.captured_queries) == len(one.captured_queries)


def test_a_long_caseload_pages_by_name_and_can_be_searched(world: World, monkeypatch: Any) -> None:
    from selfled.care import views
    from selfled.care.models import CareTeamMember, Client
    from tests.conftest import make_user

    monkeypatch.setattr(views, "CASELOAD_PAGE", 2)
    for name in ("Zed Last", "Amy First", "Mia Middle"):
        user = make_user(world.practice, "client", f"{name.split()[0].lower()}@a.test")
        user.full_name = name
        user.save()
        extra = Client.objects.create(practice=world.practice, user=user)
        CareTeamMember.objects.create(client=extra, clinician=world.clinician)
    http = sign_in(HttpClient(), world.clinician)
    home = reverse("care:clinician_home")

    first = http.get(home)
    names = [c.user.full_name for c in first.context["caseload"]]
    second = http.get(home, {"page": 2})
    later = [c.user.full_name for c in second.context["caseload"]]
    found = http.post(home, {"q": "zed"}, follow=True)  # a name never goes into a URL
    assert found.redirect_chain == [(home, 302)]

    assert len(names) == 2 and names == sorted(names)
    assert "Clients 1–2, by name." in first.content.decode() and "page=2" in first.content.decode()
    assert "Zed Last" in later and not set(names) & set(later)  # nothing cut silently
    assert [c.user.full_name for c in found.context["caseload"]] == ["Zed Last"]
    http.post(home, {"q": ""})  # "Show all" clears the search
    assert len(http.get(home).context["caseload"]) == 2
    assert http.get(home, {"page": "x"}).status_code == 200  # an odd page is the first
    beyond = http.get(home, {"page": 99}).content.decode()
    assert "No more clients" in beyond and "Clients 197" not in beyond  # no pager for nothing
    assert "q=" not in first.content.decode()


def test_admin_care_team_list_queries_are_constant(
    world: World, http_as: Any, django_assert_max_num_queries: Any
) -> None:
    from selfled.care.models import Client
    from tests.conftest import make_user

    http = http_as("admin")
    http.get(reverse("accounts:care_teams"))
    with django_assert_max_num_queries(30) as before:
        http.get(reverse("accounts:care_teams"))
    for i in range(3):
        user = make_user(world.practice, "client", f"more{i}@a.test")
        Client.objects.create(practice=world.practice, user=user)
    with django_assert_max_num_queries(30) as after:
        response = http.get(reverse("accounts:care_teams"))
    assert len(response.context["clients"]) == 5
    assert len(after.captured_queries) == len(before.captured_queries)


def test_admin_manages_team_but_reads_no_clinical_page(world: World, http_as: Any) -> None:
    http = http_as("admin")
    url = reverse("accounts:care_team", args=[world.client.pk])
    response = http.post(url, {"clinician": world.colleague.pk})
    assert response.status_code == 302
    assert world.client in visible_clients(world.colleague)
    http.post(reverse("accounts:care_team_remove", args=[world.client.pk, world.colleague.pk]))
    assert world.client not in visible_clients(world.colleague)
    assert http.get(reverse("care:client", args=[world.client.pk])).status_code == 404


def test_admin_cannot_add_other_practice_clinician(world: World, http_as: Any) -> None:
    response = http_as("admin").post(
        reverse("accounts:care_team", args=[world.client.pk]),
        {"clinician": world.other_clinician.pk},
    )
    assert response.status_code == 200
    assert world.client not in visible_clients(world.other_clinician)


def test_people_page_is_paged_searchable_and_constant_in_queries(
    world: World, http_as: Any, django_assert_max_num_queries: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.conftest import make_user

    http = http_as("admin")
    http.get(reverse("accounts:people"))
    with CaptureQueriesContext(connection) as few:
        http.get(reverse("accounts:people"))
    for i in range(60):
        make_user(world.practice, "client", f"bulk{i:02}@a.test", f"Bulk Person {i:02}")
    with CaptureQueriesContext(connection) as many:
        response = http.get(reverse("accounts:people"))
    assert len(many.captured_queries) == len(few.captured_queries)
    assert len(response.context["page"].object_list) == 50
    found = http.post(reverse("accounts:people"), {"q": "bulk person 07"}, follow=True)
    assert [m.user.email for m in found.context["page"].object_list] == ["bulk07@a.test"]
    assert "bulk" not in found.redirect_chain[-1][0]  # the name looked for is not in a URL
    other = http.post(reverse("accounts:people"), {"q": "clin@b.test"}, follow=True)
    assert list(other.context["page"].object_list) == []  # never another practice's people
    everyone = http.post(reverse("accounts:people"), {"q": ""}, follow=True)
    assert len(everyone.context["page"].object_list) == 50


def test_admin_pages_keep_the_admin_navigation(world: World, http_as: Any) -> None:
    for name in ("accounts:people", "accounts:care_teams", "accounts:invitations"):
        body = http_as("admin").get(reverse(name), {"role": "client"}).content.decode()
        nav = body[body.index('<nav aria-label="Main">') : body.index("</nav>")]
        assert reverse("accounts:invitations") in nav and reverse("accounts:care_teams") in nav


def test_client_page_shows_the_team_recent_parts_activity_without_private_parts(
    world: World, http_as: Any
) -> None:
    from selfled.parts.services import parts as part_service

    part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Shared Watcher"}
    )
    hidden = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Hidden One"}
    )
    part_service.set_privacy(part=hidden, private=True, private_fields=[], by=world.client_user)
    body = http_as("clinician").get(reverse("care:client", args=[world.client.pk])).content
    assert "“Shared Watcher” noticed".encode() in body
    assert b"Hidden One" not in body


def test_looking_for_a_client_by_name_never_puts_the_name_in_a_url(world: World) -> None:
    http = sign_in(HttpClient(), world.clinician)
    page = http.get(reverse("care:break_glass_list")).content.decode()
    assert '<form method="post" class="filters">' in page
    other = world.other_client.user.full_name
    url = reverse("care:break_glass_list")
    found = http.post(url, {"q": other[:4]}, follow=True).content.decode()
    assert other in http.get(url).content.decode()  # Back or reload keeps the search
    missed = http.post(url, {"q": "zzzz-nobody"}, follow=True).content.decode()
    assert other in found and other not in missed


def test_emergency_access_tells_two_clients_with_one_name_apart(world: World) -> None:
    """Each name comes with its care team and the month it joined, not the client's email;
    the list is one audited read."""
    from selfled.accounts.models import Role
    from tests.conftest import make_user

    practice = world.other_client.practice
    name = world.other_client.user.full_name
    twin_user = make_user(practice, Role.CLIENT, "second.same.name@a.test", name)
    twin = Client.objects.create(user=twin_user, practice=practice)
    http = sign_in(HttpClient(), world.clinician)
    url = reverse("care:break_glass_list")
    page = http.post(url, {"q": name}, follow=True).content.decode()
    assert page.count(f">{name}</a>") == 2
    assert f"care team: {world.colleague.full_name} · client since" in page
    assert "care team: none yet · client since" in page  # the twin has no team yet
    assert "@a.test" not in page  # no email addresses
    assert http.post(url, {"q": "second.same"}, follow=True).content.decode().count(name) == 0
    assert AuditEvent.objects.filter(action="care.break_glass_list_view").count() == 2
    form = http.get(reverse("care:break_glass", args=[twin.pk])).content.decode()
    assert "care team: none yet" in form and twin_user.email not in form
