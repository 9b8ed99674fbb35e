"""The parts map as one SVG picture: the Self at the centre, the parts around it, their links.

Pure and framework-free: the same input gives the same string. Every piece of text that came
from a person (names, labels, titles, URLs) is escaped here, so the result is safe to mark_safe.

Paint is set with presentation attributes, so a static render stands on its own (export, print);
parts/static/parts/parts.css only adds sizing, interaction states and larger text on phones.
Interactive renders carry the data attributes parts/static/parts/map.js reads to drag, key-move
and save parts. `edge_path` has a twin in map.js: change both together.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from selfled.lib.partsmap.layout import RINGS, clamp

__all__ = ["Edge", "Node", "edge_path", "render_map"]


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

NAME_CHARS = 18
SHORT_CHARS = 11
DEFAULT_COLOR = "#6c8ea4"

# Geometry at the reference size of 720; everything scales with size / 720. The 0..1 map is a
# square of EXTENT at ORIGIN, which leaves a strip at the bottom for the legend.
BASE = 720.0
ORIGIN = (60.0, 6.0)
EXTENT = 600.0
NODE_R = 26.0
EXILE_R = 21.0
SELF_R = 34.0
ZIG_STEP = 14.0
ZIG_AMP = 5.0
NAME_FONT = 15.0
LEGEND_FONT = 14.0

INK = "#1f2a30"
MUTED = "#5b6770"
PAPER = "#fbfaf7"
GUIDE = "#e4e1d7"
ACCENT = "#2f6f6a"
DOT_OFF = "#cdd3cf"
EDGE_COLORS = {"protects": "#4d5d66", "polarized": "#b23b3b", "allied": "#3a8150"}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
# Characters XML 1.0 does not allow (and DEL): dropped so the output always parses.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def render_map(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    *,
    interactive: bool,
    title: str = "Parts map",
    size: int = 720,
) -> str:
    """Return one <svg> element as a string (safe to mark_safe: every text escaped)."""
    if size <= 0:
        raise ValueError("size must be positive")
    k = size / BASE
    placed = _unique(nodes)
    g = k * _density(len(placed))  # parts draw smaller on a crowded map
    links = _links(edges, placed)
    prefix = _prefix(title, size, interactive, placed)
    has_links = interactive or any(_safe_url(n.url) for n in placed.values())
    # role="img" would hide the focusable parts from assistive technology.
    role = "group" if has_links else "img"
    attrs = [
        'xmlns="http://www.w3.org/2000/svg"',
        'class="parts-map"',
        f'viewBox="0 0 {size} {size}"',
        f'role="{role}"',
        f'aria-labelledby="{prefix}-title {prefix}-desc"',
        f'font-family="{escape(FONT)}"',
    ]
    if interactive:
        attrs += [
            'data-parts-map=""',
            f'data-origin-x="{_n(ORIGIN[0] * k)}"',
            f'data-origin-y="{_n(ORIGIN[1] * k)}"',
            f'data-extent="{_n(EXTENT * k)}"',
            f'data-scale="{g!r}"',  # exact, so map.js redraws links the same way
        ]
    out = [f"<svg {' '.join(attrs)}>"]
    out.append(f'<title id="{prefix}-title">{_text(title)}</title>')
    out.append(f'<desc id="{prefix}-desc">{_text(summary(placed.values(), links))}</desc>')
    out.extend(_defs(prefix, k))
    out.extend(_backdrop(prefix, k))
    out.append('<g class="edges">')
    for edge in links:
        out.append(_edge(edge, placed, prefix, k, g))
    out.append("</g>")
    out.append('<g class="parts">')
    for node in placed.values():
        out.append(_part(node, k, g, interactive))
    out.append('</g><g class="labels" aria-hidden="true">')
    for node in placed.values():
        out.append(_label(node, k, g))
    out.append("</g>")
    out.extend(_legend(prefix, k))
    out.append("</svg>")
    return "".join(out)


def summary(nodes: Iterable[Node], links: Sequence[Edge]) -> str:
    """One sentence for screen readers: how many parts of each kind, how many links."""
    kinds = Counter(_kind(n.kind) for n in nodes)
    total = sum(kinds.values())
    if total:
        parts = ", ".join(
            f"{kinds[kind]} {KIND_WORDS[kind][kinds[kind] != 1]}" for kind in KINDS if kinds[kind]
        )
        text = f"{total} part{'s' if total != 1 else ''}: {parts}."
    else:
        text = "No parts on the map yet."
    by_kind = Counter(e.kind for e in links)
    if links:
        rel = ", ".join(f"{by_kind[k]} {EDGE_SUMMARY[k]}" for k in EDGE_KINDS if by_kind[k])
        text += f" {len(links)} link{'s' if len(links) != 1 else ''}: {rel}."
    else:
        text += " No links yet."
    return f"The Self is at the centre. {text}"


def edge_path(kind: str, a: tuple[float, float], b: tuple[float, float], scale: float = 1.0) -> str:
    """The `d` of a link from a to b (pixel centres): trimmed to the circles, zig-zag if polarized.

    `scale` is the size of the part glyphs relative to the reference map (data-scale on the svg).
    map.js has the same function (edgePath); keep the two in step.
    """
    r = NODE_R * scale
    start_gap, end_gap = r + 7 * scale, r + (13 if kind == "protects" else 7) * scale
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy)
    if dist <= start_gap + end_gap:
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        return f"M{_n(mx)} {_n(my)}L{_n(mx)} {_n(my)}"
    ux, uy = dx / dist, dy / dist
    x1, y1 = a[0] + ux * start_gap, a[1] + uy * start_gap
    x2, y2 = b[0] - ux * end_gap, b[1] - uy * end_gap
    d = f"M{_n(x1)} {_n(y1)}"
    if kind == "polarized":
        length = dist - start_gap - end_gap
        steps = max(2, math.floor(length / (ZIG_STEP * scale)))
        amp = ZIG_AMP * scale
        for i in range(1, steps):
            t = i / steps
            side = amp if i % 2 else -amp
            px, py = x1 + (x2 - x1) * t - uy * side, y1 + (y2 - y1) * t + ux * side
            d += f"L{_n(px)} {_n(py)}"
    return d + f"L{_n(x2)} {_n(y2)}"


# --- pieces -----------------------------------------------------------------------------------


def _defs(prefix: str, k: float) -> list[str]:
    arrow = EDGE_COLORS["protects"]
    return [
        "<defs>",
        f'<radialGradient id="{prefix}-sun">'
        '<stop offset="0" stop-color="#fff2c2"/>'
        '<stop offset="0.45" stop-color="#fbe08e" stop-opacity="0.7"/>'
        '<stop offset="1" stop-color="#fbe08e" stop-opacity="0"/>'
        "</radialGradient>",
        f'<marker id="{prefix}-arrow" class="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" '
        f'markerUnits="userSpaceOnUse" markerWidth="{_n(11 * k)}" markerHeight="{_n(11 * k)}" '
        f'orient="auto"><path d="M0 0L10 5L0 10z" fill="{arrow}"/></marker>',
        "</defs>",
    ]


def _backdrop(prefix: str, k: float) -> list[str]:
    cx, cy = _px(0.5, 0.5, k)
    out = [
        f'<rect class="map-bg" x="{_n(2 * k)}" y="{_n(2 * k)}" width="{_n(BASE * k - 4 * k)}" '
        f'height="{_n((ORIGIN[1] + EXTENT + 12) * k)}" rx="{_n(16 * k)}" fill="{PAPER}"/>'
    ]
    for radius in sorted(set(RINGS.values())):
        out.append(
            f'<circle class="map-ring" cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius * EXTENT * k)}" '
            f'fill="none" stroke="{GUIDE}" stroke-width="{_n(1.2 * k)}"/>'
        )
    out.append(f'<g class="self" transform="translate({_n(cx)} {_n(cy)})">')
    out.append(f'<circle class="self-glow" r="{_n(SELF_R * 2.1 * k)}" fill="url(#{prefix}-sun)"/>')
    for i in range(12):
        angle = i * math.pi / 6
        c, s = math.cos(angle), math.sin(angle)
        r1, r2 = (SELF_R + 6) * k, (SELF_R + 13) * k
        out.append(
            f'<line class="self-ray" x1="{_n(c * r1)}" y1="{_n(s * r1)}" x2="{_n(c * r2)}" '
            f'y2="{_n(s * r2)}" stroke="#e9bf55" stroke-width="{_n(2 * k)}" '
            'stroke-linecap="round"/>'
        )
    out.append(
        f'<circle class="self-core" r="{_n(SELF_R * k)}" fill="#fde7a2" stroke="#e2b44a" '
        f'stroke-width="{_n(1.5 * k)}"/>'
        f'<text class="self-label" y="{_n(6 * k)}" text-anchor="middle" fill="{INK}" '
        f'font-size="{_n(17 * k)}" font-weight="600">Self</text>'
        "</g>"
    )
    return out


def _edge(edge: Edge, placed: dict[str, Node], prefix: str, k: float, g: float) -> str:
    a, b = placed[edge.source], placed[edge.target]
    d = edge_path(edge.kind, _px(a.x, a.y, k), _px(b.x, b.y, k), g)
    words = f"{_clean(a.name) or 'Unnamed part'} {EDGE_WORDS[edge.kind]} "
    words += _clean(b.name) or "Unnamed part"
    ends = f'data-source="{_attr(edge.source)}" data-target="{_attr(edge.target)}"'
    return _line(edge.kind, d, prefix, k, ends, f"<title>{_text(words)}</title>")


def _line(kind: str, d: str, prefix: str, k: float, extra: str = "", inner: str = "") -> str:
    """A link drawn in its kind's style: arrow, red zig-zag or green dots."""
    paint = f'fill="none" stroke="{EDGE_COLORS[kind]}" stroke-linejoin="round"'
    if kind == "protects":
        paint += f' stroke-width="{_n(2 * k)}" marker-end="url(#{prefix}-arrow)"'
    elif kind == "polarized":
        paint += f' stroke-width="{_n(2 * k)}"'
    else:
        paint += (
            f' stroke-width="{_n(3.2 * k)}" stroke-linecap="round" '
            f'stroke-dasharray="{_n(0.1 * k)} {_n(7 * k)}"'
        )
    extra = f" {extra}" if extra else ""
    return (
        f'<path class="edge edge-{kind}" data-kind="{kind}"{extra} d="{d}" {paint}>{inner}</path>'
    )


