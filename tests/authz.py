"""Shared vocabulary for the authorization matrix (see tests/core/test_authorization_matrix.py).

Each app with pages adds `tests/<app>/authz.py` exposing `MATRIX` (URL name → persona →
outcome) and `url_kwargs(name, world)` returning the kwargs to reverse its URLs (or None).
"""

from __future__ import annotations

PERSONAS = [
    "anonymous",
    "client",
    "other_client",
    "clinician",
    "unverified_clinician",
    "colleague",
    "other_practice_clinician",
    "admin",
]

ALL_OK = dict.fromkeys(PERSONAS, "ok")
SIGNED_IN_OK = {**ALL_OK, "anonymous": "login", "unverified_clinician": "2fa"}
ADMIN_ONLY = {
    **dict.fromkeys(PERSONAS, "404"),
    "anonymous": "login",
    "unverified_clinician": "2fa",
    "admin": "ok",
}
ADMIN_POST = {**ADMIN_ONLY, "admin": "405"}
CLINICIANS = {
    **dict.fromkeys(PERSONAS, "404"),
    "anonymous": "login",
    "unverified_clinician": "2fa",
    "clinician": "ok",
    "colleague": "ok",
    "other_practice_clinician": "ok",
}
CLIENTS = {
    **dict.fromkeys(PERSONAS, "404"),
    "anonymous": "login",
    "unverified_clinician": "2fa",
    "client": "ok",
    "other_client": "ok",
}
CLIENT_A_RECORD = {
    **dict.fromkeys(PERSONAS, "404"),
    "anonymous": "login",
    "unverified_clinician": "2fa",
    "clinician": "ok",
}
POST_ONLY = {**dict.fromkeys(PERSONAS, "405"), "anonymous": "login", "unverified_clinician": "2fa"}
# An API write answers a GET with 405 whoever asks: there is no page to sign in to first.
API_POST_ONLY = {**POST_ONLY, "anonymous": "405"}
