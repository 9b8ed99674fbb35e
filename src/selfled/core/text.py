"""Plain text rules shared by every app."""

from __future__ import annotations

import re
import unicodedata

# Characters that change how text around them is shown without being seen themselves:
# bidirectional embeddings, overrides and isolates (a name could read backwards or hide what
# follows it), zero-width spaces, the byte-order mark, and C0/C1 control characters. The
# zero-width joiner stays: emoji sequences need it.
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f"
    "\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_SPACES = re.compile(r"\s+")


# Characters that take up room but show nothing: Hangul fillers, the blank Braille pattern.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _shown(ch: str) -> bool:
    """False for a format character (Unicode category Cf: soft hyphen, invisible operators,
    tags...) other than the emoji joiner, and for a blank filler."""
    if ch in _BLANK:
        return False
    return ch == "\u200d" or unicodedata.category(ch) != "Cf"


def one_line(value: str) -> str:
    """A short label (a name) as one line of visible text: invisible formatting characters
    removed, runs of whitespace (tabs, line breaks) made one space, ends trimmed. A value
    with nothing visible left comes back empty."""
    text = _INVISIBLE.sub("", value)
    if not text.isascii():
        text = "".join(ch for ch in text if _shown(ch))
    text = _SPACES.sub(" ", text).strip()
    return text if text.replace("\u200d", "") else ""
