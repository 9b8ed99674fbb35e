"""parts_written_about: which part a piece of writing is about, never another client's."""

from __future__ import annotations

from selfled.insight.about import parts_written_about
from selfled.insight.models import TextInsight
from selfled.parts.services import parts as part_service
from tests.conftest import World


def _insight(world: World, client: object, source_type: str, source_id: str) -> TextInsight:
    return TextInsight.objects.create(
        client=client,
        source_type=source_type,
        source_id=source_id,
        analyzer_version="t",
        result="{}",
    )


def test_each_kind_of_writing_finds_its_part_and_only_its_clients(world: World) -> None:
    mine = part_service.create_part(client=world.client, by=world.client_user, values={"name": "A"})
    comment = part_service.add_comment(part=mine, by=world.client_user, text="hello")
    theirs = part_service.create_part(
        client=world.other_client, by=world.other_client_user, values={"name": "B"}
    )
    details = _insight(world, world.client, "parts.part", str(mine.pk))
    on_comment = _insight(world, world.client, "parts.comment", str(comment.pk))
    borrowed = _insight(world, world.client, "parts.part", str(theirs.pk))  # not their part
    odd = _insight(world, world.client, "parts.encounter", "not-an-id:find")
    found = parts_written_about([details, on_comment, borrowed, odd])
    assert found == {details.pk: mine, on_comment.pk: mine}
