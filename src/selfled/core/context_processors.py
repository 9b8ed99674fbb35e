from typing import Any

from django.conf import settings
from django.http import HttpRequest


def selfled(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    role = getattr(user, "role", "") if user is not None and user.is_authenticated else ""
    context: dict[str, Any] = {
        "role": role,
        # Set by RequireTwoFactorMiddleware: no menu until the second sign-in step is done.
        "two_factor_pending": bool(getattr(request, "two_factor_pending", False)),
    }
    if role:
        # session.js warns before the idle sign-out (SessionLimitsMiddleware)
        context["idle_seconds"] = settings.SESSION_COOKIE_AGE
    from selfled.core.crisis import resources_for, sole_practice

    membership = getattr(user, "membership", None) if role else None
    # Before sign-in: the practice this installation serves, if it serves only one.
    practice = getattr(membership, "practice", None) if role else sole_practice()
    if getattr(practice, "crisis_resources", None):
        # The practice's own resources replace the US default in the footer too.
        context["footer_resources"] = resources_for(practice)[:2]
    if getattr(request, "selfled_crisis_now", False):
        # The page shows the crisis resources itself (see selfled.insight.crisis).
        context["crisis_now"] = resources_for(practice)
    return context
