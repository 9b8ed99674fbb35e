"""Turn parts into what pages and the map picture need (no HTTP here)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.care.models import Client
from selfled.lib.partsmap.svg import Edge, Node, render_map
from selfled.parts.access import parts_for
from selfled.parts.models import Part, PartRelation


def map_data(viewer: Any, client: Client) -> tuple[list[Part], list[PartRelation]]:
    """The parts and links `viewer` may see, in two queries whatever the number of parts."""
    parts = list(parts_for(viewer, client).order_by("created_at"))
    for part in parts:
        part.client = client  # already loaded: saves a query per part
    ids = {p.pk for p in parts}
    relations = [
        r
        for r in PartRelation.objects.filter(client=client).order_by("created_at")
        if r.source_id in ids and r.target_id in ids
    ]
    return parts, relations


def map_svg(
    parts: list[Part],
    relations: list[PartRelation],
    *,
    interactive: bool,
    links: bool = True,
    title: str = "Parts map",
) -> str:
    nodes = [
        Node(
            id=str(p.pk),
            name=p.name,
            kind=p.kind,
            status=p.status,
            status_label=str(p.get_status_display()),
            color=p.color,
            x=p.map_x,
            y=p.map_y,
            url=reverse("parts:detail", args=[p.pk]) if links else None,
            move_url=reverse("parts:move", args=[p.pk]) if interactive else None,
            added_by_clinician=p.added_by_clinician,
            private=p.private,
        )
        for p in parts
    ]
    edges = [Edge(str(r.source_id), str(r.target_id), r.kind) for r in relations]
    return render_map(nodes, edges, interactive=interactive, title=title)


def relation_rows(parts: list[Part], relations: list[PartRelation]) -> list[dict[str, str]]:
    names = {p.pk: p.name for p in parts}
    return [
        {"source": names[r.source_id], "kind": r.get_kind_display(), "target": names[r.target_id]}
        for r in relations
    ]
