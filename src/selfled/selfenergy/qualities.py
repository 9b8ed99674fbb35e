"""The eight qualities of Self (IFS's "8 C's"): names, plain descriptions and the 0–10 scale.

Framework-free so the chart (and, later, the PDF report) can use it without Django.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SCORE = 0
MAX_SCORE = 10
NOTE_MAX_LENGTH = 2000


@dataclass(frozen=True)
class Quality:
    key: str
    label: str
    description: str


QUALITIES: tuple[Quality, ...] = (
    Quality("calm", "Calm", "A settled steadiness, even when things around you are stirred up."),
    Quality("curiosity", "Curiosity", "Wanting to understand, without needing to judge or fix."),
    Quality("compassion", "Compassion", "Warmth and care toward yourself, your parts and others."),
    Quality("clarity", "Clarity", "Seeing what is here as it is, without the fog of old fears."),
    Quality("confidence", "Confidence", "A quiet trust that you can meet whatever comes up."),
    Quality("courage", "Courage", "Being willing to turn toward what feels hard."),
    Quality("creativity", "Creativity", "Openness to fresh ways of seeing and responding."),
    Quality(
        "connectedness",
        "Connectedness",
        "Feeling linked to yourself, to other people and to something larger.",
    ),
)
QUALITY_KEYS: tuple[str, ...] = tuple(q.key for q in QUALITIES)
