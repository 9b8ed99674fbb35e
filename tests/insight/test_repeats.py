"""Writing saved again: one alert per crisis words, one question per suggestion (repeats.py)."""

from __future__ import annotations

from typing import Any

from selfled.insight import services
from selfled.insight.models import SafetyEvent, Suggestion, SuggestionState
from tests.conftest import World

CRISIS = "Everyone would be better off without me. I've started giving my things away."


def _save(world: World, text: str, source_id: str, source_type: str = "test.entry") -> Any:
    return services.analyze_text(
        client=world.client,
        text=text,
        source_type=source_type,
        source_id=source_id,
        by=world.client_user,
    )


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