def _part(node: Node, k: float, g: float, interactive: bool) -> str:
    kind = _kind(node.kind)
    name = _clean(node.name) or "Unnamed part"
    status_label = _clean(node.status_label)
    x, y = _px(node.x, node.y, k)
    kind_word = KIND_WORDS[kind][0] if kind != "unknown" else "kind not sure yet"
    spoken = f"{name}, {kind_word}, {status_label}"
    if node.added_by_clinician:
        spoken += ", added by clinician"
    url = _safe_url(node.url)
    attrs = [
        f'class="part part-{kind}"',
        f'data-id="{_attr(node.id)}"',
        f'transform="translate({_n(x)} {_n(y)})"',
    ]
    if interactive:
        move_url = _safe_url(node.move_url)
        attrs += ['tabindex="0"', 'role="button"']
        if move_url:
            attrs.append(f'data-move-url="{_attr(move_url)}"')
        attrs += [
            f'data-x="{clamp(node.x):.4f}"',
            f'data-y="{clamp(node.y):.4f}"',
            f'aria-label="{_attr(spoken + ". Use arrow keys to move.")}"',
        ]
    tooltip = f"{name} — {kind_word}, {status_label}"
    if node.added_by_clinician:
        tooltip += ", added by clinician"
    body = _part_body(node, kind, g)
    if url:
        link_attrs = f'href="{_attr(url)}"'
        link_attrs += ' tabindex="-1"' if interactive else f' aria-label="{_attr(spoken)}"'
        body = f'<a class="part-link" {link_attrs}>{body}</a>'
    return f"<g {' '.join(attrs)}><title>{_text(tooltip)}</title>{body}</g>"


