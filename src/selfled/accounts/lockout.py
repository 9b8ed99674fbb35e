"""django-axes hooks: escalating cool-off and a plain-language lockout page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from axes.models import AccessFailureLog
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

FIRST_COOL_OFF = timedelta(minutes=15)
LONG_COOL_OFF = timedelta(hours=2)


def _recent_failures(request: HttpRequest | None) -> int:
    if request is None:
        return 0
    username = (
        str(request.POST.get("username", "")).strip().lower() if request.method == "POST" else ""
    )
    ip = request.META.get("REMOTE_ADDR", "")
    if not username:
        return 0
    since = timezone.now() - timedelta(hours=24)
    return AccessFailureLog.objects.filter(
        username=username, ip_address=ip, attempt_time__gte=since
    ).count()


def cool_off(request: HttpRequest | None) -> timedelta:
    """15 minutes after the first lockout; 2 hours once failures reach twice the limit in a day."""
    if _recent_failures(request) >= 2 * settings.AXES_FAILURE_LIMIT:
        return LONG_COOL_OFF
    return FIRST_COOL_OFF


def locked_out(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    minutes = int(cool_off(request).total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


ADDRESS_WINDOW = timedelta(minutes=1)


def address_flooding(request: HttpRequest) -> bool:
    """Too many failed sign-ins from one address in the last minute, whatever the usernames.

    Lockout is keyed on username + address (so one clinic behind NAT is not locked out by one
    person); this second, looser limit stops one address spraying many usernames. Counted in
    the database, so it holds across all server processes.
    """
    since = timezone.now() - ADDRESS_WINDOW
    failures = AccessFailureLog.objects.filter(
        ip_address=request.META.get("REMOTE_ADDR", ""), attempt_time__gte=since
    ).count()
    return failures >= settings.SELFLED_LOGIN_FAILURES_PER_ADDRESS_MINUTE
