from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from selfled.insight.about import parts_written_about
from selfled.insight.models import Suggestion, Tag, source_name
from selfled.insight.passages import excerpt
from selfled.insight.services import crisis_sentences, spans_for

LABEL_TEXT = {
    "fear:safety": "This sounds like a part of you afraid you won't be safe if things change.",
    "fear:overwhelm": "This sounds like a part of you afraid that letting go would be too much.",
    "fear:identity": "This sounds like a part of you wondering who you'd be, or how others would "
    "respond, if things change.",
    "self": "This sounds like Self-energy.",
    "old-pattern": "This sounds like an old pattern coming back.",
}


@dataclass(frozen=True)
class Card:
    suggestion: Suggestion
    message: str
    pieces: list[tuple[str, bool]]
    where: str = ""
    new_part: bool = False  # parts language naming a part not on the map: the client names it


def accepted_message(tag: Tag) -> str:
    """What the client is told once a suggestion is confirmed."""
    who = (
        "It stays private, as the part is."
        if tag.part is not None and tag.part.private
        else "Your care team can see this."
    )
    if tag.label == "parts" and tag.part is not None:
        if getattr(tag, "part_is_new", False):
            return f"Added “{tag.part.name}” to your parts map. {who}"
        return f"These words are now noted on “{tag.part.name}”. {who}"
    label = tag.get_label_display()  # type: ignore[attr-defined]
    if tag.part is not None:
        return f"Noted as “{label}” on “{tag.part.name}”. {who}"
    return f"Noted as “{label}”. {who}"


def message_for(s: Suggestion) -> str:
    if s.label == "parts":
        if s.matched_part is not None:
            return f"These words sound like “{s.matched_part.name}”. Note them on that part?"
        return "This sounds like a part that isn't on your map yet: add it?"
    return LABEL_TEXT.get(s.label, s.label)


#: Highlighted places quoted on a card: enough to see why, short enough for a phone.
CARD_SPANS = 3


def suggestion_cards(suggestions: Iterable[Suggestion]) -> list[Card]:
    suggestions = list(suggestions)
    parts = parts_written_about([s.insight for s in suggestions])
    cards = []
    for s in suggestions:
        text = json.loads(s.insight.result)["text"]
        if s.label == "parts" and s.span_start is not None and s.span_end is not None:
            spans = [(s.span_start, s.span_end)]
        else:
            spans = sorted(spans_for(s.insight, s.label))[:CARD_SPANS]
        where = "From " + source_name(s.insight.source_type, unknown="your writing")
        part = parts.get(s.insight.pk)
        if part is not None:
            where += f" about “{part.name}”"
        # long writing is cut around the words that led to the suggestion
        new_part = s.label == "parts" and s.matched_part_id is None
        # a sentence with crisis language is never quoted back on a card
        avoid = crisis_sentences(text, spans_for(s.insight, "crisis"))
        cards.append(Card(s, message_for(s), excerpt(text, spans, avoid=avoid), where, new_part))
    return cards
