"""Demo data: a plausible series of Self-energy check-ins per client (fictional)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from selfled.care.models import Client
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import MAX_SCORE, MIN_SCORE, QUALITY_KEYS

BATCH = 2000
NOTES = (
    "Felt steadier after the walk.",
    "A protector was loud today, but I could talk with it.",
    "Noticed more curiosity toward the anxious part.",
    "Tired. Hard to feel much of anything.",
    "Good session; felt more space inside.",
    "Some old sadness came up and I could stay with it.",
)


def _series(
    rng: random.Random, start: datetime, end: datetime
) -> Iterable[tuple[datetime, dict[str, int]]]:
    """Weekly-ish check-ins from `start` to `end`, slowly rising with noise."""
    base = rng.uniform(2.5, 5.0)
    rise_per_week = rng.uniform(-0.01, 0.08)
    offsets = {key: rng.uniform(-1.0, 1.0) for key in QUALITY_KEYS}
    at = start + timedelta(hours=rng.randint(12, 72))
    week = 0
    while at < end:
        if rng.random() > 0.15:  # some weeks are skipped
            level = base + rise_per_week * week + rng.gauss(0, 0.6)
            scores = {
                key: max(MIN_SCORE, min(MAX_SCORE, round(level + offsets[key] + rng.gauss(0, 0.8))))
                for key in QUALITY_KEYS
            }
            yield at, scores
        week += 1
        at += timedelta(days=7, hours=rng.randint(-30, 30))


def generate_self_energy(
    client_ids_with_dates: Iterable[tuple[Any, datetime]], rng: random.Random, weeks: int
) -> int:
    """Bulk-create check-ins for each (client id, in care since) pair, at most `weeks` back.

    Each check-in is recorded by the client themself; about one in six has a short note.
    Side effects: SelfEnergyCheckIn rows (notes encrypted). No audit events: the demo loader
    records one event for the whole load. Returns the number of check-ins created.
    """
    pairs = list(client_ids_with_dates)
    user_ids = dict(
        Client.objects.filter(pk__in=[pk for pk, _ in pairs]).values_list("pk", "user_id")
    )
    now = timezone.now()
    earliest = now - timedelta(weeks=max(weeks, 0))
    batch: list[SelfEnergyCheckIn] = []
    created = 0
    for client_id, since in pairs:
        if client_id not in user_ids:
            continue
        for at, scores in _series(rng, max(since, earliest), now):
            note = rng.choice(NOTES) if rng.random() < 0.16 else ""
            batch.append(
                SelfEnergyCheckIn(
                    client_id=client_id,
                    recorded_by_id=user_ids[client_id],
                    note=note,
                    created_at=at,
                    **scores,
                )
            )
            if len(batch) >= BATCH:
                SelfEnergyCheckIn.objects.bulk_create(batch)
                created += len(batch)
                batch = []
    if batch:
        SelfEnergyCheckIn.objects.bulk_create(batch)
        created += len(batch)
    return created
