"""Self-energy check-ins: how much of each of the eight qualities of Self a client notices."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from selfled.care.models import Client
from selfled.core.fields import EncryptedModel, EncryptedTextField
from selfled.selfenergy.qualities import MAX_SCORE, MIN_SCORE, QUALITY_KEYS


class SelfEnergyCheckIn(EncryptedModel):
    """One moment's check-in: eight scores from 0 (not at all) to 10 (fully), and a note.

    Written by the client or by a care-team clinician during a session.
    """

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="self_energy")
    # Kept when the recording account is removed: the check-in belongs to the client's record.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    calm = models.SmallIntegerField()
    curiosity = models.SmallIntegerField()
    compassion = models.SmallIntegerField()
    clarity = models.SmallIntegerField()
    confidence = models.SmallIntegerField()
    courage = models.SmallIntegerField()
    creativity = models.SmallIntegerField()
    connectedness = models.SmallIntegerField()
    note = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    # Not stored: set by services.record_check_in when the client's note held crisis language.
    crisis: bool = False

    class Meta:
        indexes = [models.Index(fields=["client", "created_at"], name="se_client_created")]
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{key}__gte": MIN_SCORE}) & Q(**{f"{key}__lte": MAX_SCORE}),
                name=f"se_{key}_0_10",
            )
            for key in QUALITY_KEYS
        ]

    def __str__(self) -> str:
        return f"Self-energy check-in {self.pk}"

    @property
    def scores(self) -> dict[str, int]:
        return {key: int(getattr(self, key)) for key in QUALITY_KEYS}

    @property
    def mean(self) -> float:
        return sum(self.scores.values()) / len(QUALITY_KEYS)
