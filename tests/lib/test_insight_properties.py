"""Property tests: the analyzer accepts any text and its spans always point into it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfled.lib.insight import LABELS, MAX_CHARS, analyze

# Words that reach the rules, so spans are produced and checked, mixed with any Unicode.
_WORDS = st.sampled_from(
    [
        "I",
        "i'm",
        "im",
        "want",
        "to",
        "die",
        "diiie",
        "kill",
        "myself",
        "part",
        "of",
        "me",
        "the",
        "little",
        "one",
        "calm",
        "curious",
        "again",
        "drinking",
        "not",
        "used to",
        "years ago",
        "who am I without",
        "this pain",
        "if I let go",
        "fall apart",
        "safe",
        "<b>",
        "</p>",
        "&amp;",
        "\u2019",
        "\u00a0",
        "\u200b",
        "İ",
        "ß",
        "🙂",
        ".",
        ",",
        "\n",
        "  ",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_WORDS, st.text(max_size=3)), max_size=80).map(" ".join),
    st.lists(_WORDS, max_size=60).map("".join),
)


def _check(text: str) -> None:
    result = analyze(text, known_parts=["Worrier", "Little One", ""])
    read = min(len(text), MAX_CHARS)
    for label in result.labels:
        assert label.label in LABELS
        assert 0.0 <= label.confidence <= 1.0
        for span in label.spans:
            assert 0 <= span.start <= span.end <= read
            assert text[span.start : span.end] == span.text
    for cand in result.part_candidates:
        assert 0 <= cand.span.start <= cand.span.end <= read
        assert text[cand.span.start : cand.span.end] == cand.span.text
    assert set(result.present()) <= set(LABELS)
    assert result.truncated is (len(text) > MAX_CHARS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_returns_and_spans_lie_inside(text: str) -> None:
    _check(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=50), st.integers(min_value=0, max_value=300))
def test_over_long_text_is_truncated_with_a_note(chunk: str, extra: int) -> None:
    text = (chunk * (MAX_CHARS // len(chunk) + 2))[: MAX_CHARS + 1 + extra]
    result = analyze(text)
    assert result.truncated
    assert any(str(MAX_CHARS) in note for note in result.notes)
    _check(text)


def test_text_at_the_limit_is_not_truncated() -> None:
    result = analyze("a" * MAX_CHARS)
    assert not result.truncated and result.notes == ()


def test_truncated_text_still_finds_labels_before_the_cut() -> None:
    text = "I want to die. " + "blah " * (MAX_CHARS // 5)
    result = analyze(text)
    assert result.truncated and "crisis" in result.present()


def test_a_phrase_pasted_over_and_over_is_read_a_bounded_number_of_times() -> None:
    # Each match's context checks look across its sentence; a long paste without sentence
    # breaks once took seconds per pattern. The first MAX_MATCHES matches decide the label.
    from selfled.lib.insight import MAX_CHARS
    from selfled.lib.insight.index import MAX_MATCHES

    text = ("i want to die " * 2000)[:MAX_CHARS]
    crisis = analyze(text).get("crisis")
    assert crisis is not None and crisis.present
    assert 0 < len(crisis.spans) <= 4 * MAX_MATCHES  # not one per pasted phrase (1,428)
