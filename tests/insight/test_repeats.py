"""Writing saved again: one alert per crisis words, one question per suggestion (repeats.py)."""

from __future__ import annotations

from selfled.insight import services
from selfled.insight.models import SafetyEvent, Suggestion, SuggestionState
from tests.conftest import World
from tests.insight.helpers import save_writing as _save

CRISIS = "Everyone would be better off without me. I've started giving my things away."


def test_the_same_crisis_words_saved_again_raise_one_alert(world: World) -> None:
    first = _save(world, CRISIS, "details")
    # the part's details are saved again after another field changed
    again = _save(world, CRISIS + "\nFelt in: belly", "details")

    assert first.crisis and again.crisis  # the client still sees the crisis resources
    assert SafetyEvent.objects.filter(client=world.client).count() == 1


def test_new_crisis_words_in_the_same_writing_raise_a_new_alert(world: World) -> None:
    _save(world, CRISIS, "details")
    _save(world, CRISIS + " Tonight I'm going to kill myself.", "details")

    assert SafetyEvent.objects.filter(client=world.client).count() == 2


def test_crisis_words_removed_then_written_again_raise_a_new_alert(world: World) -> None:
    _save(world, CRISIS, "details")
    _save(world, "A calmer week.", "details")
    _save(world, CRISIS, "details")

    assert SafetyEvent.objects.filter(client=world.client).count() == 2


def test_unsaved_then_saved_writing_is_one_alert_that_quotes_the_saved_words(
    world: World,
) -> None:
    services.screen_unsaved(
        client=world.client, texts=[CRISIS], source_type="test.entry", by=world.client_user
    )
    saved = _save(world, CRISIS, "42")

    events = list(SafetyEvent.objects.filter(client=world.client))
    assert len(events) == 1
    assert events[0].source_id == "42"
    assert events[0].insight_id == saved.insight.pk


def test_no_suggestion_is_drawn_from_crisis_words(world: World) -> None:
    text = "I'm on alert all the time and everyone would be better off without me."
    outcome = _save(world, text, "1")

    assert outcome.crisis
    assert outcome.suggestions == []


def test_a_fear_in_other_words_is_still_offered_beside_crisis(world: World) -> None:
    text = (
        "A part of me is scared that without the depression I'd get reckless and unsafe. "
        "Separately: I want to die."
    )
    labels = {s.label for s in _save(world, text, "1").suggestions}

    assert "fear:safety" in labels
    assert "self" not in labels


def test_a_card_never_quotes_the_sentence_with_crisis_language(world: World) -> None:
    from selfled.insight.presenters import suggestion_cards

    text = (
        "A part of me is scared that without the depression I'd get reckless and unsafe. "
        "Honestly I want to die. I keep thinking about it."
    )
    outcome = _save(world, text, "1")
    (card,) = [
        c for c in suggestion_cards(outcome.suggestions) if c.suggestion.label == "fear:safety"
    ]
    quoted = "".join(piece for piece, _ in card.pieces)
    assert "reckless" in quoted and "want to die" not in quoted


def test_a_card_does_not_quote_a_crisis_sentence_that_comes_first_either() -> None:
    from selfled.insight.passages import excerpt
    from selfled.insight.services import crisis_sentences

    text = "I want to die tonight. My inner critic says I'm lazy and useless."
    crisis = [(text.index("want to die"), text.index("want to die") + 11)]
    critic = text.index("inner critic")
    quoted = "".join(
        p for p, _ in excerpt(text, [(critic, critic + 12)], avoid=crisis_sentences(text, crisis))
    )
    assert "inner critic" in quoted and "die" not in quoted
    # words that lie inside the crisis sentence itself are not quoted at all
    assert excerpt(text, crisis, avoid=crisis_sentences(text, crisis)) == []


def test_a_dismissed_suggestion_stays_dismissed_when_its_writing_is_saved_again(
    world: World,
) -> None:
    words = "Back to drinking every night this week."
    first = _save(world, words, "details")
    old = next(s for s in first.suggestions if s.label == "old-pattern")
    services.dismiss(suggestion=old, by=world.client_user)

    again = _save(world, words + "\nAge: about 15", "details")

    assert not any(s.label == "old-pattern" for s in again.suggestions)
    assert Suggestion.objects.filter(label="old-pattern", state=SuggestionState.OPEN).count() == 0


