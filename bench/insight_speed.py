"""Speed of the language-insight analyzer on ~300-character entries, one core.

Usage: .venv/bin/python bench/insight_speed.py [--json] [--entries N] [--chars C] [--mode M]

``--mode ml`` times the embedding-assisted analyzer one entry at a time (as the app calls it)
and, separately, in batches of 32 (``selfled insight evaluate --mode ml``); it needs the
optional "ml" extra. Use a smaller ``--entries`` there (e.g. 200): it is far slower.

Entries are cut from the dev set's texts joined end to end (so they read like journal
entries), or from a built-in sample when the data file is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from selfled.lib.insight import analyze  # noqa: E402

_FALLBACK = (
    "Part of me wants to hide and another part wants to scream. I felt calm and curious "
    "toward the little one today. If I let go of the drinking I'm scared I'll fall apart. "
    "Back on the wine three nights in a row. Who am I without this pain? My friends only "
    "know the sad version of me. The session was hard but I stayed grounded. "
)


def _entries(count: int, chars: int) -> list[str]:
    path = ROOT / "data" / "insight" / "dev.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            stream = " ".join(json.loads(line)["text"] for line in fh if line.strip())
    else:
        stream = _FALLBACK * 20
    while len(stream) < count * chars // 4 + chars:
        stream += " " + stream
    step = max(1, (len(stream) - chars) // count)
    return [stream[i * step : i * step + chars] for i in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--chars", type=int, default=300)
    parser.add_argument("--mode", choices=("rules", "ml"), default="rules")
    args = parser.parse_args()
    mode = args.mode

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    entries = _entries(args.entries, args.chars)
    for text in entries[: 200 if mode == "rules" else 5]:  # warm-up (and model load)
        analyze(text, mode=mode)

    timings: list[float] = []
    start = time.perf_counter()
    for text in entries:
        t0 = time.perf_counter()
        analyze(text, mode=mode)
        timings.append((time.perf_counter() - t0) * 1000.0)
    elapsed = time.perf_counter() - start

    timings.sort()
    result: dict[str, object] = {
        "mode": mode,
        "entries": len(entries),
        "chars_per_entry": args.chars,
        "entries_per_s": round(len(entries) / elapsed, 1),
        "p50_ms": round(statistics.median(timings), 3),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3),
        "max_ms": round(timings[-1], 3),
    }
    if mode == "ml":
        from selfled.lib.insight.ml import analyze_many

        start = time.perf_counter()
        for lo in range(0, len(entries), 32):
            analyze_many(entries[lo : lo + 32])
        result["batched_entries_per_s"] = round(len(entries) / (time.perf_counter() - start), 1)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['entries']} entries of {args.chars} chars: "
            f"{result['entries_per_s']} entries/s, p50 {result['p50_ms']} ms, "
            f"p95 {result['p95_ms']} ms, max {result['max_ms']} ms ({mode} mode)"
            + (
                f"; batched {result['batched_entries_per_s']} entries/s"
                if "batched_entries_per_s" in result
                else ""
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
