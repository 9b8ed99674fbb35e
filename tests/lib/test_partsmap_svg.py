"""The parts map picture: structure, escaping, clamping, accessibility, determinism, speed."""

from __future__ import annotations

import math
import random
import re
import time
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfled.lib.partsmap import svg
from selfled.lib.partsmap.svg import Edge, Node, edge_path, name_lines, render_map, summary

NS = {"s": "http://www.w3.org/2000/svg"}
STATUS_LABELS = {
    "noticed": "Noticed",
    "getting_to_know": "Getting to know",
    "befriended": "Befriended",
    "gave_permission": "Gave permission",
    "witnessed": "Witnessed",
    "unburdened": "Unburdened",
    "new_role": "New role",
}


def node(
    i: int, name: str = "", kind: str = "manager", status: str = "noticed", **extra: object
) -> Node:
    fields: dict = {
        "id": f"id-{i}",
        "name": name or f"Part {i}",
        "kind": kind,
        "status": status,
        "status_label": STATUS_LABELS.get(status, status),
        "color": "#8a6fb0",
        "x": 0.2 + (i % 7) * 0.1,
        "y": 0.2 + (i // 7 % 7) * 0.1,
    }
    fields.update(extra)
    return Node(**fields)


def seven() -> tuple[list[Node], list[Edge]]:
    nodes = [
        node(0, "The Critic", "manager", "befriended", url="/p/0", move_url="/p/0/move"),
        node(1, "Worrier", "manager", url="/p/1", move_url="/p/1/move"),
        node(2, "Pleaser", "manager", "new_role", url="/p/2", move_url="/p/2/move"),
        node(3, "Numbing", "firefighter", url="/p/3", move_url="/p/3/move"),
        node(4, "Rage", "firefighter", url="/p/4", move_url="/p/4/move"),
        node(5, "Little One", "exile", "witnessed", url="/p/5", move_url="/p/5/move"),
        node(6, "Foggy", "unknown", added_by_clinician=True, url="/p/6", move_url="/p/6/move"),
    ]
    edges = [
        Edge("id-0", "id-5", "protects"),
        Edge("id-4", "id-5", "protects"),
        Edge("id-0", "id-3", "polarized"),
        Edge("id-1", "id-4", "polarized"),
        Edge("id-1", "id-2", "allied"),
    ]
    return nodes, edges


def parse(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 (our own output, no entities or DTD)


def parts_of(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{{{NS['s']}}}g") if g.get("class", "").startswith("part ")]


def dots(part: ET.Element, cls: str) -> int:
    """How many status dots of a class (status-on / status-off) a part draws."""
    path = part.find(f".//s:path[@class='{cls}']", NS)
    return 0 if path is None else path.get("d", "").count("h0")


def edges_of(root: ET.Element) -> list[ET.Element]:
    paths = root.iter(f"{{{NS['s']}}}path")
    return [p for p in paths if p.get("data-source") and p.get("class") != "edge-tip"]


def label_of(root: ET.Element, node_id: str) -> ET.Element:
    (label,) = [t for t in root.iter(f"{{{NS['s']}}}text") if t.get("data-for") == node_id]
    return label


def lines_of(label: ET.Element, kind: str = "long") -> list[str]:
    """The lines a label shows on a wide screen ("long") or on a phone ("short")."""
    group = label.find(f"s:tspan[@class='{kind}']", NS)
    if group is None:
        return [label.text or ""]
    return [line.text or "" for line in group.findall("s:tspan", NS)]


def shown(label: ET.Element) -> str:
    """The text a label shows on a wide screen, its lines joined by a space."""
    return " ".join(lines_of(label))


def translate(element: ET.Element) -> tuple[float, float]:
    match = re.fullmatch(r"translate\(([-\d.]+) ([-\d.]+)\)", element.get("transform", ""))
    assert match, element.get("transform")
    return float(match[1]), float(match[2])


def centre(x: float, y: float, size: int = 720) -> tuple[float, float]:
    k = size / 720
    return (60 + x * 600) * k, (6 + y * 600) * k


# --- structure ---------------------------------------------------------------------------------


@pytest.mark.parametrize("interactive", [True, False])
def test_output_is_one_svg_with_a_part_per_node_and_a_path_per_edge(interactive: bool) -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=interactive))

    assert root.tag == f"{{{NS['s']}}}svg"
    assert root.get("viewBox") == "0 0 720 720"
    assert [g.get("data-id") for g in parts_of(root)] == [n.id for n in nodes]
    assert [
        (e.get("data-source"), e.get("data-target"), e.get("data-kind")) for e in edges_of(root)
    ] == [(e.source, e.target, e.kind) for e in edges]
    assert len(root.findall(".//s:g[@class='legend']", NS)) == 1
    self_label = root.find(".//s:text[@class='self-label']", NS)
    assert self_label is not None and self_label.text == "Self"


def test_parts_sit_where_their_coordinates_say_and_labels_follow() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=True))

    for g, n in zip(parts_of(root), nodes, strict=True):
        assert translate(g) == pytest.approx(centre(n.x, n.y), abs=0.06)
        assert translate(label_of(root, n.id)) == translate(g)


