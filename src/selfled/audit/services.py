"""Recording and verifying audit events. Audit rows never carry clinical values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.db import connection, models, transaction
from django.http import HttpRequest
from django.utils import timezone

from selfled.audit.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def client_ip(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    ip = str(request.META.get("REMOTE_ADDR", ""))
    return "".join(ch for ch in ip if ch.isalnum() or ch in ".:")[:64]


def _clean(text: str, limit: int) -> str:
    # Keep one event on one line whatever a caller passes (log-injection safe).
    return " ".join(str(text).split())[:limit]


def record(
    action: str,
    *,
    actor: Any = None,
    request: HttpRequest | None = None,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str | int | None = "",
    practice_id: int | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one event to the chain. Call it inside the domain function that does the work."""
    if actor is None and request is not None:
        actor = getattr(request, "user", None)
    actor_id = actor.pk if actor is not None and getattr(actor, "is_authenticated", False) else None
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = obj.pk
        if practice_id is None:
            practice_id = getattr(obj, "practice_id", None)
    if practice_id is None and actor_id is not None:
        practice_id = getattr(actor, "practice_id", None)
    event = AuditEvent(
        actor_id=actor_id,
        practice_id=practice_id,
        action=_clean(action, 64),
        object_type=_clean(object_type, 64),
        object_id=_clean(str(object_id if object_id is not None else ""), 64),
        ip=client_ip(request),
        detail=_clean(detail, 200),
    )
    # Everything that does not depend on the chain is prepared before the write lock is
    # taken: every audited page waits for that lock, so what is done inside it is kept short.
    prepared = _prepared(event)
    with transaction.atomic():
        _append(event, prepared)
    return event


# Every read of clinical data appends one event, so the append is three plain statements
# rather than ORM calls (a large share of a small page's time went to building the queries).
_FIELDS = (
    *("seq", "at", "actor_id", "practice_id", "action", "object_type", "object_id"),
    *("ip", "detail", "prev_hash", "hash"),
)


@lru_cache(maxsize=1)
def _fields() -> tuple[models.Field[Any, Any], ...]:
    by_name = {field.name: field for field in AuditEvent._meta.concrete_fields}
    return tuple(by_name[name] for name in _FIELDS)


# Set only under the lock: the number, the time and the chain's two hashes.
_CHAINED = frozenset({"seq", "at", "prev_hash", "hash"})


def _prepared(event: AuditEvent) -> list[Any]:
    """The database values of `event`'s fields, None where the chain decides them."""
    return [
        None
        if field.name in _CHAINED
        else field.get_db_prep_save(getattr(event, field.attname), connection)
        for field in _fields()
    ]


@lru_cache(maxsize=4)
def _statements(vendor: str) -> tuple[str, str, str]:
    del vendor  # part of the cache key: quoting and locking differ between databases
    q = connection.ops.quote_name
    head, events = q(AuditHead._meta.db_table), q(AuditEvent._meta.db_table)
    lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
    select = f"SELECT {q('last_seq')}, {q('last_hash')}, {q('count')} FROM {head} WHERE {q('id')} = 1{lock}"  # noqa: S608, E501  (names from model metadata)
    columns = ", ".join(q(field.column) for field in _fields())
    insert = f"INSERT INTO {events} ({columns}) VALUES ({', '.join(['%s'] * len(_FIELDS))})"  # noqa: S608
    update = f"UPDATE {head} SET {q('last_seq')} = %s, {q('last_hash')} = %s, {q('count')} = %s WHERE {q('id')} = 1"  # noqa: S608, E501
    return select, insert, update


def _append(event: AuditEvent, prepared: list[Any]) -> None:
    """Give `event` the next number and the chain's hash, and store it (inside a transaction).

    `prepared` is `_prepared(event)`. The head row is locked first (SELECT … FOR UPDATE;
    SQLite's write transaction locks the whole database), so two writers can never take the
    same number.
    """
    select, insert, update = _statements(connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(select)
        row = cursor.fetchone()
        if row is None:  # the first event ever: make the head row, then lock it
            AuditHead.objects.get_or_create(id=1)
            cursor.execute(select)
            row = cursor.fetchone()
        last_seq, last_hash, count = row
        event.at = timezone.now()  # taken under the lock, so times follow the numbers
        event.seq, event.prev_hash = last_seq + 1, last_hash
        event.hash = event.compute_hash()
        values = [
            field.get_db_prep_save(getattr(event, field.attname), connection)
            if field.name in _CHAINED
            else value
            for field, value in zip(_fields(), prepared, strict=True)
        ]
        cursor.execute(insert, values)
        cursor.execute(update, [event.seq, event.hash, count + 1])
    event._state.adding = False
    event._state.db = connection.alias


def record_integrity_failure(instance: models.Model, field_name: str) -> None:
    record(
        "integrity.decrypt_failed",
        object_type=instance._meta.label_lower,
        object_id=str(instance.pk),
        detail=f"field {field_name} failed authentication",
    )


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken: int | None = None
    reason: str = ""


def _events() -> Iterator[AuditEvent]:
    return AuditEvent.objects.order_by("seq").iterator(chunk_size=5000)


def verify_chain() -> ChainReport:
    """Recompute every hash in order; name the first event that does not fit."""
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    for event in _events():
        if event.seq != expected_seq:
            return ChainReport(False, checked, expected_seq, f"event #{expected_seq} is missing")
        if event.prev_hash != prev_hash:
            return ChainReport(False, checked, event.seq, "does not link to the event before it")
        if event.compute_hash() != event.hash:
            return ChainReport(False, checked, event.seq, "its contents were altered")
        prev_hash = event.hash
        expected_seq += 1
        checked += 1
    head = AuditHead.objects.filter(id=1).first()
    last_seq, last_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
    if last_seq != checked or last_hash != prev_hash:
        return ChainReport(
            False,
            checked,
            checked + 1 if last_seq > checked else last_seq,
            f"the chain head expects {last_seq} events ending in {last_hash[:12]}…; "
            f"found {checked} ending in {prev_hash[:12]}… (events removed or the head altered)",
        )
    return ChainReport(True, checked)
