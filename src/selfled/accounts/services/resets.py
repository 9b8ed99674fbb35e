"""Sign-in resets: a single-use link for someone who cannot sign in any more.

Nobody resets a password by email alone here: an admin of the person's practice asks for the
link (and, for a lost phone, that two-factor be set up again), so a stolen inbox is not enough
to take over an account. The link goes only to the person's own email address, never to the
admin's screen: an admin must not be able to sign in as a client or a clinician and read
their records. The person is told by email when the link is used. Whoever runs the server can
make a link on the command line (`selfled reset-link`) when email cannot reach someone.
SECURITY.md, checks 4 and 7.
"""

from __future__ import annotations

from dataclasses import dataclass
from smtplib import SMTPException
from typing import Any

from axes.utils import reset as reset_lockout
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from selfled.accounts.models import SignInReset, User, hash_token
from selfled.accounts.services.practice import end_sessions
from selfled.audit.services import record


class ResetError(Exception):
    """Shown to the person as it is: plain language, nothing sensitive."""


@dataclass(frozen=True)
class NewReset:
    reset: SignInReset
    link: str


def issue(
    *, admin: Any, user: User, clear_two_factor: bool, request: HttpRequest | None = None
) -> NewReset:
    """Make a reset link for `user` (any earlier open one stops working) and email it.

    The caller has checked that `user` belongs to the admin's practice (`admin` is None when
    whoever runs the server asks, with `selfled reset-link`). Raises ResetError for the
    admin's own account or a deactivated one.
    """
    if admin is not None and user.pk == admin.pk:
        raise ResetError(
            "This is your own account: change your password on your account page. If you "
            "cannot sign in yourself, another admin, or whoever runs the server "
            "(`selfled reset-link`), can make you a link."
        )
    if not user.is_active:
        raise ResetError(
            f"Reactivate {user.full_name} first: a deactivated account cannot sign in."
        )
    token = SignInReset.new_token()
    now = timezone.now()
    with transaction.atomic():
        revoke_open(user)  # one working link at a time
        reset = SignInReset.objects.create(
            user=user,
            token_hash=hash_token(token),
            issued_by=admin,
            clear_two_factor=clear_two_factor,
            expires_at=now + settings.SIGN_IN_RESET_LIFETIME,
        )
        record(
            "account.reset_issue",
            actor=admin,
            request=request,
            obj=reset,
            practice_id=user.practice_id,
            detail="two-factor to be set up again" if clear_two_factor else "",
        )
    link = settings.SELFLED_BASE_URL.rstrip("/") + reverse("accounts:reset", args=[token])
    try:
        send_mail(
            subject="Your SelfLed sign-in reset link",
            message=(
                f"Hello {user.full_name},\n\nYour practice made you a link to choose a new "
                f"password for SelfLed. It works once, until {reset.expiry_text}:\n\n"
                f"{link}\n\nIf you did not ask for this, tell your practice.\n"
            ),
            from_email=None,
            recipient_list=[user.email],
        )
    except (OSError, SMTPException) as exc:
        SignInReset.objects.filter(pk=reset.pk).update(revoked_at=timezone.now())
        raise ResetError(
            f"The email to {user.email} could not be sent, so no link was made. Check the "
            "practice's email settings, or ask whoever runs the server to make one with "
            "`selfled reset-link`."
        ) from exc
    return NewReset(reset, link)


def open_reset(token: str) -> SignInReset:
    reset = SignInReset.objects.select_related("user").filter(token_hash=hash_token(token)).first()
    if reset is None or not reset.is_open or not reset.user.is_active:
        raise ResetError(
            "This reset link does not work any more. It may have been used already, replaced "
            "by a newer one, or expired. Please ask your practice for a new one."
        )
    return reset


def complete(*, token: str, password: str, request: HttpRequest | None = None) -> SignInReset:
    """Set the new password, once.

    Side effects: the person is signed out everywhere and any lockout is lifted; when the
    admin asked for it, their two-factor devices and recovery codes are removed, so they set
    two-factor up again at their next sign-in. Otherwise their code is still asked for: a
    reset never lets anyone past two-factor. An audit event. Raises ResetError if spent.
    """
    with transaction.atomic():
        reset = open_reset(token)
        now = timezone.now()
        # still open at this instant: not used, replaced or expired since it was read
        claimed = SignInReset.objects.filter(
            pk=reset.pk, used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).update(used_at=now)
        if not claimed:
            raise ResetError("This reset link has already been used.")
        user = reset.user
        user.set_password(password)
        user.save(update_fields=["password"])
        if reset.clear_two_factor:
            TOTPDevice.objects.filter(user=user).delete()
            StaticDevice.objects.filter(user=user).delete()
        end_sessions(user)
        record(
            "account.reset_use",
            actor=user,
            request=request,
            obj=reset,
            practice_id=user.practice_id,
            detail="two-factor removed" if reset.clear_two_factor else "",
        )
    reset_lockout(username=user.email)
    send_mail(
        subject="Your SelfLed password was changed",
        message=(
            f"Hello {user.full_name},\n\nYour SelfLed password was just changed with a reset "
            "link from your practice"
            + (", and your two-factor set-up was removed" if reset.clear_two_factor else "")
            + ". If this was not you, tell your practice at once.\n"
        ),
        from_email=None,
        recipient_list=[user.email],
        fail_silently=True,  # the change is made; a failed notice must not undo or hide it
    )
    return reset


def revoke_open(user: User) -> None:
    """Any open link for `user` stops working (deactivation, a password changed meanwhile)."""
    SignInReset.objects.filter(user=user, used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def unlock(*, admin: Any, user: User, request: HttpRequest | None = None) -> None:
    """Lift a lockout after wrong passwords, so the person can try again at once."""
    reset_lockout(username=user.email)
    record(
        "account.unlock",
        actor=admin,
        request=request,
        object_type="accounts.user",
        object_id=user.pk,
        practice_id=user.practice_id,
    )


def locked_out(emails: list[str]) -> set[str]:
    """Which of `emails` are locked out now after wrong passwords (from some address): one
    query."""
    from axes.models import AccessAttempt

    from selfled.accounts.lockout import FIRST_COOL_OFF, LONG_COOL_OFF

    now = timezone.now()
    limit = settings.AXES_FAILURE_LIMIT
    rows = AccessAttempt.objects.filter(
        username__in=emails, failures_since_start__gte=limit, attempt_time__gte=now - LONG_COOL_OFF
    ).values_list("username", "failures_since_start", "attempt_time")
    # as lockout.cool_off decides: 15 minutes, or 2 hours from twice the limit
    return {
        name
        for name, failures, at in rows
        if at + (LONG_COOL_OFF if failures >= 2 * limit else FIRST_COOL_OFF) > now
    }
