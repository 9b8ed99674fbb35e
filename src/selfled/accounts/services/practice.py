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
    with transaction.atomic():
        practice.parts_private_by_default = bool(values["parts_private_by_default"])
        practice.crisis_resources = list(values["crisis_resources"])
        practice.save(update_fields=["parts_private_by_default", "crisis_resources"])
        record("practice.settings", request=request, obj=practice, practice_id=practice.pk)
    return practice


class PracticeError(Exception):
    pass


def set_active(*, admin: Any, user: Any, active: bool, request: HttpRequest | None = None) -> None:
    """Deactivate or reactivate a member of the admin's practice.

    A deactivated person cannot sign in and any open session stops working at its next request
    (Django refuses inactive users). Side effects: the user row, an audit event.
    """
    if user.pk == admin.pk:
        raise PracticeError("You cannot deactivate your own account.")
    if user.practice_id != admin.practice_id:
        raise PracticeError("That person is not in your practice.")
    with transaction.atomic():
        user.is_active = active
        user.save(update_fields=["is_active"])
        record(
            "account.activate" if active else "account.deactivate",
            request=request,
            obj=user,
            practice_id=admin.practice_id,
        )
