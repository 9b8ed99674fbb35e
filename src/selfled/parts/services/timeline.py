"""A part's timeline: status changes, check-ins, comments, permissions, edits and merges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Q
from django.urls import reverse

from selfled.parts.models import (
    Encounter,
    Outcome,
    Part,
    PartComment,
    PartRelation,
    PartRevision,
    ProtectorPermission,
    StatusChange,
)
from selfled.parts.services.parts import status_label


@dataclass(frozen=True)
class Entry:
    at: datetime
    kind: str
    title: str
    text: str = ""
    who: str = ""
    link: str = ""  # a page with more (a check-in's answers)


# A protector's answer other than yes, as its timeline says it ("not_yet" and older rows:
# not ready yet)
_NOT_GRANTED = {"not_sure": "not sure yet"}


def part_timeline(part: Part, *, limit: int = 200, visible: set[str] | None = None) -> list[Entry]:
    """Everything that happened to a part, newest first, in a constant number of queries.

    `visible`: ids of the other parts the viewer may see; another part is named only if it is
    among them (a protector's answer names the exile it was about)."""
    entries: list[Entry] = []
    for change in StatusChange.objects.filter(part=part).select_related(
        "changed_by", "merged_from"
    ):
        title = (
            "Noticed"
            if not change.from_status
            else f"{status_label(change.from_status)} → {status_label(change.to_status)}"
        )
        if change.merged_from is not None:
            title += f" (as “{change.merged_from.name}”, merged in later)"
        entries.append(Entry(change.at, "status", title, who=_who(change.changed_by)))
    encounters = Encounter.objects.filter(part=part).exclude(outcome=Outcome.IN_PROGRESS)
    for encounter in encounters.select_related("started_by"):
        label = "Check-in" if encounter.outcome == Outcome.COMPLETED else "Check-in, ended early"
        extra = " (with clinician)" if encounter.with_clinician else ""
        at = encounter.completed_at or encounter.created_at
        link = reverse("parts:checkin_answers", args=[encounter.pk])
        who = _who(encounter.started_by)
        entries.append(Entry(at, "check-in", label + extra, who=who, link=link))
    for comment in PartComment.objects.filter(part=part).select_related("author"):
        entries.append(
            Entry(comment.created_at, "comment", "Comment", comment.text, _who(comment.author))
        )
    for permission in ProtectorPermission.objects.filter(protector=part).select_related(
        "exile", "recorded_by"
    ):
        answer = (
            "gave permission"
            if permission.granted
            else _NOT_GRANTED.get(permission.answer, "not ready yet")
        )
        shown = visible is not None and str(permission.exile_id) in visible
        about = f"“{permission.exile.name}”" if shown else "an exile"
        title = f"Asked about getting to know {about}: {answer}"
        entries.append(Entry(permission.at, "permission", title, who=_who(permission.recorded_by)))
    links = PartRelation.objects.filter(Q(source=part) | Q(target=part)).select_related(
        "source", "target", "created_by"
    )
    for relation in links:
        other = relation.target if relation.source_id == part.pk else relation.source
        if visible is not None and str(other.pk) not in visible:
            continue  # a link to a part this viewer may not see is not theirs to know of
        name = f"“{other.name}”" if visible is not None else "another part"
        kind = str(relation.get_kind_display())
        title = (
            f"Linked: {kind} {name}"
            if relation.source_id == part.pk
            else f"Linked: {name} {kind} it"
        )
        entries.append(Entry(relation.created_at, "link", title, who=_who(relation.created_by)))
    # Later saves of the details (version 1 is the part being added): who changed them and
    # when, never what (a detail may be private).
    revisions = PartRevision.objects.filter(part=part, version__gt=1).defer("data")
    versions = reverse("parts:versions", args=[part.pk])  # what changed, as the viewer may see
    for revision in revisions.select_related("saved_by"):
        who = _who(revision.saved_by)
        entries.append(Entry(revision.at, "edit", "Details edited", who=who, link=versions))
    for merged in Part.objects.filter(merged_into=part):
        entries.append(
            Entry(merged.removed_at or merged.created_at, "merge", f"Merged with “{merged.name}”")
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


def _who(user: Any) -> str:
    return str(user) if user is not None else ""


@dataclass(frozen=True)
class Activity:
    at: datetime
    text: str
    part_id: Any
    url: str = ""  # where it leads when not to a part's page


def _first_noticed(name: str, by_id: Any, client: Any, viewer: Any, by: Any) -> str:
    """A part's first line: who noticed it, or which clinician added it in a session."""
    if by_id == viewer.pk:
        return f"You noticed “{name}”" if by_id == client.user_id else f"You added “{name}”"
    if by_id is None or by_id == client.user_id:
        return f"“{name}” noticed"
    return f"{_who(by)} added “{name}” in a session"


def recent_activity(client: Any, viewer: Any, *, limit: int = 8) -> list[Activity]:
    """The newest things that happened across the client's parts, and Self-energy check-ins
    (6 queries).

    The five kinds of event are read newest first, `limit` each; only the parts they name
    are then read (and their names decrypted), not the whole system. An edit of a part's
    details says who edited and when, never what (a detail may be private).
    """
    from selfled.parts.access import parts_for
    from selfled.selfenergy.models import SelfEnergyCheckIn

    visible = parts_for(viewer, client).values("id")
    changes = list(
        StatusChange.objects.filter(part_id__in=visible)
        .select_related("merged_from", "changed_by")
        .only(
            "at",
            "from_status",
            "to_status",
            "part_id",
            "merged_from__name",
            "changed_by__full_name",
            "changed_by__email",
        )
        .order_by("-at")[:limit]
    )
    encounters = list(
        # a check-in about something new that ended before naming it has no part to show on
        Encounter.objects.filter(Q(part_id__in=visible) | Q(client=client, part__isnull=True))
        .exclude(outcome=Outcome.IN_PROGRESS)
        .only("id", "part_id", "created_at", "completed_at", "with_clinician", "outcome")
        .order_by("-created_at")[:limit]
    )
    comments = list(
        PartComment.objects.filter(part_id__in=visible)
        .select_related("author")
        .only("created_at", "part_id", "author__full_name", "author__email")
        .order_by("-created_at")[:limit]
    )
    edits = list(
        # version 1 is the part being added, which its first status change already tells
        PartRevision.objects.filter(part_id__in=visible, version__gt=1)
        .select_related("saved_by")
        .only("at", "part_id", "saved_by__full_name", "saved_by__email")
        .order_by("-at")[:limit]
    )
    self_energy = list(
        SelfEnergyCheckIn.objects.filter(client=client)
        .only("id", "created_at", "recorded_by_id")
        .order_by("-created_at")[:limit]
    )
    wanted = {x.part_id for x in changes} | {x.part_id for x in encounters}
    wanted |= {x.part_id for x in comments} | {x.part_id for x in edits}
    # Model instances, not values_list: names are decrypted as the instance loads.
    names = {p.pk: p.name for p in Part.objects.filter(pk__in=wanted).only("id", "name")}
    items: list[Activity] = []
    for change in changes:
        merged = change.merged_from
        name = merged.name if merged is not None else names[change.part_id]
        if not change.from_status:
            text = _first_noticed(name, change.changed_by_id, client, viewer, change.changed_by)
        else:
            text = f"“{name}”: {status_label(change.to_status)}"
            if change.changed_by_id not in (None, viewer.pk, client.user_id):
                text += f" (marked by {_who(change.changed_by)})"
        items.append(Activity(change.at, text, change.part_id))
    owner = viewer.pk == client.user_id
    for encounter in encounters:
        url = ""
        if encounter.part_id is None:
            text = "Check-in about something new"
            view = "parts:checkin_step" if owner else "parts:checkin_answers"
            url = reverse(view, args=[encounter.pk])
        else:
            text = f"Check-in with “{names[encounter.part_id]}”"
        text += " in a session" if encounter.with_clinician else ""
        text += " (ended early)" if encounter.outcome == Outcome.PAUSED else ""
        at = encounter.completed_at or encounter.created_at
        items.append(Activity(at, text, encounter.part_id, url))
    for comment in comments:
        items.append(
            Activity(
                comment.created_at,
                f"{'You' if comment.author_id == viewer.pk else _who(comment.author)} "
                f"commented on “{names[comment.part_id]}”",
                comment.part_id,
            )
        )
    for edit in edits:
        text = f"“{names[edit.part_id]}”: details edited"
        if edit.saved_by_id not in (None, viewer.pk, client.user_id):
            text += f" by {_who(edit.saved_by)}"
        items.append(Activity(edit.at, text, edit.part_id))
    if self_energy:
        chart = (
            reverse("selfenergy:mine") if owner else reverse("selfenergy:client", args=[client.pk])
        )
        for check in self_energy:
            together = check.recorded_by_id not in (None, client.user_id)
            text = "Self-energy check-in" + (" in a session" if together else "")
            items.append(Activity(check.created_at, text, None, chart))
    items.sort(key=lambda a: a.at, reverse=True)
    return items[:limit]
