"""The crisis path a page takes when the client's writing held crisis language."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from selfled.insight.services import CRISIS_MESSAGE


def crisis_response(request: HttpRequest) -> HttpResponse:
    """Show crisis resources at once (the writing is already saved)."""
    messages.error(request, CRISIS_MESSAGE)
    return redirect("core:crisis")
