"""Care teams and break-glass access."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from selfled.accounts.models import Practice, Role, User
from selfled.audit.services import record
from selfled.care.models import BreakGlassGrant, CareTeamMember, Client

MIN_REASON_LENGTH = 15


class CareError(Exception):
    """A request that breaks a care-team rule; the message is shown as it is."""


def enrol_client(*, user: User, practice: Practice, clinician: User | None = None) -> Client:
    client = Client.objects.create(practice=practice, user=user)
    if clinician is not None:
        CareTeamMember.objects.create(client=client, clinician=clinician)
    return client


def add_to_team(*, client: Client, clinician: User, request: HttpRequest) -> CareTeamMember:
    """Side effects: a CareTeamMember row and an audit event."""
    if clinician.practice_id != client.practice_id or clinician.role != Role.CLINICIAN:
        raise CareError("Only clinicians of this practice can join a care team.")
    with transaction.atomic():
        member, created = CareTeamMember.objects.get_or_create(client=client, clinician=clinician)
        if created:
            record("care_team.add", request=request, obj=client, detail=f"clinician {clinician.pk}")
    return member


def remove_from_team(*, client: Client, clinician: User, request: HttpRequest) -> None:
    """Side effects: the CareTeamMember row goes, an audit event. Raises CareError when it is
    the client's last clinician: nobody would then see their check-ins or safety alerts."""
    with transaction.atomic():
        team = CareTeamMember.objects.select_for_update().filter(client=client)
        others = team.exclude(clinician=clinician).filter(clinician__is_active=True)
        if team.filter(clinician=clinician).exists() and not others.exists():
            raise CareError(
                f"{clinician} is this client's only active clinician. Add another clinician to the "
                "care team first, so someone still sees their check-ins and safety alerts."
            )
        deleted, _ = CareTeamMember.objects.filter(client=client, clinician=clinician).delete()
        if deleted:
            record(
                "care_team.remove", request=request, obj=client, detail=f"clinician {clinician.pk}"
            )


def break_glass(
    *, clinician: Any, client: Client, reason: str, request: HttpRequest
) -> BreakGlassGrant:
    """Give a practice clinician who is not on the team time-limited read-only access.

    Side effects: a BreakGlassGrant (reason encrypted), an audit event marked for alerting.
    Raises CareError when the reason is too short or the clinician may not ask.
    """
    reason = reason.strip()
    if clinician.role != Role.CLINICIAN or clinician.practice_id != client.practice_id:
        raise CareError("Only clinicians of this practice can request emergency access.")
    if len(reason) < MIN_REASON_LENGTH:
        raise CareError(
            f"Please write why you need access (at least {MIN_REASON_LENGTH} characters)."
        )
    if len(reason) > 2000:
        raise CareError("Please keep the reason under 2,000 characters.")
    with transaction.atomic():
        grant = BreakGlassGrant.objects.create(
            practice_id=client.practice_id,
            client=client,
            clinician=clinician,
            reason=reason,
            expires_at=timezone.now() + settings.BREAK_GLASS_LIFETIME,
        )
        record("break_glass.open", request=request, obj=client, detail=f"grant {grant.pk}; alert")
    return grant


def recent_break_glass(*, practice_id: int, limit: int = 20) -> list[BreakGlassGrant]:
    """For the practice admin and care teams: who used emergency access (reasons not shown)."""
    return list(
        BreakGlassGrant.objects.filter(practice_id=practice_id)
        .select_related("clinician", "client__user")
        .order_by("-created_at")[:limit]
    )
