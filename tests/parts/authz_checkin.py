"""Who may open the guided check-in pages (merged into tests/core/test_authorization_matrix.py)."""

from __future__ import annotations

from typing import Any

from selfled.parts.models import Encounter
from tests.authz import CLIENT_A_RECORD, CLIENTS, PERSONAS, POST_ONLY
from tests.conftest import World

MATRIX: dict[str, dict[str, str]] = {
    "parts:checkin": CLIENTS,
    # Only the care team starts one in session; colleagues, other practices and admins: 404.
    "parts:checkin_in_session": CLIENT_A_RECORD,
    # The client and the care team; break-glass is read-only, so it cannot answer a step.
    "parts:checkin_step": {**CLIENT_A_RECORD, "client": "ok"},
    "parts:checkin_back": POST_ONLY,
    "parts:checkin_stop": POST_ONLY,
    # Reading the answers: the client and the care team (emergency access too, read-only).
    "parts:checkin_answers": {**CLIENT_A_RECORD, "client": "ok"},
}
assert all(set(v) == set(PERSONAS) for v in MATRIX.values())


def url_kwargs(name: str, world: World) -> dict[str, Any]:
    if name == "parts:checkin":
        return {}
    if name == "parts:checkin_in_session":
        return {"client_id": world.client.pk}
    encounter = Encounter(client=world.client, started_by=world.client_user)
    encounter.save()
    return {"encounter_id": encounter.pk}
