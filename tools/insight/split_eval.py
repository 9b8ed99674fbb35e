"""Honest check of the blended analyzer on half of validation.jsonl.

Usage: .venv/bin/python tools/insight/split_eval.py

validation.jsonl (second author) is split by line: odd lines (1, 3, 5, ...) are "A", even
lines "B". While the frame lexicons and the model blend were developed, only A's misses
were read (crisis misses were read on both halves, so crisis on B is NOT a clean figure).
This script trains the learned scorer on dev.jsonl + A, swaps it into the analyzer, and
prints the per-label report on B.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_model import featurize, train  # noqa: E402

from selfled.lib.insight import analyzer, evaluate, format_report, load_jsonl  # noqa: E402


def main() -> int:
    rows = load_jsonl(ROOT / "data/insight/validation.jsonl")
    half_a, half_b = rows[0::2], rows[1::2]
    train_rows = load_jsonl(ROOT / "data/insight/dev.jsonl") + half_a
    model = train([featurize(t) for t, _ in train_rows], [g for _, g in train_rows])
    analyzer.MODEL = model
    print("validation half B; model trained on dev + validation half A")
    print(format_report(evaluate(half_b)))
    analyzer.MODEL = None
    print("\nsame, rules and lexicons only (no learned scorer)")
    print(format_report(evaluate(half_b)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