def test_each_kind_and_status_is_drawn() -> None:
    nodes = [node(i, kind=kind) for i, kind in enumerate(["manager", "firefighter", "exile", "x"])]
    nodes += [node(10 + i, status=status) for i, status in enumerate(STATUS_LABELS)]
    nodes.append(node(20, status="dreaming"))
    root = parse(render_map(nodes, [], interactive=False))

    classes = [g.get("class") for g in parts_of(root)]
    assert classes[:4] == [
        "part part-manager",
        "part part-firefighter",
        "part part-exile",
        "part part-unknown",
    ]
    steps = [g.find(".//s:g[@class='status']", NS).get("data-step") for g in parts_of(root)]
    assert steps[4:] == ["1", "2", "3", "4", "5", "6", "7", "0"]
    on = [dots(g, "status-on") for g in parts_of(root)]
    off = [dots(g, "status-off") for g in parts_of(root)]
    assert on[4:] == [1, 2, 3, 4, 5, 6, 7, 0]
    assert [a + b for a, b in zip(on, off, strict=True)] == [7] * len(on)


def test_clinician_marker_only_on_parts_the_clinician_added() -> None:
    nodes = [node(0), node(1, added_by_clinician=True)]
    root = parse(render_map(nodes, [], interactive=False))

    marks = [len(g.findall(".//s:path[@class='clinician-mark']", NS)) for g in parts_of(root)]
    assert marks == [0, 1]
    assert "added by clinician" in parts_of(root)[1].find("s:title", NS).text


def test_a_private_part_carries_a_padlock_and_says_so() -> None:
    nodes = [node(0, "Kept", private=True, move_url="/p/0/move"), node(1, "Shared")]

    root = parse(render_map(nodes, [], interactive=True))

    kept, shared = parts_of(root)
    assert kept.find(".//s:g[@class='private-mark']", NS) is not None
    assert shared.find(".//s:g[@class='private-mark']", NS) is None
    assert "private to you" in kept.get("aria-label", "")
    assert "private" not in shared.get("aria-label", "")


def test_edges_to_unknown_parts_and_odd_edges_are_skipped() -> None:
    nodes = [node(0), node(1), node(2)]
    edges = [
        Edge("id-0", "id-1", "protects"),
        Edge("id-0", "ghost", "protects"),
        Edge("ghost", "id-1", "allied"),
        Edge("id-0", "id-0", "allied"),
        Edge("id-1", "id-2", "befriends"),
        Edge("id-1", "id-2", "polarized"),
        Edge("id-2", "id-1", "polarized"),  # the same conflict seen from the other side
        Edge("id-0", "id-1", "protects"),
        Edge("id-1", "id-0", "protects"),  # protecting is directed: a different link
    ]
    root = parse(render_map(nodes, edges, interactive=False))

    assert [
        (e.get("data-source"), e.get("data-target"), e.get("data-kind")) for e in edges_of(root)
    ] == [  # grouped by kind, in input order within a kind
        ("id-0", "id-1", "protects"),
        ("id-1", "id-0", "protects"),
        ("id-1", "id-2", "polarized"),
    ]
    assert "3 links: 2 protecting, 1 polarized." in root.find("s:desc", NS).text


