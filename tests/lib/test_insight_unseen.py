"""Floors on fresh-13 to fresh-16: sets first measured as writing nothing was fitted to.

Each was written by someone who had read only the data README and was scored before any
rule was fitted to it: for rules+lex-2.8 (`selfled insight evaluate FILE --json`) crisis P / R
.860 / .889, .768 / .935, .806 / .922 and (fresh-16) .798 / .870; micro F1 .865, .804, .829.
Their crisis misses were then read to write the rules of rules+lex-2.9 (kinds of language,
not sentences): crisis P / R .873 / .989, .774 / .967, .818 / 1.0, .818 / .990; micro F1
.886, .812, .847, .874. They no longer measure a new author; the floors keep what was gained
from being lost again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfled.lib.insight import evaluate, format_report, load_jsonl

DATA = Path(__file__).resolve().parents[2] / "data/insight"

# file: (crisis recall, crisis precision, micro F1), each a little under what was measured
FLOORS = {
    "fresh-13.jsonl": (0.97, 0.86, 0.87),
    "fresh-14.jsonl": (0.95, 0.76, 0.80),
    "fresh-15.jsonl": (0.98, 0.80, 0.83),
    "fresh-16.jsonl": (0.97, 0.80, 0.86),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_worse_on_the_fresh_sets(name: str) -> None:
    report = evaluate(load_jsonl(DATA / name))
    recall, precision, micro = FLOORS[name]
    crisis = report.labels["crisis"]
    assert crisis.recall >= recall, format_report(report)
    assert crisis.precision >= precision, format_report(report)
    assert report.micro.f1 >= micro, format_report(report)
