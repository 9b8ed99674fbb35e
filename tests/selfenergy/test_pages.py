from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.care.models import BreakGlassGrant
from selfled.selfenergy.models import SelfEnergyCheckIn
from selfled.selfenergy.qualities import QUALITY_KEYS
from tests.conftest import World, sign_in
from tests.selfenergy.helpers import make_check_ins, scores

MINE = reverse("selfenergy:mine")


def client_url(world: World) -> str:
    return reverse("selfenergy:client", args=[world.client.pk])


def form_data(value: int = 5, note: str = "", **overrides: Any) -> dict[str, Any]:
    return {**scores(value, **overrides), "note": note}


def assert_no_inline_code(html: str) -> None:
    assert "<style" not in html and " style=" not in html
    assert "onclick=" not in html and "onload=" not in html
    for tag in html.split("<script")[1:]:
        assert 'src="/static/' in tag.split(">")[0], tag[:80]
    assert "http://" not in html.replace("http://127.0.0.1", "")
    assert "https://" not in html


def test_client_page_shows_the_form_and_an_empty_chart(world: World, http_as: Any) -> None:
    response = http_as("client").get(MINE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "How much of each do you notice right now?" in html
    for key in QUALITY_KEYS:
        assert f'id="id_{key}"' in html and f'for="id_{key}"' in html
        assert f'aria-describedby="id_{key}-help se-scale-help"' in html
    assert 'type="number"' in html and 'min="0"' in html and 'max="10"' in html
    assert "A settled steadiness" in html  # each quality has its description
    assert 'role="img"' in html and "No check-ins yet." in html
    assert 'src="/static/selfenergy/checkin.js"' in html
    assert_no_inline_code(html)


def test_client_saves_a_check_in_and_sees_it_charted_with_the_note_escaped(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    note = '<script>alert("x")</script>\nsecond line'
    response = http.post(MINE, form_data(6, note, calm=8))
    assert response.status_code == 302 and response["Location"] == MINE
    saved = SelfEnergyCheckIn.objects.get()
    assert saved.client == world.client and saved.recorded_by == world.client_user
    assert saved.calm == 8 and saved.courage == 6
    assert saved.note == note
    html = http.get(MINE).content.decode()
    assert "Thank you. Your check-in is saved." in html
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>second line" in html
    assert "One check-in: average Self-energy 6.3 out of 10" in html
    assert "<circle" in html and "<td>6.3</td>" in html and " · You</span>" in html
    assert_no_inline_code(html)


def test_crisis_language_in_the_note_goes_straight_to_crisis_resources(
    world: World, http_as: Any
) -> None:
    note = "Honestly everyone would be better off without me. I've started giving my things away."
    response = http_as("client").post(MINE, form_data(2, note), follow=True)
    assert response.redirect_chain[-1][0].split("?")[0] == reverse("core:crisis")
    body = response.content.decode()
    assert "988" in body and "Your check-in is saved" not in body
    assert SelfEnergyCheckIn.objects.get().note == note


def test_invalid_form_keeps_what_was_typed_and_writes_nothing(world: World, http_as: Any) -> None:
    response = http_as("client").post(MINE, form_data(4, "keep me", calm=11, clarity="x"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing has been saved yet." in html
    assert 'id="id_clarity-error">Clarity needs a whole number from 0 to 10.</p>' in html
    assert 'value="11"' in html and 'value="x"' in html and "keep me</textarea>" in html
    assert 'aria-invalid="true"' in html
    assert not SelfEnergyCheckIn.objects.exists()


def test_range_error_from_the_domain_is_shown_inline(world: World, http_as: Any) -> None:
    response = http_as("client").post(MINE, form_data(4, "", calm=11))
    html = response.content.decode()
    assert 'id="id_calm-error">Calm needs a whole number from 0 to 10.</p>' in html
    assert 'aria-describedby="id_calm-error id_calm-help se-scale-help"' in html
    assert not SelfEnergyCheckIn.objects.exists()


def test_over_long_note_is_refused_and_kept(world: World, http_as: Any) -> None:
    response = http_as("client").post(MINE, form_data(4, "n" * 2001))
    assert b"Please keep the note to 2,000 characters" in response.content
    assert ("n" * 2001).encode() in response.content
    assert not SelfEnergyCheckIn.objects.exists()


def test_note_box_states_its_limit_and_does_not_cut_pasted_text(world: World, http_as: Any) -> None:
    page = http_as("client").get(MINE).content.decode()
    note_box = page[page.index('name="note"') - 200 : page.index('name="note"') + 200]
    assert "maxlength" not in note_box  # a browser would cut a long paste off silently
    assert "Up to 2,000 characters." in page


def test_a_long_note_shows_its_first_words_and_opens_in_full(world: World, http_as: Any) -> None:
    long_note = "I sat with the worried part for a long time. " * 20
    make_check_ins(world.client, [5], note=long_note)
    page = http_as("client").get(MINE).content.decode()
    assert '<details><summary><span class="se-preview">I sat with the worried part' in page
    assert page.count("I sat with the worried part") > 20  # the whole note is there, folded
    # on a line of its own under the scores, so ten columns fit a laptop screen
    note_row = '<tr class="se-note-row"><td colspan="10" headers="se-row-1">'
    assert note_row + '<span class="se-note-label">Note:' in page
    assert '<th scope="row" id="se-row-1">' in page


def test_saving_a_note_says_when_something_was_noticed_in_it(world: World, http_as: Any) -> None:
    noticed = http_as("client").post(
        MINE, form_data(4, "Back to drinking every night this week."), follow=True
    )
    assert b"SelfLed noticed something in your note" in noticed.content
    assert reverse("insight:suggestions").encode() + b'">See the suggestions' in noticed.content
    plain = http_as("client").post(MINE, form_data(4, "Went for a walk."), follow=True)
    assert b"SelfLed noticed something" not in plain.content


def test_page_read_is_audited(world: World, http_as: Any) -> None:
    http_as("client").get(MINE)
    event = AuditEvent.objects.get(action="self_energy.view")
    assert event.actor_id == world.client_user.pk
    assert event.object_id == str(world.client.pk)


def test_client_page_queries_do_not_grow_with_check_ins(
    world: World, django_assert_max_num_queries: Any
) -> None:
    http = sign_in(HttpClient(), world.client_user)
    make_check_ins(world.client, [5], note="one")
    http.get(MINE)
    with django_assert_max_num_queries(30) as one:
        response = http.get(MINE)
    assert len(response.context["rows"]) == 1
    make_check_ins(world.client, [6, 7], note="more")
    with django_assert_max_num_queries(30) as three:
        response = http.get(MINE)
    assert len(response.context["rows"]) == 3
    assert len(three.captured_queries) == len(one.captured_queries)


def test_clinician_page_shows_chart_and_table_and_records_in_session(
    world: World, http_as: Any
) -> None:
    make_check_ins(world.client, [3, 5], note="from home")
    http = http_as("clinician")
    html = http.get(client_url(world)).content.decode()
    assert "Self-energy · Casey Client" in html
    assert "rose from 3.0 to 5.0 over 2 check-ins" in html
    assert "from home" in html and " · Client</span>" in html
    assert "How much of each does the client notice right now?" in html
    assert_no_inline_code(html)
    response = http.post(client_url(world), form_data(7, "in session"))
    assert response.status_code == 302
    saved = SelfEnergyCheckIn.objects.get(recorded_by=world.clinician)
    assert saved.note == "in session" and saved.client == world.client
    # The client sees who recorded it.
    assert b"Cleo Clinician (in session)" in http_as("client").get(MINE).content


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "admin", "client", "other_client"]
)
def test_out_of_scope_clinician_page_is_404_and_posts_write_nothing(
    world: World, http_as: Any, persona: str
) -> None:
    http = http_as(persona)
    assert http.get(client_url(world)).status_code == 404
    assert http.post(client_url(world), form_data(5)).status_code == 404
    assert not SelfEnergyCheckIn.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="self_energy").exists()


@pytest.mark.parametrize("persona", ["clinician", "admin"])
def test_client_page_is_clients_only(world: World, http_as: Any, persona: str) -> None:
    http = http_as(persona)
    assert http.get(MINE).status_code == 404
    assert http.post(MINE, form_data(5)).status_code == 404
    assert not SelfEnergyCheckIn.objects.exists()


def test_each_client_sees_only_their_own_check_ins(world: World, http_as: Any) -> None:
    make_check_ins(world.client, [5], note="casey's note")
    html = http_as("other_client").get(MINE).content.decode()
    assert "casey&#x27;s note" not in html and "casey's note" not in html
    assert "No check-ins yet." in html
    http_as("other_client").post(MINE, form_data(2))
    assert SelfEnergyCheckIn.objects.get(calm=2).client == world.other_client


def test_break_glass_reads_without_a_form_and_cannot_record(world: World, http_as: Any) -> None:
    make_check_ins(world.client, [5])
    BreakGlassGrant.objects.create(
        practice=world.practice,
        client=world.client,
        clinician=world.colleague,
        reason="On call, client in distress, team unreachable",
        expires_at=timezone.now() + timezone.timedelta(hours=1),
    )
    http = http_as("colleague")
    html = http.get(client_url(world)).content.decode()
    assert "Emergency read-only access" in html
    assert 'class="se-form"' not in html and "checkin.js" not in html
    assert http.post(client_url(world), form_data(5)).status_code == 404
    assert SelfEnergyCheckIn.objects.count() == 1


def test_home_and_client_overview_link_to_the_check_ins(world: World, http_as: Any) -> None:
    home = http_as("client").get(reverse("care:client_home")).content.decode()
    assert f'href="{MINE}"' in home
    detail = http_as("clinician").get(reverse("care:client", args=[world.client.pk]))
    assert f'href="{client_url(world)}"' in detail.content.decode()
