"""Taking a tag off: a client the ones they confirmed, a care-team clinician the ones
clinicians added; anything else is a 404 and stays."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from selfled.audit.models import AuditEvent
from selfled.insight import services
from selfled.insight.models import Tag
from selfled.parts.models import Part
from selfled.parts.services import parts as part_service
from tests.conftest import World, grant_break_glass


def _part(world: World, name: str = "Watcher") -> Part:
    return part_service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": "manager"}
    )


def _clinician_tag(world: World, part: Part, label: str = "fear:safety") -> Tag:
    return services.add_tag(
        client=world.client,
        source_type="parts.part",
        source_id=part.pk,
        label=label,
        by=world.clinician,
        part=part,
    )


def _client_tag(world: World, part: Part, label: str = "old-pattern") -> Tag:
    return Tag.objects.create(
        client=world.client,
        source_type="parts.comment",
        source_id="1",
        label=label,
        part=part,
        added_by=world.client_user,
    )


def _remove(http: Any, tag: Tag) -> Any:
    return http.post(reverse("insight:remove_tag", args=[tag.pk]), follow=True)


def test_a_clinician_removes_a_clinicians_tag_and_it_is_audited(world: World, http_as: Any) -> None:
    part = _part(world)
    tag = _clinician_tag(world, part)
    http = http_as("clinician")
    page = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert reverse("insight:remove_tag", args=[tag.pk]) in page
    done = _remove(http, tag)
    assert done.redirect_chain[-1][0] == reverse("parts:detail", args=[part.pk])
    assert "The tag “Protector fear: safety” was removed." in done.content.decode()
    assert not Tag.objects.exists()
    event = AuditEvent.objects.filter(action="insight.tag.remove").get()
    assert (event.actor_id, event.object_id) == (world.clinician.pk, str(tag.pk))


def test_a_client_removes_a_tag_they_confirmed_but_not_a_clinicians(
    world: World, http_as: Any
) -> None:
    part = _part(world)
    mine, theirs = _client_tag(world, part), _clinician_tag(world, part)
    http = http_as("client")
    page = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert reverse("insight:remove_tag", args=[mine.pk]) in page
    assert reverse("insight:remove_tag", args=[theirs.pk]) not in page
    assert _remove(http, theirs).status_code == 404
    assert _remove(http, mine).status_code == 200
    assert list(Tag.objects.all()) == [theirs]


def test_a_clinician_cannot_remove_what_the_client_confirmed(world: World, http_as: Any) -> None:
    part = _part(world)
    mine = _client_tag(world, part)
    http = http_as("clinician")
    assert (
        reverse("insight:remove_tag", args=[mine.pk])
        not in http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    )
    assert _remove(http, mine).status_code == 404
    assert Tag.objects.count() == 1


def test_outside_the_care_team_or_with_read_only_access_a_tag_stays(
    world: World, http_as: Any
) -> None:
    part = _part(world)
    tag = _clinician_tag(world, part)
    for persona in ("colleague", "other_practice_clinician", "other_client", "admin"):
        assert _remove(http_as(persona), tag).status_code == 404, persona
    grant_break_glass(world)  # the colleague may now read the record, not change it
    assert _remove(http_as("colleague"), tag).status_code == 404
    assert Tag.objects.count() == 1
    assert not AuditEvent.objects.filter(action="insight.tag.remove").exists()


def test_a_tag_on_a_part_made_private_is_out_of_a_clinicians_reach(
    world: World, http_as: Any
) -> None:
    part = _part(world)
    tag = _clinician_tag(world, part)
    Part.objects.filter(pk=part.pk).update(private=True)
    assert _remove(http_as("clinician"), tag).status_code == 404
    assert Tag.objects.count() == 1


def test_the_clinicians_tag_list_offers_removal_of_clinician_tags(
    world: World, http_as: Any
) -> None:
    part = _part(world)
    theirs, mine = _clinician_tag(world, part), _client_tag(world, part)
    page = (
        http_as("clinician")
        .get(reverse("insight:client_insight", args=[world.client.pk]))
        .content.decode()
    )
    assert reverse("insight:remove_tag", args=[theirs.pk]) in page
    assert reverse("insight:remove_tag", args=[mine.pk]) not in page


def test_removing_a_tag_twice_says_it_is_gone(world: World, http_as: Any) -> None:
    part = _part(world)
    tag = _clinician_tag(world, part)
    http = http_as("clinician")
    assert _remove(http, tag).status_code == 200
    assert _remove(http, tag).status_code == 404


def test_the_audit_row_of_a_removal_names_the_record_and_part(world: World, http_as: Any) -> None:
    part = _part(world)
    tag = _clinician_tag(world, part)
    _remove(http_as("clinician"), tag)
    event = AuditEvent.objects.get(action="insight.tag.remove")
    assert event.detail == f"client {world.client.pk}; part {part.pk}"
    added = AuditEvent.objects.get(action="insight.tag")
    assert added.detail == f"tag {tag.pk}; part {part.pk}"


def test_a_tag_removed_in_another_tab_meanwhile_is_a_404_and_one_audit_row(
    world: World,
) -> None:
    import pytest
    from django.http import Http404

    part = _part(world)
    tag = _clinician_tag(world, part)
    Tag.objects.filter(pk=tag.pk).delete()  # the other tab's removal landed first
    with pytest.raises(Http404):
        services.remove_tag(tag_id=tag.pk, by=world.clinician)
    assert not AuditEvent.objects.filter(action="insight.tag.remove").exists()


def test_removing_a_tag_on_a_removed_part_lands_on_the_clients_tags(
    world: World, http_as: Any
) -> None:
    from django.utils import timezone

    gone = _part(world, "Gone")
    tag = _clinician_tag(world, gone)
    Part.objects.filter(pk=gone.pk).update(removed_at=timezone.now())
    done = _remove(http_as("clinician"), tag)
    assert done.status_code == 200
    assert done.redirect_chain[-1][0] == reverse("insight:client_insight", args=[world.client.pk])


def test_merging_parts_moves_their_tags_onto_the_kept_part_once(world: World) -> None:
    from selfled.parts.services import relations

    kept, absorbed = _part(world, "Keeper"), _part(world, "Absorbed")
    same_on_both = [_clinician_tag(world, p, "fear:safety") for p in (kept, absorbed)]
    only_absorbed = _clinician_tag(world, absorbed, "self")
    relations.merge_parts(keep=kept, absorb=absorbed, by=world.client_user)
    on_kept = sorted(Tag.objects.filter(part=kept).values_list("label", flat=True))
    assert on_kept == ["fear:safety", "self"]
    assert Tag.objects.filter(pk=only_absorbed.pk, part=kept).exists()
    assert not Tag.objects.filter(part=absorbed).exists()
    assert Tag.objects.filter(pk=same_on_both[0].pk).exists()
