"""`selfled demo`: load the demo practice once and remember its logins in SELFLED_HOME."""

from __future__ import annotations

import json
from typing import IO

from django.conf import settings

from selfled.accounts.models import Practice
from selfled.conf import write_private
from selfled.demo.generate import DemoLogins, Login, generate, print_logins

DEMO_SEED = 1


def ensure_demo_practice(out: IO[str]) -> DemoLogins:
    path = settings.SELFLED_HOME / "demo-logins.json"
    if Practice.objects.filter(slug=f"demo-{DEMO_SEED}").exists() and path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        logins = DemoLogins(
            data["practice"], [Login(**x) for x in data["logins"]], data["clients_total"]
        )
    else:
        out.write("Loading the demo practice (fictional people)…\n")
        logins = generate(clients=12, weeks=12, seed=DEMO_SEED, progress=True)
        path.unlink(missing_ok=True)
        write_private(path, json.dumps(logins.as_json(), indent=2))
    print_logins(logins, out)
    return logins
