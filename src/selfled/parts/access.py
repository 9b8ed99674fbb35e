"""Which parts a person may see or change. Always start from the care scoping functions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from selfled.care.models import Client
from selfled.care.scoping import visible_clients, writable_clients
from selfled.parts.models import DETAIL_FIELDS, Part


def is_owner(viewer: Any, client: Client) -> bool:
    return bool(client.user_id == getattr(viewer, "pk", None))


def live_parts(client: Client) -> QuerySet[Part]:
    return Part.objects.filter(client=client, removed_at__isnull=True, merged_into__isnull=True)


def parts_for(viewer: Any, client: Client) -> QuerySet[Part]:
    """The client's parts as `viewer` may see them: the care team never sees private parts."""
    parts = live_parts(client)
    if not is_owner(viewer, client):
        parts = parts.filter(private=False)
    return parts


def get_part(viewer: Any, part_id: Any, *, write: bool = False) -> Part:
    scope = writable_clients(viewer) if write else visible_clients(viewer)
    part = (
        Part.objects.select_related("client__user")
        .filter(pk=part_id, client__in=scope, removed_at__isnull=True, merged_into__isnull=True)
        .first()
    )
    if part is None or (part.private and not is_owner(viewer, part.client)):
        raise Http404("No such part")
    return part


def gone_part(viewer: Any, part_id: Any) -> Part | None:
    """A part `viewer` could change until it was removed or merged away, else None (the same
    scope and privacy as get_part). For telling someone editing it what happened."""
    part = (
        Part.objects.select_related("client__user")
        .filter(pk=part_id, client__in=writable_clients(viewer))
        .exclude(removed_at__isnull=True, merged_into__isnull=True)
        .first()
    )
    if part is None or (part.private and not is_owner(viewer, part.client)):
        return None
    return part


@dataclass(frozen=True)
class PartView:
    """A part as one viewer sees it: private details are absent for the care team."""

    part: Part
    hidden: frozenset[str]

    def __getattr__(self, name: str) -> Any:
        if name in DETAIL_FIELDS and name in self.hidden:
            return ""
        return getattr(self.part, name)

    @property
    def hidden_count(self) -> int:
        return len(self.hidden)


def view_of(part: Part, viewer: Any) -> PartView:
    hidden = frozenset() if is_owner(viewer, part.client) else frozenset(part.private_fields or [])
    return PartView(part, hidden)
