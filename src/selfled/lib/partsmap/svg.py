"""The parts map as one SVG picture: the Self at the centre, the parts around it, their links.

Pure and framework-free: the same input gives the same string. Every piece of text that came
from a person (names, labels, titles, URLs) is escaped here, so the result is safe to mark_safe.

Paint is set with presentation attributes, so a static render stands on its own (export, print);
parts/static/parts/parts.css adds sizing, interaction states and larger text on phones.
Interactive renders carry the data attributes that parts/static/parts/map.js reads to drag,
key-move and save parts. `edge_path` has a twin in map.js (edgePath): change both together.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from urllib.parse import urlsplit

from selfled.lib.partsmap.layout import RINGS, clamp

__all__ = ["Edge", "Node", "arrow_tip", "edge_path", "legend_html", "render_map", "summary"]


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    kind: str
    status: str
    status_label: str
    color: str
    x: float
    y: float
    url: str | None = None
    move_url: str | None = None
    added_by_clinician: bool = False
    # kept from the care team; only the client's own map draws such a part
    private: bool = False


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str


STATUSES = (
    "noticed",
    "getting_to_know",
    "befriended",
    "gave_permission",
    "witnessed",
    "unburdened",
    "new_role",
)
KINDS = ("manager", "firefighter", "exile", "unknown")
KIND_WORDS = {
    "manager": ("manager", "managers"),
    "firefighter": ("firefighter", "firefighters"),
    "exile": ("exile", "exiles"),
    "unknown": ("not sure yet", "not sure yet"),
}
EDGE_KINDS = ("protects", "polarized", "allied")
EDGE_WORDS = {"protects": "protects", "polarized": "is polarized with", "allied": "is allied with"}
EDGE_SUMMARY = {"protects": "protecting", "polarized": "polarized", "allied": "allied"}
SYMMETRIC = {"polarized", "allied"}

# A name is shown on up to three lines of these many characters, under its part (or over it when
# the name under it would run into another name or part); the full name is in its <title>.
NAME_CHARS = 18
SHORT_CHARS = 12  # on phones, where parts.css draws text about twice as large (PHONE_FONT)
PHONE_FONT = 26.0  # parts.css, .part-name on phones, in the picture's units
NAME_LINES = 3
SHORT_LINES = 2  # a phone's names are larger: two lines, so a crowded map stays readable
LINE_EM = 1.2
CHAR_EM = 0.52  # about the average width of a character, in ems, for the overlap check
UNNAMED = "Unnamed part"
DEFAULT_COLOR = "#6c8ea4"

# Geometry at the reference size 720; the frame scales with size / 720 (k). The 0..1 map is a
# square of EXTENT at ORIGIN, leaving a strip at the bottom for the legend. Part glyphs scale
# with g = k * density, so a crowded map draws its parts smaller.
BASE = 720.0
ORIGIN = (60.0, 6.0)
EXTENT = 600.0
NODE_R = 26.0
EXILE_R = 21.0
SELF_R = 34.0
ZIG_STEP = 14.0
ZIG_AMP = 5.0
NAME_CLEAR = 16.0  # how much further a line stays from a part on the side of its name
NAME_CLEAR_OVER = 44.0  # the same for a name over a part: its progress dots and the lines
NAME_FONT = 15.0
LEGEND_FONT = 14.0

INK = "#1f2a30"
MUTED = "#5b6770"
PAPER = "#fbfaf7"
GUIDE = "#e4e1d7"
ACCENT = "#2f6f6a"
DOT_OFF = "#cdd3cf"
SWATCH = "#b3c1c9"
EDGE_COLORS = {"protects": "#4d5d66", "polarized": "#b23b3b", "allied": "#3a8150"}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
# Characters XML 1.0 does not allow (and DEL): dropped so the output always parses.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class _Part:
    """A Node made safe to draw: text cleaned, kind and colour checked, position clamped."""

    node: Node
    name: str
    kind: str
    step: int  # 1..7 along the status arc, 0 if the status is not known
    status_label: str
    color: str
    fx: float  # 0..1, clamped
    fy: float
    url: str | None
    move_url: str | None

    @property
    def x(self) -> float:
        """Centre in pixels at the reference size."""
        return ORIGIN[0] + self.fx * EXTENT

    @property
    def y(self) -> float:
        return ORIGIN[1] + self.fy * EXTENT

    @property
    def facts(self) -> str:
        kind = KIND_WORDS[self.kind][0] if self.kind != "unknown" else "kind not sure yet"
        text = f"{kind}, {self.status_label}" if self.status_label else kind
        text += ", added by clinician" if self.node.added_by_clinician else ""
        return text + (", private to you" if self.node.private else "")


def render_map(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    *,
    interactive: bool,
    title: str = "Parts map",
    size: int = 720,
) -> str:
    """Return one <svg> element as a string (safe to mark_safe: every text escaped).

    Repeated node ids keep their first node; edges to unknown ids, of unknown kinds, to
    themselves or repeating one already drawn are skipped. The root is role="img" unless the
    picture holds links or movable parts; then it is role="group", since role="img" would hide
    them from assistive technology.
    """
    if size <= 0:
        raise ValueError("size must be positive")
    k = size / BASE
    parts = _prepare(nodes)
    spread = spread_for(len(parts))
    g = k * _density(len(parts))
    links = _links(edges, parts)
    prefix = _prefix(title, size, interactive, parts)
    role = "group" if interactive or any(p.url for p in parts.values()) else "img"
    attrs = (
        f'xmlns="http://www.w3.org/2000/svg" class="parts-map{SPREAD_CLASS[spread]}" '
        f'viewBox="0 0 {size} {size}" '
        f'role="{role}" aria-labelledby="{prefix}-title {prefix}-desc" '
        f'font-family="{escape(FONT)}"'
    )
    if interactive:
        attrs += (
            f' data-parts-map="" data-origin-x="{_n(ORIGIN[0] * k)}" '
            f'data-origin-y="{_n(ORIGIN[1] * k)}" data-extent="{_n(EXTENT * k)}" '
            f'data-scale="{g!r}" '  # exact, so map.js redraws links the same way
            f'data-self-r="{_around(k)[2]!r}"'  # the Self's room that links go round
        )
    # which names go over their part (wide screens): the links keep clear of them too
    above = _label_sides(parts, NAME_FONT * g, NAME_CHARS, g)
    out = [
        f"<svg {attrs}>",
        f'<title id="{prefix}-title">{_text(title)}</title>',
        f'<desc id="{prefix}-desc">{_text(_summary(parts, links))}</desc>',
        _frame(prefix, k),
        '<g class="edges">',
        *_edges(links, parts, prefix, k, g, above),
        "</g>",
        _self_core(k),
        '<g class="parts">',
        *(_part(part, k, g, interactive) for part in parts.values()),
        '</g><g class="labels" aria-hidden="true">',
        *_labels(parts, k, g, above, phone=spread == 1.0),
        "</g>",
        *_arrowheads(links, parts, prefix, k, g, above),
        _legend(prefix, k),
        "</svg>",
    ]
    return "".join(out)


def summary(nodes: Iterable[Node], edges: Iterable[Edge]) -> str:
    """One sentence for screen readers: how many parts of each kind, how many links."""
    parts = _prepare(nodes)
    return _summary(parts, _links(edges, parts))


def _summary(parts: dict[str, _Part], links: list[Edge]) -> str:
    kinds = Counter(p.kind for p in parts.values())
    if parts:
        counts = ", ".join(f"{kinds[c]} {KIND_WORDS[c][kinds[c] != 1]}" for c in KINDS if kinds[c])
        text = f"{_plural(len(parts), 'part')}: {counts}."
    else:
        text = "No parts on the map yet."
    if links:
        by_kind = Counter(e.kind for e in links)
        counts = ", ".join(f"{by_kind[c]} {EDGE_SUMMARY[c]}" for c in EDGE_KINDS if by_kind[c])
        text += f" {_plural(len(links), 'link')}: {counts}."
    else:
        text += " No links yet."
    return f"The Self is at the centre. {text}"


Around = tuple[float, float, float]  # the Self: centre x, y and the radius links keep clear


def edge_path(
    kind: str,
    a: tuple[float, float],
    b: tuple[float, float],
    scale: float = 1.0,
    around: Around | None = None,
    over: Over = (False, False),
) -> str:
    """The `d` of a link between part centres a and b (in pixels).

    Trimmed to clear both parts (a little more at an arrow's end), zig-zag if polarized.
    `scale` is the size of the part glyphs, data-scale on the svg. A link that would cross
    the Self (`around`) bends round it instead, so it never reads as a link with the Self.
    """
    course = _course(kind, a, b, scale, around, over)
    if course is None:
        return _midpoint(a, b)
    (x1, y1, x2, y2, ux, uy, length), bend = course
    d = [f"M{_n(x1)} {_n(y1)}"]
    if bend is None:
        if kind == "polarized":
            steps = max(2, math.floor(length / (ZIG_STEP * scale)))
            for i in range(1, steps):
                t, side = i / steps, (1 if i % 2 else -1) * ZIG_AMP * scale
                d.append(
                    f"L{_n(x1 + (x2 - x1) * t - uy * side)} {_n(y1 + (y2 - y1) * t + ux * side)}"
                )
        d.append(f"L{_n(x2)} {_n(y2)}")
        return "".join(d)
    qx, qy = bend
    if kind != "polarized":
        return f"M{_n(x1)} {_n(y1)}Q{_n(qx)} {_n(qy)} {_n(x2)} {_n(y2)}"
    # a zig-zag along the curve: points on it, each pushed to alternate sides of it
    span = math.hypot(qx - x1, qy - y1) + math.hypot(x2 - qx, y2 - qy)
    steps = max(2, math.floor(span / (ZIG_STEP * scale)))
    for i in range(1, steps):
        t, side = i / steps, (1 if i % 2 else -1) * ZIG_AMP * scale
        px, py = _on_curve(t, (x1, y1), bend, (x2, y2))
        tx = 2 * (1 - t) * (qx - x1) + 2 * t * (x2 - qx)
        ty = 2 * (1 - t) * (qy - y1) + 2 * t * (y2 - qy)
        norm = math.hypot(tx, ty) or 1.0
        d.append(f"L{_n(px - ty / norm * side)} {_n(py + tx / norm * side)}")
    d.append(f"L{_n(x2)} {_n(y2)}")
    return "".join(d)


def _bend(
    start: tuple[float, float],
    end: tuple[float, float],
    ux: float,
    uy: float,
    around: Around | None,
) -> tuple[float, float] | None:
    """The control point of a curve from `start` to `end` that passes outside the Self at its
    middle, or None when the straight line already keeps clear. Twin: bend() in map.js."""
    if around is None:
        return None
    cx, cy, radius = around
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1)
    t = max(0.0, min(length, (cx - x1) * ux + (cy - y1) * uy))
    px, py = x1 + ux * t, y1 + uy * t  # the point of the line nearest the Self's centre
    off = math.hypot(px - cx, py - cy)
    if off >= radius or t <= 0 or t >= length:
        return None
    # out to the side the line already leans to (a line through the very centre: its left)
    nx, ny = ((px - cx) / off, (py - cy) / off) if off > 1e-6 else (uy, -ux)
    reach = radius  # how far out the curve's middle passes; further if the curve still dips in
    for _ in range(BEND_TRIES):
        wx, wy = cx + nx * reach, cy + ny * reach
        qx, qy = 2 * wx - (x1 + x2) / 2, 2 * wy - (y1 + y2) / 2
        if _curve_clear(start, (qx, qy), end, around):
            break
        reach *= 1.2
    return qx, qy


BEND_TRIES = 6


def _on_curve(
    t: float, start: tuple[float, float], control: tuple[float, float], end: tuple[float, float]
) -> tuple[float, float]:
    """The point at `t` (0..1) of a quadratic curve. Twin: onCurve() in map.js (the same
    arithmetic, so both draw the same)."""
    u = 1 - t
    return (
        u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
        u * u * start[1] + 2 * u * t * control[1] + t * t * end[1],
    )


def _course(
    kind: str,
    a: tuple[float, float],
    b: tuple[float, float],
    scale: float,
    around: Around | None,
    over: Over,
) -> (
    tuple[tuple[float, float, float, float, float, float, float], tuple[float, float] | None] | None
):
    """A link's trimmed ends (as _ends) and the control point of its bend round the Self
    (None: straight); None when the parts are too close for a line."""
    ends = _ends(kind, a, b, scale, over)
    if ends is None:
        return None
    x1, y1, x2, y2, ux, uy, _length = ends
    return ends, _bend((x1, y1), (x2, y2), ux, uy, around)


def _curve_clear(
    start: tuple[float, float],
    control: tuple[float, float],
    end: tuple[float, float],
    around: Around,
) -> bool:
    """Whether a quadratic curve keeps out of the circle `around` (sampled; squared distances,
    so map.js's twin decides the same)."""
    cx, cy, radius = around
    inside = radius * radius * 0.95  # the curve's middle is on the circle: a little slack
    for i in range(1, 16):
        px, py = _on_curve(i / 16, start, control, end)
        if (px - cx) * (px - cx) + (py - cy) * (py - cy) < inside:
            return False
    return True


def arrow_tip(
    a: tuple[float, float],
    b: tuple[float, float],
    scale: float = 1.0,
    around: Around | None = None,
    over: Over = (False, False),
) -> str:
    """The `d` of the last sliver of a "protects" link from a to b, which carries its
    arrowhead: it ends where edge_path ends and points the same way. Twin: arrowTip in map.js.
    """
    course = _course("protects", a, b, scale, around, over)
    if course is None:
        return _midpoint(a, b)
    (_x1, _y1, x2, y2, ux, uy, _length), bend = course
    if bend is not None:  # along the curve's last direction
        dx, dy = x2 - bend[0], y2 - bend[1]
        norm = math.hypot(dx, dy) or 1.0
        ux, uy = dx / norm, dy / norm
    return f"M{_n(x2 - 4 * ux)} {_n(y2 - 4 * uy)}L{_n(x2)} {_n(y2)}"


Over = tuple[bool, bool]  # whether the names of a link's two parts are drawn over them


def _ends(
    kind: str,
    a: tuple[float, float],
    b: tuple[float, float],
    scale: float,
    over: Over = (False, False),
) -> tuple[float, float, float, float, float, float, float] | None:
    """Where a link from a to b starts and ends, clear of both parts; its unit direction and
    its length. None when the parts are too close for a line between them."""
    r = NODE_R * scale
    start_gap, end_gap = r + 7 * scale, r + (13 if kind == "protects" else 7) * scale
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy)
    if dist == 0:
        return None
    ux, uy = dx / dist, dy / dist
    # Each part's name sits under it (or over it, `over`): a line leaving toward the name, or
    # arriving from its side (where an arrowhead would land on it), stops short of it.
    # Twin: ends() in map.js.
    start_gap += (
        NAME_CLEAR_OVER * scale * max(0.0, -uy) if over[0] else NAME_CLEAR * scale * max(0.0, uy)
    )
    end_gap += (
        NAME_CLEAR_OVER * scale * max(0.0, uy) if over[1] else NAME_CLEAR * scale * max(0.0, -uy)
    )
    if dist <= start_gap + end_gap:
        return None
    x1, y1 = a[0] + ux * start_gap, a[1] + uy * start_gap
    x2, y2 = b[0] - ux * end_gap, b[1] - uy * end_gap
    return x1, y1, x2, y2, ux, uy, dist - start_gap - end_gap


def _around(k: float) -> Around:
    """The Self as links keep clear of it: its circle and rays, at frame scale k."""
    cx, cy = _px(0.5, 0.5, k)
    return cx, cy, (SELF_R + 16) * k


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> str:
    """A zero-length line halfway between two overlapping parts."""
    mx, my = _n((a[0] + b[0]) / 2), _n((a[1] + b[1]) / 2)
    return f"M{mx} {my}L{mx} {my}"


# --- the pieces of the picture -----------------------------------------------------------------


@lru_cache(maxsize=16)
def _frame(prefix: str, k: float) -> str:
    """Definitions, the background, guide rings and the Self: the same for every map."""
    cx, cy = _px(0.5, 0.5, k)
    out = [
        "<defs>",
        f'<radialGradient id="{prefix}-sun"><stop offset="0" stop-color="#fff2c2"/>'
        '<stop offset="0.45" stop-color="#fbe08e" stop-opacity="0.7"/>'
        '<stop offset="1" stop-color="#fbe08e" stop-opacity="0"/></radialGradient>',
        _arrow_marker(prefix, k),
        "</defs>",
        f'<rect class="map-bg" x="{_n(2 * k)}" y="{_n(2 * k)}" width="{_n((BASE - 4) * k)}" '
        f'height="{_n((ORIGIN[1] + EXTENT + 12) * k)}" rx="{_n(16 * k)}" fill="{PAPER}"/>',
    ]
    # Exiles' ring nearest the Self, then the protectors', then parts not known yet.
    for radius in sorted(set(RINGS.values())):
        out.append(
            f'<circle class="map-ring" cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius * EXTENT * k)}" '
            f'fill="none" stroke="{GUIDE}" stroke-width="{_n(1.2 * k)}"/>'
        )
    out.append(
        f'<g class="self" transform="translate({_n(cx)} {_n(cy)})">'
        f'<circle class="self-glow" r="{_n(SELF_R * 2.1 * k)}" fill="url(#{prefix}-sun)"/>'
    )
    r1, r2 = (SELF_R + 6) * k, (SELF_R + 13) * k
    for i in range(12):
        c, s = math.cos(i * math.pi / 6), math.sin(i * math.pi / 6)
        out.append(
            f'<line class="self-ray" x1="{_n(c * r1)}" y1="{_n(s * r1)}" x2="{_n(c * r2)}" '
            f'y2="{_n(s * r2)}" stroke="#e9bf55" stroke-width="{_n(2 * k)}" '
            'stroke-linecap="round"/>'
        )
    out.append("</g>")
    return "".join(out)


def _self_core(k: float) -> str:
    """The Self's circle and name, drawn over the links so no line runs across the name."""
    cx, cy = _px(0.5, 0.5, k)
    return (
        f'<g class="self self-top" transform="translate({_n(cx)} {_n(cy)})">'
        f'<circle class="self-core" r="{_n(SELF_R * k)}" fill="#fde7a2" stroke="#e2b44a" '
        f'stroke-width="{_n(1.5 * k)}"/><text class="self-label" y="{_n(6 * k)}" '
        f'text-anchor="middle" fill="{INK}" font-size="{_n(17 * k)}" font-weight="600">Self'
        "</text></g>"
    )


def _edges(
    links: list[Edge],
    parts: dict[str, _Part],
    prefix: str,
    k: float,
    g: float,
    above: dict[str, bool],
) -> list[str]:
    """The links, one group per kind that carries the kind's paint for all its lines."""
    out = []
    for kind in EDGE_KINDS:
        lines = [_edge(edge, parts, prefix, k, g, above) for edge in links if edge.kind == kind]
        if lines:
            paint = _paint(kind, prefix, k, arrow=False)
            out += [f'<g class="edge-group" {paint}>', *lines, "</g>"]
    return out


def _arrowheads(
    links: list[Edge],
    parts: dict[str, _Part],
    prefix: str,
    k: float,
    g: float,
    above: dict[str, bool],
) -> list[str]:
    """The arrowheads of "protects" links, in a layer above the names, so that a name under a
    part never hides which way a link points. Each is a marker on the last sliver of its line
    (`arrow_tip`); map.js moves it with the line."""
    tips = []
    for edge in links:
        if edge.kind == "protects":
            a, b = parts[edge.source], parts[edge.target]
            over = (above[edge.source], above[edge.target])
            d = arrow_tip((a.x * k, a.y * k), (b.x * k, b.y * k), g, _around(k), over)
            ends = f'data-source="{_attr(edge.source)}" data-target="{_attr(edge.target)}"'
            tips.append(f'<path class="edge-tip" {ends} d="{d}"/>')
    if not tips:
        return []
    group = (
        f'<g class="edge-tips" aria-hidden="true" pointer-events="none" fill="none" stroke="none" '
        f'marker-end="url(#{prefix}-arrow)">'
    )
    return [group, *tips, "</g>"]


def _edge(
    edge: Edge, parts: dict[str, _Part], prefix: str, k: float, g: float, above: dict[str, bool]
) -> str:
    a, b = parts[edge.source], parts[edge.target]
    over = (above[edge.source], above[edge.target])
    d = edge_path(edge.kind, (a.x * k, a.y * k), (b.x * k, b.y * k), g, _around(k), over)
    ends = f'data-source="{_attr(edge.source)}" data-target="{_attr(edge.target)}"'
    words = f"{a.name} {EDGE_WORDS[edge.kind]} {b.name}"
    title = f"<title>{escape(words, quote=False)}</title>"
    kind = edge.kind
    return f'<path class="edge edge-{kind}" data-kind="{kind}" {ends} d="{d}">{title}</path>'


def _paint(kind: str, prefix: str, k: float, *, arrow: bool = True) -> str:
    """A link's style by kind: an arrow, a red zig-zag or green dots. On the map the arrowhead
    is drawn separately (arrow=False, see _arrowheads)."""
    paint = f'fill="none" stroke="{EDGE_COLORS[kind]}" stroke-linejoin="round"'
    if kind == "protects":
        paint += f' stroke-width="{_n(2 * k)}"'
        if arrow:
            paint += f' marker-end="url(#{prefix}-arrow)"'
    elif kind == "polarized":
        paint += f' stroke-width="{_n(2 * k)}"'
    else:
        paint += (
            f' stroke-width="{_n(3.2 * k)}" stroke-linecap="round" '
            f'stroke-dasharray="{_n(0.1 * k)} {_n(7 * k)}"'
        )
    return paint


def _part(part: _Part, k: float, g: float, interactive: bool) -> str:
    spoken = f"{part.name}, {part.facts}"
    attrs = (
        f'class="part part-{part.kind}" data-id="{_attr(part.node.id)}" '
        f'transform="translate({_n(part.x * k)} {_n(part.y * k)})"'
    )
    if interactive:
        attrs += f' tabindex="0" role="button" data-x="{part.fx:.4f}" data-y="{part.fy:.4f}"'
        hint = ""
        if part.move_url:
            attrs += f' data-move-url="{_attr(part.move_url)}"'
            hint = ". Use arrow keys to move, Enter to open."
        attrs += f' aria-label="{_attr(spoken + hint)}"'
    body = _glyph(
        part.kind, part.color, part.step, part.node.added_by_clinician, part.node.private, g
    )
    if part.url:
        # In the interactive map the part itself takes focus and Enter opens the link.
        # (hidden from assistive technology there: the part's own button names and opens it)
        focus = (
            'tabindex="-1" aria-hidden="true"' if interactive else f'aria-label="{_attr(spoken)}"'
        )
        body = f'<a class="part-link" href="{_attr(part.url)}" {focus}>{body}</a>'
    # map.js takes the name for its messages from before the last " — ".
    tooltip = escape(f"{part.name} — {part.facts}", quote=False)
    return f"<g {attrs}><title>{tooltip}</title>{body}</g>"


@lru_cache(maxsize=1024)
def _glyph(kind: str, color: str, step: int, by_clinician: bool, private: bool, g: float) -> str:
    """A part's picture around (0, 0): hit area, circle and kind outline, progress, markers."""
    r = NODE_R * g
    out = f'<circle class="part-hit" r="{_n(r + 15 * g)}" fill="none" stroke="none"/>'
    out += _kind_mark(kind, color, g) + _status_dots(step, g)
    if by_clinician:
        out += _clinician_mark(r * 0.72, r * 0.72, g)
    if private:
        out += _private_mark(-r * 0.72, r * 0.72, g)
    return out


def _labels(
    parts: dict[str, _Part], k: float, g: float, wide: dict[str, bool], *, phone: bool
) -> list[str]:
    """The names of all parts, each under its part or over it where under it would run into
    another name or part. The side is chosen for a wide screen (`wide`) and, separately, for the
    shorter, larger lines a phone shows (`phone`: parts.css draws them on a map that fits the
    page; a wider map keeps the wide-screen names)."""
    small = _label_sides(parts, PHONE_FONT, SHORT_CHARS, g) if phone else wide
    return [_label(part, k, g, wide[key], small[key]) for key, part in parts.items()]


def _label(part: _Part, k: float, g: float, above: bool = False, above_small: bool = False) -> str:
    """The name of a part, in a layer above all parts so that no circle hides it: under the
    part, or over its progress dots when `above`. Up to three lines (name_lines), and up to two
    shorter ones that parts.css shows on phones instead (placed by `above_small`)."""
    wide = name_lines(part.name, NAME_CHARS)
    short = name_lines(part.name, SHORT_CHARS, SHORT_LINES)
    base = _base(above, g)
    if len(wide) == 1 and wide == short and above == above_small:
        inner = escape(wide[0], quote=False)
    else:
        inner = _tspans("long", wide, above, base, "")
        inner += _tspans("short", short, above_small, _base(above_small, g), ' display="none"')
    side = ' data-side="above"' if above else ""
    return (
        f'<text class="part-name" data-for="{_attr(part.node.id)}"{side} '
        f'transform="translate({_n(part.x * k)} {_n(part.y * k)})" y="{_n(base)}" '
        f'text-anchor="middle" fill="{INK}" font-size="{_n(NAME_FONT * g)}" stroke="{PAPER}" '
        f'stroke-width="{_n(4 * g)}" stroke-linejoin="round" paint-order="stroke">{inner}</text>'
    )


def _base(above: bool, g: float) -> float:
    """Where a name's first (under) or last (over) line sits, from the part's centre."""
    return -(NODE_R + 21) * g if above else (NODE_R + 22) * g


def _tspans(kind: str, lines: list[str], above: bool, base: float, extra: str) -> str:
    """One group of lines. Each group starts again at the text's own position (x, y
    restated), so it reads the same whichever group is hidden; lines are spaced in ems, which
    follow the font size parts.css sets on phones. Over a part, the lines end at the base."""
    rise = _n(-LINE_EM * (len(lines) - 1)) if above else "0"
    out = [f'<tspan class="{kind}"{extra}>']
    for i, line in enumerate(lines):
        place = f'x="0" dy="{LINE_EM}em"' if i else f'x="0" y="{_n(base)}" dy="{rise}em"'
        out.append(f"<tspan {place}>{escape(line, quote=False)}</tspan>")
    out.append("</tspan>")
    return "".join(out)


def name_lines(name: str, width: int, most: int = NAME_LINES) -> list[str]:
    """`name` broken into at most `most` lines of at most `width` characters, at spaces or
    after a hyphen where it can (a word longer than a line is split); a name longer than that
    ends with "…"."""
    # (piece, whether the next piece follows it with no space: after a hyphen, or a split)
    tokens: list[tuple[str, bool]] = []
    for word in name.split():
        pieces = _HYPHENATED.findall(word)
        tokens += [(piece, k < len(pieces) - 1) for k, piece in enumerate(pieces)]
    lines: list[str] = []
    line, glued, ends_glued = "", False, False
    while tokens and len(lines) < most:
        text, joins = tokens[0]
        candidate = line + ("" if glued or not line else " ") + text
        if len(candidate) <= width:
            line, glued = candidate, joins
            tokens.pop(0)
        elif line:  # this line is full: the piece starts the next one
            lines.append(line)
            line, ends_glued, glued = "", glued, False
        elif len(text) <= width + LONG_WORD_SLACK:  # a long word is not broken for a letter
            lines.append(text)  # or two: its line is a little wider
            tokens.pop(0)
            ends_glued = joins
        else:  # a piece much longer than a whole line
            lines.append(text[:width])
            tokens[0] = (text[width:], joins)
            ends_glued = True
    if len(lines) < most:
        return [*lines, line] if line or not lines else lines
    if tokens:  # more than fits: the last line runs on and is cut
        rest = "".join(text + ("" if joins else " ") for text, joins in tokens).strip()
        lines[-1] = _cut(lines[-1] + ("" if ends_glued else " ") + rest, width)
    return lines


_HYPHENATED = re.compile(r"[^-]+-+|[^-]+|-+")
LONG_WORD_SLACK = 3


def _label_sides(parts: dict[str, _Part], font: float, width: int, g: float) -> dict[str, bool]:
    """Whether each part's name goes over it rather than under it, for names of `width`
    characters a line drawn at `font` (in the picture's units).

    A name goes under its part unless there it would overlap a name already placed or another
    part, and over it would overlap less (nothing, as a rule). Parts are taken in order; only
    neighbours are compared (a grid of cells), so this stays quick for a large system.
    """
    cell = max(60.0, font * CHAR_EM * width)
    Box = tuple[float, float, float, float]
    grid: dict[tuple[int, int], list[tuple[str, Box]]] = {}

    def cells(box: Box) -> list[tuple[int, int]]:
        x0, y0, x1, y1 = (int(v // cell) for v in box)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def crowding(owner: str, box: Box) -> float:
        """How much of what is already placed (not the part's own) `box` would cover."""
        seen = {
            (who, other)
            for key in cells(box)
            for who, other in grid.get(key, ())
            if who != owner and _overlap(box, other)
        }
        # covering the Self or leaving the picture (owner "") counts far more than a name
        return sum(
            (min(box[2], o[2]) - max(box[0], o[0]))
            * (min(box[3], o[3]) - max(box[1], o[1]))
            * (100 if who == "" else 1)
            for who, o in seen
        )

    def keep(owner: str, boxes: list[Box]) -> None:
        for box in boxes:
            for key in cells(box):
                grid.setdefault(key, []).append((owner, box))

    side, top = (NODE_R + 4) * g, (NODE_R + 13) * g  # a part, with its progress dots above
    for key, part in parts.items():
        keep(key, [(part.x - side, part.y - top, part.x + side, part.y + side)])
    cx, cy, sun = ORIGIN[0] + EXTENT / 2, ORIGIN[1] + EXTENT / 2, SELF_R  # the Self
    keep("", [(cx - sun, cy - sun, cx + sun, cy + sun)])
    # off the picture: above it, and below the map's background (the legend; a phone crops
    # the picture there)
    bottom = ORIGIN[1] + EXTENT + 12
    keep("", [(-BASE, -BASE, 2 * BASE, 0.0), (-BASE, bottom, 2 * BASE, 2 * BASE)])
    sides = {}
    for key, part in parts.items():
        below = _name_box(part, g, font, width, above=False)
        over = _name_box(part, g, font, width, above=True)
        crowded = crowding(key, below)
        # under it, unless that runs into something and over it runs into less
        sides[key] = above = crowded > 0 and crowding(key, over) < crowded
        keep(key, [over if above else below])
    return sides


def _name_box(
    part: _Part, g: float, font: float, width: int, *, above: bool
) -> tuple[float, float, float, float]:
    """Roughly where a part's name is drawn (x0, y0, x1, y1 at the reference size)."""
    lines = name_lines(part.name, width, NAME_LINES if width == NAME_CHARS else SHORT_LINES)
    half = max(len(line) for line in lines) * CHAR_EM * font / 2
    height = font * (1 + LINE_EM * (len(lines) - 1))
    if above:
        bottom = part.y - (NODE_R + 21) * g + 0.25 * font
        return part.x - half, bottom - height, part.x + half, bottom
    top = part.y + (NODE_R + 22) * g - 0.8 * font
    return part.x - half, top, part.x + half, top + height


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _kind_mark(kind: str, color: str, g: float) -> str:
    """The part's circle in its colour, with an outline that tells its kind."""
    r = NODE_R * g
    if kind == "exile":  # smaller and softer, with a halo
        return (
            f'<circle class="part-halo" r="{_n(r + 2 * g)}" fill="{color}" fill-opacity="0.3"/>'
            f'<circle class="part-fill" r="{_n(EXILE_R * g)}" fill="{color}" stroke="#ffffff" '
            f'stroke-width="{_n(2 * g)}"/>'
        )
    stroke = {
        "manager": f'stroke="{INK}" stroke-width="{_n(2.2 * g)}"',
        "firefighter": f'stroke="{INK}" stroke-width="{_n(3.6 * g)}" '
        f'stroke-dasharray="{_n(7 * g)} {_n(4.5 * g)}"',
        "unknown": f'stroke="{MUTED}" stroke-width="{_n(2.6 * g)}" stroke-linecap="round" '
        f'stroke-dasharray="0.1 {_n(5.5 * g)}"',
    }[kind]
    return (
        f'<circle class="part-fill" r="{_n(r)}" fill="{color}"/>'
        f'<circle class="part-ring" r="{_n(r + 3 * g)}" fill="none" {stroke}/>'
    )


def _status_dots(step: int, g: float) -> str:
    """Seven dots arching over the part, filled up to the step it has reached.

    Each set of dots is one path of zero-length strokes with round caps (a dot each), which
    draws the same as seven circles at a fraction of the markup.
    """
    radius = (NODE_R + 10) * g
    on: list[str] = []
    off: list[str] = []
    for i in range(len(STATUSES)):
        angle = math.radians(-144 + 18 * i)
        point = f"M{_n(radius * math.cos(angle))} {_n(radius * math.sin(angle))}h0"
        (on if i < step else off).append(point)
    return f'<g class="status" data-step="{step}">{_dots(on, off, 3 * g)}</g>'


def _dots(on: list[str], off: list[str], r: float) -> str:
    """Round dots of radius r: the `on` points filled in the accent colour, `off` in grey."""
    width = f'stroke-width="{_n(2 * r)}" stroke-linecap="round"'
    out = ""
    if on:
        out += f'<path class="status-on" d="{"".join(on)}" stroke="{ACCENT}" {width}/>'
    if off:
        out += f'<path class="status-off" d="{"".join(off)}" stroke="{DOT_OFF}" {width}/>'
    return out


def _clinician_mark(x: float, y: float, g: float) -> str:
    s = 6 * g
    return (
        f'<path class="clinician-mark" d="M{_n(x)} {_n(y - s)}L{_n(x + s)} {_n(y)}'
        f'L{_n(x)} {_n(y + s)}L{_n(x - s)} {_n(y)}z" fill="{ACCENT}" stroke="#ffffff" '
        f'stroke-width="{_n(1.5 * g)}"/>'
    )


def _private_mark(x: float, y: float, g: float) -> str:
    """A padlock on a white disc: the part is kept from the care team."""
    w, h, r = 11 * g, 8 * g, 3.2 * g
    top = y - 1.5 * g
    return (
        f'<g class="private-mark"><circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(9.5 * g)}" '
        f'fill="#ffffff" stroke="{INK}" stroke-width="{_n(g)}"/>'
        f'<path d="M{_n(x - r)} {_n(top)}v{_n(-2 * g)}a{_n(r)} {_n(r)} 0 0 1 {_n(2 * r)} 0'
        f'v{_n(2 * g)}" fill="none" stroke="{INK}" stroke-width="{_n(1.8 * g)}"/>'
        f'<rect x="{_n(x - w / 2)}" y="{_n(top)}" width="{_n(w)}" height="{_n(h)}" '
        f'rx="{_n(1.5 * g)}" fill="{INK}"/></g>'
    )


def _legend_samples(prefix: str, k: float) -> list[tuple[str, str]]:
    """(picture around (0, 0), words) for each entry of the legend."""
    small = 0.42 * k
    return [
        (_legend_line("protects", prefix, k), "protects"),
        (_legend_line("polarized", prefix, k), "polarized"),
        (_legend_line("allied", prefix, k), "allied"),
        (_kind_mark("manager", SWATCH, small), "manager"),
        (_kind_mark("firefighter", SWATCH, small), "firefighter"),
        (_kind_mark("exile", SWATCH, small), "exile"),
        (_kind_mark("unknown", SWATCH, small), "not sure yet"),
        (_legend_steps(k), "progress, 7 steps"),
        (_clinician_mark(0, 0, k), "added by clinician"),
    ]


@lru_cache(maxsize=1)
def legend_html() -> str:
    """The legend as an HTML list with a small picture per entry, for pages to show where the
    picture's own legend would be too small to read (phones). Hidden from screen readers:
    the map's description and its table say the same in words."""
    items = []
    for i, (sample, words) in enumerate(_legend_samples("map-key", 1.0)):
        arrow = f"<defs>{_arrow_marker('map-key', 1.0)}</defs>" if i == 0 else ""
        items.append(
            f'<li><svg xmlns="http://www.w3.org/2000/svg" viewBox="-22 -14 44 28" width="44" '
            f'height="28" focusable="false">{arrow}{sample}</svg> {words}</li>'
        )
    return f'<ul class="map-key" aria-hidden="true">{"".join(items)}</ul>'


def _arrow_marker(prefix: str, k: float) -> str:
    """The arrowhead that ends a "protects" link (id `{prefix}-arrow`)."""
    return (
        f'<marker id="{prefix}-arrow" class="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerUnits="userSpaceOnUse" markerWidth="{_n(11 * k)}" markerHeight="{_n(11 * k)}" '
        f'orient="auto"><path d="M0 0L10 5L0 10z" fill="{EDGE_COLORS["protects"]}"/></marker>'
    )


@lru_cache(maxsize=16)
def _legend(prefix: str, k: float) -> str:
    """Three rows of three: the kinds of link, the kinds of part, the progress dots and marker."""
    top = (ORIGIN[1] + EXTENT + 22) * k
    samples = _legend_samples(prefix, k)
    out = [
        '<g class="legend" aria-hidden="true">'
        f'<line class="legend-rule" x1="{_n(24 * k)}" x2="{_n(696 * k)}" y1="{_n(top)}" '
        f'y2="{_n(top)}" stroke="{GUIDE}" stroke-width="{_n(k)}"/>'
    ]
    for i, (sample, words) in enumerate(samples):
        x, y = (38 + 236 * (i % 3)) * k, top + (20 + 28 * (i // 3)) * k
        out.append(
            f'<g class="legend-item" transform="translate({_n(x)} {_n(y)})">{sample}'
            f'<text class="legend-text" x="{_n(26 * k)}" y="{_n(5 * k)}" fill="{MUTED}" '
            f'font-size="{_n(LEGEND_FONT * k)}">{words}</text></g>'
        )
    out.append("</g>")
    return "".join(out)


def _legend_line(kind: str, prefix: str, k: float) -> str:
    # Centres placed so that the visible line runs from -16 to +16 around the sample's middle.
    start_gap = (NODE_R + 7) * k
    end_gap = (NODE_R + (13 if kind == "protects" else 7)) * k
    d = edge_path(kind, (-16 * k - start_gap, 0), (16 * k + end_gap, 0), k)
    return f'<path class="edge edge-{kind}" d="{d}" {_paint(kind, prefix, k)}/>'


def _legend_steps(k: float) -> str:
    """Three of seven dots filled, the way a part's progress shows."""
    points = [f"M{_n((i - 3) * 5.5 * k)} 0h0" for i in range(7)]
    return _dots(points[:3], points[3:], 2.2 * k)


# --- input checks and small helpers ------------------------------------------------------------


def _prepare(nodes: Iterable[Node]) -> dict[str, _Part]:
    """Parts by id in input order (a repeated id keeps its first node), made safe to draw."""
    parts: dict[str, _Part] = {}
    for node in nodes:
        if node.id in parts:
            continue
        parts[node.id] = _Part(
            node=node,
            name=_clean(node.name) or UNNAMED,
            kind=node.kind if node.kind in KINDS else "unknown",
            step=STATUSES.index(node.status) + 1 if node.status in STATUSES else 0,
            status_label=_clean(node.status_label),
            color=node.color.lower() if _COLOR.fullmatch(node.color or "") else DEFAULT_COLOR,
            fx=clamp(node.x),
            fy=clamp(node.y),
            url=_safe_url(node.url),
            move_url=_safe_url(node.move_url),
        )
    return parts


def _links(edges: Iterable[Edge], parts: dict[str, _Part]) -> list[Edge]:
    """Edges between known parts, of a known kind, once each (symmetric kinds either way)."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for edge in edges:
        a, b = edge.source, edge.target
        if edge.kind not in EDGE_KINDS or a == b or a not in parts or b not in parts:
            continue
        key = (edge.kind, *sorted((a, b))) if edge.kind in SYMMETRIC else (edge.kind, a, b)
        if key not in seen:
            seen.add(key)
            kept.append(edge)
    return kept


# A large system is drawn with smaller glyphs and shown wider (the page scrolls it sideways,
# parts.css), so each part keeps its size on screen and its room around it. Up to 70 parts the
# picture fits the page; then 1.5, 2.2 and 3 times as wide.
SPREADS = ((70, 1.0), (160, 1.5), (320, 2.2))
WIDEST = 3.0
SPREAD_CLASS = {1.0: "", 1.5: " spread spread-2", 2.2: " spread spread-3", 3.0: " spread spread-4"}


def spread_for(count: int) -> float:
    """How many times the page's width a map of `count` parts is shown."""
    return next((factor for most, factor in SPREADS if count <= most), WIDEST)


def _density(count: int) -> float:
    """Up to 20 parts draw full size; more shrink gradually, to 70 % from 50 parts, and a map
    shown wider (spread_for) by as much again."""
    return round(max(0.7, 1 - max(0, count - 20) * 0.01) / spread_for(count), 3)


def _prefix(title: str, size: int, interactive: bool, parts: dict[str, _Part]) -> str:
    """Ids unique to this picture (two maps on one page), yet stable for the same input."""
    seed = "\n".join([title, str(size), str(interactive), *parts])
    return "pm" + hashlib.blake2s(seed.encode("utf-8", "replace"), digest_size=4).hexdigest()


def _px(x: float, y: float, k: float) -> tuple[float, float]:
    return (ORIGIN[0] + clamp(x) * EXTENT) * k, (ORIGIN[1] + clamp(y) * EXTENT) * k


def _safe_url(url: str | None) -> str | None:
    """Relative or http(s) URLs only: no javascript: or data: links in the picture."""
    cleaned = _UNSAFE.sub("", url or "").strip()
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return None
    return cleaned if cleaned and scheme in ("", "http", "https") else None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _cut(name: str, limit: int) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _clean(text: str | None) -> str:
    """Text on one line, without characters XML cannot carry."""
    return " ".join(_UNSAFE.sub("", text or "").split())


def _text(text: str) -> str:
    return escape(_clean(text), quote=False)


def _attr(text: str) -> str:
    return escape(_UNSAFE.sub("", text), quote=True)


def _n(value: float) -> str:
    """A coordinate with one decimal, without a trailing .0 (map.js formats the same way)."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text
