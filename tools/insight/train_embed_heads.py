"""Train (and evaluate) the embedding label heads of the "ml" analyzer mode.

Usage:
  .venv/bin/python tools/insight/train_embed_heads.py --lofo --cache /tmp/embed-cache
  .venv/bin/python tools/insight/train_embed_heads.py --report --cv 5
  .venv/bin/python tools/insight/train_embed_heads.py \
      --out src/selfled/lib/insight/data/embed_heads.json

Data (ml-1.7, 24 files, see DATA): dev.jsonl + validation.jsonl + train-extra.jsonl +
fresh-4 … fresh-12 + train-14 … train-21 + benign-checkins and the three other benign sets;
never the held-out test.jsonl nor fresh-13 (kept unseen). Before ml-1.7: nine authors and
benign-checkins. fresh-4, fresh-6,
fresh-7 and benign-checkins were added after the leave-one-file-out figures below were
measured on the first four; ml mode on each before it was added (rules fitted to
fresh-4 and fresh-6 already, so optimistic there): crisis P .87 / R .98 (fresh-4), P .76 /
R .99 (fresh-6), P .80 / R .875 (fresh-7, ml-1.3 with six-file heads). Needs the "ml" extra
and the model package (see selfled.lib.insight.embed).

Heads (``ml.Heads``): one L2-regularised logistic regression per label on the whole-text
embedding (Newton's method, NumPy). For crisis the regression's probability is averaged
with a k-nearest-neighbour vote over the embedded training rows (k 40, weights
``exp((similarity - best) / 0.05)``): crisis is many small clusters of wording (passive
wishes, preparations, goodbyes, self-harm) that one hyperplane separates badly from the hard
negatives. The whole-text embedding of every training row (float16) is written next to the
JSON (``embed_neighbours.npy``) and its labels into the JSON. At inference a label's head
probability is the maximum over the text's deciding units (the whole text, and 3-sentence
windows of longer texts; see ``ml.units``), so every evaluation here scores exactly that.

Thresholds: each label's is the lowest at which the head alone keeps out-of-fold precision
at or above that label's floor (``PRECISION_FLOOR``) from there up: the head only adds labels
the rules missed, so its additions must be precise. Crisis's out-of-fold probabilities come
from leave-one-file-out (each file scored by heads trained on the other three: new authors,
as in use) with a floor of 0.78; the other labels' from k-fold cross-validation.

``--lofo`` reports leave-one-file-out figures: for each file, heads and thresholds chosen on
the other three alone (thresholds by the same procedure, nested), then the head alone and the
real blend (``ml._blend``) with the rules on the held-out file. The rules were tuned on all
four files, so the blend figures are optimistic; the head-alone figures are not. Crisis
precision / recall of the head alone, ml-1.3 (ml-1.2's regression-only method in brackets):
dev 0.80 / 0.91 (0.65 / 0.80), validation 0.79 / 0.80 (0.61 / 0.73), train-extra 0.83 / 0.67
(0.85 / 0.50), fresh-5 0.86 / 0.76 (0.82 / 0.61); blended with rules+lex-2.3: 0.80 / 1.00,
0.80 / 1.00, 0.82 / 0.97, 0.86 / 0.99 (0.69 / 1.00, 0.66 / 1.00, 0.85 / 0.96, 0.85 / 0.99).
The other labels are trained and thresholded as in ml-1.2 (their blended F1 per fold is
unchanged). On all four files pooled, leave-one-file-out, the shipped crisis threshold 0.44
gives the head alone P 0.785 / R 0.755.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from selfled.lib.insight import embed as embed_mod  # noqa: E402
from selfled.lib.insight import ml  # noqa: E402
from selfled.lib.insight.analyzer import analyze as rules_analyze  # noqa: E402
from selfled.lib.insight.evaluation import _score, evaluate, format_report, load_jsonl  # noqa: E402
from selfled.lib.insight.model import CRISIS, LABELS  # noqa: E402

Array = npt.NDArray[np.float64]
DATA = [
    ROOT / "data/insight/dev.jsonl",
    ROOT / "data/insight/validation.jsonl",
    ROOT / "data/insight/train-extra.jsonl",
    ROOT / "data/insight/fresh-5.jsonl",
    ROOT / "data/insight/fresh-4.jsonl",
    ROOT / "data/insight/fresh-6.jsonl",
    ROOT / "data/insight/fresh-7.jsonl",
    ROOT / "data/insight/benign-checkins.jsonl",
    ROOT / "data/insight/fresh-8.jsonl",
    ROOT / "data/insight/fresh-9.jsonl",
    # ml-1.7: three more authors, eight crisis-focused sets and three sets of ordinary writing
    ROOT / "data/insight/fresh-10.jsonl",
    ROOT / "data/insight/fresh-11.jsonl",
    ROOT / "data/insight/fresh-12.jsonl",
    *(ROOT / f"data/insight/train-{n}.jsonl" for n in range(14, 22)),
    ROOT / "data/insight/benign-parts.jsonl",
    ROOT / "data/insight/benign-answers.jsonl",
    ROOT / "data/insight/benign-journal.jsonl",
]
NEIGHBOURS_FILE = "embed_neighbours.npy"

#: Out-of-fold precision the head alone must keep for its additions, per label.
PRECISION_FLOOR = {
    "crisis": 0.78,
    "fear:safety": 0.85,
    "fear:overwhelm": 0.85,
    "fear:identity": 0.85,
    "parts": 0.9,
    "self": 0.9,
    "old-pattern": 0.9,
}
#: Labels whose threshold is chosen on leave-one-file-out probabilities (the rest: k-fold).
LOFO_THRESHOLD = {CRISIS}
#: The neighbour vote's share of the head probability, per label (absent: 0).
KNN_WEIGHT = {CRISIS: 0.5}
KNN_K = 40
KNN_TEMPERATURE = 0.05


class Rows:
    """Texts, gold labels, per-text unit embeddings and source file of the training rows."""

    def __init__(self, texts: list[str], golds: list[set[str]], units: list[Array], src: list[int]):
        self.texts, self.golds, self.units, self.src = texts, golds, units, src

    def take(self, idx: list[int]) -> Rows:
        return Rows(
            [self.texts[i] for i in idx],
            [self.golds[i] for i in idx],
            [self.units[i] for i in idx],
            [self.src[i] for i in idx],
        )

    def gold(self) -> npt.NDArray[np.bool_]:
        return np.array([[label in g for label in LABELS] for g in self.golds], dtype=bool)

    def __len__(self) -> int:
        return len(self.texts)


def fit_logreg(x: Array, y: Array, *, l2: float = 1.0, iters: int = 30) -> tuple[Array, float]:
    """Weights and bias minimising log-loss + l2/2 * |w|^2 (bias unpenalised), by Newton."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def embed_rows(texts: list[str], cache: Path | None) -> list[Array]:
    """Per text, the embeddings of its units (row 0 = the whole text)."""
    spans = [ml.units(t)[0] for t in texts]
    flat = [t[a:b] for t, sp in zip(texts, spans, strict=True) for a, b in sp]
    key = hashlib.sha256("\x00".join(flat).encode()).hexdigest()[:16]
    vecs: Array
    if cache is not None and (cache / f"units-{key}.npy").exists():
        vecs = np.load(cache / f"units-{key}.npy")
    else:
        vecs = embed_mod.embed(flat).astype(np.float64)
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            np.save(cache / f"units-{key}.npy", vecs)
    out: list[Array] = []
    i = 0
    for sp in spans:
        out.append(vecs[i : i + len(sp)])
        i += len(sp)
    return out


