"""Session limits and the two-factor requirement."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import LazyObject

from selfled.accounts.signals import SESSION_STARTED

Handler = Callable[[HttpRequest], HttpResponse]
LAST_SEEN = "selfled_last_seen"
TOUCH_EVERY = 60  # seconds


def _resolved(user: Any) -> Any:
    while isinstance(user, LazyObject):
        user.__class__  # noqa: B018  (evaluates the wrapped object)
        user = user._wrapped  # type: ignore[attr-defined]
    return user


class SessionLimitsMiddleware:
    """Idle logout after SESSION_COOKIE_AGE and an absolute limit of SESSION_ABSOLUTE_LIMIT.

    The session's last-seen time is written at most once a minute (TOUCH_EVERY), which also
    renews the store's own expiry date; a session therefore never outlives 30 idle minutes,
    and most requests cost no session write. Checking here too makes the rule explicit and
    testable with a frozen clock.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Every page reads the user many times; the lazy wrappers that the auth and two-factor
        # middleware put around it cost more than the reads. Resolve it once, here.
        request.user = _resolved(request.user)
        if request.user.is_authenticated:
            now = time.time()
            started = request.session.get(SESSION_STARTED, now)
            last_seen = request.session.get(LAST_SEEN, now)
            idle = now - last_seen > settings.SESSION_COOKIE_AGE
            too_long = now - started > settings.SESSION_ABSOLUTE_LIMIT.total_seconds()
            if idle or too_long:
                logout(request)
                messages.info(
                    request,
                    "You were signed out to keep your information safe. Please sign in again.",
                )
                return redirect(f"{reverse(settings.LOGIN_URL)}?next={request.path}")
            request.session.setdefault(SESSION_STARTED, now)
            if LAST_SEEN not in request.session or now - last_seen >= TOUCH_EVERY:
                request.session[LAST_SEEN] = now
        return self.get_response(request)


OPEN_TO_UNVERIFIED = (
    "accounts:two_factor_setup",
    "accounts:two_factor_verify",
    "accounts:logout",
    "core:health",
    "core:crisis",
)


class RequireTwoFactorMiddleware:
    """Staff must finish two-factor sign-in before anything else; clients who enrolled, too."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response
        self._open_paths: set[str] | None = None

    def open_paths(self) -> set[str]:
        if self._open_paths is None:
            self._open_paths = {reverse(name) for name in OPEN_TO_UNVERIFIED}
        return self._open_paths

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not user.is_verified():  # type: ignore[attr-defined]
            from selfled.accounts.services.two_factor import had_confirmed_device

            enrolled = had_confirmed_device(user)
            needs_setup = user.is_staff_member and not enrolled  # type: ignore[union-attr]
            must_verify = needs_setup or enrolled
            # Pages open before the second step (set-up, code, crisis) offer no menu of
            # pages the person cannot open yet.
            request.two_factor_pending = must_verify  # type: ignore[attr-defined]
            # A reset link must work for someone whose phone is gone, even in a browser
            # still holding their half-finished sign-in.
            open_path = request.path in self.open_paths() or request.path.startswith("/reset/")
            if must_verify and not open_path:
                if request.path.startswith("/api/"):
                    return JsonResponse({"detail": "Two-factor sign-in required"}, status=403)
                target = (
                    "accounts:two_factor_setup" if needs_setup else "accounts:two_factor_verify"
                )
                return redirect(target)
        return self.get_response(request)
