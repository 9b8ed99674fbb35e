"""Creating, editing, moving, removing and commenting on parts."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from selfled.audit.services import record
from selfled.care.models import Client
from selfled.core.text import one_line
from selfled.lib.partsmap.layout import SELF_KEEP_OFF, clamp_point, off_the_self, place_new
from selfled.parts.access import is_owner, live_parts, parts_for
from selfled.parts.models import (
    DETAIL_FIELDS,
    NAME_MAX,
    STATUS_ORDER,
    TEXT_MAX,
    Kind,
    Part,
    PartComment,
    PartRevision,
    Status,
    StatusChange,
)

EDITABLE = ["name", "kind", "color", *DETAIL_FIELDS]
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Each field in plain words, as the part's page names it (messages, check-in summaries).
FIELD_LABELS = {
    "name": "its name",
    "kind": "its kind",
    "color": "its colour",
    "role": "what it does",
    "positive_intent": "what it hopes to do",
    "fears": "its fears",
    "burdens": "what it carries",
    "body_location": "where it is felt",
    "age": "how old it seems",
    "first_appeared": "when it first showed up",
    "description": "more about it",
}


def in_words(fields: list[str]) -> str:
    """Fields in plain words: "its fears", "its name and its fears", "a, b and c"."""
    labels = [FIELD_LABELS.get(f, f) for f in fields]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


class PartError(Exception):
    """A rule about parts was broken; `field` names the input to attach the message to."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# Colours a new part starts with, in order: the first one the client's map does not use yet,
# so parts added one after another can be told apart at a glance. The person can change it.
PALETTE = (
    "#4f7cac",
    "#b5523b",
    "#c49a3a",
    "#6b5b95",
    "#5b8c85",
    "#a23b72",
    "#e0a96d",
    "#88b04b",
    "#6c8ea4",
    "#8c6d4f",
)


def next_colour(client: Client, viewer: Any) -> str:
    """A colour for the client's next part: the first in PALETTE not on the map `viewer` sees.

    Only the parts the viewer may see count: the care team's suggestion must not give away
    that private parts exist, or their colours.
    """
    used = {c.lower() for c in parts_for(viewer, client).values_list("color", flat=True)}
    unused = [colour for colour in PALETTE if colour not in used]
    return unused[0] if unused else PALETTE[len(used) % len(PALETTE)]


def clean_details(values: dict[str, Any]) -> dict[str, str]:
    """Validate editable values; raise PartError naming the first bad field."""
    cleaned: dict[str, str] = {}
    for key, raw in values.items():
        if key not in EDITABLE:
            continue  # mass-assignment guard: only known fields are taken
        value = "" if raw is None else str(raw).strip()
        if key == "name":
            value = one_line(value)
            if not value:
                raise PartError("Please give the part a name, in your own words.", "name")
            if len(value) > NAME_MAX:
                raise PartError(f"Please keep the name to {NAME_MAX} characters or fewer.", "name")
        elif key == "kind":
            if value not in Kind.values:
                raise PartError("Choose manager, firefighter, exile or not sure yet.", "kind")
        elif key == "color":
            value = value or "#6c8ea4"
            if not COLOR.match(value):
                raise PartError("Colour must look like #3a7bd5.", "color")
        elif len(value) > TEXT_MAX:
            raise PartError(f"Please keep this to {TEXT_MAX:,} characters or fewer.", key)
        cleaned[key] = value
    return cleaned


def snapshot(part: Part) -> dict[str, str]:
    return {key: str(getattr(part, key) or "") for key in EDITABLE}


def revision(part: Part, by: Any) -> PartRevision:
    """The snapshot kept for this save (unsaved), with what was private when it was saved, so
    earlier versions never show the care team words written while they were kept from it
    (services/history.py)."""
    data = {
        **snapshot(part),
        "_private": bool(part.private),
        "_private_fields": list(part.private_fields or []),
    }
    return PartRevision(part=part, version=part.version, data=json.dumps(data), saved_by=by)


def _revision(part: Part, by: Any) -> None:
    revision(part, by).save()


def _name_key(name: object) -> str:
    # cleaned as names are stored: "Critic" pasted with a zero-width space is "Critic"
    return one_line(str(name)).casefold()


def part_named(client: Client, viewer: Any, name: str, *, other_than: Any = None) -> Part | None:
    """The live part `viewer` can see whose name is `name` (ignoring case and spaces), if any.

    Only parts the viewer may see are compared, so a clinician's new part never reveals that
    a private part of the same name exists.
    """
    from selfled.parts.access import parts_for

    wanted = _name_key(name)
    for part in parts_for(viewer, client).exclude(pk=other_than):
        if _name_key(part.name) == wanted:
            return part
    return None


