"""Marking a safety event as seen: deliberately, with what was done, kept encrypted."""

from __future__ import annotations

import re
from typing import Any

from django.db import connection
from django.urls import reverse

from selfled.audit.models import AuditEvent
from selfled.insight.models import SafetyEvent, SafetyFollowUp
from tests.conftest import World
from tests.insight.helpers import save_writing

CRISIS = "honestly everyone would be better off without me"


def _event(world: World) -> SafetyEvent:
    assert save_writing(world, CRISIS, "1").crisis
    return SafetyEvent.objects.get(client=world.client)


def test_the_home_page_leads_to_the_event_instead_of_marking_it_at_once(
    world: World, http_as: Any
) -> None:
    event = _event(world)
    home = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    link = reverse("insight:client_insight", args=[world.client.pk]) + f"#event-{event.pk}"
    assert f'href="{link}">Read it and mark it as seen</a>' in home
    assert reverse("insight:acknowledge", args=[event.pk]) not in home


def test_marking_as_seen_keeps_what_was_done_encrypted(world: World, http_as: Any) -> None:
    event = _event(world)
    http = http_as("clinician")
    page = reverse("insight:client_insight", args=[world.client.pk])
    response = http.post(
        reverse("insight:acknowledge", args=[event.pk]),
        {"note": "Called her; safe tonight, plan gone over.", "next": page},
    )
    assert response["Location"] == f"{page}#event-{event.pk}"  # back where it was written
    event.refresh_from_db()
    assert event.acknowledged_by == world.clinician and event.acknowledged_at is not None
    follow_up = SafetyFollowUp.objects.get(event=event)
    assert follow_up.note == "Called her; safe tonight, plan gone over."
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT note FROM {SafetyFollowUp._meta.db_table} WHERE id = %s",  # noqa: S608
            [follow_up.pk.hex if connection.vendor == "sqlite" else follow_up.pk],
        )
        stored = cursor.fetchone()[0]
    assert stored.startswith("sl1:") and "safe tonight" not in stored
    shown = http.get(page).content.decode()
    assert "safe tonight, plan gone over." in shown and "Add a note on what was done" in shown
    # a later note adds to it; who saw it first stays
    http.post(reverse("insight:acknowledge", args=[event.pk]), {"note": "Rang again: better."})
    event.refresh_from_db()
    assert event.acknowledged_by == world.clinician
    assert SafetyFollowUp.objects.filter(event=event).count() == 2
    audit = AuditEvent.objects.filter(action="safety_event.acknowledge")
    assert audit.count() == 2 and "safe tonight" not in " ".join(a.detail for a in audit)


