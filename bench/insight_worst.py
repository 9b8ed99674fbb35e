"""Worst cases of the language-insight analyzer: one phrase pasted until the text is as long as
the analyzer reads (MAX_CHARS), with no sentence breaks, so every match's context checks look
across the whole text.

Usage: .venv/bin/python bench/insight_worst.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selfled.lib.insight import MAX_CHARS, analyze  # noqa: E402

PHRASES = (
    "hit my face ",
    "sh again ",
    "i want to die ",
    "don't want to be here ",
    "grave funeral ashes died ",
    "my mum died and i miss her ",
    "back to drinking again ",
    "calm curious ",
    "a part of me ",
    "pills ",
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    for phrase in PHRASES:
        text = (phrase * (MAX_CHARS // len(phrase) + 1))[:MAX_CHARS]
        start = time.perf_counter()
        analyze(text)
        rows.append({"phrase": phrase.strip(), "ms": round((time.perf_counter() - start) * 1000)})
    if args.json:
        print(json.dumps({"chars": MAX_CHARS, "cases": rows}))
    else:
        for row in rows:
            print(f"{row['ms']:>7} ms  {row['phrase']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
