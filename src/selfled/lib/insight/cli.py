"""Entry points for ``selfled insight analyze`` and ``selfled insight evaluate``."""

from __future__ import annotations

import json
import sys

from .analyzer import analyze
from .evaluation import evaluate, format_report, load_jsonl, report_to_dict
from .model import THRESHOLD
from .serialize import analysis_to_dict


def analyze_main(text: str, as_json: bool) -> int:
    """Print the analysis of one text; exit code 0."""
    analysis = analyze(text)
    if as_json:
        print(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=2))
        return 0
    print(f"analyzer {analysis.version} (present at confidence >= {THRESHOLD})")
    if not analysis.labels:
        print("no labels")
    for result in analysis.labels:
        mark = "PRESENT" if result.present else "below threshold"
        words = "; ".join(repr(s.text) for s in result.spans)
        print(f"  {result.label:<16} {result.confidence:.2f}  {mark}  {words}")
    for cand in analysis.part_candidates:
        matched = f" -> known part {cand.matched_part!r}" if cand.matched_part else ""
        print(f"  part candidate: {cand.name!r}{matched}")
    for note in analysis.notes:
        print(f"  note: {note}")
    return 0


def evaluate_main(path: str, as_json: bool) -> int:
    """Print per-label scores for a labelled JSONL file; 2 when the file cannot be read."""
    try:
        rows = load_jsonl(path)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = evaluate(rows)
    if as_json:
        print(json.dumps(report_to_dict(report), indent=2))
    else:
        print(format_report(report))
    return 0
