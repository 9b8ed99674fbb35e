"""The words behind a safety event, for a clinician who may read the writing they are in.

A care-team clinician needs the client's own words to judge risk. They see them only where
they could read that writing anyway: a check-in they may open, a comment or the details of a
part the client has not made private (a part with any private detail shows no passage, since
its details were read as one text), a Self-energy note. Writing on a private part, and forms
that were never saved, stay unquoted: the event then says only where the words were.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from selfled.care.models import Client
from selfled.insight.models import SafetyEvent
from selfled.insight.services import UNSAVED, highlight, parts_behind

# Characters kept on each side of the flagged words; longer writing is cut with "…".
MARGIN = 160


@dataclass(frozen=True)
class Passage:
    pieces: list[tuple[str, bool]]  # (text, flagged) in order; the template escapes each
    link: str  # where the whole writing can be read ("" when nowhere)
    link_text: str


def excerpt(
    text: str, spans: list[tuple[int, int]], margin: int = MARGIN
) -> list[tuple[str, bool]]:
    """`text` around its flagged `spans`, as highlight() pieces, cut to `margin` characters
    before the first and after the last span (whole words, with "…" where cut)."""
    spans = sorted((max(0, a), min(len(text), b)) for a, b in spans if a < b)
    if not spans:
        return [(text[: 2 * margin], False)] if text else []
    start = max(0, spans[0][0] - margin)
    end = min(len(text), spans[-1][1] + margin)
    if start > 0:
        space = text.find(" ", start, spans[0][0])
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", spans[-1][1], end)
        end = space if space >= 0 else end
    pieces = highlight(text[start:end], [(a - start, b - start) for a, b in spans])
    if start > 0:
        pieces.insert(0, ("…", False))
    if end < len(text):
        pieces.append(("…", False))
    return pieces


def _crisis_words(event: SafetyEvent) -> tuple[str, list[tuple[int, int]]]:
    data = json.loads(event.insight.result)
    for entry in data.get("labels", []):
        if entry.get("label") == "crisis":
            return str(data.get("text", "")), [(int(a), int(b)) for a, b in entry["spans"]]
    return str(data.get("text", "")), []


def _encounter_ids(viewer: Any, events: list[SafetyEvent]) -> set[str]:
    """Check-ins behind `events` that `viewer` may open (one query)."""
    from selfled.parts.services.checkin import encounters_for

    wanted: set[uuid.UUID] = set()
    for e in events:
        if e.source_type == "parts.encounter" and e.source_id != UNSAVED:
            try:
                wanted.add(uuid.UUID(e.source_id.split(":")[0]))
            except ValueError:
                continue
    if not wanted:
        return set()
    return {
        str(pk) for pk in encounters_for(viewer).filter(pk__in=wanted).values_list("pk", flat=True)
    }


def passages_for(
    viewer: Any, client: Client, events: list[SafetyEvent], parts: dict[int, Any] | None = None
) -> dict[int, Passage]:
    """Event id → the flagged words in their writing, for the events `viewer` may read.

    `events` must have their insight loaded (select_related("insight")); `parts` is
    parts_behind()'s answer when the caller has it. A constant number of queries, whatever
    the number of events.
    """
    if parts is None:
        parts = parts_behind(viewer, client, events)
    encounters = _encounter_ids(viewer, events)
    found: dict[int, Passage] = {}
    for event in events:
        if event.source_id == UNSAVED:
            continue
        link, link_text = "", ""
        if event.source_type == "parts.encounter":
            encounter_id = event.source_id.split(":")[0]
            if encounter_id not in encounters:
                continue
            link = reverse("parts:checkin_step", args=[encounter_id])
            link_text = "Open the check-in"
        elif event.source_type in ("parts.part", "parts.comment"):
            part = parts.get(event.pk)
            if part is None or (event.source_type == "parts.part" and part.private_fields):
                continue
            link = reverse("parts:detail", args=[part.pk])
            link_text = f"Open {part.name}"
        elif event.source_type == "selfenergy.checkin":
            link = reverse("selfenergy:client", args=[client.pk])
            link_text = "Open Self-energy check-ins"
        else:
            continue
        text, spans = _crisis_words(event)
        found[event.pk] = Passage(excerpt(text, spans), link, link_text)
    return found
