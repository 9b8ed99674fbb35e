"""Feel toward in one's own words: reactions always count; Self qualities are only suggested."""

from __future__ import annotations

import pytest

from selfled.parts.services.checkin import REACTIONS, SELF_QUALITIES
from selfled.parts.services.feelings import (
    FEELS_WORDS,
    QUALITY_WORDS,
    REACTION_PHRASES,
    REACTION_WORDS,
    read_feelings,
)


@pytest.mark.parametrize(
    ("text", "qualities", "reactions"),
    [
        ("annoyed", [], ["annoyed"]),
        ("I feel curious about it", ["curious"], []),
        ("warmth, and some tenderness", ["warm", "compassionate"], []),
        ("curious but a bit scared", ["curious"], ["afraid"]),
        ("kind of annoyed honestly", [], ["annoyed"]),  # "kind of" is not kindness
        ("mad at it", [], ["annoyed"]),
        ("I made tea", [], ["other"]),  # "made" is not "mad"; nothing known: something else
        ("not curious at all", [], ["other"]),  # a negated quality is no Self-energy
        ("I'm far from calm", [], ["other"]),
        ("nothing really", [], ["numb"]),
        ("I want it to go away", [], ["wants_gone"]),
        ("SCARED", [], ["afraid"]),
        # found in review: a quality inside other words, or a reaction after a negation
        ("I wish it would calm down", [], ["other"]),
        ("I clearly need it gone", [], ["other"]),
        ("kinda there", [], ["other"]),
        ("Curious, but I can't stop being angry at it", ["curious"], ["annoyed"]),
        ("I can't help being scared of it but curious", ["curious"], ["afraid"]),
        ("No. Scared, though a bit curious", ["curious"], ["afraid"]),
        ("I'm curious but furious", ["curious"], ["annoyed"]),
        ("calm on the surface but tense underneath", ["calm"], ["afraid"]),
        ("I can't stand it", [], ["wants_gone"]),
        ("full of dread", [], ["afraid"]),
        ("I resent it", [], ["annoyed"]),
        # found in a second review: words that only start like a feeling, denials, wishes
        ("fearless", [], ["other"]),
        ("terrific", [], ["other"]),
        ("the number of times", [], ["other"]),
        ("a crossword and a blanket", [], ["other"]),
        ("I feel judged", [], ["other"]),  # being judged is not judging: something else
        ("I'm not angry at it", [], ["other"]),
        ("not really angry, just curious", ["curious"], []),
        ("I wish I could be curious", [], ["other"]),
        ("I want to be compassionate but I just can't", [], ["other"]),
        ("trying to be patient with it", [], ["other"]),
    ],
)
def test_words_name_the_choices_the_check_in_offers(
    text: str, qualities: list[str], reactions: list[str]
) -> None:
    reading = read_feelings(text)
    assert (reading.qualities, reading.reactions) == (qualities, reactions)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("but also furious with it", {"annoyed": "furious"}),
        ("terrified, honestly", {"afraid": "terrified"}),
        ("it's annoying me", {}),  # "feels annoying" would not read well: the check-in's word
        ("I'm not angry, I'm scared", {"afraid": "scared"}),  # a denied word is not echoed
        ("I feel nothing", {"numb": "nothing"}),
    ],
)
def test_the_persons_own_word_for_a_reaction_is_kept(text: str, said: dict[str, str]) -> None:
    assert read_feelings(text).said == said


@pytest.mark.parametrize("text", ["", "   ", "…", "🙂"])
def test_no_words_name_nothing(text: str) -> None:
    assert read_feelings(text) == read_feelings("")
    assert read_feelings(text).reactions == [] and read_feelings(text).qualities == []


def test_every_reading_is_a_choice_the_check_in_knows() -> None:
    assert set(QUALITY_WORDS.values()) <= set(SELF_QUALITIES)
    assert {*REACTION_WORDS.values(), *REACTION_PHRASES.values()} <= set(REACTIONS)
    assert FEELS_WORDS <= set(REACTION_WORDS)
