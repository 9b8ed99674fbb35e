from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.http import Http404
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.care.models import BreakGlassGrant
from selfled.selfenergy import services
from selfled.selfenergy.models import SelfEnergyCheckIn
from tests.conftest import World
from tests.selfenergy.helpers import make_check_ins, scores


def test_client_records_a_check_in_with_an_encrypted_note_and_one_audit_event(
    world: World,
) -> None:
    check_in = services.record_check_in(
        client=world.client,
        by=world.client_user,
        scores=scores(4, courage=9),
        note="  Felt a little braver today.  ",
        request=None,
    )
    saved = SelfEnergyCheckIn.objects.get()
    assert saved.pk == check_in.pk and saved.client == world.client
    assert saved.recorded_by == world.client_user
    assert saved.scores == scores(4, courage=9)
    assert saved.note == "Felt a little braver today."
    assert saved.mean == pytest.approx((7 * 4 + 9) / 8)
    with connection.cursor() as cursor:
        cursor.execute("SELECT note FROM selfenergy_selfenergycheckin")
        (raw,) = cursor.fetchone()
    assert raw.startswith("sl1:") and "braver" not in raw
    event = AuditEvent.objects.get(action="self_energy.create")
    assert event.actor_id == world.client_user.pk
    assert event.object_id == str(check_in.pk)
    assert event.practice_id == world.practice.pk
    assert event.detail == f"client {world.client.pk}"  # no scores, no note


def test_care_team_clinician_records_in_session(world: World) -> None:
    services.record_check_in(
        client=world.client, by=world.clinician, scores=scores(6), note="", request=None
    )
    assert SelfEnergyCheckIn.objects.get().recorded_by == world.clinician


def test_note_of_exactly_2000_characters_is_accepted(world: World) -> None:
    services.record_check_in(
        client=world.client, by=world.client_user, scores=scores(), note="a" * 2000, request=None
    )
    assert len(SelfEnergyCheckIn.objects.get().note) == 2000


@pytest.mark.parametrize(
    ("given", "note", "field", "message"),
    [
        (scores(calm=11), "", "calm", "Calm needs a whole number from 0 to 10."),
        (scores(courage=-1), "", "courage", "Courage needs a whole number from 0 to 10."),
        (scores(clarity="x"), "", "clarity", "Clarity needs a whole number from 0 to 10."),
        (scores(clarity="5"), "", "clarity", "Clarity needs a whole number from 0 to 10."),
        (scores(calm=5.5), "", "calm", "Calm needs a whole number from 0 to 10."),
        (scores(calm=True), "", "calm", "Calm needs a whole number from 0 to 10."),
        (
            {k: v for k, v in scores().items() if k != "compassion"},
            "",
            "compassion",
            "Please choose a number for compassion.",
        ),
        (scores(calm=None), "", "calm", "Please choose a number for calm."),
        (scores(joy=5), "", "__all__", "Unknown qualities: joy."),
        (
            scores(),
            "a" * 2001,
            "note",
            "Please keep the note to 2,000 characters (it is 2,001 now).",
        ),
    ],
)
def test_invalid_check_in_raises_and_writes_nothing(
    world: World, given: dict[str, Any], note: str, field: str, message: str
) -> None:
    events_before = AuditEvent.objects.count()
    with pytest.raises(services.CheckInInvalid) as caught:
        services.record_check_in(
            client=world.client, by=world.client_user, scores=given, note=note, request=None
        )
    assert caught.value.errors == {field: message}
    assert str(caught.value) == message
    assert not SelfEnergyCheckIn.objects.exists()
    assert AuditEvent.objects.count() == events_before


def test_every_problem_is_reported_at_once(world: World) -> None:
    with pytest.raises(services.CheckInInvalid) as caught:
        services.record_check_in(
            client=world.client,
            by=world.client_user,
            scores={"calm": 12},
            note="",
            request=None,
        )
    assert len(caught.value.errors) == 8
    assert not SelfEnergyCheckIn.objects.exists()


def test_database_refuses_out_of_range_scores(world: World) -> None:
    bad = SelfEnergyCheckIn(client=world.client, recorded_by=world.client_user, **scores(11))
    with pytest.raises(IntegrityError), transaction.atomic():
        bad.save()


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "admin", "other_client"]
)
def test_out_of_scope_write_is_404_and_writes_nothing(world: World, persona: str) -> None:
    events_before = AuditEvent.objects.count()
    with pytest.raises(Http404):
        services.record_check_in(
            client=world.client,
            by=world.persona(persona),
            scores=scores(),
            note="",
            request=None,
        )
    assert not SelfEnergyCheckIn.objects.exists()
    assert AuditEvent.objects.count() == events_before


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "admin", "other_client"]
)
def test_out_of_scope_read_is_404_and_not_audited_as_a_read(world: World, persona: str) -> None:
    make_check_ins(world.client, [5])
    with pytest.raises(Http404):
        services.history(client=world.client, viewer=world.persona(persona), request=None)
    assert not AuditEvent.objects.filter(action="self_energy.view").exists()


def _break_glass(world: World) -> None:
    BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason="On call, client in distress, team unreachable",
        expires_at=timezone.now() + timezone.timedelta(hours=1),
    )


def test_break_glass_reads_but_cannot_write(world: World) -> None:
    make_check_ins(world.client, [5])
    _break_glass(world)
    assert len(services.history(client=world.client, viewer=world.colleague, request=None)) == 1
    with pytest.raises(Http404):
        services.record_check_in(
            client=world.client, by=world.colleague, scores=scores(), note="", request=None
        )
    assert SelfEnergyCheckIn.objects.count() == 1


def test_history_is_oldest_first_limited_to_the_most_recent_and_audited(world: World) -> None:
    made = make_check_ins(world.client, [1, 2, 3, 4, 5])
    make_check_ins(world.other_client, [9])
    rows = services.history(client=world.client, viewer=world.clinician, request=None, limit=3)
    assert [r.pk for r in rows] == [c.pk for c in made[2:]]
    event = AuditEvent.objects.get(action="self_energy.view")
    assert event.actor_id == world.clinician.pk
    assert event.object_id == str(world.client.pk)
    assert event.detail == ""


def test_client_reads_own_history(world: World) -> None:
    make_check_ins(world.client, [3, 4])
    rows = services.history(client=world.client, viewer=world.client_user, request=None)
    assert [r.calm for r in rows] == [3, 4]


CRISIS_NOTE = (
    "Honestly everyone would be better off without me. I've started giving my things away."
)


def test_clients_own_note_is_analyzed_and_crisis_language_reaches_the_team(world: World) -> None:
    from selfled.insight.models import SafetyEvent

    check_in = services.record_check_in(
        client=world.client, by=world.client_user, scores=scores(), note=CRISIS_NOTE, request=None
    )
    assert check_in.crisis is True
    event = SafetyEvent.objects.get()
    assert event.client == world.client
    assert (event.source_type, event.source_id) == ("selfenergy.checkin", str(check_in.pk))


def test_a_clinicians_session_note_and_an_empty_note_are_not_analyzed(world: World) -> None:
    from selfled.insight.models import SafetyEvent, TextInsight

    by_clinician = services.record_check_in(
        client=world.client, by=world.clinician, scores=scores(), note=CRISIS_NOTE, request=None
    )
    no_note = services.record_check_in(
        client=world.client, by=world.client_user, scores=scores(), note="  ", request=None
    )
    assert not by_clinician.crisis and not no_note.crisis
    assert not SafetyEvent.objects.exists() and not TextInsight.objects.exists()
