"""Clients, their care teams, and emergency (break-glass) access."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from selfled.accounts.models import Practice
from selfled.core.fields import EncryptedModel, EncryptedTextField


class Client(models.Model):
    """A person in care at a practice. Clinical records hang off this."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="clients")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="client_record"
    )
    clinicians = models.ManyToManyField(  # type: ignore[var-annotated]
        settings.AUTH_USER_MODEL, through="CareTeamMember", related_name="caseload"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["practice", "created_at"])]

    def __str__(self) -> str:
        return str(self.user)


class CareTeamMember(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="team")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_places"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["client", "clinician"], name="one_place_per_team")
        ]

    def __str__(self) -> str:
        return f"{self.clinician} on {self.client}'s team"


class BreakGlassGrant(EncryptedModel):
    """Time-limited, read-only access for a clinician who is not on the care team."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="+")
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="break_glass")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="break_glass"
    )
    reason = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["clinician", "expires_at"])]

    def __str__(self) -> str:
        return f"Break-glass {self.clinician} → {self.client}"

    @property
    def active(self) -> bool:
        return self.expires_at > timezone.now()
