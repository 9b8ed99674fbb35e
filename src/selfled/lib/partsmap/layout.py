"""Where parts sit on the map.

Coordinates run 0..1 in both directions with the Self at the centre. Exiles sit on an inner
ring near the Self, protectors on an outer ring around them, parts of unknown kind further out.
A new part takes the free spot on its ring that is farthest from every part already placed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

CENTRE = (0.5, 0.5)
MARGIN = 0.06
RINGS = {"exile": 0.2, "manager": 0.34, "firefighter": 0.34, "unknown": 0.42}
SLOTS = 36  # candidate angles per ring
# a part and the label under it stay clear of the Self and its glow (radius about 0.12)
SELF_CLEARANCE = 0.18


def clamp(value: float) -> float:
    """Keep a coordinate on the map (NaN and infinities go to the centre line)."""
    if not math.isfinite(value):
        return 0.5
    return min(1 - MARGIN, max(MARGIN, value))


def clamp_point(x: float, y: float) -> tuple[float, float]:
    return clamp(x), clamp(y)


def place_new(kind: str, taken: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """A spot for a new part of `kind` that keeps clear of `taken` positions and the Self."""
    occupied = list(taken)
    best: tuple[float, float] = CENTRE
    best_gap = -1.0
    base = RINGS.get(kind, RINGS["unknown"])
    for radius in (base, base + 0.07, base - 0.05, base + 0.12):
        for slot in range(SLOTS):
            # Start at the top and alternate sides so early parts spread evenly.
            angle = -math.pi / 2 + (slot * 2 * math.pi / SLOTS)
            x, y = clamp_point(
                CENTRE[0] + radius * math.cos(angle), CENTRE[1] + radius * math.sin(angle)
            )
            if math.dist((x, y), CENTRE) < SELF_CLEARANCE:
                continue
            gap = min((math.dist((x, y), p) for p in occupied), default=1.0)
            if gap > best_gap + 1e-9:
                best, best_gap = (x, y), gap
        if best_gap >= 0.12:
            break
    return round(best[0], 4), round(best[1], 4)
