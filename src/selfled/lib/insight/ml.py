"""The embedding-assisted analyzer ("ml" mode): the rules plus label heads on sentence embeddings.

Each text is embedded with all-MiniLM-L6-v2 (:mod:`embed`): the whole text and, for a text
of more than three sentences, every window of three neighbouring sentences ("deciding"
units), plus each sentence ("placing" units, used only to point at the words). Every unit is
scored per label by a logistic regression; for crisis that probability is averaged with a
k-nearest-neighbour vote over the embedded, labelled training texts (:class:`Neighbours`:
the 40 most similar, weighted by similarity), because crisis wording comes in many small
clusters (passive wishes, preparations, goodbyes, self-harm) that one hyperplane separates
badly from the hard negatives. A label's head probability is the maximum over the deciding
units, and its spans are the sentences inside the triggering unit that reached the label's
threshold (or the highest-scoring one).

Blend with the rules (the rules stay the default analyzer):

* when the rules found a label, their spans are kept and the confidence is the larger of the
  two;
* otherwise the head adds the label when its probability reaches the label's threshold
  (chosen on out-of-fold probabilities for a per-label precision floor of the head alone:
  crisis 0.78 on leave-one-file-out probabilities, i.e. new authors; the others 0.85 or 0.9
  on k-fold ones). For every label but crisis the rules' context checks veto a triggering
  sentence that is someone else's or talks about the words (a podcast, a film, a screening
  question), and a protector fear in a text with no "I"/"me"/"you" but a third person is
  dropped. Crisis keeps every head hit: a missed crisis costs more than a false alarm (the
  veto cost more recall than it gained precision out of fold).

The heads live in ``data/embed_heads.json`` (regressions, thresholds, the neighbours' labels)
and ``data/embed_neighbours.npy`` (the neighbours' whole-text embeddings, float16), written
by ``tools/insight/train_embed_heads.py`` from dev.jsonl + validation.jsonl + train-extra.jsonl
+ fresh-5.jsonl + fresh-4.jsonl + fresh-6.jsonl + fresh-7.jsonl + fresh-8.jsonl +
fresh-9.jsonl + benign-checkins.jsonl, nine authors and a set of ordinary check-in answers
(never the held-out test.jsonl).

Leave-one-file-out over the first four files (heads and thresholds from the other three,
scored on the fourth),
crisis precision / recall of the head alone for ml-1.3, then ml-1.2's method (regression
only) in brackets: dev 0.80 / 0.91 (0.65 / 0.80), validation 0.79 / 0.80 (0.61 / 0.73),
train-extra 0.83 / 0.67 (0.85 / 0.50), fresh-5 0.86 / 0.76 (0.82 / 0.61). Blended with
rules+lex-2.3 (tuned on all four files, so optimistic): crisis 0.80 / 1.00 (0.69 / 1.00),
0.80 / 1.00 (0.66 / 1.00), 0.82 / 0.97 (0.85 / 0.96), 0.86 / 0.99 (0.85 / 0.99); the other
labels are scored as in ml-1.2 and their blended F1 is unchanged in every fold.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import embed as embed_mod
from .analyzer import analyze as rules_analyze
from .context import Context
from .model import (
    ANALYZER_VERSION,
    CRISIS,
    FEAR_IDENTITY,
    FEAR_OVERWHELM,
    FEAR_SAFETY,
    LABELS,
    MAX_CHARS,
    THRESHOLD,
    Analysis,
    LabelResult,
    Span,
)
from .normalize import normalize

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]

ML_VERSION = "ml-1.7"
VERSION = f"{ML_VERSION}+{ANALYZER_VERSION}"

HEADS_PATH = Path(__file__).resolve().parent / "data" / "embed_heads.json"

#: At most this many sentences of one text are embedded (the whole text always is, cut to
#: the model's 256 tokens); the rest is read by the rules only, with a note.
MAX_SENTENCES = 48

_SENTENCE = re.compile(r"[^.!?\n;]*(?:[.!?;]+|\n|$)")
_WORDISH = re.compile(r"[^\W_]")
_FEARS = (FEAR_SAFETY, FEAR_OVERWHELM, FEAR_IDENTITY)
_WRITER = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|myself|we|us|you|your|you'll|you're)\b")
_THIRD = re.compile(
    r"\b(?:he|she|they|he's|she's|they're|him|her|them|my (?:sister|brother|mom|mum|"
    r"mother|dad|father|friend|partner|husband|wife|son|daughter|boss|colleague|coworker|"
    r"client|patient|roommate|neighbou?r|aunt|uncle|cousin|kids?|children))\b"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence with some letters or digits, whitespace trimmed.

    A fragment of one or two words ("ok.", "lol") is joined to the sentence before it.
    """
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a or not _WORDISH.search(text, a, b):
            continue
        if out and len(text[a:b].split()) <= 2:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: A text of more sentences than this is also read in overlapping windows of this many
#: sentences (the heads were trained on whole entries of one to four sentences).
WINDOW = 3


