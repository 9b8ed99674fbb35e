"""Literal start keys of a compiled pattern, for :class:`index.PrefixIndex`.

From a pattern's parse tree we work out the literal strings (up to :data:`KEY_LEN`
characters) a match can begin with. :func:`start_keys` gives the keys the index has always
used; they read ``\\s`` as the six ASCII whitespace characters and ``\\d`` as the ten
ASCII digits. :func:`exact_keys` reads every character class as Python does (``\\s`` is
all 29 Unicode whitespace characters, ``\\d`` is not enumerated), for patterns that must
be found exactly as ``finditer`` finds them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Longer keys make start words like "the " or "not " specific to the pattern that follows.
KEY_LEN = 8
_MAX_STATES = 4000
_SMALL_SET = 12
_EXACT_SET = 40

_ASCII_SPACES = " \t\n\r\f\v"
# Every character r"\s" matches in a str pattern (Unicode whitespace).
_ALL_SPACES = tuple(chr(c) for c in range(0x3001) if re.match(r"\s", chr(c)))

# Flags under which r"\b" or letters mean something else than in the index's word starts.
_OTHER_WORDS = re.ASCII | re.LOCALE | re.IGNORECASE

_State = tuple[str, bool]  # (prefix, still growing)


class _TooMany(Exception):
    pass


@lru_cache(maxsize=1024)
def _parse(source: str, flags: int) -> Any:
    return _p.parse(source, flags)


def parse(pattern: re.Pattern[str]) -> list[Any]:
    """The pattern's parse tree (shared and cached: do not change it)."""
    return list(_parse(pattern.pattern, pattern.flags))


def _set_chars(items: Any, exact: bool) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > _SMALL_SET:
                return None
            chars.extend(chr(c) for c in range(lo, hi + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT and not exact:
            chars.extend("0123456789")
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars.extend(_ALL_SPACES if exact else _ASCII_SPACES)
        else:  # NEGATE, other categories, ...
            return None
        if len(chars) > (_EXACT_SET if exact else _SMALL_SET):
            return None
    return chars


def _is_space(items: Any) -> bool:
    r"""Whether a character set is r"\s" alone."""
    return list(items) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]


def _is_spaces(av: Any) -> bool:
    r"""Whether a repeat is r"\s+" (greedy, one or more whitespace characters)."""
    low, high, sub = av
    return (
        low == 1 and high is _c.MAXREPEAT and len(sub) == 1 and sub[0][0] is _c.IN
    ) and _is_space(sub[0][1])


def _extend(states: set[_State], items: Any, key_len: int, exact: bool) -> set[_State]:
    """Advance (prefix, open) states over a parsed sequence; closed states stop growing."""
    live = {s for s, o in states if o and len(s) < key_len}
    done = {(s, o) for s, o in states if not (o and len(s) < key_len)}
    for op, av in items:
        if not live:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: does not move the start
        new: set[_State] = set()
        fresh = {(s, True) for s in live}
        if op is _c.LITERAL:
            new = {(s + chr(av), True) for s in live}
        elif exact and op is _c.IN and _is_space(av):
            # r"\s": a space goes on; any other whitespace character ends the key there
            new = {(s + w, False) for s in live for w in _ALL_SPACES if w != " "}
            new |= {(s + " ", True) for s in live}
        elif op is _c.IN:
            chars = _set_chars(av, exact)
            if chars is None:
                new = {(s, False) for s in live}
            else:
                new = {(s + ch, True) for s in live for ch in chars}
        elif op is _c.SUBPATTERN:
            if exact and av[1] & re.IGNORECASE:
                new = {(s, False) for s in live}
            else:
                new = _extend(fresh, av[-1], key_len, exact)
        elif op is _c.BRANCH:
            for branch in av[1]:
                new |= _extend(fresh, branch, key_len, exact)
        elif exact and op is _c.MAX_REPEAT and _is_spaces(av):
            # r"\s+": one space then a non-space goes on with what follows; any other start
            # (another whitespace character first or second) ends the key there.
            new = {(s + w, False) for s in live for w in _ALL_SPACES if w != " "}
            new |= {(s + " " + w, False) for s in live for w in _ALL_SPACES}
            new |= {(s + " ", True) for s in live}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            once = _extend(fresh, sub, key_len, exact)
            if high != 1:
                # after one pass more may follow: stop growing there, to stay safe
                once = {(s, False) for s, _ in once}
            new = once if low >= 1 else once | fresh
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
            new = {(s, False) for s in live}
        live = {s for s, o in new if o and len(s) < key_len}
        done |= {(s, o) for s, o in new if not (o and len(s) < key_len)}
        if len(done) + len(live) > _MAX_STATES:
            raise _TooMany
    return done | {(s, True) for s in live}


def start_keys(
    pattern: re.Pattern[str], key_len: int = KEY_LEN, *, exact: bool = False
) -> frozenset[str] | None:
    """Literal strings (1..key_len chars) every match must start with; None if unknown."""
    if exact and pattern.flags & re.IGNORECASE:
        return None
    try:
        states = _extend({("", True)}, parse(pattern), key_len, exact)
    except (_TooMany, RecursionError, re.error):
        return None
    keys = {s[:key_len] for s, _ in states}
    if not keys or "" in keys:
        return None
    if any(not (k[0].isalnum() or k[0] == "'") for k in keys):
        return None
    return frozenset(keys)


def _starts_at_boundary(items: Any) -> bool:
    r"""Whether every match begins right after r"\b" (so, at a word start)."""
    for op, av in items:
        if op is _c.AT:
            return bool(av is _c.AT_BOUNDARY)
        if op is _c.SUBPATTERN:
            return not av[1] & _OTHER_WORDS and _starts_at_boundary(av[-1])
        if op is _c.BRANCH:
            return all(_starts_at_boundary(branch) for branch in av[1])
        return False
    return False


def exact_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""Keys for a pattern that must be found exactly as ``finditer`` finds it: None unless
    every match begins at a word start (r"\b" first) with one of the exact keys."""
    if pattern.flags & _OTHER_WORDS:
        return None
    try:
        if not _starts_at_boundary(parse(pattern)):
            return None
    except (RecursionError, re.error):
        return None
    return start_keys(pattern, exact=True)
