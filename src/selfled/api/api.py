"""The JSON API (django-ninja), mounted at /api/. Session authentication for now."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import URLResolver
from ninja import NinjaAPI
from ninja.security import SessionAuth

from selfled.api.care import router as care_router
from selfled.api.checkins import router as checkins_router
from selfled.api.parts import router as parts_router
from selfled.api.selfenergy import router as selfenergy_router


class VerifiedSessionAuth(SessionAuth):
    """A signed-in session that has finished any required two-factor step."""

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = super().authenticate(request, key)
        if user is None:
            return None
        if user.is_staff_member and not user.is_verified():
            return None
        return user


api = NinjaAPI(
    title="SelfLed API",
    version="1",
    urls_namespace="api",
    auth=VerifiedSessionAuth(),
    docs_url=None,
)


def _answer_for_themselves(patterns: list[Any]) -> None:
    """API operations check the session themselves (VerifiedSessionAuth) and answer 401 in
    JSON, so the site-wide sign-in redirect is lifted for them; the schema stays behind it."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            _answer_for_themselves(pattern.url_patterns)
        elif pattern.name != "openapi-json":
            pattern.callback.login_required = False


def api_urls() -> tuple[list[Any], str, str]:
    patterns, app_name, namespace = api.urls
    _answer_for_themselves(patterns)
    return patterns, app_name, namespace


api.add_router("/", care_router)
api.add_router("/", selfenergy_router)
api.add_router("/", parts_router)
api.add_router("/", checkins_router)