def _part_body(node: Node, kind: str, k: float) -> str:
    color = node.color.lower() if _COLOR.fullmatch(node.color or "") else DEFAULT_COLOR
    r = NODE_R * k
    out = [f'<circle class="part-hit" r="{_n(r + 15 * k)}" fill="none" stroke="none"/>']
    out.append(_kind_mark(kind, color, k))
    out.append(_status_dots(node.status, k))
    if node.added_by_clinician:
        out.append(_clinician_mark(r * 0.72, r * 0.72, k))
    return "".join(out)


def _label(node: Node, k: float, g: float) -> str:
    """The name under a part, in a layer above every part so no circle hides it.

    The full name is in the part's <title>; here it is cut to NAME_CHARS, and to SHORT_CHARS
    for phones (parts.css swaps the two), where the text is drawn about twice as large.
    """
    name = _clean(node.name) or "Unnamed part"
    x, y = _px(node.x, node.y, k)
    if len(name) <= SHORT_CHARS:
        inner = _text(name)
    else:
        inner = (
            f'<tspan class="long">{_text(_cut(name, NAME_CHARS))}</tspan>'
            f'<tspan class="short" display="none">{_text(_cut(name, SHORT_CHARS))}</tspan>'
        )
    return (
        f'<text class="part-name" data-for="{_attr(node.id)}" '
        f'transform="translate({_n(x)} {_n(y)})" y="{_n((NODE_R + 22) * g)}" '
        f'text-anchor="middle" fill="{INK}" font-size="{_n(NAME_FONT * g)}" stroke="{PAPER}" '
        f'stroke-width="{_n(4 * g)}" stroke-linejoin="round" paint-order="stroke">{inner}</text>'
    )


