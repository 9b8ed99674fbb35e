"""Words a pattern cannot match without: a cheap substring test before a regex scan.

From a compiled pattern's parse tree we work out a small set of literal strings such that
every match contains at least one of them (for ``a(?:bc|de)f`` e.g. ``{"abcf", "adef"}``).
A text holding none of them cannot match anywhere, so the regex need not run. The strings
hold no whitespace (a whitespace-bearing literal is cut to its longest unbroken piece), so
the test also holds for a text whose idioms were blanked out with spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .keys import _c, parse

# Bounds on the sets worked with: exact strings of a sub-pattern, and a final answer.
_MAX_EXACT = 16
_MAX_REQUIRED = 8
_MIN_LEN = 3

_Info = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact strings, required)


def _score(req: frozenset[str]) -> tuple[bool, int, int]:
    """Better requirements have no string shorter than 3 characters, fewer alternatives,
    and longer shortest strings."""
    shortest = min(len(s.strip()) for s in req)
    return (shortest >= _MIN_LEN, -len(req), shortest)


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if _score(a) >= _score(b) else b


def _as_required(exact: frozenset[str] | None) -> frozenset[str] | None:
    if exact is None or "" in exact or len(exact) > _MAX_EXACT:
        return None
    return exact


def _seq(items: Any) -> _Info:
    run: frozenset[str] = frozenset({""})  # exact strings of the current run of items
    whole = True  # the run spans the whole sequence so far
    literal = ""  # the current run of items that match one string only
    req: frozenset[str] | None = None
    for item in items:
        sub_exact, sub_req = _node(item)
        req = _best(req, sub_req)
        if sub_exact is not None and len(sub_exact) == 1:
            literal += next(iter(sub_exact))
        else:
            req = _best(req, _as_required(frozenset({literal})))
            literal = ""
        if sub_exact is not None and len(run) * len(sub_exact) <= _MAX_EXACT:
            run = frozenset(a + b for a in run for b in sub_exact)
            continue
        req = _best(req, _as_required(run))
        run = frozenset({""}) if sub_exact is None else sub_exact
        whole = False
    req = _best(req, _as_required(frozenset({literal})))
    return (run if whole else None), _best(req, _as_required(run))


def _node(item: Any) -> _Info:
    op, av = item
    if op is _c.LITERAL:
        return frozenset({chr(av)}), None
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return frozenset({""}), None  # zero-width
    if op is _c.IN:
        chars = _set_chars(av)
        return (frozenset(chars) if chars is not None else None), None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _seq(sub)
    if op is _c.BRANCH:
        exacts: set[str] | None = set()
        reqs: set[str] | None = set()
        for branch in av[1]:
            b_exact, b_req = _seq(branch)
            if exacts is not None:
                exacts = None if b_exact is None else exacts | b_exact
                if exacts is not None and len(exacts) > _MAX_EXACT:
                    exacts = None
            if reqs is not None:
                reqs = None if b_req is None else reqs | b_req
        return (
            None if exacts is None else frozenset(exacts),
            None if reqs is None else frozenset(reqs),
        )
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        sub_exact, sub_req = _seq(sub)
        if low == 0:
            if high == 1 and sub_exact is not None:
                return sub_exact | {""}, None
            return None, None
        if low == high == 1:
            return sub_exact, sub_req
        # at least one pass: its requirement holds; the exact strings do not repeat
        return None, _best(sub_req, _as_required(sub_exact))
    return None, None  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...


def _set_chars(items: Any) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= 8:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= 8 else None


def _unbroken(s: str) -> str:
    return max(s.split(), key=len, default="")


def _minimal(strings: set[str]) -> frozenset[str]:
    """Drop strings that contain another one: finding the shorter is enough."""
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


@lru_cache(maxsize=1024)
def required_words(
    pattern: re.Pattern[str],
    *,
    most: int = _MAX_REQUIRED,
    unbroken: bool = True,
    shortest: int = _MIN_LEN,
) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None when unknown or not
    selective (more than ``most`` strings, or one shorter than ``shortest`` characters).

    ``unbroken=False`` keeps whitespace inside the strings: only for a pattern that runs
    on the very text the strings are looked for in (not on a blanked copy).
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        _exact, req = _seq(parse(pattern))
    except (RecursionError, re.error):
        return None
    if req is None:
        return None
    words = _minimal({_unbroken(s) if unbroken else s for s in req})
    if not words or len(words) > most or min(len(w) for w in words) < shortest:
        return None
    return words


def may_match(words: frozenset[str] | None, text: str) -> bool:
    """False when ``text`` holds none of ``words`` (from :func:`required_words`), so the
    pattern cannot match; always True for None (no requirement known)."""
    return words is None or any(map(text.__contains__, words))
