"""Part names in parts language, matched against the client's known parts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .index import PrefixIndex
from .normalize import Normalized

_ROLE = (
    r"critic|child|children|judge|teenager|teen|kid|parent|protector|bully|perfectionist|"
    r"rebel|cheerleader|skeptic|sceptic|pleaser|people-pleaser|controller|manager|saboteur|"
    r"guardian|warrior|worrier|caretaker|watcher|taskmaster|pusher|planner|fixer|"
    r"overthinker|striver|achiever|bodyguard|gatekeeper|doubter|hider|runner|"
    r"procrastinator|martyr|cynic|pessimist|firefighter|exile|orphan|drill sergeant|nag|"
    r"gremlin|monster"
)
_YOUNG = r"little|young|younger|tiny|small|scared|frightened|lonely|hurt|wounded|baby"
_PART_ADJ = (
    r"angry|scared|frightened|terrified|young|younger|little|critical|protective|anxious|"
    r"lonely|wounded|hurt|vulnerable|ashamed|grieving|numb|numbing|skeptical|sceptical|"
    r"controlling|perfectionist|people-pleasing|pleasing|caretaking|rebellious|wise|"
    r"teenage|exiled|vigilant|hypervigilant|tired|exhausted|drinking|hopeless|furious|"
    r"jealous|defensive|cautious|fearful|needy|shy|judging|judgmental|shaming|bossy|"
    r"stubborn|worried|hiding|frozen|suicidal|despairing|striving|managerial|restless"
)

# "a part that ...": up to six words, then the end of the clause. The head can match in
# one way only, so where no clause end is in reach of it the whole pattern cannot match:
# :func:`_relative_may_match` says so before the regex tries every split of the words.
_RELATIVE_HEAD = (
    r"\b(?:a|the|one|another|this|that|some|other) (?:(?P<adj>" + _PART_ADJ + r") )?"
    r"parts? (?:of me )?(?:that|who|which) "
)
_RELATIVE_REST = r"(?P<rest>(?:[\w'-]+ ?){1,6}?)"
_RELATIVE_END = r"(?=\s*(?:[.,;:!?\n)]|$|\b(?:and|but|because|so|when|while|if)\b))"
_HEAD = re.compile(_RELATIVE_HEAD)
_REACH = re.compile(r"(?:[\w'-]+ ?){1,6}")  # greedy: as far as the rest can go
_END = re.compile(_RELATIVE_END)


def _relative_may_match(text: str, pos: int) -> bool:
    """False when the "relative" pattern cannot match at ``pos``."""
    head = _HEAD.match(text, pos)
    if head is None:
        return False
    reach = _REACH.match(text, head.end())
    if reach is None:
        return False
    end = _END.search(text, head.end() + 1)
    return end is not None and end.start() <= reach.end()


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "inner",
        re.compile(
            r"\b(?:my|the|this|that|our|an|her|his) (?P<name>(?:inner|internal) (?:"
            + _ROLE
            + r"|little girl|little boy|voice|child))\b"
        ),
    ),
    (
        "role",
        re.compile(r"\b(?:my|the|this|that|our) (?P<name>" + _ROLE + r")\b(?! (?:at|of|in) )"),
    ),
    (
        "young",
        re.compile(
            r"\b(?:my|the|this|that) (?P<name>(?:" + _YOUNG + r") (?:one|girl|boy|kid|me|self))\b"
        ),
    ),
    ("relative", re.compile(_RELATIVE_HEAD + _RELATIVE_REST + _RELATIVE_END)),
    (
        "part-of-me",
        re.compile(
            r"\b(?:(?:a|one|another|some|this|that|the) )?(?:(?P<adj>" + _PART_ADJ + r") )?"
            r"part of me (?:that |who |which )?(?P<rest>(?:wants?|feels?|is|was|needs?|says|"
            r"thinks?|believes?|fears?|worries|keeps?|tries|holds?|carries|hates?|longs?|"
            r"craves?|knows?|doesn't|can't|won't|still|really|just)(?: [\w'-]+){0,5}?)"
            r"(?=\s*(?:[.,;:!?\n)]|$|\b(?:and|but|because|so(?= (?:i|we|you|it|that|they|he|"
            r"she)\b)|when|while|if)\b))"
        ),
    ),
    (
        "adj-part",
        re.compile(
            r"\b(?:a|the|my|this|that|one|another|some|other|an) (?P<name>(?:"
            + _PART_ADJ
            + r") parts?)\b(?! of (?!me\b))"
        ),
    ),
)

_INDEX = PrefixIndex([pattern for _, pattern in _PATTERNS])

# Capitalized names after "the" in the original text: "the Worrier", "the Little One".
_NAMED = re.compile(r"\b[Tt]he (?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b")
# Every _NAMED match holds this (a literal-prefix search, far cheaper than _NAMED's scan).
_NAMED_HINT = re.compile(r"he [A-Z]")
_NAMED_SUFFIX = re.compile(
    r"(?:er|or|ist|ic|one|ian|ant|ent|ess|ie|y|child|kid|girl|boy|guard|wall|rebel|judge|"
    r"self|voice|part|exile|teen|nag|ghost|wolf|bear|shadow|storm)$"
)
_NOT_PARTS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday internet government city
    lord bible church doctor therapy university army navy police office company party
    beatles president queen king pope universe earth world sun moon self
    """.split()
)