def label_masks(golds: list[set[str]]) -> list[int]:
    """Per row, its labels as a bit mask over LABELS (bit j = LABELS[j])."""
    return [sum(1 << j for j, label in enumerate(LABELS) if label in g) for g in golds]


def train(rows: Rows, l2: float, thresholds: dict[str, float] | None = None) -> ml.Heads:
    """Heads trained on ``rows`` (regressions and, for KNN_WEIGHT labels, the neighbours)."""
    x = np.vstack([u[0] for u in rows.units])
    gold = rows.gold()
    ws, bs = [], []
    for j in range(len(LABELS)):
        w, b = fit_logreg(x, gold[:, j].astype(np.float64), l2=l2)
        ws.append(tuple(float(v) for v in w))
        bs.append(b)
    neighbours = ml.Neighbours(
        x.astype(np.float32),
        gold.astype(np.float32),
        KNN_K,
        KNN_TEMPERATURE,
        dict(KNN_WEIGHT),
    )
    return ml.Heads(tuple(LABELS), tuple(ws), tuple(bs), thresholds or {}, neighbours)


def unit_probs(heads: ml.Heads, rows: Rows) -> list[Array]:
    """Per row, (units, labels) head probabilities, computed as ``ml`` does."""
    return [heads.probabilities(u.astype(np.float32)).astype(np.float64) for u in rows.units]


