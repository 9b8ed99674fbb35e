"""RFC 6238 TOTP codes from a base32 secret (for the demo helper and tests)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time


def current_code(
    secret_b32: str, *, at: float | None = None, step: int = 30, digits: int = 6
) -> str:
    padded = secret_b32.strip().replace(" ", "").upper()
    padded += "=" * (-len(padded) % 8)
    key = base64.b32decode(padded)
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)
