from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.audit.models import AuditEvent
from tests.conftest import World


def test_openapi_schema_is_served(world: World, http_as: Any) -> None:
    response = http_as("clinician").get("/api/openapi.json")
    assert response.status_code == 200
    assert "/api/clients" in response.json()["paths"]


def test_clients_list_is_scoped(world: World, http_as: Any) -> None:
    data = http_as("clinician").get("/api/clients").json()
    assert [c["id"] for c in data] == [str(world.client.pk)]
    assert data[0]["care_team"] == [{"id": world.clinician.pk, "full_name": "Cleo Clinician"}]
    assert http_as("admin").get("/api/clients").json() == []
    assert [c["id"] for c in http_as("other_practice_clinician").get("/api/clients").json()] == [
        str(world.other_practice_client.pk)
    ]


def test_client_detail_out_of_scope_is_404_and_reads_are_audited(
    world: World, http_as: Any
) -> None:
    url = f"/api/clients/{world.client.pk}"
    assert http_as("colleague").get(url).status_code == 404
    assert http_as("other_client").get(url).status_code == 404
    before = AuditEvent.objects.filter(action="client.view").count()
    response = http_as("clinician").get(url)
    assert response.status_code == 200 and response.json()["full_name"] == "Casey Client"
    assert AuditEvent.objects.filter(action="client.view").count() == before + 1


def test_me(world: World, http_as: Any) -> None:
    data = http_as("client").get("/api/me").json()
    assert data["role"] == "client" and data["email"] == "client@a.test"


def test_signed_out_api_calls_get_a_json_401_not_the_sign_in_page(db: Any) -> None:
    from django.test import Client as HttpClient

    http = HttpClient()
    response = http.get(reverse("api:list_clients"))
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"detail": "Unauthorized"}
    # the schema stays behind the sign-in
    assert http.get(reverse("api:openapi-json")).status_code == 302