def test_repeated_node_id_keeps_the_first() -> None:
    root = parse(render_map([node(0, "First"), node(0, "Second")], [], interactive=False))

    assert len(parts_of(root)) == 1
    assert label_of(root, "id-0").text == "First"


def test_edge_styles_differ_by_kind() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=False))
    by_kind = {e.get("data-kind"): e for e in edges_of(root)}
    # Each kind's paint sits on the group that holds its lines (inherited by them).
    group_of = {child: group for group in root.iter(f"{{{NS['s']}}}g") for child in group}
    paint = {kind: group_of[edge] for kind, edge in by_kind.items()}

    tips = root.find(".//s:g[@class='edge-tips']", NS)
    assert tips is not None and tips.get("marker-end", "").startswith("url(#pm")
    assert not paint["protects"].get("marker-end")  # the line itself: its head is in the tips
    assert paint["allied"].get("stroke-dasharray")
    assert not paint["polarized"].get("stroke-dasharray")
    assert {paint[kind].get("stroke") for kind in paint} == {"#4d5d66", "#b23b3b", "#3a8150"}
    assert by_kind["polarized"].get("d", "").count("L") > 2  # a zig-zag
    arrow_id = tips.get("marker-end", "")[5:-1]
    assert root.find(f".//s:marker[@id='{arrow_id}']", NS) is not None


# --- text safety -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        '<script>alert("x")</script>',
        'Tom & Jerry\'s "voice"',
        "</text></svg><img src=x onerror=alert(1)>",
        "]]><!-- -->",
    ],
)
def test_names_are_escaped(name: str) -> None:
    nodes = [node(0, name, url="/p/0", move_url="/p/0/move"), node(1, "Other")]
    text = render_map(nodes, [Edge("id-0", "id-1", "protects")], interactive=True, title=name)

    root = parse(text)  # still one well-formed picture
    assert "<script" not in text and "<img" not in text
    assert parts_of(root)[0].find("s:title", NS).text.startswith(name)
    assert parts_of(root)[0].get("aria-label", "").startswith(f"{name}, manager")
    assert root.find("s:title", NS).text == name
    assert edges_of(root)[0].find("s:title", NS).text == f"{name} protects Other"


def test_ids_urls_and_labels_are_escaped_in_attributes() -> None:
    weird = Node(
        id='x" onload="alert(1)',
        name="A",
        kind="manager",
        status="noticed",
        status_label='Noticed" onfocus="x',
        color="#123456",
        x=0.3,
        y=0.3,
        url='/p/?a=1&b="2"',
        move_url="/p/move?x=<1>",
    )
    text = render_map([weird], [], interactive=True)

    (g,) = parts_of(parse(text))
    assert g.get("data-id") == 'x" onload="alert(1)'
    assert g.get("data-move-url") == "/p/move?x=<1>"
    assert g.find("s:a", NS).get("href") == '/p/?a=1&b="2"'
    assert "onload=" not in text.replace("onload=&quot;", "")


def test_unsafe_links_are_dropped() -> None:
    nodes = [
        node(0, url="javascript:alert(1)", move_url="data:text/html,x"),
        node(1, url=" JavaScript:alert(1)"),
        node(2, url="https://example.org/p/2"),
    ]
    root = parse(render_map(nodes, [], interactive=True))

    links = [g.find("s:a", NS) for g in parts_of(root)]
    assert links[0] is None and links[1] is None
    assert links[2] is not None and links[2].get("href") == "https://example.org/p/2"
    assert parts_of(root)[0].get("data-move-url") is None
    # Without a place to save to, the part opens but does not offer to move.
    assert parts_of(root)[0].get("aria-label") == "Part 0, manager, Noticed"


