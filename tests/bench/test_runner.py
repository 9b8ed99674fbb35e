"""Pure parts of `selfled bench`: maths, page selection, configuration, report shape."""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
from pathlib import Path

import pytest

from selfled.bench import runner
from selfled.bench.pages import FLOOR, PAGES, Page, UnknownPageError, select_pages
from selfled.bench.setup import (
    BenchSetupError,
    bench_env,
    parse_stat,
    pick_personas,
    tree_cpu_seconds,
)
from selfled.bench.stats import (
    RunResult,
    build_report,
    combine_floor,
    format_table,
    percentile,
    ratio,
    summarize,
)
from selfled.cli import build_parser

# --- percentile / ratio -------------------------------------------------------------------


def test_percentile_interpolates_linearly() -> None:
    values = [4.0, 1.0, 3.0, 2.0]  # unsorted on purpose
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 4.0
    assert percentile(values, 50) == 2.5
    assert percentile(values, 95) == pytest.approx(3.85)


def test_percentile_matches_statistics_inclusive_quantiles() -> None:
    values = [float(x * x % 97) for x in range(1, 250)]
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    assert percentile(values, 50) == pytest.approx(cuts[49])
    assert percentile(values, 95) == pytest.approx(cuts[94])


def test_percentile_edge_cases() -> None:
    assert percentile([7.0], 95) == 7.0
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_ratio_rounds_to_three_places_and_survives_a_zero_floor() -> None:
    assert ratio(100.0, 300.0) == 0.333
    assert ratio(2000.0, 1000.0) == 2.0
    assert ratio(5.0, 0.0) == 0.0


# --- summaries and the report -------------------------------------------------------------


def _result(latencies: list[float], queries: list[int], wall: float, errors: int = 0) -> RunResult:
    return RunResult(latencies=latencies, queries=queries, errors=errors, wall_seconds=wall)


def test_summarize_reports_rps_percentiles_and_median_queries() -> None:
    summary = summarize(_result([0.001, 0.002, 0.003, 0.004], [5, 5, 6, 5], wall=2.0, errors=1))
    assert summary["rps"] == 2.0
    assert summary["p50_ms"] == 2.5
    assert summary["p95_ms"] == 3.85
    assert summary["queries"] == 5
    assert summary["errors"] == 1
    assert summary["requests"] == 4


def test_summarize_divides_server_cpu_over_every_request_handled() -> None:
    summary = summarize(_result([0.01] * 90, [1] * 90, wall=1.0, errors=10), server_cpu=0.5)
    assert summary["cpu_ms"] == 5.0
    assert summarize(_result([0.01], [1], wall=1.0))["cpu_ms"] is None


def test_summarize_divides_load_generator_cpu_the_same_way() -> None:
    summary = summarize(_result([0.01] * 90, [1] * 90, wall=1.0, errors=10), client_cpu=0.2)
    assert summary["client_cpu_ms"] == 2.0
    assert summarize(_result([0.01], [1], wall=1.0))["client_cpu_ms"] is None


def test_summarize_with_nothing_measured() -> None:
    summary = summarize(RunResult())
    assert summary["rps"] == 0.0
    assert summary["p50_ms"] is None
    assert summary["queries"] is None


def test_merge_adds_requests_and_keeps_the_longest_wall_time() -> None:
    total = _result([0.1], [3], wall=1.0)
    total.merge(_result([0.2, 0.3], [3, 4], wall=1.5, errors=2))
    assert total.latencies == [0.1, 0.2, 0.3]
    assert total.queries == [3, 3, 4]
    assert total.errors == 2
    assert total.wall_seconds == 1.5


def test_floor_is_the_mean_of_its_runs() -> None:
    runs = [
        {"rps": 1000.0, "p50_ms": 1.0, "p95_ms": 3.0, "errors": 0},
        {"rps": 2000.0, "p50_ms": 2.0, "p95_ms": 5.0, "errors": 1},
    ]
    assert combine_floor(runs) == {
        "rps": 1500.0,
        "p50_ms": 1.5,
        "p95_ms": 4.0,
        "cpu_ms": None,
        "client_cpu_ms": None,
        "errors": 1,
    }
    with pytest.raises(ValueError):
        combine_floor([])


def test_report_has_the_documented_json_shape() -> None:
    floor_runs = [
        {"rps": 900.0, "p50_ms": 1.0, "p95_ms": 2.0, "errors": 0, "queries": 0},
        {"rps": 1100.0, "p50_ms": 1.2, "p95_ms": 2.2, "errors": 0, "queries": 0},
    ]
    pages = {
        "login": {"rps": 250.0, "p50_ms": 4.0, "p95_ms": 9.0, "queries": 0, "errors": 0},
        "api-clients": {
            "rps": 120.0,
            "p50_ms": 9.0,
            "p95_ms": 20.0,
            "queries": 12,
            "errors": 3,
            "error_samples": ["HTTP 500"],
        },
    }
    report = json.loads(json.dumps(build_report(floor_runs, pages, {"clients": 200})))
    assert set(report) >= {"floor", "pages", "floor_runs", "config"}
    assert set(report["floor"]) >= {"rps", "p50_ms", "p95_ms"}
    assert report["floor"]["rps"] == 1000.0
    assert list(report["pages"]) == ["login", "api-clients"]
    for entry in report["pages"].values():
        assert set(entry) >= {
            *("rps", "p50_ms", "p95_ms", "queries", "ratio", "errors"),
            *("cpu_ms", "client_cpu_ms"),
        }
    assert report["pages"]["login"]["ratio"] == 0.25
    assert report["pages"]["api-clients"]["ratio"] == 0.12
    assert report["pages"]["api-clients"]["error_samples"] == ["HTTP 500"]
    assert len(report["floor_runs"]) == 2
    assert report["config"] == {"clients": 200}

    table = format_table(report)
    assert "floor (mean)" in table and "api-clients" in table and "0.120" in table


