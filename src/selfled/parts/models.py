"""The client's internal system: parts, their relations, comments and history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from selfled.care.models import Client
from selfled.core.fields import EncryptedModel, EncryptedTextField

NAME_MAX = 60
TEXT_MAX = 2000


class Kind(models.TextChoices):
    MANAGER = "manager", "Manager"
    FIREFIGHTER = "firefighter", "Firefighter"
    EXILE = "exile", "Exile"
    UNKNOWN = "unknown", "Not sure yet"


class Status(models.TextChoices):
    """The IFS arc a part moves through (CLINICAL.md §3)."""

    NOTICED = "noticed", "Noticed"
    GETTING_TO_KNOW = "getting_to_know", "Getting to know"
    BEFRIENDED = "befriended", "Befriended"
    GAVE_PERMISSION = "gave_permission", "Gave permission"
    WITNESSED = "witnessed", "Witnessed"
    UNBURDENED = "unburdened", "Unburdened"
    NEW_ROLE = "new_role", "New role"


STATUS_ORDER = [s.value for s in Status]

# Fields the client may keep private from the care team one by one.
DETAIL_FIELDS = [
    "role",
    "positive_intent",
    "fears",
    "burdens",
    "body_location",
    "age",
    "first_appeared",
    "description",
]


class Part(EncryptedModel):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="parts")
    name = EncryptedTextField()
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.UNKNOWN)
    role = EncryptedTextField(blank=True, default="")
    positive_intent = EncryptedTextField(blank=True, default="")
    fears = EncryptedTextField(blank=True, default="")
    burdens = EncryptedTextField(blank=True, default="")
    body_location = EncryptedTextField(blank=True, default="")
    age = EncryptedTextField(blank=True, default="")
    first_appeared = EncryptedTextField(blank=True, default="")
    description = EncryptedTextField(blank=True, default="")
    color = models.CharField(max_length=7, default="#6c8ea4")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NOTICED)
    private = models.BooleanField(default=False)
    private_fields = models.JSONField(default=list, blank=True)
    # Position on the map, 0..1 in both directions; the Self sits at (0.5, 0.5).
    map_x = models.FloatField(default=0.5)
    map_y = models.FloatField(default=0.5)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added_by_clinician = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_from"
    )
    removed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["client", "removed_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(map_x__gte=0, map_x__lte=1, map_y__gte=0, map_y__lte=1),
                name="part_on_map",
            )
        ]

    def __str__(self) -> str:
        return f"part {self.pk}"

    @property
    def is_protector(self) -> bool:
        return self.kind in (Kind.MANAGER, Kind.FIREFIGHTER)


class StatusChange(models.Model):
    part = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    # Set when a merge moved this change over from another part (whose name the timeline
    # then shows, so the kept part is not "noticed" twice).
    merged_from = models.ForeignKey(
        Part, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["at"]
        indexes = [models.Index(fields=["part", "at"])]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class RelationKind(models.TextChoices):
    PROTECTS = "protects", "protects"
    POLARIZED = "polarized", "is polarized with"
    ALLIED = "allied", "is allied with"


SYMMETRIC = {RelationKind.POLARIZED, RelationKind.ALLIED}


class PartRelation(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="part_relations")
    source = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(max_length=16, choices=RelationKind.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="one_relation"),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="no_self_relation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source_id} {self.kind} {self.target_id}"


class PartComment(EncryptedModel):
    part = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"comment {self.pk}"


class PartRevision(EncryptedModel):
    """A snapshot of a part's details after each save (used to merge concurrent edits)."""

    part = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    data = EncryptedTextField()
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["part", "version"], name="one_revision_per_version")
        ]

    def __str__(self) -> str:
        return f"revision {self.version} of {self.part_id}"


class ProtectorPermission(models.Model):
    """A protector's answer to: may we get to know the exile it protects?"""

    protector = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="permissions_given")
    exile = models.ForeignKey(Part, on_delete=models.CASCADE, related_name="permissions")
    granted = models.BooleanField()
    # the answer as given, where there was a choice: "yes", "not_yet" or "not_sure"
    answer = models.CharField(max_length=16, blank=True, default="")
    source = models.CharField(max_length=32, default="check-in")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at"]
        indexes = [models.Index(fields=["exile", "protector", "at"])]

    def __str__(self) -> str:
        return f"{self.protector_id} → {self.exile_id}: {self.granted}"


class Outcome(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    PAUSED = "paused", "Paused gently"


class Encounter(EncryptedModel):
    """A guided 6 F's check-in with one part (one question per screen)."""

    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="encounters")
    part = models.ForeignKey(
        Part, on_delete=models.SET_NULL, null=True, blank=True, related_name="encounters"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    with_clinician = models.BooleanField(default=False)
    step = models.CharField(max_length=24, default="find")
    answers = EncryptedTextField(default="{}")
    self_energy = models.BooleanField(null=True)
    unblend_attempts = models.PositiveSmallIntegerField(default=0)
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.IN_PROGRESS)
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["client", "created_at"])]

    def __str__(self) -> str:
        return f"check-in {self.pk}"
