"""A prefix index over the rule patterns, so each pattern is tried only where it can start.

Scanning ~100 large alternations across every character of every entry is what makes a
regex rule set slow in Python. At import time we work out, from each compiled pattern's
parse tree, the literal strings (up to :data:`KEY_LEN` characters) a match can begin
with. At run time every word start of the text is looked up in one dictionary, and a
pattern is only ``match``-ed at the positions that can begin it. Patterns whose start
cannot be enumerated fall back to a plain ``finditer`` scan, so the result is always the
same as scanning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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

# Where a match may start: a word start, or an apostrophe ("'d love to").
_STARTS = re.compile(r"\b\w|'")


class _TooMany(Exception):
    pass


def _set_chars(items: Any) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > _SMALL_SET:
                return None
            chars.extend(chr(c) for c in range(lo, hi + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.extend("0123456789")
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars.extend(" \t\n\r\f\v")
        else:  # NEGATE, other categories, ...
            return None
        if len(chars) > _SMALL_SET:
            return None
    return chars


def _extend(states: set[tuple[str, bool]], items: Any) -> set[tuple[str, bool]]:
    """Advance (prefix, open) states over a parsed sequence; closed states stop growing."""
    for op, av in items:
        open_states = {s for s, o in states if o and len(s) < KEY_LEN}
        if not open_states:
            return states
        closed = {(s, o) for s, o in states if not (o and len(s) < KEY_LEN)}
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: does not move the start
        new: set[tuple[str, bool]] = set()
        if op is _c.LITERAL:
            new = {(s + chr(av), True) for s in open_states}
        elif op is _c.IN:
            chars = _set_chars(av)
            if chars is None:
                new = {(s, False) for s in open_states}
            else:
                new = {(s + ch, True) for s in open_states for ch in chars}
        elif op is _c.SUBPATTERN:
            new = _extend({(s, True) for s in open_states}, av[-1])
        elif op is _c.BRANCH:
            for branch in av[1]:
                new |= _extend({(s, True) for s in open_states}, branch)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            once = _extend({(s, True) for s in open_states}, sub)
            if high != 1:
                # after one pass more may follow: stop growing there, to stay safe
                once = {(s, False) for s, _ in once}
            new = once if low >= 1 else once | {(s, True) for s in open_states}
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
            new = {(s, False) for s in open_states}
        states = closed | new
        if len(states) > _MAX_STATES:
            raise _TooMany
    return states


def start_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings (1..KEY_LEN chars) every match must start with; None if unknown."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        states = _extend({("", True)}, list(parsed))
    except (_TooMany, RecursionError, re.error):
        return None
    keys = {s[:KEY_LEN] for s, _ in states}
    if not keys or "" in keys:
        return None
    if any(not (k[0].isalnum() or k[0] == "'") for k in keys):
        return None
    return frozenset(keys)


_Node = dict[str, tuple[list[int] | None, "_Node"]]


class PrefixIndex:
    """Maps start strings to the patterns (by position in ``patterns``) they can begin."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.by_key: dict[str, list[int]] = {}
        self.unindexed: list[int] = []
        lengths: set[int] = set()
        for i, pattern in enumerate(self.patterns):
            keys = start_keys(pattern)
            if keys is None:
                self.unindexed.append(i)
                continue
            for key in keys:
                self.by_key.setdefault(key, []).append(i)
                lengths.add(len(key))
        self.lengths = tuple(sorted(lengths))
        # Walk results by the text's next few characters: most word starts repeat.
        self._width = max(lengths, default=1)
        self._memo: dict[str, tuple[int, ...]] = {}
        self.unindexed_set = frozenset(self.unindexed)
        # The keys as a character trie: node -> {char: (pattern numbers ending here or
        # None, child node)}, so a word start is walked only as far as some key goes.
        self.trie: _Node = {}
        for key, ids in self.by_key.items():
            node = self.trie
            for ch in key[:-1]:
                node = node.setdefault(ch, (None, {}))[1]
            old = node.get(key[-1])
            node[key[-1]] = (ids, old[1] if old is not None else {})

    def candidates(self, text: str) -> dict[int, list[int]]:
        """Pattern number -> sorted candidate start positions in ``text``."""
        found: dict[int, list[int]] = {}
        memo = self._memo
        width = self._width
        for m in _STARTS.finditer(text):
            p = m.start()
            head = text[p : p + width]
            ids = memo.get(head)
            if ids is None:
                ids = self._walk(head)
                if len(memo) < 200_000:
                    memo[head] = ids
            for i in ids:
                if i in found:
                    found[i].append(p)
                else:
                    found[i] = [p]
        return found

    def _walk(self, head: str) -> tuple[int, ...]:
        """The patterns some key at the start of ``head`` begins (the trie walk)."""
        out: list[int] = []
        node = self.trie
        for ch in head:
            entry = node.get(ch)
            if entry is None:
                break
            ids, node = entry
            if ids is not None:
                out.extend(ids)
        return tuple(out)

    def matches(self, i: int, text: str, positions: list[int] | None) -> list[re.Match[str]]:
        """:meth:`finditer` as a list (no generator frame; most patterns have one or two
        candidate starts)."""
        pattern = self.patterns[i]
        if i in self.unindexed_set:
            return list(pattern.finditer(text))
        if not positions:
            return []
        if len(positions) == 1:
            p = positions[0]
            m = pattern.match(text, p)
            return [m] if m is not None and m.end() > p else []
        out: list[re.Match[str]] = []
        last_end = -1
        for p in positions:
            if p < last_end:
                continue
            last_end = p + 1
            m = pattern.match(text, p)
            if m is not None and m.end() > p:
                last_end = m.end()
                out.append(m)
        return out

    def finditer(self, i: int, text: str, positions: list[int] | None) -> Iterator[re.Match[str]]:
        """Same matches as ``patterns[i].finditer(text)``, trying only candidate starts."""
        pattern = self.patterns[i]
        if i in self.unindexed_set:
            yield from pattern.finditer(text)
            return
        if not positions:
            return
        # positions come in text order, possibly repeated (one per matching key length)
        last_end = -1
        for p in positions:
            if p < last_end:
                continue
            last_end = p + 1
            m = pattern.match(text, p)
            if m is not None and m.end() > p:
                last_end = m.end()
                yield m
