"""A piece of writing carries each tag once, in the database as well as in the services."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from selfled.insight.models import Tag
from selfled.parts.services import parts as part_service
from tests.conftest import World


def _tag(world: World, **extra: object) -> Tag:
    values: dict[str, object] = {
        "client": world.client,
        "source_type": "parts.part",
        "source_id": "17",
        "label": "old-pattern",
        **extra,
    }
    return Tag.objects.create(**values)


def test_the_same_tag_twice_on_one_writing_is_refused(world: World) -> None:
    _tag(world)
    with pytest.raises(IntegrityError), transaction.atomic():
        _tag(world)
    # another label, or other writing, is a different tag
    _tag(world, label="self")
    _tag(world, source_id="18")
    assert Tag.objects.count() == 3


def test_a_part_tag_is_once_per_part(world: World) -> None:
    one = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Sentry"}
    )
    two = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Drifter"}
    )
    _tag(world, label="parts", part=one)
    _tag(world, label="parts", part=two)
    _tag(world, label="parts")  # no part named: a tag of its own
    with pytest.raises(IntegrityError), transaction.atomic():
        _tag(world, label="parts", part=one)
    assert Tag.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_the_first_of_repeated_tags(world: World) -> None:
    before, after = (
        [("insight", "0002_suggestion_span_end_suggestion_span_start")],
        [("insight", "0003_tag_once")],
    )
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_tag = executor.loader.project_state(before).apps.get_model("insight", "Tag")
    row = {"client_id": world.client.pk, "source_type": "parts.part", "source_id": "17"}
    first = old_tag.objects.create(**row, label="old-pattern")
    old_tag.objects.create(**row, label="old-pattern")  # a double submit, before the rule
    other = old_tag.objects.create(**row, label="self")
    executor = MigrationExecutor(connection)  # a fresh graph: the database moved
    executor.migrate(after)
    assert set(Tag.objects.values_list("pk", flat=True)) == {first.pk, other.pk}


def test_a_tag_added_twice_at_once_is_told_not_crashed(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selfled.insight import services

    services.add_tag(
        client=world.client,
        source_type="parts.part",
        source_id="17",
        label="self",
        by=world.clinician,
    )
    # the second request passed its check before the first one's row was written
    monkeypatch.setattr(services.Tag.objects, "filter", lambda **kw: services.Tag.objects.none())
    with pytest.raises(services.InsightError, match="already there"):
        services.add_tag(
            client=world.client,
            source_type="parts.part",
            source_id="17",
            label="self",
            by=world.clinician,
        )
    assert Tag.objects.count() == 1
