"""Stored analyzer results, the suggestions a person confirms, tags, and safety events."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from selfled.care.models import Client
from selfled.core.fields import EncryptedModel, EncryptedTextField

LABEL_CHOICES = [
    ("crisis", "Crisis language"),
    ("fear:safety", "Protector fear: safety"),
    ("fear:overwhelm", "Protector fear: overwhelm"),
    ("fear:identity", "Protector fear: identity"),
    ("parts", "Parts language"),
    ("self", "Self-energy"),
    ("old-pattern", "Old pattern"),
]


class TextInsight(EncryptedModel):
    """One analyzer run over one piece of a client's writing."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="insights")
    source_type = models.CharField(max_length=40)
    source_id = models.CharField(max_length=64)
    analyzer_version = models.CharField(max_length=40)
    # JSON: the analyzed text, labels with confidence and spans. Encrypted like the text.
    result = EncryptedTextField()
    crisis = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["source_type", "source_id", "created_at"]),
            models.Index(fields=["client", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"insight {self.pk}"


class SuggestionState(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"
    SUPERSEDED = "superseded", "Superseded"


class Suggestion(EncryptedModel):
    insight = models.ForeignKey(TextInsight, on_delete=models.CASCADE, related_name="suggestions")
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="suggestions")
    label = models.CharField(max_length=20, choices=LABEL_CHOICES)
    confidence = models.FloatField()
    part_name = EncryptedTextField(blank=True, default="")
    # For parts suggestions: where in the text this candidate part was named.
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    matched_part = models.ForeignKey(
        "parts.Part", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    state = models.CharField(
        max_length=12, choices=SuggestionState.choices, default=SuggestionState.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["client", "state", "created_at"])]

    def __str__(self) -> str:
        return f"suggestion {self.pk} ({self.label})"


class Tag(models.Model):
    """A confirmed label on a piece of writing (from a suggestion, or added by a clinician)."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="tags")
    source_type = models.CharField(max_length=40)
    source_id = models.CharField(max_length=64)
    label = models.CharField(max_length=20, choices=LABEL_CHOICES)
    part = models.ForeignKey(
        "parts.Part", on_delete=models.SET_NULL, null=True, blank=True, related_name="tags"
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    by_clinician = models.BooleanField(default=False)
    suggestion = models.ForeignKey(
        Suggestion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["source_type", "source_id"])]
        # One piece of writing carries a tag once (once per part for a part's tag). Two
        # partial constraints, since NULL parts are never equal to each other in SQL.
        constraints = [
            models.UniqueConstraint(
                fields=["client", "source_type", "source_id", "label"],
                condition=models.Q(part__isnull=True),
                name="insight_tag_once_per_writing",
            ),
            models.UniqueConstraint(
                fields=["client", "source_type", "source_id", "label", "part"],
                condition=models.Q(part__isnull=False),
                name="insight_tag_once_per_writing_and_part",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} on {self.source_type}:{self.source_id}"

    @property
    def where(self) -> str:
        """Where the tagged words are, in plain words."""
        return source_name(self.source_type)


class SafetyEvent(models.Model):
    """Crisis language was found in a client's writing. Shown to the care team until seen."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="safety_events")
    insight = models.ForeignKey(TextInsight, on_delete=models.CASCADE, related_name="+")
    source_type = models.CharField(max_length=40)
    source_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["client", "acknowledged_at", "created_at"])]

    def __str__(self) -> str:
        return f"safety event {self.pk}"

    @property
    def where(self) -> str:
        """Where the words were written, in plain words (never the words themselves: the
        writing may be private to the client)."""
        place = source_name(self.source_type)
        if self.source_id == "unsaved":
            return f"{place} (a form that was not saved)"
        return place


SOURCE_NAMES = {
    "parts.part": "a part's details",
    "parts.comment": "a comment on a part",
    "parts.encounter": "a check-in answer",
    "selfenergy.checkin": "a Self-energy note",
}


def source_name(source_type: str, unknown: str = "their writing") -> str:
    """Where a piece of writing was, in plain words (for tags, events and suggestions)."""
    return SOURCE_NAMES.get(source_type, unknown)


#: source_id of writing that was read for crisis language but could not be saved.
UNSAVED = "unsaved"


def spans_in(data: dict[str, Any], label: str) -> list[tuple[int, int]]:
    """The spans one label carries in a stored analysis (TextInsight.result, decoded)."""
    for entry in data["labels"]:
        if entry["label"] == label:
            return [(int(a), int(b)) for a, b in entry["spans"]]
    return []


class SafetyFollowUp(EncryptedModel):
    """What the care team did about a safety event, written when marking it as seen."""

    event = models.ForeignKey(SafetyEvent, on_delete=models.CASCADE, related_name="follow_ups")
    note = EncryptedTextField()
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]

    def __str__(self) -> str:
        return f"follow-up on safety event {self.event_id}"
