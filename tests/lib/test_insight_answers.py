"""Answers to separate questions are read one by one, shown as one text."""

from __future__ import annotations

from selfled.lib.insight import analyze, analyze_answers


def test_two_answers_do_not_add_up_to_words_the_client_never_wrote() -> None:
    today, next = "Pointless meetings all day", "Then a final push on the report"
    text, result = analyze_answers([today, next])
    assert text == f"{today}\n{next}"
    assert "crisis" not in result.present()
    # read as one text, a hopeless word and a final one from two answers make two weak cues
    # (since rules+lex-2.15 the learned scorer keeps them below the threshold there too)
    joined = analyze(text).get("crisis")
    assert joined is not None and {s.text for s in joined.spans} == {"Pointless", "final"}
    assert not joined.present


def test_crisis_in_any_one_answer_is_found_with_its_words_in_the_joined_text() -> None:
    answers = ["", "It keeps me busy", "", "I want to kill myself tonight", ""]
    text, result = analyze_answers(answers)
    assert text == "It keeps me busy\n\nI want to kill myself tonight"
    crisis = result.get("crisis")
    assert crisis is not None and crisis.present
    assert all(text[s.start : s.end] == s.text for s in crisis.spans)
    assert any("kill myself" in s.text for s in crisis.spans)


def test_part_candidates_point_into_the_joined_text() -> None:
    text, result = analyze_answers(
        ["Busy all day", "my inner critic was loud again"], known_parts=["Inner Critic"]
    )
    assert result.part_candidates
    for cand in result.part_candidates:
        assert text[cand.span.start : cand.span.end] == cand.span.text
    assert analyze_answers([]) == ("", analyze_answers(["", " "])[1])
