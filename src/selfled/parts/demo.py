"""Demo parts: a believable internal system per client, bulk-inserted (encrypted on insert)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.utils import timezone

from selfled.care.models import Client
from selfled.lib.partsmap.layout import place_new
from selfled.parts.models import (
    STATUS_ORDER,
    Kind,
    Part,
    PartRelation,
    PartRevision,
    StatusChange,
)
from selfled.parts.services.parts import revision

SYSTEM = [
    (
        "The Critic",
        Kind.MANAGER,
        "#b5523b",
        "points out every mistake before anyone else can",
        "wants me to be safe from being laughed at",
    ),
    (
        "Planner",
        Kind.MANAGER,
        "#4f7cac",
        "makes lists and plans for every outcome",
        "hopes nothing can catch me off guard",
    ),
    (
        "The Pleaser",
        Kind.MANAGER,
        "#c49a3a",
        "says yes before I have thought",
        "wants people to stay close",
    ),
    (
        "Numbing",
        Kind.FIREFIGHTER,
        "#6b5b95",
        "reaches for the phone or a drink when it gets loud",
        "wants the pain to stop right now",
    ),
    (
        "The Rager",
        Kind.FIREFIGHTER,
        "#a23b72",
        "snaps when I feel cornered",
        "wants me to never be pushed around again",
    ),
    ("Little One", Kind.EXILE, "#e0a96d", "", ""),
    ("The Lonely Teen", Kind.EXILE, "#88b04b", "", ""),
    (
        "Watcher",
        Kind.MANAGER,
        "#5b8c85",
        "scans every room for danger",
        "wants to see trouble coming",
    ),
]
BODY = ["tight chest", "knot in the stomach", "heavy shoulders", "buzzing hands", "throat"]


def add_demo_system(client: Client, rng: random.Random, *, start: Any, count: int = 0) -> int:
    """Give `client` a small system of parts (4–8), some links and status history."""
    chosen = rng.sample(SYSTEM, count or rng.randint(4, len(SYSTEM)))
    return _bulk(client, chosen, rng, start=start, relations=None)


def add_large_system(client: Client, *, parts: int, relations: int, seed: int = 1) -> int:
    """A deliberately large system (for benchmarks): `parts` parts and `relations` links."""
    rng = random.Random(seed)
    chosen = []
    for i in range(parts):
        name, kind, color, role, intent = SYSTEM[i % len(SYSTEM)]
        chosen.append((f"{name} {i // len(SYSTEM) + 1}", kind, color, role, intent))
    return _bulk(
        client, chosen, rng, start=timezone.now() - timedelta(weeks=12), relations=relations
    )


def _bulk(
    client: Client,
    chosen: Sequence[tuple[str, str, str, str, str]],
    rng: random.Random,
    *,
    start: Any,
    relations: int | None,
) -> int:
    taken: list[tuple[float, float]] = []
    objects = []
    now = timezone.now()  # a client who joined lately has found fewer days' worth of parts
    for name, kind, color, role, intent in chosen:
        x, y = place_new(kind, taken)
        taken.append((x, y))
        created = min(start + timedelta(hours=rng.randint(0, 24 * 30)), now)
        status = (
            rng.choice(STATUS_ORDER[:4]) if kind != Kind.EXILE else rng.choice(STATUS_ORDER[:2])
        )
        objects.append(
            Part(
                client=client,
                name=name,
                kind=kind,
                color=color,
                role=role,
                positive_intent=intent,
                body_location=rng.choice(BODY),
                status=status,
                map_x=x,
                map_y=y,
                created_at=created,
                updated_at=created,
                added_by=client.user,
            )
        )
    Part.objects.bulk_create(objects)
    # each part's first version, as the form keeps it (its earlier-versions page starts here)
    first = [revision(p, client.user) for p in objects]
    for rev, part in zip(first, objects, strict=True):
        rev.at = part.created_at
    PartRevision.objects.bulk_create(first)
    StatusChange.objects.bulk_create(
        [
            StatusChange(
                part=p, from_status="", to_status="noticed", at=p.created_at, changed_by=client.user
            )
            for p in objects
        ]
        + [
            StatusChange(
                part=p,
                from_status="noticed",
                to_status=p.status,
                at=min(p.created_at + timedelta(days=7), now),
                changed_by=client.user,
            )
            for p in objects
            if p.status != "noticed"
        ]
    )
    protectors = [p for p in objects if p.kind in (Kind.MANAGER, Kind.FIREFIGHTER)]
    exiles = [p for p in objects if p.kind == Kind.EXILE]
    links: dict[tuple[Any, Any, str], PartRelation] = {}

    def add(source: Part, target: Part, kind: str) -> None:
        if source.pk == target.pk:
            return
        if kind != "protects" and str(source.pk) > str(target.pk):
            source, target = target, source
        key = (source.pk, target.pk, kind)
        opposite = {"polarized": "allied", "allied": "polarized"}.get(kind)
        if opposite and (source.pk, target.pk, opposite) in links:
            return  # two parts are not both polarized and allied (relations.relate)
        links.setdefault(
            key,
            PartRelation(
                client=client, source=source, target=target, kind=kind, created_by=client.user
            ),
        )

    wanted = relations if relations is not None else len(protectors) + 1
    attempts = 0
    while len(links) < wanted and attempts < wanted * 20 and protectors:
        attempts += 1
        roll = rng.random()
        if exiles and roll < 0.6:
            add(rng.choice(protectors), rng.choice(exiles), "protects")
        elif roll < 0.8 and len(protectors) > 1:
            add(rng.choice(protectors), rng.choice(protectors), "polarized")
        elif len(protectors) > 1:
            add(rng.choice(protectors), rng.choice(protectors), "allied")
    PartRelation.objects.bulk_create(list(links.values()))
    return len(objects)
