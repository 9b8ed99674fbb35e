"""Result types and constants of the language-insight analyzer."""

from __future__ import annotations

from dataclasses import dataclass

#: Version of the rule set; stored next to every suggestion so a later rule change is traceable.
ANALYZER_VERSION = "rules+lex-2.17"

#: A label is "present" (suggested to a person) at or above this confidence.
THRESHOLD = 0.5

#: Longer texts are cut to this many characters (with a note), never rejected.
MAX_CHARS = 20000

CRISIS = "crisis"
FEAR_SAFETY = "fear:safety"
FEAR_OVERWHELM = "fear:overwhelm"
FEAR_IDENTITY = "fear:identity"
PARTS = "parts"
SELF = "self"
OLD_PATTERN = "old-pattern"

#: Every label, in display order.
LABELS: tuple[str, ...] = (
    CRISIS,
    FEAR_SAFETY,
    FEAR_OVERWHELM,
    FEAR_IDENTITY,
    PARTS,
    SELF,
    OLD_PATTERN,
)


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the original text; ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class LabelResult:
    label: str
    confidence: float
    spans: tuple[Span, ...]

    @property
    def present(self) -> bool:
        return self.confidence >= THRESHOLD


@dataclass(frozen=True, slots=True)
class PartCandidate:
    """A part name found in parts language, with the client's known part it matches, if any."""

    name: str
    span: Span
    matched_part: str | None


@dataclass(frozen=True, slots=True)
class Analysis:
    version: str
    labels: tuple[LabelResult, ...]
    part_candidates: tuple[PartCandidate, ...]
    truncated: bool
    notes: tuple[str, ...]

    def present(self) -> list[str]:
        """Labels at or above :data:`THRESHOLD`, in :data:`LABELS` order."""
        return [r.label for r in self.labels if r.present]

    def get(self, label: str) -> LabelResult | None:
        for result in self.labels:
            if result.label == label:
                return result
        return None

    def confidence(self, label: str) -> float:
        result = self.get(label)
        return result.confidence if result is not None else 0.0
