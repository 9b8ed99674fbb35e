"""End-to-end checks of the `selfled` command on a private, file-backed SQLite home."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

CANARY = "CANARY-lighthouse-4419 private words"

MAKE_CANARY = f"""
from django.utils import timezone
from selfled.care.models import BreakGlassGrant, Client
from selfled.accounts.models import User
client = Client.objects.first()
colleague = User.objects.get(email='clinician2@demo5.example.org')
BreakGlassGrant.objects.create(practice_id=client.practice_id, client=client,
    clinician=colleague, reason={CANARY!r}, expires_at=timezone.now())
"""
READ_CANARY = (
    "from selfled.care.models import BreakGlassGrant; print(BreakGlassGrant.objects.get().reason)"
)


def run(
    home: Path, *args: str, check: bool = True, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SELFLED_")}
    env.update({"SELFLED_HOME": str(home), "SELFLED_HTTPS": "0", **(extra_env or {})})
    result = subprocess.run(
        [sys.executable, "-m", "selfled.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"selfled {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("selfled-home")
    out = run(path, "demo-data", "--clients", "3", "--seed", "5", "--json")
    logins = json.loads(out.stdout)["logins"]
    assert {x["role"] for x in logins} == {"admin", "clinician", "client"}
    assert all(x["totp_secret"] for x in logins if x["role"] != "client")
    run(path, "manage", "shell", "-c", MAKE_CANARY)
    return path


def test_canary_is_absent_from_database_wal_and_backup(home: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    run(home, "backup", str(backup))
    files = [home / "selfled.sqlite3", home / "selfled.sqlite3-wal", backup]
    assert files[0].exists() and backup.exists()
    for file in files:
        if file.exists():
            assert CANARY.encode() not in file.read_bytes(), file
            assert b"lighthouse" not in file.read_bytes(), file
    assert oct(backup.stat().st_mode & 0o777) == "0o600"


def test_audit_verify_detects_an_altered_row(home: Path, tmp_path: Path) -> None:
    assert run(home, "audit", "verify").returncode == 0
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "keys.json").write_bytes((home / "keys.json").read_bytes())
    (copy / "secret_key").write_bytes((home / "secret_key").read_bytes())
    run(home, "backup", str(copy / "selfled.sqlite3"))
    with sqlite3.connect(copy / "selfled.sqlite3") as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_auditevent SET action = 'edited' WHERE seq = 1")
    conn.close()
    result = run(copy, "audit", "verify", check=False)
    assert result.returncode == 1
    assert "#1" in result.stdout


def test_backup_then_restore_brings_data_back(home: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.sqlite3"
    run(home, "backup", str(backup))
    target = tmp_path / "restored"
    target.mkdir()
    for name in ("keys.json", "secret_key"):
        (target / name).write_bytes((home / name).read_bytes())
    run(target, "manage", "migrate", "--verbosity", "0")
    result = run(target, "restore", str(backup), "--yes")
    assert "audit chain intact" in result.stdout
    assert (
        run(target, "manage", "shell", "--no-imports", "-c", READ_CANARY).stdout.strip() == CANARY
    )
    assert run(target, "audit", "verify").returncode == 0


def test_restore_refuses_a_file_that_is_not_a_backup(home: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    result = run(home, "restore", str(bogus), "--yes", check=False)
    assert result.returncode == 2
    assert "refusing" in result.stdout


def test_key_rotation_from_the_command_line(home: Path) -> None:
    result = run(home, "keys", "rotate")
    assert "values re-encrypted" in result.stdout
    listing = run(home, "keys", "list").stdout
    lines = listing.splitlines()
    active = [line for line in lines if "(active)" in line][0]
    assert ": 0 values" not in active
    assert all(": 0 values" in line for line in lines if "(active)" not in line)
    assert run(home, "manage", "shell", "--no-imports", "-c", READ_CANARY).stdout.strip() == CANARY


def test_malformed_database_url_is_refused_clearly(tmp_path: Path) -> None:
    result = run(tmp_path, "serve", check=False, extra_env={"SELFLED_DATABASE_URL": "mysql://nope"})
    assert result.returncode != 0
    assert "SELFLED_DATABASE_URL must start with postgresql://" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_missing_key_file_is_refused_clearly(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "serve",
        check=False,
        extra_env={"SELFLED_KEY_FILE": str(tmp_path / "missing.json")},
    )
    assert result.returncode != 0
    assert "selfled.E002" in result.stdout + result.stderr


def test_deploy_check_passes_with_production_settings(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "manage",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        check=False,
        extra_env={"SELFLED_HTTPS": "1", "SELFLED_ALLOWED_HOSTS": "selfled.example.org"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


PG_URL = os.environ.get("SELFLED_DATABASE_URL", "")


@pytest.mark.skipif(
    not PG_URL.startswith("postgres"), reason="PostgreSQL backup runs when the suite runs on PG"
)
def test_postgres_backup_and_restore(tmp_path: Path) -> None:
    import secrets
    import shutil
    from urllib.parse import urlparse

    import psycopg

    assert shutil.which("pg_dump") and shutil.which("pg_restore"), "install PostgreSQL client"
    parsed = urlparse(PG_URL)
    admin_url = parsed._replace(path="/postgres").geturl()
    names = [f"selfled_bk_{secrets.token_hex(4)}", f"selfled_rs_{secrets.token_hex(4)}"]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    try:
        source_env = {"SELFLED_DATABASE_URL": parsed._replace(path=f"/{names[0]}").geturl()}
        target_env = {"SELFLED_DATABASE_URL": parsed._replace(path=f"/{names[1]}").geturl()}
        run(tmp_path, "demo-data", "--clients", "3", "--seed", "5", extra_env=source_env)
        run(tmp_path, "manage", "shell", "--no-imports", "-c", MAKE_CANARY, extra_env=source_env)
        dump = tmp_path / "pg.dump"
        run(tmp_path, "backup", str(dump), extra_env=source_env)
        assert CANARY.encode() not in dump.read_bytes()
        result = run(tmp_path, "restore", str(dump), "--yes", extra_env=target_env)
        assert "audit chain intact" in result.stdout
        read = run(
            tmp_path, "manage", "shell", "--no-imports", "-c", READ_CANARY, extra_env=target_env
        )
        assert read.stdout.strip() == CANARY
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_generated_secret_and_keys_are_private_files(home: Path) -> None:
    for name in ("secret_key", "keys.json"):
        assert oct((home / name).stat().st_mode & 0o777) == "0o600", name
