"""Append-only, hash-chained audit events.

Each event's hash covers its own fields and the previous event's hash, so editing, inserting or
deleting a row breaks the chain. `AuditHead` anchors the newest hash and count so that removing
the newest rows is caught too. Database triggers (see migrations) refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json

from django.db import models


class AuditEvent(models.Model):
    seq = models.BigAutoField(primary_key=True)
    at = models.DateTimeField()
    actor_id = models.BigIntegerField(null=True)
    practice_id = models.BigIntegerField(null=True)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    ip = models.CharField(max_length=64, blank=True)
    detail = models.CharField(max_length=200, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["actor_id", "at"]),
            models.Index(fields=["object_type", "object_id"]),
            models.Index(fields=["practice_id", "at"]),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_type}:{self.object_id}"

    def save(self, *args: object, **kwargs: object) -> None:
        if not self._state.adding:
            raise PermissionError("audit events are append-only")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise PermissionError("audit events are append-only")

    def compute_hash(self) -> str:
        payload = json.dumps(
            [
                self.seq,
                self.at.isoformat(),
                self.actor_id,
                self.practice_id,
                self.action,
                self.object_type,
                self.object_id,
                self.ip,
                self.detail,
                self.prev_hash,
            ],
            separators=(",", ":"),
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditHead(models.Model):
    """A single row: the newest event's sequence number and hash."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"audit head at #{self.last_seq}"
