from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from selfled.care.models import Client
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import QUALITY_KEYS


def scores(value: int = 5, **overrides: Any) -> dict[str, Any]:
    return {**dict.fromkeys(QUALITY_KEYS, value), **overrides}


def make_check_ins(client: Client, values: list[int], *, note: str = "") -> list[SelfEnergyCheckIn]:
    """Saved directly (no audit event): fixtures for reading tests, one day apart."""
    start = timezone.now() - timedelta(days=len(values))
    made = []
    for i, value in enumerate(values):
        check_in = SelfEnergyCheckIn(
            client=client,
            recorded_by=client.user,
            note=note,
            created_at=start + timedelta(days=i),
            **scores(value),
        )
        check_in.save()
        made.append(check_in)
    return made