def _refuse_taken_name(client: Client, viewer: Any, name: str, *, other_than: Any = None) -> None:
    same = part_named(client, viewer, name, other_than=other_than)
    if same is not None:
        raise PartError(
            f"There is already a part called “{same.name}”. Open it from the map, or choose "
            "another name.",
            "name",
        )


def create_part(
    *,
    client: Client,
    by: Any,
    values: dict[str, Any],
    private: bool | None = None,
    request: HttpRequest | None = None,
) -> Part:
    """Side effects: Part, its first status change and revision, an audit event.

    Parts added by a clinician are marked so. `private` defaults to the practice setting.
    """
    cleaned = clean_details(values)
    if "name" not in cleaned:
        raise PartError("Please give the part a name, in your own words.", "name")
    _refuse_taken_name(client, by, cleaned["name"])
    owner = is_owner(by, client)
    if private is None or not owner:
        private = client.practice.parts_private_by_default if owner else False
    with transaction.atomic():
        taken = list(live_parts(client).values_list("map_x", "map_y"))
        x, y = place_new(cleaned.get("kind", Kind.UNKNOWN), taken)
        part = Part(
            client=client,
            added_by=by,
            added_by_clinician=not owner,
            private=private,
            map_x=x,
            map_y=y,
            **cleaned,
        )
        part.save()
        StatusChange.objects.create(part=part, from_status="", to_status=part.status, changed_by=by)
        _revision(part, by)
        record("part.create", actor=by, request=request, obj=part, practice_id=client.practice_id)
    outcome = analyze_writing(part, by, request)
    part.crisis, part.noticed = outcome.crisis, outcome.noticed  # type: ignore[attr-defined]
    return part


@dataclass(frozen=True)
class UpdateResult:
    part: Part
    overlapping: list[str]  # fields someone else also changed; this save won (field names)
    kept_theirs: list[str]  # fields someone else changed that this save left alone
    crisis: bool = False  # the client's writing held crisis language (see selfled.insight)
    noticed: int = 0  # suggestions newly opened for the client by this save


@dataclass(frozen=True)
class Analyzed:
    crisis: bool = False  # crisis language was found (the crisis path has been taken)
    noticed: int = 0  # suggestions newly opened for the client (not already waiting)


def analyze_writing(part: Part, by: Any, request: HttpRequest | None) -> Analyzed:
    """Run the language analyzer over the client's own words about a part.

    Only the client's writing is analyzed (anyone else's save gives an empty Analyzed).
    The name is the client's writing too (crisis language can be in it).
    """
    answers = [str(v) for v in [part.name, *(getattr(part, f) for f in DETAIL_FIELDS)] if v]
    return _analyze(
        part, answers, "parts.part", part.pk, by, request, name_end=len(part.name or "")
    )


def _analyze(
    part: Part,
    answers: list[str],
    source_type: str,
    source_id: Any,
    by: Any,
    request: HttpRequest | None,
    *,
    name_end: int = 0,
) -> Analyzed:
    if not is_owner(by, part.client):
        return Analyzed()
    from selfled.insight.services import analyze_text

    # `about_part` keeps the part from being suggested as a link to itself.
    outcome = analyze_text(
        client=part.client,
        text="",
        answers=answers,
        source_type=source_type,
        source_id=source_id,
        by=by,
        request=request,
        about_part=part,
        name_end=name_end,
    )
    return Analyzed(outcome.crisis, outcome.new)


def update_part(
    *,
    part: Part,
    by: Any,
    values: dict[str, Any],
    base_version: int,
    request: HttpRequest | None = None,
) -> UpdateResult:
    """Save the fields this person changed since `base_version`; keep everyone else's changes.

    When the part changed in between (another tab, another person), only the fields that
    differ from what this person started from are written, so nothing is lost silently; the
    result says which fields overlapped so the page can tell the person.
    """
    cleaned = clean_details(values)
    if "name" in cleaned and _name_key(cleaned["name"]) != _name_key(part.name):
        _refuse_taken_name(part.client, by, cleaned["name"], other_than=part.pk)
    with transaction.atomic():
        current = Part.objects.select_for_update().get(pk=part.pk)
        # The care team can neither see nor overwrite details the client keeps private.
        hidden = set() if is_owner(by, current.client) else set(current.private_fields or [])
        cleaned = {k: v for k, v in cleaned.items() if k not in hidden}
        base = current.revisions.filter(version=base_version).first()
        base_values = json.loads(base.data) if base else snapshot(current)
        now_values = snapshot(current)
        mine = {k: v for k, v in cleaned.items() if v != base_values.get(k, "")}
        theirs = {
            k
            for k in EDITABLE
            if k not in hidden and now_values.get(k, "") != base_values.get(k, "")
        }
        for key, value in mine.items():
            setattr(current, key, value)
        if mine:
            current.version += 1
            current.updated_at = timezone.now()
            current.save()
            _revision(current, by)
            record(
                "part.update",
                actor=by,
                request=request,
                obj=current,
                practice_id=current.client.practice_id,
                detail=",".join(sorted(mine)),
            )
    overlapping = sorted(theirs & mine.keys())
    kept = sorted(theirs - mine.keys())
    outcome = analyze_writing(current, by, request) if mine else Analyzed()
    return UpdateResult(current, overlapping, kept, outcome.crisis, outcome.noticed)


