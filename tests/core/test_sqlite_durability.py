"""The SQLite backend's durable commits: synced after the write lock, before they return."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections, transaction
from django.db.utils import ConnectionHandler

from selfled.core.sqlite import base

ALIAS = "durability_test"
WAL_FULL = {"init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL"}


def _open(tmp_path: Path, options: dict[str, str]) -> Iterator[Path]:
    path = tmp_path / "durable.sqlite3"
    db = {"ENGINE": "selfled.core.sqlite", "NAME": str(path), "OPTIONS": options}
    handler = ConnectionHandler({"default": db, ALIAS: db})
    connections[ALIAS] = handler[ALIAS]
    try:
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE t (x INTEGER)")
        yield path
    finally:
        connections[ALIAS].close()
        delattr(connections._connections, ALIAS)


@pytest.fixture
def wal_db(tmp_path: Path, django_db_blocker: Any, monkeypatch: Any) -> Iterator[Path]:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # see test_sqlite_write_queue
    with django_db_blocker.unblock():
        yield from _open(tmp_path, WAL_FULL)


@pytest.fixture
def syncs(monkeypatch: Any) -> list[tuple[str, bool]]:
    """Each fdatasync the backend makes: (the file synced, whether the write lock was free)."""
    made: list[tuple[str, bool]] = []
    real = os.fdatasync

    def recording(fd: int) -> None:
        target = os.readlink(f"/proc/self/fd/{fd}")
        made.append((target, _lock_free(target.removesuffix("-wal"))))
        real(fd)

    monkeypatch.setattr(base.os, "fdatasync", recording)
    return made


def _lock_free(db_path: str) -> bool:
    fd = os.open(f"{db_path}.write-lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def _pragma(name: str) -> Any:
    return connections[ALIAS].cursor().execute(f"PRAGMA {name}").fetchone()[0]


def test_a_wal_database_asked_for_full_syncs_the_wal_itself(wal_db: Path) -> None:
    assert _pragma("journal_mode") == "wal"
    assert _pragma("synchronous") == 1  # NORMAL: SQLite writes the WAL; the backend syncs it


def test_a_commit_is_synced_after_the_write_lock_is_released(
    wal_db: Path, syncs: list[tuple[str, bool]]
) -> None:
    with transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (1)")
        assert syncs == []  # nothing is synced inside the transaction
    assert syncs == [(f"{wal_db}-wal", True)]


def test_a_write_outside_a_transaction_is_synced_and_a_read_is_not(
    wal_db: Path, syncs: list[tuple[str, bool]]
) -> None:
    cursor = connections[ALIAS].cursor()
    cursor.execute("SELECT COUNT(*) FROM t")
    assert syncs == []
    cursor.execute("INSERT INTO t VALUES (2)")
    cursor.executemany("INSERT INTO t VALUES (%s)", [(3,), (4,)])
    assert [target for target, _ in syncs] == [f"{wal_db}-wal"] * 2


def test_a_rolled_back_transaction_syncs_nothing(
    wal_db: Path, syncs: list[tuple[str, bool]]
) -> None:
    with pytest.raises(RuntimeError), transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (5)")
        raise RuntimeError("boom")
    assert syncs == []


def test_closing_the_connection_closes_the_wal_handle(
    wal_db: Path, syncs: list[tuple[str, bool]]
) -> None:
    with transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (6)")
    wrapper = connections[ALIAS]
    fd = wrapper._wal_fd
    assert fd is not None
    wrapper.close()
    assert wrapper._wal_fd is None
    with pytest.raises(OSError):
        os.fstat(fd)


def test_other_journal_modes_keep_sqlites_own_syncing(
    tmp_path: Path, django_db_blocker: Any, monkeypatch: Any, syncs: list[tuple[str, bool]]
) -> None:
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with django_db_blocker.unblock():
        for _ in _open(tmp_path, {"init_command": "PRAGMA synchronous=FULL"}):
            assert _pragma("journal_mode") == "delete"
            assert _pragma("synchronous") == 2
            with transaction.atomic(using=ALIAS):
                connections[ALIAS].cursor().execute("INSERT INTO t VALUES (7)")
            assert syncs == []


WRITER = textwrap.dedent(
    """
    import os, sys
    import django
    from django.conf import settings
    settings.configure(DATABASES={"default": {
        "ENGINE": "selfled.core.sqlite", "NAME": sys.argv[1],
        "OPTIONS": {"transaction_mode": "IMMEDIATE",
                    "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL"}}})
    django.setup()
    from django.db import connection, transaction
    with connection.cursor() as c:
        c.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER PRIMARY KEY, pad TEXT)")
    n = int(sys.argv[2])
    while True:
        with transaction.atomic():
            connection.cursor().execute("INSERT INTO t VALUES (%s, %s)", [n, "x" * 900])
        print(n, flush=True)  # acknowledged
        n += 1
    """
)


def test_acknowledged_commits_survive_a_killed_writer(tmp_path: Path) -> None:
    import sqlite3

    path = str(tmp_path / "killed.sqlite3")
    acknowledged: list[int] = []
    for cycle in range(6):
        start = cycle * 100_000
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, path, str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        began = time.monotonic()
        while time.monotonic() - began < 0.3 + 0.05 * cycle:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
        proc.send_signal(signal.SIGKILL)
        acknowledged.extend(int(line) for line in proc.stdout.read().split())
        proc.wait()
        with sqlite3.connect(path) as check:
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in check.execute("SELECT x FROM t")}
        check.close()
        assert set(acknowledged) <= stored
    assert len(acknowledged) > 50
