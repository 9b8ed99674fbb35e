"""Authentication backend that loads a user with their practice role and client record."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.accounts.models import User
from selfled.core.prepared import PreparedLookup


def _user_with_role(user_id: Any) -> QuerySet[User]:
    confirmed_device = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    return (
        User.objects.select_related("membership__practice", "client_record")
        .annotate(has_confirmed_totp=Exists(confirmed_device))
        .filter(pk=user_id)
    )


# Every signed-in request runs this lookup; compiled once (see selfled.core.prepared).
USER_WITH_ROLE = PreparedLookup(_user_with_role, sample=-7_304_311)


class SelfLedBackend(ModelBackend):
    """Django's ModelBackend; each request's user comes with membership, practice, client
    record and whether two-factor is set up, in one query, so neither the pages nor the
    two-factor middleware look them up again."""

    def get_user(self, user_id: Any) -> User | None:
        try:
            key = User._meta.pk.to_python(user_id)  # type: ignore[union-attr]
        except ValidationError:
            return None
        user = USER_WITH_ROLE.first(key)
        return user if user is not None and self.user_can_authenticate(user) else None
