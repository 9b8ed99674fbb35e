"""`selfled bench`: pages under load, compared with the bare-view floor on the same server.

Steps: a temporary SELFLED_HOME → demo data (migrations included) → signed-in sessions made
directly in the session store → `selfled serve` (gunicorn) → floor, each page, floor again →
report. The server is stopped and the temporary home removed however the run ends.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from selfled.bench.load import Target, fetch, load_cpu_seconds, new_csrf_secret, run_load
from selfled.bench.pages import FLOOR, FLOOR_NAME, PAGES, Page, UnknownPageError, select_pages
from selfled.bench.setup import (
    BenchSetupError,
    Server,
    bench_env,
    create_sessions,
    load_demo_data,
    pick_personas,
)
from selfled.bench.stats import build_report, format_table, summarize


@dataclass(frozen=True)
class BenchConfig:
    pages: list[str]
    clients: int
    concurrency: int
    seconds: float
    workers: int
    as_json: bool

    @property
    def warmup_seconds(self) -> float:
        return round(min(2.0, max(0.5, self.seconds / 8)), 2)


def parse_config(args: argparse.Namespace) -> BenchConfig:
    """Validate the command line; raises UnknownPageError or ValueError."""
    pages = select_pages(args.pages or "")
    if args.clients < 1:
        raise ValueError("--clients must be at least 1")
    if args.concurrency < 1:
        raise ValueError("--concurrency must be at least 1")
    if args.seconds <= 0:
        raise ValueError("--seconds must be more than 0")
    if args.workers < 1:
        raise ValueError("--workers must be at least 1")
    return BenchConfig(
        pages, args.clients, args.concurrency, float(args.seconds), args.workers, bool(args.json)
    )


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run_bench_command(args: argparse.Namespace) -> int:
    try:
        config = parse_config(args)
    except (UnknownPageError, ValueError) as exc:
        print(f"selfled bench: {exc}", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="selfled-bench-"))
    try:
        report = run_bench(config, home)
    except KeyboardInterrupt:
        _say("interrupted; server stopped")
        return 130
    except BenchSetupError as exc:
        print(f"selfled bench: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if config.as_json:
        print(json.dumps(report, indent=2))
    else:
        print(format_table(report))
    errors = report["floor"]["errors"] + sum(p["errors"] for p in report["pages"].values())
    return 1 if errors else 0


def run_bench(config: BenchConfig, home: Path) -> dict[str, Any]:
    """Set up, measure and return the report document (see stats.build_report)."""
    load_at_start = _loadavg()  # other work on the machine before the bench adds its own
    env = bench_env(home, os.environ)
    _say(f"loading demo data: {config.clients} clients (temporary home {home})")
    personas = pick_personas(load_demo_data(env, config.clients))
    setup = create_sessions(env, personas)
    sessions: dict[str, str] = setup["sessions"]
    fixtures: dict[str, str] = setup["fixtures"]
    server = Server(env, workers=config.workers, log_path=home / "server.log")
    try:
        _say(f"starting server: {config.workers} workers on port {server.port}")
        server.start()
        targets = {FLOOR_NAME: _target(server, FLOOR, sessions, fixtures)}
        targets.update({n: _target(server, PAGES[n], sessions, fixtures) for n in config.pages})
        _preflight(targets)
        floor_runs = [_measure(config, server, FLOOR_NAME, targets[FLOOR_NAME], "first")]
        pages = {name: _measure(config, server, name, targets[name]) for name in config.pages}
        floor_runs.append(_measure(config, server, FLOOR_NAME, targets[FLOOR_NAME], "last"))
        if any(run["errors"] for run in [*floor_runs, *pages.values()]):
            _say(f"some requests failed; the server log ends with:\n{server.log_tail(60)}")
    finally:
        server.stop()
    doc = _config_doc(config, env)
    doc["loadavg_1m_at_start"] = load_at_start
    return build_report(floor_runs, pages, doc)


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def _loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # not available on this platform
        return None


def _target(
    server: Server, page: Page, sessions: Mapping[str, str], fixtures: Mapping[str, str]
) -> Target:
    if page.persona == "anonymous":
        return Target(server.host, server.port, page.path(fixtures))
    key = sessions[page.persona]
    return Target(server.host, server.port, page.path(fixtures), key, new_csrf_secret())


def _preflight(targets: Mapping[str, Target]) -> None:
    """One request per URL: warn early when a page does not answer 200 (e.g. a redirect)."""
    for name, target in targets.items():
        response = fetch(target)
        if response.status != 200:
            where = f" -> {response.location}" if response.location else ""
            _say(f"warning: {name} ({target.path}) answered {response.status}{where}")


def _measure(
    config: BenchConfig, server: Server, name: str, target: Target, label: str = ""
) -> dict[str, Any]:
    title = f"{name} ({label})" if label else name
    _say(
        f"{title}: GET {target.path}, {config.concurrency} concurrent, "
        f"{config.warmup_seconds}s warm-up + {config.seconds}s"
    )
    run_load(target, concurrency=config.concurrency, seconds=config.warmup_seconds)
    cpu_before, load_before = server.cpu_seconds(), load_cpu_seconds()
    result = run_load(target, concurrency=config.concurrency, seconds=config.seconds)
    summary = summarize(
        result,
        server_cpu=_delta(cpu_before, server.cpu_seconds()),
        client_cpu=load_cpu_seconds() - load_before,
    )
    _say(
        f"{title}: {summary['rps']} rps, p50 {summary['p50_ms']} ms, "
        f"p95 {summary['p95_ms']} ms, server CPU {summary['cpu_ms']} ms/request, "
        f"load generator CPU {summary['client_cpu_ms']} ms/request, "
        f"queries {summary['queries']}, errors {summary['errors']}"
    )
    return summary


def _config_doc(config: BenchConfig, env: Mapping[str, str]) -> dict[str, Any]:
    return {
        "clients": config.clients,
        "concurrency": config.concurrency,
        "seconds": config.seconds,
        "warmup_seconds": config.warmup_seconds,
        "workers": config.workers,
        "database": urlparse(env["SELFLED_DATABASE_URL"]).scheme
        if env.get("SELFLED_DATABASE_URL")
        else "sqlite (embedded)",
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m selfled.bench.runner ...` (same options as `selfled bench`)."""
    from selfled.cli import build_parser

    return run_bench_command(build_parser().parse_args(["bench", *(argv or sys.argv[1:])]))


if __name__ == "__main__":
    raise SystemExit(main())
