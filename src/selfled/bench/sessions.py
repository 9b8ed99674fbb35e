"""Setup subprocess: signed-in sessions for the bench personas, and ids pages need.

Run as `python -m selfled.bench.sessions` with the bench environment. Reads
`{"personas": {"client": EMAIL, "clinician": EMAIL, "admin": EMAIL}}` on stdin and prints
`{"sessions": {PERSONA: SESSION_KEY}, "fixtures": {NAME: VALUE}}` on stdout.

Sessions are written the way `django.contrib.auth.login()` and `django_otp.login()` write them,
so the benchmark measures pages rather than the login form and Argon2.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any

MODEL_BACKEND = "selfled.accounts.backends.SelfLedBackend"

Users = Mapping[str, Any]


def _clinician_client_id(users: Users) -> str:
    from selfled.care.models import Client

    client = (
        Client.objects.filter(team__clinician=users["clinician"]).order_by("user__email").first()
    )
    if client is None:
        raise SystemExit("bench setup: the clinician persona has no clients")
    return str(client.pk)


def _large_parts_map(users: Users) -> str:
    """Give the client persona a system of 60 parts and 150 links (the parts-map page)."""
    from selfled.care.models import Client
    from selfled.parts.demo import add_large_system
    from selfled.parts.models import Part

    client = Client.objects.get(user=users["client"])
    Part.objects.filter(client=client).delete()
    add_large_system(client, parts=60, relations=150, seed=1)
    return str(client.pk)


# Ids that page URL builders (selfled.bench.pages.PAGES) may use, by name.
FIXTURES: dict[str, Callable[[Users], str]] = {
    "clinician_client_id": _clinician_client_id,
    "large_parts_client_id": _large_parts_map,
}


def create_session(user: Any) -> str:
    """A stored session equivalent to a completed sign-in (including two-factor for staff)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from selfled.accounts.middleware import LAST_SEEN
    from selfled.accounts.signals import SESSION_STARTED

    store = SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = MODEL_BACKEND
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if user.is_staff_member:
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            raise SystemExit(f"bench setup: staff user {user.email} has no confirmed TOTP device")
        store[DEVICE_ID_SESSION_KEY] = device.persistent_id
    now = time.time()
    store[SESSION_STARTED] = now
    store[LAST_SEEN] = now
    store.create()
    assert store.session_key is not None  # noqa: S101 - create() always sets it
    return store.session_key


def build(personas: Mapping[str, str]) -> dict[str, dict[str, str]]:
    from selfled.accounts.models import User

    users = {persona: User.objects.get(email=email) for persona, email in personas.items()}
    sessions = {persona: create_session(user) for persona, user in users.items()}
    fixtures = {name: lookup(users) for name, lookup in FIXTURES.items()}
    return {"sessions": sessions, "fixtures": fixtures}


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfled.settings")
    import django

    django.setup()
    request = json.load(sys.stdin)
    print(json.dumps(build(request["personas"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
