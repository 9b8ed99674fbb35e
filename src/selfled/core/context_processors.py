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
    membership = getattr(user, "membership", None) if role else None
    configured = getattr(getattr(membership, "practice", None), "crisis_resources", None)
    if configured:
        # The practice's own resources replace the US default in the footer too.
        from selfled.core.crisis import resources_for

        context["footer_resources"] = resources_for(membership.practice)[:2]  # type: ignore[union-attr]
    if getattr(request, "selfled_crisis_now", False):
        # The page shows the crisis resources itself (see selfled.insight.crisis).
        from selfled.core.crisis import resources_for

        context["crisis_now"] = resources_for(membership.practice if membership else None)
    return context
