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
