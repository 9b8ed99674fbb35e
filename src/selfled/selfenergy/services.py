"""Recording and reading Self-energy check-ins. Pages and the API both call these functions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.http import Http404, HttpRequest

from selfled.audit.services import record
from selfled.care.models import Client
from selfled.care.scoping import visible_clients, writable_clients
from selfled.insight.services import analyze_text
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import (
    MAX_SCORE,
    MIN_SCORE,
    NOTE_MAX_LENGTH,
    QUALITIES,
    QUALITY_KEYS,
)

# Enough for years of weekly check-ins; the chart thins out what it draws.
HISTORY_LIMIT = 500


class CheckInInvalid(ValueError):
    """The check-in was not saved. `errors` maps a field ("calm", "note", ...) to a message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(" ".join(errors.values()))


def validate(scores: Mapping[str, Any], note: str) -> dict[str, str]:
    """Every problem with a check-in, by field; empty when it can be saved."""
    errors: dict[str, str] = {}
    labels = {q.key: q.label for q in QUALITIES}
    for key in QUALITY_KEYS:
        value = scores.get(key)
        if value is None:
            errors[key] = f"Please choose a number for {labels[key].lower()}."
        elif (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not MIN_SCORE <= value <= MAX_SCORE
        ):
            errors[key] = f"{labels[key]} needs a whole number from {MIN_SCORE} to {MAX_SCORE}."
    unknown = sorted(set(scores) - set(QUALITY_KEYS))
    if unknown:
        errors["__all__"] = f"Unknown qualities: {', '.join(unknown)}."
    if not isinstance(note, str):
        errors["note"] = "The note must be text."
    elif len(note.strip()) > NOTE_MAX_LENGTH:
        errors["note"] = (
            f"Please keep the note to {NOTE_MAX_LENGTH:,} characters "
            f"(it is {len(note.strip()):,} now)."
        )
    return errors


def _in_scope(scope: Any, client: Client) -> None:
    # The caller fetched `client` through scoping already; checking again here means no
    # caller can skip it.
    if not scope.filter(pk=client.pk).exists():
        raise Http404("No such client")


def record_check_in(
    *,
    client: Client,
    by: Any,
    scores: Mapping[str, Any],
    note: str,
    request: HttpRequest | None,
) -> SelfEnergyCheckIn:
    """Save one check-in for `client`, recorded by `by` (the client or a care-team clinician).

    Side effects: one SelfEnergyCheckIn row (note encrypted) and one "self_energy.create"
    audit event, in one transaction. Then, when the client wrote a note themself, the language
    analyzer runs over it (selfled.insight.analyze_text: its own rows and audit event, and a
    safety event for crisis language); `check_in.crisis` says whether it found crisis
    language, `check_in.noticed` how many suggestions it opened for the client.
    Raises CheckInInvalid (nothing written) when a score is missing, not a whole number from
    0 to 10, or the note is over 2,000 characters; Http404 when `by` may not write to
    `client`'s record.
    """
    _in_scope(writable_clients(by), client)
    errors = validate(scores, note)
    if errors:
        raise CheckInInvalid(errors)
    check_in = SelfEnergyCheckIn(
        client=client,
        recorded_by=by,
        note=note.strip(),
        **{key: scores[key] for key in QUALITY_KEYS},
    )
    with transaction.atomic():
        check_in.save(force_insert=True)
        record(
            "self_energy.create",
            actor=by,
            request=request,
            obj=check_in,
            practice_id=client.practice_id,
            detail=f"client {client.pk}",
        )
    # Like parts: only the client's own words are analyzed, not a clinician's session note.
    check_in.noticed = 0  # type: ignore[attr-defined]
    if check_in.note and by.pk == client.user_id:
        outcome = analyze_text(
            client=client,
            text=check_in.note,
            source_type="selfenergy.checkin",
            source_id=check_in.pk,
            by=by,
            request=request,
        )
        check_in.crisis = outcome.crisis
        check_in.noticed = len(outcome.suggestions)  # type: ignore[attr-defined]
    return check_in


def history(
    *, client: Client, viewer: Any, request: HttpRequest | None, limit: int = HISTORY_LIMIT
) -> list[SelfEnergyCheckIn]:
    """The most recent `limit` check-ins of `client`, oldest first (the order of a chart).

    Side effects: one "self_energy.view" audit event. Notes stay sealed until read.
    Raises Http404 when `viewer` may not read `client`'s record.
    """
    _in_scope(visible_clients(viewer), client)
    newest_first = (
        SelfEnergyCheckIn.objects.filter(client=client)
        .select_related("recorded_by")
        .order_by("-created_at", "-id")[: max(1, limit)]
    )
    rows = list(newest_first)
    rows.reverse()
    record(
        "self_energy.view",
        actor=viewer,
        request=request,
        obj=client,
    )
    return rows