_STOP = frozenset("the my a an of me part parts this that our inner internal".split())
_REPEAT = re.compile(r"(\w)\1+")


@dataclass(frozen=True, slots=True)
class RawCandidate:
    name: str
    start: int  # original offsets
    end: int
    kind: str


def _key(name: str) -> str:
    words = [w for w in re.findall(r"[\w']+", name.lower()) if w not in _STOP]
    return _REPEAT.sub(r"\1", " ".join(words))


def match_known(name: str, known: Sequence[str]) -> str | None:
    """The known part this candidate names, case- and typo-insensitively, if any."""
    key = _key(name)
    if not key or not known:
        return None
    best: tuple[float, str] | None = None
    key_words = set(key.split())
    for part in known:
        pkey = _key(part)
        if not pkey:
            continue
        if pkey == key:
            return part
        pwords = set(pkey.split())
        if pwords <= key_words or key_words <= pwords:
            score = 0.9
        else:
            score = SequenceMatcher(None, key, pkey).ratio()
        if score >= 0.82 and (best is None or score > best[0]):
            best = (score, part)
    return best[1] if best is not None else None


def _known_patterns(known: Sequence[str]) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for part in known:
        words = re.findall(r"[\w']+", part.lower())
        if not words or len("".join(words)) < 3:
            continue
        # Tolerate doubled letters ("Worrier"/"Worier"), hyphens and spaces.
        body = r"[\s-]+".join(
            "".join(
                re.escape(c) + "+" if c.isalpha() else re.escape(c) for c in _REPEAT.sub(r"\1", w)
            )
            for w in words
        )
        out.append((part, re.compile(r"\b(?P<det>(?:the|my|our) )?(?P<name>" + body + r")\b")))
    return out


PATTERNS = [pattern for _, pattern in _PATTERNS]


# Words a name should not end on ("the part that is scared that" -> "the part that is scared").
_TRAILING = frozenset(
    "that to the a an so very really just of about is was am my and but or if when "
    "feels feel".split()
)


def _tidy_rest(rest: str) -> str:
    words = rest.split()
    while words and words[-1] in _TRAILING:
        words.pop()
    return " ".join(words)


def extract(
    original: str,
    norm: Normalized,
    known_parts: Sequence[str] = (),
    starts: dict[int, list[int]] | None = None,
) -> list[RawCandidate]:
    """Candidate part names, longest first where they overlap, in text order.

    ``starts`` may carry candidate start positions from a shared index (see analyzer).
    """
    found: list[RawCandidate] = []
    text = norm.text
    candidates = _INDEX.candidates(text) if starts is None else starts
    for i, (kind, _pattern) in enumerate(_PATTERNS):
        positions = candidates.get(i)
        if kind == "relative" and positions:
            positions = [p for p in positions if _relative_may_match(text, p)]
        for m in _INDEX.matches(i, text, positions):
            if kind in ("relative", "part-of-me"):
                adj = m.group("adj")
                rest = _tidy_rest(m.group("rest"))
                if not adj and not rest:
                    continue  # "a part of me that is ..." with nothing to name it by
                name = (f"{adj} part" if adj else "part") + (f" that {rest}" if rest else "")
                a, b = m.span()
            else:
                name = m.group("name")
                a, b = m.span("name")
            start, end = norm.original_span(a, b)
            found.append(RawCandidate(name, start, end, kind))
    if _NAMED_HINT.search(original) is not None:
        for m in _NAMED.finditer(original):
            name = m.group("name")
            low = name.lower()
            if low in _NOT_PARTS or not _NAMED_SUFFIX.search(low):
                continue
            found.append(RawCandidate(name, m.start("name"), m.end("name"), "named"))
    for part, pattern in _known_patterns(known_parts):
        for m in pattern.finditer(text):
            a, b = m.span("name")
            start, end = norm.original_span(a, b)
            capitalized = original[start : start + 1].isupper()
            if m.group("det") or capitalized or " " in part.strip():
                found.append(RawCandidate(original[start:end], start, end, "known"))
    return _dedupe(found)


def _dedupe(found: list[RawCandidate]) -> list[RawCandidate]:
    # Prefer known-part hits, then longer spans; drop candidates overlapping a kept one.
    rank = {"known": 0, "named": 1, "inner": 2, "part-of-me": 3, "relative": 3, "young": 4}
    ordered = sorted(found, key=lambda c: (rank.get(c.kind, 5), -(c.end - c.start), c.start))
    kept: list[RawCandidate] = []
    for cand in ordered:
        if any(cand.start < k.end and k.start < cand.end for k in kept):
            continue
        kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