def test_control_characters_are_dropped_so_the_output_still_parses() -> None:
    nodes = [node(0, "Bell\x07 and\x00 nul\n  newline\ud800"), node(1, "\x01\x02")]
    root = parse(render_map(nodes, [], interactive=True))

    assert shown(label_of(root, "id-0")) == "Bell and nul newline"
    assert shown(label_of(root, "id-1")) == "Unnamed part"


def test_long_names_wrap_onto_three_lines_and_are_cut_after_that_but_whole_in_the_tooltip() -> None:
    long = "The Planner Who Never Sleeps At All, Not Even Once"
    root = parse(render_map([node(0, long), node(1, "Exactly eighteen!!")], [], interactive=True))

    label = label_of(root, "id-0")
    assert lines_of(label) == ["The Planner Who", "Never Sleeps At", "All, Not Even Once"]
    assert lines_of(label, "short") == ["The Planner", "Who Never S…"]
    assert label.find("s:tspan[@class='short']", NS).get("display") == "none"
    assert all(len(line) <= 18 for line in lines_of(label))
    assert parts_of(root)[0].find("s:title", NS).text == f"{long} — manager, Noticed"
    assert parts_of(root)[0].get("aria-label", "").startswith(long)
    assert lines_of(label_of(root, "id-1")) == ["Exactly eighteen!!"]
    assert lines_of(label_of(root, "id-1"), "short") == ["Exactly", "eighteen!!"]
    assert (
        parse(render_map([node(2, "Worrier")], [], interactive=False))
        .find(".//s:text[@data-for='id-2']", NS)
        .text
        == "Worrier"
    )


@pytest.mark.parametrize(
    ("name", "width", "expected"),
    [
        ("Inner Critic", 18, ["Inner Critic"]),
        ("Inner Critic", 11, ["Inner", "Critic"]),
        ("Little Girl in the Closet", 18, ["Little Girl in the", "Closet"]),
        ("The One Who Keeps Everything Together", 12, ["The One Who", "Keeps", "Everything…"]),
        ("Supercalifragilisticexpialidocious", 11, ["Supercalifr", "agilisticex", "pialidocious"]),
        ("The Wine-at-Six Numbing One", 12, ["The Wine-at-", "Six Numbing", "One"]),
        ("Perfectionist With the Red Pen", 12, ["Perfectionist", "With the Red", "Pen"]),
        ("", 11, [""]),
    ],
)
def test_name_lines(name: str, width: int, expected: list[str]) -> None:
    assert name_lines(name, width) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cdé-\u00e9 XYZ"), max_size=80), st.integers(3, 30))
def test_name_lines_stay_within_three_lines_of_the_width(name: str, width: int) -> None:
    lines = name_lines(name, width)
    assert 1 <= len(lines) <= 3
    # a word a little longer than a line keeps its line, a little wider
    assert all(len(line) <= width + svg.LONG_WORD_SLACK for line in lines)
    if " ".join(name.split()) and len(" ".join(name.split())) <= width:
        assert lines == [" ".join(name.split())]


def test_a_long_name_at_the_bottom_of_the_map_goes_over_its_part_not_off_the_picture() -> None:
    nodes = [node(0, "The part that was annoyed", x=0.5, y=1.0), node(1, "Top", x=0.5, y=0.0)]
    root = parse(render_map(nodes, [], interactive=True))

    assert label_of(root, "id-0").get("data-side") == "above"
    assert label_of(root, "id-1").get("data-side") is None  # over it would leave the picture


