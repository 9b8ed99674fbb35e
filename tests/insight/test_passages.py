"""The words behind a safety event, shown to the care team only where they may read them."""

from __future__ import annotations

import json
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from selfled.insight import services
from selfled.insight.models import SafetyEvent
from selfled.insight.passages import excerpt
from selfled.parts.models import Encounter
from selfled.parts.services import parts as part_service
from tests.conftest import World, grant_break_glass

WORDS = "I keep thinking everyone would be better off without me <b>tonight</b>."


def _event_page(http_as: Any, world: World) -> str:
    url = reverse("insight:client_insight", args=[world.client.pk])
    return str(http_as("clinician").get(url).content.decode())


def _save(world: World, source_type: str, source_id: Any, text: str = WORDS) -> None:
    outcome = services.analyze_text(
        client=world.client,
        text=text,
        source_type=source_type,
        source_id=source_id,
        by=world.client_user,
    )
    assert outcome.crisis


def _note(world: World, text: str = WORDS) -> None:
    """The client saves a Self-energy check-in with `text` as its note."""
    from selfled.selfenergy.qualities import QUALITY_KEYS
    from selfled.selfenergy.services import record_check_in

    saved = record_check_in(
        client=world.client,
        by=world.client_user,
        scores=dict.fromkeys(QUALITY_KEYS, 5),
        note=text,
        request=None,
    )
    assert saved.crisis


def _answer(world: World, step: str = "find", key: str = "what", text: str = WORDS) -> Encounter:
    """A check-in whose `step` answer `key` holds `text`, analyzed as the step saves it."""
    enc = Encounter.objects.create(client=world.client, started_by=world.client_user)
    enc.answers = json.dumps({step: {key: text}})
    enc.save()
    _save(world, "parts.encounter", f"{enc.pk}:{step}", text)
    return enc


def test_a_self_energy_note_is_quoted_with_the_flagged_words_marked(
    world: World, http_as: Any
) -> None:
    _note(world)
    page = _event_page(http_as, world)
    assert "<mark>everyone would be better off without me</mark>" in page
    assert "&lt;b&gt;tonight&lt;/b&gt;" in page and "<b>tonight</b>" not in page  # escaped
    assert reverse("selfenergy:client", args=[world.client.pk]) in page


def test_a_check_in_answer_is_quoted_and_links_to_the_check_in(world: World, http_as: Any) -> None:
    encounter = _answer(world)
    page = _event_page(http_as, world)
    assert "<mark>everyone would be better off without me</mark>" in page
    assert "What&#x27;s here right now? " in page  # under the question it answered
    link = reverse("parts:checkin_answers", args=[encounter.pk])
    assert link in page
    assert http_as("clinician").get(link).status_code == 200  # the link opens for them


def test_private_writing_is_not_quoted(world: World, http_as: Any) -> None:
    hidden = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Hidden"}, private=True
    )
    detail_private = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Shown"}
    )
    part_service.set_privacy(
        part=detail_private, private=False, private_fields=["burdens"], by=world.client_user
    )
    secret_checkin = Encounter.objects.create(
        client=world.client, started_by=world.client_user, part=hidden
    )
    _save(world, "parts.part", hidden.pk, "Secret words: I want to die.")
    _save(world, "parts.part", detail_private.pk, "Private detail: I want to die.")
    _save(world, "parts.encounter", f"{secret_checkin.pk}:find", "Checkin words: I want to die.")
    page = _event_page(http_as, world)
    assert "want to die" not in page
    assert "Secret words" not in page and "Private detail" not in page
    assert "Checkin words" not in page
    assert page.count("The words are not shown") == 3
    assert reverse("parts:checkin_answers", args=[secret_checkin.pk]) not in page


def test_unsaved_writing_is_not_quoted(world: World, http_as: Any) -> None:
    assert services.screen_unsaved(
        client=world.client, texts=[WORDS], source_type="parts.part", by=world.client_user
    )
    page = _event_page(http_as, world)
    assert "a form that was not saved" in page
    assert "better off without me" not in page
    # the care team is told why there is no quote, and that the client saw the resources
    assert "they were typed into a form that was not saved" in page
    assert "The client was shown the crisis resources at once" in page


