"""A small text progress bar for long commands (no dependency)."""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    def __init__(
        self, *, total: int, label: str, enabled: bool = True, stream: IO[str] | None = None
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.label = label
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self._last_draw = 0.0

    def advance(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        now = time.monotonic()
        if self.enabled and (now - self._last_draw > 0.1 or self.done == self.total):
            self._last_draw = now
            self._draw()

    def _draw(self) -> None:
        width = 30
        filled = int(width * self.done / self.total)
        pct = 100 * self.done / self.total
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
            f"{pct:5.1f}% {self.done}/{self.total}"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self._draw()
            elapsed = time.monotonic() - self.started
            self.stream.write(f"  done in {elapsed:.1f}s\n")
            self.stream.flush()
