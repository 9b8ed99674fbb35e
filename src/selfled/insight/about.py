"""The part a piece of writing is about: its details, a comment on it, a check-in with it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from selfled.insight.models import TextInsight


def parts_written_about(insights: Sequence[TextInsight]) -> dict[Any, Any]:
    """For each piece of writing about a part, that part (of the writing's own client), by
    insight id. One query per kind of writing, whatever the number of insights."""
    from selfled.parts.models import Encounter, Part, PartComment

    keys: dict[str, dict[Any, uuid.UUID]] = {}
    for insight in insights:
        pk = _as_uuid(insight.source_id.split(":", 1)[0])
        if pk is not None:
            keys.setdefault(insight.source_type, {})[insight.pk] = pk
    part_of = dict(keys.get("parts.part", {}))
    for model, kind in ((PartComment, "parts.comment"), (Encounter, "parts.encounter")):
        wanted = keys.get(kind)
        if wanted:
            rows = dict(model.objects.filter(pk__in=wanted.values()).values_list("pk", "part_id"))
            part_of.update({key: rows[pk] for key, pk in wanted.items() if rows.get(pk)})
    if not part_of:
        return {}
    client_of = {i.pk: i.client_id for i in insights}
    parts = {p.pk: p for p in Part.objects.filter(pk__in=set(part_of.values()))}
    return {
        key: parts[pid]
        for key, pid in part_of.items()
        if pid in parts and parts[pid].client_id == client_of[key]
    }


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
