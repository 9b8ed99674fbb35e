"""Audit the answers that refuse: a signed-in person asking for something that is not theirs."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from selfled.audit.services import record

Handler = Callable[[HttpRequest], HttpResponse]
log = logging.getLogger(__name__)

# Addresses browsers ask for on their own: no record was asked for.
_NOT_RECORDS = ("/favicon", "/apple-touch-icon", "/robots.txt", "/.well-known/")


def _what_was_asked(request: HttpRequest) -> str | None:
    """The page and the ids asked for ("care:client client_id=…"), never the typed address
    itself (free text could hold a name); None for a request that names no record."""
    path = request.path
    if path.startswith(_NOT_RECORDS) or path.startswith(settings.STATIC_URL or "/static/"):
        return None
    match = getattr(request, "resolver_match", None)
    if match is None:
        return f"{request.method} unresolved /{path.strip('/').split('/', 1)[0]}/"
    ids = " ".join(f"{k}={v}" for k, v in sorted(match.kwargs.items()) if _is_id(v))
    return f"{request.method} {match.view_name} {ids}".strip()


def _is_id(value: object) -> bool:
    text = str(value)
    return text.isdigit() or (len(text) in (32, 36) and all(c in "0123456789abcdef-" for c in text))


class NotFoundAuditMiddleware:
    """Records every 404 answered to a signed-in person (pages and API alike).

    Anything outside a person's scope is a 404, so a record that was asked for but not shown
    leaves a trace: who, when, which page and which ids. A mistyped address to a real page
    leaves one too; that is the price of not telling the two apart. An audit failure never
    changes the answer.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return response
        asked = _what_was_asked(request)
        if asked is not None:
            try:
                record("access.not_found", actor=user, request=request, detail=asked)
            except Exception:  # the refusal stands whatever happens to its record
                log.exception("could not record a refused request")
        return response
