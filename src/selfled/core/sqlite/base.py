"""Django's SQLite backend, with write transactions queued on a file lock.

Each server worker is a process with its own SQLite connection. When two of them want to write
at once (every audited page view writes an audit event), SQLite makes the second one poll: it
sleeps 1, 2, 5, 10 ms ... between tries, so a wait of a few microseconds costs a millisecond or
more. Here a writer first takes an exclusive lock on a file next to the database (flock), which
the kernel hands over the moment the first writer commits. The SQLite lock is still taken
after it as before, so correctness does not rest on the file lock; it only removes the polling.

Only transactions opened by Django (atomic blocks, which begin with BEGIN IMMEDIATE) queue on
the lock; it is released when the transaction ends, and by the kernel if the process dies.
In-memory databases (tests) have a single connection and skip it.
"""

from __future__ import annotations

import fcntl
import os
from typing import Any

from django.db.backends.sqlite3 import base

_SQLiteWrapper: Any = base.DatabaseWrapper  # its transaction hooks are not in the stubs


class DatabaseWrapper(_SQLiteWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock_fd: int | None = None
        self._locked = False

    def _lock_file(self) -> int | None:
        if self._lock_fd is None and not self.is_in_memory_db():
            path = f"{self.settings_dict['NAME']}.write-lock"
            self._lock_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._lock_fd

    def _start_transaction_under_autocommit(self) -> None:
        fd = self._lock_file()
        if fd is not None and not self._locked:
            fcntl.flock(fd, fcntl.LOCK_EX)
            self._locked = True
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
