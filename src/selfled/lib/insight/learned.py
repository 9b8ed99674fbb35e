"""A small learned scorer shipped as JSON weights: one logistic regression per label.

Features are read from the normalized text (see :mod:`normalize`): light-stemmed word
unigrams and bigrams, unigrams inside a negation scope marked ``n:``, and a few
first-person / other-person framing features. Inference is pure Python (dict lookups).
The weights are trained by ``tools/insight/train_model.py``; see that script for the data
and the cross-validated figures. When the weights file is missing the scorer is silent.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

_WEIGHTS = Path(__file__).resolve().parent / "data" / "model.json"

_TOKEN = re.compile(r"[a-z][a-z'-]*|[.!?;]")
_NEGATORS = frozenset(
    "not no never don't doesn't didn't isn't wasn't aren't weren't won't can't cannot "
    "couldn't wouldn't shouldn't haven't hasn't hadn't nothing nobody none neither nor "
    "without".split()
)
_SCOPE_END = frozenset(".!?;")
_STOP_SCOPE = frozenset("but though although however because so".split())
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "ly", "s")


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    cached = _STEMS.get(word)
    if cached is None:
        cached = _stem(word)
        if len(_STEMS) < 50000:
            _STEMS[word] = cached
    return cached


def _stem(word: str) -> str:
    """A crude suffix stripper: dying/died/dies -> "di"-like shared stems are not needed,
    only that inflections of one word meet (cutting/cuts/cut -> cut)."""
    if len(word) <= 4 or "'" in word:
        return word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            base = word[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "y"
            if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]  # cutting -> cutt -> cut
            return base
    return word


def features(ntext: str) -> list[tuple[str, int, int]]:
    """(feature, start, end) triples; offsets point into ``ntext``."""
    out: list[tuple[str, int, int]] = []
    prev: tuple[str, int] | None = None
    negated = 0
    for m in _TOKEN.finditer(ntext):
        tok = m.group(0)
        a, b = m.span()
        if tok in _SCOPE_END:
            prev = None
            negated = 0
            continue
        st = stem(tok.strip("'-")) or tok
        if negated:
            out.append(("n:" + st, a, b))
            negated -= 1
        else:
            out.append(("w:" + st, a, b))
        if prev is not None:
            out.append(("b:" + prev[0] + " " + st, prev[1], b))
        prev = (st, a)
        if tok in _NEGATORS:
            negated = 4
        elif tok in _STOP_SCOPE:
            negated = 0
    return out


def feature_set(ntext: str) -> set[str]:
    """The same features as :func:`features`, without offsets (the fast path)."""
    out: set[str] = set()
    add = out.add
    stems = _STEMS
    prev = ""
    negated = 0
    for tok in _TOKEN.findall(ntext):
        if tok in _SCOPE_END:
            prev = ""
            negated = 0
            continue
        word = tok.strip("'-")
        st = stems.get(word)
        if st is None:
            st = stem(word)
        st = st or tok
        if negated:
            add("n:" + st)
            negated -= 1
        else:
            add("w:" + st)
        if prev:
            add("b:" + prev + " " + st)
        prev = st
        if tok in _NEGATORS:
            negated = 4
        elif tok in _STOP_SCOPE:
            negated = 0
    return out


# Token kinds for :meth:`LearnedModel._rows`: plain, negator, scope stop, scope end.
_PLAIN, _NEGATOR, _STOP, _END = "plain", "negator", "stop", "end"
# (stem, unigram row, negated-unigram row, bigram rows by second stem, kind)
_TokenInfo = tuple[
    str,
    tuple[float, ...] | None,
    tuple[float, ...] | None,
    dict[str, tuple[float, ...]] | None,
    str,
]


@dataclass(frozen=True, slots=True)
class Scored:
    label: str
    probability: float
    evidence: tuple[tuple[int, int], ...]  # normalized offsets of the top positive features


class LearnedModel:
    """Per-label logistic regression over sparse binary features."""

    def __init__(self, labels: list[str], bias: list[float], weights: dict[str, list[float]]):
        self.labels = labels
        self.bias = bias
        self.weights = weights
        # The same weights keyed for the fast path (:meth:`_rows`): unigrams and negated
        # unigrams by stem, bigrams by (stem, stem); no feature strings are built per text.
        self._uni: dict[str, tuple[float, ...]] = {}
        self._neg: dict[str, tuple[float, ...]] = {}
        self._big: dict[tuple[str, str], tuple[float, ...]] = {}
        for name, row in weights.items():
            kind, _, rest = name.partition(":")
            if kind == "w":
                self._uni[rest] = tuple(row)
            elif kind == "n":
                self._neg[rest] = tuple(row)
            elif kind == "b" and " " in rest:
                first, _, second = rest.partition(" ")
                self._big[(first, second)] = tuple(row)
        # bigram rows by first stem, then second (see :meth:`_rows`)
        self._big_after: dict[str, dict[str, tuple[float, ...]]] = {}
        for (first, second), row_t in self._big.items():
            self._big_after.setdefault(first, {})[second] = row_t
        self._tokens: dict[str, _TokenInfo] = {}

    def _token(self, tok: str) -> _TokenInfo:
        """What :meth:`_rows` needs to know of one token, worked out once per model."""
        info = self._tokens.get(tok)
        if info is not None:
            return info
        if tok in _SCOPE_END:
            info = (tok, None, None, None, _END)
        else:
            st = stem(tok.strip("'-")) or tok
            kind = _NEGATOR if tok in _NEGATORS else _STOP if tok in _STOP_SCOPE else _PLAIN
            info = (st, self._uni.get(st), self._neg.get(st), self._big_after.get(st), kind)
        if len(self._tokens) < 50000:
            self._tokens[tok] = info
        return info

    def _rows(self, ntext: str) -> list[tuple[float, ...]]:
        """The weight rows of the features present (each once, in order of first sight),
        as :func:`feature_set`."""
        tokens = self._tokens
        found: dict[object, tuple[float, ...]] = {}  # feature -> its row, first sight kept
        put = found.setdefault
        prev = ""
        after: dict[str, tuple[float, ...]] | None = None  # bigram rows starting at prev
        negated = 0
        for tok in _TOKEN.findall(ntext):
            st, uni_row, neg_row, big_after, kind = tokens.get(tok) or self._token(tok)
            if kind is _END:
                prev = ""
                after = None
                negated = 0
                continue
            if negated:
                negated -= 1
                if neg_row is not None:
                    put(("n", st), neg_row)
            elif uni_row is not None:
                put(st, uni_row)
            if after is not None:
                row = after.get(st)
                if row is not None:
                    put((prev, st), row)
            prev = st
            after = big_after
            if kind is _NEGATOR:
                negated = 4
            elif kind is _STOP:
                negated = 0
        return list(found.values())

    @classmethod
    def load(cls, path: Path = _WEIGHTS) -> LearnedModel | None:
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            return cls(list(data["labels"]), list(data["bias"]), dict(data["weights"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def probabilities(self, ntext: str) -> list[tuple[str, float]]:
        """(label, probability) per label, without evidence (the analyzer's fast path)."""
        found = self._rows(ntext)
        # per label: the bias plus the weights of the features present (summed in C)
        z = list(map(sum, zip(*found, strict=True), self.bias)) if found else list(self.bias)
        return [
            (label, 1.0 / (1.0 + math.exp(-zi)) if zi > -30 else 0.0)
            for label, zi in zip(self.labels, z, strict=True)
        ]

    def score(self, ntext: str, *, evidence: int = 2, min_p: float = 0.0) -> list[Scored]:
        """Probabilities per label; evidence (top positive features) only where p >= min_p."""
        out: list[Scored] = []
        for label, p in self.probabilities(ntext):
            spans = self.evidence(ntext, label, evidence) if p >= min_p and evidence else ()
            out.append(Scored(label, p, spans))
        return out

    def evidence(self, ntext: str, label: str, top: int = 2) -> tuple[tuple[int, int], ...]:
        """Offsets (in ``ntext``) of the features that weigh most for ``label``."""
        i = self.labels.index(label)
        weights = self.weights
        ranked = sorted(
            (
                (weights[f][i], a, b)
                for f, a, b in features(ntext)
                if f in weights and weights[f][i] > 0
            ),
            reverse=True,
        )
        return tuple((a, b) for _, a, b in ranked[:top])


MODEL: LearnedModel | None = LearnedModel.load()
