from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient
from django.test import override_settings
from django.urls import path, reverse

from selfled import urls as selfled_urls
from tests.conftest import World

AUTHENTICATED_PAGES = [
    ("client", "care:client_home"),
    ("clinician", "care:clinician_home"),
    ("admin", "accounts:people"),
    ("admin", "accounts:invitations"),
    ("clinician", "accounts:profile"),
]


@pytest.mark.parametrize(("persona", "name"), AUTHENTICATED_PAGES)
def test_every_authenticated_page_has_the_protective_headers(
    world: World, http_as: Any, persona: str, name: str
) -> None:
    response = http_as(persona).get(reverse(name))
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    for directive in (
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "default-src 'self'",
    ):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response["Cache-Control"] == "no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(("persona", "name"), AUTHENTICATED_PAGES)
def test_pages_have_no_inline_script_or_style_and_no_third_party(
    world: World, http_as: Any, persona: str, name: str
) -> None:
    html = http_as(persona).get(reverse(name)).content.decode()
    assert "<style" not in html
    assert " style=" not in html
    assert "onclick=" not in html and "onload=" not in html
    for tag in html.split("<script")[1:]:
        assert 'src="/static/' in tag.split(">")[0], tag[:80]
    assert "http://" not in html.replace("http://127.0.0.1", "")
    assert "https://" not in html


def _boom(request: Any) -> Any:
    raise RuntimeError("secret stack detail SELECT * FROM care_client")


urlpatterns = [path("boom/", _boom), *selfled_urls.urlpatterns]
handler500 = "selfled.core.views.server_error"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_unhandled_error_shows_a_generic_page(db: Any, world: World) -> None:
    from tests.conftest import sign_in

    http = sign_in(HttpClient(raise_request_exception=False), world.client_user)
    response = http.get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert "Traceback" not in body and "SELECT" not in body and "secret" not in body


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("accounts:logout", []),
        ("accounts:regenerate_codes", []),
        ("accounts:profile", []),
    ],
)
def test_state_changes_need_a_csrf_token(world: World, name: str, args: list[Any]) -> None:
    from tests.conftest import sign_in

    http = sign_in(HttpClient(enforce_csrf_checks=True), world.client_user)
    response = http.post(reverse(name, args=args), {})
    assert response.status_code == 403
    assert b"This form has expired" in response.content


def test_login_form_keeps_the_email_after_a_wrong_password(world: World) -> None:
    response = HttpClient().post(
        reverse("accounts:login"), {"username": "client@a.test", "password": "not the one!!"}
    )
    assert response.status_code == 200
    assert b'value="client@a.test"' in response.content
    body = response.content.decode()
    assert "That email and password do not match an account" in body
    assert "the email is not" in body and "pauses for a while" in body  # no false hint


def test_crisis_page_reachable_without_signing_in_and_linked_everywhere(
    world: World, http_as: Any
) -> None:
    page = HttpClient().get(reverse("core:crisis"))
    assert page.status_code == 200
    assert b"988" in page.content and b"911" in page.content and b"741741" in page.content
    home = http_as("client").get(reverse("care:client_home"))
    assert reverse("core:crisis").encode() in home.content
    # every page's footer: the numbers can be tapped to call or text
    footer = home.content.decode().split('<footer class="foot">')[1]
    assert 'href="tel:911"' in footer and 'href="tel:988"' in footer
    assert 'href="sms:988"' in footer


def test_html_in_names_is_escaped(world: World, http_as: Any) -> None:
    world.client_user.full_name = '<script>alert("x")</script>'
    world.client_user.save()
    body = http_as("clinician").get(reverse("care:clinician_home")).content.decode()
    assert '<script>alert("x")</script>' not in body
    assert "&lt;script&gt;" in body


def test_opening_a_form_only_address_shows_a_page_not_an_empty_405(
    world: World, http_as: Any
) -> None:
    http = http_as("clinician")
    response = http.get(reverse("insight:acknowledge", args=[1]))
    assert response.status_code == 405 and response["Allow"] == "POST"
    page = response.content.decode()
    assert "This page opens only from a form" in page and "nothing was changed" in page
    assert "Need help now?" in page  # the usual page, with crisis help in reach
