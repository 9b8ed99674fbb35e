"""Floors on sets written by authors no rule was first fitted to: fresh-13 to fresh-21.

Each was written by someone who had read only the data README and was scored before and
after each round of changes. They are what the analyzer does on a new author's writing; a
change that loses ground on them fails here. Measured for rules+lex-2.8 and 2.9
(`selfled insight evaluate FILE --json`): crisis P / R .860 / .889, .768 / .935, .806 / .922,
.798 / .870, .817 / .940; micro F1 .865, .804, .829, .845, .852. (fresh-13 to -16's misses
were read for a draft of rules that was withdrawn, so no rule in the analyzer comes from them;
fresh-17 and -18's misses were read on 2026-11-28 for rules+lex-2.12, which reads texting forms
and a few more past framings; fresh-19 has not been read row by row.) fresh-18 and -19 were
scored unseen at rules+lex-2.9: crisis P / R .814 / .920 and .796 / .860, micro F1 .853 and
.821; at 2.12: .821 / .920 and .796 / .860, micro F1 .855 and .821. fresh-20 was scored
unseen at rules+lex-2.12 (crisis P / R .886 / .930, micro F1 .848); its crisis misses and
false alarms were then read for rules+lex-2.13, so its floor is the unseen figure. fresh-21
was scored unseen with rules+lex-2.12 and 2.13 (crisis P / R .808 / .918 and .815 / .918,
micro F1 .853 and .855) and has not been read row by row.

Since rules+lex-2.14 every one of these sets also trains the learned scorer's crisis head, so
they are no longer unseen: their floors stay as regression checks, and new authors' sets
(fresh-22 onwards) measure what the analyzer does on writing nothing was fitted to.
fresh-22 and fresh-23 (two helpers who read only the README's format, labels and how-it-was-
written sections; 110 crisis rows each) were scored with rules+lex-2.13 and 2.14 and not read:
crisis P / R .832 / .855 and .835 / .873 on fresh-22, .849 / .818 and .845 / .791 on fresh-23;
micro F1 .814 / .819 and .827 / .820. rules+lex-2.15 lets a confident scorer (p >= .92) decide
where the rules saw a crisis word and turned it down; still unread, they measure .839 / .900 and
.844 / .836 (micro F1 .827 and .831).

fresh-24 (a helper with the same brief; 110 crisis rows) and benign-fresh-2 (a helper writing
400 rows of ordinary client writing: check-in answers, journals, notes after a dose, everyday
messages; no crisis) were scored with rules+lex-2.14 before anything else was done with them:
fresh-24 crisis P / R .900 / .900, micro F1 .843; crisis raised on 26 of benign-fresh-2's 400
rows. Then fresh-24's crisis misses and false alarms were read for rules+lex-2.15 (which was
chosen on fresh-22 to -24 and benign-fresh-2 together): fresh-24 .904 / .945, micro F1 .857;
benign-fresh-2 still 26 of 400. Neither trains the scorer. rules+lex-2.15 also lets a nearly
sure scorer (p < .1) keep crisis below the threshold where only weak death or harm words raised
it (benign-fresh-2's false alarms read first): fresh-22 to -24 crisis P .853 / .885 / .920 at
the same recall (micro F1 .831 / .840 / .861); benign-fresh-2 15 of 400.

rules+lex-2.16 (2026-11-28, seventh session): fresh-25 was scored with 2.15 (crisis P / R
.897 / .945, micro F1 .883) and then read; fresh-22 and -23 were then read too (so they are no
longer unseen); fresh-26 was scored with 2.15 and with a draft of 2.16 (.835 / .827 both) and
then read; fresh-27 was scored with 2.15 (.788 / .703, micro F1 .743) and with 2.16 (the same
figures) and has not been read. With 2.16: fresh-22 .891 / .964, fresh-23 .903 / .927, fresh-25
.948 / .991, fresh-26 .874 / .882, fresh-27 .788 / .703; benign-fresh-2 15 of 400.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from selfled.lib.insight import evaluate, format_report, load_jsonl

DATA = Path(__file__).resolve().parents[2] / "data/insight"

# file: (crisis recall, crisis precision, micro F1), each a little under what was measured
FLOORS = {
    "fresh-13.jsonl": (0.88, 0.85, 0.85),
    "fresh-14.jsonl": (0.92, 0.75, 0.79),
    "fresh-15.jsonl": (0.91, 0.79, 0.81),
    "fresh-16.jsonl": (0.86, 0.78, 0.83),
    "fresh-17.jsonl": (0.93, 0.80, 0.84),
    "fresh-18.jsonl": (0.91, 0.80, 0.84),
    "fresh-19.jsonl": (0.85, 0.78, 0.81),
    "fresh-20.jsonl": (0.92, 0.85, 0.83),
    "fresh-21.jsonl": (0.90, 0.79, 0.84),
    # scored unseen with rules+lex-2.13 to 2.15, read for 2.16 (module notes)
    "fresh-22.jsonl": (0.95, 0.87, 0.84),
    "fresh-23.jsonl": (0.91, 0.89, 0.85),
    "fresh-24.jsonl": (0.93, 0.90, 0.85),
    # rules+lex-2.16: read (see the module notes)
    "fresh-25.jsonl": (0.98, 0.93, 0.90),
    "fresh-26.jsonl": (0.87, 0.86, 0.81),
    # scored unseen with rules+lex-2.15 and 2.16 (P .788 / R .703), read for 2.17
    "fresh-27.jsonl": (0.88, 0.81, 0.80),  # rules+lex-2.17 after review: .824 / .883
    # unseen: scored with rules+lex-2.16 and 2.17 (the same figures), not read, not trained on
    "fresh-28.jsonl": (0.90, 0.90, 0.88),
}
# Ordinary client writing with no crisis at all: how many rows may raise crisis (of 400)
ORDINARY_FALSE_ALARMS = {"benign-fresh-2.jsonl": 15}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_worse_on_new_authors_writing(name: str) -> None:
    report = evaluate(load_jsonl(DATA / name))
    recall, precision, micro = FLOORS[name]
    crisis = report.labels["crisis"]
    assert crisis.recall >= recall, format_report(report)
    assert crisis.precision >= precision, format_report(report)
    assert report.micro.f1 >= micro, format_report(report)


@pytest.mark.parametrize("name", sorted(ORDINARY_FALSE_ALARMS))
def test_ordinary_writing_rarely_raises_crisis(name: str) -> None:
    rows = load_jsonl(DATA / name)
    assert rows and not any("crisis" in gold for _, gold in rows)
    report = evaluate(rows)
    raised = report.labels["crisis"].fp
    assert raised <= ORDINARY_FALSE_ALARMS[name], f"crisis raised on {raised} of {len(rows)}"
