"""Practice-wide settings."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from selfled.accounts.models import Practice
from selfled.audit.services import record


def update_settings(
    *, practice: Practice, values: dict[str, Any], request: HttpRequest | None = None
) -> Practice:
    """Side effects: the practice row and an audit event."""
    private, resources = bool(values["parts_private_by_default"]), list(values["crisis_resources"])
    changed = [
        name
        for name, before, after in (
            ("parts private by default", practice.parts_private_by_default, private),
            ("crisis resources", practice.crisis_resources or [], resources),
        )
        if before != after
    ]
    with transaction.atomic():
        practice.parts_private_by_default = private
        practice.crisis_resources = resources
        practice.save(update_fields=["parts_private_by_default", "crisis_resources"])
        record(
            "practice.settings",
            request=request,
            obj=practice,
            practice_id=practice.pk,
            detail=f"changed: {', '.join(changed)}" if changed else "nothing changed",
        )
    return practice


class PracticeError(Exception):
    pass


def set_active(*, admin: Any, user: Any, active: bool, request: HttpRequest | None = None) -> None:
    """Deactivate or reactivate a member of the admin's practice.

    A deactivated person cannot sign in, and their open sessions are deleted. Refused for a
    clinician who is the only active one on a client's care team. Side effects: the user row,
    their sessions, an audit event.
    """
    if user.pk == admin.pk:
        raise PracticeError("You cannot deactivate your own account.")
    if user.practice_id != admin.practice_id:
        raise PracticeError("That person is not in your practice.")
    if not active:
        _refuse_leaving_clients_alone(user)
    with transaction.atomic():
        user.is_active = active
        user.save(update_fields=["is_active"])
        if not active:
            end_sessions(user)
            from selfled.accounts.services.resets import revoke_open

            revoke_open(user)  # a reset link made before must not work after a reactivation
        record(
            "account.activate" if active else "account.deactivate",
            request=request,
            obj=user,
            practice_id=admin.practice_id,
        )


def _refuse_leaving_clients_alone(user: Any) -> None:
    """A clinician who is the only active clinician on a client's care team stays active until
    someone else joins it: otherwise nobody would see that client's check-ins or alerts."""
    from selfled.care.models import CareTeamMember, Client

    theirs = set(CareTeamMember.objects.filter(clinician=user).values_list("client_id", flat=True))
    if not theirs:
        return
    covered = set(
        CareTeamMember.objects.filter(client_id__in=theirs, clinician__is_active=True)
        .exclude(clinician=user)
        .values_list("client_id", flat=True)
    )
    alone = theirs - covered
    if alone:
        names = sorted(
            c.user.full_name for c in Client.objects.filter(pk__in=alone).select_related("user")
        )
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        raise PracticeError(
            f"{user} is the only active clinician for {shown}. Add another clinician to "
            "their care team first, so someone still sees their check-ins and safety alerts."
        )


def end_sessions(user: Any, *, keep: str | None = None) -> int:
    """Sign the person out everywhere (but the session `keep`, their own on this device): their
    open sessions are deleted, not only refused. Returns how many were ended."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    live = Session.objects.filter(expire_date__gt=timezone.now()).exclude(session_key=keep)
    ended = [s.pk for s in live.iterator() if s.get_decoded().get("_auth_user_id") == str(user.pk)]
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)
