"""The analyzer's cheap prefilters never rule out a match the full regex would find."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from selfled.lib.insight import analyzer, context, normalize, parts, rules_lex
from selfled.lib.insight.keys import exact_keys, start_keys
from selfled.lib.insight.required import may_match, required_words

_DATA = Path(__file__).resolve().parents[2] / "data" / "insight" / "dev.jsonl"


def _texts() -> list[str]:
    # The labelled data ships with the repository: a missing file fails here, never skips.
    with open(_DATA, encoding="utf-8") as fh:
        rows = [json.loads(line)["text"] for line in fh if line.strip()]
    return [normalize.normalize(t).text for t in rows]


def test_required_words_are_required() -> None:
    patterns = list(analyzer._INDEX.patterns) + [context._PAST, context._MENTION]
    for text in _texts():
        for pattern in patterns:
            words = required_words(pattern, most=40, unbroken=False)
            if words is not None and not may_match(words, text):
                assert pattern.search(text) is None, (pattern.pattern[:60], text)


def test_required_words_examples() -> None:
    assert required_words(re.compile(r"\ba (?:big|small) part\b")) == {"part"}
    assert required_words(re.compile(r"\b(?:foo|bar)\b")) == {"foo", "bar"}
    assert required_words(re.compile(r"\bx\w+")) is None
    # whitespace is kept out unless asked for
    assert required_words(re.compile(r"\bmy life\b")) == {"life"}
    assert required_words(re.compile(r"\bmy life\b"), unbroken=False) == {"my life"}


def test_exact_keys_need_a_word_boundary_and_read_all_whitespace() -> None:
    assert exact_keys(re.compile(r"kill")) is None  # could start inside a word
    keys = exact_keys(re.compile(r"\ba\s+b"))
    assert keys is not None and "a\u2028" in keys and "a b" in keys
    assert "a\u2028" not in (start_keys(re.compile(r"\ba\s+b")) or ())


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab'\"Z .-é")), max_size=12),
)
def test_has_quote_matches_the_regex(text: str) -> None:
    assert rules_lex._has_quote(text) == (rules_lex._QUOTE_CHARS.search(text) is not None)


def _joined(words: list[str], seps: list[str], most: int) -> st.SearchStrategy[str]:
    """Texts made of `words` joined by one of `seps` (at most `most` words)."""
    return st.builds(
        lambda ws, sep: sep.join(ws),
        st.lists(st.sampled_from(words), max_size=most),
        st.sampled_from(seps),
    )


@settings(max_examples=300, deadline=None)
@given(
    _joined(
        ["im", "dont", "any more", "w/o", "self harm", "2", "b", "want", "x", "é", "'"],
        [" ", "  ", ".", "\n", "-"],
        6,
    )
)
def test_pass2_prefilter(text: str) -> None:
    if normalize._PASS2.search(text) is not None:
        assert normalize._pass2_needed(text)


@settings(max_examples=300, deadline=None)
@given(
    _joined(
        ["part", "that", "of me", "wants", "x-and", "don't", "and", ".", ",", "if", "so"],
        [" ", "  ", "", "\n"],
        10,
    )
)
def test_relative_parts_guard(rest: str) -> None:
    text = "a part that " + rest
    pattern = dict(parts._PATTERNS)["relative"]
    if not parts._relative_may_match(text, 0):
        assert pattern.match(text, 0) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["scared", "afraid", "better", "again", "safe", "when", "i", "feel", "3", "am"]
        ),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from([" ", "\u2028", "\x85", " \t", "  "]),
    st.integers(min_value=0, max_value=200),
)
def test_partner_search_is_finditer(words: list[str], sep: str, at: int) -> None:
    text = sep.join(words)
    starts = analyzer._INDEX.candidates(text)
    a = min(at, len(text))
    b = min(len(text), a + 5)
    for i, partner in analyzer._PARTNERS:
        rule = analyzer.RULES[i]
        lo, hi = max(0, a - rule.window), min(len(text), b + rule.window)
        expected = next(
            (m.span() for m in partner.finditer(text, lo, hi) if m.end() <= a or m.start() >= b),
            None,
        )
        assert analyzer._partner_span(i, rule, text, starts, a, b) == expected


def test_sentence_ends_without_dash_or_colon() -> None:
    for text in _texts():
        if not any(c in text for c in "-\u2013\u2014:"):
            full = [m.end() for m in context._SENTENCE_END.finditer(text)]
            assert full == [m.end() for m in context._SENTENCE_PUNCT.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["so", "that", "even", "though", "if", "and", "i", "or", "the", "but", "x"]
            + [",", "(", ")", '"', ".", ":", "-", " - "]
        ),
        max_size=14,
    ),
    st.sampled_from([" ", "", "  ", "\n"]),
)
def test_clause_ends_without_dash(words: list[str], sep: str) -> None:
    text = sep.join(words)
    ctx = context.Context(text)
    expected = {m.end() for m in context._CLAUSE_END.finditer(text)}
    expected.update(m.end() for m in context._SENTENCE_END.finditer(text))
    assert ctx._clause == sorted(expected)
    assert ctx._sent == [m.end() for m in context._SENTENCE_END.finditer(text)]
