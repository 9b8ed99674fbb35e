"""django-csp's middleware, building the usual policy once instead of on every response.

A response whose view did not change the policy (django-csp's decorators) and that used no
nonce gets exactly the header settings describe, so that header is built once per process.
Anything else goes through django-csp unchanged.
"""

from __future__ import annotations

from functools import cache

from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as _CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase

_CHANGES = tuple(
    f"_csp_{what}{ro}" for what in ("config", "update", "replace") for ro in ("", "_ro")
)
_SETTINGS = (
    ("Content-Security-Policy", "CONTENT_SECURITY_POLICY", "_csp_exempt", False),
    (
        "Content-Security-Policy-Report-Only",
        "CONTENT_SECURITY_POLICY_REPORT_ONLY",
        "_csp_exempt_ro",
        True,
    ),
)


@cache
def usual_headers() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(header, value, exempt attribute, excluded prefixes) for each policy settings set."""
    found = []
    for header, setting, exempt, report_only in _SETTINGS:
        value = build_policy(report_only=report_only)
        prefixes = tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())
        if value:
            found.append((header, value, exempt, prefixes))
    return tuple(found)


@receiver(setting_changed)
def _forget_headers(*, setting: str, **kwargs: object) -> None:
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        usual_headers.cache_clear()


class CSPMiddleware(_CSPMiddleware):
    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if getattr(request, "_csp_nonce", None) is not None or any(
            getattr(response, name, None) is not None for name in _CHANGES
        ):
            return super().process_response(request, response)
        if response.status_code in (404, 500) and settings.DEBUG:
            return response  # django-csp leaves Django's debug pages alone too
        for header, value, exempt, prefixes in usual_headers():
            if (
                header not in response
                and getattr(response, exempt, False) is False
                and not request.path_info.startswith(prefixes)
            ):
                response[header] = value
        # as django-csp does: a nonce asked for after the header was written is an error
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response
