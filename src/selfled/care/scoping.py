"""The one place that decides which clients a person may see.

Every query for clinical data starts from `visible_clients` (or `get_client`): practice →
care team → client. Anything outside scope is a 404. Practice admins manage people but do not
read clinical content by role alone.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from selfled.accounts.models import Role
from selfled.care.models import BreakGlassGrant, CareTeamMember, Client


def visible_clients(user: Any) -> QuerySet[Client]:
    """Clients whose records `user` may read."""
    if not getattr(user, "is_authenticated", False):
        return Client.objects.none()
    role = user.role
    if role == Role.CLIENT:
        return Client.objects.filter(user=user)
    if role == Role.CLINICIAN:
        on_team = CareTeamMember.objects.filter(clinician=user).values("client_id")
        glass = BreakGlassGrant.objects.filter(
            clinician=user, expires_at__gt=timezone.now()
        ).values("client_id")
        return Client.objects.filter(practice_id=user.practice_id).filter(
            Q(id__in=on_team) | Q(id__in=glass)
        )
    return Client.objects.none()


def writable_clients(user: Any) -> QuerySet[Client]:
    """Clients whose records `user` may change: the client themself and the care team.

    Break-glass access is read-only, so it is not part of this scope.
    """
    if not getattr(user, "is_authenticated", False):
        return Client.objects.none()
    if user.role == Role.CLIENT:
        return Client.objects.filter(user=user)
    if user.role == Role.CLINICIAN:
        return Client.objects.filter(practice_id=user.practice_id, team__clinician=user)
    return Client.objects.none()


def get_client(user: Any, client_id: Any, *, write: bool = False) -> Client:
    scope = writable_clients(user) if write else visible_clients(user)
    client = scope.select_related("user").filter(pk=client_id).first()
    if client is None:
        raise Http404("No such client")
    return client


def own_client(user: Any) -> Client:
    """The client record of a signed-in client."""
    if user.role != Role.CLIENT:
        raise Http404("No client record")
    try:
        return user.client_record  # loaded with the user by the authentication backend
    except Client.DoesNotExist as exc:
        raise Http404("No client record") from exc


def access_kind(user: Any, client: Client) -> str:
    """How `user` reaches `client`: "self", "team", "break_glass" or ""."""
    if client.user_id == user.pk:
        return "self"
    if CareTeamMember.objects.filter(client=client, clinician=user).exists():
        return "team"
    if BreakGlassGrant.objects.filter(
        client=client, clinician=user, expires_at__gt=timezone.now()
    ).exists():
        return "break_glass"
    return ""


def administered_clients(user: Any) -> QuerySet[Client]:
    """Clients whose care team a practice admin manages (names and teams, no clinical data)."""
    if getattr(user, "is_authenticated", False) and user.role == Role.ADMIN:
        return Client.objects.filter(practice_id=user.practice_id)
    return Client.objects.none()