# --- page registry and the command line ---------------------------------------------------


def test_empty_page_list_means_every_page_in_registry_order() -> None:
    assert select_pages("") == list(PAGES)
    assert select_pages(" , ") == list(PAGES)


def test_page_selection_keeps_order_and_drops_repeats() -> None:
    assert select_pages("api-clients, login,api-clients") == ["api-clients", "login"]


def test_unknown_page_names_are_listed_with_the_known_ones() -> None:
    with pytest.raises(UnknownPageError) as caught:
        select_pages("login,nope,also-nope")
    message = str(caught.value)
    assert "nope, also-nope" in message
    for name in PAGES:
        assert name in message


def test_every_page_builds_a_path_from_the_fixtures() -> None:
    fixtures = {"clinician_client_id": "0b7d5a52-2f0c-4c3c-8f1e-9f0e5a1d2c3b"}
    assert FLOOR.path(fixtures) == "/health/"
    assert PAGES["client-detail"].path(fixtures) == f"/clients/{fixtures['clinician_client_id']}/"
    for name, page in PAGES.items():
        assert isinstance(page, Page)
        assert page.path(fixtures).startswith("/"), name
        assert page.persona in {"anonymous", "client", "clinician", "admin"}


def _args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["bench", *argv])


def test_unknown_page_exits_2_without_touching_anything(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("no bench should start")

    monkeypatch.setattr(runner, "run_bench", fail)
    assert runner.run_bench_command(_args("--pages", "login,bogus")) == 2
    err = capsys.readouterr().err
    assert "bogus" in err and "client-home" in err


@pytest.mark.parametrize(
    "argv", [("--clients", "0"), ("--concurrency", "0"), ("--seconds", "0"), ("--workers", "0")]
)
def test_bad_numbers_exit_2(argv: tuple[str, str]) -> None:
    assert runner.run_bench_command(_args(*argv)) == 2


def test_config_defaults_and_warmup() -> None:
    config = runner.parse_config(_args("--pages", "login", "--seconds", "8", "--json"))
    assert config.pages == ["login"]
    assert config.as_json is True
    assert config.warmup_seconds == 1.0
    assert runner.parse_config(_args("--seconds", "100")).warmup_seconds == 2.0
    assert runner.parse_config(_args("--seconds", "1")).warmup_seconds == 0.5


def test_temporary_home_is_removed_even_when_setup_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[Path] = []

    def broken(config: runner.BenchConfig, home: Path) -> dict[str, object]:
        seen.append(home)
        assert home.is_dir()
        raise BenchSetupError("server would not start")

    monkeypatch.setattr(runner, "run_bench", broken)
    assert runner.run_bench_command(_args("--pages", "login")) == 1
    assert seen and not seen[0].exists()
    assert "server would not start" in capsys.readouterr().err


# --- environment --------------------------------------------------------------------------


def test_bench_env_uses_embedded_sqlite_by_default(tmp_path: Path) -> None:
    base = {
        "PATH": "/bin",
        "SELFLED_DATABASE_URL": " ",
        "SELFLED_KEY_FILE": "/etc/keys.json",
        "SELFLED_HTTPS": "1",
    }
    env = bench_env(tmp_path, base)
    assert env["SELFLED_HOME"] == str(tmp_path)
    assert env["SELFLED_HTTPS"] == "0"
    assert env["SELFLED_BENCH"] == "1"
    assert env["PATH"] == "/bin"
    assert "SELFLED_DATABASE_URL" not in env
    assert "SELFLED_KEY_FILE" not in env


def test_bench_env_keeps_a_given_database_url(tmp_path: Path) -> None:
    url = "postgresql://bench@127.0.0.1:5432/throwaway"
    assert bench_env(tmp_path, {"SELFLED_DATABASE_URL": url})["SELFLED_DATABASE_URL"] == url


def test_personas_are_the_first_login_of_each_role() -> None:
    logins = {
        "logins": [
            {"role": "admin", "email": "admin@x"},
            {"role": "clinician", "email": "c1@x"},
            {"role": "clinician", "email": "c2@x"},
            {"role": "client", "email": "client1@x"},
        ]
    }
    assert pick_personas(logins) == {"admin": "admin@x", "clinician": "c1@x", "client": "client1@x"}
    with pytest.raises(BenchSetupError, match="client"):
        pick_personas(
            {"logins": [{"role": "admin", "email": "a@x"}, {"role": "clinician", "email": "c@x"}]}
        )


def test_parse_stat_reads_parent_and_cpu_ticks() -> None:
    # A command name with spaces and parentheses must not shift the fields.
    line = "4242 (gunicorn: a (b) c) S 4200 4242 4242 0 -1 4194560 100 0 0 0 37 5 0 0 20 0 1 0"
    assert parse_stat(line) == (4200, 42)


def test_cpu_of_this_process_is_measurable_on_linux() -> None:
    used = tree_cpu_seconds(os.getpid())
    if sys.platform.startswith("linux"):
        assert used is not None and used > 0
    assert tree_cpu_seconds(2**22 + 12345) is None  # no such process
