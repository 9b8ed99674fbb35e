from __future__ import annotations

from typing import Any

from selfled.parts.models import Kind, Part, PartRelation
from tests.authz import API_POST_ONLY, CLIENT_A_RECORD, CLIENTS, PERSONAS, POST_ONLY
from tests.conftest import World

CLIENT_AND_TEAM = {**CLIENT_A_RECORD, "client": "ok"}

MATRIX: dict[str, dict[str, str]] = {
    "parts:map": CLIENTS,
    "parts:create": CLIENTS,
    "parts:detail": CLIENT_AND_TEAM,
    "parts:edit": CLIENT_AND_TEAM,
    "parts:versions": CLIENT_AND_TEAM,
    "parts:move": POST_ONLY,
    "parts:status": POST_ONLY,
    "parts:relate": POST_ONLY,
    "parts:unrelate": POST_ONLY,
    "parts:comment": POST_ONLY,
    "parts:privacy": POST_ONLY,
    "parts:merge": POST_ONLY,
    "parts:remove": POST_ONLY,
    "parts:client_map": CLIENT_A_RECORD,
    "parts:client_create": CLIENT_A_RECORD,
    "parts:map_svg": CLIENT_AND_TEAM,
    # API (GET outcomes; write methods are covered in tests/parts/test_parts_views.py)
    "api:list_parts": CLIENT_AND_TEAM,
    "api:create_part": CLIENT_AND_TEAM,
    "api:get_one": CLIENT_AND_TEAM,
    "api:patch_part": CLIENT_AND_TEAM,
    "api:change_status": API_POST_ONLY,
    "api:move": API_POST_ONLY,
    "api:list_relations": CLIENT_AND_TEAM,
    "api:create_relation": API_POST_ONLY,
    "api:delete_relation": API_POST_ONLY,
    # Check-ins are opened by the client and the care team (not by read-only break-glass).
    "api:list_checkins": CLIENT_AND_TEAM,
    "api:start_checkin": CLIENT_AND_TEAM,
    "api:get_checkin": CLIENT_AND_TEAM,
    "api:answer_checkin": API_POST_ONLY,
    "api:stop_checkin": API_POST_ONLY,
}
assert all(set(v) == set(PERSONAS) for v in MATRIX.values())


def a_part(world: World, name: str = "The Critic", kind: str = Kind.MANAGER) -> Part:
    part = Part(client=world.client, name=name, kind=kind, added_by=world.client_user)
    part.save()
    return part


def url_kwargs(name: str, world: World) -> dict[str, Any]:
    if name in {"parts:map", "parts:create"}:
        return {}
    if name == "api:create_relation":
        return {}
    if name in {
        "parts:client_map",
        "parts:client_create",
        "parts:map_svg",
        "api:list_parts",
        "api:create_part",
        "api:list_relations",
    }:
        return {"client_id": world.client.pk}
    if name in {"api:list_checkins", "api:start_checkin"}:
        return {"client_id": world.client.pk}
    if name in {"api:answer_checkin", "api:get_checkin", "api:stop_checkin"}:
        from selfled.parts.models import Encounter

        encounter = Encounter.objects.create(client=world.client, started_by=world.client_user)
        return {"checkin_id": encounter.pk}
    if name in {"parts:unrelate", "api:delete_relation"}:
        source, target = a_part(world), a_part(world, "Little One", Kind.EXILE)
        relation = PartRelation.objects.create(
            client=world.client, source=source, target=target, kind="protects"
        )
        return {"relation_id": relation.pk}
    return {"part_id": a_part(world).pk}
