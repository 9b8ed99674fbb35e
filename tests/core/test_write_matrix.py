"""Every route that names an object of client A, POSTed by someone outside A's care:
the answer is 404 (or 405 where the route takes no POST) and nothing is written.

Built from the same URLconf walk and URL builders as the GET matrix, so a new route with an
object id is covered without being listed here.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import resolve

from selfled.audit.models import AuditEvent
from selfled.care.models import CareTeamMember
from selfled.insight.models import SafetyEvent, Suggestion, Tag
from selfled.parts.models import Encounter, Part, PartComment, PartRelation
from selfled.selfenergy.models import SelfEnergyCheckIn
from tests.conftest import World
from tests.core.test_authorization_matrix import build_url, url_names

OUTSIDERS = ["colleague", "other_practice_clinician", "other_client", "admin"]
# Routes whose objects are not client A's clinical record, or that admins may use.
# (Break-glass is the designed emergency path for a same-practice colleague: tests/care.)
NOT_CLINICAL = {
    "accounts:accept",
    "accounts:invitation_revoke",
    "accounts:care_team",
    "accounts:care_team_remove",
    "accounts:member_active",
    "accounts:member_reset",
    "accounts:member_unlock",
    "accounts:reset",
    "care:break_glass",
}
SCORES = dict.fromkeys(
    [
        "calm",
        "curiosity",
        "compassion",
        "clarity",
        "confidence",
        "courage",
        "creativity",
        "connectedness",
    ],
    5,
)
# Valid JSON bodies, so the API reaches its scope check instead of stopping at validation.
API_BODIES: dict[str, dict[str, Any]] = {
    "api:list_self_energy": SCORES,
    "api:create_self_energy": SCORES,
    "api:list_parts": {"name": "Intruder"},
    "api:create_part": {"name": "Intruder"},
    "api:change_status": {"status": "befriended"},
    "api:move": {"x": 0.2, "y": 0.2},
    "api:list_checkins": {},
    "api:start_checkin": {},
    "api:answer_checkin": {"step": "find", "values": {"what": "x"}},
    "api:stop_checkin": {"step": "find", "values": {"what": "x"}},
}


def state() -> tuple[Any, ...]:
    parts = sorted(
        (str(p.pk), p.status, p.private, str(p.removed_at), p.version, p.map_x, p.map_y)
        for p in Part.objects.all()
    )
    return (
        parts,
        PartRelation.objects.count(),
        PartComment.objects.count(),
        sorted(Encounter.objects.values_list("step", "outcome")),
        Tag.objects.count(),
        sorted(Suggestion.objects.values_list("state", flat=True)),
        SafetyEvent.objects.filter(acknowledged_at__isnull=False).count(),
        SelfEnergyCheckIn.objects.count(),
        CareTeamMember.objects.count(),
        # a refused write leaves only its own trace (access.not_found, tests/audit)
        AuditEvent.objects.exclude(action="access.not_found").count(),
    )


def send(http: Any, name: str, url: str, form: dict[str, str]) -> Any:
    """The write each route takes: DELETE, JSON for the API, a form otherwise."""
    if name == "api:delete_relation":
        return http.delete(url)
    if name.startswith("api:"):
        return http.post(url, API_BODIES.get(name, {}), content_type="application/json")
    return http.post(url, form)


def object_routes(world: World) -> list[tuple[str, str]]:
    routes = []
    for name, _ in url_names():
        if name in NOT_CLINICAL:
            continue
        url = build_url(name, world)
        if resolve(url).kwargs:
            routes.append((name, url))
    return routes


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_outsiders_cannot_write_to_client_a(world: World, http_as: Any, persona: str) -> None:
    routes = object_routes(world)
    assert len(routes) >= 25, routes
    http = http_as(persona)
    payload = {
        "status": "befriended",
        "text": "x",
        "private": "on",
        "label": "self",
        "kind": "protects",
        "target": "x",
        "other": "x",
        "stepped_back": "no",
        "x": "0.2",
        "y": "0.2",
        "step": "find",
        "what": "x",
        "part": "new",
        "clinician": str(world.colleague.pk),
        "reason": "a reason long enough here",
    }
    failures = []
    for name, url in routes:
        before = state()
        response = send(http, name, url, payload)
        after = state()
        if response.status_code not in (404, 405) or after != before:
            failures.append(f"{name} {url}: {response.status_code}, wrote={after != before}")
    assert not failures, "\n".join(failures)


def test_break_glass_reader_cannot_write_anything(world: World, http_as: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from selfled.care.models import BreakGlassGrant
    from tests.core.test_authorization_matrix import MATRIX

    BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason="urgent call tonight",
        expires_at=timezone.now() + timedelta(hours=1),
    )
    http = http_as("colleague")
    writes = [(n, u) for n, u in object_routes(world) if MATRIX[n]["clinician"] == "405"]
    assert len(writes) >= 10, writes
    failures = []
    for name, url in writes:
        before = state()
        response = send(http, name, url, {"status": "befriended", "text": "x", "label": "self"})
        if response.status_code not in (403, 404) or state() != before:
            failures.append(f"{name}: {response.status_code}")
    assert not failures, "\n".join(failures)