def _cut(name: str, limit: int) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _kind_mark(kind: str, color: str, k: float, scale: float = 1.0) -> str:
    """The part's circle in its colour, with an outline that tells its kind."""
    r = NODE_R * k * scale
    ring = r + 3 * k * scale
    if kind == "exile":
        return (
            f'<circle class="part-halo" r="{_n(r + 2 * k * scale)}" fill="{color}" '
            'fill-opacity="0.3"/>'
            f'<circle class="part-fill" r="{_n(EXILE_R * k * scale)}" fill="{color}" '
            f'stroke="#ffffff" stroke-width="{_n(2 * k * scale)}"/>'
        )
    stroke = {
        "manager": f'stroke="{INK}" stroke-width="{_n(2.2 * k * scale)}"',
        "firefighter": f'stroke="{INK}" stroke-width="{_n(3.6 * k * scale)}" '
        f'stroke-dasharray="{_n(7 * k * scale)} {_n(4.5 * k * scale)}"',
        "unknown": f'stroke="{MUTED}" stroke-width="{_n(2.6 * k * scale)}" '
        f'stroke-linecap="round" stroke-dasharray="{_n(0.1 * k)} {_n(5.5 * k * scale)}"',
    }[kind]
    return (
        f'<circle class="part-fill" r="{_n(r)}" fill="{color}"/>'
        f'<circle class="part-ring" r="{_n(ring)}" fill="none" {stroke}/>'
    )


def _status_dots(status: str, k: float, scale: float = 1.0) -> str:
    """Seven dots arching over the part, filled up to the step it has reached."""
    reached = STATUSES.index(status) + 1 if status in STATUSES else 0
    radius = (NODE_R + 10) * k * scale
    dots = []
    for i in range(len(STATUSES)):
        angle = math.radians(-90 - 54 + 18 * i)
        on = i < reached
        dots.append(
            f'<circle class="status-dot{" on" if on else ""}" '
            f'cx="{_n(radius * math.cos(angle))}" cy="{_n(radius * math.sin(angle))}" '
            f'r="{_n(3 * k * scale)}" fill="{ACCENT if on else DOT_OFF}"/>'
        )
    return f'<g class="status" data-step="{reached}">{"".join(dots)}</g>'


def _clinician_mark(x: float, y: float, k: float) -> str:
    s = 6 * k
    return (
        f'<path class="clinician-mark" d="M{_n(x)} {_n(y - s)}L{_n(x + s)} {_n(y)}'
        f'L{_n(x)} {_n(y + s)}L{_n(x - s)} {_n(y)}z" fill="{ACCENT}" stroke="#ffffff" '
        f'stroke-width="{_n(1.5 * k)}"/>'
    )


