"""TOTP enrolment and verification, and recovery codes (django-otp static tokens)."""

from __future__ import annotations

import base64
import secrets
from typing import Any

import segno
from django.contrib.auth import update_session_auth_hash
from django.db import transaction
from django.http import HttpRequest
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.audit.services import record

RECOVERY_CODE_COUNT = 10


def has_confirmed_device(user: Any) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def had_confirmed_device(user: Any) -> bool:
    """Whether the user had a confirmed device when this request's user was loaded.

    The request's user carries the answer (SelfLedBackend.get_user); any other user is asked
    afresh. Use has_confirmed_device where a change made in this request must be seen.
    """
    known = getattr(user, "has_confirmed_totp", None)
    return has_confirmed_device(user) if known is None else bool(known)


def pending_device(user: Any) -> TOTPDevice:
    """The unconfirmed TOTP device being enrolled (made once, reused until confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def base32_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii").rstrip("=")


def qr_data_uri(device: TOTPDevice) -> str:
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5)


def _new_recovery_codes(user: Any) -> list[str]:
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [
        f"{secrets.token_hex(2)}-{secrets.token_hex(2)}-{secrets.token_hex(2)}"
        for _ in range(RECOVERY_CODE_COUNT)
    ]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def confirm_enrolment(*, request: HttpRequest, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm a pending TOTP device with a code from the app; returns fresh recovery codes.

    Side effects: other TOTP devices of the user are removed, the session is marked verified,
    an audit event is written. Returns None (and changes nothing) when the code is wrong.
    """
    if not device.verify_token(token.strip().replace(" ", "")):
        record("auth.2fa_enrol_failed", request=request)
        return None
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = _new_recovery_codes(device.user)
        record("auth.2fa_enrolled", request=request, obj=device.user)
    otp_login(request, device)
    return codes


def regenerate_recovery_codes(*, request: HttpRequest) -> list[str]:
    with transaction.atomic():
        codes = _new_recovery_codes(request.user)
        record("auth.recovery_codes_renewed", request=request, obj=request.user)  # type: ignore[arg-type]
    return codes


def verify_second_factor(*, request: HttpRequest, token: str) -> bool:
    """Check a TOTP code or a recovery code; each is accepted once only."""
    cleaned = token.strip().replace(" ", "").lower()
    device = match_token(request.user, cleaned) if cleaned else None
    if device is None:
        record("auth.2fa_failed", request=request)
        return False
    otp_login(request, device)
    kind = "recovery_code" if isinstance(device, StaticDevice) else "totp"
    record("auth.2fa_verified", request=request, detail=kind)
    return True


def code_already_used(user: Any, token: str) -> bool:
    """Whether `token` is a right authenticator code that was already accepted once (a code
    works once: the next sign-in within the same 30 seconds needs the app's next code)."""
    import time

    from django_otp.oath import TOTP

    cleaned = token.strip().replace(" ", "")
    if not cleaned.isdigit():
        return False
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        for offset in range(-device.tolerance, device.tolerance + 1):
            totp.drift = device.drift + offset
            if totp.token() == int(cleaned) and totp.t() <= device.last_t:
                return True
    return False


def wait_seconds(user: Any) -> int:
    """Seconds before the user's authenticator code is checked again after failed tries
    (django-otp doubles the pause after each failure); 0 when it may be tried now."""
    return max(
        (device_wait_seconds(d) for d in TOTPDevice.objects.filter(user=user, confirmed=True)),
        default=0,
    )


def device_wait_seconds(device: TOTPDevice) -> int:
    """Seconds before this device's codes are checked again after failed tries; 0 if now."""
    from django.utils import timezone

    allowed, info = device.verify_is_allowed()
    locked_until = (info or {}).get("locked_until") if not allowed else None
    if locked_until is None:
        return 0
    return max(0, int((locked_until - timezone.now()).total_seconds()) + 1)


def disable_two_factor(*, request: HttpRequest) -> None:
    """Clients may turn two-factor off; staff may not (the view enforces who may call this)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=request.user).delete()
        StaticDevice.objects.filter(user=request.user).delete()
        record("auth.2fa_disabled", request=request, obj=request.user)  # type: ignore[arg-type]
    update_session_auth_hash(request, request.user)  # type: ignore[arg-type]
