"""Authentication backend that loads a user with their practice role and client record."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend

from selfled.accounts.models import User


class SelfLedBackend(ModelBackend):
    """Django's ModelBackend; each request's user comes with membership, practice and client
    record in the same query, so pages do not look them up again."""

    def get_user(self, user_id: Any) -> User | None:
        user = (
            User.objects.select_related("membership__practice", "client_record")
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None
