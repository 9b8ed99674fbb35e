"""Where new parts land on the map, and how coordinates are kept on it."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from selfled.lib.partsmap.layout import (
    CENTRE,
    MARGIN,
    SELF_CLEARANCE,
    clamp,
    clamp_point,
    place_new,
)

KINDS = ["manager", "firefighter", "exile", "unknown"]


def fill(kinds: list[str]) -> list[tuple[str, tuple[float, float]]]:
    """Place parts one after another, as a client adds them."""
    placed: list[tuple[str, tuple[float, float]]] = []
    for kind in kinds:
        placed.append((kind, place_new(kind, [p for _, p in placed])))
    return placed


def mixed(seed: int, count: int = 60) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(KINDS) for _ in range(count)]


def min_gap(points: list[tuple[float, float]]) -> float:
    return min(math.dist(a, b) for a, b in itertools.combinations(points, 2))


@pytest.mark.parametrize("seed", range(6))
def test_sixty_parts_of_mixed_kinds_keep_apart_and_on_the_map(seed: int) -> None:
    placed = fill(mixed(seed))
    points = [p for _, p in placed]

    assert min_gap(points) >= 0.059
    assert all(MARGIN <= c <= 1 - MARGIN for p in points for c in p)
    assert all(math.dist(p, CENTRE) >= SELF_CLEARANCE for p in points)
    assert len(set(points)) == 60


def test_a_large_system_never_stacks_parts() -> None:
    # The rings hold about 140 spots; beyond them a part takes the roomiest spot anywhere.
    placed = fill(mixed(7, 200))
    points = [p for _, p in placed]

    assert len(set(points)) == 200
    assert min_gap(points) >= 0.03
    assert all(MARGIN <= c <= 1 - MARGIN for p in points for c in p)
    assert all(math.dist(p, CENTRE) >= SELF_CLEARANCE for p in points)


def test_a_large_system_still_keeps_exiles_nearer_the_self() -> None:
    placed = fill(mixed(8, 160))

    def mean_distance(kinds: set[str]) -> float:
        found = [math.dist(p, CENTRE) for kind, p in placed[60:] if kind in kinds]
        return sum(found) / len(found)

    # the later parts, most of them placed once the rings were crowded
    assert mean_distance({"exile"}) < mean_distance({"manager", "firefighter"})


def test_names_do_not_run_into_the_part_below_or_beside() -> None:
    # a name sits under its part and is wider than it: a dozen parts, a usual system, keep
    # about 0.2 apart side by side or 0.16 one above the other (layout._room)
    points = [p for _, p in fill(mixed(11, 12))]

    for a, b in itertools.combinations(points, 2):
        assert abs(a[0] - b[0]) >= 0.2 - 1e-9 or abs(a[1] - b[1]) >= 0.16 - 1e-9, (a, b)


def test_kinds_in_turn_keep_apart() -> None:
    points = [p for _, p in fill(KINDS * 15)]

    assert min_gap(points) >= 0.059


@pytest.mark.parametrize("seed", range(6))
def test_exiles_sit_nearer_the_self_than_protectors(seed: int) -> None:
    placed = fill(mixed(seed, 30))

    def mean_distance(kinds: set[str]) -> float:
        found = [math.dist(p, CENTRE) for kind, p in placed if kind in kinds]
        return sum(found) / len(found)

    assert mean_distance({"exile"}) < mean_distance({"manager", "firefighter"})
    assert mean_distance({"manager", "firefighter"}) <= mean_distance({"unknown"})


def test_first_parts_take_their_ring_at_the_top() -> None:
    assert place_new("exile", []) == (0.5, 0.3)
    assert place_new("manager", []) == (0.5, 0.16)
    assert place_new("firefighter", []) == (0.5, 0.16)
    assert place_new("unknown", []) == (0.5, 0.08)
    assert place_new("something else", []) == place_new("unknown", [])


def test_placement_is_deterministic() -> None:
    kinds = mixed(3, 20)

    assert fill(kinds) == fill(kinds)


def test_a_new_part_avoids_parts_already_there() -> None:
    taken = [(0.5, 0.3)]

    x, y = place_new("exile", taken)

    assert math.dist((x, y), taken[0]) >= 0.2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.5, 0.5),
        (0.06, 0.06),
        (0.94, 0.94),
        (0.0, 0.06),
        (-12.0, 0.06),
        (1.0, 0.94),
        (1e300, 0.94),
        (math.nan, 0.5),
        (math.inf, 0.5),
        (-math.inf, 0.5),
    ],
)
def test_clamp_keeps_values_on_the_map(value: float, expected: float) -> None:
    assert clamp(value) == pytest.approx(expected)


def test_clamp_point_clamps_each_coordinate() -> None:
    assert clamp_point(math.nan, 2.0) == pytest.approx((0.5, 0.94))
    assert clamp_point(-1.0, 0.3) == pytest.approx((0.06, 0.3))


def test_a_part_moved_onto_the_self_is_set_just_beside_it() -> None:
    from selfled.lib.partsmap.layout import SELF_KEEP_OFF, off_the_self

    x, y = off_the_self(0.53, 0.5)
    assert (x, y) == pytest.approx((0.5 + SELF_KEEP_OFF, 0.5))  # straight out, same side
    x, y = off_the_self(0.5, 0.5)
    assert (x, y) == pytest.approx((0.5, 0.5 - SELF_KEEP_OFF))  # from the very centre: up
    x, y = off_the_self(0.47, 0.54)
    assert math.hypot(x - 0.5, y - 0.5) == pytest.approx(SELF_KEEP_OFF, abs=1e-3)
    assert x < 0.5 < y
    assert off_the_self(0.3, 0.5) == (0.3, 0.5)  # elsewhere: left where it was put


def test_a_part_moved_onto_the_self_does_not_land_on_another_part() -> None:
    from selfled.lib.partsmap.layout import FREE_GAP, SELF_KEEP_OFF, _room, off_the_self

    above = (0.5, 0.5 - SELF_KEEP_OFF)  # where a drop on the very centre would go
    spot = off_the_self(0.5, 0.5, [above])
    assert spot != above and _room(spot, above) >= FREE_GAP
    assert math.hypot(spot[0] - 0.5, spot[1] - 0.5) == pytest.approx(SELF_KEEP_OFF, abs=1e-3)