def deciding_max(texts: list[str], probs: list[Array]) -> Array:
    """(rows, labels): the maximum over each row's deciding units."""
    return np.vstack([p[: ml.units(t)[1]].max(axis=0) for t, p in zip(texts, probs, strict=True)])


def oof_kfold(rows: Rows, k: int, l2: float, repeats: int) -> list[Array]:
    """Out-of-fold unit probabilities (k-fold over rows, averaged over ``repeats`` splits)."""
    acc = [np.zeros((len(u), len(LABELS))) for u in rows.units]
    for seed in range(repeats):
        rng = np.random.default_rng(seed)
        for fold in np.array_split(rng.permutation(len(rows)), k):
            held = set(fold.tolist())
            heads = train(rows.take([i for i in range(len(rows)) if i not in held]), l2)
            for i, p in zip(
                fold.tolist(), unit_probs(heads, rows.take(fold.tolist())), strict=True
            ):
                acc[i] += p / repeats
    return acc


def oof_lofo(rows: Rows, l2: float) -> list[Array]:
    """Out-of-file unit probabilities: each source file scored by heads trained on the rest."""
    out: list[Array] = [np.zeros(0)] * len(rows)
    for f in sorted(set(rows.src)):
        held = [i for i in range(len(rows)) if rows.src[i] == f]
        heads = train(rows.take([i for i in range(len(rows)) if rows.src[i] != f]), l2)
        for i, p in zip(held, unit_probs(heads, rows.take(held)), strict=True):
            out[i] = p
    return out


def prf(pred: npt.NDArray[np.bool_], gold: npt.NDArray[np.bool_]) -> tuple[float, float, float]:
    s = _score(int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum()))
    return s.precision, s.recall, s.f1


def pick_threshold(probs: Array, gold: npt.NDArray[np.bool_], floor: float) -> float:
    """The lowest threshold from which, going up, the precision stays at or above ``floor``."""
    grid = [round(float(t), 2) for t in np.arange(0.2, 0.96, 0.01)]
    chosen = 0.95
    for t in reversed(grid):
        p, _, _ = prf(probs >= t, gold)
        if p < floor:
            break
        chosen = t
    return chosen


def choose_thresholds(rows: Rows, l2: float, k: int, repeats: int) -> dict[str, float]:
    """Per label, the threshold on its out-of-fold head probabilities (see the docstring)."""
    gold = rows.gold()
    kfold = deciding_max(rows.texts, oof_kfold(rows, k, l2, repeats))
    lofo = deciding_max(rows.texts, oof_lofo(rows, l2)) if len(set(rows.src)) > 1 else kfold
    out: dict[str, float] = {}
    for j, label in enumerate(LABELS):
        probs = lofo if label in LOFO_THRESHOLD else kfold
        out[label] = pick_threshold(probs[:, j], gold[:, j], PRECISION_FLOOR[label])
    return out


