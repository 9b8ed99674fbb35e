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
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
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


class DatabaseWrapper(_SQLiteWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock_fd: int | None = None
        self._locked = False
        self._no_lock_file = False

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
            return super()._commit()
        finally:
            self._unlock()

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
