"""Writing saved again: what was already flagged or answered is not raised a second time.

A part's details are read as one text each time any field is saved, and a form that failed on
another field is read once unsaved and again when it is saved. Without these checks the same
words would page the care team twice and bring back a suggestion the client said no to.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from typing import Any

from django.db.models import Q
from django.utils import timezone

from selfled.care.models import Client
from selfled.insight.models import (
    UNSAVED,
    SafetyEvent,
    Suggestion,
    SuggestionState,
    TextInsight,
    spans_in,
)

#: How long writing that could not be saved waits to be joined by its saved version.
UNSAVED_JOINS_WITHIN = timedelta(hours=6)


Words = Counter[str]


def crisis_words(payload: dict[str, Any]) -> Words:
    """The words the analyzer flagged as crisis language, each as often as it occurs,
    compared without case or spacing."""
    text = payload["text"]
    return Counter(" ".join(text[a:b].casefold().split()) for a, b in spans_in(payload, "crisis"))


def _within(words: Words, earlier: Words) -> bool:
    """Every flagged phrase of `words` was flagged at least as often in `earlier`: nothing
    new (a second "I want to die" in the same writing is new)."""
    return all(earlier[w] >= n for w, n in words.items())


def already_flagged(
    client: Client, source_type: str, source_id: str, words: Words
) -> SafetyEvent | None:
    """The safety event that already stands for these crisis words, if there is one.

    - The same writing saved again, its last reading holding every one of these words at
      least as often: that writing's latest event, open or already marked as seen. Once seen,
      the care team has read these words and nothing new was written (another field of a part
      changed), so nobody is paged again; new words, or the words removed and written again,
      raise a new alert.
    - The same kind of writing read unsaved in the last few hours (the form failed on another
      field), holding these words, not yet marked as seen: that event, which the saved
      version takes over so the care team can read the words.
    - A part's details holding words a check-in flagged in the last few hours, its alert not
      yet marked as seen (the check-in's answers were copied into the details): that event,
      left pointing at the check-in.

    Callers re-point an open event of the same kind of writing to the latest reading; a seen
    one, or one from other writing, is left as it was.
    """
    if not words:
        return None
    last = (
        TextInsight.objects.filter(client=client, source_type=source_type, source_id=source_id)
        .order_by("-created_at", "-pk")
        .first()
    )
    if last is not None and last.crisis and _within(words, crisis_words(json.loads(last.result))):
        event = (
            SafetyEvent.objects.filter(client=client, source_type=source_type, source_id=source_id)
            .order_by("-created_at", "-pk")
            .first()
        )
        if event is not None:
            return event
    since = timezone.now() - UNSAVED_JOINS_WITHIN
    unsaved = _recent_open(client, since, words, source_type=source_type, source_id=UNSAVED)
    if unsaved is not None or source_type != "parts.part":
        return unsaved
    # a check-in's answers copied into its part's details: the check-in's own alert, not yet
    # seen, already stands for these words (it keeps pointing at the check-in)
    return _recent_open(client, since, words, source_type="parts.encounter")


def _recent_open(client: Client, since: Any, words: Words, **source: str) -> SafetyEvent | None:
    """The newest of the last few events from `source` since `since`, not yet seen, whose
    flagged words hold all of `words`."""
    events = SafetyEvent.objects.filter(
        client=client, created_at__gte=since, acknowledged_at__isnull=True, **source
    ).select_related("insight")
    for event in events.order_by("-created_at", "-pk")[:5]:
        if _within(words, crisis_words(json.loads(event.insight.result))):
            return event
    return None


Key = tuple[str, str, str]


def _same_words(label: str, part_key: str, text: str, spans: list[tuple[int, int]]) -> Key:
    """What makes two suggestions the same for the client: the label, the part it names (for
    parts language) and the highlighted words, compared without case or spacing."""
    words = " ".join(text[a:b] for a, b in sorted(spans))
    return (label, part_key, " ".join(words.casefold().split()))


def _key_of(suggestion: Suggestion, text: str, spans: list[tuple[int, int]]) -> Key:
    if suggestion.label == "parts":
        part = suggestion.matched_part_id or suggestion.part_name.casefold()
        span = [(suggestion.span_start or 0, suggestion.span_end or 0)]
        return _same_words("parts", str(part), text, span)
    return _same_words(suggestion.label, "", text, spans)


def not_yet_asked(
    client: Client, suggestions: list[Suggestion], payload: dict[str, Any]
) -> list[Suggestion]:
    """Drop new suggestions that repeat one still open from any writing (the same words saved
    in a check-in and in the part's details), or one already answered about this same writing
    (a part's details saved again after another field changed): the client answers each once.
    The same words in new writing later may be offered again."""
    if not suggestions:
        return suggestions
    labels = {s.label for s in suggestions}
    insight = suggestions[0].insight
    answered_here = Q(
        state__in=(SuggestionState.ACCEPTED, SuggestionState.DISMISSED),
        insight__source_type=insight.source_type,
        insight__source_id=insight.source_id,
    )
    open_ones = (
        Suggestion.objects.filter(Q(state=SuggestionState.OPEN) | answered_here)
        .filter(client=client, label__in=labels)
        .select_related("insight")
        .order_by("-created_at")[:200]
    )
    seen: set[Key] = set()
    # One check-in is one conversation: a label already offered from one of its answers is
    # not offered again from another (a part to add is offered for each part named).
    checkin = _checkin_of(insight.source_type, insight.source_id)
    open_in_checkin: set[str] = set()
    for old in open_ones:
        data = json.loads(old.insight.result)
        seen.add(_key_of(old, data["text"], spans_in(data, old.label)))
        if (
            checkin
            and old.state == SuggestionState.OPEN
            and old.label != "parts"
            and _checkin_of(old.insight.source_type, old.insight.source_id) == checkin
        ):
            open_in_checkin.add(old.label)
    fresh = []
    for new in suggestions:
        key = _key_of(new, payload["text"], spans_in(payload, new.label))
        if key not in seen and new.label not in open_in_checkin:
            seen.add(key)
            fresh.append(new)
            if checkin and new.label != "parts":
                open_in_checkin.add(new.label)
    return fresh


def _checkin_of(source_type: str, source_id: str) -> str:
    """The check-in a piece of writing belongs to ("<check-in id>:<step>"), or ""."""
    return source_id.split(":", 1)[0] if source_type == "parts.encounter" else ""
