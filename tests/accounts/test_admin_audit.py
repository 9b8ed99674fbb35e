"""An admin's lists of the practice's people are reads of who its clients are: audited."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.audit.models import AuditEvent
from tests.conftest import World


def test_each_admin_list_is_one_audited_read_without_names(world: World, http_as: Any) -> None:
    http = http_as("admin")
    for name, action in (
        ("accounts:people", "practice.people_view"),
        ("accounts:care_teams", "practice.care_teams_view"),
        ("accounts:invitations", "practice.invitations_view"),
    ):
        assert http.get(reverse(name)).status_code == 200
        events = AuditEvent.objects.filter(action=action)
        assert events.count() == 1, action
        event = events.get()
        assert event.actor_id == world.admin.pk
        assert "Casey" not in event.detail and "@" not in event.detail
    http.get(reverse("accounts:care_team", args=[world.client.pk]))
    team = AuditEvent.objects.get(action="care_team.view")
    assert team.object_id == str(world.client.pk)


def test_a_settings_change_says_what_changed(world: World, http_as: Any) -> None:
    http = http_as("admin")
    http.post(
        reverse("accounts:practice_settings"),
        {"crisis_resources": "Emergency | police, fire, ambulance | tel:999"},
    )
    http.post(
        reverse("accounts:practice_settings"),
        {"crisis_resources": "Emergency | police, fire, ambulance | tel:999"},
    )
    details = list(
        AuditEvent.objects.filter(action="practice.settings")
        .order_by("seq")
        .values_list("detail", flat=True)
    )
    assert details == ["changed: crisis resources", "nothing changed"]
