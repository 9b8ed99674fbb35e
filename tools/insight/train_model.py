"""Train (and cross-validate) the learned scorer shipped in selfled/lib/insight/data/model.json.

Usage:
  .venv/bin/python tools/insight/train_model.py --cv 5 data/insight/dev.jsonl
  # the shipped model (rules+lex-2.14): the crisis head retrained on 38 crisis-only files, the
  # other heads kept as trained for rules+lex-2.7 (git show 8c6e809:src/selfled/lib/insight/
  # data/model.json > /tmp/model-2.7.json)
  .venv/bin/python tools/insight/train_model.py --out src/selfled/lib/insight/data/model.json \
      --keep-heads-from /tmp/model-2.7.json \
      data/insight/{dev,validation,train-extra,fresh-8,fresh-10}.jsonl \
      --crisis-only data/insight/fresh-{4,5,6,7,9}.jsonl data/insight/benign-checkins.jsonl \
      data/insight/fresh-{11,12}.jsonl data/insight/train-{14..21}.jsonl \
      data/insight/benign-{parts,answers,journal}.jsonl data/insight/train-{22..30}.jsonl \
      data/insight/fresh-{13..21}.jsonl data/insight/benign-vocabulary.jsonl

``--crisis-only`` files (sets written to cover crisis language) train the crisis head only;
the other heads are trained on the main files alone, so adding crisis data cannot move them.

Pure Python: one L2-regularised logistic regression per label, trained by AdaGrad over
sparse binary features (see ``selfled.lib.insight.learned.features``). Never pass the
held-out test split here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from selfled.lib.insight.evaluation import _score, load_jsonl  # noqa: E402
from selfled.lib.insight.learned import LearnedModel, features  # noqa: E402
from selfled.lib.insight.model import LABELS  # noqa: E402
from selfled.lib.insight.normalize import normalize  # noqa: E402


def featurize(text: str) -> list[str]:
    return sorted({f for f, _, _ in features(normalize(text).text)})


def train(
    docs: list[list[str]],
    golds: list[set[str]],
    *,
    epochs: int = 10,
    lr: float = 0.5,
    l2: float = 1e-2,
    min_df: int = 2,
    seed: int = 7,
    only: list[frozenset[str] | None] | None = None,
) -> LearnedModel:
    """``only[j]``, when given and not None, limits row j to training those labels' heads."""
    df: dict[str, int] = {}
    for d in docs:
        for f in d:
            df[f] = df.get(f, 0) + 1
    vocab = {f for f, c in df.items() if c >= min_df}
    docs = [[f for f in d if f in vocab] for d in docs]
    n = len(LABELS)
    bias = [0.0] * n
    w: dict[str, list[float]] = {f: [0.0] * n for f in vocab}
    g2: dict[str, list[float]] = {f: [1e-8] * n for f in vocab}
    gb = [1e-8] * n
    order = list(range(len(docs)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for j in order:
            d = docs[j]
            gold = golds[j]
            limit = only[j] if only is not None else None
            for i, label in enumerate(LABELS):
                if limit is not None and label not in limit:
                    continue
                z = bias[i] + sum(w[f][i] for f in d)
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                g = p - (1.0 if label in gold else 0.0)
                gb[i] += g * g
                bias[i] -= lr * g / math.sqrt(gb[i])
                for f in d:
                    wf = w[f]
                    gf = g + l2 * wf[i]
                    g2[f][i] += gf * gf
                    wf[i] -= lr * gf / math.sqrt(g2[f][i])
    pruned = {
        f: [round(x, 4) for x in ws] for f, ws in w.items() if max(abs(x) for x in ws) >= 0.02
    }
    return LearnedModel(list(LABELS), [round(b, 4) for b in bias], pruned)


def merge_head(base: LearnedModel, donor: LearnedModel, label: str) -> LearnedModel:
    """``base`` with the ``label`` head (bias and weights) taken from ``donor``."""
    i = base.labels.index(label)
    bias = list(base.bias)
    bias[i] = donor.bias[i]
    n = len(base.labels)
    weights: dict[str, list[float]] = {}
    for f in set(base.weights) | set(donor.weights):
        row = list(base.weights.get(f, [0.0] * n))
        row[i] = donor.weights.get(f, [0.0] * n)[i]
        if max(abs(x) for x in row) >= 0.02:
            weights[f] = row
    return LearnedModel(list(base.labels), bias, weights)


def predict_sets(model: LearnedModel, texts: list[str], thr: float) -> list[set[str]]:
    out = []
    for t in texts:
        out.append({s.label for s in model.score(normalize(t).text) if s.probability >= thr})
    return out


def table(golds: list[set[str]], preds: list[set[str]]) -> str:
    lines = [f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}"]
    for label in LABELS:
        tp = sum(1 for g, p in zip(golds, preds, strict=True) if label in g and label in p)
        fp = sum(1 for g, p in zip(golds, preds, strict=True) if label not in g and label in p)
        fn = sum(1 for g, p in zip(golds, preds, strict=True) if label in g and label not in p)
        s = _score(tp, fp, fn)
        lines.append(
            f"{label:<16}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.support:>10d}"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--out")
    ap.add_argument("--thr", type=float, default=0.5)
    ap.add_argument("--oof", help="write out-of-fold probabilities (JSONL) here")
    ap.add_argument(
        "--keep-heads-from",
        help="a model.json whose heads other than crisis are kept exactly (retrain crisis only)",
    )
    ap.add_argument(
        "--crisis-only",
        nargs="*",
        default=[],
        help="files whose rows train the crisis head only (crisis-focused sets whose few "
        "other-label rows would skew the other heads' priors)",
    )
    args = ap.parse_args()
    if any("test.jsonl" in f for f in [*args.files, *args.crisis_only]):
        raise SystemExit("refusing to train on the held-out test split")
    rows = [r for f in args.files for r in load_jsonl(f)]
    extra = [r for f in args.crisis_only for r in load_jsonl(f)]
    only: list[frozenset[str] | None] = [None] * len(rows) + [frozenset({"crisis"})] * len(extra)
    rows += extra
    texts = [t for t, _ in rows]
    golds = [g for _, g in rows]
    docs = [featurize(t) for t in texts]
    if args.cv:
        idx = list(range(len(rows)))
        random.Random(1).shuffle(idx)
        folds = [idx[k :: args.cv] for k in range(args.cv)]
        oof: list[dict[str, float]] = [{} for _ in rows]
        for test_idx in folds:
            held = set(test_idx)
            tr = [j for j in idx if j not in held]
            m = train([docs[j] for j in tr], [golds[j] for j in tr], only=[only[j] for j in tr])
            for j in test_idx:
                for s in m.score(normalize(texts[j]).text):
                    oof[j][s.label] = s.probability
        preds = [{lab for lab, p in o.items() if p >= args.thr} for o in oof]
        print(f"{args.cv}-fold cross-validated, model alone, threshold {args.thr}")
        print(table(golds, preds))
        if args.oof:
            with open(args.oof, "w", encoding="utf-8") as fh:
                for t, g, o in zip(texts, golds, oof, strict=True):
                    fh.write(json.dumps({"text": t, "labels": sorted(g), "p": o}) + "\n")
    if args.out:
        n_main = only.index(frozenset({"crisis"})) if extra else len(rows)
        kept = LearnedModel.load(Path(args.keep_heads_from)) if args.keep_heads_from else None
        if args.keep_heads_from and kept is None:
            raise SystemExit(f"cannot read {args.keep_heads_from}")
        m = kept if kept is not None else train(docs[:n_main], golds[:n_main])
        if extra:
            # The crisis head alone learns from the crisis-only files; the other heads stay
            # exactly as trained on the main files (no change in their vocabulary or order).
            mc = train(docs, golds, only=only)
            m = merge_head(m, mc, "crisis")
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(
                {
                    "about": "logistic regression per label; tools/insight/train_model.py"
                    + (
                        f"; heads other than crisis kept from {Path(args.keep_heads_from).name}"
                        if args.keep_heads_from
                        else ""
                    ),
                    "trained_on": [Path(f).name for f in args.files],
                    "crisis_only": [Path(f).name for f in args.crisis_only],
                    "labels": m.labels,
                    "bias": m.bias,
                    "weights": m.weights,
                },
                fh,
                separators=(",", ":"),
                sort_keys=True,
            )
        print(f"wrote {args.out}: {len(m.weights)} features")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
