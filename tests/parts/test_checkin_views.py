"""The guided check-in through HTTP: what is written, what is shown, and to whom."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from selfled.audit.models import AuditEvent
from selfled.parts.models import Encounter, Kind, Outcome, Part, ProtectorPermission, Status
from selfled.parts.services import checkin, relations
from selfled.parts.services import parts as service
from tests.conftest import World, grant_break_glass


def make(world: World, name: str, kind: str = Kind.MANAGER, **extra: Any) -> Part:
    return service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": kind, **extra}
    )


def step_url(enc: Encounter) -> str:
    return reverse("parts:checkin_step", args=[enc.pk])


def post(http: HttpClient, enc: Encounter, step: str, **data: Any) -> Any:
    return http.post(step_url(enc), {"step": step, **data})


def started_about(
    world: World, http: HttpClient, name: str, kind: str = Kind.MANAGER
) -> tuple[Part, Encounter]:
    """The client starts a check-in about a new part called `name`."""
    part = make(world, name, kind)
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    return part, Encounter.objects.get(part=part)


def new_check_in(http: HttpClient, last: str) -> Encounter:
    """A check-in about something new, answered up to and including the step `last`."""
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    walk_to(http, enc, last)
    return enc


def walk_to(http: HttpClient, enc: Encounter, last: str) -> None:
    """Answer every screen up to and including `last` with calm, simple answers."""
    steps = {
        "find": {"what": "A buzzing", "where": "My hands"},
        "focus": {"notice": "It slows down"},
        "flesh_out": {"age": "teenager", "name": "The Buzz"},
        "feel_toward": {"qualities": ["curious"]},
        "befriend": {"job": "Keeps me moving", "appreciation": "Thanks"},
    }
    for step, data in steps.items():
        assert post(http, enc, step, **data).status_code == 302
        if step == last:
            return


def test_client_walks_the_whole_flow(world: World, http_as: Any) -> None:
    http = http_as("client")
    make(world, "The Critic")
    page = http.get(reverse("parts:checkin"))
    assert b"Something new I notice" in page.content and b"The Critic" in page.content
    response = http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    assert response["Location"] == step_url(enc)
    assert enc.started_by == world.client_user and not enc.with_clinician
    page = http.get(step_url(enc))
    assert b"Step 1 of 6" in page.content and b"Need help now?" in page.content
    walk_to(http, enc, "befriend")
    enc.refresh_from_db()
    assert enc.step == "fear" and enc.self_energy is True
    assert b"Step 6 of 6" in http.get(step_url(enc)).content
    assert post(http, enc, "fear", fear="Falling behind").status_code == 302
    done = http.get(step_url(enc)).content.decode()
    assert "Here&#x27;s what you found" in done or "Here's what you found" in done
    assert "Falling behind" in done and "The Buzz" in done
    advance = re.search(r'<input type="checkbox" name="advance_status"[^>]*>', done)
    assert advance and "checked" not in advance.group(0)  # a judgement, not a default
    response = post(http, enc, "done", name="The Buzz", kind="firefighter", advance_status="on")
    assert response.status_code == 302
    enc.refresh_from_db()
    part = Part.objects.get(pk=enc.part_id)
    assert enc.outcome == Outcome.COMPLETED
    assert (part.name, part.kind, part.age) == ("The Buzz", Kind.FIREFIGHTER, "teenager")
    assert part.role == "Keeps me moving" and part.fears == "Falling behind"
    assert part.status == Status.BEFRIENDED
    saved = http.get(step_url(enc)).content.decode()
    assert "Saved" in saved and "Befriended" in saved and "Falling behind" in saved
    # Posting to an ended check-in changes nothing; what was typed is shown back to copy.
    late = post(http, enc, "find", what="again")
    assert late.status_code == 409 and b"had already ended in another window" in late.content
    enc.refresh_from_db()
    assert checkin.answers_of(enc)["find"]["what"] == "A buzzing"


def test_the_saved_page_says_when_something_was_noticed_in_the_answers(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    enc = new_check_in(http, "befriend")
    post(http, enc, "fear", fear="If it stopped I'd be back to drinking every night again")
    post(http, enc, "done", name="The Buzz", kind="firefighter")
    saved = http.get(step_url(enc)).content.decode()
    assert "SelfLed noticed something in what you wrote" in saved


def test_find_asks_for_words_only_about_something_new(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    new = Encounter.objects.get()
    response = post(http, new, "find", what="", where="")
    assert b"Write a few words about what you notice" in response.content
    http.post(reverse("parts:checkin"), {"part": str(make(world, "The Critic").pk)})
    known = Encounter.objects.exclude(pk=new.pk).get()

    assert "Optional. A feeling" in http.get(step_url(known)).content.decode()
    assert "Optional. A feeling" not in http.get(step_url(new)).content.decode()
    assert post(http, known, "find", what="", where="").status_code == 302  # left empty: fine

    known.refresh_from_db()
    assert known.step == "focus"


def test_errors_keep_what_was_typed_and_write_nothing(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    typed = "y" * 2001
    response = post(http, enc, "find", what=typed, where="my back")
    assert response.status_code == 200
    body = response.content.decode()
    assert "to 2,000 characters or fewer" in body and typed in body and "my back" in body
    enc.refresh_from_db()
    assert enc.step == "find" and checkin.answers_of(enc) == {}
    walk_to(http, enc, "flesh_out")
    response = post(http, enc, "feel_toward", words="hmm " * 700)
    assert b"to 2,000 characters or fewer" in response.content and b"hmm hmm" in response.content
    response = post(http, enc, "feel_toward")
    assert b"Choose a word, or say it in your own words" in response.content
    enc.refresh_from_db()
    assert enc.step == "feel_toward"


@pytest.mark.parametrize(
    ("ticked", "words", "next_step"),
    [
        ([], "annoyed", checkin.UNBLEND_NAME),
        ([], "Honestly I'm kind of scared of it", checkin.UNBLEND_NAME),
        ([], "not very curious, to be honest", checkin.UNBLEND_NAME),
        (["curious"], "but I'm terrified of it", checkin.UNBLEND_NAME),  # words always count
        (["curious"], "a warm feeling, really", "befriend"),
    ],
)
def test_feel_toward_words_are_read_for_any_other_reaction(
    world: World, http_as: Any, ticked: list[str], words: str, next_step: str
) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(make(world, "The Critic").pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")

    post(http, enc, "feel_toward", qualities=ticked, words=words)

    enc.refresh_from_db()
    assert enc.step == next_step and enc.self_energy is (next_step == "befriend")
    feel = checkin.answers_of(enc)["feel_toward"]
    assert feel["words"] == words  # kept as typed
    # what the words added is marked as read from them, not as chosen
    assert feel.get("from_words", []) == [c for c in feel["chips"] if c not in ticked]


def test_self_energy_is_never_concluded_from_words_alone(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(make(world, "The Critic").pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")

    response = post(http, enc, "feel_toward", words="curious, and a bit tender toward it")

    page = response.content.decode()
    assert "Your words sound like: curious, compassionate. That is ticked below now" in page
    assert "a bit tender toward it" in page  # kept for the person to go on from
    ticked = re.findall(r'<input type="checkbox" name="qualities" value="(\w+)"[^>]*checked', page)
    assert ticked == ["curious", "compassionate"]  # offered, for the person to confirm
    enc.refresh_from_db()
    assert enc.step == "feel_toward" and enc.self_energy is None
    post(http, enc, "feel_toward", qualities=ticked, words="curious, and a bit tender toward it")
    enc.refresh_from_db()
    assert enc.step == "befriend" and enc.self_energy is True


@pytest.mark.parametrize(
    "words", ["I wish I could be curious", "calm, but I want to kill myself tonight"]
)
def test_nothing_is_ticked_for_a_wish_or_beside_crisis_words(
    world: World, http_as: Any, words: str
) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(make(world, "The Critic").pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")

    page = post(http, enc, "feel_toward", words=words).content.decode()

    assert not re.findall(r'name="qualities" value="\w+"[^>]*checked', page)
    enc.refresh_from_db()
    assert enc.self_energy is not True


def test_a_reaction_in_ones_own_words_keeps_the_persons_word(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(make(world, "The Critic").pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")

    post(http, enc, "feel_toward", qualities=["curious"], words="but also furious with it")

    page = http.get(step_url(enc)).content.decode()
    assert "one that feels furious" in page and 'value="the furious part"' in page
    assert "feels annoyed" not in page


def test_unblending_and_back_through_http(world: World, http_as: Any) -> None:
    http = http_as("client")
    part = make(world, "The Critic")
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")
    post(http, enc, "feel_toward", qualities=["calm"], reactions=["annoyed"])
    page = http.get(step_url(enc)).content.decode()
    assert "another part is here — one that feels annoyed. That&#x27;s okay." in page or (
        "another part is here — one that feels annoyed. That's okay." in page
    )
    assert 'value="the annoyed part"' in page
    post(http, enc, checkin.UNBLEND_NAME, name="the annoyed part", existing="")
    assert Part.objects.count() == 2
    post(http, enc, checkin.UNBLEND_ASK, stepped_back="yes")
    enc.refresh_from_db()
    assert enc.step == "feel_toward" and enc.unblend_attempts == 0
    assert b"for making a little room" in http.get(step_url(enc)).content
    # An answer from a screen already left (another tab) is not applied; the page says so
    # and shows what was typed there, to copy.
    response = post(http, enc, "find", what="from an old tab")
    assert response.status_code == 409
    assert b"already moved on" in response.content and b"from an old tab" in response.content
    assert checkin.answers_of(Encounter.objects.get())["find"]["what"] == "A buzzing"
    # with nothing typed, it only says so
    empty = post(http, enc, "find")
    assert empty.status_code == 302 and b"already moved on" in http.get(step_url(enc)).content
    # Back keeps what was answered and shows it again.
    response = http.post(reverse("parts:checkin_back", args=[enc.pk]), {"step": "feel_toward"})
    assert response.status_code == 302
    enc.refresh_from_db()
    assert enc.step == "flesh_out"
    assert b"teenager" in http.get(step_url(enc)).content


def test_clinician_in_session_marks_with_clinician(world: World, http_as: Any) -> None:
    make(world, "The Critic")
    secret = make(world, "Secret one")
    service.set_privacy(part=secret, private=True, private_fields=[], by=world.client_user)
    http = http_as("clinician")
    url = reverse("parts:checkin_in_session", args=[world.client.pk])
    page = http.get(url)
    assert b"The Critic" in page.content and b"Secret one" not in page.content
    response = http.post(url, {"part": str(secret.pk)})  # not offered, so refused
    assert response.status_code == 200 and not Encounter.objects.exists()
    critic = Part.objects.exclude(pk=secret.pk).get()
    http.post(url, {"part": str(critic.pk)})
    enc = Encounter.objects.get()
    assert enc.with_clinician and enc.started_by == world.clinician and enc.part == critic
    post(http, enc, "find", what="Tightness")
    enc.refresh_from_db()
    assert checkin.answers_of(enc)["find"]["what"] == "Tightness"
    # The client sees it too, and that it is a session check-in.
    assert b"In session with your clinician" in http_as("client").get(step_url(enc)).content
    # the clinician's own screens speak of the client, and say which step this is
    mine = http.get(step_url(enc)).content.decode()
    assert f'In session with <a href="{reverse("care:client", args=[world.client.pk])}">' in mine
    assert "<title>Check-in, step 2 of 6: Focus · SelfLed</title>" in mine
    assert "Ask Casey Client each question and record their answers" in mine
    assert b"record their answers" not in http_as("client").get(step_url(enc)).content
    assert "Something new the client notices" in http.get(url).content.decode()


def client_encounter(world: World) -> Encounter:
    return checkin.start_checkin(client=world.client, by=world.client_user, part=None)


@pytest.mark.parametrize(
    "persona", ["colleague", "other_practice_clinician", "other_client", "admin"]
)
def test_out_of_scope_is_404_and_nothing_is_written(
    world: World, http_as: Any, persona: str
) -> None:
    enc = client_encounter(world)
    http = http_as(persona)
    before = AuditEvent.objects.exclude(action="access.not_found").count()
    assert http.get(step_url(enc)).status_code == 404
    assert post(http, enc, "find", what="sneaky").status_code == 404
    back = http.post(reverse("parts:checkin_back", args=[enc.pk]), {"step": "focus"})
    assert back.status_code == 404
    start = reverse("parts:checkin_in_session", args=[world.client.pk])
    assert http.post(start, {"part": "new"}).status_code == 404
    enc.refresh_from_db()
    assert enc.step == "find" and checkin.answers_of(enc) == {}
    assert Encounter.objects.count() == 1 and not Part.objects.exists()
    assert AuditEvent.objects.exclude(action="access.not_found").count() == before


def test_break_glass_reader_cannot_open_a_checkin(world: World, http_as: Any) -> None:
    enc = client_encounter(world)
    grant_break_glass(world)
    http = http_as("colleague")
    assert http.get(reverse("care:client", args=[world.client.pk])).status_code == 200
    assert http.get(step_url(enc)).status_code == 404
    assert post(http, enc, "find", what="x").status_code == 404


def test_care_team_cannot_open_a_checkin_about_a_private_part(world: World, http_as: Any) -> None:
    secret = make(world, "Secret one")
    service.set_privacy(part=secret, private=True, private_fields=[], by=world.client_user)
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=secret)
    assert http_as("clinician").get(step_url(enc)).status_code == 404
    assert http_as("client").get(step_url(enc)).status_code == 200


def test_html_in_an_answer_is_shown_as_text(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    attack = "<script>alert(1)</script><b>bold</b>"
    post(http, enc, "find", what=attack)
    post(http, enc, "focus", notice="It slows down")
    post(http, enc, "flesh_out", age="teenager", name="The Buzz")
    post(http, enc, "feel_toward", qualities=["curious"])
    post(http, enc, "befriend", job="Keeps me moving")
    post(http, enc, "fear", fear="<img src=x onerror=alert(2)>")
    body = http.get(step_url(enc)).content.decode()
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in body
    assert "&lt;img src=x onerror=alert(2)&gt;" in body


def test_exile_without_permission_explains_the_redirect(world: World, http_as: Any) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "The Planner")
    relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
    enc = Encounter.objects.get()
    assert enc.part == guard
    page = http.get(step_url(enc)).content.decode()
    assert "Little One is protected by The Planner, who hasn" in page
    assert "get to know The Planner first" in page
    walk_to(http, enc, "befriend")
    fear_page = http.get(step_url(enc)).content.decode()
    assert "let you get to know Little One?" in fear_page
    assert (
        "The Planner looks after Little One. We only get to know a part like that once every "
        "part protecting it is okay with it." in fear_page
    )
    post(http, enc, "fear", fear="", **{f"permission_{exile.pk}": "not_yet"})
    permission = ProtectorPermission.objects.get()
    assert permission.granted is False and permission.source == "check-in"
    # the protector's timeline names the exile (for whoever may see it) and who recorded it
    guard_page = http.get(reverse("parts:detail", args=[guard.pk])).content.decode()
    assert "Asked about getting to know “Little One”: not ready yet</strong> · " in guard_page
    service.set_privacy(part=exile, private=True, private_fields=[], by=world.client_user)
    team = http_as("clinician").get(reverse("parts:detail", args=[guard.pk])).content.decode()
    assert "Asked about getting to know an exile: not ready yet" in team
    assert "Little One" not in team


def test_an_exile_with_two_protectors_names_both_and_shows_the_way_on(
    world: World, http_as: Any
) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    rager = make(world, "The Rager", Kind.FIREFIGHTER)
    watcher = make(world, "Watcher")
    for guard in (rager, watcher):
        relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    http = http_as("client")

    def check_in_and_say_yes() -> Encounter:
        http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
        enc = Encounter.objects.filter(outcome=Outcome.IN_PROGRESS).get()
        post(http, enc, "find", what="")
        post(http, enc, "focus", notice="")
        post(http, enc, "flesh_out")
        walk_to_done_with_yes(http, enc, exile)
        post(http, enc, "done")
        enc.refresh_from_db()
        assert enc.outcome == Outcome.COMPLETED
        return enc

    http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
    first = Encounter.objects.get()
    assert first.part == rager  # the protector known first
    page = http.get(step_url(first)).content.decode()
    assert "Little One is protected by The Rager and Watcher, who haven" in page
    first.delete()

    enc = check_in_and_say_yes()
    saved = http.get(step_url(enc)).content.decode()
    assert "Little One is still waiting for Watcher to say it" in saved
    assert f'name="part" value="{watcher.pk}"' in saved and "Check in with Watcher" in saved

    # the button starts a check-in with Watcher itself; its yes still leads on to Little One
    http.post(reverse("parts:checkin"), {"part": str(watcher.pk)})
    enc = Encounter.objects.filter(outcome=Outcome.IN_PROGRESS).get()
    assert enc.part == watcher
    post(http, enc, "find", what="")
    post(http, enc, "focus", notice="")
    post(http, enc, "flesh_out")
    walk_to_done_with_yes(http, enc, exile)
    post(http, enc, "done")
    saved = http.get(step_url(enc)).content.decode()
    assert "Every part protecting Little One has now said it" in saved
    assert f'name="part" value="{exile.pk}"' in saved
    # and that button leads to Little One itself
    http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
    assert Encounter.objects.filter(outcome=Outcome.IN_PROGRESS).get().part == exile


def guarded_exile_checkin(world: World, http_as: Any) -> tuple[Part, Part, HttpClient, Encounter]:
    """An exile with one protector, and the client's check-in with the protector walked up to
    Feel toward."""
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "Watcher")
    relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(guard.pk)})
    enc = Encounter.objects.filter(outcome=Outcome.IN_PROGRESS).get()
    post(http, enc, "find", what="")
    post(http, enc, "focus", notice="")
    post(http, enc, "flesh_out")
    return exile, guard, http, enc


def test_a_check_in_with_crisis_language_ends_pointing_to_help_not_onward_to_the_exile(
    world: World, http_as: Any
) -> None:
    from selfled.insight.models import SafetyEvent

    exile, guard, http, enc = guarded_exile_checkin(world, http_as)
    post(http, enc, "feel_toward", qualities=["calm"])
    post(http, enc, "befriend", job="watching")
    fear = (
        "If it stops, everything falls apart and I'd be overwhelmed. Honestly I have been "
        "thinking I would be better off dead."
    )
    post(http, enc, "fear", fear=fear, **{f"permission_{exile.pk}": "yes"})
    done = http.get(step_url(enc)).content.decode()
    assert "is not copied into Watcher" in done and reverse("core:crisis") in done
    post(http, enc, "done", copy_details="on")
    enc.refresh_from_db()
    assert enc.outcome == Outcome.COMPLETED
    assert SafetyEvent.objects.filter(client=world.client).exists()
    guard.refresh_from_db()
    assert guard.fears == ""  # the answer stays with the check-in, not in the part's details

    saved = http.get(step_url(enc)).content.decode()
    assert "sounded very heavy" in saved and reverse("core:crisis") in saved
    assert "has now said it" not in saved and f'name="part" value="{exile.pk}"' not in saved
    assert "with your clinician" in saved
    # no suggestion card quotes the sentence with crisis language (the crisis path answered it)
    assert "better off dead" not in http.get(reverse("insight:suggestions")).content.decode()


def test_a_protector_that_said_yes_can_be_marked_as_having_given_permission(
    world: World, http_as: Any
) -> None:
    exile, guard, http, enc = guarded_exile_checkin(world, http_as)
    walk_to_done_with_yes(http, enc, exile)
    done = http.get(step_url(enc)).content.decode()
    assert "Gave permission" in done  # what the check-in offers to mark it as
    post(http, enc, "done", advance_status="on")

    guard.refresh_from_db()
    assert guard.status == "gave_permission"
    assert "Marked as “Gave permission”" in http.get(step_url(enc)).content.decode()


def walk_to_done_with_yes(http: HttpClient, enc: Encounter, exile: Part) -> None:
    post(http, enc, "feel_toward", qualities=["calm"])
    post(http, enc, "befriend", job="watching")
    post(http, enc, "fear", fear="", **{f"permission_{exile.pk}": "yes"})
    enc.refresh_from_db()
    assert enc.step == checkin.DONE, checkin.answers_of(enc)


def stepped_page_queries(http: HttpClient, enc: Encounter) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = http.get(step_url(enc))
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_step_pages_use_a_constant_number_of_queries(world: World, http_as: Any) -> None:
    """The unblending page lists known parts and the done page every blended part: 1 and 3."""
    http = http_as("client")
    counts: dict[str, list[int]] = {"unblend": [], "done": []}
    for size in (1, 3):
        Encounter.objects.all().delete()
        Part.objects.all().delete()
        part = make(world, "The Critic")
        for i in range(size):
            make(world, f"Known {i}")
        enc = checkin.start_checkin(client=world.client, by=world.client_user, part=part)
        walk_to(http, enc, "flesh_out")
        for i in range(size):
            post(http, enc, "feel_toward", reactions=["numb"])
            if i == size - 1:
                counts["unblend"].append(stepped_page_queries(http, enc))
            post(http, enc, checkin.UNBLEND_NAME, name=f"blended {i}")
            post(http, enc, checkin.UNBLEND_ASK, stepped_back="yes")
        walk_to_done(http, enc)
        assert len(checkin.answers_of(enc)["blended"]) == size
        counts["done"].append(stepped_page_queries(http, enc))
    assert counts["unblend"][0] == counts["unblend"][1], counts
    assert counts["done"][0] == counts["done"][1], counts


def walk_to_done(http: HttpClient, enc: Encounter) -> None:
    post(http, enc, "feel_toward", qualities=["calm"])
    post(http, enc, "befriend", job="watching")
    post(http, enc, "fear", fear="being caught out")
    enc.refresh_from_db()  # the caller's instance sees the answers too
    assert enc.step == checkin.DONE


def test_start_page_uses_a_constant_number_of_queries(world: World, http_as: Any) -> None:
    http = http_as("client")
    counts = []
    for size in (1, 3):
        Encounter.objects.all().delete()
        Part.objects.all().delete()
        for i in range(size):
            part = make(world, f"Part {i}")
            checkin.start_checkin(client=world.client, by=world.client_user, part=part)
        with CaptureQueriesContext(connection) as queries:
            response = http.get(reverse("parts:checkin"))
        # its button, its choice, and the label of "End it"
        assert response.content.count(b"Part 2") == (3 if size == 3 else 0)
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]


def test_crisis_words_in_a_check_in_answer_show_help_at_once(world: World, http_as: Any) -> None:
    from selfled.insight.models import SafetyEvent, TextInsight

    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    response = post(
        http,
        enc,
        "find",
        what="I keep thinking everyone would be better off without me",
        where="chest",
    )
    assert response["Location"].split("?")[0] == reverse("core:crisis")
    assert "back=%2Fparts%2Fcheck-in%2F" in response["Location"]  # back to the check-in
    assert SafetyEvent.objects.filter(client=world.client, source_type="parts.encounter").exists()
    enc.refresh_from_db()
    assert enc.step == "focus"  # the answer was saved; the check-in can go on afterwards
    assert TextInsight.objects.get().source_id == f"{enc.pk}:find"


def test_clinician_answers_in_session_are_not_analyzed(world: World, http_as: Any) -> None:
    from selfled.insight.models import TextInsight

    http = http_as("clinician")
    http.post(reverse("parts:checkin_in_session", args=[world.client.pk]), {"part": "new"})
    enc = Encounter.objects.get()
    post(http, enc, "find", what="better off without me, they said", where="chest")
    assert not TextInsight.objects.exists()


def test_feel_toward_is_asked_afresh_after_unblending(world: World, http_as: Any) -> None:
    """The reaction that was asked to step back is no longer ticked, so Continue with a Self
    quality goes on to beFriend instead of round the unblending loop again."""
    http = http_as("client")
    part = make(world, "The Critic")
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")
    post(http, enc, "feel_toward", qualities=["calm"], reactions=["annoyed"], words="tense")
    post(http, enc, checkin.UNBLEND_NAME, name="the annoyed part", existing="")
    post(http, enc, checkin.UNBLEND_ASK, stepped_back="no")
    page = http.get(step_url(enc)).content.decode()
    assert re.search(r'value="calm"[^>]*checked', page)
    assert 'value="annoyed"' in page and not re.search(r'value="annoyed"[^>]*checked', page)
    answers = checkin.answers_of(Encounter.objects.get())
    # the words written with the reaction stay with the part that reacted, not in the box
    assert answers["feel_toward"]["chips"] == ["calm"] and "words" not in answers["feel_toward"]
    assert answers["blended"][0]["words"] == "tense"
    assert ">tense</textarea>" not in page
    post(http, enc, "feel_toward", qualities=["calm", "curious"], words="softer now")
    enc.refresh_from_db()
    assert enc.step == "befriend" and enc.self_energy
    answers = checkin.answers_of(enc)
    assert len(answers["blended"]) == 1 and answers["feel_toward"]["words"] == "softer now"


def test_back_keeps_what_was_typed_on_the_screen_left(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    walk_to(http, enc, "find")
    response = http.post(
        reverse("parts:checkin_back", args=[enc.pk]),
        {"step": "focus", "notice": "It softens when I breathe"},
    )
    assert response.status_code == 302
    enc.refresh_from_db()
    assert enc.step == "find"
    assert checkin.answers_of(enc)["focus"]["notice"] == "It softens when I breathe"
    post(http, enc, "find", what="A buzzing", where="My hands")
    assert b"It softens when I breathe" in http.get(step_url(enc)).content


def test_back_and_stop_keep_the_words_ticked_at_feel_toward(world: World, http_as: Any) -> None:
    http = http_as("client")
    enc = new_check_in(http, "flesh_out")
    back = http.post(
        reverse("parts:checkin_back", args=[enc.pk]),
        {"step": "feel_toward", "qualities": ["curious", "calm"], "reactions": "annoyed"},
    )
    assert back.status_code == 302
    enc.refresh_from_db()
    assert enc.step == "flesh_out"
    assert checkin.answers_of(enc)["feel_toward"]["chips"] == ["curious", "calm", "annoyed"]
    post(http, enc, "flesh_out", age="teenager", name="The Buzz")
    page = http.get(step_url(enc)).content.decode()
    assert re.search(r'value="curious"[^>]*checked', page)
    assert re.search(r'value="annoyed"[^>]*checked', page)
    assert not re.search(r'value="patient"[^>]*checked', page)
    # unticking everything and stopping keeps that too, and a word not offered is dropped
    stop = http.post(
        reverse("parts:checkin_stop", args=[enc.pk]),
        {"step": "feel_toward", "qualities": "<b>brave</b>", "words": "softer now"},
    )
    assert stop.status_code == 302
    given = checkin.answers_of(Encounter.objects.get(pk=enc.pk))["feel_toward"]
    assert given["chips"] == [] and given["words"] == "softer now"


def test_a_tick_left_on_another_screen_is_not_taken_as_feel_toward(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    enc = new_check_in(http, "find")
    http.post(
        reverse("parts:checkin_back", args=[enc.pk]),
        {"step": "focus", "notice": "quiet", "qualities": "curious"},
    )
    assert "feel_toward" not in checkin.answers_of(Encounter.objects.get(pk=enc.pk))


def test_back_keeps_an_over_long_name_whole_and_the_step_then_says_so(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    enc = new_check_in(http, "focus")
    long_name = "The one who keeps everything organised so that nothing falls apart ever"
    assert len(long_name) > 60
    http.post(
        reverse("parts:checkin_back", args=[enc.pk]), {"step": "flesh_out", "name": long_name}
    )
    assert checkin.answers_of(Encounter.objects.get())["flesh_out"]["name"] == long_name
    post(http, enc, "focus", notice="It slows down")
    page = post(http, enc, "flesh_out", name=long_name).content.decode()
    assert "Please keep this to 60 characters or fewer" in page and long_name in page


def test_a_check_in_never_suggests_linking_the_writing_to_its_own_part(
    world: World, http_as: Any
) -> None:
    from selfled.insight.models import Suggestion

    http = http_as("client")
    rager = make(world, "The Rager", Kind.FIREFIGHTER)
    critic = make(world, "The Critic")
    http.post(reverse("parts:checkin"), {"part": str(rager.pk)})
    enc = Encounter.objects.get()
    post(http, enc, "find", what="The Rager flared up, and The Critic joined in", where="jaw")
    linked = {s.matched_part_id for s in Suggestion.objects.filter(label="parts")}
    assert critic.pk in linked and rager.pk not in linked


def test_the_answers_page_shows_answers_and_never_moves_the_check_in(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    part, enc = started_about(world, http, "The Critic")
    post(http, enc, "find", what="A weight on my shoulders", where="shoulders")
    enc.refresh_from_db()
    step = enc.step
    url = reverse("parts:checkin_answers", args=[enc.pk])
    for persona in ("client", "clinician"):
        page = http_as(persona).get(url).content.decode()
        assert "A weight on my shoulders" in page and "not finished yet" in page
        assert ("Continue this check-in" in page) == (persona == "client")
        assert 'name="step"' not in page  # nothing to answer here
    enc.refresh_from_db()
    assert enc.step == step
    assert AuditEvent.objects.filter(action="checkin.view").count() >= 2
    # the part's timeline links a finished check-in to its answers
    Encounter.objects.filter(pk=enc.pk).update(
        outcome=Outcome.COMPLETED, completed_at=timezone.now()
    )
    detail = http_as("clinician").get(reverse("parts:detail", args=[part.pk])).content.decode()
    assert f'href="{url}"' in detail
    assert f'">Check-in</a></strong> · {world.client_user}' in detail  # who held it
    service.set_privacy(
        part=part, private=False, private_fields=["body_location"], by=world.client_user
    )
    page = http_as("clinician").get(url).content.decode()
    assert "A weight on my shoulders" in page and ">shoulders<" not in page  # private detail


def _reaction_named_twice(http: Any, enc: Encounter, name: str, *, stepped_back: str) -> None:
    """From Flesh out: the same reaction joins in twice, is given the same name each time and
    answers `stepped_back` when asked to step back."""
    walk_to(http, enc, "flesh_out")
    for _ in range(2):
        post(http, enc, "feel_toward", reactions=["annoyed"])
        post(http, enc, checkin.UNBLEND_NAME, name=name, existing="")
        post(http, enc, checkin.UNBLEND_ASK, stepped_back=stepped_back)


def test_naming_a_part_that_joined_in_twice_meets_the_same_part_again(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    _, enc = started_about(world, http, "The Critic")
    _reaction_named_twice(http, enc, "Tired Guard", stepped_back="yes")
    assert Part.objects.filter(client=world.client).count() == 2  # The Critic and Tired Guard
    blended = checkin.answers_of(Encounter.objects.get())["blended"]
    assert len(blended) == 2 and blended[0]["part"] == blended[1]["part"]


def test_check_ins_to_continue_say_where_each_one_is(world: World, http_as: Any) -> None:
    http = http_as("client")
    _, enc = started_about(world, http, "The Critic")
    post(http, enc, "find", what="A weight", where="shoulders")
    page = http.get(reverse("parts:checkin")).content.decode()
    assert "The Critic · started" in page and "· at Focus" in page


def test_a_check_in_about_something_new_is_told_apart_by_its_first_words(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    for what in ("A tight band around my chest", "Buzzing in my hands all afternoon long today"):
        http.post(reverse("parts:checkin"), {"part": "new"})
        enc = Encounter.objects.order_by("-created_at").first()
        assert enc is not None
        post(http, enc, "find", what=what, where="body")
    page = http.get(reverse("parts:checkin")).content.decode()
    assert "Something new (“A tight band around my chest”)" in page
    assert "Something new (“Buzzing in my hands all afternoon long…”)" in page


def test_each_answer_box_states_its_own_limit(world: World, http_as: Any) -> None:
    http = http_as("client")
    enc = new_check_in(http, "focus")
    page = http.get(step_url(enc)).content.decode()  # flesh out: image, age, ..., a name
    assert "Up to 2,000 characters." in page
    name_box = page[page.index('name="name"') - 600 :]
    assert "You can change it later. Up to 60 characters." in page
    assert "maxlength" not in name_box[:700]


def test_stop_here_ends_the_check_in_and_keeps_what_was_typed(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    assert b"Stop here" in http.get(step_url(enc)).content
    post(http, enc, "find", what="A buzzing", where="hands")
    response = http.post(
        reverse("parts:checkin_stop", args=[enc.pk]), {"step": "focus", "notice": "It is warm"}
    )
    assert response.status_code == 302
    enc.refresh_from_db()
    assert enc.outcome == "paused" and enc.completed_at is not None
    answers = checkin.answers_of(enc)
    assert answers["paused_because"] == "stopped"
    assert answers["find"]["what"] == "A buzzing" and answers["focus"]["notice"] == "It is warm"
    page = http.get(step_url(enc)).content.decode()
    assert "You stopped here, and that's fine" in page
    assert AuditEvent.objects.filter(action="checkin.stop").exists()
    # nothing more can be answered in it
    post(http, enc, "focus", notice="later")
    assert checkin.answers_of(Encounter.objects.get(pk=enc.pk))["focus"]["notice"] == "It is warm"


def test_starting_again_about_the_same_part_says_it_carries_on(world: World, http_as: Any) -> None:
    http = http_as("client")
    part, enc = started_about(world, http, "Sentry")
    first = http.get(step_url(enc)).content.decode()
    assert "carries on from where it stopped" not in first  # a new one says nothing
    page = http.post(reverse("parts:checkin"), {"part": str(part.pk)}, follow=True)
    assert Encounter.objects.filter(part=part).count() == 1
    assert "You already had a check-in with “Sentry” going" in page.content.decode()


def test_unfinished_check_ins_can_be_put_away_from_the_list(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    start = http.get(reverse("parts:checkin")).content.decode()
    assert "Pick up where you left off" in start and "End the check-in with Sentry" in start
    response = http.post(
        reverse("parts:checkin_stop", args=[enc.pk]), {"step": enc.step, "from": "list"}
    )
    assert response["Location"] == reverse("parts:checkin")
    start = http.get(reverse("parts:checkin")).content.decode()
    assert "Pick up where you left off" not in start and "That check-in has ended" in start


def test_stopping_with_crisis_words_shows_help_at_once(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    response = http.post(
        reverse("parts:checkin_stop", args=[enc.pk]),
        {"step": "find", "what": "I want to kill myself tonight"},
    )
    assert response["Location"].startswith(reverse("core:crisis"))
    assert checkin.answers_of(Encounter.objects.get(pk=enc.pk))["find"]["what"].startswith("I want")


def test_stopping_while_a_new_name_is_half_typed_keeps_it_as_text_only(
    world: World, http_as: Any
) -> None:
    """A name typed but not continued is kept with the check-in, names no part, and an
    over-long one is not a crash."""
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    walk_to(http, enc, "focus")
    long_name = "x" * 80
    response = http.post(
        reverse("parts:checkin_stop", args=[enc.pk]), {"step": "flesh_out", "name": long_name}
    )
    assert response.status_code == 302
    enc.refresh_from_db()
    assert enc.outcome == "paused" and enc.part is None and not Part.objects.exists()
    assert checkin.answers_of(enc)["flesh_out"]["name"] == long_name


def test_the_summary_screen_offers_save_not_stop(world: World, http_as: Any) -> None:
    http = http_as("client")
    enc = new_check_in(http, "befriend")
    post(http, enc, "fear", fear="being caught out")
    enc.refresh_from_db()
    assert enc.step == "done"
    page = http.get(step_url(enc)).content.decode()
    assert "Stop here" not in page


def test_the_client_is_told_when_the_clinician_stopped_a_session_check_in(
    world: World, http_as: Any
) -> None:
    critic = make(world, "The Critic")
    clinician = http_as("clinician")
    clinician.post(
        reverse("parts:checkin_in_session", args=[world.client.pk]), {"part": str(critic.pk)}
    )
    enc = Encounter.objects.get()
    clinician.post(reverse("parts:checkin_stop", args=[enc.pk]), {"step": "find"})
    page = http_as("client").get(step_url(enc)).content.decode()
    assert "Your clinician stopped this check-in here." in page


def test_a_session_check_in_is_picked_up_in_session_not_from_the_clients_list(
    world: World, http_as: Any
) -> None:
    critic = make(world, "The Critic")
    clinician = http_as("clinician")
    start_url = reverse("parts:checkin_in_session", args=[world.client.pk])
    assert "Which part will the client check in with?" in clinician.get(start_url).content.decode()
    clinician.post(start_url, {"part": str(critic.pk)})
    enc = Encounter.objects.get()
    assert "Pick up where you left off" in clinician.get(start_url).content.decode()
    mine = http_as("client").get(reverse("parts:checkin")).content.decode()
    assert "Pick up where you left off" not in mine
    answers = clinician.get(reverse("parts:checkin_answers", args=[enc.pk])).content.decode()
    assert "Casey Client&#x27;s check-in" in answers or "Casey Client's check-in" in answers
    assert "“you” below means Casey Client" in answers


def test_a_stopped_check_in_shows_no_step_counter(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    http.post(reverse("parts:checkin_stop", args=[enc.pk]), {"step": "find"})
    page = http.get(step_url(enc)).content.decode()
    assert "Let's stop here for now" in page and "Step 1 of 6" not in page


def test_a_reaction_that_comes_back_is_greeted_as_the_same_part(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    walk_to(http, enc, "flesh_out")
    post(http, enc, "feel_toward", reactions=["annoyed"])
    post(http, enc, checkin.UNBLEND_NAME, name="the annoyed part", existing="")
    post(http, enc, checkin.UNBLEND_ASK, stepped_back="no")
    post(http, enc, "feel_toward", reactions=["annoyed"])
    page = http.get(step_url(enc)).content.decode()
    assert "It sounds like the annoyed part is here again." in page
    # one answer is chosen for them: the part met before, with the name box left empty
    assert re.search(r'<input[^>]*name="name"(?![^>]*value=)[^>]*>', page)
    # a new name typed while the known part stays chosen is not dropped without a word
    names = lambda: {p.name: p for p in Part.objects.filter(client=world.client)}  # noqa: E731
    annoyed = names()["the annoyed part"]
    answer = post(http, enc, checkin.UNBLEND_NAME, name="The Eye-Roller", existing=str(annoyed.pk))
    shown = answer.content.decode()
    assert answer.status_code == 200 and "You gave a new name and also chose" in shown
    assert 'value="The Eye-Roller"' in shown  # kept to decide
    assert "The Eye-Roller" not in names()
    # the chosen part's own name typed in the box is the same answer, not a conflict
    post(http, enc, checkin.UNBLEND_NAME, name="The Annoyed Part", existing=str(annoyed.pk))
    enc.refresh_from_db()
    assert enc.step == checkin.UNBLEND_ASK


def test_the_clients_home_points_to_unfinished_check_ins(world: World, http_as: Any) -> None:
    http = http_as("client")
    assert b"unfinished check-in" not in http.get(reverse("care:client_home")).content
    started_about(world, http, "Sentry")
    home = http.get(reverse("care:client_home")).content.decode()
    assert "You have 1 unfinished check-in." in home
    assert f'href="{reverse("parts:checkin")}">Pick up where you left off' in home


def test_a_check_in_that_found_an_exiles_guard_shows_the_way_on(world: World, http_as: Any) -> None:
    """No protector known: the check-in notices who guards the exile; once saved, that part
    protects it and is the one to ask next (never a heading with nothing under it)."""
    exile = make(world, "Little One", Kind.EXILE)
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
    enc = Encounter.objects.get()
    assert enc.part is None
    walk_to(http, enc, "befriend")
    post(http, enc, "fear", fear="being seen")
    post(http, enc, "done", name="The Guard", kind="manager")
    saved = http.get(step_url(enc)).content.decode()
    assert "Toward Little One" in saved
    assert "Little One is still waiting for The Guard to say it" in saved


def _exile_check_in_at_befriend(world: World, http_as: Any) -> tuple[Part, Any, Encounter]:
    """The client checks in with an exile whose one protector said yes, up to beFriend."""
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "The Planner")
    relations.relate(source=guard, target=exile, kind="protects", by=world.client_user)
    relations.record_permission(
        protector=guard, exile=exile, granted=True, by=world.client_user, source="test"
    )
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": str(exile.pk)})
    enc = Encounter.objects.get()
    post(http, enc, "find", what="", where="chest")
    post(http, enc, "focus", notice="")
    post(http, enc, "flesh_out", age="six")
    post(http, enc, "feel_toward", qualities=["compassionate"])
    return exile, http, enc


def test_with_an_exile_the_check_in_asks_what_it_carries_not_its_job(
    world: World, http_as: Any
) -> None:
    exile, http, enc = _exile_check_in_at_befriend(world, http_as)
    assert enc.part == exile  # every protector said yes
    page = http.get(step_url(enc)).content.decode()
    assert "What is Little One carrying?" in page and "What does it do for you?" not in page
    post(http, enc, "befriend", job="that I'm too much", trying="to be held")
    page = http.get(step_url(enc)).content.decode()
    assert "What is Little One afraid of?" in page and "stopped doing its job" not in page
    post(http, enc, "fear", fear="being left alone")
    done = http.get(step_url(enc)).content.decode()
    assert "What it carries" in done or "what it carries" in done
    post(http, enc, "done", copy_details="on")
    exile.refresh_from_db()
    assert exile.burdens == "that I'm too much" and exile.fears == "being left alone"
    assert exile.role == "" and exile.positive_intent == ""  # not a protector's job


def test_the_list_to_continue_says_where_each_is_and_whose_it_is(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    done = new_check_in(http, "befriend")
    post(http, done, "fear", fear="falling behind")  # now on the summary, not yet saved
    http.post(reverse("parts:checkin"), {"part": "new"})
    hard = Encounter.objects.exclude(pk=done.pk).get()
    post(http, hard, "find", what="I want to die tonight")
    start = http.get(reverse("parts:checkin")).content.decode()
    assert "· at what you found</a>" in start
    assert "want to die" not in start  # crisis words are not put on a button
    # the client's own check-ins are theirs: the in-session list shows in-session ones only
    team = (
        http_as("clinician")
        .get(reverse("parts:checkin_in_session", args=[world.client.pk]))
        .content.decode()
    )
    assert reverse("parts:checkin_step", args=[done.pk]) not in team


def test_words_typed_in_a_window_that_fell_behind_are_shown_back_and_read(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    enc = new_check_in(http, "find")  # this window is now on Focus
    stale = post(http, enc, "find", what="A heaviness that says I'd be better off dead")
    assert stale.status_code == 409
    page = stale.content.decode()
    assert "This check-in had already moved on in another window" in page
    assert "A heaviness that says I&#x27;d be better off dead" in page  # to copy, not lost
    assert "If you need help right now" in page  # and read for crisis language at once
    enc.refresh_from_db()
    assert enc.step == "focus"
    assert checkin.answers_of(enc)["find"]["what"] == "A buzzing"  # nothing overwritten
    from selfled.insight.models import SafetyEvent

    assert SafetyEvent.objects.filter(client=world.client).exists()


def test_a_screen_never_judges_words_typed_for_another(world: World, http_as: Any) -> None:
    http = http_as("client")
    part = make(world, "The Critic")
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")
    post(http, enc, "feel_toward", reactions=["annoyed"])
    post(http, enc, checkin.UNBLEND_NAME, name="the annoyed part", existing="")
    enc.refresh_from_db()
    assert enc.step == checkin.UNBLEND_ASK  # a screen whose one question must be answered
    stale = post(http, enc, "feel_toward", words="soft toward it now")
    assert stale.status_code == 409
    page = stale.content.decode()
    assert "soft toward it now" in page and "Choose one" not in page
    enc.refresh_from_db()
    assert enc.step == checkin.UNBLEND_ASK


def test_a_second_tap_on_continue_is_not_taken_for_lost_words(world: World, http_as: Any) -> None:
    http = http_as("client")
    http.post(reverse("parts:checkin"), {"part": "new"})
    enc = Encounter.objects.get()
    assert post(http, enc, "find", what="A buzzing", where="hands").status_code == 302
    again = post(http, enc, "find", what="A buzzing", where="hands")  # the same form again
    assert again.status_code == 302  # not the 409 page that shows words typed elsewhere
    page = http.get(step_url(enc)).content.decode()
    assert "had already moved on, so here is where it is now" in page


def test_words_sent_to_a_check_in_ended_elsewhere_are_shown_and_read(
    world: World, http_as: Any
) -> None:
    from selfled.insight.models import SafetyEvent

    http = http_as("client")
    enc = new_check_in(http, "find")
    http.post(reverse("parts:checkin_stop", args=[enc.pk]), {"step": "focus"})  # window A
    late = post(http, enc, "focus", notice="honestly they'd all be better off without me")
    assert late.status_code == 409
    page = late.content.decode()
    assert "had already ended in another window" in page
    assert "better off without me" in page and "If you need help right now" in page
    assert SafetyEvent.objects.filter(client=world.client).count() == 1
    assert AuditEvent.objects.filter(action="checkin.view").exists()  # the page is a read


def test_a_name_typed_on_a_screen_already_left_is_shown_back(world: World, http_as: Any) -> None:
    http = http_as("client")
    part = make(world, "The Critic")
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    enc = Encounter.objects.get()
    walk_to(http, enc, "flesh_out")
    post(http, enc, "feel_toward", reactions=["annoyed"])
    post(http, enc, checkin.UNBLEND_NAME, name="the annoyed part", existing="")
    stale = post(http, enc, checkin.UNBLEND_NAME, name="the grumpy one", existing="")
    assert stale.status_code == 409 and "the grumpy one" in stale.content.decode()


def test_a_clinician_cannot_probe_a_private_answer_with_a_stale_post(
    world: World, http_as: Any
) -> None:
    part = make(world, "Sentry")
    team = http_as("clinician")  # a check-in in session, which the clinician may answer
    team.post(reverse("parts:checkin_in_session", args=[world.client.pk]), {"part": str(part.pk)})
    enc = Encounter.objects.get()
    post(team, enc, "find", what="buzzing", where="left knee")
    service.update_part(
        part=part, by=world.client_user, base_version=part.version, values={"name": "Sentry"}
    )
    part.refresh_from_db()
    service.set_privacy(
        part=part, private=False, private_fields=["body_location"], by=world.client_user
    )
    # the clinician's guess is treated like any other words, right or wrong
    right = post(team, enc, "find", where="left knee")
    wrong = post(team, enc, "find", where="right elbow")
    assert (right.status_code, wrong.status_code) == (409, 409)
    assert "left knee" in right.content.decode() and "right elbow" in wrong.content.decode()


def test_an_exiles_private_burden_stays_hidden_in_answers_and_alerts(
    world: World, http_as: Any
) -> None:
    exile, http, enc = _exile_check_in_at_befriend(world, http_as)
    post(http, enc, "befriend", job="that everyone would be better off without me")
    exile.refresh_from_db()
    service.set_privacy(part=exile, private=False, private_fields=["burdens"], by=world.client_user)
    team = http_as("clinician")
    answers = team.get(reverse("parts:checkin_answers", args=[enc.pk])).content.decode()
    alerts = team.get(reverse("insight:client_insight", args=[world.client.pk])).content.decode()
    assert "better off without me" not in answers and "better off without me" not in alerts
    # and a part whose kind changed keeps its private answers hidden under either map
    exile.kind = Kind.MANAGER
    exile.save(update_fields=["kind"])
    answers = team.get(reverse("parts:checkin_answers", args=[enc.pk])).content.decode()
    assert "better off without me" not in answers


def test_what_an_exile_carries_and_words_said_to_it_are_read_one_by_one(
    world: World, http_as: Any
) -> None:
    """A walk-through: "I'm not enough, nobody comes" and "I see you. I'm here now." read as
    one text raised a crisis alert; each is an answer to its own question."""
    from selfled.insight.models import SafetyEvent

    _, http, enc = _exile_check_in_at_befriend(world, http_as)
    response = post(
        http,
        enc,
        "befriend",
        job="I'm not enough, nobody comes",
        appreciation="I see you. I'm here now.",
    )
    assert response.status_code == 302 and "/crisis/" not in response["Location"]
    assert not SafetyEvent.objects.exists()


def test_when_a_part_will_not_step_back_the_ending_offers_to_get_to_know_it(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    _reaction_named_twice(http, enc, "Eye-Roller", stepped_back="no")
    enc.refresh_from_db()
    assert enc.outcome == Outcome.PAUSED
    page = http.get(step_url(enc)).content.decode()
    assert "Some parts needed to stay close today" in page
    assert "Check in with Eye-Roller</button>" in page and "therapist" not in page
    eye_roller = next(p for p in Part.objects.filter(client=world.client) if p.name == "Eye-Roller")
    assert f'name="part" value="{eye_roller.pk}"' in page
    http.post(reverse("parts:checkin"), {"part": str(eye_roller.pk)})
    assert Encounter.objects.filter(part=eye_roller).exists()


def test_checking_in_again_with_a_part_takes_up_the_unfinished_check_in(
    world: World, http_as: Any
) -> None:
    http = http_as("client")
    part, enc = started_about(world, http, "Sentry")
    post(http, enc, "find", what="a tightness", where="chest")
    again = http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    assert again["Location"] == step_url(enc)  # the same one, where it was left
    assert Encounter.objects.filter(part=part).count() == 1
    # once it has ended, a new one begins
    http.post(reverse("parts:checkin_stop", args=[enc.pk]), {"step": "focus"})
    http.post(reverse("parts:checkin"), {"part": str(part.pk)})
    assert Encounter.objects.filter(part=part).count() == 2
    # the care team's in-session check-in is its own, not the client's unfinished one
    team = http_as("clinician")
    team.post(reverse("parts:checkin_in_session", args=[world.client.pk]), {"part": str(part.pk)})
    assert Encounter.objects.filter(part=part, with_clinician=True).count() == 1


def test_a_crowded_system_pause_says_why(world: World, http_as: Any) -> None:
    http = http_as("client")
    _part, enc = started_about(world, http, "Sentry")
    walk_to(http, enc, "flesh_out")
    for chip in ["annoyed", "afraid", "numb"]:
        post(http, enc, "feel_toward", reactions=[chip])
        post(http, enc, checkin.UNBLEND_NAME, name=f"the {chip} one", existing="")
        post(http, enc, checkin.UNBLEND_ASK, stepped_back="yes")
    post(http, enc, "feel_toward", reactions=["annoyed"])
    page = http.get(step_url(enc)).content.decode()
    assert "Several parts have stepped forward today" in page
