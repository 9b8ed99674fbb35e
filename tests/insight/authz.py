from __future__ import annotations

from typing import Any

from selfled.insight.services import analyze_text
from tests.authz import CLIENT_A_RECORD, CLIENTS, CLINICIANS, POST_ONLY
from tests.conftest import World

# The role check comes before the method check, so other roles get a 404 even for a GET.
CLIENT_POST = {k: ("405" if v == "ok" else v) for k, v in CLIENTS.items()}
CLINICIAN_POST = {k: ("405" if v == "ok" else v) for k, v in CLINICIANS.items()}

MATRIX: dict[str, dict[str, str]] = {
    "insight:suggestions": CLIENTS,
    "insight:accept": CLIENT_POST,
    "insight:dismiss": CLIENT_POST,
    "insight:client_insight": CLIENT_A_RECORD,
    "insight:acknowledge": CLINICIAN_POST,
    # the client's own care team only: the client and others get a 404 (get_client)
    "insight:acknowledge_all": CLINICIAN_POST,
    "insight:tag_part": CLINICIAN_POST,
    # clients and clinicians each remove their own kind of tag: POST only, scoped in the view
    "insight:remove_tag": POST_ONLY,
}


def url_kwargs(name: str, world: World) -> dict[str, Any]:
    if name == "insight:suggestions":
        return {}
    if name == "insight:tag_part":
        from tests.parts.authz import a_part

        return {"part_id": a_part(world).pk}
    if name in ("insight:client_insight", "insight:acknowledge_all"):
        return {"client_id": world.client.pk}
    if name == "insight:remove_tag":
        from selfled.insight.services import add_tag
        from tests.parts.authz import a_part

        part = a_part(world)
        tag = add_tag(
            client=world.client,
            source_type="parts.part",
            source_id=part.pk,
            label="parts",
            by=world.clinician,
            part=part,
        )
        return {"tag_id": tag.pk}
    outcome = analyze_text(
        client=world.client,
        text="I feel calm and curious today.",
        source_type="test",
        source_id="1",
        by=world.client_user,
    )
    if name == "insight:acknowledge":
        from selfled.insight.models import SafetyEvent

        assert outcome.insight is not None
        event = SafetyEvent.objects.create(
            client=world.client, insight=outcome.insight, source_type="test", source_id="1"
        )
        return {"event_id": event.pk}
    return {"suggestion_id": outcome.suggestions[0].pk}
