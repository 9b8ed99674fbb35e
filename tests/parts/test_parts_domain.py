from __future__ import annotations

import pytest

from selfled.parts.access import parts_for, view_of
from selfled.parts.models import Kind, Part, PartRelation, Status, StatusChange
from selfled.parts.services import parts as service
from selfled.parts.services import relations
from selfled.parts.services.timeline import part_timeline
from tests.conftest import World


def make(world: World, name: str, kind: str = Kind.MANAGER, **extra: object) -> Part:
    return service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": kind, **extra}
    )


def test_create_places_part_records_status_and_revision(world: World) -> None:
    part = make(world, "The Critic", role="keeps me in line")
    assert part.status == Status.NOTICED
    assert 0.05 <= part.map_x <= 0.95 and (part.map_x, part.map_y) != (0.5, 0.5)
    assert StatusChange.objects.filter(part=part, from_status="", to_status="noticed").count() == 1
    assert part.revisions.count() == 1
    assert not part.added_by_clinician


def test_clinician_added_part_is_marked_and_never_private(world: World) -> None:
    world.practice.parts_private_by_default = True
    world.practice.save()
    part = service.create_part(
        client=world.client, by=world.clinician, values={"name": "Worrier"}, private=True
    )
    assert part.added_by_clinician and not part.private
    own = make(world, "Hider")
    assert own.private  # practice default applies to the client's own parts


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 61}, "name"),
        ({"name": "ok", "kind": "wizard"}, "kind"),
        ({"name": "ok", "color": "red"}, "color"),
        ({"name": "ok", "fears": "y" * 2001}, "fears"),
        # only invisible formatting: nothing a person could read
        ({"name": "\u202e\u200b\u2066 \u2069"}, "name"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    world: World, values: dict[str, str], field: str
) -> None:
    with pytest.raises(service.PartError) as err:
        service.create_part(client=world.client, by=world.client_user, values=values)
    assert err.value.field == field
    assert not Part.objects.exists()


def test_a_name_keeps_only_what_can_be_seen(world: World) -> None:
    # a right-to-left override would show "Critic\u202eyppah" as "Criticyppah" reversed; a
    # line break or tab would break the map's label
    part = make(world, "The\u202e Critic\u200b\n\tof\u2066 me\u2069")
    assert part.name == "The Critic of me"
    # emoji sequences keep their joiner
    family = make(world, "the \U0001f469\u200d\U0001f467 part")
    assert "\u200d" in family.name


def test_status_arc_is_dated_and_kept(world: World) -> None:
    part = make(world, "Planner")
    for status in [Status.GETTING_TO_KNOW, Status.BEFRIENDED, Status.GAVE_PERMISSION]:
        service.set_status(part=part, status=status, by=world.client_user)
    changes = list(StatusChange.objects.filter(part=part).values_list("from_status", "to_status"))
    assert changes == [
        ("", "noticed"),
        ("noticed", "getting_to_know"),
        ("getting_to_know", "befriended"),
        ("befriended", "gave_permission"),
    ]
    with pytest.raises(service.PartError):
        service.set_status(part=part, status="enlightened", by=world.client_user)


def test_relation_rules(world: World) -> None:
    critic, exile, unknown = (
        make(world, "Critic"),
        make(world, "Little", Kind.EXILE),
        make(world, "Fog", Kind.UNKNOWN),
    )
    relation = relations.relate(source=critic, target=exile, kind="protects", by=world.client_user)
    assert relation.source == critic and relation.target == exile
    with pytest.raises(service.PartError, match="itself"):
        relations.relate(source=critic, target=critic, kind="allied", by=world.client_user)
    with pytest.raises(service.PartError, match="manager or firefighter"):
        relations.relate(source=exile, target=critic, kind="protects", by=world.client_user)
    with pytest.raises(service.PartError, match="exile or a protector"):
        relations.relate(source=critic, target=unknown, kind="protects", by=world.client_user)
    other = Part(client=world.other_client, name="Theirs", kind=Kind.EXILE)
    other.save()
    with pytest.raises(service.PartError, match="same person"):
        relations.relate(source=critic, target=other, kind="protects", by=world.client_user)
    service.remove_part(part=unknown, by=world.client_user)
    with pytest.raises(service.PartError, match="removed"):
        relations.relate(source=critic, target=unknown, kind="allied", by=world.client_user)
    # Symmetric links are stored once whichever way round they are made.
    relations.relate(source=critic, target=exile, kind="polarized", by=world.client_user)
    relations.relate(source=exile, target=critic, kind="polarized", by=world.client_user)
    assert PartRelation.objects.filter(kind="polarized").count() == 1
    # ... and two parts pulling against each other are not also allied, either way round
    with pytest.raises(service.PartError, match="marked as polarized on the map"):
        relations.relate(source=exile, target=critic, kind="allied", by=world.client_user)
    assert not PartRelation.objects.filter(kind="allied").exists()


