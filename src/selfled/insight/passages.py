"""The words behind a safety event, for a clinician who may read the writing they are in.

A care-team clinician needs the client's own words to judge risk, but only the words they
could read anyway, as the writing stands now: a check-in answer they may open (not one that
describes a detail the client keeps private, nor words kept with a private part that joined
in), a part's name and shared details, a comment on a shared part, a Self-energy note. The
quote is built from that current, visible text, never from the copy the analyzer stored: when
the flagged words are no longer there (made private, changed, deleted), nothing is quoted and
the event says only where the words were. Forms that were never saved are never quoted.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from selfled.care.models import Client
from selfled.insight.models import SafetyEvent, Tag
from selfled.insight.services import UNSAVED, drawn_from, highlight, parts_behind

# Characters kept on each side of flagged words; longer writing is cut with "…".
MARGIN = 160
_SENTENCE_START = re.compile(r"(?:[.!?]\s+|\n)")
_REACH_BACK = 60  # how far before the margin a quote may start, to take a line from its start


@dataclass(frozen=True)
class Passage:
    pieces: list[tuple[str, bool]]  # (text, flagged) in order; the template escapes each
    link: str  # where the whole writing can be read ("" when nowhere)
    link_text: str


def excerpt(
    text: str,
    spans: list[tuple[int, int]],
    margin: int = MARGIN,
    avoid: Sequence[tuple[int, int]] = (),
) -> list[tuple[str, bool]]:
    """`text` around its flagged `spans` as highlight() pieces: `margin` characters on each
    side of each span (to whole words), "…" wherever something was left out. The margins stop
    short of the `avoid` ranges (sentences that are not to be quoted here)."""
    spans = sorted((a, b) for a, b in ((max(0, a), min(len(text), b)) for a, b in spans) if a < b)
    if avoid:
        # words inside a sentence not to be quoted are not quoted either; with nothing left
        # to quote around, nothing is quoted
        spans = [(a, b) for a, b in spans if not any(c <= a and b <= d for c, d in avoid)]
        if not spans:
            return []
    if not spans:
        if len(text) <= 2 * margin:
            return [(text, False)] if text else []
        cut = text.rfind(" ", 0, 2 * margin)
        return [(text[: cut if cut > 0 else 2 * margin], False), ("…", False)]
    windows: list[list[int]] = []
    for a, b in spans:
        start, end = max(0, a - margin), min(len(text), b + margin)
        # the nearest sentences not to be quoted, before and after the span
        floor = max((d for _, d in avoid if d <= a), default=0)
        ceiling = min((c for c, _ in avoid if c >= b), default=len(text))
        start, end = max(start, floor), min(end, ceiling)
        if start > floor:
            # start at a sentence or a line (a question and its answer) rather than mid-way,
            # when one begins within the margin; else at a word
            line = text.rfind("\n", 0, start) + 1
            begins = _SENTENCE_START.search(text, start, a)
            if start - line <= _REACH_BACK:  # a line (a question) that began just before
                start = max(line, floor)
            elif begins is not None:
                start = begins.end()
            else:
                space = text.find(" ", start, a)
                start = space + 1 if space >= 0 else start
        elif floor > 0:  # right after a sentence not quoted: from the next word
            start = floor + len(text[floor:a]) - len(text[floor:a].lstrip())
        if end < min(len(text), ceiling):
            space = text.rfind(" ", b, end)
            end = space if space >= 0 else end
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    pieces: list[tuple[str, bool]] = []
    for i, (start, end) in enumerate(windows):
        if start > 0 or i > 0:
            pieces.append(("…", False))
        inside = [
            (max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start
        ]
        pieces.extend(highlight(text[start:end], inside))
    if windows[-1][1] < len(text):
        pieces.append(("…", False))
    return pieces


def _flagged_words(event: SafetyEvent) -> list[str]:
    """The words the analyzer flagged, as they were when it read them."""
    data = json.loads(event.insight.result)
    text = str(data.get("text", ""))
    for entry in data.get("labels", []):
        if entry.get("label") == "crisis":
            return [
                text[int(a) : int(b)] for a, b in entry["spans"] if text[int(a) : int(b)].strip()
            ]
    return []


def _still_there(current: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Where each flagged word is in `current`, or None when any of them is not there now."""
    spans = []
    for word in words:
        at = current.find(word)
        if at < 0:
            return None
        spans.append((at, at + len(word)))
    return spans or None


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _checkin_texts(viewer: Any, client: Client, events: Sequence[Any]) -> dict[int, str]:
    """Event id → the check-in step's answers as the care team may read them now."""
    from selfled.parts.access import parts_for
    from selfled.parts.forms_checkin import questions
    from selfled.parts.services.checkin import (
        TEXT_ANSWERS,
        answers_of,
        hide_private_answers,
        readable_encounters,
    )

    wanted = {
        e.pk: (_uuid(e.source_id.split(":")[0]), e.source_id.partition(":")[2])
        for e in events
        if e.source_type == "parts.encounter" and e.source_id != UNSAVED
    }
    ids = {enc_id for enc_id, _ in wanted.values() if enc_id is not None}
    if not ids:
        return {}
    encounters = {enc.pk: enc for enc in readable_encounters(viewer).filter(pk__in=ids)}
    shown_parts = {str(pk) for pk in parts_for(viewer, client).values_list("pk", flat=True)}
    texts: dict[int, str] = {}
    for event_id, (enc_id, step) in wanted.items():
        enc = encounters.get(enc_id) if enc_id is not None else None
        if enc is None:
            continue
        # private details hidden by the same rule as the check-in's own pages; the parts
        # that joined in are checked against one read of the shared parts (no query each)
        answers = answers_of(enc)
        hide_private_answers(answers, enc.part)
        given = answers.get(step, {}) if isinstance(answers.get(step), dict) else {}
        asked = {key: label for key, label, _ in questions(step, enc.part)}
        name = str(enc.part.name) if enc.part is not None else "this part"
        parts = [
            (asked.get(key, "").format(part=name), str(given.get(key) or ""))
            for key in TEXT_ANSWERS.get(step, ())
        ]
        if step == "feel_toward":  # words kept with a part that joined in, if that part is shared
            parts += [
                ("Words kept with a part that joined in", str(b.get("words") or ""))
                for b in answers.get("blended", [])
                if str(b.get("part", "")) in shown_parts
            ]
        # each answer under its question, so a quote says what was asked
        texts[event_id] = "\n".join(_asked(q, a) for q, a in parts if a.strip())
    return texts


