"""Guided check-in API: the same domain functions (and exile rule) as the pages."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from selfled.audit.services import record
from selfled.care.scoping import get_client
from selfled.parts.access import get_part
from selfled.parts.models import Encounter
from selfled.parts.services import checkin

router = Router(tags=["check-ins"])


class CheckinStartIn(Schema):
    part: UUID | None = None


class CheckinAnswerIn(Schema):
    step: str
    values: dict[str, Any]


class CheckinStopIn(Schema):
    step: str
    values: dict[str, Any] = {}


class CheckinOut(Schema):
    id: UUID
    part: UUID | None
    step: str
    outcome: str
    with_clinician: bool
    self_energy: bool | None
    unblend_attempts: int
    created_at: datetime
    completed_at: datetime | None


class CheckinDetailOut(CheckinOut):
    answers: dict[str, Any]
    crisis: bool = False


def _out(enc: Encounter) -> CheckinOut:
    return CheckinOut(
        id=enc.pk,
        part=enc.part_id,
        step=enc.step,
        outcome=enc.outcome,
        with_clinician=enc.with_clinician,
        self_energy=enc.self_energy,
        unblend_attempts=enc.unblend_attempts,
        created_at=enc.created_at,
        completed_at=enc.completed_at,
    )


def _detail(enc: Encounter, viewer: Any, crisis: bool = False) -> CheckinDetailOut:
    answers = checkin.visible_answers(enc, viewer)
    return CheckinDetailOut(**_out(enc).dict(), answers=answers, crisis=crisis)


@router.get("/clients/{client_id}/check-ins", response=list[CheckinOut])
def list_checkins(request: HttpRequest, client_id: UUID) -> list[CheckinOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    client = get_client(viewer, client_id, write=True)
    encounters = checkin.encounters_for(viewer).filter(client=client).order_by("-created_at")
    record("checkin.list", request=request, obj=client)
    return [_out(e) for e in encounters[:200]]


@router.post("/clients/{client_id}/check-ins", response={201: CheckinDetailOut})
def start_checkin(
    request: HttpRequest, client_id: UUID, payload: CheckinStartIn
) -> Status[CheckinDetailOut]:
    viewer = request.auth  # type: ignore[attr-defined]
    client = get_client(viewer, client_id, write=True)
    part = get_part(viewer, payload.part) if payload.part else None
    try:
        enc = checkin.start_checkin(client=client, by=viewer, part=part, request=request)
    except checkin.CheckinError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, _detail(enc, viewer))


@router.get("/check-ins/{checkin_id}", response=CheckinDetailOut)
def get_checkin(request: HttpRequest, checkin_id: UUID) -> CheckinDetailOut:
    viewer = request.auth  # type: ignore[attr-defined]
    enc = checkin.get_encounter(viewer, checkin_id)
    reading = checkin.read_checkin(encounter=enc, viewer=viewer, request=request)
    return CheckinDetailOut(**_out(enc).dict(), answers=reading.answers)


@router.post("/check-ins/{checkin_id}/answer", response=CheckinDetailOut)
def answer_checkin(
    request: HttpRequest, checkin_id: UUID, payload: CheckinAnswerIn
) -> CheckinDetailOut:
    viewer = request.auth  # type: ignore[attr-defined]
    enc = checkin.get_encounter(viewer, checkin_id)
    try:
        enc = checkin.answer_step(
            encounter=enc, by=viewer, step=payload.step, values=payload.values, request=request
        )
    except checkin.CheckinError as exc:
        raise HttpError(422, str(exc)) from exc
    return _detail(enc, viewer, crisis=bool(getattr(enc, "crisis", False)))


@router.post("/check-ins/{checkin_id}/stop", response=CheckinDetailOut)
def stop_checkin(
    request: HttpRequest, checkin_id: UUID, payload: CheckinStopIn
) -> CheckinDetailOut:
    """End a check-in at `step`, keeping every answer and what `values` holds for that step."""
    viewer = request.auth  # type: ignore[attr-defined]
    enc = checkin.get_encounter(viewer, checkin_id)
    try:
        enc = checkin.stop(
            encounter=enc, by=viewer, step=payload.step, request=request, draft=payload.values
        )
    except checkin.CheckinError as exc:
        raise HttpError(422, str(exc)) from exc
    return _detail(enc, viewer, crisis=bool(getattr(enc, "crisis", False)))
