"""The caseload's last-activity columns."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from selfled.care.activity import with_last_activity
from selfled.care.models import Client
from selfled.parts.models import Encounter, Kind, Part
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import QUALITY_KEYS
from tests.conftest import World


def _checkin(world: World, part: Part | None, days_ago: int) -> None:
    enc = Encounter.objects.create(client=world.client, part=part, started_by=world.client_user)
    Encounter.objects.filter(pk=enc.pk).update(created_at=timezone.now() - timedelta(days=days_ago))


def test_last_activity_never_counts_a_check_in_about_a_private_part(world: World) -> None:
    shared = Part.objects.create(client=world.client, name="Shared", kind=Kind.MANAGER)
    hidden = Part.objects.create(client=world.client, name="Hidden", kind=Kind.EXILE, private=True)
    _checkin(world, shared, days_ago=5)
    _checkin(world, hidden, days_ago=1)  # newer, but the care team does not see it

    row = with_last_activity(Client.objects.filter(pk=world.client.pk)).get()

    assert row.last_checkin is not None
    assert timezone.now() - row.last_checkin > timedelta(days=4)
    assert row.last_self_energy is None


def test_the_caseload_shows_when_each_client_last_checked_in(world: World, http_as: Any) -> None:
    from django.utils.timezone import localtime

    from selfled.core.templatetags.dates import day

    entry = SelfEnergyCheckIn.objects.create(
        client=world.client, recorded_by=world.client_user, **dict.fromkeys(QUALITY_KEYS, 5)
    )
    page = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert "Last parts check-in" in page and "Last Self-energy" in page
    row = page.split(world.client_user.full_name, 1)[1].split("</tr>", 1)[0]
    assert "none yet" in row  # no parts check-in yet
    assert day(localtime(entry.created_at)) in row


def test_a_deactivated_client_is_marked_on_the_caseload(world: World, http_as: Any) -> None:
    http = http_as("clinician")
    world.client_user.is_active = False
    world.client_user.save(update_fields=["is_active"])
    page = http.get(reverse("care:clinician_home")).content.decode()
    row = page.split(world.client_user.full_name, 1)[1].split("</tr>", 1)[0]
    assert '<span class="badge">deactivated</span>' in row
