"""Audit the answers that refuse: a signed-in person asking for something that is not theirs."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from selfled.audit.services import record

Handler = Callable[[HttpRequest], HttpResponse]


class NotFoundAuditMiddleware:
    """Records every 404 answered to a signed-in person (pages and API alike).

    Anything outside a person's scope is a 404, so a record that was asked for but not shown
    leaves a trace: who, when, and the address (ids only, never what the record holds). A
    mistyped address leaves one too; that is the price of not telling the two apart.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if response.status_code == 404 and user is not None and user.is_authenticated:
            record(
                "access.not_found",
                actor=user,
                request=request,
                detail=f"{request.method} {request.path}"[:300],
            )
        return response
