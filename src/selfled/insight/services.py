"""The one call every feature uses to analyze a client's writing, and what follows from it.

`analyze_text` runs the local analyzer (no text leaves the machine), stores the result with
the analyzer version, opens suggestions the client may accept or dismiss, and — for crisis
language, whatever the text's visibility — records a safety event for the care team. Nothing
changes the clinical record until a person accepts a suggestion.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from selfled.accounts.models import Role
from selfled.audit.services import record
from selfled.care.models import Client
from selfled.insight import repeats
from selfled.insight.about import parts_written_about
from selfled.insight.models import (
    UNSAVED,
    SafetyEvent,
    SafetyFollowUp,
    Suggestion,
    SuggestionState,
    Tag,
    TextInsight,
    spans_in,
)
from selfled.lib.insight import THRESHOLD, analyze_answers
from selfled.lib.insight.answers import joined

SUGGESTED_LABELS = ("fear:safety", "fear:overwhelm", "fear:identity", "self", "old-pattern")
# A part's details say what the part does: "scrolls my phone for hours" is the job of the
# part called Scroller, not an old habit coming back. There an old pattern is offered only
# when the words say it is back ("back to drinking every night again").
_RETURN = re.compile(
    r"\b(?:again|back (?:to|on|into)|(?:is|are|it's|was) back\b(?! (?:in|then))|relaps\w*|"
    r"slipp?(?:ed|ing)? (?:back|up)|fell back|returned to|returning to|came back|coming back|"
    r"crept back|creeping back)\b",
    re.IGNORECASE,
)


def _offered(label: str, source_type: str, text: str) -> bool:
    if label == "old-pattern" and source_type == "parts.part":
        return _RETURN.search(text) is not None
    return True


class InsightError(Exception):
    pass


def insight_mode() -> str:
    """The configured analyzer mode, falling back to the rules when the ml extra is missing."""
    from django.conf import settings

    from selfled.lib.insight import available_modes

    wanted = getattr(settings, "SELFLED_INSIGHT_MODE", "rules")
    return wanted if wanted in available_modes() else "rules"


@dataclass(frozen=True)
class Outcome:
    insight: TextInsight | None
    suggestions: list[Suggestion]
    crisis: bool
    new: int = 0  # suggestions not already waiting from an earlier reading of this writing


def _payload(text: str, result: Any, *, only: str = "") -> dict[str, Any]:
    """The stored (encrypted) record of one analysis: the text, the analyzer version and each
    label's confidence and spans; with `only`, that one label alone."""
    return {
        "text": text,
        "version": result.version,
        "truncated": result.truncated,
        "labels": [
            {
                "label": r.label,
                "confidence": r.confidence,
                "spans": [[span.start, span.end] for span in r.spans],
            }
            for r in result.labels
            if not only or r.label == only
        ],
    }