def test_a_name_that_would_run_into_the_next_goes_over_its_part() -> None:
    # Two parts side by side, close enough that their names under them would overlap.
    nodes = [
        node(0, "Caretaker of everyone", x=0.45, y=0.8),
        node(1, "Little Girl in the Closet", x=0.6, y=0.8),
        node(2, "Alone", x=0.2, y=0.2),
    ]
    root = parse(render_map(nodes, [], interactive=True))

    first, second, alone = (label_of(root, f"id-{i}") for i in range(3))
    assert first.get("data-side") is None and float(first.get("y")) > 0
    assert second.get("data-side") == "above" and float(second.get("y")) < 0
    # over the part, a two-line name rises by one line so that it ends above the dots
    rise = second.find("s:tspan[@class='long']/s:tspan", NS).get("dy")
    assert rise == "-1.2em"
    assert alone.get("data-side") is None


# --- coordinates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (-3.0, 7.0, (0.06, 0.94)),
        (math.nan, 0.5, (0.5, 0.5)),
        (math.inf, -math.inf, (0.5, 0.5)),
        (0.0, 1.0, (0.06, 0.94)),
        (0.25, 0.75, (0.25, 0.75)),
    ],
)
def test_coordinates_are_clamped_onto_the_map(
    x: float, y: float, expected: tuple[float, float]
) -> None:
    root = parse(render_map([node(0, x=x, y=y)], [], interactive=True))

    (g,) = parts_of(root)
    assert translate(g) == pytest.approx(centre(*expected), abs=0.06)
    assert (float(g.get("data-x", "")), float(g.get("data-y", ""))) == pytest.approx(expected)


def test_bad_colours_fall_back_to_the_default() -> None:
    nodes = [
        node(0, color="red"),
        node(1, color='#12345"'),
        node(2, color="#ABCDEF"),
        node(3, color=""),
    ]
    root = parse(render_map(nodes, [], interactive=False))

    fills = [g.find(".//s:circle[@class='part-fill']", NS).get("fill") for g in parts_of(root)]
    assert fills == ["#6c8ea4", "#6c8ea4", "#abcdef", "#6c8ea4"]


def test_other_sizes_scale_the_picture() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=True, size=360))

    assert root.get("viewBox") == "0 0 360 360"
    assert root.get("data-extent") == "300"
    g = parts_of(root)[0]
    assert translate(g) == pytest.approx(centre(nodes[0].x, nodes[0].y, 360), abs=0.06)
    with pytest.raises(ValueError):
        render_map(nodes, edges, interactive=True, size=0)


def test_edge_path_clears_both_parts_and_zigzags_when_polarized() -> None:
    a, b = (100.0, 100.0), (400.0, 100.0)
    line = edge_path("allied", a, b)
    assert line == "M133 100L367 100"  # 26 radius + 7 clearance at both ends
    assert edge_path("protects", a, b) == "M133 100L361 100"  # room for the arrowhead
    zig = edge_path("polarized", a, b)
    points = [tuple(map(float, p.split())) for p in re.split("[ML]", zig) if p]
    assert points[0] == (133, 100) and points[-1] == (367, 100)
    assert {round(p[1]) for p in points[1:-1]} == {95, 105}
    assert edge_path("allied", a, (110.0, 100.0)) == "M105 100L105 100"  # overlapping parts


# --- modes and accessibility -------------------------------------------------------------------


def test_static_render_has_nothing_to_move_with() -> None:
    nodes, edges = seven()
    text = render_map(nodes, edges, interactive=False)
    root = parse(text)

    for attribute in ("data-move-url", "tabindex", "data-parts-map", "data-x", 'role="button"'):
        assert attribute not in text
    # Links to the parts stay usable, so the picture is a group rather than an image.
    assert root.get("role") == "group"
    assert [g.find("s:a", NS).get("aria-label") for g in parts_of(root)][0] == (
        "The Critic, manager, Befriended"
    )
    bare = parse(render_map([replace(n, url=None) for n in nodes], edges, interactive=False))
    assert bare.get("role") == "img"
    assert bare.find(".//s:a", NS) is None


