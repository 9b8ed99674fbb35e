"""Server-rendered SVG chart of Self-energy over time.

Pure: no Django, no request. Pages embed the string inline; the PDF report can pass
`standalone=True` for a self-contained SVG document. Colours come from presentation attributes
(allowed under the CSP, unlike `style=`) and can be overridden by the `se-*` CSS classes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape, quoteattr

from selfled.selfenergy.qualities import MAX_SCORE, MIN_SCORE, QUALITIES, QUALITY_KEYS

MAX_POINTS = 120
MARKERS_UP_TO = 60
WIDTH = 560
PLOT_HEIGHT = 220
# The 0-10 scale is labelled on both sides: on a phone the chart opens scrolled to its right
# end (the newest check-ins), where the left labels are out of view.
LEFT, RIGHT, TOP, BOTTOM = 44.0, 40.0, 14.0, 36.0
LEGEND_ROW = 22.0
MEAN_COLOUR = "#1f2a30"
# Okabe–Ito based: distinguishable with common colour-vision differences; dashes help too.
COLOURS = {
    "calm": "#0072b2",
    "curiosity": "#e69f00",
    "compassion": "#cc79a7",
    "clarity": "#56b4e9",
    "confidence": "#009e73",
    "courage": "#d55e00",
    "creativity": "#8a6d00",
    "connectedness": "#5b4b8a",
}
DASHES = ("", "6 3", "2 3", "8 3 2 3")


@dataclass(frozen=True)
class Point:
    """One check-in (or the average of several), at a local date-time."""

    at: datetime
    scores: Mapping[str, float]
    count: int = 1  # check-ins averaged into this point

    @property
    def mean(self) -> float:
        return sum(self.scores[k] for k in QUALITY_KEYS) / len(QUALITY_KEYS)


def day(at: datetime) -> str:
    return f"{at.day} {at:%b %Y}"


def one_decimal(value: float) -> str:
    """A score as people read it: one decimal, halves rounded up (6.25 → "6.3")."""
    return str(Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def downsample(points: Sequence[Point], limit: int = MAX_POINTS) -> list[Point]:
    """At most `limit` points: consecutive check-ins averaged in equal-sized groups."""
    if len(points) <= limit:
        return list(points)
    size = math.ceil(len(points) / limit)
    return [_average(points[start : start + size]) for start in range(0, len(points), size)]


def by_day(points: Sequence[Point]) -> list[Point]:
    """One point per calendar day, when the check-ins span more than one day.

    Two check-ins on one day (before and after a session) would otherwise be drawn minutes
    apart on a chart of weeks: a vertical jump that reads as a sudden change. Their average is
    drawn, and its marker says how many it stands for; the history table lists each one.
    """
    if not points or points[0].at.date() == points[-1].at.date():
        return list(points)
    days: dict[object, list[Point]] = {}
    for point in points:
        days.setdefault(point.at.date(), []).append(point)
    return [_average(group) for group in days.values()]


def _average(group: Sequence[Point]) -> Point:
    if len(group) == 1:
        return group[0]
    first = group[0].at
    offset = sum((p.at - first).total_seconds() for p in group) / len(group)
    weights = [p.count for p in group]
    total = sum(weights)
    return Point(
        at=first + timedelta(seconds=offset),
        scores={
            k: sum(p.scores[k] * w for p, w in zip(group, weights, strict=True)) / total
            for k in QUALITY_KEYS
        },
        count=total,
    )


def summary(points: Sequence[Point]) -> str:
    """One plain sentence describing the trend, for <desc> and for screen-reader users."""
    if not points:
        return "No check-ins yet."
    first, last = points[0], points[-1]
    if len(points) == 1:
        return (
            f"One check-in: average Self-energy {one_decimal(first.mean)} out of 10 "
            f"on {day(first.at)}."
        )
    a, b = one_decimal(first.mean), one_decimal(last.mean)
    if Decimal(a) < Decimal(b):
        trend = f"rose from {a} to {b} over {len(points)} check-ins"
    elif Decimal(a) > Decimal(b):
        trend = f"fell from {a} to {b} over {len(points)} check-ins"
    else:
        trend = f"was {a} at both the first and the last of {len(points)} check-ins"
    low = one_decimal(min(p.mean for p in points))
    high = one_decimal(max(p.mean for p in points))
    first_day, last_day = day(first.at), day(last.at)
    when = f"on {first_day}" if first_day == last_day else f"from {first_day} to {last_day}"
    return (
        f"Average Self-energy {trend}, {when} (lowest {low}, highest {high}, "
        "on a scale of 0 to 10)."
    )


class _Frame:
    """Maps time and score to chart coordinates."""

    def __init__(self, points: Sequence[Point]) -> None:
        self.right = WIDTH - RIGHT
        self.bottom = TOP + PLOT_HEIGHT
        self.t0 = points[0].at if points else None
        self.span = (points[-1].at - points[0].at).total_seconds() if points else 0.0

    def x(self, at: datetime) -> float:
        if self.t0 is None or self.span <= 0:
            return (LEFT + self.right) / 2
        return LEFT + (at - self.t0).total_seconds() / self.span * (self.right - LEFT)

    def y(self, score: float) -> float:
        share = (score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)
        return self.bottom - share * PLOT_HEIGHT


def _axes(frame: _Frame, points: Sequence[Point]) -> list[str]:
    parts = ['<g class="se-axes">']
    for score in range(MIN_SCORE, MAX_SCORE + 1, 2):
        y = _num(frame.y(score))
        parts.append(
            f'<line class="se-grid" x1="{_num(LEFT)}" x2="{_num(frame.right)}" y1="{y}" '
            f'y2="{y}" stroke="#d9dcd6" stroke-width="1"/>'
        )
        for x, anchor in ((LEFT - 8, "end"), (frame.right + 8, "start")):
            parts.append(
                f'<text class="se-tick" x="{_num(x)}" y="{y}" text-anchor="{anchor}" '
                f'dominant-baseline="middle" font-size="13" fill="#5b6770">{score}</text>'
            )
    if points:
        first, last = points[0].at, points[-1].at
        # three dates (first, middle, last) stay readable when the chart is drawn small
        ticks = 1 if frame.span <= 0 else min(3, len(points))
        seen = set()
        for i in range(ticks):
            at = first if ticks == 1 else first + (last - first) * (i / (ticks - 1))
            label = day(at)
            if label in seen:
                continue
            seen.add(label)
            anchor = "middle"
            if ticks > 1 and i == 0:
                anchor = "start"
            elif ticks > 1 and i == ticks - 1:
                anchor = "end"
            parts.append(
                f'<text class="se-tick" x="{_num(frame.x(at))}" y="{_num(frame.bottom + 22)}" '
                f'text-anchor="{anchor}" font-size="13" fill="#5b6770">{escape(label)}</text>'
            )
    parts.append("</g>")
    return parts


def _line(frame: _Frame, points: Sequence[Point], key: str | None, index: int) -> list[str]:
    """A polyline for one quality (or the average when key is None), with markers if few."""
    values = [p.mean if key is None else p.scores[key] for p in points]
    pairs = list(zip(points, values, strict=True))
    coords = " ".join(f"{_num(frame.x(p.at))},{_num(frame.y(v))}" for p, v in pairs)
    name = "average" if key is None else key
    colour = MEAN_COLOUR if key is None else COLOURS[key]
    width = "3" if key is None else "1.75"
    dash = "" if key is None else DASHES[index % len(DASHES)]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    parts = [f'<g class="se-series se-{name}">']
    if len(points) > 1:
        parts.append(
            f'<polyline class="se-line" points="{coords}" fill="none" stroke="{colour}" '
            f'stroke-width="{width}" stroke-linejoin="round"{dash_attr}/>'
        )
    if key is None and len(points) <= MARKERS_UP_TO:
        for p, v in pairs:
            parts.append(
                f'<circle class="se-dot" cx="{_num(frame.x(p.at))}" cy="{_num(frame.y(v))}" '
                f'r="4" fill="{colour}">'
                f"<title>{escape(day(p.at))}: {one_decimal(v)}{_of(p.count)}</title></circle>"
            )
    parts.append("</g>")
    return parts


def _of(count: int) -> str:
    return f" (average of {count} check-ins)" if count > 1 else ""


def _legend(top: float) -> list[str]:
    entries = [(None, "Average", MEAN_COLOUR, "")] + [
        (q.key, q.label, COLOURS[q.key], DASHES[i % len(DASHES)]) for i, q in enumerate(QUALITIES)
    ]
    parts = ['<g class="se-legend">']
    column = (WIDTH - LEFT) / 3
    for i, (key, label, colour, dash) in enumerate(entries):
        x = LEFT + (i % 3) * column
        y = top + (i // 3) * LEGEND_ROW
        name = "average" if key is None else key
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        width = "3" if key is None else "2"
        parts.append(
            f'<g class="se-{name}"><line class="se-line" x1="{_num(x)}" x2="{_num(x + 24)}" '
            f'y1="{_num(y)}" y2="{_num(y)}" stroke="{colour}" stroke-width="{width}"{dash_attr}/>'
            f'<text x="{_num(x + 30)}" y="{_num(y)}" dominant-baseline="middle" font-size="13" '
            f'fill="#1f2a30">{escape(label)}</text></g>'
        )
    parts.append("</g>")
    return parts


def render_chart(
    points: Sequence[Point],
    *,
    each_quality: bool = False,
    title: str = "Self-energy over time",
    id_prefix: str = "se-chart",
    max_points: int = MAX_POINTS,
    standalone: bool = False,
) -> str:
    """An accessible SVG line chart of average Self-energy (0–10) over time.

    `points` must be in time order. With `each_quality`, the eight qualities are drawn too,
    with a legend. More than `max_points` check-ins are averaged in groups so the chart stays
    small. `standalone` adds the XML namespace for use outside an HTML page.
    """
    daily = by_day(points)
    drawn = downsample(daily, max_points)
    frame = _Frame(drawn)
    height = TOP + PLOT_HEIGHT + BOTTOM + (3 * LEGEND_ROW + 4 if each_quality else 0)
    description = summary(points)
    if len(daily) < len(points):
        description += " Days with more than one check-in are drawn as their average."
    if len(drawn) < len(daily):
        unit = "check-ins" if len(daily) == len(points) else "days with check-ins"
        description += f" The chart averages every {math.ceil(len(daily) / max_points)} {unit}."
    title_id, desc_id = f"{id_prefix}-title", f"{id_prefix}-desc"
    namespace = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    parts = [
        f"<svg{namespace} class={quoteattr('se-chart' + (' se-chart-all' if each_quality else ''))}"
        f' role="img" viewBox="0 0 {WIDTH} {_num(height)}" width="{WIDTH}"'
        f' height="{_num(height)}" aria-labelledby={quoteattr(f"{title_id} {desc_id}")}'
        ' focusable="false">',
        f"<title id={quoteattr(title_id)}>{escape(title)}</title>",
        f"<desc id={quoteattr(desc_id)}>{escape(description)}</desc>",
    ]
    parts += _axes(frame, drawn)
    if not drawn:
        parts.append(
            f'<text class="se-empty" x="{_num((LEFT + frame.right) / 2)}" '
            f'y="{_num(TOP + PLOT_HEIGHT / 2)}" text-anchor="middle" font-size="14" '
            'fill="#5b6770">No check-ins yet</text>'
        )
    else:
        if each_quality:
            for i, key in enumerate(QUALITY_KEYS):
                parts += _line(frame, drawn, key, i)
        parts += _line(frame, drawn, None, 0)
    if each_quality:
        parts += _legend(TOP + PLOT_HEIGHT + BOTTOM + 8)
    parts.append("</svg>")
    return "".join(parts)