def analyze_text(
    *,
    client: Client,
    text: str,
    source_type: str,
    source_id: Any,
    by: Any,
    request: HttpRequest | None = None,
    about_part: Any = None,
    name_end: int = 0,
    new_parts: bool = True,
    answers: Sequence[str] | None = None,
) -> Outcome:
    """Analyze one saved piece of the client's writing.

    Side effects: a TextInsight; earlier open suggestions for the same source are superseded;
    new open Suggestions; a SafetyEvent when crisis language is present; one audit event.
    `name_end`: the text starts with a part's name this long, read for crisis language but
    not the source of a suggestion (a part called "Numbing" is not an old pattern each time).
    `new_parts=False`: the writing describes a part about to be named where it was written
    (a check-in's first steps), so parts language naming no known part is not offered as one
    to add.
    `answers`: answers to separate questions (a form's fields, a check-in screen), stored as
    one text joined by line breaks (`text` is then ignored) and each read on its own.
    """
    from selfled.parts.access import live_parts

    pieces = list(answers) if answers is not None else [text or ""]
    if not joined(pieces)[0].strip():
        return Outcome(None, [], False)
    parts = {p.name: p for p in live_parts(client)}
    # one text is one answer: read the same way as several
    text, result = analyze_answers(pieces, known_parts=list(parts), mode=insight_mode())
    present = set(result.present())
    payload = _payload(text, result)
    source_id = str(source_id)
    crisis_words = repeats.crisis_words(payload) if "crisis" in present else Counter[str]()
    with transaction.atomic():
        standing = repeats.already_flagged(client, source_type, source_id, crisis_words)
        waiting = Suggestion.objects.filter(
            insight__source_type=source_type,
            insight__source_id=source_id,
            state=SuggestionState.OPEN,
        )
        before = {_key(s) for s in waiting.only("label", "part_name", "matched_part_id")}
        waiting.update(state=SuggestionState.SUPERSEDED)
        insight = TextInsight.objects.create(
            client=client,
            source_type=source_type,
            source_id=source_id,
            analyzer_version=result.version,
            result=json.dumps(payload),
            crisis="crisis" in present,
        )
        suggestions = []
        crisis_spans = crisis_sentences(text, spans_in(payload, "crisis"))
        for label_result in result.labels:
            if (
                label_result.label in SUGGESTED_LABELS
                and label_result.confidence >= THRESHOLD
                and _offered(label_result.label, source_type, text)
            ):
                if crisis_spans and _in_crisis_words(label_result.label, payload, crisis_spans):
                    continue  # the crisis path answers these words, not a suggestion
                spans = spans_in(payload, label_result.label)
                if name_end and spans and all(b <= name_end for _, b in spans):
                    continue  # only the part's name says it
                suggestions.append(
                    Suggestion(
                        insight=insight,
                        client=client,
                        label=label_result.label,
                        confidence=label_result.confidence,
                    )
                )
        if "parts" in present:
            offered: set[str] = set()
            for candidate in result.part_candidates:
                matched = parts.get(candidate.matched_part or "")
                if matched is None and not new_parts:
                    continue
                span = (candidate.span.start, candidate.span.end)
                if any(span[0] < d and c < span[1] for c, d in crisis_spans):
                    continue  # a sentence with crisis language is not offered back as a card
                key = str(matched.pk) if matched is not None else candidate.name.casefold()
                # Writing about a part does not suggest linking that part to itself, and each
                # part is offered once per piece of writing.
                if key in offered or (about_part is not None and matched == about_part):
                    continue
                if (
                    matched is None
                    and source_type == "parts.part"
                    and candidate.name.casefold().startswith(("part ", "parts "))
                ):
                    # "a part of me is scared that ..." in a part's own details is that part
                    continue
                offered.add(key)
                suggestions.append(
                    Suggestion(
                        insight=insight,
                        client=client,
                        label="parts",
                        confidence=result.confidence("parts"),
                        part_name=candidate.name[:60],
                        matched_part=matched,
                        span_start=candidate.span.start,
                        span_end=candidate.span.end,
                    )
                )
        suggestions = repeats.not_yet_asked(client, suggestions, payload)
        for suggestion in suggestions:
            suggestion.save()
        if insight.crisis and standing is None:
            SafetyEvent.objects.create(
                client=client, insight=insight, source_type=source_type, source_id=source_id
            )
        elif (
            insight.crisis
            and standing is not None
            and standing.acknowledged_at is None
            and standing.source_type == source_type
        ):
            # the same words, saved again or first read when the form could not be saved:
            # the open alert now points at this reading, so its quote is what was saved last
            # (an alert already seen is left as it was)
            standing.insight = insight
            standing.source_id = source_id
            standing.save(update_fields=["insight", "source_id"])
        record(
            "insight.analyze",
            actor=by,
            request=request,
            obj=insight,
            practice_id=client.practice_id,
            detail=source_type,
        )
    new = sum(1 for s in suggestions if _key(s) not in before)
    return Outcome(insight, suggestions, insight.crisis, new)


def _key(suggestion: Suggestion) -> tuple[str, str, Any]:
    """What a suggestion offers: its label, and for parts the part named or matched."""
    return (suggestion.label, suggestion.part_name.casefold(), suggestion.matched_part_id)


_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")


