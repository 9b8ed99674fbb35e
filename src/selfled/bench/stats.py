"""Pure arithmetic and formatting for bench results: no servers, no Django."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RunResult:
    """What the load generator measured for one URL in one timed window."""

    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    queries: list[int] = field(default_factory=list)  # X-Query-Count of successful requests
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0

    def merge(self, other: RunResult) -> None:
        self.latencies.extend(other.latencies)
        self.queries.extend(other.queries)
        self.errors += other.errors
        for sample in other.error_samples:
            if len(self.error_samples) < 5 and sample not in self.error_samples:
                self.error_samples.append(sample)
        self.wall_seconds = max(self.wall_seconds, other.wall_seconds)


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear-interpolation percentile (numpy's default); nan for no values."""
    if not 0 <= pct <= 100:
        raise ValueError("pct must be between 0 and 100")
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    if low == high:
        return float(ordered[low])
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def ratio(page_rps: float, floor_rps: float) -> float:
    """Page throughput as a fraction of the floor's, to 3 places (0.0 if the floor is 0)."""
    if floor_rps <= 0:
        return 0.0
    return round(page_rps / floor_rps, 3)


def summarize(
    result: RunResult, server_cpu: float | None = None, client_cpu: float | None = None
) -> dict[str, Any]:
    """rps, p50_ms, p95_ms, errors, median query count, and the server's and the load
    generator's CPU ms per request.

    `server_cpu` and `client_cpu` are the CPU seconds each used during the run, if known.
    """
    ok = len(result.latencies)
    rps = ok / result.wall_seconds if result.wall_seconds > 0 else 0.0
    handled = ok + result.errors

    def per_request(seconds: float | None) -> float | None:
        return round(seconds * 1000 / handled, 2) if seconds is not None and handled else None

    summary: dict[str, Any] = {
        "rps": round(rps, 1),
        "p50_ms": _ms(percentile(result.latencies, 50)),
        "p95_ms": _ms(percentile(result.latencies, 95)),
        "requests": ok,
        "errors": result.errors,
        "queries": statistics.median_low(result.queries) if result.queries else None,
        "cpu_ms": per_request(server_cpu),
        "client_cpu_ms": per_request(client_cpu),
    }
    if result.error_samples:
        summary["error_samples"] = result.error_samples
    return summary


def _ms(seconds: float) -> float | None:
    return None if math.isnan(seconds) else round(seconds * 1000, 2)


def combine_floor(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The floor as the mean of its runs (first and last), so drift shows in `floor_runs`."""
    if not runs:
        raise ValueError("at least one floor run is needed")

    def mean(key: str) -> float | None:
        values = [r[key] for r in runs if r.get(key) is not None]
        return round(statistics.fmean(values), 2) if values else None

    rps = mean("rps")
    return {
        "rps": round(rps, 1) if rps is not None else 0.0,
        "p50_ms": mean("p50_ms"),
        "p95_ms": mean("p95_ms"),
        "cpu_ms": mean("cpu_ms"),
        "client_cpu_ms": mean("client_cpu_ms"),
        "errors": sum(int(r.get("errors", 0)) for r in runs),
    }


def build_report(
    floor_runs: Sequence[Mapping[str, Any]],
    pages: Mapping[str, Mapping[str, Any]],
    config: Mapping[str, Any],
) -> dict[str, Any]:
    """The --json document: floor, pages (with ratio to the floor), floor_runs and config."""
    floor = combine_floor(floor_runs)
    out_pages: dict[str, dict[str, Any]] = {}
    for name, summary in pages.items():
        keys = ("rps", "p50_ms", "p95_ms", "queries", "cpu_ms", "client_cpu_ms")
        entry = {key: summary.get(key) for key in keys}
        entry["ratio"] = ratio(float(summary.get("rps") or 0.0), float(floor["rps"]))
        entry["errors"] = summary.get("errors", 0)
        entry["requests"] = summary.get("requests", 0)
        if summary.get("error_samples"):
            entry["error_samples"] = list(summary["error_samples"])
        out_pages[name] = entry
    return {
        "floor": floor,
        "pages": out_pages,
        "floor_runs": [dict(r) for r in floor_runs],
        "config": dict(config),
    }


def format_table(report: Mapping[str, Any]) -> str:
    """A readable table of a build_report() document."""
    header = f"{'page':<18}{'rps':>9}{'p50 ms':>10}{'p95 ms':>10}{'queries':>9}{'ratio':>8}"
    header += f"{'cpu ms':>9}{'load ms':>9}{'errors':>8}"
    lines = [header, "-" * len(header)]
    floor = report["floor"]
    lines.append(_row("floor (mean)", floor, queries=None, ratio_value=1.0))
    for name, page in report["pages"].items():
        lines.append(_row(name, page, queries=page.get("queries"), ratio_value=page["ratio"]))
    runs = ", ".join(f"{r['rps']:.1f}" for r in report.get("floor_runs", []))
    if runs:
        lines.append(f"floor runs (first, last) rps: {runs}")
    config = report.get("config", {})
    if config:
        lines.append("config: " + ", ".join(f"{k}={v}" for k, v in config.items()))
    return "\n".join(lines)


def _row(name: str, data: Mapping[str, Any], *, queries: Any, ratio_value: float) -> str:
    def num(value: Any, fmt: str) -> str:
        return "-" if value is None else format(value, fmt)

    return (
        f"{name:<18}{num(data.get('rps'), '.1f'):>9}{num(data.get('p50_ms'), '.2f'):>10}"
        f"{num(data.get('p95_ms'), '.2f'):>10}{num(queries, 'd'):>9}{ratio_value:>8.3f}"
        f"{num(data.get('cpu_ms'), '.2f'):>9}{num(data.get('client_cpu_ms'), '.2f'):>9}"
        f"{data.get('errors', 0):>8}"
    )
