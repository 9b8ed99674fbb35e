"""A list's name search kept in the session, never in a URL."""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.test import RequestFactory

from selfled.core.search import MAX_QUERY, remembered_search


def test_a_post_keeps_the_words_for_later_gets_and_an_empty_one_clears_them() -> None:
    session = SessionStore()
    factory = RequestFactory()

    def request(method: str, data: dict[str, str] | None = None) -> Any:
        made = getattr(factory, method)("/list/", data or {})
        made.session = session
        return made

    assert remembered_search(request("get"), "list") == ""
    assert remembered_search(request("post", {"q": "  Casey "}), "list") is None
    assert remembered_search(request("get"), "list") == "Casey"
    assert remembered_search(request("get"), "other") == ""
    remembered_search(request("post", {"q": "x" * 500}), "list")
    assert remembered_search(request("get"), "list") == "x" * MAX_QUERY
    remembered_search(request("post", {"q": ""}), "list")
    assert remembered_search(request("get"), "list") == ""
