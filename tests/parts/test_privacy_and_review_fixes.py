"""Regression tests for what a review of the parts and insight work found."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from selfled.insight.models import SafetyEvent, Tag
from selfled.parts.models import Encounter, Kind, Part
from selfled.parts.services import parts as service
from selfled.parts.services import relations
from tests.conftest import World

CRISIS = "Everyone would be better off without me, I have been giving my things away."


def make(world: World, name: str, kind: str = Kind.MANAGER, **extra: Any) -> Part:
    return service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": kind, **extra}
    )


def test_crisis_words_added_in_an_edit_show_help_and_alert_the_team(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")
    response = http_as("client").post(
        reverse("parts:edit", args=[part.pk]),
        {
            "name": "Critic",
            "kind": "manager",
            "color": part.color,
            "version": part.version,
            "description": CRISIS,
        },
    )
    assert response["Location"].split("?")[0] == reverse("core:crisis")
    assert SafetyEvent.objects.filter(client=world.client, source_type="parts.part").count() == 1


def test_exile_page_does_not_name_a_private_protector_to_the_team(
    world: World, http_as: Any
) -> None:
    exile, guard = make(world, "Little", Kind.EXILE), make(world, "Secret Guard")
    relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    service.set_privacy(part=guard, private=True, private_fields=[], by=world.client_user)
    team = http_as("clinician").get(reverse("parts:detail", args=[exile.pk])).content.decode()
    assert "Secret Guard" not in team and "1 more protector" in team
    own = http_as("client").get(reverse("parts:detail", args=[exile.pk])).content.decode()
    assert "Secret Guard" in own


def test_private_part_cannot_be_merged_into_a_shared_one(world: World) -> None:
    shared, hidden = make(world, "Shared"), make(world, "Hidden")
    service.set_privacy(part=hidden, private=True, private_fields=[], by=world.client_user)
    with pytest.raises(service.PartError, match="private"):
        relations.merge_parts(keep=shared, absorb=hidden, by=world.client_user)
    hidden.refresh_from_db()
    assert hidden.merged_into is None


def test_team_sees_no_tags_on_private_parts(world: World, http_as: Any) -> None:
    hidden = make(world, "Hidden")
    Tag.objects.create(
        client=world.client,
        source_type="parts.part",
        source_id=str(hidden.pk),
        label="fear:identity",
        part=hidden,
    )
    service.set_privacy(part=hidden, private=True, private_fields=[], by=world.client_user)
    page = http_as("clinician").get(reverse("insight:client_insight", args=[world.client.pk]))
    assert b"Protector fear: identity" not in page.content


def test_check_in_answers_about_private_details_are_hidden_from_the_team(
    world: World, http_as: Any
) -> None:
    part = make(world, "Critic")
    service.set_privacy(
        part=part, private=False, private_fields=["fears", "body_location"], by=world.client_user
    )
    encounter = Encounter.objects.create(
        client=world.client,
        part=part,
        started_by=world.client_user,
        step="befriend",
        answers='{"find": {"what": "tight", "where": "chest"}, "fear": {"fear": "being seen"}}',
    )
    team = http_as("clinician").get(f"/api/check-ins/{encounter.pk}").json()
    assert "where" not in team["answers"]["find"] and "fear" not in team["answers"]["fear"]
    own = http_as("client").get(f"/api/check-ins/{encounter.pk}").json()
    assert own["answers"]["find"]["where"] == "chest"


def test_team_cannot_overwrite_private_details_through_the_api(world: World, http_as: Any) -> None:
    part = make(world, "Critic", burdens="the old story")
    service.set_privacy(part=part, private=False, private_fields=["burdens"], by=world.client_user)
    part.refresh_from_db()
    response = http_as("clinician").patch(
        f"/api/parts/{part.pk}",
        data={"version": part.version, "burdens": "overwritten"},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["part"]["burdens"] == ""
    part.refresh_from_db()
    assert part.burdens == "the old story"


def test_malformed_check_in_answers_are_refused_not_crashed(world: World, http_as: Any) -> None:
    encounter = Encounter.objects.create(
        client=world.client, started_by=world.client_user, step="feel_toward"
    )
    response = http_as("client").post(
        f"/api/check-ins/{encounter.pk}/answer",
        data={"step": "feel_toward", "values": {"chips": 5}},
        content_type="application/json",
    )
    assert response.status_code == 422


def test_redirect_after_acknowledging_stays_on_this_site(world: World, http_as: Any) -> None:
    from selfled.insight.services import analyze_text

    outcome = analyze_text(
        client=world.client, text=CRISIS, source_type="t", source_id="1", by=world.client_user
    )
    event = SafetyEvent.objects.get(insight=outcome.insight)
    response = http_as("clinician").post(
        reverse("insight:acknowledge", args=[event.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("care:clinician_home")
