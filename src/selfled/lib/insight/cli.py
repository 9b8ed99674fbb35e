"""Entry points for ``selfled insight analyze`` and ``selfled insight evaluate``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from .analyzer import MODES, analyze
from .evaluation import evaluate, format_report, load_jsonl, report_to_dict
from .model import THRESHOLD
from .serialize import analysis_to_dict


def _check_mode(mode: str) -> str | None:
    """An error message when ``mode`` is unknown or cannot run here, else None."""
    if mode not in MODES:
        return f"unknown mode {mode!r}; expected one of {', '.join(MODES)}"
    if mode == "ml":
        from .embed import INSTALL_HINT, dependencies_missing

        missing = dependencies_missing()
        if missing:
            return f"missing: {', '.join(missing)}; {INSTALL_HINT}"
    return None


def analyze_main(text: str, as_json: bool, mode: str = "rules") -> int:
    """Print the analysis of one text; exit code 0, or 2 when ``mode`` cannot run."""
    error = _check_mode(mode)
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    analysis = analyze(text, mode=mode)
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


def _ml_predictor(texts: list[str]) -> Callable[[str], list[str]]:
    """Present labels of every text from one batched ML analysis."""
    from .ml import analyze_many

    present = {}
    for lo in range(0, len(texts), 256):
        chunk = texts[lo : lo + 256]
        for text, analysis in zip(chunk, analyze_many(chunk), strict=True):
            present[text] = analysis.present()
    return lambda text: present[text]


def evaluate_main(path: str, as_json: bool, mode: str = "rules") -> int:
    """Print per-label scores for a labelled JSONL file; 2 when the file cannot be read or
    ``mode`` cannot run."""
    error = _check_mode(mode)
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        rows = load_jsonl(path)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    predict = _ml_predictor([t for t, _ in rows]) if mode == "ml" else None
    report = evaluate(rows, predict=predict)
    if as_json:
        print(json.dumps(report_to_dict(report), indent=2))
    else:
        if mode != "rules":
            print(f"analyzer mode {mode}")
        print(format_report(report))
    return 0