def _asked(question: str, answer: str) -> str:
    """An answer under its question; a label that is not a question gets a colon, so the
    two do not run together ("In your own words: ...")."""
    if not question:
        return answer
    mark = "" if question.rstrip()[-1:] in "?.!:" else ":"
    return f"{question}{mark} {answer}"


def _comment_texts(events: Sequence[Any], parts: dict[int, Any]) -> dict[int, str]:
    from selfled.parts.models import PartComment

    wanted = {
        e.pk: _uuid(e.source_id)
        for e in events
        if e.source_type == "parts.comment" and e.pk in parts and e.source_id != UNSAVED
    }
    found = {
        c.pk: c.text
        for c in PartComment.objects.filter(pk__in=[k for k in wanted.values() if k is not None])
    }
    return {pk: str(found[key]) for pk, key in wanted.items() if key in found}


def _note_texts(client: Client, events: Sequence[Any]) -> dict[int, str]:
    from selfled.selfenergy.models import SelfEnergyCheckIn

    wanted = {e.pk: _uuid(e.source_id) for e in events if e.source_type == "selfenergy.checkin"}
    notes = {
        c.pk: c.note  # decrypted on access
        for c in SelfEnergyCheckIn.objects.filter(
            client=client, pk__in=[k for k in wanted.values() if k is not None]
        )
    }
    return {pk: str(notes[key]) for pk, key in wanted.items() if key in notes}


