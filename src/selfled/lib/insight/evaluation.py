"""Precision / recall / F1 per label on a labelled data set, and its JSONL loader."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analyzer import analyze
from .model import LABELS


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    support: int
    tp: int
    fp: int
    fn: int


@dataclass(frozen=True, slots=True)
class Report:
    labels: dict[str, Score]
    micro: Score
    rows: int


def _score(tp: int, fp: int, fn: int) -> Score:
    # An undefined ratio (nothing predicted / nothing to find) counts as 0.0.
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, tp + fn, tp, fp, fn)


def evaluate(
    rows: Iterable[tuple[str, set[str]]],
    *,
    predict: Callable[[str], Iterable[str]] | None = None,
) -> Report:
    """Score the analyzer (or ``predict``) against gold label sets.

    ``support`` is the number of gold rows carrying the label; the micro average pools the
    true/false positives and false negatives of every label.
    """
    if predict is None:

        def predict(text: str) -> list[str]:
            return analyze(text).present()

    counts = {label: [0, 0, 0] for label in LABELS}  # tp, fp, fn
    n = 0
    for text, gold in rows:
        n += 1
        predicted = set(predict(text))
        for label in LABELS:
            if label in predicted and label in gold:
                counts[label][0] += 1
            elif label in predicted:
                counts[label][1] += 1
            elif label in gold:
                counts[label][2] += 1
    labels = {label: _score(*c) for label, c in counts.items()}
    micro = _score(
        sum(c[0] for c in counts.values()),
        sum(c[1] for c in counts.values()),
        sum(c[2] for c in counts.values()),
    )
    return Report(labels, micro, n)


def report_to_dict(report: Report) -> dict[str, Any]:
    def one(score: Score) -> dict[str, Any]:
        return {
            "precision": score.precision,
            "recall": score.recall,
            "f1": score.f1,
            "support": score.support,
        }

    return {
        "labels": {label: one(score) for label, score in report.labels.items()},
        "micro": one(report.micro),
    }


def format_report(report: Report) -> str:
    lines = [
        f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
        "-" * 56,
    ]
    for label, s in [*report.labels.items(), ("micro", report.micro)]:
        if label == "micro":
            lines.append("-" * 56)
        lines.append(
            f"{label:<16}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>10d}"
        )
    lines.append(f"{report.rows} rows")
    return "\n".join(lines)


def load_jsonl(path: str | Path) -> list[tuple[str, set[str]]]:
    """Rows ``{"text": str, "labels": [label, ...]}``; blank lines are skipped.

    Raises ``ValueError`` naming the file and line number of the first malformed row.
    """
    rows: list[tuple[str, set[str]]] = []
    known = set(LABELS)
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{where}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{where}: expected an object with 'text' and 'labels'")
            text = obj.get("text")
            labels = obj.get("labels")
            if not isinstance(text, str):
                raise ValueError(f"{where}: 'text' must be a string")
            if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
                raise ValueError(f"{where}: 'labels' must be a list of strings")
            unknown = sorted(set(labels) - known)
            if unknown:
                raise ValueError(
                    f"{where}: unknown label(s) {', '.join(unknown)}; "
                    f"expected any of {', '.join(LABELS)}"
                )
            rows.append((text, set(labels)))
    return rows
