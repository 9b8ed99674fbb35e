"""Where the rules are unsure, a confident learned scorer has the last word on crisis.

Both ways: it decides crisis where the rules saw a crisis word and turned it down, and it keeps
crisis below the threshold where only weak death or harm words raised it ("*dies*", "I'm
dead. Pizza please.") and it is sure they are not crisis.

The context checks are right most of the time ("I'm not suicidal", "my dad died"), but they
also misread: "I'm used to it" as past framing, "the part that wants me dead" as a noun's death,
"not scared of dying, I'm looking forward to it" as a denial. rules+lex-2.15 lets the scorer's
word stand there when it is very sure (analyzer.MODEL_CRISIS_OVER_DAMPED).
"""

from __future__ import annotations

from typing import Any

import pytest

from selfled.lib.insight import analyze, analyzer
from selfled.lib.insight.analyzer import THRESHOLD

# Crisis wording the context checks could misread; caught either way
CAUGHT = [
    "I think about dying for most of every day now, but I'm used to it, it's background noise.",
    "The part of me that wants me dead has been louder than the others all week.",
    "I'm not scared of dying any more. I'm looking forward to it.",
    "Stopped taking my antidepressants a month ago and I've been saving them up in a drawer.",
]

LEFT_ALONE = [
    "Sold the car so that I have a way out of the loan.",
    "Found a way out of the lease early, moving in March.",
    "My therapist and I wrote a list of reasons why not to end it.",
    "I'm not suicidal, I'm just exhausted from the night shifts.",
    "My grandad died last spring and I still miss his jokes.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_confident_scorer_decides_where_rules_turned_crisis_down(text: str) -> None:
    result = analyze(text).get("crisis")
    assert result is not None and result.present, analyze(text)
    assert result.confidence >= THRESHOLD
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_turned_down_words_stay_down_when_the_scorer_is_not_that_sure(text: str) -> None:
    assert "crisis" not in analyze(text).present(), analyze(text)


# Caught only through the scorer's word where the rules turned a crisis word down (checked
# below with that path switched off). The last two are close to rows the scorer learned from.
ONLY_BY_THE_SCORER = [
    "The protector that used to keep me going has gone quiet, and the part of me that wants me "
    "dead is in charge now.",
    "Everyone tells me I am brave. I am not brave, I am just waiting for a way out that does not "
    "look like one.",
    "told the dog goodbye tonight. he didnt get it. good boy",
]


@pytest.mark.parametrize("text", ONLY_BY_THE_SCORER)
def test_the_scorers_word_is_what_catches_these(text: str, monkeypatch: Any) -> None:
    assert "crisis" in analyze(text).present(), analyze(text)
    monkeypatch.setattr(analyzer, "MODEL_CRISIS_OVER_DAMPED", 1.01)
    assert "crisis" not in analyze(text).present()


# Hyperbole, fiction and a dose's ego-death: weak death words only, and a sure scorer
KEPT_DOWN = [
    "Me after the third meeting of the day: *dies*",
    "Carried the sofa up three flights. I'm dead. Pizza please.",
    "That audiobook was brutal, everyone dies in the end, five stars.",
    "During the dose it felt like I was dying for a moment, and then I was held by something kind.",
]

# Plain crisis wording is decided by the rules, whatever the scorer says
STILL_CRISIS = [
    "Had a good laugh at the pub with the lads tonight. Still reckon I'll top myself soon.",
    "Honestly I'd rather be dead than go through another winter like this.",
    "i'm dead inside and i'm done with all of it",
    "tired of being alive",
]


@pytest.mark.parametrize("text", KEPT_DOWN)
def test_weak_death_words_the_scorer_is_sure_about_stay_below_the_threshold(text: str) -> None:
    result = analyze(text).get("crisis")
    assert result is None or not result.present, analyze(text)
    if result is not None:  # the words stay visible, below the threshold
        assert result.spans and result.confidence < THRESHOLD


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_plain_crisis_wording_is_not_kept_down(text: str) -> None:
    assert "crisis" in analyze(text).present(), analyze(text)


@pytest.mark.parametrize("text", KEPT_DOWN[:3])
def test_the_scorers_word_is_what_keeps_these_down(text: str, monkeypatch: Any) -> None:
    monkeypatch.setattr(analyzer, "MODEL_CRISIS_VETO", 0.0)
    assert "crisis" in analyze(text).present()