def test_interactive_render_carries_what_map_js_needs() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=True))

    assert root.get("data-parts-map") == ""
    assert root.get("role") == "group"
    assert (root.get("data-origin-x"), root.get("data-origin-y"), root.get("data-extent")) == (
        "60",
        "6",
        "600",
    )
    assert float(root.get("data-scale", "")) == 1.0
    first = parts_of(root)[0]
    assert first.get("tabindex") == "0" and first.get("role") == "button"
    assert first.get("data-move-url") == "/p/0/move"
    assert (
        first.get("aria-label")
        == "The Critic, manager, Befriended. Use arrow keys to move, Enter to open."
    )
    assert first.find("s:a", NS).get("tabindex") == "-1"
    assert parts_of(root)[6].get("aria-label") == (
        "Foggy, kind not sure yet, Noticed, added by clinician. "
        "Use arrow keys to move, Enter to open."
    )


def test_title_and_desc_label_the_picture() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=True, title="Sam's parts"))

    title_id, desc_id = root.get("aria-labelledby", "").split()
    assert root.find(f"s:title[@id='{title_id}']", NS).text == "Sam's parts"
    assert root.find(f"s:desc[@id='{desc_id}']", NS).text == (
        "The Self is at the centre. 7 parts: 3 managers, 2 firefighters, 1 exile, "
        "1 not sure yet. 5 links: 2 protecting, 2 polarized, 1 allied."
    )


def test_summary_counts_and_plurals() -> None:
    assert summary([], []) == "The Self is at the centre. No parts on the map yet. No links yet."
    one = [node(0, kind="exile"), node(1, kind="firefighter")]
    assert summary(one, [Edge("id-1", "id-0", "protects"), Edge("id-1", "x", "allied")]) == (
        "The Self is at the centre. 2 parts: 1 firefighter, 1 exile. 1 link: 1 protecting."
    )


def test_two_maps_on_one_page_do_not_share_ids() -> None:
    nodes, edges = seven()
    first = parse(render_map(nodes, edges, interactive=True))
    second = parse(render_map(nodes[:3], edges, interactive=False, title="Before the session"))

    def ids(root: ET.Element) -> set[str]:
        return {e.get("id", "") for e in root.iter() if e.get("id")}

    assert ids(first) and not ids(first) & ids(second)


def test_same_input_same_output() -> None:
    nodes, edges = seven()
    once = render_map(nodes, edges, interactive=True)
    svg._glyph.cache_clear()
    svg._frame.cache_clear()
    svg._legend.cache_clear()

    assert render_map(list(nodes), list(edges), interactive=True) == once
    assert render_map(nodes, edges, interactive=False) == render_map(
        nodes, edges, interactive=False
    )


def test_sixty_parts_and_150_links_render_quickly() -> None:
    rng = random.Random(60)
    kinds = ["manager", "firefighter", "exile", "unknown"]
    nodes = [
        node(
            i,
            f"A part with a rather long name {i}",
            rng.choice(kinds),
            rng.choice(list(STATUS_LABELS)),
            color=f"#{rng.randrange(1 << 24):06x}",
            x=rng.random(),
            y=rng.random(),
            url=f"/p/{i}",
            move_url=f"/p/{i}/move",
            added_by_clinician=rng.random() < 0.2,
        )
        for i in range(60)
    ]
    edges = [
        Edge(
            f"id-{rng.randrange(60)}",
            f"id-{rng.randrange(60)}",
            rng.choice(["protects", "polarized", "allied"]),
        )
        for _ in range(150)
    ]
    svg._glyph.cache_clear()

    timings = []
    for _ in range(3):
        started = time.perf_counter()
        text = render_map(nodes, edges, interactive=True)
        timings.append(time.perf_counter() - started)

    assert min(timings) < 0.1  # about 3 ms on a laptop; generous for a busy CI machine
    root = parse(text)
    assert len(parts_of(root)) == 60
    assert 100 < len(edges_of(root)) <= 150
    assert float(root.get("data-scale", "")) == pytest.approx(0.7)  # a crowded map draws smaller


