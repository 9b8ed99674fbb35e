"""Synthetic practice data: deterministic for a seed, bulk-inserted so it scales to 10,000 clients.

Staff share one generated password and clients another (hashed once each with Argon2), so
loading thousands of accounts takes seconds. Later features add their own data here.
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass, field
from datetime import timedelta
from typing import IO, Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.accounts.models import Membership, Practice, Role, User
from selfled.audit.services import record
from selfled.care.models import CareTeamMember, Client
from selfled.demo.names import FIRST, LAST, WORDS
from selfled.lib.progress import Progress
from selfled.parts.demo import add_demo_system
from selfled.selfenergy.demo import generate_self_energy

BATCH = 1000


@dataclass
class Login:
    role: str
    email: str
    password: str
    totp_secret: str | None = None
    name: str = ""


@dataclass
class DemoLogins:
    practice: str
    logins: list[Login] = field(default_factory=list)
    clients_total: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "clients_total": self.clients_total,
            "logins": [
                {
                    "role": x.role,
                    "email": x.email,
                    "password": x.password,
                    "totp_secret": x.totp_secret,
                    "name": x.name,
                }
                for x in self.logins
            ],
        }


class DemoDataError(Exception):
    pass


def _password(rng: random.Random) -> str:
    return "-".join(rng.choice(WORDS) for _ in range(3)) + f"-{rng.randint(10, 99)}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _totp_key(rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(20))


def generate(
    *, clients: int, weeks: int, seed: int, progress: bool = True, listed_clients: int = 10
) -> DemoLogins:
    """Create a practice with an admin, clinicians, clients and care teams.

    Side effects: rows in accounts, care and otp tables; one audit event.
    Raises DemoDataError if this seed's practice already exists.
    """
    if clients < 0 or clients > 100_000:
        raise DemoDataError("--clients must be between 0 and 100000")
    rng = random.Random(seed)
    slug = f"demo-{seed}"
    if Practice.objects.filter(slug=slug).exists():
        raise DemoDataError(f"demo practice for seed {seed} is already loaded")
    domain = f"demo{seed}.example.org"
    staff_password, client_password = _password(rng), _password(rng)
    staff_hash, client_hash = make_password(staff_password), make_password(client_password)
    n_clinicians = min(200, max(2, math.ceil(clients / 40)))
    now = timezone.now()
    start = now - timedelta(weeks=max(weeks, 1))
    bar = Progress(
        total=clients + n_clinicians + 1, label="demo data", enabled=progress, stream=sys.stderr
    )
    result = DemoLogins(practice=f"Cedar Grove Collective (demo {seed})", clients_total=clients)
    with transaction.atomic():
        practice = Practice.objects.create(name=result.practice, slug=slug)
        admin = User(email=f"admin@{domain}", full_name=_name(rng), password=staff_hash)
        staff = [admin] + [
            User(email=f"clinician{i}@{domain}", full_name=_name(rng), password=staff_hash)
            for i in range(1, n_clinicians + 1)
        ]
        User.objects.bulk_create(staff)
        Membership.objects.bulk_create(
            [Membership(user=admin, practice=practice, role=Role.ADMIN)]
            + [Membership(user=u, practice=practice, role=Role.CLINICIAN) for u in staff[1:]]
        )
        devices = []
        for user in staff:
            key = _totp_key(rng)
            devices.append(
                TOTPDevice(user=user, name="Authenticator app", key=key.hex(), confirmed=True)
            )
            role = Role.ADMIN if user is admin else Role.CLINICIAN
            result.logins.append(Login(role, user.email, staff_password, _b32(key), user.full_name))
        TOTPDevice.objects.bulk_create(devices)
        bar.advance(n_clinicians + 1)
        clinicians = staff[1:]
        se_rng = random.Random(f"{seed}-self-energy")
        for offset in range(0, clients, BATCH):
            size = min(BATCH, clients - offset)
            users = [
                User(
                    email=f"client{offset + i + 1}@{domain}",
                    full_name=_name(rng),
                    password=client_hash,
                    date_joined=start + timedelta(seconds=rng.randint(0, weeks * 7 * 86400)),
                )
                for i in range(size)
            ]
            User.objects.bulk_create(users)
            Membership.objects.bulk_create(
                [Membership(user=u, practice=practice, role=Role.CLIENT) for u in users]
            )
            records = [Client(practice=practice, user=u, created_at=u.date_joined) for u in users]
            Client.objects.bulk_create(records)
            generate_self_energy([(c.pk, c.created_at) for c in records], se_rng, weeks)
            places = []
            for i, client in enumerate(records):
                primary = clinicians[(offset + i) % len(clinicians)]
                places.append(CareTeamMember(client=client, clinician=primary))
                if len(clinicians) > 1 and rng.random() < 0.3:
                    second = clinicians[(offset + i + 1) % len(clinicians)]
                    places.append(CareTeamMember(client=client, clinician=second))
            CareTeamMember.objects.bulk_create(places)
            for client in records:
                add_demo_system(client, rng, start=client.created_at)
            for user in users:
                if len(result.logins) < n_clinicians + 1 + listed_clients:
                    result.logins.append(
                        Login(Role.CLIENT, user.email, client_password, None, user.full_name)
                    )
            bar.advance(size)
        record(
            "demo_data.load",
            practice_id=practice.pk,
            detail=f"seed {seed}; {clients} clients; {n_clinicians} clinicians",
        )
    bar.finish()
    return result


def _b32(key: bytes) -> str:
    import base64

    return base64.b32encode(key).decode("ascii").rstrip("=")


def print_logins(logins: DemoLogins, out: IO[str]) -> None:
    out.write(f"\n{logins.practice}: {logins.clients_total} clients\n")
    out.write(
        "Sign in with any of these (staff need the authenticator code; get it with "
        "`selfled totp SECRET`, or add the secret to an authenticator app):\n"
    )
    for login in logins.logins:
        line = f"  {login.role:<9} {login.email:<34} password: {login.password}"
        if login.totp_secret:
            line += f"  TOTP secret: {login.totp_secret}"
        out.write(line + "\n")
    if logins.clients_total > sum(1 for x in logins.logins if x.role == Role.CLIENT):
        out.write("  (all other clients clientN@… share the client password)\n")
