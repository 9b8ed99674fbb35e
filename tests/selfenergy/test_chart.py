from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from selfled.selfenergy.chart import MAX_POINTS, Point, downsample, render_chart, summary
from selfled.selfenergy.qualities import QUALITIES, QUALITY_KEYS

SVG = "{http://www.w3.org/2000/svg}"
START = datetime(2025, 3, 3, 10, 0)


def point(days: int, value: float, **overrides: float) -> Point:
    return Point(
        at=START + timedelta(days=days),
        scores={**dict.fromkeys(QUALITY_KEYS, value), **overrides},
    )


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 (our own output)


def test_no_check_ins_draws_empty_axes_with_a_message() -> None:
    svg = render_chart([], standalone=True)
    root = parse(svg)
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "Self-energy over time"
    assert root.findtext(f"{SVG}desc") == "No check-ins yet."
    assert "No check-ins yet" in svg
    assert root.find(f".//{SVG}polyline") is None
    # the scale, labelled on both sides (a phone opens the chart at its right end)
    ticks = [t.text for t in root.iter(f"{SVG}text")][:12]
    assert ticks == [str(n) for n in (0, 0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 10)]
    anchors = {t.get("text-anchor") for t in root.iter(f"{SVG}text") if t.text == "10"}
    assert anchors == {"start", "end"}


def test_one_check_in_is_a_single_marked_point_with_its_date() -> None:
    root = parse(render_chart([point(0, 5.4)], standalone=True))
    assert root.findtext(f"{SVG}desc") == (
        "One check-in: average Self-energy 5.4 out of 10 on 3 Mar 2025."
    )
    circles = list(root.iter(f"{SVG}circle"))
    assert len(circles) == 1
    assert circles[0].findtext(f"{SVG}title") == "3 Mar 2025: 5.4"
    assert "3 Mar 2025" in [t.text for t in root.iter(f"{SVG}text")]


def test_summary_describes_the_rise_over_several_check_ins() -> None:
    points = [
        point(0, 4, calm=4.8),
        point(7, 5),
        point(14, 3),
        point(21, 6),
        point(35, 6, calm=8.4),
    ]
    text = summary(points)
    assert text == (
        "Average Self-energy rose from 4.1 to 6.3 over 5 check-ins, from 3 Mar 2025 to "
        "7 Apr 2025 (lowest 3.0, highest 6.3, on a scale of 0 to 10)."
    )
    root = parse(render_chart(points, standalone=True))
    assert root.findtext(f"{SVG}desc") == text
    assert len(root.findall(f".//{SVG}polyline")) == 1
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "3 Mar 2025" in labels and "7 Apr 2025" in labels


def test_summary_says_fell_or_unchanged() -> None:
    assert summary([point(0, 7), point(7, 5)]).startswith(
        "Average Self-energy fell from 7.0 to 5.0 over 2 check-ins"
    )
    assert summary([point(0, 5), point(7, 9), point(14, 5)]).startswith(
        "Average Self-energy was 5.0 at both the first and the last of 3 check-ins"
    )
    # check-ins on one day: that day, not "from 3 Mar 2025 to 3 Mar 2025"
    assert "4.0 to 6.0 over 2 check-ins, on 3 Mar 2025 (lowest" in summary(
        [point(0, 4), point(0, 6)]
    )


def test_five_hundred_check_ins_are_averaged_down_and_still_described_in_full() -> None:
    points = [point(i, 3 + 4 * i / 499) for i in range(500)]
    svg = render_chart(points, standalone=True)
    root = parse(svg)
    line = root.find(f".//{SVG}polyline")
    assert line is not None
    assert len(line.get("points", "").split()) <= MAX_POINTS
    assert root.find(f".//{SVG}circle") is None  # no markers when crowded
    desc = root.findtext(f"{SVG}desc") or ""
    assert "rose from 3.0 to 7.0 over 500 check-ins" in desc
    assert "The chart averages every 5 check-ins." in desc
    assert len(svg) < 20_000


def test_two_check_ins_on_one_day_of_several_are_drawn_as_their_average() -> None:
    before = point(7, 4.0)
    after = Point(at=before.at + timedelta(hours=2), scores=dict.fromkeys(QUALITY_KEYS, 7.0))
    points = [point(0, 5.0), before, after, point(14, 6.0)]

    root = parse(render_chart(points, standalone=True))

    titles = [c.findtext(f"{SVG}title") for c in root.iter(f"{SVG}circle")]
    assert titles == [
        "3 Mar 2025: 5.0",
        "10 Mar 2025: 5.5 (average of 2 check-ins)",
        "17 Mar 2025: 6.0",
    ]
    desc = root.findtext(f"{SVG}desc") or ""
    assert "over 4 check-ins" in desc
    assert "Days with more than one check-in are drawn as their average." in desc


def test_check_ins_all_on_one_day_are_each_drawn() -> None:
    first = point(0, 4.0)
    points = [first, Point(at=first.at + timedelta(hours=3), scores=first.scores)]

    root = parse(render_chart(points, standalone=True))

    assert len(list(root.iter(f"{SVG}circle"))) == 2
    assert "drawn as their average" not in (root.findtext(f"{SVG}desc") or "")


def test_downsample_keeps_the_average_and_time_order() -> None:
    points = [point(i, i % 2 * 10) for i in range(10)]
    thinned = downsample(points, limit=5)
    assert [p.mean for p in thinned] == [5.0] * 5
    assert [p.at for p in thinned] == sorted(p.at for p in thinned)
    assert thinned[0].at == START + timedelta(hours=12)


def test_each_quality_draws_eight_lines_and_a_legend() -> None:
    points = [point(0, 4), point(7, 6)]
    root = parse(render_chart(points, each_quality=True, standalone=True))
    assert len(root.findall(f".//{SVG}polyline")) == 9
    legend = [t.text for t in root.iter(f"{SVG}text")]
    for quality in QUALITIES:
        assert quality.label in legend
    assert "Average" in legend


def test_text_is_escaped_and_ids_are_prefixed() -> None:
    svg = render_chart(
        [point(0, 5)], title='<script>alert("x")</script> & more', id_prefix="c1", standalone=True
    )
    root = parse(svg)
    assert root.findtext(f"{SVG}title") == '<script>alert("x")</script> & more'
    assert "<script>" not in svg
    assert root.get("aria-labelledby") == "c1-title c1-desc"


def test_inline_chart_has_no_style_attribute_or_external_url() -> None:
    svg = render_chart([point(0, 4), point(7, 6)], each_quality=True)
    assert "style=" not in svg and "<style" not in svg
    assert "http" not in svg  # no namespace needed inside HTML
    assert re.match(r"<svg class=\"se-chart se-chart-all\" role=\"img\"", svg)
