from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from selfled.insight.models import Suggestion, source_name
from selfled.insight.passages import excerpt
from selfled.insight.services import spans_for

LABEL_TEXT = {
    "fear:safety": "This sounds like a protector worried about your safety without its old job.",
    "fear:overwhelm": "This sounds like a protector afraid that letting go would be too much.",
    "fear:identity": "This sounds like a protector wondering who you'd be, or how others would "
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


def message_for(s: Suggestion) -> str:
    if s.label == "parts":
        if s.matched_part is not None:
            return f"This sounds like a part: link it to “{s.matched_part.name}”?"
        return f"This sounds like a part: add “{s.part_name}” to your map?"
    return LABEL_TEXT.get(s.label, s.label)


def suggestion_cards(suggestions: Iterable[Suggestion]) -> list[Card]:
    cards = []
    for s in suggestions:
        text = json.loads(s.insight.result)["text"]
        if s.label == "parts" and s.span_start is not None and s.span_end is not None:
            spans = [(s.span_start, s.span_end)]
        else:
            spans = spans_for(s.insight, s.label)
        where = "From " + source_name(s.insight.source_type, unknown="your writing")
        # long writing is cut around the words that led to the suggestion
        cards.append(Card(s, message_for(s), excerpt(text, spans), where))
    return cards
