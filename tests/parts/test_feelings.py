"""Feel toward in one's own words: read for the check-in's Self qualities and reactions."""

from __future__ import annotations

import pytest

from selfled.parts.services.checkin import REACTIONS, SELF_QUALITIES
from selfled.parts.services.feelings import EXACT, REACTION_STEMS, SELF_STEMS, read_feelings


@pytest.mark.parametrize(
    ("text", "chips"),
    [
        ("annoyed", ["annoyed"]),
        ("I feel curious about it", ["curious"]),
        ("warmth, and some tenderness", ["warm", "compassionate"]),
        ("I feel calm, not angry", ["calm"]),
        ("curious but a bit scared", ["curious", "afraid"]),
        ("kind of annoyed honestly", ["annoyed"]),  # "kind of" is not kindness
        ("mad at it", ["annoyed"]),
        ("I made tea", ["other"]),  # "made" is not "mad"; nothing named: another reaction
        ("not curious at all", ["other"]),  # a negated quality is no Self-energy
        ("I don't really feel patient", ["other"]),
        ("nothing really", ["numb"]),
        ("I want it to go away", ["wants_gone"]),
        ("SCARED", ["afraid"]),
        ("I’m not open to it", ["other"]),
    ],
)
def test_words_name_the_same_choices_the_check_in_offers(text: str, chips: list[str]) -> None:
    assert read_feelings(text) == chips


@pytest.mark.parametrize("text", ["", "   ", "…", "🙂"])
def test_no_words_name_nothing(text: str) -> None:
    assert read_feelings(text) == []


def test_every_reading_is_a_choice_the_check_in_knows() -> None:
    assert set(SELF_STEMS.values()) <= set(SELF_QUALITIES)
    assert {*REACTION_STEMS.values(), *EXACT.values()} <= set(REACTIONS)
