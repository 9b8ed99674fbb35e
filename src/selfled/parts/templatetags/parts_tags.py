from __future__ import annotations

from typing import Any

from django import template

from selfled.audit.services import record
from selfled.parts.services.timeline import recent_activity

register = template.Library()


@register.inclusion_tag("parts/home_card.html", takes_context=True)
def parts_home_card(context: template.Context, client: Any) -> dict[str, Any]:
    from selfled.parts.models import Encounter, Outcome

    request = context["request"]
    record("parts.activity_view", request=request, obj=client)
    # the client's own unfinished check-ins (one begun in session goes on in session)
    unfinished = Encounter.objects.filter(
        client=client, outcome=Outcome.IN_PROGRESS, with_clinician=False
    ).count()
    from selfled.parts.access import live_parts

    return {
        "activity": recent_activity(client, request.user),
        "unfinished": unfinished,
        # the first step stays until there is a part on the map (a Self-energy check-in is
        # activity too, but it puts nothing on the map)
        "has_parts": live_parts(client).exists(),
    }


@register.inclusion_tag("parts/team_card.html", takes_context=True)
def parts_team_card(context: template.Context, client: Any, access: str = "team") -> dict[str, Any]:
    """The client's recent parts activity for the care team (private parts left out).

    With read-only (break-glass) access, nothing on the card offers to write."""
    request = context["request"]
    record("parts.activity_view", request=request, obj=client)
    activity = recent_activity(client, request.user)
    return {"activity": activity, "client": client, "can_write": access == "team"}
