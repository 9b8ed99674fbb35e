"""Train (and cross-validate) the embedding label heads of the "ml" analyzer mode.

Usage:
  .venv/bin/python tools/insight/train_embed_heads.py --cv 5
  .venv/bin/python tools/insight/train_embed_heads.py --cv 5 \
      --out src/selfled/lib/insight/data/embed_heads.json

Data: data/insight/dev.jsonl + validation.jsonl + train-extra.jsonl (never the held-out test
split).
Needs the "ml" extra and the model package (see selfled.lib.insight.embed).

One L2-regularised logistic regression per label on the whole-text embedding (Newton's
method, NumPy). At inference a label's head probability is the maximum over the text's
deciding units (the whole text, and 3-sentence windows of longer texts; see ``ml.units``),
so cross-validation scores exactly that: out-of-fold probabilities of held-out rows.

Each label's threshold is the lowest at which the head alone keeps out-of-fold precision
at or above that label's floor (``PRECISION_FLOOR``) from there up: the head only adds
labels the rules missed, so its additions must be precise. Crisis has the lowest floor
(recall first).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from selfled.lib.insight import embed as embed_mod  # noqa: E402
from selfled.lib.insight import ml  # noqa: E402
from selfled.lib.insight.analyzer import analyze as rules_analyze  # noqa: E402
from selfled.lib.insight.evaluation import _score, evaluate, format_report, load_jsonl  # noqa: E402
from selfled.lib.insight.model import LABELS  # noqa: E402

Array = npt.NDArray[np.float64]
DATA = [
    ROOT / "data/insight/dev.jsonl",
    ROOT / "data/insight/validation.jsonl",
    ROOT / "data/insight/train-extra.jsonl",
]


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


def train(units: list[Array], golds: list[set[str]], l2: float) -> tuple[Array, Array]:
    x = np.vstack([u[0] for u in units])
    ws, bs = [], []
    for label in LABELS:
        y = np.array([1.0 if label in g else 0.0 for g in golds])
        w, b = fit_logreg(x, y, l2=l2)
        ws.append(w)
        bs.append(b)
    return np.vstack(ws), np.array(bs)


def unit_probs(units: list[Array], w: Array, b: Array) -> list[Array]:
    return [1.0 / (1.0 + np.exp(-np.clip(u @ w.T + b, -30, 30))) for u in units]


def oof(units: list[Array], golds: list[set[str]], k: int, l2: float, seed: int) -> list[Array]:
    """Out-of-fold head probabilities of every unit of every row."""
    rng = np.random.default_rng(seed)
    folds = np.array_split(rng.permutation(len(units)), k)
    out: list[Array] = [np.zeros(0)] * len(units)
    for f in folds:
        test = set(f.tolist())
        tr = [i for i in range(len(units)) if i not in test]
        w, b = train([units[i] for i in tr], [golds[i] for i in tr], l2)
        for i, p in zip(f.tolist(), unit_probs([units[i] for i in f], w, b), strict=True):
            out[i] = p
    return out


def deciding_max(texts: list[str], probs: list[Array]) -> Array:
    """(rows, labels): the maximum over each row's deciding units."""
    return np.vstack([p[: ml.units(t)[1]].max(axis=0) for t, p in zip(texts, probs, strict=True)])


def prf(pred: npt.NDArray[np.bool_], gold: npt.NDArray[np.bool_]) -> tuple[float, float, float]:
    s = _score(int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum()))
    return s.precision, s.recall, s.f1


#: Out-of-fold precision the head alone must keep for its additions, per label.
PRECISION_FLOOR = {
    "crisis": 0.75,
    "fear:safety": 0.85,
    "fear:overwhelm": 0.85,
    "fear:identity": 0.85,
    "parts": 0.9,
    "self": 0.9,
    "old-pattern": 0.9,
}


def pick_thresholds(probs: Array, golds: list[set[str]]) -> dict[str, float]:
    grid = [round(float(t), 2) for t in np.arange(0.2, 0.96, 0.01)]
    out: dict[str, float] = {}
    for j, label in enumerate(LABELS):
        gold = np.array([label in g for g in golds])
        chosen = 0.95
        for t in reversed(grid):
            p, _, _ = prf(probs[:, j] >= t, gold)
            if p < PRECISION_FLOOR[label]:
                break
            chosen = t
        out[label] = chosen
    return out


def report_head(probs: Array, golds: list[set[str]], thresholds: dict[str, float]) -> str:
    lines = [f"{'label':<16}{'thr':>6}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}"]
    for j, label in enumerate(LABELS):
        gold = np.array([label in g for g in golds])
        p, r, f = prf(probs[:, j] >= thresholds[label], gold)
        lines.append(
            f"{label:<16}{thresholds[label]:>6.2f}{p:>8.3f}{r:>8.3f}{f:>8.3f}{gold.sum():>9d}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="k for k-fold cross-validation")
    parser.add_argument("--repeats", type=int, default=3, help="CV repeats (different folds)")
    parser.add_argument("--out", type=Path, help="write the trained heads here (JSON)")
    parser.add_argument("--l2", type=float, default=0.1)
    parser.add_argument("--cache", type=Path, help="folder to cache unit embeddings in")
    args = parser.parse_args()

    rows = [r for path in DATA for r in load_jsonl(path)]
    texts = [t for t, _ in rows]
    golds = [g for _, g in rows]
    units = embed_rows(texts, args.cache)
    print(f"{len(rows)} rows, {sum(len(u) for u in units)} embedded units")

    thresholds: dict[str, float] | None = None
    if args.cv:
        runs = [oof(units, golds, args.cv, args.l2, seed) for seed in range(args.repeats)]
        per_unit = [np.mean([r[i] for r in runs], axis=0) for i in range(len(rows))]
        probs = deciding_max(texts, per_unit)
        thresholds = pick_thresholds(probs, golds)
        print(f"\nhead alone, {args.cv}-fold CV x{args.repeats} (out-of-fold, averaged)")
        print(report_head(probs, golds, thresholds))
        # The real blend (ml._blend) with out-of-fold head probabilities. The rules were
        # tuned on these rows, so the rules' share of this figure is optimistic.
        ml._HEADS = ml.Heads(tuple(LABELS), (), (), thresholds)
        by_text = {t: p.tolist() for t, p in zip(texts, per_unit, strict=True)}

        def predict(text: str) -> list[str]:
            return ml._blend(text, rules_analyze(text), by_text[text]).present()

        print("\nrules + out-of-fold head (rules were tuned on these rows: optimistic)")
        print(format_report(evaluate(rows, predict=predict)))
        ml._HEADS = None

    if args.out:
        w, b = train(units, golds, args.l2)
        if thresholds is None:
            runs = [oof(units, golds, 5, args.l2, seed) for seed in range(3)]
            per_unit = [np.mean([r[i] for r in runs], axis=0) for i in range(len(rows))]
            thresholds = pick_thresholds(deciding_max(texts, per_unit), golds)
        data = {
            "model": "all-MiniLM-L6-v2 (mean pooling, L2-normalised)",
            "trained_on": [str(p.relative_to(ROOT)) for p in DATA],
            "l2": args.l2,
            "labels": list(LABELS),
            "thresholds": thresholds,
            "bias": [round(float(x), 6) for x in b],
            "weights": [[round(float(x), 6) for x in row] for row in w],
        }
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} (thresholds {thresholds})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
