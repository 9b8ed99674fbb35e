"""A tag the client confirmed is shown to the care team only when they may read the writing
it came from, as that writing stands now (found by a code review: tags drawn from a comment
on a private part, or from a private detail, reached the care team)."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse

from selfled.insight import services
from selfled.insight.models import Suggestion, SuggestionState, Tag
from selfled.parts.models import Part
from selfled.parts.services import parts as part_service
from tests.conftest import World


def _part(world: World, name: str, **values: Any) -> Part:
    return part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": name, "kind": "manager", **values},
    )


def _accept(world: World, source_type: str, source_id: Any, label: str) -> Tag:
    suggestion = Suggestion.objects.filter(
        insight__source_type=source_type,
        insight__source_id=str(source_id),
        label=label,
        state=SuggestionState.OPEN,
    ).first()
    assert suggestion is not None, (source_type, label)
    services.accept(suggestion=suggestion, by=world.client_user)
    return Tag.objects.get(suggestion=suggestion)


def _tag_list(page: str, heading: str) -> str:
    """The list of tags under `heading` (the page also has a form naming every label)."""
    start = page.index(heading)
    return page[start : page.index("</ul>", start)]


def _team_pages(http_as: Any, world: World, part: Part) -> tuple[str, str]:
    """The tags the care team sees on the part's page and on the client's tag list."""
    http = http_as("clinician")
    on_part = http.get(reverse("parts:detail", args=[part.pk])).content.decode()
    listed = http.get(reverse("insight:client_insight", args=[world.client.pk])).content.decode()
    return _tag_list(on_part, "<h2>Tags</h2>"), _tag_list(listed, "<h2>Confirmed tags</h2>")


def test_a_tag_from_a_comment_on_a_private_part_stays_with_the_client(
    world: World, http_as: Any
) -> None:
    critic = _part(world, "Inner Critic")
    secret = _part(world, "Secret")
    Part.objects.filter(pk=secret.pk).update(private=True)
    comment = part_service.add_comment(
        part=Part.objects.get(pk=secret.pk),
        by=world.client_user,
        text="My inner critic was loud again today.",
    )
    tag = _accept(world, "parts.comment", comment.pk, "parts")
    assert tag.part == critic  # the tag is on a shared part ...
    on_part, listed = _team_pages(http_as, world, critic)
    assert "Parts language" not in on_part and "Parts language" not in listed  # ... but hidden
    own = http_as("client").get(reverse("parts:detail", args=[critic.pk])).content.decode()
    assert "Parts language" in _tag_list(own, "<h2>Tags</h2>")  # the client still sees it


def test_a_tag_from_a_private_detail_stays_with_the_client(world: World, http_as: Any) -> None:
    fears = "A part of me is scared that if I stop worrying I'll get careless and get hurt."
    watcher = _part(world, "Watcher", fears=fears)
    tag = _accept(world, "parts.part", watcher.pk, "fear:safety")
    shown, _ = _team_pages(http_as, world, watcher)
    assert "Protector fear: safety" in shown and "careless" in shown  # a shared detail: shown
    Part.objects.filter(pk=watcher.pk).update(private_fields=["fears"])
    on_part, listed = _team_pages(http_as, world, watcher)
    assert "Protector fear: safety" not in on_part and "Protector fear: safety" not in listed
    assert "careless" not in on_part and "careless" not in listed
    assert Tag.objects.filter(pk=tag.pk).exists()  # kept; only not shown


def test_a_clinicians_own_tag_is_shown_to_the_team_without_words(
    world: World, http_as: Any
) -> None:
    part = _part(world, "Watcher")
    services.add_tag(
        client=world.client,
        source_type="parts.part",
        source_id=part.pk,
        label="self",
        by=world.clinician,
        part=part,
    )
    on_part, listed = _team_pages(http_as, world, part)
    assert "Self-energy" in on_part and "Self-energy" in listed
    assert re.search(r"<q>", on_part) is None


def test_the_part_page_and_tag_list_make_the_same_queries_for_one_or_three_tags(
    world: World, http_as: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    part = _part(world, "Rager")
    http = http_as("clinician")

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(url).status_code == 200
        return len(captured.captured_queries)

    urls = [
        reverse("parts:detail", args=[part.pk]),
        reverse("insight:client_insight", args=[world.client.pk]),
    ]
    texts = ["Back to drinking every night.", "Binged again last night.", "Isolating again."]
    counts = []
    for n, text in enumerate(texts):
        comment = part_service.add_comment(part=part, by=world.client_user, text=text)
        _accept(world, "parts.comment", comment.pk, "old-pattern")
        if n in (0, 2):
            counts.append([count(u) for u in urls])
    assert Tag.objects.count() == 3
    assert counts[0] == counts[1]


def test_a_tag_from_a_private_parts_own_details_stays_with_the_client(
    world: World, http_as: Any
) -> None:
    critic = _part(world, "Inner Critic")
    secret = _part(world, "Secret", role="My inner critic was loud again today.")
    tag = _accept(world, "parts.part", secret.pk, "parts")
    assert tag.part == critic
    Part.objects.filter(pk=secret.pk).update(private=True)
    on_part, listed = _team_pages(http_as, world, critic)
    assert "Parts language" not in on_part and "Parts language" not in listed