def test_an_over_long_note_saves_nothing_and_says_why(world: World, http_as: Any) -> None:
    event = _event(world)
    typed = "Called; " + "x" * 1993
    response = http_as("clinician").post(
        reverse("insight:acknowledge", args=[event.pk]), {"note": typed}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please keep the note to 2,000 characters or fewer (it has 2,001)" in page
    assert f">{typed}</textarea>" in page  # kept to shorten, not lost
    event.refresh_from_db()
    assert event.acknowledged_at is None and not SafetyFollowUp.objects.exists()
    # the form shown again leads back to the events page, not to the POST-only address
    insight_page = reverse("insight:client_insight", args=[world.client.pk])
    next_value = re.search(r'name="next" value="([^"]+)"', page)
    assert next_value is not None and next_value.group(1) == insight_page
    again = http_as("clinician").post(
        reverse("insight:acknowledge", args=[event.pk]),
        {"note": "Called; safe tonight.", "next": next_value.group(1)},
    )
    assert again["Location"] == f"{insight_page}#event-{event.pk}"


def test_marking_without_a_note_is_still_possible(world: World, http_as: Any) -> None:
    event = _event(world)
    http_as("clinician").post(reverse("insight:acknowledge", args=[event.pk]))
    event.refresh_from_db()
    assert event.acknowledged_at is not None and not SafetyFollowUp.objects.exists()


def test_an_unseen_event_stays_on_the_page_however_many_came_after(
    world: World, http_as: Any
) -> None:
    from django.utils import timezone

    from selfled.insight.views import SHOWN_EVENTS

    oldest = _event(world)
    now = timezone.now()
    SafetyEvent.objects.bulk_create(
        [
            SafetyEvent(
                client=world.client,
                insight=oldest.insight,
                source_type="test.entry",
                source_id=str(n),
                acknowledged_by=world.clinician,
                acknowledged_at=now,
            )
            for n in range(SHOWN_EVENTS + 3)
        ]
    )
    page = (
        http_as("clinician")
        .get(reverse("insight:client_insight", args=[world.client.pk]))
        .content.decode()
    )
    assert f'id="event-{oldest.pk}"' in page
    assert reverse("insight:acknowledge", args=[oldest.pk]) in page
    assert "older ones are kept in the record" in page


def test_a_note_on_an_event_already_seen_says_note_added(world: World, http_as: Any) -> None:
    event = _event(world)
    http = http_as("clinician")
    http.post(reverse("insight:acknowledge", args=[event.pk]))
    page = http.post(
        reverse("insight:acknowledge", args=[event.pk]), {"note": "Rang back."}, follow=True
    ).content.decode()
    assert re.findall(r"class=\"msg success\">([^<]*)", page)[-1] == "Note added."


def test_the_home_page_shows_one_line_per_client_however_many_events(
    world: World, http_as: Any
) -> None:
    from selfled.insight.services import screen_unsaved

    for n in range(4):
        assert screen_unsaved(
            client=world.client,
            texts=[f"Attempt {n}: I want to kill myself tonight."],
            source_type="parts.comment",
            by=world.client_user,
        )
    newest = SafetyEvent.objects.filter(client=world.client).order_by("-created_at", "-pk")[0]
    home = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert home.count("Read them and mark them as seen") == 1
    assert "and 3 earlier events not yet seen" in home
    link = reverse("insight:client_insight", args=[world.client.pk]) + f"#event-{newest.pk}"
    assert f'href="{link}"' in home


def test_one_clients_many_events_do_not_hide_anothers_alert(world: World, http_as: Any) -> None:
    from selfled.care.models import CareTeamMember
    from selfled.care.views import SHOWN_ALERTS
    from selfled.insight.models import TextInsight

    other = world.other_client  # now on the clinician's team too, with one older alert
    CareTeamMember.objects.create(client=other, clinician=world.clinician)
    older = SafetyEvent.objects.create(
        client=other,
        insight=TextInsight.objects.create(
            client=other, source_type="test", source_id="o", analyzer_version="t", result="{}"
        ),
        source_type="test",
        source_id="o",
    )
    insight = TextInsight.objects.create(
        client=world.client, source_type="test", source_id="x", analyzer_version="t", result="{}"
    )
    SafetyEvent.objects.bulk_create(
        SafetyEvent(client=world.client, insight=insight, source_type="test", source_id=str(n))
        for n in range(SHOWN_ALERTS + 1)
    )
    home = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert f"and {SHOWN_ALERTS} earlier events not yet seen" in home
    assert reverse("insight:client_insight", args=[other.pk]) + f"#event-{older.pk}" in home


def test_the_care_team_can_mark_all_of_a_clients_events_as_seen_at_once(
    world: World, http_as: Any
) -> None:
    assert save_writing(world, CRISIS, "1").crisis
    assert save_writing(world, "I keep thinking about ending my life", "2").crisis
    http = http_as("clinician")
    page_url = reverse("insight:client_insight", args=[world.client.pk])
    all_url = reverse("insight:acknowledge_all", args=[world.client.pk])
    page = http.get(page_url).content.decode()
    assert "Mark all 2 as seen" in page and all_url in page
    shown = [str(pk) for pk in SafetyEvent.objects.values_list("pk", flat=True)]
    # an over-long note is refused, shown back as typed, and nothing is marked
    typed = "x" * 5001
    refused = http.post(all_url, {"note": typed, "shown": shown})
    assert refused.status_code == 400 and typed in refused.content.decode()
    assert SafetyEvent.objects.filter(acknowledged_at__isnull=True).count() == 2
    done = http.post(
        all_url, {"note": "Called; safe tonight.", "shown": shown}, follow=True
    ).content.decode()
    assert "Marked 2 events as seen" in done
    assert not SafetyEvent.objects.filter(acknowledged_at__isnull=True).exists()
    assert [f.note for f in SafetyFollowUp.objects.all()] == ["Called; safe tonight."] * 2
    audits = AuditEvent.objects.filter(action="safety_event.acknowledge")
    assert sorted(a.detail.split()[1].rstrip(",") for a in audits) == sorted(shown)  # one each
    assert all("with a note" in a.detail for a in audits)
    # once all are seen the form is gone; posting again marks nothing
    assert "Mark all" not in http.get(page_url).content.decode()
    again = http.post(all_url, {"shown": shown}, follow=True).content.decode()
    assert "nothing left to mark" in again


def test_an_event_written_after_the_page_was_opened_is_not_marked_unread(
    world: World, http_as: Any
) -> None:
    assert save_writing(world, CRISIS, "1").crisis
    assert save_writing(world, "I keep thinking about ending my life", "2").crisis
    http = http_as("clinician")
    shown = [str(pk) for pk in SafetyEvent.objects.values_list("pk", flat=True)]
    page = http.get(reverse("insight:client_insight", args=[world.client.pk])).content.decode()
    assert all(f'name="shown" value="{pk}"' in page for pk in shown)
    # the client writes again while the clinician reads
    assert save_writing(world, "tonight I will take all the pills", "3").crisis
    url = reverse("insight:acknowledge_all", args=[world.client.pk])
    response = http.post(url, {"note": "Called.", "shown": shown})
    assert response.status_code == 400
    assert "Something new was written since this page was opened" in response.content.decode()
    assert "Called." in response.content.decode()  # what was typed is kept
    assert SafetyEvent.objects.filter(acknowledged_at__isnull=True).count() == 3


def test_marking_all_as_seen_stays_within_the_care_team(world: World, http_as: Any) -> None:
    assert save_writing(world, CRISIS, "1").crisis
    url = reverse("insight:acknowledge_all", args=[world.client.pk])
    assert http_as("other_practice_clinician").post(url, {}).status_code == 404
    assert http_as("client").post(url, {}).status_code == 404
    assert SafetyEvent.objects.get().acknowledged_at is None


def test_the_part_whose_words_raised_an_event_says_so_to_the_care_team(
    world: World, http_as: Any
) -> None:
    from selfled.parts.services import parts as part_service

    part = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Tired one"}
    )
    http_as("client").post(
        reverse("parts:edit", args=[part.pk]),
        {
            "name": "Tired one",
            "kind": "manager",
            "color": "#6c8ea4",
            "fears": CRISIS,
            "version": part.version,
        },
    )
    event = SafetyEvent.objects.get(source_type="parts.part")
    clinician = http_as("clinician")
    url = reverse("parts:detail", args=[part.pk])
    page = clinician.get(url).content.decode()
    assert "raised a safety event" in page and f"#event-{event.pk}" in page
    assert "raised a safety event" not in http_as("client").get(url).content.decode()
    clinician.post(reverse("insight:acknowledge", args=[event.pk]), {"note": ""})
    assert "raised a safety event" not in clinician.get(url).content.decode()
