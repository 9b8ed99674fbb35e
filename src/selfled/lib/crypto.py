"""Authenticated field encryption (AES-256-GCM) with a keyring kept outside the database.

Stored form: ``sl1:<key id>:<base64(nonce || ciphertext+tag)>``. The associated data binds each
ciphertext to its table, row and field, so a value copied to another row or field fails to
decrypt. Nonces are 96 random bits; with at most a few million values per key the collision
risk stays far below NIST's 2^-32 bound, and `selfled keys rotate` starts a fresh key.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "sl1"


class DecryptionError(Exception):
    """A stored value failed authentication: tampered, swapped, or its key is missing."""


@dataclass
class Keyring:
    active: str
    keys: dict[str, bytes]
    created: dict[str, str] = field(default_factory=dict)
    retired: list[str] = field(default_factory=list)

    def encrypt(self, plaintext: str, context: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self.keys[self.active]).encrypt(
            nonce, plaintext.encode("utf-8"), context.encode("utf-8")
        )
        return f"{PREFIX}:{self.active}:{base64.b64encode(nonce + sealed).decode('ascii')}"

    def decrypt(self, stored: str, context: str) -> str:
        try:
            prefix, key_id, payload = stored.split(":", 2)
        except ValueError as exc:
            raise DecryptionError("value is not in the encrypted format") from exc
        if prefix != PREFIX:
            raise DecryptionError("value is not in the encrypted format")
        key = self.keys.get(key_id)
        if key is None:
            raise DecryptionError(f"key {key_id!r} is not in the keyring")
        try:
            raw = base64.b64decode(payload, validate=True)
            plain = AESGCM(key).decrypt(raw[:12], raw[12:], context.encode("utf-8"))
        except (InvalidTag, ValueError) as exc:
            raise DecryptionError("value failed authentication") from exc
        return plain.decode("utf-8")

    def to_json(self) -> str:
        return json.dumps(
            {
                "active": self.active,
                "keys": {
                    kid: {
                        "key": base64.b64encode(key).decode("ascii"),
                        "created": self.created.get(kid, ""),
                    }
                    for kid, key in self.keys.items()
                },
                "retired": self.retired,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> Keyring:
        data = json.loads(text)
        keys = {kid: base64.b64decode(entry["key"]) for kid, entry in data["keys"].items()}
        created = {kid: entry.get("created", "") for kid, entry in data["keys"].items()}
        if data["active"] not in keys:
            raise ValueError("the active key is missing from the key file")
        for kid, key in keys.items():
            if len(key) != 32:
                raise ValueError(f"key {kid!r} is not a 256-bit key")
        return cls(data["active"], keys, created, list(data.get("retired", [])))


def new_key_id() -> str:
    return datetime.now(UTC).strftime("k%Y%m%d") + secrets.token_hex(3)


def generate_keyring() -> Keyring:
    kid = new_key_id()
    return Keyring(kid, {kid: AESGCM.generate_key(bit_length=256)}, {kid: _now()})


def add_key(ring: Keyring) -> str:
    kid = new_key_id()
    ring.keys[kid] = AESGCM.generate_key(bit_length=256)
    ring.created[kid] = _now()
    ring.active = kid
    return kid


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def save_keyring(ring: Keyring, path: Path) -> None:
    """Write atomically with 0600 permissions."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(ring.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


_lock = threading.Lock()
_cache: dict[Path, tuple[float, Keyring]] = {}


def load_keyring(path: Path, *, create: bool) -> Keyring:
    """Load (and cache, keyed on mtime) the keyring; create it on first run when allowed."""
    with _lock:
        if not path.exists():
            if not create:
                raise FileNotFoundError(f"encryption key file {path} does not exist")
            save_keyring(generate_keyring(), path)
        mtime = path.stat().st_mtime
        cached = _cache.get(path)
        if cached and cached[0] == mtime:
            return cached[1]
        ring = Keyring.from_json(path.read_text(encoding="utf-8"))
        _cache[path] = (mtime, ring)
        return ring
