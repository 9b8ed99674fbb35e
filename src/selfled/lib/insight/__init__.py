"""Local, explainable language-insight analyzer (standard library only).

``analyze(text)`` suggests labels (crisis, the three protector fears, parts, Self-energy,
old-pattern) with the words that triggered them; a person confirms before anything changes
the record. Nothing leaves the machine. ``analyze(text, mode="ml")`` adds label heads on
local sentence embeddings (optional extra: see :mod:`.ml`).
"""

from .analyzer import MODES, analyze, available_modes
from .answers import analyze_answers
from .evaluation import Report, Score, evaluate, format_report, load_jsonl, report_to_dict
from .model import (
    ANALYZER_VERSION,
    LABELS,
    MAX_CHARS,
    THRESHOLD,
    Analysis,
    LabelResult,
    PartCandidate,
    Span,
)
from .parts import match_known
from .serialize import analysis_to_dict

__all__ = [
    "ANALYZER_VERSION",
    "LABELS",
    "MAX_CHARS",
    "THRESHOLD",
    "Analysis",
    "LabelResult",
    "MODES",
    "PartCandidate",
    "Report",
    "Score",
    "Span",
    "analysis_to_dict",
    "analyze",
    "analyze_answers",
    "available_modes",
    "evaluate",
    "format_report",
    "load_jsonl",
    "match_known",
    "report_to_dict",
]
