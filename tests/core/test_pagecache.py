"""Whole pages reused by selfled.core.pagecache (the parts map uses it)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import Client as HttpClient
from django.test.signals import template_rendered
from django.urls import reverse

from selfled.care.models import CareTeamMember
from selfled.core import pagecache
from tests.conftest import World, grant_break_glass, sign_in

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="(\w+)"')
HX_TOKEN = re.compile(r'"X-CSRFToken": "(\w+)"')


def _templates_rendered(http: HttpClient, url: str) -> tuple[list[str], str]:
    names: list[str] = []

    def seen(sender: Any, template: Any, **kwargs: Any) -> None:
        names.append(template.name)

    template_rendered.connect(seen)
    try:
        body = http.get(url).content.decode()
    finally:
        template_rendered.disconnect(seen)
    return names, body


def test_the_second_view_reuses_the_page_with_its_own_token(world: World, http_as: Any) -> None:
    http = http_as("client")
    first_templates, first = _templates_rendered(http, reverse("parts:map"))
    again_templates, again = _templates_rendered(http, reverse("parts:map"))
    assert "parts/map.html" in first_templates and "base.html" in first_templates
    assert "parts/map.html" not in again_templates and "base.html" not in again_templates
    # the same page apart from the CSRF token, which is new each time and the same in both
    # places it appears on one page
    tokens = [TOKEN.findall(page) + HX_TOKEN.findall(page) for page in (first, again)]
    assert all(len(set(found)) == 1 and len(found) == 2 for found in tokens)
    assert tokens[0][0] != tokens[1][0]
    assert TOKEN.sub("", HX_TOKEN.sub("", first)) == TOKEN.sub("", HX_TOKEN.sub("", again))
    # the stored copy holds a stand-in, never a token
    stored = b"".join(pagecache._entries.values())
    assert pagecache.TOKEN_MARK in stored
    assert tokens[1][0].encode() not in stored and tokens[0][0].encode() not in stored


def test_a_token_from_a_reused_page_is_accepted(world: World) -> None:
    http = sign_in(HttpClient(enforce_csrf_checks=True), world.client_user)
    http.get(reverse("parts:map"))
    page = http.get(reverse("parts:map")).content.decode()
    token = TOKEN.findall(page)[0]
    response = http.post(reverse("accounts:logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302  # signed out, not refused
    assert "_auth_user_id" not in http.session


def test_a_flash_message_shows_on_a_page_that_was_reused(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.get(reverse("parts:map"))
    http.get(reverse("parts:map"))
    # the form adds "is on the map" and sends the browser on; here the map is opened next
    posted = http.post(reverse("parts:create"), {"name": "Planner", "kind": "manager"})
    assert posted.status_code == 302
    assert "“Planner” is on the map." in http.get(reverse("parts:map")).content.decode()
    assert "is on the map." not in http.get(reverse("parts:map")).content.decode()


def test_what_the_layout_shows_is_never_stale(world: World, http_as: Any) -> None:
    http = http_as("client")
    before = http.get(reverse("parts:map")).content.decode()
    assert "Call 999" not in before
    world.practice.crisis_resources = [
        {"label": "Call 999", "detail": "Emergency", "href": "tel:999"}
    ]
    world.practice.save()
    after = http.get(reverse("parts:map")).content.decode()
    assert "Call 999" in after


def test_the_care_team_view_follows_the_clients_name_and_access(world: World, http_as: Any) -> None:
    url = reverse("parts:client_map", args=[world.client.pk])
    clinician = http_as("clinician")
    assert "Casey Client's parts map" in clinician.get(url).content.decode()
    world.client_user.full_name = "Casey Renamed"
    world.client_user.save()
    assert "Casey Renamed's parts map" in clinician.get(url).content.decode()
    # a clinician on the team may add parts; one reading in an emergency may not
    grant_break_glass(world)
    colleague = http_as("colleague")
    reading = colleague.get(url).content.decode()
    assert "Emergency read-only access" in reading and "Add a part (in session)" not in reading
    CareTeamMember.objects.create(client=world.client, clinician=world.colleague)
    on_team = colleague.get(url).content.decode()
    assert "Emergency read-only access" not in on_team and "Add a part (in session)" in on_team
    assert "Emergency read-only access" not in clinician.get(url).content.decode()


@pytest.mark.parametrize("count", [1, pagecache.MAX_ENTRIES + 5])
def test_the_cache_stays_small(world: World, http_as: Any, count: int) -> None:
    from django.test import RequestFactory

    pagecache.clear()
    factory = RequestFactory()
    session = http_as("client").session
    for n in range(count):
        request = factory.get(f"/x/{n}/")
        request.user = world.client_user
        request.session = session
        request._messages = FallbackStorage(request)
        pagecache.render_page(request, "core/error.html", {"title": "t"}, key=n)
    assert len(pagecache._entries) == min(count, pagecache.MAX_ENTRIES)