def crisis_sentences(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span widened to the whole sentence (or line) it is in: a sentence with crisis
    language is answered by the crisis path, never offered or quoted back as a suggestion."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out = []
    for a, b in spans:
        start = max((e for e in ends if e <= a), default=0)
        end = min((e for e in ends if e >= b), default=len(text))
        out.append((start, end))
    return out


def _in_crisis_words(label: str, payload: dict[str, Any], crisis: list[tuple[int, int]]) -> bool:
    """Whether a suggestion would be drawn from a sentence with crisis language in it
    (`crisis`: those sentences' bounds): Self-energy is never offered beside crisis language;
    another label is not offered when its words fall in such a sentence."""
    if label == "self":
        return True
    return any(a < d and c < b for a, b in spans_in(payload, label) for c, d in crisis)


def screen_unsaved(
    *,
    client: Client,
    texts: list[str],
    source_type: str,
    by: Any,
    request: HttpRequest | None = None,
) -> bool:
    """Read writing that could not be saved (the form had another error) for crisis language.

    Nothing else is kept of it; crisis language is still the crisis path: the result and a
    safety event are stored (encrypted, as for saved writing) so the care team learns of it.
    Returns whether crisis language was found.
    """
    text, result = analyze_answers([t for t in texts if t and t.strip()], mode=insight_mode())
    if not text:
        return False
    if "crisis" not in result.present():
        return False
    payload = _payload(text, result, only="crisis")
    with transaction.atomic():
        insight = TextInsight.objects.create(
            client=client,
            source_type=source_type,
            source_id=UNSAVED,
            analyzer_version=result.version,
            result=json.dumps(payload),
            crisis=True,
        )
        SafetyEvent.objects.create(
            client=client, insight=insight, source_type=source_type, source_id=UNSAVED
        )
        record(
            "insight.analyze",
            actor=by,
            request=request,
            obj=insight,
            practice_id=client.practice_id,
            detail=f"{source_type} (not saved)",
        )
    return True


def spans_for(insight: TextInsight, label: str) -> list[tuple[int, int]]:
    return spans_in(json.loads(insight.result), label)


def highlight(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split text into (segment, is_highlighted) pieces; the template escapes each piece."""
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], False))
    return pieces


def accept(
    *, suggestion: Suggestion, by: Any, request: HttpRequest | None = None, name: str = ""
) -> Tag:
    """The client confirms a suggestion: it becomes a tag on the writing.

    For parts language naming a part not on the map yet, the part is added (as "noticed"),
    under `name` when the client gave one instead of the words found.
    """
    from selfled.parts.services.parts import create_part, part_named

    created = False
    with transaction.atomic():
        # locked, so a double submit cannot add the part or the tag twice
        fresh = Suggestion.objects.select_for_update().filter(pk=suggestion.pk).first()
        if fresh is None or fresh.state != SuggestionState.OPEN:
            raise InsightError("This suggestion was already answered.")
        part = suggestion.matched_part
        if suggestion.label != "parts":
            # a fear, Self-energy or an old pattern in writing about a part belongs on that
            # part's page too
            part = parts_written_about([suggestion.insight]).get(suggestion.insight.pk)
        elif part is None and suggestion.part_name:
            chosen = " ".join(name.split()) or suggestion.part_name
            part = part_named(suggestion.client, by, chosen)
            if part is None:
                part = create_part(
                    client=suggestion.client, by=by, values={"name": chosen}, request=request
                )
                created = True
        if suggestion.label == "parts" and suggestion.matched_part_id is None:
            # the answer names the part, so these words are not offered again about it
            suggestion.matched_part = part
            suggestion.save(update_fields=["matched_part"])
        same = {
            "client": suggestion.client,
            "source_type": suggestion.insight.source_type,
            "source_id": suggestion.insight.source_id,
            "label": suggestion.label,
            "part": part,
        }
        # the same writing already carries this tag (confirmed from an earlier reading)
        tag = Tag.objects.filter(**same).first()
        if tag is None:
            try:
                with transaction.atomic():  # a savepoint: the same tag may land a moment before
                    tag = Tag.objects.create(**same, added_by=by, suggestion=suggestion)
            except IntegrityError:
                tag = Tag.objects.get(**same)
        tag.part_is_new = created  # type: ignore[attr-defined]
        _decide(suggestion, SuggestionState.ACCEPTED, by)
        record(
            "insight.accept",
            actor=by,
            request=request,
            obj=suggestion,
            practice_id=suggestion.client.practice_id,
        )
    return tag


def dismiss(*, suggestion: Suggestion, by: Any, request: HttpRequest | None = None) -> None:
    if suggestion.state != SuggestionState.OPEN:
        raise InsightError("This suggestion was already answered.")
    with transaction.atomic():
        _decide(suggestion, SuggestionState.DISMISSED, by)
        record(
            "insight.dismiss",
            actor=by,
            request=request,
            obj=suggestion,
            practice_id=suggestion.client.practice_id,
        )


def _decide(suggestion: Suggestion, state: str, by: Any) -> None:
    suggestion.state = state
    suggestion.decided_by = by
    suggestion.decided_at = timezone.now()
    suggestion.save(update_fields=["state", "decided_by", "decided_at"])


def add_tag(
    *,
    client: Client,
    source_type: str,
    source_id: Any,
    label: str,
    by: Any,
    part: Any = None,
    request: HttpRequest | None = None,
) -> Tag:
    """A clinician's own tag on a piece of writing."""
    from selfled.insight.models import LABEL_CHOICES

    if label not in {value for value, _ in LABEL_CHOICES}:
        raise InsightError("Choose one of the listed tags.")
    same = (
        Tag.objects.filter(client=client, part=part, label=label)
        if part is not None
        else Tag.objects.filter(
            client=client, source_type=source_type, source_id=str(source_id), label=label
        )
    )
    if same.exists():
        raise InsightError("That tag is already there.")
    try:
        with transaction.atomic():
            tag = Tag.objects.create(
                client=client,
                source_type=source_type,
                source_id=str(source_id),
                label=label,
                part=part,
                added_by=by,
                by_clinician=True,
            )
            record(
                "insight.tag",
                actor=by,
                request=request,
                obj=client,
                detail=f"tag {tag.pk}; part {getattr(part, 'pk', None) or '-'}",
            )
    except IntegrityError as exc:  # the same tag, added a moment ago (a double submit)
        raise InsightError("That tag is already there.") from exc
    return tag


def removable_tags(user: Any) -> QuerySet[Tag]:
    """The tags `user` may take off: a client, the ones they confirmed on their own record; a
    care-team clinician (not read-only break-glass access), the ones clinicians added."""
    from selfled.care.scoping import writable_clients

    role = getattr(user, "role", None)
    if role not in (Role.CLIENT, Role.CLINICIAN):
        return Tag.objects.none()
    return Tag.objects.filter(
        client__in=writable_clients(user), by_clinician=role == Role.CLINICIAN
    )


def remove_tag(*, tag_id: Any, by: Any, request: HttpRequest | None = None) -> Tag:
    """Take one tag off (a tag confirmed by mistake, or one a clinician no longer stands by).

    Raises Http404 when the tag is not one `by` may remove (or is gone already). The tag's
    part and writing are untouched; the audit trail keeps that it was removed and by whom."""
    with transaction.atomic():
        tag = removable_tags(by).select_related("client", "part").filter(pk=tag_id).first()
        if tag is None or (tag.part is not None and tag.part.private and tag.by_clinician):
            raise Http404("No such tag")
        removed_pk = tag.pk
        deleted, _ = Tag.objects.filter(pk=removed_pk).delete()
        if not deleted:  # taken off a moment ago (a second click, another tab)
            raise Http404("No such tag")
        record(
            "insight.tag.remove",
            actor=by,
            request=request,
            object_type="insight.tag",
            object_id=removed_pk,
            practice_id=tag.client.practice_id,
            detail=f"client {tag.client_id}; part {tag.part_id or '-'}",
        )
    return tag


FOLLOW_UP_MAX = 2000


def acknowledge(
    *, event: SafetyEvent, by: Any, note: str = "", request: HttpRequest | None = None
) -> None:
    """Mark a safety event as seen, with what was done about it (`note`, optional, kept
    encrypted). Marking it again adds the note without changing who saw it first.
    Raises InsightError for a note over FOLLOW_UP_MAX characters; nothing is written then."""
    note = _checked_note(note)
    with transaction.atomic():
        _mark_seen(event.pk, event.client, by, note, request)


class NewEventsArrived(InsightError):
    """Events came in after the page was shown; nothing was marked."""


def acknowledge_all(
    *,
    client: Client,
    by: Any,
    shown: Sequence[int],
    note: str = "",
    request: HttpRequest | None = None,
) -> int:
    """Mark the unseen safety events about `client` that the care team was shown (`shown`:
    their ids) as seen, each with `note` when given; how many were marked. Nothing is
    written when the note is over FOLLOW_UP_MAX characters (InsightError) or when an unseen
    event arrived that was not shown (NewEventsArrived: it has not been read). One audit event
    per event marked, as when each is marked on its own."""
    note = _checked_note(note)
    with transaction.atomic():
        unseen = set(
            SafetyEvent.objects.select_for_update()
            .filter(client=client, acknowledged_at__isnull=True)
            .values_list("pk", flat=True)
        )
        if unseen - set(shown):
            raise NewEventsArrived(
                "Something new was written since this page was opened, so nothing was marked. "
                "Please read the events below again."
            )
        for pk in sorted(unseen):
            _mark_seen(pk, client, by, note, request, also=" (all marked at once)")
    return len(unseen)


def _checked_note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > FOLLOW_UP_MAX:
        raise InsightError(
            f"Please keep the note to {FOLLOW_UP_MAX:,} characters or fewer (it has {len(note):,})."
        )
    return note


def _mark_seen(
    event_id: int, client: Client, by: Any, note: str, request: Any, *, also: str = ""
) -> None:
    """Mark one event as seen (who saw it first stays), add the note if any (encrypted on
    save), and append its audit event; inside the caller's transaction."""
    SafetyEvent.objects.filter(pk=event_id, acknowledged_at__isnull=True).update(
        acknowledged_by=by, acknowledged_at=timezone.now()
    )
    if note:
        SafetyFollowUp.objects.create(event_id=event_id, note=note, written_by=by)
    record(
        "safety_event.acknowledge",
        actor=by,
        request=request,
        obj=client,
        detail=f"event {event_id}" + (", with a note" if note else "") + also,
    )


CRISIS_MESSAGE = (
    "What you wrote sounds like you may be going through something very hard, maybe even "
    "thinking about ending your life or hurting yourself. You don't have to carry this alone: "
    "please reach out to one of these now. Your care team will see a note that you may need "
    "support the next time they open your record, but SelfLed is not watched around the "
    "clock, so please don't wait for them to reach you."
)


@dataclass(frozen=True)
class ClientAlerts:
    """One client's unseen safety events: the newest, and how many there are in all."""

    newest: SafetyEvent
    count: int


def open_alerts_for(viewer: Any, *, limit: int = 50) -> list[ClientAlerts]:
    """Clients `viewer` may see with unseen safety events, the newest alert first, at most
    `limit` clients (two queries, whatever the number of events)."""
    from django.db.models import Count, Max

    from selfled.care.scoping import visible_clients

    per_client = list(
        SafetyEvent.objects.filter(client__in=visible_clients(viewer), acknowledged_at__isnull=True)
        .values("client_id")
        .annotate(count=Count("pk"), newest=Max("pk"))
        .order_by("-newest")[:limit]
    )
    newest = SafetyEvent.objects.select_related("client__user").in_bulk(
        [row["newest"] for row in per_client]
    )
    return [ClientAlerts(newest[row["newest"]], row["count"]) for row in per_client]


def open_event_about_part(part: Any) -> SafetyEvent | None:
    """The newest safety event raised by this part's details that nobody has marked as seen
    yet (what the care team should read first when they open the part)."""
    return (
        SafetyEvent.objects.filter(
            client_id=part.client_id,
            source_type="parts.part",
            source_id=str(part.pk),
            acknowledged_at__isnull=True,
        )
        .order_by("-pk")
        .first()
    )


def open_event_count(client: Client) -> int:
    """Safety events about `client` that nobody on the care team has marked as seen yet."""
    return SafetyEvent.objects.filter(client=client, acknowledged_at__isnull=True).count()


def noticed_in(client: Client, source_type: str, source_id: str, *, prefix: bool = False) -> int:
    """How many suggestions from this writing are waiting for the client (`prefix`: every
    source id starting with `source_id`, as the steps of one check-in)."""
    match = {"insight__source_id__startswith" if prefix else "insight__source_id": source_id}
    return Suggestion.objects.filter(
        client=client, state=SuggestionState.OPEN, insight__source_type=source_type, **match
    ).count()


def open_suggestion_count(client: Client) -> int:
    return Suggestion.objects.filter(client=client, state=SuggestionState.OPEN).count()


def tags_for_part(part: Any, viewer: Any) -> list[Tag]:
    """Confirmed tags on a part as `viewer` may see them, each with `words`: the words it was
    drawn from ("" for a clinician's own tag).

    The client sees all of theirs, with the words as they were when they said yes. The care
    team sees clinicians' tags, and a client's confirmed tag only when the writing it came
    from is writing they may read as it stands now (not a private part, a private detail, a
    comment on a private part), with the words from that writing."""
    from selfled.parts.access import is_owner

    tags = list(
        Tag.objects.filter(Q(part=part) | Q(source_type="parts.part", source_id=str(part.pk)))
        .select_related("added_by", "suggestion__insight")
        .order_by("-created_at")[:50]
    )
    if is_owner(viewer, part.client):
        for tag in tags:
            tag.words = tag_words(tag)  # type: ignore[attr-defined]
        return tags
    return _as_the_team_may_see(viewer, part.client, tags)


def _as_the_team_may_see(viewer: Any, client: Client, tags: list[Tag]) -> list[Tag]:
    from selfled.insight.passages import tag_passages

    passages = tag_passages(viewer, client, tags)
    shown = []
    for tag in tags:
        if tag.by_clinician:
            tag.words = ""  # type: ignore[attr-defined]
        elif tag.pk in passages:
            marked = [text for text, flagged in passages[tag.pk].pieces if flagged]
            tag.words = _shortened(" … ".join(" ".join(w.split()) for w in marked))  # type: ignore[attr-defined]
        else:
            continue  # drawn from writing the team cannot read (private) or that has changed
        shown.append(tag)
    return shown


WORDS_MAX = 160


def drawn_from(suggestion: Suggestion) -> list[str]:
    """The words a suggestion was drawn from, in order, as they were when it was made."""
    data = json.loads(suggestion.insight.result)
    text = str(data.get("text", ""))
    if suggestion.span_start is not None and suggestion.span_end is not None:
        spans = [(suggestion.span_start, suggestion.span_end)]
    else:
        spans = spans_in(data, suggestion.label)
    return [text[a:b] for a, b in sorted(spans) if text[a:b].strip()]


def tag_words(tag: Tag) -> str:
    """The words a confirmed suggestion was drawn from ("" for a clinician's own tag)."""
    if tag.suggestion is None:
        return ""
    return _shortened(" … ".join(" ".join(w.split()) for w in drawn_from(tag.suggestion)))


def _shortened(words: str) -> str:
    return words if len(words) <= WORDS_MAX else words[: WORDS_MAX - 1].rstrip() + "…"


def tags_for_team(client: Client, viewer: Any) -> list[Tag]:
    """Confirmed tags the care team may see: none on parts the client keeps private, and a
    client's confirmed tag only when `viewer` may read the writing it came from (see
    :func:`tags_for_part`; this also leaves out tags drawn from a private part's details),
    each with its `words`."""
    tags = list(
        Tag.objects.filter(client=client)
        .exclude(part__private=True)
        .select_related("part", "added_by", "suggestion__insight")
        .order_by("-created_at")[:200]
    )
    return _as_the_team_may_see(viewer, client, tags)


def clients_alerting_nobody(practice_id: int) -> list[Client]:
    """Clients of the practice with an unseen safety event and no care-team clinician to see
    it: the practice admin is told (names only, nothing of the writing) so someone is added."""
    return list(
        Client.objects.filter(
            practice_id=practice_id,
            safety_events__acknowledged_at__isnull=True,
            team__isnull=True,
        )
        .select_related("user")
        .distinct()
        .order_by("user__full_name")
    )


def parts_behind(viewer: Any, client: Client, events: Sequence[Any]) -> dict[int, Any]:
    """For each safety event written in a part's details or a comment on a part, that part,
    when `viewer` may see it (a private part stays hidden from the care team). One query each
    for comments and parts, whatever the number of events."""
    import uuid

    from selfled.parts.access import parts_for
    from selfled.parts.models import PartComment

    def as_uuid(value: str) -> uuid.UUID | None:
        try:
            return uuid.UUID(value)
        except ValueError:
            return None

    saved = [e for e in events if e.source_id != UNSAVED]
    comment_keys = {e.pk: as_uuid(e.source_id) for e in saved if e.source_type == "parts.comment"}
    comments = {
        str(pk): str(part_id)
        for pk, part_id in PartComment.objects.filter(
            pk__in=[k for k in comment_keys.values() if k is not None]
        ).values_list("pk", "part_id")
    }
    part_ids: dict[int, str] = {}
    for e in saved:
        if e.source_type == "parts.part" and as_uuid(e.source_id) is not None:
            part_ids[e.pk] = str(as_uuid(e.source_id))
        elif e.source_type == "parts.comment" and str(comment_keys[e.pk]) in comments:
            part_ids[e.pk] = comments[str(comment_keys[e.pk])]
    wanted = [k for k in map(as_uuid, set(part_ids.values())) if k is not None]
    visible = {str(p.pk): p for p in parts_for(viewer, client).filter(pk__in=wanted)}
    return {pk: visible[pid] for pk, pid in part_ids.items() if pid in visible}
