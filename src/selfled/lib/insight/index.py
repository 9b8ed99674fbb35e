"""A prefix index over the rule patterns, so each pattern is tried only where it can start.

Scanning ~100 large alternations across every character of every entry is what makes a
regex rule set slow in Python. At import time we work out, from each compiled pattern's
parse tree, the literal strings a match can begin with (see :mod:`keys`). At run time
every word start of the text is looked up in one dictionary, and a pattern is only
``match``-ed at the positions that can begin it. Patterns whose start cannot be
enumerated fall back to a plain ``finditer`` scan."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from .keys import exact_keys, start_keys
from .required import required_words

# Where a match may start: a word start, or an apostrophe ("'d love to"). A run of word
# characters begins at each word start (the same positions as r"\b\w|'", found faster).
_STARTS = re.compile(r"\w+|'")
# Matches of one pattern read per text. Each match's context checks look across its sentence,
# so hundreds of matches in one long unpunctuated paste took seconds (the same phrase pasted
# 1,500 times: 11 s); the first sixteen decide a label as well as all of them.
MAX_MATCHES = 16


_Node = dict[str, tuple[list[int] | None, "_Node"]]


class PrefixIndex:
    """Maps start strings to the patterns (by position in ``patterns``) they can begin."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], exact: Sequence[int] = ()) -> None:
        """``exact``: the numbers of patterns whose matches must be exactly those of
        ``finditer`` (see :mod:`keys`); they stay unindexed where that cannot be assured."""
        self.patterns = list(patterns)
        self.by_key: dict[str, list[int]] = {}
        self.unindexed: list[int] = []
        lengths: set[int] = set()
        for i, pattern in enumerate(self.patterns):
            keys = exact_keys(pattern) if i in exact else start_keys(pattern)
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
        # Patterns that cannot match without one or two plain words ("part"): dropped from
        # the candidates of a text that holds none of them, before any regex runs.
        self.needs: dict[str, list[int]] = {}
        self.needing: list[tuple[int, frozenset[str]]] = []
        for i, pattern in enumerate(self.patterns):
            words = required_words(pattern, most=2)
            if i not in self.unindexed_set and words and min(map(len, words)) >= 4:
                self.needing.append((i, words))
                for word in words:
                    self.needs.setdefault(word, []).append(i)
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
        for p in [m.start() for m in _STARTS.finditer(text)]:
            head = text[p : p + width]
            ids = memo.get(head)
            if ids is None:
                ids = self._walk(head)
                if len(memo) < 200_000:
                    memo[head] = ids
            for i in ids:
                positions = found.get(i)
                if positions is None:
                    found[i] = [p]
                else:
                    positions.append(p)
        if self.needing:
            absent = {word for word in self.needs if word not in text}
            for i, words in self.needing:
                if i in found and words <= absent:
                    del found[i]
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
        candidate starts), at most :data:`MAX_MATCHES` of them."""
        pattern = self.patterns[i]
        if i in self.unindexed_set:
            return list(islice(pattern.finditer(text), MAX_MATCHES))
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
                if len(out) == MAX_MATCHES:
                    break
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
