"""Self-energy check-ins over the API: the same domain functions as the pages."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict, Field, StrictInt

from selfled.care.scoping import get_client
from selfled.selfenergy import services
from selfled.selfenergy.models import SelfEnergyCheckIn

router = Router(tags=["self-energy"])


class SelfEnergyIn(Schema):
    """One check-in. Each quality is a whole number from 0 (not at all) to 10 (fully)."""

    model_config = ConfigDict(extra="forbid")

    calm: StrictInt
    curiosity: StrictInt
    compassion: StrictInt
    clarity: StrictInt
    confidence: StrictInt
    courage: StrictInt
    creativity: StrictInt
    connectedness: StrictInt
    note: str = ""


class SelfEnergyOut(Schema):
    id: UUID
    created_at: datetime
    recorded_by_id: int | None
    calm: int
    curiosity: int
    compassion: int
    clarity: int
    confidence: int
    courage: int
    creativity: int
    connectedness: int
    average: float
    note: str


class SelfEnergyCreatedOut(SelfEnergyOut):
    # True when the client's note held crisis language: show crisis resources now (the care
    # team has been told through a safety event).
    crisis: bool


class HistoryQuery(Schema):
    limit: int = Field(services.HISTORY_LIMIT, ge=1, le=services.HISTORY_LIMIT)


class CheckInErrorOut(Schema):
    detail: str
    errors: dict[str, str]


def _out(check_in: SelfEnergyCheckIn) -> SelfEnergyOut:
    return SelfEnergyOut(
        id=check_in.pk,
        created_at=check_in.created_at,
        recorded_by_id=check_in.recorded_by_id,
        **check_in.scores,
        average=round(check_in.mean, 2),
        note=check_in.note,
    )


@router.get("/clients/{client_id}/self-energy", response=list[SelfEnergyOut])
def list_self_energy(
    request: HttpRequest, client_id: UUID, query: Query[HistoryQuery]
) -> list[SelfEnergyOut]:
    """The most recent check-ins, oldest first."""
    client = get_client(request.auth, client_id)  # type: ignore[attr-defined]
    rows = services.history(
        client=client,
        viewer=request.auth,  # type: ignore[attr-defined]
        request=request,
        limit=query.limit,
    )
    return [_out(c) for c in rows]


@router.post(
    "/clients/{client_id}/self-energy",
    response={201: SelfEnergyCreatedOut, 422: CheckInErrorOut},
)
def create_self_energy(
    request: HttpRequest, client_id: UUID, payload: SelfEnergyIn
) -> Status[SelfEnergyCreatedOut | CheckInErrorOut]:
    """Record a check-in: the client themself, or a clinician on the care team."""
    user = request.auth  # type: ignore[attr-defined]
    client = get_client(user, client_id, write=True)
    data = payload.model_dump()
    note = data.pop("note")
    try:
        check_in = services.record_check_in(
            client=client, by=user, scores=data, note=note, request=request
        )
    except services.CheckInInvalid as exc:
        return Status(422, CheckInErrorOut(detail=str(exc), errors=exc.errors))
    created = SelfEnergyCreatedOut(**_out(check_in).model_dump(), crisis=check_in.crisis)
    return Status(201, created)
