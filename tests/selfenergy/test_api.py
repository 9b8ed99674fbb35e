from __future__ import annotations

import json
from typing import Any

import pytest
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.care.models import BreakGlassGrant
from selfled.selfenergy.models import SelfEnergyCheckIn
from tests.conftest import World
from tests.selfenergy.helpers import make_check_ins, scores


def url(world: World) -> str:
    return f"/api/clients/{world.client.pk}/self-energy"


def post(http: Any, path: str, body: dict[str, Any]) -> Any:
    return http.post(path, data=json.dumps(body), content_type="application/json")


def test_client_creates_and_lists_through_the_api(world: World, http_as: Any) -> None:
    http = http_as("client")
    response = post(http, url(world), {**scores(5, calm=9), "note": "after the session"})
    assert response.status_code == 201
    created = response.json()
    assert created["calm"] == 9 and created["courage"] == 5
    assert created["average"] == 5.5
    assert created["note"] == "after the session"
    assert created["recorded_by_id"] == world.client_user.pk
    assert created["crisis"] is False
    saved = SelfEnergyCheckIn.objects.get()
    assert str(saved.pk) == created["id"] and saved.note == "after the session"
    assert AuditEvent.objects.filter(action="self_energy.create", object_id=str(saved.pk)).exists()

    listed = http.get(url(world)).json()
    assert [c["id"] for c in listed] == [created["id"]]
    assert AuditEvent.objects.filter(
        action="self_energy.view", object_id=str(world.client.pk)
    ).exists()


def test_create_reports_crisis_language_in_the_clients_note(world: World, http_as: Any) -> None:
    note = "Honestly everyone would be better off without me. I've started giving my things away."
    response = post(http_as("client"), url(world), {**scores(2), "note": note})
    assert response.status_code == 201 and response.json()["crisis"] is True
    assert "crisis" not in http_as("client").get(url(world)).json()[0]


def test_list_is_oldest_first_and_takes_a_limit(world: World, http_as: Any) -> None:
    made = make_check_ins(world.client, [1, 2, 3])
    data = http_as("clinician").get(url(world) + "?limit=2").json()
    assert [c["id"] for c in data] == [str(c.pk) for c in made[1:]]
    assert http_as("clinician").get(url(world) + "?limit=0").status_code == 422


def test_clinician_on_the_team_records_in_session(world: World, http_as: Any) -> None:
    response = post(http_as("clinician"), url(world), {**scores(6)})
    assert response.status_code == 201
    assert SelfEnergyCheckIn.objects.get().recorded_by == world.clinician


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "admin", "other_client"]
)
def test_out_of_scope_is_404_and_writes_nothing(world: World, http_as: Any, persona: str) -> None:
    make_check_ins(world.client, [5], note="private")
    http = http_as(persona)
    response = http.get(url(world))
    assert response.status_code == 404 and b"private" not in response.content
    assert post(http, url(world), scores(5)).status_code == 404
    assert SelfEnergyCheckIn.objects.count() == 1
    assert not AuditEvent.objects.filter(action__startswith="self_energy").exists()


def test_break_glass_may_list_but_not_create(world: World, http_as: Any) -> None:
    BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason="On call, client in distress, team unreachable",
        expires_at=timezone.now() + timezone.timedelta(hours=1),
    )
    http = http_as("colleague")
    assert http.get(url(world)).status_code == 200
    assert post(http, url(world), scores(5)).status_code == 404
    assert not SelfEnergyCheckIn.objects.exists()


def test_out_of_range_is_422_with_a_clear_message(world: World, http_as: Any) -> None:
    response = post(http_as("client"), url(world), scores(5, calm=11, courage=-1))
    assert response.status_code == 422
    body = response.json()
    assert body["errors"] == {
        "calm": "Calm needs a whole number from 0 to 10.",
        "courage": "Courage needs a whole number from 0 to 10.",
    }
    assert body["detail"] == (
        "Calm needs a whole number from 0 to 10. Courage needs a whole number from 0 to 10."
    )
    assert not SelfEnergyCheckIn.objects.exists()


def test_over_long_note_is_422(world: World, http_as: Any) -> None:
    response = post(http_as("client"), url(world), {**scores(5), "note": "n" * 2001})
    assert response.status_code == 422
    assert "2,000 characters" in response.json()["errors"]["note"]
    assert not SelfEnergyCheckIn.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (scores(5, calm="x"), "calm"),
        (scores(5, calm="5"), "calm"),
        (scores(5, calm=5.5), "calm"),
        ({k: v for k, v in scores(5).items() if k != "clarity"}, "clarity"),
        (scores(5, joy=3), "joy"),
    ],
)
def test_wrong_types_missing_or_unknown_fields_are_422(
    world: World, http_as: Any, body: dict[str, Any], field: str
) -> None:
    response = post(http_as("client"), url(world), body)
    assert response.status_code == 422
    assert any(field in [str(x) for x in e["loc"]] for e in response.json()["detail"])
    assert not SelfEnergyCheckIn.objects.exists()


def test_schema_documents_both_operations(world: World, http_as: Any) -> None:
    paths = http_as("clinician").get("/api/openapi.json").json()["paths"]
    operations = paths["/api/clients/{client_id}/self-energy"]
    assert set(operations) == {"get", "post"}
    assert operations["post"]["tags"] == ["self-energy"]
