"""The check-in's own words for a reaction at Feel toward."""

from __future__ import annotations

from selfled.parts.forms_checkin import reaction_words


def test_a_typed_word_names_the_part_that_feels_it() -> None:
    assert reaction_words("other", {"other": "furious"}) == (
        "furious",
        "feels furious",
        "the furious part",
    )


def test_feeling_nothing_is_named_as_a_part_that_feels_nothing() -> None:
    label, feels, name = reaction_words("numb", {"numb": "nothing"})
    assert (feels, name) == ("feels nothing", "the part that feels nothing")


def test_something_else_has_feelings_of_its_own_about_this() -> None:
    assert reaction_words("other")[1] == "has feelings of its own about this"


def test_gave_permission_is_offered_only_after_a_yes_for_every_exile_asked_about() -> None:
    from selfled.parts.services.checkin import status_target

    both = {"fear": {"permissions": {"a": "yes", "b": "yes"}}}
    one = {"fear": {"permissions": {"a": "yes", "b": "not_yet"}}}
    assert status_target(both) == "gave_permission"
    assert status_target(one) == "getting_to_know"
    assert status_target({"fear": {"permissions": {}}}) == "getting_to_know"
