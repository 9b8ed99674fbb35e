from __future__ import annotations

from uuid import UUID

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Router

from selfled.api.schemas import ClientOut, ClinicianOut, MeOut
from selfled.audit.services import record
from selfled.care.models import CareTeamMember, Client
from selfled.care.scoping import get_client, visible_clients

router = Router(tags=["care"])


def _client_out(client: Client) -> ClientOut:
    return ClientOut(
        id=client.pk,
        full_name=client.user.full_name,
        care_team=[
            ClinicianOut(id=m.clinician.pk, full_name=m.clinician.full_name)
            for m in client.team.all()
        ],
    )


@router.get("/me", response=MeOut)
def me(request: HttpRequest) -> MeOut:
    user = request.auth  # type: ignore[attr-defined]
    return MeOut(
        id=user.pk,
        email=user.email,
        full_name=user.full_name,
        role=user.role,
        practice_id=user.practice_id,
    )


@router.get("/clients", response=list[ClientOut])
def list_clients(request: HttpRequest) -> list[ClientOut]:
    clients = (
        visible_clients(request.auth)  # type: ignore[attr-defined]
        .select_related("user")
        .prefetch_related(Prefetch("team", CareTeamMember.objects.select_related("clinician")))
        .order_by("user__full_name")[:500]
    )
    record("caseload.view", request=request, object_type="care.client", object_id="list")
    return [_client_out(c) for c in clients]


@router.get("/clients/{client_id}", response=ClientOut)
def client_detail(request: HttpRequest, client_id: UUID) -> ClientOut:
    client = get_client(request.auth, client_id)  # type: ignore[attr-defined]
    record("client.view", request=request, obj=client)
    return _client_out(client)
