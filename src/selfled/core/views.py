from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from selfled.accounts.models import Role


def home(request: HttpRequest) -> HttpResponse:
    role = getattr(request.user, "role", "")
    if role == Role.CLIENT:
        return redirect("care:client_home")
    if role == Role.CLINICIAN:
        return redirect("care:clinician_home")
    if role == Role.ADMIN:
        return redirect("accounts:people")
    return render(request, "core/no_practice.html", status=403)


@login_not_required
def health(request: HttpRequest) -> HttpResponse:
    """Liveness probe, and the benchmark floor: the cheapest view the stack can serve."""
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
def crisis(request: HttpRequest) -> HttpResponse:
    """Crisis resources: reachable by anyone, signed in or not, from every page."""
    from django.urls import reverse
    from django.utils.http import url_has_allowed_host_and_scheme

    from selfled.core.crisis import resources_for, sole_practice

    user = request.user
    membership = getattr(user, "membership", None) if user.is_authenticated else None
    # before sign-in: the practice this installation serves, if it serves only one
    practice = membership.practice if membership is not None else sole_practice()
    # A way back to where the person was (their own page on this site), never elsewhere.
    # A page that sends the person here after saving names where their writing now is.
    back = request.GET.get("back") or request.META.get("HTTP_REFERER", "")
    # only a page that has just saved the writing names it in `back`, and only a safe one counts
    saved = bool(request.GET.get("back"))
    here = request.build_absolute_uri(reverse("core:crisis"))
    if back == here or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("core:home")
        saved = False
    from django.contrib import messages

    # Sent here by what was written: that message already says the person is not alone.
    flagged = any("crisis" in m.extra_tags.split() for m in messages.get_messages(request))
    context = {
        "resources": resources_for(practice),
        "back": back,
        "saved": saved,
        "flagged": flagged,
        # opened in a new tab beside unsaved writing (crisis.js): that tab is the way back
        "beside": request.GET.get("beside") == "1",
    }
    return render(request, "core/crisis.html", context)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {
            "title": "This form has expired",
            "message": "Please go back, reload the page and try again.",
        },
        status=403,
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {
            "title": "Something was wrong with that request",
            "message": "Please go back and try again.",
        },
        status=400,
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {"title": "Not allowed", "message": "You do not have access to this page."},
        status=403,
    )


def not_allowed(request: HttpRequest) -> HttpResponse:
    """An address that only takes a form (e.g. opened from the address bar or history)."""
    return render(
        request,
        "core/error.html",
        {
            "title": "This page opens only from a form",
            "message": "Please go back and use the button on the page; nothing was changed.",
        },
        status=405,
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {
            "title": "Page not found",
            "message": "There is nothing here, or you do not have access to it.",
        },
        status=404,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "core/error.html",
        {
            "title": "Something went wrong",
            "message": "The problem has been noted. Nothing you entered was shared. "
            "Please try again in a moment.",
        },
        status=500,
    )
