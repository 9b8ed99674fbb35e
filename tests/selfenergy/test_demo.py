from __future__ import annotations

import random
from datetime import timedelta

from django.utils import timezone

from selfled.selfenergy.demo import generate_self_energy
from selfled.selfenergy.models import SelfEnergyCheckIn
from tests.conftest import World


def test_demo_series_is_weekly_in_range_and_deterministic(world: World) -> None:
    since = timezone.now() - timedelta(weeks=20)
    pairs = [(world.client.pk, since), (world.other_client.pk, timezone.now() - timedelta(days=3))]
    created = generate_self_energy(pairs, random.Random(7), weeks=10)
    rows = list(SelfEnergyCheckIn.objects.filter(client=world.client).order_by("created_at"))
    assert created == SelfEnergyCheckIn.objects.count()
    assert 5 <= len(rows) <= 11  # at most `weeks` back, some weeks skipped
    assert rows[0].created_at >= timezone.now() - timedelta(weeks=10)
    assert all(r.recorded_by_id == world.client_user.pk for r in rows)
    assert all(0 <= v <= 10 for r in rows for v in r.scores.values())
    first = [r.scores for r in rows]

    SelfEnergyCheckIn.objects.all().delete()
    generate_self_energy(pairs, random.Random(7), weeks=10)
    again = SelfEnergyCheckIn.objects.filter(client=world.client).order_by("created_at")
    assert [r.scores for r in again] == first