@pytest.mark.parametrize(
    ("count", "css", "scale"),
    [
        (20, "parts-map", 1.0),
        (70, "parts-map", 0.7),
        (71, "parts-map spread spread-2", 0.467),
        (200, "parts-map spread spread-3", 0.318),
        (600, "parts-map spread spread-4", 0.233),
    ],
)
def test_a_large_system_draws_smaller_glyphs_on_a_wider_picture(
    count: int, css: str, scale: float
) -> None:
    # parts.css shows a spread map 1.5, 2.2 or 3 times as wide, so glyphs keep their size
    nodes = [node(i, move_url=f"/p/{i}/move") for i in range(count)]

    root = parse(render_map(nodes, [], interactive=True))

    assert root.get("class") == css
    assert float(root.get("data-scale", "")) == pytest.approx(scale, abs=0.001)
    assert scale * svg.spread_for(count) == pytest.approx(0.7 if count > 20 else 1.0, abs=0.002)


def test_the_legend_also_comes_as_a_list_with_a_picture_per_entry() -> None:
    html = svg.legend_html()
    items = re.findall(r"<li><svg [^>]*>.*?</svg> ([^<]+)</li>", html)
    assert items == [
        "protects",
        "polarized",
        "allied",
        "manager",
        "firefighter",
        "exile",
        "not sure yet",
        "progress, 7 steps",
        "added by clinician",
    ]
    assert 'aria-hidden="true"' in html  # the map's description and table say it in words
    assert html.count('id="map-key-arrow"') == 1 and "url(#map-key-arrow)" in html


def test_arrowheads_sit_above_the_names_and_end_where_their_lines_end() -> None:
    nodes, edges = seven()
    root = parse(render_map(nodes, edges, interactive=True))
    layers = [g.get("class") for g in root if g.tag == f"{{{NS['s']}}}g"]
    assert layers.index("edge-tips") > layers.index("labels") > layers.index("parts")
    lines = {(e.get("data-source"), e.get("data-target")): e for e in edges_of(root)}
    tips = root.findall(".//s:path[@class='edge-tip']", NS)
    protecting = {key for key, e in lines.items() if e.get("data-kind") == "protects"}
    assert {(t.get("data-source"), t.get("data-target")) for t in tips} == protecting
    for tip in tips:
        line = lines[(tip.get("data-source"), tip.get("data-target"))].get("d", "")
        assert line.rsplit("L", 1)[1] == tip.get("d", "").rsplit("L", 1)[1]


def test_a_link_across_the_self_bends_round_it() -> None:
    around = (360.0, 306.0, 50.0)
    # straight across the middle: a curve whose middle passes outside the Self
    d = edge_path("allied", (200.0, 300.0), (520.0, 300.0), 1.0, around)
    match = re.fullmatch(r"M([\d.]+) ([\d.]+)Q([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+)", d)
    assert match, d
    x1, y1, qx, qy, x2, y2 = map(float, match.groups())
    mid = ((x1 + 2 * qx + x2) / 4, (y1 + 2 * qy + y2) / 4)  # the curve at t = 1/2
    assert math.dist(mid, (360.0, 306.0)) >= 49.9
    # it leans away on the side the line already passes (above the centre here)
    assert mid[1] < 306.0
    # a link clear of the Self stays straight; so does every link without `around`
    assert "Q" not in edge_path("allied", (200.0, 100.0), (520.0, 100.0), 1.0, around)
    assert "Q" not in edge_path("allied", (200.0, 300.0), (520.0, 300.0))
    # a zig-zag follows the curve, and the arrowhead points along the curve's end
    zig = edge_path("polarized", (200.0, 300.0), (520.0, 300.0), 1.0, around)
    points = [tuple(map(float, p.split())) for p in zig[1:].split("L")]
    assert all(math.dist(p, (360.0, 306.0)) > 40 for p in points)
    arrow = edge_path("protects", (200.0, 300.0), (520.0, 300.0), 1.0, around)
    tip = svg.arrow_tip((200.0, 300.0), (520.0, 300.0), 1.0, around)
    end = arrow.rsplit(" ", 2)[-2:]
    assert tip.endswith(f"L{end[0]} {end[1]}")
    start_y = float(tip[1:].split("L")[0].split()[1])
    assert start_y < float(end[1])  # coming down to the part, as the curve does


