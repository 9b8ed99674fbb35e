"""Light normalization that keeps a map back to the original character offsets.

The rules match against a lower-cased, tag-free, lightly spell-corrected copy of the text;
every character of that copy remembers which original characters it came from, so the
spans shown to a person always point into what they wrote.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

# Block-level tags act as line breaks (sentence boundaries); inline tags vanish.
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article hr pre".split()
)

_PASS1 = re.compile(
    r"(?P<tag><(?P<close>/?)(?P<name>[a-z][a-z0-9]{0,10})\b[^<>]{0,500}>|<!--.{0,2000}?-->)"
    r"|(?P<ent>&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,9});)"
    r"|(?P<apos>[\u2018\u2019\u201b\u0060\u00b4\u02bc\u2032])"
    r"|(?P<quote>[\u201c\u201d\u201e\u2033])"
    r"|(?P<dash>[\u2010-\u2015\u2212])"
    r"|(?P<zw>[\u200b-\u200d\u2060\ufeff\u00ad])"
    r"|(?P<space>[\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<ws>[ \t]{2,})"
    r"|(?P<rep>(?P<rl>[a-z])(?P=rl){2,})",
    re.DOTALL,
)

# Common shorthand and misspellings, lower case, whole words only.
_WORDS: dict[str, str] = {
    "im": "i'm",
    "ive": "i've",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "thats": "that's",
    "theres": "there's",
    "whats": "what's",
    "youre": "you're",
    "theyre": "they're",
    "ain't": "am not",
    "u": "you",
    "ur": "your",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "kinda": "kind of",
    "sorta": "sort of",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "becuase": "because",
    "becasue": "because",
    "tho": "though",
    "thru": "through",
    "rn": "right now",
    "idk": "i don't know",
    "idc": "i don't care",
    "ppl": "people",
    "alot": "a lot",
    "anymor": "anymore",
    "any more": "anymore",
    "kms": "kill myself",
    "2 b": "to be",
    "want 2": "want to",
    "need 2": "need to",
    "going 2": "going to",
    "w/o": "without",
    # texting forms of the words that carry "everyone would be fine without me"
    "evry1": "everyone",
    "every1": "everyone",
    "evry": "every",
    "evryone": "everyone",
    "evryday": "everyday",
    "evrything": "everything",
    "no1": "no one",
    "any1": "anyone",
    "some1": "someone",
    "sum1": "someone",
    "wuld": "would",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "shud": "should",
    "wuldnt": "wouldn't",
    "wudnt": "wouldn't",
    # "b" is "be" only after a texting form of a verb that needs it ("plan b", "got a b"
    # stay); the keys hold that form, so ordinary text ("to be", "would be") never has to be
    # rewritten (a several-word key is first looked for as a plain substring)
    "wuld b": "would be",
    "wud b": "would be",
    "wld b": "would be",
    "cud b": "could be",
    "shud b": "should be",
    "gonna b": "going to be",
    "wanna b": "want to be",
    "dont wanna b": "don't want to be",
    "cant b": "can't be",
    "wont b": "won't be",
    "rly": "really",
    "b4": "before",
    "ctb": "end my life",
    "unalive": "kill",
    "unaliving": "killing",
    "unalive myself": "kill myself",
    "unalive urself": "kill yourself",
    "unalive yourself": "kill yourself",
    "unaliving myself": "killing myself",
    "sewer slide": "suicide",
    "sewerslide": "suicide",
    "kill my self": "kill myself",
    "hurt my self": "hurt myself",
    "harm my self": "harm myself",
    "cut my self": "cut myself",
    "kil my self": "kill myself",
    "nite": "night",
    "tonite": "tonight",
    "abt": "about",
    "tmrw": "tomorrow",
    "tmrrw": "tomorrow",
    "wkend": "weekend",
    "srsly": "seriously",
    "everythin": "everything",
    "suicdal": "suicidal",
    "sucidal": "suicidal",
    "suicidel": "suicidal",
    "suicidle": "suicidal",
    "suisidal": "suicidal",
    "suicial": "suicidal",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucicide": "suicide",
    "myslef": "myself",
    "mysef": "myself",
    "mself": "myself",
    "selfharm": "self-harm",
    "cuttng": "cutting",
    "cuting": "cutting",
    "hve": "have",
    "jus": "just",
    "wnt": "want",
    "kil": "kill",
    "self harm": "self-harm",
    "overwelmed": "overwhelmed",
    "overwhelmd": "overwhelmed",
    "overwhemed": "overwhelmed",
    "overwhlemed": "overwhelmed",
    "overwelming": "overwhelming",
    "overwhleming": "overwhelming",
    "anxeity": "anxiety",
    "anxity": "anxiety",
    "depresion": "depression",
    "depresed": "depressed",
    "wierd": "weird",
    "realy": "really",
    "definately": "definitely",
    "beter": "better",
    "curios": "curious",
    "compasion": "compassion",
    "compassionite": "compassionate",
    "compasionate": "compassionate",
    "gounded": "grounded",
    "grouned": "grounded",
    "calme": "calm",
    "drinkin": "drinking",
    "bingin": "binging",
    # the dropped g of texting ("cant stop thinkin bout endin it")
    "thinkin": "thinking",
    "endin": "ending",
    "dyin": "dying",
    "killin": "killing",
    "cuttin": "cutting",
    "hurtin": "hurting",
    "wantin": "wanting",
    "plannin": "planning",
    "livin": "living",
    "nothin": "nothing",
    "somethin": "something",
    "goin": "going",
    "tryin": "trying",
    "feelin": "feeling",
    "doin": "doing",
    "takin": "taking",
    "givin": "giving",
    "talkin": "talking",
    "jumpin": "jumping",
    # "bout" is "about" only after a verb of thinking or talking ("a bout of flu" stays)
    "thinkin bout": "thinking about",
    "thinking bout": "thinking about",
    "think bout": "think about",
    "thought bout": "thought about",
    "talkin bout": "talking about",
    "talking bout": "talking about",
    "bingeing": "binging",
}

_PASS2 = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![\w'])"
)
# A _PASS2 match of a one-word key is a whole run of word characters and apostrophes, so
# the rewrite can be skipped when no such run is a key and no several-word key occurs.
_RUN = re.compile(r"[\w']+")
_ONE_WORD = frozenset(w for w in _WORDS if _RUN.fullmatch(w))
_ONE_WORD_BYTES = frozenset(w.encode() for w in _ONE_WORD if w.isascii())
_SEVERAL_WORDS = tuple(w for w in _WORDS if w not in _ONE_WORD)
# For ASCII text, the runs are what is left after every other character becomes a space.
_NOT_RUN = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'"))
_TO_SPACE = bytes.maketrans(_NOT_RUN, b" " * len(_NOT_RUN))


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text with per-character offsets into the original."""

    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` (non-empty) back to original offsets."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self._tail()
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def _tail(self) -> int:
        return self.ends[-1] if self.ends else 0


def _rewrite(
    text: str,
    starts: list[int],
    ends: list[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> tuple[str, list[int], list[int]]:
    """Apply ``replace`` to every match, carrying the offset maps along."""
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    last = 0
    changed = False
    for m in pattern.finditer(text):
        a, b = m.span()
        repl = replace(m)
        if repl == m.group(0):
            continue
        changed = True
        pieces.append(text[last:a])
        new_starts.extend(starts[last:a])
        new_ends.extend(ends[last:a])
        if repl:
            pieces.append(repl)
            new_starts.extend([starts[a]] * len(repl))
            new_ends.extend([ends[b - 1]] * len(repl))
        last = b
    if not changed:
        return text, starts, ends
    pieces.append(text[last:])
    new_starts.extend(starts[last:])
    new_ends.extend(ends[last:])
    return "".join(pieces), new_starts, new_ends


def _pass1(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "tag" or (kind is None and m.group("tag")):
        name = m.group("name")
        if name is not None and name in _BLOCK_TAGS:
            return "\n"
        return " " if name is None else ""
    if kind == "ent":
        decoded = html.unescape(m.group(0)).lower()
        if len(decoded) != 1:
            return m.group(0) if len(decoded) == 0 else decoded[:1]
        if decoded in "\u2018\u2019":
            return "'"
        return " " if decoded == "\u00a0" else decoded
    if kind == "apos":
        return "'"
    if kind == "quote":
        return '"'
    if kind == "dash":
        return "-"
    if kind == "zw":
        return ""
    if kind == "space":
        return " "
    if kind == "ws":
        return " "
    # Runs of three or more of a letter: "diiiie" -> "die", "soooo" -> "soo" (then the
    # rules accept "so+"), "killll" -> "kill". e/o/consonants keep two ("feeel", "goood").
    run = m.group(0)
    return run[:1] if run[0] in "aiuy" else run[:2]


def _pass2(m: re.Match[str]) -> str:
    return _WORDS[m.group(0)]


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. "İ") lower-case to two; keep those as they are so the
    # normalized text stays aligned with the original before the offset maps start.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# A run of three or more of one letter: the "rep" branch of _PASS1.
_REP = re.compile(r"([a-z])\1\1")


def _pass1_needed(text: str) -> bool:
    """False when no branch of _PASS1 can match (plain ASCII without tags, entities,
    backticks, tabs, double spaces or letter runs), so the scan can be skipped."""
    return (
        not text.isascii()
        or "<" in text
        or "&" in text
        or "`" in text
        or "\t" in text
        or "  " in text
        or _REP.search(text) is not None
    )


def _pass2_needed(text: str) -> bool:
    """False when _PASS2 cannot match (no shorthand or misspelling from _WORDS)."""
    if text.isascii():
        if not _ONE_WORD_BYTES.isdisjoint(text.encode().translate(_TO_SPACE).split()):
            return True
    elif not _ONE_WORD.isdisjoint(_RUN.findall(text)):
        return True
    return any(map(text.__contains__, _SEVERAL_WORDS))


def normalize(text: str) -> Normalized:
    lowered = _lower(text)
    starts = list(range(len(lowered)))
    ends = list(range(1, len(lowered) + 1))
    if _pass1_needed(lowered):
        norm, starts, ends = _rewrite(lowered, starts, ends, _PASS1, _pass1)
    else:
        norm = lowered
    if _pass2_needed(norm):
        norm, starts, ends = _rewrite(norm, starts, ends, _PASS2, _pass2)
    return Normalized(norm, starts, ends)