def report_head(probs: Array, gold: npt.NDArray[np.bool_], thresholds: dict[str, float]) -> str:
    lines = [f"{'label':<16}{'thr':>6}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for j, label in enumerate(LABELS):
        p, r, f = prf(probs[:, j] >= thresholds[label], gold[:, j])
        lines.append(
            f"{label:<16}{thresholds[label]:>6.2f}{p:>8.3f}{r:>8.3f}{f:>8.3f}{gold[:, j].sum():>9d}"
        )
    return "\n".join(lines)


def blend_report(rows: Rows, heads: ml.Heads, probs: list[Array]) -> str:
    """The real blend (ml._blend) of the rules with the given unit probabilities."""
    ml._HEADS = heads
    by_text = {t: p.tolist() for t, p in zip(rows.texts, probs, strict=True)}

    def predict(text: str) -> list[str]:
        if not ml._WORDISH.search(text):
            return rules_analyze(text).present()
        return ml._blend(text, rules_analyze(text), by_text[text]).present()

    try:
        return format_report(
            evaluate(list(zip(rows.texts, rows.golds, strict=True)), predict=predict)
        )
    finally:
        ml._HEADS = None


def lofo_report(rows: Rows, l2: float, k: int, repeats: int, out: Callable[[str], None]) -> None:
    """Leave-one-file-out: thresholds and heads from the other files only, scored on each."""
    for f, path in enumerate(DATA):
        held = [i for i in range(len(rows)) if rows.src[i] == f]
        if not held:
            continue
        rest = rows.take([i for i in range(len(rows)) if rows.src[i] != f])
        test = rows.take(held)
        thresholds = choose_thresholds(rest, l2, k, repeats)
        heads = train(rest, l2, thresholds)
        probs = unit_probs(heads, test)
        out(f"\n=== held out: {path.name} ({len(test)} rows); heads on the other files")
        out("head alone")
        out(report_head(deciding_max(test.texts, probs), test.gold(), thresholds))
        out("rules + head (the rules were tuned on this file too: optimistic)")
        out(blend_report(test, heads, probs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=5, help="k for the k-fold thresholds/report")
    parser.add_argument("--repeats", type=int, default=3, help="k-fold repeats (different folds)")
    parser.add_argument("--report", action="store_true", help="print the k-fold CV report")
    parser.add_argument("--lofo", action="store_true", help="print leave-one-file-out figures")
    parser.add_argument("--out", type=Path, help="write the trained heads here (JSON)")
    parser.add_argument("--l2", type=float, default=0.1)
    parser.add_argument("--cache", type=Path, help="folder to cache unit embeddings in")
    args = parser.parse_args()

    texts: list[str] = []
    golds: list[set[str]] = []
    src: list[int] = []
    for f, path in enumerate(DATA):
        for text, gold in load_jsonl(path):
            texts.append(text)
            golds.append(gold)
            src.append(f)
    rows = Rows(texts, golds, embed_rows(texts, args.cache), src)
    print(f"{len(rows)} rows, {sum(len(u) for u in rows.units)} embedded units")

    if args.lofo:
        lofo_report(rows, args.l2, args.cv, args.repeats, print)

    if args.report:
        kfold = oof_kfold(rows, args.cv, args.l2, args.repeats)
        thresholds = choose_thresholds(rows, args.l2, args.cv, args.repeats)
        print(f"\nhead alone, {args.cv}-fold CV x{args.repeats} (out-of-fold, averaged)")
        print(report_head(deciding_max(texts, kfold), rows.gold(), thresholds))
        print("\nrules + out-of-fold head (rules were tuned on these rows: optimistic)")
        print(blend_report(rows, ml.Heads(tuple(LABELS), (), (), thresholds), kfold))

    if args.out:
        thresholds = choose_thresholds(rows, args.l2, args.cv, args.repeats)
        heads = train(rows, args.l2, thresholds)
        vectors = np.vstack([u[0] for u in rows.units]).astype(np.float16)
        np.save(args.out.parent / NEIGHBOURS_FILE, vectors, allow_pickle=False)
        data = {
            "model": "all-MiniLM-L6-v2 (mean pooling, L2-normalised)",
            "trained_on": [str(p.relative_to(ROOT)) for p in DATA],
            "l2": args.l2,
            "labels": list(LABELS),
            "thresholds": thresholds,
            "bias": [round(float(x), 6) for x in heads.bias],
            "weights": [[round(float(x), 6) for x in row] for row in heads.weights],
            "neighbours": {
                "file": NEIGHBOURS_FILE,
                "k": KNN_K,
                "temperature": KNN_TEMPERATURE,
                "weight": dict(KNN_WEIGHT),
                "labels": label_masks(golds),
            },
        }
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} and {NEIGHBOURS_FILE} (thresholds {thresholds})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
