from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.care.models import BreakGlassGrant
from selfled.lib.crypto import DecryptionError
from selfled.ops.keys import key_usage, retire, rotate
from tests.conftest import World


def _grant(world: World, reason: str) -> BreakGlassGrant:
    return BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason=reason,
        expires_at=timezone.now(),
    )


def _raw(grant: BreakGlassGrant) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reason FROM care_breakglassgrant WHERE id = %s",
            [grant.pk.hex if connection.vendor == "sqlite" else grant.pk],
        )
        return str(cursor.fetchone()[0])


def _set_raw(grant: BreakGlassGrant, value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE care_breakglassgrant SET reason = %s WHERE id = %s",
            [value, grant.pk.hex if connection.vendor == "sqlite" else grant.pk],
        )


def test_plaintext_never_reaches_the_database(world: World) -> None:
    grant = _grant(world, "canary-7f3a the client mentioned the lake house")
    raw = _raw(grant)
    assert raw.startswith("sl1:")
    assert "canary" not in raw
    assert BreakGlassGrant.objects.get(pk=grant.pk).reason.startswith("canary-7f3a")


def test_flipped_byte_fails_and_is_audited(world: World) -> None:
    grant = _grant(world, "something private")
    raw = _raw(grant)
    head, payload = raw.rsplit(":", 1)
    flipped = payload[:-6] + ("A" if payload[-6] != "A" else "B") + payload[-5:]
    _set_raw(grant, f"{head}:{flipped}")
    with pytest.raises(DecryptionError):
        _ = BreakGlassGrant.objects.get(pk=grant.pk).reason
    assert (
        AuditEvent.objects.filter(
            action="integrity.decrypt_failed", object_id=str(grant.pk)
        ).count()
        == 1
    )


def test_ciphertext_swapped_between_rows_fails(world: World) -> None:
    first, second = _grant(world, "first reason text"), _grant(world, "second reason text")
    _set_raw(second, _raw(first))
    with pytest.raises(DecryptionError):
        _ = BreakGlassGrant.objects.get(pk=second.pk).reason


def test_rotation_reencrypts_everything_and_old_key_can_retire(world: World) -> None:
    grants = [_grant(world, f"reason number {i}") for i in range(3)]
    old_keys = set(key_usage())
    new_key, changed = rotate()
    assert changed >= 3
    usage = key_usage()
    assert set(usage) == {new_key}
    assert [BreakGlassGrant.objects.get(pk=g.pk).reason for g in grants] == [
        f"reason number {i}" for i in range(3)
    ]
    for old in old_keys:
        assert retire(old) is None
    assert retire(new_key) == "the active key cannot be retired; rotate first"
    assert [BreakGlassGrant.objects.get(pk=g.pk).reason for g in grants][0] == "reason number 0"
