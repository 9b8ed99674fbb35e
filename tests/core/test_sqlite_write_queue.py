from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connections, transaction
from django.db.utils import ConnectionHandler

ALIAS = "write_queue_test"


@pytest.fixture
def file_db(tmp_path: Path, django_db_blocker: Any, monkeypatch: Any) -> Iterator[Path]:
    """A file database on the SelfLed SQLite backend, outside the test database."""
    # The browser tests' session-wide Playwright loop makes Django think this synchronous
    # code runs inside an event loop; it does not.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with django_db_blocker.unblock():
        yield from _file_db(tmp_path)


def _file_db(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "queue.sqlite3"
    db = {"ENGINE": "selfled.core.sqlite", "NAME": str(path)}
    handler = ConnectionHandler({"default": db, ALIAS: db})
    wrapper = handler[ALIAS]
    connections[ALIAS] = wrapper
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("CREATE TABLE t (x INTEGER)")
        yield path
    finally:
        wrapper.close()
        delattr(connections._connections, ALIAS)


def _taken(path: Path) -> bool:
    """Whether another writer holds the write lock (tried from a separate file handle)."""
    fd = os.open(f"{path}.write-lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_a_write_transaction_holds_the_lock_until_commit(file_db: Path) -> None:
    with transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (1)")
        assert _taken(file_db)
    assert not _taken(file_db)
    assert connections[ALIAS].cursor().execute("SELECT COUNT(*) FROM t").fetchone() == (1,)


def test_the_lock_is_released_when_the_transaction_rolls_back(file_db: Path) -> None:
    with pytest.raises(RuntimeError), transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (1)")
        assert _taken(file_db)
        raise RuntimeError("boom")
    assert not _taken(file_db)
    assert connections[ALIAS].cursor().execute("SELECT COUNT(*) FROM t").fetchone() == (0,)


def test_reads_and_nested_blocks_take_the_lock_once(file_db: Path) -> None:
    connections[ALIAS].cursor().execute("SELECT COUNT(*) FROM t")
    assert not _taken(file_db)
    with transaction.atomic(using=ALIAS):
        with transaction.atomic(using=ALIAS):
            connections[ALIAS].cursor().execute("INSERT INTO t VALUES (2)")
        assert _taken(file_db)
    assert not _taken(file_db)


def test_closing_the_connection_releases_the_lock(file_db: Path) -> None:
    wrapper = connections[ALIAS]
    wrapper.ensure_connection()
    wrapper.set_autocommit(True)
    with transaction.atomic(using=ALIAS):
        assert _taken(file_db)
        wrapper.close()
        assert not _taken(file_db)
        wrapper.needs_rollback = True  # the block ends without its connection


def test_a_writer_waits_for_the_file_lock_no_longer_than_the_timeout(file_db: Path) -> None:
    import time

    from selfled.core.sqlite.base import acquire

    holder = os.open(f"{file_db}.write-lock", os.O_RDWR | os.O_CREAT)
    waiter = os.open(f"{file_db}.write-lock", os.O_RDWR)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        began = time.monotonic()
        assert acquire(waiter, 0.2) is False
        assert 0.2 <= time.monotonic() - began < 1.0
        fcntl.flock(holder, fcntl.LOCK_UN)
        assert acquire(waiter, 0.2) is True
    finally:
        os.close(holder)
        os.close(waiter)


def test_writes_go_on_when_the_lock_file_cannot_be_opened(file_db: Path) -> None:
    os.mkdir(f"{file_db}.write-lock")  # a directory where the lock file should be
    connections[ALIAS].close()
    with transaction.atomic(using=ALIAS):
        connections[ALIAS].cursor().execute("INSERT INTO t VALUES (3)")
    assert connections[ALIAS].cursor().execute("SELECT COUNT(*) FROM t").fetchone() == (1,)
