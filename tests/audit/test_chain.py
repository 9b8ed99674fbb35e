from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from selfled.audit.models import AuditEvent, AuditHead
from selfled.audit.services import record, verify_chain


def _three_events() -> list[AuditEvent]:
    return [record("test.event", object_type="x", object_id=str(i)) for i in range(3)]


def _without_triggers(sql: str, params: list[object]) -> None:
    """An out-of-band edit: what someone with raw database access could do."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER audit_event_no_update")
            cursor.execute("DROP TRIGGER audit_event_no_delete")
        else:
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_change")
        cursor.execute(sql, params)


@pytest.mark.django_db
def test_intact_chain_verifies() -> None:
    _three_events()
    report = verify_chain()
    assert report.ok and report.checked == 3
    assert AuditHead.objects.get().count == 3


@pytest.mark.django_db
def test_events_hold_no_clinical_values_and_use_utc() -> None:
    event = record("client.view", object_type="care.client", object_id="abc", detail="team")
    assert event.at.utcoffset().total_seconds() == 0
    assert len(event.hash) == 64


@pytest.mark.django_db
def test_orm_update_and_delete_are_refused() -> None:
    event = _three_events()[0]
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditevent SET action = 'changed' WHERE seq = 2",
        "DELETE FROM audit_auditevent WHERE seq = 2",
    ],
)
def test_raw_sql_update_and_delete_are_refused_by_the_database(sql: str) -> None:
    _three_events()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)
    assert AuditEvent.objects.get(seq=2).action == "test.event"


@pytest.mark.django_db
def test_altered_row_is_named() -> None:
    _three_events()
    _without_triggers("UPDATE audit_auditevent SET object_id = %s WHERE seq = 2", ["999"])
    report = verify_chain()
    assert not report.ok
    assert report.first_broken == 2
    assert "altered" in report.reason


@pytest.mark.django_db
def test_deleted_middle_row_is_named() -> None:
    _three_events()
    _without_triggers("DELETE FROM audit_auditevent WHERE seq = %s", [2])
    report = verify_chain()
    assert not report.ok and report.first_broken == 2


@pytest.mark.django_db
def test_deleted_newest_row_is_caught_by_the_head() -> None:
    _three_events()
    _without_triggers("DELETE FROM audit_auditevent WHERE seq = %s", [3])
    report = verify_chain()
    assert not report.ok and report.first_broken == 3
