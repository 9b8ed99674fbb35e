"""Load generation: C processes, each looping GET requests on keep-alive connections.

gunicorn's sync workers close the connection after every response, so a worker reconnects
whenever the server says it will close (or the connection breaks).
"""

from __future__ import annotations

import http.client
import multiprocessing
import resource
import secrets
import string
import time
from dataclasses import asdict, dataclass
from multiprocessing.synchronize import Barrier
from typing import Any

from selfled.bench.stats import RunResult

SESSION_COOKIE = "sessionid"  # the cookie names in plain-HTTP mode (SELFLED_HTTPS=0)
CSRF_COOKIE = "csrftoken"
REQUEST_TIMEOUT = 30.0
MAX_ERROR_SAMPLES = 5


@dataclass(frozen=True)
class Target:
    host: str
    port: int
    path: str
    session_key: str | None = None
    # A signed-in browser also carries the CSRF cookie it was given on the sign-in page;
    # without it every page would make and set a new one.
    csrf_secret: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {"Accept": "text/html,application/json", "User-Agent": "selfled-bench"}
        cookies = []
        if self.session_key:
            cookies.append(f"{SESSION_COOKIE}={self.session_key}")
        if self.csrf_secret:
            cookies.append(f"{CSRF_COOKIE}={self.csrf_secret}")
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        return headers


def new_csrf_secret() -> str:
    """A value of the shape Django's CSRF cookie holds (32 letters and digits)."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))


@dataclass(frozen=True)
class Response:
    status: int
    location: str
    query_count: int | None
    body: bytes


def fetch(target: Target, conn: http.client.HTTPConnection | None = None) -> Response:
    """One GET; uses (and leaves open, when the server allows) `conn` if given."""
    own = conn is None
    connection = conn or http.client.HTTPConnection(
        target.host, target.port, timeout=REQUEST_TIMEOUT
    )
    try:
        connection.request("GET", target.path, headers=target.headers())
        resp = connection.getresponse()
        body = resp.read()
        if resp.will_close:
            connection.close()
        count = resp.getheader("X-Query-Count")
        return Response(
            status=resp.status,
            location=resp.getheader("Location") or "",
            query_count=int(count) if count and count.isdigit() else None,
            body=body,
        )
    finally:
        if own:
            connection.close()


def _loop(target: Target, seconds: float) -> RunResult:
    result = RunResult()
    conn = http.client.HTTPConnection(target.host, target.port, timeout=REQUEST_TIMEOUT)
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        began = time.perf_counter()
        try:
            # http.client reconnects by itself after the server closed the connection.
            response = fetch(target, conn)
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            result.errors += 1
            _sample(result, f"{type(exc).__name__}: {exc}")
            time.sleep(0.01)
            continue
        elapsed = time.perf_counter() - began
        if response.status == 200:
            result.latencies.append(elapsed)
            if response.query_count is not None:
                result.queries.append(response.query_count)
        else:
            result.errors += 1
            where = f" -> {response.location}" if response.location else ""
            _sample(result, f"HTTP {response.status}{where}")
    result.wall_seconds = time.perf_counter() - start
    conn.close()
    return result


def _sample(result: RunResult, message: str) -> None:
    if len(result.error_samples) < MAX_ERROR_SAMPLES and message not in result.error_samples:
        result.error_samples.append(message)


def _worker(target: Target, seconds: float, barrier: Barrier, out: Any) -> None:
    try:
        barrier.wait(timeout=60)
        out.put(asdict(_loop(target, seconds)))
    except KeyboardInterrupt:
        pass  # the parent stops everything and cleans up


def load_cpu_seconds() -> float:
    """CPU time (user and system) used so far by this process's finished load processes.

    `run_load` joins its processes before it returns, so the difference across a call is
    what that run's load generation cost (the server is a child too, but it has not ended).
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_load(target: Target, *, concurrency: int, seconds: float) -> RunResult:
    """Hit `target` from `concurrency` processes for `seconds`; merged results.

    All processes start together (a barrier), so their clocks start within a millisecond of
    each other; wall time is the longest worker's, which makes rps = successes / wall.
    """
    # fork: the load processes are this process's children, so load_cpu_seconds() counts
    # them, and nothing else (a spawned interpreter's start-up, a forkserver's children)
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(concurrency)
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_worker, args=(target, seconds, barrier, out), daemon=True)
        for _ in range(concurrency)
    ]
    merged = RunResult()
    try:
        for proc in procs:
            proc.start()
        # Drain the queue before joining: a worker cannot exit while its result is unread.
        for _ in procs:
            merged.merge(RunResult(**out.get(timeout=seconds + REQUEST_TIMEOUT + 90)))
        for proc in procs:
            proc.join(timeout=10)
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=5)
    return merged