def units(text: str, max_sentences: int = MAX_SENTENCES) -> tuple[list[tuple[int, int]], int]:
    """The spans embedded for one text, and how many of them decide (the rest only place spans).

    Deciding units: the whole text, then, for a text of more than :data:`WINDOW` sentences,
    every window of :data:`WINDOW` neighbouring sentences. Span units: each sentence of a text
    of two or more sentences.
    """
    sents = sentences(text)[:max_sentences]
    if not sents:
        return [(0, len(text))], 1
    deciding = [(sents[0][0], sents[-1][1])]
    if len(sents) > WINDOW:
        deciding.extend(
            (sents[i][0], sents[i + WINDOW - 1][1]) for i in range(len(sents) - WINDOW + 1)
        )
    placing = sents if len(sents) > 1 else []
    return deciding + placing, len(deciding)


@dataclass(frozen=True, slots=True)
class Neighbours:
    """Embedded, labelled training texts for a k-nearest-neighbour vote.

    A unit's vote for a label is the similarity-weighted share of its ``k`` nearest rows
    (cosine similarity) that carry the label, each row weighted by
    ``exp((similarity - best similarity) / temperature)``.
    """

    vectors: FloatArray  # (rows, 384), unit length
    labels: FloatArray  # (rows, len(Heads.labels)), 0.0 or 1.0
    k: int
    temperature: float
    weight: dict[str, float]  # per label, the vote's share of the head probability

    @classmethod
    def load(cls, spec: dict[str, Any], labels: Sequence[str], folder: Path) -> Neighbours:
        import numpy as np

        vectors = np.load(folder / str(spec["file"]), allow_pickle=False).astype(np.float32)
        masks = [int(m) for m in spec["labels"]]
        if vectors.ndim != 2 or vectors.shape != (len(masks), embed_mod.DIM):
            raise ValueError(
                f"{spec['file']}: expected {len(masks)} x {embed_mod.DIM} vectors, "
                f"got {vectors.shape}"
            )
        bits = np.array(
            [[(m >> j) & 1 for j in range(len(labels))] for m in masks], dtype=np.float32
        ).reshape(len(masks), len(labels))
        return cls(
            vectors,
            bits,
            int(spec["k"]),
            float(spec["temperature"]),
            {str(k): float(v) for k, v in spec["weight"].items()},
        )

    def vote(self, vecs: FloatArray) -> FloatArray:
        """(units, labels): the neighbour vote of every label for every unit vector."""
        import numpy as np

        sims = vecs @ self.vectors.T
        k = min(self.k, sims.shape[1])
        idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        top = np.take_along_axis(sims, idx, axis=1)
        w = np.exp((top - top.max(axis=1, keepdims=True)) / self.temperature)
        votes: FloatArray = np.einsum("uk,ukl->ul", w, self.labels[idx]) / w.sum(
            axis=1, keepdims=True
        )
        return votes


@dataclass(frozen=True, slots=True)
class Heads:
    """One logistic regression per label over a 384-d embedding, an optional neighbour vote
    mixed into some labels, and the blend thresholds."""

    labels: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]  # per label, 384 floats
    bias: tuple[float, ...]
    thresholds: dict[str, float]  # head probability at which a label is suggested
    neighbours: Neighbours | None = None

    @classmethod
    def load(cls, path: Path = HEADS_PATH) -> Heads:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        labels = tuple(data["labels"])
        spec = data.get("neighbours")
        return cls(
            labels,
            tuple(tuple(float(x) for x in row) for row in data["weights"]),
            tuple(float(b) for b in data["bias"]),
            {str(k): float(v) for k, v in data["thresholds"].items()},
            Neighbours.load(spec, labels, path.parent) if spec else None,
        )

    def probabilities(self, vecs: FloatArray) -> FloatArray:
        """(units, labels): the head probability of every label for every unit vector: the
        logistic regression, mixed with the neighbour vote where it has a weight."""
        import numpy as np

        w = np.asarray(self.weights, dtype=np.float32)  # (labels, 384)
        z = vecs @ w.T + np.asarray(self.bias, dtype=np.float32)
        probs: FloatArray = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        nb = self.neighbours
        if nb is not None and len(vecs) and any(nb.weight.get(x, 0.0) for x in self.labels):
            share = np.array([nb.weight.get(x, 0.0) for x in self.labels], dtype=np.float32)
            probs = (1.0 - share) * probs + share * nb.vote(vecs)
        return probs


_HEADS: Heads | None = None


def heads() -> Heads:
    global _HEADS
    if _HEADS is None:
        _HEADS = Heads.load()
    return _HEADS


def unit_probabilities(texts: Sequence[str]) -> list[list[list[float]]]:
    """For each text, per unit (see :func:`units`), the head probability of every label.

    All units of all texts are embedded in one batched call.
    """
    h = heads()
    spans_per_text = [units(t)[0] for t in texts]
    flat = [t[a:b] for t, sp in zip(texts, spans_per_text, strict=True) for a, b in sp]
    probs = h.probabilities(embed_mod.embed(flat)).tolist()
    out: list[list[list[float]]] = []
    i = 0
    for sp in spans_per_text:
        out.append(probs[i : i + len(sp)])
        i += len(sp)
    return out


