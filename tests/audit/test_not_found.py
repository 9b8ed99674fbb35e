"""A record asked for outside one's scope leaves an audit trace (the answer is still a 404)."""

from __future__ import annotations

import uuid
from typing import Any

from django.urls import reverse

from selfled.audit.models import AuditEvent
from tests.conftest import World


def test_a_clinician_asking_for_another_practices_client_is_recorded(
    world: World, http_as: Any
) -> None:
    url = reverse("care:client", args=[world.client.pk])
    assert http_as("other_practice_clinician").get(url).status_code == 404
    event = AuditEvent.objects.get(action="access.not_found")
    assert event.detail == f"GET care:client client_id={world.client.pk}"
    assert event.actor_id is not None and event.actor_id != world.clinician.pk


def test_the_api_refusal_is_recorded_too(world: World, http_as: Any) -> None:
    url = f"/api/clients/{uuid.uuid4()}/parts"
    response = http_as("clinician").get(url)
    assert response.status_code == 404
    event = AuditEvent.objects.get(action="access.not_found")
    assert event.detail == f"GET api:list_parts client_id={url.split('/')[3]}"


def test_a_found_page_and_a_signed_out_visitor_leave_no_such_trace(
    world: World, http_as: Any
) -> None:
    assert (
        http_as("clinician").get(reverse("care:client", args=[world.client.pk])).status_code == 200
    )
    http_as("anonymous").get("/no-such-page/")
    assert not AuditEvent.objects.filter(action="access.not_found").exists()


def test_the_address_typed_is_not_kept_only_the_page_and_ids(world: World, http_as: Any) -> None:
    http = http_as("clinician")
    http.get("/clients/Jane-Doe-overdose-notes/")  # matches no page: free text stays out
    http.get("/favicon.ico")  # the browser's own request names no record
    details = list(
        AuditEvent.objects.filter(action="access.not_found").values_list("detail", flat=True)
    )
    assert details == ["GET unresolved /clients/"]
