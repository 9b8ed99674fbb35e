from __future__ import annotations

from django.db.models import F

from selfled.parts.demo import add_large_system
from selfled.parts.models import Part, PartRelation
from tests.conftest import World


def test_large_system_has_the_requested_size(world: World) -> None:
    add_large_system(world.client, parts=60, relations=150, seed=2)
    parts = Part.objects.filter(client=world.client)
    assert parts.count() == 60
    relations = PartRelation.objects.filter(client=world.client)
    assert relations.count() == 150
    assert not relations.filter(source=F("target")).exists()
    assert all(p.name for p in parts)  # names were encrypted on bulk insert and decrypt


def test_a_recent_client_demo_system_has_nothing_dated_in_the_future(world: World) -> None:
    import random
    from datetime import timedelta

    from django.utils import timezone

    from selfled.parts.demo import add_demo_system
    from selfled.parts.models import StatusChange

    add_demo_system(world.client, random.Random(3), start=timezone.now() - timedelta(days=2))
    now = timezone.now()
    parts = Part.objects.filter(client=world.client)
    assert parts.exists()
    assert all(p.created_at <= now for p in parts)
    assert not StatusChange.objects.filter(part__client=world.client, at__gt=now).exists()


def test_a_demo_part_edited_later_shows_only_what_the_edit_changed(world: World) -> None:
    """Demo parts start with a first version, as parts made in the form do, so the first edit
    shows its own change, not every field as newly written (walk-through finding)."""
    import random
    from datetime import timedelta

    from django.utils import timezone

    from selfled.parts.demo import add_demo_system
    from selfled.parts.services import parts as service
    from selfled.parts.services.history import detail_history

    add_demo_system(world.client, random.Random(3), start=timezone.now() - timedelta(days=9))
    part = Part.objects.filter(client=world.client).first()
    assert part is not None
    service.update_part(
        part=part,
        by=world.client_user,
        values={**service.snapshot(part), "age": "about seven"},
        base_version=part.version,
    )
    versions, _older = detail_history(part, world.client_user)
    newest = versions[0]
    assert [change.label for change in newest.changes] == ["How old it seems"]
    assert versions[-1].first
