"""Reading the words a person typed at Feel toward (CLINICAL.md §3).

Any answer other than Self qualities means another part is blended, so the reading leans the
safe way: a reaction named in the words always counts, negated or not ("can't stop being
angry"), and words that name nothing the check-in knows count as "something else". Self
qualities are only ever suggested from words, never concluded: the person ticks them (the
check-in service asks). Matching is on whole words, so "clearly", "kinda" or "calm down" name
no quality.
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
# word stems (a word starting with one counts) → the reaction the check-in offers
REACTION_STEMS: dict[str, str] = {
    **dict.fromkeys(("annoy", "irritat", "angry", "anger", "furious", "livid", "rage"), "annoyed"),
    **dict.fromkeys(("resent", "bitter", "cross"), "annoyed"),
    **dict.fromkeys(("afraid", "scared", "fear", "frighten", "terrif", "anxious"), "afraid"),
    **dict.fromkeys(("nervous", "worr", "dread", "panic", "tense", "uneas", "wary"), "afraid"),
    **dict.fromkeys(("cautious", "suspicious", "distrust", "unsafe"), "afraid"),
    **dict.fromkeys(("frustrat", "stuck", "helpless", "powerless", "desperat"), "frustrated"),
    **dict.fromkeys(("judg", "disgust", "ashamed", "shame", "embarrass", "contempt"), "judgmental"),
    **dict.fromkeys(("repuls", "guilt"), "judgmental"),
    **dict.fromkeys(("impatien", "bored", "tired of"), "impatient"),
    **dict.fromkeys(("numb", "blank", "nothing", "indifferent", "detached", "distant"), "numb"),
    **dict.fromkeys(("cold", "empty"), "numb"),
    **dict.fromkeys(("overwhelm", "flooded", "too much", "confus"), "overwhelmed"),
    **dict.fromkeys(("hate", "want it gone", "get rid", "go away", "can't stand"), "wants_gone"),
    **dict.fromkeys(("sorry for", "pity", "hopeless", "grief", "griev"), "heavy_sad"),
}
# whole words only (as stems they would match "made", "saddle", "hurtle")
EXACT: dict[str, str] = {"mad": "annoyed", "sad": "heavy_sad", "sadness": "heavy_sad"}
NEGATORS = frozenset({"not", "no", "never", "hardly", "barely", "without", "nor", "far"})
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Reading:
    qualities: list[str]  # Self qualities the words seem to name: to suggest, not to conclude
    reactions: list[str]  # reactions they name ("other" when they name nothing known)
    # the person's own word for a reaction, where it reads well after "feels" ("furious")
    said: dict[str, str] = field(default_factory=dict)


def read_feelings(text: str) -> Reading:
    words = _WORD.findall(text.lower().replace("’", "'"))
    if not words:
        return Reading([], [])
    qualities: list[str] = []
    reactions: list[str] = []
    said: dict[str, str] = {}
    joined = " ".join(words)
    for i, word in enumerate(words):
        found = [c for s, c in REACTION_STEMS.items() if " " not in s and word.startswith(s)]
        for chip in [*found, *([EXACT[word]] if word in EXACT else [])]:
            _add(reactions, chip)
            reads_well = word == "nothing" or not word.endswith(("ing", "ly", "'s"))
            if chip not in said and reads_well:
                said[chip] = word
        if word in QUALITY_WORDS and not _negated(words, i) and not _skip(words, i):
            _add(qualities, QUALITY_WORDS[word])
    for stem, chip in REACTION_STEMS.items():
        if " " in stem and re.search(rf"\b{stem}", joined):
            _add(reactions, chip)
    if not qualities and not reactions:
        reactions.append("other")
    return Reading(qualities, reactions, said)


def _add(found: list[str], chip: str) -> None:
    if chip not in found:
        found.append(chip)


def _negated(words: list[str], i: int) -> bool:
    return any(w in NEGATORS or w.endswith("n't") for w in words[max(0, i - 3) : i])


def _skip(words: list[str], i: int) -> bool:
    """Quality words that mean something else here: "kind of", "open up", "calm down"."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (words[i], following) in {("kind", "of"), ("open", "up"), ("calm", "down")}