def test_the_same_words_saved_again_after_the_alert_was_seen_page_nobody(world: World) -> None:
    # a walk-through: editing another field of a part whose details hold crisis words raised
    # a new alert each time, though the care team had read those words
    _save(world, CRISIS, "details")
    event = SafetyEvent.objects.get(client=world.client)
    services.acknowledge(event=event, by=world.clinician)

    again = _save(world, CRISIS + "\nFelt in: chest", "details")

    assert again.crisis  # the client still sees the crisis resources
    assert SafetyEvent.objects.filter(client=world.client).count() == 1
    event.refresh_from_db()
    assert event.acknowledged_at is not None and event.insight_id != again.insight.pk


def test_new_words_after_the_alert_was_seen_raise_a_new_one(world: World) -> None:
    _save(world, CRISIS, "details")
    services.acknowledge(event=SafetyEvent.objects.get(client=world.client), by=world.clinician)

    _save(world, CRISIS + " I have the pills counted out for tonight.", "details")

    assert SafetyEvent.objects.filter(client=world.client, acknowledged_at=None).count() == 1


def test_the_same_phrase_written_again_in_the_same_writing_is_new(world: World) -> None:
    _save(world, "I want to die.", "journal")
    _save(world, "I want to die. Months later: I want to die tonight.", "journal")

    assert SafetyEvent.objects.filter(client=world.client).count() == 2


def test_an_open_alert_follows_its_writing_to_the_latest_reading(world: World) -> None:
    _save(world, CRISIS, "details")
    latest = _save(world, "Felt in: belly\n" + CRISIS, "details")

    event = SafetyEvent.objects.get(client=world.client)
    assert event.insight_id == latest.insight.pk


def test_unsaved_writing_is_not_joined_when_seen_old_or_of_another_kind(world: World) -> None:
    from datetime import timedelta

    from django.utils import timezone

    def unsaved(source_type: str = "test.entry") -> SafetyEvent:
        services.screen_unsaved(
            client=world.client, texts=[CRISIS], source_type=source_type, by=world.client_user
        )
        return SafetyEvent.objects.filter(client=world.client).latest("created_at", "pk")

    seen = unsaved()
    services.acknowledge(event=seen, by=world.clinician)
    _save(world, CRISIS, "1")
    old = unsaved()
    SafetyEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=7))
    _save(world, CRISIS, "2")
    unsaved(source_type="selfenergy.checkin")
    _save(world, CRISIS, "3")

    saved_events = SafetyEvent.objects.filter(client=world.client, source_id__in=["1", "2", "3"])
    assert saved_events.count() == 3  # each saved writing raised its own alert


def test_another_clients_unsaved_alert_is_never_taken_over(world: World) -> None:
    other = world.other_client
    services.screen_unsaved(
        client=other, texts=[CRISIS], source_type="test.entry", by=world.other_client_user
    )
    _save(world, CRISIS, "mine")

    assert SafetyEvent.objects.filter(client=other, source_id="unsaved").count() == 1
    assert SafetyEvent.objects.filter(client=world.client, source_id="mine").count() == 1


def test_a_part_added_from_writing_is_not_offered_again_for_the_same_words(
    world: World,
) -> None:
    """Accepting "add it" names the part; saving the writing again does not then ask to note
    the same words on that new part (which gave the part two identical tags)."""
    from selfled.insight.models import Tag

    text = "There is a part of me that wants to hide when people visit."
    first = _save(world, text, "w-hide")
    offer = next(s for s in first.suggestions if s.label == "parts")
    assert offer.matched_part is None
    tag = services.accept(suggestion=offer, by=world.client_user)
    assert tag.part is not None
    again = _save(world, text, "w-hide")
    assert not [s for s in again.suggestions if s.label == "parts"]
    assert Tag.objects.filter(part=tag.part).count() == 1


def test_confirming_the_same_words_twice_keeps_one_tag(world: World) -> None:
    from selfled.insight.models import Tag
    from selfled.parts.models import Part

    hider = Part.objects.create(client=world.client, name="The Hider", kind="exile")
    text = "The Hider came up again at dinner and I let it be there."
    offers = []
    for _ in range(2):  # two readings, each answered (as from two open tabs)
        outcome = _save(world, text, "w-hider")
        offers += [s for s in outcome.suggestions if s.label == "parts"]
        Suggestion.objects.filter(pk__in=[s.pk for s in offers]).update(state=SuggestionState.OPEN)
    assert offers and all(s.matched_part == hider for s in offers)
    for offer in offers:
        offer.refresh_from_db()
        services.accept(suggestion=offer, by=world.client_user)
    assert Tag.objects.filter(part=hider, label="parts").count() == 1