def test_links_on_the_map_go_round_the_self() -> None:
    nodes = [node(0, "Left", x=0.15, y=0.5), node(1, "Right", x=0.85, y=0.5)]
    root = parse(render_map(nodes, [Edge("id-0", "id-1", "allied")], interactive=True))
    (edge,) = edges_of(root)
    assert "Q" in edge.get("d")
    assert float(root.get("data-self-r")) == svg.SELF_R + 16


def test_arrow_tip_points_along_the_line() -> None:
    a, b = (100.0, 100.0), (100.0, 400.0)  # straight down
    assert svg.arrow_tip(a, b) == "M100 357L100 361"
    assert edge_path("protects", a, b).endswith("L100 361")
    assert svg.arrow_tip(a, (110.0, 100.0)) == "M105 100L105 100"  # overlapping parts


def test_an_arrow_from_below_stops_short_of_the_name_under_its_part() -> None:
    # the name sits (NODE_R + 22) under a part's centre, about 15 high
    part, below = (100.0, 100.0), (100.0, 400.0)
    tip_end = float(svg.arrow_tip(below, part).rsplit(" ", 1)[1])
    assert tip_end - part[1] >= svg.NODE_R + 22 + 4  # under the name's baseline, not on it
    from_above = float(svg.arrow_tip((100.0, -200.0), part).rsplit(" ", 1)[1])
    assert part[1] - from_above == svg.NODE_R + 13  # the other sides are as close as before


def test_the_self_and_its_name_are_drawn_over_the_links() -> None:
    # two parts on opposite sides of the centre: their link runs across the Self
    nodes = [node(0, "West", x=0.1, y=0.5), node(1, "East", x=0.9, y=0.5)]
    page = render_map(nodes, [Edge("id-0", "id-1", "polarized")], interactive=False)
    edges_end = page.index("</g>", page.index('<g class="edges">'))
    core, label = page.index('class="self-core"'), page.index('class="self-label"')
    assert edges_end < core < label < page.index('<g class="parts">')
    assert page.index('class="self-glow"') < page.index('<g class="edges">')  # glow stays under


def test_a_link_arriving_from_above_stops_short_of_a_name_drawn_over_the_part() -> None:
    top, part = (100.0, -200.0), (100.0, 100.0)
    plain = float(edge_path("protects", top, part).rsplit(" ", 1)[1])
    over = float(edge_path("protects", top, part, 1.0, None, (False, True)).rsplit(" ", 1)[1])
    assert over <= plain - svg.NAME_CLEAR_OVER + 1  # ends above the name, not on it
    tip = svg.arrow_tip(top, part, 1.0, None, (False, True))
    assert tip.endswith(f" {svg._n(over)}")
    # the name of the part it leaves, over that part, keeps the line's start clear of it too
    below, start_plain = (100.0, 400.0), edge_path("allied", (100.0, 400.0), part)
    leaving = edge_path("allied", below, part, 1.0, None, (True, False))
    assert leaving.split("L")[0] != start_plain.split("L")[0]


def test_a_short_link_across_the_self_bends_out_far_enough_to_clear_it_all_along() -> None:
    around = (360.0, 306.0, 50.0)
    # parts close on either side of the Self: the curve through the circle's edge at its middle
    # would still dip into it nearer its ends, so it bends further out
    d = edge_path("allied", (280.0, 300.0), (440.0, 300.0), 0.6, around)
    match = re.fullmatch(r"M([\d.]+) ([\d.]+)Q([\d.-]+) ([\d.-]+) ([\d.]+) ([\d.]+)", d)
    assert match, d
    x1, y1, qx, qy, x2, y2 = map(float, match.groups())
    for i in range(1, 40):
        t = i / 40
        px = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * qx + t * t * x2
        py = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * qy + t * t * y2
        assert math.dist((px, py), (360.0, 306.0)) > 48.5  # a curve only through the edge: 48.0
