"""The guided 6 F's check-in as plain domain calls (no HTTP)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection

from selfled.audit.models import AuditEvent
from selfled.parts.models import (
    Encounter,
    Kind,
    Outcome,
    Part,
    PartRelation,
    ProtectorPermission,
    Status,
    StatusChange,
)
from selfled.parts.services import checkin, relations
from selfled.parts.services import parts as service
from selfled.parts.services.timeline import part_timeline
from tests.conftest import World

FIND = {"what": "A tight, watchful feeling", "where": "In my chest"}
FOCUS = {"notice": "It gets a little quieter when I look at it"}
FLESH = {"look": "A guard at a gate", "age": "about twelve", "voice": "Stay alert", "belief": "x"}
BEFRIEND = {
    "job": "Keeps me prepared",
    "how_long": "Since school",
    "trying": "Keep me from being caught off guard",
    "appreciation": "Thank you for working so hard",
}
FEAR = {"fear": "That I'd be humiliated"}


def make(world: World, name: str, kind: str = Kind.MANAGER, **extra: Any) -> Part:
    return service.create_part(
        client=world.client, by=world.client_user, values={"name": name, "kind": kind, **extra}
    )


def answer(enc: Encounter, step: str, values: dict[str, Any], by: Any = None) -> Encounter:
    return checkin.answer_step(encounter=enc, by=by or enc.started_by, step=step, values=values)


def to_feel_toward(world: World, part: Part | None, by: Any = None) -> Encounter:
    by = by or world.client_user
    enc = checkin.start_checkin(client=world.client, by=by, part=part)
    enc = answer(enc, "find", FIND, by)
    enc = answer(enc, "focus", FOCUS, by)
    return answer(enc, "flesh_out", FLESH, by)


def stored(enc: Encounter) -> dict[str, Any]:
    enc.refresh_from_db()
    return checkin.answers_of(enc)


def protects(protector: Part, exile: Part) -> None:
    relations.relate(source=protector, target=exile, kind="protects", by=None)


def test_straight_path_to_completion_with_self_energy(world: World) -> None:
    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["curious", "calm"], "words": "warmth"})
    assert enc.step == "befriend" and enc.self_energy is True
    enc = answer(enc, "befriend", BEFRIEND)
    enc = answer(enc, "fear", FEAR)
    assert enc.step == checkin.DONE
    done = checkin.complete_checkin(
        encounter=enc,
        by=world.client_user,
        values={"copy_details": True, "advance_status": True},
    )
    enc.refresh_from_db()
    assert enc.outcome == Outcome.COMPLETED and enc.completed_at is not None
    assert enc.part == part and not enc.with_clinician and enc.unblend_attempts == 0
    answers = checkin.answers_of(enc)
    assert answers["find"] == FIND
    assert answers["feel_toward"] == {"chips": ["curious", "calm"], "words": "warmth"}
    assert answers["fear"]["fear"] == FEAR["fear"]
    assert done.status == Status.BEFRIENDED and not done.created
    # Stored sealed: no answer is readable in the database.
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers FROM parts_encounter WHERE id = %s", [enc.pk.hex])
        raw = cursor.fetchone()
    assert raw is not None and "chest" not in raw[0] and raw[0].startswith("sl1:")
    actions = list(
        AuditEvent.objects.filter(object_id=str(enc.pk)).values_list("action", flat=True)
    )
    assert actions == ["checkin.start", *["checkin.step"] * 6, "checkin.complete"]
    details = " ".join(AuditEvent.objects.values_list("detail", flat=True))
    assert "chest" not in details and "Guard" not in details


def test_unblending_once_returns_to_feel_toward(world: World) -> None:
    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["curious", "annoyed"]})
    assert enc.step == checkin.UNBLEND_NAME and enc.self_energy is False
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the annoyed part"})
    blended = Part.objects.exclude(pk=part.pk).get()
    assert blended.name == "the annoyed part"
    assert blended.kind == Kind.UNKNOWN and blended.status == Status.NOTICED
    assert stored(enc)["blended"][0]["part"] == str(blended.pk)
    enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "yes"})
    assert enc.step == "feel_toward" and enc.unblend_attempts == 0
    enc = answer(enc, "feel_toward", {"chips": ["compassionate"]})
    assert enc.step == "befriend" and enc.self_energy is True
    assert stored(enc)["blended"][0]["stepped_back"] is True


def test_two_failed_unblendings_pause_gently_and_keep_both_parts(world: World) -> None:
    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["annoyed"]})
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the annoyed part"})
    enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "no"})
    assert enc.step == "feel_toward" and enc.unblend_attempts == 1
    assert enc.outcome == Outcome.IN_PROGRESS
    enc = answer(enc, "feel_toward", {"chips": ["afraid", "numb"]})
    assert stored(enc)["blending"] == ["afraid", "numb"]
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the scared one"})
    enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "no"})
    enc.refresh_from_db()
    assert enc.outcome == Outcome.PAUSED and enc.step == checkin.PAUSED
    assert enc.unblend_attempts == 2 and enc.self_energy is False and enc.completed_at
    answers = checkin.answers_of(enc)
    names = {str(p.name) for p in Part.objects.exclude(pk=part.pk)}
    assert names == {"the annoyed part", "the scared one"}
    assert [b["name"] for b in answers["blended"]] == ["the annoyed part", "the scared one"]
    assert answers["find"] == FIND  # everything so far is kept
    with pytest.raises(checkin.StepMoved):
        answer(enc, "feel_toward", {"chips": ["calm"]})


def test_a_crowded_system_pauses_after_three_parts_stepped_back(world: World) -> None:
    # each part steps back, but another keeps joining in: the loop does not go on for ever
    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    for name, chip in [("the annoyed part", "annoyed"), ("the scared one", "afraid")] + [
        ("the numb one", "numb")
    ]:
        enc = answer(enc, "feel_toward", {"chips": [chip]})
        enc = answer(enc, checkin.UNBLEND_NAME, {"name": name})
        enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "yes"})
        assert enc.step == "feel_toward" and enc.outcome == Outcome.IN_PROGRESS
    enc = answer(enc, "feel_toward", {"chips": ["annoyed"]})
    enc.refresh_from_db()
    assert enc.outcome == Outcome.PAUSED and enc.step == checkin.PAUSED
    answers = checkin.answers_of(enc)
    assert answers["paused_because"] == "crowded" and len(answers["blended"]) == 3
    # one fewer round goes on as before
    other = to_feel_toward(world, make(world, "The Planner"))
    for chip in ["annoyed", "afraid"]:
        other = answer(other, "feel_toward", {"chips": [chip]})
        other = answer(other, checkin.UNBLEND_NAME, {"name": f"the {chip} one"})
        other = answer(other, checkin.UNBLEND_ASK, {"stepped_back": "yes"})
    other = answer(other, "feel_toward", {"chips": ["numb"]})
    assert other.step == checkin.UNBLEND_NAME


def test_unblending_can_name_a_part_already_known(world: World) -> None:
    part = make(world, "The Guard")
    critic = make(world, "The Critic")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["judgmental"]})
    enc = answer(enc, checkin.UNBLEND_NAME, {"existing": str(critic.pk), "name": "ignored"})
    assert Part.objects.count() == 2
    assert stored(enc)["blended"][0] == {
        "part": str(critic.pk),
        "name": "The Critic",
        "reactions": ["judgmental"],
        "stepped_back": None,
    }
    # Neither the part being checked in with nor an exile can be the one that blends.
    exile = make(world, "Little One", Kind.EXILE)
    # (the first check-in ends, so that starting again with the part begins a new one)
    checkin.stop(encounter=enc, by=world.client_user, step=enc.step)
    enc2 = to_feel_toward(world, part)
    enc2 = answer(enc2, "feel_toward", {"chips": ["numb"]})
    reading = checkin.read_checkin(encounter=enc2, viewer=world.client_user)
    assert {str(p.name) for p in reading.known} == {"The Critic"}
    for wrong in (part.pk, exile.pk, "not-a-uuid"):
        with pytest.raises(checkin.CheckinError) as err:
            answer(enc2, checkin.UNBLEND_NAME, {"existing": str(wrong)})
        assert err.value.field == "existing"
    assert Part.objects.count() == 3


def test_exile_without_permission_redirects_to_a_waiting_protector(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    agreed, waiting = make(world, "Planner"), make(world, "Numb-er", Kind.FIREFIGHTER)
    protects(agreed, exile)
    protects(waiting, exile)
    relations.record_permission(
        protector=agreed, exile=exile, granted=True, by=world.client_user, source="test"
    )
    plan = checkin.approach(part=exile, viewer=world.client_user)
    assert (plan.part, plan.exile, plan.reason) == (waiting, exile, "waiting")
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=exile)
    assert enc.part == waiting
    assert stored(enc)["about"] == {"exile": str(exile.pk), "reason": "waiting"}


def test_waiting_protector_the_clinician_cannot_see_is_not_named(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    hidden = make(world, "Hidden Guard")
    service.set_privacy(part=hidden, private=True, private_fields=[], by=world.client_user)
    protects(hidden, exile)
    plan = checkin.approach(part=exile, viewer=world.clinician)
    assert (plan.part, plan.reason) == (None, "cautious")


def test_exile_with_no_protectors_is_not_approached(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=exile)
    assert enc.part is None
    assert stored(enc)["about"] == {"exile": str(exile.pk), "reason": "cautious"}
    enc = answer(enc, "find", {"what": "Something wary", "where": "My jaw"})
    enc = answer(enc, "focus", {})
    enc = answer(enc, "flesh_out", {"name": "The Gatekeeper"})
    enc = answer(enc, "feel_toward", {"chips": ["curious"]})
    enc = answer(enc, "befriend", {})
    enc = answer(enc, "fear", {})
    done = checkin.complete_checkin(
        encounter=enc, by=world.client_user, values={"name": "The Gatekeeper", "kind": "manager"}
    )
    assert done.created and done.part.kind == Kind.MANAGER
    assert done.part.body_location == "My jaw"
    assert PartRelation.objects.filter(source=done.part, target=exile, kind="protects").exists()
    # The new protector has not said yes, so the exile is still not approached.
    assert not relations.exile_access(exile).allowed
    assert checkin.approach(part=exile, viewer=world.client_user).part == done.part


def test_exile_with_every_protectors_permission_proceeds(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    for name in ("Planner", "Critic"):
        guard = make(world, name)
        protects(guard, exile)
        relations.record_permission(
            protector=guard, exile=exile, granted=True, by=world.client_user, source="test"
        )
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=exile)
    assert enc.part == exile and "about" not in stored(enc)


def test_exile_losing_permission_midway_pauses(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "Planner")
    protects(guard, exile)
    relations.record_permission(
        protector=guard, exile=exile, granted=True, by=world.client_user, source="test"
    )
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=exile)
    relations.record_permission(
        protector=guard, exile=exile, granted=False, by=world.client_user, source="test"
    )
    enc = answer(enc, "find", FIND)
    assert enc.outcome == Outcome.PAUSED
    assert stored(enc)["paused_because"] == "permission" and "find" not in stored(enc)


def to_fear(world: World, part: Part) -> Encounter:
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["open"]})
    return answer(enc, "befriend", BEFRIEND)


def test_fear_step_asks_protector_for_permission_and_records_it(world: World) -> None:
    exile = make(world, "Little One", Kind.EXILE)
    guard = make(world, "Planner")
    protects(guard, exile)
    enc = to_fear(world, guard)
    with pytest.raises(checkin.CheckinError) as err:
        answer(enc, "fear", FEAR)  # the question about the exile is unanswered
    assert err.value.field == f"permission_{exile.pk}"
    assert not ProtectorPermission.objects.exists() and stored(enc).get("fear") is None
    enc = answer(enc, "fear", {**FEAR, "permissions": {str(exile.pk): "yes"}})
    permission = ProtectorPermission.objects.get()
    assert (permission.protector, permission.exile, permission.granted) == (guard, exile, True)
    assert permission.source == "check-in" and permission.recorded_by == world.client_user
    assert stored(enc)["fear"]["permissions"] == {str(exile.pk): "yes"}
    assert relations.exile_access(exile).allowed
    # "Not sure" is not a yes: the latest answer withdraws it.
    checkin.go_back(encounter=enc, by=world.client_user, step=checkin.DONE)
    answer(enc, "fear", {**FEAR, "permissions": {str(exile.pk): "not_sure"}})
    assert not relations.exile_access(exile).allowed
    # the timeline says what was answered: "not sure" is not "not ready"
    titles = [e.title for e in part_timeline(guard) if e.kind == "permission"]
    assert sorted(titles) == [
        "Asked about getting to know an exile: gave permission",
        "Asked about getting to know an exile: not sure yet",
    ]


def test_over_long_answer_is_refused_and_nothing_saved(world: World) -> None:
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    with pytest.raises(checkin.CheckinError) as err:
        answer(enc, "find", {"what": "x" * 2001, "where": "chest"})
    assert err.value.field == "what" and "2,000" in str(err.value)
    enc.refresh_from_db()
    assert enc.step == "find" and checkin.answers_of(enc) == {}
    assert not AuditEvent.objects.filter(action="checkin.step").exists()
    with pytest.raises(checkin.CheckinError) as err:
        answer(enc, "find", {"what": "  "})
    assert err.value.field == "what"
    enc = answer(enc, "find", {"what": "x" * 2000})
    assert enc.step == "focus"


def test_completion_fills_only_empty_fields_and_moves_status_forward(world: World) -> None:
    part = make(world, "The Guard", age="as old as me")
    service.set_status(part=part, status=Status.GETTING_TO_KNOW, by=world.client_user)
    enc = to_fear(world, part)
    enc = answer(enc, "fear", FEAR)
    reading = checkin.read_checkin(encounter=enc, viewer=world.client_user)
    assert set(reading.fills) == {"body_location", "role", "positive_intent", "fears"}
    done = checkin.complete_checkin(
        encounter=enc, by=world.client_user, values={"copy_details": True, "advance_status": True}
    )
    part.refresh_from_db()
    assert part.age == "as old as me"  # already written: kept
    assert part.body_location == "In my chest" and part.role == "Keeps me prepared"
    assert part.positive_intent == BEFRIEND["trying"] and part.fears == FEAR["fear"]
    assert done.filled == ["where it is felt", "what it does", "what it hopes to do", "its fears"]
    assert part.status == Status.BEFRIENDED
    assert list(StatusChange.objects.filter(part=part).values_list("to_status", flat=True)) == [
        "noticed",
        "getting_to_know",
        "befriended",
    ]
    # Never backwards, and nothing copied when not asked.
    service.set_status(part=part, status=Status.UNBURDENED, by=world.client_user)
    part2 = make(world, "The Other")
    enc2 = to_fear(world, part2)
    enc2 = answer(enc2, "fear", FEAR)
    checkin.complete_checkin(encounter=enc2, by=world.client_user, values={})
    part2.refresh_from_db()
    assert part2.body_location == "" and part2.status == Status.NOTICED
    enc3 = to_fear(world, part)
    enc3 = answer(enc3, "fear", FEAR)
    assert (
        checkin.complete_checkin(
            encounter=enc3, by=world.client_user, values={"advance_status": True}
        ).status
        is None
    )
    part.refresh_from_db()
    assert part.status == Status.UNBURDENED


def test_something_new_becomes_a_part_at_the_end(world: World) -> None:
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    enc = answer(enc, "find", FIND)
    enc = answer(enc, "focus", FOCUS)
    enc = answer(enc, "flesh_out", {**FLESH, "name": "The Sentry"})
    assert not Part.objects.exists()
    enc = answer(enc, "feel_toward", {"chips": ["warm"]})
    enc = answer(enc, "befriend", {"job": "Watches the door"})
    enc = answer(enc, "fear", {})
    with pytest.raises(checkin.CheckinError) as err:
        checkin.complete_checkin(encounter=enc, by=world.client_user, values={"name": ""})
    assert err.value.field == "name" and not Part.objects.exists()
    # The 6 F's are protector work: a new part is a manager, a firefighter or not known yet.
    with pytest.raises(checkin.CheckinError) as err:
        checkin.complete_checkin(
            encounter=enc, by=world.client_user, values={"name": "x", "kind": "exile"}
        )
    assert err.value.field == "kind" and not Part.objects.exists()
    done = checkin.complete_checkin(
        encounter=enc, by=world.client_user, values={"name": "The Sentry", "advance_status": True}
    )
    part = Part.objects.get()
    assert done.created and part == done.part and part.kind == Kind.UNKNOWN
    assert (part.body_location, part.age) == ("In my chest", "about twelve")
    assert part.role == "Watches the door"
    assert part.status == Status.GETTING_TO_KNOW  # no appreciation offered
    enc.refresh_from_db()
    assert enc.part == part


def test_back_keeps_answers_and_a_stale_screen_is_refused(world: World) -> None:
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    with pytest.raises(checkin.StepMoved):
        checkin.go_back(encounter=enc, by=world.client_user, step="find")
    enc = answer(enc, "find", FIND)
    enc = checkin.go_back(encounter=enc, by=world.client_user, step="focus")
    assert enc.step == "find" and stored(enc)["find"] == FIND
    enc = answer(enc, "find", FIND)
    # A second tab still showing Find cannot overwrite Focus.
    with pytest.raises(checkin.StepMoved):
        answer(enc, "find", {"what": "other"})
    assert stored(enc)["find"] == FIND


def test_clinician_in_session_is_marked_and_respects_privacy(world: World) -> None:
    secret = make(world, "Secret")
    service.set_privacy(part=secret, private=True, private_fields=[], by=world.client_user)
    with pytest.raises(checkin.CheckinError):
        checkin.start_checkin(client=world.client, by=world.clinician, part=secret)
    with pytest.raises(checkin.CheckinError):
        checkin.start_checkin(client=world.client, by=world.colleague, part=None)
    part = make(world, "The Guard")
    service.set_privacy(
        part=part, private=False, private_fields=["body_location"], by=world.client_user
    )
    part.refresh_from_db()
    enc = to_feel_toward(world, part, by=world.clinician)
    assert enc.with_clinician and enc.started_by == world.clinician
    enc = answer(enc, "feel_toward", {"chips": ["calm"]}, world.clinician)
    enc = answer(enc, "befriend", BEFRIEND, world.clinician)
    enc = answer(enc, "fear", FEAR, world.clinician)
    done = checkin.complete_checkin(
        encounter=enc, by=world.clinician, values={"copy_details": True}
    )
    part.refresh_from_db()
    assert part.body_location == ""  # kept private by the client: not touched by the team
    assert "where it is felt" not in done.filled and part.role == BEFRIEND["job"]


def test_client_answering_a_clinician_started_checkin_keeps_the_mark(world: World) -> None:
    part = make(world, "The Guard")
    enc = checkin.start_checkin(client=world.client, by=world.clinician, part=part)
    enc = answer(enc, "find", FIND, world.client_user)
    assert enc.with_clinician
    own = checkin.start_checkin(client=world.client, by=world.client_user, part=part)
    own = answer(own, "find", FIND, world.clinician)  # the clinician joined in
    assert own.with_clinician


def test_paused_new_part_that_was_named_is_kept(world: World) -> None:
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    enc = answer(enc, "find", FIND)
    enc = answer(enc, "focus", FOCUS)
    enc = answer(enc, "flesh_out", {"name": "The Sentry"})
    for _ in range(2):
        enc = answer(enc, "feel_toward", {"chips": ["overwhelmed"]})
        enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the overwhelmed part"})
        enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "no"})
    enc.refresh_from_db()
    assert enc.outcome == Outcome.PAUSED
    assert enc.part is not None and enc.part.name == "The Sentry"
    assert json.loads(enc.answers)["flesh_out"]["name"] == "The Sentry"


def test_words_finding_a_new_part_do_not_also_offer_to_add_it(world: World) -> None:
    """The check-in names and adds the part it finds; its first words about that part are
    not offered as another part to add (a known part mentioned there still is)."""
    from selfled.insight.models import Suggestion

    make(world, "The Critic")
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    answer(enc, "find", {"what": "a part of me is bracing and my Critic is loud", "where": "jaw"})
    offered = Suggestion.objects.filter(label="parts", state="open")
    assert [s.matched_part.name for s in offered if s.matched_part] == ["The Critic"]
    assert not [s for s in offered if s.matched_part is None]


def test_a_new_part_mentioned_in_a_check_in_with_a_known_part_is_offered(world: World) -> None:
    from selfled.insight.models import Suggestion

    sentry = make(world, "The Sentry")
    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=sentry)
    answer(enc, "find", {"what": "a part of me that wants to run is here too", "where": "legs"})
    offered = Suggestion.objects.filter(label="parts", state="open")
    assert [s.matched_part for s in offered] == [None]


def test_the_summary_tells_the_unblending_in_order_one_row_per_part(world: World) -> None:
    from selfled.parts.forms_checkin import summary

    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["annoyed"]})
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the annoyed part"})
    enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "no"})
    enc = answer(enc, "feel_toward", {"chips": ["annoyed"]})
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the annoyed part"})
    enc = answer(enc, checkin.UNBLEND_ASK, {"stepped_back": "yes"})
    enc = answer(enc, "feel_toward", {"chips": ["curious"]})
    enc.refresh_from_db()
    reading = checkin.read_checkin(encounter=enc, viewer=world.client_user, audit=False)
    rows = next(s.rows for s in summary(reading) if s.rows[0].question.startswith("Another"))
    assert [(r.question, r.answer) for r in rows[:2]] == [
        (
            "Another part joined: the annoyed part",
            "It felt annoyed. Asked to step back, it needed to stay close, then stepped back "
            "a little.",
        ),
        ("Then, how you felt toward The Guard", "curious"),
    ]


def test_another_new_part_mentioned_later_in_a_new_check_in_is_offered(world: World) -> None:
    from selfled.insight.models import Suggestion

    enc = to_feel_toward(world, None)
    enc = answer(enc, "feel_toward", {"chips": ["curious"]})
    answer(enc, "befriend", {"job": "It guards me, and a part of me that wants to run hides"})
    offered = Suggestion.objects.filter(label="parts", state="open", matched_part__isnull=True)
    assert offered.count() == 1


def test_repeated_outcomes_are_counted_not_repeated() -> None:
    from selfled.parts.forms_checkin import _in_turn

    assert _in_turn(["stepped back a little"]) == "stepped back a little"
    assert (
        _in_turn(["stepped back a little", "needed to stay close", "needed to stay close"])
        == "stepped back a little, then needed to stay close (twice)"
    )
    assert _in_turn(["needed to stay close"] * 3) == "needed to stay close (3 times)"


def test_the_summary_says_when_the_step_back_question_was_not_answered(world: World) -> None:
    from selfled.parts.forms_checkin import summary

    part = make(world, "The Planner")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["annoyed"]})
    enc = answer(enc, checkin.UNBLEND_NAME, {"name": "the annoyed part"})
    enc.refresh_from_db()
    reading = checkin.read_checkin(encounter=enc, viewer=world.client_user, audit=False)
    rows = next(s.rows for s in summary(reading) if s.rows[0].question.startswith("Another"))
    assert rows[0].answer == "It felt annoyed. Asked to step back, no answer was given."


def test_something_new_is_called_by_the_name_given_at_flesh_out(world: World) -> None:
    from selfled.parts.forms_checkin import part_name

    enc = checkin.start_checkin(client=world.client, by=world.client_user, part=None)
    enc = answer(enc, "find", FIND)
    enc = answer(enc, "focus", FOCUS)
    reading = checkin.read_checkin(encounter=enc, viewer=world.client_user, audit=False)
    assert part_name(reading) == "this part"  # no name yet
    enc = answer(enc, "flesh_out", {**FLESH, "name": "  Wet   Coat "})
    reading = checkin.read_checkin(encounter=enc, viewer=world.client_user, audit=False)
    assert enc.step == "feel_toward" and part_name(reading) == "Wet Coat"


def test_crisis_words_in_a_check_in_stay_with_it_and_raise_one_alert(world: World) -> None:
    # a walk-through: one sentence in the Fear answer paged the care team twice, once for the
    # check-in and again when the answers were copied into the part's details; a later one
    # found it then shown as the part's fears every time the part was opened
    from selfled.insight.models import SafetyEvent

    part = make(world, "The Guard")
    enc = to_feel_toward(world, part)
    enc = answer(enc, "feel_toward", {"chips": ["curious"]})
    enc = answer(enc, "befriend", BEFRIEND)
    enc = answer(enc, "fear", {"fear": "That everyone would be better off without me"})
    assert enc.crisis  # type: ignore[attr-defined]
    assert SafetyEvent.objects.filter(source_type="parts.encounter").count() == 1
    checkin.complete_checkin(encounter=enc, by=world.client_user, values={"copy_details": True})
    part.refresh_from_db()
    assert part.fears == ""  # not copied into the part's lasting details
    assert part.role  # the other answers are
    assert SafetyEvent.objects.count() == 1
    event = SafetyEvent.objects.get()
    assert event.source_type == "parts.encounter"
    # new crisis words in the details still raise their own alert
    service.update_part(
        part=part,
        by=world.client_user,
        values={"description": "Tonight I am going to kill myself"},
        base_version=part.version,
    )
    assert SafetyEvent.objects.count() == 2