def set_status(
    *,
    part: Part,
    status: str,
    by: Any,
    request: HttpRequest | None = None,
    was: str | None = None,
) -> Part:
    """Move a part along the IFS arc (any direction: the arc is a guide). Dated and kept.

    `was`: the status the person saw; if it changed meanwhile, nothing is saved.
    """
    if status not in STATUS_ORDER:
        raise PartError("Unknown status.", "status")
    with transaction.atomic():
        current = Part.objects.select_for_update().values_list("status", flat=True).get(pk=part.pk)
        part.status = current
        if status == current:
            return part  # already where this person wants it, whatever they saw
        if was and was != current:
            raise PartError(
                f"Meanwhile this part was marked “{Status(current).label}”. Nothing was "
                "changed; choose again if you still want to.",
                "status",
            )
        StatusChange.objects.create(
            part=part, from_status=part.status, to_status=status, changed_by=by
        )
        part.status = status
        part.updated_at = timezone.now()
        part.save(update_fields=["status", "updated_at"])
        record(
            "part.status",
            actor=by,
            request=request,
            obj=part,
            practice_id=part.client.practice_id,
        )
    return part


def move_part(
    *, part: Part, x: float, y: float, by: Any, request: HttpRequest | None = None
) -> tuple[float, float]:
    """Save a map position at once, clamped onto the map. Only the client arranges it."""
    if not is_owner(by, part.client):
        raise PartError("Only the client arranges the map.")
    x, y = clamp_point(float(x), float(y))
    if math.hypot(x - 0.5, y - 0.5) < SELF_KEEP_OFF:  # on the Self: beside it, clear of others
        others = live_parts(part.client).exclude(pk=part.pk).values_list("map_x", "map_y")
        x, y = off_the_self(x, y, [(a, b) for a, b in others if a is not None and b is not None])
    with transaction.atomic():
        Part.objects.filter(pk=part.pk).update(
            map_x=round(x, 4), map_y=round(y, 4), updated_at=timezone.now()
        )
        record(
            "part.move", actor=by, request=request, obj=part, practice_id=part.client.practice_id
        )
    return round(x, 4), round(y, 4)


def set_privacy(
    *,
    part: Part,
    private: bool,
    private_fields: list[str],
    by: Any,
    request: HttpRequest | None = None,
) -> Part:
    """Only the client decides what the care team sees."""
    if not is_owner(by, part.client):
        raise PartError("Only the client can change what is private.")
    fields = sorted({f for f in private_fields if f in DETAIL_FIELDS})
    with transaction.atomic():
        part.private, part.private_fields = private, fields
        part.updated_at = timezone.now()
        part.save(update_fields=["private", "private_fields", "updated_at"])
        record(
            "part.privacy", actor=by, request=request, obj=part, practice_id=part.client.practice_id
        )
    return part


def remove_part(*, part: Part, by: Any, request: HttpRequest | None = None) -> None:
    """Soft-remove: the part leaves the map and its relations end; its history stays."""
    with transaction.atomic():
        part.relations_out.all().delete()
        part.relations_in.all().delete()
        part.removed_at = timezone.now()
        part.updated_at = part.removed_at
        part.save(update_fields=["removed_at", "updated_at"])
        record(
            "part.remove", actor=by, request=request, obj=part, practice_id=part.client.practice_id
        )


def add_comment(
    *, part: Part, by: Any, text: str, request: HttpRequest | None = None
) -> PartComment:
    text = (text or "").strip()
    if not text:
        raise PartError("Write something first.", "text")
    if len(text) > TEXT_MAX:
        raise PartError(f"Please keep comments to {TEXT_MAX:,} characters or fewer.", "text")
    with transaction.atomic():
        comment = PartComment.objects.create(part=part, author=by, text=text)
        record(
            "part.comment", actor=by, request=request, obj=part, practice_id=part.client.practice_id
        )
    outcome = _analyze(part, [text], "parts.comment", comment.pk, by, request)
    comment.crisis, comment.noticed = outcome.crisis, outcome.noticed  # type: ignore[attr-defined]
    return comment


def status_label(status: str) -> str:
    return str(Status(status).label) if status in STATUS_ORDER else status
