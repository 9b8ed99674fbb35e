"""Reading the words a person typed at Feel toward (CLINICAL.md §3).

Any answer other than Self qualities means another part is blended, so the reading leans the
safe way: a reaction named in the words counts unless the word right before it denies it ("not
angry"; "can't stop being angry" still counts), and words that name nothing the check-in knows
count as "something else". Self qualities are only ever suggested from words, never concluded
(the person ticks them), and not even suggested when denied, wished for or aimed at ("not
curious", "I wish I could be calm", "trying to be patient"). Matching is on whole words, so
"clearly", "fearless", "number" or "blanket" name nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# whole words → the Self quality the check-in offers
QUALITY_WORDS: dict[str, str] = {
    **dict.fromkeys(("curious", "curiosity", "interested", "intrigued"), "curious"),
    **dict.fromkeys(
        ("compassion", "compassionate", "kind", "kindness", "tender", "tenderness", "caring"),
        "compassionate",
    ),
    **dict.fromkeys(("loving", "grateful", "appreciative", "appreciation"), "compassionate"),
    **dict.fromkeys(("calm", "peaceful", "settled", "relaxed"), "calm"),
    **dict.fromkeys(("open", "accepting", "acceptance"), "open"),
    **dict.fromkeys(("warm", "warmth", "gentle"), "warm"),
    **dict.fromkeys(("patient", "patience"), "patient"),
    **dict.fromkeys(("connected", "connection"), "connected"),
    **dict.fromkeys(("clear", "clarity"), "clear"),
    **dict.fromkeys(("confident", "confidence", "steady"), "confident"),
    **dict.fromkeys(("courage", "courageous", "brave"), "courageous"),
}
# whole words → the reaction the check-in offers
REACTION_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("annoyed", "annoying", "annoys", "irritated", "irritating", "irritable", "angry"),
        "annoyed",
    ),
    **dict.fromkeys(("anger", "angered", "furious", "fury", "livid", "rage", "raging"), "annoyed"),
    **dict.fromkeys(("mad", "resent", "resentful", "resentment", "bitter", "pissed"), "annoyed"),
    **dict.fromkeys(("afraid", "scared", "scary", "fear", "fearful", "frightened"), "afraid"),
    **dict.fromkeys(("terrified", "terrifying", "anxious", "anxiety", "nervous"), "afraid"),
    **dict.fromkeys(("worried", "worry", "worrying", "dread", "dreading", "panic"), "afraid"),
    **dict.fromkeys(("panicky", "panicked", "tense", "uneasy", "wary", "cautious"), "afraid"),
    **dict.fromkeys(("suspicious", "distrust", "unsafe"), "afraid"),
    **dict.fromkeys(("frustrated", "frustrating", "frustration", "stuck"), "frustrated"),
    **dict.fromkeys(("helpless", "powerless", "desperate"), "frustrated"),
    **dict.fromkeys(("judgmental", "judgemental", "judging", "disgust", "disgusted"), "judgmental"),
    **dict.fromkeys(("disgusting", "contempt", "repulsed", "ashamed", "shame"), "judgmental"),
    **dict.fromkeys(("embarrassed", "guilty", "guilt"), "judgmental"),
    **dict.fromkeys(("impatient", "impatience", "bored", "boring"), "impatient"),
    **dict.fromkeys(("numb", "blank", "nothing", "indifferent", "detached"), "numb"),
    **dict.fromkeys(("distant", "cold", "empty"), "numb"),
    **dict.fromkeys(("overwhelmed", "overwhelming", "flooded", "confused"), "overwhelmed"),
    **dict.fromkeys(("hate", "hating", "hated"), "wants_gone"),
    **dict.fromkeys(("sad", "sadness", "pity", "hopeless", "grief", "grieving"), "heavy_sad"),
}
# phrases (on the words joined by single spaces) → the reaction
REACTION_PHRASES: dict[str, str] = {
    "tired of": "impatient",
    "too much": "overwhelmed",
    "want it gone": "wants_gone",
    "get rid": "wants_gone",
    "go away": "wants_gone",
    "can't stand": "wants_gone",
    "sorry for": "heavy_sad",
}
# the person's own word is echoed ("another part that feels furious") only if it reads well so
FEELS_WORDS = frozenset(
    {
        *("furious", "angry", "livid", "irritated", "annoyed", "resentful", "bitter", "mad"),
        *("afraid", "scared", "frightened", "terrified", "anxious", "nervous", "worried"),
        *("tense", "uneasy", "wary", "cautious", "suspicious", "frustrated", "stuck"),
        *("helpless", "powerless", "desperate", "ashamed", "embarrassed", "disgusted"),
        *("guilty", "impatient", "bored", "numb", "blank", "nothing", "empty", "cold"),
        *("detached", "distant", "indifferent", "overwhelmed", "flooded", "confused", "sad"),
        *("hopeless", "judgmental", "judgemental", "panicky"),
    }
)
NEGATORS = frozenset({"not", "no", "never", "hardly", "barely", "without", "nor", "far"})
SOFTENERS = frozenset({"really", "very", "that", "so", "too", "at", "all", "even"})
# words that put a quality out of reach: wished for, aimed at, needed
WISHES = frozenset({"wish", "want", "wanted", "wanna", "should", "try", "trying", "tried"})
WISHES |= {"hope", "hoping", "could", "would", "need", "needs", "must", "supposed", "pretend"}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r"[.,!?;:—–]+|\bbut\b|\bthough\b")


@dataclass(frozen=True)
class Reading:
    qualities: list[str]  # Self qualities the words seem to name: to suggest, not to conclude
    reactions: list[str]  # reactions they name ("other" when they name nothing known)
    # the person's own word for a reaction, where it reads well after "feels" ("furious")
    said: dict[str, str] = field(default_factory=dict)


def read_feelings(text: str) -> Reading:
    lowered = text.lower().replace("’", "'")
    # a denial or a wish reaches only as far as its own clause ("No. Scared" is scared)
    clauses = [_WORD.findall(c) for c in _CLAUSE.split(lowered)]
    if not any(clauses):
        return Reading([], [])
    qualities: list[str] = []
    reactions: list[str] = []
    said: dict[str, str] = {}
    for words in clauses:
        for i, word in enumerate(words):
            chip = REACTION_WORDS.get(word)
            if chip and not _denied(words, i):
                _add(reactions, chip)
                if chip not in said and word in FEELS_WORDS:
                    said[chip] = word
            quality = QUALITY_WORDS.get(word)
            if quality and not _out_of_reach(words, i) and not _skip(words, i):
                _add(qualities, quality)
    joined = " ".join(" ".join(words) for words in clauses)
    for phrase, chip in REACTION_PHRASES.items():
        if re.search(rf"\b{phrase}\b", joined):
            _add(reactions, chip)
    if not qualities and not reactions:
        reactions.append("other")
    return Reading(qualities, reactions, said)


def _add(found: list[str], chip: str) -> None:
    if chip not in found:
        found.append(chip)


def _negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _denied(words: list[str], i: int) -> bool:
    """A reaction word with "not" (or "not really", "not at all") right before it."""
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j] in SOFTENERS:
        j -= 1
    return j >= 0 and _negator(words[j])


def _out_of_reach(words: list[str], i: int) -> bool:
    """A quality denied, wished for or aimed at in the few words before it."""
    return any(_negator(w) or w in WISHES for w in words[max(0, i - 4) : i])


def _skip(words: list[str], i: int) -> bool:
    """Quality words that mean something else here: "kind of", "open up", "calm down"."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (words[i], following) in {("kind", "of"), ("open", "up"), ("calm", "down")}
