from __future__ import annotations

from typing import Any

from django import template

from selfled.audit.services import record
from selfled.parts.services.timeline import recent_activity

register = template.Library()


@register.inclusion_tag("parts/home_card.html", takes_context=True)
def parts_home_card(context: template.Context, client: Any) -> dict[str, Any]:
    request = context["request"]
    record("parts.activity_view", request=request, obj=client)
    return {"activity": recent_activity(client, request.user)}
