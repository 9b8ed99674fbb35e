"""Parts API: the same domain functions and scoping as the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from django.http import Http404, HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from selfled.audit.services import record
from selfled.care.scoping import get_client
from selfled.parts.access import get_part, view_of
from selfled.parts.models import Part, PartRelation
from selfled.parts.presenters import map_data
from selfled.parts.services import parts as service
from selfled.parts.services import relations

router = Router(tags=["parts"])


class PartIn(Schema):
    name: str
    kind: str = "unknown"
    color: str = "#6c8ea4"
    role: str = ""
    positive_intent: str = ""
    fears: str = ""
    burdens: str = ""
    body_location: str = ""
    age: str = ""
    first_appeared: str = ""
    description: str = ""
    private: bool | None = None


class PartPatch(Schema):
    version: int
    name: str | None = None
    kind: str | None = None
    color: str | None = None
    role: str | None = None
    positive_intent: str | None = None
    fears: str | None = None
    burdens: str | None = None
    body_location: str | None = None
    age: str | None = None
    first_appeared: str | None = None
    description: str | None = None


class PartOut(Schema):
    id: UUID
    name: str
    kind: str
    status: str
    color: str
    role: str
    positive_intent: str
    fears: str
    burdens: str
    body_location: str
    age: str
    first_appeared: str
    description: str
    private: bool
    hidden_fields: list[str]
    map_x: float
    map_y: float
    added_by_clinician: bool
    version: int
    created_at: datetime


class PartUpdateOut(Schema):
    part: PartOut
    overlapping: list[str]
    kept_theirs: list[str]
    crisis: bool


class StatusIn(Schema):
    status: str
    # the status the caller last saw: if it changed meanwhile, nothing is saved (422)
    was: str | None = None


class PositionIn(Schema):
    x: float
    y: float


class RelationIn(Schema):
    source: UUID
    target: UUID
    kind: str


class RelationOut(Schema):
    id: int
    source: UUID
    target: UUID
    kind: str


def _out(part: Part, viewer: Any) -> PartOut:
    shown = view_of(part, viewer)
    return PartOut(
        id=part.pk,
        name=part.name,
        kind=part.kind,
        status=part.status,
        color=part.color,
        role=shown.role,
        positive_intent=shown.positive_intent,
        fears=shown.fears,
        burdens=shown.burdens,
        body_location=shown.body_location,
        age=shown.age,
        first_appeared=shown.first_appeared,
        description=shown.description,
        private=part.private,
        hidden_fields=sorted(shown.hidden),
        map_x=part.map_x,
        map_y=part.map_y,
        added_by_clinician=part.added_by_clinician,
        version=part.version,
        created_at=part.created_at,
    )


def _fail(exc: service.PartError) -> HttpError:
    return HttpError(422, str(exc))


@router.get("/clients/{client_id}/parts", response=list[PartOut])
def list_parts(request: HttpRequest, client_id: UUID) -> list[PartOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    client = get_client(viewer, client_id)
    parts, _ = map_data(viewer, client)
    record("parts.list", request=request, obj=client)
    return [_out(p, viewer) for p in parts]


@router.post("/clients/{client_id}/parts", response={201: PartOut})
def create_part(request: HttpRequest, client_id: UUID, payload: PartIn) -> Status[PartOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    client = get_client(viewer, client_id, write=True)
    values = payload.dict(exclude={"private"})
    try:
        part = service.create_part(
            client=client, by=viewer, values=values, private=payload.private, request=request
        )
    except service.PartError as exc:
        raise _fail(exc) from exc
    return Status(201, _out(part, viewer))


@router.get("/parts/{part_id}", response=PartOut)
def get_one(request: HttpRequest, part_id: UUID) -> PartOut:
    viewer = request.auth  # type: ignore[attr-defined]
    part = get_part(viewer, part_id)
    record("part.view", request=request, obj=part, practice_id=part.client.practice_id)
    return _out(part, viewer)


@router.patch("/parts/{part_id}", response=PartUpdateOut)
def patch_part(request: HttpRequest, part_id: UUID, payload: PartPatch) -> PartUpdateOut:
    viewer = request.auth  # type: ignore[attr-defined]
    part = get_part(viewer, part_id, write=True)
    values = {k: v for k, v in payload.dict(exclude={"version"}).items() if v is not None}
    try:
        result = service.update_part(
            part=part, by=viewer, values=values, base_version=payload.version, request=request
        )
    except service.PartError as exc:
        raise _fail(exc) from exc
    return PartUpdateOut(
        part=_out(result.part, viewer),
        overlapping=result.overlapping,
        kept_theirs=result.kept_theirs,
        crisis=result.crisis,
    )


@router.post("/parts/{part_id}/status", response=PartOut)
def change_status(request: HttpRequest, part_id: UUID, payload: StatusIn) -> PartOut:
    viewer = request.auth  # type: ignore[attr-defined]
    part = get_part(viewer, part_id, write=True)
    try:
        service.set_status(
            part=part, status=payload.status, by=viewer, request=request, was=payload.was
        )
    except service.PartError as exc:
        raise _fail(exc) from exc
    return _out(part, viewer)


@router.post("/parts/{part_id}/position", response=PositionIn)
def move(request: HttpRequest, part_id: UUID, payload: PositionIn) -> PositionIn:
    viewer = request.auth  # type: ignore[attr-defined]
    part = get_part(viewer, part_id, write=True)
    try:
        x, y = service.move_part(part=part, x=payload.x, y=payload.y, by=viewer, request=request)
    except service.PartError as exc:
        raise HttpError(403, str(exc)) from exc
    return PositionIn(x=x, y=y)


@router.get("/clients/{client_id}/part-links", response=list[RelationOut])
def list_relations(request: HttpRequest, client_id: UUID) -> list[RelationOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    client = get_client(viewer, client_id)
    _, links = map_data(viewer, client)
    record("parts.links", request=request, obj=client)
    return [
        RelationOut(id=r.pk, source=r.source_id, target=r.target_id, kind=r.kind) for r in links
    ]


@router.post("/part-links", response={201: RelationOut})
def create_relation(request: HttpRequest, payload: RelationIn) -> Status[RelationOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    source = get_part(viewer, payload.source, write=True)
    target = get_part(viewer, payload.target, write=True)
    try:
        relation = relations.relate(
            source=source, target=target, kind=payload.kind, by=viewer, request=request
        )
    except service.PartError as exc:
        raise _fail(exc) from exc
    out = RelationOut(
        id=relation.pk, source=relation.source_id, target=relation.target_id, kind=relation.kind
    )
    return Status(201, out)


@router.delete("/part-links/{relation_id}", response={204: None})
def delete_relation(request: HttpRequest, relation_id: int) -> Status[None]:
    viewer = request.auth  # type: ignore[attr-defined]
    relation = PartRelation.objects.filter(pk=relation_id).first()
    if relation is None:
        raise Http404("No such link")
    get_part(viewer, relation.source_id, write=True)
    get_part(viewer, relation.target_id, write=True)
    relations.unrelate(relation=relation, by=viewer, request=request)
    return Status(204, None)
