"""Relations between parts, protector permissions for exiles, and merging two parts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from selfled.audit.services import record
from selfled.parts.models import (
    DETAIL_FIELDS,
    STATUS_ORDER,
    SYMMETRIC,
    Kind,
    Part,
    PartRelation,
    ProtectorPermission,
    RelationKind,
)
from selfled.parts.services.parts import PartError, set_status

# Two parts pulling against each other are not also working together.
OPPOSITE: dict[str, str] = {
    RelationKind.POLARIZED.value: RelationKind.ALLIED.value,
    RelationKind.ALLIED.value: RelationKind.POLARIZED.value,
}


def relate(
    *, source: Part, target: Part, kind: str, by: Any, request: HttpRequest | None = None
) -> PartRelation:
    """Link two parts of the same client. Refuses self-links, other clients' parts and
    removed parts with a clear message; nothing is written then."""
    if kind not in RelationKind.values:
        raise PartError("Choose protects, polarized with or allied with.", "kind")
    if source.pk == target.pk:
        raise PartError("A part cannot be linked to itself.", "target")
    if source.client_id != target.client_id:
        raise PartError("Both parts must belong to the same person.", "target")
    if source.removed_at or target.removed_at or source.merged_into_id or target.merged_into_id:
        raise PartError("That part was removed, so it cannot be linked.", "target")
    if kind == RelationKind.PROTECTS:
        if not source.is_protector:
            raise PartError(
                "Only a manager or firefighter protects another part. Set this part's kind first.",
                "kind",
            )
        if target.kind == Kind.UNKNOWN:
            raise PartError(
                "Say whether the protected part is an exile or a protector first.", "target"
            )
    if kind in SYMMETRIC and str(source.pk) > str(target.pk):
        source, target = target, source
    with transaction.atomic():
        opposite = OPPOSITE.get(kind)
        if (
            opposite
            and PartRelation.objects.filter(source=source, target=target, kind=opposite).exists()
        ):
            raise PartError(
                f"These two parts are marked as {opposite} on the map. If that has changed, "
                "remove that link first.",
                "kind",
            )
        existing = PartRelation.objects.filter(source=source, target=target, kind=kind).first()
        if existing:
            # not stored: lets the page say the link was there already
            existing.already_linked = True  # type: ignore[attr-defined]
            return existing
        relation = PartRelation.objects.create(
            client_id=source.client_id, source=source, target=target, kind=kind, created_by=by
        )
        record(
            "part.relate",
            actor=by,
            request=request,
            obj=source,
            practice_id=source.client.practice_id,
        )
    return relation


def unrelate(*, relation: PartRelation, by: Any, request: HttpRequest | None = None) -> None:
    with transaction.atomic():
        relation.delete()
        record(
            "part.unrelate",
            actor=by,
            request=request,
            object_type="parts.part",
            object_id=str(relation.source_id),
        )


def protectors_of(exile: Part) -> list[Part]:
    return list(
        Part.objects.filter(
            relations_out__target=exile,
            relations_out__kind=RelationKind.PROTECTS,
            removed_at__isnull=True,
            merged_into__isnull=True,
        ).distinct()
    )


@dataclass(frozen=True)
class ExileAccess:
    allowed: bool
    protectors: list[Part]
    waiting: list[Part]  # protectors that have not (yet) said yes

    @property
    def unknown_protectors(self) -> bool:
        return not self.protectors


def exile_access(exile: Part) -> ExileAccess:
    """An exile is approached only when every known protector around it has said yes.

    With no protector recorded we do not know who might object, so the answer is no.
    """
    protectors = protectors_of(exile)
    latest: dict[Any, bool] = {}
    for permission in ProtectorPermission.objects.filter(exile=exile).order_by("at"):
        latest[permission.protector_id] = permission.granted
    waiting = [p for p in protectors if not latest.get(p.pk, False)]
    return ExileAccess(bool(protectors) and not waiting, protectors, waiting)


def record_permission(
    *,
    protector: Part,
    exile: Part,
    granted: bool,
    by: Any,
    source: str,
    request: HttpRequest | None = None,
    answer: str = "",
) -> ProtectorPermission:
    if protector.client_id != exile.client_id:
        raise PartError("Both parts must belong to the same person.")
    with transaction.atomic():
        permission = ProtectorPermission.objects.create(
            protector=protector,
            exile=exile,
            granted=granted,
            answer=answer,
            source=source,
            recorded_by=by,
        )
        record(
            "part.permission",
            actor=by,
            request=request,
            obj=protector,
            practice_id=protector.client.practice_id,
        )
    return permission


def _fill_in(keep: Part, absorb: Part) -> None:
    """Copy onto `keep` the details it lacks and `absorb` has (see :func:`merge_parts`)."""
    changed: list[str] = []
    private = set(keep.private_fields or [])
    for name in DETAIL_FIELDS:
        if not getattr(keep, name) and getattr(absorb, name):
            setattr(keep, name, getattr(absorb, name))
            changed.append(name)
            if name in (absorb.private_fields or []):
                private.add(name)
    if keep.kind == Kind.UNKNOWN and absorb.kind != Kind.UNKNOWN:
        keep.kind = absorb.kind
        changed.append("kind")
    if changed:
        keep.private_fields = sorted(private)
        keep.updated_at = timezone.now()
        keep.save(update_fields=[*changed, "private_fields", "updated_at"])


def _move_tags(keep: Part, absorb: Part) -> None:
    """Tags on `absorb` go to `keep`; one that `keep` already carries (the same label from the
    same writing) is not kept twice."""
    from selfled.insight.models import Tag

    def same(tag: Tag) -> tuple[str, ...]:
        # a clinician tags a part once per label; a client's tag is one label on one writing
        return (
            ("clinician", tag.label)
            if tag.by_clinician
            else (tag.source_type, tag.source_id, tag.label)
        )

    on_keep = {same(tag) for tag in Tag.objects.filter(part=keep)}
    for tag in Tag.objects.filter(part=absorb):
        if same(tag) in on_keep:
            tag.delete()
        else:
            tag.part = keep
            tag.save(update_fields=["part"])
            on_keep.add(same(tag))


def merge_parts(*, keep: Part, absorb: Part, by: Any, request: HttpRequest | None = None) -> Part:
    """Two parts turned out to be one: move everything of `absorb` onto `keep`.

    Relations (without duplicates or self-links), check-ins, comments, status history,
    revisions, permissions and tags move over; `absorb` is marked merged, so both histories stay.
    What `keep` does not know yet comes from `absorb`: each empty detail (kept private if it
    was private), the kind when `keep`'s is unknown, and the status when `absorb` had come
    further along the arc (a dated status change).
    """
    if keep.pk == absorb.pk or keep.client_id != absorb.client_id:
        raise PartError("Choose another part of the same person to merge with.")
    if keep.private != absorb.private:
        # Merging would show a private part's history to the care team, or hide a shared one.
        raise PartError(
            "One of these parts is private and the other is not. Make them the "
            "same first, then merge."
        )
    from selfled.parts.models import Encounter, PartComment, StatusChange

    with transaction.atomic():
        for relation in PartRelation.objects.filter(Q(source=absorb) | Q(target=absorb)):
            source = keep if relation.source_id == absorb.pk else relation.source
            target = keep if relation.target_id == absorb.pk else relation.target
            relation.delete()
            if source.pk != target.pk:
                try:
                    relate(source=source, target=target, kind=relation.kind, by=by)
                except PartError:
                    pass  # a link that no longer makes sense after merging is dropped
        Encounter.objects.filter(part=absorb).update(part=keep)
        PartComment.objects.filter(part=absorb).update(part=keep)
        StatusChange.objects.filter(part=absorb).update(part=keep, merged_from=absorb)
        ProtectorPermission.objects.filter(protector=absorb).update(protector=keep)
        ProtectorPermission.objects.filter(exile=absorb).update(exile=keep)
        _move_tags(keep, absorb)
        _fill_in(keep, absorb)
        if STATUS_ORDER.index(absorb.status) > STATUS_ORDER.index(keep.status):
            set_status(part=keep, status=absorb.status, by=by, request=request)
        absorb.merged_into = keep
        absorb.removed_at = absorb.updated_at = timezone.now()
        absorb.save(update_fields=["merged_into", "removed_at", "updated_at"])
        record(
            "part.merge",
            actor=by,
            request=request,
            obj=keep,
            practice_id=keep.client.practice_id,
            detail=f"absorbed {absorb.pk}",
        )
    return keep
