"""System checks that refuse configurations SelfLed cannot run safely with."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register

from selfled.lib.crypto import Keyring


@register()
def configuration(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    problems: list[Error | Warning] = [
        Error(message, id="selfled.E001") for message in settings.SELFLED_CONFIG_ERRORS
    ]
    key_file = settings.SELFLED_KEY_FILE
    if settings.SELFLED_KEY_FILE_GIVEN and not key_file.exists():
        problems.append(
            Error(
                f"SELFLED_KEY_FILE points to {key_file}, which does not exist.",
                hint="Restore the key file from your key backup, or unset SELFLED_KEY_FILE "
                "to let SelfLed create a new one in SELFLED_HOME (existing encrypted data "
                "would then be unreadable).",
                id="selfled.E002",
            )
        )
    elif key_file.exists():
        try:
            Keyring.from_json(key_file.read_text(encoding="utf-8"))
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(
                Error(f"The key file {key_file} cannot be read: {exc}", id="selfled.E003")
            )
        if key_file.stat().st_mode & 0o077:
            problems.append(
                Warning(
                    f"The key file {key_file} can be read by other users.",
                    hint=f"chmod 600 {key_file}",
                    id="selfled.W001",
                )
            )
    return problems
