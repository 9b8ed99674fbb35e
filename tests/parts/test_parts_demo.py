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
