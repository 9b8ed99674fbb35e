"""JSON-ready dictionaries of analyzer results."""

from __future__ import annotations

from typing import Any

from .model import THRESHOLD, Analysis, Span


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        "version": analysis.version,
        "threshold": THRESHOLD,
        "present": analysis.present(),
        "labels": [
            {
                "label": r.label,
                "confidence": r.confidence,
                "present": r.present,
                "spans": [_span(s) for s in r.spans],
            }
            for r in analysis.labels
        ],
        "part_candidates": [
            {"name": c.name, "span": _span(c.span), "matched_part": c.matched_part}
            for c in analysis.part_candidates
        ],
        "truncated": analysis.truncated,
        "notes": list(analysis.notes),
    }
