"""Every aria-describedby on a form page points at elements that exist (help and errors)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse

from tests.conftest import World


def dangling_references(html: str) -> list[str]:
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    refs = [r for value in re.findall(r'aria-describedby="([^"]*)"', html) for r in value.split()]
    return [r for r in refs if r not in ids]


@pytest.mark.parametrize(
    ("persona", "url_name", "post"),
    [
        ("client", "parts:create", None),
        ("client", "parts:create", {"name": "", "description": "x"}),
        ("client", "accounts:profile", None),
        ("admin", "accounts:invitations", None),
        ("admin", "accounts:invitations", {"full_name": "", "email": "bad", "role": "client"}),
    ],
)
def test_described_by_points_at_existing_help_and_errors(
    world: World, http_as: Any, persona: str, url_name: str, post: dict[str, str] | None
) -> None:
    http = http_as(persona)
    url = reverse(url_name)
    response = http.post(url, post) if post is not None else http.get(url)
    html = response.content.decode()
    assert "aria-describedby" in html
    assert dangling_references(html) == []
