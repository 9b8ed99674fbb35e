"""Writing saved again: what was already flagged or answered is not raised a second time.

A part's details are read as one text each time any field is saved, and a form that failed on
another field is read once unsaved and again when it is saved. Without these checks the same
words would page the care team twice and bring back a suggestion the client said no to.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from django.utils import timezone

from selfled.care.models import Client
from selfled.insight.models import SafetyEvent, TextInsight

#: How long writing that could not be saved waits to be joined by its saved version.
UNSAVED_JOINS_WITHIN = timedelta(hours=6)


def crisis_words(payload: dict[str, Any]) -> frozenset[str]:
    """The words the analyzer flagged as crisis language, compared without case or spacing."""
    text = payload["text"]
    for entry in payload["labels"]:
        if entry["label"] == "crisis":
            return frozenset(
                " ".join(text[int(a) : int(b)].casefold().split()) for a, b in entry["spans"]
            )
    return frozenset()


def already_flagged(
    client: Client, source_type: str, source_id: str, words: frozenset[str]
) -> SafetyEvent | None:
    """The safety event that already stands for these crisis words, if there is one.

    - The same writing saved again (the last reading of it held every one of these words):
      its event.
    - Writing read unsaved a little earlier, holding these words: that event, which the saved
      version then takes over so the care team can read the words.
    """
    if not words:
        return None
    last = (
        TextInsight.objects.filter(client=client, source_type=source_type, source_id=source_id)
        .order_by("-created_at", "-pk")
        .first()
    )
    if last is not None and last.crisis and words <= crisis_words(json.loads(last.result)):
        event = (
            SafetyEvent.objects.filter(client=client, source_type=source_type, source_id=source_id)
            .order_by("-created_at", "-pk")
            .first()
        )
        if event is not None:
            return event
    from selfled.insight.services import UNSAVED

    since = timezone.now() - UNSAVED_JOINS_WITHIN
    unsaved = SafetyEvent.objects.filter(
        client=client,
        source_type=source_type,
        source_id=UNSAVED,
        created_at__gte=since,
    ).select_related("insight")
    for event in unsaved.order_by("-created_at", "-pk")[:5]:
        if words <= crisis_words(json.loads(event.insight.result)):
            return event
    return None