def _part_text(part: Any, viewer: Any, client: Client) -> str:
    """The part's name and the details `viewer` may read (as in parts.access.view_of)."""
    from selfled.parts.access import is_owner
    from selfled.parts.models import DETAIL_FIELDS
    from selfled.parts.services.parts import FIELD_LABELS

    hidden = set() if is_owner(viewer, client) else set(part.private_fields or [])
    fields = ["name", *(f for f in DETAIL_FIELDS if f not in hidden)]
    # each detail under the words its page uses, so a quote says where each line came from
    return "\n".join(
        f"{_label(FIELD_LABELS[f])}: {getattr(part, f)}" for f in fields if getattr(part, f)
    )


def _label(words: str) -> str:
    return words[:1].upper() + words[1:]


def passages_for(
    viewer: Any,
    client: Client,
    events: Sequence[Any],
    parts: dict[int, Any] | None = None,
    *,
    words: Callable[[Any], list[str]] | None = None,
) -> dict[int, Passage]:
    """Event id → the flagged words in their writing, for the events `viewer` may read now.

    `events` are safety events with their insight loaded (select_related("insight")), or
    anything with the same `pk`, `source_type` and `source_id` and a `words` function that
    gives its flagged words (confirmed tags: :func:`tag_passages`). `parts` is
    parts_behind()'s answer when the caller has it. A constant number of queries, whatever
    the number of events.
    """
    words = words or _flagged_words
    if parts is None:
        parts = parts_behind(viewer, client, events)
    checkins = _checkin_texts(viewer, client, events)
    comments = _comment_texts(events, parts)
    notes = _note_texts(client, events)
    found: dict[int, Passage] = {}
    for event in events:
        if event.source_id == UNSAVED:
            continue
        if event.source_type == "parts.encounter" and event.pk in checkins:
            current = checkins[event.pk]
            link = reverse("parts:checkin_answers", args=[event.source_id.split(":")[0]])
            link_text = "Read the check-in's answers"
        elif event.source_type == "parts.part" and event.pk in parts:
            current = _part_text(parts[event.pk], viewer, client)
            link = reverse("parts:detail", args=[parts[event.pk].pk])
            link_text = f"Open {parts[event.pk].name}"
        elif event.source_type == "parts.comment" and event.pk in comments:
            current = comments[event.pk]
            link = reverse("parts:detail", args=[parts[event.pk].pk])
            link_text = f"Open {parts[event.pk].name}"
        elif event.source_type == "selfenergy.checkin" and event.pk in notes:
            current = notes[event.pk]
            link = reverse("selfenergy:client", args=[client.pk])
            link_text = "Open Self-energy check-ins"
        else:
            continue
        spans = _still_there(current, words(event))
        if spans is not None:
            found[event.pk] = Passage(excerpt(current, spans), link, link_text)
    return found


@dataclass(frozen=True)
class _TaggedWriting:
    """A client-confirmed tag as passages_for() reads a safety event."""

    pk: int
    source_type: str
    source_id: str
    suggestion: Any


def _tag_words(item: _TaggedWriting) -> list[str]:
    return drawn_from(item.suggestion)


def tag_passages(viewer: Any, client: Client, tags: Sequence[Tag]) -> dict[int, Passage]:
    """Tag id → the words a client-confirmed tag came from, for the tags whose writing
    `viewer` may read as it stands now (so a tag drawn from a private part, a private detail
    or a comment on a private part is not among them). `tags` need
    select_related("suggestion__insight"). A constant number of queries."""
    items = [
        _TaggedWriting(t.pk, t.source_type, t.source_id, t.suggestion)
        for t in tags
        if not t.by_clinician and t.suggestion is not None
    ]
    return passages_for(viewer, client, items, words=_tag_words) if items else {}
