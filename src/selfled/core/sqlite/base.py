"""Django's SQLite backend, with write transactions queued on a file lock.

Each server worker is a process with its own SQLite connection. When two of them want to write
at once (every audited page view writes an audit event), SQLite makes the second one poll: it
sleeps 1, 2, 5, 10 ms ... between tries, so a wait of a few microseconds costs a millisecond or
more. Here a writer first takes an exclusive lock on a file next to the database (flock), which
the kernel hands over the moment the first writer commits. The SQLite lock is still taken
after it as before, so correctness does not rest on the file lock; it only removes the polling.

Only transactions opened by Django (atomic blocks, which begin with BEGIN IMMEDIATE) queue on
the lock; it is released when the transaction ends, and by the kernel if the process dies.
A writer waits for the file lock at most the connection's `timeout` (polling with waits of
50 µs growing to 1 ms); after that, or when the lock file cannot be opened, it goes on
without it and SQLite's own busy timeout decides, as with Django's backend. In-memory
databases (tests) have a single connection and skip it.

Durable commits, with the disk wait outside the lock. With `synchronous=FULL` SQLite syncs the
write-ahead log (WAL) inside the commit, while it still holds the write lock: every other
writer waits for the disk as well, and on a two-worker server every audited page view queued
behind the other's disk wait. When the configuration asks for FULL (or EXTRA) and the database
is in WAL mode, this backend keeps the promise differently: SQLite commits with NORMAL (the
WAL written, not synced), the write lock is released, and then, before `commit()` returns,
this connection syncs the WAL itself (`fdatasync`, what SQLite's FULL does on Linux). Nothing
is acknowledged before it is on disk, as with FULL; a sync started by one worker also covers
the other's frames written before it, and a writer no longer waits for another's disk.
Statements that change data outside a transaction (autocommit) are synced the same way.
WAL recovery only keeps frames up to the last valid commit, so a power cut between the
write and the sync loses exactly what FULL would lose at that moment: a commit not yet
acknowledged. Other journal modes keep SQLite's own syncing unchanged.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from django.db.backends.sqlite3 import base

_SQLiteWrapper: Any = base.DatabaseWrapper  # its transaction hooks are not in the stubs
log = logging.getLogger(__name__)
FIRST_WAIT, LONGEST_WAIT = 0.00005, 0.001  # seconds between tries for the file lock


def acquire(fd: int, timeout: float) -> bool:
    """An exclusive flock on `fd` within `timeout` seconds; False if it stayed taken."""
    deadline = time.monotonic() + timeout
    wait = FIRST_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
        time.sleep(wait)
        wait = min(wait * 2, LONGEST_WAIT)


FULL = 2  # PRAGMA synchronous levels: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
_READS = ("SELECT", "EXPLAIN")


class _SyncingCursor(base.SQLiteCursorWrapper):  # type: ignore[misc]
    """Syncs the WAL after a statement that changed data outside a transaction."""

    sync: Callable[[], None]

    def execute(self, query: str, params: Any = None) -> Any:
        result = super().execute(query, params)
        if not self.connection.in_transaction and not query.lstrip().upper().startswith(_READS):
            self.sync()
        return result

    def executemany(self, query: str, param_list: Any) -> Any:
        result = super().executemany(query, param_list)
        if not self.connection.in_transaction:
            self.sync()
        return result


class DatabaseWrapper(_SQLiteWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock_fd: int | None = None
        self._locked = False
        self._no_lock_file = False
        self._wal_path: str | None = None  # set while this connection syncs the WAL itself
        self._wal_fd: int | None = None

    def get_new_connection(self, conn_params: Any) -> Any:
        conn = super().get_new_connection(conn_params)
        self._wal_path = None
        if not self.is_in_memory_db():
            (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
            (level,) = conn.execute("PRAGMA synchronous").fetchone()
            if str(mode).lower() == "wal" and level >= FULL:
                conn.execute("PRAGMA synchronous=NORMAL")
                self._wal_path = f"{self.settings_dict['NAME']}-wal"
        return conn

    def create_cursor(self, name: str | None = None) -> Any:
        if self._wal_path is None:
            return super().create_cursor(name)
        cursor = self.connection.cursor(factory=_SyncingCursor)
        cursor.sync = self.sync_wal
        return cursor

    def sync_wal(self) -> None:
        """Put everything this connection has committed on disk (see the module's notes)."""
        if self._wal_path is None:
            return
        fd = self._wal_fd
        if fd is None or os.fstat(fd).st_nlink == 0:  # not open yet, or a removed file
            self._close_wal()
            try:
                fd = self._wal_fd = os.open(self._wal_path, os.O_RDONLY | os.O_CLOEXEC)
            except FileNotFoundError:
                # The WAL is made by the first write and removed only after a checkpoint
                # has moved it into the database file and synced that file.
                return
        os.fdatasync(fd)

    def _close_wal(self) -> None:
        if self._wal_fd is not None:
            os.close(self._wal_fd)
            self._wal_fd = None

    def _lock_file(self) -> int | None:
        if self._lock_fd is None and not self._no_lock_file and not self.is_in_memory_db():
            path = f"{self.settings_dict['NAME']}.write-lock"
            try:
                self._lock_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                # Writers then wait the way SQLite alone makes them: slower, still correct.
                log.warning("SQLite write queue off: cannot open %s (%s)", path, exc)
                self._no_lock_file = True
        return self._lock_fd

    def _start_transaction_under_autocommit(self) -> None:
        fd = self._lock_file()
        if fd is not None and not self._locked:
            self._locked = acquire(fd, float(self.settings_dict["OPTIONS"].get("timeout", 5)))
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._unlock()
            raise

    def _unlock(self) -> None:
        if self._locked and self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
        self._locked = False

    def _commit(self) -> Any:
        try:
            result = super()._commit()
        finally:
            self._unlock()
        self.sync_wal()  # after the lock: the next writer does not wait for this disk write
        return result

    def _rollback(self) -> Any:
        try:
            return super()._rollback()
        finally:
            self._unlock()

    def _close(self) -> Any:
        try:
            return super()._close()
        finally:
            self._unlock()
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None
            self._close_wal()
            self._wal_path = None