def _legend(prefix: str, k: float) -> list[str]:
    top = (ORIGIN[1] + EXTENT + 22) * k
    rows = [top + 20 * k, top + 48 * k, top + 76 * k]
    cols = [20 * k, 236 * k, 472 * k]
    swatches = [
        (_legend_edge("protects", prefix, k), "protects"),
        (_legend_edge("polarized", prefix, k), "polarized"),
        (_legend_edge("allied", prefix, k), "allied"),
        (_kind_mark("manager", "#b3c1c9", k, 0.42), "manager"),
        (_kind_mark("firefighter", "#b3c1c9", k, 0.42), "firefighter"),
        (_kind_mark("exile", "#b3c1c9", k, 0.42), "exile"),
        (_kind_mark("unknown", "#b3c1c9", k, 0.42), "not sure yet"),
        (_legend_steps(k), "progress, 7 steps"),
        (_clinician_mark(0, 0, k), "added by clinician"),
    ]
    out = [
        '<g class="legend" aria-hidden="true">',
        f'<line class="legend-rule" x1="{_n(24 * k)}" x2="{_n(696 * k)}" y1="{_n(top)}" '
        f'y2="{_n(top)}" stroke="{GUIDE}" stroke-width="{_n(1 * k)}"/>',
    ]
    for i, (swatch, words) in enumerate(swatches):
        x, y = cols[i % 3], rows[i // 3]
        out.append(
            f'<g class="legend-item" transform="translate({_n(x + 18 * k)} {_n(y)})">{swatch}'
            f'<text class="legend-text" x="{_n(26 * k)}" y="{_n(5 * k)}" fill="{MUTED}" '
            f'font-size="{_n(LEGEND_FONT * k)}">{words}</text></g>'
        )
    out.append("</g>")
    return out


def _legend_edge(kind: str, prefix: str, k: float) -> str:
    # A short sample drawn with the map's own geometry: centres placed so the visible line
    # runs from -16 to +16 around the swatch's middle.
    start_gap = (NODE_R + 7) * k
    end_gap = (NODE_R + (13 if kind == "protects" else 7)) * k
    d = edge_path(kind, (-16 * k - start_gap, 0), (16 * k + end_gap, 0), k)
    return _line(kind, d, prefix, k)


def _legend_steps(k: float) -> str:
    """Three of seven dots filled, the way a part's progress shows."""
    dots = []
    for i in range(7):
        on = i < 3
        dots.append(
            f'<circle class="status-dot{" on" if on else ""}" cx="{_n((i - 3) * 5.5 * k)}" '
            f'cy="0" r="{_n(2.2 * k)}" fill="{ACCENT if on else DOT_OFF}"/>'
        )
    return "".join(dots)


# --- helpers ----------------------------------------------------------------------------------


def _density(count: int) -> float:
    """Up to 20 parts draw full size; more shrink gradually, to 70 % at 50 parts and beyond."""
    return round(max(0.7, 1 - max(0, count - 20) * 0.01), 2)


def _unique(nodes: Sequence[Node]) -> dict[str, Node]:
    """Nodes by id in input order; a repeated id keeps its first node."""
    placed: dict[str, Node] = {}
    for node in nodes:
        placed.setdefault(node.id, node)
    return placed


def _links(edges: Sequence[Edge], placed: dict[str, Node]) -> list[Edge]:
    """Edges between known nodes, of a known kind, once each (symmetric kinds either way)."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for edge in edges:
        if edge.kind not in EDGE_KINDS or edge.source == edge.target:
            continue
        if edge.source not in placed or edge.target not in placed:
            continue
        a, b = edge.source, edge.target
        key = (edge.kind, *sorted((a, b))) if edge.kind in SYMMETRIC else (edge.kind, a, b)
        if key in seen:
            continue
        seen.add(key)
        kept.append(edge)
    return kept


def _prefix(title: str, size: int, interactive: bool, placed: dict[str, Node]) -> str:
    """Ids unique to this picture (two maps on one page), yet stable for the same input."""
    seed = "\n".join([title, str(size), str(interactive), *placed])
    return "pm" + hashlib.blake2s(seed.encode("utf-8", "replace"), digest_size=4).hexdigest()


def _px(x: float, y: float, k: float) -> tuple[float, float]:
    return (ORIGIN[0] + clamp(x) * EXTENT) * k, (ORIGIN[1] + clamp(y) * EXTENT) * k


def _kind(kind: str) -> str:
    return kind if kind in KINDS else "unknown"


def _safe_url(url: str | None) -> str | None:
    """Relative or http(s) URLs only: no javascript: or data: links in the picture."""
    if not url:
        return None
    cleaned = _UNSAFE.sub("", url).strip()
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return None
    return cleaned if cleaned and scheme in ("", "http", "https") else None


def _clean(text: str | None) -> str:
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
