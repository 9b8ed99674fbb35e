"""Crisis language in a form that could not be saved still takes the crisis path."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.insight.models import SafetyEvent
from selfled.parts.models import Encounter, Part
from tests.conftest import World

CRISIS_WORDS = "I keep thinking about ending my life tonight"


def assert_crisis_panel_and_kept(body: str, typed: str) -> None:
    assert "crisis-now-title" in body and "988" in body and "741741" in body
    assert typed in body  # what was typed is still in the form
    assert "nothing was saved yet, and the page below says why" in body


def test_part_form_with_an_error_still_shows_resources_and_alerts(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    response = http.post(reverse("parts:create"), {"name": "", "description": CRISIS_WORDS})
    assert response.status_code == 200
    body = response.content.decode()
    assert "This field is required" in body
    assert_crisis_panel_and_kept(body, CRISIS_WORDS)
    assert not Part.objects.exists()
    event = SafetyEvent.objects.get()
    assert event.client == world.client and event.source_id == "unsaved"
    home = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert "Crisis language" in home and "a form that was not saved" in home
    assert CRISIS_WORDS not in home


def test_checkin_step_with_an_error_still_shows_resources(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    # "what" is required on the first screen; the crisis words are in "where".
    response = http.post(
        reverse("parts:checkin_step", args=[enc.pk]),
        {"step": "find", "what": "", "where": CRISIS_WORDS},
    )
    assert response.status_code == 200
    assert_crisis_panel_and_kept(response.content.decode(), CRISIS_WORDS)
    assert SafetyEvent.objects.filter(source_type="parts.encounter").count() == 1


def test_self_energy_with_an_error_still_shows_resources(world: World, http_as: Any) -> None:
    http = http_as("client")
    response = http.post(reverse("selfenergy:mine"), {"calm": "42", "note": CRISIS_WORDS})
    assert response.status_code == 200
    assert_crisis_panel_and_kept(response.content.decode(), CRISIS_WORDS)
    assert SafetyEvent.objects.filter(source_type="selfenergy.checkin").count() == 1


def test_ordinary_errors_and_clinician_forms_raise_nothing(world: World, http_as: Any) -> None:
    response = http_as("client").post(reverse("parts:create"), {"name": "", "description": "hi"})
    assert "crisis-now-title" not in response.content.decode()
    http_as("clinician").post(
        reverse("parts:client_create", args=[world.client.pk]),
        {"name": "", "description": CRISIS_WORDS},
    )
    assert not SafetyEvent.objects.exists()
