from __future__ import annotations

from typing import Any

from selfled.parts.models import Encounter, Kind
from selfled.parts.services import parts as service
from selfled.parts.services import relations
from tests.conftest import World


def test_client_runs_a_check_in_through_the_api(world: World, http_as: Any) -> None:
    http = http_as("client")
    started = http.post(
        f"/api/clients/{world.client.pk}/check-ins", data={}, content_type="application/json"
    )
    assert started.status_code == 201
    checkin_id = started.json()["id"]
    answered = http.post(
        f"/api/check-ins/{checkin_id}/answer",
        data={"step": "find", "values": {"what": "A buzz", "where": "hands"}},
        content_type="application/json",
    )
    assert answered.status_code == 200
    data = answered.json()
    assert data["step"] == "focus" and data["answers"]["find"]["what"] == "A buzz"
    assert not data["crisis"]
    stale = http.post(
        f"/api/check-ins/{checkin_id}/answer",
        data={"step": "find", "values": {"what": "again"}},
        content_type="application/json",
    )
    assert stale.status_code == 422
    listed = http.get(f"/api/clients/{world.client.pk}/check-ins").json()
    assert [c["id"] for c in listed] == [checkin_id]
    assert http_as("colleague").get(f"/api/check-ins/{checkin_id}").status_code == 404
    assert (
        http_as("other_client")
        .post(
            f"/api/check-ins/{checkin_id}/answer",
            data={"step": "focus", "values": {}},
            content_type="application/json",
        )
        .status_code
        == 404
    )
    assert Encounter.objects.get().step == "focus"
    stopped = http.post(
        f"/api/check-ins/{checkin_id}/stop",
        data={"step": "focus", "values": {"notice": "It softens"}},
        content_type="application/json",
    )
    assert stopped.status_code == 200
    data = stopped.json()
    assert data["outcome"] == "paused" and data["answers"]["paused_because"] == "stopped"
    assert data["answers"]["focus"]["notice"] == "It softens"
    again = http.post(
        f"/api/check-ins/{checkin_id}/stop",
        data={"step": "focus"},
        content_type="application/json",
    )
    assert again.status_code == 422


def test_api_follows_the_exile_rule(world: World, http_as: Any) -> None:
    exile = service.create_part(
        client=world.client, by=world.client_user, values={"name": "Little", "kind": Kind.EXILE}
    )
    critic = service.create_part(
        client=world.client, by=world.client_user, values={"name": "Critic", "kind": Kind.MANAGER}
    )
    relations.relate(source=critic, target=exile, kind="protects", by=world.client_user)
    started = http_as("client").post(
        f"/api/clients/{world.client.pk}/check-ins",
        data={"part": str(exile.pk)},
        content_type="application/json",
    )
    assert started.status_code == 201
    assert started.json()["part"] == str(critic.pk)  # stays with the protector