def test_exile_permission_rule(world: World) -> None:
    exile = make(world, "Little one", Kind.EXILE)
    assert not relations.exile_access(exile).allowed  # no protector known
    critic, numb = make(world, "Critic"), make(world, "Numb", Kind.FIREFIGHTER)
    for protector in (critic, numb):
        relations.relate(source=protector, target=exile, kind="protects", by=world.client_user)
    relations.record_permission(
        protector=critic, exile=exile, granted=True, by=world.client_user, source="check-in"
    )
    access = relations.exile_access(exile)
    assert not access.allowed and access.waiting == [numb]
    relations.record_permission(
        protector=numb, exile=exile, granted=True, by=world.client_user, source="check-in"
    )
    assert relations.exile_access(exile).allowed
    # The latest answer counts: a protector can take its permission back.
    relations.record_permission(
        protector=critic, exile=exile, granted=False, by=world.client_user, source="check-in"
    )
    assert not relations.exile_access(exile).allowed


def test_merge_keeps_both_histories(world: World) -> None:
    keep, absorb = make(world, "Critic"), make(world, "Judge")
    exile = make(world, "Little", Kind.EXILE)
    relations.relate(source=absorb, target=exile, kind="protects", by=world.client_user)
    relations.relate(source=keep, target=absorb, kind="allied", by=world.client_user)
    service.add_comment(part=absorb, by=world.clinician, text="Shows up before meetings")
    service.set_status(part=absorb, status=Status.BEFRIENDED, by=world.client_user)
    relations.merge_parts(keep=keep, absorb=absorb, by=world.client_user)
    absorb.refresh_from_db()
    assert absorb.merged_into == keep and absorb.removed_at is not None
    assert list(parts_for(world.client_user, world.client).order_by("created_at")) == [keep, exile]
    assert PartRelation.objects.filter(source=keep, target=exile, kind="protects").exists()
    assert not PartRelation.objects.filter(kind="allied").exists()  # would be a self-link
    titles = [e.title for e in part_timeline(keep)]
    assert "Comment" in titles and "Noticed → Befriended" in titles
    assert any(t.startswith("Merged with") for t in titles)


def test_concurrent_edits_merge_fields_and_report_overlap(world: World) -> None:
    part = make(world, "Critic", role="keeps me safe")
    v = part.version
    first = service.update_part(
        part=part,
        by=world.client_user,
        base_version=v,
        values={"name": "Critic", "role": "keeps me safe", "fears": "being laughed at"},
    )
    assert first.overlapping == [] and first.kept_theirs == []
    # A second tab still shows version v and changes another field plus the same one.
    second = service.update_part(
        part=part,
        by=world.client_user,
        base_version=v,
        values={"name": "The Critic", "role": "keeps me safe", "fears": "being seen"},
    )
    part.refresh_from_db()
    assert part.name == "The Critic"  # the later save's own change
    assert part.fears == "being seen"  # later save wins where both changed
    assert second.overlapping == ["fears"] and second.kept_theirs == []
    third = service.update_part(
        part=part,
        by=world.client_user,
        base_version=v,
        values={"name": "Critic", "role": "a new job", "fears": ""},
    )
    part.refresh_from_db()
    assert part.role == "a new job" and part.fears == "being seen" and part.name == "The Critic"
    assert set(third.kept_theirs) == {"name", "fears"}


