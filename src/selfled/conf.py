"""Typed helpers that read SELFLED_* environment variables and prepare SELFLED_HOME.

Settings import these; they stay free of Django so the CLI can use them before Django starts.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse


class ConfigError(ValueError):
    """A SELFLED_* variable holds a value SelfLed cannot use."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "selfled"


def home_dir() -> Path:
    raw = env_str("SELFLED_HOME")
    home = Path(raw).expanduser() if raw else default_home()
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def write_private(path: Path, content: str) -> None:
    """Create a file only its owner may read (0600), failing if it already exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)


def secret_key(home: Path) -> str:
    given = env_str("SELFLED_SECRET_KEY")
    if given:
        return given
    path = home / "secret_key"
    if not path.exists():
        try:
            write_private(path, secrets.token_urlsafe(64))
        except FileExistsError:
            pass  # another process created it first; read theirs
    return path.read_text(encoding="utf-8").strip()


def database_config(url: str, home: Path) -> dict[str, object]:
    """Turn SELFLED_DATABASE_URL (or the embedded default) into a Django DATABASES entry."""
    if not url:
        return sqlite_config(home / "selfled.sqlite3")
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if not path or path == "/":
            raise ConfigError(
                "SELFLED_DATABASE_URL: a sqlite URL needs a file path, e.g. sqlite:////srv/selfled/db.sqlite3"
            )
        return sqlite_config(Path(path))
    if parsed.scheme in {"postgres", "postgresql"}:
        name = unquote(parsed.path.lstrip("/"))
        if not name or not parsed.hostname:
            raise ConfigError(
                "SELFLED_DATABASE_URL: a PostgreSQL URL needs a host and a database name, "
                "e.g. postgresql://selfled@127.0.0.1:5432/selfled"
            )
        options: dict[str, object] = {
            key: values[-1] for key, values in parse_qs(parsed.query).items()
        }
        pool_max = env_int("SELFLED_DB_POOL_MAX", 10)
        options["pool"] = {"min_size": 1, "max_size": pool_max, "timeout": 20}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname,
            "PORT": str(parsed.port or 5432),
            "CONN_MAX_AGE": 0,
            "OPTIONS": options,
            "TEST": {"NAME": env_str("SELFLED_TEST_DATABASE_NAME") or f"test_{name}"},
        }
    raise ConfigError(
        f"SELFLED_DATABASE_URL must start with postgresql:// or sqlite://, not {parsed.scheme!r}://"
    )


def sqlite_config(path: Path) -> dict[str, object]:
    return {
        "ENGINE": "selfled.core.sqlite",
        "NAME": str(path),
        # One connection per worker, kept between requests: opening SQLite and setting its
        # pragmas on every request cost about a tenth of a signed-in page's time.
        "CONN_MAX_AGE": None,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL",
        },
    }
