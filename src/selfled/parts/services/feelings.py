"""Reading the words a person typed at Feel toward when they ticked none of the words shown.

"How do you feel toward this part?" can be answered in one's own words only. The answer is
read for the same words the check-in offers (Self qualities such as curious or calm, and other
reactions such as annoyed or afraid) and their everyday relatives. Anything that names no Self
quality counts as another reaction (CLINICAL.md §3: any answer other than Self qualities means
another part is blended), so the flow turns to unblending; the person's words are kept as typed.
"""

from __future__ import annotations

import re

# word stem → the chip it stands for; a stem matches a word that starts with it
SELF_STEMS: dict[str, str] = {
    "curio": "curious",
    "interest": "curious",
    "wonder": "curious",
    "compassion": "compassionate",
    "kind": "compassionate",  # not "kind of" (see _skip)
    "tender": "compassionate",
    "caring": "compassionate",
    "love": "compassionate",
    "loving": "compassionate",
    "empath": "compassionate",
    "calm": "calm",
    "peace": "calm",
    "settled": "calm",
    "relaxed": "calm",
    "open": "open",
    "accepting": "open",
    "warm": "warm",
    "gentle": "warm",
    "soft": "warm",
    "patien": "patient",
    "connect": "connected",
    "clear": "clear",
    "confiden": "confident",
    "steady": "confident",
    "courag": "courageous",
    "brave": "courageous",
    "grateful": "compassionate",
    "appreciat": "compassionate",
}
REACTION_STEMS: dict[str, str] = {
    "annoy": "annoyed",
    "irritat": "annoyed",
    "angry": "annoyed",
    "anger": "annoyed",
    "fed up": "annoyed",
    "afraid": "afraid",
    "scared": "afraid",
    "fear": "afraid",
    "frighten": "afraid",
    "anxious": "afraid",
    "nervous": "afraid",
    "worr": "afraid",
    "terrif": "afraid",
    "frustrat": "frustrated",
    "judg": "judgmental",
    "disgust": "judgmental",
    "ashamed": "judgmental",
    "embarrass": "judgmental",
    "impatien": "impatient",
    "numb": "numb",
    "blank": "numb",
    "nothing": "numb",
    "overwhelm": "overwhelmed",
    "too much": "overwhelmed",
    "flooded": "overwhelmed",
    "hate": "wants_gone",
    "want it gone": "wants_gone",
    "get rid": "wants_gone",
    "go away": "wants_gone",
    "sorry for": "heavy_sad",
    "pity": "heavy_sad",
    "hopeless": "heavy_sad",
}
# whole words only (as stems they would match "made", "saddle")
EXACT: dict[str, str] = {"mad": "annoyed", "sad": "heavy_sad", "sadness": "heavy_sad"}
NEGATORS = frozenset({"not", "no", "never", "hardly", "barely", "without", "nor"})
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def read_feelings(text: str) -> list[str]:
    """The check-in's words that `text` names, Self qualities first; ["other"] if none of
    them is a Self quality but something was written. A negated word ("not curious") counts
    as no Self quality."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    if not words:
        return []
    found_self: list[str] = []
    found_other: list[str] = []
    joined = " ".join(words)
    for i, word in enumerate(words):
        if _skip(words, i) or any(
            w in NEGATORS or w.endswith("n't") for w in words[max(0, i - 3) : i]
        ):
            continue
        for stem, chip in SELF_STEMS.items():
            if word.startswith(stem) and chip not in found_self:
                found_self.append(chip)
        reactions = [c for s, c in REACTION_STEMS.items() if " " not in s and word.startswith(s)]
        for chip in [*reactions, *([EXACT[word]] if word in EXACT else [])]:
            if chip not in found_other:
                found_other.append(chip)
    for stem, chip in REACTION_STEMS.items():
        if " " in stem and re.search(rf"\b{stem}", joined) and chip not in found_other:
            found_other.append(chip)
    if not found_self and not found_other:
        found_other.append("other")
    return [*found_self, *found_other]


def _skip(words: list[str], i: int) -> bool:
    """Words that only look like feelings here: "kind of", "open up about"."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (words[i], following) in {("kind", "of"), ("open", "up")}
