"""Answers to separate questions are read one by one, shown as one text."""

from __future__ import annotations

from selfled.lib.insight import analyze, analyze_answers


def test_two_answers_do_not_add_up_to_words_the_client_never_wrote() -> None:
    carries, to_it = "I'm not enough, nobody comes", "I see you. I'm here now."
    text, result = analyze_answers([carries, to_it])
    assert text == f"{carries}\n{to_it}"
    assert "crisis" not in result.present()
    # read as one text, the learned scorer took them for crisis language (a walk-through)
    assert "crisis" in analyze(text).present()


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
