"""Several answers to separate questions (a form's fields, a check-in screen), read one by one.

They are stored and shown as one text joined by line breaks, but each was written on its own:
reading them as one text makes sentences the client never wrote ("I'm not enough, nobody
comes" under *what it carries* and "I see you. I'm here now." under *what you'd say to it*
added up to crisis language together, and neither does alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from .analyzer import analyze
from .model import ANALYZER_VERSION, LABELS, Analysis, LabelResult, PartCandidate, Span

SEPARATOR = "\n"


def joined(answers: Sequence[str]) -> tuple[str, list[tuple[int, str]]]:
    """The answers as one text (empty ones at either end left out) and each answer's offset."""
    pieces = list(answers)
    while pieces and not pieces[0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1].strip():
        pieces.pop()
    at, placed = 0, []
    for piece in pieces:
        placed.append((at, piece))
        at += len(piece) + len(SEPARATOR)
    return SEPARATOR.join(pieces), placed


def analyze_answers(
    answers: Sequence[str], *, known_parts: Sequence[str] = (), mode: str = "rules"
) -> tuple[str, Analysis]:
    """The joined text and one analysis of it in which each answer was read on its own: a
    label's confidence is the highest any answer gave it, and spans point into the joined
    text."""
    text, placed = joined(answers)
    best: dict[str, float] = {}
    spans: dict[str, list[Span]] = {}
    candidates: list[PartCandidate] = []
    notes: list[str] = []
    truncated = False
    version = ANALYZER_VERSION
    for at, piece in placed:
        if not piece.strip():
            continue
        result = analyze(piece, known_parts=known_parts, mode=mode)
        version = result.version
        truncated = truncated or result.truncated
        notes.extend(n for n in result.notes if n not in notes)
        for label in result.labels:
            best[label.label] = max(best.get(label.label, 0.0), label.confidence)
            spans.setdefault(label.label, []).extend(_moved(s, at) for s in label.spans)
        candidates.extend(
            PartCandidate(c.name, _moved(c.span, at), c.matched_part)
            for c in result.part_candidates
        )
    labels = tuple(
        LabelResult(label, best[label], tuple(spans[label])) for label in LABELS if label in best
    )
    return text, Analysis(version, labels, tuple(candidates), truncated, tuple(notes))


def _moved(span: Span, at: int) -> Span:
    return Span(span.start + at, span.end + at, span.text)
