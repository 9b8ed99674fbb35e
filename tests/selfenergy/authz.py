"""Self-energy URLs in the authorization matrix (GET outcomes; see tests/authz.py)."""

from __future__ import annotations

from typing import Any

from tests.authz import CLIENT_A_RECORD, CLIENTS
from tests.conftest import World

# The API list and create share one URL; a GET on either name lists.
API_RECORD = {**CLIENT_A_RECORD, "client": "ok"}

MATRIX: dict[str, dict[str, str]] = {
    # Each client's own page (their own record only).
    "selfenergy:mine": CLIENTS,
    # Read: the care team (and break-glass, tested separately); record: care team only.
    "selfenergy:client": CLIENT_A_RECORD,
    "api:list_self_energy": API_RECORD,
    "api:create_self_energy": API_RECORD,
}


def url_kwargs(name: str, world: World) -> dict[str, Any] | None:
    if name == "selfenergy:mine":
        return None
    return {"client_id": world.client.pk}
