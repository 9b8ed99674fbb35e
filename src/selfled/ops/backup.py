"""Consistent online backups and verified restores.

SQLite uses the online backup API (safe while the server runs). PostgreSQL wraps pg_dump /
pg_restore (custom format), which must be installed. Encryption keys are NOT in the backup:
back up the key file separately, or the restored data cannot be read.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess  # noqa: S404  (runs pg_dump/pg_restore with an argument list, no shell)
from pathlib import Path

from django.conf import settings
from django.db import connections

REQUIRED_TABLES = {"audit_auditevent", "accounts_user", "django_migrations"}


def _db() -> dict[str, str]:
    return {key: str(value) for key, value in settings.DATABASES["default"].items()}


def _is_sqlite() -> bool:
    return connections["default"].vendor == "sqlite"


def _pg_url() -> str:
    db = _db()
    auth = str(db["USER"])
    if db.get("PASSWORD"):
        auth += f":{db['PASSWORD']}"
    return f"postgresql://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def backup(file: str, *, force: bool = False) -> int:
    target = Path(file)
    if target.exists() and not force:
        print(f"selfled: {target} exists; pass --force to overwrite it")
        return 2
    db = _db()
    if _is_sqlite():
        tmp = target.with_name(target.name + ".partial")
        tmp.unlink(missing_ok=True)
        with sqlite3.connect(str(db["NAME"])) as source, sqlite3.connect(str(tmp)) as dest:
            source.backup(dest)
        source.close()
        dest.close()
        tmp.replace(target)
        target.chmod(0o600)
    else:
        tool = shutil.which("pg_dump")
        if tool is None:
            print("selfled: pg_dump is not installed; install the PostgreSQL client tools")
            return 2
        subprocess.run(
            [tool, "--format=custom", "--file", str(target), "--dbname", _pg_url()], check=True
        )
        target.chmod(0o600)
    print(
        f"backup written to {target}. Keep the key file ({settings.SELFLED_KEY_FILE}) "
        "backed up separately: without it the encrypted text cannot be read."
    )
    return 0


def check_sqlite_backup(path: Path) -> str | None:
    """Return a problem description, or None when the file is a sound SelfLed backup."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        conn.close()
    except sqlite3.DatabaseError as exc:
        return f"not a SQLite database ({exc})"
    if result != "ok":
        return f"integrity check failed: {result}"
    missing = REQUIRED_TABLES - tables
    if missing:
        return f"not a SelfLed backup (missing tables: {', '.join(sorted(missing))})"
    return None


def restore(file: str, *, assume_yes: bool = False) -> int:
    source = Path(file)
    if not source.exists():
        print(f"selfled: {source} does not exist")
        return 2
    db = _db()
    if not assume_yes:
        answer = input(f"Replace the database {db['NAME']} with {source}? Type 'restore': ")
        if answer.strip() != "restore":
            print("nothing changed")
            return 1
    connections.close_all()
    if _is_sqlite():
        problem = check_sqlite_backup(source)
        if problem:
            print(f"selfled: refusing to restore {source}: {problem}")
            return 2
        with sqlite3.connect(str(source)) as src, sqlite3.connect(str(db["NAME"])) as dest:
            src.backup(dest)
        src.close()
        dest.close()
    else:
        tool = shutil.which("pg_restore")
        if tool is None:
            print("selfled: pg_restore is not installed; install the PostgreSQL client tools")
            return 2
        subprocess.run(
            [tool, "--clean", "--if-exists", "--no-owner", "--dbname", _pg_url(), str(source)],
            check=True,
        )
    from selfled.audit.services import verify_chain

    report = verify_chain()
    status = "intact" if report.ok else f"BROKEN at #{report.first_broken}: {report.reason}"
    print(f"restored from {source}; audit chain {status} ({report.checked} events)")
    return 0 if report.ok else 1