def test_the_events_page_makes_the_same_queries_for_one_or_three_events(
    world: World, http_as: Any
) -> None:
    http = http_as("clinician")
    url = reverse("insight:client_insight", args=[world.client.pk])

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert http.get(url).status_code == 200
        return len(captured.captured_queries)

    def one_of_each(n: int) -> None:
        part = part_service.create_part(
            client=world.client,
            by=world.client_user,
            values={"name": f"Part {n}", "description": WORDS},
        )
        assert part.crisis  # type: ignore[attr-defined]
        _answer(world)
        # an answer at Feel toward with a part that joined in: checked without a query each
        joined = _answer(world, step="feel_toward", key="words")
        answers = json.loads(joined.answers)
        answers["blended"] = [{"part": str(part.pk), "name": "x", "words": "soft", "reactions": []}]
        joined.answers = json.dumps(answers)
        joined.save()
        _note(world)

    one_of_each(1)
    http.get(url)
    one = count()
    one_of_each(2)
    one_of_each(3)
    assert count() == one


def test_excerpt_cuts_long_writing_at_words_around_the_flagged_ones() -> None:
    text = ("ordinary words " * 40) + "I want to die" + (" more words" * 40)
    start = text.index("I want to die")
    pieces = excerpt(text, [(start, start + len("I want to die"))], margin=30)
    assert pieces[0] == ("…", False) and pieces[-1] == ("…", False)
    assert ("I want to die", True) in pieces
    kept = "".join(piece for piece, _ in pieces[1:-1])
    assert kept.startswith("ordinary") or kept.startswith("words")
    assert len(kept) <= 30 * 2 + len("I want to die")
    assert excerpt("short", [(0, 5)]) == [("short", True)]
    assert excerpt("", []) == []


def test_the_clients_page_says_when_an_alert_waits_until_it_is_seen(
    world: World, http_as: Any
) -> None:
    http = http_as("clinician")
    page_url = reverse("care:client", args=[world.client.pk])
    assert "safety alert" not in http.get(page_url).content.decode()
    _note(world)
    _note(world)
    page = http.get(page_url).content.decode()
    assert "2 safety alerts are waiting to be seen" in page
    assert reverse("insight:client_insight", args=[world.client.pk]) in page
    for event in SafetyEvent.objects.filter(client=world.client):
        http.post(reverse("insight:acknowledge", args=[event.pk]))
    assert "waiting to be seen" not in http.get(page_url).content.decode()


def test_only_what_the_clinician_may_read_now_is_quoted(world: World, http_as: Any) -> None:
    from selfled.parts.services import checkin

    part = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Guard", "kind": "manager"}
    )
    # an answer that describes a detail the client keeps private
    part_service.set_privacy(
        part=part, private=False, private_fields=["body_location"], by=world.client_user
    )
    enc = Encounter.objects.create(client=world.client, started_by=world.client_user, part=part)
    enc.answers = '{"find": {"what": "Tight chest", "where": "Where: I want to die"}}'
    enc.save()
    _save(world, "parts.encounter", f"{enc.pk}:find", "Tight chest\nWhere: I want to die")
    # words kept with a private part that joined in at Feel toward
    hidden = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Hidden"}, private=True
    )
    joined = Encounter.objects.create(client=world.client, started_by=world.client_user)
    blended = {"part": str(hidden.pk), "name": "Hidden", "words": "Joined: I want to die"}
    joined.answers = json.dumps(
        {"feel_toward": {"chips": ["calm"]}, "blended": [{**blended, "stepped_back": True}]}
    )
    joined.save()
    _save(world, "parts.encounter", f"{joined.pk}:feel_toward", "Joined: I want to die")
    # a detail written while private, then cleared and shared
    other = part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Keeper", "burdens": "Burden: I want to die"},
    )
    part_service.set_privacy(part=other, private=False, private_fields=[], by=world.client_user)
    other.burdens = ""
    other.save()
    page = _event_page(http_as, world)
    assert "want to die" not in page and "Where:" not in page and "Burden:" not in page
    assert "Joined:" not in page
    assert page.count("The words are not shown") == 3
    assert checkin.FILLS["body_location"] == ("find", "where")  # the rule the test relies on


def test_a_comment_on_a_shared_part_is_quoted(world: World, http_as: Any) -> None:
    part = part_service.create_part(
        client=world.client, by=world.client_user, values={"name": "Shared"}
    )
    part_service.add_comment(part=part, by=world.client_user, text=WORDS)
    assert SafetyEvent.objects.filter(source_type="parts.comment").exists()
    page = _event_page(http_as, world)
    assert "<mark>everyone would be better off without me</mark>" in page
    assert reverse("parts:detail", args=[part.pk]) in page


def test_the_audit_row_names_the_quoted_writing_without_its_words(
    world: World, http_as: Any
) -> None:
    from selfled.audit.models import AuditEvent

    _note(world)
    _event_page(http_as, world)
    row = AuditEvent.objects.filter(action="insight.view").latest("seq")
    assert row.detail.startswith("quoted selfenergy.checkin:")
    assert "better off" not in row.detail


