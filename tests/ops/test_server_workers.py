"""The production server's workers never share a database connection (a real `selfled serve`).

The server migrates in its master process and forks workers from it. A connection (or a
PostgreSQL pool) left open there was inherited by every worker, and concurrent requests then
read each other's rows: errors, and pages built from another request's data. Runs on SQLite
and, when the suite runs on PostgreSQL, on PostgreSQL.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import re
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from typing import Any
from unittest import mock

from selfled.ops.server import close_database_connections
from tests.browser.support import live_server

CONCURRENCY = 8
REQUESTS_EACH = 25


def _sign_in(url: str, email: str, password: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{url}/login/", timeout=30).read().decode()  # noqa: S310
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    form = {"csrfmiddlewaretoken": token.group(1), "username": email, "password": password}
    opener.open(f"{url}/login/", urllib.parse.urlencode(form).encode(), timeout=30)  # noqa: S310
    session = next((c.value for c in jar if c.name == "sessionid"), None)
    assert session, "sign-in failed"
    return session


def _hammer(port: int, session: str, paths: tuple[str, ...]) -> Counter[str]:
    seen: Counter[str] = Counter()
    for i in range(REQUESTS_EACH):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.request("GET", paths[i % len(paths)], headers={"Cookie": f"sessionid={session}"})
            response = conn.getresponse()
            body = response.read()
            ok = response.status == 200 and b"Sign out" in body
            seen["ok" if ok else f"status {response.status}"] += 1
        finally:
            conn.close()
    return seen


def test_concurrent_signed_in_requests_all_succeed() -> None:
    with live_server(workers=2) as server:
        client = server.by_role("client")[0]
        session = _sign_in(server.url, client.email, client.password)
        port = urllib.parse.urlparse(server.url).port
        assert port is not None
        paths = ("/parts/", "/me/", "/self-energy/")
        with ProcessPoolExecutor(CONCURRENCY) as pool:
            jobs = [pool.submit(_hammer, port, session, paths) for _ in range(CONCURRENCY)]
            results = [job.result() for job in jobs]
        total: Counter[str] = sum(results, Counter())
        assert total == Counter(ok=CONCURRENCY * REQUESTS_EACH), server.log_tail()
        assert "Traceback" not in server.log_path.read_text(errors="replace")


class _Connection:
    def __init__(self, pool: bool) -> None:
        self.settings_dict: dict[str, Any] = {"OPTIONS": {"pool": {"max_size": 4}} if pool else {}}
        self.closed = self.pool_closed = False

    def close(self) -> None:
        self.closed = True

    def close_pool(self) -> None:
        self.pool_closed = True


def test_the_master_closes_connections_and_pools_before_forking() -> None:
    pooled, plain = _Connection(pool=True), _Connection(pool=False)
    with mock.patch("django.db.connections.all", return_value=[pooled, plain]):
        close_database_connections()
    assert pooled.closed and pooled.pool_closed
    assert plain.closed and not plain.pool_closed
