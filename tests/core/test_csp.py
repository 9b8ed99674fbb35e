"""The Content-Security-Policy header: built once for ordinary responses, by django-csp
itself for anything that changes the policy or uses a nonce."""

from __future__ import annotations

from typing import Any

import pytest
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from selfled.core.csp import CSPMiddleware, usual_headers

HEADER = "Content-Security-Policy"


def _through(middleware_class: Any, response: HttpResponse, path: str = "/x/") -> Any:
    request = RequestFactory().get(path)
    middleware = middleware_class(lambda r: response)
    return middleware(request), request


def test_an_ordinary_response_gets_the_same_header_django_csp_gives() -> None:
    ours, _ = _through(CSPMiddleware, HttpResponse("ok"))
    theirs, _ = _through(DjangoCSPMiddleware, HttpResponse("ok"))
    assert ours[HEADER] == theirs[HEADER]
    assert "default-src 'self'" in ours[HEADER] and "nonce" not in ours[HEADER]


def test_a_view_that_changes_the_policy_gets_its_change() -> None:
    response = HttpResponse("ok")
    response._csp_update = {"img-src": ["https://tiles.example"]}  # type: ignore[attr-defined]
    ours, _ = _through(CSPMiddleware, response)
    assert "https://tiles.example" in ours[HEADER]


def test_a_nonce_used_by_the_page_is_in_the_header() -> None:
    request = RequestFactory().get("/x/")

    def view(r: Any) -> HttpResponse:
        return HttpResponse(f"<script nonce='{r.csp_nonce}'></script>")

    response = CSPMiddleware(view)(request)
    nonce = response.content.decode().split("nonce='")[1].split("'")[0]
    assert f"'nonce-{nonce}'" in response[HEADER]


def test_a_header_set_by_the_view_and_exempt_responses_are_left_alone() -> None:
    own = HttpResponse("ok")
    own[HEADER] = "default-src 'none'"
    assert _through(CSPMiddleware, own)[0][HEADER] == "default-src 'none'"
    exempt = HttpResponse("ok")
    exempt._csp_exempt = True  # type: ignore[attr-defined]
    assert HEADER not in _through(CSPMiddleware, exempt)[0]


def test_a_nonce_asked_for_after_the_header_is_an_error() -> None:
    _, request = _through(CSPMiddleware, HttpResponse("ok"))
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


def test_excluded_prefixes_and_report_only_policies_follow_settings() -> None:
    policy = {"DIRECTIVES": {"default-src": ["'self'"]}, "EXCLUDE_URL_PREFIXES": ["/skip/"]}
    report = {"DIRECTIVES": {"img-src": ["'self'"]}}
    usual_headers()  # built for the usual settings first: a settings change must rebuild it
    with override_settings(
        CONTENT_SECURITY_POLICY=policy, CONTENT_SECURITY_POLICY_REPORT_ONLY=report
    ):
        skipped, _ = _through(CSPMiddleware, HttpResponse("ok"), "/skip/page/")
        kept, _ = _through(CSPMiddleware, HttpResponse("ok"), "/page/")
        theirs, _ = _through(DjangoCSPMiddleware, HttpResponse("ok"), "/page/")
    after, _ = _through(CSPMiddleware, HttpResponse("ok"), "/skip/page/")
    assert "'self'" in after[HEADER]  # back to the usual policy
    assert HEADER not in skipped and kept[HEADER] == "default-src 'self'"
    assert "img-src 'self'" in kept[f"{HEADER}-Report-Only"]
    assert kept[f"{HEADER}-Report-Only"] == theirs[f"{HEADER}-Report-Only"]