def test_private_details_are_hidden_from_the_team(world: World) -> None:
    part = make(world, "Critic", burdens="the old story")
    service.set_privacy(
        part=part, private=False, private_fields=["burdens", "bogus"], by=world.client_user
    )
    part.refresh_from_db()
    assert part.private_fields == ["burdens"]
    assert view_of(part, world.clinician).burdens == ""
    assert view_of(part, world.client_user).burdens == "the old story"
    with pytest.raises(service.PartError):
        service.set_privacy(part=part, private=True, private_fields=[], by=world.clinician)


def test_move_is_clamped(world: World) -> None:
    part = make(world, "Critic")
    assert service.move_part(part=part, x=5, y=-3, by=world.client_user) == (0.94, 0.06)
    assert service.move_part(part=part, x=float("nan"), y=0.3, by=world.client_user) == (0.5, 0.3)


def test_merge_fills_in_what_the_kept_part_lacks(world: World) -> None:
    keep = make(world, "Worrier", Kind.UNKNOWN, role="Checks the stove")
    absorb = make(
        world, "Numbing", Kind.FIREFIGHTER, role="Scrolls all night", fears="Being flooded"
    )
    service.set_privacy(part=absorb, private=False, private_fields=["fears"], by=world.client_user)
    service.set_status(part=absorb, status=Status.BEFRIENDED, by=world.client_user)
    relations.merge_parts(keep=keep, absorb=absorb, by=world.client_user)
    keep.refresh_from_db()
    assert keep.role == "Checks the stove"  # what the kept part had stays
    assert keep.fears == "Being flooded" and "fears" in keep.private_fields
    assert keep.kind == Kind.FIREFIGHTER
    assert keep.status == Status.BEFRIENDED
    assert StatusChange.objects.filter(part=keep, to_status=Status.BEFRIENDED).count() == 2
    # the moved entries say which part they came from: "Worrier" is not noticed twice
    titles = [e.title for e in part_timeline(keep)]
    assert titles.count("Noticed") == 1
    assert "Noticed (as “Numbing”, merged in later)" in titles


def test_timeline_shows_who_edited_the_details_but_not_what(world: World) -> None:
    part = make(world, "Planner")
    service.update_part(
        part=part, by=world.clinician, values={"role": "Keeps lists"}, base_version=part.version
    )
    edits = [e for e in part_timeline(part) if e.kind == "edit"]
    assert len(edits) == 1 and edits[0].title == "Details edited"
    assert edits[0].who and "Keeps lists" not in edits[0].text


def test_each_new_part_is_offered_a_colour_the_map_does_not_use_yet(world: World) -> None:
    me = world.client_user
    first = service.next_colour(world.client, me)
    make(world, "The Critic", color=first)
    second = service.next_colour(world.client, me)
    assert second != first
    make(world, "The Pleaser", color=second)
    assert service.next_colour(world.client, me) not in {first, second}
    for i, colour in enumerate(service.PALETTE):
        make(world, f"Part {i}", color=colour)
    assert service.next_colour(world.client, me) in service.PALETTE  # all used: cycles on


def test_the_care_teams_colour_suggestion_gives_nothing_away_about_private_parts(
    world: World,
) -> None:
    hidden = make(world, "Hidden One", color=service.PALETTE[0])
    service.set_privacy(part=hidden, private=True, private_fields=[], by=world.client_user)
    assert service.next_colour(world.client, world.clinician) == service.PALETTE[0]
    assert service.next_colour(world.client, world.client_user) == service.PALETTE[1]


def test_the_new_part_form_starts_with_that_colour(world: World, http_as: object) -> None:
    make(world, "The Critic", color=service.PALETTE[0])
    page = http_as("client").get("/parts/new/").content.decode()  # type: ignore[operator]
    assert f'value="{service.PALETTE[1]}"' in page
    assert "up to 60 characters" in page
