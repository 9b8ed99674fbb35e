"""The bench's private world: a temporary SELFLED_HOME, demo data, sessions and a real server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from selfled.bench.load import Target, fetch

# Variables that would make the bench talk to, or behave like, a real installation.
DROPPED_ENV = (
    "SELFLED_KEY_FILE",
    "SELFLED_SECRET_KEY",
    "SELFLED_ALLOWED_HOSTS",
    "SELFLED_BEHIND_PROXY",
    "SELFLED_SSL_REDIRECT",
    "DJANGO_SETTINGS_MODULE",
)
PERSONA_ROLES = {"client": "client", "clinician": "clinician", "admin": "admin"}


class BenchSetupError(RuntimeError):
    pass


def bench_env(home: Path, base: Mapping[str, str]) -> dict[str, str]:
    """The environment for every bench subprocess.

    Embedded SQLite in `home` unless the caller set SELFLED_DATABASE_URL, which is then used
    as-is (it must be an empty, throwaway database: demo data is loaded into it).
    """
    env = {k: v for k, v in base.items() if k not in DROPPED_ENV}
    env.update(
        SELFLED_HOME=str(home),
        SELFLED_HTTPS="0",
        SELFLED_BENCH="1",
        SELFLED_DEBUG="0",
        PYTHONUNBUFFERED="1",
    )
    if not base.get("SELFLED_DATABASE_URL", "").strip():
        env.pop("SELFLED_DATABASE_URL", None)
    return env


def _python(env: Mapping[str, str], args: list[str], stdin: str | None = None) -> str:
    proc = subprocess.run(
        [sys.executable, *args],
        env=dict(env),
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip()[-2000:]
        raise BenchSetupError(f"`{' '.join(args)}` failed (exit {proc.returncode}):\n{detail}")
    return proc.stdout


def load_demo_data(env: Mapping[str, str], clients: int) -> dict[str, Any]:
    """Migrate and load the seed-1 demo practice; returns `demo-data --json`'s document."""
    out = _python(
        env,
        ["-m", "selfled.cli", "demo-data", "--clients", str(clients)]
        + ["--weeks", "12", "--seed", "1", "--json"],
    )
    return dict(json.loads(out.strip().splitlines()[-1]))


def pick_personas(logins: Mapping[str, Any]) -> dict[str, str]:
    """The first demo login of each role: persona → email."""
    personas: dict[str, str] = {}
    for login in logins.get("logins", []):
        for persona, role in PERSONA_ROLES.items():
            if login.get("role") == role and persona not in personas:
                personas[persona] = str(login["email"])
    missing = sorted(set(PERSONA_ROLES) - set(personas))
    if missing:
        raise BenchSetupError(f"demo data has no login for: {', '.join(missing)}")
    return personas


def create_sessions(env: Mapping[str, str], personas: Mapping[str, str]) -> dict[str, Any]:
    """Signed-in sessions and page fixtures, made by selfled.bench.sessions in a subprocess."""
    out = _python(
        env, ["-m", "selfled.bench.sessions"], stdin=json.dumps({"personas": dict(personas)})
    )
    return dict(json.loads(out.strip().splitlines()[-1]))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`selfled serve` (gunicorn) in its own process group, logging to a file."""

    def __init__(self, env: Mapping[str, str], *, workers: int, log_path: Path) -> None:
        self.env = dict(env)
        self.workers = workers
        self.log_path = log_path
        self.host = "127.0.0.1"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self, timeout: float = 90.0) -> None:
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "selfled.cli", "serve", "--host", self.host]
            + ["--port", str(self.port), "--workers", str(self.workers)],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl+C reaches us, not gunicorn; we stop it ourselves
        )
        deadline = time.monotonic() + timeout
        health = Target(self.host, self.port, "/health/")
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise BenchSetupError(f"the server exited early:\n{self.log_tail()}")
            try:
                if fetch(health).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise BenchSetupError(
            f"the server did not answer /health/ in {timeout:.0f}s:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """SIGTERM the gunicorn master (it stops its workers); SIGKILL the group if stuck."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            try:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        if self._log is not None:
            self._log.close()
            self._log = None

    def cpu_seconds(self) -> float | None:
        """CPU time used so far by gunicorn's master and workers (None if not measurable)."""
        return None if self.proc is None else tree_cpu_seconds(self.proc.pid)

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])


def parse_stat(text: str) -> tuple[int, int]:
    """(parent pid, user + system clock ticks) from a Linux /proc/PID/stat line."""
    fields = text.rsplit(")", 1)[1].split()  # after "pid (comm)": state, ppid, ...
    return int(fields[1]), int(fields[11]) + int(fields[12])


def tree_cpu_seconds(root: int) -> float | None:
    """User + system CPU seconds of process `root` and its children, from /proc (Linux).

    CPU per request is far less sensitive than wall-clock figures to other work competing
    for the machine's cores. None where /proc is not available.
    """
    proc = Path("/proc")
    if not (proc / str(root) / "stat").exists():
        return None
    ticks = 0
    for stat in proc.glob("[0-9]*/stat"):
        try:
            ppid, used = parse_stat(stat.read_text(encoding="utf-8", errors="replace"))
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        if ppid == root or stat.parent.name == str(root):
            ticks += used
    return ticks / os.sysconf("SC_CLK_TCK")