def test_excerpt_starts_at_the_question_or_sentence_rather_than_mid_way() -> None:
    question = (
        "What is The Wine-at-Six Numbing One afraid would happen if it stopped doing its job?"
    )
    text = (
        "Earlier answer here.\n" + question + " That the sadness takes over, I'd be better off dead"
    )
    start = text.index("better off dead")
    quoted = "".join(p for p, _ in excerpt(text, [(start, start + 15)], margin=120))
    assert quoted.startswith("…What is The Wine-at-Six")  # the whole question, not its tail
    # a sentence that begins within the margin is where the quote starts
    text = ("word " * 30) + "It was fine. Then I want to die tonight."
    start = text.index("I want to die")
    quoted = "".join(p for p, _ in excerpt(text, [(start, start + 13)], margin=40))
    assert quoted.startswith("…Then I want")


def test_excerpt_keeps_each_flagged_place_and_marks_what_was_left_out() -> None:
    text = "I want to die. " + ("filler words here " * 60) + "I have the pills ready."
    first, second = text.index("I want to die"), text.index("the pills")
    pieces = excerpt(text, [(first, first + 13), (second, second + 9), (5000, 6000)], margin=20)
    flagged = [piece for piece, marked in pieces if marked]
    assert flagged == ["I want to die", "the pills"]
    assert ("…", False) in pieces[1:-1]  # the long middle is left out
    assert sum(len(piece) for piece, _ in pieces) < 150
    long = "word " * 200
    assert excerpt(long, [], margin=20)[-1] == ("…", False)


def test_break_glass_reads_events_without_a_button_it_cannot_use(
    world: World, http_as: Any
) -> None:
    _note(world)
    grant_break_glass(world)
    url = reverse("insight:client_insight", args=[world.client.pk])
    page = http_as("colleague").get(url).content.decode()
    assert "a Self-energy note" in page and "Not yet seen by the care team." in page
    assert "Mark as seen" not in page
    assert "Mark as seen" in http_as("clinician").get(url).content.decode()


def test_emergency_access_reads_the_check_in_but_cannot_mark_or_answer(
    world: World, http_as: Any
) -> None:
    encounter = _answer(world)
    grant_break_glass(world)
    http = http_as("colleague")
    page = _event_page(http_as, world)  # the care team's view, for contrast
    assert "Mark as seen" in page
    events = http.get(reverse("insight:client_insight", args=[world.client.pk])).content.decode()
    assert "<mark>everyone would be better off without me</mark>" in events
    answers = reverse("parts:checkin_answers", args=[encounter.pk])
    assert answers in events and http.get(answers).status_code == 200
    assert http.get(reverse("parts:checkin_step", args=[encounter.pk])).status_code == 404
    home = http.get(reverse("care:clinician_home")).content.decode()
    caseload, _, emergency = home.partition("Emergency access (read-only")
    assert "Casey Client" not in caseload.split("<table>")[-1]  # not in their caseload
    assert "Casey Client" in emergency
    assert "the care team marks it as seen" in home and "Mark as seen</button>" not in home


def test_each_alert_on_the_clinicians_home_opens_at_its_own_event(
    world: World, http_as: Any
) -> None:
    _note(world)
    event = SafetyEvent.objects.get(client=world.client)
    http = http_as("clinician")
    home = http.get(reverse("care:clinician_home")).content.decode()
    assert f"{reverse('insight:client_insight', args=[world.client.pk])}#event-{event.pk}" in home
    page = http.get(reverse("insight:client_insight", args=[world.client.pk])).content.decode()
    assert f'id="event-{event.pk}"' in page


def test_a_parts_details_are_quoted_each_under_its_name(world: World, http_as: Any) -> None:
    from selfled.parts.services import parts as part_service

    part_service.create_part(
        client=world.client,
        by=world.client_user,
        values={"name": "Heavy", "body_location": "throat", "fears": WORDS},
    )
    page = _event_page(http_as, world)
    assert "Its name: Heavy" in page and "Where it is felt: throat" in page
    assert "Its fears: I keep thinking <mark>everyone would be better off without me</mark>" in page


def test_an_answer_under_a_label_that_is_not_a_question_gets_a_colon(
    world: World, http_as: Any
) -> None:
    _answer(world, step="feel_toward", key="words", text="honestly I wish I was dead")
    page = _event_page(http_as, world)
    assert "In your own words: honestly I wish" in page.replace("<mark>", "").replace("</mark>", "")
