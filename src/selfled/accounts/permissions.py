"""Function-level permissions: each view names the role it needs; others get a 404."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, cast

from django.http import Http404, HttpRequest, HttpResponse

from selfled.accounts.models import Role, User

View = Callable[..., HttpResponse]


def role_required(*roles: str) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if getattr(request.user, "role", "") not in roles:
                raise Http404("Not found")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


admin_required = role_required(Role.ADMIN)
clinician_required = role_required(Role.CLINICIAN)
client_required = role_required(Role.CLIENT)


def member(request: HttpRequest) -> User:
    """The signed-in user (views behind LoginRequiredMiddleware always have one)."""
    return cast(User, request.user)
