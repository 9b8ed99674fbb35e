"""Where parts sit on the map.

Coordinates run 0..1 in both directions with the Self at the centre. Exiles sit on an inner
ring near the Self, protectors on an outer ring around them, parts of unknown kind further out.
A new part takes the free spot on its ring that is farthest from every part already placed.
Once the rings are crowded (a large system), it takes the spot anywhere on the map that is
farthest from every other part, drawn a little toward its kind's ring, so parts do not land on
top of one another until the map's 1,776 spots are all taken (far beyond any real system).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache

CENTRE = (0.5, 0.5)
MARGIN = 0.06
RINGS = {"exile": 0.2, "manager": 0.34, "firefighter": 0.34, "unknown": 0.42}
SLOTS = 36  # candidate angles per ring
# a part and the label under it stay clear of the Self and its glow (radius about 0.12)
SELF_CLEARANCE = 0.18
# A spot with at least this much room to every part is free enough; with less, the whole map is
# searched. Room is measured as _room() does: a part's name sits under it and is wider than the
# part, and its progress dots sit above it, so parts need more room side by side than a circle
# would (up to about 0.2 for a long name) and about 0.16 one above the other.
FREE_GAP = 0.12
ROOM_X = FREE_GAP / 0.2
ROOM_Y = FREE_GAP / 0.16
# Spacing of the spots searched over the whole map, and how much a spot's distance from the
# kind's ring counts against its room (0.1 off the ring costs as much as 0.015 of room).
GRID_STEP = 0.02
RING_PULL = 0.15
# Parts are sorted into square cells this wide, so finding the nearest one reads a few cells.
CELL = 0.04


def clamp(value: float) -> float:
    """Keep a coordinate on the map (NaN and infinities go to the centre line)."""
    if not math.isfinite(value):
        return 0.5
    return min(1 - MARGIN, max(MARGIN, value))


def clamp_point(x: float, y: float) -> tuple[float, float]:
    return clamp(x), clamp(y)


# A part moved by hand may sit close to the Self, not on it: its centre stays this far from
# the map's centre (the Self's circle is about 0.057 across the 0..1 map, a part about 0.043).
SELF_KEEP_OFF = 0.11


def off_the_self(
    x: float, y: float, taken: Sequence[tuple[float, float]] = ()
) -> tuple[float, float]:
    """A point moved out from the Self to SELF_KEEP_OFF when it would cover it: in the
    direction it was dropped (straight up from the very centre), or the nearest direction
    round the Self where it does not land on a part in `taken`."""
    dx, dy = x - CENTRE[0], y - CENTRE[1]
    distance = math.hypot(dx, dy)
    if distance >= SELF_KEEP_OFF:
        return x, y
    start = math.atan2(dy, dx) if distance else -math.pi / 2
    best, best_room = (x, y), -1.0
    for step in range(SLOTS):  # 0, +10, -10, +20, ... degrees from where it was dropped
        turn = (step + 1) // 2 * (1 if step % 2 else -1) * 2 * math.pi / SLOTS
        spot = (
            round(CENTRE[0] + SELF_KEEP_OFF * math.cos(start + turn), 4),
            round(CENTRE[1] + SELF_KEEP_OFF * math.sin(start + turn), 4),
        )
        room = min((_room(spot, p) for p in taken), default=1.0)
        if room >= FREE_GAP:
            return spot
        if room > best_room:
            best, best_room = spot, room
    return best


def place_new(kind: str, taken: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """A spot for a new part of `kind` that keeps clear of `taken` positions and the Self."""
    occupied = list(taken)
    base = RINGS.get(kind, RINGS["unknown"])
    best: tuple[float, float] = CENTRE
    best_gap = -1.0
    for radius in (base, base + 0.07, base - 0.05, base + 0.12):
        for x, y in _ring(radius):
            gap = min((_room((x, y), p) for p in occupied), default=1.0)
            if gap > best_gap + 1e-9:
                best, best_gap = (x, y), gap
        if best_gap >= FREE_GAP:
            return round(best[0], 4), round(best[1], 4)
    return _anywhere(base, occupied)


@cache
def _ring(radius: float) -> tuple[tuple[float, float], ...]:
    """The ring's candidate spots, from the top and round, clear of the Self."""
    spots = []
    for slot in range(SLOTS):
        angle = -math.pi / 2 + (slot * 2 * math.pi / SLOTS)
        spot = clamp_point(
            CENTRE[0] + radius * math.cos(angle), CENTRE[1] + radius * math.sin(angle)
        )
        if math.dist(spot, CENTRE) >= SELF_CLEARANCE:
            spots.append(spot)
    return tuple(spots)


@cache
def _grid() -> tuple[tuple[float, float], ...]:
    """Spots GRID_STEP apart over the whole map, clear of the Self."""
    count = round((1 - 2 * MARGIN) / GRID_STEP)
    values = [round(MARGIN + i * GRID_STEP, 4) for i in range(count + 1)]
    return tuple(
        (x, y) for y in values for x in values if math.dist((x, y), CENTRE) >= SELF_CLEARANCE
    )


def _anywhere(base: float, occupied: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The spot with the most room around it, drawn toward the ring at `base`."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for point in occupied:
        cells.setdefault(_cell(point), []).append(point)
    best, best_score = CENTRE, -math.inf
    for spot in _grid():
        pull = RING_PULL * abs(math.dist(spot, CENTRE) - base)
        gap = FREE_GAP
        cx, cy = _cell(spot)
        # nearest cells first: a spot is dropped as soon as it cannot beat the best so far
        for dx, dy in _near_cells():
            if gap - pull <= best_score + 1e-9:
                break
            for point in cells.get((cx + dx, cy + dy), ()):
                gap = min(gap, _room(spot, point))
        if gap - pull > best_score + 1e-9:
            best, best_score = spot, gap - pull
    return best


@cache
def _near_cells() -> tuple[tuple[int, int], ...]:
    """Cell offsets that can hold a part with less than FREE_GAP of room, nearest first."""
    reach = math.ceil(FREE_GAP / min(ROOM_X, ROOM_Y) / CELL)
    offsets = [(dx, dy) for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1)]
    return tuple(sorted(offsets, key=lambda o: (max(abs(o[0]), abs(o[1])), abs(o[0]) + abs(o[1]))))


def _room(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How much room there is between two parts, with their names and dots: FREE_GAP or more
    when neither's name runs into the other."""
    return max(abs(a[0] - b[0]) * ROOM_X, abs(a[1] - b[1]) * ROOM_Y)


def _cell(point: tuple[float, float]) -> tuple[int, int]:
    return math.floor(point[0] / CELL), math.floor(point[1] / CELL)
