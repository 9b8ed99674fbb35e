from __future__ import annotations

from uuid import UUID

from ninja import Schema


class MeOut(Schema):
    id: int
    email: str
    full_name: str
    role: str
    practice_id: int | None


class ClinicianOut(Schema):
    id: int
    full_name: str


class ClientOut(Schema):
    id: UUID
    full_name: str
    care_team: list[ClinicianOut]
