from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from selfled.insight.models import Suggestion, Tag, TextInsight, source_name
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
        return f"Linked to “{tag.part.name}”. {who}"
    label = tag.get_label_display()  # type: ignore[attr-defined]
    if tag.part is not None:
        return f"Noted as “{label}” on “{tag.part.name}”. {who}"
    return f"Noted as “{label}”. {who}"


def message_for(s: Suggestion) -> str:
    if s.label == "parts":
        if s.matched_part is not None:
            return f"This sounds like a part: link it to “{s.matched_part.name}”?"
        return "This sounds like a part that isn't on your map yet: add it?"
    return LABEL_TEXT.get(s.label, s.label)


#: Highlighted places quoted on a card: enough to see why, short enough for a phone.
CARD_SPANS = 3


def suggestion_cards(suggestions: Iterable[Suggestion]) -> list[Card]:
    suggestions = list(suggestions)
    parts = _parts_written_about([s.insight for s in suggestions])
    cards = []
    for s in suggestions:
        text = json.loads(s.insight.result)["text"]
        if s.label == "parts" and s.span_start is not None and s.span_end is not None:
            spans = [(s.span_start, s.span_end)]
        else:
            spans = sorted(spans_for(s.insight, s.label))[:CARD_SPANS]
        where = "From " + source_name(s.insight.source_type, unknown="your writing")
        part_name = parts.get(s.insight.pk)
        if part_name:
            where += f" about “{part_name}”"
        # long writing is cut around the words that led to the suggestion
        new_part = s.label == "parts" and s.matched_part_id is None
        cards.append(Card(s, message_for(s), excerpt(text, spans), where, new_part))
    return cards


def _parts_written_about(insights: list[TextInsight]) -> dict[Any, str]:
    """For each piece of writing about a part (its details, a comment on it, a check-in with
    it), that part's name, by insight id: one query per kind of writing, whatever the number."""
    from selfled.parts.models import Encounter, Part, PartComment

    keys: dict[str, dict[Any, uuid.UUID]] = {}
    for insight in insights:
        pk = _as_uuid(insight.source_id.split(":", 1)[0])
        if pk is not None:
            keys.setdefault(insight.source_type, {})[insight.pk] = pk
    # insight id -> part id, then the parts in one query (names are decrypted by the model)
    part_of = dict(keys.get("parts.part", {}))
    for model, kind in ((PartComment, "parts.comment"), (Encounter, "parts.encounter")):
        wanted = keys.get(kind)
        if wanted:
            rows = dict(model.objects.filter(pk__in=wanted.values()).values_list("pk", "part_id"))
            part_of.update({key: rows[pk] for key, pk in wanted.items() if rows.get(pk)})
    if not part_of:
        return {}
    parts = {p.pk: str(p.name) for p in Part.objects.filter(pk__in=set(part_of.values()))}
    return {key: parts[pid] for key, pid in part_of.items() if pid in parts}


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
