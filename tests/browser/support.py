"""Helpers for the browser tests: the live server, sign-in steps, TOTP codes, problem capture."""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

from playwright.sync_api import BrowserContext, ConsoleMessage, Error, Page, ViewportSize, expect

from selfled.lib.totp import current_code

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
TOTP_STEP = 30
VERIFY_PATH = re.compile(r"/account/2fa/verify/$")


# --------------------------------------------------------------------------- the live server


@dataclass
class Login:
    role: str
    email: str
    password: str
    totp_secret: str | None
    name: str


@dataclass
class LiveServer:
    url: str
    home: Path
    log_path: Path
    practice: str
    logins: list[Login]

    def by_role(self, role: str) -> list[Login]:
        return [x for x in self.logins if x.role == role]

    @property
    def admin(self) -> Login:
        return self.by_role("admin")[0]

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _admin_url(url: str) -> str:
    """The same PostgreSQL server, but the maintenance database `postgres`."""
    return urlunparse(urlparse(url)._replace(path="/postgres"))


@contextmanager
def throwaway_database(source_url: str, home: Path) -> Iterator[str]:
    """Yield a SELFLED_DATABASE_URL for a database nobody else uses; remove it afterwards.

    PostgreSQL: a fresh database on the server `source_url` names, dropped at the end.
    SQLite: a new file in `home` (deleted with it).
    """
    scheme = urlparse(source_url).scheme
    if scheme == "sqlite":
        yield f"sqlite:///{home / 'browser.sqlite3'}"
        return
    if scheme not in {"postgres", "postgresql"}:
        raise ValueError(f"unsupported SELFLED_DATABASE_URL scheme {scheme!r}")
    import psycopg

    name = f"selfled_browser_{secrets.token_hex(4)}"
    admin_url = _admin_url(source_url)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunparse(urlparse(source_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)  # gunicorn: graceful stop of the master and its workers
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # our own process group (start_new_session)
        proc.wait(timeout=10)


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    last_error = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url + "/health/", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
                last_error = f"status {response.status}"
        except (urllib.error.URLError, OSError) as exc:
            last_error = str(exc)
        time.sleep(0.2)
    log = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
    state = f"exited with {proc.returncode}" if proc.poll() is not None else "did not answer"
    raise RuntimeError(f"selfled serve {state} ({last_error}); log:\n{log}")


@contextmanager
def live_server(*, workers: int = 2, startup_timeout: float = 60.0) -> Iterator[LiveServer]:
    """Load demo data into a throwaway database and run `selfled serve` against it."""
    home = Path(tempfile.mkdtemp(prefix="selfled-browser-"))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update(
        SELFLED_HOME=str(home),
        SELFLED_HTTPS="0",
        SELFLED_BASE_URL=url,  # invitation links must point at this server
        SELFLED_LOG_LEVEL="WARNING",
        # gunicorn's control socket defaults to one per user ($HOME/.gunicorn/gunicorn.ctl),
        # which other servers on this machine would share; keep ours in the throwaway home.
        XDG_RUNTIME_DIR=str(home),
    )
    env.pop("SELFLED_KEY_FILE", None)  # a fresh database gets a fresh key in the fresh home
    source_url = env.get("SELFLED_DATABASE_URL", "").strip()
    log_path = home / "server.log"
    database = throwaway_database(source_url, home) if source_url else _embedded_database()
    with database as db_url:
        if db_url:
            env["SELFLED_DATABASE_URL"] = db_url
        demo = subprocess.run(
            [
                sys.executable,
                "-m",
                "selfled.cli",
                "demo-data",
                "--clients",
                "3",
                "--seed",
                "7",
                "--json",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if demo.returncode != 0:
            raise RuntimeError(
                f"selfled demo-data failed ({demo.returncode}):\n"
                f"{demo.stdout[-2000:]}\n{demo.stderr[-4000:]}"
            )
        data = json.loads(demo.stdout.strip().splitlines()[-1])
        logins = [
            Login(x["role"], x["email"], x["password"], x["totp_secret"], x["name"])
            for x in data["logins"]
        ]
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "selfled.cli",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--workers",
                    str(workers),
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            _wait_healthy(url, proc, log_path, startup_timeout)
            yield LiveServer(
                url=url, home=home, log_path=log_path, practice=data["practice"], logins=logins
            )
        finally:
            _stop(proc)
    shutil.rmtree(home, ignore_errors=True)


@contextmanager
def _embedded_database() -> Iterator[str]:
    yield ""  # no SELFLED_DATABASE_URL: the embedded SQLite file inside the fresh SELFLED_HOME


# --------------------------------------------------------------------------- TOTP codes

_last_step: dict[str, int] = {}


def totp_code(secret: str) -> str:
    """The code to type now for `secret`, never one this process already used.

    Each code is single-use on the server, and one adjacent step is accepted, so when the
    current step's code is spent we type the next step's code; only if that is spent too do
    we wait for the clock.
    """
    while True:
        now = time.time()
        step = int(now // TOTP_STEP)
        wanted = max(step, _last_step.get(secret, -1) + 1)
        if wanted <= step + 1:
            _last_step[secret] = wanted
            return current_code(secret, at=wanted * TOTP_STEP)
        time.sleep((step + 1) * TOTP_STEP - now + 0.05)


# --------------------------------------------------------------------------- problems


@dataclass
class Problems:
    """Console errors, CSP violations and uncaught exceptions seen in one browser context."""

    messages: list[str] = field(default_factory=list)
    allowed_urls: set[str] = field(default_factory=set)

    def allow_failed_load(self, url: str) -> None:
        """A document we expect to answer 4xx (Chromium logs a console error for it)."""
        self.allowed_urls.add(url)

    def on_console(self, msg: ConsoleMessage) -> None:
        if msg.type not in {"error", "warning"}:
            return
        text = msg.text
        location = str((msg.location or {}).get("url", ""))
        if msg.type == "warning" and "Content Security Policy" not in text:
            return
        if text.startswith("Failed to load resource") and (
            location.endswith("/favicon.ico") or location in self.allowed_urls
        ):
            return
        self.messages.append(f"console.{msg.type}: {text} ({location})")

    def on_page_error(self, error: Error) -> None:
        self.messages.append(f"uncaught: {error}")

    def csp_violations(self) -> list[str]:
        return [m for m in self.messages if "Content Security Policy" in m]

    def assert_clean(self) -> None:
        assert not self.messages, "browser reported problems:\n" + "\n".join(self.messages)


def watch(context: BrowserContext) -> Problems:
    problems = Problems()
    context.on("console", problems.on_console)
    context.on("weberror", lambda web_error: problems.on_page_error(web_error.error))
    # CSP violations are also logged to the console; this catches any that are not.
    context.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + "
        "e.blockedURI));"
    )
    return problems


class Session:
    """One browser context (its own cookies, like a separate device) with a page and its log."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.problems = watch(context)
        self.page: Page = context.new_page()


# --------------------------------------------------------------------------- steps


def sign_in_with_password(page: Page, email: str, password: str) -> None:
    page.goto("/login/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def signed_in_client(new_session: Callable[[], Session], server: LiveServer, index: int) -> Page:
    """A fresh browser signed in as the demo practice's client number `index`."""
    client = server.by_role("client")[index]
    page = new_session().page
    sign_in_with_password(page, client.email, client.password)
    return page


def enter_second_factor(page: Page, secret: str) -> None:
    expect(page).to_have_url(VERIFY_PATH)
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Continue").click()
    expect(page).not_to_have_url(VERIFY_PATH)


def sign_in_staff(page: Page, login: Login) -> None:
    assert login.totp_secret, f"{login.email} has no TOTP secret"
    sign_in_with_password(page, login.email, login.password)
    enter_second_factor(page, login.totp_secret)


def main_nav(page: Page) -> Any:
    return page.get_by_role("navigation", name="Main")


def capture_layouts(page: Page, folder: Path, name: str) -> list[Path]:
    """Full-page screenshots on a phone and a desktop viewport; no sideways scrolling on a phone."""
    shots = []
    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px on the {label} viewport"
        path = folder / f"{name}-{label}.png"
        page.screenshot(path=str(path), full_page=True)
        shots.append(path)
    return shots
