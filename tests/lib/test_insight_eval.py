"""evaluate() maths, report shapes and the JSONL loader's errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfled.lib.insight import LABELS, evaluate, format_report, load_jsonl, report_to_dict
from selfled.lib.insight.cli import analyze_main, evaluate_main

# gold label sets, and what a fake predictor returns for each text
ROWS = [
    ("a", {"crisis"}),
    ("b", {"crisis", "parts"}),
    ("c", {"parts"}),
    ("d", set()),
    ("e", {"self"}),
]
PREDICTED = {
    "a": ["crisis"],  # crisis TP
    "b": ["parts"],  # crisis FN, parts TP
    "c": ["crisis", "parts"],  # crisis FP, parts TP
    "d": ["self"],  # self FP
    "e": [],  # self FN
}


def _report():  # type: ignore[no-untyped-def]
    return evaluate(ROWS, predict=lambda text: PREDICTED[text])


def test_per_label_precision_recall_f1_support() -> None:
    report = _report()
    crisis = report.labels["crisis"]
    assert (crisis.tp, crisis.fp, crisis.fn) == (1, 1, 1)
    assert crisis.precision == pytest.approx(0.5)
    assert crisis.recall == pytest.approx(0.5)
    assert crisis.f1 == pytest.approx(0.5)
    assert crisis.support == 2

    parts = report.labels["parts"]
    assert (parts.precision, parts.recall, parts.f1, parts.support) == (1.0, 1.0, 1.0, 2)

    self_ = report.labels["self"]
    assert (self_.precision, self_.recall, self_.f1, self_.support) == (0.0, 0.0, 0.0, 1)

    # a label nobody has and nothing predicts: all zero, support 0
    assert report.labels["fear:safety"].support == 0
    assert report.labels["fear:safety"].f1 == 0.0


def test_micro_average_pools_counts() -> None:
    micro = _report().micro
    # TP = 1 + 2 = 3, FP = 1 + 1 = 2, FN = 1 + 1 = 2
    assert micro.precision == pytest.approx(3 / 5)
    assert micro.recall == pytest.approx(3 / 5)
    assert micro.f1 == pytest.approx(3 / 5)
    assert micro.support == 5
    assert _report().rows == 5


def test_report_to_dict_shape() -> None:
    data = report_to_dict(_report())
    assert set(data) == {"labels", "micro"}
    assert list(data["labels"]) == list(LABELS)
    for scores in [*data["labels"].values(), data["micro"]]:
        assert set(scores) == {"precision", "recall", "f1", "support"}
    assert data["labels"]["crisis"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    json.dumps(data)


def test_format_report_is_a_table() -> None:
    table = format_report(_report())
    lines = table.splitlines()
    assert "precision" in lines[0] and "support" in lines[0]
    assert any(line.startswith("crisis") and "0.500" in line for line in lines)
    assert any(line.startswith("micro") for line in lines)


def test_evaluate_uses_the_analyzer_by_default() -> None:
    report = evaluate([("I want to die.", {"crisis"}), ("Nice walk today.", set())])
    assert report.labels["crisis"].tp == 1 and report.labels["crisis"].fp == 0


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_jsonl_reads_rows_and_skips_blank_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        ['{"text": "I want to die", "labels": ["crisis"]}', "", '{"text": "hi", "labels": []}'],
    )
    assert load_jsonl(path) == [("I want to die", {"crisis"}), ("hi", set())]


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a", "b"]', "expected an object"),
        ('{"text": 3, "labels": []}', "'text' must be a string"),
        ('{"text": "x", "labels": "crisis"}', "'labels' must be a list"),
        ('{"text": "x"}', "'labels' must be a list"),
        ('{"text": "x", "labels": ["crisis", "fear:boredom"]}', "unknown label(s) fear:boredom"),
    ],
)
def test_load_jsonl_names_the_bad_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = _write(tmp_path, ['{"text": "ok", "labels": []}', "", bad_line])
    with pytest.raises(ValueError) as excinfo:
        load_jsonl(path)
    assert f"{path}:3:" in str(excinfo.value)
    assert message in str(excinfo.value)


def test_cli_entry_points(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert analyze_main("A part of me wants to hide.", as_json=True) == 0
    out = json.loads(capsys.readouterr().out)
    assert "parts" in out["present"]

    assert analyze_main("A part of me wants to hide.", as_json=False) == 0
    assert "parts" in capsys.readouterr().out

    path = _write(tmp_path, ['{"text": "I want to die", "labels": ["crisis"]}'])
    assert evaluate_main(str(path), as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["labels"]["crisis"]["recall"] == 1.0

    assert evaluate_main(str(path), as_json=False) == 0
    assert "crisis" in capsys.readouterr().out

    bad = _write(tmp_path, ['{"text": "x", "labels": ["nope"]}'])
    assert evaluate_main(str(bad), as_json=False) == 2
    assert "rows.jsonl:1" in capsys.readouterr().err
    assert evaluate_main(str(tmp_path / "missing.jsonl"), as_json=False) == 2
