"""Rule type and the regex shorthand the rule tables use."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Shorthand expanded by :func:`rx` (written as ``%(name)s`` in a rule's pattern).
MACROS: dict[str, str] = {
    # the writer as subject
    "i": r"(?:i|i'm|i am|i've|i have|i'd|i had|i would|i'll|i will)",
    "im": r"(?:i'm|i am|am i)",
    "me": r"(?:me|myself)",
    # an optional run of up to N short filler words
    "w1": r"(?:\s+[\w'-]+)?",
    "w2": r"(?:\s+[\w'-]+){0,2}",
    "w3": r"(?:\s+[\w'-]+){0,3}",
    "w4": r"(?:\s+[\w'-]+){0,4}",
    "w6": r"(?:\s+[\w'-]+){0,6}",
    "w8": r"(?:\s+[\w'-]+){0,8}",
    # the same, but staying inside the sentence, any punctuation but . ! ? ;
    "s6": r"[^.!?;\n]{0,40}",
    "s10": r"[^.!?;\n]{0,70}",
    "s15": r"[^.!?;\n]{0,110}",
    "s25": r"[^.!?;\n]{0,170}",
    "adv": r"(?:\s+(?:just|really|honestly|truly|actually|seriously|kind of|sort of|so|"
    r"still|even|simply|literally|sometimes|often|kinda|genuinely|secretly|almost|"
    r"completely|totally|fully|deeply|quietly|all|too))*",
    "feel": r"(?:feel|feels|felt|feeling|am|i'm|was|is|be|been|being|became|become|got|"
    r"notice|noticed|noticing|sense|sensed|experienced|experience)",
    "want": r"(?:want|wanted|wanting|wants|wish|wished|wishing|need|needed|(?:'d|would) "
    r"(?:love|like|rather|prefer)|longing|long|yearn|yearning|crave|craving|tempted)",
    "symptom": r"(?:depression|depressed|anxiety|anxious|anxieties|numbness|numb|"
    r"sadness|sad|fear|fears|worry|worrying|worries|vigilance|hypervigilance|hypervigilant|"
    r"pain|hurt|hurting|panic|shame|guard|walls|armor|armour|darkness|symptoms?|illness|"
    r"disorder|ptsd|trauma|misery|dread|low mood|heaviness|gloom|pessimism|caution|"
    r"suspicion|control|overthinking|perfectionism|this|it|that)",
}


def rx(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern after expanding :data:`MACROS`."""
    return re.compile(pattern % MACROS)


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern that votes for one label.

    ``negatable``/``past_sensitive``/``subject_sensitive`` say which context checks may
    switch the match off; ``hard_negation`` restricts negation to plain "not"-words.
    ``needs`` is a cheap prefilter: the rule only runs when one of these substrings occurs.
    ``partner_outside_idioms``: the partner counts only outside an idiom (a death word as
    partner: "my phone died ... it was a relief" is no death).
    """

    name: str
    label: str
    pattern: re.Pattern[str]
    weight: float
    negatable: bool = True
    past_sensitive: bool = True
    subject_sensitive: bool = True
    hard_negation: bool = False
    neg_words: int = 5
    needs: tuple[str, ...] = ()
    partner: re.Pattern[str] | None = None
    window: int = 0
    mention_sensitive: bool = False
    cue: bool = False
    partner_outside_idioms: bool = False


def rule(
    label: str,
    name: str,
    pattern: str,
    weight: float,
    *,
    neg: bool = True,
    past: bool = True,
    subj: bool = True,
    hard: bool = False,
    neg_words: int = 5,
    needs: tuple[str, ...] = (),
    mention: bool = False,
    cue: bool = False,
) -> Rule:
    return Rule(
        name=name,
        label=label,
        pattern=rx(pattern),
        weight=weight,
        negatable=neg,
        past_sensitive=past,
        subject_sensitive=subj,
        hard_negation=hard,
        neg_words=neg_words,
        needs=needs,
        mention_sensitive=mention,
        cue=cue,
    )


def cooc(
    label: str,
    name: str,
    anchor: str,
    partner: str,
    weight: float,
    *,
    window: int = 160,
    neg: bool = True,
    past: bool = True,
    subj: bool = True,
    hard: bool = False,
    neg_words: int = 5,
    needs: tuple[str, ...] = (),
    mention: bool = False,
    partner_outside_idioms: bool = False,
) -> Rule:
    """A rule that fires when ``partner`` also occurs within ``window`` characters of
    ``anchor`` (either side). Context checks apply to the anchor."""
    return Rule(
        name=name,
        label=label,
        pattern=rx(anchor),
        weight=weight,
        negatable=neg,
        past_sensitive=past,
        subject_sensitive=subj,
        hard_negation=hard,
        neg_words=neg_words,
        needs=needs,
        partner=rx(partner),
        window=window,
        mention_sensitive=mention,
        partner_outside_idioms=partner_outside_idioms,
    )