def _to_normalized(starts: list[int], a: int, b: int) -> tuple[int, int]:
    """Original offsets -> offsets into the normalized text (``Normalized.starts`` is the
    original start of every normalized character, in order)."""
    return bisect_left(starts, a), bisect_left(starts, b)


def _vetoed(ctx: Context, ntext: str, a: int, b: int) -> bool:
    """The rules' context checks, applied to a whole sentence the head chose: someone else's
    words or talk about the words (a podcast, a film, a screening question)."""
    if a >= b:
        return True
    if ctx.mention(a, b):
        return True
    chunk = ntext[a:b]
    return _WRITER.search(chunk) is None and _THIRD.search(chunk) is not None


def _blend(text: str, rules: Analysis, probs: list[list[float]]) -> Analysis:
    h = heads()
    spans, n_deciding = units(text)
    notes = list(rules.notes)
    if len(sentences(text)) > MAX_SENTENCES:
        notes.append(
            f"the embedding model read the first {MAX_SENTENCES} sentences; the rest were read "
            "by the rules only"
        )
    by_label = {r.label: r for r in rules.labels}
    norm = normalize(text)
    ntext = norm.text
    ctx = Context(ntext)
    other_only = _WRITER.search(ntext) is None and _THIRD.search(ntext) is not None

    results: list[LabelResult] = []
    for li, label in enumerate(h.labels):
        rule = by_label.get(label)
        threshold = h.thresholds.get(label, 1.0)
        deciding = [(spans[k], probs[k][li]) for k in range(n_deciding)]
        placing = [(spans[k], probs[k][li]) for k in range(n_deciding, len(spans))]
        head_p = 0.0
        chosen: list[tuple[int, int]] = []
        for (a, b), p in deciding:
            if p < threshold or p <= head_p:
                continue
            # The triggering sentences: inside the deciding unit, those at the threshold,
            # or else the one the head scores highest.
            inside = [(sp, q) for sp, q in placing if a <= sp[0] and sp[1] <= b]
            hits = [sp for sp, q in inside if q >= threshold]
            if not hits and inside:
                hits = [max(inside, key=lambda x: x[1])[0]]
            if not hits:
                hits = [(a, b)]
            if label != CRISIS:
                # crisis keeps every head hit (recall first); the others drop sentences that
                # are someone else's or talk about the words
                hits = [
                    sp for sp in hits if not _vetoed(ctx, ntext, *_to_normalized(norm.starts, *sp))
                ]
            if hits:
                head_p, chosen = p, hits
        if label in _FEARS and other_only:
            chosen = []
        head_conf = 0.0
        if chosen:
            # the threshold maps to THRESHOLD and 1.0 to 1.0, linearly
            scaled = THRESHOLD + (1.0 - THRESHOLD) * (head_p - threshold) / max(
                1e-9, 1.0 - threshold
            )
            head_conf = round(min(1.0, max(THRESHOLD, scaled)), 4)
        rule_conf = rule.confidence if rule is not None else 0.0
        if rule is not None and rule.present:
            results.append(LabelResult(label, max(rule_conf, head_conf), rule.spans))
        elif head_conf > rule_conf:
            label_spans = tuple(Span(a, b, text[a:b]) for a, b in sorted(set(chosen)))
            results.append(LabelResult(label, head_conf, label_spans))
        elif rule is not None:
            results.append(rule)
    order = {label: i for i, label in enumerate(LABELS)}
    results.sort(key=lambda r: order.get(r.label, len(order)))
    return Analysis(VERSION, tuple(results), rules.part_candidates, rules.truncated, tuple(notes))


def analyze_many(texts: Sequence[str], *, known_parts: Sequence[str] = ()) -> list[Analysis]:
    """:func:`analyze` for many texts, with the embeddings computed in one batch."""
    embed_mod.encoder()  # fail early and clearly when the extra is missing
    rules = [rules_analyze(t, known_parts=known_parts) for t in texts]
    read = [t[:MAX_CHARS] for t in texts]
    todo = [i for i, t in enumerate(read) if _WORDISH.search(t)]
    probs = unit_probabilities([read[i] for i in todo]) if todo else []
    out = [Analysis(VERSION, r.labels, r.part_candidates, r.truncated, r.notes) for r in rules]
    for i, p in zip(todo, probs, strict=True):
        out[i] = _blend(read[i], rules[i], p)
    return out


def analyze(text: str, *, known_parts: Sequence[str] = ()) -> Analysis:
    """The embedding-assisted analysis of one text; raises EmbeddingUnavailable (an
    ImportError) naming the install commands when the optional dependencies are missing."""
    return analyze_many([text], known_parts=known_parts)[0]
