"""Plain text rules shared by every app."""

from __future__ import annotations

import re

# Characters that change how text around them is shown without being seen themselves:
# bidirectional embeddings, overrides and isolates (a name could read backwards or hide what
# follows it), zero-width spaces, the byte-order mark, and C0/C1 control characters. The
# zero-width joiner stays: emoji sequences need it.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f"
    "\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"\s+")


def one_line(value: str) -> str:
    """A short label (a name) as one line of visible text: invisible formatting characters
    removed, runs of whitespace (tabs, line breaks) made one space, ends trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", value)).strip()
