"""When a client last did something the care team may see: for the caseload."""

from __future__ import annotations

from django.db.models import OuterRef, Q, QuerySet, Subquery

from selfled.care.models import Client


def with_last_activity(clients: QuerySet[Client]) -> QuerySet[Client]:
    """`clients`, each annotated with `last_checkin` (the start of their latest parts check-in
    the care team may see: never one about a private part) and `last_self_energy` (their latest
    Self-energy check-in). Subqueries of the one query, whatever the number of clients."""
    from selfled.parts.models import Encounter
    from selfled.selfenergy.models import SelfEnergyCheckIn

    checkins = (
        Encounter.objects.filter(client=OuterRef("pk"))
        .filter(Q(part__isnull=True) | Q(part__private=False))
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    energy = (
        SelfEnergyCheckIn.objects.filter(client=OuterRef("pk"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    return clients.annotate(last_checkin=Subquery(checkins), last_self_energy=Subquery(energy))
