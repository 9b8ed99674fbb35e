"""The crisis families of lexicon_wish.py and the context checks added with them (rules_lex).

Sentences are written for these tests (none is taken from the data sets); each family has
positives and hard negatives that share its words.
"""

from __future__ import annotations

import pytest

from selfled.lib.insight import analyze
from selfled.lib.insight.model import CRISIS


def crisis(text: str) -> bool:
    return CRISIS in analyze(text).present()


WISH_POSITIVE = [
    # existing: not wanting to exist, said sideways
    "honestly I still want out of being alive, nothing has shifted",
    "wish I could erase ever being born",
    "I won't be a bother to anyone much longer",
    "there's no future where I'm still in it",
    "I just want my life to stop",
    "woke up wishing I hadn't woken at all",
    "quiero morir, no puedo más",
    "je veux mourir ce soir",
    "ich will nicht mehr leben",
    # after-me: arrangements for a time after the writer
    "paid off the card so everything is settled before I go",
    "I've picked the date. it feels calm",
    "if you don't hear from me next week, that's why",
    "taped the feeding instructions up so whoever comes for the cat knows",
    # dwell: means, tested or dwelt on
    "keep staring at the pills on the shelf for a long time",
    "I've been saving up my sleeping tablets in a sock drawer",
    "checked whether the beam would hold my weight",
    # risk: stopping treatment or risking the body in order to die
    "stopped my insulin on purpose, hoping it finishes me",
    "mixing the pills with vodka on purpose now",
    # harm-now: self-harm that is back or wanted
    "the blade felt good again tonight",
    "the burning is back, every night this week",
    # missed: asking whether one would be missed
    "would anyone even notice if I was gone?",
]

WISH_NEGATIVE = [
    "I want out of this job, not out of life",
    "I'm done with dating apps for a while",
    "she'll need the car soon, so I'm getting it serviced",
    "picked the date for the wedding: June 14",
    "I won't be around next weekend, we're camping",
    "looking at the river from the bridge at sunset was lovely",
    "threw out the expired meds from the bathroom cabinet",
    "bought rope for the climbing course on Saturday",
    "the knife I bought for the kitchen is so sharp",
    "I'd be dead without my morning coffee",
    "felt like I died and came back to life in the session, in a good way",
    "wanting to disappear into a good book all weekend",
    # ordinary check-in answers that once raised false alarms
    "I can't do this crossword today, too hard",
    "I don't want to be around people tonight, just my couch and a film",
    "wish I could disappear from this meeting, it never ends",
    "my sourdough starter died again",
    "I want to go home and have a long bath tonight",
]


@pytest.mark.parametrize("text", WISH_POSITIVE)
def test_wish_families_find_crisis(text: str) -> None:
    assert crisis(text), analyze(text)


@pytest.mark.parametrize("text", WISH_NEGATIVE)
def test_wish_families_hard_negatives(text: str) -> None:
    assert not crisis(text), analyze(text)


CONTEXT_NEGATIVE = [
    # someone else's quoted words
    'my son said "I want to die" about his maths homework, he was laughing',
    # fear of dying, not a wish
    "the operation scares me, what if I don't wake up",
    # denied just after, or filler between the negation and the words
    "thoughts of hurting myself: none this week",
    "I'm not having any thoughts of ending my life, just tired",
    "I never once thought about killing myself, even then",
    # a death that is not the writer's
    "my old dog died on Sunday and the house is so quiet",
    "my best friend attempted suicide in spring and I'm learning how to support her",
    # past and resolved, including a year
    "In 2015 I tried to end my life. Today I volunteer at the helpline",
]

CONTEXT_POSITIVE = [
    # a comparison is not past framing
    "a part of me wants to die and the rest of me doesn't push back as hard as it used to",
    # a joke undercut at once
    "kms lol. no but seriously",
    # the writer's own wish next to a relative's death
    "when my mum dies I'm going too",
]


@pytest.mark.parametrize("text", CONTEXT_NEGATIVE)
def test_context_checks_turn_down_crisis_words(text: str) -> None:
    assert not crisis(text), analyze(text)


@pytest.mark.parametrize("text", CONTEXT_POSITIVE)
def test_context_checks_keep_the_writers_own_crisis(text: str) -> None:
    assert crisis(text), analyze(text)


def test_thinking_about_how_is_crisis_only_about_the_method() -> None:
    assert crisis("they asked about a plan. I have thought about how.")
    assert not crisis("I keep thinking about how tired I am of this job and everything")


def test_short_benign_check_in_answers_are_not_crisis() -> None:
    # the learned scorer alone may not raise crisis on ordinary words (analyzer.py)
    for text in ("It stays if I look at it", "I want to go home", "tired", "it softened"):
        assert not crisis(text), text


def test_a_negation_the_wording_needs_is_not_a_denial() -> None:
    # "isn't" before "any reason to live" is what makes it crisis; "said no" to "are you
    # safe?" is an admission, not a denial.
    assert crisis("there isn't any reason to live anymore")
    assert crisis("my therapist asked if I feel safe at home alone and I said no")
    assert not crisis("I'm not tired of living, just tired of this job")
